#include "estimatesession.h"
#include "testcatalogs.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

using namespace Planner;

namespace {

qint64 directTotal(const Scenario& base, const QString& recipe)
{
    Scenario s = base;
    s.recipeId = recipe;
    const auto e = MemoryEstimator(TestCatalogs::quants()).estimate(s);
    return e ? e->total : -1;
}

constexpr qint64 GiB = qint64(1) << 30;

} // namespace

class TestEstimateSession : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void followsEveryControl()
    {
        EstimateSession session(TestCatalogs::models(), TestCatalogs::quants());
        QAbstractItemModelTester t1(session.breakdownModel(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        QAbstractItemModelTester t2(session.comparisonModel(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        QAbstractItemModelTester t3(session.sweepModel(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        QSignalSpy updated(&session, &EstimateSession::updated);
        QSignalSpy breakdownResets(session.breakdownModel(), &QAbstractItemModel::modelReset);
        QSignalSpy comparisonResets(session.comparisonModel(), &QAbstractItemModel::modelReset);
        QSignalSpy sweepResets(session.sweepModel(), &QAbstractItemModel::modelReset);

        QVERIFY(session.setModelId(QStringLiteral("deepseek-r1")));
        session.setRecipeId(QStringLiteral("F16"));
        QCOMPARE(updated.count(), 2);
        QCOMPARE(breakdownResets.count(), 2);
        QCOMPARE(comparisonResets.count(), 2);
        QCOMPARE(sweepResets.count(), 2);
        QVERIFY(session.estimate().has_value());
        const Scenario& s = session.scenario();
        QCOMPARE(s.model.id, QStringLiteral("deepseek-r1"));
        QCOMPARE(s.engine, Engine::LlamaCpp);
        const qint64 f16 = directTotal(s, QStringLiteral("F16"));
        QCOMPARE(session.estimate()->total, f16);
        QCOMPARE(
            session.breakdownModel()->index(4, BreakdownModel::SizeColumn).data(Roles::BytesRole).toLongLong(), f16);
        QCOMPARE(session.verdict().status, FitStatus::DoesNotFit);
        QVERIFY(session.verdict().headline.startsWith(QStringLiteral("Does not fit")));
        QVERIFY(!session.suggestion().isEmpty());

        // The comparison: llama.cpp's default set, largest first, each row the estimator's own number.
        QuantComparisonModel* cmp = session.comparisonModel();
        QStringList ids;
        for (int r = 0; r < cmp->rowCount(); ++r) {
            ids << cmp->headerData(r, Qt::Vertical).toString();
            QCOMPARE(cmp->index(r, QuantComparisonModel::TotalColumn).data(Roles::BytesRole).toLongLong(),
                directTotal(s, ids.last()));
        }
        QCOMPARE(ids, session.defaultComparison(Engine::LlamaCpp));
        QVERIFY(ids.contains(QStringLiteral("F16")) && ids.contains(QStringLiteral("Q4_K_M")));

        // Context: the KV cache follows, and the sweep marks the new context as current.
        session.setContext(65536);
        QCOMPARE(session.scenario().context, qint64(65536));
        QCOMPARE(session.estimate()->total, directTotal(session.scenario(), QStringLiteral("F16")));
        bool currentFound = false;
        for (int r = 0; r < session.sweepModel()->rowCount(); ++r) {
            const QModelIndex ctx = session.sweepModel()->index(r, ContextSweepModel::ContextColumn);
            if (ctx.data(Roles::IsCurrentRole).toBool()) {
                QCOMPARE(ctx.data(Roles::TokensRole).toLongLong(), qint64(65536));
                QCOMPARE(
                    session.sweepModel()->index(r, ContextSweepModel::TotalColumn).data(Roles::BytesRole).toLongLong(),
                    session.estimate()->total);
                currentFound = true;
            }
        }
        QVERIFY(currentFound);

        // Beyond the model's maximum is clamped, not an error.
        session.setContext(10'000'000);
        QCOMPARE(session.scenario().context, qint64(163840));

        // Capacity: statuses change, the estimate does not.
        const qint64 before = session.estimate()->total;
        session.setCapacity(CapacityInput { 2048 * GiB, 2048 * GiB });
        QCOMPARE(session.estimate()->total, before);
        QCOMPARE(session.verdict().status, FitStatus::Fits);
        QVERIFY(session.verdict().headline.startsWith(QStringLiteral("Fits in")));
        QCOMPARE(session.suggestion(), QString());
    }

    void engineAndRecipeStayCompatible()
    {
        EstimateSession session(TestCatalogs::models(), TestCatalogs::quants());
        session.setRecipeId(QStringLiteral("F16"));
        session.setEngine(Engine::Vllm);
        // vLLM cannot run GGUF-only recipes; F16 it can, so the recipe stays.
        QCOMPARE(session.scenario().recipeId, QStringLiteral("F16"));
        session.setEngine(Engine::LlamaCpp);
        session.setRecipeId(QStringLiteral("Q4_K_M"));
        session.setEngine(Engine::Vllm);
        QCOMPARE(session.scenario().engine, Engine::Vllm);
        QVERIFY(TestCatalogs::quants().recipe(session.scenario().recipeId)->engines.contains(QStringLiteral("vllm")));
        QVERIFY(session.scenario().recipeId.contains(QStringLiteral("INT4")));
        // Picking a recipe the engine cannot run moves the engine.
        session.setRecipeId(QStringLiteral("Q8_0"));
        QCOMPARE(session.scenario().engine, Engine::LlamaCpp);
        // A KV type the engine lacks falls back to its first.
        session.setKvType(QStringLiteral("FP8_E4M3"));
        QCOMPARE(session.scenario().kvType, QStringLiteral("F16"));
        session.setKvType(QStringLiteral("Q8_0"));
        QCOMPARE(session.scenario().kvType, QStringLiteral("Q8_0"));
        QVERIFY(session.estimate().has_value());
        QVERIFY(!session.setModelId(QStringLiteral("no-such-model")));
    }

    void tickedRecipesJoinTheComparison()
    {
        EstimateSession session(TestCatalogs::models(), TestCatalogs::quants());
        session.recompute();
        QSignalSpy resets(session.comparisonModel(), &QAbstractItemModel::modelReset);
        const int before = session.comparisonModel()->rowCount();
        session.setComparedRecipes({ QStringLiteral("IQ2_XS"), QStringLiteral("AWQ-INT4"), QStringLiteral("bogus") });
        QCOMPARE(resets.count(), 1);
        // AWQ-INT4 is not a llama.cpp recipe and the bogus id is dropped: one row more.
        QCOMPARE(session.comparisonModel()->rowCount(), before + 1);
        QCOMPARE(session.comparedRecipes(), QStringList({ QStringLiteral("IQ2_XS"), QStringLiteral("AWQ-INT4") }));
        QCOMPARE(session.comparisonModel()->headerData(before, Qt::Vertical).toString(), QStringLiteral("IQ2_XS"));
    }

    void unitsChangeText()
    {
        EstimateSession session(TestCatalogs::models(), TestCatalogs::quants());
        session.recompute();
        QVERIFY(session.verdict().headline.contains(QStringLiteral("GiB")));
        QSignalSpy changes(session.breakdownModel(), &QAbstractItemModel::dataChanged);
        session.setUnits(ByteUnits::Decimal);
        QVERIFY(changes.count() >= 1);
        QVERIFY(session.verdict().headline.contains(QStringLiteral(" GB")));
        QVERIFY(session.breakdownModel()
                    ->index(0, BreakdownModel::SizeColumn)
                    .data()
                    .toString()
                    .endsWith(QStringLiteral("GB")));
    }
};

QTEST_GUILESS_MAIN(TestEstimateSession)
#include "tst_estimatesession.moc"
