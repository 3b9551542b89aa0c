// Facility profile archives (facility/ProfileArchive): .zip read by KZip, .tar.gz unpacked within the
// limits and read by KTar; what comes out is parsed as a profile. The input picks the format by its first
// bytes, as the seeds are real archives ("PK" is a ZIP).
#include "FuzzSupport.h"

#include "facility/FacilityProfile.h"
#include "facility/ProfileArchive.h"

#include <QBuffer>

using namespace daas::facility;

DAAS_FUZZ_INITIALISE

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    QByteArray bytes = daas::fuzz::bytes(data, size);
    QBuffer device(&bytes);
    const auto format = bytes.startsWith("PK") ? ProfileArchive::Format::Zip : ProfileArchive::Format::TarGz;
    const auto contents = ProfileArchive::read(&device, format, QStringLiteral("fuzz.zip"));
    if (!contents) {
        (void)contents.error().userText();
        return 0;
    }
    if (contents->profile.size() > ProfileArchive::maxProfileSize)
        abort();
    for (const auto &[name, pem] : contents->certificates)
        if (pem.size() > ProfileArchive::maxCertificateSize)
            abort();
    (void)FacilityProfile::fromJson(contents->profile);
    return 0;
}
