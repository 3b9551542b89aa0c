#include "catalogue/IdsStream.h"

#include "identity/Account.h"
#include "identity/IcatSession.h"
#include "support/Logging.h"
#include "support/NetworkError.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace daas::catalogue {

namespace {

int statusOf(const QNetworkReply *reply)
{
    return reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
}

// what a consumer that copies elsewhere keeps waiting in memory at most; beyond it TCP holds IDS back
constexpr qint64 replyBuffer = 4 << 20;

} // namespace

IdsStream::IdsStream(identity::Account *account, qint64 datafileId, qint64 size, QString name,
                     QObject *parent)
    : QObject(parent)
    , m_account(account)
    , m_id(datafileId)
    , m_size(size)
    , m_name(std::move(name))
{}

IdsStream::~IdsStream()
{
    abort();
}

void IdsStream::abort()
{
    ++m_generation; // a sign-in that was waited for does not send the request any more
    if (QNetworkReply *reply = m_reply) {
        m_reply = nullptr;
        reply->disconnect(this);
        reply->abort();
        reply->deleteLater();
    }
}

void IdsStream::open(qint64 offset)
{
    abort();
    m_asked = std::max<qint64>(0, offset);
    m_start = m_asked;
    m_consumed = 0;
    m_opened = false;
    m_finished = false;
    m_retryable = false;
    m_sessionRetried = false;
    m_error = Error();
    const quint64 generation = m_generation;
    m_account->icat()->whenSignedIn(this, [this, generation](const Error &e) {
        if (generation != m_generation)
            return;
        if (e)
            fail(e, false);
        else
            send();
    });
}

void IdsStream::send()
{
    QUrl url = m_account->profile().idsUrl;
    url.setPath(url.path() + u"/getData"_s);
    url.setQuery(QString::fromLatin1("sessionId=" + identity::formValue(m_account->icat()->sessionId()) +
                                     "&datafileIds=" + QByteArray::number(m_id)),
                 QUrl::StrictMode);
    QNetworkRequest request(url);
    if (m_asked > 0)
        request.setRawHeader("Range", "bytes=" + QByteArray::number(m_asked) + '-');
    m_reply = m_account->network()->get(request);
    support::abortWhenSilent(m_reply);
    m_reply->setReadBufferSize(replyBuffer);
    connect(m_reply, &QNetworkReply::metaDataChanged, this, &IdsStream::onMetaData);
    connect(m_reply, &QNetworkReply::readyRead, this, [this] {
        if (!m_opened)
            onMetaData();
        if (m_opened)
            Q_EMIT readyRead();
    });
    connect(m_reply, &QNetworkReply::finished, this, &IdsStream::onFinished);
}

// The head of the answer: is the body the bytes that were asked for?
void IdsStream::onMetaData()
{
    QNetworkReply *reply = m_reply;
    if (!reply || m_opened || m_finished)
        return;
    const int status = statusOf(reply);
    if (status == 0 || status >= 300)
        return; // an error: read whole in onFinished
    if (status == 200 && m_asked > 0) {
        qCInfo(lcIds) << "datafile" << m_id << "came whole where bytes from" << m_asked << "were asked";
        m_start = 0; // the server ignored the Range: the whole file is coming
    } else if (status == 206) {
        const QByteArray contentRange = reply->rawHeader("Content-Range");
        bool lengthKnown = false;
        const qint64 length = reply->header(QNetworkRequest::ContentLengthHeader).toLongLong(&lengthKnown);
        static const QRegularExpression from(u"^bytes (\\d+)-"_s);
        const auto match = from.match(QString::fromLatin1(contentRange));
        const bool rangeWrong =
            !contentRange.isEmpty() && (!match.hasMatch() || match.captured(1).toLongLong() != m_asked);
        const bool lengthWrong = lengthKnown && m_size >= 0 && m_asked + length != m_size;
        if (rangeWrong || lengthWrong) {
            // IDS names no Content-Range: a length that does not end at ICAT's fileSize means the offset was
            // not applied as asked. Nothing of this body is used.
            return fail(
                Error(Error::Kind::Protocol,
                      tr("The data service did not resume “%1” where it stopped.").arg(m_name),
                      u"asked from byte %1 of %2; Content-Range '%3', Content-Length %4"_s.arg(m_asked)
                          .arg(m_size)
                          .arg(QString::fromLatin1(contentRange))
                          .arg(lengthKnown ? QString::number(length) : u"none"_s)),
                true);
        }
    }
    m_opened = true;
    Q_EMIT opened(m_start);
}

qint64 IdsStream::bytesAvailable() const
{
    if (!m_reply || !m_opened)
        return 0;
    const qint64 rest = m_size >= 0 ? m_size - m_start - m_consumed : std::numeric_limits<qint64>::max();
    return std::min(m_reply->bytesAvailable(), std::max<qint64>(0, rest));
}

