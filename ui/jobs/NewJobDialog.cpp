#include "jobs/NewJobDialog.h"

#include "MessageBar.h"
#include "jobs/BatchProvider.h"
#include "jobs/JobTemplateLibrary.h"
#include "jobs/JobsSession.h"
#include "storage/Transfer.h"

#include <algorithm>

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QTabWidget>
#include <QTextBrowser>
#include <QToolButton>
#include <QVBoxLayout>

#include <algorithm>
#include <initializer_list>

using namespace Qt::StringLiterals;

namespace daas::ui {

namespace {

// The template's parameters have a form of their own inside the job's form; one width for the labels of
// both keeps their fields in one column, whichever form has the longest label in the user's language.
void shareLabelColumn(std::initializer_list<QFormLayout *> forms)
{
    QList<QWidget *> labels;
    for (QFormLayout *form : forms)
        for (int row = 0; row < form->rowCount(); ++row)
            if (QLayoutItem *item = form->itemAt(row, QFormLayout::LabelRole); item && item->widget())
                labels.append(item->widget());
    int widest = 0;
    for (QWidget *label : std::as_const(labels)) {
        label->setMinimumWidth(0);
        widest = std::max(widest, label->sizeHint().width());
    }
    for (QWidget *label : std::as_const(labels))
        label->setMinimumWidth(widest);
}

} // namespace

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
    , m_templateBox(new QComboBox(this))
    , m_notes(new QTextBrowser(this))
    , m_parameterBox(new QWidget(this))
    , m_parameterForm(new QFormLayout(m_parameterBox))
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

    m_templateBox->setObjectName(u"jobTemplate"_s);
    m_templateBox->setAccessibleName(tr("Start from"));
    m_templateBox->addItem(tr("A script of my own"), QString());
    m_notes->setObjectName(u"templateNotes"_s);
    m_notes->setOpenExternalLinks(true);
    m_notes->setMaximumHeight(110);
    m_notes->setAccessibleName(tr("About this template"));
    m_notes->hide();
    m_parameterBox->setObjectName(u"templateParameters"_s);
    m_parameterForm->setContentsMargins(0, 0, 0, 0);

    auto *form = new QWidget(this);
    auto *formLayout = new QFormLayout(form);
    formLayout->addRow(tr("&Name:"), m_name);
    formLayout->addRow(m_parameterBox);
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
    m_inputNote = new QLabel(this);
    m_inputNote->setObjectName(u"inputNote"_s);
    m_inputNote->setWordWrap(true);
    m_inputNote->hide();

    auto *bottom = new QHBoxLayout;
    bottom->addWidget(m_busy, 1);
    bottom->addWidget(m_stop);
    bottom->addWidget(m_buttons);
    auto *top = new QHBoxLayout;
    auto *startFrom = new QLabel(tr("Start &from:"), this);
    startFrom->setBuddy(m_templateBox);
    top->addWidget(startFrom);
    top->addWidget(m_templateBox, 1);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(m_notes);
    layout->addWidget(m_message);
    layout->addWidget(m_tabs, 1);
    layout->addWidget(m_inputNote);
    layout->addLayout(bottom);

