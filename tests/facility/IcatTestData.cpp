#include "IcatTestData.h"

#include "IcatEmulatorProcess.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QUrl>

using namespace Qt::StringLiterals;

namespace daas::testing {

QByteArray percentEncoded(const QList<std::pair<QString, QString>> &items)
{
    QByteArray out;
    for (const auto &[k, v] : items) {
        if (!out.isEmpty())
            out += '&';
        out += QUrl::toPercentEncoding(k) + '=' + QUrl::toPercentEncoding(v);
    }
    return out;
}

IcatTestData::IcatTestData(const IcatEmulatorProcess &emulator, std::function<QString()> session)
    : m_emulator(emulator)
    , m_session(std::move(session))
{}

Http IcatTestData::send(const QByteArray &verb, const QString &path,
                        const QList<std::pair<QString, QString>> &query, const QByteArray &body,
                        const QByteArray &contentType)
{
    QUrl url = m_emulator.baseUrl().resolved(QUrl(path));
    url.setQuery(QString::fromLatin1(percentEncoded(query)), QUrl::StrictMode);
    QNetworkRequest rq(url);
    if (!contentType.isEmpty())
        rq.setHeader(QNetworkRequest::ContentTypeHeader, contentType);
    return exchange(m_nam, verb, rq, body);
}

QString IcatTestData::signIn(const QString &user, const QString &password)
{
    const QJsonObject json{{u"plugin"_s, u"simple"_s},
                           {u"credentials"_s, QJsonArray{QJsonObject{{u"username"_s, user}},
                                                         QJsonObject{{u"password"_s, password}}}}};
    const Http r = send("POST", u"/icat/session"_s, {},
                        "json=" + QUrl::toPercentEncoding(QString::fromUtf8(QJsonDocument(json).toJson())),
                        "application/x-www-form-urlencoded");
    return QJsonDocument::fromJson(r.body).object().value(u"sessionId"_s).toString();
}

QJsonArray IcatTestData::search(const QString &query)
{
    return QJsonDocument::fromJson(
               send("GET", u"/icat/entityManager"_s, {{u"sessionId"_s, m_session()}, {u"query"_s, query}})
                   .body)
        .array();
}

qint64 IcatTestData::investigation()
{
    if (m_investigation == 0)
        m_investigation = search(u"SELECT ds FROM Dataset ds WHERE ds.name = 'MARI run data' ORDER BY ds.id "
                                 u"LIMIT 0, 1 INCLUDE ds.investigation"_s)
                              .at(0)[u"Dataset"_s][u"investigation"_s][u"id"_s]
                              .toInteger();
    return m_investigation;
}

qint64 IcatTestData::nexusFormat()
{
    if (m_format == 0)
        m_format =
            search(u"SELECT f FROM DatafileFormat f WHERE f.facility.name = 'ISIS' AND f.name = 'nexus'"_s)
                .at(0)[u"DatafileFormat"_s][u"id"_s]
                .toInteger();
    return m_format;
}

qint64 IcatTestData::createOne(const QJsonObject &entity)
{
    const QByteArray form =
        "sessionId=" + QUrl::toPercentEncoding(m_session()) +
        "&entities=" + QUrl::toPercentEncoding(QString::fromUtf8(QJsonDocument(QJsonArray{entity}).toJson()));
    const Http r = send("POST", u"/icat/entityManager"_s, {}, form, "application/x-www-form-urlencoded");
    return QJsonDocument::fromJson(r.body).array().at(0).toInteger();
}

qint64 IcatTestData::makeDataset(const QString &name)
{
    return createOne(QJsonObject{
        {u"Dataset"_s,
         QJsonObject{{u"name"_s, name}, {u"investigation"_s, QJsonObject{{u"id"_s, investigation()}}}}}});
}

qint64 IcatTestData::putFile(qint64 dataset, const QString &name, const QByteArray &bytes)
{
    const Http r = send("PUT", u"/ids/put"_s,
                        {{u"sessionId"_s, m_session()},
                         {u"name"_s, name},
                         {u"datasetId"_s, QString::number(dataset)},
                         {u"datafileFormatId"_s, QString::number(nexusFormat())}},
                        bytes, "application/octet-stream");
    if (r.status != 201)
        qWarning("put %s: %d %s", qPrintable(name), r.status, r.body.constData());
    return QJsonDocument::fromJson(r.body).object().value(u"id"_s).toInteger();
}

qint64 IcatTestData::registerFile(qint64 dataset, const QString &name, qint64 size)
{
    return createOne(
        QJsonObject{{u"Datafile"_s, QJsonObject{{u"name"_s, name},
                                                {u"location"_s, QString(u"registered/"_s + name)},
                                                {u"fileSize"_s, size},
                                                {u"dataset"_s, QJsonObject{{u"id"_s, dataset}}}}}});
}

QByteArray IcatTestData::idsBytes(qint64 datafile)
{
    return send("GET", u"/ids/getData"_s,
                {{u"sessionId"_s, m_session()}, {u"datafileIds"_s, QString::number(datafile)}})
        .body;
}

} // namespace daas::testing
