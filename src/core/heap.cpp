#include "heap.h"

#include <cstdlib> // defines __GLIBC__ when the C library is glibc

#if defined(__GLIBC__)
#include <malloc.h>
#endif

namespace stagecraft {

bool configureHeap()
{
#if defined(__GLIBC__)
    // The largest mapping threshold glibc accepts on 64-bit systems (DEFAULT_MMAP_THRESHOLD_MAX),
    // and room for a few parses of the largest files above it. Setting either turns off glibc's
    // adaptive thresholds.
    const bool mmap = mallopt(M_MMAP_THRESHOLD, 32 * 1024 * 1024) == 1;
    const bool trim = mallopt(M_TRIM_THRESHOLD, 64 * 1024 * 1024) == 1;
    return mmap && trim;
#else
    return false;
#endif
}

} // namespace stagecraft
