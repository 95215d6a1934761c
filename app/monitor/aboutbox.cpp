#include "aboutbox.h"

#include <QMessageBox>
#include <QSysInfo>
#include <QWidget>

namespace shuriken {

QString AboutBox::text()
{
    return tr("<h3>Shuriken Stream Monitor %1</h3>"
              "<p>A native monitor for the Shuriken trading API's real-time streams.</p>"
              "<p>Qt %2 (built with %3)<br/>%4<br/>%5, %6</p>")
        .arg(QStringLiteral(SHURIKEN_VERSION), QString::fromLatin1(qVersion()), QStringLiteral(QT_VERSION_STR),
             QSysInfo::prettyProductName().toHtmlEscaped(), QSysInfo::buildAbi().toHtmlEscaped(),
#if defined(__clang__)
             QStringLiteral("Clang " __clang_version__)
#elif defined(__GNUC__)
             QStringLiteral("GCC " __VERSION__)
#elif defined(_MSC_VER)
             QStringLiteral("MSVC %1").arg(_MSC_VER)
#else
             tr("unknown compiler")
#endif
        );
}

void AboutBox::open(QWidget *parent)
{
    auto *box
        = new QMessageBox(QMessageBox::NoIcon, tr("About Shuriken Stream Monitor"), text(), QMessageBox::Ok, parent);
    if (parent)
        box->setIconPixmap(parent->windowIcon().pixmap(64, 64));
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->open();
}

} // namespace shuriken
