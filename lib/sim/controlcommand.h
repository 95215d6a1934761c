#pragma once

#include <QCoreApplication>
#include <QString>
#include <QStringList>

namespace shuriken::sim {

class SimulatorServer;

/// What a control line did: its answer for the operator and whether it asked to quit.
struct ControlResult
{
    bool ok = true;
    QString output;
    bool quitRequested = false;
};

/// The line-based control grammar of shuriken-sim (stdin and --fault), usable by anything that
/// embeds a SimulatorServer. `help` prints the grammar.
class SimulatorControl
{
    Q_DECLARE_TR_FUNCTIONS(SimulatorControl)

public:
    explicit SimulatorControl(SimulatorServer *server);

    ControlResult execute(const QString &line);

    static QString helpText();
    /// Splits on blanks; "double quotes" group words, \" and \\ escape inside them.
    static QStringList tokenize(const QString &line, QString *error);

private:
    ControlResult trigger(const QString &line, const QStringList &args);
    ControlResult rest(const QStringList &args);
    ControlResult restDelay(const QStringList &args);
    ControlResult statsText() const;
    ControlResult statsJson() const;

    SimulatorServer *m_server;
};

} // namespace shuriken::sim
