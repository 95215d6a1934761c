// EventGenerator: the EVM (evm.*) streams.

#include "eventgenerator.h"
#include "generatorsupport.h"
#include "identifiers.h"
#include "jsonwriter.h"
#include "marketmodel.h"

#include <algorithm>
#include <cmath>

namespace shuriken::sim {

void EventGenerator::evmSwap(JsonWriter &json, qint64 nowMs)
{
    const QByteArray tokenAddress = filterValue("tokenAddress");
    const TokenProfile &token = m_market->token(m_network, tokenAddress);
    const QByteArray native = MarketModel::wrappedNativeAddress(m_network);
    const double nativeUsd = m_market->nativeUsd(m_network, nowMs);
    const double marketUsd = m_market->priceUsd(m_network, tokenAddress, nowMs);
    const bool isBuy = m_random.chance(0.55);
    const double amountUsd = std::clamp(m_random.logNormal(std::log(400.0), 1.4), 1.0, 2.0e6);
    const double slippage = std::abs(m_random.normal()) * 0.003;
    const double priceUsd = marketUsd * (isBuy ? 1.0 + slippage : 1.0 - slippage);
    const double amountNative = amountUsd / nativeUsd;
    const double tokens = amountUsd / std::max(priceUsd, 1e-18);
    const quint64 block = MarketModel::evmBlockNumber(m_network, nowMs);

    json.field("tokenAddress", tokenAddress);
    json.field("txHash", randomEvmHash(m_random));
    json.fieldUInt("chainId", m_chainId);
    json.fieldUInt("blockNumber", block);
    if (m_random.chance(0.7))
        json.field("blockHash", m_market->evmBlockHash(m_network, block));
    if (m_random.chance(0.7))
        json.fieldUInt("txIndex", quint64(m_random.below(250)));
    json.fieldInt("timestamp", nowMs / 1000);
    json.fieldBool("isBuy", isBuy);
    json.fieldDecimal("amountNative", amountNative, 9);
    json.fieldDecimal("amountUsd", amountUsd, 2);
    json.fieldDecimal("priceNative", priceUsd / nativeUsd, decimalsForSignificant(priceUsd / nativeUsd));
    json.fieldDecimal("priceUsd", priceUsd, decimalsForSignificant(priceUsd));
    json.fieldUInt("tokenDecimals", quint64(token.decimals));
    json.field("tokenInAddress", isBuy ? native : tokenAddress);
    json.field("tokenOutAddress", isBuy ? tokenAddress : native);
    json.key("amountIn");
    json.string(isBuy ? rawAmountString(amountNative, 18) : rawAmountString(tokens, token.decimals));
    json.key("amountOut");
    json.string(isBuy ? rawAmountString(tokens, token.decimals) : rawAmountString(amountNative, 18));
    json.field("poolAddress", token.poolAddress);
    const QByteArray trader = pickTrader();
    if (m_random.chance(0.8))
        json.field("recipient", trader);
    json.field("maker", trader);
    json.field("inferredDexType", token.dexType);
    if (m_random.chance(0.4)) {
        static constexpr std::array<const char *, 4> platforms {"shuriken", "maestro", "banana_gun", "sigma"};
        json.field("platformName", m_random.pick(platforms));
    }
    json.field("network", m_network);
}

void EventGenerator::evmPoolInfo(JsonWriter &json, qint64 nowMs)
{
    const QByteArray tokenAddress = filterValue("tokenAddress");
    const TokenProfile &token = m_market->token(m_network, tokenAddress);
    const double priceUsd = m_market->priceUsd(m_network, tokenAddress, nowMs);
    const double nativeUsd = m_market->nativeUsd(m_network, nowMs);
    const double liquidity = std::max(1000.0, priceUsd * token.totalSupply * 0.05 * m_random.logNormal(0.0, 0.05));

    json.field("tokenAddress", tokenAddress);
    json.fieldUInt("chainId", m_chainId);
    json.field("tokenName", token.name);
    json.field("tokenSymbol", token.symbol);
    json.fieldUInt("tokenDecimals", quint64(token.decimals));
    json.key("totalSupply");
    json.string(rawAmountString(token.totalSupply, token.decimals));
    json.fieldDecimal("priceUsd", priceUsd, decimalsForSignificant(priceUsd));
    json.fieldDecimal("priceNative", priceUsd / nativeUsd, decimalsForSignificant(priceUsd / nativeUsd));
    if (m_random.chance(0.9))
        json.fieldDecimal("liquidityUsd", liquidity, 2);
    json.fieldDecimal("marketCapUsd", priceUsd * token.totalSupply, 2);
    json.fieldUInt("blockNumber", MarketModel::evmBlockNumber(m_network, nowMs));
    json.fieldUInt("timestampUpdatedMs", quint64(nowMs));
    json.field("network", m_network);
}

void EventGenerator::evmTokenBalance(JsonWriter &json, qint64 nowMs, bool walletStream)
{
    QByteArray network = m_network;
    quint64 chainId = m_chainId;
    QByteArray tokenAddress;
    QByteArray owner;
    if (walletStream) {
        // The wallet streams have no chainId filter: one wallet, every chain.
        static constexpr std::array<const char *, 4> networks {"eth", "base", "bsc", "base"};
        network = m_random.pick(networks);
        chainId = MarketModel::chainIdForNetwork(network);
        owner = filterValue("walletAddress");
        const QList<QByteArray> tokens = m_market->popularTokens(network);
        tokenAddress = tokens.at(m_random.below(quint64(tokens.size())));
    } else {
        tokenAddress = filterValue("tokenAddress");
        owner = pickTrader();
    }
    const TokenProfile &token = m_market->token(network, tokenAddress);
    const QByteArray key = network + ':' + tokenAddress + ':' + owner;
    auto balance = m_evmBalances.find(key);
    if (balance == m_evmBalances.end())
        balance = m_evmBalances.insert(key, m_random.logNormal(std::log(5000.0), 2.0));
    *balance = std::max(0.0, *balance * (1.0 + 0.2 * m_random.normal()));

    json.field("tokenAddress", tokenAddress);
    json.field("owner", owner);
    json.fieldUInt("chainId", chainId);
    json.fieldUInt("blockNumber", MarketModel::evmBlockNumber(network, nowMs));
    json.fieldInt("blockTime", nowMs / 1000);
    json.key("balance");
    json.string(rawAmountString(*balance, token.decimals));
    json.fieldUInt("decimals", quint64(token.decimals));
    json.field("network", network);
}

void EventGenerator::evmNativeBalance(JsonWriter &json, qint64 nowMs)
{
    static constexpr std::array<const char *, 3> networks {"eth", "base", "bsc"};
    const QByteArray network = m_random.pick(networks);
    const QByteArray owner = filterValue("walletAddress");
    const QByteArray key = "native:" + network;
    auto balance = m_evmBalances.find(key);
    if (balance == m_evmBalances.end())
        balance = m_evmBalances.insert(key, m_random.logNormal(std::log(1.5), 1.0));
    *balance = std::max(0.0, *balance + 0.05 * m_random.normal());

    json.field("owner", owner);
    json.fieldUInt("chainId", MarketModel::chainIdForNetwork(network));
    json.fieldUInt("blockNumber", MarketModel::evmBlockNumber(network, nowMs));
    json.fieldInt("blockTime", nowMs / 1000);
    json.key("balance");
    json.string(rawAmountString(*balance, 18));
    json.field("network", network);
}

} // namespace shuriken::sim
