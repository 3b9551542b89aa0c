// WebDAV PROPFIND 207 Multi-Status bodies (storage/MultistatusParser), fed in chunks of a size the input
// chooses, as the network delivers them: a listing of /dav/data/ (where the seeds from Apache list) at
// Depth 1.
#include "FuzzSupport.h"

#include "storage/MultistatusParser.h"

using namespace Qt::StringLiterals;

DAAS_FUZZ_INITIALISE

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray body = daas::fuzz::bytes(data, size);
    static const QUrl root(u"https://dav.example/dav/"_s);
    static const QUrl request(u"https://dav.example/dav/data/"_s);
    daas::storage::MultistatusParser parser(root, request, u"/data/"_s);
    // the first byte picks the chunk size (1..64, or all at once)
    const qsizetype chunk = size == 0 || data[0] % 65 == 0 ? qsizetype(size) : data[0] % 65;
    for (qsizetype at = 0; at < body.size(); at += chunk) {
        parser.addData(body.mid(at, chunk));
        (void)parser.takeChildren();
    }
    const daas::Error error = parser.finish();
    const QList<daas::storage::DavResource> children = parser.takeChildren();
    (void)error.userText();
    for (const auto &refused : parser.refused())
        (void)refused.error.userText();
    return 0;
}
