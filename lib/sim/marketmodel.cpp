#include "marketmodel.h"

#include "identifiers.h"

#include <algorithm>
#include <array>
#include <cmath>

namespace shuriken::sim {

namespace {

constexpr qint64 kWalkStepMs = 250;
// Walking further than this in one call (about 14 hours of simulated time) starts the walk
// afresh from the last price instead of looping for seconds.
constexpr qint64 kMaxWalkSteps = 200000;
// The clock anchor of slot and block numbers: 2023-11-14T22:13:20Z.
constexpr qint64 kAnchorMs = 1700000000000LL;

struct KnownToken
{
    const char *network;
    const char *address;
    const char *name;
    const char *symbol;
    int decimals;
    bool nativeWrapper;
    bool stable;
    double priceUsd; // where its walk starts; 0 for wrappers and stables
};

// Public, well-known token contracts, so a user recognises what the simulator shows.
constexpr std::array<KnownToken, 12> kKnownTokens {{
    {"sol", "So11111111111111111111111111111111111111112", "Wrapped SOL", "SOL", 9, true, false, 0},
    {"sol", "EPjFWdd5AufqSSqeM2qN1xzybapC8G4wEGGkZwyTDt1v", "USD Coin", "USDC", 6, false, true, 0},
    {"sol", "DezXAZ8z7PnrnRJjz3wXBoRgixCa6xjnB7YaB1pPB263", "Bonk", "Bonk", 5, false, false, 0.00002},
    {"sol", "JUPyiwrYJFskUPiHa7hkeR8VUtAeFoSYbKedZNsDvCN", "Jupiter", "JUP", 6, false, false, 0.8},
    {"sol", "EKpQGSJtjMFqKZ9KQanSqYXRcF8fBopzLHYxdM65zcjm", "dogwifhat", "$WIF", 6, false, false, 1.5},
    {"eth", "0xc02aaa39b223fe8d0a0e5c4f27ead9083c756cc2", "Wrapped Ether", "WETH", 18, true, false, 0},
    {"eth", "0xa0b86991c6218b36c1d19d4a2e9eb0ce3606eb48", "USD Coin", "USDC", 6, false, true, 0},
    {"eth", "0x6982508145454ce325ddbe47a25d4ec3d2311933", "Pepe", "PEPE", 18, false, false, 0.00001},
    {"base", "0x4200000000000000000000000000000000000006", "Wrapped Ether", "WETH", 18, true, false, 0},
    {"base", "0x833589fcd6edb6e08f4c7c32d4f71b54bda02913", "USD Coin", "USDC", 6, false, true, 0},
    {"bsc", "0xbb4cdb9cbd36b01bd1cbaebf2de08d9173bc095c", "Wrapped BNB", "WBNB", 18, true, false, 0},
    {"bsc", "0x55d398326f99059ff775485246999027b3197955", "Tether USD", "USDT", 18, false, true, 0},
}};

struct Chain
{
    const char *network;
    quint64 chainId;
    double blockSeconds;
    quint64 anchorBlock; // block number at kAnchorMs
    double nativeUsd;
};

constexpr std::array<Chain, 8> kChains {{
    {"eth", 1, 12.0, 18570000, 3000.0},
    {"bsc", 56, 3.0, 33400000, 600.0},
    {"monad", 143, 0.5, 1, 1.0},
    {"hype", 999, 1.0, 1, 25.0},
    {"base", 8453, 2.0, 6900000, 3000.0},
    {"avax", 43114, 2.0, 37600000, 30.0},
    {"blast", 81457, 2.0, 1, 3000.0},
    {"trx", 728126428, 3.0, 56500000, 0.25},
}};

const Chain *findChain(const QByteArray &network)
{
    for (const auto &chain : kChains) {
        if (network == chain.network)
            return &chain;
    }
    return nullptr;
}

constexpr std::array<const char *, 24> kNameFirst {
    "Moon",  "Based", "Turbo",  "Giga",  "Baby",  "Super",  "Cyber", "Dark",  "Happy",  "Magic", "Golden", "Tiny",
    "Retro", "Mega",  "Sleepy", "Angry", "Lucky", "Rocket", "Pixel", "Hyper", "Cosmic", "Wild",  "Frosty", "Neon",
};
constexpr std::array<const char *, 24> kNameSecond {
    "Cat",   "Frog",    "Dog",   "Pepe", "Inu",    "Bonk", "Whale", "Ape",  "Duck",    "Panda", "Shiba", "Goat",
    "Otter", "Hamster", "Llama", "Fox",  "Wizard", "Chad", "Bull",  "Bear", "Penguin", "Koala", "Tiger", "Sloth",
};

QByteArray tokenKey(const QByteArray &network, const QByteArray &address)
{
    return network + ':' + address;
}

QByteArray symbolFrom(const QByteArray &first, const QByteArray &second, RandomSource &random)
{
    QByteArray symbol;
    switch (random.below(3)) {
    case 0:
        symbol = first.left(2) + second.left(2);
        break;
    case 1:
        symbol = second.left(4);
        break;
    default:
        symbol = first.left(1) + second;
        break;
    }
    return symbol.left(6).toUpper();
}

} // namespace

MarketModel::MarketModel(quint64 seed)
    : m_seed(seed)
{ }

const TokenProfile &MarketModel::token(const QByteArray &network, const QByteArray &address)
{
    const QByteArray key = tokenKey(network, address);
    auto it = m_tokens.find(key);
    if (it != m_tokens.end())
        return *it;

    RandomSource random(mixSeed(m_seed, fnv1a64(key)));
    TokenProfile profile;
    profile.network = network;
    profile.address = address;
    const bool svm = network == "sol";

    const KnownToken *known = nullptr;
    for (const auto &candidate : kKnownTokens) {
        if (network == candidate.network && address == candidate.address)
            known = &candidate;
    }
    if (known) {
        profile.name = known->name;
        profile.symbol = known->symbol;
        profile.decimals = known->decimals;
        profile.isNativeWrapper = known->nativeWrapper;
        profile.isStable = known->stable;
        profile.referencePriceUsd = known->priceUsd;
        profile.totalSupply = profile.isStable ? 5e10 : 1e12;
    } else if (!svm && address == wrappedNativeAddress(network)) {
        profile.name = "Wrapped " + network.toUpper();
        profile.symbol = "W" + network.toUpper();
        profile.decimals = 18;
        profile.isNativeWrapper = true;
        profile.totalSupply = 1e9;
    } else {
        const QByteArray first = random.pick(kNameFirst);
        const QByteArray second = random.pick(kNameSecond);
        profile.name = first + ' ' + second;
        profile.symbol = symbolFrom(first, second, random);
        profile.decimals = svm ? (random.chance(0.8) ? 6 : 9) : 18;
        profile.totalSupply = svm ? 1e9 : std::pow(10.0, double(random.range(9, 12)));
    }
    profile.poolAddress = svm ? randomSvmAddress(random) : randomEvmAddress(random);
    if (svm) {
        static constexpr std::array<const char *, 5> dexes {"pumpswap", "raydium", "raydium_cpmm", "meteora_dlmm",
                                                            "orca_whirlpool"};
        profile.dexType = random.pick(dexes);
        profile.developer = randomSvmAddress(random);
    } else {
        static constexpr std::array<const char *, 4> dexes {"uniswap_v2", "uniswap_v3", "pancakeswap_v2", "aerodrome"};
        profile.dexType = random.pick(dexes);
        profile.developer = randomEvmAddress(random);
    }
    // Launched between a day and two years before the clock anchor.
    profile.deploymentTimestampMs = kAnchorMs - random.range(86400000LL, 2LL * 365 * 86400000LL);
    return *m_tokens.insert(key, profile);
}

double MarketModel::walk(Walk &state, qint64 nowMs)
{
    const qint64 target = nowMs / kWalkStepMs;
    if (!state.started) {
        state.started = true;
        state.step = target;
    }
    if (target - state.step > kMaxWalkSteps)
        state.step = target - kMaxWalkSteps;
    // Mean reversion keeps a price within a plausible band over hours; sigma makes it wander.
    constexpr double kReversion = 0.0005;
    while (state.step < target) {
        state.logPrice += state.sigma * state.random.normal() + kReversion * (state.anchor - state.logPrice);
        ++state.step;
    }
    return std::exp(state.logPrice);
}

MarketModel::Walk &MarketModel::nativeWalk(const QByteArray &network)
{
    // Base and Blast pay gas in ETH: one walk for all three.
    const QByteArray coin = (network == "base" || network == "blast") ? QByteArray("eth") : network;
    auto it = m_nativeWalks.find(coin);
    if (it != m_nativeWalks.end())
        return *it;
    Walk state;
    state.random = RandomSource(mixSeed(m_seed, fnv1a64(QByteArray("native:" + coin))));
    double price = 150.0; // SOL
    if (const Chain *chain = findChain(coin))
        price = chain->nativeUsd;
    state.anchor = std::log(price);
    state.logPrice = state.anchor + 0.05 * state.random.normal();
    state.sigma = 0.0006;
    return *m_nativeWalks.insert(coin, state);
}

double MarketModel::nativeUsd(const QByteArray &network, qint64 nowMs)
{
    return walk(nativeWalk(network), nowMs);
}

double MarketModel::priceUsd(const QByteArray &network, const QByteArray &address, qint64 nowMs)
{
    const TokenProfile &profile = token(network, address);
    if (profile.isNativeWrapper)
        return nativeUsd(network, nowMs);
    const QByteArray key = tokenKey(network, address);
    auto it = m_walks.find(key);
    if (it == m_walks.end()) {
        Walk state;
        state.random = RandomSource(mixSeed(m_seed, fnv1a64(QByteArray("walk:" + key))));
        if (profile.isStable) {
            state.anchor = 0.0;
            state.sigma = 0.00002;
        } else if (profile.referencePriceUsd > 0) {
            state.anchor = std::log(profile.referencePriceUsd);
            state.sigma = 0.0015;
        } else {
            // Long-tail tokens: anywhere between a billionth of a dollar and a few dollars.
            state.anchor = std::log(1e-4) + 2.2 * state.random.normal();
            state.anchor = std::clamp(state.anchor, std::log(1e-9), std::log(5.0));
            state.sigma = 0.004;
        }
        state.logPrice = state.anchor;
        it = m_walks.insert(key, state);
    }
    return walk(*it, nowMs);
}

QList<QByteArray> MarketModel::popularTokens(const QByteArray &network)
{
    auto it = m_popular.find(network);
    if (it != m_popular.end())
        return *it;
    QList<QByteArray> tokens;
    for (const auto &known : kKnownTokens) {
        if (network == known.network)
            tokens.append(known.address);
    }
    RandomSource random(mixSeed(m_seed, fnv1a64(QByteArray("popular:" + network))));
    const bool svm = network == "sol";
    if (!svm && !tokens.contains(wrappedNativeAddress(network)))
        tokens.append(wrappedNativeAddress(network));
    while (tokens.size() < 12)
        tokens.append(svm ? randomPumpMint(random) : randomEvmAddress(random));
    return *m_popular.insert(network, tokens);
}

QByteArray MarketModel::networkForChainId(quint64 chainId)
{
    for (const auto &chain : kChains) {
        if (chain.chainId == chainId)
            return chain.network;
    }
    return {};
}

quint64 MarketModel::chainIdForNetwork(const QByteArray &network)
{
    const Chain *chain = findChain(network);
    return chain ? chain->chainId : 0;
}

QList<quint64> MarketModel::supportedChainIds()
{
    QList<quint64> ids;
    for (const auto &chain : kChains)
        ids.append(chain.chainId);
    return ids;
}

double MarketModel::blockSeconds(const QByteArray &network)
{
    const Chain *chain = findChain(network);
    return chain ? chain->blockSeconds : 12.0;
}

quint64 MarketModel::evmBlockNumber(const QByteArray &network, qint64 nowMs)
{
    const Chain *chain = findChain(network);
    if (!chain)
        return 1;
    const double elapsed = double(std::max<qint64>(0, nowMs - kAnchorMs)) / 1000.0;
    return chain->anchorBlock + quint64(elapsed / chain->blockSeconds);
}

quint64 MarketModel::solanaSlot(qint64 nowMs)
{
    return 230000000ULL + quint64(std::max<qint64>(0, nowMs - kAnchorMs) / 400);
}

QByteArray MarketModel::wrappedNativeAddress(const QByteArray &network)
{
    for (const auto &known : kKnownTokens) {
        if (network == known.network && known.nativeWrapper)
            return known.address;
    }
    // Chains without a well-known wrapper in the table get a stable made-up one.
    RandomSource random(fnv1a64(QByteArray("wrapped-native:" + network)));
    return randomEvmAddress(random);
}

QByteArray MarketModel::solanaBlockHash(quint64 slot) const
{
    RandomSource random(mixSeed(m_seed, slot ^ 0x5eedb10cULL));
    return randomSvmAddress(random);
}

QByteArray MarketModel::evmBlockHash(const QByteArray &network, quint64 blockNumber) const
{
    RandomSource random(mixSeed(m_seed ^ fnv1a64(network), blockNumber));
    return randomEvmHash(random);
}

} // namespace shuriken::sim
