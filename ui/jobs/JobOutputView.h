#pragma once

#include "jobs/BatchJob.h"

#include <QPointer>
#include <QWidget>

class QCheckBox;
class QLabel;
class QPlainTextEdit;

namespace daas::jobs {
class JobsSession;
class OutputTail;
} // namespace daas::jobs

namespace daas::ui {

// One of a job's output files (standard output or standard error) as it grows: the end of the file, more
// as it is written, earlier parts on request; "Follow" keeps the end in view.
class JobOutputView : public QWidget
{
    Q_OBJECT
public:
    enum Stream { StandardOutput, StandardError };
    JobOutputView(jobs::JobsSession *session, Stream stream, QWidget *parent = nullptr);
    ~JobOutputView() override;

    // A new job is selected (an invalid one clears the view).
    void showJob(const jobs::BatchJob &job);
    // The shown job changed (its state, its output path once it started).
    void jobUpdated(const jobs::BatchJob &job);

    QString text() const;
    QString statusText() const;
    QPlainTextEdit *editor() const { return m_text; }

private:
    void startTail();
    void jobUpdatedState();
    void appendText(const QString &text);
    void removeLastBlock();
    QString pathOf(const jobs::BatchJob &job) const;

    jobs::JobsSession *m_session;
    Stream m_stream;
    jobs::BatchJob m_job;
    QString m_path;
    QPlainTextEdit *m_text;
    QLabel *m_status;
    QCheckBox *m_follow;
    QPointer<jobs::OutputTail> m_tail;
    bool m_partialShown = false; // the last line shown is the unfinished one
};

} // namespace daas::ui
