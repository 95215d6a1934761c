// The stream generators against the field tables of PROTOCOL.md section 4: 1,000 events per
// stream, every required field present with its JSON type, 64-bit integers as JSON integers,
// decimal strings that parse, address shapes; plus determinism and cross-field consistency.

#include "dto.h"
#include "eventgenerator.h"
#include "identifiers.h"
#include "jsonwriter.h"
#include "marketmodel.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSet>
#include <QTest>

#include <cmath>
#include <functional>
#include <limits>

using namespace shuriken;
using namespace shuriken::sim;

namespace {

constexpr int kEventsPerStream = 1000;
constexpr qint64 kStartMs = 1795000000000LL; // 2026-11-18
constexpr qint64 kStepMs = 137;
const QByteArray kSolMint = QByteArrayLiteral("So11111111111111111111111111111111111111112");
const QByteArray kEvmToken = QByteArrayLiteral("0x833589fcd6edb6e08f4c7c32d4f71b54bda02913");
const QByteArray kSvmWallet = QByteArrayLiteral("7xKXtg2CW87d97TXJSDpbD5jBkheTqA83TZRuJosgAsU");
const QByteArray kEvmWallet = QByteArrayLiteral("0x28c6c06298d514db089934071355e5743bf21d60");

StreamFilter filterFor(const QString &stream)
{
    const StreamDescriptor *descriptor = StreamCatalog::builtIn().find(stream);
    StreamFilter filter;
    if (!descriptor)
        return filter;
    for (const auto &f : descriptor->filters) {
        if (f.name == QLatin1String("tokenAddress"))
            filter.insert(f.name, QString::fromLatin1(stream.startsWith(QLatin1String("evm")) ? kEvmToken : kSolMint));
        else if (f.name == QLatin1String("walletAddress"))
            filter.insert(f.name,
                          QString::fromLatin1(stream.startsWith(QLatin1String("evm")) ? kEvmWallet : kSvmWallet));
        else if (f.name == QLatin1String("chainId"))
            filter.insert(f.name, QStringLiteral("8453"));
        else if (f.name == QLatin1String("profileId"))
            filter.insert(f.name, QStringLiteral("prof_42"));
        else if (f.name == QLatin1String("feedId"))
            filter.insert(f.name, QStringLiteral("feed_alpha"));
    }
    return filter;
}

/// Checks fields against a field table and collects every problem with its path, so a failure
/// names all the fields that are wrong, not just the first.
class Checker
{
public:
    explicit Checker(QByteArray raw)
        : m_raw(std::move(raw))
    { }

    QStringList problems;

    QJsonValue get(const QJsonObject &object, const QString &path, const char *key, bool required)
    {
        const QJsonValue value = object.value(QLatin1String(key));
        if ((value.isUndefined() || value.isNull()) && required)
            fail(path, key, QStringLiteral("required field is missing"));
        return value;
    }

    bool present(const QJsonObject &object, const char *key) const
    {
        const QJsonValue value = object.value(QLatin1String(key));
        return !value.isUndefined() && !value.isNull();
    }

    QString str(const QJsonObject &o, const QString &path, const char *key, bool required = true)
    {
        const QJsonValue v = get(o, path, key, required);
        if (!v.isUndefined() && !v.isNull() && !v.isString())
            fail(path, key, QStringLiteral("expected a string"));
        return v.toString();
    }

    bool boolean(const QJsonObject &o, const QString &path, const char *key, bool required = true)
    {
        const QJsonValue v = get(o, path, key, required);
        if (!v.isUndefined() && !v.isNull() && !v.isBool())
            fail(path, key, QStringLiteral("expected a boolean"));
        return v.toBool();
    }

    qint64 integer(const QJsonObject &o, const QString &path, const char *key, qint64 min, qint64 max,
                   bool required = true)
    {
        const QJsonValue v = get(o, path, key, required);
        if (v.isUndefined() || v.isNull())
            return 0;
        const qint64 a = v.toInteger(0);
        if (!v.isDouble() || (a == 0 && v.toInteger(1) == 1)) {
            fail(path, key, QStringLiteral("expected an integer"));
            return 0;
        }
        if (a < min || a > max)
            fail(path, key, QStringLiteral("%1 is out of range").arg(a));
        // The JSON text itself must be an integer literal, not 12.0 or 1e5.
        static const QRegularExpression literal(QStringLiteral("^-?[0-9]+[,}\\]]"));
        const QByteArray marker = '"' + QByteArray(key) + "\":";
        for (qsizetype at = m_raw.indexOf(marker); at >= 0; at = m_raw.indexOf(marker, at + 1)) {
            const QString after = QString::fromLatin1(m_raw.mid(at + marker.size(), 24));
            if (!literal.match(after).hasMatch() && !after.startsWith(u'"') && !after.startsWith(u'{')
                && !after.startsWith(u'[')) {
                fail(path, key, QStringLiteral("not written as an integer literal: ") + after);
                break;
            }
        }
        return a;
    }

    qint64 u64(const QJsonObject &o, const QString &p, const char *k, bool r = true)
    {
        return integer(o, p, k, 0, std::numeric_limits<qint64>::max(), r);
    }
    qint64 i64(const QJsonObject &o, const QString &p, const char *k, bool r = true)
    {
        return integer(o, p, k, std::numeric_limits<qint64>::min(), std::numeric_limits<qint64>::max(), r);
    }
    qint64 u32(const QJsonObject &o, const QString &p, const char *k, bool r = true)
    {
        return integer(o, p, k, 0, std::numeric_limits<quint32>::max(), r);
    }
    qint64 i32(const QJsonObject &o, const QString &p, const char *k, bool r = true)
    {
        return integer(o, p, k, std::numeric_limits<qint32>::min(), std::numeric_limits<qint32>::max(), r);
    }

    double f64(const QJsonObject &o, const QString &path, const char *key, bool required = true)
    {
        const QJsonValue v = get(o, path, key, required);
        if (!v.isUndefined() && !v.isNull() && (!v.isDouble() || !std::isfinite(v.toDouble())))
            fail(path, key, QStringLiteral("expected a finite number"));
        return v.toDouble();
    }

