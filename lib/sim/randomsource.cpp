#include "randomsource.h"

#include <cmath>
#include <numbers>

namespace shuriken::sim {

namespace {

quint64 splitMix(quint64 &state)
{
    quint64 z = (state += 0x9e3779b97f4a7c15ULL);
    z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9ULL;
    z = (z ^ (z >> 27)) * 0x94d049bb133111ebULL;
    return z ^ (z >> 31);
}

constexpr quint64 rotl(quint64 x, int k)
{
    return (x << k) | (x >> (64 - k));
}

} // namespace

quint64 fnv1a64(QByteArrayView data, quint64 basis)
{
    quint64 hash = basis;
    for (char c : data) {
        hash ^= quint8(c);
        hash *= 0x100000001b3ULL;
    }
    return hash;
}

quint64 mixSeed(quint64 a, quint64 b)
{
    quint64 state = a ^ (b * 0x9e3779b97f4a7c15ULL);
    return splitMix(state);
}

RandomSource::RandomSource(quint64 seed)
{
    quint64 state = seed;
    for (auto &word : m_state)
        word = splitMix(state);
}

quint64 RandomSource::next()
{
    const quint64 result = rotl(m_state[1] * 5, 7) * 9;
    const quint64 t = m_state[1] << 17;
    m_state[2] ^= m_state[0];
    m_state[3] ^= m_state[1];
    m_state[1] ^= m_state[2];
    m_state[0] ^= m_state[3];
    m_state[2] ^= t;
    m_state[3] = rotl(m_state[3], 45);
    return result;
}

quint64 RandomSource::below(quint64 bound)
{
    if (bound == 0)
        return 0;
    // Rejecting the low values that would make the modulo biased.
    const quint64 threshold = (0 - bound) % bound;
    quint64 value = next();
    while (value < threshold)
        value = next();
    return value % bound;
}

qint64 RandomSource::range(qint64 low, qint64 high)
{
    if (high <= low)
        return low;
    return low + static_cast<qint64>(below(static_cast<quint64>(high - low) + 1));
}

double RandomSource::uniform()
{
    return static_cast<double>(next() >> 11) * 0x1.0p-53;
}

double RandomSource::normal()
{
    if (m_hasSpareNormal) {
        m_hasSpareNormal = false;
        return m_spareNormal;
    }
    double u1 = uniform();
    while (u1 <= 0.0)
        u1 = uniform();
    const double u2 = uniform();
    const double radius = std::sqrt(-2.0 * std::log(u1));
    const double angle = 2.0 * std::numbers::pi * u2;
    m_spareNormal = radius * std::sin(angle);
    m_hasSpareNormal = true;
    return radius * std::cos(angle);
}

double RandomSource::logNormal(double mu, double sigma)
{
    return std::exp(mu + sigma * normal());
}

bool RandomSource::chance(double probability)
{
    return uniform() < probability;
}

} // namespace shuriken::sim
