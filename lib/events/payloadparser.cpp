#include "payloadparser.h"

#include "paddedpayload.h"

#include <atomic>

namespace shuriken {

namespace {

constexpr size_t ReusedParserMaxBytes = 64 * 1024;

// Relaxed: a count for tests, ordered by nothing; one uncontended increment per payload.
std::atomic<quint64> parsed {0};

} // namespace

simdjson::error_code PayloadParser::parse(const QByteArray &payload, simdjson::dom::element &document)
{
    static_assert(PayloadPadding >= qsizetype(simdjson::SIMDJSON_PADDING));
    parsed.fetch_add(1, std::memory_order_relaxed);
    const auto size = size_t(payload.size());
    m_large.reset();
    simdjson::dom::parser &parser = size <= ReusedParserMaxBytes ? m_reused : m_large.emplace();
    return parser.parse(payload.constData(), size, !hasPayloadPadding(payload)).get(document);
}

quint64 PayloadParser::parseCount()
{
    return parsed.load(std::memory_order_relaxed);
}

} // namespace shuriken
