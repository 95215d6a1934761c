#include "presencemembermodel.h"
#include "streamclient.h"
#include "subscription.h"

#include <QAbstractItemModelTester>
#include <QJsonArray>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QTest>

using namespace shuriken;
using pusher::PresenceMember;

class TestPresenceMemberModel final : public QObject
{
    Q_OBJECT

private:
    static void attachTester(QAbstractItemModel *model)
    {
        new QAbstractItemModelTester(model, QAbstractItemModelTester::FailureReportingMode::QtTest, model);
    }
    static PresenceMember member(const QString &id, const QJsonValue &info = QJsonValue::Undefined)
    {
        return PresenceMember {id, info};
    }
    static PresenceMember named(const QString &id, const QString &name)
    {
        return member(id, QJsonObject {{QStringLiteral("name"), name}});
    }
    static QStringList ids(const PresenceMemberModel &model)
    {
        QStringList result;
        for (int row = 0; row < model.rowCount(); ++row)
            result.append(model.index(row, 0).data(PresenceMemberModel::UserIdRole).toString());
        return result;
    }

private Q_SLOTS:
    void emptyModel()
    {
        PresenceMemberModel model;
        attachTester(&model);
        QCOMPARE(model.rowCount(), 0);
        QCOMPARE(model.columnCount(), int(PresenceMemberModel::ColumnCount));
        QCOMPARE(model.count(), 0);
        QCOMPARE(model.rowOf(QStringLiteral("nobody")), -1);
        QCOMPARE(model.memberAt(0), PresenceMember {});
        QCOMPARE(model.headerData(PresenceMemberModel::UserIdColumn, Qt::Horizontal).toString(),
                 QStringLiteral("User ID"));
        QCOMPARE(model.headerData(PresenceMemberModel::UserInfoColumn, Qt::Horizontal).toString(),
                 QStringLiteral("User info"));
    }

    void resetShowsMembersInOrder()
    {
        PresenceMemberModel model;
        attachTester(&model);
        QSignalSpy resets(&model, &QAbstractItemModel::modelReset);
        QSignalSpy counts(&model, &PresenceMemberModel::countChanged);
        model.reset({named(QStringLiteral("bob"), QStringLiteral("Bob")), member(QStringLiteral("me")),
                     member(QStringLiteral("carol"), 42)},
                    QStringLiteral("me"));
        QCOMPARE(resets.size(), 1);
        QCOMPARE(counts.size(), 1);
        QCOMPARE(counts.at(0).at(0).toInt(), 3);
        QCOMPARE(ids(model), (QStringList {QStringLiteral("bob"), QStringLiteral("me"), QStringLiteral("carol")}));
        QCOMPARE(model.ownUserId(), QStringLiteral("me"));

        // Display: compact JSON, the own user marked; tooltip: indented JSON.
        QCOMPARE(model.index(0, PresenceMemberModel::UserIdColumn).data().toString(), QStringLiteral("bob"));
        QCOMPARE(model.index(0, PresenceMemberModel::UserInfoColumn).data().toString(),
                 QStringLiteral("{\"name\":\"Bob\"}"));
        QVERIFY(model.index(0, PresenceMemberModel::UserInfoColumn)
                    .data(Qt::ToolTipRole)
                    .toString()
                    .contains(QLatin1String("\n")));
        QCOMPARE(model.index(1, PresenceMemberModel::UserIdColumn).data().toString(), QStringLiteral("me (you)"));
        QVERIFY(model.index(1, 1).data(PresenceMemberModel::IsOwnRole).toBool());
        QVERIFY(!model.index(0, 1).data(PresenceMemberModel::IsOwnRole).toBool());
        QCOMPARE(model.index(1, PresenceMemberModel::UserInfoColumn).data().toString(), QString());
        QCOMPARE(model.index(2, PresenceMemberModel::UserInfoColumn).data().toString(), QStringLiteral("42"));
        QCOMPARE(model.index(2, 0).data(PresenceMemberModel::UserInfoRole).value<QJsonValue>(), QJsonValue(42));
        QVERIFY(model.index(0, 0).data(PresenceMemberModel::JoinOrderRole).toULongLong()
                < model.index(2, 0).data(PresenceMemberModel::JoinOrderRole).toULongLong());

        // The same count again: a reset, but no count change.
        model.reset({member(QStringLiteral("x")), member(QStringLiteral("y")), member(QStringLiteral("z"))});
        QCOMPARE(resets.size(), 2);
        QCOMPARE(counts.size(), 1);
        QCOMPARE(model.ownUserId(), QString());
        QCOMPARE(model.index(0, 0).data().toString(), QStringLiteral("x"));
    }

