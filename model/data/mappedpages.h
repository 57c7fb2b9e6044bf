#pragma once

#include <QtGlobal>

namespace waymark {

// Gives the whole pages inside [begin, end) of a memory-mapped file back to the kernel
// (madvise MADV_DONTNEED): reading ten million answers then never holds the whole file in
// memory, and a page read again comes back from the file unchanged. Only for a file's
// mapping — on ordinary memory the bytes would be lost — so callers pass what they mapped.
void releaseMappedPages(const char *begin, const char *end);

} // namespace waymark
