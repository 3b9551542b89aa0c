// Windows writes a crashed process's memory to disk through Windows Error Reporting (a report's minidump,
// or a full dump where an administrator configured LocalDumps). SetErrorMode's SEM_NOGPFAULTERRORBOX is
// documented as "the system does not invoke Windows Error Reporting" for this process, so a crash leaves no
// dump. Not done (yet): what KeePassXC adds there, a DACL that denies other processes of the user
// PROCESS_VM_READ. This file is only syntax-checked on Linux (tests/cross/check-windows-sources.sh).
#include "support/CoreDumps.h"

#include <windows.h>

namespace daas::support {

CoreDumps forbidCoreDumps()
{
    SetErrorMode(GetErrorMode() | SEM_NOGPFAULTERRORBOX);
    return (GetErrorMode() & SEM_NOGPFAULTERRORBOX) ? CoreDumps::Forbidden : CoreDumps::Failed;
}

} // namespace daas::support
