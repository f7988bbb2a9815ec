// SPDX-FileCopyrightText: 2026 The FitPlanner authors
// SPDX-License-Identifier: MIT

// Serving capacity: vLLM's whole requests from its KV pool, llama-server's slot search, batched decode (weights once,
// KV per sequence, distinct routed experts) and the time to first token, against the formulas of docs/planning.md.

#include "checkedmath.h"
#include "fitplanner.h"
#include "servingcapacity.h"
#include "speedmodel.h"
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

PlanOptions frontend(Frontend f, qint64 prompt = 0)
{
    PlanOptions o;
    o.frontend = f;
    o.promptTokens = prompt;
    return o;
}

ServingCapacity mustServe(const Scenario& sc, const HardwareProfile& hw, const PlanOptions& o, qint64 n)
{
    QString error;
    const FitPlanner planner(TestCatalogs::quants());
    const auto c = servingCapacity(planner, sc, hw, o, n, &error);
    if (!c)
        qFatal("serving capacity failed: %s", qPrintable(error));
    return *c;
}

FitPlan planAt(Scenario sc, const HardwareProfile& hw, const PlanOptions& o, qint64 sequences)
{
    sc.batch = sequences;
    return *FitPlanner(TestCatalogs::quants()).plan(sc, hw, o);
}

} // namespace

