#include "support/process_stats.h"

#include <QFile>

#include <malloc.h>
#include <sys/resource.h>
#include <unistd.h>

#if defined(__SANITIZE_ADDRESS__)
#define MODERATO_ASAN 1
#elif defined(__has_feature)
#if __has_feature(address_sanitizer)
#define MODERATO_ASAN 1
#endif
#endif
#ifdef MODERATO_ASAN
// From the sanitizer runtime (sanitizer/allocator_interface.h, not always installed).
extern "C" size_t __sanitizer_get_current_allocated_bytes();
#endif

namespace testsupport {

qint64 residentBytes()
{
    QFile statm(QStringLiteral("/proc/self/statm"));
    if (!statm.open(QIODevice::ReadOnly))
        return -1;
    const QList<QByteArray> fields = statm.readAll().split(' ');
    if (fields.size() < 2)
        return -1;
    return fields[1].toLongLong() * sysconf(_SC_PAGESIZE);
}

qint64 heapInUse()
{
#ifdef MODERATO_ASAN
    return qint64(__sanitizer_get_current_allocated_bytes());
#else
    return qint64(mallinfo2().uordblks);
#endif
}

bool underAddressSanitizer()
{
#ifdef MODERATO_ASAN
    return true;
#else
    return false;
#endif
}

void trimHeap()
{
    malloc_trim(0);
}

double cpuTimeMs()
{
    rusage usage{};
    getrusage(RUSAGE_SELF, &usage);
    const auto ms = [](const timeval &t) { return double(t.tv_sec) * 1000.0 + double(t.tv_usec) / 1000.0; };
    return ms(usage.ru_utime) + ms(usage.ru_stime);
}

} // namespace testsupport
