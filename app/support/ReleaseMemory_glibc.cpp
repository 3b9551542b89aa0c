#include "support/ReleaseMemory.h"

#include <malloc.h>

namespace daas::support {

void releaseFreedMemory()
{
    malloc_trim(0); // the free pages of every arena, not only the top of the main heap
}

} // namespace daas::support
