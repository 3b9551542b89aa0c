#include "support/ReleaseMemory.h"

namespace daas::support {

void releaseFreedMemory() {}
void mapLargeBlocksApart() {}

} // namespace daas::support
