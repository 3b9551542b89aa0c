#pragma once

#include <QLockFile>
#include <QProcess>
#include <QSslCertificate>
#include <QString>
#include <QTemporaryDir>

#include <memory>
#include <vector>

namespace daas::test {

// A real xrdp server with its Xorg back end (xorgxrdp) for a test: a second RDP implementation beside
// freerdp-shadow-cli3, and the one with Display Control (the desktop follows the client's size) and a
// clipboard (xrdp-chansrv bridges cliprdr and the X selections). xrdp listens on a free port of
// 127.0.0.1 with a config, certificate and logs of its own in a temporary folder; its session manager
// signs in the test user through PAM and starts an Xorg session for it, which runs nothing but a
// script that reports its display.
//
// What it needs (present in the build root): the xrdp and xorgxrdp packages, root (sesman logs a PAM
// user in and starts the session as that user), and the user `daas-xrdp` with password `Xrdp-Test-1`,
// made by packaging/daas-root.sh. xrdp 0.10 reaches its session manager only through the fixed socket
// /run/xrdp/sockdir/sesman.socket, so one fixture at a time runs on a machine: the others wait on a
// lock file.
class XrdpTestServer
{
public:
    static QString user() { return QStringLiteral("daas-xrdp"); }
    static QString password() { return QStringLiteral("Xrdp-Test-1"); }

    XrdpTestServer();
    ~XrdpTestServer();

    // Empty when this machine can run the fixture, else why not (a sentence for the test log).
    static QString missingRequirement();

    bool start();
    void stop();

    QString errorString() const { return m_error; }
    quint16 port() const { return m_port; }
    QSslCertificate certificate() const;

    // The X display of the session a client's sign-in started (":10"), waiting up to `ms` for it.
    QString waitForSession(int ms = 30000);
    // Runs an X client on the session's display as root with the session's X authority.
    bool run(const QString &program, const QStringList &arguments, QByteArray *output = nullptr,
             const QByteArray &input = {});
    QProcess *startClient(const QString &program, const QStringList &arguments);
    // The desktop's size as the remote X server reports it (xdpyinfo), invalid if it cannot be read.
    QSize remoteScreenSize();
    QString logs() const;

private:
    QProcessEnvironment sessionEnvironment() const;
    void endSessionProcesses();

    std::unique_ptr<QLockFile> m_lock;
    QTemporaryDir m_dir;
    std::unique_ptr<QProcess> m_sesman;
    std::unique_ptr<QProcess> m_xrdp;
    std::vector<std::unique_ptr<QProcess>> m_clients;
    QString m_display;
    quint16 m_port = 0;
    QString m_error;
};

} // namespace daas::test
