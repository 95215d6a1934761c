// EventGenerator: the Solana (svm.*) streams.

#include "eventgenerator.h"
#include "generatorsupport.h"
#include "identifiers.h"
#include "jsonwriter.h"
#include "marketmodel.h"

#include <algorithm>
#include <cmath>

namespace shuriken::sim {

using generatorsupport::kMaxRawAmount;
using generatorsupport::rawUnits;

void EventGenerator::svmSwap(JsonWriter &json, qint64 nowMs)
{
    const QByteArray mint = filterValue("tokenAddress");
    const TokenProfile &token = m_market->token(m_network, mint);
    const double marketUsd = m_market->priceUsd(m_network, mint, nowMs);
    const double solUsd = m_market->nativeUsd(m_network, nowMs);
    const bool isBuy = m_random.chance(0.55);
    const double sizeSol = std::clamp(m_random.logNormal(std::log(0.4), 1.3), 0.001, 800.0);
    const double slippage = std::abs(m_random.normal()) * 0.002;
    const double priceUsd = marketUsd * (isBuy ? 1.0 + slippage : 1.0 - slippage);
    const double sizeUsd = sizeSol * solUsd;
    const double priceSol = priceUsd / solUsd;
    const quint64 slot = nextSlot(nowMs);

    json.field("tokenMint", mint);
    json.field("signature", randomSvmSignature(m_random));
    json.fieldUInt("slot", slot);
    json.fieldInt("blockTime", nowMs / 1000);
    json.fieldBool("isBuy", isBuy);
    json.fieldDecimal("sizeSol", sizeSol, 9);
    json.fieldDecimal("sizeUsd", sizeUsd, 2);
    json.fieldDecimal("priceUsd", priceUsd, decimalsForSignificant(priceUsd));
    json.fieldDecimal("priceSol", priceSol, decimalsForSignificant(priceSol));
    json.field("maker", pickTrader());
    // The optional block and routing details come with some swaps only, so a typical payload
    // stays near the ~430 bytes seen on the wire and a client still meets every field.
    if (m_random.chance(0.1)) {
        json.field("poolAddress", token.poolAddress);
        const QByteArray solMint = MarketModel::wrappedNativeAddress(m_network);
        const double tokens = sizeUsd / std::max(priceUsd, 1e-12);
        const quint64 lamports = rawUnits(sizeSol, 9);
        const quint64 tokenUnits = rawUnits(tokens, token.decimals);
        json.fieldUInt("blockHeight", slot - 18000000);
        json.field("blockHash", m_market->solanaBlockHash(slot));
        json.fieldUInt("transactionIndex", m_transactionIndex);
        json.field("inputMint", isBuy ? solMint : mint);
        json.field("outputMint", isBuy ? mint : solMint);
        json.fieldUInt("inputDecimals", quint64(isBuy ? 9 : token.decimals));
        json.fieldUInt("outputDecimals", quint64(isBuy ? token.decimals : 9));
        json.fieldUInt("amountIn", isBuy ? lamports : tokenUnits);
        json.fieldUInt("amountOut", isBuy ? tokenUnits : lamports);
        static constexpr std::array<const char *, 4> sources {"jupiter", "direct", "photon", "axiom"};
        json.field("tradeSource", m_random.pick(sources));
        json.field("location", token.dexType);
        json.key("fees");
        json.beginObject();
        json.fieldUInt("gasLamports", quint64(5000 + 5000 * m_random.below(3)));
        json.fieldUInt("computeUnitsConsumed", quint64(m_random.range(40000, 240000)));
        if (m_random.chance(0.6)) {
            static constexpr std::array<const char *, 3> platforms {"shuriken", "photon", "bullx"};
            json.field("platform", m_random.pick(platforms));
            json.fieldUInt("platformFeeLamports", lamports / 100);
        }
        if (m_random.chance(0.3))
            json.fieldUInt("mevFeeLamports", quint64(m_random.range(10000, 2000000)));
        json.endObject();
    }
    json.field("network", m_network);
}

void EventGenerator::svmPoolInfo(JsonWriter &json, qint64 nowMs)
{
    const QByteArray mint = filterValue("tokenAddress");
    const TokenProfile &token = m_market->token(m_network, mint);
    const double priceUsd = m_market->priceUsd(m_network, mint, nowMs);
    json.field("tokenAddress", mint);
    json.field("tokenName", token.name);
    json.field("tokenSymbol", token.symbol);
    json.fieldUInt("tokenDecimals", quint64(token.decimals));
    if (m_random.chance(0.95))
        json.fieldDecimal("priceUsd", priceUsd, decimalsForSignificant(priceUsd));
    json.fieldUInt("blockIndex", nextSlot(nowMs));
    json.fieldUInt("timestampUpdatedMs", quint64(nowMs));
    json.field("network", m_network);
}

void EventGenerator::svmTokenBalance(JsonWriter &json, qint64 nowMs, bool walletStream)
{
    QByteArray mint;
    QByteArray owner;
    if (walletStream) {
        owner = filterValue("walletAddress");
        const QList<QByteArray> tokens = m_market->popularTokens(m_network);
        mint = tokens.at(m_random.below(quint64(tokens.size())));
    } else {
        mint = filterValue("tokenAddress");
        owner = pickTrader();
    }
    const TokenProfile &token = m_market->token(m_network, mint);
    const QByteArray key = walletStream ? mint : owner;
    auto balance = m_balances.find(key);
    if (balance == m_balances.end())
        balance = m_balances.insert(key, rawUnits(m_random.logNormal(std::log(20000.0), 2.0), token.decimals));
    const quint64 pre = *balance;
    const double change = m_random.logNormal(std::log(0.05), 1.0);
    quint64 post = 0;
    if (m_random.chance(0.5) || pre == 0)
        post = std::min<quint64>(pre + std::max<quint64>(1, quint64(double(pre + 1000) * change)),
                                 quint64(kMaxRawAmount));
    else
        post = pre - std::min(pre, quint64(double(pre) * std::min(change, 1.0)));
    *balance = post;

    json.field("mint", mint);
    json.field("owner", owner);
    json.fieldUInt("slot", nextSlot(nowMs));
    json.fieldInt("blockTime", nowMs / 1000);
    json.fieldUInt("decimals", quint64(token.decimals));
    json.fieldUInt("preBalance", pre);
    json.fieldUInt("postBalance", post);
    json.field("network", m_network);
}

void EventGenerator::svmNativeBalance(JsonWriter &json, qint64 nowMs)
{
    const QByteArray owner = filterValue("walletAddress");
    auto balance = m_balances.find(owner);
    if (balance == m_balances.end())
        balance = m_balances.insert(owner, rawUnits(m_random.logNormal(std::log(12.0), 1.0), 9));
    const quint64 pre = *balance;
    const quint64 delta = rawUnits(m_random.logNormal(std::log(0.2), 1.2), 9);
    const bool spend = m_random.chance(0.5) && delta + 5000 <= pre;
    const quint64 post = spend ? pre - delta - 5000 : std::min<quint64>(pre + delta, quint64(kMaxRawAmount));
    *balance = post;

    json.field("owner", owner);
    json.fieldUInt("slot", nextSlot(nowMs));
    json.fieldInt("blockTime", nowMs / 1000);
    json.fieldUInt("preBalance", pre);
    json.fieldUInt("postBalance", post);
    json.field("network", m_network);
}

void EventGenerator::svmCurveEvent(JsonWriter &json, qint64 nowMs, bool graduation)
{
    static constexpr std::array<const char *, 4> curves {"pumpfun", "letsbonk", "moonshot", "boop"};
    static constexpr std::array<const char *, 3> destinations {"pumpswap", "raydium_cpmm", "meteora_damm_v2"};
    const QByteArray curve = m_random.pick(curves);
    const quint64 slot = nextSlot(nowMs);
    json.field("tokenAddress", curve == "pumpfun" ? randomPumpMint(m_random) : randomSvmAddress(m_random));
    json.field("curveAddress", randomSvmAddress(m_random));
    json.field("curveDexType", curve);
    if (graduation) {
        json.field("destPoolAddress", randomSvmAddress(m_random));
        json.field("destPoolDexType",
                   curve == "pumpfun" ? QByteArray("pumpswap") : QByteArray(m_random.pick(destinations)));
    } else {
        json.field("creator", randomSvmAddress(m_random));
    }
    json.field("signature", randomSvmSignature(m_random));
    json.fieldUInt("slot", slot);
    json.fieldInt("blockTime", nowMs / 1000);
    json.fieldUInt("blockHeight", slot - 18000000);
    json.field("blockHash", m_market->solanaBlockHash(slot));
    if (m_random.chance(0.8))
        json.fieldUInt("transactionIndex", m_transactionIndex);
    json.field("network", m_network);
}

void EventGenerator::svmDistributionStats(JsonWriter &json, qint64 nowMs)
{
    const QByteArray mint = filterValue("tokenAddress");
    const TokenProfile &token = m_market->token(m_network, mint);
    if (m_holderCount == 0)
        m_holderCount = m_random.range(200, 40000);
    m_holderCount = std::max<qint64>(1, m_holderCount + m_random.range(-3, 8));
    const double supply = token.totalSupply;
    auto share = [&](double mean) {
        return supply * std::clamp(mean * m_random.logNormal(0.0, 0.25), 0.0, 0.9);
    };
    const int decimals = token.decimals;

    json.field("tokenAddress", mint);
    json.field("network", m_network);
    json.fieldInt("blockIndex", qint64(nextSlot(nowMs)));
    json.key("stats");
    json.beginObject();
    json.fieldInt("holderCount", m_holderCount);
    if (m_random.chance(0.9))
        json.field("developer", token.developer);
    json.fieldDecimal("developerBalance", share(0.01), decimals);
    json.fieldDecimal("top10HolderBalances", share(0.25), decimals);
    json.key("top10Holders");
    json.beginArray();
    for (int i = 0; i < 10; ++i)
        json.string(pickTrader());
    json.endArray();
    json.fieldDecimal("sniperBalances", share(0.03), decimals);
    json.fieldInt("sniperCount", m_random.range(0, 40));
    json.fieldDecimal("proTraderBalances", share(0.05), decimals);
    json.fieldInt("proTraderCount", m_random.range(0, 120));
    json.fieldDecimal("freshieBalances", share(0.04), decimals);
    json.fieldInt("freshieCount", m_random.range(0, 300));
    json.fieldDecimal("insiderBalances", share(0.02), decimals);
    json.fieldInt("insiderCount", m_random.range(0, 25));
    json.fieldDecimal("bundlerBalances", share(0.02), decimals);
    json.fieldInt("bundlerCount", m_random.range(0, 30));
    json.endObject();
}

void EventGenerator::svmHolderStats(JsonWriter &json, qint64 nowMs)
{
    const QByteArray mint = filterValue("tokenAddress");
    const TokenProfile &token = m_market->token(m_network, mint);
    const double priceUsd = m_market->priceUsd(m_network, mint, nowMs);
    const double solUsd = m_market->nativeUsd(m_network, nowMs);
    const qint64 buys = m_random.range(1, 60);
    const qint64 sells = m_random.range(0, buys);
    const double boughtUsd = double(buys) * m_random.logNormal(std::log(80.0), 1.0);
    const double soldUsd = sells > 0 ? boughtUsd * m_random.uniform() * 1.6 : 0.0;
    const double buyPrice = priceUsd * m_random.logNormal(0.0, 0.3);
    const double sellPrice = priceUsd * m_random.logNormal(0.0, 0.3);
    const double boughtTokens = boughtUsd / buyPrice;
    const double soldTokens = sells > 0 ? std::min(boughtTokens, soldUsd / sellPrice) : 0.0;
    const double scale = 1e4; // four decimals, as a real ledger would show

    json.field("tokenAddress", mint);
    json.field("network", m_network);
    json.fieldInt("blockIndex", qint64(nextSlot(nowMs)));
    json.key("stats");
    json.beginObject();
    json.fieldFloat("boughtUsd", std::round(boughtUsd * scale) / scale);
    json.fieldFloat("boughtNative", std::round(boughtUsd / solUsd * 1e9) / 1e9);
    json.fieldDecimal("boughtTokens", boughtTokens, token.decimals);
    json.fieldFloat("soldUsd", std::round(soldUsd * scale) / scale);
    json.fieldFloat("soldNative", std::round(soldUsd / solUsd * 1e9) / 1e9);
    json.fieldDecimal("soldTokens", soldTokens, token.decimals);
    json.fieldInt("buysCount", buys);
    json.fieldInt("sellsCount", sells);
    if (m_random.chance(0.9))
        json.fieldInt("firstTransactionMs", nowMs - m_random.range(60000, 30LL * 86400000));
    json.fieldBool("isTokenDev", m_random.chance(0.02));
    json.fieldDecimal("tokenBalance", boughtTokens - soldTokens, token.decimals);
    json.fieldFloat("avgBuyPriceUsd", buyPrice);
    if (sells > 0)
        json.fieldFloat("avgSellPriceUsd", sellPrice);
    json.endObject();
}

} // namespace shuriken::sim
