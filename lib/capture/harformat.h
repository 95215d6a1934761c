#pragma once

// HAR 1.2 with Chrome DevTools' WebSocket extension: the exchange format of browsers' DevTools,
// HTTP Toolkit and Proxyman. HTTP exchanges are ordinary entries; the WebSocket is an entry with
// "_resourceType": "websocket" and "_webSocketMessages": [{"type": "send"|"receive",
// "time": <s since the epoch>, "opcode": 1, "data": "<text>"}]. The mapping is documented in
// docs/capture-format.md.

#include "capturerecord.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

#include <optional>

namespace shuriken::capture {

class HarFormat
{
    Q_DECLARE_TR_FUNCTIONS(HarFormat)

public:
    /// @p capture as a HAR 1.2 document (UTF-8 JSON). State and subscription entries have no HAR
    /// form and are left out; every WebSocket connection of the capture is one entry.
    static QByteArray toHar(const Capture &capture);
    /// A HAR document as a capture: its HTTP entries and the frames of its WebSocket entries, in
    /// time order. Unknown fields are ignored. Empty with @p error set for a document that is not
    /// HAR or has no WebSocket entry. @p warnings lists what was left out (optional).
    static std::optional<Capture> fromHar(const QByteArray &json, QString *error, QStringList *warnings = nullptr);
    /// Whether @p head (the start of a file) looks like a HAR document rather than JSON Lines.
    static bool looksLikeHar(QByteArrayView head);
};

} // namespace shuriken::capture
