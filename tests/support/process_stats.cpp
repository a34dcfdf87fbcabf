#include "bench/process_stats.h"

#include <QFile>

#include <malloc.h>
#include <sys/resource.h>
#include <unistd.h>

namespace moderato::bench {

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
    return qint64(mallinfo2().uordblks);
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

} // namespace moderato::bench
