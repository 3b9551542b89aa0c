#include "EmulatorProcess.h"

#include <QElapsedTimer>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QTest>
#include <QThread>

#include <csignal>
#include <memory>
#include <sys/prctl.h>

using namespace Qt::StringLiterals;

namespace daas::testing {

EmulatorProcess::EmulatorProcess(const QString &program, const QStringList &extraArgs)
    : m_extraArgs(extraArgs)
{
    m_process.setProgram(program);
    m_process.setProcessChannelMode(QProcess::SeparateChannels);
    m_process.setChildProcessModifier([] { ::prctl(PR_SET_PDEATHSIG, SIGTERM); });
    launch(QStringList{u"--port"_s, u"0"_s} + extraArgs);
}

bool EmulatorProcess::launch(const QStringList &arguments)
{
    m_base = QUrl();
    m_process.setArguments(arguments);
    m_process.start();
    if (!m_process.waitForStarted(10000))
        return false;
    // Two minutes: the emulators seed their data before they listen, and a machine running several suites
    // beside other builds once took more than the thirty seconds this was.
    QElapsedTimer waited;
    waited.start();
    while (!m_process.canReadLine() && m_process.state() == QProcess::Running && waited.elapsed() < 120000)
        m_process.waitForReadyRead(100);
    const QString line = QString::fromUtf8(m_process.readLine()).trimmed();
    if (line.startsWith(u"listening on "))
        m_base = QUrl(line.mid(13));
    else
        qWarning("%s did not say where it listens after %lld ms (%s): %s", qPrintable(m_process.program()),
                 qlonglong(waited.elapsed()), m_process.state() == QProcess::Running ? "running" : "ended",
                 m_process.readAllStandardError().constData());
    return m_base.isValid();
}

bool EmulatorProcess::kill()
{
    if (m_process.state() == QProcess::NotRunning)
        return false;
    m_process.kill();
    const bool ended = m_process.waitForFinished(10000);
    m_log += m_process.readAllStandardError();
    return ended;
}

bool EmulatorProcess::startAgain()
{
    if (m_process.state() != QProcess::NotRunning || !m_base.isValid())
        return false;
    const QUrl before = m_base;
    // the old socket may linger a moment after the process went
    for (int i = 0; i < 50; ++i) {
        if (launch(QStringList{u"--port"_s, QString::number(before.port())} + m_extraArgs))
            return true;
        m_base = before;
        m_process.waitForFinished(1000);
        QThread::msleep(100);
    }
    return false;
}

EmulatorProcess::~EmulatorProcess()
{
    stop();
}

void EmulatorProcess::stop()
{
    if (m_process.state() == QProcess::NotRunning)
        return;
    m_process.terminate();
    if (!m_process.waitForFinished(10000)) {
        m_process.kill();
        m_process.waitForFinished(5000);
    }
    m_log += m_process.readAllStandardError();
}

QString EmulatorProcess::log()
{
    m_log += m_process.readAllStandardError();
    return QString::fromUtf8(m_log);
}

std::optional<QByteArray> EmulatorProcess::adminRequest(const QString &command, const QString &query,
                                                        bool post, const QByteArray &contentType)
{
    QNetworkAccessManager nam;
    QUrl url = m_base.resolved(QUrl(u"/_emulator/"_s + command));
    url.setQuery(query);
    QNetworkRequest request(url);
    request.setHeader(QNetworkRequest::ContentTypeHeader, contentType);
    std::unique_ptr<QNetworkReply> reply(post ? nam.post(request, QByteArray()) : nam.get(request));
    // test code: waiting here keeps the tests readable
    if (!QTest::qWaitFor([&reply] { return reply->isFinished(); }, 10000) ||
        reply->error() != QNetworkReply::NoError)
        return std::nullopt;
    return reply->readAll();
}

} // namespace daas::testing
