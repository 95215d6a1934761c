#include "payloadparser.h"

#include "pusherprotocol.h"

namespace shuriken {

namespace {

constexpr size_t ReusedParserMaxBytes = 64 * 1024;

} // namespace

simdjson::error_code PayloadParser::parse(const QByteArray &payload, simdjson::dom::element &document)
{
    static_assert(pusher::PayloadPadding >= qsizetype(simdjson::SIMDJSON_PADDING));
    const bool padded = payload.capacity() - payload.size() >= pusher::PayloadPadding;
    const auto size = size_t(payload.size());
    m_large.reset();
    simdjson::dom::parser &parser = size <= ReusedParserMaxBytes ? m_reused : m_large.emplace();
    return parser.parse(payload.constData(), size, !padded).get(document);
}

} // namespace shuriken
