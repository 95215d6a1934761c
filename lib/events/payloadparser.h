#pragma once

// Private to lib/events: simdjson stays out of every other library's headers.

#include <QByteArray>

#include <optional>
#include <simdjson.h>

namespace shuriken {

/// Parses stream payloads with simdjson, for EventRowBuilder.
///
/// A simdjson parser keeps its buffers for the next document of up to the size it has seen.
/// Payloads are small (428 bytes for svm.token.swaps), so one parser is reused for them; one of
/// the rare big ones gets a parser of its own rather than growing the reused one for good. A
/// payload with padding (paddedpayload.h, as the wire decoder delivers them) is parsed where it
/// is; others (tests, replays) are copied into the parser's padded buffer first.
class PayloadParser
{
public:
    /// The document stays valid until the next parse().
    simdjson::error_code parse(const QByteArray &payload, simdjson::dom::element &document);

    /// Payloads parsed by every PayloadParser of the process.
    static quint64 parseCount();

private:
    simdjson::dom::parser m_reused;
    std::optional<simdjson::dom::parser> m_large;
};

} // namespace shuriken
