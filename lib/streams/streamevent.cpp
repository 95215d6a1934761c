#include "streamevent.h"

#include "payloadparser.h"

#include <QCoreApplication>

#include <chrono>
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

} // namespace

void StreamEvent::inspectPayload()
{
    seq = -1;
    parseError.clear();
    thread_local PayloadParser parser;
    simdjson::dom::element document;
    if (const auto error = parser.parse(payload, document)) {
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
