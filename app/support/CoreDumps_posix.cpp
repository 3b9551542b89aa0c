// Linux, macOS and the other Unixes: no core file (RLIMIT_CORE 0, soft and hard, so that a child cannot raise
// it either); on Linux also "not dumpable", which stops the kernel's core_pattern pipe (systemd-coredump,
// apport) that ignores RLIMIT_CORE and keeps other processes of the same user from reading our memory through
// ptrace or /proc/PID/mem; on macOS PT_DENY_ATTACH, which refuses debuggers (KeePassXC's choices).
#include "support/CoreDumps.h"

#include <sys/resource.h>

#if defined(__linux__)
#include <sys/prctl.h>
#elif defined(__APPLE__)
#include <sys/ptrace.h>
#include <sys/types.h>
#endif

namespace daas::support {

CoreDumps forbidCoreDumps()
{
    bool ok = true;
    rlimit none{};
    none.rlim_cur = 0;
    none.rlim_max = 0;
    ok = setrlimit(RLIMIT_CORE, &none) == 0 && ok;
#if defined(__linux__)
    ok = prctl(PR_SET_DUMPABLE, 0, 0, 0, 0) == 0 && ok;
#elif defined(__APPLE__)
    ok = ptrace(PT_DENY_ATTACH, 0, nullptr, 0) == 0 && ok;
#endif
    return ok ? CoreDumps::Forbidden : CoreDumps::Failed;
}

} // namespace daas::support