qint64 IdsStream::read(char *data, qint64 maxSize)
{
    QNetworkReply *reply = m_reply;
    if (!reply || !m_opened)
        return 0;
    const qint64 rest = m_size >= 0 ? m_size - m_start - m_consumed : maxSize;
    const qint64 n = reply->read(data, std::min(maxSize, std::max<qint64>(0, rest)));
    if (n > 0)
        m_consumed += n;
    if (m_size >= 0 && m_start + m_consumed == m_size && reply->bytesAvailable() > 0) {
        // more than the catalogue's size: what the copy holds is not that file
        fail(Error(Error::Kind::Protocol,
                   tr("The data service sent more than the catalogue's size of “%1”.").arg(m_name),
                   u"more than %1 bytes"_s.arg(m_size)),
             false);
    }
    return std::max<qint64>(0, n);
}

Error IdsStream::refusal(QNetworkReply *reply, const QByteArray &body) const
{
    const Error mapped = identity::icatErrorFromReply(reply, body);
    const QString message = QJsonDocument::fromJson(body).object().value(u"message"_s).toString();
    return mapped.prefixed(tr("The data service did not send “%1”").arg(m_name))
        .withServerMessage(tr("The data service"), message);
}

void IdsStream::onFinished()
{
    QNetworkReply *reply = m_reply;
    if (!reply || m_finished)
        return;
    const int status = statusOf(reply);
    if (status >= 300) {
        m_reply = nullptr;
        reply->deleteLater();
        const QByteArray body = reply->readAll();
        const quint64 generation = m_generation;
        auto again = [this, generation](const Error &e) {
            if (generation != m_generation)
                return;
            if (e)
                fail(e, false);
            else
                send();
        };
        if (identity::isSessionError(reply, body) && !m_sessionRetried) {
            m_sessionRetried = true; // once per open(): a session that fails at once again is not "ended"
            m_account->icat()->reportSessionInvalid(this, again);
            return;
        }
        if (identity::mayBeIdsSessionError(reply, body) && !m_sessionRetried) {
            // IDS says the same for an ended session and a refused permission: ask ICAT which it is
            m_sessionRetried = true;
            const Error refused = refusal(reply, body);
            m_account->icat()->checkSession(this, [this, generation, refused, again](bool ended) {
                if (generation != m_generation)
                    return;
                if (ended)
                    m_account->icat()->whenSignedIn(this, again);
                else
                    fail(refused, false);
            });
            return;
        }
        // 503: "data is busy" or a restore from the archive; 5xx: the server's own failure
        return fail(refusal(reply, body), status >= 500);
    }
    if (!m_opened) {
        onMetaData();
        if (m_finished)
            return;
    }
    const bool whole = m_size >= 0 && m_start + m_consumed + reply->bytesAvailable() == m_size;
    if (const Error transport = support::transportError(reply); transport && !whole) {
        m_finished = true;
        m_error = transport;
        m_retryable = true; // what arrived before the cut is still good: the consumer resumes after it
        Q_EMIT finished(m_error, m_retryable);
        return;
    }
    const qint64 arrived = m_consumed + reply->bytesAvailable();
    if (m_size >= 0 && m_start + arrived < m_size) {
        // Qt sometimes ends a cut body without an error: a body shorter than the file is a dropped connection
        m_finished = true;
        m_error = Error(
            Error::Kind::Network, tr("The connection to %1 was lost.").arg(reply->url().host()),
            u"body of datafile %1 ended at byte %2 of %3"_s.arg(m_id).arg(m_start + arrived).arg(m_size));
        m_retryable = true;
        Q_EMIT finished(m_error, m_retryable);
        return;
    }
    if (m_size >= 0 && m_start + arrived > m_size)
        return fail(Error(Error::Kind::Protocol,
                          tr("The data service sent more than the catalogue's size of “%1”.").arg(m_name),
                          u"%1 bytes, catalogue says %2"_s.arg(m_start + arrived).arg(m_size)),
                    false);
    m_finished = true;
    Q_EMIT finished(Error(), false);
}

void IdsStream::fail(const Error &error, bool retryable)
{
    if (m_finished)
        return;
    if (QNetworkReply *reply = m_reply) {
        m_reply = nullptr;
        reply->disconnect(this);
        reply->abort();
        reply->deleteLater();
    }
    m_finished = true;
    m_error = error;
    m_retryable = retryable;
    qCInfo(lcIds) << "datafile" << m_id << "stream stopped:" << error;
    Q_EMIT finished(error, retryable);
}

} // namespace daas::catalogue
