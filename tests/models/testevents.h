#pragma once

// Realistic payloads (PROTOCOL.md section 4) and StreamEvent builders shared by the model tests.

#include "eventrowbuilder.h"
#include "streamevent.h"

#include <QJsonDocument>
#include <QJsonObject>

namespace shuriken::test {

inline constexpr qint64 SwapBlockTime = 1735689600; // 2025-01-01T00:00:00Z
inline const char *const SwapMaker = "9WzDXwBbmkg8ZTbNMqUxvQRAyrZzDsGYdLVL9zYtAWWM";
inline const char *const SwapSignature
    = "5VERv8NMvzbJMEkV8xnrLkEaWRtSz9CosKDYjCJjBRnbJLgp8uirBgmQpjKhoR4tjF3ZpRzrFmBV6UjKdiSZkQUW";

/// An svm.token.swaps payload as the server sends it; @p seq numbers it for window tests.
inline QJsonObject swapPayload(qint64 seq = 0, bool isBuy = true)
{
    return QJsonObject {
        {QStringLiteral("tokenMint"), QStringLiteral("7GCihgDB8fe6KNjn2MYtkzZcRjQy3t9GHdC8uHYmW2hr")},
        {QStringLiteral("signature"), QString::fromLatin1(SwapSignature)},
        {QStringLiteral("slot"), 312345678},
        {QStringLiteral("blockTime"), SwapBlockTime},
        {QStringLiteral("blockHeight"), 290000001},
        {QStringLiteral("isBuy"), isBuy},
        {QStringLiteral("sizeSol"), QStringLiteral("1.25")},
        {QStringLiteral("sizeUsd"), QStringLiteral("237.50")},
        {QStringLiteral("priceUsd"), QStringLiteral("0.0001234")},
        {QStringLiteral("priceSol"), QStringLiteral("0.00000065")},
        {QStringLiteral("maker"), QString::fromLatin1(SwapMaker)},
        {QStringLiteral("tradeSource"), QStringLiteral("pumpswap")},
        {QStringLiteral("fees"),
         QJsonObject {{QStringLiteral("gasLamports"), 5000}, {QStringLiteral("computeUnitsConsumed"), 42000}}},
        {QStringLiteral("network"), QStringLiteral("sol")},
        {QStringLiteral("seq"), seq},
    };
}

/// A StreamEvent as StreamClient delivers it: payload text, inspected.
inline StreamEvent makeEvent(const QString &stream, const QJsonObject &payload, qint64 receivedAtUs,
                             const QString &channel = QStringLiteral("swaps-channel"))
{
    StreamEvent event;
    event.receivedAtUs = receivedAtUs;
    event.stream = stream;
    event.channel = channel;
    event.event = QStringLiteral("update");
    event.payload = QJsonDocument(payload).toJson(QJsonDocument::Compact);
    EventRowBuilder().build(event);
    return event;
}

/// @p count swap events numbered from @p firstSeq, received 1 ms apart.
inline StreamEventBatch swapBatch(qint64 firstSeq, int count)
{
    StreamEventBatch batch;
    batch.reserve(count);
    for (int i = 0; i < count; ++i) {
        const qint64 seq = firstSeq + i;
        batch.append(makeEvent(QStringLiteral("svm.token.swaps"), swapPayload(seq, seq % 2 == 0),
                               (SwapBlockTime * 1000 + 2000 + seq) * 1000));
    }
    return batch;
}

} // namespace shuriken::test
