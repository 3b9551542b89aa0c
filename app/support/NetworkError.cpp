#include "support/NetworkError.h"
#include "support/Redaction.h"

#include "support/Settings.h"

#include <QNetworkReply>
#include <QTimer>

namespace daas::support {

namespace {
QString tr(const char *text, const char *disambiguation = nullptr, int n = -1)
{
    return QCoreApplication::translate("daas::support", text, disambiguation, n);
}

const char *const timedOutProperty = "daasTimedOutMs";

QString detailOf(int code, const QString &errorString, const QUrl &url, const QString &verb)
{
    return QStringLiteral("%1 %2: %3 (QNetworkReply::NetworkError %4)")
        .arg(verb, redacted(url), redacted(errorString))
        .arg(code);
}

// The failures that have a sentence of their own; Error() for any other code.
Error knownTransportError(int code, const QString &errorString, const QUrl &url, const QString &verb)
{
    const QString host = url.host();
    const QString detail = detailOf(code, errorString, url, verb);
    switch (QNetworkReply::NetworkError(code)) {
    case QNetworkReply::ConnectionRefusedError:
        return Error(Error::Kind::Network,
                     tr("%1 refused the connection. The service may be down.").arg(host), detail);
    case QNetworkReply::HostNotFoundError:
        return Error(Error::Kind::Network,
                     tr("The server %1 could not be found. Check the network.").arg(host), detail);
    case QNetworkReply::RemoteHostClosedError:
    case QNetworkReply::NetworkSessionFailedError:
    case QNetworkReply::TemporaryNetworkFailureError:
    case QNetworkReply::UnknownNetworkError:
        return Error(Error::Kind::Network, tr("The connection to %1 was lost.").arg(host), detail);
    case QNetworkReply::TimeoutError:
        return Error(Error::Kind::Timeout, tr("%1 did not answer in time.").arg(host), detail);
    case QNetworkReply::OperationCanceledError:
        // a timeout of abortWhenSilent() is found before this (transportError); this is a real cancel
        return Error(Error::Kind::Cancelled, tr("Cancelled."), detail);
    case QNetworkReply::SslHandshakeFailedError:
        return Error(
            Error::Kind::Tls,
            tr("The secure connection to %1 could not be established: its certificate is not trusted.")
                .arg(host),
            detail);
    case QNetworkReply::ProtocolFailure:
        return Error(Error::Kind::Protocol, tr("%1 gave an answer that could not be read.").arg(host),
                     detail);
    case QNetworkReply::ProxyConnectionRefusedError:
    case QNetworkReply::ProxyConnectionClosedError:
    case QNetworkReply::ProxyNotFoundError:
    case QNetworkReply::ProxyTimeoutError:
    case QNetworkReply::ProxyAuthenticationRequiredError:
    case QNetworkReply::UnknownProxyError:
        return Error(Error::Kind::Network, tr("The network proxy failed. Check the proxy settings."), detail);
    default:
        return {};
    }
}
} // namespace

int requestTimeoutMs()
{
    return qMax(1, Settings::value(keys::requestTimeoutSeconds)) * 1000;
}

void abortWhenSilent(QNetworkReply *reply, int ms)
{
    if (!reply || ms <= 0 || reply->isFinished())
        return;
    auto *silence = new QTimer(reply);
    silence->setSingleShot(true);
    silence->setInterval(ms);
    auto heard = [silence]() { silence->start(); };
    QObject::connect(reply, &QNetworkReply::metaDataChanged, silence, heard);
    QObject::connect(reply, &QNetworkReply::readyRead, silence, heard);
    QObject::connect(reply, &QNetworkReply::downloadProgress, silence, heard);
    QObject::connect(reply, &QNetworkReply::uploadProgress, silence, heard);
    QObject::connect(reply, &QNetworkReply::finished, silence, &QTimer::stop);
    QObject::connect(silence, &QTimer::timeout, reply, [reply, ms]() {
        if (reply->isFinished())
            return;
        reply->setProperty(timedOutProperty, ms);
        reply->abort();
    });
    silence->start();
}

bool timedOut(const QNetworkReply *reply)
{
    return reply && reply->property(timedOutProperty).isValid();
}

Error timeoutError(const QUrl &url, int ms, const QString &detail)
{
    const int seconds = qMax(1, (ms + 500) / 1000);
    return Error(Error::Kind::Timeout,
                 tr("The server %1 did not answer within %n second(s). Check the network connection, or try "
                    "again later.",
                    nullptr, seconds)
                     .arg(url.host()),
                 detail);
}

Error transportError(const QNetworkReply *reply)
{
    const QString verb =
        QString::fromLatin1(reply->operation() == QNetworkAccessManager::GetOperation ? "GET" : "request");
    if (timedOut(reply)) {
        const int ms = reply->property(timedOutProperty).toInt();
        return timeoutError(reply->url(), ms,
                            detailOf(QNetworkReply::TimeoutError,
                                     QStringLiteral("nothing sent or received for %1 ms").arg(ms),
                                     reply->url(), verb));
    }
    if (Error e = knownTransportError(reply->error(), reply->errorString(), reply->url(), verb))
        return e;
    // No error, or one that came with an HTTP status: not a transport failure.
    if (reply->error() == QNetworkReply::NoError ||
        reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).isValid())
        return {};
    return transportError(reply->error(), reply->errorString(), reply->url(), verb);
}

Error transportError(int code, const QString &errorString, const QUrl &url, const QString &verb)
{
    if (Error e = knownTransportError(code, errorString, url, verb))
        return e;
    if (code == QNetworkReply::NoError)
        return {};
    return Error(Error::Kind::Network, tr("The request to %1 failed.").arg(url.host()),
                 detailOf(code, errorString, url, verb));
}

Error httpStatusError(int status, const QString &service, const QString &detail)
{
    const QString d = QStringLiteral("HTTP %1 from %2%3")
                          .arg(status)
                          .arg(service, detail.isEmpty() ? QString() : QStringLiteral(": ") + detail);
    switch (status) {
    case 401:
        return Error(Error::Kind::Authentication, tr("%1 did not accept the credentials.").arg(service), d);
    case 403:
        return Error(Error::Kind::Permission, tr("%1 does not allow this.").arg(service), d);
    case 404:
        return Error(Error::Kind::NotFound,
                     tr("%1 could not find it. It may have been removed.").arg(service), d);
    case 409:
    case 412:
        return Error(Error::Kind::Conflict,
                     tr("%1 refused: it conflicts with what is there now.").arg(service), d);
    case 413:
        return Error(Error::Kind::Storage, tr("%1 refused: it is too large.").arg(service), d);
    case 507:
        return Error(Error::Kind::Storage, tr("%1 has no space left.").arg(service), d);
    case 501:
        return Error(Error::Kind::Unsupported, tr("%1 does not support this.").arg(service), d);
    case 503:
        return Error(Error::Kind::Server, tr("%1 is busy or unavailable. Try again later.").arg(service), d);
    default:
        if (status >= 500)
            return Error(Error::Kind::Server, tr("%1 reported an internal error.").arg(service), d);
        return Error(Error::Kind::Protocol, tr("%1 gave an unexpected answer (%2).").arg(service).arg(status),
                     d);
    }
}

} // namespace daas::support
