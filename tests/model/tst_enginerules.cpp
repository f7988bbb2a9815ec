// SPDX-FileCopyrightText: 2026 The FitPlanner authors
// SPDX-License-Identifier: MIT

#include "engineregistry.h"
#include "fitplan.h"
#include "hfconfig.h"
#include "llamacppengine.h"
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

// A catalog model at 8192 tokens, one sequence, a BF16 cache.
Scenario catalogScenario(const char* id, Engine engine)
{
    Scenario s;
    s.model = TestCatalogs::model(QLatin1String(id));
    s.recipeId = QStringLiteral("BF16");
    s.engine = engine;
    s.context = 8192;
    s.batch = 1;
    s.kvType = QStringLiteral("BF16");
    return s;
}

// A recorded config.json (tests/data/configs-2026) as a BF16 scenario.
Scenario configScenario(const char* file, Engine engine, qint64 batch)
{
    Scenario s;
    s.model = TestCatalogs::configModel(file);
    s.recipeId = QStringLiteral("BF16");
    s.engine = engine;
    s.context = 4096;
    s.batch = batch;
    s.kvType = QStringLiteral("BF16");
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
    QString ruleSource(MemoryPart) const override { return QStringLiteral("paged_server/allocator.py"); }
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

    // Each engine names where its source decides every part of the bill, in that engine's own file layout.
    void rulesNameTheirSource()
    {
        const QHash<Engine, QString> root { { Engine::LlamaCpp, QStringLiteral("src/llama-") },
            { Engine::Vllm, QStringLiteral("vllm/") }, { Engine::Transformers, QStringLiteral("transformers") },
            { Engine::Mlx, QStringLiteral("mlx") } };
        for (const EngineRules* rules : allEngineRules()) {
            QSet<QString> seen;
            for (MemoryPart part : { MemoryPart::Weights, MemoryPart::KvCache, MemoryPart::RecurrentState,
                     MemoryPart::Activations, MemoryPart::Overhead }) {
                const QString source = rules->ruleSource(part);
                QVERIFY2(source.contains(root.value(rules->engine())) || part == MemoryPart::Overhead,
                    qPrintable(rules->id() + QStringLiteral(": ") + source));
                QVERIFY2(!seen.contains(source), qPrintable(rules->id() + QStringLiteral(": ") + source));
                seen.insert(source);
            }
        }
        QVERIFY(engineRules(Engine::LlamaCpp)
                    .ruleSource(MemoryPart::RecurrentState)
                    .startsWith(QStringLiteral("src/llama-memory-recurrent.cpp")));
        QVERIFY(engineRules(Engine::Vllm)
                    .ruleSource(MemoryPart::KvCache)
                    .contains(QStringLiteral("vllm/v1/core/kv_cache_utils.py get_kv_cache_config")));
        QVERIFY(engineRules(Engine::Transformers)
                    .ruleSource(MemoryPart::KvCache)
                    .startsWith(QStringLiteral("src/transformers/cache_utils.py DynamicCache")));
        QVERIFY(engineRules(Engine::Mlx)
                    .ruleSource(MemoryPart::KvCache)
                    .startsWith(QStringLiteral("mlx_lm/models/cache.py KVCache")));
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
        // n_ctx = 9000 padded to 256 cells in one unified stream (the default); a window layer keeps 3 x 1000 + one
        // micro-batch, padded to 3584 (one stream per sequence: llamaCppParallelSlots).
        QTest::addRow("llama.cpp") << int(Engine::LlamaCpp) << qint64(36 * 256) << qint64(14 * 256);
        // 16-token blocks per sequence: 188 blocks, 63 for the window.
        QTest::addRow("vLLM") << int(Engine::Vllm) << qint64(188 * 16 * 3) << qint64(63 * 16 * 3);
        // DynamicSlidingWindowLayer keeps window - 1 tokens.
        QTest::addRow("transformers") << int(Engine::Transformers) << qint64(3000 * 3) << qint64(999 * 3);
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
        s.model.modelType = QStringLiteral("gemma3"); // an architecture llama.cpp gives a window
        const KvTokens t = engineRules(Engine(engine)).kvTokens(s);
        QCOMPARE(t.full, full);
        QCOMPARE(t.sliding, sliding);
    }

    // llama.cpp gives a sliding window per architecture (hparams.swa_type), whatever config.json says.
    void llamaCppSlidingWindowIsPerArchitecture()
    {
        const MemoryEstimator estimator(TestCatalogs::quants());
        Scenario s = llama8b(Engine::LlamaCpp, QStringLiteral("Q4_K_M"));
        s.model = TestCatalogs::model(QStringLiteral("mistral-7b-v0.1"));
        s.context = 32768;
        QCOMPARE(s.model.slidingWindow, qint64(4096));
        QCOMPARE(s.model.slidingLayerCount(), qint64(32));
        QVERIFY(!LlamaCppEngine::hasSlidingWindow(s.model));
        // Mistral runs as plain llama: 32 layers x 32768 cells x 2 (K,V) x 8 heads x 128 x 2 bytes, no window.
        const KvTokens t = engineRules(Engine::LlamaCpp).kvTokens(s);
        QCOMPARE(t.full, qint64(32768));
        QCOMPARE(t.sliding, qint64(32768));
        QString error;
        auto e = estimator.estimate(s, &error);
        QVERIFY2(e, qPrintable(error));
        QCOMPARE(e->kvCache.bytes, qint64(4) * GiB);
        QVERIFY(e->kvCache.explanation.contains(QStringLiteral("llama.cpp runs mistral without a sliding window")));
        // transformers applies the window the config names, keeping window - 1 tokens.
        QCOMPARE(engineRules(Engine::Transformers).kvTokens(s).sliding, qint64(4095));

        // Gemma 3 keeps its window in llama.cpp: 1024 + one micro-batch of 512, padded to 256 cells.
        s.model = TestCatalogs::model(QStringLiteral("gemma-3-12b"));
        QVERIFY(LlamaCppEngine::hasSlidingWindow(s.model));
        QCOMPARE(engineRules(Engine::LlamaCpp).kvTokens(s).sliding, qint64(1536));
        // gpt-oss too: 128 + 512 padded.
        s.model = TestCatalogs::model(QStringLiteral("gpt-oss-20b"));
        QVERIFY(LlamaCppEngine::hasSlidingWindow(s.model));
        QCOMPARE(engineRules(Engine::LlamaCpp).kvTokens(s).sliding, qint64(768));
    }

    // -np 3 at 3000 tokens each, a window of 1000 and a micro-batch of 512: one stream per sequence, or one for all.
    void llamaCppParallelSlots_data()
    {
        QTest::addColumn<bool>("unified");
        QTest::addColumn<qint64>("full");
        QTest::addColumn<qint64>("sliding");
        // 3 streams of pad(3000) = 3072 cells; the window stream min(3072, pad(1000 + 512)) = 1536 each.
        QTest::addRow("one stream per sequence") << false << qint64(3 * 3072) << qint64(3 * 1536);
        // pad(9000) = 9216 cells; the window keeps 3 x 1000 + 512, padded: 3584.
        QTest::addRow("unified") << true << qint64(9216) << qint64(3584);
    }

    void llamaCppParallelSlots()
    {
        QFETCH(bool, unified);
        QFETCH(qint64, full);
        QFETCH(qint64, sliding);
        Scenario s = llama8b(Engine::LlamaCpp, QStringLiteral("Q4_K_M"));
        s.model.modelType = QStringLiteral("gemma2");
        s.model.slidingWindow = 1000;
        s.context = 3000;
        s.batch = 3;
        s.kvUnified = unified;
        const KvTokens t = engineRules(Engine::LlamaCpp).kvTokens(s);
        QCOMPARE(t.full, full);
        QCOMPARE(t.sliding, sliding);
        // One sequence: the same either way.
        s.batch = 1;
        const KvTokens one = engineRules(Engine::LlamaCpp).kvTokens(s);
        QCOMPARE(one.full, qint64(3072));
        QCOMPARE(one.sliding, qint64(1536));
    }

    // The logits of the reserved prompt graph: every micro-batch row by default, n_outputs_max rows when set.
    void llamaCppOutputRows_data()
    {
        QTest::addColumn<qint64>("outputsMax");
        QTest::addColumn<qint64>("activations");
        // Logits 128256 x 512 x 4 + 3 x 4096 x 512 x 4 = 287834112, plus the output buffer 513024.
        QTest::addRow("all rows") << qint64(0) << qint64(288347136);
        // Logits 128256 x 4 x 4 + 25165824 = 27217920 fall below the MLP's (3 x 14336 + 2 x 4096) x 512 x 4 =
        // 104857600, beside which flash attention keeps the F16 KQ mask of 4096 cells x 512 x 2 = 4194304; plus the
        // output buffer 513024.
        QTest::addRow("4 slots") << qint64(4) << qint64(109564928);
        QTest::addRow("1 row") << qint64(1) << qint64(109564928);
        // More rows than the micro-batch: the micro-batch.
        QTest::addRow("above the micro-batch") << qint64(4096) << qint64(288347136);
    }

    void llamaCppOutputRows()
    {
        QFETCH(qint64, outputsMax);
        QFETCH(qint64, activations);
        Scenario s = llama8b(Engine::LlamaCpp, QStringLiteral("Q4_K_M"));
        s.outputsMax = outputsMax;
        const StorageType* f16 = TestCatalogs::quants().type(QStringLiteral("F16"));
        QVERIFY(f16);
        const EngineRules& rules = engineRules(Engine::LlamaCpp);
        const MemoryComponent a = rules.activations({ s, *f16, rules.kvTokens(s), true });
        QCOMPARE(a.bytes, activations);
        QCOMPARE(
            LlamaCppEngine::outputRowsReserved(s), outputsMax == 0 ? qint64(512) : std::min<qint64>(512, outputsMax));
    }

    // The GPU backend's pinned host buffer with every layer on the GPU: the micro-batch's f32 embeddings twice (the
    // token path's get_rows and the inp_embd input beside it), the KQ mask over the cache and the i32 ids. Llama 3.1
    // 8B at 8192 cells without flash attention: 2 x 4096 x 512 x 4 + 8192 x 512 x 4 + (2 x 512 + 512) x 4 =
    // 33560576 bytes, 32.01 MiB (builds before the inp_embd input logged 24.01 MiB).
    void llamaCppHostComputeBuffer()
    {
        Scenario s = llama8b(Engine::LlamaCpp, QStringLiteral("Q4_K_M"));
        s.context = 8192;
        s.flashAttention = false;
        const EngineRules& rules = engineRules(Engine::LlamaCpp);
        QCOMPARE(rules.hostComputeBufferBytes(s), qint64(33560576));
        // With flash attention the mask is f16.
        s.flashAttention = true;
        QCOMPARE(rules.hostComputeBufferBytes(s), qint64(25171968));
        // Gemma 3 12B: a mask for the full cache (8192) and one for the window's cache (1536).
        s.model = TestCatalogs::model(QStringLiteral("gemma-3-12b"));
        QCOMPARE(rules.hostComputeBufferBytes(s), 2 * qint64(3840) * 512 * 4 + (8192 + 1536) * 512 * 2 + 1536 * 4);
        // The other engines keep none.
        QCOMPARE(engineRules(Engine::Vllm).hostComputeBufferBytes(s), qint64(0));
    }

    void mlaCacheLayout()
    {
        const ModelSpec r1 = TestCatalogs::model(QStringLiteral("deepseek-r1"));
        const StorageType* f16 = TestCatalogs::quants().type(QStringLiteral("F16"));
        QVERIFY(f16);
        // The 512-wide latent plus the 64-wide rope key (transformers 5 caches them and expands after the cache
        // update), or K 128 x 192 and V 128 x 128.
        QCOMPARE(engineRules(Engine::LlamaCpp).kvBytesPerTokenInLayer(r1, *f16), qint64(576 * 2));
        QCOMPARE(engineRules(Engine::Vllm).kvBytesPerTokenInLayer(r1, *f16), qint64(576 * 2));
        QCOMPARE(engineRules(Engine::Transformers).kvBytesPerTokenInLayer(r1, *f16), qint64(576 * 2));
        // mlx-lm: the latent for DeepSeek-V3 (R1 is one), the up-projected heads for DeepSeek-V2.
        QCOMPARE(engineRules(Engine::Mlx).kvBytesPerTokenInLayer(r1, *f16), qint64(576 * 2));
        const ModelSpec v2 = TestCatalogs::model(QStringLiteral("deepseek-v2-lite"));
        QCOMPARE(engineRules(Engine::Mlx).mlaCacheFor(v2), MlaCache::Expanded);
        QCOMPARE(engineRules(Engine::Mlx).kvBytesPerTokenInLayer(v2, *f16), qint64(16 * (192 + 128) * 2));
        QCOMPARE(engineRules(Engine::Transformers).kvBytesPerTokenInLayer(v2, *f16), qint64(576 * 2));
        // The estimate's explanation names the layout it priced.
        Scenario s = catalogScenario("deepseek-v2-lite", Engine::Mlx);
        QString error;
        auto e = MemoryEstimator(TestCatalogs::quants()).estimate(s, &error);
        QVERIFY2(e, qPrintable(error));
        QVERIFY2(
            e->kvCache.explanation.contains(QStringLiteral("K 16 heads x 192")), qPrintable(e->kvCache.explanation));
        s.engine = Engine::Transformers;
        e = MemoryEstimator(TestCatalogs::quants()).estimate(s, &error);
        QVERIFY2(e, qPrintable(error));
        QVERIFY2(e->kvCache.explanation.contains(QStringLiteral("MLA latent (512 + 64 rope)")),
            qPrintable(e->kvCache.explanation));
        QCOMPARE(e->kvCache.bytes, qint64(27) * 8192 * 576 * 2);
    }

    // transformers 5's prefill peak at 8192 tokens, by mechanism (docs/memory-model.md).
    void transformersPrefill_data()
    {
        QTest::addColumn<QString>("model");
        QTest::addColumn<qint64>("activations");
        QTest::addColumn<qint64>("kvCache");
        // grouped_mm: 8 rows per token of 37 + 4 + 2 x 2048 + max(8 x 768, 2 x 2048 + 2 x 768, 2 x 2048 + 4 x 2048)
        // bytes, 8 x 2048 for the decoder layer, 128 x 6 for the router; logits 151936 x 8.
        QTest::addRow("Qwen3-30B-A3B") << "qwen3-30b-a3b"
                                       << qint64(8192) * (8 * 2048 + 128 * 6 + 8 * (41 + 4096 + 12288)) + 151936 * 8
                                       << qint64(48) * 8192 * 2 * 4 * 128 * 2;
        // Float32 routing weights: 6 rows of 37 + 8 + 2 x 2048 + 2 x 2048 + 2 x 4 x 2048, the router 64 x 8.
        QTest::addRow("DeepSeek-V2-Lite")
            << "deepseek-v2-lite" << qint64(8192) * (8 * 2048 + 64 * 8 + 6 * (45 + 4096 + 20480)) + 102400 * 8
            << qint64(27) * 8192 * 576 * 2;
        // The MLP 2 x (3 x 14336 + 4 x 3584); the 21 sliding layers still hold the prompt beyond their 4095
        // tokens, 4097 x 8192 bytes each; SDPA's 8192 x 8192 boolean mask; logits 256000 x 8. The cache: 21 full
        // layers x 8192 + 21 sliding layers x 4095 tokens x 8192 bytes, and the 21 window scalars.
        QTest::addRow("Gemma-2-9B") << "gemma-2-9b"
                                    << qint64(8192) * 2 * (3 * 14336 + 4 * 3584) + qint64(21) * 4097 * 8192
                + qint64(8192) * 8192 + 256000 * 8
                                    << qint64(21) * 8192 * 8192 + qint64(21) * 4095 * 8192 + 21 * 8;
    }

    void transformersPrefill()
    {
        QFETCH(QString, model);
        QFETCH(qint64, activations);
        QFETCH(qint64, kvCache);
        const Scenario s = catalogScenario(model.toLatin1().constData(), Engine::Transformers);
        QString error;
        const auto e = MemoryEstimator(TestCatalogs::quants()).estimate(s, &error);
        QVERIFY2(e, qPrintable(error));
        QCOMPARE(e->activations.bytes, activations);
        QCOMPARE(e->kvCache.bytes, kvCache);
        QVERIFY(!e->activations.explanation.isEmpty());
    }

    // The states of linear-attention layers: the convolution state in the cache type (transformers: the whole
    // kernel width, mlx-lm: kernel - 1), the recurrent state in float32.
    void recurrentStateTypes_data()
    {
        QTest::addColumn<QByteArray>("file");
        QTest::addColumn<int>("engine");
        QTest::addColumn<qint64>("bytes");
        QTest::addColumn<qint64>("low");
        // Qwen3.5-27B: 48 Gated DeltaNet layers, 10240 convolution channels, kernel 4, 48 x 128 x 128 state; 2
        // sequences.
        QTest::addRow("Qwen3.5-27B transformers")
            << QByteArray("Qwen__Qwen3.5-27B.json") << int(Engine::Transformers)
            << qint64(48) * (4 * 10240 * 2 + 128 * 6144 * 4) * 2 << qint64(48) * (4 * 10240 * 2 + 128 * 6144 * 4) * 2;
        QTest::addRow("Qwen3.5-27B MLX") << QByteArray("Qwen__Qwen3.5-27B.json") << int(Engine::Mlx)
                                         << qint64(48) * (3 * 10240 * 2 + 128 * 6144 * 4) * 2
                                         << qint64(48) * (3 * 10240 * 2 + 128 * 6144 * 4) * 2;
        // Nemotron-3-Nano: 23 Mamba2 layers, 6144 convolution channels, kernel 4, 128 x 4096 state; the band's
        // low end keeps transformers' Mamba2 state in 16-bit.
        QTest::addRow("Nemotron-3-Nano transformers")
            << QByteArray("nvidia__NVIDIA-Nemotron-3-Nano-30B-A3B-BF16.json") << int(Engine::Transformers)
            << qint64(23) * (4 * 6144 * 2 + 128 * 4096 * 4) * 2 << qint64(23) * (4 * 6144 * 2 + 128 * 4096 * 2) * 2;
        QTest::addRow("Nemotron-3-Nano MLX")
            << QByteArray("nvidia__NVIDIA-Nemotron-3-Nano-30B-A3B-BF16.json") << int(Engine::Mlx)
            << qint64(23) * (3 * 6144 * 2 + 128 * 4096 * 4) * 2 << qint64(23) * (3 * 6144 * 2 + 128 * 4096 * 4) * 2;
    }

    void recurrentStateTypes()
    {
        QFETCH(QByteArray, file);
        QFETCH(int, engine);
        QFETCH(qint64, bytes);
        QFETCH(qint64, low);
        const Scenario s = configScenario(file.constData(), Engine(engine), 2);
        QString error;
        const auto e = MemoryEstimator(TestCatalogs::quants()).estimate(s, &error);
        QVERIFY2(e, qPrintable(error));
        QCOMPARE(e->recurrentState.bytes, bytes);
        QCOMPARE(e->recurrentState.high, bytes);
        QCOMPARE(e->recurrentState.low, low);
        QVERIFY2(
            e->recurrentState.explanation.contains(QStringLiteral("F32")), qPrintable(e->recurrentState.explanation));
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

    void vllmMxfp4Experts()
    {
        // gpt-oss-120b: 128 experts of hidden 2880 and intermediate 2880 in each of 36 layers, with biases. The
        // checkpoint holds 17 bytes per 32 values (24883200 of them) and 8640 bf16 biases per expert.
        const ModelSpec oss = TestCatalogs::model(QStringLiteral("gpt-oss-120b"));
        const VllmEngine::Mxfp4Expert triton = VllmEngine::mxfp4TritonExpert(oss);
        QCOMPARE(triton.intermediate, qint64(2880));
        QCOMPARE(triton.stored, qint64(13236480));
        // Values 12441600 (no padding: 5760 and 2880 rows, 1440 packed columns) + loaded scales 777600 + the
        // swizzled copy (5888 x 90 + 3072 x 90 = 806400) + float32 biases 34560.
        QCOMPARE(triton.held, qint64(14060160));
        const VllmEngine::Mxfp4Expert marlin = VllmEngine::mxfp4MarlinExpert(oss);
        QCOMPARE(marlin.intermediate, qint64(2944));
        QCOMPARE(marlin.hidden, qint64(3072));
        // (5888 x 3072 + 3072 x 2944) / 2 values + (5888 x 96 + 3072 x 92) scales + 8960 bf16 biases.
        QCOMPARE(marlin.held, qint64(14431744));
        // Four ranks: 720 intermediate rows each, padded to 768 by create_weights.
        const VllmEngine::Mxfp4Expert rank = VllmEngine::mxfp4TritonExpert(oss, 4);
        QCOMPARE(rank.intermediate, qint64(768));
        QCOMPARE(rank.stored, qint64(3313440));
        QCOMPARE(rank.held, qint64(3754752));

        const EngineRules& vllm = engineRules(Engine::Vllm);
        const RepackedExperts r = vllm.repackedExperts(oss, QStringLiteral("MXFP4"), true);
        QCOMPARE(r.bytes, qint64(128) * (14060160 - 13236480));
        QCOMPARE(r.high, qint64(128) * (14431744 - 13236480));
        QVERIFY(r.rule.contains(QLatin1String("2944")));
        // Other formats and engines keep the experts as loaded.
        QCOMPARE(vllm.repackedExperts(oss, QStringLiteral("BF16"), false).bytes, qint64(0));
        QCOMPARE(
            engineRules(Engine::Transformers).repackedExperts(oss, QStringLiteral("MXFP4"), false).bytes, qint64(0));

        // The estimate adds it to every MoE layer and the weights' band reaches Marlin's layout.
        Scenario s = catalogScenario("gpt-oss-120b", Engine::Vllm);
        s.recipeId = QStringLiteral("MXFP4");
        const MemoryEstimator estimator(TestCatalogs::quants());
        QString error;
        const auto e = estimator.estimate(s, &error);
        QVERIFY2(e, qPrintable(error));
        Scenario asLoaded = s;
        asLoaded.engine = Engine::Transformers;
        const auto plain = estimator.estimate(asLoaded, &error);
        QVERIFY2(plain, qPrintable(error));
        QCOMPARE(e->weights.bytes - plain->weights.bytes, 36 * r.bytes);
        QCOMPARE(e->weights.high - e->weights.bytes, 36 * (r.high - r.bytes));
        QCOMPARE(e->weights.low, e->weights.bytes);
        QCOMPARE(e->layers[0].weights - plain->layers[0].weights, r.bytes);
        QCOMPARE(e->bytesByType.value(QStringLiteral("MXFP4")) - plain->bytesByType.value(QStringLiteral("MXFP4")),
            36 * r.bytes);
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
