// SPDX-FileCopyrightText: 2026 The FitPlanner authors
// SPDX-License-Identifier: MIT

// Speculative decoding: the memory a draft model or the MTP layers add under llama-server and vLLM, the commands,
// and the speed-up formula, against the engines' allocation rules in docs/planning.md.

#include "checkedmath.h"
#include "fitplanner.h"
#include "speculative.h"
#include "speedmodel.h"
#include "tensorlayout.h"
#include "testcatalogs.h"
#include "units.h"

#include <cmath>

#include <QTest>

using namespace Planner;

namespace {

HardwareProfile machine(const QString& gpuId, int count, qint64 ramGiB)
{
    HardwareProfile hw;
    for (int i = 0; i < count; ++i)
        hw.gpus << TestCatalogs::gpus().find(gpuId)->toDevice();
    hw.ramTotal = hw.ramAvailable = ramGiB * GiB;
    return hw;
}

Scenario scenario(const QString& model, const QString& quant, qint64 context, Engine engine = Engine::LlamaCpp)
{
    Scenario sc;
    sc.model = TestCatalogs::model(model);
    sc.recipeId = quant;
    sc.context = context;
    sc.engine = engine;
    if (engine == Engine::Vllm)
        sc.kvType = QStringLiteral("BF16");
    return sc;
}

PlanOptions frontend(Frontend f)
{
    PlanOptions o;
    o.frontend = f;
    return o;
}

SpeculativeRequest draft(const QString& id, const QString& quant = {})
{
    SpeculativeRequest r;
    r.kind = SpeculativePlan::Kind::DraftModel;
    r.draft = TestCatalogs::model(id);
    r.draftRecipe = quant;
    return r;
}

SpeculativeRequest mtp()
{
    SpeculativeRequest r;
    r.kind = SpeculativePlan::Kind::Mtp;
    return r;
}

std::optional<FitPlan> speculate(const Scenario& sc, const HardwareProfile& hw, const PlanOptions& o,
    const SpeculativeRequest& r, QString* error = nullptr)
{
    const FitPlanner planner(TestCatalogs::quants());
    return planSpeculative(planner, TestCatalogs::quants(), sc, hw, o, r, error);
}

} // namespace

