#include "capturecontrols.h"

#include "capturereplayer.h"
#include "debuggerview.h"
#include "savecapturedialog.h"

#include <QAction>
#include <QComboBox>
#include <QDateTime>
#include <QDragEnterEvent>
#include <QDropEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QMainWindow>
#include <QMessageBox>
#include <QMimeData>
#include <QPushButton>
#include <QSlider>
#include <QStatusBar>
#include <QStyle>

#include <algorithm>
#include <climits>

namespace shuriken {

namespace {

// The slider counts milliseconds from the capture's start (an int holds 24 days).
constexpr qint64 SliderUnitUs = 1000;

QString clockText(qint64 us)
{
    return QLocale().toString(QDateTime::fromMSecsSinceEpoch(us / 1000), QStringLiteral("yyyy-MM-dd hh:mm:ss"));
}

QString localFileOf(const QMimeData *mime)
{
    if (!mime || !mime->hasUrls() || mime->urls().size() != 1)
        return {};
    const QUrl url = mime->urls().constFirst();
    return url.isLocalFile() ? url.toLocalFile() : QString();
}

} // namespace

CaptureControls::CaptureControls(MonitorController *controller, QMainWindow *window, DebuggerView *debugger)
    : QWidget(window)
    , m_controller(controller)
    , m_window(window)
    , m_debugger(debugger)
{
    m_open = new QAction(tr("&Open Capture…"), this);
    m_open->setShortcut(QKeySequence::Open);
    connect(m_open, &QAction::triggered, this, [this] {
        const QString fileName
            = QFileDialog::getOpenFileName(m_window, tr("Open Capture"), QString(),
                                           tr("Captures and HAR files (*.jsonl *.jsonl.gz *.gz *.har);;All files (*)"));
        if (!fileName.isEmpty())
            open(fileName);
    });
    m_save = new QAction(tr("Save &Capture…"), this);
    m_save->setShortcut(QKeySequence::Save);
    connect(m_save, &QAction::triggered, this, [this] {
        SaveCaptureDialog::run(m_controller->flightRecorder(), m_debugger->selectedFrameTimeRange(), m_window);
    });
    m_close = new QAction(tr("C&lose Capture"), this);
    m_close->setEnabled(false);
    connect(m_close, &QAction::triggered, m_controller, &MonitorController::closeCapture);

    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(6, 3, 6, 3);
    m_summary = new QLabel(this);
    m_summary->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(m_summary, 1);
    m_speed = new QComboBox(this);
    m_speed->addItem(tr("As fast as possible"), CaptureReplayer::MaxSpeed);
    m_speed->addItem(tr("1× recorded pace"), 1.0);
    m_speed->addItem(tr("10× recorded pace"), 10.0);
    m_speed->addItem(tr("100× recorded pace"), 100.0);
    m_speed->setToolTip(tr("Replay speed"));
    layout->addWidget(m_speed);
    m_play = new QPushButton(this);
    layout->addWidget(m_play);
    m_position = new QSlider(Qt::Horizontal, this);
    m_position->setMinimumWidth(160);
    m_position->setToolTip(tr("Replay position: drag to move through the capture"));
    layout->addWidget(m_position, 1);
    m_positionText = new QLabel(this);
    layout->addWidget(m_positionText);
    auto *closeButton = new QPushButton(tr("Close Capture"), this);
    layout->addWidget(closeButton);
    connect(closeButton, &QPushButton::clicked, m_close, &QAction::trigger);
    setAutoFillBackground(true);
    hide();

    connect(m_speed, &QComboBox::currentIndexChanged, this, [this] {
        if (CaptureReplayer *replayer = m_controller->replayer())
            replayer->setSpeed(m_speed->currentData().toDouble());
    });
    connect(m_play, &QPushButton::clicked, this, [this] {
        CaptureReplayer *replayer = m_controller->replayer();
        if (!replayer)
            return;
        if (replayer->state() == CaptureReplayer::State::Playing)
            replayer->pause();
        else if (replayer->state() == CaptureReplayer::State::Finished)
            replayer->seek(replayer->startUs()); // from the start again
        else
            replayer->resume();
        updatePlayButton();
    });
    connect(m_position, &QSlider::sliderPressed, this, [this] { m_sliderHeld = true; });
    connect(m_position, &QSlider::sliderReleased, this, [this] {
        m_sliderHeld = false;
        if (CaptureReplayer *replayer = m_controller->replayer())
            replayer->seek(replayer->startUs() + qint64(m_position->value()) * SliderUnitUs);
        updatePlayButton();
    });

    connect(m_controller, &MonitorController::captureIndexProgress, this, &CaptureControls::onIndexProgress);
    connect(m_controller, &MonitorController::captureOpenFailed, this, &CaptureControls::showOpenError);
    connect(m_controller, &MonitorController::captureOpened, this, &CaptureControls::onOpened);
    connect(m_controller, &MonitorController::captureClosed, this, &CaptureControls::onClosed);
    m_window->setAcceptDrops(true);
    m_window->installEventFilter(this);
}

CaptureControls::~CaptureControls() = default;

bool CaptureControls::open(const QString &fileName)
{
    QString error;
    if (m_controller->openCapture(fileName, &error))
        return true;
    showOpenError(fileName, error);
    return false;
}

void CaptureControls::showOpenError(const QString &fileName, const QString &error)
{
    m_window->statusBar()->clearMessage();
    // Window-modal, not a nested event loop: the window goes on painting behind it.
    auto *box = new QMessageBox(QMessageBox::Warning, tr("Open Capture"),
                                tr("Could not open %1: %2").arg(QFileInfo(fileName).fileName(), error), QMessageBox::Ok,
                                m_window);
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->open();
}

void CaptureControls::onIndexProgress(const QString &fileName, qint64 read, qint64 size)
{
    const int percent = size > 0 ? int(std::clamp<qint64>(read * 100 / size, 0, 100)) : 0;
    m_window->statusBar()->showMessage(
        tr("Reading capture %1… %2%", "file name, percent").arg(QFileInfo(fileName).fileName()).arg(percent));
}

QString CaptureControls::summaryText() const
{
    return m_summary->text();
}

bool CaptureControls::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_window && event->type() == QEvent::DragEnter) {
        auto *drag = static_cast<QDragEnterEvent *>(event);
        if (!localFileOf(drag->mimeData()).isEmpty()) {
            drag->acceptProposedAction();
            return true;
        }
    } else if (watched == m_window && event->type() == QEvent::Drop) {
        auto *drop = static_cast<QDropEvent *>(event);
        const QString fileName = localFileOf(drop->mimeData());
        if (!fileName.isEmpty()) {
            drop->acceptProposedAction();
            open(fileName);
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

void CaptureControls::onOpened(const MonitorController::CaptureInfo &info)
{
    m_window->statusBar()->clearMessage();
    QString text = tr("Capture %1 · %2 to %3 · %n entries", nullptr, int(std::min<qsizetype>(info.entries, INT_MAX)))
                       .arg(QFileInfo(info.fileName).fileName(), clockText(info.startUs), clockText(info.endUs));
    if (!info.warnings.isEmpty())
        text += QStringLiteral(" · ") + info.warnings.join(QStringLiteral("; "));
    m_summary->setText(text);
    m_summary->setToolTip(info.fileName);
    m_position->setRange(0, int(std::clamp<qint64>((info.endUs - info.startUs) / SliderUnitUs, 0, INT_MAX)));
    m_position->setValue(0);
    m_speed->setCurrentIndex(0);
    m_close->setEnabled(true);
    m_window->setWindowFilePath(info.fileName);
    if (CaptureReplayer *replayer = m_controller->replayer()) {
        connect(replayer, &CaptureReplayer::progressed, this, &CaptureControls::updatePosition);
        connect(replayer, &CaptureReplayer::finished, this, &CaptureControls::updatePlayButton);
    }
    updatePosition(info.startUs);
    updatePlayButton();
    show();
}

void CaptureControls::onClosed()
{
    m_close->setEnabled(false);
    m_window->setWindowFilePath(QString());
    hide();
}

void CaptureControls::updatePosition(qint64 positionUs)
{
    const MonitorController::CaptureInfo &info = m_controller->captureInfo();
    if (!m_sliderHeld)
        m_position->setValue(int(std::clamp<qint64>((positionUs - info.startUs) / SliderUnitUs, 0, INT_MAX)));
    m_positionText->setText(clockText(positionUs));
    updatePlayButton();
}

void CaptureControls::updatePlayButton()
{
    const CaptureReplayer *replayer = m_controller->replayer();
    const bool playing = replayer && replayer->state() == CaptureReplayer::State::Playing;
    const bool finished = replayer && replayer->state() == CaptureReplayer::State::Finished;
    m_play->setText(playing ? tr("Pause") : finished ? tr("Replay") : tr("Resume"));
    m_play->setIcon(style()->standardIcon(playing ? QStyle::SP_MediaPause : QStyle::SP_MediaPlay));
}

} // namespace shuriken
