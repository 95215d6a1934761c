#pragma once

#include "eventrow.h"

#include <QByteArray>
#include <QList>
#include <QMetaType>
#include <QString>

namespace shuriken {

class EventRowBuilder;

/// One stream event as it left the wire: routed by (channel, event), stamped on arrival, and its
/// payload read once into a typed row (EventRowBuilder).
///
/// The payload is kept as the exact JSON text it arrived as; no parsed object is kept. Everything
/// downstream (the event table, the exporters, the CLI) reads the row and the text.
struct StreamEvent
{
    /// Receive time, microseconds since the Unix epoch (QDateTime::currentMSecsSinceEpoch()
    /// resolution is not enough to tell events of one frame burst apart).
    qint64 receivedAtUs = 0;
    QString stream;
    QString channel;
    QString event;
    /// The payload's exact JSON text as it arrived (the decoded `data` string).
    QByteArray payload;
    /// The payload's top-level integer `seq` (the simulator numbers events per channel), or -1.
    qint64 seq = -1;
    /// The schema columns, extracted from the payload with the stream's schema; for a payload that
    /// is not a JSON object, the reason.
    EventRow row;

    /// The payload is not a JSON object.
    bool parseFailed() const { return row.parseFailed(); }
    /// Empty when the payload is a JSON object; otherwise why it is not, for the user.
    QString parseError() const;
    /// Marks the payload refused for @p reason (not empty), in place of any row: for events made
    /// by hand (tests, files). A table builds the refused row for its schema, keeping the reason.
    void setParseError(const QString &reason);

    /// The row as the formatter reads it.
    EventRowView view() const;

    /// An event as StreamClient makes it from a decoded frame: stamped now, its row built by
    /// @p builder (or, without @p typedRow, its payload only checked: EventRowBuilder::check()).
    /// The benchmarks call it too, so they measure exactly what the product does.
    static StreamEvent fromFrame(const QString &stream, const QString &channel, const QString &event,
                                 const QByteArray &payload, EventRowBuilder &builder, bool typedRow = true);
    /// The same, stamped @p receivedAtUs: when the frame arrived (the time the connection gave
    /// its frame record too), or, in a replay, the recorded arrival.
    static StreamEvent fromFrame(const QString &stream, const QString &channel, const QString &event,
                                 const QByteArray &payload, qint64 receivedAtUs, EventRowBuilder &builder,
                                 bool typedRow = true);
};

using StreamEventBatch = QList<StreamEvent>;

} // namespace shuriken

Q_DECLARE_METATYPE(shuriken::StreamEvent)
Q_DECLARE_METATYPE(shuriken::StreamEventBatch)
