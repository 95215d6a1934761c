#include "subscribedialog.h"

#include <QCompleter>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTest>

using namespace shuriken;

class TestSubscribeDialog final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void oneEditorPerFilter();
    void requiredFieldsGateOk();
    void invalidFormatIsExplained();
    void optionalFilterMayStayEmpty();
    void noFilters();
    void recentValuesAreOffered();
    void acceptReturnsTrimmedFilter();

private:
    static StreamDescriptor stream(const QString &id) { return *StreamCatalog::builtIn().find(id); }
    static QPushButton *okButton(const SubscribeDialog &dialog)
    {
        return dialog.findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok);
    }
    static QString message(const SubscribeDialog &dialog)
    {
        return dialog.findChild<QLabel *>(QStringLiteral("problemMessage"))->text();
    }
};

void TestSubscribeDialog::oneEditorPerFilter()
{
    SubscribeDialog dialog(stream(QStringLiteral("evm.token.swaps")));
    QVERIFY(dialog.editorFor(QStringLiteral("chainId")));
    QVERIFY(dialog.editorFor(QStringLiteral("tokenAddress")));
    QVERIFY(!dialog.editorFor(QStringLiteral("walletAddress")));
    QVERIFY(dialog.windowTitle().contains(QLatin1String("evm.token.swaps")));
}

void TestSubscribeDialog::requiredFieldsGateOk()
{
    SubscribeDialog dialog(stream(QStringLiteral("evm.token.swaps")));
    QVERIFY(!okButton(dialog)->isEnabled());
    QVERIFY(message(dialog).contains(QLatin1String("required")));
    QTest::keyClicks(dialog.editorFor(QStringLiteral("chainId")), QStringLiteral("8453"));
    QVERIFY(!okButton(dialog)->isEnabled());
    QVERIFY(message(dialog).contains(QLatin1String("tokenAddress")));
    QTest::keyClicks(dialog.editorFor(QStringLiteral("tokenAddress")),
                     QStringLiteral("0x833589fcd6edb6e08f4c7c32d4f71b54bda02913"));
    QVERIFY(okButton(dialog)->isEnabled());
    QVERIFY(message(dialog).isEmpty());
}

void TestSubscribeDialog::invalidFormatIsExplained()
{
    SubscribeDialog dialog(stream(QStringLiteral("svm.token.swaps")));
    QLineEdit *edit = dialog.editorFor(QStringLiteral("tokenAddress"));
    QTest::keyClicks(edit, QStringLiteral("So1111"));
    QCOMPARE(edit->text(), QStringLiteral("So1111"));
    QVERIFY(!okButton(dialog)->isEnabled());
    QVERIFY(message(dialog).contains(QLatin1String("base58")));
    // Characters outside the base58 alphabet are refused as they are typed.
    QTest::keyClicks(edit, QStringLiteral("0OIl"));
    QCOMPARE(edit->text(), QStringLiteral("So1111"));
}

void TestSubscribeDialog::optionalFilterMayStayEmpty()
{
    StreamDescriptor descriptor;
    descriptor.id = QStringLiteral("alpha.example");
    descriptor.filters = {{QStringLiteral("feedId"), false, QStringLiteral("Optional feed")}};
    SubscribeDialog dialog(descriptor);
    QVERIFY(okButton(dialog)->isEnabled());
    QVERIFY(dialog.filter().isEmpty());
}

void TestSubscribeDialog::noFilters()
{
    SubscribeDialog dialog(stream(QStringLiteral("svm.bondingCurve.creations")));
    QVERIFY(okButton(dialog)->isEnabled());
    QVERIFY(dialog.filter().isEmpty());
}

void TestSubscribeDialog::recentValuesAreOffered()
{
    const QStringList recent {QStringLiteral("So11111111111111111111111111111111111111112"),
                              QStringLiteral("EPjFWdd5AufqSSqeM2qN1xzybapC8G4wEGGkZwyTDt1v")};
    SubscribeDialog dialog(stream(QStringLiteral("svm.token.swaps")), {{QStringLiteral("tokenAddress"), recent}});
    QCompleter *completer = dialog.editorFor(QStringLiteral("tokenAddress"))->completer();
    QVERIFY(completer);
    QCOMPARE(completer->model()->rowCount(), 2);
    QCOMPARE(completer->model()->index(0, 0).data().toString(), recent.first());
}

void TestSubscribeDialog::acceptReturnsTrimmedFilter()
{
    SubscribeDialog dialog(stream(QStringLiteral("svm.token.swaps")));
    QSignalSpy accepted(&dialog, &QDialog::accepted);
    dialog.editorFor(QStringLiteral("tokenAddress"))
        ->setText(QStringLiteral(" So11111111111111111111111111111111111111112 "));
    okButton(dialog)->click();
    QCOMPARE(accepted.size(), 1);
    QCOMPARE(dialog.filter(),
             (StreamFilter {
                 {QStringLiteral("tokenAddress"), QStringLiteral("So11111111111111111111111111111111111111112")}}));
}

QTEST_MAIN(TestSubscribeDialog)
#include "tst_subscribedialog.moc"
