#include "screenshotrunner.h"

#include "catalogview.h"
#include "debuggerview.h"
#include "eventtablemodel.h"
#include "eventtableview.h"
#include "framelogmodel.h"
#include "mainwindow.h"
#include "monitorcontroller.h"

#include <QDateTime>
#include <QDockWidget>
#include <QPixmap>
#include <QTabWidget>
#include <QTableView>
#include <QTreeView>

namespace shuriken {

namespace {

constexpr int PollIntervalMs = 100;
constexpr int MinimumRows = 12;
constexpr int MinimumFrames = 8;

} // namespace

ScreenshotRunner::ScreenshotRunner(MainWindow *window, const QDir &directory, QObject *parent)
    : QObject(parent)
    , m_window(window)
    , m_directory(directory)
{
    m_poll.setInterval(PollIntervalMs);
    connect(&m_poll, &QTimer::timeout, this, &ScreenshotRunner::poll);
}

ScreenshotRunner::~ScreenshotRunner() = default;

void ScreenshotRunner::start()
{
    if (!m_directory.exists() && !m_directory.mkpath(QStringLiteral("."))) {
        fail(tr("cannot create %1").arg(m_directory.absolutePath()));
        return;
    }
    m_step = Step::WaitForRows;
    m_stepStartedMs = QDateTime::currentMSecsSinceEpoch();
    m_poll.start();
}

void ScreenshotRunner::advance(Step next, int settleMs)
{
    m_step = next;
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    m_stepStartedMs = now;
    // Let layouts, the chart and the detail pane catch up before a picture is taken.
    m_settleUntilMs = now + settleMs;
}

void ScreenshotRunner::poll()
{
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    if (now < m_settleUntilMs)
        return;
    if (now - m_stepStartedMs > m_timeoutMs) {
        fail(tr("timed out at step %1").arg(int(m_step)));
        return;
    }
    switch (m_step) {
    case Step::WaitForRows: {
        EventTableView *view = m_window->currentEventView();
        if (!view || view->model()->rowCount() < MinimumRows)
            return;
        // The status bar shows rates once the meters have two samples.
        if (m_window->controller()->figures().eventsPerSecond <= 0)
            return;
        m_window->catalogDock()->show();
        m_window->catalogView()->selectStream(QStringLiteral("svm.token.swaps"));
        advance(Step::Catalog);
        return;
    }
    case Step::Catalog: {
        if (!save(QStringLiteral("catalog.png")))
            return;
        EventTableView *view = m_window->currentEventView();
        if (!view) {
            fail(tr("the event table went away"));
            return;
        }
        // Open one event in the detail pane; following stays on, the selection stays put.
        QTableView *table = view->tableView();
        const int row = std::max(0, table->model()->rowCount() - 4);
        table->selectRow(row);
        advance(Step::EventTable);
        return;
    }
    case Step::EventTable: {
        if (!save(QStringLiteral("event-table.png")))
            return;
        m_window->debuggerDock()->show();
        m_window->debuggerDock()->raise();
        m_window->debuggerView()->tabs()->setCurrentIndex(DebuggerView::FramesPage);
        advance(Step::WaitForFrames, 0);
        return;
    }
    case Step::WaitForFrames: {
        QTableView *frames = m_window->debuggerView()->frameTable();
        if (frames->model()->rowCount() < MinimumFrames)
            return;
        frames->selectRow(frames->model()->rowCount() - 2);
        advance(Step::Debugger);
        return;
    }
    case Step::Debugger:
        if (!save(QStringLiteral("debugger.png")))
            return;
        m_step = Step::Done;
        m_poll.stop();
        Q_EMIT finished(true, tr("saved %1").arg(m_saved.join(QStringLiteral(", "))));
        return;
    case Step::Done:
        return;
    }
}

bool ScreenshotRunner::save(const QString &name)
{
    const QPixmap picture = m_window->grab();
    const QString path = m_directory.absoluteFilePath(name);
    if (picture.isNull() || !picture.save(path, "PNG")) {
        fail(tr("could not save %1").arg(path));
        return false;
    }
    m_saved.append(path);
    return true;
}

void ScreenshotRunner::fail(const QString &message)
{
    m_poll.stop();
    m_step = Step::Done;
    Q_EMIT finished(false, message);
}

} // namespace shuriken
