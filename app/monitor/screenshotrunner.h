#pragma once

#include <QDir>
#include <QObject>
#include <QStringList>
#include <QTimer>

namespace shuriken {

class MainWindow;

/// Drives the main window through the views a reviewer wants to see (the catalog, a live event
/// table with a row opened, the connection debugger) and saves each as a PNG, then reports.
/// Every step waits on a condition checked by a timer, never on a fixed sleep alone.
class ScreenshotRunner final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ScreenshotRunner)

public:
    ScreenshotRunner(MainWindow *window, const QDir &directory, QObject *parent = nullptr);
    ~ScreenshotRunner() override;

    /// Gives up (finished(false, ...)) when a step's condition is not met in time.
    void setTimeoutMs(int timeoutMs) { m_timeoutMs = timeoutMs; }
    void start();

    QStringList savedFiles() const { return m_saved; }

Q_SIGNALS:
    /// All pictures were saved (ok), or a step failed or timed out (message says which).
    void finished(bool ok, const QString &message);

private:
    enum class Step
    {
        WaitForRows,
        Catalog,
        EventTable,
        WaitForFrames,
        Debugger,
        Done,
    };

    void poll();
    void advance(Step next, int settleMs = 400);
    bool save(const QString &name);
    void fail(const QString &message);

    MainWindow *m_window;
    QDir m_directory;
    QTimer m_poll;
    Step m_step = Step::WaitForRows;
    qint64 m_stepStartedMs = 0;
    qint64 m_settleUntilMs = 0;
    int m_timeoutMs = 60000;
    QStringList m_saved;
};

} // namespace shuriken
