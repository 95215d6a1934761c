#pragma once

// Shared by the benchmarks: figures printed one per line in the form scripts/run-benchmarks.sh
// gathers over runs, and what this process has used so far (CPU time, resident memory).
// Linux only: resident memory comes from /proc.

#include <QByteArray>
#include <QFile>

#include <cstdio>
#include <ctime>
#include <malloc.h>
#include <sys/resource.h>
#include <unistd.h>

namespace shuriken::bench {

/// One figure: `FIGURE <key> <value> <unit> <target>`. The target is "<=x", ">=x", "==x" or "-"
/// (for information only); run-benchmarks.sh compares the median of the runs with it. Nothing
/// here passes or fails: the figure is printed either way.
inline void printFigure(const QByteArray &key, double value, const char *unit, const char *target = "-",
                        int decimals = 0)
{
    std::printf("FIGURE %s %.*f %s %s\n", key.constData(), decimals, value, unit, target);
    std::fflush(stdout);
}

/// User + system CPU seconds of this process so far.
inline double processCpuSeconds()
{
    rusage usage {};
    getrusage(RUSAGE_SELF, &usage);
    return double(usage.ru_utime.tv_sec + usage.ru_stime.tv_sec)
        + double(usage.ru_utime.tv_usec + usage.ru_stime.tv_usec) / 1e6;
}

/// CPU seconds of the calling thread: a micro-benchmark on a shared machine is timed by the CPU
/// it got, not by the wall clock, so other people's builds do not show up as a slower decoder.
inline double threadCpuSeconds()
{
    timespec now {};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &now);
    return double(now.tv_sec) + double(now.tv_nsec) / 1e9;
}

/// User + system CPU seconds of a process or thread so far, from its /proc stat file
/// (/proc/<pid>/stat, /proc/self/task/<tid>/stat); 0 when it cannot be read. @p name, when
/// given, receives the command name (the thread's name for a task).
inline double procStatCpuSeconds(const QString &statPath, QByteArray *name = nullptr)
{
    QFile stat(statPath);
    if (!stat.open(QIODevice::ReadOnly))
        return 0;
    const QByteArray text = stat.readAll();
    // The command name is in parentheses and may contain spaces; the fields after it are fixed:
    // utime is field 14, stime 15.
    const qsizetype open = text.indexOf('(');
    const qsizetype close = text.lastIndexOf(')');
    if (open < 0 || close < open)
        return 0;
    if (name)
        *name = text.mid(open + 1, close - open - 1);
    const QList<QByteArray> fields = text.mid(close + 2).split(' ');
    if (fields.size() < 13)
        return 0;
    return double(fields.at(11).toLongLong() + fields.at(12).toLongLong()) / double(sysconf(_SC_CLK_TCK));
}

/// Resident set size of this process now, in bytes (0 if /proc is not there).
inline qint64 residentBytes()
{
    QFile statm(QStringLiteral("/proc/self/statm"));
    if (!statm.open(QIODevice::ReadOnly))
        return 0;
    const QList<QByteArray> fields = statm.readAll().split(' ');
    if (fields.size() < 2)
        return 0;
    return fields.at(1).toLongLong() * qint64(sysconf(_SC_PAGESIZE));
}

/// Bytes the C heap has handed out and not taken back (glibc's mallinfo2): what is alive, as
/// opposed to resident memory, which also holds the heap's free but unreturned chunks.
inline qint64 heapBytesInUse()
{
#if defined(__GLIBC__) && (__GLIBC__ > 2 || (__GLIBC__ == 2 && __GLIBC_MINOR__ >= 33))
    const struct mallinfo2 info = mallinfo2();
    return qint64(info.uordblks + info.hblkhd);
#else
    return 0;
#endif
}

} // namespace shuriken::bench
