#pragma once

// Sample events of several streams for the display-filter tests, built as StreamClient builds
// them (typed rows of the built-in schemas), and the three ways a row is matched: from the
// payload copied into the parser, from a padded payload parsed in place, and from typed cells.

#include "displayfilter.h"
#include "eventrowbuilder.h"
#include "paddedpayload.h"
#include "streamevent.h"

#include <QHash>
#include <QString>

#include <memory>

namespace filtertest {

// 2026-12-06T10:00:02.500Z
constexpr qint64 ReceivedAtUs = 1796551202500000LL;

struct SampleRow
{
    QString stream;
    QString channel;
    QByteArray payload;
    QString event = QStringLiteral("update");
};

inline const QHash<QString, SampleRow> &sampleRows()
{
    static const QHash<QString, SampleRow> rows {
        {QStringLiteral("swap"),
         {QStringLiteral("svm.token.swaps"), QStringLiteral("public-swaps-So111"),
          R"({"tokenMint":"So11111111111111111111111111111111111111112","signature":"5hX9kSig","slot":312345678,)"
          R"("blockTime":1796551200,"isBuy":true,"sizeSol":"1.500000000","sizeUsd":"233.70","priceUsd":"155.80",)"
          R"("priceSol":"1.0000","maker":"7mkRtrader","network":"sol","seq":41,)"
          R"("fees":{"gasLamports":5000,"platform":"shuriken"},"amountIn":1500000000})"}},
        {QStringLiteral("sell"),
         {QStringLiteral("svm.token.swaps"), QStringLiteral("public-swaps-So111"),
          R"({"tokenMint":"So11111111111111111111111111111111111111112","signature":"3Zsig","slot":312345679,)"
          R"("blockTime":1796551201,"isBuy":false,"sizeSol":"0.000000001","sizeUsd":"0.00","priceUsd":"149.99",)"
          R"("priceSol":"0.9650","maker":"9abcTrader","network":"sol","seq":42})"}},
        // Types other than the documented ones, in the schema's columns.
        {QStringLiteral("swapnum"),
         {QStringLiteral("svm.token.swaps"), QStringLiteral("public-swaps-So111"),
          R"({"tokenMint":"So1","isBuy":"true","priceUsd":155.8,"sizeUsd":233,"sizeSol":1e-9,"maker":12345,)"
          R"("signature":"true","blockTime":"1796551200","seq":43})"}},
        {QStringLiteral("balance"),
         {QStringLiteral("svm.token.balances"), QStringLiteral("public-balances-EPj"),
          R"({"mint":"EPjFWdd5AufqSSqeM2qN1xzybapC8G4wEGGkZwyTDt1v","owner":"9xQeWvG816bUx9EPjHmaT23yvVM2ZWbrrpZb9PusVFin",)"
          R"("slot":312345680,"blockTime":1796551202,"decimals":6,"preBalance":18446744073709551615,)"
          R"("postBalance":18446744073709551614,"network":"sol","seq":7})"}},
        {QStringLiteral("note"),
         {QStringLiteral("portfolio.notifications"), QStringLiteral("presence-notification_usr_sim0001"),
          R"({"type":"swap","taskId":"task_0042","userId":"usr_sim0001","chainId":1,"seq":0})"}},
        {QStringLiteral("message"),
         {QStringLiteral("alpha.personal"), QStringLiteral("presence-alpha-usr_sim0001"),
          R"({"platform":"telegram","data":{"messageId":"m-1","chatId":"-100123","content":"Buy $WIF now 🚀 日本語",)"
          R"("timestamp":1796551201000,"tokens":[{"address":"EKpQGSJtjMFqKZ9KQanSqYXRcF8fBopzLHYxdM65zcjm","chain":"sol"},)"
          R"({"address":"0x6982508145454ce325ddbe47a25d4ec3d2311933","chain":"eth"}],"isEdited":false,)"
          R"("isDeleted":false,"author":{"username":"Zoë","isBot":false}},"seq":5})"}},
        // A stream without a schema (the fallback), with payload fields named like metadata.
        {QStringLiteral("other"),
         {QStringLiteral("test.unknown"), QStringLiteral("test-channel"),
          R"({"channel":"inner","event":"inner-event","payload":{"deep":true},"odd key":"yes","n":null,"empty":"",)"
          R"("zero":0,"neg":-5.5,"big":"123456789012345678901234567890.5","arr":[1,2,3],"obj":{},"in":"keyword",)"
          R"("dec":"0.1","flt":0.1,"sum":0.30000000000000004,"e":"1e3","sp":" 42 ","plus":"+7","esc":"a\"b\\c",)"
          R"("nl":"two\nlines","u64":18446744073709551615,"i64min":-9223372036854775808,)"
          R"("nested":{"list":[{"id":1},{"id":2,"tags":["x","y"]}]},"bigexp":1e300,"text5":"12345"})",
          QStringLiteral("custom")}},
        {QStringLiteral("broken"),
         {QStringLiteral("svm.token.swaps"), QStringLiteral("public-swaps-So111"), "not json {"}},
    };
    return rows;
}

/// The event of a sample row as the client builds it: typed row, stamped ReceivedAtUs.
inline shuriken::StreamEvent sampleEvent(const SampleRow &row)
{
    static shuriken::EventRowBuilder builder;
    return shuriken::StreamEvent::fromFrame(row.stream, row.channel, row.event, row.payload, ReceivedAtUs, builder);
}

/// The verdicts of @p filter on @p event: payload copied, payload in place, typed cells.
struct Verdicts
{
    bool copied = false;
    bool inPlace = false;
    bool typed = false;
};

inline Verdicts verdicts(const shuriken::DisplayFilter &filter, const shuriken::StreamEvent &event)
{
    using namespace shuriken;
    Verdicts result;
    FilterRowContext copied = FilterRowContext::fromEvent(event);
    copied.payloadPadded = false;
    result.copied = filter.matches(copied);

    const QByteArray padded = paddedPayload(event.payload);
    FilterRowContext inPlace = FilterRowContext::fromEvent(event);
    inPlace.payload = padded;
    inPlace.payloadPadded = hasPayloadPadding(padded);
    result.inPlace = filter.matches(inPlace);

    EventRowBuilder builder;
    const FilterBinding binding = filter.bind(builder.schemaFor(event.stream));
    result.typed = filter.matches(FilterRowContext::fromEvent(event, &binding));
    return result;
}

} // namespace filtertest
