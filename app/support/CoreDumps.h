#pragma once

namespace daas::support {

// A core dump (or a crash report with the process's memory) holds whatever the client held: the ICAT
// session id, tokens, the storage and desktop passwords. Release builds forbid them at start, as KeePassXC
// does (src/core/Bootstrap.cpp); the platform files say what each system allows.
enum class CoreDumps {
    Forbidden,   // done: no core file, and (Linux) no ptrace/proc access by other processes of the user
    Unsupported, // nothing was done (a Debug build keeps its dumps)
    Failed,      // the system refused
};

// Forbids core dumps of this process now, in every build.
CoreDumps forbidCoreDumps();

// What the GUI, the `daas` tool and daas-askpass call first. Release-like builds (NDEBUG: the release and ci
// presets, every package) forbid core dumps; a Debug build (dev, asan presets) keeps them, because a
// developer debugging a crash needs the core, a Debug build is never shipped, and LeakSanitizer's
// stop-the-world needs a dumpable process. Returns what was done (Unsupported when the build keeps dumps).
CoreDumps forbidCoreDumpsInReleaseBuilds();

} // namespace daas::support
