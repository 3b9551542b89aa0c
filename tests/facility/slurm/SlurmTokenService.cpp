#include "SlurmTokenService.h"

#include "SlurmCluster.h"

#include <QDateTime>
#include <QHttpServerRequest>
#include <QHttpServerResponder>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTcpServer>

using namespace Qt::StringLiterals;

namespace daas::testing {

SlurmTokenService::SlurmTokenService(SlurmCluster *cluster, QHash<QString, QString> passwords,
                                     int lifespanSeconds, QObject *parent)
    : QObject(parent)
    , m_cluster(cluster)
    , m_passwords(std::move(passwords))
    , m_lifespan(qMax(1, lifespanSeconds))
    , m_tcp(new QTcpServer(this))
{
    m_http.setMissingHandler(
        this, [this](const QHttpServerRequest &request, QHttpServerResponder &responder) {
            QHttpHeaders json;
            json.append(QHttpHeaders::WellKnownHeader::ContentType, "application/json");
            if (request.url().path() != u"/token" || request.method() != QHttpServerRequest::Method::Get) {
                responder.write(QJsonDocument(QJsonObject{{u"error"_s, u"not found"_s}}).toJson(), json,
                                QHttpServerResponder::StatusCode::NotFound);
                return;
            }
            const QByteArray authorization = request.value("Authorization");
            QString user;
            QString password;
            if (authorization.startsWith("Basic ")) {
                const QString pair = QString::fromUtf8(QByteArray::fromBase64(authorization.mid(6)));
                user = pair.section(u':', 0, 0);
                password = pair.section(u':', 1);
            }
            if (user.isEmpty() || !m_passwords.contains(user) || m_passwords.value(user) != password) {
                QHttpHeaders challenge = json;
                challenge.append(QHttpHeaders::WellKnownHeader::WWWAuthenticate,
                                 "Basic realm=\"daas demo batch\"");
                responder.write(
                    QJsonDocument(QJsonObject{{u"error"_s, u"wrong user name or password"_s}}).toJson(),
                    challenge, QHttpServerResponder::StatusCode::Unauthorized);
                return;
            }
            QString expires;
            const QString token = m_cluster->token(m_lifespan, &expires);
            if (token.isEmpty()) {
                responder.write(QJsonDocument(QJsonObject{{u"error"_s, u"scontrol token failed"_s}}).toJson(),
                                json, QHttpServerResponder::StatusCode::InternalServerError);
                return;
            }
            ++m_served;
            responder.write(QJsonDocument(QJsonObject{{u"user"_s, SlurmCluster::clusterUser()},
                                                      {u"token"_s, token},
                                                      {u"expires"_s, expires.toLongLong()}})
                                .toJson(QJsonDocument::Compact),
                            json);
        });
}

bool SlurmTokenService::listen()
{
    return m_tcp->listen(QHostAddress::LocalHost, 0) && m_http.bind(m_tcp);
}

QUrl SlurmTokenService::url() const
{
    return QUrl(u"http://127.0.0.1:%1/token"_s.arg(m_tcp->serverPort()));
}

} // namespace daas::testing
