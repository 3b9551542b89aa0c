#include "CloudEmulatorProcess.h"

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QTest>

#include <csignal>
#include <sys/prctl.h>

using namespace Qt::StringLiterals;

namespace daas::testing {

CloudEmulatorProcess::CloudEmulatorProcess(Kind kind, QStringList extraArgs)
{
    m_process.setProgram(kind == Kind::OpenNebula ? QStringLiteral(DAAS_OPENNEBULA_EMULATOR_PATH)
                                                  : QStringLiteral(DAAS_OPENSTACK_EMULATOR_PATH));
    m_process.setArguments(QStringList{u"--port"_s, u"0"_s} + extraArgs);
    // a crashed test takes its emulator (and so every VM desktop) with it
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

CloudEmulatorProcess::~CloudEmulatorProcess()
{
    stop();
}

void CloudEmulatorProcess::stop()
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

QString CloudEmulatorProcess::log()
{
    m_log += m_process.readAllStandardError();
    return QString::fromUtf8(m_log);
}

QJsonValue CloudEmulatorProcess::admin(const QString &command, const QString &query, bool post)
{
    QNetworkAccessManager nam;
    QUrl url = m_base.resolved(QUrl(u"/_emulator/"_s + command));
    url.setQuery(query);
    QNetworkRequest request(url);
    request.setHeader(QNetworkRequest::ContentTypeHeader, u"application/json"_s);
    QNetworkReply *reply = post ? nam.post(request, QByteArray()) : nam.get(request);
    // test code: waiting here keeps the tests readable
    if (!QTest::qWaitFor([reply] { return reply->isFinished(); }, 10000))
        return QJsonValue();
    const QJsonDocument doc = QJsonDocument::fromJson(reply->readAll());
    const bool ok = reply->error() == QNetworkReply::NoError;
    delete reply;
    if (!ok)
        return QJsonValue();
    return doc.isArray() ? QJsonValue(doc.array()) : QJsonValue(doc.object());
}

bool CloudEmulatorProcess::processExists(qint64 pid)
{
    if (pid <= 0)
        return false;
    // a zombie still answers kill(0): look at its state
    QFile stat(u"/proc/%1/stat"_s.arg(pid));
    if (!stat.open(QIODevice::ReadOnly))
        return false;
    const QByteArray s = stat.readAll();
    const qsizetype close = s.lastIndexOf(')');
    return close > 0 && close + 2 < s.size() && s.at(close + 2) != 'Z';
}

} // namespace daas::testing
