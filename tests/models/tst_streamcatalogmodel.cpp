#include "catalogfilterproxymodel.h"
#include "streamcatalogmodel.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

using namespace shuriken;

class TestStreamCatalogModel : public QObject
{
    Q_OBJECT

private:
    static void attachTester(QAbstractItemModel *model)
    {
        new QAbstractItemModelTester(model, QAbstractItemModelTester::FailureReportingMode::QtTest, model);
    }

    static QStringList namespaceNames(const QAbstractItemModel &model)
    {
        QStringList names;
        for (int row = 0; row < model.rowCount(); ++row)
            names.append(model.index(row, 0).data().toString());
        return names;
    }

    static QStringList streamIds(const QAbstractItemModel &model)
    {
        QStringList ids;
        for (int ns = 0; ns < model.rowCount(); ++ns) {
            const QModelIndex parent = model.index(ns, 0);
            for (int row = 0; row < model.rowCount(parent); ++row)
                ids.append(model.index(row, 0, parent).data(StreamCatalogModel::StreamIdRole).toString());
        }
        return ids;
    }

    static StreamDescriptor stream(const QString &id, QList<FilterDescriptor> filters = {},
                                   Visibility visibility = Visibility::Public, const QString &description = {})
    {
        StreamDescriptor descriptor;
        descriptor.id = id;
        descriptor.filters = std::move(filters);
        descriptor.visibility = visibility;
        descriptor.event = QStringLiteral("update");
        descriptor.description = description;
        return descriptor;
    }

private Q_SLOTS:
    void builtInCatalogTree()
    {
        StreamCatalogModel model;
        attachTester(&model);
        QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
        model.setCatalog(StreamCatalog::builtIn());
        QCOMPARE(reset.size(), 1);
        QVERIFY(model.isBuiltIn());
        QCOMPARE(namespaceNames(model),
                 (QStringList {QStringLiteral("svm"), QStringLiteral("evm"), QStringLiteral("alpha"),
                               QStringLiteral("portfolio"), QStringLiteral("automation")}));
        QCOMPARE(streamIds(model).size(), 21);
        QCOMPARE(model.rowCount(model.indexOfNamespace(QStringLiteral("svm"))), 9);
        QCOMPARE(model.rowCount(model.indexOfNamespace(QStringLiteral("evm"))), 5);
        QCOMPARE(model.rowCount(model.indexOfNamespace(QStringLiteral("alpha"))), 5);

        const QModelIndex swaps = model.indexOfStream(QStringLiteral("evm.token.swaps"));
        QVERIFY(swaps.isValid());
        QCOMPARE(swaps.parent(), model.indexOfNamespace(QStringLiteral("evm")));
        QCOMPARE(swaps.data().toString(), QStringLiteral("evm.token.swaps"));
        QCOMPARE(swaps.siblingAtColumn(StreamCatalogModel::FiltersColumn).data().toString(),
                 QStringLiteral("chainId, tokenAddress"));
        QCOMPARE(swaps.siblingAtColumn(StreamCatalogModel::VisibilityColumn).data().toString(),
                 QStringLiteral("public"));
        QCOMPARE(swaps.siblingAtColumn(StreamCatalogModel::EventColumn).data().toString(), QStringLiteral("update"));
        QCOMPARE(swaps.data(StreamCatalogModel::RequiredFiltersRole).toStringList(),
                 (QStringList {QStringLiteral("chainId"), QStringLiteral("tokenAddress")}));
        QCOMPARE(swaps.data(StreamCatalogModel::NodeTypeRole).value<StreamCatalogModel::NodeType>(),
                 StreamCatalogModel::NodeType::Stream);
        QCOMPARE(swaps.data(StreamCatalogModel::NamespaceRole).toString(), QStringLiteral("evm"));
        QCOMPARE(swaps.data(StreamCatalogModel::DescriptorRole).value<StreamDescriptor>(),
                 *StreamCatalog::builtIn().find(QStringLiteral("evm.token.swaps")));
        QCOMPARE(model.descriptor(swaps)->id, QStringLiteral("evm.token.swaps"));
        QVERIFY(!model.descriptor(swaps.parent()));

        const QModelIndex personal = model.indexOfStream(QStringLiteral("alpha.signalFeedPersonal"));
        QCOMPARE(personal.data(StreamCatalogModel::VisibilityRole).value<Visibility>(), Visibility::Presence);
        QCOMPARE(personal.siblingAtColumn(StreamCatalogModel::FiltersColumn).data().toString(), QStringLiteral("none"));

        const QModelIndex ns = model.indexOfNamespace(QStringLiteral("portfolio"));
        QCOMPARE(ns.data(StreamCatalogModel::NodeTypeRole).value<StreamCatalogModel::NodeType>(),
                 StreamCatalogModel::NodeType::Namespace);
        QVERIFY(model.flags(swaps).testFlag(Qt::ItemNeverHasChildren));
        QVERIFY(!model.flags(ns).testFlag(Qt::ItemNeverHasChildren));
        QVERIFY(!model.indexOfStream(QStringLiteral("nope")).isValid());
        QCOMPARE(model.headerData(StreamCatalogModel::IdColumn, Qt::Horizontal).toString(), QStringLiteral("Stream"));
    }

