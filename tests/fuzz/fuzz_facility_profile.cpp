// Facility profiles (facility/FacilityProfile): what a user imports or fetches from a facility's address;
// a valid one is written back and read again (export and import must agree).
#include "FuzzSupport.h"

#include "facility/FacilityProfile.h"

#include <QJsonDocument>

using namespace Qt::StringLiterals;
using daas::facility::FacilityProfile;

DAAS_FUZZ_INITIALISE

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const auto profile = FacilityProfile::fromJson(daas::fuzz::bytes(data, size));
    if (!profile) {
        (void)profile.error().userText();
        return 0;
    }
    (void)profile->storageUrlNeedsUser();
    (void)profile->storageUrlFor(u"alice"_s);
    (void)profile->storageUrlFor(u"../x"_s);
    const QByteArray again = QJsonDocument(profile->toJson()).toJson();
    if (!FacilityProfile::fromJson(again))
        abort(); // a profile it accepted must read back after export
    return 0;
}
