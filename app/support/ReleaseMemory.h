#pragma once

namespace daas::support {

// Gives memory that was freed back to the system, where the allocator would keep it. glibc raises its mmap
// threshold after the first large block is freed, so a remote desktop's later surfaces (8 MB each at
// 1920x1080) come from its heaps and stay there after the desktop closes: four desktops closed and opened
// again held 891 MB where the first four took 540 (bench_desktops_memory). Called after a remote session's
// worker is gone; a few milliseconds, never on the GUI thread. Other systems' allocators return large
// blocks by themselves (ReleaseMemory_other.cpp).
void releaseFreedMemory();

// Called at the start of a process that shows remote desktops: blocks of 4 MiB and more (a desktop's
// surfaces) are mapped for themselves and unmapped when freed, wherever glibc's threshold would have gone.
// With it four desktops opened again after four closed stay near the first four's memory
// (bench_desktops_memory: 0.82 of Remmina's four, 1.07 without it).
void mapLargeBlocksApart();

} // namespace daas::support
