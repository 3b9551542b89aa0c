#include "support/ReleaseMemory.h"

#include <malloc.h>

namespace daas::support {

void releaseFreedMemory()
{
    malloc_trim(0); // the free pages of every arena, not only the top of the main heap
}

void mapLargeBlocksApart()
{
    mallopt(M_MMAP_THRESHOLD, 4 << 20); // fixed: glibc no longer raises it after a large free
}

} // namespace daas::support
