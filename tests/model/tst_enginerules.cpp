// SPDX-FileCopyrightText: 2026 The FitPlanner authors
// SPDX-License-Identifier: MIT

#include "engineregistry.h"
#include "fitplan.h"
#include "memoryestimator.h"
#include "testcatalogs.h"
#include "units.h"
#include "vllmengine.h"

#include <cmath>

#include <QObject>
#include <QSet>
#include <QTest>

using namespace Planner;

namespace {

// Llama 3.1 8B (hidden 4096, 32 heads, 8 KV heads of 128, MLP 14336, vocabulary 128256, 32 layers) at 4096 tokens,
// one sequence, a micro-batch of 512, flash attention on, an F16 cache.
Scenario llama8b(Engine engine, const QString& recipe)
{
    Scenario s;
    s.model = TestCatalogs::model(QStringLiteral("llama-3.1-8b"));
    s.recipeId = recipe;
    s.engine = engine;
    s.context = 4096;
    s.batch = 1;
    s.kvType = QStringLiteral("F16");
    return s;
}

// An engine FitPlanner does not ship, written against the interface alone: a server that runs what transformers
// runs, keeps its cache in 64-token pages, reserves a fixed 1 GiB for activations and 100 MiB for its runtime,
// and serves at most 8 sequences.
class PagedServerEngine final : public EngineRules
{
public:
    Engine engine() const override { return Engine::Transformers; }
    QString id() const override { return QStringLiteral("paged-server"); }
    QString displayName() const override { return QStringLiteral("Paged server"); }
    QStringList aliases() const override { return {}; }
    QString version() const override { return QStringLiteral("paged-server 1.0"); }
    bool runs(const QuantRecipe& recipe) const override
    {
        return recipe.engines.contains(engineId(Engine::Transformers));
    }
    WeightLoading weightLoading() const override { return WeightLoading::Checkpoint; }
    QStringList kvTypes() const override { return { QStringLiteral("BF16"), QStringLiteral("FP8_E4M3") }; }
    QString validate(const Scenario& scenario, const StorageType&) const override
    {
        return scenario.batch > 8 ? QStringLiteral("the paged server serves at most 8 sequences") : QString();
    }
    QString defaultRecipe() const override { return QStringLiteral("BF16"); }
    QString usualSixteenBitRecipe() const override { return QStringLiteral("BF16"); }
    QStringList comparisonRecipes() const override { return { QStringLiteral("BF16") }; }
    QStringList frontendIds() const override { return {}; }
    MlaCache mlaCache() const override { return MlaCache::Latent; }
    KvTokens kvTokens(const Scenario& sc) const override
    {
        const qint64 tokens = padTo(sc.context, 64) * sc.batch;
        return { tokens, tokens };
    }
    QString kvRule(const Scenario&) const override { return QStringLiteral("64-token pages"); }
    MemoryComponent activations(const EngineInputs&) const override { return fixed(1024 * MiB); }
    MemoryComponent overhead(const EngineInputs&) const override { return fixed(100 * MiB); }
    PlacementRules placement() const override { return {}; }

private:
    static MemoryComponent fixed(qint64 bytes)
    {
        MemoryComponent c;
        c.bytes = c.low = c.high = bytes;
        c.explanation = QStringLiteral("fixed");
        return c;
    }
};

} // namespace