class TestServingCapacity : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void vllmWholeRequestsFromThePool()
    {
        // Llama 3.1 8B in BF16 on one H100: 32 layers x 2 x 8 KV heads x 128 x 2 bytes = 128 KiB per token, blocks of
        // 16 tokens; a request of 8192 tokens takes 512 blocks.
        const Scenario sc = scenario(QStringLiteral("llama-3.1-8b"), QStringLiteral("BF16"), 8192, Engine::Vllm);
        const HardwareProfile hw = machine(QStringLiteral("h100-sxm"), 1, 256);
        const ServingCapacity c = mustServe(sc, hw, frontend(Frontend::Vllm, 2048), 64);
        const FitPlan alone = planAt(sc, hw, frontend(Frontend::Vllm, 2048), 1);
        const VllmKvPool& k = *alone.vllmPool;
        QCOMPARE(k.blockBytes, qint64(131072) * 16);
        QCOMPARE(k.blocks, k.available / (qint64(131072) * 16));
        QCOMPARE(c.maxSequences, k.blocks / 512);
        QCOMPARE(c.vllmConcurrency, double(k.blocks) / 512.0);
        QCOMPARE(c.sequenceLimit, qint64(256)); // --max-num-seqs
        QVERIFY(c.maxSequences > 1 && c.maxSequences < 64);
        QCOMPARE(c.served, c.maxSequences);
        // The speed is the plan's at the served sequences: each step reads the weights once and every KV cache.
        QCOMPARE(c.plan.batch, c.served);
        const FitPlan served = planAt(sc, hw, frontend(Frontend::Vllm, 2048), c.served);
        QCOMPARE(c.plan.verdict, Verdict::Gpu);
        QCOMPARE(c.sequenceTokensPerSecond, served.tokensPerSecond);
        QCOMPARE(c.aggregateTokensPerSecond, served.tokensPerSecond * double(c.served));
        QVERIFY(c.aggregateTokensPerSecond > 10.0 * alone.tokensPerSecond);
        // Time to first token: the prefill alone, and with the others' decode tokens sharing 8192-token steps.
        QCOMPARE(c.promptTokens, qint64(2048));
        QCOMPARE(c.stepTokens, qint64(8192));
        QCOMPARE(c.ttftSeconds, served.prefillSeconds);
        const double parts = std::ceil(2048.0 / double(8192 - (c.served - 1)));
        QCOMPARE(c.ttftBusySeconds, served.prefillSeconds + parts / served.tokensPerSecond);
        QVERIFY(c.explanation.contains(QStringLiteral("a request of 8192 tokens takes 512 blocks")));
    }

    void vllmAllRequestsFit()
    {
        const Scenario sc = scenario(QStringLiteral("llama-3.1-8b"), QStringLiteral("BF16"), 4096, Engine::Vllm);
        const HardwareProfile hw = machine(QStringLiteral("h100-sxm"), 1, 256);
        const ServingCapacity c = mustServe(sc, hw, frontend(Frontend::Vllm), 8);
        QCOMPARE(c.served, qint64(8));
        QCOMPARE(c.plan.batch, qint64(8));
        QVERIFY(c.maxSequences >= 8);
        QCOMPARE(c.decodeBound, QStringLiteral("memory"));
    }

    void llamaServerLargestSlotCount()
    {
        // Qwen2.5 7B Q4_K_M on one RTX 4090 at 8192 tokens per slot: the largest -np that keeps every layer on the
        // GPU, found by search, is exactly where the next slot no longer fits.
        const Scenario sc = scenario(QStringLiteral("qwen2.5-7b"), QStringLiteral("Q4_K_M"), 8192);
        const HardwareProfile hw = machine(QStringLiteral("rtx-4090"), 1, 64);
        const PlanOptions o = frontend(Frontend::LlamaServer, 1000);
        const ServingCapacity c = mustServe(sc, hw, o, 4);
        QCOMPARE(c.served, qint64(4));
        QCOMPARE(c.sequenceLimit, kLlamaMaxSequences);
        QVERIFY(c.maxSequences > 4);
        QCOMPARE(planAt(sc, hw, o, c.maxSequences).verdict, Verdict::Gpu);
        QVERIFY(planAt(sc, hw, o, c.maxSequences + 1).verdict != Verdict::Gpu);
        QCOMPARE(c.vllmConcurrency, -1.0);
        QCOMPARE(c.stepTokens, kLlamaServerBatch);
        const FitPlan four = planAt(sc, hw, o, 4);
        QCOMPARE(c.aggregateTokensPerSecond, 4.0 * four.tokensPerSecond);
        QCOMPARE(c.ttftBusySeconds, four.prefillSeconds + 1.0 / four.tokensPerSecond);
        QVERIFY(c.plan.command.contains(QStringLiteral("-c 32768 -np 4 --kv-unified")));
    }

    void llamaServerTooManySlots()
    {
        // 64 slots of 32k do not fit an RTX 4090 with 64 GiB of RAM at all: the answer is the largest count that fits
        // anywhere, and the speed is that plan's.
        const Scenario sc = scenario(QStringLiteral("qwen2.5-7b"), QStringLiteral("Q4_K_M"), 32768);
        const HardwareProfile hw = machine(QStringLiteral("rtx-4090"), 1, 64);
        const PlanOptions o = frontend(Frontend::LlamaServer);
        const ServingCapacity c = mustServe(sc, hw, o, 64);
        QVERIFY(!planAt(sc, hw, o, 64).fits());
        QVERIFY(c.maxSequences > 0 && c.maxSequences < 64);
        QCOMPARE(c.served, c.maxSequences);
        QVERIFY(planAt(sc, hw, o, c.maxSequences).fits());
        QVERIFY(!planAt(sc, hw, o, c.maxSequences + 1).fits());
        QCOMPARE(c.plan.batch, c.served);
    }

    void refusals()
    {
        const FitPlanner planner(TestCatalogs::quants());
        const HardwareProfile hw = machine(QStringLiteral("rtx-4090"), 1, 64);
        QString error;
        Scenario sc = scenario(QStringLiteral("qwen2.5-7b"), QStringLiteral("Q4_K_M"), 8192);
        QVERIFY(!servingCapacity(planner, sc, hw, frontend(Frontend::LlamaServer), 257, &error));
        QCOMPARE(error, QStringLiteral("concurrency 257 is out of range (1 to 256)"));
        sc = scenario(QStringLiteral("qwen2.5-7b"), QStringLiteral("BF16"), 8192, Engine::Transformers);
        QVERIFY(!servingCapacity(planner, sc, hw, frontend(Frontend::Transformers), 2, &error));
        QCOMPARE(error, QStringLiteral("serving capacity is estimated for vLLM, SGLang and llama.cpp's servers only"));
    }

    void busyTimeToFirstToken_data()
    {
        QTest::addColumn<qint64>("prompt");
        QTest::addColumn<qint64>("others");
        QTest::addColumn<qint64>("step");
        QTest::addColumn<double>("expected");
        // prefill 1 s, a decode step 20 ms
        QTest::addRow("idle") << qint64(4096) << qint64(0) << qint64(2048) << 1.0;
        QTest::addRow("7 others, 3 parts of 2041") << qint64(4096) << qint64(7) << qint64(2048) << 1.06;
        QTest::addRow("one part") << qint64(1000) << qint64(63) << qint64(8192) << 1.02;
        QTest::addRow("steps full of decode tokens") << qint64(10) << qint64(4096) << qint64(2048) << 1.2;
    }

    void busyTimeToFirstToken()
    {
        QFETCH(qint64, prompt);
        QFETCH(qint64, others);
        QFETCH(qint64, step);
        QFETCH(double, expected);
        QCOMPARE(Planner::busyTimeToFirstToken(1.0, 0.02, prompt, others, step), expected);
    }

    void batchedMoeReadsMoreExperts()
    {
        // Qwen3-30B-A3B: 8 of 128 experts per token. 16 sequences touch 128 x (1 - (120/128)^16) experts per layer on
        // average; only the routed experts' share of the active weights grows.
        const Scenario sc = scenario(QStringLiteral("qwen3-30b-a3b"), QStringLiteral("Q4_K_M"), 4096);
        const ModelSpec& s = sc.model;
        const MemoryEstimate e = *MemoryEstimator(TestCatalogs::quants()).estimate(sc);
        qint64 moeLayers = 0;
        for (const LayerSpec& l : s.layers)
            moeLayers += l.moe ? 1 : 0;
        const double share = 3.0 * double(s.hiddenSize) * double(s.moe.expertIntermediate)
            * double(s.moe.expertsPerToken) * double(moeLayers) / double(e.params.active);
        const auto factor = [&](double tokens) { return 128.0 * (1.0 - std::pow(120.0 / 128.0, tokens)) / 8.0; };
        QCOMPARE(verifyReadRatio(s, e, 1, 1), 1.0);
        QCOMPARE(verifyReadRatio(s, e, 1, 4), 1.0 + share * (factor(4.0) - 1.0));
        QCOMPARE(
            verifyReadRatio(s, e, 16, 2), (1.0 + share * (factor(32.0) - 1.0)) / (1.0 + share * (factor(16.0) - 1.0)));
        const Scenario dense = scenario(QStringLiteral("qwen2.5-7b"), QStringLiteral("Q4_K_M"), 4096);
        QCOMPARE(verifyReadRatio(dense.model, *MemoryEstimator(TestCatalogs::quants()).estimate(dense), 8, 4), 1.0);

        // In a plan the batch's decode reads those experts: 16 sequences decode slower per sequence than the KV
        // growth alone explains, and the explanation says how many experts a step reads.
        const HardwareProfile hw = machine(QStringLiteral("h100-sxm"), 1, 256);
        Scenario batched = sc;
        batched.batch = 16;
        const FitPlan p = *FitPlanner(TestCatalogs::quants()).plan(batched, hw, frontend(Frontend::LlamaServer));
        QVERIFY(p.speedExplanation.contains(
            QStringLiteral("A step of 16 sequences reads %1 distinct routed experts per MoE layer")
                .arg(128.0 * (1.0 - std::pow(120.0 / 128.0, 16.0)), 0, 'f', 1)));
    }
};

QTEST_GUILESS_MAIN(TestServingCapacity)
#include "tst_servingcapacity.moc"
