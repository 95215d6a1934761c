#pragma once

// The one JSON Lines record format of events, written by the CLI (`shuriken-stream`, jsonl
// output) and the monitor's JSON Lines export alike, documented in README.md ("JSON Lines
// records"):
//
//   {"receivedAt":"2025-01-01T00:00:01.234567Z","receivedAtUs":1735689601234567,
//    "stream":"svm.token.swaps","channel":"…","event":"update","payload":{…}}
//
// receivedAt is UTC with microseconds; the payload is the exact text it arrived as when that is
// one line, else its tokens exactly as they arrived without the whitespace between them. A payload that is not a JSON
// object is written as a JSON string of its text, followed by "payloadError" saying why.

#include "streamevent.h"

#include <QByteArray>
#include <QString>

#include <optional>

namespace shuriken {

/// "2025-01-01T00:00:01.234567Z": UTC, microseconds.
QString formatReceivedAt(qint64 receivedAtUs);
/// Accepts formatReceivedAt()'s form with 0-9 fraction digits, and ISO 8601 with an offset.
std::optional<qint64> parseReceivedAt(const QString &text);

/// Appends @p event as one record, its '\n' included.
void appendEventJsonLine(QByteArray &out, const StreamEvent &event);
/// One record, its '\n' included.
QByteArray eventJsonLine(const StreamEvent &event);
/// The record of an event from a Pusher-protocol server (shuriken-stream --pusher-key): receivedAt,
/// channel, event and `data`, Pusher's own word: the JSON value as it came (minified to one
/// line), or a JSON string when the data is not JSON (plain text is valid Pusher data). '\n'
/// included.
void appendPusherEventJsonLine(QByteArray &out, const StreamEvent &event);

} // namespace shuriken
