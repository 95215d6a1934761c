#pragma once

#include <QByteArray>

#include <optional>
#include <simdjson.h>

namespace shuriken {

/// Parses stream payloads with simdjson, for StreamEvent's check and the event table's rows.
///
/// A simdjson parser keeps its buffers for the next document of up to the size it has seen.
/// Payloads are small (428 bytes for svm.token.swaps), so one parser is reused for them; one of
/// the rare big ones gets a parser of its own rather than growing the reused one for good. A
/// payload from pusher::decode() carries pusher::PayloadPadding spare bytes and is parsed where
/// it is; others (tests, replays) are copied into the parser's padded buffer first.
class PayloadParser
{
public:
    /// The document stays valid until the next parse().
    simdjson::error_code parse(const QByteArray &payload, simdjson::dom::element &document);

private:
    simdjson::dom::parser m_reused;
    std::optional<simdjson::dom::parser> m_large;
};

} // namespace shuriken