    void joinsAndLeavesAreSingleRows()
    {
        PresenceMemberModel model;
        attachTester(&model);
        model.reset({member(QStringLiteral("a")), member(QStringLiteral("b"))}, QStringLiteral("b"));
        QSignalSpy resets(&model, &QAbstractItemModel::modelReset);
        QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
        QSignalSpy removed(&model, &QAbstractItemModel::rowsRemoved);
        QSignalSpy counts(&model, &PresenceMemberModel::countChanged);

        model.add(named(QStringLiteral("c"), QStringLiteral("Carol")));
        QCOMPARE(inserted.size(), 1);
        QCOMPARE(inserted.at(0).at(1).toInt(), 2);
        QCOMPARE(inserted.at(0).at(2).toInt(), 2);
        QCOMPARE(counts.takeLast().at(0).toInt(), 3);

        model.remove(QStringLiteral("a"));
        QCOMPARE(removed.size(), 1);
        QCOMPARE(removed.at(0).at(1).toInt(), 0);
        QCOMPARE(counts.takeLast().at(0).toInt(), 2);
        QCOMPARE(ids(model), (QStringList {QStringLiteral("b"), QStringLiteral("c")}));

        // A user who left and joins again goes to the end: join order, not first appearance.
        model.add(member(QStringLiteral("a")));
        QCOMPARE(ids(model), (QStringList {QStringLiteral("b"), QStringLiteral("c"), QStringLiteral("a")}));
        QCOMPARE(model.rowOf(QStringLiteral("a")), 2);
        QCOMPARE(model.rowOf(QStringLiteral("c")), 1);
        model.remove(QStringLiteral("c"));
        QCOMPARE(model.rowOf(QStringLiteral("a")), 1);
        QCOMPARE(model.memberAt(1).userId, QStringLiteral("a"));

        // Unknown leaves change nothing.
        removed.clear();
        counts.clear();
        model.remove(QStringLiteral("nobody"));
        QCOMPARE(removed.size(), 0);
        QCOMPARE(counts.size(), 0);

        // Our own user leaving (another tab of ours) and the last one leaving.
        model.remove(QStringLiteral("b"));
        model.remove(QStringLiteral("a"));
        QCOMPARE(model.count(), 0);
        QCOMPARE(counts.takeLast().at(0).toInt(), 0);
        QCOMPARE(resets.size(), 0);
    }

    void duplicateIdsAreOneMember()
    {
        PresenceMemberModel model;
        attachTester(&model);
        // The same user_id twice in one list (two sockets): one row at its first place, with the
        // user_info given last.
        model.reset({named(QStringLiteral("a"), QStringLiteral("first")), member(QStringLiteral("b")),
                     named(QStringLiteral("a"), QStringLiteral("second"))});
        QCOMPARE(model.count(), 2);
        QCOMPARE(ids(model), (QStringList {QStringLiteral("a"), QStringLiteral("b")}));
        QCOMPARE(model.index(0, 1).data().toString(), QStringLiteral("{\"name\":\"second\"}"));

        // member_added for a user already present: no new row, no count change; a changed
        // user_info is updated in place.
        QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
        QSignalSpy counts(&model, &PresenceMemberModel::countChanged);
        model.add(named(QStringLiteral("a"), QStringLiteral("second")));
        QCOMPARE(changed.size(), 0);
        model.add(named(QStringLiteral("a"), QStringLiteral("third")));
        QCOMPARE(inserted.size(), 0);
        QCOMPARE(counts.size(), 0);
        QCOMPARE(changed.size(), 1);
        QCOMPARE(changed.at(0).at(0).toModelIndex(), model.index(0, 0));
        QCOMPARE(changed.at(0).at(1).toModelIndex(), model.index(0, PresenceMemberModel::ColumnCount - 1));
        QCOMPARE(model.index(0, 1).data().toString(), QStringLiteral("{\"name\":\"third\"}"));
        QCOMPARE(model.count(), 2);

        // One member_removed removes the user (the server sends it after the last socket left).
        model.remove(QStringLiteral("a"));
        QCOMPARE(model.count(), 1);
        QCOMPARE(model.rowOf(QStringLiteral("a")), -1);
    }

