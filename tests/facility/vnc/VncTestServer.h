#pragma once

#include <QProcess>
#include <QSize>
#include <QString>
#include <QStringList>
#include <QTemporaryDir>

#include <memory>
#include <vector>

namespace daas::test {

// A real VNC server for a test, on a display the X server picks itself (-displayfd) and a free
// port: Xtigervnc (VncAuth, or X509Vnc with a fresh self-signed certificate) or x11vnc on an Xvfb.
// Everything it starts is killed when the object goes away.
class VncTestServer
{
public:
    enum class Kind { Xtigervnc, X11vnc };
    enum class Security { VncAuth, X509Vnc, None };

    struct Options
    {
        Kind kind = Kind::Xtigervnc;
        Security security = Security::VncAuth;
        QSize geometry{800, 600};
        QString password = QStringLiteral("testpw12");
        QStringList extraArguments;
        quint16 port = 0; // 0: a free one
    };

    VncTestServer();
    ~VncTestServer();

    bool start(const Options &options);
    void stop();

    QString errorString() const { return m_error; }
    QString display() const { return m_display; } // ":N"
    quint16 port() const { return m_port; }
    QString certificateFile() const { return m_certificate; }
    QString workDirectory() const { return m_dir.path(); }
    qint64 serverPid() const;

    // Runs a short X client on the server's display to completion (xsetroot, xdotool, xwd …).
    bool run(const QString &program, const QStringList &arguments, QByteArray *output = nullptr);
    // Starts a long-running X client on the display; killed with the server.
    QProcess *startClient(const QString &program, const QStringList &arguments);

    static quint16 freePort();

private:
    bool startXServer(const QString &program, QStringList arguments);
    bool waitForPort(int timeoutMs);
    QProcess *spawn(const QString &program, const QStringList &arguments);

    QTemporaryDir m_dir;
    std::vector<std::unique_ptr<QProcess>> m_processes;
    QProcess *m_server = nullptr;
    QString m_display;
    quint16 m_port = 0;
    QString m_certificate;
    QString m_error;
};

// The probe (daas-vnc-probe) is a small Qt program shown full screen on a remote display. It
// paints a solid colour (switching to a second one while a mouse button is held), and prints
// every key and click it receives on stdout, so a test sees input arrive on the remote side.
class VncProbe
{
public:
    static QString path();
    // Starts the probe on `server`'s display and waits until it is mapped.
    static QProcess *start(VncTestServer &server, const QString &colour, const QString &pressedColour);
};

} // namespace daas::test
