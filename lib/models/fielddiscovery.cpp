#include "fielddiscovery.h"

#include "displayfilter.h"

#include <QJsonArray>
#include <QJsonDocument>

#include <algorithm>

namespace shuriken {

namespace {

bool isJsonSpace(char c)
{
    return c == ' ' || c == '\t' || c == '\n' || c == '\r';
}

/// The index just past the string that opens at @p from (a '"'), or -1 when it does not end.
qsizetype endOfString(const char *data, qsizetype size, qsizetype from)
{
    for (qsizetype i = from + 1; i < size; ++i) {
        if (data[i] == '\\')
            ++i;
        else if (data[i] == '"')
            return i + 1;
    }
    return -1;
}

/// A quoted JSON string with escapes, decoded by the JSON parser (rare in member names).
QString decodeQuoted(const QByteArray &quoted)
{
    const QJsonDocument document = QJsonDocument::fromJson('[' + quoted + ']');
    return document.array().at(0).toString();
}

} // namespace

FieldDiscovery::FieldDiscovery(int maxColumns)
    : m_maxColumns(std::max(0, maxColumns))
{ }

void FieldDiscovery::setKnownFields(const QStringList &expressions)
{
    for (const QString &expression : expressions) {
        if (!expression.isEmpty() && !m_knownSet.contains(expression)) {
            m_knownSet.insert(expression);
            m_known.append(expression);
        }
    }
}

QStringList FieldDiscovery::discover(const StreamEventBatch &batch)
{
    QStringList found;
    if (isFull() || batch.isEmpty())
        return found;
    const qsizetype stride = std::max<qsizetype>(1, batch.size() / SamplesPerBatch);
    for (qsizetype i = 0; i < batch.size() && !isFull(); ++i) {
        const StreamEvent &event = batch.at(i);
        bool newName = false;
        if (!m_anyEvent || event.event != m_lastEventName) {
            m_anyEvent = true;
            m_lastEventName = event.event;
            if (!m_eventNames.contains(event.event) && m_eventNames.size() < MaxEventNames) {
                m_eventNames.insert(event.event);
                newName = true;
            }
        }
        // Unsettled: a sample of every batch; settled: only a kind of event not seen before.
        if (!newName && (isSettled() || i % stride != 0))
            continue;
        if (scan(event, &found))
            m_quietEvents = 0;
        else
            m_quietEvents = std::min(m_quietEvents + 1, SettleAfterEvents);
    }
    return found;
}

bool FieldDiscovery::scan(const StreamEvent &event, QStringList *found)
{
    bool any = propose(eventExpression(), found);
    ++m_parsed;
    const QStringList keys = topLevelKeys(event.payload);
    for (const QString &key : keys) {
        if (isFull())
            break;
        any = propose(DisplayFilter::memberStep(key, true), found) || any;
    }
    return any;
}

bool FieldDiscovery::propose(const QString &expression, QStringList *found)
{
    if (isFull() || m_knownSet.contains(expression))
        return false;
    m_knownSet.insert(expression);
    m_known.append(expression);
    found->append(expression);
    return true;
}

QStringList FieldDiscovery::topLevelKeys(const QByteArray &json)
{
    QStringList keys;
    const char *data = json.constData();
    const qsizetype size = json.size();
    qsizetype i = 0;
    const auto skipSpace = [&] {
        while (i < size && isJsonSpace(data[i]))
            ++i;
    };
    skipSpace();
    if (i >= size || data[i] != '{')
        return keys;
    ++i;
    while (i < size) {
        skipSpace();
        if (i >= size || data[i] != '"')
            return keys; // '}' of an empty object, or a fault
        const qsizetype end = endOfString(data, size, i);
        if (end < 0)
            return keys;
        const QByteArray quoted = QByteArray::fromRawData(data + i, end - i);
        keys.append(quoted.contains('\\') ? decodeQuoted(quoted) : QString::fromUtf8(data + i + 1, end - i - 2));
        i = end;
        skipSpace();
        if (i >= size || data[i] != ':')
            return keys;
        ++i;
        // Skips the value: strings whole, nesting counted, up to the ',' or '}' of this level.
        int depth = 0;
        while (i < size) {
            const char c = data[i];
            if (c == '"') {
                const qsizetype stringEnd = endOfString(data, size, i);
                if (stringEnd < 0)
                    return keys;
                i = stringEnd;
                continue;
            }
            if (c == '{' || c == '[') {
                ++depth;
            } else if (c == '}' || c == ']') {
                if (depth == 0)
                    break;
                --depth;
            } else if (c == ',' && depth == 0) {
                break;
            }
            ++i;
        }
        if (i >= size || data[i] != ',')
            return keys;
        ++i;
    }
    return keys;
}

} // namespace shuriken