    void resetAfterJoinsAndLeaves()
    {
        PresenceMemberModel model;
        attachTester(&model);
        for (int i = 0; i < 50; ++i)
            model.add(member(QString::number(i)));
        for (int i = 0; i < 50; i += 2)
            model.remove(QString::number(i));
        QCOMPARE(model.count(), 25);
        for (int i = 1; i < 50; i += 2)
            QCOMPARE(model.rowOf(QString::number(i)), i / 2);

        // Resubscribed after a reconnect: the new list replaces everything.
        QSignalSpy counts(&model, &PresenceMemberModel::countChanged);
        model.reset({member(QStringLiteral("1")), member(QStringLiteral("new"))}, QStringLiteral("new"));
        QCOMPARE(model.count(), 2);
        QCOMPARE(counts.takeLast().at(0).toInt(), 2);
        QCOMPARE(model.rowOf(QStringLiteral("3")), -1);
        QCOMPARE(model.rowOf(QStringLiteral("new")), 1);
        model.add(member(QStringLiteral("3")));
        QCOMPARE(model.rowOf(QStringLiteral("3")), 2);

        model.clear();
        QCOMPARE(model.count(), 0);
        QCOMPARE(counts.takeLast().at(0).toInt(), 0);
    }

    void jsonTexts()
    {
        QCOMPARE(PresenceMemberModel::userInfoText(QJsonValue::Undefined, QJsonDocument::Compact), QString());
        QCOMPARE(PresenceMemberModel::userInfoText(QJsonValue::Null, QJsonDocument::Compact), QStringLiteral("null"));
        QCOMPARE(PresenceMemberModel::userInfoText(QStringLiteral("x\"y"), QJsonDocument::Indented),
                 QStringLiteral("\"x\\\"y\""));
        QCOMPARE(PresenceMemberModel::userInfoText(true, QJsonDocument::Compact), QStringLiteral("true"));
        QCOMPARE(PresenceMemberModel::userInfoText(QJsonArray {1, 2}, QJsonDocument::Compact), QStringLiteral("[1,2]"));
        QCOMPARE(
            PresenceMemberModel::memberJson(named(QStringLiteral("u1"), QStringLiteral("Ann")), QJsonDocument::Compact),
            QByteArray("{\"user_id\":\"u1\",\"user_info\":{\"name\":\"Ann\"}}"));
        QCOMPARE(PresenceMemberModel::memberJson(member(QStringLiteral("u2")), QJsonDocument::Compact),
                 QByteArray("{\"user_id\":\"u2\"}"));

        PresenceMemberModel model;
        model.reset({named(QStringLiteral("u1"), QStringLiteral("Ann"))});
        const QString json = model.index(0, 0).data(PresenceMemberModel::MemberJsonRole).toString();
        QCOMPARE(QJsonDocument::fromJson(json.toUtf8()).object().value(QStringLiteral("user_id")).toString(),
                 QStringLiteral("u1"));
    }

    void followsASubscription()
    {
        QNetworkAccessManager network;
        StreamClient client(&network);
        Subscription *subscription = client.subscribe(QStringLiteral("presence-room"));
        QVERIFY(subscription);

        PresenceMemberModel model;
        attachTester(&model);
        model.setSubscription(subscription);
        QCOMPARE(model.subscription(), subscription);
        QCOMPARE(model.count(), 0); // nothing before subscription_succeeded

        QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
        QSignalSpy removed(&model, &QAbstractItemModel::rowsRemoved);
        Q_EMIT subscription->memberAdded(named(QStringLiteral("u1"), QStringLiteral("Ann")));
        Q_EMIT subscription->memberAdded(member(QStringLiteral("u2")));
        QCOMPARE(inserted.size(), 2);
        QCOMPARE(ids(model), (QStringList {QStringLiteral("u1"), QStringLiteral("u2")}));
        Q_EMIT subscription->memberRemoved(QStringLiteral("u1"));
        QCOMPARE(removed.size(), 1);
        QCOMPARE(ids(model), (QStringList {QStringLiteral("u2")}));

        // membersReset takes the subscription's list (empty here: emptied on a loss).
        QSignalSpy resets(&model, &QAbstractItemModel::modelReset);
        Q_EMIT subscription->membersReset();
        QCOMPARE(resets.size(), 1);
        QCOMPARE(model.count(), subscription->members().size());

        // Detached: the subscription's signals no longer reach the model.
        model.setSubscription(nullptr);
        Q_EMIT subscription->memberAdded(member(QStringLiteral("u3")));
        QCOMPARE(model.count(), 0);

        // Attached again, then the subscription goes away: the model empties and lets go.
        model.setSubscription(subscription);
        Q_EMIT subscription->memberAdded(member(QStringLiteral("u4")));
        QCOMPARE(model.count(), 1);
        client.unsubscribe(subscription);
        QTRY_VERIFY(!model.subscription());
        QCOMPARE(model.count(), 0);
    }
};

QTEST_GUILESS_MAIN(TestPresenceMemberModel)
#include "tst_presencemembermodel.moc"
