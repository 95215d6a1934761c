#include "simlog.h"

namespace shuriken::sim {

Q_LOGGING_CATEGORY(lcSim, "shuriken.sim")

QString redactSecret(const QString &secret)
{
    if (secret.isEmpty())
        return QStringLiteral("(none)");
    // Showing 7 characters of a 12-character secret would give most of it away.
    if (secret.size() < 16)
        return QStringLiteral("…");
    return secret.left(3) + QStringLiteral("…") + secret.right(4);
}

} // namespace shuriken::sim
