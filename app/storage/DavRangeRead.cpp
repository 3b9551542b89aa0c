#include "storage/DavRangeRead.h"

#include "storage/DavPath.h"
#include "storage/WebDavClient.h"
#include "support/Logging.h"

#include <QNetworkReply>
#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace daas::storage {

namespace {

struct ContentRange
{
    qint64 first = -1; // -1: "bytes */SIZE"
    qint64 size = -1;  // -1: "/*"
};

std::optional<ContentRange> parseContentRange(const QByteArray &header)
{
    static const QRegularExpression re(uR"(^bytes\s+(?:(\d+)-(\d+)|\*)/(\d+|\*)$)"_s);
    const auto m = re.match(QString::fromLatin1(header.trimmed()));
    if (!m.hasMatch())
        return std::nullopt;
    ContentRange r;
    if (m.capturedLength(1) > 0)
        r.first = m.captured(1).toLongLong();
    if (m.captured(3) != u"*"_s)
        r.size = m.captured(3).toLongLong();
    return r;
}

} // namespace

DavRangeRead::DavRangeRead(WebDavClient *client, QString path, qint64 first, qint64 length)
    : QObject(client)
    , m_client(client)
    , m_path(std::move(path))
    , m_first(first)
    , m_length(std::max<qint64>(1, length))
{}

void DavRangeRead::send()
{
    m_data.clear();
    m_offset = -1;
    m_fileSize = -1;
    m_refusal = Error();
    m_enough = false;
    QNetworkRequest rq = m_client->request(m_client->urlFor(m_path));
    const QByteArray range = m_first >= 0 ? QByteArray("bytes=" + QByteArray::number(m_first) + '-' +
                                                       QByteArray::number(m_first + m_length - 1))
                                          : QByteArray("bytes=-" + QByteArray::number(m_length));
    rq.setRawHeader("Range", range);
    // byte offsets are offsets of the file, not of a compressed body; a growing file must not come from a
    // cache
    rq.setRawHeader("Accept-Encoding", "identity");
    rq.setRawHeader("Cache-Control", "no-cache");
    m_reply = m_client->send("GET", rq, QByteArray());
    // Qt buffers no more than this of the body; what is beyond waits in the socket until we abort
    m_reply->setReadBufferSize(std::min<qint64>(m_length, 4 << 20));
    connect(m_reply, &QNetworkReply::readyRead, this, &DavRangeRead::onReadyRead);
    connect(m_reply, &QNetworkReply::finished, this, &DavRangeRead::onFinished);
}

void DavRangeRead::abort()
{
    if (m_done)
        return;
    if (m_reply) {
        m_reply->disconnect(this);
        m_reply->abort();
        m_reply->deleteLater();
    }
    finish(Error::cancelled());
}

void DavRangeRead::onReadyRead()
{
    if (!m_done && !m_enough)
        take();
}

bool DavRangeRead::take()
{
    QNetworkReply *reply = m_reply;
    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    if (status != 200 && status != 206)
        return false; // an error's body is not the file
    if (m_offset < 0) {
        // the first bytes of the answer: where does it start?
        const qint64 contentLength = reply->header(QNetworkRequest::ContentLengthHeader).toLongLong();
        const bool lengthKnown = reply->header(QNetworkRequest::ContentLengthHeader).isValid();
        if (status == 206) {
            const std::optional<ContentRange> range = parseContentRange(reply->rawHeader("Content-Range"));
            if (!range || range->first < 0 || (m_first >= 0 && range->first != m_first))
                m_refusal = Error(Error::Kind::Protocol,
                                  tr("The storage server sent another part of “%1” than was asked for.")
                                      .arg(davpath::nameOf(m_path)),
                                  u"Content-Range %1 for %2"_s.arg(
                                      QString::fromLatin1(reply->rawHeader("Content-Range")),
                                      QString::fromLatin1(reply->request().rawHeader("Range"))));
            else {
                m_offset = range->first;
                m_fileSize = range->size;
            }
        } else if (m_first > 0 && lengthKnown && contentLength <= m_first) {
            // the whole file, and it ends before the part asked for: nothing to read (some servers answer a
            // range past the end with 200)
            m_offset = m_first;
            m_fileSize = contentLength;
            m_enough = true;
        } else if (m_first > 0 || (m_first < 0 && lengthKnown && contentLength > m_length)) {
            m_refusal =
                Error(Error::Kind::Unsupported,
                      tr("The storage server does not send parts of files, so “%1” cannot be "
                         "read from where it was left off.")
                          .arg(davpath::nameOf(m_path)),
                      u"200 to Range %1"_s.arg(QString::fromLatin1(reply->request().rawHeader("Range"))));
        } else {
            m_offset = 0;
            m_fileSize = lengthKnown ? contentLength : -1;
        }
        if (m_refusal || m_enough) {
            reply->disconnect(this);
            reply->abort();
            onFinished();
            return true;
        }
    }
    while (reply->bytesAvailable() > 0) {
        const qint64 room = m_length - m_data.size();
        if (room <= 0) {
            if (m_first < 0 && status == 200) {
                // a whole file longer than the end asked for: its first bytes are not its end
                m_refusal = Error(Error::Kind::Unsupported,
                                  tr("The storage server does not send parts of files, so only the "
                                     "beginning of “%1” could be read.")
                                      .arg(davpath::nameOf(m_path)),
                                  u"200 with more than %1 bytes to a suffix range"_s.arg(m_length));
            }
            m_enough = true;
            reply->disconnect(this);
            reply->abort();
            onFinished();
            return true;
        }
        m_data += reply->read(room);
    }
    return false;
}

void DavRangeRead::onFinished()
{
    if (m_done)
        return;
    QNetworkReply *reply = m_reply;
    reply->deleteLater();
    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    if (status == 401 && !m_renewed) {
        m_renewed = true;
        qCInfo(lcDav) << "ranged GET" << m_path << "got 401, renewing credentials";
        m_client->renewCredentials(this, reply->request().rawHeader("Authorization"),
                                   [this](const Error &error) {
                                       if (error)
                                           finish(error);
                                       else
                                           send();
                                   });
        return;
    }
    if (!m_enough && !m_refusal)
        take();
    if (m_done)
        return;
    if (m_refusal) {
        finish(m_refusal);
        return;
    }
    if (status == 416) {
        // the range starts at or after the end: the file's size is in "Content-Range: bytes */SIZE"
        const std::optional<ContentRange> range = parseContentRange(reply->rawHeader("Content-Range"));
        DavRange r;
        r.fileSize = range ? range->size : -1;
        r.offset = m_first >= 0 ? m_first : 0;
        finish(r);
        return;
    }
    if (!m_enough) {
        if (const Error error =
                WebDavClient::errorFor(reply, DavOperation::Download, davpath::nameOf(m_path))) {
            finish(error);
            return;
        }
    }
    DavRange r;
    r.data = std::exchange(m_data, {});
    r.offset = std::max<qint64>(0, m_offset);
    r.fileSize = m_fileSize;
    if (status == 200 && !m_enough && r.fileSize < 0)
        r.fileSize = r.data.size(); // the whole body arrived: that is the file
    finish(r);
}

void DavRangeRead::finish(Result<DavRange> result)
{
    if (m_done)
        return;
    m_done = true;
    m_result = std::move(result);
    if (!m_result.ok() && m_result.error().kind() != Error::Kind::Cancelled)
        qCInfo(lcDav) << "ranged GET" << m_path << m_result.error().detail();
    Q_EMIT finished();
    deleteLater();
}

} // namespace daas::storage
