#pragma once

#include <QString>

namespace daas::catalogue {

// The JPQL the client sends to ICAT (icat-ids.md §2). Paged queries end their ORDER BY in the id, so pages
// never overlap or skip rows; both LIMIT numbers are always given; filters are lower-cased substring
// matches with quotes doubled (see likeContains for wildcards). Only the shapes of icat-ids.md §2.
namespace queries {

// Longer filters are cut: a substring match on the first characters still finds the rows, and the URL
// stays far below the 2048 characters servers accept.
inline constexpr int maxFilterLength = 100;

QString quoted(const QString &text);       // 'O''Brien'
QString likeContains(const QString &text); // '%o''brien%'; % and backslash match any one character

QString myInvestigations(const QString &filter, qint64 offset, qint64 count);
QString countMyInvestigations(const QString &filter);
QString datasets(qint64 investigationId, const QString &filter, qint64 offset, qint64 count);
QString countDatasets(qint64 investigationId, const QString &filter);
QString datafiles(qint64 datasetId, const QString &filter, qint64 offset, qint64 count);
QString countDatafiles(qint64 datasetId, const QString &filter);
QString datafileFormats(qint64 facilityId);

} // namespace queries
} // namespace daas::catalogue
