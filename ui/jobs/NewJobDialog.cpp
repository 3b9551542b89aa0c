#include "jobs/NewJobDialog.h"

#include "MessageBar.h"
#include "jobs/BatchProvider.h"
#include "jobs/JobsSession.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QTabWidget>
#include <QToolButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace daas::ui {

NewJobDialog::NewJobDialog(jobs::JobsSession *session, QWidget *parent)
    : QDialog(parent)
    , m_session(session)
    , m_tabs(new QTabWidget(this))
    , m_name(new QLineEdit(this))
    , m_partition(new QComboBox(this))
    , m_cpus(new QSpinBox(this))
    , m_memory(new QSpinBox(this))
    , m_time(new QSpinBox(this))
    , m_workDir(new QLineEdit(this))
    , m_hold(new QCheckBox(tr("Submit &held (start it later with Release)"), this))
    , m_script(new QPlainTextEdit(this))
    , m_preview(new QPlainTextEdit(this))
    , m_message(new MessageBar(this))
    , m_busy(new QLabel(this))
    , m_stop(new QToolButton(this))
    , m_buttons(new QDialogButtonBox(this))
{
    setObjectName(u"newJobDialog"_s);
    setWindowTitle(tr("New job"));
    resize(760, 620);

    m_name->setObjectName(u"jobName"_s);
    m_name->setPlaceholderText(tr("A name to find it by"));
    m_partition->setObjectName(u"jobPartition"_s);
    m_partition->addItem(tr("The cluster's default"), QString());
    m_cpus->setObjectName(u"jobCpus"_s);
    m_cpus->setRange(1, 4096);
    m_memory->setObjectName(u"jobMemory"_s);
    m_memory->setRange(0, 4 * 1024 * 1024);
    m_memory->setSingleStep(512);
    m_memory->setSuffix(tr(" MB"));
    m_memory->setSpecialValueText(tr("The cluster's default"));
    m_time->setObjectName(u"jobTime"_s);
    m_time->setRange(0, 60 * 24 * 30);
    m_time->setSuffix(tr(" min"));
    m_time->setSpecialValueText(tr("The partition's default"));
    m_workDir->setObjectName(u"jobWorkDir"_s);
    m_workDir->setPlaceholderText(tr("Your home folder on the cluster"));
    m_hold->setObjectName(u"jobHold"_s);

    auto *form = new QWidget(this);
    auto *formLayout = new QFormLayout(form);
    formLayout->addRow(tr("&Name:"), m_name);
    formLayout->addRow(tr("&Partition:"), m_partition);
    formLayout->addRow(tr("&Cores:"), m_cpus);
    formLayout->addRow(tr("&Memory:"), m_memory);
    formLayout->addRow(tr("&Time limit:"), m_time);
    formLayout->addRow(tr("&Working folder:"), m_workDir);
    formLayout->addRow(QString(), m_hold);

    m_script->setObjectName(u"jobScriptEdit"_s);
    m_script->setFont(QFont(u"monospace"_s));
    m_script->setLineWrapMode(QPlainTextEdit::NoWrap);
    m_script->setAccessibleName(tr("Job script"));
    m_preview->setObjectName(u"jobPreview"_s);
    m_preview->setReadOnly(true);
    m_preview->setFont(QFont(u"monospace"_s));
    m_preview->setLineWrapMode(QPlainTextEdit::NoWrap);
    m_preview->setAccessibleName(tr("What will be submitted"));

    m_tabs->setObjectName(u"newJobTabs"_s);
    m_tabs->addTab(form, tr("&Job"));
    m_tabs->addTab(m_script, tr("&Script"));
    m_tabs->addTab(m_preview, tr("Pre&view"));
    connect(m_tabs, &QTabWidget::currentChanged, this, [this] {
        if (m_tabs->currentWidget() == m_preview)
            updatePreview();
    });

    m_buttons->addButton(tr("S&ubmit"), QDialogButtonBox::AcceptRole)->setObjectName(u"submitJob"_s);
    m_buttons->addButton(QDialogButtonBox::Cancel);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &NewJobDialog::submit);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    m_busy->hide();
    m_stop->hide();
    m_stop->setText(tr("Stop"));
    m_stop->setObjectName(u"stopSubmit"_s);
    connect(m_stop, &QToolButton::clicked, this, [this] {
        if (m_call)
            m_call->cancel();
    });
    m_message->hide();

    auto *bottom = new QHBoxLayout;
    bottom->addWidget(m_busy, 1);
    bottom->addWidget(m_stop);
    bottom->addWidget(m_buttons);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_message);
    layout->addWidget(m_tabs, 1);
    layout->addLayout(bottom);

    jobs::JobRequest blank;
    blank.name = tr("my-job");
    blank.script =
        u"#!/bin/bash\n# Your job's commands. They run on a node of the cluster.\nhostname\ndate\n"_s;
    blank.workingDirectory = m_session->defaultWorkingDirectory();
    setRequest(blank);
    loadPartitions();
}

