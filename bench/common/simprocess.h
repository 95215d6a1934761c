#pragma once

// A shuriken-sim process for a benchmark: started on an ephemeral loopback port, its base URL
// read from the first line it prints.

#include <QProcess>
#include <QStringList>
#include <QUrl>

#include <cstdio>

namespace shuriken::bench {

/// Starts @p program with `--port 0 --no-stdin` and @p arguments, waits for its first line
/// ("Shuriken simulator listening on http://127.0.0.1:<port>") and returns that URL; an invalid
/// one, with the reason on stderr, when the simulator did not start.
inline QUrl startSimulator(QProcess &process, const QString &program, const QStringList &arguments)
{
    process.setProgram(program);
    process.setArguments(QStringList {QStringLiteral("--port"), QStringLiteral("0"), QStringLiteral("--no-stdin")}
                         + arguments);
    process.setStandardErrorFile(QProcess::nullDevice());
    process.start();
    if (!process.waitForStarted(10000) || !process.waitForReadyRead(10000)) {
        std::fprintf(stderr, "cannot start %s\n", qPrintable(program));
        return {};
    }
    const QString firstLine = QString::fromUtf8(process.readLine()).trimmed();
    const QUrl url(firstLine.section(u' ', -1));
    if (!url.isValid() || url.port() <= 0) {
        std::fprintf(stderr, "unexpected first line from the simulator: %s\n", qPrintable(firstLine));
        return {};
    }
    return url;
}

} // namespace shuriken::bench
