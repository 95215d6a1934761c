#include "eventgenerator.h"

#include "identifiers.h"
#include "jsonwriter.h"
#include "marketmodel.h"

#include <algorithm>
#include <array>
#include <cmath>
#include <limits>

namespace shuriken::sim {

namespace {

// Raw u64 amounts stay at or below INT64_MAX: Qt's QJsonValue (and JavaScript below 2^53 for
// most real amounts) keeps them exact, and real token amounts are far below it anyway.
constexpr double kMaxRawAmount = 9.0e18;

quint64 rawUnits(double tokens, int decimals)
{
    const double raw = tokens * std::pow(10.0, decimals);
    if (!(raw > 0))
        return 0;
    return quint64(std::min(raw, kMaxRawAmount));
}

constexpr std::array<const char *, 21> kStreamIds {
    "svm.token.swaps",
    "svm.token.poolInfo",
    "svm.token.balances",
    "svm.token.distributionStats",
    "svm.token.holderStats",
    "svm.wallet.nativeBalance",
    "svm.wallet.tokenBalances",
    "svm.bondingCurve.creations",
    "svm.bondingCurve.graduations",
    "evm.token.swaps",
    "evm.token.poolInfo",
    "evm.token.balances",
    "evm.wallet.nativeBalance",
    "evm.wallet.tokenBalances",
    "alpha.signalFeedGlobal",
    "alpha.signalFeedPersonal",
    "alpha.signalFeedProfile",
    "alpha.signalFeedNamed",
    "alpha.personal",
    "portfolio.notifications",
    "automation.updates",
};

constexpr std::array<const char *, 10> kNotificationTypes {
    "swap",  "transfer", "approval", "automation",     "strategy",
    "claim", "cleanup",  "svmNonce", "crosschainSwap", "perpsOrder",
};

constexpr std::array<const char *, 12> kChatLines {
    "just aped {sym}, chart looks clean",
    "{sym} volume picking up fast 🚀",
    "dev wallet still holding {sym}, liquidity locked",
    "who else is in {sym}? 👀",
    "{sym} breaking out of the range",
    "taking profits on {sym} here",
    "new ATH incoming for {sym}",
    "careful with {sym}, top holders are selling",
    "{sym} just got listed, early",
    "smart money rotating into {sym}",
    "{sym} chart is a \"textbook\" cup & handle",
    "bought the {sym} dip, let's see",
};

constexpr std::array<const char *, 8> kGuildNames {
    "Alpha Hunters", "Degen Lounge", "Solana Snipers", "Base Camp",
    "Whale Watch",   "Moon Mission", "Chart Wizards",  "Early Birds",
};
constexpr std::array<const char *, 6> kChannelNames {"alpha-calls", "general", "signals",
                                                     "trenches",    "memes",   "vip-calls"};
constexpr std::array<const char *, 10> kUserNames {
    "cryptokid",   "degenmaxi", "solwhale", "chartguy",    "memelord",
    "alphaseeker", "basedape",  "gmgn_fan", "pumpwatcher", "sniper_sam",
};

QByteArray replaceSymbol(const char *line, const QByteArray &symbol)
{
    QByteArray text(line);
    text.replace("{sym}", QByteArray("$" + symbol));
    return text;
}

} // namespace

int decimalsForSignificant(double value, int significant)
{
    if (!(value > 0) || !std::isfinite(value))
        return 2;
    const int magnitude = int(std::floor(std::log10(value)));
    return std::clamp(significant - 1 - magnitude, 2, 18);
}

QByteArray rawAmountString(double tokens, int decimals)
{
    // Six fraction digits of precision, then exact zeros: a double cannot carry 24 digits, and
    // a decimal string must not pretend to.
    if (!(tokens > 0) || !std::isfinite(tokens))
        return QByteArrayLiteral("0");
    const double micro = std::min(tokens * 1e6, kMaxRawAmount);
    auto units = quint64(micro);
    if (units == 0)
        return QByteArrayLiteral("0");
    if (decimals >= 6)
        return QByteArray::number(units) + QByteArray(decimals - 6, '0');
    for (int i = decimals; i < 6; ++i)
        units /= 10;
    return QByteArray::number(units);
}

EventGenerator::EventGenerator(GeneratorContext context, MarketModel *market)
    : m_context(std::move(context))
    , m_kind(kindOf(m_context.streamId).value_or(Kind::SvmSwaps))
    , m_market(market)
    , m_random(mixSeed(
          m_context.seed,
          fnv1a64(QString(m_context.streamId + u'{' + canonicalFilterText(m_context.filter) + u'}' + m_context.userId)
                      .toUtf8())))
{
    Q_ASSERT(supports(m_context.streamId));
    m_network = QByteArrayLiteral("sol");
    if (m_context.streamId.startsWith(QLatin1String("evm."))) {
        m_chainId = filterValue("chainId").toULongLong();
        m_network = MarketModel::networkForChainId(m_chainId);
        if (m_network.isEmpty()) {
            // The session endpoint refuses unknown chains; a generator made directly still
            // produces well-formed Ethereum events.
            m_network = QByteArrayLiteral("eth");
            m_chainId = 1;
        }
    }
}

std::optional<EventGenerator::Kind> EventGenerator::kindOf(const QString &streamId)
{
    for (std::size_t i = 0; i < kStreamIds.size(); ++i) {
        if (streamId == QLatin1String(kStreamIds[i]))
            return Kind(i);
    }
    return std::nullopt;
}

bool EventGenerator::supports(const QString &streamId)
{
    return kindOf(streamId).has_value();
}

QStringList EventGenerator::supportedStreams()
{
    QStringList ids;
    for (const char *id : kStreamIds)
        ids.append(QLatin1String(id));
    return ids;
}

QByteArray EventGenerator::filterValue(const char *name) const
{
    return m_context.filter.value(QLatin1String(name)).toUtf8();
}

QByteArray EventGenerator::next(quint64 seq, qint64 nowMs)
{
    QByteArray out;
    out.reserve(512);
    JsonWriter json(out);
    json.beginObject();
    json.fieldUInt("seq", seq);
    switch (m_kind) {
    case Kind::SvmSwaps:
        svmSwap(json, nowMs);
        break;
    case Kind::SvmPoolInfo:
        svmPoolInfo(json, nowMs);
        break;
    case Kind::SvmTokenBalances:
        svmTokenBalance(json, nowMs, false);
        break;
    case Kind::SvmDistributionStats:
        svmDistributionStats(json, nowMs);
        break;
    case Kind::SvmHolderStats:
        svmHolderStats(json, nowMs);
        break;
    case Kind::SvmWalletNativeBalance:
        svmNativeBalance(json, nowMs);
        break;
    case Kind::SvmWalletTokenBalances:
        svmTokenBalance(json, nowMs, true);
        break;
    case Kind::SvmCurveCreations:
        svmCurveEvent(json, nowMs, false);
        break;
    case Kind::SvmCurveGraduations:
        svmCurveEvent(json, nowMs, true);
        break;
    case Kind::EvmSwaps:
        evmSwap(json, nowMs);
        break;
    case Kind::EvmPoolInfo:
        evmPoolInfo(json, nowMs);
        break;
    case Kind::EvmTokenBalances:
        evmTokenBalance(json, nowMs, false);
        break;
    case Kind::EvmWalletNativeBalance:
        evmNativeBalance(json, nowMs);
        break;
    case Kind::EvmWalletTokenBalances:
        evmTokenBalance(json, nowMs, true);
        break;
    case Kind::AlphaSignalGlobal:
    case Kind::AlphaSignalPersonal:
    case Kind::AlphaSignalProfile:
    case Kind::AlphaSignalNamed:
        signalFeed(json, nowMs);
        break;
    case Kind::AlphaPersonal:
        alphaPersonal(json, nowMs);
        break;
    case Kind::PortfolioNotifications:
        notification(json);
        break;
    case Kind::AutomationUpdates:
        automationUpdate(json);
        break;
    }
    json.endObject();
    return out;
}

quint64 EventGenerator::nextSlot(qint64 nowMs)
{
    const quint64 slot = std::max(m_lastSlot, MarketModel::solanaSlot(nowMs));
    if (slot == m_lastSlot)
        m_transactionIndex += quint32(1 + m_random.below(40));
    else
        m_transactionIndex = quint32(m_random.below(300));
    m_lastSlot = slot;
    return slot;
}

const QByteArray &EventGenerator::pickTrader()
{
    // A few dozen recurring wallets per channel: the same makers come back, as on a real chart.
    if (m_traders.isEmpty()) {
        const bool svm = m_network == "sol";
        for (int i = 0; i < 40; ++i)
            m_traders.append(svm ? randomSvmAddress(m_random) : randomEvmAddress(m_random));
    }
    return m_traders.at(m_random.below(quint64(m_traders.size())));
}

// ---- SVM ------------------------------------------------------------------------------------

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

// ---- EVM ------------------------------------------------------------------------------------

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

// ---- alpha ----------------------------------------------------------------------------------

QByteArray EventGenerator::pickAlphaToken(QByteArray *network)
{
    if (m_alphaTokens.isEmpty()) {
        static constexpr std::array<const char *, 10> networks {"sol", "sol",  "sol",  "sol", "sol",
                                                                "sol", "base", "base", "eth", "bsc"};
        for (int i = 0; i < 24; ++i) {
            const QByteArray chain = m_random.pick(networks);
            const QByteArray address = chain == "sol" ? randomPumpMint(m_random) : randomEvmAddress(m_random);
            m_alphaTokens.append(chain + ':' + address);
        }
    }
    const QByteArray &entry = m_alphaTokens.at(m_random.below(quint64(m_alphaTokens.size())));
    const qsizetype colon = entry.indexOf(':');
    *network = entry.left(colon);
    return entry.mid(colon + 1);
}

void EventGenerator::signalSource(JsonWriter &json, const QByteArray &network, qint64 nowMs)
{
    static constexpr std::array<const char *, 4> kinds {"discord", "telegram", "x", "trade"};
    const QByteArray kind = m_random.pick(kinds);
    const QByteArray user = m_random.pick(kUserNames);
    json.key("source");
    json.beginObject();
    json.field("sourceType", kind);
    json.key("source");
    json.beginObject();
    if (kind == "discord") {
        json.field("messageId", randomDecimalId(m_random, 19));
        json.field("guildId", randomDecimalId(m_random, 18));
        json.field("channelId", randomDecimalId(m_random, 19));
        json.field("authorId", randomDecimalId(m_random, 18));
        json.field("authorUsername", user);
        if (m_random.chance(0.5))
            json.field("authorDisplayName", user.toUpper());
        json.field("snapshotGuildName", m_random.pick(kGuildNames));
        json.field("snapshotChannelName", m_random.pick(kChannelNames));
        json.fieldBool("authorIsBot", m_random.chance(0.1));
    } else if (kind == "telegram") {
        json.field("messageId", QByteArray::number(m_random.range(1000, 999999)));
        json.field("chatId", QByteArray("-100" + randomDecimalId(m_random, 10)));
        json.field("senderId", randomDecimalId(m_random, 10));
        if (m_random.chance(0.4)) {
            json.fieldInt("topicId", m_random.range(1, 5000));
            json.field("topicTitle", m_random.pick(kChannelNames));
        }
        json.field("senderUsername", user);
        json.field("snapshotChatTitle", m_random.pick(kGuildNames));
        json.fieldBool("senderIsBot", m_random.chance(0.1));
    } else if (kind == "x") {
        json.field("tweetId", randomDecimalId(m_random, 19));
        json.field("authorId", randomDecimalId(m_random, 10));
        json.field("authorUsername", user);
        json.field("authorDisplayName", QByteArray(user.left(1).toUpper() + user.mid(1)));
        json.fieldBool("authorVerified", m_random.chance(0.3));
    } else {
        const bool svm = network == "sol";
        json.field("walletAddress", svm ? randomSvmAddress(m_random) : randomEvmAddress(m_random));
        json.field("txSignature", svm ? randomSvmSignature(m_random) : randomEvmHash(m_random));
        json.fieldBool("isBuy", m_random.chance(0.7));
        const double usd = m_random.logNormal(std::log(1500.0), 1.0);
        json.fieldDecimal("amountUsd", usd, 2);
        json.fieldDecimal("amountNative", usd / m_market->nativeUsd(network, nowMs), 9);
    }
    json.endObject();
    json.endObject();
}

void EventGenerator::signalFeed(JsonWriter &json, qint64 nowMs)
{
    QByteArray network;
    const QByteArray address = pickAlphaToken(&network);
    const TokenProfile &token = m_market->token(network, address);
    const double priceUsd = m_market->priceUsd(network, address, nowMs);
    const double nativeUsd = m_market->nativeUsd(network, nowMs);

    switch (m_kind) {
    case Kind::AlphaSignalGlobal:
        json.field("type", "globalSignalFeedUpdate");
        break;
    case Kind::AlphaSignalPersonal:
        json.field("type", "personalSignalFeedUpdate");
        if (m_random.chance(0.5))
            json.field("feedId", randomUuid(m_random));
        break;
    case Kind::AlphaSignalNamed:
        json.field("type", "namedSignalFeedUpdate");
        json.field("feedId", filterValue("feedId"));
        break;
    default:
        json.field("type", "profileSignalFeedUpdate");
        json.field("profileId", filterValue("profileId"));
        break;
    }
    json.field("tokenAddress", address);
    json.field("network", network);
    if (m_random.chance(0.9)) {
        json.key("tokenMeta");
        json.beginObject();
        json.field("address", address);
        json.field("network", network);
        json.field("symbol", token.symbol);
        json.field("name", token.name);
        json.fieldUInt("decimals", quint64(token.decimals));
        // A reserved .invalid host: never resolves, so a client never fetches anything.
        if (m_random.chance(0.3))
            json.field("logoUrl", QByteArray("https://logos.sim.invalid/" + token.symbol.toLower() + ".png"));
        json.fieldInt("deploymentTimestamp", token.deploymentTimestampMs);
        json.endObject();
    }
    if (m_random.chance(0.95)) {
        const double marketCap = priceUsd * token.totalSupply;
        const double liquidity = std::max(500.0, marketCap * 0.08 * m_random.logNormal(0.0, 0.3));
        json.key("latestSignal");
        json.beginObject();
        json.field("id", randomUuid(m_random));
        json.fieldInt("timestampMs", nowMs - m_random.range(0, 5000));
        signalSource(json, network, nowMs);
        json.fieldBool("isBot", m_random.chance(0.15));
        json.fieldFloat("priceUsd", priceUsd);
        json.fieldFloat("priceNative", priceUsd / nativeUsd);
        json.fieldFloat("marketcapUsd", std::round(marketCap * 100.0) / 100.0);
        json.fieldFloat("liquidityUsd", std::round(liquidity * 100.0) / 100.0);
        if (m_random.chance(0.8))
            json.fieldFloat("liquidityNative", std::round(liquidity / nativeUsd * 1e6) / 1e6);
        if (m_random.chance(0.8)) {
            json.field("poolAddress", token.poolAddress);
            json.field("dexName", token.dexType);
        }
        json.endObject();
    }
}

void EventGenerator::chatMessage(JsonWriter &json, qint64 nowMs)
{
    static constexpr std::array<const char *, 3> platforms {"discord", "telegram", "x"};
    const QByteArray platform = m_random.pick(platforms);
    QByteArray network;
    const QByteArray address = pickAlphaToken(&network);
    const TokenProfile &token = m_market->token(network, address);
    const QByteArray user = m_random.pick(kUserNames);
    QByteArray content = replaceSymbol(m_random.pick(kChatLines), token.symbol);
    if (m_random.chance(0.6))
        content += ' ' + address;

    json.field("platform", platform);
    json.key("data");
    json.beginObject();
    auto writeTokens = [&] {
        json.key("tokens");
        json.beginArray();
        json.beginObject();
        json.field("address", address);
        json.field("chain", network);
        json.endObject();
        json.endArray();
    };
    auto writeAuthor = [&] {
        json.key("author");
        json.beginObject();
        json.field("userId", randomDecimalId(m_random, 18));
        json.field("username", user);
        if (m_random.chance(0.5))
            json.field("displayName", user.toUpper());
        json.fieldBool("isBot", m_random.chance(0.05));
        json.endObject();
    };
    if (platform == "discord") {
        json.field("messageId", randomDecimalId(m_random, 19));
        json.field("guildId", randomDecimalId(m_random, 18));
        json.field("channelId", randomDecimalId(m_random, 19));
        json.field("content", content);
        json.field("snapshotGuildName", m_random.pick(kGuildNames));
        json.field("snapshotChannelName", m_random.pick(kChannelNames));
        if (m_random.chance(0.2))
            json.field("replyToMessageId", randomDecimalId(m_random, 19));
        json.fieldInt("timestamp", nowMs);
        if (m_random.chance(0.9))
            writeAuthor();
        writeTokens();
        json.fieldBool("isEdited", m_random.chance(0.05));
        json.fieldBool("isDeleted", false);
    } else if (platform == "telegram") {
        json.field("messageId", QByteArray::number(m_random.range(1000, 999999)));
        json.field("chatId", QByteArray("-100" + randomDecimalId(m_random, 10)));
        json.field("content", content);
        json.field("snapshotChatTitle", m_random.pick(kGuildNames));
        if (m_random.chance(0.3)) {
            json.field("topicTitle", m_random.pick(kChannelNames));
            json.fieldInt("topicId", m_random.range(1, 5000));
        }
        json.fieldInt("timestamp", nowMs);
        if (m_random.chance(0.9))
            writeAuthor();
        writeTokens();
        json.fieldBool("isEdited", m_random.chance(0.05));
        json.fieldBool("isDeleted", false);
    } else {
        json.field("tweetId", randomDecimalId(m_random, 19));
        json.field("content", content);
        json.fieldInt("timestamp", nowMs);
        json.key("author");
        json.beginObject();
        json.field("userId", randomDecimalId(m_random, 10));
        json.field("username", user);
        json.field("displayName", QByteArray(user.left(1).toUpper() + user.mid(1)));
        json.fieldBool("verified", m_random.chance(0.3));
        json.fieldUInt("followersCount", quint64(m_random.logNormal(std::log(3000.0), 1.5)));
        json.endObject();
        writeTokens();
        json.key("hashtags");
        json.beginArray();
        if (m_random.chance(0.5))
            json.string(QByteArrayLiteral("memecoin"));
        json.endArray();
        json.key("cashtags");
        json.beginArray();
        json.string(token.symbol);
        json.endArray();
        json.key("mentions");
        json.beginArray();
        if (m_random.chance(0.3)) {
            json.beginObject();
            json.field("username", m_random.pick(kUserNames));
            json.field("userId", randomDecimalId(m_random, 10));
            json.endObject();
        }
        json.endArray();
        if (m_random.chance(0.8)) {
            json.key("publicMetrics");
            json.beginObject();
            json.fieldUInt("likeCount", quint64(m_random.below(5000)));
            json.fieldUInt("retweetCount", quint64(m_random.below(800)));
            json.fieldUInt("replyCount", quint64(m_random.below(300)));
            json.fieldUInt("quoteCount", quint64(m_random.below(100)));
            json.endObject();
        }
        json.field("conversationId", randomDecimalId(m_random, 19));
        json.key("mediaUrls");
        json.beginArray();
        json.endArray();
        json.fieldBool("isDeleted", false);
    }
    json.endObject();
}

void EventGenerator::alphaPersonal(JsonWriter &json, qint64 nowMs)
{
    if (!m_random.chance(0.1)) {
        chatMessage(json, nowMs);
        return;
    }
    // The deprecated call-reference shape still arrives on this stream ([ts] union).
    QByteArray network;
    const QByteArray address = pickAlphaToken(&network);
    const qint64 mentionCount = m_random.range(1, 4);
    const qint64 firstSeen = nowMs - m_random.range(60000, 6LL * 3600000);
    json.field("type", "callReference");
    json.field("address", address);
    json.fieldInt("firstSeenAtMs", firstSeen);
    json.fieldInt("lastSeenAtMs", nowMs);
    json.fieldInt("mentionCount", mentionCount);
    json.key("mentions");
    json.beginArray();
    static constexpr std::array<const char *, 3> platforms {"discord", "telegram", "x"};
    for (qint64 i = 0; i < mentionCount; ++i) {
        json.beginObject();
        json.field("messageId", randomDecimalId(m_random, 19));
        json.field("platform", m_random.pick(platforms));
        json.fieldInt("timestampMs", i == mentionCount - 1 ? nowMs : m_random.range(firstSeen, nowMs));
        json.endObject();
    }
    json.endArray();
}

// ---- portfolio and automation --------------------------------------------------------------

QByteArray EventGenerator::pickTask()
{
    // Updates about a handful of running tasks, so one task id is seen moving along.
    if (m_tasks.size() < 5 || m_random.chance(0.2)) {
        m_tasks.append(randomUuid(m_random));
        if (m_tasks.size() > 8)
            m_tasks.removeFirst();
    }
    return m_tasks.at(m_random.below(quint64(m_tasks.size())));
}

void EventGenerator::notification(JsonWriter &json)
{
    const bool snake = m_context.casing == NotificationCasing::SnakeCase;
    const QByteArray type = m_random.pick(kNotificationTypes);
    const QByteArray userId = m_context.userId.toUtf8();
    json.field("type", type);
    if (type == "strategy")
        json.field(snake ? "root_task_id" : "rootTaskId", pickTask());
    else if (type == "claim")
        json.field(snake ? "claim_id" : "claimId", randomUuid(m_random));
    else
        json.field(snake ? "task_id" : "taskId", pickTask());
    json.field(snake ? "user_id" : "userId", userId);
    if (type == "swap") {
        const QList<quint64> chains = MarketModel::supportedChainIds();
        json.fieldUInt(snake ? "chain_id" : "chainId", chains.at(m_random.below(quint64(chains.size()))));
    }
}

void EventGenerator::automationUpdate(JsonWriter &json)
{
    const QByteArray userId = m_context.userId.toUtf8();
    if (m_context.casing == NotificationCasing::SnakeCase) {
        // The Rust types' variants (PROTOCOL.md 4.5, open question 10).
        if (m_random.chance(0.8)) {
            json.field("type", "taskUpdate");
            json.field("task_id", pickTask());
            json.field("user_id", userId);
        } else {
            static constexpr std::array<const char *, 4> regions {"us-east-1", "eu-west-1", "ap-northeast-1",
                                                                  "sa-east-1"};
            json.field("type", "regionalStats");
            json.field("task_id", pickTask());
            json.field("region_id", m_random.pick(regions));
            json.field("user_id", userId);
        }
        return;
    }
    static constexpr std::array<const char *, 3> types {"automation", "strategy", "swap"};
    const QByteArray type = m_random.pick(types);
    json.field("type", type);
    json.field(type == "strategy" ? "rootTaskId" : "taskId", pickTask());
    json.field("userId", userId);
    if (type == "swap") {
        const QList<quint64> chains = MarketModel::supportedChainIds();
        json.fieldUInt("chainId", chains.at(m_random.below(quint64(chains.size()))));
    }
}

} // namespace shuriken::sim