    double dec(const QJsonObject &o, const QString &path, const char *key, bool required = true)
    {
        const QJsonValue v = get(o, path, key, required);
        if (v.isUndefined() || v.isNull())
            return 0;
        static const QRegularExpression decimal(QStringLiteral("^-?[0-9]+(\\.[0-9]+)?$"));
        if (!v.isString() || !decimal.match(v.toString()).hasMatch()) {
            fail(path, key, QStringLiteral("expected a decimal string, got ") + v.toVariant().toString());
            return 0;
        }
        return v.toString().toDouble();
    }

    QString svmAddress(const QJsonObject &o, const QString &path, const char *key, bool required = true)
    {
        const QString s = str(o, path, key, required);
        if (present(o, key))
            checkSvmAddress(path, key, s);
        return s;
    }

    void checkSvmAddress(const QString &path, const char *key, const QString &s)
    {
        if (s.size() < 32 || s.size() > 44 || !isBase58(s.toLatin1()))
            fail(path, key, QStringLiteral("not a base58 address of 32-44 characters: ") + s);
    }

    QString svmSignature(const QJsonObject &o, const QString &path, const char *key, bool required = true)
    {
        const QString s = str(o, path, key, required);
        if (present(o, key) && (s.size() != 88 || !isBase58(s.toLatin1())))
            fail(path, key, QStringLiteral("not an 88-character base58 signature: ") + s);
        return s;
    }

    QString evmAddress(const QJsonObject &o, const QString &path, const char *key, bool required = true)
    {
        const QString s = str(o, path, key, required);
        static const QRegularExpression shape(QStringLiteral("^0x[0-9a-f]{40}$"));
        if (present(o, key) && !shape.match(s).hasMatch())
            fail(path, key, QStringLiteral("not a 0x + 40 hex address: ") + s);
        return s;
    }

    QString evmHash(const QJsonObject &o, const QString &path, const char *key, bool required = true)
    {
        const QString s = str(o, path, key, required);
        static const QRegularExpression shape(QStringLiteral("^0x[0-9a-f]{64}$"));
        if (present(o, key) && !shape.match(s).hasMatch())
            fail(path, key, QStringLiteral("not a 0x + 64 hex hash: ") + s);
        return s;
    }

    QString network(const QJsonObject &o, const QString &path, const char *key = "network")
    {
        static const QSet<QString> networks {QStringLiteral("eth"),  QStringLiteral("base"),  QStringLiteral("blast"),
                                             QStringLiteral("avax"), QStringLiteral("bsc"),   QStringLiteral("trx"),
                                             QStringLiteral("sol"),  QStringLiteral("monad"), QStringLiteral("hype")};
        const QString s = str(o, path, key);
        if (!networks.contains(s))
            fail(path, key, QStringLiteral("unknown network ") + s);
        return s;
    }

    QJsonObject object(const QJsonObject &o, const QString &path, const char *key, bool required = true)
    {
        const QJsonValue v = get(o, path, key, required);
        if (!v.isUndefined() && !v.isNull() && !v.isObject())
            fail(path, key, QStringLiteral("expected an object"));
        return v.toObject();
    }

    QJsonArray array(const QJsonObject &o, const QString &path, const char *key, bool required = true)
    {
        const QJsonValue v = get(o, path, key, required);
        if (!v.isUndefined() && !v.isNull() && !v.isArray())
            fail(path, key, QStringLiteral("expected an array"));
        return v.toArray();
    }

    void expect(bool condition, const QString &what)
    {
        if (!condition)
            problems.append(what);
    }

