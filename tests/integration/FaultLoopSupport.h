#pragma once

// What the fault loops (tst_fault_loops) are made of besides the servers: their sizes, big seeded files, the
// check made at each kill, and a relay that can fall silent.

#include <QByteArray>
#include <QHash>
#include <QList>
#include <QObject>
#include <QPointer>
#include <QString>
#include <QStringList>
#include <QTcpServer>
#include <QTcpSocket>

namespace daas::testing {

// DAAS_FAULT_MB (default 64) and DAAS_FAULT_KILLS (default 8); `packaging/dev faults` runs 1 GiB and 20.
qint64 bigSize();
int killCount();
// The longest one loop may take: the servers' restarts and the client's back-off between retries grow with
// the kills, the transfers with the size (at full size, 20 kills of IDS outlasted a fixed 10 minutes).
int loopWaitMs();

// The files below `dir` (hidden ones too), relative to it.
QStringList filesBelow(const QString &dir);

// One file the loop must deliver: where its source is, where it must end up, the source's sha256.
struct Expected
{
    QString source;
    QString target;
    qint64 size = 0;
    QByteArray sha;
};

// At a kill: a file under its final name must be the whole file. Each complete file is hashed once.
class FinalNameCheck
{
public:
    // false when `e.target` exists but is not the whole file
    bool holds(const Expected &e);
    // true when `e.target` is there and whole
    bool isWhole(const Expected &e);

private:
    QHash<QString, QByteArray> m_hashed;
};

// A TCP relay in front of the real server that can fall silent: while silent it still accepts connections
// but forwards nothing either way and never closes them (a half-open server, a stateful firewall that lost
// its state, a hung process), and connections it already carried stay mute for good. Live again, new
// connections are relayed as before.
class SilenceableRelay : public QObject
{
public:
    explicit SilenceableRelay(quint16 target);
    bool listen() { return m_server.listen(QHostAddress::LocalHost, 0); }
    quint16 port() const { return m_server.serverPort(); }
    void fallSilent();
    void comeBack() { m_silent = false; }
    int held() const { return m_held; }

private:
    void relay(QTcpSocket *client, QTcpSocket *from, QTcpSocket *to);

    static constexpr qint64 window = 256 * 1024;
    QTcpServer m_server;
    quint16 m_target;
    bool m_silent = false;
    int m_held = 0;
    QList<QPointer<QTcpSocket>> m_live;
};

} // namespace daas::testing
