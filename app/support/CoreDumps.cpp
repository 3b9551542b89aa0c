#include "support/CoreDumps.h"

namespace daas::support {

CoreDumps forbidCoreDumpsInReleaseBuilds()
{
#ifdef NDEBUG
    return forbidCoreDumps();
#else
    return CoreDumps::Unsupported;
#endif
}

} // namespace daas::support
