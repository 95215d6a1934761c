#pragma once

#include <QCoreApplication>
#include <QString>

class QWidget;

namespace shuriken {

/// The About box. It says what is running, for a bug report: the monitor's version, Qt at run
/// time and at build time, the platform, its ABI and the compiler.
class AboutBox final
{
    Q_DECLARE_TR_FUNCTIONS(shuriken::AboutBox)

public:
    AboutBox() = delete;

    /// The rich text of the box.
    static QString text();
    /// Opens the box window-modal over @p parent (open(), not exec()); it deletes itself on close.
    static void open(QWidget *parent);
};

} // namespace shuriken