class TestSpeculative : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void expectedTokens_data()
    {
        QTest::addColumn<double>("acceptance");
        QTest::addColumn<int>("draftTokens");
        QTest::addColumn<double>("tokens");
        QTest::addRow("no draft") << 0.8 << 0 << 1.0;
        QTest::addRow("one MTP token at 0.85") << 0.85 << 1 << 1.85;
        QTest::addRow("four at 0.8") << 0.8 << 4 << (1.0 - 0.32768) / 0.2;
        QTest::addRow("always accepted") << 1.0 << 3 << 4.0;
        QTest::addRow("never accepted") << 0.0 << 5 << 1.0;
    }

    void expectedTokens()
    {
        QFETCH(double, acceptance);
        QFETCH(int, draftTokens);
        QFETCH(double, tokens);
        QCOMPARE(expectedTokensPerStep(acceptance, draftTokens), tokens);
        // A draft costing 5% of a step and a verification costing one step.
        QCOMPARE(speculativeSpeedup(acceptance, draftTokens, 0.05, 1.0), tokens / (1.0 + draftTokens * 0.05));
    }

    void llamaServerDraftModel()
    {
        // Qwen2.5 7B Q4_K_M with Qwen2.5 0.5B as the draft (vocabularies 152064 and 151936: within llama.cpp's 128)
        // on one RTX 4090. The draft's weights once, its token embeddings in RAM; one draft context of the slot's
        // 8192 tokens with an F16 cache and its compute buffer.
        const Scenario sc = scenario(QStringLiteral("qwen2.5-7b"), QStringLiteral("Q4_K_M"), 8192);
        const HardwareProfile hw = machine(QStringLiteral("rtx-4090"), 1, 64);
        QString error;
        const auto p
            = speculate(sc, hw, frontend(Frontend::LlamaServer), draft(QStringLiteral("qwen2.5-0.5b")), &error);
        QVERIFY2(p, qPrintable(error));
        QVERIFY(p->speculative);
        const SpeculativePlan& sp = *p->speculative;

        Scenario d = sc;
        d.model = TestCatalogs::model(QStringLiteral("qwen2.5-0.5b"));
        d.kvType = QStringLiteral("F16");
        const MemoryEstimate de = *MemoryEstimator(TestCatalogs::quants()).estimate(d);
        QCOMPARE(sp.draftRecipe, QStringLiteral("Q4_K_M"));
        QCOMPARE(sp.weightBytes, de.weights.bytes);
        QCOMPARE(sp.kvBytes, de.kvCache.bytes);
        // 24 layers x 2 x 2 KV heads x 64 x 2 bytes x 8192 tokens
        QCOMPARE(sp.kvBytes, qint64(24) * 2 * 2 * 64 * 2 * 8192);
        QCOMPARE(sp.computeBytes, de.activations.bytes);
        QCOMPARE(sp.ramBytes, de.tokenEmbeddingBytes);
        QCOMPARE(p->devices.size(), 2);
        const DevicePlacement& gpu = p->devices[0];
        QCOMPARE(gpu.speculative, de.weights.bytes - de.tokenEmbeddingBytes + de.kvCache.bytes + de.activations.bytes);
        QCOMPARE(p->devices[1].speculative, de.tokenEmbeddingBytes);
        // The model is placed on what the draft leaves; the device shows its whole capacity.
        const FitPlan plain = *FitPlanner(TestCatalogs::quants()).plan(sc, hw, frontend(Frontend::LlamaServer));
        QCOMPARE(gpu.capacity, plain.devices[0].capacity);
        QCOMPARE(gpu.used(), plain.devices[0].used() + gpu.speculative);
        QCOMPARE(p->verdict, Verdict::Gpu);
        QVERIFY(sp.draftTokens >= 1 && sp.draftTokens <= 8);
        QVERIFY(p->command.endsWith(
            QStringLiteral(" -md qwen2.5-0.5b-Q4_K_M.gguf -ngld 999 --draft-max %1").arg(sp.draftTokens)));
        // The speed-up range: the draft's step against the model's on the same GPU, memory-bound verification.
        QCOMPARE(sp.acceptanceLow, 0.6);
        QCOMPARE(sp.acceptanceHigh, 0.8);
        QCOMPARE(sp.verifyCost, 1.0);
        const FitPlan draftAlone = *FitPlanner(TestCatalogs::quants()).plan(d, hw, frontend(Frontend::LlamaServer));
        QCOMPARE(sp.draftCost, p->tokensPerSecond / draftAlone.tokensPerSecond);
        QCOMPARE(sp.speedupLow, speculativeSpeedup(0.6, sp.draftTokens, sp.draftCost, 1.0));
        QCOMPARE(sp.speedupHigh, speculativeSpeedup(0.8, sp.draftTokens, sp.draftCost, 1.0));
        for (int g = 1; g <= 8; ++g)
            QVERIFY(speculativeSpeedup(0.7, g, sp.draftCost, 1.0)
                <= speculativeSpeedup(0.7, sp.draftTokens, sp.draftCost, 1.0));
        QVERIFY(sp.speedupLow > 1.0);
    }

    void llamaServerDraftPerSlot()
    {
        // Four slots in a unified cache: each slot's draft context holds llama_n_ctx_seq, the whole 4 x 4096 cells.
        Scenario sc = scenario(QStringLiteral("qwen2.5-7b"), QStringLiteral("Q4_K_M"), 4096);
        sc.batch = 4;
        const auto p = speculate(sc, machine(QStringLiteral("rtx-4090"), 1, 64), frontend(Frontend::LlamaServer),
            draft(QStringLiteral("qwen2.5-0.5b"), QStringLiteral("Q8_0")));
        QVERIFY(p);
        QCOMPARE(p->speculative->draftRecipe, QStringLiteral("Q8_0"));
        QCOMPARE(p->speculative->kvBytes, qint64(4) * 24 * 2 * 2 * 64 * 2 * 16384);
        sc.kvUnified = false;
        const auto split = speculate(sc, machine(QStringLiteral("rtx-4090"), 1, 64), frontend(Frontend::LlamaServer),
            draft(QStringLiteral("qwen2.5-0.5b"), QStringLiteral("Q8_0")));
        QCOMPARE(split->speculative->kvBytes, qint64(4) * 24 * 2 * 2 * 64 * 2 * 4096);
    }

    void vllmDraftModel()
    {
        // Llama 3.1 70B BF16 on four H100 with Llama 3.2 1B as the draft: its weights on every rank (divided by the
        // four), its KV layers in the same pool: 16 layers x 2 x 8 KV heads x 64 x 2 bytes per token, a quarter on
        // each rank.
        const Scenario sc = scenario(QStringLiteral("llama-3.1-70b"), QStringLiteral("BF16"), 8192, Engine::Vllm);
        const HardwareProfile hw = machine(QStringLiteral("h100-sxm"), 4, 512);
        QString error;
        const auto p = speculate(sc, hw, frontend(Frontend::Vllm), draft(QStringLiteral("llama-3.2-1b")), &error);
        QVERIFY2(p, qPrintable(error));
        const FitPlan plain = *FitPlanner(TestCatalogs::quants()).plan(sc, hw, frontend(Frontend::Vllm));
        Scenario d = sc;
        d.model = TestCatalogs::model(QStringLiteral("llama-3.2-1b"));
        const MemoryEstimate de = *MemoryEstimator(TestCatalogs::quants()).estimate(d);
        const qint64 extraPerToken = qint64(16) * 2 * 8 * 64 * 2 / 4;
        QCOMPARE(de.kvBytesPerToken, qint64(16) * 2 * 8 * 64 * 2);
        QCOMPARE(p->vllmPool->weights, plain.vllmPool->weights + ceilDiv(de.weights.bytes, 4));
        QCOMPARE(p->vllmPool->blockBytes, plain.vllmPool->blockBytes + extraPerToken * 16);
        QCOMPARE(p->vllmPool->requestBytes, plain.vllmPool->requestBytes + extraPerToken * 8192);
        QVERIFY(p->vllmPool->blocks < plain.vllmPool->blocks);
        for (const DevicePlacement& g : p->devices)
            QCOMPARE(g.speculative, ceilDiv(de.weights.bytes, 4) + extraPerToken * 8192);
        QVERIFY(p->command.endsWith(QStringLiteral(
            " --speculative-config '{\"model\": \"meta-llama/Llama-3.2-1B-Instruct\", \"num_speculative_tokens\": "
            "%1}'")
                                        .arg(p->speculative->draftTokens)));
    }

    void vllmMtp()
    {
        // DeepSeek-V3.2 in its FP8 checkpoint on eight H200: the nextn layer's weights (priced per tensor) on every
        // rank, divided by eight, and one decoder layer's KV cache (the latent, (512 + 64) x 2 bytes per token, and
        // the indexer's keys), whole on every rank (MLA).
        const Scenario sc = scenario(QStringLiteral("deepseek-v3.2"),
            startingRecipe(TestCatalogs::model(QStringLiteral("deepseek-v3.2")), Engine::Vllm, TestCatalogs::quants()),
            8192, Engine::Vllm);
        const HardwareProfile hw = machine(QStringLiteral("h200"), 8, 1024);
        QString error;
        const auto p = speculate(sc, hw, frontend(Frontend::Vllm), mtp(), &error);
        QVERIFY2(p, qPrintable(error));
        const FitPlan plain = *FitPlanner(TestCatalogs::quants()).plan(sc, hw, frontend(Frontend::Vllm));
        const qint64 mtpBytes = *mtpWeightBytes(sc.model, plain.recipeId, Engine::Vllm, TestCatalogs::quants());
        QCOMPARE(p->speculative->weightBytes, mtpBytes);
        QCOMPARE(p->vllmPool->weights, plain.vllmPool->weights + ceilDiv(mtpBytes, 8));
        const MemoryEstimate& e = plain.estimate;
        QCOMPARE(e.kvBytesPerToken % e.kvLayers, qint64(0));
        QVERIFY(e.kvBytesPerToken / e.kvLayers > qint64(576) * 2);
        QCOMPARE(p->vllmPool->blockBytes, plain.vllmPool->blockBytes + e.kvBytesPerToken / e.kvLayers * 16);
        QCOMPARE(p->speculative->draftTokens, 1);
        // Verifying two tokens reads the experts both choose: only the weights' share of the step grows.
        const double weightShare = decodeWeightReadSeconds(*p, sc.model, hw) * p->tokensPerSecond;
        QVERIFY(weightShare > 0.0 && weightShare < 1.0);
        QCOMPARE(p->speculative->verifyCost, 1.0 + (verifyReadRatio(sc.model, p->estimate, 1, 2) - 1.0) * weightShare);
        QVERIFY(p->speculative->verifyCost > 1.0);
        QCOMPARE(p->speculative->acceptanceLow, 0.85);
        QCOMPARE(p->speculative->acceptanceHigh, 0.90);
        QVERIFY(p->command.endsWith(
            QStringLiteral(" --speculative-config '{\"method\": \"mtp\", \"num_speculative_tokens\": 1}'")));
        // The MTP layer's parameters, as the checkpoint counts them, at one byte each in FP8 and a little more for
        // the block scales and the 16-bit embedding and head it carries.
        const ParamCounts counts = countParameters(sc.model);
        QVERIFY(mtpBytes > counts.mtp);
        QVERIFY(mtpBytes < 2 * counts.mtp);
    }

    void mtpWeightsAtSixteenBits()
    {
        // In BF16 every tensor of the MTP layers takes two bytes per parameter.
        const ModelSpec m = TestCatalogs::model(QStringLiteral("qwen3.5-27b"));
        QVERIFY(m.mtpLayers > 0);
        QCOMPARE(*mtpWeightBytes(m, QStringLiteral("BF16"), Engine::Vllm, TestCatalogs::quants()),
            2 * countParameters(m).mtp);
        QCOMPARE(*mtpWeightBytes(TestCatalogs::model(QStringLiteral("qwen2.5-7b")), QStringLiteral("BF16"),
                     Engine::Vllm, TestCatalogs::quants()),
            qint64(0));
    }

    void refusals_data()
    {
        QTest::addColumn<QString>("model");
        QTest::addColumn<Frontend>("frontend");
        QTest::addColumn<bool>("useMtp");
        QTest::addColumn<QString>("draftId");
        QTest::addColumn<QString>("message");
        QTest::addRow("vocabularies differ")
            << QStringLiteral("qwen2.5-7b") << Frontend::LlamaServer << false << QStringLiteral("llama-3.2-1b")
            << QStringLiteral("draft model llama-3.2-1b has a vocabulary of 128256 "
                              "tokens, qwen2.5-7b has 152064: a draft must share the "
                              "model's tokenizer (at most 128 tokens apart)");
        QTest::addRow("no MTP layers") << QStringLiteral("qwen2.5-7b") << Frontend::Vllm << true << QString()
                                       << QStringLiteral("qwen2.5-7b has no multi-token-prediction layers in its "
                                                         "architecture");
        QTest::addRow("MTP on llama-server")
            << QStringLiteral("deepseek-v3.2") << Frontend::LlamaServer << true << QString()
            << QStringLiteral(
                   "MTP layers are planned for vLLM only; with llama-server use a draft model (--draft-model)");
        QTest::addRow("ollama") << QStringLiteral("qwen2.5-7b") << Frontend::Ollama << false
                                << QStringLiteral("qwen2.5-0.5b")
                                << QStringLiteral("speculative decoding is planned for llama-server and vLLM only, not "
                                                  "ollama");
    }

    void refusals()
    {
        QFETCH(QString, model);
        QFETCH(Frontend, frontend);
        QFETCH(bool, useMtp);
        QFETCH(QString, draftId);
        QFETCH(QString, message);
        const Engine engine = engineOf(frontend);
        const Scenario sc
            = scenario(model, engine == Engine::Vllm ? QStringLiteral("BF16") : QStringLiteral("Q4_K_M"), 4096, engine);
        QString error;
        QVERIFY(!speculate(sc, machine(QStringLiteral("h100-sxm"), 1, 256), ::frontend(frontend),
            useMtp ? mtp() : draft(draftId), &error));
        QCOMPARE(error, message);
    }
};

QTEST_GUILESS_MAIN(TestSpeculative)
#include "tst_speculative.moc"
