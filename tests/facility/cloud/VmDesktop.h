#pragma once

#include <QList>
#include <QObject>
#include <QProcess>
#include <QTemporaryDir>

#include <memory>
#include <vector>

namespace daas::emulator {

// The desktop of one emulated VM: a real Xtigervnc (VncAuth, password via `vncpasswd -f`) on a display
// it picks itself (-displayfd) and the given RFB port on loopback, with twm, a coloured root window, a
// clock and a label naming the machine. With an RDP port, the same display is also served over RDP by a
// real freerdp-shadow-cli3 on that port of 127.0.0.1 (NLA against a SAM file made with winpr-hash3 from
// the users given, TLS with a certificate it makes in its own $HOME inside the VM's temporary folder).
// Every process is bound to the emulator's life (PR_SET_PDEATHSIG), so none outlives it even when it is
// killed; stop() ends the RDP server before the X server.
class VmDesktop : public QObject
{
    Q_OBJECT
public:
    VmDesktop(QString title, QString password, QString colour, QObject *parent = nullptr);
    ~VmDesktop() override;

    // Who may sign in over RDP (name → password): the machine owner's facility credentials.
    void setRdpUsers(QList<std::pair<QString, QString>> users) { m_rdpUsers = std::move(users); }
    // asynchronous: started() or failed(); rdpPort 0: no RDP server
    void start(quint16 port, quint16 rdpPort = 0);
    void stop();
    bool isRunning() const { return m_server && m_server->state() != QProcess::NotRunning; }
    qint64 serverPid() const { return m_server ? m_server->processId() : 0; }
    QString display() const { return m_display; }
    quint16 port() const { return m_port; }
    quint16 rdpPort() const { return m_rdpPort; }
    qint64 rdpServerPid() const { return m_rdpServer ? m_rdpServer->processId() : 0; }

    static quint16 freePort();

Q_SIGNALS:
    void started();
    void failed(const QString &reason);

private:
    QProcess *spawn(const QString &program, const QStringList &arguments, bool onDisplay,
                    const QProcessEnvironment &extra = {});
    void startClients();
    void startRdp();

    QString m_title;
    QString m_password;
    QString m_colour;
    QTemporaryDir m_dir;
    std::vector<std::unique_ptr<QProcess>> m_processes;
    QProcess *m_server = nullptr;
    QProcess *m_rdpServer = nullptr;
    QList<std::pair<QString, QString>> m_rdpUsers;
    quint16 m_rdpPort = 0;
    QByteArray m_displayOutput;
    QString m_display;
    quint16 m_port = 0;
};

} // namespace daas::emulator
