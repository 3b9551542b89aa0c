#include "jobs/JobOutputView.h"

#include "jobs/JobsSession.h"

#include <QCheckBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QPlainTextEdit>
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
}

void JobOutputView::startTail()
{
    m_path = pathOf(m_job);
    if (!m_job.isValid())
        return;
    if (m_path.isEmpty()) {
        m_status->setText(tr("The scheduler has not said where this output goes yet."));
        return;
    }
    m_status->setText(m_path);
}

} // namespace daas::ui
