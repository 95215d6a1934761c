#pragma once

#include "monitorcontroller.h"

#include <QWidget>

class QAction;
class QComboBox;
class QLabel;
class QMainWindow;
class QPushButton;
class QSlider;

namespace shuriken {

class DebuggerView;

/// Everything about captures in the main window: File -> Open Capture (and a file dropped on the
/// window), Save Capture, Close Capture, and the bar shown while a capture is open: what it is
/// and its time span, the replay speed (max, 1x, 10x, 100x), pause and a position slider.
class CaptureControls final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CaptureControls)

public:
    /// Handles files dropped on @p window; @p debugger gives the selected frames' time range.
    CaptureControls(MonitorController *controller, QMainWindow *window, DebuggerView *debugger);
    ~CaptureControls() override;

    QAction *openAction() const { return m_open; }
    QAction *saveAction() const { return m_save; }
    QAction *closeAction() const { return m_close; }

    /// Opens @p fileName; an error goes to a message box.
    bool open(const QString &fileName);

    QString summaryText() const;

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void onIndexProgress(const QString &fileName, qint64 read, qint64 size);
    void showOpenError(const QString &fileName, const QString &error);
    void onOpened(const MonitorController::CaptureInfo &info);
    void onClosed();
    void updatePosition(qint64 positionUs);
    void updatePlayButton();

    MonitorController *m_controller;
    QMainWindow *m_window;
    DebuggerView *m_debugger;
    QAction *m_open = nullptr;
    QAction *m_save = nullptr;
    QAction *m_close = nullptr;
    QLabel *m_summary = nullptr;
    QComboBox *m_speed = nullptr;
    QPushButton *m_play = nullptr;
    QSlider *m_position = nullptr;
    QLabel *m_positionText = nullptr;
    bool m_sliderHeld = false;
};

} // namespace shuriken
