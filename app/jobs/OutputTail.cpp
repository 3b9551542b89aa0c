#include "jobs/OutputTail.h"

#include "support/Logging.h"

#include <QPointer>

namespace daas::jobs {

namespace {

// Each read starts this many bytes before the offset: if they are not the bytes read last time, the file was
// replaced (a size that only grew cannot tell).
constexpr qint64 overlapBytes = 64;
// More than this many chunks behind, the tail jumps to the end instead of reading everything in between.
constexpr qint64 maxBacklogChunks = 4;

} // namespace

OutputTail::OutputTail(std::unique_ptr<OutputReader> reader, QObject *parent)
    : QObject(parent)
    , m_reader(std::move(reader))
{
    m_timer.setSingleShot(true);
    connect(&m_timer, &QTimer::timeout, this, &OutputTail::poll);
}

OutputTail::~OutputTail()
{
    if (m_cancel)
        std::exchange(m_cancel, {})();
}

void OutputTail::setChunkSize(qint64 bytes)
{
    m_chunk = std::max<qint64>(overlapBytes * 2, bytes);
}

void OutputTail::setPollInterval(int minMs, int maxMs)
{
    m_minInterval = std::max(1, minMs);
    m_maxInterval = std::max(m_minInterval, maxMs);
    m_interval = m_minInterval;
}

void OutputTail::setState(State state)
{
    if (m_state == state)
        return;
    m_state = state;
    Q_EMIT stateChanged(state);
}

void OutputTail::start()
{
    if (m_state == State::Following || m_state == State::WaitingForFile)
        return;
    ++m_generation;
    m_text.reset();
    m_position = -1;
    m_fileSize = -1;
    m_skipFrom = -1;
    m_lastBytes.clear();
    m_interval = m_minInterval;
    m_quietAfterEnd = 0;
    m_reportedTrouble = false;
    setState(State::Following);
    poll();
}

void OutputTail::stop()
{
    ++m_generation;
    m_timer.stop();
    if (m_cancel)
        std::exchange(m_cancel, {})();
    m_reading = false;
    if (m_state == State::Following || m_state == State::WaitingForFile)
        setState(State::Idle);
}

void OutputTail::setJobFinished()
{
    if (m_jobFinished)
        return;
    m_jobFinished = true;
    m_quietAfterEnd = 0;
    // the last lines were written as the job ended: fetch them now rather than after a long back-off
    if ((m_state == State::Following || m_state == State::WaitingForFile) && !m_reading) {
        m_timer.stop();
        m_interval = m_minInterval;
        poll();
    }
}

void OutputTail::poll()
{
    if (m_reading || !(m_state == State::Following || m_state == State::WaitingForFile))
        return;
    qint64 offset = -1; // the end of the file
    qint64 overlap = 0;
    if (m_position >= 0) {
        overlap = std::min<qint64>(m_lastBytes.size(), overlapBytes);
        offset = m_position - overlap;
    }
    m_reading = true;
    const quint64 generation = m_generation;
    m_cancel = m_reader->read(offset, m_chunk + overlap,
                              [this, generation, offset, overlap](const Result<OutputReader::Chunk> &result) {
                                  if (generation != m_generation)
                                      return;
                                  m_reading = false;
                                  m_cancel = {};
                                  onChunk(result, offset, overlap);
                              });
}

void OutputTail::onChunk(const Result<OutputReader::Chunk> &result, qint64 asked, qint64 overlap)
{
    if (!result) {
        const Error &error = result.error();
        switch (error.kind()) {
        case Error::Kind::Cancelled:
            return;
        case Error::Kind::NotFound:
            if (m_position >= 0) {
                restart(tr("The output file is no longer there. It is shown again when it comes back."));
                setState(State::WaitingForFile);
                m_timer.stop();
                Q_EMIT polled();
                scheduleNext(false);
                return;
            }
            setState(State::WaitingForFile);
            if (m_jobFinished && ++m_quietAfterEnd >= 2) {
                // the job ended without writing it (the storage's own sentence, about a folder listing, would
                // mislead here)
                setState(State::Failed);
                Q_EMIT failed(Error(Error::Kind::NotFound,
                                    tr("The job's output file is not there (%1): the job wrote none, or it "
                                       "was moved or removed since.")
                                        .arg(m_reader->where()),
                                    error.userText()));
                Q_EMIT polled();
                return;
            }
            Q_EMIT polled();
            scheduleNext(false);
            return;
        case Error::Kind::Network:
        case Error::Kind::Timeout:
        case Error::Kind::Server:
            // may pass: keep polling, and say so once per spell of trouble
            if (!std::exchange(m_reportedTrouble, true))
                Q_EMIT failed(error);
            Q_EMIT polled();
            scheduleNext(false);
            return;
        default:
            qCInfo(lcJobs) << "output tail of" << m_reader->where()
                           << "stopped:" << (error.detail().isEmpty() ? error.userText() : error.detail());
            setState(State::Failed);
            Q_EMIT failed(error);
            Q_EMIT polled();
            return;
        }
    }
    m_reportedTrouble = false;
    const OutputReader::Chunk &chunk = *result;
    if (chunk.fileSize >= 0)
        m_fileSize = chunk.fileSize;
    setState(State::Following);

    QByteArray fresh;
    if (m_position < 0) {
        // the first read (or the first after a restart or a jump): the end of the file
        const qint64 from = std::max<qint64>(0, m_skipFrom);
        if (chunk.offset > from)
            Q_EMIT skipped(from, chunk.offset);
        m_skipFrom = -1;
        m_text.reset(chunk.offset > 0);
        m_position = chunk.offset;
        fresh = chunk.data;
    } else {
        if (chunk.fileSize >= 0 && chunk.fileSize < m_position) {
            restart(
                tr("The output file got shorter (it was truncated or written anew): it is shown again from "
                   "its end."));
            return;
        }
        const bool sameStart =
            chunk.offset == asked && chunk.data.size() >= overlap &&
            QByteArrayView(chunk.data).first(overlap) == QByteArrayView(m_lastBytes).last(overlap);
        if (!sameStart) {
            restart(
                chunk.data.size() < overlap
                    ? tr("The output file got shorter (it was truncated or written anew): it is shown again "
                         "from its end.")
                    : tr("The output file was replaced by another: it is shown again from its end."));
            return;
        }
        fresh = chunk.data.mid(overlap);
    }
    if (!fresh.isEmpty()) {
        emitText(fresh);
        m_position += fresh.size();
        m_lastBytes = QByteArray(m_lastBytes + fresh).right(overlapBytes);
    }
    m_fileSize = std::max(m_fileSize, m_position);
    const bool changed = !fresh.isEmpty();
    const bool more = m_fileSize > m_position || fresh.size() >= m_chunk;
    if (more) {
        if (m_fileSize - m_position > maxBacklogChunks * m_chunk) {
            // written faster than it is worth following: show the end, and say what was left out
            if (!m_text.currentLine().isEmpty())
                Q_EMIT appended(m_text.currentLine() + u'\n');
            m_text.reset();
            Q_EMIT currentLineChanged(QString());
            m_skipFrom = m_position;
            m_position = -1;
            m_lastBytes.clear();
        }
        m_quietAfterEnd = 0;
        m_interval = m_minInterval;
        Q_EMIT polled();
        m_timer.start(0);
        return;
    }
    if (changed) {
        m_quietAfterEnd = 0;
    } else if (m_jobFinished && ++m_quietAfterEnd >= 2) {
        // read to the end twice after the job ended: the file is complete
        setState(State::Finished);
        Q_EMIT polled();
        return;
    }
    Q_EMIT polled();
    scheduleNext(changed);
}

void OutputTail::restart(const QString &why)
{
    qCInfo(lcJobs) << "output tail of" << m_reader->where() << "starts again:" << why;
    m_text.reset();
    m_position = -1;
    m_skipFrom = -1;
    m_lastBytes.clear();
    m_quietAfterEnd = 0;
    Q_EMIT restarted(why);
    m_timer.start(0);
}

void OutputTail::emitText(QByteArrayView bytes)
{
    const OutputText::Update update = m_text.feed(bytes);
    if (!update.lines.isEmpty())
        Q_EMIT appended(update.lines);
    if (update.currentLineChanged)
        Q_EMIT currentLineChanged(update.currentLine);
}

void OutputTail::scheduleNext(bool changed)
{
    if (!(m_state == State::Following || m_state == State::WaitingForFile))
        return;
    if (changed || m_jobFinished)
        m_interval = m_minInterval;
    else
        m_interval = std::min(m_interval * 2, m_maxInterval);
    m_timer.start(m_interval);
}

void OutputTail::readPage(qint64 offset, qint64 length, QObject *context,
                          std::function<void(const Result<OutputPage> &)> done)
{
    const qint64 from = std::max<qint64>(0, offset);
    const qint64 size = std::clamp<qint64>(length, 1, m_chunk);
    QPointer<QObject> guard(context);
    // a page is small and its answer is dropped when context is gone: it is not cancelled
    m_reader->read(from, size, [guard, done](const Result<OutputReader::Chunk> &result) {
        if (!guard)
            return;
        if (!result) {
            done(result.error());
            return;
        }
        OutputPage page;
        page.offset = result->offset;
        page.data = result->data;
        page.fileSize = result->fileSize;
        OutputText text;
        text.reset(page.offset > 0);
        const OutputText::Update update = text.feed(page.data);
        page.text = update.lines + update.currentLine;
        done(page);
    });
}

} // namespace daas::jobs
