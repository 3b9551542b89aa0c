#pragma once

#include <QByteArray>
#include <QList>

#include <utility>

namespace daas::storage {

// Reads one HTTP/1.1 response as it arrives (RFC 9112): status line, header fields, and a body framed by
// Content-Length, chunked transfer coding, or the end of the connection. Interim 1xx answers are skipped.
// Only the start of the body is kept (an error page is read for the log, a large body is not held).
// Anything that is not HTTP makes it fail instead of guessing.
class HttpResponseParser
{
public:
    enum class State { Head, Body, Complete, Failed };

    // Parses what arrived; returns the state after it. Bytes after the end of the response are ignored.
    State feed(QByteArrayView data);
    // The peer closed the connection: a body that runs until then is complete, anything else is cut.
    State endOfStream();
    // The response to a HEAD request, or a 204/304: there is no body whatever the headers say.
    void setNoBody() { m_noBody = true; }

    State state() const { return m_state; }
    int status() const { return m_status; }
    const QList<std::pair<QByteArray, QByteArray>> &headers() const { return m_headers; }
    QByteArray header(const QByteArray &name) const; // the first field of that name, case-insensitive
    const QByteArray &body() const { return m_body; }
    qint64 bodyBytes() const { return m_bodyBytes; }        // all of the body, also what was not kept
    const QByteArray &failure() const { return m_failure; } // why it Failed (for the log)

    static constexpr qsizetype maxHeadBytes = 64 * 1024;
    static constexpr qsizetype maxKeptBody = 64 * 1024;

private:
    enum class Framing { Length, Chunked, UntilClose };
    enum class ChunkStep { Size, Data, DataEnd, Trailer };
    bool parseHead(QByteArrayView head);
    void startBody();
    void take(QByteArrayView data);
    void fail(const char *why);
    qsizetype feedChunked(QByteArrayView data);

    State m_state = State::Head;
    QByteArray m_buffer; // an incomplete head or chunk-size line
    int m_status = 0;
    QList<std::pair<QByteArray, QByteArray>> m_headers;
    QByteArray m_body;
    qint64 m_bodyBytes = 0;
    Framing m_framing = Framing::UntilClose;
    qint64 m_left = 0; // of the Content-Length, or of the current chunk
    ChunkStep m_chunkStep = ChunkStep::Size;
    bool m_noBody = false;
    QByteArray m_failure;
};

} // namespace daas::storage
