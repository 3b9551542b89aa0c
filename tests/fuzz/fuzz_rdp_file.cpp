// .rdp connection files (remote/RdpConnectionFile, on FreeRDP's own reader), and the file written back for
// what was read (Save as Connection File keeps the other keys).
#include "FuzzSupport.h"

#include "remote/RdpConnectionFile.h"

using daas::remote::RdpConnectionFile;

DAAS_FUZZ_INITIALISE

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray contents = daas::fuzz::bytes(data, size);
    const auto endpoint = RdpConnectionFile::parse(contents);
    if (!endpoint) {
        (void)endpoint.error().userText();
        return 0;
    }
    const auto written = RdpConnectionFile::compose(*endpoint, contents);
    if (written)
        (void)RdpConnectionFile::parse(*written);
    return 0;
}
