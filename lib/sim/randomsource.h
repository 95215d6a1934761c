#pragma once

#include <QByteArrayView>
#include <QtGlobal>

#include <array>
#include <cstddef>

namespace shuriken::sim {

/// 64-bit FNV-1a: a hash that is the same on every platform, compiler and Qt version (qHash is
/// seeded per process), used to derive per-channel and per-token seeds.
quint64 fnv1a64(QByteArrayView data, quint64 basis = 0xcbf29ce484222325ULL);

/// SplitMix64 finaliser of a ^ b: combines a seed with a derived value.
quint64 mixSeed(quint64 a, quint64 b);

/// xoshiro256** seeded through SplitMix64. The same seed yields the same sequence everywhere,
/// which QRandomGenerator does not promise.
class RandomSource
{
public:
    explicit RandomSource(quint64 seed = 0);

    quint64 next();
    /// Uniform in [0, bound); bound 0 gives 0.
    quint64 below(quint64 bound);
    /// Uniform in [low, high].
    qint64 range(qint64 low, qint64 high);
    /// Uniform in [0, 1).
    double uniform();
    /// Standard normal (Box-Muller).
    double normal();
    /// exp(mu + sigma * N(0,1)).
    double logNormal(double mu, double sigma);
    bool chance(double probability);

    template<typename T, std::size_t N>
    const T &pick(const std::array<T, N> &items)
    {
        return items[below(N)];
    }

private:
    std::array<quint64, 4> m_state {};
    double m_spareNormal = 0.0;
    bool m_hasSpareNormal = false;
};

} // namespace shuriken::sim
