#pragma once

#include "dto.h"
#include "randomsource.h"
#include "simulatorconfig.h"

#include <QByteArray>
#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace shuriken::sim {

class JsonWriter;
class MarketModel;

/// Which channel a generator feeds: the stream, the filter it was resolved for and the user a
/// presence channel belongs to.
struct GeneratorContext
{
    QString streamId;
    StreamFilter filter;
    QString userId;
    NotificationCasing casing = NotificationCasing::CamelCase;
    quint64 seed = 1;
};

/// Produces the payloads of one channel, following the field tables of PROTOCOL.md section 4
/// (names, JSON types, 64-bit integers, decimal strings, address shapes), with prices taken from
/// the shared MarketModel. Every payload starts with "seq": the channel's sequence number, a
/// simulator extension that lets a client see gaps. The n-th payload depends only on the seed,
/// the context and the clock readings passed in.
class EventGenerator
{
public:
    EventGenerator(GeneratorContext context, MarketModel *market);

    static bool supports(const QString &streamId);
    static QStringList supportedStreams();

    /// The JSON text of the payload with sequence number @p seq at time @p nowMs (ms since the
    /// epoch).
    QByteArray next(quint64 seq, qint64 nowMs);

    const GeneratorContext &context() const { return m_context; }

private:
    enum class Kind
    {
        SvmSwaps,
        SvmPoolInfo,
        SvmTokenBalances,
        SvmDistributionStats,
        SvmHolderStats,
        SvmWalletNativeBalance,
        SvmWalletTokenBalances,
        SvmCurveCreations,
        SvmCurveGraduations,
        EvmSwaps,
        EvmPoolInfo,
        EvmTokenBalances,
        EvmWalletNativeBalance,
        EvmWalletTokenBalances,
        AlphaSignalGlobal,
        AlphaSignalPersonal,
        AlphaSignalProfile,
        AlphaSignalNamed,
        AlphaPersonal,
        PortfolioNotifications,
        AutomationUpdates,
    };
    static std::optional<Kind> kindOf(const QString &streamId);

    void svmSwap(JsonWriter &json, qint64 nowMs);
    void svmPoolInfo(JsonWriter &json, qint64 nowMs);
    void svmTokenBalance(JsonWriter &json, qint64 nowMs, bool walletStream);
    void svmDistributionStats(JsonWriter &json, qint64 nowMs);
    void svmHolderStats(JsonWriter &json, qint64 nowMs);
    void svmNativeBalance(JsonWriter &json, qint64 nowMs);
    void svmCurveEvent(JsonWriter &json, qint64 nowMs, bool graduation);
    void evmSwap(JsonWriter &json, qint64 nowMs);
    void evmPoolInfo(JsonWriter &json, qint64 nowMs);
    void evmTokenBalance(JsonWriter &json, qint64 nowMs, bool walletStream);
    void evmNativeBalance(JsonWriter &json, qint64 nowMs);
    void signalFeed(JsonWriter &json, qint64 nowMs);
    void signalSource(JsonWriter &json, const QByteArray &network, qint64 nowMs);
    void alphaPersonal(JsonWriter &json, qint64 nowMs);
    void chatMessage(JsonWriter &json, qint64 nowMs);
    void notification(JsonWriter &json);
    void automationUpdate(JsonWriter &json);

    /// The next Solana slot (never lower than the last one of this channel) and the index of
    /// the transaction within it.
    quint64 nextSlot(qint64 nowMs);
    const QByteArray &pickTrader();
    QByteArray pickAlphaToken(QByteArray *network);
    QByteArray pickTask();
    QByteArray filterValue(const char *name) const;

    GeneratorContext m_context;
    Kind m_kind;
    MarketModel *m_market;
    RandomSource m_random;
    QByteArray m_network; // "sol" or the EVM network of the chainId filter
    quint64 m_chainId = 0;
    QList<QByteArray> m_traders;
    QList<QByteArray> m_alphaTokens; // "network:address"
    QList<QByteArray> m_tasks;
    QHash<QByteArray, quint64> m_balances; // raw units (u64 streams)
    QHash<QByteArray, double> m_evmBalances; // whole tokens (dec-str streams)
    quint64 m_lastSlot = 0;
    quint32 m_transactionIndex = 0;
    qint64 m_holderCount = 0;
};

/// Fraction digits that show @p value with about @p significant significant digits, for the
/// decimal strings of prices from a billionth of a dollar to thousands.
int decimalsForSignificant(double value, int significant = 6);
/// A raw-unit amount (tokens * 10^decimals) as an exact decimal string, for EVM amounts that do
/// not fit in 64 bits.
QByteArray rawAmountString(double tokens, int decimals);

} // namespace shuriken::sim
