// EventGenerator: portfolio.notifications and automation.updates.

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

constexpr std::array<const char *, 10> kNotificationTypes {
    "swap",  "transfer", "approval", "automation",     "strategy",
    "claim", "cleanup",  "svmNonce", "crosschainSwap", "perpsOrder",
};

} // namespace

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
