#pragma once

#include "jobs/OutputReader.h"
#include "jobs/OutputText.h"
#include "support/Error.h"

#include <QObject>
#include <QTimer>

#include <functional>
#include <memory>

namespace daas::jobs {

// One page of an output file, for scrolling back through a file too large to hold.
struct OutputPage
{
    qint64 offset = 0; // where `data` starts
    QByteArray data;
    QString text;         // `data` as UTF-8; a sequence cut at either end is left out, not shown as U+FFFD
    qint64 fileSize = -1; // -1: not known
};

// Follows one file that grows: a job's stdout or stderr. It shows the last chunk of the file first (the start
// of a 1 GB log is rarely what anyone wants, and is never loaded whole), then reads what is added, from the
// last offset and at most one chunk per request. When nothing changes it polls less and less often; when the
// job has ended and the file is read to its end, it stops. A file that got shorter, or whose bytes before the
// offset changed (replaced by another), is shown again from its end, and the view is told. Earlier parts are
// read on request, one page at a time (readPage()). Text is decoded as OutputText says.
class OutputTail : public QObject
{
    Q_OBJECT
public:
    enum class State {
        Idle,
        WaitingForFile, // not there (yet): a job that has not started writes nothing
        Following,
        Finished, // the job ended and its file was read to the end
        Failed,   // a reading error that polling again will not cure (see failed())
    };
    Q_ENUM(State)

    static constexpr qint64 defaultChunkSize = 256 * 1024;
    static constexpr int defaultMinInterval = 1000;
    static constexpr int defaultMaxInterval = 30000;

    explicit OutputTail(std::unique_ptr<OutputReader> reader, QObject *parent = nullptr);
    ~OutputTail() override;

    OutputReader *reader() const { return m_reader.get(); }
    // The most read at once, and the part of the file shown when following starts or catches up (default
    // 256 KiB). More than this added between two polls is not read: skipped() says which bytes.
    void setChunkSize(qint64 bytes);
    qint64 chunkSize() const { return m_chunk; }
    // Polling starts at `minMs` and doubles while nothing changes, up to `maxMs`.
    void setPollInterval(int minMs, int maxMs);

    void start();
    void stop();
    // The job has ended: read what is left, then stop.
    void setJobFinished();

    State state() const { return m_state; }
    qint64 position() const { return m_position; } // the next byte to read; -1 before the first read
    qint64 fileSize() const { return m_fileSize; }
    int currentInterval() const { return m_interval; }
    QString currentLine() const { return m_text.currentLine(); }

    // Reads one page (at most a chunk) from `offset`, apart from the tail: the tail goes on as it was.
    // `done` runs on context's thread unless context is gone.
    void readPage(qint64 offset, qint64 length, QObject *context,
                  std::function<void(const Result<OutputPage> &)> done);

Q_SIGNALS:
    void appended(const QString &lines);          // complete lines, each ending in '\n'
    void currentLineChanged(const QString &line); // the unfinished last line as it stands now
    // The bytes from..to were not read (they came before the part shown first, or the file grew faster than
    // it is followed). The view shows a gap, and readPage() can fetch them.
    void skipped(qint64 from, qint64 to);
    // The file got shorter or was replaced: what was shown is no longer in it. Text follows from its new end.
    void restarted(const QString &why);
    // A reading error. Network trouble and timeouts keep polling (state unchanged); anything else ends in
    // State::Failed.
    void failed(const daas::Error &error);
    void stateChanged(daas::jobs::OutputTail::State state);
    // Each answer of the reader, after its text was emitted (tests wait on it instead of sleeping).
    void polled();

private:
    void poll();
    void onChunk(const Result<OutputReader::Chunk> &result, qint64 asked, qint64 overlap);
    void restart(const QString &why);
    void emitText(QByteArrayView bytes);
    void scheduleNext(bool changed);
    void setState(State state);

    std::unique_ptr<OutputReader> m_reader;
    OutputText m_text;
    QTimer m_timer;
    OutputReader::Cancel m_cancel;
    qint64 m_chunk = defaultChunkSize;
    int m_minInterval = defaultMinInterval;
    int m_maxInterval = defaultMaxInterval;
    int m_interval = defaultMinInterval;
    State m_state = State::Idle;
    qint64 m_position = -1;
    qint64 m_fileSize = -1;
    qint64 m_skipFrom = -1; // a jump is under way from here
    QByteArray m_lastBytes; // the bytes just before m_position: a replaced file differs there
    bool m_reading = false;
    bool m_jobFinished = false;
    int m_quietAfterEnd = 0; // reads that found nothing new since the job ended
    bool m_reportedTrouble = false;
    quint64 m_generation = 0;
};

} // namespace daas::jobs
