#pragma once

#include "jobs/BatchJob.h"
#include "support/Error.h"

#include <QPointer>
#include <QWidget>

class QAction;
class QComboBox;
class QLabel;
class QPlainTextEdit;
class QSortFilterProxyModel;
class QTabWidget;
class QTableView;
class QTextBrowser;
class QToolButton;

namespace daas::jobs {
class BatchCall;
class JobsSession;
} // namespace daas::jobs

namespace daas::ui {

class JobListModel;
class JobOutputView;
class MessageBar;

// The Jobs area: the user's batch jobs (queued, held, running, and finished ones long after the scheduler
// forgot them) with their state and the scheduler's reason, refreshed on its own; the selected job's details,
// script, and output and error files as they grow. New job…, Cancel (confirmed), Hold, Release, Resubmit,
// Make template…, Open output folder. A command that takes time shows what it does and can be stopped.
class JobsView : public QWidget
{
    Q_OBJECT
public:
    // Does not own the session.
    explicit JobsView(jobs::JobsSession *session, QWidget *parent = nullptr);
    ~JobsView() override;

    jobs::JobsSession *session() const { return m_session; }
    JobListModel *model() const { return m_model; }
    QTableView *table() const { return m_table; }
    QAction *action(const QString &objectName) const;
    QString messageText() const;
    QString statusText() const;
    QString busyText() const;
    QTabWidget *detailTabs() const { return m_tabs; }
    JobOutputView *outputView() const { return m_output; }
    JobOutputView *errorView() const { return m_errors; }

    QString selectedId() const;
    void selectJob(const QString &id);

    // The actions (the toolbar's buttons call them; tests too). cancelSelected asks first unless `confirmed`.
    void newJob();
    void cancelSelected(bool confirmed = false);
    void setSelectedHeld(bool held);
    void resubmitSelected();
    void makeTemplateFromSelected();
    void openOutputFolder();

Q_SIGNALS:
    // "New job" or "Resubmit": the dialog for this request (MainWindow or the area itself shows it).
    void newJobRequested(const daas::jobs::JobRequest &request, const QString &templateId);
    // Open output folder: a folder of the persistent storage, for the Files area.
    void storageFolderRequested(const QString &storagePath);

protected:
    void showEvent(QShowEvent *event) override;
    void hideEvent(QHideEvent *event) override;

private:
    void buildActions();
    void reload();
    void updateActions();
    void updateStatus();
    void showDetails();
    void track(jobs::BatchCall *call, const QString &what);
    void report(const Error &error);
    jobs::BatchJob selectedJob() const;

    jobs::JobsSession *m_session;
    JobListModel *m_model;
    QSortFilterProxyModel *m_filter;
    QTableView *m_table;
    QComboBox *m_show;
    MessageBar *m_message;
    QLabel *m_status;
    QLabel *m_busy;
    QToolButton *m_stop;
    QTabWidget *m_tabs;
    QTextBrowser *m_details;
    QPlainTextEdit *m_script;
    JobOutputView *m_output;
    JobOutputView *m_errors;
    QList<QAction *> m_actions;
    QPointer<jobs::BatchCall> m_call;
    QString m_shownId;
};

} // namespace daas::ui
