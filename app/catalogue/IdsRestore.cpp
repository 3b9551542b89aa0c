#include "catalogue/IdsRestore.h"

#include "identity/Account.h"
#include "identity/IcatSession.h"
#include "support/Logging.h"
#include "support/NetworkError.h"

#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QTimer>

using namespace Qt::StringLiterals;

namespace daas::catalogue {

IdsRestore::IdsRestore(identity::Account *account, QString idsParameter, qint64 id, bool zip, QObject *parent)
    : QObject(parent)
    , m_account(account)
    , m_parameter(std::move(idsParameter))
    , m_id(id)
    , m_zip(zip)
    , m_timer(new QTimer(this))
{
    m_timer->setSingleShot(true);
    connect(m_timer, &QTimer::timeout, this, &IdsRestore::poll);
}

IdsRestore::~IdsRestore()
{
    if (m_reply) {
        m_reply->disconnect(this);
        m_reply->abort();
    }
}

void IdsRestore::setPolling(int firstIntervalMs, int maxIntervalMs, qint64 timeoutMs)
{
    m_firstInterval = firstIntervalMs;
    m_maxInterval = maxIntervalMs;
    m_timeout = timeoutMs;
}

QUrl IdsRestore::idsUrl(const QString &call) const
{
    QUrl url = m_account->profile().idsUrl;
    url.setPath(url.path() + u'/' + call);
    return url;
}

void IdsRestore::start()
{
    m_clock.start();
    m_interval = m_firstInterval;
    m_account->icat()->whenSignedIn(this, [this](const Error &e) {
        if (e)
            finish(e);
        else
            prepare();
    });
}

void IdsRestore::cancel()
{
    m_done = true;
    m_timer->stop();
    if (m_reply) {
        m_reply->disconnect(this);
        m_reply->abort();
        m_reply->deleteLater();
        m_reply = nullptr;
    }
}

void IdsRestore::prepare()
{
    if (m_done)
        return;
    QNetworkRequest r(idsUrl(u"prepareData"_s));
    r.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/x-www-form-urlencoded"));
    const QByteArray form = "sessionId=" + identity::formValue(m_account->icat()->sessionId()) + '&' +
                            m_parameter.toLatin1() + '=' + QByteArray::number(m_id) +
                            "&zip=" + (m_zip ? "true" : "false");
    m_reply = m_account->network()->post(r, form);
    support::abortWhenSilent(m_reply);
    connect(m_reply, &QNetworkReply::finished, this, [this, reply = m_reply.get()] {
        reply->deleteLater();
        m_reply = nullptr;
        if (m_done)
            return;
        const QByteArray body = reply->readAll();
        if (identity::isSessionError(reply, body)) {
            m_account->icat()->reportSessionInvalid();
            return start();
        }
        if (const Error e = identity::icatErrorFromReply(reply, body))
            return finish(e.prefixed(tr("The data service could not prepare the download")));
        m_preparedId = QString::fromLatin1(body.trimmed());
        qCInfo(lcIds) << "waiting for archived data to come online," << m_parameter << m_id;
        poll();
    });
}

void IdsRestore::poll()
{
    if (m_done)
        return;
    if (m_clock.elapsed() >= m_timeout)
        return finish(
            Error(Error::Kind::Timeout,
                  tr("The facility did not restore the data from tape within %n minute(s). Try "
                     "again later.",
                     nullptr, int(std::max<qint64>(1, m_timeout / 60000))),
                  u"isPrepared still false after %1 ms, %2 polls"_s.arg(m_clock.elapsed()).arg(m_polls)));
    QUrl url = idsUrl(u"isPrepared"_s);
    url.setQuery(QString::fromLatin1("preparedId=" + identity::formValue(m_preparedId)), QUrl::StrictMode);
    m_reply = m_account->network()->get(QNetworkRequest(url));
    support::abortWhenSilent(m_reply);
    ++m_polls;
    connect(m_reply, &QNetworkReply::finished, this, [this, reply = m_reply.get()] {
        reply->deleteLater();
        m_reply = nullptr;
        if (m_done)
            return;
        const QByteArray body = reply->readAll();
        if (const Error e = identity::icatErrorFromReply(reply, body)) {
            // a poll lost to the network is not the end of a wait that may last hours: try again later
            if (e.isTransport()) {
                qCInfo(lcIds) << "isPrepared failed, polling again:" << e;
                return scheduleNextPoll();
            }
            return finish(e.prefixed(tr("The data service could not say whether the data is ready")));
        }
        if (body.trimmed() == "true") {
            m_done = true;
            qCInfo(lcIds) << "archived data online after" << m_clock.elapsed() << "ms," << m_polls << "polls";
            Q_EMIT ready(m_preparedId);
            return;
        }
        scheduleNextPoll();
    });
}

void IdsRestore::scheduleNextPoll()
{
    const qint64 left = m_timeout - m_clock.elapsed();
    const int next = int(std::clamp<qint64>(std::min<qint64>(m_interval, left), 0, m_maxInterval));
    Q_EMIT waiting(m_clock.elapsed(), next);
    m_timer->start(next);
    m_interval = std::min(m_interval * 2, m_maxInterval);
}

void IdsRestore::finish(const Error &error)
{
    if (m_done)
        return;
    m_done = true;
    m_timer->stop();
    Q_EMIT failed(error);
}

} // namespace daas::catalogue