NewJobDialog::~NewJobDialog()
{
    if (m_call)
        m_call->cancel();
}

QPushButton *NewJobDialog::submitButton() const
{
    return m_buttons->buttons().isEmpty() ? nullptr
                                          : qobject_cast<QPushButton *>(m_buttons->buttons().first());
}

void NewJobDialog::setRequest(const jobs::JobRequest &request, const QString &templateId)
{
    m_base = request;
    m_templateId = templateId;
    m_name->setText(request.name);
    const int p = m_partition->findData(request.partition);
    if (p >= 0) {
        m_partition->setCurrentIndex(p);
    } else if (!request.partition.isEmpty()) {
        m_partition->addItem(request.partition, request.partition);
        m_partition->setCurrentIndex(m_partition->count() - 1);
    }
    m_cpus->setValue(qMax(1, request.cpus));
    m_memory->setValue(int(qMin<qint64>(request.memoryMb, m_memory->maximum())));
    m_time->setValue(request.timeLimitMinutes);
    m_workDir->setText(request.workingDirectory);
    m_hold->setChecked(request.hold);
    m_script->setPlainText(request.script);
}

jobs::JobRequest NewJobDialog::request() const
{
    jobs::JobRequest r = m_base;
    r.name = m_name->text().trimmed();
    r.partition = m_partition->currentData().toString();
    r.cpus = m_cpus->value();
    r.memoryMb = m_memory->value();
    r.timeLimitMinutes = m_time->value();
    r.workingDirectory = m_workDir->text().trimmed();
    r.hold = m_hold->isChecked();
    r.script = m_script->toPlainText();
    return r;
}

QString NewJobDialog::previewText() const
{
    return m_session->provider()->submissionPreview(request());
}

void NewJobDialog::updatePreview()
{
    m_preview->setPlainText(previewText());
}

QString NewJobDialog::messageText() const
{
    return m_message->isVisibleTo(this) ? m_message->text() : QString();
}

void NewJobDialog::loadPartitions()
{
    auto *call = m_session->provider()->partitions([this](const Result<QList<jobs::Partition>> &r) {
        if (!r) {
            if (r.error().kind() != Error::Kind::Cancelled)
                m_partition->setToolTip(r.error().userText());
            return;
        }
        for (const jobs::Partition &p : r.value()) {
            if (m_partition->findData(p.name) >= 0)
                continue;
            QString label = p.name;
            if (p.isDefault)
                label = tr("%1 (default)").arg(p.name);
            if (p.maxTimeMinutes > 0)
                label += u" — "_s + tr("at most %n minute(s)", nullptr, p.maxTimeMinutes);
            m_partition->addItem(label, p.name);
        }
    });
    connect(this, &QObject::destroyed, call, &jobs::BatchCall::cancel);
}

void NewJobDialog::setBusy(jobs::BatchCall *call, const QString &text)
{
    m_call = call;
    const bool busy = call != nullptr;
    m_busy->setVisible(busy);
    m_stop->setVisible(busy);
    m_busy->setText(text);
    m_tabs->setEnabled(!busy);
    if (QPushButton *b = submitButton())
        b->setEnabled(!busy);
    if (call)
        connect(call, &jobs::BatchCall::progress, m_busy, &QLabel::setText);
}

void NewJobDialog::submit()
{
    if (m_call)
        return;
    const jobs::JobRequest r = request();
    if (!r.script.startsWith(u"#!"_s)) {
        m_message->showMessage(
            tr("The script must start with a line such as “#!/bin/bash” that says what runs it."));
        m_tabs->setCurrentWidget(m_script);
        return;
    }
    m_message->hide();
    setBusy(m_session->submit(
                r, m_templateId,
                [this](const Result<jobs::SubmittedJob> &result) {
                    setBusy(nullptr, {});
                    if (!result) {
                        if (result.error().kind() != Error::Kind::Cancelled)
                            m_message->showMessage(
                                result.error().prefixed(tr("The job was not submitted")).userText());
                        return;
                    }
                    Q_EMIT submitted(result->id, result->warnings);
                    accept();
                }),
            tr("Submitting…"));
}

} // namespace daas::ui