    void serverCatalogWithNewNamespaceAndOptionalFilter()
    {
        StreamCatalogModel model;
        attachTester(&model);
        StreamCatalog catalog;
        catalog.source = StreamCatalog::Source::Server;
        catalog.streams = {
            stream(QStringLiteral("zeta.things")),
            stream(QStringLiteral("beta.things")),
            stream(QStringLiteral("evm.token.swaps"),
                   {FilterDescriptor {QStringLiteral("chainId"), true, {}},
                    FilterDescriptor {QStringLiteral("minUsd"), false, {}}}),
            stream(QStringLiteral("svm.token.swaps")),
        };
        model.setCatalog(catalog);
        QVERIFY(!model.isBuiltIn());
        QCOMPARE(namespaceNames(model),
                 (QStringList {QStringLiteral("svm"), QStringLiteral("evm"), QStringLiteral("beta"),
                               QStringLiteral("zeta")}));
        QCOMPARE(model.indexOfStream(QStringLiteral("evm.token.swaps"))
                     .siblingAtColumn(StreamCatalogModel::FiltersColumn)
                     .data()
                     .toString(),
                 QStringLiteral("chainId, [minUsd]"));

        model.setCatalog(StreamCatalog {});
        QCOMPARE(model.rowCount(), 0);
    }

    void filterProxy_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QStringList>("expected");
        QTest::newRow("empty") << QString() << QStringList {};
        QTest::newRow("id, case-insensitive")
            << QStringLiteral("POOLINFO")
            << QStringList {QStringLiteral("svm.token.poolInfo"), QStringLiteral("evm.token.poolInfo")};
        QTest::newRow("filter name") << QStringLiteral("profileid")
                                     << QStringList {QStringLiteral("alpha.signalFeedProfile")};
        QTest::newRow("description") << QStringLiteral("graduat")
                                     << QStringList {QStringLiteral("svm.bondingCurve.graduations")};
        QTest::newRow("nothing") << QStringLiteral("xyzzy") << QStringList {};
    }

    void filterProxy()
    {
        QFETCH(QString, text);
        QFETCH(QStringList, expected);
        StreamCatalogModel model;
        CatalogFilterProxyModel proxy;
        attachTester(&model);
        attachTester(&proxy);
        proxy.setSourceModel(&model);
        model.setCatalog(StreamCatalog::builtIn());
        proxy.setFilterText(text);
        QCOMPARE(proxy.filterText(), text.trimmed());
        if (text.isEmpty()) {
            QCOMPARE(streamIds(proxy).size(), 21);
            return;
        }
        QCOMPARE(streamIds(proxy), expected);
        // Namespaces appear only with a matching stream below.
        for (int row = 0; row < proxy.rowCount(); ++row)
            QVERIFY(proxy.rowCount(proxy.index(row, 0)) > 0);
    }

    void filterSurvivesCatalogChange()
    {
        StreamCatalogModel model;
        CatalogFilterProxyModel proxy;
        attachTester(&model);
        attachTester(&proxy);
        proxy.setSourceModel(&model);
        proxy.setFilterText(QStringLiteral("token.swaps"));
        model.setCatalog(StreamCatalog::builtIn());
        QCOMPARE(streamIds(proxy),
                 (QStringList {QStringLiteral("svm.token.swaps"), QStringLiteral("evm.token.swaps")}));
        proxy.setFilterText(QStringLiteral("  wallet "));
        QCOMPARE(streamIds(proxy).size(), 4);
        proxy.setFilterText(QString());
        QCOMPARE(streamIds(proxy).size(), 21);
    }
};

QTEST_GUILESS_MAIN(TestStreamCatalogModel)
#include "tst_streamcatalogmodel.moc"
