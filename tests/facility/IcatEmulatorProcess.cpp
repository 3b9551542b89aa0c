#include "IcatEmulatorProcess.h"

#include <QEventLoop>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QTest>

using namespace Qt::StringLiterals;

namespace daas::testing {

IcatEmulatorProcess::IcatEmulatorProcess(QStringList extraArgs)
{
    m_process.setProgram(QStringLiteral(DAAS_ICAT_EMULATOR_PATH));
    m_process.setArguments(QStringList{u"--port"_s, u"0"_s} + extraArgs);
    m_process.setProcessChannelMode(QProcess::SeparateChannels);
    m_process.start();
    if (!m_process.waitForStarted(10000))
        return;
    // the first line names the port the emulator got from the OS
    for (int i = 0; i < 300 && !m_process.canReadLine(); ++i)
        m_process.waitForReadyRead(100);
    const QString line = QString::fromUtf8(m_process.readLine()).trimmed();
    if (line.startsWith(u"listening on "))
        m_base = QUrl(line.mid(13));
}

IcatEmulatorProcess::~IcatEmulatorProcess()
{
    m_process.kill();
    m_process.waitForFinished(5000);
}

facility::FacilityProfile IcatEmulatorProcess::profile() const
{
    facility::FacilityProfile p;
    p.id = u"test"_s;
    p.name = u"Test facility"_s;
    p.icatUrl = icatUrl();
    p.idsUrl = idsUrl();
    return p;
}

QByteArray IcatEmulatorProcess::profileJson() const
{
    return QJsonDocument(QJsonObject{{u"id"_s, u"test"_s},
                                     {u"name"_s, u"Test facility"_s},
                                     {u"icat"_s, QJsonObject{{u"url"_s, icatUrl().toString()}}},
                                     {u"ids"_s, QJsonObject{{u"url"_s, idsUrl().toString()}}}})
        .toJson();
}

bool IcatEmulatorProcess::admin(const QString &command, const QString &query)
{
    QNetworkAccessManager nam;
    QUrl url = m_base.resolved(QUrl(u"/_emulator/"_s + command));
    url.setQuery(query);
    QNetworkRequest request(url);
    request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("text/plain"));
    QNetworkReply *reply = nam.post(request, QByteArray());
    // test code: waiting here keeps the tests readable
    if (!QTest::qWaitFor([reply] { return reply->isFinished(); }, 10000))
        return false;
    const bool ok = reply->error() == QNetworkReply::NoError;
    delete reply;
    return ok;
}

QString IcatEmulatorProcess::log() const
{
    return QString::fromUtf8(const_cast<QProcess &>(m_process).readAllStandardError());
}

} // namespace daas::testing
