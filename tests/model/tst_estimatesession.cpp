// SPDX-FileCopyrightText: 2026 The FitPlanner authors
// SPDX-License-Identifier: MIT

#include "estimatesession.h"
#include "fitplanner.h"
#include "gpucatalog.h"
#include "itemroles.h"
#include "testcatalogs.h"
#include "units.h"

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

    // vLLM claims gpu_memory_utilization (0.9) of the GPU: Qwen2.5-32B BF16 at 40k needs 79.9 GB, under the
    // H100's 85.9 GB but over the 77.3 GB vLLM may use. Without a placer the statuses compare totals with what the
    // engine may fill; with one the placement decides, and both say it does not fit.
    void vllmStatusesUseItsShareOfTheGpu()
    {
        const GpuCatalog gpus
            = parseGpuCatalog(TestCatalogs::readSourceFile(QStringLiteral("resources/catalog/gpus.json")),
                QStringLiteral("gpus.json"), nullptr);
        HardwareProfile hw;
        hw.gpus << gpus.find(QStringLiteral("h100-sxm"))->toDevice();
        hw.ramTotal = hw.ramAvailable = 256 * GiB;

        EstimateSession session(TestCatalogs::models(), TestCatalogs::quants());
        session.setScenario(
            QStringLiteral("qwen2.5-32b"), QStringLiteral("BF16"), 40960, 1, QStringLiteral("F16"), Engine::Vllm);
        session.setCapacity(CapacityInput { hw.gpus.front().usableBytes(), hw.ramUsable() });
        QVERIFY(session.estimate());
        QCOMPARE(session.estimate()->total, qint64(79964809216));
        QCOMPARE(session.engineCapacity().gpuBytes, qint64(77309411328)); // 0.9 x 80 GiB
        QCOMPARE(session.engineCapacity().ramBytes, qint64(0));
        QCOMPARE(session.verdict().status, FitStatus::DoesNotFit);
        QCOMPARE(makeVerdict(*session.estimate(), session.capacity(), ByteUnits::Binary).status, FitStatus::Fits);
        QVERIFY(!session.plan());

        const FitPlanner planner(TestCatalogs::quants());
        session.setPlacer(
            [&](const Scenario& s, QString* error) { return planner.plan(s, hw, { Frontend::Vllm }, error); });
        QVERIFY(!session.plan()); // the placer takes effect at the next recompute
        session.recompute();
        QVERIFY(session.plan());
        QCOMPARE(session.plan()->verdict, Verdict::None);
        QCOMPARE(session.verdict().status, FitStatus::DoesNotFit);
        QCOMPARE(session.verdict().headline,
            QStringLiteral("Does not fit: needs 74.5 GiB, and the engine may use 72.0 GiB of GPU memory (623 MiB short "
                           "on the fullest GPU)"));

        // At 16k it fits, with 5.4 GiB of vLLM's share left.
        session.setContext(16384);
        QCOMPARE(session.plan()->context, qint64(16384));
        QCOMPARE(session.plan()->verdict, Verdict::Gpu);
        QCOMPARE(session.verdict().status, FitStatus::Fits);
        QCOMPARE(session.verdict().headline, QStringLiteral("Fits in 72.0 GiB GPU memory with 5.39 GiB to spare"));
    }

    // llama.cpp keeps the token embeddings in RAM: a total 50 MiB over the GPU's memory still runs every layer on
    // the GPU. Comparing totals says CPU offload; with a placer the placement decides the verdict, the breakdown's
    // Total row and every comparison row and sweep point.
    void placementDecidesTheVerdict()
    {
        EstimateSession session(TestCatalogs::models(), TestCatalogs::quants());
        session.setScenario(
            QStringLiteral("llama-3.1-8b"), QStringLiteral("Q4_K_M"), 8192, 1, QStringLiteral("F16"), Engine::LlamaCpp);
        QVERIFY(session.estimate());
        HardwareProfile hw;
        GpuDevice gpu;
        gpu.name = QStringLiteral("test GPU");
        gpu.memoryTotal = session.estimate()->total - 50 * (qint64(1) << 20);
        hw.gpus << gpu;
        hw.ramTotal = hw.ramAvailable = 32 * GiB;
        session.setCapacity(CapacityInput { gpu.memoryTotal, 32 * GiB });
        QCOMPARE(session.verdict().status, FitStatus::Offload);

        const FitPlanner planner(TestCatalogs::quants());
        int placed = 0;
        session.setPlacer([&](const Scenario& s, QString* error) {
            ++placed;
            return planner.plan(s, hw, {}, error);
        });
        session.recompute();
        QVERIFY(session.plan());
        QCOMPARE(session.plan()->verdict, Verdict::Gpu);
        QCOMPARE(session.plan()->gpuLayers, 33);
        QCOMPARE(session.verdict().status, FitStatus::Tight);
        QVERIFY2(session.verdict().headline.startsWith(QStringLiteral("Tight: needs ")),
            qPrintable(session.verdict().headline));
        QCOMPARE(session.breakdownModel()->index(4, 0).data(Roles::FitStatusRole).value<FitStatus>(), FitStatus::Tight);
        // One placement for the scenario, one per other comparison row and sweep point.
        QCOMPARE(placed,
            1 + int(session.comparisonModel()->rows().size()) - 1 + int(session.sweepModel()->rows().size()) - 1);
        for (const QuantComparisonRow& row : session.comparisonModel()->rows()) {
            Scenario s = session.scenario();
            s.recipeId = row.recipeId;
            QCOMPARE(row.status, row.current ? FitStatus::Tight : planStatus(*planner.plan(s, hw, {})));
        }
        for (qsizetype r = 0; r < session.sweepModel()->rows().size(); ++r) {
            const ContextSweepRow& row = session.sweepModel()->rows()[r];
            Scenario s = session.scenario();
            s.context = row.tokens;
            QCOMPARE(row.status, planStatus(*planner.plan(s, hw, {})));
            QCOMPARE(session.sweepModel()->index(int(r), 0).data(Roles::FitStatusRole).value<FitStatus>(), row.status);
        }
        // Q8_0 (8.5 GB) does not fit the GPU whole: the placement offloads some layers.
        const auto q8
            = std::find_if(session.comparisonModel()->rows().cbegin(), session.comparisonModel()->rows().cend(),
                [](const QuantComparisonRow& r) { return r.recipeId == u"Q8_0"; });
        QVERIFY(q8 != session.comparisonModel()->rows().cend());
        QCOMPARE(q8->status, FitStatus::Offload);

        // Without a placer the totals decide again.
        session.setPlacer({});
        session.recompute();
        QVERIFY(!session.plan());
        QCOMPARE(session.verdict().status, FitStatus::Offload);
    }

    // Offload and RAM-only placements: the layer split and what RAM keeps free.
    void placementHeadlines()
    {
        const GpuCatalog gpus
            = parseGpuCatalog(TestCatalogs::readSourceFile(QStringLiteral("resources/catalog/gpus.json")),
                QStringLiteral("gpus.json"), nullptr);
        Scenario s;
        s.model = TestCatalogs::model(QStringLiteral("llama-3.1-70b"));
        s.recipeId = QStringLiteral("Q4_K_M");
        s.context = 8192;
        HardwareProfile hw;
        hw.gpus << gpus.find(QStringLiteral("rtx-4090"))->toDevice();
        hw.ramTotal = hw.ramAvailable = 64 * GiB;
        const auto offload = FitPlanner(TestCatalogs::quants()).plan(s, hw, {});
        QVERIFY(offload && offload->verdict == Verdict::Offload);
        const DevicePlacement& ram = offload->devices.back();
        QVERIFY(ram.isCpu);
        const FitVerdict v = makePlanVerdict(*offload, ByteUnits::Binary);
        QCOMPARE(v.status, FitStatus::Offload);
        QCOMPARE(v.headline,
            QStringLiteral(
                "Fits only with CPU offload: 46 of 81 layers on the GPU, %1 in system RAM; %2 of RAM to spare")
                .arg(formatBytes(ram.used(), ByteUnits::Binary), formatBytes(ram.freeBytes(), ByteUnits::Binary)));

        hw.gpus.clear();
        hw.ramTotal = hw.ramAvailable = 128 * GiB;
        const auto cpu = FitPlanner(TestCatalogs::quants()).plan(s, hw, {});
        QVERIFY(cpu && cpu->verdict == Verdict::Cpu);
        const FitVerdict c = makePlanVerdict(*cpu, ByteUnits::Binary);
        QCOMPARE(c.status, FitStatus::Offload);
        QVERIFY2(c.headline.startsWith(QStringLiteral("Runs from system RAM only: needs ")), qPrintable(c.headline));
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
