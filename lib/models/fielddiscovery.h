#pragma once

#include "streamevent.h"

#include <QSet>
#include <QStringList>

namespace shuriken {

/// Finds the columns of a table whose stream has no schema (a channel of a Pusher server): the
/// `event` metadata first, then the payload's top-level fields in the order they first appear,
/// as value expressions of the display-filter language (custom columns).
///
/// Each expression is proposed once only, ever: a column the user removed is not added again
/// (knownFields() is what the caller keeps across runs), and proposals stop at maxColumns().
///
/// Cheap at high rates: a batch costs one string comparison per event (its event name against
/// the previous one's); only a few events per batch are parsed (SamplesPerBatch, evenly spread)
/// until SettleAfterEvents parsed events in a row brought nothing new; after that only an event
/// under a name not seen before is parsed, and nothing at all once the cap is reached. Parsing
/// reads the top level of the payload text only, without building a document.
class FieldDiscovery
{
public:
    static constexpr int DefaultMaxColumns = 12;
    static constexpr int SamplesPerBatch = 16;
    static constexpr int SettleAfterEvents = 256;
    /// Event names remembered to notice a new kind of event; beyond it names are not tracked.
    static constexpr int MaxEventNames = 256;

    explicit FieldDiscovery(int maxColumns = DefaultMaxColumns);

    /// Expressions proposed before (an earlier run's knownFields()): never proposed again, and
    /// they count toward the cap.
    void setKnownFields(const QStringList &expressions);
    /// Every expression proposed so far (and those given to setKnownFields()), in order.
    QStringList knownFields() const { return m_known; }
    int maxColumns() const { return m_maxColumns; }

    /// The expressions @p batch brings up for the first time, in order of appearance (at most
    /// as many as the cap leaves).
    QStringList discover(const StreamEventBatch &batch);

    /// No new field for SettleAfterEvents parsed events: only new event names are looked at.
    bool isSettled() const { return m_quietEvents >= SettleAfterEvents; }
    /// The cap is reached: nothing is looked at any more.
    bool isFull() const { return m_known.size() >= m_maxColumns; }
    /// Payloads parsed so far (tests prove the sampling with it).
    quint64 parsedEvents() const { return m_parsed; }

    /// The expression of the event-name metadata column.
    static QString eventExpression() { return QStringLiteral("event"); }
    /// The member names of a JSON object's top level, in order (duplicates kept); for a text that
    /// is not an object, nothing; for a malformed one, the names read before the fault.
    static QStringList topLevelKeys(const QByteArray &json);

private:
    /// Proposes what @p event's payload has that is new; returns whether anything was.
    bool scan(const StreamEvent &event, QStringList *found);
    bool propose(const QString &expression, QStringList *found);

    int m_maxColumns;
    QStringList m_known;
    QSet<QString> m_knownSet;
    QSet<QString> m_eventNames;
    QString m_lastEventName;
    bool m_anyEvent = false;
    int m_quietEvents = 0;
    quint64 m_parsed = 0;
};

} // namespace shuriken
