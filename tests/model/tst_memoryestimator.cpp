// SPDX-FileCopyrightText: 2026 The FitPlanner authors
// SPDX-License-Identifier: MIT

#include "breakdownmodel.h"
#include "ggufrecipe.h"
#include "hfconfig.h"
#include "memoryestimator.h"
#include "testcatalogs.h"

#include <QAbstractItemModelTester>
#include <QObject>
#include <QTest>

using namespace Planner;

namespace {

Scenario scenario(const QString& model, const QString& recipe, Engine engine, qint64 context, qint64 batch = 1,
    const QString& kv = QStringLiteral("F16"))
{
    Scenario s;
    s.model = TestCatalogs::model(model);
    s.recipeId = recipe;
    s.engine = engine;
    s.context = context;
    s.batch = batch;
    s.kvType = kv;
    return s;
}

// A published config.json from tests/data/configs-2026.
Scenario configScenario(const char* file, Engine engine, qint64 context, qint64 batch)
{
    Scenario s;
    s.model = TestCatalogs::configModel(file);
    s.recipeId = engine == Engine::LlamaCpp ? QStringLiteral("Q4_K_M") : QStringLiteral("BF16");
    s.engine = engine;
    s.context = context;
    s.batch = batch;
    s.kvType = QStringLiteral("F16");
    return s;
}

MemoryEstimate estimate(const Scenario& s)
{
    QString error;
    const auto e = MemoryEstimator(TestCatalogs::quants()).estimate(s, &error);
    if (!e)
        qFatal("%s", qPrintable(error));
    return *e;
}

} // namespace

