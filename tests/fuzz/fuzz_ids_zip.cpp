// IDS ZIPs (catalogue/ArchiveExtractor): KArchive's ZIP reader under the client's checks, unpacked into a
// folder of its own in memory-backed /dev/shm, with small limits (a bomb must stop at them). Whatever was
// written must lie inside the folder.
#include "FuzzSupport.h"

#include "catalogue/ArchiveExtractor.h"

#include <QBuffer>
#include <QDir>
#include <QDirIterator>

using namespace Qt::StringLiterals;

DAAS_FUZZ_INITIALISE

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    // memory-backed where there is one: the files are written and removed at every input
    static const QString root = (QDir(u"/dev/shm"_s).exists() ? u"/dev/shm"_s : QDir::tempPath()) +
                                u"/daas-fuzz-ids-%1"_s.arg(QCoreApplication::applicationPid());
    const QString target = root + u"/out"_s;
    QByteArray zip = daas::fuzz::bytes(data, size);
    QBuffer device(&zip);
    daas::support::ArchiveLimits limits{4 << 20, 100, 64 * 1024};
    const daas::catalogue::ExtractResult r = daas::catalogue::extractIdsZip(&device, target, nullptr, limits);
    for (const QString &written : r.written)
        if (!written.startsWith(target + u'/'))
            abort();
    (void)r.error.userText();
    QDir(root).removeRecursively();
    return 0;
}
