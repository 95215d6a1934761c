#pragma once

// shuriken-sim as a separate process on a fixed loopback port, so a test can kill it (SIGKILL)
// and start it again on the same port, as a crashed or redeployed service looks from outside.

#include <QJsonObject>
#include <QObject>
#include <QProcess>
#include <QStringList>

#include <optional>

namespace chaos {

class SimProcess final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SimProcess)

public:
    /// @p extraArguments are passed to every start (rates, timers, backoff, API key).
    SimProcess(QString executable, quint16 port, QStringList extraArguments, QString logFile,
               QObject *parent = nullptr);
    ~SimProcess() override;

    /// Starts the simulator with --epoch @p epoch (and a seed derived from it) and waits until it
    /// listens. False with error() when it does not come up within @p timeoutMs.
    bool start(quint32 epoch, int timeoutMs);
    /// SIGKILL: no close frames, no goodbye, connections reset by the kernel.
    void kill();
    /// SIGTERM, then SIGKILL if it does not stop.
    void stop();
    bool isRunning() const;
    quint32 epoch() const { return m_epoch; }
    quint16 port() const { return m_port; }
    QString error() const { return m_error; }

    /// Writes a control line and waits for its one-line answer on stdout (failures go to
    /// stderr, so no answer within @p timeoutMs is a failure: see the log file).
    std::optional<QString> command(const QString &line, int timeoutMs);
    /// `stats json`, parsed.
    std::optional<QJsonObject> stats(int timeoutMs);

private:
    void readOutput();

    QString m_executable;
    quint16 m_port;
    QStringList m_extraArguments;
    QString m_logFile;
    QProcess *m_process = nullptr;
    quint32 m_epoch = 0;
    QStringList m_lines;
    QByteArray m_partial;
    QString m_error;
};

} // namespace chaos
