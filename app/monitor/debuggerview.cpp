#include "debuggerview.h"

#include "connectiontimelinemodel.h"
#include "followscroller.h"
#include "framefilterproxymodel.h"
#include "framelogmodel.h"
#include "httplogmodel.h"
#include "ratechart.h"
#include "statusdot.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFontDatabase>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QHideEvent>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QShowEvent>
#include <QSplitter>
#include <QStyledItemDelegate>
#include <QTabWidget>
#include <QTableView>
#include <QToolButton>
#include <QVBoxLayout>

namespace shuriken {

namespace {

void setUpLogTable(QTableView *table)
{
    table->setSelectionBehavior(QAbstractItemView::SelectRows);
    table->setSelectionMode(QAbstractItemView::SingleSelection);
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table->setWordWrap(false);
    table->verticalHeader()->hide();
    table->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    table->verticalHeader()->setDefaultSectionSize(table->fontMetrics().height() + 6);
    table->horizontalHeader()->setStretchLastSection(true);
    table->horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
}

QPlainTextEdit *detailPane(QWidget *parent, const QString &placeholder)
{
    auto *text = new QPlainTextEdit(parent);
    text->setReadOnly(true);
    text->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    text->setLineWrapMode(QPlainTextEdit::WidgetWidth);
    text->setPlaceholderText(placeholder);
    return text;
}

/// A frame pretty-printed, with a JSON-encoded `data` string decoded underneath (Pusher sends
/// payloads double-encoded; reading the escaped string is what makes debuggers painful).
QString prettyFrame(const QString &text)
{
    QJsonParseError error;
    const QJsonDocument envelope = QJsonDocument::fromJson(text.toUtf8(), &error);
    if (error.error != QJsonParseError::NoError || !envelope.isObject())
        return text;
    QString result = QString::fromUtf8(envelope.toJson(QJsonDocument::Indented));
    const QJsonValue data = envelope.object().value(QLatin1String("data"));
    if (data.isString()) {
        const QJsonDocument inner = QJsonDocument::fromJson(data.toString().toUtf8(), &error);
        if (error.error == QJsonParseError::NoError && !inner.isNull()) {
            result += QStringLiteral("\n") + DebuggerView::tr("data, decoded:") + QStringLiteral("\n");
            result += QString::fromUtf8(inner.toJson(QJsonDocument::Indented));
        }
    }
    return result;
}

/// The timeline's state column with the state's colour in front of its name.
class StateDelegate final : public QStyledItemDelegate
{
public:
    using QStyledItemDelegate::QStyledItemDelegate;

protected:
    void initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const override
    {
        QStyledItemDelegate::initStyleOption(option, index);
        const QVariant state = index.data(ConnectionTimelineModel::StateRole);
        if (!state.isValid())
            return;
        const int side = option->fontMetrics.height() * 3 / 4;
        const qreal dpr = option->widget ? option->widget->devicePixelRatioF() : 1.0;
        option->icon = QIcon(statusDotPixmap(stateColor(state.value<StreamClient::State>()), side, dpr));
        option->decorationSize = QSize(side, side);
        option->features |= QStyleOptionViewItem::HasDecoration;
    }
};

} // namespace

DebuggerView::DebuggerView(FrameLogModel *frames, HttpLogModel *http, ConnectionTimelineModel *timeline,
                           QWidget *parent)
    : QWidget(parent)
    , m_frames(frames)
    , m_http(http)
    , m_timeline(timeline)
{
    setObjectName(QStringLiteral("debuggerView"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(2, 2, 2, 2);
    m_tabs = new QTabWidget(this);
    m_tabs->setDocumentMode(true);
    m_tabs->addTab(createFramesPage(), tr("Frames"));
    m_tabs->addTab(createHttpPage(), tr("HTTP"));
    m_tabs->addTab(createTimelinePage(), tr("Timeline"));
    m_tabs->addTab(createRatesPage(), tr("Rates"));
    layout->addWidget(m_tabs);
    m_frames->setLive(isVisible());
}

DebuggerView::~DebuggerView() = default;

// The frame list follows the wire only while the debugger is shown; closed, the flight recorder
// keeps the frames and showing it again catches up at once (FrameLogModel::setLive()).
void DebuggerView::showEvent(QShowEvent *event)
{
    m_frames->setLive(true);
    QWidget::showEvent(event);
}

void DebuggerView::hideEvent(QHideEvent *event)
{
    QWidget::hideEvent(event);
    m_frames->setLive(false);
}

QWidget *DebuggerView::createFramesPage()
{
    auto *page = new QWidget(this);
    auto *layout = new QVBoxLayout(page);
    layout->setContentsMargins(0, 2, 0, 0);

    auto *tools = new QHBoxLayout;
    m_hideHeartbeats = new QCheckBox(tr("Hide heart&beats"), page);
    m_hideHeartbeats->setObjectName(QStringLiteral("hideHeartbeats"));
    m_hideHeartbeats->setToolTip(tr("Hide pusher:ping and pusher:pong frames (they stay in the log)"));
    tools->addWidget(m_hideHeartbeats);
    m_direction = new QComboBox(page);
    m_direction->addItem(tr("In and out"), int(FrameFilterProxyModel::DirectionFilter::Both));
    m_direction->addItem(tr("Incoming only"), int(FrameFilterProxyModel::DirectionFilter::IncomingOnly));
    m_direction->addItem(tr("Outgoing only"), int(FrameFilterProxyModel::DirectionFilter::OutgoingOnly));
    tools->addWidget(m_direction);
    m_frameFilter = new QLineEdit(page);
    m_frameFilter->setObjectName(QStringLiteral("frameFilter"));
    m_frameFilter->setPlaceholderText(tr("Filter frames by event, channel or text"));
    m_frameFilter->setClearButtonEnabled(true);
    tools->addWidget(m_frameFilter, 1);
    m_frameCounts = new QLabel(page);
    tools->addWidget(m_frameCounts);
    auto *follow = new QToolButton(page);
    follow->setText(tr("Follow", "keep the newest rows in view"));
    follow->setCheckable(true);
    follow->setChecked(true);
    follow->setToolTip(tr("Keep the newest frames in view"));
    tools->addWidget(follow);
    auto *clear = new QPushButton(tr("Clear", "frame log"), page);
    clear->setToolTip(tr("Hides the frames shown so far. The flight recorder keeps them for a saved capture."));
    tools->addWidget(clear);
    layout->addLayout(tools);

    m_frameProxy = new FrameFilterProxyModel(this);
    m_frameProxy->setSourceModel(m_frames);
    auto *splitter = new QSplitter(Qt::Vertical, page);
    m_frameTable = new QTableView(splitter);
    m_frameTable->setObjectName(QStringLiteral("frameTable"));
    setUpLogTable(m_frameTable);
    m_frameTable->setModel(m_frameProxy);
    m_frameTable->setColumnWidth(FrameLogModel::TimeColumn, fontMetrics().horizontalAdvance(QLatin1Char('0')) * 14);
    m_frameTable->setColumnWidth(FrameLogModel::DirectionColumn, fontMetrics().horizontalAdvance(QLatin1Char('0')) * 5);
    m_frameTable->setColumnWidth(FrameLogModel::EventColumn, fontMetrics().horizontalAdvance(QLatin1Char('0')) * 30);
    m_frameTable->setColumnWidth(FrameLogModel::ChannelColumn, fontMetrics().horizontalAdvance(QLatin1Char('0')) * 30);
    m_frameDetail = detailPane(splitter, tr("Select a frame to see its whole text"));
    m_frameDetail->setObjectName(QStringLiteral("frameDetail"));
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);
    layout->addWidget(splitter, 1);

    m_frameFollower = new FollowScroller(m_frameTable, this);
    connect(follow, &QToolButton::toggled, m_frameFollower, &FollowScroller::setFollowing);
    connect(m_frameFollower, &FollowScroller::followingChanged, follow, [follow](bool on) {
        const QSignalBlocker blocker(follow);
        follow->setChecked(on);
    });
    connect(m_frameProxy, &QAbstractItemModel::rowsInserted, m_frameFollower, &FollowScroller::follow);
    connect(m_frameProxy, &QAbstractItemModel::rowsInserted, this, &DebuggerView::updateFrameCounts);
    connect(m_frameProxy, &QAbstractItemModel::rowsRemoved, this, &DebuggerView::updateFrameCounts);
    connect(m_frameProxy, &QAbstractItemModel::modelReset, this, &DebuggerView::updateFrameCounts);
    connect(m_frames, &FrameLogModel::letGoCountChanged, this, &DebuggerView::updateFrameCounts);
    connect(m_hideHeartbeats, &QCheckBox::toggled, this, [this](bool hide) {
        m_frameProxy->setHideHeartbeats(hide);
        updateFrameCounts();
        Q_EMIT hideHeartbeatsChanged(hide);
    });
    connect(m_direction, &QComboBox::currentIndexChanged, this, [this] {
        m_frameProxy->setDirectionFilter(FrameFilterProxyModel::DirectionFilter(m_direction->currentData().toInt()));
        updateFrameCounts();
    });
    connect(m_frameFilter, &QLineEdit::textChanged, this, [this](const QString &text) {
        m_frameProxy->setFilterText(text);
        updateFrameCounts();
    });
    connect(clear, &QPushButton::clicked, m_frames, &FrameLogModel::clear);
    connect(m_frameTable->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &DebuggerView::showFrameDetail);
    updateFrameCounts();
    return page;
}

QWidget *DebuggerView::createHttpPage()
{
    auto *splitter = new QSplitter(Qt::Vertical, this);
    m_httpTable = new QTableView(splitter);
    m_httpTable->setObjectName(QStringLiteral("httpTable"));
    setUpLogTable(m_httpTable);
    m_httpTable->setModel(m_http);
    m_httpTable->setColumnWidth(HttpLogModel::UrlColumn, fontMetrics().horizontalAdvance(QLatin1Char('0')) * 48);
    auto *details = new QSplitter(Qt::Horizontal, splitter);
    m_request = detailPane(details, tr("Request"));
    m_request->setObjectName(QStringLiteral("httpRequest"));
    m_response = detailPane(details, tr("Response"));
    m_response->setObjectName(QStringLiteral("httpResponse"));
    splitter->setStretchFactor(0, 2);
    splitter->setStretchFactor(1, 3);
    connect(m_httpTable->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &DebuggerView::showHttpDetail);
    return splitter;
}

QWidget *DebuggerView::createTimelinePage()
{
    m_timelineTable = new QTableView(this);
    m_timelineTable->setObjectName(QStringLiteral("timelineTable"));
    setUpLogTable(m_timelineTable);
    m_timelineTable->setModel(m_timeline);
    m_timelineTable->setItemDelegateForColumn(ConnectionTimelineModel::StateColumn, new StateDelegate(m_timelineTable));
    m_timelineTable->setColumnWidth(ConnectionTimelineModel::TimeColumn,
                                    fontMetrics().horizontalAdvance(QLatin1Char('0')) * 14);
    m_timelineTable->setColumnWidth(ConnectionTimelineModel::StateColumn,
                                    fontMetrics().horizontalAdvance(QLatin1Char('0')) * 18);
    m_timelineFollower = new FollowScroller(m_timelineTable, this);
    connect(m_timeline, &QAbstractItemModel::rowsInserted, m_timelineFollower, &FollowScroller::follow);
    return m_timelineTable;
}

QWidget *DebuggerView::createRatesPage()
{
    auto *page = new QWidget(this);
    auto *layout = new QHBoxLayout(page);
    m_rateChart = new RateChart(tr("Events per second, last 60 s"), page);
    layout->addWidget(m_rateChart, 3);
    m_counters = new QLabel(page);
    m_counters->setObjectName(QStringLiteral("clientCounters"));
    m_counters->setTextFormat(Qt::RichText);
    m_counters->setAlignment(Qt::AlignTop | Qt::AlignLeft);
    m_counters->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(m_counters, 1);
    return page;
}

bool DebuggerView::hidesHeartbeats() const
{
    return m_hideHeartbeats->isChecked();
}

void DebuggerView::setHideHeartbeats(bool hide)
{
    m_hideHeartbeats->setChecked(hide);
}

void DebuggerView::addRateSample(qint64 timeMs, double eventsPerSecond, const StreamClient::Counters &counters)
{
    m_rateChart->addPoint(timeMs, eventsPerSecond);
    const QLocale locale;
    QString html = QStringLiteral("<table cellspacing='3'>");
    const auto row = [&html, &locale](const QString &label, quint64 value) {
        html += QStringLiteral("<tr><td>%1</td><td align='right'>%2</td></tr>")
                    .arg(label.toHtmlEscaped(), locale.toString(value));
    };
    row(tr("Events"), counters.events);
    row(tr("Event bytes"), counters.eventBytes);
    row(tr("Frames in"), counters.framesIn);
    row(tr("Frames out"), counters.framesOut);
    row(tr("Bytes in"), counters.bytesIn);
    row(tr("Bytes out"), counters.bytesOut);
    row(tr("Malformed frames"), counters.malformedFrames);
    row(tr("Unrouted events"), counters.unroutedEvents);
    row(tr("Reconnects"), counters.reconnects);
    row(tr("Session requests"), counters.sessionRequests);
    row(tr("Auth requests"), counters.authRequests);
    html += QStringLiteral("</table>");
    m_counters->setText(html);
}

void DebuggerView::showFrameDetail()
{
    const QModelIndex current = m_frameTable->currentIndex();
    if (!current.isValid()) {
        m_frameDetail->clear();
        return;
    }
    m_frameDetail->setPlainText(prettyFrame(current.data(FrameLogModel::FullTextRole).toString()));
}

void DebuggerView::showHttpDetail()
{
    const QModelIndex current = m_httpTable->currentIndex();
    if (!current.isValid()) {
        m_request->clear();
        m_response->clear();
        return;
    }
    m_request->setPlainText(current.data(HttpLogModel::RequestTextRole).toString());
    m_response->setPlainText(current.data(HttpLogModel::ResponseTextRole).toString());
}

std::optional<std::pair<qint64, qint64>> DebuggerView::selectedFrameTimeRange() const
{
    std::optional<std::pair<qint64, qint64>> range;
    for (const QModelIndex &index : m_frameTable->selectionModel()->selectedRows()) {
        const qint64 us = index.data(FrameLogModel::TimestampUsRole).toLongLong();
        if (us == 0)
            continue;
        range = range ? std::pair {std::min(range->first, us), std::max(range->second, us)} : std::pair {us, us};
    }
    return range;
}

void DebuggerView::updateFrameCounts()
{
    const QLocale locale;
    QString text
        = tr("%1 of %2 frames").arg(locale.toString(m_frameProxy->rowCount()), locale.toString(m_frames->rowCount()));
    if (m_frames->letGoCount() > 0)
        text += QStringLiteral(" · ")
            + tr("%1 let go by the flight recorder").arg(locale.toString(m_frames->letGoCount()));
    m_frameCounts->setText(text);
}

} // namespace shuriken
