// EventGenerator: the alpha.* streams (signal feeds and chat).

#include "eventgenerator.h"
#include "generatorsupport.h"
#include "identifiers.h"
#include "jsonwriter.h"
#include "marketmodel.h"

#include <algorithm>
#include <array>
#include <cmath>

namespace shuriken::sim {

namespace {

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

} // namespace shuriken::sim
