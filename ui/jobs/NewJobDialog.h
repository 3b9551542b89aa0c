#pragma once

#include "jobs/BatchJob.h"
#include "support/Error.h"

#include <QDialog>
#include <QPointer>

class QCheckBox;
class QComboBox;
class QDialogButtonBox;
class QFormLayout;
class QLabel;
class QLineEdit;
class QListWidget;
class QPlainTextEdit;
class QSpinBox;
class QTabWidget;
class QTextBrowser;
class QToolButton;

namespace daas::jobs {
class BatchCall;
class JobsSession;
} // namespace daas::jobs

namespace daas::ui {

class MessageBar;

// New job: a template (or a blank job, or the job being resubmitted), its parameters and resources in a
// form, the script in an editor, and a preview of exactly what will be submitted. Submit shows its progress
// and can be stopped; the scheduler's refusal is shown in its own words and nothing typed is lost.
class NewJobDialog : public QDialog
{
    Q_OBJECT
public:
    NewJobDialog(jobs::JobsSession *session, QWidget *parent = nullptr);
    ~NewJobDialog() override;

    // Starts from this request (resubmit) or a template's; the form and the script show it.
    void setRequest(const jobs::JobRequest &request, const QString &templateId = {});
    // What Submit would send now.
    jobs::JobRequest request() const;
    QString previewText() const;
    QString messageText() const;

    void submit();

    QLineEdit *nameEdit() const { return m_name; }
    QPlainTextEdit *scriptEdit() const { return m_script; }
    QComboBox *partitionBox() const { return m_partition; }
    QSpinBox *cpusBox() const { return m_cpus; }
    QSpinBox *timeBox() const { return m_time; }
    QTabWidget *tabs() const { return m_tabs; }
    QPushButton *submitButton() const;

Q_SIGNALS:
    void submitted(const QString &jobId, const QStringList &warnings);

private:
    void loadPartitions();
    void updatePreview();
    void setBusy(jobs::BatchCall *call, const QString &text);

    jobs::JobsSession *m_session;
    QString m_templateId;
    QTabWidget *m_tabs;
    QLineEdit *m_name;
    QComboBox *m_partition;
    QSpinBox *m_cpus;
    QSpinBox *m_memory;
    QSpinBox *m_time;
    QLineEdit *m_workDir;
    QCheckBox *m_hold;
    QPlainTextEdit *m_script;
    QPlainTextEdit *m_preview;
    MessageBar *m_message;
    QLabel *m_busy;
    QToolButton *m_stop;
    QDialogButtonBox *m_buttons;
    QPointer<jobs::BatchCall> m_call;
    jobs::JobRequest m_base; // fields the form does not show (environment, output names) kept as given
};

} // namespace daas::ui
