#pragma once
// What tests and benchmarks read about their own process: resident memory, heap in use, CPU time.

#include <QtGlobal>

namespace testsupport {

//! Resident set size now (/proc/self/statm), in bytes.
qint64 residentBytes();
//! Bytes the heap has handed out and not taken back: glibc's count (mallinfo2), or under
//! AddressSanitizer the sanitizer's, whose allocator glibc does not see.
qint64 heapInUse();
//! Whether this build runs under AddressSanitizer, whose quarantine keeps freed memory resident.
bool underAddressSanitizer();
//! Gives free heap pages back to the system, so that residentBytes() counts what is in use.
void trimHeap();
//! User + system CPU time of the whole process (every thread) so far, in milliseconds.
double cpuTimeMs();

} // namespace testsupport
