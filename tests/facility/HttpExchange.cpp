#include "HttpExchange.h"

#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QNetworkRequest>
#include <QTest>

using namespace Qt::StringLiterals;

namespace daas::testing {

QJsonValue Http::json() const
{
    const QJsonDocument d = QJsonDocument::fromJson(body);
    return d.isArray() ? QJsonValue(d.array()) : QJsonValue(d.object());
}

QString Http::describe() const
{
    return u"HTTP %1: %2"_s.arg(status).arg(QString::fromUtf8(body.left(400)));
}

Http exchange(QNetworkAccessManager &nam, const QByteArray &verb, const QNetworkRequest &request,
              const QByteArray &body, int timeoutMs)
{
    QNetworkReply *reply = nam.sendCustomRequest(request, verb, body);
    const bool answered = QTest::qWaitFor([reply] { return reply->isFinished(); }, timeoutMs);
    if (!answered)
        reply->abort();
    Http r;
    r.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    r.error = answered ? reply->error() : QNetworkReply::TimeoutError;
    r.body = reply->readAll();
    for (const auto &[name, value] : reply->rawHeaderPairs())
        r.headers.insert(name.toLower(), value);
    delete reply;
    return r;
}

} // namespace daas::testing