    void fail(const QString &path, const char *key, const QString &what)
    {
        problems.append((path.isEmpty() ? QString() : path + u'.') + QLatin1String(key) + QStringLiteral(": ") + what);
    }

private:
    QByteArray m_raw;
};

/// What the checks remember across the events of one stream.
struct StreamMemory
{
    qint64 lastSlot = 0;
    QSet<bool> sides;
    QSet<QString> types;
    QSet<QString> variants;
    QList<double> prices;
    double totalBytes = 0;
};

using StreamCheck = std::function<void(Checker &, const QJsonObject &, const StreamFilter &, qint64, StreamMemory &)>;

void checkSvmSwap(Checker &c, const QJsonObject &o, const StreamFilter &filter, qint64 nowMs, StreamMemory &memory)
{
    const QString p;
    c.expect(c.svmAddress(o, p, "tokenMint") == filter.value(QStringLiteral("tokenAddress")),
             QStringLiteral("tokenMint is not the filter's tokenAddress"));
    c.svmSignature(o, p, "signature");
    const qint64 slot = c.u64(o, p, "slot");
    c.expect(slot >= memory.lastSlot, QStringLiteral("slot went backwards"));
    memory.lastSlot = slot;
    c.expect(c.i64(o, p, "blockTime") == nowMs / 1000, QStringLiteral("blockTime is not the clock in seconds"));
    c.u64(o, p, "blockHeight", false);
    c.svmAddress(o, p, "blockHash", false);
    c.u32(o, p, "transactionIndex", false);
    memory.sides.insert(c.boolean(o, p, "isBuy"));
    const double sizeSol = c.dec(o, p, "sizeSol");
    const double sizeUsd = c.dec(o, p, "sizeUsd");
    const double priceUsd = c.dec(o, p, "priceUsd");
    const double priceSol = c.dec(o, p, "priceSol");
    c.expect(sizeSol > 0 && priceUsd > 0 && priceSol > 0, QStringLiteral("sizes and prices must be positive"));
    // Both ratios are the SOL price in dollars: the fields agree with each other.
    if (sizeSol > 0.01 && priceSol > 0) {
        const double solFromSize = sizeUsd / sizeSol;
        const double solFromPrice = priceUsd / priceSol;
        c.expect(
            std::abs(solFromSize / solFromPrice - 1.0) < 0.02,
            QStringLiteral("sizeUsd/sizeSol %1 and priceUsd/priceSol %2 disagree").arg(solFromSize).arg(solFromPrice));
    }
    memory.prices.append(priceUsd);
    c.svmAddress(o, p, "maker", false);
    c.svmAddress(o, p, "inputMint", false);
    c.svmAddress(o, p, "outputMint", false);
    c.u32(o, p, "inputDecimals", false);
    c.u32(o, p, "outputDecimals", false);
    c.u64(o, p, "amountIn", false);
    c.u64(o, p, "amountOut", false);
    c.str(o, p, "tradeSource", false);
    c.svmAddress(o, p, "poolAddress", false);
    c.str(o, p, "location", false);
    if (c.present(o, "fees")) {
        memory.variants.insert(QStringLiteral("fees"));
        const QJsonObject fees = c.object(o, p, "fees");
        c.u64(fees, QStringLiteral("fees"), "gasLamports", false);
        c.u64(fees, QStringLiteral("fees"), "computeUnitsConsumed", false);
        c.str(fees, QStringLiteral("fees"), "platform", false);
        c.u64(fees, QStringLiteral("fees"), "platformFeeLamports", false);
        c.u64(fees, QStringLiteral("fees"), "mevFeeLamports", false);
    }
    c.expect(c.network(o, p) == QLatin1String("sol"), QStringLiteral("network is not sol"));
}

void checkSvmPool(Checker &c, const QJsonObject &o, const StreamFilter &filter, qint64 nowMs, StreamMemory &memory)
{
    const QString p;
    c.expect(c.svmAddress(o, p, "tokenAddress") == filter.value(QStringLiteral("tokenAddress")),
             QStringLiteral("tokenAddress is not the filter's"));
    c.expect(!c.str(o, p, "tokenName").isEmpty() && !c.str(o, p, "tokenSymbol").isEmpty(),
             QStringLiteral("empty token name or symbol"));
    c.u32(o, p, "tokenDecimals");
    if (c.present(o, "priceUsd"))
        memory.prices.append(c.dec(o, p, "priceUsd", false));
    const qint64 block = c.u64(o, p, "blockIndex");
    c.expect(block >= memory.lastSlot, QStringLiteral("blockIndex went backwards"));
    memory.lastSlot = block;
    c.expect(c.u64(o, p, "timestampUpdatedMs") == nowMs, QStringLiteral("timestampUpdatedMs is not the clock"));
    c.expect(c.network(o, p) == QLatin1String("sol"), QStringLiteral("network is not sol"));
}

void checkSvmBalance(Checker &c, const QJsonObject &o, const StreamFilter &filter, bool wallet, StreamMemory &memory)
{
    const QString p;
    const QString mint = c.svmAddress(o, p, "mint");
    const QString owner = c.svmAddress(o, p, "owner");
    if (wallet)
        c.expect(owner == filter.value(QStringLiteral("walletAddress")), QStringLiteral("owner is not the wallet"));
    else
        c.expect(mint == filter.value(QStringLiteral("tokenAddress")), QStringLiteral("mint is not the filter's"));
    const qint64 slot = c.u64(o, p, "slot");
    c.expect(slot >= memory.lastSlot, QStringLiteral("slot went backwards"));
    memory.lastSlot = slot;
    c.i64(o, p, "blockTime");
    c.u32(o, p, "decimals");
    c.u64(o, p, "preBalance");
    c.u64(o, p, "postBalance");
    c.expect(c.network(o, p) == QLatin1String("sol"), QStringLiteral("network is not sol"));
}

void checkSvmNative(Checker &c, const QJsonObject &o, const StreamFilter &filter, StreamMemory &memory)
{
    const QString p;
    c.expect(c.svmAddress(o, p, "owner") == filter.value(QStringLiteral("walletAddress")),
             QStringLiteral("owner is not the wallet"));
    const qint64 slot = c.u64(o, p, "slot");
    c.expect(slot >= memory.lastSlot, QStringLiteral("slot went backwards"));
    memory.lastSlot = slot;
    c.i64(o, p, "blockTime");
    const qint64 pre = c.u64(o, p, "preBalance");
    c.expect(memory.prices.isEmpty() || qint64(memory.prices.constLast()) == pre,
             QStringLiteral("preBalance is not the previous postBalance"));
    memory.prices.append(double(c.u64(o, p, "postBalance")));
    c.expect(c.network(o, p) == QLatin1String("sol"), QStringLiteral("network is not sol"));
}

void checkCurve(Checker &c, const QJsonObject &o, bool graduation, StreamMemory &memory)
{
    const QString p;
    c.svmAddress(o, p, "tokenAddress");
    c.svmAddress(o, p, "curveAddress");
    memory.variants.insert(c.str(o, p, "curveDexType"));
    if (graduation) {
        c.svmAddress(o, p, "destPoolAddress");
        c.str(o, p, "destPoolDexType");
    } else {
        c.svmAddress(o, p, "creator");
    }
    c.svmSignature(o, p, "signature");
    c.u64(o, p, "slot");
    c.i64(o, p, "blockTime");
    c.u64(o, p, "blockHeight");
    c.svmAddress(o, p, "blockHash");
    c.u32(o, p, "transactionIndex", false);
    c.expect(c.network(o, p) == QLatin1String("sol"), QStringLiteral("network is not sol"));
}

void checkDistribution(Checker &c, const QJsonObject &o, const StreamFilter &filter)
{
    const QString p;
    c.expect(c.svmAddress(o, p, "tokenAddress") == filter.value(QStringLiteral("tokenAddress")),
             QStringLiteral("tokenAddress is not the filter's"));
    c.network(o, p);
    c.i64(o, p, "blockIndex");
    if (!c.present(o, "stats"))
        return;
    const QJsonObject s = c.object(o, p, "stats");
    const QString sp = QStringLiteral("stats");
    c.i64(s, sp, "holderCount");
    c.svmAddress(s, sp, "developer", false);
    for (const char *key : {"developerBalance", "top10HolderBalances", "sniperBalances", "proTraderBalances",
                            "freshieBalances", "insiderBalances", "bundlerBalances"})
        c.dec(s, sp, key);
    for (const char *key : {"sniperCount", "proTraderCount", "freshieCount", "insiderCount", "bundlerCount"})
        c.i64(s, sp, key);
    const QJsonArray holders = c.array(s, sp, "top10Holders");
    c.expect(holders.size() <= 10, QStringLiteral("more than 10 top holders"));
    for (const QJsonValue &holder : holders)
        c.checkSvmAddress(sp, "top10Holders[]", holder.toString());
}

void checkHolderStats(Checker &c, const QJsonObject &o, const StreamFilter &filter)
{
    const QString p;
    c.expect(c.svmAddress(o, p, "tokenAddress") == filter.value(QStringLiteral("tokenAddress")),
             QStringLiteral("tokenAddress is not the filter's"));
    c.network(o, p);
    c.i64(o, p, "blockIndex");
    if (!c.present(o, "stats"))
        return;
    const QJsonObject s = c.object(o, p, "stats");
    const QString sp = QStringLiteral("stats");
    for (const char *key : {"boughtUsd", "boughtNative", "soldUsd", "soldNative"})
        c.f64(s, sp, key);
    for (const char *key : {"boughtTokens", "soldTokens", "tokenBalance"})
        c.dec(s, sp, key);
    const qint64 buys = c.i64(s, sp, "buysCount");
    const qint64 sells = c.i64(s, sp, "sellsCount");
    c.expect(buys >= 0 && sells >= 0, QStringLiteral("negative counts"));
    c.i64(s, sp, "firstTransactionMs", false);
    c.boolean(s, sp, "isTokenDev");
    c.f64(s, sp, "avgBuyPriceUsd", false);
    c.f64(s, sp, "avgSellPriceUsd", false);
}

void checkEvmSwap(Checker &c, const QJsonObject &o, const StreamFilter &filter, qint64 nowMs, StreamMemory &memory)
{
    const QString p;
    c.expect(c.evmAddress(o, p, "tokenAddress") == filter.value(QStringLiteral("tokenAddress")),
             QStringLiteral("tokenAddress is not the filter's"));
    c.evmHash(o, p, "txHash");
    c.expect(c.u64(o, p, "chainId") == filter.value(QStringLiteral("chainId")).toLongLong(),
             QStringLiteral("chainId is not the filter's"));
    const qint64 block = c.u64(o, p, "blockNumber");
    c.expect(block >= memory.lastSlot, QStringLiteral("blockNumber went backwards"));
    memory.lastSlot = block;
    c.evmHash(o, p, "blockHash", false);
    c.u64(o, p, "txIndex", false);
    c.expect(c.i64(o, p, "timestamp") == nowMs / 1000, QStringLiteral("timestamp is not the clock in seconds"));
    memory.sides.insert(c.boolean(o, p, "isBuy"));
    const double amountNative = c.dec(o, p, "amountNative");
    const double amountUsd = c.dec(o, p, "amountUsd");
    const double priceNative = c.dec(o, p, "priceNative");
    const double priceUsd = c.dec(o, p, "priceUsd");
    if (amountNative > 0.001 && priceNative > 0) {
        c.expect(std::abs((amountUsd / amountNative) / (priceUsd / priceNative) - 1.0) < 0.02,
                 QStringLiteral("native price implied by amounts and prices disagree"));
    }
    memory.prices.append(priceUsd);
    c.u32(o, p, "tokenDecimals");
    c.evmAddress(o, p, "tokenInAddress");
    c.evmAddress(o, p, "tokenOutAddress");
    c.dec(o, p, "amountIn");
    c.dec(o, p, "amountOut");
    c.evmAddress(o, p, "poolAddress", false);
    c.evmAddress(o, p, "recipient", false);
    c.evmAddress(o, p, "maker", false);
    c.str(o, p, "inferredDexType", false);
    c.str(o, p, "platformName", false);
    c.expect(c.network(o, p) == QLatin1String("base"), QStringLiteral("network is not base for chain 8453"));
}

void checkEvmPool(Checker &c, const QJsonObject &o, const StreamFilter &filter)
{
    const QString p;
    c.expect(c.evmAddress(o, p, "tokenAddress") == filter.value(QStringLiteral("tokenAddress")),
             QStringLiteral("tokenAddress is not the filter's"));
    c.u64(o, p, "chainId");
    c.str(o, p, "tokenName");
    c.str(o, p, "tokenSymbol");
    c.u32(o, p, "tokenDecimals");
    for (const char *key : {"totalSupply", "priceUsd", "priceNative", "liquidityUsd", "marketCapUsd"})
        c.dec(o, p, key, false);
    c.u64(o, p, "blockNumber");
    c.u64(o, p, "timestampUpdatedMs");
    c.network(o, p);
}

void checkEvmBalance(Checker &c, const QJsonObject &o, const StreamFilter &filter, bool wallet)
{
    const QString p;
    const QString token = c.evmAddress(o, p, "tokenAddress");
    const QString owner = c.evmAddress(o, p, "owner");
    const qint64 chainId = c.u64(o, p, "chainId");
    if (wallet) {
        c.expect(owner == filter.value(QStringLiteral("walletAddress")), QStringLiteral("owner is not the wallet"));
    } else {
        c.expect(token == filter.value(QStringLiteral("tokenAddress")), QStringLiteral("token is not the filter's"));
        c.expect(chainId == 8453, QStringLiteral("chainId is not the filter's"));
    }
    c.u64(o, p, "blockNumber");
    c.i64(o, p, "blockTime");
    c.dec(o, p, "balance");
    c.u32(o, p, "decimals");
    const QString network = c.network(o, p);
    c.expect(MarketModel::chainIdForNetwork(network.toLatin1()) == quint64(chainId),
             QStringLiteral("network %1 does not match chainId %2").arg(network).arg(chainId));
}

void checkEvmNative(Checker &c, const QJsonObject &o, const StreamFilter &filter)
{
    const QString p;
    c.expect(c.evmAddress(o, p, "owner") == filter.value(QStringLiteral("walletAddress")),
             QStringLiteral("owner is not the wallet"));
    const qint64 chainId = c.u64(o, p, "chainId");
    c.u64(o, p, "blockNumber");
    c.i64(o, p, "blockTime");
    c.dec(o, p, "balance");
    const QString network = c.network(o, p);
    c.expect(MarketModel::chainIdForNetwork(network.toLatin1()) == quint64(chainId),
             QStringLiteral("network does not match chainId"));
}

void checkSignalSource(Checker &c, const QJsonObject &source, StreamMemory &memory)
{
    const QString sp = QStringLiteral("latestSignal.source");
    const QString kind = c.str(source, sp, "sourceType");
    memory.variants.insert(kind);
    const QJsonObject s = c.object(source, sp, "source");
    const QString p = sp + QStringLiteral(".source");
    if (kind == QLatin1String("discord")) {
        for (const char *key : {"messageId", "guildId", "channelId", "authorId"})
            c.str(s, p, key);
        for (const char *key : {"authorUsername", "authorAvatarUrl", "authorDisplayName", "webhookId",
                                "snapshotGuildName", "snapshotChannelName"})
            c.str(s, p, key, false);
        c.boolean(s, p, "authorIsBot", false);
    } else if (kind == QLatin1String("telegram")) {
        for (const char *key : {"messageId", "chatId", "senderId"})
            c.str(s, p, key);
        c.i32(s, p, "topicId", false);
        for (const char *key :
             {"topicTitle", "senderUsername", "senderAvatarUrl", "senderDisplayName", "snapshotChatTitle"})
            c.str(s, p, key, false);
        c.boolean(s, p, "senderIsBot", false);
    } else if (kind == QLatin1String("x")) {
        c.str(s, p, "tweetId");
        c.str(s, p, "authorId");
        for (const char *key : {"authorUsername", "authorAvatarUrl", "authorDisplayName"})
            c.str(s, p, key, false);
        c.boolean(s, p, "authorVerified", false);
    } else if (kind == QLatin1String("trade")) {
        c.str(s, p, "walletAddress");
        c.str(s, p, "txSignature");
        c.boolean(s, p, "isBuy");
        c.dec(s, p, "amountUsd");
        c.dec(s, p, "amountNative");
    } else {
        c.expect(false, QStringLiteral("unknown sourceType ") + kind);
    }
}

void checkSignalFeed(Checker &c, const QJsonObject &o, const QString &stream, const StreamFilter &filter,
                     StreamMemory &memory)
{
    const QString p;
    const QString type = c.str(o, p, "type");
    static const QHash<QString, QString> expectedTypes {
        {QStringLiteral("alpha.signalFeedGlobal"), QStringLiteral("globalSignalFeedUpdate")},
        {QStringLiteral("alpha.signalFeedPersonal"), QStringLiteral("personalSignalFeedUpdate")},
        {QStringLiteral("alpha.signalFeedNamed"), QStringLiteral("namedSignalFeedUpdate")},
        {QStringLiteral("alpha.signalFeedProfile"), QStringLiteral("profileSignalFeedUpdate")},
    };
    c.expect(type == expectedTypes.value(stream), QStringLiteral("type %1 for %2").arg(type, stream));
    if (stream == QLatin1String("alpha.signalFeedProfile"))
        c.expect(c.str(o, p, "profileId") == filter.value(QStringLiteral("profileId")),
                 QStringLiteral("profileId is not the filter's"));
    if (stream == QLatin1String("alpha.signalFeedNamed"))
        c.expect(c.str(o, p, "feedId", false) == filter.value(QStringLiteral("feedId")),
                 QStringLiteral("feedId is not the filter's"));
    if (stream == QLatin1String("alpha.signalFeedPersonal"))
        c.str(o, p, "feedId", false);
    c.str(o, p, "tokenAddress");
    const QString network = c.network(o, p);
    if (c.present(o, "tokenMeta")) {
        const QJsonObject meta = c.object(o, p, "tokenMeta");
        const QString mp = QStringLiteral("tokenMeta");
        c.str(meta, mp, "address");
        c.expect(c.network(meta, mp) == network, QStringLiteral("tokenMeta.network differs"));
        c.str(meta, mp, "symbol");
        c.str(meta, mp, "name");
        c.u32(meta, mp, "decimals", false);
        c.str(meta, mp, "logoUrl", false);
        c.i64(meta, mp, "deploymentTimestamp", false);
    }
    if (c.present(o, "latestSignal")) {
        const QJsonObject signal = c.object(o, p, "latestSignal");
        const QString lp = QStringLiteral("latestSignal");
        c.str(signal, lp, "id");
        c.i64(signal, lp, "timestampMs");
        checkSignalSource(c, c.object(signal, lp, "source"), memory);
        c.boolean(signal, lp, "isBot");
        for (const char *key : {"priceUsd", "priceNative", "marketcapUsd", "liquidityUsd"})
            c.f64(signal, lp, key);
        c.f64(signal, lp, "liquidityNative", false);
        c.str(signal, lp, "poolAddress", false);
        c.str(signal, lp, "dexName", false);
    }
}

void checkMessageTokens(Checker &c, const QJsonObject &data, const QString &p)
{
    for (const QJsonValue &token : c.array(data, p, "tokens")) {
        c.str(token.toObject(), p + QStringLiteral(".tokens[]"), "address");
        c.str(token.toObject(), p + QStringLiteral(".tokens[]"), "chain");
    }
}

void checkAlphaPersonal(Checker &c, const QJsonObject &o, StreamMemory &memory)
{
    const QString p;
    if (c.present(o, "type")) {
        c.expect(c.str(o, p, "type") == QLatin1String("callReference"), QStringLiteral("unknown type"));
        memory.variants.insert(QStringLiteral("callReference"));
        c.str(o, p, "address");
        const qint64 first = c.i64(o, p, "firstSeenAtMs");
        const qint64 last = c.i64(o, p, "lastSeenAtMs");
        c.expect(first <= last, QStringLiteral("firstSeenAtMs after lastSeenAtMs"));
        const qint64 count = c.i64(o, p, "mentionCount");
        const QJsonArray mentions = c.array(o, p, "mentions");
        c.expect(mentions.size() == count, QStringLiteral("mentionCount differs from mentions"));
        for (const QJsonValue &mention : mentions) {
            const QString mp = QStringLiteral("mentions[]");
            c.str(mention.toObject(), mp, "messageId");
            c.str(mention.toObject(), mp, "platform");
            c.i64(mention.toObject(), mp, "timestampMs");
        }
        return;
    }
    const QString platform = c.str(o, p, "platform");
    memory.variants.insert(platform);
    const QJsonObject data = c.object(o, p, "data");
    const QString dp = QStringLiteral("data");
    auto checkAuthor = [&](const QJsonObject &author) {
        const QString ap = QStringLiteral("data.author");
        for (const char *key : {"userId", "username", "displayName", "avatarUrl"})
            c.str(author, ap, key, false);
        c.boolean(author, ap, "isBot", false);
    };
    if (platform == QLatin1String("discord") || platform == QLatin1String("telegram")) {
        c.str(data, dp, "messageId");
        if (platform == QLatin1String("discord")) {
            c.str(data, dp, "guildId");
            c.str(data, dp, "channelId");
            c.str(data, dp, "snapshotGuildName", false);
            c.str(data, dp, "snapshotChannelName", false);
        } else {
            c.str(data, dp, "chatId");
            c.str(data, dp, "snapshotChatTitle", false);
            c.str(data, dp, "topicTitle", false);
            c.i32(data, dp, "topicId", false);
        }
        c.str(data, dp, "content");
        c.str(data, dp, "replyToMessageId", false);
        c.i64(data, dp, "timestamp");
        if (c.present(data, "author"))
            checkAuthor(c.object(data, dp, "author"));
        checkMessageTokens(c, data, dp);
        c.boolean(data, dp, "isEdited");
        c.boolean(data, dp, "isDeleted");
    } else if (platform == QLatin1String("x")) {
        c.str(data, dp, "tweetId");
        c.str(data, dp, "content");
        c.i64(data, dp, "timestamp");
        if (c.present(data, "author")) {
            const QJsonObject author = c.object(data, dp, "author");
            const QString ap = QStringLiteral("data.author");
            c.str(author, ap, "userId");
            c.str(author, ap, "username");
            c.str(author, ap, "displayName", false);
            c.str(author, ap, "avatarUrl", false);
            c.boolean(author, ap, "verified");
            c.u64(author, ap, "followersCount");
        }
        checkMessageTokens(c, data, dp);
        for (const QJsonValue &tag : c.array(data, dp, "hashtags"))
            c.expect(tag.isString(), QStringLiteral("hashtag is not a string"));
        for (const QJsonValue &tag : c.array(data, dp, "cashtags"))
            c.expect(tag.isString(), QStringLiteral("cashtag is not a string"));
        for (const QJsonValue &mention : c.array(data, dp, "mentions")) {
            c.str(mention.toObject(), QStringLiteral("data.mentions[]"), "username");
            c.str(mention.toObject(), QStringLiteral("data.mentions[]"), "userId");
        }
        if (c.present(data, "publicMetrics")) {
            const QJsonObject metrics = c.object(data, dp, "publicMetrics");
            for (const char *key : {"likeCount", "retweetCount", "replyCount", "quoteCount"})
                c.u32(metrics, QStringLiteral("data.publicMetrics"), key);
        }
        c.str(data, dp, "conversationId", false);
        c.str(data, dp, "inReplyToUserId", false);
        c.array(data, dp, "mediaUrls");
        c.boolean(data, dp, "isDeleted");
    } else {
        c.expect(false, QStringLiteral("unknown platform ") + platform);
    }
}

void checkNotification(Checker &c, const QJsonObject &o, bool snake, const QString &userId, StreamMemory &memory)
{
    const QString p;
    const QString type = c.str(o, p, "type");
    memory.types.insert(type);
    static const QSet<QString> known {QStringLiteral("swap"),           QStringLiteral("transfer"),
                                      QStringLiteral("approval"),       QStringLiteral("automation"),
                                      QStringLiteral("strategy"),       QStringLiteral("claim"),
                                      QStringLiteral("cleanup"),        QStringLiteral("svmNonce"),
                                      QStringLiteral("crosschainSwap"), QStringLiteral("perpsOrder")};
    c.expect(known.contains(type), QStringLiteral("unknown type ") + type);
    auto key = [snake](const char *camel, const char *snakeName) {
        return snake ? snakeName : camel;
    };
    if (type == QLatin1String("strategy"))
        c.str(o, p, key("rootTaskId", "root_task_id"));
    else if (type == QLatin1String("claim"))
        c.str(o, p, key("claimId", "claim_id"));
    else
        c.str(o, p, key("taskId", "task_id"));
    c.expect(c.str(o, p, key("userId", "user_id")) == userId, QStringLiteral("userId is not the channel's user"));
    if (type == QLatin1String("swap"))
        c.i32(o, p, key("chainId", "chain_id"));
    c.expect(!o.contains(snake ? QStringLiteral("userId") : QStringLiteral("user_id")),
             QStringLiteral("mixed field casing"));
}

void checkAutomation(Checker &c, const QJsonObject &o, bool snake, const QString &userId, StreamMemory &memory)
{
    const QString p;
    const QString type = c.str(o, p, "type");
    memory.types.insert(type);
    if (snake) {
        c.expect(type == QLatin1String("taskUpdate") || type == QLatin1String("regionalStats"),
                 QStringLiteral("unknown Rust variant ") + type);
        c.str(o, p, "task_id");
        c.expect(c.str(o, p, "user_id") == userId, QStringLiteral("user_id is not the channel's user"));
        if (type == QLatin1String("regionalStats"))
            c.str(o, p, "region_id");
        return;
    }
    c.expect(type == QLatin1String("automation") || type == QLatin1String("strategy") || type == QLatin1String("swap"),
             QStringLiteral("unknown TypeScript variant ") + type);
    c.str(o, p, type == QLatin1String("strategy") ? "rootTaskId" : "taskId");
    c.expect(c.str(o, p, "userId") == userId, QStringLiteral("userId is not the channel's user"));
    if (type == QLatin1String("swap"))
        c.i32(o, p, "chainId");
}

} // namespace

