#pragma once

#include <QObject>
#include <QProcess>
#include <QTemporaryDir>

#include <memory>
#include <vector>

namespace daas::emulator {

// The desktop of one emulated VM: a real Xtigervnc (VncAuth, password via `vncpasswd -f`) on a display
// it picks itself (-displayfd) and the given RFB port on loopback, with twm, a coloured root window, a
// clock and a label naming the machine. Every process is bound to the emulator's life (PR_SET_PDEATHSIG),
// so none outlives it even when it is killed.
class VmDesktop : public QObject
{
    Q_OBJECT
public:
    VmDesktop(QString title, QString password, QString colour, QObject *parent = nullptr);
    ~VmDesktop() override;

    void start(quint16 port); // asynchronous: started() or failed()
    void stop();
    bool isRunning() const { return m_server && m_server->state() != QProcess::NotRunning; }
    qint64 serverPid() const { return m_server ? m_server->processId() : 0; }
    QString display() const { return m_display; }
    quint16 port() const { return m_port; }

    static quint16 freePort();

Q_SIGNALS:
    void started();
    void failed(const QString &reason);

private:
    QProcess *spawn(const QString &program, const QStringList &arguments, bool onDisplay);
    void startClients();

    QString m_title;
    QString m_password;
    QString m_colour;
    QTemporaryDir m_dir;
    std::vector<std::unique_ptr<QProcess>> m_processes;
    QProcess *m_server = nullptr;
    QByteArray m_displayOutput;
    QString m_display;
    quint16 m_port = 0;
};

} // namespace daas::emulator
