// SPDX-FileCopyrightText: 2026 The FitPlanner authors
// SPDX-License-Identifier: MIT

#include "modelcatalogmodel.h"
#include "modelfilterproxy.h"
#include "testcatalogs.h"
#include "units.h"

#include <algorithm>

#include <QAbstractItemModelTester>
#include <QSet>
#include <QSignalSpy>
#include <QTest>

using namespace Planner;

namespace {

// Model ids visible through the proxy, in the proxy's order.
QStringList visibleIds(const QAbstractItemModel& m)
{
    QStringList ids;
    for (int g = 0; g < m.rowCount(); ++g) {
        const QModelIndex group = m.index(g, 0);
        for (int r = 0; r < m.rowCount(group); ++r)
            ids << m.index(r, 0, group).data(Roles::IdRole).toString();
    }
    return ids;
}

} // namespace

class TestModelCatalogModel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void tree()
    {
        ModelCatalogModel m;
        QAbstractItemModelTester tester(&m, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QSignalSpy resets(&m, &QAbstractItemModel::modelReset);
        m.setCatalog(TestCatalogs::models());
        QCOMPARE(resets.count(), 1);
        QVERIFY(m.families().contains(QStringLiteral("DeepSeek")));
        QCOMPARE(m.rowCount(), int(m.families().size()));
        int models = 0;
        for (int g = 0; g < m.rowCount(); ++g) {
            const QModelIndex group = m.index(g, 0);
            QVERIFY(group.data(Roles::IsGroupRole).toBool());
            for (int r = 0; r < m.rowCount(group); ++r) {
                const QModelIndex idx = m.index(r, 0, group);
                QCOMPARE(idx.parent(), group);
                QCOMPARE(idx.data(Roles::FamilyRole).toString(), group.data().toString());
                ++models;
            }
        }
        QCOMPARE(models, int(TestCatalogs::models().models.size()));

        const QModelIndex r1 = m.indexOfModel(QStringLiteral("deepseek-r1"));
        QVERIFY(r1.isValid());
        const ParamCounts counts = countParameters(TestCatalogs::model(QStringLiteral("deepseek-r1")));
        QCOMPARE(r1.data(Roles::TotalParamsRole).toLongLong(), counts.total);
        QCOMPARE(r1.data(Roles::ActiveParamsRole).toLongLong(), counts.active);
        QVERIFY(r1.data(Roles::IsMoeRole).toBool());
        QCOMPARE(r1.siblingAtColumn(ModelCatalogModel::ParamsColumn).data().toString(), formatCount(counts.total));
        QCOMPARE(
            r1.siblingAtColumn(ModelCatalogModel::ContextColumn).data(Roles::SortRole).toLongLong(), qint64(163840));
        QCOMPARE(r1.siblingAtColumn(ModelCatalogModel::ContextColumn).data().toString(), QStringLiteral("160k"));
        QVERIFY(!m.indexOfModel(QStringLiteral("no-such-model")).isValid());
        QVERIFY(!r1.data(Roles::IsHybridRole).toBool());
        QCOMPARE(r1.data(Roles::ReleasedRole).toString(), QStringLiteral("2025-01"));
        const QModelIndex qwen = m.indexOfModel(QStringLiteral("qwen3.5-27b"));
        QVERIFY(qwen.data(Roles::IsHybridRole).toBool() && !qwen.data(Roles::IsMoeRole).toBool());
        QCOMPARE(qwen.data(Roles::ReleasedRole).toString(), QStringLiteral("2026-02"));
        // The tooltip tells the trained context from a larger figure in the config.json.
        const QString nemo = m.indexOfModel(QStringLiteral("mistral-nemo-12b")).data(Qt::ToolTipRole).toString();
        QVERIFY2(nemo.endsWith(QStringLiteral("; trained for %1 tokens, though its config.json says %2")
                                   .arg(QLocale().toString(131072), QLocale().toString(1024000))),
            qPrintable(nemo));
        QVERIFY(!qwen.data(Qt::ToolTipRole).toString().contains(QStringLiteral("config.json")));
        // Years of the catalog, newest first, once each.
        const QList<int> years = m.releaseYears();
        QCOMPARE(years.first(), 2026);
        QVERIFY(years.contains(2023) && years.contains(2025));
        QVERIFY(std::is_sorted(years.rbegin(), years.rend()));
        QCOMPARE(QSet<int>(years.begin(), years.end()).size(), years.size());
    }

    void releaseYear_data()
    {
        QTest::addColumn<QString>("released");
        QTest::addColumn<int>("year");
        QTest::addRow("month") << QStringLiteral("2025-08") << 2025;
        QTest::addRow("year alone") << QStringLiteral("2024") << 2024;
        QTest::addRow("empty") << QString() << 0;
        QTest::addRow("not a date") << QStringLiteral("soon") << 0;
        QTest::addRow("too short") << QStringLiteral("202") << 0;
    }

    void releaseYear()
    {
        QFETCH(QString, released);
        QFETCH(int, year);
        QCOMPARE(ModelCatalogModel::releaseYear(released), year);
    }

    void filter_data()
    {
        QTest::addColumn<QString>("search");
        QTest::addColumn<QString>("family");
        QTest::addColumn<int>("moe"); // ModelFilterProxy::ArchFilter
        QTest::addColumn<qint64>("minParams");
        QTest::addColumn<qint64>("maxParams");
        QTest::addColumn<QStringList>("mustContain");
        QTest::addColumn<QStringList>("mustNotContain");
        QTest::addColumn<int>("year");
        QTest::addRow("search words across name")
            << QStringLiteral("qwen 32") << QString() << 0 << qint64(0) << qint64(0)
            << QStringList { QStringLiteral("qwen2.5-32b"), QStringLiteral("qwen3-32b") }
            << QStringList { QStringLiteral("qwen2.5-7b"), QStringLiteral("llama-3.1-8b") } << 0;
        QTest::addRow("MoE only") << QString() << QString() << 2 << qint64(0) << qint64(0)
                                  << QStringList { QStringLiteral("deepseek-r1"), QStringLiteral("kimi-k2") }
                                  << QStringList { QStringLiteral("llama-3.1-70b") } << 0;
        QTest::addRow("dense only") << QString() << QString() << 1 << qint64(0) << qint64(0)
                                    << QStringList { QStringLiteral("llama-3.1-70b") }
                                    << QStringList { QStringLiteral("deepseek-r1"), QStringLiteral("mixtral-8x7b") }
                                    << 0;
        QTest::addRow("family") << QString() << QStringLiteral("Llama") << 0 << qint64(0) << qint64(0)
                                << QStringList { QStringLiteral("llama-3.1-8b") }
                                << QStringList { QStringLiteral("qwen3-8b"),
                                       QStringLiteral("deepseek-r1-distill-llama-8b") }
                                << 0;
        QTest::addRow("size 7B to 9B") << QString() << QString() << 0 << qint64(7'000'000'000) << qint64(9'000'000'000)
                                       << QStringList { QStringLiteral("llama-3.1-8b"), QStringLiteral("qwen2.5-7b") }
                                       << QStringList { QStringLiteral("llama-3.2-3b"), QStringLiteral("phi-4") } << 0;
        QTest::addRow("nothing matches") << QStringLiteral("zzzz") << QString() << 0 << qint64(0) << qint64(0)
                                         << QStringList {} << QStringList { QStringLiteral("llama-3.1-8b") } << 0;
        // Hybrid: recurrent layers beside attention, whether the feed-forward is dense or routed.
        QTest::addRow("hybrid only") << QString() << QString() << 3 << qint64(0) << qint64(0)
                                     << QStringList { QStringLiteral("qwen3.5-27b"), QStringLiteral("qwen3.6-35b-a3b"),
                                            QStringLiteral("qwen3-next-80b-a3b-thinking"),
                                            QStringLiteral("nemotron-3-nano-30b-a3b") }
                                     << QStringList { QStringLiteral("llama-3.1-8b"), QStringLiteral("glm-5"),
                                            QStringLiteral("gemma-4-26b-a4b"), QStringLiteral("deepseek-v3.2") }
                                     << 0;
        QTest::addRow("a hybrid MoE is MoE")
            << QString() << QString() << 2 << qint64(0) << qint64(0)
            << QStringList { QStringLiteral("qwen3.6-35b-a3b") } << QStringList { QStringLiteral("qwen3.5-27b") } << 0;
        QTest::addRow("a hybrid dense model is dense")
            << QString() << QString() << 1 << qint64(0) << qint64(0) << QStringList { QStringLiteral("qwen3.5-27b") }
            << QStringList { QStringLiteral("qwen3.6-35b-a3b") } << 0;
        QTest::addRow("released in 2026")
            << QString() << QString() << 0 << qint64(0) << qint64(0)
            << QStringList { QStringLiteral("glm-5"), QStringLiteral("qwen3.5-27b"), QStringLiteral("gemma-4-26b-a4b") }
            << QStringList { QStringLiteral("deepseek-v3.2"), QStringLiteral("llama-3.1-8b") } << 2026;
        QTest::addRow("hybrid models of 2025")
            << QString() << QString() << 3 << qint64(0) << qint64(0)
            << QStringList { QStringLiteral("qwen3-next-80b-a3b-thinking"), QStringLiteral("nemotron-3-nano-30b-a3b") }
            << QStringList { QStringLiteral("qwen3.5-27b"), QStringLiteral("gpt-oss-20b") } << 2025;
        QTest::addRow("no model of 1999") << QString() << QString() << 0 << qint64(0) << qint64(0) << QStringList {}
                                          << QStringList { QStringLiteral("llama-3.1-8b") } << 1999;
    }

    void filter()
    {
        QFETCH(QString, search);
        QFETCH(QString, family);
        QFETCH(int, moe);
        QFETCH(qint64, minParams);
        QFETCH(qint64, maxParams);
        QFETCH(QStringList, mustContain);
        QFETCH(QStringList, mustNotContain);
        QFETCH(int, year);
        ModelCatalogModel m;
        ModelFilterProxy proxy(Roles::SortRole);
        proxy.setSourceModel(&m);
        QAbstractItemModelTester tester(&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
        m.setCatalog(TestCatalogs::models());
        proxy.setSearchText(search);
        proxy.setFamily(family);
        proxy.setArchFilter(ModelFilterProxy::ArchFilter(moe));
        proxy.setParamRange(minParams, maxParams);
        proxy.setReleaseYear(year);
        const QStringList ids = visibleIds(proxy);
        for (const QString& id : mustContain)
            QVERIFY2(ids.contains(id), qPrintable(id));
        for (const QString& id : mustNotContain)
            QVERIFY2(!ids.contains(id), qPrintable(id));
        // No empty family groups are left showing.
        for (int g = 0; g < proxy.rowCount(); ++g)
            QVERIFY(proxy.rowCount(proxy.index(g, 0)) > 0);
        if (mustContain.isEmpty())
            QCOMPARE(proxy.rowCount(), 0);
    }

    // Names as people type them find their model; the search is set before the catalog arrives, so a reset of
    // the source must match the names again.
    void searchByNames_data()
    {
        QTest::addColumn<QString>("search");
        QTest::addColumn<QStringList>("visible"); // exactly these, in catalog order
        QTest::addColumn<QString>("matched");
        QTest::addColumn<QStringList>("suggested");
        QTest::addRow("Ollama tag") << QStringLiteral("llama3.1:8b") << QStringList { QStringLiteral("llama-3.1-8b") }
                                    << QStringLiteral("llama-3.1-8b") << QStringList();
        QTest::addRow("repository") << QStringLiteral("Qwen/Qwen2.5-7B-Instruct")
                                    << QStringList { QStringLiteral("qwen2.5-7b") } << QStringLiteral("qwen2.5-7b")
                                    << QStringList();
        QTest::addRow("display name") << QStringLiteral("Llama 3.1 8B")
                                      << QStringList { QStringLiteral("llama-3.1-8b") }
                                      << QStringLiteral("llama-3.1-8b") << QStringList();
        QTest::addRow("several") << QStringLiteral("mixtral")
                                 << QStringList { QStringLiteral("mixtral-8x7b"), QStringLiteral("mixtral-8x22b") }
                                 << QString() << QStringList();
        QTest::addRow("Ollama tag with quant")
            << QStringLiteral("qwen2.5:32b-instruct-q4_K_M") << QStringList { QStringLiteral("qwen2.5-32b") }
            << QStringLiteral("qwen2.5-32b") << QStringList();
        QTest::addRow("Ollama alias") << QStringLiteral("deepseek-r1:7b")
                                      << QStringList { QStringLiteral("deepseek-r1-distill-qwen-7b") }
                                      << QStringLiteral("deepseek-r1-distill-qwen-7b") << QStringList();
        QTest::addRow("typo") << QStringLiteral("lamma3.1:8b") << QStringList() << QString()
                              << QStringList { QStringLiteral("llama-3.1-8b") };
    }

    void searchByNames()
    {
        QFETCH(QString, search);
        QFETCH(QStringList, visible);
        QFETCH(QString, matched);
        QFETCH(QStringList, suggested);
        ModelCatalogModel m;
        ModelFilterProxy proxy(Roles::SortRole);
        proxy.setSourceModel(&m);
        QAbstractItemModelTester tester(&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
        proxy.setSearchText(search);
        m.setCatalog(TestCatalogs::models());
        QCOMPARE(visibleIds(proxy), visible);
        QCOMPARE(proxy.matchedId(), matched);
        QCOMPARE(proxy.suggestedIds(), suggested);
    }

    // "deepseek r1" names one model and its words are in others: the words still list those, the match is one.
    void searchNamesOneAmongSeveral()
    {
        ModelCatalogModel m;
        m.setCatalog(TestCatalogs::models());
        ModelFilterProxy proxy(Roles::SortRole);
        proxy.setSourceModel(&m);
        proxy.setSearchText(QStringLiteral("deepseek r1"));
        const QStringList ids = visibleIds(proxy);
        QVERIFY(ids.contains(QStringLiteral("deepseek-r1")));
        QVERIFY(ids.contains(QStringLiteral("deepseek-r1-0528")));
        QVERIFY(!ids.contains(QStringLiteral("deepseek-v3")));
        QCOMPARE(proxy.matchedId(), QStringLiteral("deepseek-r1"));
        QCOMPARE(m.indexOfModel(QStringLiteral("llama-3.1-8b")).data(Roles::NamesRole).toStringList(),
            QStringList({ QStringLiteral("llama-3.1-8b"), QStringLiteral("Llama 3.1 8B"),
                QStringLiteral("meta-llama/Llama-3.1-8B"), QStringLiteral("meta-llama/Meta-Llama-3.1-8B-Instruct") }));
    }

    void sortByParameters()
    {
        ModelCatalogModel m;
        ModelFilterProxy proxy(Roles::SortRole);
        proxy.setSourceModel(&m);
        QAbstractItemModelTester tester(&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
        m.setCatalog(TestCatalogs::models());
        proxy.setFamily(QStringLiteral("DeepSeek"));
        proxy.sort(ModelCatalogModel::ParamsColumn, Qt::DescendingOrder);
        QCOMPARE(proxy.rowCount(), 1);
        const QModelIndex group = proxy.index(0, 0);
        qint64 previous = std::numeric_limits<qint64>::max();
        for (int r = 0; r < proxy.rowCount(group); ++r) {
            const qint64 params = proxy.index(r, 0, group).data(Roles::TotalParamsRole).toLongLong();
            QVERIFY(params <= previous);
            previous = params;
        }
        QVERIFY(proxy.index(0, 0, group).data(Roles::TotalParamsRole).toLongLong() > 600'000'000'000);
    }
};

QTEST_GUILESS_MAIN(TestModelCatalogModel)
#include "tst_modelcatalogmodel.moc"
