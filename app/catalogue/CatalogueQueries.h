#pragma once

#include <QString>

namespace daas::catalogue {

// The JPQL the client sends to ICAT (icat-ids.md §2). Paged queries end their ORDER BY in the id, so pages
// never overlap or skip rows; both LIMIT numbers are always given; filters are lower-cased substring
// matches with quotes doubled and LIKE wildcards taken literally.
namespace queries {

QString quoted(const QString &text);       // 'O''Brien'
QString likeContains(const QString &text); // '%o''brien%' with % and _ escaped

QString myInvestigations(const QString &filter, qint64 offset, qint64 count);
QString countMyInvestigations(const QString &filter);
QString datasets(qint64 investigationId, const QString &filter, qint64 offset, qint64 count);
QString countDatasets(qint64 investigationId, const QString &filter);
QString datafiles(qint64 datasetId, const QString &filter, qint64 offset, qint64 count);
QString countDatafiles(qint64 datasetId, const QString &filter);
QString datafileFormats(qint64 facilityId);

} // namespace queries
} // namespace daas::catalogue