    jobs::JobRequest blank;
    blank.name = tr("my-job");
    blank.script =
        u"#!/bin/bash\n# Your job's commands. They run on a node of the cluster.\nhostname\ndate\n"_s;
    blank.workingDirectory = m_session->defaultWorkingDirectory();
    setRequest(blank);
    connect(m_templateBox, &QComboBox::activated, this, [this](int index) {
        const QString id = m_templateBox->itemData(index).toString();
        if (id.isEmpty()) {
            m_template.reset();
            m_templateId.clear();
            buildParameterForm();
        } else {
            chooseTemplate(id);
        }
    });
    loadTemplates();
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
    // The request's script is final (the template's values are in it): it is submitted as it is.
    m_template.reset();
    m_templateId = templateId;
    buildParameterForm();
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

Result<jobs::JobRequest> NewJobDialog::request() const
{
    jobs::JobRequest r = m_base;
    if (m_template) {
        // the script as edited, with the parameter block the template adds
        jobs::JobTemplate edited = *m_template;
        edited.script = m_script->toPlainText();
        Result<jobs::JobRequest> rendered = edited.render(parameterValues());
        if (!rendered)
            return rendered.error();
        r.script = rendered->script;
        r.environment = rendered->environment;
    } else {
        r.script = m_script->toPlainText();
    }
    r.name = m_name->text().trimmed();
    r.partition = m_partition->currentData().toString();
    r.cpus = m_cpus->value();
    r.memoryMb = m_memory->value();
    r.timeLimitMinutes = m_time->value();
    r.workingDirectory = m_workDir->text().trimmed();
    r.hold = m_hold->isChecked();
    return r;
}

QString NewJobDialog::previewText() const
{
    const Result<jobs::JobRequest> r = request();
    if (!r)
        return r.error().userText();
    return m_session->provider()->submissionPreview(r.value());
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
    updateSubmitButton();
    if (call)
        connect(call, &jobs::BatchCall::progress, m_busy, &QLabel::setText);
}

void NewJobDialog::submit()
{
    if (m_call || isWaitingForInput())
        return;
    const Result<jobs::JobRequest> rendered = request();
    if (!rendered) {
        m_message->showMessage(rendered.error().userText());
        m_tabs->setCurrentIndex(0);
        return;
    }
    const jobs::JobRequest &r = rendered.value();
    if (!r.script.startsWith(u"#!"_s)) {
        m_message->showMessage(
            tr("The script must start with a line such as “#!/bin/bash” that says what runs it."));
        m_tabs->setCurrentWidget(m_script);
        return;
    }
    m_message->hide();
    setBusy(m_session->submit(
                r, m_templateId, m_template ? parameterValues() : QMap<QString, QString>(),
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

void NewJobDialog::loadTemplates()
{
    jobs::TemplateLibrary().scan(this, [this](const jobs::TemplateLibrary::Listing &listing) {
        m_templates = listing.templates;
        for (const jobs::JobTemplate &t : listing.templates)
            m_templateBox->addItem(t.id.startsWith(u"user/"_s) ? tr("%1 (mine)").arg(t.name) : t.name, t.id);
        if (!listing.problems.isEmpty())
            m_message->showMessage(listing.problems.first().userText(), MessageBar::Level::Info);
        m_templatesLoaded = true;
        // a template asked for before the library was read
        if (!m_templateId.isEmpty() && !m_template && m_script->document()->isModified() == false &&
            m_base.script.isEmpty())
            chooseTemplate(m_templateId);
        Q_EMIT templatesReady();
    });
}

QStringList NewJobDialog::templateIds() const
{
    QStringList ids;
    for (const jobs::JobTemplate &t : m_templates)
        ids.append(t.id);
    return ids;
}

void NewJobDialog::chooseTemplate(const QString &templateId, const QMap<QString, QString> &values)
{
    m_templateId = templateId;
    m_base = jobs::JobRequest();
    m_base.workingDirectory = m_session->defaultWorkingDirectory();
    if (!m_templatesLoaded)
        return; // loadTemplates() comes back here
    const auto it = std::find_if(m_templates.cbegin(), m_templates.cend(),
                                 [&](const jobs::JobTemplate &t) { return t.id == templateId; });
    if (it == m_templates.cend()) {
        m_message->showMessage(tr("There is no job template “%1”.").arg(templateId));
        return;
    }
    m_template = *it;
    for (auto v = values.cbegin(); v != values.cend(); ++v) {
        for (jobs::TemplateParameter &p : m_template->parameters)
            if (p.id == v.key())
                p.defaultValue = v.value();
    }
    m_templateBox->setCurrentIndex(qMax(0, m_templateBox->findData(templateId)));
    m_name->setText(QString(m_template->name).replace(u' ', u'-').toLower());
    const jobs::TemplateResources &res = m_template->resources;
    m_cpus->setValue(qMax(1, res.cpus));
    m_memory->setValue(int(qMin<qint64>(res.memoryMb, m_memory->maximum())));
    m_time->setValue(res.timeLimitMinutes);
    if (!res.partition.isEmpty()) {
        if (m_partition->findData(res.partition) < 0)
            m_partition->addItem(res.partition, res.partition);
        m_partition->setCurrentIndex(m_partition->findData(res.partition));
    }
    m_workDir->setText(m_base.workingDirectory);
    m_hold->setChecked(false);
    m_script->setPlainText(m_template->script);
    buildParameterForm();
    if (!m_pendingInput.isEmpty())
        setInput(m_pendingInput);
}

void NewJobDialog::buildParameterForm()
{
    while (m_parameterForm->rowCount() > 0)
        m_parameterForm->removeRow(0);
    m_parameterWidgets.clear();
    m_notes->setVisible(m_template && !m_template->notes.isEmpty());
    if (!m_template) {
        m_parameterBox->hide();
        return;
    }
    m_notes->setMarkdown(m_template->notes);
    using Type = jobs::TemplateParameter::Type;
    for (const jobs::TemplateParameter &p : std::as_const(m_template->parameters)) {
        QWidget *field = nullptr;
        switch (p.type) {
        case Type::Integer: {
            auto *spin = new QSpinBox(m_parameterBox);
            spin->setRange(p.minimum ? int(*p.minimum) : -1000000000,
                           p.maximum ? int(*p.maximum) : 1000000000);
            spin->setValue(p.defaultValue.toInt());
            field = spin;
            break;
        }
        case Type::Number: {
            auto *spin = new QDoubleSpinBox(m_parameterBox);
            spin->setDecimals(3);
            spin->setRange(p.minimum ? *p.minimum : -1e12, p.maximum ? *p.maximum : 1e12);
            spin->setValue(p.defaultValue.toDouble());
            field = spin;
            break;
        }
        case Type::Choice: {
            auto *box = new QComboBox(m_parameterBox);
            box->addItems(p.choices);
            box->setCurrentText(p.defaultValue);
            field = box;
            break;
        }
        default: {
            auto *edit = new QLineEdit(p.defaultValue, m_parameterBox);
            if (p.type == Type::Folder)
                edit->setPlaceholderText(tr("A folder on the cluster"));
            else if (p.type == Type::File)
                edit->setPlaceholderText(tr("A file on the cluster"));
            else if (p.type == Type::Dataset)
                edit->setPlaceholderText(tr("A dataset's folder on the cluster"));
            field = edit;
        }
        }
        field->setObjectName(u"param_"_s + p.id);
        field->setAccessibleName(p.shownLabel());
        field->setToolTip(p.help);
        m_parameterWidgets.insert(p.id, field);
        const QString label =
            p.required ? tr("%1 (required):").arg(p.shownLabel()) : tr("%1:").arg(p.shownLabel());
        m_parameterForm->addRow(label, field);
        if (!p.help.isEmpty()) {
            auto *help = new QLabel(p.help, m_parameterBox);
            help->setWordWrap(true);
            help->setEnabled(false); // the palette's quieter text
            m_parameterForm->addRow(QString(), help);
        }
    }
    m_parameterBox->setVisible(!m_template->parameters.isEmpty());
    if (auto *jobForm = qobject_cast<QFormLayout *>(m_parameterBox->parentWidget()->layout()))
        shareLabelColumn({jobForm, m_parameterForm});
}

QMap<QString, QString> NewJobDialog::parameterValues() const
{
    QMap<QString, QString> values;
    for (auto it = m_parameterWidgets.cbegin(); it != m_parameterWidgets.cend(); ++it) {
        QWidget *w = it.value();
        if (auto *spin = qobject_cast<QSpinBox *>(w))
            values.insert(it.key(), QString::number(spin->value()));
        else if (auto *dspin = qobject_cast<QDoubleSpinBox *>(w))
            values.insert(it.key(), QString::number(dspin->value()));
        else if (auto *box = qobject_cast<QComboBox *>(w))
            values.insert(it.key(), box->currentText());
        else if (auto *edit = qobject_cast<QLineEdit *>(w))
            values.insert(it.key(), edit->text().trimmed());
    }
    return values;
}

void NewJobDialog::setInput(const QString &clusterPath)
{
    // kept for the template chosen later (the library is read in the background)
    m_pendingInput = clusterPath;
    if (!m_template)
        return;
    using Type = jobs::TemplateParameter::Type;
    for (const jobs::TemplateParameter &p : std::as_const(m_template->parameters)) {
        if (p.type != Type::Folder && p.type != Type::Dataset)
            continue;
        if (auto *edit = qobject_cast<QLineEdit *>(m_parameterWidgets.value(p.id))) {
            edit->setText(clusterPath);
            return;
        }
    }
}

void NewJobDialog::waitForInput(const QList<storage::Transfer *> &copies)
{
    for (storage::Transfer *t : copies) {
        m_inputCopies << t;
        connect(t, &storage::Transfer::changed, this, &NewJobDialog::updateInputCopies);
        connect(t, &QObject::destroyed, this, &NewJobDialog::updateInputCopies, Qt::QueuedConnection);
    }
    updateInputCopies();
}

bool NewJobDialog::isWaitingForInput() const
{
    using State = storage::Transfer::State;
    return std::any_of(m_inputCopies.cbegin(), m_inputCopies.cend(),
                       [](const QPointer<storage::Transfer> &t) {
                           return !t || (t->state() != State::Done && t->state() != State::Skipped);
                       });
}

void NewJobDialog::updateInputCopies()
{
    using State = storage::Transfer::State;
    qsizetype done = 0;
    QString failure;
    for (const QPointer<storage::Transfer> &t : std::as_const(m_inputCopies)) {
        if (!t) {
            failure = tr("a copy was removed from Transfers before it finished");
            continue;
        }
        if (t->state() == State::Done || t->state() == State::Skipped)
            ++done;
        else if (t->state() == State::Failed || t->state() == State::Cancelled)
            failure = t->state() == State::Cancelled
                          ? tr("the copy of “%1” was cancelled").arg(t->remotePath().section(u'/', -1))
                          : Error::labelled(t->remotePath().section(u'/', -1), t->error().userText());
    }
    const qsizetype total = m_inputCopies.size();
    if (!failure.isEmpty())
        m_inputNote->setText(tr("The input did not reach your storage: %1. Retry it in Transfers, or choose "
                                "another input.")
                                 .arg(failure));
    else if (done < total)
        m_inputNote->setText(tr("The input is being copied into your storage: %1 of %n file(s) done. Submit "
                                "waits until the copy is complete.",
                                nullptr, int(total))
                                 .arg(done));
    else
        m_inputNote->setText(tr("The input is in your storage."));
    m_inputNote->setVisible(total > 0);
    updateSubmitButton();
}

// Submit goes while nothing is being submitted and the input is in the storage.
void NewJobDialog::updateSubmitButton()
{
    if (QPushButton *b = submitButton())
        b->setEnabled(!m_call && !isWaitingForInput());
}

} // namespace daas::ui
