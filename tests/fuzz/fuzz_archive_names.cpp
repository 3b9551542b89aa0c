// Names that become local paths: IDS ZIP entry names (catalogue/ArchiveExtractor's checks, the raw name
// as the archive says it), and the checks under them and beside them (support/SafePath, storage/DavPath).
// Whatever is accepted must lie inside the folder.
#include "FuzzSupport.h"

#include "catalogue/ArchiveExtractor.h"
#include "storage/DavPath.h"
#include "support/SafePath.h"

#include <QDir>

using namespace Qt::StringLiterals;

DAAS_FUZZ_INITIALISE

namespace {
const QString base = u"/tmp/daas-fuzz-target"_s;

void mustBeInside(const daas::Result<QString> &local)
{
    if (local && !local->startsWith(base + u'/')) {
        fprintf(stderr, "accepted outside the folder: %s\n", qPrintable(*local));
        abort();
    }
}
} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QString name = QString::fromUtf8(daas::fuzz::bytes(data, size));
    mustBeInside(daas::catalogue::idsEntryTarget(base, name));
    mustBeInside(daas::catalogue::idsEntryTarget(base, u"ids/ISIS/2410137/1/"_s + name));
    mustBeInside(daas::support::checkedJoin(base, name));
    (void)daas::support::checkedFileName(name);
    (void)daas::catalogue::javaUrlDecode(name);
    (void)daas::storage::davpath::checked(name);
    static const QUrl root(u"https://dav.example/dav/"_s);
    (void)daas::storage::davpath::fromHref(root, root, name);
    return 0;
}
