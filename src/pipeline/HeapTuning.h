// How the C library's allocator gives memory back: set once, first thing in each program's main().
#pragma once

namespace orderflow {

// Keeps freed heap memory (up to kTrimThresholdBytes at the top of the heap) for the next allocations instead of
// returning it to the system at once, and serves blocks below kMmapThresholdBytes from the heap rather than from
// fresh mappings. Without it glibc shrinks the heap after a large file's orders are freed, and the next parse of the
// same size faults every page back in (the 2.2 MB corpus EDIFACT file took 20 ms instead of 6 in some runs).
// Does nothing where the C library is not glibc.
void tuneHeapForRepeatedParses();

inline constexpr int kTrimThresholdBytes = 64 * 1024 * 1024;
inline constexpr int kMmapThresholdBytes = 32 * 1024 * 1024;   // glibc's own ceiling for its sliding threshold

} // namespace orderflow
