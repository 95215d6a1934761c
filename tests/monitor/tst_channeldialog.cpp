#include "channeldialog.h"
#include "subscription.h"

#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTest>

using namespace shuriken;

class TestChannelDialog final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void kindFromPrefix_data();
    void kindFromPrefix();
    void bindGoesIntoTheFilter();
    void recentChannelsAreOffered();
};

void TestChannelDialog::kindFromPrefix_data()
{
    QTest::addColumn<QString>("channel");
    QTest::addColumn<bool>("acceptable");
    QTest::addColumn<QString>("kind");
    QTest::newRow("public") << QStringLiteral("orders") << true << QStringLiteral("Public");
    QTest::newRow("private") << QStringLiteral("private-user.42") << true << QStringLiteral("Private");
    QTest::newRow("presence") << QStringLiteral("presence-room.1") << true << QStringLiteral("Presence");
    QTest::newRow("encrypted") << QStringLiteral("private-encrypted-chat") << true << QStringLiteral("Encrypted");
    QTest::newRow("space") << QStringLiteral("two words") << false << QStringLiteral("Not a channel name");
    QTest::newRow("too long") << QString(165, u'a') << false << QStringLiteral("Not a channel name");
    QTest::newRow("empty") << QString() << false << QStringLiteral("Type a channel name");
}

void TestChannelDialog::kindFromPrefix()
{
    QFETCH(QString, channel);
    QFETCH(bool, acceptable);
    QFETCH(QString, kind);
    ChannelDialog dialog({});
    QTest::keyClicks(dialog.channelCombo()->lineEdit(), channel);
    QCOMPARE(dialog.channel(), channel);
    QCOMPARE(dialog.okButton()->isEnabled(), acceptable);
    QVERIFY2(dialog.kindLabel()->text().startsWith(kind), qPrintable(dialog.kindLabel()->text()));
}

void TestChannelDialog::bindGoesIntoTheFilter()
{
    ChannelDialog dialog({});
    QTest::keyClicks(dialog.channelCombo()->lineEdit(), QStringLiteral("orders"));
    QVERIFY(dialog.filter().isEmpty());
    QTest::keyClicks(dialog.bindEdit(), QStringLiteral(" .OrderShipped "));
    QCOMPARE(dialog.filter(), (StreamFilter {{Subscription::bindFilterKey(), QStringLiteral(".OrderShipped")}}));
}

void TestChannelDialog::recentChannelsAreOffered()
{
    ChannelDialog dialog({QStringLiteral("private-a"), QStringLiteral("b")});
    QCOMPARE(dialog.channelCombo()->count(), 2);
    QVERIFY(dialog.channel().isEmpty());
    QVERIFY(!dialog.okButton()->isEnabled());
    dialog.channelCombo()->setCurrentIndex(0);
    QCOMPARE(dialog.channel(), QStringLiteral("private-a"));
    QVERIFY(dialog.okButton()->isEnabled());
}

QTEST_MAIN(TestChannelDialog)
#include "tst_channeldialog.moc"
