#pragma once

#include <QLoggingCategory>
#include <QString>

namespace shuriken::sim {

Q_DECLARE_LOGGING_CATEGORY(lcSim)

/// The only form in which a secret (app secret, API key, auth signature) may appear in a log
/// line: "sk_…abcd" — the first three and the last four characters, or "…" alone when the secret
/// is too short to show any of it safely.
QString redactSecret(const QString &secret);

} // namespace shuriken::sim
