#include "data/mappedpages.h"

#include <sys/mman.h>
#include <unistd.h>

namespace waymark {

void releaseMappedPages(const char *begin, const char *end)
{
    static const quintptr page = quintptr(sysconf(_SC_PAGESIZE));
    const quintptr from = (quintptr(begin) + page - 1) & ~(page - 1);
    const quintptr to = quintptr(end) & ~(page - 1);
    if (to > from)
        madvise(reinterpret_cast<void *>(from), to - from, MADV_DONTNEED);
}

} // namespace waymark