class TestMemoryEstimator : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void kvPerToken_data()
    {
        QTest::addColumn<QString>("model");
        QTest::addColumn<int>("engine");
        QTest::addColumn<QString>("kv");
        QTest::addColumn<qint64>("perToken");
        // GQA: layers x 2 (K,V) x kv heads x head_dim x bytes.
        QTest::addRow("Llama 3.1 8B f16")
            << "llama-3.1-8b" << int(Engine::LlamaCpp) << "F16" << qint64(32 * 2 * 8 * 128 * 2);
        QTest::addRow("Llama 3.1 8B q8_0")
            << "llama-3.1-8b" << int(Engine::LlamaCpp) << "Q8_0" << qint64(32 * 2 * 1024 / 32 * 34);
        QTest::addRow("Llama 3.1 8B q4_0")
            << "llama-3.1-8b" << int(Engine::LlamaCpp) << "Q4_0" << qint64(32 * 2 * 1024 / 32 * 18);
        QTest::addRow("Llama 3.1 8B vLLM fp8") << "llama-3.1-8b" << int(Engine::Vllm) << "fp8" << qint64(32 * 2 * 1024);
        QTest::addRow("Qwen2.5 7B 4 kv heads")
            << "qwen2.5-7b" << int(Engine::LlamaCpp) << "F16" << qint64(28 * 2 * 4 * 128 * 2);
        // MLA: llama.cpp and vLLM hold the 512-wide latent plus the 64-wide rope key per layer.
        QTest::addRow("DeepSeek-R1 latent") << "deepseek-r1" << int(Engine::LlamaCpp) << "F16" << qint64(61 * 576 * 2);
        QTest::addRow("DeepSeek-R1 vLLM latent")
            << "deepseek-r1" << int(Engine::Vllm) << "BF16" << qint64(61 * 576 * 2);
        // transformers 5 caches the latent too and expands it after the cache update.
        QTest::addRow("DeepSeek-R1 transformers")
            << "deepseek-r1" << int(Engine::Transformers) << "BF16" << qint64(61 * 576 * 2);
    }

    void kvPerToken()
    {
        QFETCH(QString, model);
        QFETCH(int, engine);
        QFETCH(QString, kv);
        QFETCH(qint64, perToken);
        const QString recipe = Engine(engine) == Engine::LlamaCpp ? QStringLiteral("Q4_K_M") : QStringLiteral("BF16");
        const MemoryEstimate e = estimate(scenario(model, recipe, Engine(engine), 4096, 1, kv));
        QCOMPARE(e.kvBytesPerToken, perToken);
    }

    void kvCacheTotals_data()
    {
        QTest::addColumn<QString>("model");
        QTest::addColumn<int>("engine");
        QTest::addColumn<qint64>("context");
        QTest::addColumn<qint64>("batch");
        QTest::addColumn<qint64>("bytes");
        // llama.cpp pads n_ctx = context x sequences to 256 cells.
        QTest::addRow("llama.cpp pads 1000 to 1024")
            << "llama-3.1-8b" << int(Engine::LlamaCpp) << qint64(1000) << qint64(1) << qint64(131072) * 1024;
        QTest::addRow("llama.cpp 4 sequences x 8k")
            << "llama-3.1-8b" << int(Engine::LlamaCpp) << qint64(8192) << qint64(4) << qint64(131072) * 32768;
        // vLLM: 16-token blocks per sequence.
        QTest::addRow("vLLM blocks of 16")
            << "llama-3.1-8b" << int(Engine::Vllm) << qint64(1000) << qint64(2) << qint64(131072) * 1008 * 2;
        // Gemma 3 27B at 32k: 10 global layers hold 32768 cells, 52 sliding layers hold
        // pad(1024 window + 512 ubatch, 256) = 1536 cells; 2 x 16 x 128 x 2 bytes per layer and cell.
        QTest::addRow("Gemma 3 sliding window llama.cpp") << "gemma-3-27b" << int(Engine::LlamaCpp) << qint64(32768)
                                                          << qint64(1) << qint64(8192) * (10 * 32768 + 52 * 1536);
        // transformers' sliding layers keep window - 1 tokens and an 8-byte window scalar each.
        QTest::addRow("Gemma 3 sliding window transformers")
            << "gemma-3-27b" << int(Engine::Transformers) << qint64(32768) << qint64(1)
            << qint64(8192) * (10 * 32768 + 52 * 1023) + 52 * 8;
        // gpt-oss: 128-token window on half the layers.
        QTest::addRow("gpt-oss 20B vLLM") << "gpt-oss-20b" << int(Engine::Vllm) << qint64(65536) << qint64(1)
                                          << qint64(2 * 8 * 64 * 2) * (12 * 65536 + 12 * 128);
    }

    void kvCacheTotals()
    {
        QFETCH(QString, model);
        QFETCH(int, engine);
        QFETCH(qint64, context);
        QFETCH(qint64, batch);
        QFETCH(qint64, bytes);
        const QString recipe = Engine(engine) == Engine::LlamaCpp ? QStringLiteral("Q8_0") : QStringLiteral("BF16");
        QCOMPARE(estimate(scenario(model, recipe, Engine(engine), context, batch)).kvCache.bytes, bytes);
    }

    void weightsFollowRecipe()
    {
        // BF16 under transformers: exactly 2 bytes per parameter.
        const MemoryEstimate bf16
            = estimate(scenario(QStringLiteral("llama-3.1-8b"), QStringLiteral("BF16"), Engine::Transformers, 2048));
        QCOMPARE(bf16.weights.bytes, qint64(8030261248) * 2);
        // GPTQ keeps the embeddings and the LM head in 16-bit.
        const MemoryEstimate gptq
            = estimate(scenario(QStringLiteral("llama-3.1-8b"), QStringLiteral("GPTQ-INT4"), Engine::Vllm, 2048));
        QCOMPARE(gptq.bytesByType.value(QStringLiteral("BF16")),
            qint64(128256) * 4096 * 2 * 2 + (qint64(32) * 2 * 4096 + 4096) * 2);
        QVERIFY(gptq.weights.bytes < bf16.weights.bytes * 2 / 5);
        // The sum over layers plus embeddings and head is the whole.
        qint64 layers = 0;
        for (const LayerBytes& l : gptq.layers)
            layers += l.weights;
        QCOMPARE(layers + gptq.tokenEmbeddingBytes + gptq.outputBytes, gptq.weights.bytes);
    }

    // gpt-oss as published and as transformers loads it: the routed experts in MXFP4 (17 bytes per 32 weights: 36
    // layers x 3 x 2880 x 2880 x 128), everything else in bf16 (embeddings and LM head 2 x 201088 x 2880; per layer
    // q/o 2 x 2880 x 4096, k/v 2 x 2880 x 512, their 8000 biases, 64 sinks, two norms of 2880, the router
    // 2880 x 128 + 128, the experts' biases 3 x 2880 x 128; the final norm). vLLM's Triton kernels add 823680
    // bytes to each of the 36 x 128 experts (tst_enginerules has the layout).
    void nativeMxfp4Experts()
    {
        const MemoryEstimate e
            = estimate(scenario(QStringLiteral("gpt-oss-120b"), QStringLiteral("MXFP4"), Engine::Transformers, 4096));
        const qint64 experts = qint64(36) * 3 * 2880 * 2880 * 128 / 32 * 17;
        const qint64 perLayer
            = qint64(2) * 2880 * 4096 + 2 * 2880 * 512 + 8000 + 64 + 2 * 2880 + 2880 * 128 + 128 + 3 * 2880 * 128;
        const qint64 bf16 = (qint64(2) * 201088 * 2880 + 36 * perLayer + 2880) * 2;
        QCOMPARE(e.bytesByType.value(QStringLiteral("MXFP4")), experts);
        QCOMPARE(e.bytesByType.value(QStringLiteral("BF16")), bf16);
        QCOMPARE(e.weights.bytes, qint64(65248815744));
        QCOMPARE(experts + bf16, e.weights.bytes);
        const MemoryEstimate v
            = estimate(scenario(QStringLiteral("gpt-oss-120b"), QStringLiteral("MXFP4"), Engine::Vllm, 4096));
        const qint64 repacked = qint64(36) * 128 * 823680;
        QCOMPARE(v.weights.bytes, e.weights.bytes + repacked);
        QCOMPARE(v.bytesByType.value(QStringLiteral("MXFP4")), experts + repacked);
        QCOMPARE(v.bytesByType.value(QStringLiteral("BF16")), bf16);
    }

    void engineRules_data()
    {
        QTest::addColumn<QString>("recipe");
        QTest::addColumn<int>("engine");
        QTest::addColumn<QString>("kv");
        QTest::addColumn<bool>("flash");
        QTest::addColumn<qint64>("context");
        QTest::addColumn<QString>("error");
        QTest::addRow("GGUF recipe on vLLM")
            << "Q4_K_M" << int(Engine::Vllm) << "F16" << true << qint64(4096) << "vLLM / SGLang cannot run Q4_K_M";
        QTest::addRow("bitsandbytes on vLLM")
            << "NF4" << int(Engine::Vllm) << "F16" << true << qint64(4096) << "vLLM / SGLang cannot run NF4";
        QTest::addRow("quantized V without flash attention")
            << "Q4_K_M" << int(Engine::LlamaCpp) << "Q8_0" << false << qint64(4096)
            << "llama.cpp needs flash attention for a quantized V cache";
        QTest::addRow("q8_0 cache in transformers") << "BF16" << int(Engine::Transformers) << "Q8_0" << true
                                                    << qint64(4096) << "KV cache type 'Q8_0' is not available";
        QTest::addRow("unknown recipe") << "Q9_K" << int(Engine::LlamaCpp) << "F16" << true << qint64(4096)
                                        << "unknown quantization 'Q9_K'";
        QTest::addRow("absurd context") << "Q4_K_M" << int(Engine::LlamaCpp) << "F16" << true << (qint64(1) << 40)
                                        << "context 1099511627776 is out of range";
        QTest::addRow("zero context") << "Q4_K_M" << int(Engine::LlamaCpp) << "F16" << true << qint64(0)
                                      << "context 0 is out of range";
    }

    void engineRules()
    {
        QFETCH(QString, recipe);
        QFETCH(int, engine);
        QFETCH(QString, kv);
        QFETCH(bool, flash);
        QFETCH(qint64, context);
        QFETCH(QString, error);
        Scenario s = scenario(QStringLiteral("llama-3.1-8b"), recipe, Engine(engine), context, 1, kv);
        s.flashAttention = flash;
        QString why;
        QVERIFY(!MemoryEstimator(TestCatalogs::quants()).estimate(s, &why));
        QVERIFY2(why.startsWith(error), qPrintable(why));
    }

    void llamaCppComputeBuffer()
    {
        // Flash attention off: the scores n_head x n_ctx x n_ubatch in f32 dominate at long contexts and grow
        // linearly with the context; on, the micro-batch's logits (n_vocab x n_ubatch x 4) dominate.
        Scenario s = scenario(QStringLiteral("llama-3.1-8b"), QStringLiteral("Q4_K_M"), Engine::LlamaCpp, 32768);
        s.flashAttention = false;
        const qint64 off = estimate(s).activations.bytes;
        s.flashAttention = true;
        const qint64 on = estimate(s).activations.bytes;
        QVERIFY(off > on);
        QCOMPARE(on, qint64(128256 + 3 * 4096) * 512 * 4 + 128256 * 4);
        QCOMPARE(off, qint64(32 + 1) * 32768 * 512 * 4 + qint64(3 * 4096 + 2 * 4096 + 2 * 1024) * 512 * 4 + 128256 * 4);
    }

    // The figures-only estimates the searches make, from one estimator whose caches fill and are evicted over the
    // sweep, equal the explained estimates of fresh estimators for every catalog model and recipe.
    void figuresEqualExplainedEstimates()
    {
        const MemoryEstimator shared(TestCatalogs::quants());
        int compared = 0;
        for (const QuantRecipe& r : TestCatalogs::quants().recipes) {
            const Engine engine = engineFromId(r.engines.first()).value();
            for (const ModelSpec& m : TestCatalogs::models().models) {
                Scenario s;
                s.model = m;
                s.recipeId = r.id;
                s.engine = engine;
                s.context = 8192;
                QString fastError;
                QString fullError;
                const auto fast = shared.estimate(s, &fastError, MemoryEstimator::Detail::Figures);
                const auto full = MemoryEstimator(TestCatalogs::quants()).estimate(s, &fullError);
                const QByteArray what = (m.id + u' ' + r.id).toUtf8();
                QCOMPARE(fast.has_value(), full.has_value());
                QCOMPARE(fastError, fullError);
                if (!full)
                    continue;
                ++compared;
                QVERIFY2(fast->weights.bytes == full->weights.bytes, what.constData());
                QCOMPARE(fast->kvCache.bytes, full->kvCache.bytes);
                QCOMPARE(fast->activations.bytes, full->activations.bytes);
                QCOMPARE(fast->overhead.bytes, full->overhead.bytes);
                QCOMPARE(fast->total, full->total);
                QCOMPARE(fast->totalLow, full->totalLow);
                QCOMPARE(fast->totalHigh, full->totalHigh);
                QCOMPARE(fast->bytesByType, full->bytesByType);
                QCOMPARE(fast->activeWeightBytes, full->activeWeightBytes);
                QCOMPARE(fast->notes, full->notes);
                QCOMPARE(fast->params.total, full->params.total);
                QVERIFY(fast->layers.size() == full->layers.size());
                for (size_t i = 0; i < full->layers.size(); ++i) {
                    QCOMPARE(fast->layers[i].weights, full->layers[i].weights);
                    QCOMPARE(fast->layers[i].kvCache, full->layers[i].kvCache);
                }
                for (const MemoryComponent* c : { &fast->weights, &fast->kvCache, &fast->activations, &fast->overhead })
                    QVERIFY(c->explanation.isEmpty());
                for (const MemoryComponent* c : { &full->weights, &full->kvCache, &full->activations, &full->overhead })
                    QVERIFY2(!c->explanation.isEmpty(), what.constData());
            }
        }
        QVERIFY(compared > 2500);
    }

    // GGUF weights are the sum of every tensor's bytes in the type the quantizer's rules give it.
    void ggufWeightsAreTheSumOfTheirTensors()
    {
        const QuantCatalog& q = TestCatalogs::quants();
        for (const QString& model : { QStringLiteral("kimi-k2"), QStringLiteral("gemma-3-27b"),
                 QStringLiteral("llama-3.1-70b"), QStringLiteral("gpt-oss-120b") }) {
            const ModelSpec m = TestCatalogs::model(model);
            const auto tensors = tensorLayout(m);
            for (const QString& recipe :
                { QStringLiteral("Q4_K_M"), QStringLiteral("IQ2_XS"), QStringLiteral("Q8_0"), QStringLiteral("F16") }) {
                const QStringList types = ggufTensorTypes(m, tensors, recipe, q);
                QCOMPARE(types.size(), qsizetype(tensors.size()));
                qint64 expected = 0;
                for (size_t i = 0; i < tensors.size(); ++i) {
                    if (types[qsizetype(i)].isEmpty())
                        continue;
                    const StorageType* st = q.type(types[qsizetype(i)]);
                    QVERIFY(st);
                    expected += st->bytesFor(tensors[i].ne0, tensors[i].ne1, tensors[i].ne2);
                }
                QCOMPARE(estimate(scenario(model, recipe, Engine::LlamaCpp, 4096)).weights.bytes, expected);
            }
        }
    }

    // A recipe whose types the catalog lacks is reported with the type and the first tensor that needs it.
    void missingStorageTypeIsNamed()
    {
        QuantCatalog q = TestCatalogs::quants();
        q.types.removeIf([](const StorageType& t) { return t.id == QLatin1String("Q6_K"); });
        Scenario s = scenario(QStringLiteral("llama-3.1-8b"), QStringLiteral("Q4_K_M"), Engine::LlamaCpp, 4096);
        QString why;
        QVERIFY(!MemoryEstimator(q).estimate(s, &why));
        QCOMPARE(why, QStringLiteral("storage type 'Q6_K' of tensor attn_v (layer 0) is not in the catalog"));

        QuantCatalog noBf16 = TestCatalogs::quants();
        noBf16.types.removeIf([](const StorageType& t) { return t.id == QLatin1String("BF16"); });
        s = scenario(QStringLiteral("llama-3.1-8b"), QStringLiteral("GPTQ-INT4"), Engine::Vllm, 4096);
        QVERIFY(!MemoryEstimator(noBf16).estimate(s, &why));
        QCOMPARE(why, QStringLiteral("storage type 'BF16' of tensor token_embd (layer -1) is not in the catalog"));
    }

    // Under llama.cpp the upper end of a MoE model's compute band allows for the logits landing above the last
    // layer's KQ mask, expert outputs, hidden-size tensors and router scores (measured on DeepSeek-V2-Lite).
    void llamaCppMoeComputeBand()
    {
        const MemoryEstimate moe
            = estimate(scenario(QStringLiteral("deepseek-v2-lite"), QStringLiteral("Q4_K_M"), Engine::LlamaCpp, 8192));
        const qint64 logits = qint64(102400 + 3 * 2048) * 512 * 4;
        const qint64 output = qint64(102400) * 4;
        QCOMPARE(moe.activations.bytes, logits + output);
        QCOMPARE(
            moe.activations.high, qint64(102400 + (6 + 4) * 2048 + 2 * 64) * 512 * 4 + qint64(8192) * 512 * 2 + output);
        // Dense models keep the plain 10% band.
        const MemoryEstimate dense
            = estimate(scenario(QStringLiteral("llama-3.1-8b"), QStringLiteral("Q4_K_M"), Engine::LlamaCpp, 8192));
        QCOMPARE(dense.activations.high, dense.activations.bytes + dense.activations.bytes / 10);
    }

    // The vision tower is loaded with the model by vLLM and transformers but never read for a generated token: it
    // is in the weights, not in the active parameters nor in the bytes decode reads per token.
    void visionTowerIsNotActive()
    {
        const MemoryEstimate e
            = estimate(scenario(QStringLiteral("qwen3-vl-8b"), QStringLiteral("BF16"), Engine::Vllm, 8192));
        QVERIFY(e.params.vision > 500'000'000);
        QCOMPARE(e.params.active, e.params.total - e.params.vision);
        QCOMPARE(e.weights.bytes, e.params.total * 2);
        QCOMPARE(e.activeWeightBytes, e.weights.bytes - e.params.vision * 2);
    }

    void notesAndTotals()
    {
        const MemoryEstimate e
            = estimate(scenario(QStringLiteral("llama-2-7b"), QStringLiteral("Q4_K_M"), Engine::LlamaCpp, 16384));
        QCOMPARE(e.total, e.weights.bytes + e.kvCache.bytes + e.activations.bytes + e.overhead.bytes);
        QVERIFY(e.totalLow <= e.total && e.total <= e.totalHigh);
        QVERIFY(e.notes.join(u' ').contains(QStringLiteral("exceeds the model's trained maximum of 4096")));
        // Where the config.json allows more than the model was trained for, a long context says so.
        const QString configNote = QStringLiteral("the model was trained for 131072 tokens of context; its "
                                                  "config.json's max_position_embeddings says 1024000, which is not "
                                                  "offered");
        QVERIFY(
            estimate(scenario(QStringLiteral("mistral-nemo-12b"), QStringLiteral("Q4_K_M"), Engine::LlamaCpp, 131072))
                .notes.contains(configNote));
        QVERIFY(
            !estimate(scenario(QStringLiteral("mistral-nemo-12b"), QStringLiteral("Q4_K_M"), Engine::LlamaCpp, 8192))
                 .notes.contains(configNote));
        for (const MemoryComponent* c : { &e.weights, &e.kvCache, &e.activations, &e.overhead })
            QVERIFY(!c->explanation.isEmpty());
        QVERIFY2(e.kvCache.explanation.contains(QStringLiteral("32 layers x 16384 tokens")),
            qPrintable(e.kvCache.explanation));
    }

    // KV cache and recurrent state per layer kind, worked by hand from config.json and llama.cpp's allocation
    // (n_ctx padded to 256; SWA and chunked layers keep n_swa x sequences + n_ubatch cells, padded to 256;
    // llama_memory_recurrent keeps F32 r and s rows, one per sequence).
    void hybridLayersUnderLlamaCpp_data()
    {
        QTest::addColumn<QByteArray>("file");
        QTest::addColumn<qint64>("context");
        QTest::addColumn<qint64>("batch");
        QTest::addColumn<qint64>("kvCache");
        QTest::addColumn<qint64>("recurrentState");
        QTest::addColumn<QString>("stateText");

        // Qwen3.5-27B: 16 attention layers x 131072 cells x 2 x 4 heads x 256 x 2 bytes; 48 Gated DeltaNet
        // layers x (3 x (2 x 16 x 128 + 48 x 128) + 128 x 48 x 128) x 4 bytes x 4 sequences.
        QTest::addRow("Qwen3.5-27B 32k x 4")
            << QByteArray("Qwen__Qwen3.5-27B.json") << qint64(32768) << qint64(4) << qint64(16) * 131072 * 4096
            << qint64(48) * (3 * 10240 + 128 * 6144) * 4 * 4 << QStringLiteral("48 Gated DeltaNet layers");
        // Nemotron-3-Nano: 6 attention layers x 8192 x 2 x 2 heads x 128 x 2 bytes; 23 Mamba2 layers x
        // (3 x (64 x 64 + 2 x 8 x 128) + 128 x 64 x 64) x 4 bytes.
        QTest::addRow("Nemotron-3-Nano 8k x 1")
            << QByteArray("nvidia__NVIDIA-Nemotron-3-Nano-30B-A3B-BF16.json") << qint64(8192) << qint64(1)
            << qint64(6) * 8192 * 1024 << qint64(23) * (3 * 6144 + 128 * 4096) * 4
            << QStringLiteral("23 Mamba2 layers");
        // Gemma 4 26B-A4B: 25 sliding layers x (1024 + 512 -> 1536 cells) x 2 x 8 x 256 x 2 bytes + 5 full
        // layers x 32768 x 2 x 2 x 512 x 2 bytes.
        QTest::addRow("Gemma-4-26B-A4B 32k x 1")
            << QByteArray("google__gemma-4-26B-A4B.json") << qint64(32768) << qint64(1)
            << qint64(25) * 1536 * 8192 + qint64(5) * 32768 * 4096 << qint64(0) << QString();
        // Four sequences in one unified cache (llama-server's with several slots, the default here): a window
        // layer keeps 4 x 1024 + 512 = 4608 cells (one stream per sequence: tst_enginerules, llamaCppParallelSlots).
        QTest::addRow("Gemma-4-26B-A4B 32k x 4")
            << QByteArray("google__gemma-4-26B-A4B.json") << qint64(32768) << qint64(4)
            << qint64(25) * 4608 * 8192 + qint64(5) * 4 * 32768 * 4096 << qint64(0) << QString();
        // Llama 4 Scout: 36 chunked layers x (8192 + 512 = 8704 cells) + 12 global layers x 32768, each
        // 2 x 8 x 128 x 2 bytes.
        QTest::addRow("Llama-4-Scout 32k x 1")
            << QByteArray("meta-llama__Llama-4-Scout-17B-16E-Instruct.json") << qint64(32768) << qint64(1)
            << qint64(36) * 8704 * 4096 + qint64(12) * 32768 * 4096 << qint64(0) << QString();
        // MiMo-V2-Flash: 39 sliding layers x (128 + 512 -> 768 cells) x 8 KV heads x (192 + 128) x 2 bytes + 9 full
        // layers x 32768 x 4 heads x (192 + 128) x 2 bytes.
        QTest::addRow("MiMo-V2-Flash 32k x 1")
            << QByteArray("XiaomiMiMo__MiMo-V2-Flash.json") << qint64(32768) << qint64(1)
            << qint64(39) * 768 * 5120 + qint64(9) * 32768 * 2560 << qint64(0) << QString();
        // Laguna-XS.2: 30 sliding layers x (512 + 512 = 1024 cells) + 10 full layers x 32768, each 2 x 8 x 128 x 2
        // bytes; the query heads per layer change nothing here.
        QTest::addRow("Laguna-XS.2 32k x 1")
            << QByteArray("poolside__Laguna-XS.2-FP8.json") << qint64(32768) << qint64(1)
            << qint64(30) * 1024 * 4096 + qint64(10) * 32768 * 4096 << qint64(0) << QString();
        // Step-3.7-Flash: 33 sliding layers x (512 + 512 -> 1024 cells) + 12 full layers x 32768, each 2 x 8 heads
        // x 128 x 2 bytes; its 3 MTP blocks hold none (step35's cache filter).
        QTest::addRow("Step-3.7-Flash 32k x 1")
            << QByteArray("stepfun-ai__Step-3.7-Flash.json") << qint64(32768) << qint64(1)
            << qint64(33) * 1024 * 4096 + qint64(12) * 32768 * 4096 << qint64(0) << QString();
        // Muse-Glimmer-30B: 39 sliding layers x (2048 + 512 -> 2560 cells) + 13 full layers x 32768, each 2 x 2
        // heads x 128 x 2 bytes.
        QTest::addRow("Muse-Glimmer-30B 32k x 1")
            << QByteArray("meta-models__Muse-Glimmer-30B.json") << qint64(32768) << qint64(1)
            << qint64(39) * 2560 * 1024 + qint64(13) * 32768 * 1024 << qint64(0) << QString();
        // Kimi-K3: 24 MLA layers x 131072 cells x the latent (512 + 64) x 2 bytes; 69 Kimi Delta Attention layers x
        // ((4 - 1) x 3 x 96 x 128 + 128 x 128 x 96) x 4 bytes x 4 sequences (llama_hparams::n_embd_r / n_embd_s).
        QTest::addRow("Kimi-K3 32k x 4") << QByteArray("moonshotai__Kimi-K3.json") << qint64(32768) << qint64(4)
                                         << qint64(24) * 131072 * 576 * 2
                                         << qint64(69) * (3 * 36864 + 128 * 12288) * 4 * 4
                                         << QStringLiteral("69 Kimi Delta Attention layers");
    }

    void hybridLayersUnderLlamaCpp()
    {
        QFETCH(QByteArray, file);
        QFETCH(qint64, context);
        QFETCH(qint64, batch);
        QFETCH(qint64, kvCache);
        QFETCH(qint64, recurrentState);
        QFETCH(QString, stateText);
        const MemoryEstimate e = estimate(configScenario(file.constData(), Engine::LlamaCpp, context, batch));
        QCOMPARE(e.kvCache.bytes, kvCache);
        QCOMPARE(e.recurrentState.bytes, recurrentState);
        QVERIFY(e.recurrentState.isExact());
        QCOMPARE(e.total,
            e.weights.bytes + e.kvCache.bytes + e.recurrentState.bytes + e.activations.bytes + e.overhead.bytes);
        qint64 perLayerKv = 0;
        qint64 perLayerState = 0;
        for (const LayerBytes& l : e.layers) {
            perLayerKv += l.kvCache;
            perLayerState += l.recurrentState;
        }
        QCOMPARE(perLayerKv, kvCache);
        QCOMPARE(perLayerState, recurrentState);
        if (!stateText.isEmpty())
            QVERIFY2(e.recurrentState.explanation.contains(stateText), qPrintable(e.recurrentState.explanation));
    }

    // LFM2-1.2B (published config.json): 6 attention layers x 2 x 8 heads x 64 x 2 bytes per token and cell, and
    // per sequence only the convolution state of 10 short-convolution layers, (3 - 1) x 2048 F32 each.
    void shortConvolutionStateUnderLlamaCpp()
    {
        const QByteArray config = R"({"architectures":["Lfm2ForCausalLM"],"block_auto_adjust_ff_dim":true,
            "block_ff_dim":12288,"block_ffn_dim_multiplier":1.0,"block_multiple_of":256,"conv_L_cache":3,
            "conv_bias":false,"full_attn_idxs":[2,5,8,10,12,14],"hidden_size":2048,"max_position_embeddings":128000,
            "model_type":"lfm2","norm_eps":1e-05,"num_attention_heads":32,"num_hidden_layers":16,
            "num_key_value_heads":8,"rope_theta":1000000.0,"tie_embedding":true,"vocab_size":65536})";
        QList<ParseError> errors;
        const auto spec = parseHfConfig(config, QStringLiteral("LFM2-1.2B"), &errors);
        QVERIFY2(spec, qPrintable(messages(errors).join(u'\n')));
        Scenario s;
        s.model = *spec;
        s.engine = Engine::LlamaCpp;
        s.recipeId = QStringLiteral("Q8_0");
        s.context = 32768;
        s.batch = 4;
        const MemoryEstimate e = estimate(s);
        QCOMPARE(e.kvCache.bytes, qint64(6) * 4 * 32768 * 2048);
        QCOMPARE(e.recurrentState.bytes, qint64(10) * 2 * 2048 * 4 * 4);
        QCOMPARE(e.recurrentLayers, 10);
        QVERIFY2(e.recurrentState.explanation.contains(QLatin1String("10 short-convolution layers")),
            qPrintable(e.recurrentState.explanation));
    }

    void recurrentStateIsFlatInContext()
    {
        const MemoryEstimate short_ = estimate(configScenario("Qwen__Qwen3.5-27B.json", Engine::LlamaCpp, 4096, 1));
        const MemoryEstimate long_ = estimate(configScenario("Qwen__Qwen3.5-27B.json", Engine::LlamaCpp, 262144, 1));
        QCOMPARE(short_.recurrentState.bytes, long_.recurrentState.bytes);
        QCOMPARE(long_.kvCache.bytes, qint64(64) * 1024 * 262144); // 64 KiB per token in F16
        QVERIFY(long_.kvCache.explanation.contains(QStringLiteral("48 of the 64 layers hold no KV cache")));
    }

    void recurrentStateUnderVllm()
    {
        // vLLM: conv state in the model's BF16, the delta-rule state in the checkpoint's mamba_ssm_dtype (float32).
        const MemoryEstimate e = estimate(configScenario("Qwen__Qwen3.5-27B.json", Engine::Vllm, 32768, 2));
        QCOMPARE(e.recurrentState.bytes, qint64(48) * (3 * 10240 * 2 + 128 * 6144 * 4) * 2);

        // Kimi-K3's 69 Kimi Delta Attention layers: (4 - 1) x 3 x 12288 convolution inputs and 128 x 12288 state
        // values each. vLLM keeps both in the model's BF16 (the config names no SSM dtype); transformers keeps the
        // whole kernel width of the convolution in the cache type and the state in F32.
        const MemoryEstimate kimi = estimate(configScenario("moonshotai__Kimi-K3.json", Engine::Vllm, 32768, 2));
        QCOMPARE(kimi.recurrentState.bytes, qint64(69) * (3 * 36864 * 2 + 128 * 12288 * 2) * 2);
        const MemoryEstimate kimiHf
            = estimate(configScenario("moonshotai__Kimi-K3.json", Engine::Transformers, 32768, 2));
        QCOMPARE(kimiHf.recurrentState.bytes, qint64(69) * (4 * 36864 * 2 + 128 * 12288 * 4) * 2);
        QVERIFY2(kimiHf.recurrentState.explanation.contains(QLatin1String("69 Kimi Delta Attention layers")),
            qPrintable(kimiHf.recurrentState.explanation));
    }

    void breakdownNamesTheState()
    {
        const MemoryEstimate e = estimate(configScenario("Qwen__Qwen3.5-27B.json", Engine::LlamaCpp, 8192, 1));
        BreakdownModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setEstimate(e, FitStatus::Fits);
        QCOMPARE(model.rowCount(), kComponentCount + 2);
        const QModelIndex state = model.index(kComponentCount, BreakdownModel::SizeColumn);
        QCOMPARE(state.data(Roles::BytesRole).toLongLong(), e.recurrentState.bytes);
        QCOMPARE(model.index(kComponentCount, BreakdownModel::ComponentColumn).data().toString(),
            QStringLiteral("Recurrent state"));
        QVERIFY(state.data(Qt::ToolTipRole).toString().contains(QStringLiteral("48 Gated DeltaNet layers")));
        const QModelIndex total = model.index(kComponentCount + 1, BreakdownModel::SizeColumn);
        QCOMPARE(total.data(Roles::BytesRole).toLongLong(), e.total);
        QVERIFY(total.data(Roles::FitStatusRole).isValid());

        model.setEstimate(
            estimate(scenario(QStringLiteral("llama-2-7b"), QStringLiteral("Q4_K_M"), Engine::LlamaCpp, 4096)),
            FitStatus::Fits);
        QCOMPARE(model.rowCount(), kComponentCount + 1); // attention-only: no state row
    }

    void sparseAttentionIndexerKeys()
    {
        // DeepSeek-V3.2 under llama.cpp: per layer and token the MLA latent (512 + 64) and the indexer's key (128),
        // F16, over 61 layers and 8192 cells.
        const MemoryEstimate e = estimate(configScenario("deepseek-ai__DeepSeek-V3.2.json", Engine::LlamaCpp, 8192, 1));
        QCOMPARE(e.kvCache.bytes, qint64(61) * 8192 * (512 + 64 + 128) * 2);
        QCOMPARE(e.kvBytesPerToken, qint64(61) * (512 + 64 + 128) * 2);

        // GLM-5.2: 21 of its 78 layers run an indexer ("full" in indexer_types); the others reuse its top-k and
        // keep no indexer keys (llama.cpp's filter_lid: is_indexer_full). Parameters as an independent count over
        // the modules' shapes gives them.
        const MemoryEstimate glm = estimate(configScenario("zai-org__GLM-5.2.json", Engine::LlamaCpp, 8192, 1));
        QCOMPARE(glm.kvCache.bytes, qint64(8192) * (78 * (512 + 64) * 2 + 21 * 128 * 2));
        QCOMPARE(glm.params.total, qint64(753329940480));
        QCOMPARE(glm.params.mtp, qint64(9952920576));

        // MiniMax-M3: GQA K and V (4 heads x 128) in all 60 layers; on the 57 sparse layers llama_kv_cache_msa's
        // indexer cache holds a key of 128 and a value row of the model's head size, 128. vLLM's rule counts the
        // indexer's keys beside K and V.
        const MemoryEstimate m3 = estimate(configScenario("MiniMaxAI__MiniMax-M3.json", Engine::LlamaCpp, 8192, 1));
        QCOMPARE(m3.kvCache.bytes, qint64(8192) * (60 * 2 * 512 * 2 + 57 * (128 + 128) * 2));
        const MemoryEstimate m3Vllm = estimate(configScenario("MiniMaxAI__MiniMax-M3.json", Engine::Vllm, 8192, 1));
        QCOMPARE(m3Vllm.kvCache.bytes, qint64(8192) * (60 * 2 * 512 * 2 + 57 * 128 * 2));
        // mlx-lm runs it with full attention and no indexer: K and V alone.
        const MemoryEstimate m3Mlx = estimate(configScenario("MiniMaxAI__MiniMax-M3.json", Engine::Mlx, 8192, 1));
        QCOMPARE(m3Mlx.kvCache.bytes, qint64(8192) * 60 * 2 * 512 * 2);
    }

    void deepseekV4UnderLlamaCpp()
    {
        // DeepSeek-V4-Flash, 8192 cells, one sequence, F16 (llama_kv_cache_dsv4): every one of the 43 layers keeps
        // 128 + 512 raw keys padded to 768 cells x 512; the 21 ratio-4 layers add 2048 compressed keys x 512, 2048
        // indexer keys x 128 and the F32 compressor state (kv and score, 2 x 512 x 8 and 2 x 128 x 8); the 20
        // ratio-128 layers add 64 compressed keys padded to 256 cells x 512 and the state 512 x 128, kv and score.
        const MemoryEstimate e
            = estimate(configScenario("deepseek-ai__DeepSeek-V4-Flash.json", Engine::LlamaCpp, 8192, 1));
        const qint64 raw = 768 * 512 * 2;
        const qint64 csa = 2048 * 512 * 2 + 2048 * 128 * 2 + (1024 + 256) * 8 * 2 * 4;
        const qint64 hca = 256 * 512 * 2 + 512 * 128 * 2 * 4;
        QCOMPARE(e.kvCache.bytes, 43 * raw + 21 * csa + 20 * hca);
        QCOMPARE(e.kvCache.bytes, qint64(106315776));
        QCOMPARE(e.layers[2].kvCache, raw + csa);
        QCOMPARE(e.layers[0].kvCache, raw);
        QCOMPARE(e.kvBytesPerToken, qint64(21 * (512 + 128) * 2 / 4 + 20 * 512 * 2 / 128));
        // The MTP module is not in the GGUF file, so neither its weights nor a cache of its own.
        QCOMPARE(e.params.total - e.params.mtp, qint64(284334567511));

        // Four sequences in separate streams (--kv-unified off), 4096 cells each, Q8_0 keys (34 bytes per 32):
        // per stream the raw 768 cells, ratio 4: 1024 cells of keys and indexer keys, ratio 128: 256 cells.
        Scenario four = configScenario("deepseek-ai__DeepSeek-V4-Flash.json", Engine::LlamaCpp, 4096, 4);
        four.kvType = QStringLiteral("Q8_0");
        four.kvUnified = false;
        const qint64 key = 512 / 32 * 34;
        const qint64 indexKey = 128 / 32 * 34;
        const qint64 perStream = 43 * 768 * key + 21 * (1024 * key + 1024 * indexKey + (1024 + 256) * 8 * 2 * 4)
            + 20 * (256 * key + 512 * 128 * 2 * 4);
        QCOMPARE(estimate(four).kvCache.bytes, 4 * perStream);
        QCOMPARE(4 * perStream, qint64(190316544));
        // A unified cache gives every one of the four streams all n_ctx = 16384 cells.
        four.kvUnified = true;
        const qint64 unifiedStream = 43 * 768 * key + 21 * (4096 * key + 4096 * indexKey + (1024 + 256) * 8 * 2 * 4)
            + 20 * (256 * key + 512 * 128 * 2 * 4);
        QCOMPARE(estimate(four).kvCache.bytes, 4 * unifiedStream);
    }

    void deepseekV4ReferenceCache()
    {
        // transformers' DeepseekV4HCACache / DeepseekV4CSACache: the last 127 raw keys (K is V) per layer, one
        // compressed key per 4 or 128 tokens and, at ratio 4, one indexer key per 4 tokens, in 16-bit.
        const MemoryEstimate e
            = estimate(configScenario("deepseek-ai__DeepSeek-V4-Flash.json", Engine::Transformers, 8192, 2));
        const qint64 perSequence = 43 * 127 * 512 * 2 + 21 * (2048 * 512 * 2 + 2048 * 128 * 2) + 20 * 64 * 512 * 2;
        QCOMPARE(e.kvCache.bytes, 2 * perSequence);
    }

    void mtpLayersAreNotLoaded()
    {
        // The nextn layer of DeepSeek-V3.2 is in the checkpoint (ParamCounts::mtp) but no engine loads it.
        const MemoryEstimate e = estimate(configScenario("deepseek-ai__DeepSeek-V3.2.json", Engine::Vllm, 4096, 1));
        QCOMPARE(e.params.mtp, qint64(13477385728));
        QCOMPARE(e.weights.bytes, (e.params.total - e.params.mtp) * 2); // BF16
    }

    // llama.cpp's step35 loader skips only the required tensors of an MTP block and loads the optional ones with
    // the model: per block (Step-3.7-Flash's, a full-attention dense layer in the abridged config) the q/k norms
    // (2 x 128 F32), the head gate (4096 x 64 F16), the MLP (3 x 4096 x 11264 F16), the block's head (4096 x 128896
    // F16) and its norm (4096 F32). vLLM without speculative decoding loads none of it.
    void stepMtpTensorsUnderLlamaCpp()
    {
        Scenario sc = configScenario("stepfun-ai__Step-3.7-Flash.json", Engine::LlamaCpp, 4096, 1);
        sc.recipeId = QStringLiteral("F16");
        const MemoryEstimate with = estimate(sc);
        sc.model.mtpLayers = 0;
        sc.model.mtpLayerSpecs.clear();
        sc.model.mtpOwnHead = false;
        const MemoryEstimate without = estimate(sc);
        const qint64 perBlock
            = 2 * 128 * 4 + 4096 * 64 * 2 + 3 * 4096 * 11264 * 2 + qint64(4096) * 128896 * 2 + 4096 * 4;
        QCOMPARE(with.weights.bytes - without.weights.bytes, 3 * perBlock);
        const MemoryEstimate vllm = estimate(configScenario("stepfun-ai__Step-3.7-Flash.json", Engine::Vllm, 4096, 1));
        QCOMPARE(vllm.params.mtp, qint64(2327114496));
        QCOMPARE(vllm.weights.bytes, (vllm.params.total - vllm.params.mtp) * 2); // BF16
    }
};

QTEST_GUILESS_MAIN(TestMemoryEstimator)
#include "tst_memoryestimator.moc"
