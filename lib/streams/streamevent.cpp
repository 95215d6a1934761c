#include "streamevent.h"

#include "pusherprotocol.h"

#include <QCoreApplication>

#include <chrono>
#include <optional>
#include <simdjson.h>

namespace shuriken {

namespace {

QString payloadErrorText(simdjson::error_code error)
{
    // The context is spelled out in every call: lupdate reads literals only.
    switch (error) {
    case simdjson::EMPTY:
        return QCoreApplication::translate("shuriken::StreamClient", "the payload is empty");
    case simdjson::UTF8_ERROR:
        return QCoreApplication::translate("shuriken::StreamClient", "the payload is not valid UTF-8");
    case simdjson::NUMBER_ERROR:
    case simdjson::NUMBER_OUT_OF_RANGE:
        // JSON allows any number; the payloads' widest is u64 (PROTOCOL.md, payload types).
        return QCoreApplication::translate("shuriken::StreamClient",
                                           "the payload has a number that is malformed or out of range");
    case simdjson::STRING_ERROR:
    case simdjson::UNCLOSED_STRING:
    case simdjson::UNESCAPED_CHARS:
        return QCoreApplication::translate("shuriken::StreamClient", "the payload has a malformed string");
    case simdjson::DEPTH_ERROR:
        return QCoreApplication::translate("shuriken::StreamClient", "the payload is nested too deeply");
    default:
        return QCoreApplication::translate("shuriken::StreamClient", "the payload is not valid JSON");
    }
}

// A parser keeps its buffers for the next document of up to the size it has seen. Payloads are
// small; one of the rare big ones gets a parser of its own rather than growing this one for good.
constexpr size_t ReusedParserMaxBytes = 64 * 1024;

} // namespace

void StreamEvent::inspectPayload()
{
    seq = -1;
    parseError.clear();
    thread_local simdjson::dom::parser reused;
    std::optional<simdjson::dom::parser> oneOff;
    simdjson::dom::parser &parser = size_t(payload.size()) <= ReusedParserMaxBytes ? reused : oneOff.emplace();
    simdjson::dom::element document;
    // A payload from pusher::decode() has the padding simdjson reads past the end; others are
    // copied into the parser's own padded buffer first.
    static_assert(pusher::PayloadPadding >= qsizetype(simdjson::SIMDJSON_PADDING));
    const bool padded = payload.capacity() - payload.size() >= pusher::PayloadPadding;
    if (const auto error = parser.parse(payload.constData(), size_t(payload.size()), !padded).get(document)) {
        parseError = payloadErrorText(error);
        return;
    }
    simdjson::dom::object object;
    if (document.get_object().get(object)) {
        parseError = QCoreApplication::translate("shuriken::StreamClient", "the payload is not a JSON object");
        return;
    }
    int64_t value = -1;
    if (!object["seq"].get_int64().get(value) && value >= 0)
        seq = value;
}

StreamEvent StreamEvent::fromFrame(const QString &stream, const QString &channel, const QString &event,
                                   const QByteArray &payload)
{
    using namespace std::chrono;
    StreamEvent result;
    result.receivedAtUs = duration_cast<microseconds>(system_clock::now().time_since_epoch()).count();
    result.stream = stream;
    result.channel = channel;
    result.event = event;
    result.payload = payload;
    result.inspectPayload();
    return result;
}

} // namespace shuriken
