#pragma once

#include "TestCertificates.h"

#include <QHash>
#include <QSslConfiguration>
#include <QSslServer>
#include <QSslSocket>
#include <QUrl>

namespace daas::testing {

// An HTTPS server on loopback (port chosen by the kernel) with a certificate made at test time, answering
// each path as told: a status with a body, a redirect, or silence (to see a client's timeout).
class HttpsTestServer : public QObject
{
public:
    struct Answer
    {
        Answer(int s = 200, QByteArray type = "application/json", QByteArray b = {}, QByteArray to = {},
               bool quiet = false)
            : status(s)
            , contentType(std::move(type))
            , body(std::move(b))
            , location(std::move(to))
            , silent(quiet)
        {}
        int status;
        QByteArray contentType;
        QByteArray body;
        QByteArray location; // a redirect's target
        bool silent;         // reads the request and never answers
    };

    explicit HttpsTestServer(const TestIdentity &id)
    {
        QSslConfiguration conf = QSslConfiguration::defaultConfiguration();
        conf.setLocalCertificate(id.certificate);
        conf.setPrivateKey(id.key);
        conf.setPeerVerifyMode(QSslSocket::VerifyNone);
        m_server.setSslConfiguration(conf);
        connect(&m_server, &QSslServer::pendingConnectionAvailable, this, [this] {
            while (auto *socket = static_cast<QSslSocket *>(m_server.nextPendingConnection())) {
                auto *request = new QByteArray;
                connect(socket, &QObject::destroyed, socket, [request] { delete request; });
                connect(socket, &QSslSocket::readyRead, socket, [this, socket, request] {
                    *request += socket->readAll();
                    if (!request->contains("\r\n\r\n"))
                        return;
                    const QByteArray path = request->split(' ').value(1);
                    request->clear();
                    ++served;
                    requested.append(QString::fromLatin1(path));
                    const Answer a =
                        answers.value(QString::fromLatin1(path), Answer(404, "text/plain", "no such page"));
                    if (a.silent)
                        return;
                    QByteArray head =
                        "HTTP/1.1 " + QByteArray::number(a.status) +
                        " Answer\r\nContent-Type: " + a.contentType +
                        "\r\nConnection: close\r\nContent-Length: " + QByteArray::number(a.body.size()) +
                        "\r\n";
                    if (!a.location.isEmpty())
                        head += "Location: " + a.location + "\r\n";
                    socket->write(head + "\r\n" + a.body);
                    socket->disconnectFromHost();
                });
                connect(socket, &QSslSocket::disconnected, socket, &QObject::deleteLater);
            }
        });
        m_server.listen(QHostAddress::LocalHost, 0);
    }
    quint16 port() const { return m_server.serverPort(); }
    QUrl url(const QString &path) const
    {
        return QUrl(QStringLiteral("https://127.0.0.1:%1%2").arg(port()).arg(path));
    }

    QHash<QString, Answer> answers; // by path
    int served = 0;
    QStringList requested;

private:
    QSslServer m_server;
};

} // namespace daas::testing
