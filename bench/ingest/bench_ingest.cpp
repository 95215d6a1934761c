// bench_ingest: what it costs a client process to take the simulator's firehose.
//
// Starts `shuriken-sim --firehose N` as its own process, then the client as another: the
// product's headless client `shuriken-stream --quiet` (the same StreamClient the GUI drives:
// decode, route and parse every payload, batches every 16 ms) or, for comparison, a small
// node script on the reference client pusher-js. The client counts per-channel seq gaps and
// prints a JSON summary; this program reaps it with wait4() to read its own CPU time and peak
// RSS and nothing else's (the simulator and this driver are not counted).
// Prints events/s, CPU seconds per 100k events, peak RSS, gaps and how busy each side was, so
// a reader can tell whether the client or the simulator set the pace. Nothing is asserted.
// With --record FILE, shuriken-stream also writes a capture of the session (issue 14: recording
// may add at most 15% to the CPU per 100k events of the same run without it).

#include "benchfigures.h"
#include "simprocess.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QThread>
#include <QUrl>

#include <cerrno>
#include <csignal>
#include <cstdio>
#include <cstring>
#include <fcntl.h>
#include <spawn.h>
#include <sys/resource.h>
#include <sys/wait.h>
#include <unistd.h>

using namespace shuriken;

namespace {

struct ChildUsage
{
    bool started = false;
    bool timedOut = false;
    int exitCode = -1;
    double cpuSeconds = 0; // user + system of the child alone
    double systemSeconds = 0; // the kernel's part (sockets, and the file of --record)
    double wallSeconds = 0;
    qint64 peakRssKb = 0;
};

double seconds(const timeval &value)
{
    return double(value.tv_sec) + double(value.tv_usec) / 1e6;
}

/// Runs @p program with stdout and stderr in files and reaps it with wait4(), which reports the
/// resources of exactly that child. QProcess reaps its own children, so it cannot be used here.
ChildUsage runMeasured(const QString &program, const QStringList &arguments, const QString &stdoutPath,
                       const QString &stderrPath, qint64 timeoutMs)
{
    ChildUsage usage;
    QList<QByteArray> storage {QFile::encodeName(program)};
    for (const QString &argument : arguments)
        storage.append(argument.toLocal8Bit());
    std::vector<char *> argv;
    for (QByteArray &argument : storage)
        argv.push_back(argument.data());
    argv.push_back(nullptr);

    const QByteArray out = QFile::encodeName(stdoutPath);
    const QByteArray err = QFile::encodeName(stderrPath);
    posix_spawn_file_actions_t actions;
    posix_spawn_file_actions_init(&actions);
    posix_spawn_file_actions_addopen(&actions, STDIN_FILENO, "/dev/null", O_RDONLY, 0);
    posix_spawn_file_actions_addopen(&actions, STDOUT_FILENO, out.constData(), O_WRONLY | O_CREAT | O_TRUNC, 0600);
    posix_spawn_file_actions_addopen(&actions, STDERR_FILENO, err.constData(), O_WRONLY | O_CREAT | O_TRUNC, 0600);
    pid_t pid = 0;
    QElapsedTimer wall;
    wall.start();
    const int spawned = posix_spawn(&pid, argv.front(), &actions, nullptr, argv.data(), environ);
    posix_spawn_file_actions_destroy(&actions);
    if (spawned != 0) {
        std::fprintf(stderr, "cannot start %s: %s\n", argv.front(), std::strerror(spawned));
        return usage;
    }
    usage.started = true;

    int status = 0;
    rusage resources {};
    for (;;) {
        const pid_t reaped = wait4(pid, &status, WNOHANG, &resources);
        if (reaped == pid)
            break;
        if (reaped < 0 && errno != EINTR) {
            std::fprintf(stderr, "wait4: %s\n", std::strerror(errno));
            return usage;
        }
        if (!usage.timedOut && wall.elapsed() > timeoutMs) {
            usage.timedOut = true;
            kill(pid, SIGKILL);
        }
        QThread::msleep(20);
    }
    usage.wallSeconds = double(wall.nsecsElapsed()) / 1e9;
    usage.exitCode = WIFEXITED(status) ? WEXITSTATUS(status) : -1;
    usage.cpuSeconds = seconds(resources.ru_utime) + seconds(resources.ru_stime);
    usage.systemSeconds = seconds(resources.ru_stime);
    usage.peakRssKb = resources.ru_maxrss; // kilobytes on Linux
    return usage;
}

/// User + system CPU seconds a running process has used so far (/proc/<pid>/stat).
double cpuSecondsOf(qint64 pid)
{
    return bench::procStatCpuSeconds(QStringLiteral("/proc/%1/stat").arg(pid));
}

/// The client's summary: the last stdout line that is a JSON object of type "summary".
QJsonObject summaryIn(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    const QList<QByteArray> lines = file.readAll().split('\n');
    for (qsizetype i = lines.size() - 1; i >= 0; --i) {
        const QJsonObject object = QJsonDocument::fromJson(lines.at(i)).object();
        if (object.value(QStringLiteral("type")).toString() == QLatin1String("summary"))
            return object;
    }
    return {};
}

void showTail(const QString &path)
{
    QFile file(path);
    if (file.open(QIODevice::ReadOnly))
        std::fprintf(stderr, "%s\n", file.readAll().right(2000).constData());
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("bench_ingest"));
    QCommandLineParser parser;
    parser.setApplicationDescription(
        QStringLiteral("Events/s, CPU and memory of a client process taking shuriken-sim's firehose."));
    parser.addHelpOption();
    const QCommandLineOption eventsOption(QStringLiteral("events"), QStringLiteral("Events to publish and receive."),
                                          QStringLiteral("n"), QStringLiteral("1000000"));
    const QCommandLineOption clientOption(QStringLiteral("client"),
                                          QStringLiteral("shuriken-stream (default) or pusher-js."),
                                          QStringLiteral("name"), QStringLiteral("shuriken-stream"));
    const QCommandLineOption simOption(QStringLiteral("sim"), QStringLiteral("Path of shuriken-sim."),
                                       QStringLiteral("path"), QStringLiteral(SHURIKEN_SIM_EXECUTABLE));
    const QCommandLineOption streamOption(QStringLiteral("stream"), QStringLiteral("Path of shuriken-stream."),
                                          QStringLiteral("path"), QStringLiteral(SHURIKEN_STREAM_EXECUTABLE));
    const QCommandLineOption nodeOption(QStringLiteral("node"), QStringLiteral("Path of node (pusher-js)."),
                                        QStringLiteral("path"));
    const QCommandLineOption modulesOption(QStringLiteral("node-modules"),
                                           QStringLiteral("node_modules holding pusher-js (tools/npm-check)."),
                                           QStringLiteral("dir"), QStringLiteral(SHURIKEN_NPM_CHECK_MODULES));
    const QCommandLineOption recordOption(QStringLiteral("record"),
                                          QStringLiteral("shuriken-stream writes a capture to FILE (.gz: gzip)."),
                                          QStringLiteral("FILE"));
    parser.addOptions({eventsOption, clientOption, simOption, streamOption, nodeOption, modulesOption, recordOption});
    parser.process(app);

