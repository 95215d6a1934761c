#include "eventformatter.h"

#include "textutil.h"

#include <QDateTime>
#include <QLocale>

#include <algorithm>
#include <array>
#include <limits>

namespace shuriken {

namespace {

// A cell shows at most this much of a long text (message contents); the detail view has all.
constexpr qsizetype MaxDisplayChars = 200;

QString numberText(double value)
{
    return QString::number(value, 'f', QLocale::FloatingPointShortest);
}

/// A local date and clock reading.
struct LocalClock
{
    QDate date;
    QTime time;
};

/// @p ms as the local date and clock reading, the local offset remembered per quarter of an
/// hour. Qt's conversion to local time calls the C library's tzset() every time, and glibc's
/// stats /etc/localtime on each call: a system call for every time a table formats, which made
/// the text filter of a sorted million-row window spend a fifth of the GUI thread in fstatat()
/// (bench_gui_pipeline --filter --sort, perf). Offsets change only at transitions, which every
/// time zone makes on a quarter hour, so the offset at a quarter's start holds for all of it. The
/// date and time are then plain arithmetic (a QDateTime of another zone than local time goes
/// through Qt's time-zone backend, slower still).
LocalClock localTime(qint64 ms)
{
    constexpr qint64 QuarterMs = 15 * 60 * 1000;
    constexpr qint64 DayMs = 24 * 60 * 60 * 1000;
    constexpr qint64 JulianDayOfEpoch = 2440588;
    struct Remembered
    {
        qint64 quarter = std::numeric_limits<qint64>::min();
        qint64 offsetMs = 0;
    };
    // A few quarters: a sorted table's rows come in any time order.
    thread_local std::array<Remembered, 16> remembered;
    const auto floorDiv = [](qint64 value, qint64 by) {
        return value >= 0 ? value / by : -((-value + by - 1) / by);
    };
    const qint64 quarter = floorDiv(ms, QuarterMs);
    Remembered &slot = remembered[size_t(quarter & 15)];
    if (slot.quarter != quarter) {
        slot.offsetMs = qint64(QDateTime::fromMSecsSinceEpoch(quarter * QuarterMs).offsetFromUtc()) * 1000;
        slot.quarter = quarter;
    }
    const qint64 local = ms + slot.offsetMs;
    const qint64 days = floorDiv(local, DayMs);
    return {QDate::fromJulianDay(JulianDayOfEpoch + days), QTime::fromMSecsSinceStartOfDay(int(local - days * DayMs))};
}

/// A local time as Qt writes one in ISO 8601 (no offset), with or without milliseconds.
QString isoText(const LocalClock &local, bool milliseconds)
{
    return local.date.toString(Qt::ISODate) + u'T'
        + local.time.toString(milliseconds ? QStringLiteral("hh:mm:ss.zzz") : QStringLiteral("hh:mm:ss"));
}

QString utf8Text(QByteArrayView bytes)
{
    return QString::fromUtf8(bytes);
}

} // namespace

EventFormatter::EventFormatter(StreamSchema schema)
    : m_schema(std::move(schema))
{ }

const ColumnSpec *EventFormatter::columnSpec(int column) const
{
    const int schemaColumn = column - LeadingColumnCount;
    if (schemaColumn < 0 || schemaColumn >= m_schema.columns.size())
        return nullptr;
    return &m_schema.columns.at(schemaColumn);
}

ColumnKind EventFormatter::columnKind(int column) const
{
    if (column == ReceivedColumn)
        return ColumnKind::UnixMilliseconds;
    if (column == LatencyColumn)
        return ColumnKind::Integer;
    const ColumnSpec *spec = columnSpec(column);
    return spec ? spec->kind : ColumnKind::Text;
}

bool EventFormatter::isNumericColumn(int column) const
{
    const ColumnSpec *spec = columnSpec(column);
    return column == LatencyColumn || (spec && isNumericKind(spec->kind));
}

QString EventFormatter::header(int column) const
{
    if (column == ReceivedColumn)
        return tr("Received", "event table column: local receive time");
    if (column == LatencyColumn)
        return tr("Latency", "event table column: receive time minus event time");
    const ColumnSpec *spec = columnSpec(column);
    return spec ? ColumnSchemaSet::translatedHeader(spec->header) : QString();
}

QString EventFormatter::headerToolTip(int column) const
{
    if (column == ReceivedColumn)
        return tr("When the event arrived here (local time)");
    if (column == LatencyColumn)
        return m_schema.hasEventTime()
            ? tr("Receive time minus the event's own time (%1)").arg(m_schema.timeSources.constFirst().path.toString())
            : tr("This stream's events carry no event time");
    const ColumnSpec *spec = columnSpec(column);
    if (!spec)
        return {};
    QStringList paths;
    for (const auto &path : spec->paths)
        paths.append(path.keys.isEmpty() ? tr("(whole payload)") : path.toString());
    return paths.join(QStringLiteral(" | "));
}

QString EventFormatter::displayText(const EventRowView &row, int column) const
{
    if (column == ReceivedColumn)
        return localTime(row.receivedAtUs / 1000).time.toString(QStringLiteral("hh:mm:ss.zzz"));
    if (column == LatencyColumn) {
        if (!row.hasEventTime)
            return {};
        const qint64 latencyMs = row.latencyMs();
        // A time in whole seconds was truncated: the event happened up to a second after it, so
        // the latency is at most the difference, rounded up to the next second. "399 ms" there
        // would be a sawtooth of false precision.
        if (row.eventTimeInSeconds && latencyMs >= 0)
            return tr("≤ %1 s", "latency known to a second").arg((latencyMs + 999) / 1000);
        return tr("%1 ms", "latency").arg(latencyMs);
    }
    const ColumnSpec *spec = columnSpec(column);
    if (!spec)
        return {};
    const EventCell cell = row.cell(column - LeadingColumnCount);
    switch (cell.type) {
    case EventCell::Type::Missing:
        return {};
    case EventCell::Type::WholePayload:
        // Only the start is converted: a cell shows 200 characters of a payload of any size.
        return singleLine(utf8Text(row.payload.first(std::min(MaxDisplayChars * 4, row.payload.size()))),
                          MaxDisplayChars);
    case EventCell::Type::Bool:
        if (spec->kind == ColumnKind::Side)
            return cell.integer ? tr("buy", "trade side") : tr("sell", "trade side");
        return cell.integer ? tr("yes") : tr("no");
    case EventCell::Type::Integer:
        if (spec->kind == ColumnKind::UnixSeconds)
            return localTime(cell.integer).time.toString(QStringLiteral("hh:mm:ss"));
        if (spec->kind == ColumnKind::UnixMilliseconds)
            return localTime(cell.integer).time.toString(QStringLiteral("hh:mm:ss.zzz"));
        return QString::number(cell.integer);
    case EventCell::Type::Unsigned:
        return QString::number(cell.unsignedInteger);
    case EventCell::Type::Double:
        return cell.hasText ? utf8Text(row.cellText(cell)) : numberText(cell.number);
    case EventCell::Type::Text: {
        const QString text = utf8Text(row.cellText(cell));
        return spec->kind == ColumnKind::Address ? abbreviated(text) : singleLine(text, MaxDisplayChars);
    }
    }
    return {};
}

QString EventFormatter::fullText(const EventRowView &row, int column) const
{
    if (column == ReceivedColumn)
        return isoText(localTime(row.receivedAtUs / 1000), true);
    if (column == LatencyColumn)
        return row.hasEventTime ? QString::number(row.latencyMs()) : QString();
    const ColumnSpec *spec = columnSpec(column);
    if (!spec)
        return {};
    const EventCell cell = row.cell(column - LeadingColumnCount);
    switch (cell.type) {
    case EventCell::Type::Missing:
        return {};
    case EventCell::Type::WholePayload:
        return utf8Text(row.payload);
    case EventCell::Type::Bool:
        return displayText(row, column);
    case EventCell::Type::Integer:
        if (spec->kind == ColumnKind::UnixSeconds)
            return isoText(localTime(cell.integer), false);
        if (spec->kind == ColumnKind::UnixMilliseconds)
            return isoText(localTime(cell.integer), true);
        return QString::number(cell.integer);
    case EventCell::Type::Unsigned:
        return QString::number(cell.unsignedInteger);
    case EventCell::Type::Double:
        return cell.hasText ? utf8Text(row.cellText(cell)) : numberText(cell.number);
    case EventCell::Type::Text:
        return utf8Text(row.cellText(cell));
    }
    return {};
}

QVariant EventFormatter::sortKey(const EventRowView &row, int column) const
{
    if (column == ReceivedColumn)
        return row.receivedAtUs;
    if (column == LatencyColumn)
        return row.hasEventTime ? QVariant(row.latencyMs()) : QVariant();
    if (!columnSpec(column))
        return {};
    const EventCell cell = row.cell(column - LeadingColumnCount);
    switch (cell.type) {
    case EventCell::Type::Missing:
        return {};
    case EventCell::Type::WholePayload:
        return utf8Text(row.payload);
    case EventCell::Type::Bool:
        return cell.integer != 0;
    case EventCell::Type::Integer:
        return cell.integer;
    case EventCell::Type::Unsigned:
        return cell.unsignedInteger;
    case EventCell::Type::Double:
        return cell.number;
    case EventCell::Type::Text:
        return utf8Text(row.cellText(cell));
    }
    return {};
}

QString EventFormatter::toolTip(const EventRowView &row, int column) const
{
    const ColumnSpec *spec = columnSpec(column);
    if (column == ReceivedColumn || !spec)
        return fullText(row, column);
    switch (spec->kind) {
    case ColumnKind::Address:
    case ColumnKind::Text:
    case ColumnKind::Json:
    case ColumnKind::UnixSeconds:
    case ColumnKind::UnixMilliseconds:
    case ColumnKind::Decimal:
        return fullText(row, column);
    case ColumnKind::Integer:
    case ColumnKind::Bool:
    case ColumnKind::Side:
    case ColumnKind::Count:
        break;
    }
    return {};
}

} // namespace shuriken
