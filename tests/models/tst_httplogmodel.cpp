#include "httplogmodel.h"

#include <QAbstractItemModelTester>
#include <QTest>
#include <QTimeZone>

using namespace shuriken;

namespace {

HttpExchange exchange(quint64 id, int status, std::optional<ApiError> error = std::nullopt)
{
    HttpExchange e;
    e.id = id;
    e.method = "POST";
    e.url = QUrl(QStringLiteral("http://127.0.0.1:8080/api/v2/ws/session"));
    e.requestHeaders = {{"Authorization", "Bearer sk_…abcd"}, {"Content-Type", "application/json"}};
    e.requestBody = R"({"subscriptions":[{"stream":"svm.token.swaps"}]})";
    e.httpStatus = status;
    e.responseHeaders = {{"Content-Type", "application/json"}};
    e.responseBody = status > 0 ? QByteArray(R"({"data":{"ok":true}})") : QByteArray();
    e.durationMs = 12 + qint64(id);
    e.startedAt = QDateTime::fromMSecsSinceEpoch(1735689600000 + qint64(id) * 1000, QTimeZone::utc());
    e.error = std::move(error);
    return e;
}

} // namespace

class TestHttpLogModel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void rowsAndDetailTexts()
    {
        HttpLogModel model;
        new QAbstractItemModelTester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest, &model);
        model.append(exchange(1, 200));
        model.append(exchange(2, 401, ApiError(ApiError::Kind::Unauthorized, QStringLiteral("Invalid key"), 401)));
        model.append(exchange(3, 0, ApiError(ApiError::Kind::Network, QStringLiteral("Connection refused"))));
        QCOMPARE(model.rowCount(), 3);
        QCOMPARE(model.columnCount(), int(HttpLogModel::ColumnCount));

        QCOMPARE(model.index(0, HttpLogModel::MethodColumn).data().toString(), QStringLiteral("POST"));
        QCOMPARE(model.index(0, HttpLogModel::UrlColumn).data().toString(),
                 QStringLiteral("http://127.0.0.1:8080/api/v2/ws/session"));
        QCOMPARE(model.index(0, HttpLogModel::StatusColumn).data().toString(), QStringLiteral("200"));
        QCOMPARE(model.index(0, HttpLogModel::DurationColumn).data().toString(), QStringLiteral("13 ms"));
        QCOMPARE(model.index(0, HttpLogModel::DurationColumn).data(HttpLogModel::SortRole).toLongLong(), 13);
        QCOMPARE(model.index(0, HttpLogModel::TimeColumn).data().toString(),
                 QDateTime::fromMSecsSinceEpoch(1735689601000).toString(QStringLiteral("hh:mm:ss.zzz")));
        QVERIFY(model.index(0, HttpLogModel::ErrorColumn).data().toString().isEmpty());
        QCOMPARE(model.index(0, 0).data(HttpLogModel::SucceededRole).toBool(), true);
        QVERIFY(!model.index(0, 0).data(HttpLogModel::ErrorKindRole).isValid());

        QCOMPARE(model.index(1, 0).data(HttpLogModel::HttpStatusRole).toInt(), 401);
        QCOMPARE(model.index(1, 0).data(HttpLogModel::SucceededRole).toBool(), false);
        QCOMPARE(model.index(1, 0).data(HttpLogModel::ErrorKindRole).value<ApiError::Kind>(),
                 ApiError::Kind::Unauthorized);
        QVERIFY(!model.index(1, HttpLogModel::ErrorColumn).data().toString().isEmpty());
        QVERIFY(model.index(2, HttpLogModel::StatusColumn).data().toString().isEmpty());
        QCOMPARE(model.index(2, 0).data(HttpLogModel::ExchangeIdRole).toULongLong(), 3u);

        const QString request = model.index(0, 0).data(HttpLogModel::RequestTextRole).toString();
        QVERIFY(request.startsWith(QStringLiteral("POST http://127.0.0.1:8080/api/v2/ws/session\n")));
        QVERIFY(request.contains(QStringLiteral("Authorization: Bearer sk_…abcd\n")));
        QVERIFY(request.contains(QStringLiteral("\"stream\": \"svm.token.swaps\""))); // pretty-printed
        const QString response = model.index(0, 0).data(HttpLogModel::ResponseTextRole).toString();
        QVERIFY(response.startsWith(QStringLiteral("HTTP 200\n")));
        QVERIFY(response.contains(QStringLiteral("\"ok\": true")));
        const QString failed = model.index(2, 0).data(HttpLogModel::ResponseTextRole).toString();
        QVERIFY(failed.contains(QStringLiteral("Connection refused")));
        QCOMPARE(model.exchangeAt(1).id, 2u);
        QCOMPARE(model.exchangeAt(9).id, 0u);
    }

    void boundedWindow()
    {
        HttpLogModel model;
        new QAbstractItemModelTester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest, &model);
        model.setCapacity(2);
        for (quint64 id = 1; id <= 5; ++id)
            model.append(exchange(id, 200));
        QCOMPARE(model.rowCount(), 2);
        QCOMPARE(model.letGoCount(), 3u);
        QCOMPARE(model.exchangeAt(0).id, 4u);
        model.setCapacity(1);
        QCOMPARE(model.exchangeAt(0).id, 5u);
        QCOMPARE(model.letGoCount(), 4u);
        model.clear();
        QCOMPARE(model.rowCount(), 0);
        QCOMPARE(model.letGoCount(), 0u);
    }
};

QTEST_GUILESS_MAIN(TestHttpLogModel)
#include "tst_httplogmodel.moc"
