#include "jobs/BatchProvider.h"

#include <QTimer>

namespace daas::jobs {

BatchCall::BatchCall(QObject *parent)
    : QObject(parent)
{}

BatchCall::~BatchCall() = default;

void BatchCall::cancel()
{
    if (m_finished)
        return;
    m_finished = true;
    if (m_abort)
        std::exchange(m_abort, {})();
    if (m_onCancel)
        m_onCancel();
    Q_EMIT finished();
    deleteLater();
}

void BatchCall::setProgress(const QString &text)
{
    if (m_finished || text == m_progress)
        return;
    m_progress = text;
    Q_EMIT progress(text);
}

void BatchCall::finish(const std::function<void()> &completion)
{
    if (m_finished)
        return;
    m_finished = true;
    m_abort = {};
    if (completion)
        completion();
    Q_EMIT finished();
    deleteLater();
}

BatchCall *BatchProvider::readFile(const QString &path, qint64 offset, qint64 maxBytes,
                                   Callback<FileChunk> done)
{
    Q_UNUSED(offset);
    Q_UNUSED(maxBytes);
    auto *call = BatchCall::start(this, done);
    // Answer on the next turn of the event loop, as every call does, so callers never see a re-entrant
    // callback.
    QTimer::singleShot(0, call, [call, path, done = std::move(done), this] {
        call->finish([&] {
            done(Error(
                Error::Kind::Unsupported,
                tr("Files on the cluster cannot be read through %1 here: %2").arg(schedulerName(), path)));
        });
    });
    return call;
}

} // namespace daas::jobs
