#pragma once

#include "streamclient.h"

#include <QWidget>

#include <optional>
#include <utility>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QTabWidget;
class QTableView;

namespace shuriken {

class ConnectionTimelineModel;
class FollowScroller;
class FrameFilterProxyModel;
class FrameLogModel;
class HttpLogModel;
class RateChart;

/// The connection debugger: every WebSocket frame (filterable, heartbeats hidden on demand,
/// the selected frame pretty-printed with its JSON-encoded `data` decoded), every HTTP exchange
/// with the control plane (key redacted), the state timeline, and the rate plot with the
/// client's counters. The models belong to the caller.
class DebuggerView final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DebuggerView)

public:
    enum Page
    {
        FramesPage,
        HttpPage,
        TimelinePage,
        RatesPage,
    };

    DebuggerView(FrameLogModel *frames, HttpLogModel *http, ConnectionTimelineModel *timeline,
                 QWidget *parent = nullptr);
    ~DebuggerView() override;

    QTabWidget *tabs() const { return m_tabs; }
    QTableView *frameTable() const { return m_frameTable; }
    /// The time range (µs since the epoch) of the frames selected in the frame list, if any.
    std::optional<std::pair<qint64, qint64>> selectedFrameTimeRange() const;
    QTableView *httpTable() const { return m_httpTable; }
    QTableView *timelineTable() const { return m_timelineTable; }
    FrameFilterProxyModel *frameProxy() const { return m_frameProxy; }
    RateChart *rateChart() const { return m_rateChart; }
    QCheckBox *hideHeartbeatsBox() const { return m_hideHeartbeats; }

    bool hidesHeartbeats() const;

public Q_SLOTS:
    void setHideHeartbeats(bool hide);
    /// Adds one point to the rate plot and refreshes the counters table (1 Hz).
    void addRateSample(qint64 timeMs, double eventsPerSecond, const shuriken::StreamClient::Counters &counters);

Q_SIGNALS:
    /// The "hide heartbeats" box was toggled (the View menu mirrors it).
    void hideHeartbeatsChanged(bool hide);

protected:
    void showEvent(QShowEvent *event) override;
    void hideEvent(QHideEvent *event) override;

private:
    QWidget *createFramesPage();
    QWidget *createHttpPage();
    QWidget *createTimelinePage();
    QWidget *createRatesPage();
    void showFrameDetail();
    void showHttpDetail();
    void updateFrameCounts();

    FrameLogModel *m_frames;
    HttpLogModel *m_http;
    ConnectionTimelineModel *m_timeline;

    QTabWidget *m_tabs = nullptr;
    FrameFilterProxyModel *m_frameProxy = nullptr;
    QTableView *m_frameTable = nullptr;
    QPlainTextEdit *m_frameDetail = nullptr;
    QCheckBox *m_hideHeartbeats = nullptr;
    QComboBox *m_direction = nullptr;
    QLineEdit *m_frameFilter = nullptr;
    QLabel *m_frameCounts = nullptr;
    FollowScroller *m_frameFollower = nullptr;

    QTableView *m_httpTable = nullptr;
    QPlainTextEdit *m_request = nullptr;
    QPlainTextEdit *m_response = nullptr;

    QTableView *m_timelineTable = nullptr;
    FollowScroller *m_timelineFollower = nullptr;

    RateChart *m_rateChart = nullptr;
    QLabel *m_counters = nullptr;
};

} // namespace shuriken
