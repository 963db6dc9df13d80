// How Stagecraft's programs ask the C library's allocator to keep freed memory.
#pragma once

namespace stagecraft {

// Called once at the start of every Stagecraft program (the application and command line,
// the benchmarks), before anything is parsed. Each parse of a large file builds several
// megabytes of small blocks and arrays, and the editor re-parses and re-analyses on every
// keystroke. glibc's defaults hand the top of the heap back to the kernel as soon as more
// than a threshold is free there, a threshold that follows the largest block freed so far;
// whether a parse's memory crosses it depends on the order of unrelated allocations, and when
// it does, the next parse takes every page again from the kernel (a fault and a zeroed page
// each: up to twice the parse time). With glibc this keeps blocks up to 32 MB in the heap
// instead of separate mappings and keeps up to 64 MB free at its top
// (docs/decisions/0004-heap-kept-between-parses.md). Elsewhere it does nothing.
// Returns whether the allocator accepted the settings.
bool configureHeap();

} // namespace stagecraft
