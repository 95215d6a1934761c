// SavedMessages: the saved messages of a profile in QSettings (savedMessages/<profile id>), as a
// list model with in-place rename. A temporary INI file per test.

#include "savedmessages.h"

#include <QAbstractItemModelTester>
#include <QSettings>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace shuriken;

class TestSavedMessages final : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;

    std::unique_ptr<QSettings> settings(const QString &file = QStringLiteral("settings.ini")) const
    {
        return std::make_unique<QSettings>(m_dir.filePath(file), QSettings::IniFormat);
    }
    static SavedMessage message(const QString &name, SendMode mode = SendMode::ClientEvent)
    {
        SavedMessage m;
        m.name = name;
        m.mode = mode;
        m.channel = QStringLiteral("presence-room");
        m.event = QStringLiteral("client-typing");
        m.data = QStringLiteral("{\"who\": \"me\"}\n");
        m.excludeOwnConnection = mode == SendMode::HttpTrigger;
        return m;
    }
    static QStringList names(const SavedMessages &saved)
    {
        QStringList result;
        for (const SavedMessage &m : saved.messages())
            result.append(m.name);
        return result;
    }

private Q_SLOTS:
    void init() { QFile::remove(m_dir.filePath(QStringLiteral("settings.ini"))); }

    void roundTrip()
    {
        {
            auto store = settings();
            SavedMessages saved(store.get(), QStringLiteral("profile-1"));
            new QAbstractItemModelTester(&saved, QAbstractItemModelTester::FailureReportingMode::QtTest, &saved);
            QCOMPARE(saved.rowCount(), 0);
            QCOMPARE(saved.save(message(QStringLiteral("typing"))), 0);
            QCOMPARE(saved.save(message(QStringLiteral("  broadcast  "), SendMode::HttpTrigger)), 1);
            QCOMPARE(saved.save(message(QStringLiteral("   "))), -1); // no name, not saved
            QCOMPARE(saved.rowCount(), 2);
        }
        auto store = settings();
        SavedMessages saved(store.get(), QStringLiteral("profile-1"));
        QCOMPARE(names(saved), (QStringList {QStringLiteral("typing"), QStringLiteral("broadcast")}));
        QCOMPARE(saved.at(0), message(QStringLiteral("typing")));
        QCOMPARE(saved.at(1), message(QStringLiteral("broadcast"), SendMode::HttpTrigger));
        QCOMPARE(saved.index(1).data(SavedMessages::ModeRole).toInt(), int(SendMode::HttpTrigger));
        QCOMPARE(saved.index(1).data(SavedMessages::ExcludeOwnConnectionRole).toBool(), true);
        QCOMPARE(saved.index(0).data(SavedMessages::ChannelRole).toString(), QStringLiteral("presence-room"));
        QVERIFY(saved.index(0).data(Qt::ToolTipRole).toString().contains(QLatin1String("client-typing")));

        // Each profile has its own; nothing secret is written.
        SavedMessages other(store.get(), QStringLiteral("profile-2"));
        QCOMPARE(other.rowCount(), 0);
        store->sync();
        QFile file(m_dir.filePath(QStringLiteral("settings.ini")));
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray ini = file.readAll();
        QVERIFY(ini.contains("savedMessages"));
        QVERIFY(!ini.contains("secret"));
    }

    void replaceRenameRemove()
    {
        auto store = settings();
        SavedMessages saved(store.get(), QStringLiteral("p"));
        new QAbstractItemModelTester(&saved, QAbstractItemModelTester::FailureReportingMode::QtTest, &saved);
        saved.save(message(QStringLiteral("a")));
        saved.save(message(QStringLiteral("b")));
        saved.save(message(QStringLiteral("c")));

        // Saving under a known name replaces in place.
        QSignalSpy changed(&saved, &QAbstractItemModel::dataChanged);
        QSignalSpy inserted(&saved, &QAbstractItemModel::rowsInserted);
        SavedMessage updated = message(QStringLiteral("b"));
        updated.event = QStringLiteral("client-other");
        QCOMPARE(saved.save(updated), 1);
        QCOMPARE(inserted.size(), 0);
        QCOMPARE(changed.size(), 1);
        QCOMPARE(saved.at(1).event, QStringLiteral("client-other"));

        QVERIFY(saved.rename(QStringLiteral("b"), QStringLiteral("  bee ")));
        QVERIFY(!saved.rename(QStringLiteral("bee"), QStringLiteral("a"))); // taken
        QVERIFY(!saved.rename(QStringLiteral("bee"), QStringLiteral(" "))); // empty
        QVERIFY(!saved.rename(QStringLiteral("zzz"), QStringLiteral("y"))); // unknown
        // In-place editing goes through setData with the same rules.
        QVERIFY(saved.flags(saved.index(0)).testFlag(Qt::ItemIsEditable));
        QVERIFY(saved.setData(saved.index(0), QStringLiteral("alpha")));
        QVERIFY(!saved.setData(saved.index(0), QStringLiteral("c")));
        QVERIFY(saved.setData(saved.index(0), QStringLiteral("alpha"))); // unchanged is fine
        QCOMPARE(names(saved), (QStringList {QStringLiteral("alpha"), QStringLiteral("bee"), QStringLiteral("c")}));

        QVERIFY(saved.remove(QStringLiteral("bee")));
        QVERIFY(!saved.remove(QStringLiteral("bee")));
        QCOMPARE(names(saved), (QStringList {QStringLiteral("alpha"), QStringLiteral("c")}));

        // Written at once: a shorter list leaves no stale entries behind.
        SavedMessages reread(store.get(), QStringLiteral("p"));
        QCOMPARE(reread.messages(), saved.messages());
        QCOMPARE(store->value(QStringLiteral("savedMessages/p/messages/size")).toInt(), 2);
        QVERIFY(!store->contains(QStringLiteral("savedMessages/p/messages/3/name")));
    }

    void uniqueNamesAndGroups()
    {
        auto store = settings();
        SavedMessages saved(store.get(), QStringLiteral("p"));
        QCOMPARE(saved.uniqueName(QStringLiteral("client-x")), QStringLiteral("client-x"));
        saved.save(message(QStringLiteral("client-x")));
        QCOMPARE(saved.uniqueName(QStringLiteral(" client-x ")), QStringLiteral("client-x (2)"));
        saved.save(message(QStringLiteral("client-x (2)")));
        QCOMPARE(saved.uniqueName(QStringLiteral("client-x")), QStringLiteral("client-x (3)"));
        QVERIFY(!saved.uniqueName(QString()).isEmpty());

        QCOMPARE(SavedMessages::groupFor(QStringLiteral("0b5c-41_x")), QStringLiteral("savedMessages/0b5c-41_x"));
        // A '/' would open a subgroup: such ids are percent-encoded.
        QCOMPARE(SavedMessages::groupFor(QStringLiteral("a/b")), QStringLiteral("savedMessages/a%2Fb"));
        SavedMessages slashed(store.get(), QStringLiteral("a/b"));
        slashed.save(message(QStringLiteral("m")));
        SavedMessages parent(store.get(), QStringLiteral("a"));
        QCOMPARE(parent.rowCount(), 0);
        QCOMPARE(SavedMessages(store.get(), QStringLiteral("a/b")).rowCount(), 1);
    }

    void handEditedFileIsTolerated()
    {
        auto store = settings();
        store->beginGroup(SavedMessages::groupFor(QStringLiteral("p")));
        store->beginWriteArray(QStringLiteral("messages"), 3);
        store->setArrayIndex(0);
        store->setValue(QStringLiteral("name"), QStringLiteral("x"));
        store->setValue(QStringLiteral("mode"), QStringLiteral("bogus")); // unknown: a client event
        store->setArrayIndex(1);
        store->setValue(QStringLiteral("name"), QStringLiteral("x")); // repeated: the first wins
        store->setValue(QStringLiteral("mode"), QStringLiteral("trigger"));
        store->setArrayIndex(2);
        store->setValue(QStringLiteral("event"), QStringLiteral("nameless")); // no name: skipped
        store->endArray();
        store->endGroup();

        SavedMessages saved(store.get(), QStringLiteral("p"));
        QCOMPARE(saved.rowCount(), 1);
        QCOMPARE(saved.at(0).mode, SendMode::ClientEvent);
        QSignalSpy resets(&saved, &QAbstractItemModel::modelReset);
        saved.reload();
        QCOMPARE(resets.size(), 1);
        QCOMPARE(saved.rowCount(), 1);
    }
};

QTEST_GUILESS_MAIN(TestSavedMessages)
#include "tst_savedmessages.moc"
