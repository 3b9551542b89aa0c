#include "jobs/JobOutputView.h"

#include "jobs/JobsSession.h"
#include "jobs/OutputReader.h"
#include "jobs/OutputTail.h"

#include <QCheckBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QPlainTextEdit>
#include <QScrollBar>
#include <QTextBlock>
#include <QTextCursor>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace daas::ui {

JobOutputView::JobOutputView(jobs::JobsSession *session, Stream stream, QWidget *parent)
    : QWidget(parent)
    , m_session(session)
    , m_stream(stream)
    , m_text(new QPlainTextEdit(this))
    , m_status(new QLabel(this))
    , m_follow(new QCheckBox(tr("&Follow"), this))
{
    setObjectName(stream == StandardOutput ? u"jobOutput"_s : u"jobErrors"_s);
    m_text->setReadOnly(true);
    m_text->setFont(QFont(u"monospace"_s));
    m_text->setLineWrapMode(QPlainTextEdit::NoWrap);
    // the widget keeps a bounded number of lines; earlier parts of a large file are read on request
    m_text->setMaximumBlockCount(20000);
    m_text->setAccessibleName(stream == StandardOutput ? tr("Job output") : tr("Job errors"));
    m_follow->setChecked(true);
    m_follow->setToolTip(tr("Keep the newest output in view"));
    auto *row = new QHBoxLayout;
    row->addWidget(m_status, 1);
    row->addWidget(m_follow);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_text, 1);
    layout->addLayout(row);
}

JobOutputView::~JobOutputView() = default;

QString JobOutputView::text() const
{
    return m_text->toPlainText();
}

QString JobOutputView::statusText() const
{
    return m_status->text();
}

QString JobOutputView::pathOf(const jobs::BatchJob &job) const
{
    return m_stream == StandardOutput ? job.standardOutput : job.standardError;
}

void JobOutputView::showJob(const jobs::BatchJob &job)
{
    m_job = job;
    m_path.clear();
    m_text->clear();
    m_status->clear();
    startTail();
}

void JobOutputView::jobUpdated(const jobs::BatchJob &job)
{
    m_job = job;
    if (pathOf(job) != m_path)
        startTail();
    else
        jobUpdatedState();
}

void JobOutputView::jobUpdatedState()
{
    if (m_tail && jobs::isFinished(m_job.state))
        m_tail->setJobFinished();
}

void JobOutputView::startTail()
{
    if (m_tail)
        m_tail->deleteLater();
    m_tail = nullptr;
    m_path = pathOf(m_job);
    if (!m_job.isValid())
        return;
    if (m_path.isEmpty()) {
        m_status->setText(tr("The scheduler has not said where this output goes yet."));
        return;
    }
    Result<std::unique_ptr<jobs::OutputReader>> reader =
        m_session->outputReader(m_job, m_stream == StandardError);
    if (!reader) {
        m_status->setText(reader.error().userText());
        return;
    }
    const QString where = reader.value()->where();
    m_tail = new jobs::OutputTail(std::move(reader.value()), this);
    m_status->setText(where);
    connect(m_tail, &jobs::OutputTail::appended, this, [this](const QString &lines) {
        // the unfinished line shown last is replaced by the complete ones
        if (m_partialShown)
            removeLastBlock();
        m_partialShown = false;
        QString text = lines;
        if (text.endsWith(u'\n'))
            text.chop(1);
        appendText(text);
    });
    connect(m_tail, &jobs::OutputTail::currentLineChanged, this, [this](const QString &line) {
        if (m_partialShown)
            removeLastBlock();
        m_partialShown = !line.isEmpty();
        if (m_partialShown)
            appendText(line);
    });
    connect(m_tail, &jobs::OutputTail::skipped, this, [this](qint64 from, qint64 to) {
        if (m_partialShown)
            removeLastBlock();
        m_partialShown = false;
        appendText(
            tr("[… %1 not shown: the start of a large file]").arg(QLocale().formattedDataSize(to - from)));
    });
    connect(m_tail, &jobs::OutputTail::restarted, this, [this](const QString &why) {
        m_text->clear();
        m_partialShown = false;
        appendText(tr("[The file was replaced or shortened: %1]").arg(why));
    });
    connect(m_tail, &jobs::OutputTail::failed, this,
            [this](const Error &e) { m_status->setText(e.userText()); });
    connect(m_tail, &jobs::OutputTail::stateChanged, this, [this, where](jobs::OutputTail::State state) {
        switch (state) {
        case jobs::OutputTail::State::WaitingForFile:
            m_status->setText(tr("Waiting for the job to write %1").arg(where));
            break;
        case jobs::OutputTail::State::Following:
            m_status->setText(tr("Following %1").arg(where));
            break;
        case jobs::OutputTail::State::Finished:
            m_status->setText(tr("%1 — the job has ended; this is all of it").arg(where));
            break;
        default:
            break;
        }
    });
    if (jobs::isFinished(m_job.state))
        m_tail->setJobFinished();
    m_tail->start();
}

void JobOutputView::appendText(const QString &text)
{
    QScrollBar *bar = m_text->verticalScrollBar();
    const bool atEnd = bar->value() == bar->maximum();
    m_text->appendPlainText(text);
    if (m_follow->isChecked() || atEnd)
        bar->setValue(bar->maximum());
}

void JobOutputView::removeLastBlock()
{
    if (m_text->document()->blockCount() <= 1) {
        m_text->clear();
        return;
    }
    QTextCursor c(m_text->document());
    c.movePosition(QTextCursor::End);
    c.select(QTextCursor::BlockUnderCursor);
    c.removeSelectedText();
    c.deletePreviousChar(); // the line break before it, when there is one
}

} // namespace daas::ui
