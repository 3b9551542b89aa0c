#include "EmulatorProcess.h"

#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QTest>

#include <csignal>
#include <memory>
#include <sys/prctl.h>

using namespace Qt::StringLiterals;

namespace daas::testing {

EmulatorProcess::EmulatorProcess(const QString &program, const QStringList &extraArgs)
{
    m_process.setProgram(program);
    m_process.setArguments(QStringList{u"--port"_s, u"0"_s} + extraArgs);
    m_process.setProcessChannelMode(QProcess::SeparateChannels);
    m_process.setChildProcessModifier([] { ::prctl(PR_SET_PDEATHSIG, SIGTERM); });
    m_process.start();
    if (!m_process.waitForStarted(10000))
        return;
    for (int i = 0; i < 300 && !m_process.canReadLine(); ++i)
        m_process.waitForReadyRead(100);
    const QString line = QString::fromUtf8(m_process.readLine()).trimmed();
    if (line.startsWith(u"listening on "))
        m_base = QUrl(line.mid(13));
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