    const quint64 events = parser.value(eventsOption).toULongLong();
    const QString client = parser.value(clientOption);
    if (events == 0 || (client != QLatin1String("shuriken-stream") && client != QLatin1String("pusher-js"))) {
        std::fprintf(stderr, "--events must be positive and --client shuriken-stream or pusher-js\n");
        return 2;
    }
    const bool pusherJs = client == QLatin1String("pusher-js");
    const QString recordFile = parser.value(recordOption);
    if (pusherJs && !recordFile.isEmpty()) {
        std::fprintf(stderr, "--record is for shuriken-stream\n");
        return 2;
    }
    const QByteArray key = pusherJs                 ? "ingest.pusherjs"
        : recordFile.isEmpty()                      ? "ingest.shuriken"
        : recordFile == QLatin1String("/dev/null")  ? "ingest.shuriken_record_devnull"
        : recordFile.endsWith(QLatin1String(".gz")) ? "ingest.shuriken_record_gz"
                                                    : "ingest.shuriken_record";

    QString program;
    QStringList clientArguments;
    if (pusherJs) {
        program = parser.isSet(nodeOption) ? parser.value(nodeOption)
                                           : QStandardPaths::findExecutable(QStringLiteral("node"));
        const QString modules = parser.value(modulesOption);
        if (program.isEmpty() || !QFileInfo::exists(modules + QStringLiteral("/pusher-js/package.json"))) {
            std::printf("pusher-js: skipped (needs node and `npm install` in tools/npm-check)\n");
            return 0;
        }
        clientArguments = {QStringLiteral(SHURIKEN_PUSHERJS_SCRIPT), modules};
    } else {
        program = parser.value(streamOption);
        clientArguments = {QStringLiteral("--quiet"), QStringLiteral("--subscribe"),
                           QStringLiteral("svm.token.swaps:tokenAddress=So11111111111111111111111111111111111111112"),
                           QStringLiteral("--count"), QString::number(events)};
        if (!recordFile.isEmpty())
            clientArguments << QStringLiteral("--record") << recordFile;
    }