class TestSimGenerators : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void everyCatalogStreamHasAGenerator()
    {
        const StreamCatalog catalog = StreamCatalog::builtIn();
        QCOMPARE(catalog.streams.size(), 21);
        for (const auto &stream : catalog.streams)
            QVERIFY2(EventGenerator::supports(stream.id), qPrintable(stream.id));
        QCOMPARE(EventGenerator::supportedStreams().size(), 21);
    }

    void payloadsFollowTheFieldTables_data()
    {
        QTest::addColumn<QString>("stream");
        QTest::addColumn<bool>("snake");
        for (const auto &stream : StreamCatalog::builtIn().streams)
            QTest::newRow(qPrintable(stream.id)) << stream.id << false;
        QTest::newRow("portfolio.notifications snake_case") << QStringLiteral("portfolio.notifications") << true;
        QTest::newRow("automation.updates snake_case") << QStringLiteral("automation.updates") << true;
    }

    void payloadsFollowTheFieldTables()
    {
        QFETCH(QString, stream);
        QFETCH(bool, snake);
        const QString userId = QStringLiteral("usr_test");
        MarketModel market(42);
        GeneratorContext context;
        context.streamId = stream;
        context.filter = filterFor(stream);
        context.userId = userId;
        context.seed = 42;
        context.casing = snake ? NotificationCasing::SnakeCase : NotificationCasing::CamelCase;
        EventGenerator generator(context, &market);

        StreamMemory memory;
        for (int i = 0; i < kEventsPerStream; ++i) {
            const quint64 seq = quint64(i) + 1;
            const qint64 nowMs = kStartMs + qint64(i) * kStepMs;
            const QByteArray raw = generator.next(seq, nowMs);
            memory.totalBytes += double(raw.size());
            QJsonParseError error;
            const QJsonDocument document = QJsonDocument::fromJson(raw, &error);
            QVERIFY2(error.error == QJsonParseError::NoError && document.isObject(),
                     qPrintable(QStringLiteral("event %1 is not a JSON object: %2").arg(i).arg(error.errorString())));
            QVERIFY2(raw.startsWith(QByteArray("{\"seq\":" + QByteArray::number(seq) + ',')),
                     qPrintable(QStringLiteral("seq is not the first field: ") + QString::fromUtf8(raw.left(40))));
            const QJsonObject o = document.object();
            Checker c(raw);
            c.u64(o, QString(), "seq");
            if (stream == QLatin1String("svm.token.swaps"))
                checkSvmSwap(c, o, context.filter, nowMs, memory);
            else if (stream == QLatin1String("svm.token.poolInfo"))
                checkSvmPool(c, o, context.filter, nowMs, memory);
            else if (stream == QLatin1String("svm.token.balances"))
                checkSvmBalance(c, o, context.filter, false, memory);
            else if (stream == QLatin1String("svm.wallet.tokenBalances"))
                checkSvmBalance(c, o, context.filter, true, memory);
            else if (stream == QLatin1String("svm.wallet.nativeBalance"))
                checkSvmNative(c, o, context.filter, memory);
            else if (stream == QLatin1String("svm.bondingCurve.creations"))
                checkCurve(c, o, false, memory);
            else if (stream == QLatin1String("svm.bondingCurve.graduations"))
                checkCurve(c, o, true, memory);
            else if (stream == QLatin1String("svm.token.distributionStats"))
                checkDistribution(c, o, context.filter);
            else if (stream == QLatin1String("svm.token.holderStats"))
                checkHolderStats(c, o, context.filter);
            else if (stream == QLatin1String("evm.token.swaps"))
                checkEvmSwap(c, o, context.filter, nowMs, memory);
            else if (stream == QLatin1String("evm.token.poolInfo"))
                checkEvmPool(c, o, context.filter);
            else if (stream == QLatin1String("evm.token.balances"))
                checkEvmBalance(c, o, context.filter, false);
            else if (stream == QLatin1String("evm.wallet.tokenBalances"))
                checkEvmBalance(c, o, context.filter, true);
            else if (stream == QLatin1String("evm.wallet.nativeBalance"))
                checkEvmNative(c, o, context.filter);
            else if (stream.startsWith(QLatin1String("alpha.signalFeed")))
                checkSignalFeed(c, o, stream, context.filter, memory);
            else if (stream == QLatin1String("alpha.personal"))
                checkAlphaPersonal(c, o, memory);
            else if (stream == QLatin1String("portfolio.notifications"))
                checkNotification(c, o, snake, userId, memory);
            else if (stream == QLatin1String("automation.updates"))
                checkAutomation(c, o, snake, userId, memory);
            else
                QFAIL(qPrintable(QStringLiteral("no field table for ") + stream));
            if (!c.problems.isEmpty()) {
                QFAIL(qPrintable(QStringLiteral("event %1 of %2: %3\n%4")
                                     .arg(i)
                                     .arg(stream, c.problems.join(QStringLiteral("; ")), QString::fromUtf8(raw))));
            }
        }

        // The mix a user should see over a thousand events.
        if (stream.endsWith(QLatin1String(".swaps")))
            QCOMPARE(memory.sides.size(), 2); // buys and sells
        if (stream == QLatin1String("svm.token.swaps")) {
            QVERIFY(memory.variants.contains(QStringLiteral("fees"))); // the optional details do occur
            const double mean = memory.totalBytes / kEventsPerStream;
            qInfo("svm.token.swaps mean payload: %.0f bytes", mean);
            QVERIFY2(mean > 380 && mean < 520, qPrintable(QString::number(mean)));
        }
        if (stream == QLatin1String("alpha.personal"))
            QVERIFY(memory.variants.contains(QStringLiteral("callReference")) && memory.variants.size() == 4);
        if (stream.startsWith(QLatin1String("alpha.signalFeed")))
            QCOMPARE(memory.variants.size(), 4); // every sourceType
        if (stream == QLatin1String("portfolio.notifications"))
            QCOMPARE(memory.types.size(), 10);
        if (stream == QLatin1String("automation.updates"))
            QCOMPARE(memory.types.size(), snake ? 2 : 3);
        if (stream.endsWith(QLatin1String(".swaps")) || stream == QLatin1String("svm.token.poolInfo")) {
            // Prices wander (a random walk), stay positive and within a plausible band.
            QVERIFY(!memory.prices.isEmpty());
            const auto [low, high] = std::minmax_element(memory.prices.cbegin(), memory.prices.cend());
            QVERIFY(*low > 0);
            QVERIFY2(*high > *low * 1.001, "the price never moved");
            QVERIFY2(*high < *low * 20, "the price walked implausibly far");
        }
    }

    void generationIsDeterministicForASeed_data()
    {
        QTest::addColumn<QString>("stream");
        for (const auto &stream : StreamCatalog::builtIn().streams)
            QTest::newRow(qPrintable(stream.id)) << stream.id;
    }

    void generationIsDeterministicForASeed()
    {
        QFETCH(QString, stream);
        auto run = [&](quint64 seed) {
            MarketModel market(seed);
            GeneratorContext context;
            context.streamId = stream;
            context.filter = filterFor(stream);
            context.userId = QStringLiteral("usr_test");
            context.seed = seed;
            EventGenerator generator(context, &market);
            QList<QByteArray> events;
            for (int i = 0; i < 200; ++i)
                events.append(generator.next(quint64(i) + 1, kStartMs + qint64(i) * kStepMs));
            return events;
        };
        const auto first = run(7);
        QCOMPARE(run(7), first);
        QVERIFY(run(8) != first);
    }

    void channelsOfOneStreamDiffer()
    {
        // Two tokens of one stream are two different event sequences, not the same one relabelled.
        MarketModel market(3);
        GeneratorContext a;
        a.streamId = QStringLiteral("svm.token.swaps");
        a.filter = filterFor(a.streamId);
        GeneratorContext b = a;
        b.filter.insert(QStringLiteral("tokenAddress"), QStringLiteral("DezXAZ8z7PnrnRJjz3wXBoRgixCa6xjnB7YaB1pPB263"));
        EventGenerator ga(a, &market);
        EventGenerator gb(b, &market);
        const QJsonObject ea = QJsonDocument::fromJson(ga.next(1, kStartMs)).object();
        const QJsonObject eb = QJsonDocument::fromJson(gb.next(1, kStartMs)).object();
        QVERIFY(ea.value(QStringLiteral("signature")) != eb.value(QStringLiteral("signature")));
        QCOMPARE(eb.value(QStringLiteral("tokenMint")).toString(), b.filter.value(QStringLiteral("tokenAddress")));
    }

    void identifiersHaveRealShapes()
    {
        RandomSource random(11);
        for (int i = 0; i < 2000; ++i) {
            const QByteArray address = randomSvmAddress(random);
            QVERIFY(address.size() >= 32 && address.size() <= 44 && isBase58(address));
            const QByteArray signature = randomSvmSignature(random);
            QCOMPARE(signature.size(), 88);
            QVERIFY(isBase58(signature));
            const QByteArray mint = randomPumpMint(random);
            QCOMPARE(mint.size(), 44);
            QVERIFY(mint.endsWith("pump") && isBase58(mint));
            QVERIFY(isEvmAddress(randomEvmAddress(random)));
            QCOMPARE(randomEvmHash(random).size(), 66);
            QCOMPARE(randomUuid(random).size(), 36);
        }
        // Known base58 vectors: the encoding itself is right.
        QCOMPARE(base58Encode(QByteArrayView("\x00\x00\x01", 3)), QByteArray("112"));
        QCOMPARE(base58Encode(QByteArrayView("hello world")), QByteArray("StV1DL6CwTryKyV"));
        QCOMPARE(base58Encode(QByteArray(32, '\0')), QByteArray(32, '1'));
        QVERIFY(!isBase58("0OIl"));
    }

    void jsonWriterEscapesAndKeepsIntegersExact()
    {
        QByteArray out;
        JsonWriter json(out);
        json.beginObject();
        json.fieldUInt("big", 9223372036854775807ULL);
        json.field("text", "quote \" backslash \\ newline \n emoji 🚀");
        json.fieldFloat("whole", 2.0);
        json.fieldDecimal("price", 0.000001234, 12);
        json.key("list");
        json.beginArray();
        json.integer(-1);
        json.boolean(true);
        json.null();
        json.endArray();
        json.endObject();
        QJsonParseError error;
        const QJsonObject o = QJsonDocument::fromJson(out, &error).object();
        QCOMPARE(error.error, QJsonParseError::NoError);
        QCOMPARE(o.value(QStringLiteral("big")).toInteger(), std::numeric_limits<qint64>::max());
        QCOMPARE(o.value(QStringLiteral("text")).toString(),
                 QString::fromUtf8("quote \" backslash \\ newline \n emoji 🚀"));
        QVERIFY(out.contains("\"whole\":2.0"));
        QCOMPARE(o.value(QStringLiteral("price")).toString(), QStringLiteral("0.000001234000"));
        QCOMPARE(o.value(QStringLiteral("list")).toArray().size(), 3);
    }

    void helpersFormatAmounts()
    {
        QCOMPARE(rawAmountString(1.5, 18), QByteArray("1500000000000000000"));
        QCOMPARE(rawAmountString(1.5, 2), QByteArray("150"));
        QCOMPARE(rawAmountString(0, 18), QByteArray("0"));
        QCOMPARE(decimalsForSignificant(150.0), 3);
        QCOMPARE(decimalsForSignificant(0.00001234), 10);
    }
};

QTEST_GUILESS_MAIN(TestSimGenerators)
#include "tst_simgenerators.moc"
