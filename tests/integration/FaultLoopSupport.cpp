#include "FaultLoopSupport.h"

#include "LocalFiles.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>

namespace daas::testing {

qint64 bigSize()
{
    const int mb = qEnvironmentVariableIntValue("DAAS_FAULT_MB");
    return qint64(mb > 0 ? mb : 64) * 1024 * 1024;
}

int killCount()
{
    const int n = qEnvironmentVariableIntValue("DAAS_FAULT_KILLS");
    return n > 0 ? n : 8;
}

int loopWaitMs()
{
    return 600000 + killCount() * 60000 + int(bigSize() >> 20) * 600;
}

QStringList filesBelow(const QString &dir)
{
    QStringList found;
    QDirIterator it(dir, QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
    while (it.hasNext())
        found << QDir(dir).relativeFilePath(it.next());
    found.sort();
    return found;
}

bool FinalNameCheck::holds(const Expected &e)
{
    const QFileInfo info(e.target);
    if (!info.exists())
        return true;
    if (info.size() != e.size)
        return false;
    const QString key = e.target + u'@' + QString::number(info.lastModified().toMSecsSinceEpoch());
    auto it = m_hashed.find(key);
    if (it == m_hashed.end())
        it = m_hashed.insert(key, sha256Of(e.target));
    return *it == e.sha;
}

bool FinalNameCheck::isWhole(const Expected &e)
{
    return QFileInfo::exists(e.target) && holds(e);
}

SilenceableRelay::SilenceableRelay(quint16 target)
    : m_target(target)
{
    connect(&m_server, &QTcpServer::newConnection, this, [this]() {
        while (QTcpSocket *client = m_server.nextPendingConnection()) {
            client->setParent(this);
            if (m_silent) {
                ++m_held; // accepted, then nothing: never read, never answered, never closed
                continue;
            }
            auto *upstream = new QTcpSocket(client);
            upstream->connectToHost(QHostAddress::LocalHost, m_target);
            relay(client, client, upstream);
            relay(client, upstream, client);
            connect(upstream, &QTcpSocket::connected, this, [client, upstream]() {
                if (!client->property("mute").toBool())
                    upstream->write(client->readAll());
            });
            connect(upstream, &QTcpSocket::disconnected, client, [client]() {
                if (!client->property("mute").toBool())
                    client->disconnectFromHost();
            });
            connect(client, &QTcpSocket::disconnected, upstream, &QTcpSocket::disconnectFromHost);
            m_live << client;
        }
    });
}

// A window at a time, as the far side takes it: what the relay has taken on is what is "in flight" when it
// falls silent, so a slow reader cannot have the whole rest of a file queued here already (its socket
// buffers and ours hold the window, Apache waits for the rest).
void SilenceableRelay::relay(QTcpSocket *client, QTcpSocket *from, QTcpSocket *to)
{
    from->setReadBufferSize(window);
    auto pump = [client, from, to]() {
        if (client->property("mute").toBool())
            return;
        while (from->bytesAvailable() > 0 && to->bytesToWrite() < window) {
            const QByteArray chunk = from->read(window - to->bytesToWrite());
            if (chunk.isEmpty())
                break;
            to->write(chunk);
        }
    };
    connect(from, &QTcpSocket::readyRead, this, pump);
    connect(to, &QTcpSocket::bytesWritten, this, pump);
}

void SilenceableRelay::fallSilent()
{
    m_silent = true;
    for (const QPointer<QTcpSocket> &c : std::as_const(m_live))
        if (c)
            c->setProperty("mute", true);
    m_live.clear();
}

} // namespace daas::testing
