#include "VmDesktop.h"

#include <QDir>
#include <QFile>
#include <QProcessEnvironment>
#include <QTcpServer>

#include <csignal>
#include <cstdio>
#include <sys/prctl.h>

using namespace Qt::StringLiterals;

namespace daas::emulator {

VmDesktop::VmDesktop(QString title, QString password, QString colour, QObject *parent)
    : QObject(parent)
    , m_title(std::move(title))
    , m_password(std::move(password))
    , m_colour(std::move(colour))
{}

VmDesktop::~VmDesktop()
{
    stop();
}

quint16 VmDesktop::freePort()
{
    QTcpServer probe;
    probe.listen(QHostAddress::LocalHost, 0);
    return probe.serverPort();
}

QProcess *VmDesktop::spawn(const QString &program, const QStringList &arguments, bool onDisplay,
                           const QProcessEnvironment &extra)
{
    auto process = std::make_unique<QProcess>();
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    if (onDisplay)
        env.insert(u"DISPLAY"_s, m_display);
    for (const QString &key : extra.keys())
        env.insert(key, extra.value(key));
    process->setProcessEnvironment(env);
    process->setStandardErrorFile(m_dir.filePath(program + u".log"_s), QIODevice::Append);
    if (!extra.isEmpty()) // a server that logs to stdout: nobody reads its pipe, so a file
        process->setStandardOutputFile(m_dir.filePath(program + u".out.log"_s), QIODevice::Append);
    // the desktop dies with the emulator, however the emulator ends
    process->setChildProcessModifier([] { ::prctl(PR_SET_PDEATHSIG, SIGKILL); });
    process->start(program, arguments);
    QProcess *raw = process.get();
    m_processes.push_back(std::move(process));
    return raw;
}

void VmDesktop::start(quint16 port, quint16 rdpPort)
{
    stop();
    m_port = port;
    m_rdpPort = rdpPort;
    QProcess vncpasswd;
    vncpasswd.start(u"vncpasswd"_s, {u"-f"_s});
    vncpasswd.write(m_password.toUtf8() + '\n');
    vncpasswd.closeWriteChannel();
    // emulator-side only: a short local tool
    vncpasswd.waitForFinished(10000);
    const QString passwordFile = m_dir.filePath(u"passwd"_s);
    QFile out(passwordFile);
    if (!out.open(QIODevice::WriteOnly) || out.write(vncpasswd.readAllStandardOutput()) <= 0) {
        Q_EMIT failed(u"vncpasswd -f failed"_s);
        return;
    }
    out.close();
    m_displayOutput.clear();
    m_server =
        spawn(u"Xtigervnc"_s,
              {u"-displayfd"_s, u"1"_s, u"-rfbport"_s, QString::number(port), u"-localhost"_s, u"-nolisten"_s,
               u"tcp"_s, u"-geometry"_s, u"1280x800"_s, u"-depth"_s, u"24"_s, u"-SecurityTypes"_s,
               u"VncAuth"_s, u"-PasswordFile"_s, passwordFile, u"-AlwaysShared"_s, u"-desktop"_s, m_title},
              false);
    QProcess *server = m_server;
    connect(server, &QProcess::readyReadStandardOutput, this, [this, server] {
        m_displayOutput += server->readAllStandardOutput();
        if (m_display.isEmpty() && m_displayOutput.contains('\n')) {
            m_display = u":"_s + QString::fromLatin1(m_displayOutput.trimmed());
            startClients();
            Q_EMIT started();
        }
    });
    connect(server, &QProcess::finished, this, [this, server](int code) {
        if (server == m_server && m_display.isEmpty())
            Q_EMIT failed(u"Xtigervnc ended (exit %1) before it had a display; logs in %2"_s.arg(code).arg(
                m_dir.path()));
    });
}

void VmDesktop::startClients()
{
    // twm's built-in configuration asks for Helvetica, which a minimal system lacks (twm then exits): only
    // the "fixed" core font is certain. Button 1 on the background opens a menu, as on a usual twm desktop.
    const QString twmrc = m_dir.filePath(u"twmrc"_s);
    QFile rc(twmrc);
    if (rc.open(QIODevice::WriteOnly | QIODevice::Truncate)) {
        rc.write("TitleFont \"fixed\"\nResizeFont \"fixed\"\nMenuFont \"fixed\"\nIconFont \"fixed\"\n"
                 "IconManagerFont \"fixed\"\nRandomPlacement\nNoGrabServer\n"
                 "Button1 = : root : f.menu \"desktop\"\nButton3 = : root : f.menu \"desktop\"\n"
                 "Button1 = : title : f.function \"move-or-raise\"\n"
                 "Function \"move-or-raise\" { f.move f.deltastop f.raise }\n"
                 "menu \"desktop\" {\n\"Desktop\" f.title\n\"Refresh\" f.refresh\n\"Raise\" f.raise\n"
                 "\"Lower\" f.lower\n\"Move\" f.move\n\"Iconify\" f.iconify\n}\n");
        rc.close();
    }
    spawn(u"twm"_s, {u"-f"_s, twmrc}, true);
    spawn(u"xsetroot"_s, {u"-solid"_s, m_colour}, true);
    spawn(u"xclock"_s, {u"-geometry"_s, u"160x160-30+30"_s, u"-update"_s, u"1"_s}, true);
    spawn(u"xlogo"_s, {u"-geometry"_s, u"120x120-30-30"_s}, true);
    spawn(u"xmessage"_s, {u"-geometry"_s, u"+40+40"_s, u"-buttons"_s, u""_s, m_title}, true);
    if (m_rdpPort != 0)
        startRdp();
}

void VmDesktop::startRdp()
{
    // NLA checks a SAM file: one "user:::LM:NT:::" line per user, as winpr-hash3 -f sam writes them
    const QString home = m_dir.filePath(u"rdp-home"_s);
    QDir().mkpath(home);
    const QString sam = home + u"/SAM"_s;
    QFile out(sam);
    if (!out.open(QIODevice::WriteOnly | QIODevice::Truncate)) {
        std::fprintf(stderr, "%s: cannot write the SAM file\n", qPrintable(m_title));
        return;
    }
    for (const auto &[user, password] : std::as_const(m_rdpUsers)) {
        QProcess hash;
        hash.start(u"winpr-hash3"_s, {u"-u"_s, user, u"-p"_s, password, u"-f"_s, u"sam"_s});
        // emulator-side only: a short local tool, as vncpasswd above
        if (!hash.waitForFinished(10000) || hash.exitCode() != 0) {
            std::fprintf(stderr, "%s: winpr-hash3 failed for %s\n", qPrintable(m_title), qPrintable(user));
            return;
        }
        out.write(hash.readAllStandardOutput());
    }
    out.close();
    // its TLS certificate lives under $HOME/.config/freerdp/shadow: a home of its own in the VM's folder
    QProcessEnvironment env;
    env.insert(u"HOME"_s, home);
    env.insert(u"XDG_CONFIG_HOME"_s, home + u"/.config"_s);
    m_rdpServer = spawn(u"freerdp-shadow-cli3"_s,
                        {u"/bind-address:127.0.0.1"_s, u"/port:%1"_s.arg(m_rdpPort), u"/sam-file:"_s + sam,
                         u"/sec:nla"_s, u"/log-level:INFO"_s},
                        true, env);
}

void VmDesktop::stop()
{
    // clients first; the X server last
    for (auto it = m_processes.rbegin(); it != m_processes.rend(); ++it) {
        QProcess *p = it->get();
        p->disconnect(this);
        if (p->state() != QProcess::NotRunning) {
            p->kill();
            p->waitForFinished(3000);
        }
    }
    m_processes.clear();
    m_server = nullptr;
    m_rdpServer = nullptr;
    m_display.clear();
}

} // namespace daas::emulator
