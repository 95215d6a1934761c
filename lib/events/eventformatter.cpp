#include "eventformatter.h"

#include "textutil.h"

#include <QDateTime>
#include <QLocale>

#include <algorithm>

namespace shuriken {

namespace {

// A cell shows at most this much of a long text (message contents); the detail view has all.
constexpr qsizetype MaxDisplayChars = 200;

QString numberText(double value)
{
    return QString::number(value, 'f', QLocale::FloatingPointShortest);
}

QDateTime localTime(qint64 ms)
{
    return QDateTime::fromMSecsSinceEpoch(ms);
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
        return localTime(row.receivedAtUs / 1000).toString(QStringLiteral("hh:mm:ss.zzz"));
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
            return localTime(cell.integer).toString(QStringLiteral("hh:mm:ss"));
        if (spec->kind == ColumnKind::UnixMilliseconds)
            return localTime(cell.integer).toString(QStringLiteral("hh:mm:ss.zzz"));
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
        return localTime(row.receivedAtUs / 1000).toString(Qt::ISODateWithMs);
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
            return localTime(cell.integer).toString(Qt::ISODate);
        if (spec->kind == ColumnKind::UnixMilliseconds)
            return localTime(cell.integer).toString(Qt::ISODateWithMs);
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
