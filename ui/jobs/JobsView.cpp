#include "jobs/JobsView.h"
#include "ThemedIcon.h"

#include "ButtonText.h"
#include "Dialogs.h"
#include "MessageBar.h"
#include "jobs/BatchProvider.h"
#include "jobs/JobListModel.h"
#include "jobs/JobOutputView.h"
#include "jobs/JobTemplateLibrary.h"
#include "jobs/JobsSession.h"

#include <QAction>
#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QIcon>
#include <QLabel>
#include <QLocale>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QSplitter>
#include <QTabWidget>
#include <QTableView>
#include <QTextBrowser>
#include <QTimer>
#include <QToolBar>
#include <QToolButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;
using daas::jobs::BatchJob;
using daas::jobs::JobState;

namespace daas::ui {

namespace {
// Which jobs the list shows.
class JobFilter : public QSortFilterProxyModel
{
public:
    enum Show { All, Active, Finished };
    using QSortFilterProxyModel::QSortFilterProxyModel;
    void setShow(Show show)
    {
        m_show = show;
        invalidateFilter();
    }

protected:
    bool filterAcceptsRow(int row, const QModelIndex &parent) const override
    {
        if (m_show == All)
            return true;
        const auto state =
            JobState(sourceModel()->index(row, 0, parent).data(JobListModel::StateRole).toInt());
        return (m_show == Finished) == jobs::isFinished(state);
    }

private:
    Show m_show = All;
};

QString html(const QString &text)
{
    return text.toHtmlEscaped();
}
} // namespace

JobsView::JobsView(jobs::JobsSession *session, QWidget *parent)
    : QWidget(parent)
    , m_session(session)
    , m_model(new JobListModel(this))
    , m_filter(new JobFilter(this))
    , m_table(new QTableView(this))
    , m_show(new QComboBox(this))
    , m_message(new MessageBar(this))
    , m_status(new QLabel(this))
    , m_busy(new QLabel(this))
    , m_stop(new QToolButton(this))
    , m_tabs(new QTabWidget(this))
    , m_details(new QTextBrowser(this))
    , m_script(new QPlainTextEdit(this))
    , m_output(new JobOutputView(session, JobOutputView::StandardOutput, this))
    , m_errors(new JobOutputView(session, JobOutputView::StandardError, this))
{
    setObjectName(u"jobsView"_s);
    m_filter->setSourceModel(m_model);
    m_table->setObjectName(u"jobTable"_s);
    m_table->setModel(m_filter);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setAlternatingRowColors(true);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(false);
    m_table->horizontalHeader()->setSectionResizeMode(JobListModel::Name, QHeaderView::Stretch);
    m_table->horizontalHeader()->setSectionResizeMode(JobListModel::State, QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setSectionResizeMode(JobListModel::Nodes, QHeaderView::ResizeToContents);
    m_table->setAccessibleName(tr("Your batch jobs"));
    m_table->setContextMenuPolicy(Qt::ActionsContextMenu);

    m_show->setObjectName(u"jobFilter"_s);
    m_show->addItem(tr("All jobs"), JobFilter::All);
    m_show->addItem(tr("Queued and running"), JobFilter::Active);
    m_show->addItem(tr("Finished"), JobFilter::Finished);
    m_show->setAccessibleName(tr("Show"));
    connect(m_show, &QComboBox::currentIndexChanged, this, [this] {
        static_cast<JobFilter *>(m_filter)->setShow(JobFilter::Show(m_show->currentData().toInt()));
    });

    auto *toolbar = new QToolBar(this);
    toolbar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    buildActions();
    for (QAction *a : std::as_const(m_actions)) {
        toolbar->addAction(a);
        m_table->addAction(a);
    }
    auto *filterLabel = new QLabel(tr("&Show:"), this);
    filterLabel->setBuddy(m_show);
    // the filter beside the toolbar, not in it: where the actions' words are long (German) the toolbar
    // overflows, and its overflow menu would hide the filter (a combo box) too
    auto *toolRow = new QHBoxLayout;
    toolRow->addWidget(toolbar, 1);
    toolRow->addWidget(filterLabel);
    toolRow->addWidget(m_show);

    m_details->setObjectName(u"jobDetails"_s);
    m_details->setOpenLinks(false);
    m_details->setAccessibleName(tr("Job details"));
    m_script->setObjectName(u"jobScript"_s);
    m_script->setReadOnly(true);
    m_script->setFont(QFont(u"monospace"_s));
    m_script->setLineWrapMode(QPlainTextEdit::NoWrap);
    m_script->setAccessibleName(tr("Job script"));
    m_tabs->setObjectName(u"jobTabs"_s);
    m_tabs->addTab(m_details, tr("Details"));
    m_tabs->addTab(m_script, tr("Script"));
    m_tabs->addTab(m_output, tr("Output"));
    m_tabs->addTab(m_errors, tr("Errors"));

    auto *split = new QSplitter(Qt::Vertical, this);
    split->addWidget(m_table);
    split->addWidget(m_tabs);
    split->setStretchFactor(0, 3);
    split->setStretchFactor(1, 2);

    m_status->setObjectName(u"jobsStatus"_s);
    m_busy->setObjectName(u"jobsBusy"_s);
    m_stop->setObjectName(u"stopCommand"_s);
    m_stop->setIcon(themedIcon(u":/icons/cancel.svg"_s));
    m_stop->setText(tr("Stop"));
    m_stop->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_stop->setToolTip(tr("Stop waiting for this command"));
    m_busy->hide();
    m_stop->hide();
    connect(m_stop, &QToolButton::clicked, this, [this] {
        if (m_call)
            m_call->cancel();
    });
    auto *statusRow = new QHBoxLayout;
    statusRow->addWidget(m_status, 1);
    statusRow->addWidget(m_busy);
    statusRow->addWidget(m_stop);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(toolRow);
    layout->addWidget(m_message);
    layout->addWidget(split, 1);
    layout->addLayout(statusRow);
    m_message->hide();

    connect(m_session, &jobs::JobsSession::jobsChanged, this, &JobsView::reload);
    connect(m_session, &jobs::JobsSession::refreshed, this, [this] {
        m_message->hide();
        updateStatus();
    });
    connect(m_session, &jobs::JobsSession::refreshingChanged, this, &JobsView::updateStatus);
    connect(m_session, &jobs::JobsSession::refreshFailed, this, [this](const Error &e) {
        report(e.prefixed(tr("The job list could not be brought up to date")));
        updateStatus();
    });
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this, [this] {
        updateActions();
        showDetails();
    });
    // the run time of running jobs and "next check in" move on their own
    auto *tick = new QTimer(this);
    tick->start(1000);
    connect(tick, &QTimer::timeout, this, [this] {
        updateStatus();
        for (int r = 0; r < m_model->rowCount(); ++r)
            if (m_model->jobAt(r).state == JobState::Running)
                Q_EMIT m_model->dataChanged(m_model->index(r, JobListModel::Elapsed),
                                            m_model->index(r, JobListModel::Elapsed));
    });
    reload();
    updateActions();
    updateStatus();
}

JobsView::~JobsView() = default;

void JobsView::buildActions()
{
    const auto add = [this](const QString &name, const QString &icon, const QString &text, const QString &tip,
                            auto slot) {
        auto *a = new QAction(themedIcon(icon), text, this);
        a->setObjectName(name);
        a->setToolTip(tip);
        connect(a, &QAction::triggered, this, slot);
        dropAppendedMnemonicOnButtons(a);
        m_actions.append(a);
        return a;
    };
    add(u"newJob"_s, u":/icons/new-job.svg"_s, tr("&New job…"), tr("Write or choose a job and submit it"),
        [this] { newJob(); })
        ->setShortcut(QKeySequence::New);
    add(u"refreshJobs"_s, u":/icons/refresh.svg"_s, tr("&Refresh"), tr("Ask the scheduler now"), [this] {
        m_session->refresh();
    })->setShortcut(QKeySequence::Refresh);
    add(u"cancelJob"_s, u":/icons/cancel.svg"_s, tr("&Cancel job"), tr("Stop the selected job"),
        [this] { cancelSelected(); });
    add(u"holdJob"_s, u":/icons/pause.svg"_s, tr("&Hold"), tr("Keep the selected job from starting"),
        [this] { setSelectedHeld(true); });
    add(u"releaseJob"_s, u":/icons/resume.svg"_s, tr("Re&lease"), tr("Let the selected job start"),
        [this] { setSelectedHeld(false); });
    add(u"resubmitJob"_s, u":/icons/retry.svg"_s, tr("Re&submit…"), tr("Submit the selected job again"),
        [this] { resubmitSelected(); });
    add(u"makeTemplate"_s, u":/icons/file-code.svg"_s, tr("Make &template…"),
        tr("Keep the selected job as a template for new jobs"), [this] { makeTemplateFromSelected(); });
    add(u"openOutputFolder"_s, u":/icons/folder.svg"_s, tr("Open output &folder"),
        tr("Show the folder of the job's output in Files"), [this] { openOutputFolder(); });
}

QAction *JobsView::action(const QString &objectName) const
{
    for (QAction *a : m_actions)
        if (a->objectName() == objectName)
            return a;
    return nullptr;
}

QString JobsView::messageText() const
{
    return m_message->isVisibleTo(this) ? m_message->text() : QString();
}

QString JobsView::statusText() const
{
    return m_status->text();
}

QString JobsView::busyText() const
{
    return m_busy->isVisibleTo(this) ? m_busy->text() : QString();
}

void JobsView::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    m_session->setWatching(true);
}

