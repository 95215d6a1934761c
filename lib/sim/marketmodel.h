#pragma once

#include "randomsource.h"

#include <QByteArray>
#include <QHash>
#include <QList>

namespace shuriken::sim {

/// What the simulator knows about one token: stable for a (seed, network, address).
struct TokenProfile
{
    QByteArray network; // "sol", "eth", "base", ...
    QByteArray address;
    QByteArray name;
    QByteArray symbol;
    int decimals = 6;
    double totalSupply = 0; // whole tokens
    QByteArray poolAddress;
    QByteArray dexType; // e.g. "pumpswap", "uniswap_v3"
    QByteArray developer;
    qint64 deploymentTimestampMs = 0;
    bool isNativeWrapper = false; // wrapped SOL, WETH, WBNB: priced as the native coin
    bool isStable = false; // USDC: priced at one dollar
    double referencePriceUsd = 0; // a well-known token's usual price; 0 for generated tokens
};

/// The shared market behind every generator: one random-walk price per token and per native
/// coin, so the swaps, pool info and signals of a token agree with each other. A walk moves in
/// fixed steps of simulated time, so a price depends only on the seed and the clock reading,
/// never on which stream asked first.
class MarketModel
{
public:
    explicit MarketModel(quint64 seed);

    const TokenProfile &token(const QByteArray &network, const QByteArray &address);
    double priceUsd(const QByteArray &network, const QByteArray &address, qint64 nowMs);
    /// USD price of the network's native coin (SOL, ETH, BNB, ...).
    double nativeUsd(const QByteArray &network, qint64 nowMs);

    /// Well-known tokens of a network plus a few generated ones, for wallet streams and signals.
    QList<QByteArray> popularTokens(const QByteArray &network);

    /// "eth" for 1, "base" for 8453, ...; empty for a chain the simulator does not serve.
    static QByteArray networkForChainId(quint64 chainId);
    static quint64 chainIdForNetwork(const QByteArray &network);
    static QList<quint64> supportedChainIds();
    /// Seconds between blocks, for block numbers derived from the clock.
    static double blockSeconds(const QByteArray &network);
    /// Block number of an EVM network at @p nowMs (grows with time, the same for every stream).
    static quint64 evmBlockNumber(const QByteArray &network, qint64 nowMs);
    /// Solana slot at @p nowMs (one slot per 400 ms).
    static quint64 solanaSlot(qint64 nowMs);
    /// Address of the wrapped native coin (wrapped SOL mint, WETH, WBNB, ...).
    static QByteArray wrappedNativeAddress(const QByteArray &network);
    /// Block hash of a Solana slot: the same for every stream and channel of one seed.
    QByteArray solanaBlockHash(quint64 slot) const;
    QByteArray evmBlockHash(const QByteArray &network, quint64 blockNumber) const;

private:
    struct Walk
    {
        RandomSource random;
        double logPrice = 0;
        double anchor = 0;
        double sigma = 0;
        qint64 step = 0;
        bool started = false;
    };

    double walk(Walk &walk, qint64 nowMs);
    Walk &nativeWalk(const QByteArray &network);

    quint64 m_seed;
    QHash<QByteArray, TokenProfile> m_tokens; // key: network + ':' + address
    QHash<QByteArray, Walk> m_walks; // same key
    QHash<QByteArray, Walk> m_nativeWalks; // key: network
    QHash<QByteArray, QList<QByteArray>> m_popular;
};

} // namespace shuriken::sim
