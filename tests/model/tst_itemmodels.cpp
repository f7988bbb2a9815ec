// SPDX-FileCopyrightText: 2026 The FitPlanner authors
// SPDX-License-Identifier: MIT

#include "breakdownmodel.h"
#include "contextsweepmodel.h"
#include "fitverdict.h"
#include "memoryestimator.h"
#include "quantcomparisonmodel.h"
#include "testcatalogs.h"
#include "units.h"
#include "unitvalueproxy.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

using namespace Planner;

namespace {

MemoryEstimate estimateOf(const QString& model, const QString& recipe, qint64 context, Engine engine = Engine::LlamaCpp)
{
    Scenario s;
    s.model = TestCatalogs::model(model);
    s.recipeId = recipe;
    s.context = context;
    s.engine = engine;
    QString error;
    const auto e = MemoryEstimator(TestCatalogs::quants()).estimate(s, &error);
    if (!e)
        qFatal("estimate failed: %s", qPrintable(error));
    return *e;
}

} // namespace

class TestItemModels : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void breakdown_data()
    {
        QTest::addColumn<QString>("model");
        QTest::addColumn<QString>("recipe");
        QTest::addColumn<qint64>("context");
        QTest::addRow("Llama 3.1 8B Q4_K_M 8k")
            << QStringLiteral("llama-3.1-8b") << QStringLiteral("Q4_K_M") << qint64(8192);
        QTest::addRow("DeepSeek-R1 F16 32k") << QStringLiteral("deepseek-r1") << QStringLiteral("F16") << qint64(32768);
    }

    void breakdown()
    {
        QFETCH(QString, model);
        QFETCH(QString, recipe);
        QFETCH(qint64, context);
        BreakdownModel m;
        QAbstractItemModelTester tester(&m, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QSignalSpy resets(&m, &QAbstractItemModel::modelReset);
        QSignalSpy changes(&m, &QAbstractItemModel::dataChanged);
        QCOMPARE(m.rowCount(), 0);

        const MemoryEstimate e = estimateOf(model, recipe, context);
        m.setEstimate(e, FitStatus::Offload);
        QCOMPARE(resets.count(), 1);
        QCOMPARE(changes.count(), 0);
        QCOMPARE(m.rowCount(), 5);
        QCOMPARE(m.columnCount(), int(BreakdownModel::ColumnCount));
        const qint64 expected[] = { e.weights.bytes, e.kvCache.bytes, e.activations.bytes, e.overhead.bytes, e.total };
        const QString explanations[]
            = { e.weights.explanation, e.kvCache.explanation, e.activations.explanation, e.overhead.explanation };
        for (int r = 0; r < 5; ++r) {
            const QModelIndex size = m.index(r, BreakdownModel::SizeColumn);
            QCOMPARE(size.data(Roles::BytesRole).toLongLong(), expected[r]);
            QCOMPARE(size.data(Qt::DisplayRole).toString(), formatBytes(expected[r], ByteUnits::Binary));
            if (r < 4) {
                QCOMPARE(size.data(Qt::ToolTipRole).toString(), explanations[r]);
                QVERIFY(!size.data(Roles::FitStatusRole).isValid());
            }
        }
        QCOMPARE(m.index(4, 0).data(Roles::FitStatusRole).value<FitStatus>(), FitStatus::Offload);
        QCOMPARE(m.index(0, 0).data().toString(), componentName(Component::Weights));

        m.setUnits(ByteUnits::Decimal);
        QCOMPARE(resets.count(), 1);
        QCOMPARE(changes.count(), 1);
        QCOMPARE(
            m.index(0, BreakdownModel::SizeColumn).data().toString(), formatBytes(e.weights.bytes, ByteUnits::Decimal));
        m.setUnits(ByteUnits::Decimal); // no change, no signal
        QCOMPARE(changes.count(), 1);

        m.clear();
        QCOMPARE(resets.count(), 2);
        QCOMPARE(m.rowCount(), 0);
    }

    void comparison()
    {
        QuantComparisonModel m;
        QAbstractItemModelTester tester(&m, QAbstractItemModelTester::FailureReportingMode::QtTest);
        UnitValueProxy values(Roles::BytesRole, Roles::SortRole);
        values.setSourceModel(&m);
        QAbstractItemModelTester proxyTester(&values, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QSignalSpy resets(&m, &QAbstractItemModel::modelReset);
        QSignalSpy proxyResets(&values, &QAbstractItemModel::modelReset);
        QSignalSpy proxyChanges(&values, &QAbstractItemModel::dataChanged);

        QList<QuantComparisonRow> rows;
        for (const QString& id : { QStringLiteral("F16"), QStringLiteral("Q8_0"), QStringLiteral("Q4_K_M") })
            rows.append({ id, QStringLiteral("d"), estimateOf(QStringLiteral("deepseek-r1"), id, 4096),
                FitStatus::DoesNotFit, id == QLatin1String("Q4_K_M") });
        m.setRows(rows);
        QCOMPARE(resets.count(), 1);
        QCOMPARE(proxyResets.count(), 1);
        QCOMPARE(m.rowCount(), 3);
        QCOMPARE(m.columnCount(), 5);
        for (int r = 0; r < 3; ++r) {
            const MemoryEstimate& e = rows[r].estimate;
            QCOMPARE(m.headerData(r, Qt::Vertical).toString(), rows[r].recipeId);
            qint64 running = 0;
            for (int c = 0; c < 4; ++c) {
                const qint64 bytes = QuantComparisonModel::bytesOf(e, c);
                running += bytes;
                QCOMPARE(m.index(r, c).data(Roles::BytesRole).toLongLong(), bytes);
                QCOMPARE(m.index(r, c).data(Roles::StackedBytesRole).toLongLong(), running);
                QCOMPARE(values.index(r, c).data().toDouble(), double(bytes) / double(GiB));
            }
            QCOMPARE(running, e.total);
            QCOMPARE(m.index(r, QuantComparisonModel::TotalColumn).data(Roles::BytesRole).toLongLong(), e.total);
            QCOMPARE(m.index(r, 0).data(Roles::IsCurrentRole).toBool(), r == 2);
        }
        // DeepSeek-R1 in fp16: about 1.34 TB of weights (671B parameters x 2 bytes).
        const qint64 f16Weights = m.index(0, 0).data(Roles::BytesRole).toLongLong();
        QVERIFY(f16Weights > qint64(1'300'000'000'000) && f16Weights < qint64(1'400'000'000'000));
        QVERIFY(m.index(2, 0).data(Roles::BytesRole).toLongLong() < f16Weights / 3);

        values.setUnits(ByteUnits::Decimal);
        QCOMPARE(proxyChanges.count(), 1);
        QCOMPARE(values.index(0, 0).data().toDouble(), double(f16Weights) / 1e9);
        // Roles other than DisplayRole pass through untouched.
        QCOMPARE(values.index(0, 0).data(Roles::BytesRole).toLongLong(), f16Weights);

        m.setUnits(ByteUnits::Decimal);
        QCOMPARE(m.index(0, 0).data().toString(), formatBytes(f16Weights, ByteUnits::Decimal));
        m.setRows({});
        QCOMPARE(values.rowCount(), 0);
    }

    void samplePoints_data()
    {
        QTest::addColumn<qint64>("maxContext");
        QTest::addColumn<qint64>("current");
        QTest::addColumn<QList<qint64>>("expected");
        QTest::addRow("4k model, current 3000")
            << qint64(4096) << qint64(3000) << QList<qint64> { 512, 768, 1024, 1536, 2048, 3000, 3072, 4096 };
        QTest::addRow("current beyond max ignored")
            << qint64(4096) << qint64(5000) << QList<qint64> { 512, 768, 1024, 1536, 2048, 3072, 4096 };
        QTest::addRow("tiny model") << qint64(300) << qint64(100) << QList<qint64> { 100, 300 };
        QTest::addRow("160k, max not a power of two")
            << qint64(163840) << qint64(32768)
            << QList<qint64> { 512, 768, 1024, 1536, 2048, 3072, 4096, 6144, 8192, 12288, 16384, 24576, 32768, 49152,
                   65536, 98304, 131072, 163840 };
        QTest::addRow("no context") << qint64(0) << qint64(1) << QList<qint64> {};
    }

    void samplePoints()
    {
        QFETCH(qint64, maxContext);
        QFETCH(qint64, current);
        QFETCH(QList<qint64>, expected);
        QCOMPARE(ContextSweepModel::samplePoints(maxContext, current), expected);
    }

    void sweep()
    {
        ContextSweepModel m;
        QAbstractItemModelTester tester(&m, QAbstractItemModelTester::FailureReportingMode::QtTest);
        UnitValueProxy values(Roles::StackedBytesRole, Roles::TokensRole);
        values.setSourceModel(&m);
        QAbstractItemModelTester proxyTester(&values, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QSignalSpy resets(&m, &QAbstractItemModel::modelReset);
        QList<ContextSweepRow> rows;
        for (const qint64 tokens : { qint64(1024), qint64(8192), qint64(131072) }) {
            const MemoryEstimate e = estimateOf(QStringLiteral("llama-3.1-8b"), QStringLiteral("Q4_K_M"), tokens);
            ContextSweepRow row;
            row.tokens = tokens;
            row.bytes = { e.weights.bytes, e.kvCache.bytes, e.activations.bytes, e.overhead.bytes, e.total };
            row.status = classifyFit(e.total, e.totalHigh, CapacityInput {});
            row.current = tokens == 8192;
            rows << row;
        }
        m.setRows(rows);
        QCOMPARE(resets.count(), 1);
        QCOMPARE(m.rowCount(), 3);
        QCOMPARE(m.columnCount(), 7);
        QCOMPARE(m.index(2, ContextSweepModel::ContextColumn).data(Roles::TokensRole).toLongLong(), qint64(131072));
        QCOMPARE(values.index(2, ContextSweepModel::ContextColumn).data().toDouble(), 131072.0);
        QCOMPARE(m.headerData(2, Qt::Vertical).toString(), QStringLiteral("128k"));
        for (int r = 0; r < 3; ++r) {
            QCOMPARE(
                m.index(r, ContextSweepModel::KvCacheColumn).data(Roles::BytesRole).toLongLong(), rows[r].bytes[1]);
            QCOMPARE(m.index(r, ContextSweepModel::OverheadColumn).data(Roles::StackedBytesRole).toLongLong(),
                rows[r].bytes[4]);
            QCOMPARE(values.index(r, ContextSweepModel::KvCacheColumn).data().toDouble(),
                double(rows[r].bytes[0] + rows[r].bytes[1]) / double(GiB));
        }
        // KV cache grows with the context; weights do not.
        QVERIFY(rows[2].bytes[1] > rows[0].bytes[1] * 100);
        QCOMPARE(rows[2].bytes[0], rows[0].bytes[0]);
        QCOMPARE(m.index(1, 0).data(Roles::IsCurrentRole).toBool(), true);
        // An attention-only model keeps no state: the state column is zero and stacks to the total.
        QCOMPARE(m.index(0, ContextSweepModel::StateColumn).data(Roles::BytesRole).toLongLong(), qint64(0));

        // A hybrid model's recurrent state: the same at every context, on top of the rest (its stack is the total).
        QList<ContextSweepRow> hybrid;
        for (const qint64 tokens : { qint64(4096), qint64(262144) }) {
            const MemoryEstimate e = estimateOf(QStringLiteral("qwen3.6-35b-a3b"), QStringLiteral("Q4_K_M"), tokens);
            ContextSweepRow row;
            row.tokens = tokens;
            row.bytes = { e.weights.bytes, e.kvCache.bytes, e.activations.bytes, e.overhead.bytes, e.total };
            row.state = e.recurrentState.bytes;
            hybrid << row;
        }
        m.setRows(hybrid);
        QCOMPARE(
            m.headerData(ContextSweepModel::StateColumn, Qt::Horizontal).toString(), QStringLiteral("Recurrent state"));
        QVERIFY(hybrid[0].state > 0);
        QCOMPARE(hybrid[1].state, hybrid[0].state);
        for (int r = 0; r < 2; ++r) {
            QCOMPARE(m.index(r, ContextSweepModel::StateColumn).data(Roles::BytesRole).toLongLong(), hybrid[r].state);
            QCOMPARE(m.index(r, ContextSweepModel::StateColumn).data(Roles::StackedBytesRole).toLongLong(),
                hybrid[r].bytes[4]);
            QCOMPARE(m.index(r, ContextSweepModel::OverheadColumn).data(Roles::StackedBytesRole).toLongLong()
                    + hybrid[r].state,
                hybrid[r].bytes[4]);
            QCOMPARE(
                m.index(r, ContextSweepModel::StateColumn).data(Roles::ComponentRole).toInt(), kComponentCount + 1);
        }
    }

    void classify_data()
    {
        QTest::addColumn<qint64>("total");
        QTest::addColumn<qint64>("high");
        QTest::addColumn<qint64>("gpu");
        QTest::addColumn<qint64>("ram");
        QTest::addColumn<FitStatus>("expected");
        QTest::addRow("7B int4 fits 8 GiB") << 5 * GiB << 5 * GiB << 8 * GiB << 16 * GiB << FitStatus::Fits;
        QTest::addRow("exactly at capacity is tight") << 8 * GiB << 8 * GiB << 8 * GiB << 16 * GiB << FitStatus::Tight;
        QTest::newRow("under 5% spare is tight")
            << 8 * GiB - 100 << 8 * GiB - 100 << 8 * GiB << qint64(0) << FitStatus::Tight;
        QTest::addRow("band's upper end over is tight")
            << 7 * GiB << 9 * GiB << 8 * GiB << qint64(0) << FitStatus::Tight;
        QTest::addRow("one byte over needs offload")
            << 8 * GiB + 1 << 8 * GiB + 1 << 8 * GiB << 16 * GiB << FitStatus::Offload;
        QTest::addRow("no GPU, fits RAM") << 5 * GiB << 5 * GiB << qint64(0) << 16 * GiB << FitStatus::Offload;
        QTest::addRow("no GPU, zero total") << qint64(0) << qint64(0) << qint64(0) << qint64(0) << FitStatus::Offload;
        QTest::addRow("exactly GPU + RAM") << 24 * GiB << 24 * GiB << 8 * GiB << 16 * GiB << FitStatus::Offload;
        QTest::addRow("does not fit") << 24 * GiB + 1 << 24 * GiB + 1 << 8 * GiB << 16 * GiB << FitStatus::DoesNotFit;
        QTest::addRow("saturated total") << std::numeric_limits<qint64>::max() << std::numeric_limits<qint64>::max()
                                         << std::numeric_limits<qint64>::max() / 2 << std::numeric_limits<qint64>::max()
                                         << FitStatus::Offload;
    }

    void classify()
    {
        QFETCH(qint64, total);
        QFETCH(qint64, high);
        QFETCH(qint64, gpu);
        QFETCH(qint64, ram);
        QFETCH(FitStatus, expected);
        QCOMPARE(classifyFit(total, high, CapacityInput { gpu, ram }), expected);
    }

    void verdictText()
    {
        MemoryEstimate e;
        e.total = e.totalLow = e.totalHigh = 20 * GiB;
        FitVerdict v = makeVerdict(e, CapacityInput { 24 * GiB, 64 * GiB }, ByteUnits::Binary);
        QCOMPARE(v.status, FitStatus::Fits);
        QCOMPARE(v.headroom, 4 * GiB);
        QCOMPARE(v.headline, QStringLiteral("Fits in 24.0 GiB GPU memory with 4.00 GiB to spare"));
        e.total = e.totalLow = e.totalHigh = 100 * GiB;
        v = makeVerdict(e, CapacityInput { 24 * GiB, 64 * GiB }, ByteUnits::Binary);
        QCOMPARE(v.status, FitStatus::DoesNotFit);
        QCOMPARE(v.headroom, -12 * GiB);
        QCOMPARE(v.headline,
            QStringLiteral("Does not fit: needs 100 GiB; you have 24.0 GiB GPU + 64.0 GiB RAM (12.0 GiB short)"));
        v = makeVerdict(e, CapacityInput { 24 * GiB, 64 * GiB }, ByteUnits::Decimal);
        QVERIFY(v.headline.contains(QStringLiteral("107 GB")));
    }
};

QTEST_GUILESS_MAIN(TestItemModels)
#include "tst_itemmodels.moc"
