#pragma once

#include <QProcess>
#include <QSslCertificate>
#include <QString>
#include <QTemporaryDir>

#include <memory>

namespace daas::test {

// A real RDP server for a test: freerdp-shadow-cli3 serving an X display that already exists (a
// VncTestServer's, so VNC and RDP show the same desktop), on a free port of 127.0.0.1. NLA checks a SAM
// file made with winpr-hash3; TLS lets anyone in (the shadow server's -auth). Each server makes its own
// TLS certificate in a home of its own, so a restart with a fresh home presents a changed certificate.
// start() returns once the server itself listens on the port (not merely something: Linux's /proc says
// whose socket it is), so two suites beside each other never take each other's server for their own.
class RdpTestServer
{
public:
    enum class Security { Nla, Tls };

    struct Options
    {
        Security security = Security::Nla;
        QString user = QStringLiteral("tester");
        QString password = QStringLiteral("Secret123");
        quint16 port = 0;          // 0: a free one
        bool freshIdentity = true; // false: keep the certificate of the last start
    };

    RdpTestServer();
    ~RdpTestServer();

    bool start(const QString &display, const Options &options);
    bool start(const QString &display) { return start(display, Options{}); }
    void stop();
    // Kills the server abruptly (a crash or a pulled cable, as the client sees it).
    void kill();

    QString errorString() const { return m_error; }
    quint16 port() const { return m_port; }
    QSslCertificate certificate() const;
    QString logFile() const;

private:
    bool launch(const QString &display, quint16 port, const QStringList &security);

    QTemporaryDir m_dir;
    std::unique_ptr<QProcess> m_process;
    QString m_home;
    quint16 m_port = 0;
    int m_starts = 0;
    QString m_error;
};

} // namespace daas::test
