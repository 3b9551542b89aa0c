#pragma once

#include "jobs/BatchJob.h"
#include "jobs/JobTemplate.h"
#include "support/Error.h"

#include <QMap>

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

namespace daas::storage {
class Transfer;
}

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

    // Starts from this request (resubmit): its script as it was, no template.
    void setRequest(const jobs::JobRequest &request, const QString &templateId = {});
    // Starts from a template of the library ("bundled/shell"); its parameters get a form. Values given here
    // replace the defaults (resubmit, "Process on the cluster…").
    void chooseTemplate(const QString &templateId, const QMap<QString, QString> &values = {});
    // Fills the template's first folder or dataset parameter (a folder or dataset chosen elsewhere).
    void setInput(const QString &clusterPath);
    // The input is still being copied into the storage ("Process on the cluster…" on a dataset): Submit waits
    // until every copy is done, and a copy that fails is said.
    void waitForInput(const QList<storage::Transfer *> &copies);
    bool isWaitingForInput() const;
    QStringList templateIds() const;
    QString templateId() const { return m_templateId; }
    QMap<QString, QString> parameterValues() const;
    // What Submit would send now, or why it cannot (a parameter that does not fit its type).
    Result<jobs::JobRequest> request() const;
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

    // The library has been read (tests wait on it).
    bool templatesLoaded() const { return m_templatesLoaded; }

Q_SIGNALS:
    void submitted(const QString &jobId, const QStringList &warnings);
    void templatesReady();

private:
    void loadTemplates();
    void buildParameterForm();
    void loadPartitions();
    void updatePreview();
    void setBusy(jobs::BatchCall *call, const QString &text);
    void updateInputCopies();
    void updateSubmitButton();

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
    std::optional<jobs::JobTemplate> m_template; // the chosen template; none: a script of the user's own
    QList<jobs::JobTemplate> m_templates;
    bool m_templatesLoaded = false;
    QComboBox *m_templateBox;
    QTextBrowser *m_notes;
    QWidget *m_parameterBox;
    QFormLayout *m_parameterForm;
    QMap<QString, QWidget *> m_parameterWidgets;
    QString m_pendingInput;
    QList<QPointer<storage::Transfer>> m_inputCopies;
    QLabel *m_inputNote = nullptr;
    QPointer<jobs::BatchCall> m_call;
    jobs::JobRequest m_base; // fields the form does not show (environment, output names) kept as given
};

} // namespace daas::ui
