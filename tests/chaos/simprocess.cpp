#include "simprocess.h"

#include <QDateTime>
#include <QFile>
#include <QJsonDocument>
#include <QTest>

namespace chaos {

SimProcess::SimProcess(QString executable, quint16 port, QStringList extraArguments, QString logFile, QObject *parent)
    : QObject(parent)
    , m_executable(std::move(executable))
    , m_port(port)
    , m_extraArguments(std::move(extraArguments))
    , m_logFile(std::move(logFile))
{ }

SimProcess::~SimProcess()
{
    stop();
}

bool SimProcess::start(quint32 epoch, int timeoutMs)
{
    stop();
    m_epoch = epoch;
    m_error.clear();
    QDeadlineTimer deadline(timeoutMs);
    // The port was free a moment ago, but a port in use (TIME_WAIT is not: the simulator sets
    // SO_REUSEADDR) makes the simulator exit with 2; try again until the deadline.
    while (!deadline.hasExpired()) {
        {
            QFile log(m_logFile);
            if (log.open(QIODevice::Append)) {
                log.write(QStringLiteral("==== %1 starting shuriken-sim, epoch %2, port %3\n")
                              .arg(QDateTime::currentDateTime().toString(Qt::ISODateWithMs))
                              .arg(epoch)
                              .arg(m_port)
                              .toUtf8());
            }
        }
        m_process = new QProcess(this);
        m_lines.clear();
        m_partial.clear();
        m_process->setStandardErrorFile(m_logFile, QIODevice::Append);
        connect(m_process, &QProcess::readyReadStandardOutput, this, &SimProcess::readOutput);
        // A different seed per epoch: a restarted service hands out other socket ids too.
        const QStringList arguments
            = QStringList {QStringLiteral("--port"), QString::number(m_port),  QStringLiteral("--epoch"),
                           QString::number(epoch),   QStringLiteral("--seed"), QString::number(1000 + epoch)}
            + m_extraArguments;
        m_process->start(m_executable, arguments);
        if (!m_process->waitForStarted(timeoutMs)) {
            m_error = QStringLiteral("%1 did not start: %2").arg(m_executable, m_process->errorString());
            return false;
        }
        const QString listening = QStringLiteral("http://127.0.0.1:%1").arg(m_port);
        const bool up = QTest::qWaitFor(
            [&] {
                return m_process->state() != QProcess::Running
                    || std::any_of(m_lines.cbegin(), m_lines.cend(),
                                   [&](const QString &line) { return line.contains(listening); });
            },
            int(std::max<qint64>(1, deadline.remainingTime())));
        if (up && m_process->state() == QProcess::Running) {
            m_lines.clear();
            return true;
        }
        m_error = QStringLiteral("shuriken-sim did not listen on port %1 (exit code %2); see %3")
                      .arg(m_port)
                      .arg(m_process->exitCode())
                      .arg(m_logFile);
        stop();
        QTest::qWait(200);
    }
    return false;
}

void SimProcess::kill()
{
    if (!m_process)
        return;
    m_process->kill();
    m_process->waitForFinished(5000);
    delete std::exchange(m_process, nullptr);
}

void SimProcess::stop()
{
    if (!m_process)
        return;
    if (m_process->state() != QProcess::NotRunning) {
        m_process->terminate();
        if (!m_process->waitForFinished(5000)) {
            m_process->kill();
            m_process->waitForFinished(5000);
        }
    }
    delete std::exchange(m_process, nullptr);
}

bool SimProcess::isRunning() const
{
    return m_process && m_process->state() == QProcess::Running;
}

void SimProcess::readOutput()
{
    m_partial.append(m_process->readAllStandardOutput());
    qsizetype newline;
    while ((newline = m_partial.indexOf('\n')) >= 0) {
        m_lines.append(QString::fromUtf8(m_partial.left(newline)).trimmed());
        m_partial.remove(0, newline + 1);
    }
}

std::optional<QString> SimProcess::command(const QString &line, int timeoutMs)
{
    if (!isRunning()) {
        m_error = QStringLiteral("\"%1\": the simulator is not running").arg(line);
        return std::nullopt;
    }
    const qsizetype before = m_lines.size();
    m_process->write(line.toUtf8() + '\n');
    if (!QTest::qWaitFor([&] { return m_lines.size() > before || !isRunning(); }, timeoutMs)
        || m_lines.size() <= before) {
        m_error = QStringLiteral("\"%1\": no answer on stdout within %2 ms (an error goes to %3)")
                      .arg(line)
                      .arg(timeoutMs)
                      .arg(m_logFile);
        return std::nullopt;
    }
    const QString answer = m_lines.at(before);
    m_lines.clear();
    return answer;
}

std::optional<QJsonObject> SimProcess::stats(int timeoutMs)
{
    const auto answer = command(QStringLiteral("stats json"), timeoutMs);
    if (!answer)
        return std::nullopt;
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(answer->toUtf8(), &parseError);
    if (!document.isObject()) {
        m_error = QStringLiteral("stats json: not a JSON object: %1").arg(*answer);
        return std::nullopt;
    }
    return document.object();
}

} // namespace chaos
