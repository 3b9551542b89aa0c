#include "support/ReleaseMemory.h"

namespace daas::support {

void releaseFreedMemory() {}

} // namespace daas::support
