// ICAT's JSON: entity listings (entityManager answers, [{"Investigation": {...}}, ...]), single entities,
// COUNT answers and /icat/properties, through the same conversions the catalogue's models use.
#include "FuzzSupport.h"

#include "catalogue/Entities.h"
#include "catalogue/IcatSearch.h"
#include "identity/IcatSession.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

using namespace Qt::StringLiterals;
using namespace daas::catalogue;

DAAS_FUZZ_INITIALISE

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray body = daas::fuzz::bytes(data, size);
    const QJsonDocument doc = QJsonDocument::fromJson(body);
    const QJsonArray rows = doc.isArray() ? doc.array() : QJsonArray{doc.object()};
    for (const QJsonValue &v : rows) {
        const QJsonObject o = v.toObject();
        const Investigation i = Investigation::fromJson(o.value(u"Investigation"_s).toObject());
        (void)i.reference();
        (void)Dataset::fromJson(o.value(u"Dataset"_s).toObject());
        const Datafile f = Datafile::fromJson(o.value(u"Datafile"_s).toObject());
        (void)formatSize(f.fileSize);
        (void)parseIcatDate(v);
    }
    (void)formatSize(countFromAnswer(rows));
    (void)daas::identity::IcatProperties::fromJson(body);
    return 0;
}