void JobsView::hideEvent(QHideEvent *event)
{
    QWidget::hideEvent(event);
    m_session->setWatching(false);
}

QString JobsView::selectedId() const
{
    const QModelIndexList rows = m_table->selectionModel()->selectedRows();
    return rows.isEmpty() ? QString() : rows.first().data(JobListModel::IdRole).toString();
}

BatchJob JobsView::selectedJob() const
{
    const QString id = selectedId();
    return id.isEmpty() ? BatchJob() : m_session->job(id);
}

void JobsView::selectJob(const QString &id)
{
    const int row = m_model->rowOf(id);
    if (row < 0)
        return;
    const QModelIndex index = m_filter->mapFromSource(m_model->index(row, 0));
    if (!index.isValid())
        return;
    m_table->selectionModel()->select(index, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    m_table->setCurrentIndex(index);
    m_table->scrollTo(index);
}

void JobsView::reload()
{
    m_model->setJobs(m_session->jobs());
    updateActions();
    showDetails();
    updateStatus();
}

void JobsView::updateActions()
{
    const BatchJob job = selectedJob();
    const bool has = job.isValid();
    const bool waiting = job.state == JobState::Queued;
    const bool active = has && !jobs::isFinished(job.state);
    const bool busy = bool(m_call);
    action(u"cancelJob"_s)->setEnabled(active && !busy);
    action(u"holdJob"_s)->setEnabled(has && waiting && !busy);
    action(u"releaseJob"_s)->setEnabled(has && job.state == JobState::Held && !busy);
    action(u"resubmitJob"_s)->setEnabled(has && (!job.script.isEmpty() || m_session->requestOf(job.id)));
    action(u"makeTemplate"_s)->setEnabled(has && (!job.script.isEmpty() || m_session->requestOf(job.id)));
    action(u"openOutputFolder"_s)
        ->setEnabled(has && !m_session->storagePathFor(job.standardOutput.section(u'/', 0, -2)).isEmpty());
}

void JobsView::updateStatus()
{
    QString text;
    if (m_session->isRefreshing())
        text = tr("Asking the scheduler…");
    else if (m_session->lastRefresh().isValid())
        text =
            tr("Updated at %1 · next check in %2 s")
                .arg(QLocale().toString(m_session->lastRefresh().toLocalTime().time(), QLocale::LongFormat))
                .arg(qMax(1, m_session->nextPollMs() / 1000));
    else if (m_session->lastError())
        text = tr("The scheduler has not answered yet.");
    else
        text = tr("Asking the scheduler…");
    const int count = m_model->rowCount();
    m_status->setText(tr("%n job(s)", nullptr, count) + u" · "_s + text);
}

void JobsView::showDetails()
{
    const BatchJob job = selectedJob();
    if (job.id != m_shownId) {
        m_shownId = job.id;
        m_output->showJob(job);
        m_errors->showJob(job);
    } else {
        m_output->jobUpdated(job);
        m_errors->jobUpdated(job);
    }
    if (!job.isValid()) {
        m_details->setHtml(
            u"<p>%1</p>"_s.arg(html(tr("Select a job to see its details, script and output."))));
        m_script->clear();
        return;
    }
    const QLocale locale;
    const auto row = [](const QString &label, const QString &value) {
        return value.isEmpty()
                   ? QString()
                   : u"<tr><th align=left>%1</th><td>%2</td></tr>"_s.arg(html(label), html(value));
    };
    const auto time = [&](const QDateTime &t) {
        return t.isValid() ? locale.toString(t.toLocalTime(), QLocale::LongFormat) : QString();
    };
    QString rows;
    rows += row(tr("Job"), job.id);
    rows += row(tr("Name"), job.name);
    rows += row(tr("State"), jobs::stateText(job.state));
    rows += row(tr("Reason"), job.reasonText());
    rows += row(tr("Scheduler's state"), job.schedulerState);
    rows += row(tr("User"), job.user);
    rows += row(tr("Partition"), job.partition);
    rows += row(tr("Nodes"), job.nodes);
    rows += row(tr("Cores"), job.cpus > 0 ? QString::number(job.cpus) : QString());
    rows += row(tr("Time limit"),
                job.timeLimitMinutes > 0 ? tr("%n minute(s)", nullptr, job.timeLimitMinutes) : QString());
    rows += row(tr("Submitted"), time(job.submitTime));
    rows += row(tr("Started"), time(job.startTime));
    rows += row(tr("Ended"), jobs::isFinished(job.state) ? time(job.endTime) : QString());
    if (job.exitCode && jobs::isFinished(job.state))
        rows +=
            row(tr("Exit code"), job.signal ? tr("%1, ended by signal %2").arg(*job.exitCode).arg(job.signal)
                                            : QString::number(*job.exitCode));
    rows += row(tr("Working folder"), job.workingDirectory);
    rows += row(tr("Output file"), job.standardOutput);
    if (job.standardError != job.standardOutput)
        rows += row(tr("Error file"), job.standardError);
    m_details->setHtml(u"<table cellspacing=4>%1</table>"_s.arg(rows));
    if (m_script->toPlainText() != job.script)
        m_script->setPlainText(job.script.isEmpty() ? tr("The scheduler did not give this job's script.")
                                                    : job.script);
}

void JobsView::track(jobs::BatchCall *call, const QString &what)
{
    m_call = call;
    m_busy->setText(what);
    m_busy->show();
    m_stop->show();
    updateActions();
    connect(call, &jobs::BatchCall::progress, m_busy, &QLabel::setText);
    connect(call, &jobs::BatchCall::finished, this, [this] {
        m_busy->hide();
        m_stop->hide();
        QTimer::singleShot(0, this, &JobsView::updateActions);
    });
}

void JobsView::report(const Error &error)
{
    if (error.kind() == Error::Kind::Cancelled)
        return;
    m_message->showMessage(error.userText());
}

void JobsView::newJob()
{
    jobs::JobRequest request;
    request.workingDirectory = m_session->defaultWorkingDirectory();
    Q_EMIT newJobRequested(request, QString());
}

void JobsView::cancelSelected(bool confirmed)
{
    const BatchJob job = selectedJob();
    if (!job.isValid() || jobs::isFinished(job.state))
        return;
    if (!confirmed) {
        const QString consequence = job.state == JobState::Running
                                        ? tr("It stops at once; what it has written so far stays.")
                                        : tr("It leaves the queue and will not run.");
        if (!Dialogs::confirm(this, tr("Cancel job"),
                              tr("Cancel job %1 “%2”? %3").arg(job.id, job.name, consequence)))
            return;
    }
    const QString id = job.id;
    track(m_session->cancelJob(id,
                               [this, id](const Error &e) {
                                   if (e)
                                       report(e.prefixed(tr("Job %1 could not be cancelled").arg(id)));
                               }),
          tr("Cancelling job %1…").arg(id));
}

void JobsView::setSelectedHeld(bool held)
{
    const BatchJob job = selectedJob();
    if (!job.isValid())
        return;
    const QString id = job.id;
    track(m_session->setHeld(id, held,
                             [this, id, held](const Error &e) {
                                 if (e)
                                     report(e.prefixed(held ? tr("Job %1 could not be held").arg(id)
                                                            : tr("Job %1 could not be released").arg(id)));
                             }),
          held ? tr("Holding job %1…").arg(id) : tr("Releasing job %1…").arg(id));
}

void JobsView::resubmitSelected()
{
    const BatchJob job = selectedJob();
    if (!job.isValid())
        return;
    jobs::JobRequest request;
    if (const auto known = m_session->requestOf(job.id)) {
        request = *known;
    } else {
        request.name = job.name;
        request.script = job.script;
        request.partition = job.partition;
        request.workingDirectory = job.workingDirectory;
        request.standardOutput = job.standardOutputPattern;
        request.standardError = job.standardErrorPattern;
        request.cpus = qMax(1, job.cpus);
        request.timeLimitMinutes = qMax(0, job.timeLimitMinutes);
    }
    request.hold = false;
    Q_EMIT newJobRequested(request, m_session->templateOf(job.id));
}

void JobsView::makeTemplateFromSelected()
{
    const BatchJob job = selectedJob();
    if (!job.isValid())
        return;
    const std::optional<QString> name =
        Dialogs::askText(this, tr("Make template"), tr("Name of the new template:"), job.name);
    if (!name || name->trimmed().isEmpty())
        return;
    const jobs::TemplateLibrary library;
    Result<jobs::JobTemplate> made = Error();
    if (const std::optional<jobs::JobSubmission> submission = m_session->submissionOf(job.id)) {
        made = library.saveAsTemplate(*submission, name->trimmed());
    } else {
        jobs::JobRequest request;
        request.name = job.name;
        request.script = job.script;
        request.partition = job.partition;
        request.cpus = qMax(1, job.cpus);
        request.timeLimitMinutes = qMax(0, job.timeLimitMinutes);
        made = library.saveAsTemplate(request, name->trimmed());
    }
    if (!made) {
        report(made.error().prefixed(tr("The template was not made")));
        return;
    }
    m_message->showMessage(tr("The template “%1” is ready: New job offers it.").arg(made->name),
                           MessageBar::Level::Info);
}

void JobsView::openOutputFolder()
{
    const BatchJob job = selectedJob();
    const QString folder = m_session->storagePathFor(job.standardOutput.section(u'/', 0, -2));
    if (!folder.isEmpty())
        Q_EMIT storageFolderRequested(folder);
}

} // namespace daas::ui