class TestEngineRules : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    // Every Engine value has exactly one rule object, and the registry lists them in the enum's order.
    void registryHoldsEveryEngineOnce()
    {
        const std::vector<const EngineRules*>& all = allEngineRules();
        const QStringList ids = engineIds();
        QCOMPARE(qsizetype(all.size()), ids.size());
        QCOMPARE(ids,
            QStringList({ QStringLiteral("llama.cpp"), QStringLiteral("vllm"), QStringLiteral("transformers"),
                QStringLiteral("mlx") }));
        QSet<int> seen;
        for (size_t i = 0; i < all.size(); ++i) {
            const Engine e = all[i]->engine();
            QCOMPARE(int(e), int(i));
            QVERIFY(!seen.contains(int(e)));
            seen.insert(int(e));
            QCOMPARE(&engineRules(e), all[i]);
            QCOMPARE(all[i]->id(), ids[qsizetype(i)]);
        }
    }

    void idsAndAliasesResolve()
    {
        for (const EngineRules* rules : allEngineRules()) {
            QCOMPARE(engineFromId(rules->id()), std::optional<Engine>(rules->engine()));
            QCOMPARE(engineFromId(rules->id().toUpper()), std::optional<Engine>(rules->engine()));
            QCOMPARE(rules->displayName(), engineDisplayName(rules->engine()));
            QVERIFY(!rules->displayName().isEmpty());
            for (const QString& alias : rules->aliases())
                QCOMPARE(engineFromId(QStringLiteral(" %1 ").arg(alias)), std::optional<Engine>(rules->engine()));
            // Every front end of the engine runs on it, and the first is its default.
            QVERIFY(!rules->frontendIds().isEmpty());
            for (const QString& id : rules->frontendIds()) {
                const auto frontend = frontendFromId(id);
                QVERIFY2(frontend, qPrintable(id));
                QCOMPARE(engineOf(*frontend), rules->engine());
            }
            QCOMPARE(frontendId(defaultFrontend(rules->engine())), rules->frontendIds().first());
            // The default recipe and every compared one run on the engine.
            const QStringList recipes = QStringList(rules->comparisonRecipes()) << rules->defaultRecipe();
            for (const QString& id : recipes) {
                const QuantRecipe* r = TestCatalogs::quants().recipe(id);
                QVERIFY2(r && rules->runs(*r), qPrintable(id));
            }
            QCOMPARE(kvTypesFor(rules->engine()), rules->kvTypes());
        }
        QCOMPARE(engineAliases(Engine::LlamaCpp),
            QStringList({ QStringLiteral("llamacpp"), QStringLiteral("llama-cpp"), QStringLiteral("ollama"),
                QStringLiteral("lmstudio"), QStringLiteral("lm-studio") }));
        QCOMPARE(engineFromId(QStringLiteral("SGLang")), std::optional<Engine>(Engine::Vllm));
        QCOMPARE(engineFromId(QStringLiteral("hf")), std::optional<Engine>(Engine::Transformers));
        QCOMPARE(engineFromId(QStringLiteral("mlx-lm")), std::optional<Engine>(Engine::Mlx));
        QCOMPARE(engineFromId(QString()), std::nullopt);
        QCOMPARE(engineFromId(QStringLiteral("tgi")), std::nullopt);
    }

    // Context 3000, 3 sequences, a micro-batch of 512, a 1000-token sliding window.
    void kvTokenRules_data()
    {
        QTest::addColumn<int>("engine");
        QTest::addColumn<qint64>("full");
        QTest::addColumn<qint64>("sliding");
        // n_ctx = 9000 padded to 256 cells; the window keeps 3 x 1000 + one micro-batch, padded.
        QTest::addRow("llama.cpp") << int(Engine::LlamaCpp) << qint64(36 * 256) << qint64(14 * 256);
        // 16-token blocks per sequence: 188 blocks, 63 for the window.
        QTest::addRow("vLLM") << int(Engine::Vllm) << qint64(188 * 16 * 3) << qint64(63 * 16 * 3);
        QTest::addRow("transformers") << int(Engine::Transformers) << qint64(3000 * 3) << qint64(1000 * 3);
        // Steps of 256 per sequence; the window is not padded.
        QTest::addRow("MLX") << int(Engine::Mlx) << qint64(12 * 256 * 3) << qint64(1000 * 3);
    }

    void kvTokenRules()
    {
        QFETCH(int, engine);
        QFETCH(qint64, full);
        QFETCH(qint64, sliding);
        Scenario s = llama8b(Engine(engine), QStringLiteral("BF16"));
        s.context = 3000;
        s.batch = 3;
        s.ubatch = 512;
        s.model.slidingWindow = 1000;
        const KvTokens t = engineRules(Engine(engine)).kvTokens(s);
        QCOMPARE(t.full, full);
        QCOMPARE(t.sliding, sliding);
    }

    void mlaCacheLayout()
    {
        const ModelSpec r1 = TestCatalogs::model(QStringLiteral("deepseek-r1"));
        const StorageType* f16 = TestCatalogs::quants().type(QStringLiteral("F16"));
        QVERIFY(f16);
        // The 512-wide latent plus the 64-wide rope key, or K 128 x 192 and V 128 x 128.
        QCOMPARE(engineRules(Engine::LlamaCpp).kvBytesPerTokenInLayer(r1, *f16), qint64(576 * 2));
        QCOMPARE(engineRules(Engine::Vllm).kvBytesPerTokenInLayer(r1, *f16), qint64(576 * 2));
        QCOMPARE(engineRules(Engine::Transformers).kvBytesPerTokenInLayer(r1, *f16), qint64(128 * (192 + 128) * 2));
        QCOMPARE(engineRules(Engine::Mlx).kvBytesPerTokenInLayer(r1, *f16), qint64(128 * (192 + 128) * 2));
    }

    void activationsAndOverhead_data()
    {
        QTest::addColumn<int>("engine");
        QTest::addColumn<QString>("recipe");
        QTest::addColumn<qint64>("activations");
        QTest::addColumn<qint64>("activationsLow");
        QTest::addColumn<qint64>("activationsHigh");
        QTest::addColumn<qint64>("overhead");
        QTest::addColumn<qint64>("overheadLow");
        QTest::addColumn<qint64>("overheadHigh");
        // The micro-batch's logits phase (vocabulary + 3 hidden rows) x 512 tokens x 4 bytes = 287834112 beats
        // attention (22528 x 512 x 4) and the MLP (51200 x 512 x 4); plus the host output buffer 128256 x 4.
        // Band: -5% / +10%.
        QTest::addRow("llama.cpp") << int(Engine::LlamaCpp) << "Q4_K_M" << qint64(288347136)
                                   << qint64(288347136 - 14417356) << qint64(288347136 + 28834713) << 300 * MiB
                                   << 150 * MiB << 600 * MiB;
        // vLLM 0.19's profile run: the sampler warm-up over 256 rows x 128256 logits x 38 bytes = 1247674368 plus the
        // forward's 8192 x 4096 x 2-byte hidden states = 67108864 beats the dummy forward (8192 tokens x 2 x (2 x 4096
        // + 3 x 14336) = 838860800, the low end). High: +20%. Overhead: non-torch 128 MiB + 86 CUDA graphs x 33 pieces
        // x 256 KiB (743964672) + CUDA context 512 MiB; band 20 MiB + half the graphs + 320 MiB to non-torch + twice
        // the graphs + 800 MiB.
        QTest::addRow("vLLM") << int(Engine::Vllm) << "BF16" << qint64(1314783232) << qint64(838860800)
                              << qint64(1314783232) + 262956646 << qint64(134217728) + 743964672 + 536870912
                              << qint64(20971520) + 371982336 + 335544320 << qint64(134217728) + 1487929344 + 838860800;
        // The whole 4096-token prompt: 486539264 + one sequence's logits 1026048. Overhead: CUDA 695 MiB + cuBLAS
        // 32 MiB + allocator slack max(256 MiB, 2 x 4096 x 14336 x 2 = 224 MiB).
        QTest::addRow("transformers") << int(Engine::Transformers) << "BF16" << qint64(487565312)
                                      << qint64(487565312 - 48756531) << qint64(487565312 + 97513062) << 983 * MiB
                                      << 727 * MiB << (727 + 512) * MiB;
        // One 2048-token prefill step: 243269632 + 1026048.
        QTest::addRow("MLX") << int(Engine::Mlx) << "MLX-4BIT" << qint64(244295680) << qint64(244295680 - 24429568)
                             << qint64(244295680 + 48859136) << 256 * MiB << 128 * MiB << 512 * MiB;
    }

    void activationsAndOverhead()
    {
        QFETCH(int, engine);
        QFETCH(QString, recipe);
        QFETCH(qint64, activations);
        QFETCH(qint64, activationsLow);
        QFETCH(qint64, activationsHigh);
        QFETCH(qint64, overhead);
        QFETCH(qint64, overheadLow);
        QFETCH(qint64, overheadHigh);
        const Scenario s = llama8b(Engine(engine), recipe);
        const EngineRules& rules = engineRules(Engine(engine));
        const StorageType* f16 = TestCatalogs::quants().type(QStringLiteral("F16"));
        QVERIFY(f16);
        const EngineInputs in { s, *f16, rules.kvTokens(s), true };
        const MemoryComponent a = rules.activations(in);
        QCOMPARE(a.bytes, activations);
        QCOMPARE(a.low, activationsLow);
        QCOMPARE(a.high, activationsHigh);
        QVERIFY(!a.explanation.isEmpty());
        const MemoryComponent o = rules.overhead(in);
        QCOMPARE(o.bytes, overhead);
        QCOMPARE(o.low, overheadLow);
        QCOMPARE(o.high, overheadHigh);
        QVERIFY(!o.explanation.isEmpty());
        // The estimator reports what the rules say.
        QString error;
        const auto e = MemoryEstimator(TestCatalogs::quants()).estimate(s, &error);
        QVERIFY2(e, qPrintable(error));
        QCOMPARE(e->activations.bytes, activations);
        QCOMPARE(e->overhead.bytes, overhead);
        QCOMPARE(e->engine, Engine(engine));
    }

    // vLLM's profile run per tensor-parallel rank (gpu_model_runner.py profile_run): the forward's split projections,
    // the replicated sampler, the token budget with and without chunked prefill, and the captured CUDA graphs.
    void vllmProfileRun()
    {
        Scenario s = llama8b(Engine::Vllm, QStringLiteral("BF16"));
        const VllmProfile one = VllmEngine::profile(s, 1);
        QCOMPARE(one.tokens, qint64(8192));
        QCOMPARE(one.samplerRows, qint64(256));
        QCOMPARE(one.forwardPeak, qint64(838860800)); // 8192 x 2 x (2 x 4096 + 3 x 14336)
        QCOMPARE(one.samplerPeak, qint64(1314783232)); // 256 x 128256 x 38 + 8192 x 4096 x 2
        QCOMPARE(one.activationPeak, one.samplerPeak);
        QCOMPARE(one.nonTorch, 128 * MiB);
        QCOMPARE(one.capturedGraphs, 86); // 51 piecewise sizes up to 512, 35 full ones up to 256
        QCOMPARE(one.cudaGraphs, qint64(86 * 33) * 256 * KiB);

        // TP 4 splits q/k/v, the attention output and the MLP: 2 x 4096 + 43008 / 4 = 18944 elements per token; the
        // sampler is the same on every rank, and the group's buffers add 416 MiB outside PyTorch.
        const VllmProfile four = VllmEngine::profile(s, 4);
        QCOMPARE(four.forwardPeak, qint64(8192) * 18944 * 2);
        QCOMPARE(four.samplerPeak, one.samplerPeak);
        QCOMPARE(four.activationPeak, one.activationPeak);
        QCOMPARE(four.nonTorch, 544 * MiB);
        // A pipeline stage that does not sample keeps only the forward.
        const VllmProfile firstStage = VllmEngine::profile(s, 4, false);
        QCOMPARE(firstStage.samplerPeak, qint64(0));
        QCOMPARE(firstStage.activationPeak, four.forwardPeak);

        // Without chunked prefill the dummy forward covers the whole 32768-token context.
        s.context = 32768;
        s.chunkedPrefill = false;
        const VllmProfile whole = VllmEngine::profile(s, 1);
        QCOMPARE(whole.tokens, qint64(32768));
        QCOMPARE(whole.forwardPeak, qint64(3355443200)); // 32768 x 102400
        QCOMPARE(whole.samplerPeak, qint64(1247674368 + 268435456));
        QCOMPARE(whole.activationPeak, qint64(3355443200));
        s.chunkedPrefill = true;
        QCOMPARE(VllmEngine::profiledTokens(s), qint64(8192));

        // The sampler's rows: max_num_seqs, at most the token budget.
        s.maxNumSeqs = 1024;
        s.maxNumBatchedTokens = 512;
        QCOMPARE(VllmEngine::profile(s, 1).samplerRows, qint64(512));
        // Capture sizes: up to 2 x max_num_seqs, 512 and the token budget.
        QCOMPARE(VllmEngine::capturedGraphs(s), 51 + 51);
        s.maxNumBatchedTokens = 128;
        QCOMPARE(VllmEngine::capturedGraphs(s), 19 + 19); // 1, 2, 4, 8 ... 128
        s.maxNumBatchedTokens = 8192;
        s.maxNumSeqs = 8;
        QCOMPARE(VllmEngine::capturedGraphs(s), 5 + 4); // piecewise 1, 2, 4, 8, 16; full up to 8
        s.enforceEager = true;
        QCOMPARE(VllmEngine::capturedGraphs(s), 0);
        QCOMPARE(VllmEngine::profile(s, 1).cudaGraphs, qint64(0));
    }

    // The KV pool as get_kv_cache_config sizes it and the figures _report_kv_cache_config prints.
    void vllmKvPool()
    {
        const Scenario s = llama8b(Engine::Vllm, QStringLiteral("BF16"));
        const VllmProfile p = VllmEngine::profile(s, 1);
        // 80 GiB x 0.9 - 15 GiB of weights - 1314783232 - 128 MiB = 59754283008 bytes; a 16-token block of the 32
        // layers' 4096-byte K and V rows is 2 MiB.
        const VllmKvPool k = VllmEngine::kvPool(s, p, 80 * GiB, 15 * GiB, qint64(32) * 4096, qint64(4096) * 32 * 4096);
        QCOMPARE(k.requested, qint64(77309411328));
        QCOMPARE(k.available, qint64(59754283008));
        QCOMPARE(k.blockBytes, 2 * MiB);
        QCOMPARE(k.blocks, qint64(28493));
        QCOMPARE(k.maxConcurrency, 28493.0 / 256.0); // 256 blocks per 4096-token request
        QCOMPARE(k.tokens, qint64(455888)); // concurrency x 4096
        QCOMPARE(k.outsideShare, 8 * GiB);
        QVERIFY(k.holdsOneRequest());
        QVERIFY(k.graphsFit());

        // Weights that leave less than one request: the engine refuses to start.
        const VllmKvPool full = VllmEngine::kvPool(s, p, 80 * GiB, 72 * GiB, qint64(32) * 4096, 512 * MiB);
        QCOMPARE(full.available, -qint64(1314783232) - 128 * MiB); // the share is exactly 72 GiB
        QCOMPARE(full.blocks, qint64(0));
        QCOMPARE(full.tokens, qint64(0));
        QVERIFY(!full.holdsOneRequest());
        // A model without KV layers needs no blocks for a request.
        QVERIFY(VllmEngine::kvPool(s, p, 80 * GiB, 72 * GiB, 0, 0).holdsOneRequest());
        // A utilization of 0.99 on 24 GiB leaves 245 MiB beside the share: too little for the context and the graphs.
        Scenario tight = s;
        tight.gpuMemoryUtilization = 0.99;
        const VllmKvPool small = VllmEngine::kvPool(tight, p, 24 * GiB, 4 * GiB, qint64(32) * 4096, 512 * MiB, 128);
        QCOMPARE(small.blockBytes, 16 * MiB);
        QCOMPARE(small.outsideShare, 24 * GiB - qint64(std::floor(double(24 * GiB) * 0.99)));
        QVERIFY(!small.graphsFit());
    }

    void placementRules()
    {
        const PlacementRules llama = engineRules(Engine::LlamaCpp).placement();
        QVERIFY(llama.style == PlacementStyle::Layers && llama.tokenEmbeddingsInRam && llama.gpuPrefillOfRamLayers);
        QVERIFY(llama.ramTier && !llama.multiNode);
        const PlacementRules vllm = engineRules(Engine::Vllm).placement();
        QVERIFY(vllm.style == PlacementStyle::TensorParallel && !vllm.ramTier && vllm.multiNode && !vllm.unifiedMemory);
        for (Engine e : { Engine::Transformers, Engine::Mlx }) {
            const PlacementRules r = engineRules(e).placement();
            QVERIFY(r.style == PlacementStyle::Layers && r.ramTier && !r.tokenEmbeddingsInRam && r.unifiedMemory);
        }
        Scenario s = llama8b(Engine::Vllm, QStringLiteral("BF16"));
        s.gpuMemoryUtilization = 0.8;
        QCOMPARE(engineRules(Engine::Vllm).gpuShare(s), std::optional<double>(0.8));
        QCOMPARE(engineRules(Engine::LlamaCpp).gpuShare(s), std::nullopt);
        QCOMPARE(engineRules(Engine::LlamaCpp).hostOutputBufferBytes(s), qint64(128256 * 4));
        QCOMPARE(engineRules(Engine::Mlx).hostOutputBufferBytes(s), qint64(0));
    }

    void validationMessages()
    {
        const StorageType* q8 = TestCatalogs::quants().type(QStringLiteral("Q8_0"));
        const StorageType* f16 = TestCatalogs::quants().type(QStringLiteral("F16"));
        QVERIFY(q8 && f16);
        Scenario s = llama8b(Engine::LlamaCpp, QStringLiteral("Q4_K_M"));
        s.flashAttention = false;
        QCOMPARE(engineRules(Engine::LlamaCpp).validate(s, *q8),
            QStringLiteral("llama.cpp needs flash attention for a quantized V cache (Q8_0); turn flash attention on"));
        QCOMPARE(engineRules(Engine::LlamaCpp).validate(s, *f16), QString());
        s.flashAttention = true;
        QCOMPARE(engineRules(Engine::LlamaCpp).validate(s, *q8), QString());
        for (Engine e : { Engine::Vllm, Engine::Transformers, Engine::Mlx })
            QCOMPARE(engineRules(e).validate(s, *f16), QString());

        // Through the estimator: a cache type the engine cannot allocate names the engine and its choices.
        Scenario mlx = llama8b(Engine::Mlx, QStringLiteral("MLX-4BIT"));
        mlx.kvType = QStringLiteral("fp8");
        QString why;
        QVERIFY(!MemoryEstimator(TestCatalogs::quants()).estimate(mlx, &why));
        QCOMPARE(
            why, QStringLiteral("KV cache type 'fp8' is not available in MLX (Apple) (choose one of: F16, BF16, F32)"));
    }

    // An engine defined outside the registry estimates through the same path as the shipped ones.
    void extraEngineEstimatesThroughTheSamePath()
    {
        const PagedServerEngine paged;
        const MemoryEstimator estimator(TestCatalogs::quants());
        Scenario s = llama8b(Engine::Transformers, QStringLiteral("BF16"));
        s.context = 1000;
        s.batch = 2;
        s.kvType = QStringLiteral("BF16");
        QString error;
        const auto e = estimator.estimate(s, paged, &error);
        QVERIFY2(e, qPrintable(error));
        const auto reference = estimator.estimate(s, &error);
        QVERIFY2(reference, qPrintable(error));
        // Weights are loaded like transformers' checkpoints.
        QCOMPARE(e->weights.bytes, reference->weights.bytes);
        // 32 layers x 2 (K,V) x 8 heads x 128 x 2 bytes per token, 1024 tokens (16 pages) x 2 sequences.
        QCOMPARE(e->kvBytesPerToken, qint64(32 * 2 * 8 * 128 * 2));
        QCOMPARE(e->kvCache.bytes, qint64(32 * 2 * 8 * 128 * 2) * 1024 * 2);
        QVERIFY(e->kvCache.explanation.endsWith(QStringLiteral("64-token pages.")));
        QCOMPARE(e->activations.bytes, 1024 * MiB);
        QCOMPARE(e->overhead.bytes, 100 * MiB);
        QCOMPARE(e->total, e->weights.bytes + e->kvCache.bytes + 1124 * MiB);

        // Its own checks and choices speak through the estimator too.
        s.batch = 9;
        QVERIFY(!estimator.estimate(s, paged, &error));
        QCOMPARE(error, QStringLiteral("the paged server serves at most 8 sequences"));
        s.batch = 1;
        s.kvType = QStringLiteral("F16");
        QVERIFY(!estimator.estimate(s, paged, &error));
        QCOMPARE(error,
            QStringLiteral("KV cache type 'F16' is not available in Paged server (choose one of: BF16, FP8_E4M3)"));
        s.kvType = QStringLiteral("BF16");
        s.recipeId = QStringLiteral("MLX-4BIT");
        QVERIFY(!estimator.estimate(s, paged, &error));
        QVERIFY2(error.startsWith(QStringLiteral("Paged server cannot run MLX-4BIT")), qPrintable(error));
    }
};

QTEST_GUILESS_MAIN(TestEngineRules)
#include "tst_enginerules.moc"
