#pragma once
// Handing freed heap back to the system after a large roster.

namespace moderato {

//! Returns the allocator's free memory to the system where the C library allows it (glibc:
//! malloc_trim); elsewhere it does nothing. A large roster leaves megabytes of freed JSON behind
//! that would otherwise stay resident for the life of the process.
void releaseFreeHeap();

} // namespace moderato
