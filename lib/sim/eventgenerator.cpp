#include "eventgenerator.h"

#include "generatorsupport.h"
#include "identifiers.h"
#include "jsonwriter.h"
#include "marketmodel.h"

#include <algorithm>
#include <array>
#include <cmath>
#include <limits>

namespace shuriken::sim {

namespace {

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

} // namespace

using generatorsupport::kMaxRawAmount;

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

} // namespace shuriken::sim