    QProcess sim;
    const QUrl baseUrl = bench::startSimulator(
        sim, parser.value(simOption),
        {QStringLiteral("--firehose"), QString::number(events), QStringLiteral("--seed"), QStringLiteral("1")});
    if (!baseUrl.isValid())
        return 1;
    const QString apiKey = QStringLiteral("sk_bench_0000000000000000");
    if (pusherJs) {
        clientArguments << baseUrl.toString() << apiKey << QString::number(events);
    } else {
        clientArguments << QStringLiteral("--base-url") << baseUrl.toString() << QStringLiteral("--api-key") << apiKey;
    }

    QTemporaryDir scratch;
    const QString outPath = scratch.filePath(QStringLiteral("stdout"));
    const QString errPath = scratch.filePath(QStringLiteral("stderr"));
    const double simCpuBefore = cpuSecondsOf(sim.processId());
    // A stalled run ends: 20 µs per event (a tenth of pusher-js's pace) plus a minute.
    const ChildUsage usage = runMeasured(program, clientArguments, outPath, errPath, 60000 + qint64(events / 50));
    const double simCpu = cpuSecondsOf(sim.processId()) - simCpuBefore;
    sim.terminate();
    if (!sim.waitForFinished(5000))
        sim.kill();

    const QJsonObject summary = summaryIn(outPath);
    if (!usage.started || usage.timedOut || usage.exitCode != 0 || summary.isEmpty()) {
        std::fprintf(stderr, "%s %s (exit %d); its stderr ends with:\n", qPrintable(client),
                     usage.timedOut ? "timed out" : "failed", usage.exitCode);
        showTail(errPath);
        return 1;
    }

    const double received = summary.value(QStringLiteral("events")).toDouble();
    const double rate = summary.value(QStringLiteral("eventsPerSecond")).toDouble();
    const double gaps = summary.value(QStringLiteral("gaps")).toDouble();
    const double malformed = summary.value(QStringLiteral("malformedFrames")).toDouble();
    const double cpuPer100k = received > 0 ? usage.cpuSeconds / received * 1e5 : 0;
    const double peakRssMb = double(usage.peakRssKb) / 1024.0;
    const double streamingSeconds = rate > 0 ? received / rate : 0;
    std::printf(
        "%s: %.0f of %llu events in %.2f s: %.0f events/s, %.3f CPU-s per 100k (%.2f CPU-s total, "
        "%.2f of it system), peak RSS %.1f MB, %.0f gaps, %.0f malformed; client busy %.0f%%, simulator busy %.0f%% of "
        "the client's run\n",
        qPrintable(client), received, static_cast<unsigned long long>(events), streamingSeconds, rate, cpuPer100k,
        usage.cpuSeconds, usage.systemSeconds, peakRssMb, gaps, malformed, 100.0 * usage.cpuSeconds / usage.wallSeconds,
        100.0 * simCpu / usage.wallSeconds);
    if (!recordFile.isEmpty() && QFileInfo(recordFile).isFile())
        std::printf("capture %s: %.1f MB, %.0f bytes per event\n", qPrintable(recordFile),
                    double(QFileInfo(recordFile).size()) / 1e6,
                    received > 0 ? double(QFileInfo(recordFile).size()) / received : 0.0);
    bench::printFigure(QByteArray(key + ".events_per_s"), rate, "events/s", pusherJs ? "-" : ">=300000");
    // Recording is judged against the run without it (run-benchmarks.sh prints the ratio).
    bench::printFigure(QByteArray(key + ".cpu_s_per_100k"), cpuPer100k, "CPU-s",
                       pusherJs || !recordFile.isEmpty() ? "-" : "<=0.15", 3);
    bench::printFigure(QByteArray(key + ".peak_rss_mb"), peakRssMb, "MB", "-", 1);
    bench::printFigure(QByteArray(key + ".gaps"), gaps, "events", "==0");
    bench::printFigure(QByteArray(key + ".client_busy_pct"), 100.0 * usage.cpuSeconds / usage.wallSeconds, "%");
    bench::printFigure(QByteArray(key + ".sim_busy_pct"), 100.0 * simCpu / usage.wallSeconds, "%");
    return 0;
}
