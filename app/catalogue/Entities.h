#pragma once

#include <QDateTime>
#include <QJsonObject>
#include <QString>
#include <QStringList>

namespace daas::catalogue {

// What a scientist sees of ICAT's entities. Parsed leniently: ICAT omits null attributes and relations that
// were not included, so every field may be missing; dates carry their own offset.
struct Investigation
{
    qint64 id = 0;
    QString name;    // ISIS: the RB number; Diamond: the proposal
    QString visitId; // Diamond: the visit (cm33866-2)
    QString title;
    QString summary;
    QString facility;
    QStringList instruments;
    QDateTime startDate;
    QDateTime endDate;
    qint64 fileSize = -1;
    qint64 fileCount = -1;
    qint64 facilityId = 0;
    // "RB 2410137" or "cm33866-2": what the facility's users call this experiment
    QString reference() const;
    static Investigation fromJson(const QJsonObject &o);
};

struct Dataset
{
    qint64 id = 0;
    QString name;
    QString description;
    QString type;
    QDateTime startDate;
    QDateTime endDate;
    qint64 fileSize = -1;
    qint64 fileCount = -1;
    static Dataset fromJson(const QJsonObject &o);
};

struct Datafile
{
    qint64 id = 0;
    QString name;
    QString format;
    QString description;
    qint64 fileSize = -1;
    QString checksum; // CRC32 in hex, as IDS stores it
    QDateTime createTime;
    QDateTime modTime;
    static Datafile fromJson(const QJsonObject &o);
};

QDateTime parseIcatDate(const QJsonValue &value);
QString formatSize(qint64 bytes);
// "45 s", "3 min 05 s", "2 h 10 min": how long a wait (a restore from tape) has lasted
QString formatDuration(qint64 seconds);

} // namespace daas::catalogue

#include <QMetaType>
Q_DECLARE_METATYPE(daas::catalogue::Investigation)
Q_DECLARE_METATYPE(daas::catalogue::Dataset)
Q_DECLARE_METATYPE(daas::catalogue::Datafile)
