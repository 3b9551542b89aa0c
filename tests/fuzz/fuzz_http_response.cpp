// The client's own HTTP/1.1 response reader (storage/HttpResponseParser, the streamed upload's answer), fed
// in chunks of a size the input chooses, and the first bytes a desktop probe judges (RFB greeting, RDP
// connection confirm).
#include "FuzzSupport.h"

#include "cloud/DesktopProbe.h"
#include "storage/HttpResponseParser.h"

using daas::storage::HttpResponseParser;

DAAS_FUZZ_INITIALISE

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray bytes = daas::fuzz::bytes(data, size);
    HttpResponseParser parser;
    if (size > 0 && data[0] & 0x80)
        parser.setNoBody();
    const qsizetype chunk = size == 0 || data[0] % 33 == 0 ? qsizetype(size) : data[0] % 33;
    for (qsizetype at = 0; at < bytes.size(); at += chunk) {
        const HttpResponseParser::State s = parser.feed(QByteArrayView(bytes).mid(at, chunk));
        if (s == HttpResponseParser::State::Complete || s == HttpResponseParser::State::Failed)
            break;
    }
    parser.endOfStream();
    (void)parser.header("Content-Type");
    if (parser.body().size() > HttpResponseParser::maxKeptBody || parser.bodyBytes() < parser.body().size())
        abort(); // it promises to keep only the start of a body, and to count all of it
    (void)daas::cloud::DesktopProbe::isRfbGreeting(bytes.left(12));
    (void)daas::cloud::DesktopProbe::isRdpConnectionConfirm(bytes);
    return 0;
}
