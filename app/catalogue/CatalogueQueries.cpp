#include "catalogue/CatalogueQueries.h"

using namespace Qt::StringLiterals;

namespace daas::catalogue::queries {

QString quoted(const QString &text)
{
    QString t = text;
    return u'\'' + t.replace(u'\'', u"''"_s) + u'\'';
}

QString likeContains(const QString &text)
{
    // A filter is a hint, not a pattern: the URL stays short however much was pasted, and the user's
    // LIKE wildcards (and the backslash, an escape character in MySQL's LIKE) match any one character
    // instead, because ICAT's ESCAPE support differs between backends. Matches are then a superset that
    // still holds every row containing what was typed.
    QString t = text.trimmed().left(maxFilterLength).toLower();
    for (QChar &c : t)
        if (c == u'%' || c == u'\\')
            c = u'_';
    return quoted(u'%' + t + u'%');
}

namespace {

const QString myInvestigationsFrom =
    u"FROM Investigation i JOIN i.investigationUsers iu JOIN iu.user u WHERE u.name = :user"_s;

QString investigationFilter(const QString &filter)
{
    if (filter.trimmed().isEmpty())
        return {};
    const QString like = likeContains(filter.trimmed());
    return u" AND (LOWER(i.title) LIKE %1 OR LOWER(i.name) LIKE %1 OR LOWER(i.visitId) LIKE %1)"_s.arg(like);
}

QString nameFilter(const QString &alias, const QString &filter)
{
    if (filter.trimmed().isEmpty())
        return {};
    return u" AND LOWER(%1.name) LIKE %2"_s.arg(alias, likeContains(filter.trimmed()));
}

QString limit(qint64 offset, qint64 count)
{
    return u" LIMIT %1, %2"_s.arg(offset).arg(count);
}

} // namespace

QString myInvestigations(const QString &filter, qint64 offset, qint64 count)
{
    return u"SELECT DISTINCT i "_s + myInvestigationsFrom + investigationFilter(filter) +
           u" ORDER BY i.startDate DESC, i.id"_s + limit(offset, count) +
           u" INCLUDE i.investigationInstruments.instrument, i.facility, i.type"_s;
}

QString countMyInvestigations(const QString &filter)
{
    return u"SELECT COUNT(DISTINCT i) "_s + myInvestigationsFrom + investigationFilter(filter);
}

QString datasets(qint64 investigationId, const QString &filter, qint64 offset, qint64 count)
{
    return u"SELECT ds FROM Dataset ds WHERE ds.investigation.id = %1"_s.arg(investigationId) +
           nameFilter(u"ds"_s, filter) + u" ORDER BY ds.name, ds.id"_s + limit(offset, count) +
           u" INCLUDE ds.type"_s;
}

QString countDatasets(qint64 investigationId, const QString &filter)
{
    return u"SELECT COUNT(ds) FROM Dataset ds WHERE ds.investigation.id = %1"_s.arg(investigationId) +
           nameFilter(u"ds"_s, filter);
}

QString datafiles(qint64 datasetId, const QString &filter, qint64 offset, qint64 count)
{
    return u"SELECT df FROM Datafile df WHERE df.dataset.id = %1"_s.arg(datasetId) +
           nameFilter(u"df"_s, filter) + u" ORDER BY df.name, df.id"_s + limit(offset, count) +
           u" INCLUDE df.datafileFormat"_s;
}

QString countDatafiles(qint64 datasetId, const QString &filter)
{
    return u"SELECT COUNT(df) FROM Datafile df WHERE df.dataset.id = %1"_s.arg(datasetId) +
           nameFilter(u"df"_s, filter);
}

QString datafileFormats(qint64 facilityId)
{
    return u"SELECT f FROM DatafileFormat f WHERE f.facility.id = %1 ORDER BY f.name, f.id LIMIT 0, 200"_s
        .arg(facilityId);
}

} // namespace daas::catalogue::queries
