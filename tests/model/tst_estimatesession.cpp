// SPDX-FileCopyrightText: 2026 The FitPlanner authors
// SPDX-License-Identifier: MIT

#include "enginecommand.h"
#include "estimatesession.h"
#include "fitplanner.h"
#include "ggufrecipe.h"
#include "gpucatalog.h"
#include "itemroles.h"
#include "modelfile.h"
#include "modelfilewriter.h"
#include "tensorlayout.h"
#include "testcatalogs.h"
#include "units.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTemporaryDir>
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

    // Without a GPU a smaller quantization runs in system RAM: the suggestion says so, not "CPU offload".
    void suggestionWithoutAGpu()
    {
        EstimateSession session(TestCatalogs::models(), TestCatalogs::quants());
        session.setCapacity(CapacityInput { 0, 64 * GiB });
        session.setScenario(
            QStringLiteral("llama-3.1-70b"), QStringLiteral("F16"), 8192, 1, QStringLiteral("F16"), Engine::LlamaCpp);
        QCOMPARE(session.verdict().status, FitStatus::DoesNotFit);
        QVERIFY2(session.suggestion().endsWith(QStringLiteral("(in system RAM)")), qPrintable(session.suggestion()));
        session.setCapacity(CapacityInput { 24 * GiB, 64 * GiB });
        QVERIFY2(session.suggestion().endsWith(QStringLiteral("(CPU offload)")), qPrintable(session.suggestion()));
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

    // A model published quantized starts from its own format on vLLM and transformers: when the engine is picked
    // from the previous engine's default, when the model is picked with the recipe at its default, and when the
    // recipe does not run on the engine. A recipe the user chose and the engine runs stays.
    void nativeFormatIsTheDefault()
    {
        EstimateSession session(TestCatalogs::models(), TestCatalogs::quants());
        QVERIFY(session.setModelId(QStringLiteral("deepseek-r1")));
        session.setRecipeId(QStringLiteral("Q4_K_M"));
        session.setEngine(Engine::LlamaCpp);
        session.setEngine(Engine::Vllm);
        QCOMPARE(session.scenario().recipeId, QStringLiteral("FP8"));
        QVERIFY(session.setModelId(QStringLiteral("gpt-oss-120b")));
        QCOMPARE(session.scenario().recipeId, QStringLiteral("MXFP4"));
        QVERIFY(session.setModelId(QStringLiteral("llama-3.1-8b")));
        QCOMPARE(session.scenario().recipeId, QStringLiteral("BF16"));
        session.setRecipeId(QStringLiteral("AWQ-INT4"));
        QVERIFY(session.setModelId(QStringLiteral("gpt-oss-20b")));
        QCOMPARE(session.scenario().recipeId, QStringLiteral("AWQ-INT4"));
        session.setEngine(Engine::Transformers);
        QCOMPARE(session.scenario().recipeId, QStringLiteral("AWQ-INT4"));
        session.setEngine(Engine::LlamaCpp);
        session.setEngine(Engine::Transformers);
        QCOMPARE(session.scenario().recipeId, QStringLiteral("MXFP4"));
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
        QCOMPARE(session.engineCapacity().gpuBytes, qint64(76968728985)); // 0.9 x 81559 MiB, rounded down
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
            QStringLiteral("Does not fit: needs 74.5 GiB, and the engine may use 71.7 GiB of GPU memory (948 MiB short "
                           "on the fullest GPU)"));

        // At 16k it fits, with 5.1 GiB of vLLM's share left.
        session.setContext(16384);
        QCOMPARE(session.plan()->context, qint64(16384));
        QCOMPARE(session.plan()->verdict, Verdict::Gpu);
        QCOMPARE(session.verdict().status, FitStatus::Fits);
        QCOMPARE(session.verdict().headline, QStringLiteral("Fits in 71.7 GiB GPU memory with 5.07 GiB to spare"));
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

    // An opened GGUF is the truth: its own tensors are the first choice and one row of the comparison, every other
    // recipe re-quantizes it (the recipe's types on the file's architecture), and the command names the file.
    void openedFileIsTheTruth()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const ModelSpec spec = TestCatalogs::model(QStringLiteral("llama-3.1-8b"));
        const QStringList types
            = ggufTensorTypes(spec, tensorLayout(spec), QStringLiteral("Q4_K_M"), TestCatalogs::quants());
        const TestFiles::GgufWriter writer = TestFiles::ggufForSpec(spec, QStringLiteral("llama"), types, 15);
        const QString path = dir.filePath(QStringLiteral("my-llama-Q4_K_M.gguf"));
        QVERIFY(writer.write(path));
        QString error;
        const auto opened = openModelFile(path, TestCatalogs::quants(), &error);
        QVERIFY2(opened, qPrintable(error));

        EstimateSession session(TestCatalogs::models(), TestCatalogs::quants());
        HardwareProfile hw;
        GpuDevice gpu;
        gpu.name = QStringLiteral("test GPU");
        gpu.memoryTotal = 24 * GiB;
        hw.gpus << gpu;
        hw.ramTotal = hw.ramAvailable = 32 * GiB;
        session.setCapacity(CapacityInput { gpu.memoryTotal, 32 * GiB });
        const FitPlanner planner(TestCatalogs::quants());
        session.setPlacer([&](const Scenario& s, QString* why) { return planner.plan(s, hw, {}, why); });
        QVERIFY(session.setOpenedModel(*opened, &error));
        QVERIFY(session.usesFileWeights());
        QCOMPARE(session.fileQuantization(), QStringLiteral("Q4_K_M"));
        QCOMPARE(session.scenario().recipeId, QStringLiteral("Q4_K_M"));
        QCOMPARE(session.estimate()->weights.bytes, writer.tensorBytes());
        QCOMPARE(session.fileLabel(), QStringLiteral("File: Q4_K_M"));
        QCOMPARE(session.fileTypeSummary(1),
            QStringLiteral("Q4_K %1, ...").arg(formatBytes(opened->bytesByType.value(QStringLiteral("Q4_K")))));
        QVERIFY(session.fileTypeSummary().startsWith(QStringLiteral("Q4_K ")));

        // One row for the file, the others re-quantized: each its own size, none the file's under another name.
        const auto rowOf = [&](const QString& id) -> const QuantComparisonRow* {
            for (const QuantComparisonRow& r : session.comparisonModel()->rows())
                if (r.recipeId == id)
                    return &r;
            return nullptr;
        };
        const auto requantized = [&](const QString& id) {
            Scenario s = session.scenario();
            s.storedTensors.clear();
            s.recipeId = id;
            return MemoryEstimator(TestCatalogs::quants()).estimate(s)->weights.bytes;
        };
        const QuantComparisonRow* fileRow = rowOf(QStringLiteral("File: Q4_K_M"));
        QVERIFY(fileRow);
        QVERIFY(fileRow->current);
        QCOMPARE(fileRow->estimate.weights.bytes, writer.tensorBytes());
        int fileRows = 0;
        for (const QuantComparisonRow& r : session.comparisonModel()->rows()) {
            fileRows
                += r.estimate.weights.bytes == writer.tensorBytes() && r.recipeId != QLatin1String("Q4_K_M") ? 1 : 0;
            QCOMPARE(r.current, &r == fileRow);
        }
        QCOMPARE(fileRows, 1);
        for (const char* id : { "F16", "Q8_0", "Q2_K" }) {
            const QuantComparisonRow* r = rowOf(QLatin1String(id));
            QVERIFY2(r, id);
            QCOMPARE(r->estimate.weights.bytes, requantized(QLatin1String(id)));
            QVERIFY(r->description.startsWith(QStringLiteral("re-quantize the file to %1").arg(QLatin1String(id))));
        }
        QVERIFY(rowOf(QStringLiteral("F16"))->estimate.weights.bytes > 3 * writer.tensorBytes() / 2);
        QVERIFY(session.plan());
        QCOMPARE(session.plan()->command.section(u' ', 0, 2), QStringLiteral("llama-server -m ") + path);

        // Choosing a recipe re-quantizes: the estimate changes, the file keeps its row, the command writes the copy.
        session.setRecipeId(QStringLiteral("Q8_0"));
        QVERIFY(!session.usesFileWeights());
        QCOMPARE(session.scenario().recipeId, QStringLiteral("Q8_0"));
        QCOMPARE(session.estimate()->weights.bytes, requantized(QStringLiteral("Q8_0")));
        QVERIFY(!rowOf(QStringLiteral("File: Q4_K_M"))->current);
        QCOMPARE(rowOf(QStringLiteral("File: Q4_K_M"))->estimate.weights.bytes, writer.tensorBytes());
        QVERIFY(rowOf(QStringLiteral("Q8_0"))->current);
        QVERIFY(session.modelSource().requantize);
        const QString copy = dir.filePath(QStringLiteral("my-llama-Q8_0.gguf"));
        QCOMPARE(session.plan()->command.section(u'\n', 0, 0),
            QStringLiteral("llama-quantize --allow-requantize %1 %2 Q8_0").arg(path, copy));
        QVERIFY(session.plan()->command.section(u'\n', 1, 1).startsWith(QStringLiteral("llama-server -m ") + copy));

        // Back to the file's own tensors.
        session.setRecipeId(EstimateSession::fileRecipeId());
        QVERIFY(session.usesFileWeights());
        QCOMPARE(session.scenario().recipeId, QStringLiteral("Q4_K_M"));
        QCOMPARE(session.estimate()->weights.bytes, writer.tensorBytes());
        QVERIFY(rowOf(QStringLiteral("File: Q4_K_M"))->current);
        QVERIFY(!session.modelSource().requantize);

        // A catalog model leaves the file behind.
        QVERIFY(session.setModelId(QStringLiteral("qwen3-8b")));
        QVERIFY(!session.usesFileWeights());
        QCOMPARE(session.fileLabel(), QString());
        QVERIFY(!rowOf(QStringLiteral("File: Q4_K_M")));
        QVERIFY(!session.plan()->command.contains(path));
    }

    // A safetensors checkpoint re-quantized for llama.cpp is converted to GGUF first; for vLLM a recipe it cannot
    // quantize at load time is a comment and a folder next to the checkpoint.
    void commandsForARequantizedCheckpoint()
    {
        FitPlan p;
        p.verdict = Verdict::Gpu;
        p.recipeId = QStringLiteral("Q4_K_M");
        p.gpuLayers = p.totalLayers = 29;
        p.context = 8192;
        p.kvType = QStringLiteral("F16");
        const ModelSource src { QStringLiteral("/m/Qwen2.5-7B"), false, QStringLiteral("BF16"), true };
        const ModelSpec spec = TestCatalogs::model(QStringLiteral("qwen2.5-7b"));
        const QStringList llama = engineCommand(p, spec, src).split(u'\n');
        QCOMPARE(llama.size(), 3);
        QCOMPARE(llama[0],
            QStringLiteral(
                "python convert_hf_to_gguf.py /m/Qwen2.5-7B --outtype bf16 --outfile /m/Qwen2.5-7B-BF16.gguf"));
        QCOMPARE(llama[1], QStringLiteral("llama-quantize /m/Qwen2.5-7B-BF16.gguf /m/Qwen2.5-7B-Q4_K_M.gguf Q4_K_M"));
        QVERIFY2(llama[2].startsWith(QStringLiteral("llama-server -m /m/Qwen2.5-7B-Q4_K_M.gguf -ngl 29 -c 8192")),
            qPrintable(llama[2]));
        p.frontend = Frontend::Vllm;
        p.recipeId = QStringLiteral("AWQ-INT4");
        const QStringList vllm = engineCommand(p, spec, src).split(u'\n');
        QCOMPARE(vllm.size(), 2);
        QVERIFY2(vllm[0].startsWith(QStringLiteral("# no published AWQ-INT4 checkpoint of /m/Qwen2.5-7B is known: "
                                                   "quantize it into /m/Qwen2.5-7B-awq-int4 first")),
            qPrintable(vllm[0]));
        QVERIFY(vllm[1].startsWith(QStringLiteral("vllm serve /m/Qwen2.5-7B-awq-int4 ")));
        // The checkpoint as it is: its own path, nothing before.
        p.recipeId = QStringLiteral("BF16");
        QVERIFY(engineCommand(p, spec, ModelSource { src.path, false, QStringLiteral("BF16"), false })
                    .startsWith(QStringLiteral("vllm serve /m/Qwen2.5-7B --tensor-parallel-size 1")));
        // A catalog model with a published AWQ repository uses it.
        p.recipeId = QStringLiteral("AWQ-INT4");
        QVERIFY(engineCommand(p, TestCatalogs::model(QStringLiteral("qwen2.5-32b")))
                    .startsWith(QStringLiteral("vllm serve Qwen/Qwen2.5-32B-Instruct-AWQ ")));
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
