#include "simulatorconfig.h"

namespace shuriken::sim {

double SimulatorConfig::defaultStreamRate(const QString &streamId)
{
    // Enough that every stream shows something within a few seconds of subscribing, and busy
    // markets look busy.
    static const QHash<QString, double> rates {
        {QStringLiteral("svm.token.swaps"), 20.0},
        {QStringLiteral("svm.token.poolInfo"), 2.0},
        {QStringLiteral("svm.token.balances"), 5.0},
        {QStringLiteral("svm.token.distributionStats"), 1.0},
        {QStringLiteral("svm.token.holderStats"), 2.0},
        {QStringLiteral("svm.wallet.nativeBalance"), 1.0},
        {QStringLiteral("svm.wallet.tokenBalances"), 2.0},
        {QStringLiteral("svm.bondingCurve.creations"), 3.0},
        {QStringLiteral("svm.bondingCurve.graduations"), 1.0},
        {QStringLiteral("evm.token.swaps"), 10.0},
        {QStringLiteral("evm.token.poolInfo"), 2.0},
        {QStringLiteral("evm.token.balances"), 3.0},
        {QStringLiteral("evm.wallet.nativeBalance"), 1.0},
        {QStringLiteral("evm.wallet.tokenBalances"), 1.0},
    };
    // Alpha, portfolio and automation streams are a few per minute in reality; one a second
    // keeps a first-time user from staring at an empty table.
    return rates.value(streamId, 1.0);
}

double SimulatorConfig::rateFor(const QString &streamId) const
{
    return streamRates.value(streamId, defaultStreamRate(streamId)) * rateMultiplier;
}

QString SimulatorConfig::effectiveAppKey() const
{
    return appKey + epochSuffix(epoch);
}

QString SimulatorConfig::epochSuffix(quint32 epoch)
{
    return epoch == 0 ? QString() : QStringLiteral("-e%1").arg(epoch);
}

int SimulatorConfig::effectiveServerPingIntervalMs() const
{
    return serverPingIntervalMs > 0 ? serverPingIntervalMs : activityTimeoutSeconds * 1000;
}

} // namespace shuriken::sim
