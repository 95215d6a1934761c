#include "streamevent.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonParseError>

#include <chrono>

namespace shuriken {

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
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(payload, &error);
    if (document.isObject()) {
        result.json = document.object();
    } else {
        result.parseError = error.error != QJsonParseError::NoError
            ? error.errorString()
            : QCoreApplication::translate("shuriken::StreamClient", "the payload is not a JSON object");
    }
    return result;
}

} // namespace shuriken
