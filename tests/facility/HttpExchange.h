#pragma once
// One HTTP request to a test server with a plain QNetworkAccessManager, waited for: how the suites talk to
// the emulators as another program at the facility would, never through the client's code.

#include <QByteArray>
#include <QHash>
#include <QJsonArray>
#include <QJsonObject>
#include <QJsonValue>
#include <QNetworkReply>
#include <QString>

class QNetworkAccessManager;
class QNetworkRequest;

namespace daas::testing {

struct Http
{
    int status = 0; // 0: no answer
    QNetworkReply::NetworkError error = QNetworkReply::NoError;
    QByteArray body;
    QHash<QByteArray, QByteArray> headers; // lower-case names

    QJsonValue json() const;
    QJsonObject object() const { return json().toObject(); }
    QJsonArray array() const { return json().toArray(); }
    // ICAT's and IDS's error documents: {"code": …, "message": …}
    QString code() const { return object().value(QStringLiteral("code")).toString(); }
    QString message() const { return object().value(QStringLiteral("message")).toString(); }
    QByteArray header(const QByteArray &name) const { return headers.value(name.toLower()); }
    QString describe() const;
};

// Sends the request and waits for the whole answer, at most `timeoutMs` (then the request is aborted and
// the error is QNetworkReply::TimeoutError).
Http exchange(QNetworkAccessManager &nam, const QByteArray &verb, const QNetworkRequest &request,
              const QByteArray &body = {}, int timeoutMs = 60000);

} // namespace daas::testing
