#pragma once
// What the benchmarks read about their own process: resident memory, heap in use, CPU time.

#include <QtGlobal>

namespace moderato::bench {

//! Resident set size now (/proc/self/statm), in bytes.
qint64 residentBytes();
//! Bytes the heap has handed out and not taken back (glibc mallinfo2).
qint64 heapInUse();
//! Gives free heap pages back to the system, so that residentBytes() counts what is in use.
void trimHeap();
//! User + system CPU time of the whole process (every thread) so far, in milliseconds.
double cpuTimeMs();

} // namespace moderato::bench
