#include "pipeline/HeapTuning.h"

#include <cstdlib>   // defines __GLIBC__ where the C library is glibc

#if defined(__GLIBC__)
#include <malloc.h>
#endif

namespace orderflow {

void tuneHeapForRepeatedParses()
{
#if defined(__GLIBC__)
    // Fixed values also stop glibc's sliding thresholds, which start at 128 KB after every large free.
    mallopt(M_MMAP_THRESHOLD, kMmapThresholdBytes);
    mallopt(M_TRIM_THRESHOLD, kTrimThresholdBytes);
#endif
}

} // namespace orderflow
