#pragma once

#include "HttpExchange.h"

#include <QByteArray>
#include <QJsonArray>
#include <QList>
#include <QNetworkAccessManager>
#include <QString>

#include <functional>
#include <utility>

namespace daas::testing {

class IcatEmulatorProcess;

// A query or form body with every name and value fully percent-encoded: JPQL is full of '%', '+', '&' and
// quotes.
QByteArray percentEncoded(const QList<std::pair<QString, QString>> &items);

// Test data made through the facility's own APIs (ICAT's entityManager, IDS put) with a plain
// QNetworkAccessManager, as another program at the facility would make it: never through the client's code,
// so that what the client then finds is not what it wrote itself. Datasets go into alice's kagome
// investigation, datafiles are ISIS NeXus files.
class IcatTestData
{
public:
    // `session`: the ICAT session each request carries, asked at every request (a suite that signs in
    // again gets a new one)
    IcatTestData(const IcatEmulatorProcess &emulator, std::function<QString()> session);

    // One request to the emulator, waited for (a minute at most; status 0 when there was no answer).
    Http send(const QByteArray &verb, const QString &path, const QList<std::pair<QString, QString>> &query,
              const QByteArray &body = {}, const QByteArray &contentType = {});

    // A new ICAT session for `user` (the simple authenticator); empty when refused.
    QString signIn(const QString &user, const QString &password);
    // ICAT's JPQL search, its JSON rows.
    QJsonArray search(const QString &query);
    // Where the datasets go and the datafiles' format, looked up once; 0 when the catalogue lacks them.
    qint64 investigation();
    qint64 nexusFormat();
    // A new dataset; its id (0 when refused).
    qint64 makeDataset(const QString &name);
    // IDS put: a datafile with these bytes (ICAT gets its CRC-32 from IDS); its id (0 when refused, and the
    // refusal is logged).
    qint64 putFile(qint64 dataset, const QString &name, const QByteArray &bytes);
    // ICAT write: a datafile registered without a checksum (IDS serves synthetic bytes for it); its id.
    qint64 registerFile(qint64 dataset, const QString &name, qint64 size);
    // What IDS serves for a datafile, whole.
    QByteArray idsBytes(qint64 datafile);

private:
    qint64 createOne(const QJsonObject &entity);

    const IcatEmulatorProcess &m_emulator;
    std::function<QString()> m_session;
    QNetworkAccessManager m_nam;
    qint64 m_investigation = 0;
    qint64 m_format = 0;
};

} // namespace daas::testing
