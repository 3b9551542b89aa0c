#include "storage/HttpResponseParser.h"

namespace daas::storage {

namespace {

constexpr qsizetype maxLineBytes = 4096; // a chunk-size or trailer line

bool isToken(QByteArrayView name)
{
    if (name.isEmpty())
        return false;
    for (char c : name) {
        const bool ok = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') ||
                        QByteArrayView("!#$%&'*+-.^_`|~").contains(c);
        if (!ok)
            return false;
    }
    return true;
}

} // namespace

QByteArray HttpResponseParser::header(const QByteArray &name) const
{
    for (const auto &[n, v] : m_headers)
        if (n.compare(name, Qt::CaseInsensitive) == 0)
            return v;
    return {};
}

void HttpResponseParser::fail(const char *why)
{
    m_state = State::Failed;
    m_failure = why;
}

void HttpResponseParser::take(QByteArrayView data)
{
    m_bodyBytes += data.size();
    const qsizetype room = maxKeptBody - m_body.size();
    if (room > 0)
        m_body.append(data.first(qMin(room, data.size())));
}

HttpResponseParser::State HttpResponseParser::feed(QByteArrayView data)
{
    QByteArray rest; // what follows a head in the same read
    while (!data.isEmpty() && (m_state == State::Head || m_state == State::Body)) {
        if (m_state == State::Head) {
            const qsizetype before = m_buffer.size();
            m_buffer.append(data);
            const qsizetype end = m_buffer.indexOf("\r\n\r\n", qMax<qsizetype>(0, before - 3));
            if (end < 0 || end > maxHeadBytes) {
                if (m_buffer.size() > maxHeadBytes)
                    fail("response head larger than 64 KiB");
                return m_state;
            }
            rest = m_buffer.mid(end + 4);
            const QByteArray head = m_buffer.left(end);
            m_buffer.clear();
            data = rest;
            if (!parseHead(head))
                return m_state;
            if (m_status / 100 == 1) { // 100 Continue and friends: the real answer follows
                m_status = 0;
                m_headers.clear();
                continue;
            }
            startBody();
            continue;
        }
        switch (m_framing) {
        case Framing::Chunked:
            data = data.sliced(feedChunked(data));
            break;
        case Framing::Length: {
            const qsizetype n = qsizetype(qMin<qint64>(m_left, data.size()));
            take(data.first(n));
            data = data.sliced(n);
            if ((m_left -= n) == 0)
                m_state = State::Complete;
            break;
        }
        case Framing::UntilClose:
            take(data);
            data = {};
            break;
        }
    }
    return m_state;
}

HttpResponseParser::State HttpResponseParser::endOfStream()
{
    if (m_state == State::Head)
        fail(m_buffer.isEmpty() ? "connection closed before an answer" : "connection closed within the head");
    else if (m_state == State::Body && m_framing == Framing::UntilClose)
        m_state = State::Complete;
    else if (m_state == State::Body)
        fail("connection closed within the body");
    return m_state;
}

bool HttpResponseParser::parseHead(QByteArrayView head)
{
    const QList<QByteArrayView> lines = [&]() {
        QList<QByteArrayView> out;
        qsizetype from = 0;
        for (qsizetype at; (at = head.indexOf("\r\n", from)) >= 0; from = at + 2)
            out << head.sliced(from, at - from);
        out << head.sliced(from);
        return out;
    }();
    // "HTTP/1.1 204 No Content"
    const QByteArrayView status = lines.first();
    if (!status.startsWith("HTTP/1.") || status.size() < 12 || status.at(8) != ' ' ||
        (status.size() > 12 && status.at(12) != ' ')) {
        fail("not an HTTP/1.x status line");
        return false;
    }
    bool ok = false;
    m_status = status.sliced(9, 3).toInt(&ok);
    if (!ok || m_status < 100 || m_status > 599) {
        fail("status code out of range");
        return false;
    }
    for (qsizetype i = 1; i < lines.size(); ++i) {
        const QByteArrayView line = lines.at(i);
        const qsizetype colon = line.indexOf(':');
        // obsolete line folding (a line starting with white space) is refused, as RFC 9112 allows
        if (colon <= 0 || !isToken(line.first(colon))) {
            fail("malformed header field");
            return false;
        }
        m_headers.append({line.first(colon).toByteArray(), line.sliced(colon + 1).trimmed().toByteArray()});
    }
    return true;
}

void HttpResponseParser::startBody()
{
    m_state = State::Body;
    if (m_noBody || m_status == 204 || m_status == 304) {
        m_state = State::Complete;
        return;
    }
    const QByteArray coding = header("Transfer-Encoding").toLower();
    if (!coding.isEmpty()) {
        // chunked must come last (RFC 9112 6.3); anything else runs until the connection closes
        m_framing = coding.endsWith("chunked") ? Framing::Chunked : Framing::UntilClose;
        return;
    }
    QByteArray length;
    for (const auto &[n, v] : m_headers) {
        if (n.compare("Content-Length", Qt::CaseInsensitive) != 0)
            continue;
        if (!length.isNull() && v != length) {
            fail("conflicting Content-Length fields");
            return;
        }
        length = v;
    }
    if (length.isNull()) {
        m_framing = Framing::UntilClose;
        return;
    }
    bool ok = false;
    m_left = length.toLongLong(&ok);
    if (!ok || m_left < 0 || length.startsWith('+')) {
        fail("invalid Content-Length");
        return;
    }
    m_framing = Framing::Length;
    if (m_left == 0)
        m_state = State::Complete;
}

qsizetype HttpResponseParser::feedChunked(QByteArrayView data)
{
    qsizetype used = 0;
    while (used < data.size() && m_state == State::Body) {
        if (m_chunkStep == ChunkStep::Data) {
            const qsizetype n = qsizetype(qMin<qint64>(m_left, data.size() - used));
            take(data.sliced(used, n));
            used += n;
            if ((m_left -= n) == 0)
                m_chunkStep = ChunkStep::DataEnd;
            continue;
        }
        // the other steps read one line
        const qsizetype nl = data.indexOf('\n', used);
        if (nl < 0) {
            m_buffer.append(data.sliced(used));
            if (m_buffer.size() > maxLineBytes)
                fail("chunk line too long");
            return data.size();
        }
        m_buffer.append(data.sliced(used, nl - used));
        used = nl + 1;
        if (m_buffer.size() > maxLineBytes) {
            fail("chunk line too long");
            break;
        }
        QByteArray line = std::exchange(m_buffer, {});
        if (line.endsWith('\r'))
            line.chop(1);
        switch (m_chunkStep) {
        case ChunkStep::Size: {
            const qsizetype ext = line.indexOf(';');
            const QByteArray hex = (ext < 0 ? line : line.left(ext)).trimmed();
            bool ok = false;
            m_left = hex.toLongLong(&ok, 16);
            if (!ok || m_left < 0 || hex.isEmpty() || hex.startsWith('-') || hex.startsWith('+')) {
                fail("invalid chunk size");
                break;
            }
            m_chunkStep = m_left == 0 ? ChunkStep::Trailer : ChunkStep::Data;
            break;
        }
        case ChunkStep::DataEnd:
            if (!line.isEmpty())
                fail("chunk not followed by CRLF");
            m_chunkStep = ChunkStep::Size;
            break;
        case ChunkStep::Trailer:
            if (line.isEmpty())
                m_state = State::Complete; // trailer fields before it are ignored
            break;
        case ChunkStep::Data:
            break;
        }
    }
    return used;
}

} // namespace daas::storage
