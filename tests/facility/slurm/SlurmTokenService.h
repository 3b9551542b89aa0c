#pragma once

#include <QHash>
#include <QHttpServer>
#include <QObject>
#include <QUrl>

class QTcpServer;

namespace daas::testing {

class SlurmCluster;

// The demo facility's Slurm token service: what a facility puts in front of slurmrestd so that a signed-in
// user gets a JWT without a shell on the cluster. GET /token with HTTP Basic credentials of a facility user
// answers 200 {"user": "<cluster user>", "token": "<JWT>", "expires": <unix time>}, the token minted by
// `scontrol token username=<cluster user> lifespan=<s>`; wrong or missing credentials 401 with
// WWW-Authenticate: Basic; anything else 404. Every facility user maps to the one cluster user.
class SlurmTokenService : public QObject
{
    Q_OBJECT
public:
    SlurmTokenService(SlurmCluster *cluster, QHash<QString, QString> passwords, int lifespanSeconds,
                      QObject *parent = nullptr);
    bool listen();    // on 127.0.0.1, a free port
    QUrl url() const; // http://127.0.0.1:PORT/token
    int served() const { return m_served; }

private:
    SlurmCluster *m_cluster;
    QHash<QString, QString> m_passwords;
    int m_lifespan;
    QHttpServer m_http;
    QTcpServer *m_tcp;
    int m_served = 0;
};

} // namespace daas::testing
