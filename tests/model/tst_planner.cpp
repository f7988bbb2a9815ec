// SPDX-FileCopyrightText: 2026 The FitPlanner authors
// SPDX-License-Identifier: MIT

// FitPlanner: verdicts, llama.cpp layer placement, multi-GPU split, vLLM tensor/pipeline parallel, searches,
// speed and engine commands, on catalog devices (the "what if" hardware) with exact byte arithmetic.

#include "checkedmath.h"
#include "engineregistry.h"
#include "fitplanner.h"
#include "memoryestimator.h"
#include "planjson.h"
#include "quantassign.h"
#include "recipequality.h"
#include "speedmodel.h"
#include "tensorlayout.h"
#include "testcatalogs.h"
#include "units.h"

#include <algorithm>
#include <cmath>
#include <limits>
#include <map>

#include <QFile>
#include <QJsonDocument>
#include <QTest>

using namespace Planner;

namespace {

using TestCatalogs::gpus;

HardwareProfile machine(const QString& gpuId, int count, qint64 ramGiB)
{
    HardwareProfile hw;
    for (int i = 0; i < count; ++i)
        hw.gpus << gpus().find(gpuId)->toDevice();
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

FitPlan mustPlan(const Scenario& sc, const HardwareProfile& hw, const PlanOptions& o = {})
{
    QString error;
    const auto p = FitPlanner(TestCatalogs::quants()).plan(sc, hw, o, &error);
    if (!p)
        qFatal("plan failed: %s", qPrintable(error));
    return *p;
}

// Everything a plan says, as JSON text: verdict, devices, layers, speed, notes and command.
QByteArray planText(const FitPlan& p)
{
    return QJsonDocument(planToJson(p)).toJson(QJsonDocument::Compact);
}

// A recommendation row with its plan and its options, each in full.
QByteArray recommendationText(const Recommendation& r)
{
    QByteArray text = QJsonDocument(recommendationToJson(r)).toJson(QJsonDocument::Compact);
    if (r.fits)
        text += '\n' + planText(r.plan);
    for (const PlanAlternative& a : r.alternatives)
        text += '\n' + planText(a.plan);
    return text;
}

// A llama.cpp GPU's memory-bound share of one token's decode, as docs/planning.md states it: weights at the class's
// decode share of peak bandwidth slowed by the quantization's kernels, KV at the class's share, a fixed cost per layer.
double llamaGpuDecodeSeconds(const FitPlan& p, const DevicePlacement& d, double bandwidthGBps, GpuClass c)
{
    const GpuSpeedFigures f = gpuSpeedFigures(c);
    const QuantKernelCost q = quantKernelCost(p.recipeId);
    const double kv = double(d.kvCache);
    const double weights = double(d.activeBytesPerToken) - kv;
    return weights / (bandwidthGBps * 1.0e9 * f.decodeShare * q.decode) + kv / (bandwidthGBps * 1.0e9 * f.decodeShare)
        + double(d.layers) * f.layerSeconds;
}

struct SpeedErrors
{
    std::vector<double> decode;
    std::vector<double> prefill;
};

double medianOf(std::vector<double> v)
{
    if (v.empty())
        return 0.0;
    std::sort(v.begin(), v.end());
    const size_t n = v.size();
    return n % 2 ? v[n / 2] : (v[n / 2 - 1] + v[n / 2]) / 2.0;
}

// The groups a result counts in: its GPU class, and multi-GPU and MoE where they apply.
QStringList speedGroups(const HardwareProfile& hw, int gpus, const ModelSpec& model)
{
    QStringList groups { gpuClassName(gpuClass(hw.gpus[0])) };
    if (gpus > 1)
        groups << QStringLiteral("multi-GPU");
    if (model.moe.isMoe())
        groups << QStringLiteral("MoE");
    return groups;
}

// Reads a results file (columns gpu,gpus,model,quant,test,tokens_per_second,backend,source), plans each result on
// its catalog devices with 256 GiB of RAM and holds the median errors to the targets: decode within 15%, prefill
// within 25%, no group's median worse than 30%.
void checkSpeedResults(const QString& path, size_t minimumRows)
{
    QFile f(path);
    QVERIFY2(f.open(QIODevice::ReadOnly | QIODevice::Text), qPrintable(path));
    std::map<QString, SpeedErrors> groups;
    SpeedErrors all;
    bool header = true;
    while (!f.atEnd()) {
        const QString line = QString::fromUtf8(f.readLine()).trimmed();
        if (line.isEmpty() || line.startsWith(u'#'))
            continue;
        if (header) {
            header = false;
            continue;
        }
        const QStringList c = line.split(u',');
        QCOMPARE(c.size(), 8);
        QVERIFY2(c[7].startsWith(QLatin1String("https://")), qPrintable(line));
        const bool tg = c[4].startsWith(QLatin1String("tg"));
        const qint64 tokens = c[4].mid(2).toLongLong();
        const double measured = c[5].toDouble();
        const int gpus = c[1].toInt();
        QVERIFY2(tokens > 0 && measured > 0.0 && gpus > 0, qPrintable(line));
        // tgN generates from an empty cache up to N tokens: on average the model reads a cache of N / 2.
        Scenario sc = scenario(c[2], c[3], tg ? std::max<qint64>(256, tokens / 2) : tokens);
        PlanOptions o;
        o.promptTokens = tokens;
        const HardwareProfile hw = machine(c[0], gpus, 256);
        const FitPlan p = mustPlan(sc, hw, o);
        QVERIFY2(p.fits(), qPrintable(line));
        const double estimated = tg ? p.tokensPerSecond : double(tokens) / p.prefillSeconds;
        const double error = std::abs(estimated / measured - 1.0);
        qInfo("%s x%d %s %s %s: measured %.1f, estimated %.1f tokens/s (%+.0f%%)", qPrintable(c[0]), gpus,
            qPrintable(c[2]), qPrintable(c[3]), qPrintable(c[4]), measured, estimated,
            (estimated / measured - 1.0) * 100.0);
        (tg ? all.decode : all.prefill).push_back(error);
        for (const QString& g : speedGroups(hw, gpus, sc.model))
            (tg ? groups[g].decode : groups[g].prefill).push_back(error);
    }
    QVERIFY(all.decode.size() + all.prefill.size() >= minimumRows);
    qInfo("%s: median error over %zu decode results %.1f%%, over %zu prefill results %.1f%%", qPrintable(path),
        all.decode.size(), medianOf(all.decode) * 100.0, all.prefill.size(), medianOf(all.prefill) * 100.0);
    for (const auto& [name, e] : groups)
        qInfo("  %-28s decode %3zu results, median error %5.1f%%; prefill %3zu results, median error %5.1f%%",
            qPrintable(name), e.decode.size(), medianOf(e.decode) * 100.0, e.prefill.size(),
            medianOf(e.prefill) * 100.0);
    QVERIFY(medianOf(all.decode) < 0.15);
    QVERIFY(medianOf(all.prefill) < 0.25);
    for (const auto& [name, e] : groups) {
        QVERIFY2(medianOf(e.decode) < 0.30, qPrintable(name));
        QVERIFY2(medianOf(e.prefill) < 0.30, qPrintable(name));
    }
}

PlanOptions vllm(int nodes = 1)
{
    PlanOptions o;
    o.frontend = Frontend::Vllm;
    o.nodes = nodes;
    return o;
}

// Routed-expert bytes per layer, priced tensor by tensor from the layout and the recipe's storage types.
std::vector<qint64> expertBytesPerLayer(const Scenario& sc)
{
    const std::vector<TensorSpec> tensors = tensorLayout(sc.model);
    const StorageAssignment types = assignStorage(sc.model, tensors, *TestCatalogs::quants().recipe(sc.recipeId),
        WeightLoading::GgufFile, TestCatalogs::quants());
    std::vector<qint64> out(size_t(sc.model.numLayers), 0);
    for (size_t i = 0; i < tensors.size(); ++i) {
        const TensorSpec& t = tensors[i];
        if (t.isExpert())
            out[size_t(t.layer)] += types.types[i]->bytesFor(t.ne0, t.ne1, t.ne2);
    }
    return out;
}

// What expert offload puts on the CPU beyond the token embeddings: llama.cpp's F32 MoE FFN tensors for the
// tokens whose expert matmuls run there (below ggml's offload batch of 32).
qint64 expertComputeBuffer(const ModelSpec& s, qint64 ubatch)
{
    const qint64 k = s.moe.expertsPerToken;
    return (s.hiddenSize + 3 * k * s.moe.expertIntermediate + k * s.hiddenSize + k) * std::min<qint64>(ubatch, 31) * 4;
}

} // namespace

class TestPlanner : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    // Done-when: Llama-3.1-8B Q4_K_M at 8k on a 24 GB card fits on the GPU.
    void llama8bFitsOn24GB_data()
    {
        QTest::addColumn<QString>("gpu");
        QTest::addRow("RTX 4090") << QStringLiteral("rtx-4090");
        QTest::addRow("RTX 3090") << QStringLiteral("rtx-3090");
        QTest::addRow("RX 7900 XTX") << QStringLiteral("rx-7900-xtx");
    }

    void llama8bFitsOn24GB()
    {
        QFETCH(QString, gpu);
        const FitPlan p
            = mustPlan(scenario(QStringLiteral("llama-3.1-8b"), QStringLiteral("Q4_K_M"), 8192), machine(gpu, 1, 64));
        QCOMPARE(p.verdict, Verdict::Gpu);
        QCOMPARE(p.gpuLayers, 33);
        QCOMPARE(p.totalLayers, 33);
        QCOMPARE(p.devices.size(), 2);
        const DevicePlacement& g = p.devices[0];
        const DevicePlacement& cpu = p.devices[1];
        QVERIFY(cpu.isCpu && cpu.tokenEmbeddings && !g.tokenEmbeddings);
        QVERIFY(g.outputLayer);
        QCOMPARE(g.layers, 32);
        // Everything but the token embeddings is on the GPU.
        QCOMPARE(g.weights + cpu.weights, p.estimate.weights.bytes);
        QCOMPARE(cpu.weights, p.estimate.tokenEmbeddingBytes);
        QCOMPARE(g.kvCache, p.estimate.kvCache.bytes);
        QCOMPARE(g.overhead, p.estimate.overhead.bytes);
        const qint64 outputBuffer = TestCatalogs::model(QStringLiteral("llama-3.1-8b")).vocabSize * 4;
        QCOMPARE(g.compute, p.estimate.activations.bytes - outputBuffer);
        QCOMPARE(cpu.overhead, outputBuffer);
        QCOMPARE(p.headroomBytes, 24 * GiB - g.used());
        QCOMPARE(p.command,
            QStringLiteral("llama-server -m llama-3.1-8b-Q4_K_M.gguf -ngl 33 -c 8192 -np 1 -ctk f16 -ctv f16 -fa on"));
    }

    // Tied embeddings: llama.cpp duplicates token_embd as the output tensor in the output layer's buffer, so the GPU
    // holds a copy of the embeddings (Q6_K under Q4_K_M: 151936 x 2560 / 256 x 210 = 319065600 bytes) while the
    // input copy stays in RAM. On the CPU alone the two are one tensor.
    void tiedEmbeddingsCopyOnTheOutputGpu()
    {
        const Scenario sc = scenario(QStringLiteral("qwen3-4b"), QStringLiteral("Q4_K_M"), 8192);
        QVERIFY(sc.model.tiedEmbeddings);
        const FitPlan p = mustPlan(sc, machine(QStringLiteral("rtx-4090"), 1, 64));
        QCOMPARE(p.verdict, Verdict::Gpu);
        const DevicePlacement& g = p.devices[0];
        const DevicePlacement& cpu = p.devices[1];
        QVERIFY(g.outputLayer && cpu.tokenEmbeddings);
        QCOMPARE(p.estimate.tokenEmbeddingBytes, qint64(319065600));
        QCOMPARE(cpu.weights, qint64(319065600));
        // Every weight is on the GPU, the embeddings' output copy included.
        QCOMPARE(g.weights, p.estimate.weights.bytes);
        QCOMPARE(g.weights + cpu.weights, p.estimate.weights.bytes + qint64(319065600));

        // No GPU: one copy in RAM.
        const FitPlan cpuOnly = mustPlan(sc, machine(QStringLiteral("rtx-4090"), 0, 64));
        QCOMPARE(cpuOnly.devices.size(), 1);
        QCOMPARE(cpuOnly.devices[0].weights, p.estimate.weights.bytes);

        // Untied (Llama 3.1 8B): no copy.
        const FitPlan untied = mustPlan(scenario(QStringLiteral("llama-3.1-8b"), QStringLiteral("Q4_K_M"), 8192),
            machine(QStringLiteral("rtx-4090"), 1, 64));
        QCOMPARE(untied.devices[0].weights + untied.devices[1].weights, untied.estimate.weights.bytes);
    }

    // Done-when: Llama-3.1-70B Q4_K_M at 8k on one 24 GB card + 64 GB RAM is an offload. llama.cpp's -ngl N puts
    // the last N repeating layers on the GPU (the output layer only when N = n_layer + 1). The GPU holds a compute
    // buffer and the CUDA runtime (300 MiB) next to the layers; each layer costs its weights (~0.5 GiB at Q4_K_M,
    // Q6_K layers more) plus 32 MiB of KV (8 KV heads x 128 x 2 x 2 bytes x 8192 tokens). Adding layers from the
    // top until the 24 GiB are full gives 46 layers: 46 of 81.
    void llama70bOffloadLayerCount()
    {
        const Scenario sc = scenario(QStringLiteral("llama-3.1-70b"), QStringLiteral("Q4_K_M"), 8192);
        const FitPlan p = mustPlan(sc, machine(QStringLiteral("rtx-4090"), 1, 64));
        QCOMPARE(p.verdict, Verdict::Offload);
        QCOMPARE(p.totalLayers, 81);
        QCOMPARE(p.gpuLayers, 46);

        // The same count from the per-layer sizes alone.
        const MemoryEstimate& e = p.estimate;
        const qint64 vocab = sc.model.vocabSize;
        qint64 budget = 24 * GiB - (e.activations.bytes - vocab * 4) - e.overhead.bytes;
        int layers = 0;
        for (int il = int(e.layers.size()) - 1; il >= 0; --il) {
            const qint64 cost = e.layers[size_t(il)].weights + e.layers[size_t(il)].kvCache;
            if (cost > budget)
                break;
            budget -= cost;
            ++layers;
        }
        QCOMPARE(layers, 46);
        QCOMPARE(e.layers[0].kvCache, qint64(32) << 20);
        const DevicePlacement& g = p.devices[0];
        QCOMPARE(g.layers, 46);
        QVERIFY(!g.outputLayer);
        QCOMPARE(p.headroomBytes, budget); // what is left on the GPU is the tightest margin
        const DevicePlacement& cpu = p.devices[1];
        QCOMPARE(cpu.layers, 34);
        QVERIFY(cpu.outputLayer && cpu.tokenEmbeddings);
        QCOMPARE(g.weights + cpu.weights, e.weights.bytes);
        QCOMPARE(g.kvCache + cpu.kvCache, e.kvCache.bytes);
        QVERIFY(cpu.used() < 64 * GiB);
        QCOMPARE(p.command,
            QStringLiteral("llama-server -m llama-3.1-70b-Q4_K_M.gguf -ngl 46 -c 8192 -np 1 -ctk f16 -ctv f16 -fa on"));
        // Decode time is the sum of the GPU part (with its fixed costs) and the (much slower) CPU part.
        const double expected = 1.0
            / (llamaGpuDecodeSeconds(p, g, 1008.0, GpuClass::GeForce) + gpuSpeedFigures(GpuClass::GeForce).tokenSeconds
                + double(cpu.activeBytesPerToken)
                    / (FitPlanner::kAssumedCpuBandwidthGBps * 1.0e9 * FitPlanner::kDecodeEfficiency));
        QCOMPARE(p.tokensPerSecond, expected);
        QVERIFY(p.tokensPerSecond < 5.0);
    }

    // transformers' device_map="auto": accelerate fills the GPU from the embeddings on, keeps room there for the
    // largest module left in RAM (Llama 3.1 70B's LM head, 2 GiB in bf16), and runs the RAM layers on the GPU, whose
    // cache therefore lives there; the snippet's max_memory reproduces the split.
    void transformersDeviceMapOffload()
    {
        const Scenario sc
            = scenario(QStringLiteral("llama-3.1-70b"), QStringLiteral("BF16"), 8192, Engine::Transformers);
        PlanOptions o;
        o.frontend = Frontend::Transformers;
        const FitPlan p = mustPlan(sc, machine(QStringLiteral("rtx-4090"), 1, 256), o);
        QCOMPARE(p.verdict, Verdict::Offload);
        const MemoryEstimate& e = p.estimate;
        const DevicePlacement& g = p.devices[0];
        const DevicePlacement& cpu = p.devices[1];
        QVERIFY(g.tokenEmbeddings && !g.outputLayer);
        QCOMPARE(g.firstLayer, 0);
        QVERIFY(cpu.outputLayer && !cpu.tokenEmbeddings);
        QCOMPARE(cpu.firstLayer, g.layers);
        QCOMPARE(g.layers + cpu.layers, 80);
        QCOMPARE(g.weights + cpu.weights, e.weights.bytes);
        // Every layer's cache on the GPU, none in RAM.
        QCOMPARE(g.kvCache, e.kvCache.bytes);
        QCOMPARE(cpu.kvCache, qint64(0));
        QCOMPARE(cpu.compute, qint64(0));
        // The reserve: the LM head (128256 x 8192 bf16, with the final norm) outweighs a decoder layer.
        QCOMPARE(e.outputBytes, qint64(128256) * 8192 * 2 + 8192 * 2);
        QVERIFY(e.layers[79].weights < e.outputBytes);
        QCOMPARE(p.offloadReserveBytes, e.outputBytes);
        // The layers from the first that fit beside the embeddings, the cache, compute, runtime and the reserve.
        qint64 budget = g.capacity - g.compute - g.overhead - e.kvCache.bytes - e.tokenEmbeddingBytes;
        int layers = 0;
        while (layers < 80 && e.layers[size_t(layers)].weights <= budget)
            budget -= e.layers[size_t(layers++)].weights;
        QCOMPARE(g.layers, layers);
        QCOMPARE(g.compute, e.activations.bytes + p.offloadReserveBytes);
        // max_memory: the GPU's modules, the reserve and half of the next layer; the RAM the plan may use.
        const qint64 gpuBudget = g.weights + p.offloadReserveBytes + e.layers[size_t(layers)].weights / 2;
        QCOMPARE(p.deviceMapGpuBytes, QList<qint64>({ gpuBudget }));
        QVERIFY2(p.command.contains(QStringLiteral("    max_memory={0: \"%1MiB\", \"cpu\": \"%2MiB\"},")
                                        .arg(ceilDiv(gpuBudget, MiB))
                                        .arg(cpu.capacity / MiB)),
            qPrintable(p.command));
        QVERIFY(p.notes.join(u' ').contains(QLatin1String("accelerate")));

        // Everything on the GPU: no max_memory, no reserve.
        const FitPlan small
            = mustPlan(scenario(QStringLiteral("llama-3.1-8b"), QStringLiteral("BF16"), 8192, Engine::Transformers),
                machine(QStringLiteral("h100-sxm"), 1, 256), o);
        QCOMPARE(small.verdict, Verdict::Gpu);
        QVERIFY(small.deviceMapGpuBytes.isEmpty());
        QVERIFY(!small.command.contains(QLatin1String("max_memory")));
    }

    // Done-when: gpt-oss-120b with MXFP4 experts at 32k on one RTX 4090 + 96 GiB keeps every layer on the GPU and
    // only the routed experts of the first N layers in RAM (--n-cpu-moe N), N being the fewest that fit.
    void gptOss120bExpertOffload()
    {
        const Scenario sc = scenario(QStringLiteral("gpt-oss-120b"), QStringLiteral("MXFP4_MOE"), 32768);
        const HardwareProfile hw = machine(QStringLiteral("rtx-4090"), 1, 96);
        const FitPlan p = mustPlan(sc, hw);
        QCOMPARE(p.verdict, Verdict::Offload);
        QCOMPARE(p.gpuLayers, p.totalLayers);
        QCOMPARE(p.devices.size(), 2);
        const DevicePlacement& g = p.devices[0];
        const DevicePlacement& cpu = p.devices[1];
        QCOMPARE(g.layers, 36);
        QVERIFY(g.outputLayer);
        QCOMPARE(cpu.layers, 0);
        const int n = p.cpuMoeLayers;
        QVERIFY(n > 0 && n < 36);
        QCOMPARE(cpu.expertLayers, n);

        const MemoryEstimate& e = p.estimate;
        const std::vector<qint64> experts = expertBytesPerLayer(sc);
        qint64 inRam = 0;
        for (int il = 0; il < n; ++il)
            inRam += experts[size_t(il)];
        QCOMPARE(cpu.expertWeights, inRam);
        QCOMPARE(cpu.weights, e.tokenEmbeddingBytes + inRam);
        QCOMPARE(g.weights, e.weights.bytes - e.tokenEmbeddingBytes - inRam);
        QCOMPARE(g.kvCache, e.kvCache.bytes);
        QCOMPARE(cpu.kvCache, qint64(0));
        // The experts' CPU compute buffer next to the graph's inputs in pinned host memory.
        QCOMPARE(cpu.compute,
            expertComputeBuffer(sc.model, sc.ubatch) + engineRules(Engine::LlamaCpp).hostComputeBufferBytes(sc));
        QCOMPARE(g.compute, e.activations.bytes - sc.model.vocabSize * 4);
        // The fewest layers: one layer's experts fewer in RAM would overflow the card.
        QVERIFY(g.used() <= 24 * GiB);
        QVERIFY(g.used() + experts[size_t(n - 1)] > 24 * GiB);
        QCOMPARE(p.headroomBytes, 24 * GiB - g.used());
        QCOMPARE(p.command,
            QStringLiteral(
                "llama-server -m gpt-oss-120b-MXFP4_MOE.gguf -ngl 37 -c 32768 -np 1 -ctk f16 -ctv f16 -fa on "
                "--n-cpu-moe %1")
                .arg(n));
        // A token reads its 4 of 128 experts from RAM: far faster than whole layers there.
        PlanOptions layersOnly;
        layersOnly.expertOffload = false;
        const FitPlan byLayers = mustPlan(sc, hw, layersOnly);
        QCOMPARE(byLayers.cpuMoeLayers, 0);
        QVERIFY(byLayers.gpuLayers < byLayers.totalLayers);
        QVERIFY(p.tokensPerSecond > 2.0 * byLayers.tokensPerSecond);
        qint64 readFromRam = 0;
        for (int il = 0; il < n; ++il)
            readFromRam += qint64(double(experts[size_t(il)]) * 4.0 / 128.0);
        QCOMPARE(cpu.activeBytesPerToken, readFromRam);
    }

    // Done-when: Qwen3-235B-A22B Q4_K_M on two RTX 4090 + 192 GiB: every layer on the two GPUs, the split given as
    // layer counts, the experts of the first N layers in RAM.
    void qwen3_235bExpertOffloadOnTwoGpus()
    {
        const Scenario sc = scenario(QStringLiteral("qwen3-235b-a22b"), QStringLiteral("Q4_K_M"), 8192);
        const FitPlan p = mustPlan(sc, machine(QStringLiteral("rtx-4090"), 2, 192));
        QCOMPARE(p.verdict, Verdict::Offload);
        QCOMPARE(p.gpuLayers, 95);
        QCOMPARE(p.devices.size(), 3);
        const DevicePlacement& g0 = p.devices[0];
        const DevicePlacement& g1 = p.devices[1];
        const DevicePlacement& cpu = p.devices[2];
        QCOMPARE(p.gpuLayerSplit.size(), 2);
        QCOMPARE(p.gpuLayerSplit[0] + p.gpuLayerSplit[1], 95);
        QCOMPARE(g0.layers, p.gpuLayerSplit[0]);
        QCOMPARE(g1.layers + 1, p.gpuLayerSplit[1]); // the output layer counts on the last GPU
        QVERIFY(g1.outputLayer);
        const int n = p.cpuMoeLayers;
        QVERIFY(n > 0 && n < 94);

        const MemoryEstimate& e = p.estimate;
        const std::vector<qint64> experts = expertBytesPerLayer(sc);
        qint64 inRam = 0;
        for (int il = 0; il < n; ++il)
            inRam += experts[size_t(il)];
        QCOMPARE(cpu.expertWeights, inRam);
        QCOMPARE(cpu.weights, e.tokenEmbeddingBytes + inRam);
        QCOMPARE(g0.weights + g1.weights, e.weights.bytes - e.tokenEmbeddingBytes - inRam);
        QCOMPARE(g0.kvCache + g1.kvCache, e.kvCache.bytes);
        // The first GPU holds layers [0, split0): their weights and KV less the experts kept in RAM.
        qint64 first = 0;
        for (int il = 0; il < p.gpuLayerSplit[0]; ++il)
            first += e.layers[size_t(il)].weights + e.layers[size_t(il)].kvCache - (il < n ? experts[size_t(il)] : 0);
        QCOMPARE(g0.weights + g0.kvCache, first);
        QVERIFY(g0.used() <= 24 * GiB && g1.used() <= 24 * GiB);
        // The experts' CPU compute buffer next to the graph's inputs in pinned host memory.
        QCOMPARE(cpu.compute,
            expertComputeBuffer(sc.model, sc.ubatch) + engineRules(Engine::LlamaCpp).hostComputeBufferBytes(sc));
        QCOMPARE(p.command,
            QStringLiteral("llama-server -m qwen3-235b-a22b-Q4_K_M.gguf -ngl 95 -c 8192 -np 1 -ctk f16 -ctv f16 -fa on "
                           "--n-cpu-moe %1 --tensor-split %2,%3")
                .arg(n)
                .arg(p.gpuLayerSplit[0])
                .arg(p.gpuLayerSplit[1]));
    }

    // Ollama sets only a layer count, and dense models have no experts to keep apart: both offload whole layers.
    // LM Studio takes the expert count in its load settings.
    void expertOffloadOnlyWhereItApplies()
    {
        const Scenario moe = scenario(QStringLiteral("gpt-oss-120b"), QStringLiteral("MXFP4_MOE"), 32768);
        PlanOptions ollama;
        ollama.frontend = Frontend::Ollama;
        const FitPlan o = mustPlan(moe, machine(QStringLiteral("rtx-4090"), 1, 96), ollama);
        QCOMPARE(o.cpuMoeLayers, 0);
        QVERIFY(o.gpuLayers < o.totalLayers);
        PlanOptions lms;
        lms.frontend = Frontend::LmStudio;
        const FitPlan l = mustPlan(moe, machine(QStringLiteral("rtx-4090"), 1, 96), lms);
        QVERIFY(l.cpuMoeLayers > 0);
        QCOMPARE(l.command,
            QStringLiteral("# in LM Studio's load settings set \"Number of layers for which to force MoE weights onto "
                           "CPU\" to %1\nlms load gpt-oss-120b-MXFP4_MOE.gguf --gpu max --context-length 32768")
                .arg(l.cpuMoeLayers));
        const FitPlan dense = mustPlan(scenario(QStringLiteral("llama-3.1-70b"), QStringLiteral("Q4_K_M"), 8192),
            machine(QStringLiteral("rtx-4090"), 1, 64));
        QCOMPARE(dense.cpuMoeLayers, 0);
        QCOMPARE(dense.gpuLayers, 46);
    }

    // llama.cpp's --fit keeps 1024 MiB free on each device; the plan does the same where free memory was detected,
    // and not on catalog devices (nothing else runs there).
    void fitMarginOnDetectedGpus()
    {
        const Scenario sc = scenario(QStringLiteral("llama-3.1-70b"), QStringLiteral("Q4_K_M"), 8192);
        HardwareProfile hw = machine(QStringLiteral("rtx-4090"), 1, 64);
        const FitPlan manual = mustPlan(sc, hw);
        QCOMPARE(manual.devices[0].capacity, 24 * GiB);
        hw.gpus[0].memoryFree = 23 * GiB;
        QCOMPARE(mustPlan(sc, hw).devices[0].capacity, 23 * GiB); // entered by hand: nothing else runs there
        hw.gpus[0].source = QStringLiteral("nvml");
        const FitPlan detected = mustPlan(sc, hw);
        QCOMPARE(PlanOptions::kDefaultFitMarginBytes, qint64(1024) << 20);
        QCOMPARE(detected.devices[0].capacity, 22 * GiB);
        QVERIFY(detected.gpuLayers < manual.gpuLayers);
        PlanOptions noMargin;
        noMargin.fitMarginBytes = 0;
        QCOMPARE(mustPlan(sc, hw, noMargin).devices[0].capacity, 23 * GiB);
        PlanOptions bad;
        bad.fitMarginBytes = -1;
        QString error;
        QVERIFY(!FitPlanner(TestCatalogs::quants()).plan(sc, hw, bad, &error));
        QVERIFY(error.contains(QLatin1String("margin")));
    }

    // Done-when: DeepSeek-R1 in FP8 on vLLM needs more than one 8x H100-80GB node and fits on 8x H200 with TP=8.
    void deepseekR1Fp8OnVllm()
    {
        const Scenario sc = scenario(QStringLiteral("deepseek-r1"), QStringLiteral("FP8"), 8192, Engine::Vllm);
        const FitPlan h100 = mustPlan(sc, machine(QStringLiteral("h100-sxm"), 8, 1024), vllm());
        QCOMPARE(h100.verdict, Verdict::None);
        QCOMPARE(h100.tensorParallel, 8);
        QVERIFY(h100.headroomBytes < 0);
        QVERIFY(h100.command.isEmpty());
        // Weights alone exceed 8 x 0.9 x 80 GiB.
        QVERIFY(h100.estimate.weights.bytes > qint64(8 * 0.9 * 80) * GiB);

        const FitPlan twoNodes = mustPlan(sc, machine(QStringLiteral("h100-sxm"), 8, 1024), vllm(2));
        QCOMPARE(twoNodes.verdict, Verdict::Gpu);
        QCOMPARE(twoNodes.tensorParallel, 8);
        QCOMPARE(twoNodes.pipelineParallel, 2);
        QCOMPARE(twoNodes.devices.size(), 16);
        QCOMPARE(twoNodes.devices[0].layers + twoNodes.devices[8].layers,
            61); // 31 + 30 (vLLM gives the extra layer to the first stage)
        QCOMPARE(twoNodes.devices[0].layers, 31);

        const FitPlan h200 = mustPlan(sc, machine(QStringLiteral("h200"), 8, 1024), vllm());
        QCOMPARE(h200.verdict, Verdict::Gpu);
        QCOMPARE(h200.tensorParallel, 8);
        QCOMPARE(h200.pipelineParallel, 1);
        QCOMPARE(h200.devices.size(), 8);
        for (const DevicePlacement& d : h200.devices) {
            QCOMPARE(d.capacity, qint64(std::floor(double(gpus().find(QStringLiteral("h200"))->memoryBytes) * 0.9)));
            // MLA: every rank keeps the whole latent cache.
            QCOMPARE(d.kvCache, h200.estimate.kvCache.bytes);
            QCOMPARE(d.weights, ceilDiv(h200.estimate.weights.bytes, 8));
        }
        QCOMPARE(h200.command,
            QStringLiteral("vllm serve deepseek-ai/DeepSeek-R1 --tensor-parallel-size 8 --pipeline-parallel-size 1 "
                           "--max-model-len 8192 --kv-cache-dtype auto --gpu-memory-utilization 0.9 --max-num-seqs 256 "
                           "--max-num-batched-tokens 8192"));

        // The smallest H100 setup needs more GPUs than one node has: 12 (three nodes of four, TP 4 x PP 3).
        const auto setup
            = FitPlanner(TestCatalogs::quants()).smallestSetup(sc, gpus(), 1024 * GiB, vllm(), 4, [](const GpuSpec& g) {
                  return g.id == QLatin1String("h100-sxm");
              });
        QVERIFY(setup);
        QCOMPARE(setup->gpusPerNode * setup->nodes, 12);
        QCOMPARE(setup->gpusPerNode, 4);
        QCOMPARE(setup->nodes, 3);
        QCOMPARE(setup->plan.verdict, Verdict::Gpu);
        QVERIFY(!setup->plan.estimate.overhead.explanation.isEmpty());
        const auto h200Setup
            = FitPlanner(TestCatalogs::quants()).smallestSetup(sc, gpus(), 1024 * GiB, vllm(), 4, [](const GpuSpec& g) {
                  return g.id == QLatin1String("h200");
              });
        QVERIFY(h200Setup);
        QVERIFY(h200Setup->gpusPerNode * h200Setup->nodes <= 8); // H200s need no more than one node's worth
        QCOMPARE(h200Setup->plan.verdict, Verdict::Gpu);
    }

    void vllmKvHeadsReplicated()
    {
        // Llama-3.1-8B: 32 attention heads, 8 KV heads. TP 4 splits the KV heads 2 per rank; TP 16 exceeds them
        // and each rank keeps one KV head (a copy), i.e. 1/8 of the cache rather than 1/16.
        const Scenario sc = scenario(QStringLiteral("llama-3.1-8b"), QStringLiteral("BF16"), 8192, Engine::Vllm);
        const FitPlan tp4 = mustPlan(sc, machine(QStringLiteral("a100-sxm-80gb"), 4, 256), vllm());
        QCOMPARE(tp4.tensorParallel, 4);
        QCOMPARE(tp4.devices[0].kvCache, tp4.estimate.kvCache.bytes / 4);
        HardwareProfile sixteen = machine(QStringLiteral("a100-sxm-80gb"), 16, 256);
        const FitPlan tp16 = mustPlan(sc, sixteen, vllm());
        QCOMPARE(tp16.tensorParallel, 16);
        QCOMPARE(tp16.devices[0].kvCache, tp16.estimate.kvCache.bytes / 8);
        // Six GPUs cannot split 32 heads: four are used.
        const FitPlan six = mustPlan(sc, machine(QStringLiteral("a100-sxm-80gb"), 6, 256), vllm());
        QCOMPARE(six.tensorParallel, 4);
        QCOMPARE(six.devices.size(), 4);
        QVERIFY(six.notes.join(u' ').contains(QStringLiteral("would not divide the 32 attention heads")));
    }

    // The KV pool vLLM sizes on each rank (gpu_worker.py determine_available_memory, kv_cache_utils.py) and the figures
    // its start-up log prints, for Llama-3.1-8B in BF16 on two H100s (81559 MiB as nvidia-smi reports) at TP 2.
    void vllmKvPoolFigures()
    {
        const Scenario sc = scenario(QStringLiteral("llama-3.1-8b"), QStringLiteral("BF16"), 8192, Engine::Vllm);
        const FitPlan p = mustPlan(sc, machine(QStringLiteral("h100-sxm"), 2, 256), vllm());
        QVERIFY(p.vllmPool);
        const VllmKvPool& k = *p.vllmPool;
        QCOMPARE(k.tensorParallel, 2);
        QCOMPARE(k.gpuMemory, 81559 * MiB);
        QCOMPARE(k.requested, qint64(76968728985)); // 0.9 x 81559 MiB, rounded down
        QCOMPARE(k.weights, qint64(8030261248)); // half of 16060522496
        // The sampler warm-up (256 x 128256 x 38 + 8192 x 4096 x 2) is replicated on both ranks; the TP group adds
        // its 416 MiB of buffers to the 128 MiB outside PyTorch.
        QCOMPARE(k.activationPeak, qint64(1314783232));
        QCOMPARE(k.nonTorch, 544 * MiB);
        QCOMPARE(k.available, qint64(76968728985) - 8030261248 - 1314783232 - 544 * MiB);
        QCOMPARE(k.blockBytes, qint64(16) * 32 * 4 * 128 * 2 * 2); // 4 of the 8 KV heads per rank
        QCOMPARE(k.blocks, qint64(63946));
        QCOMPARE(k.requestBytes, qint64(8192) * 32 * 4 * 128 * 2 * 2);
        QCOMPARE(k.maxConcurrency, 63946.0 / 512.0);
        QCOMPARE(k.tokens, qint64(1023136));
        QCOMPARE(k.cudaGraphs, qint64(86) * 33 * 256 * KiB);
        QVERIFY(k.holdsOneRequest() && k.graphsFit());
        // Each rank's placement shows the same reservation.
        QCOMPARE(p.devices[0].compute, k.activationPeak);
        QCOMPARE(p.devices[0].overhead, k.nonTorch);
        QCOMPARE(p.verdict, Verdict::Gpu);
    }

    // Qwen3-32B in BF16 on one H100 with 1024 sequences: the sampler warm-up takes 5.6 GiB and the pool cannot hold
    // one 32768-token request, so vLLM refuses to start; with 8 sequences it starts but holds fewer than 4 requests.
    void vllmRefusesWhenThePoolIsShort()
    {
        Scenario sc = scenario(QStringLiteral("qwen3-32b"), QStringLiteral("BF16"), 32768, Engine::Vllm);
        sc.maxNumSeqs = 1024;
        const FitPlan p = mustPlan(sc, machine(QStringLiteral("h100-sxm"), 1, 256), vllm());
        QVERIFY(p.vllmPool);
        QCOMPARE(p.vllmPool->activationPeak, qint64(1024) * 151936 * 38 + qint64(8192) * 5120 * 2);
        QVERIFY(!p.vllmPool->holdsOneRequest());
        QCOMPARE(p.verdict, Verdict::None);
        QVERIFY(p.notes.join(u' ').contains(QStringLiteral(
            "vLLM refuses to start: one request of 32768 tokens needs 8.00 GiB of KV cache per GPU, more than the")));

        sc.maxNumSeqs = 8;
        sc.batch = 4;
        const FitPlan four = mustPlan(sc, machine(QStringLiteral("h100-sxm"), 1, 256), vllm());
        QVERIFY(four.vllmPool && four.vllmPool->holdsOneRequest());
        QVERIFY(four.vllmPool->maxConcurrency < 4.0);
        QVERIFY(four.notes.join(u' ').contains(QStringLiteral("fewer than the 4 asked for")));
        QCOMPARE(four.verdict, Verdict::None);
    }

    void multiGpuSplitFollowsFreeMemory()
    {
        // 4x RTX 3090 as NVML reports them: GPU 0 has 1.5 GiB less free memory (the desktop). llama.cpp splits
        // layers by free memory: split points are cumulative shares, layer i goes to the first device whose
        // split point exceeds i / (layers on GPU).
        HardwareProfile hw = machine(QStringLiteral("rtx-3090"), 4, 256);
        hw.gpus[0].memoryFree = 24159191040;
        for (int i = 1; i < 4; ++i)
            hw.gpus[i].memoryFree = 25446842368;
        const FitPlan p = mustPlan(scenario(QStringLiteral("llama-3.1-70b"), QStringLiteral("Q4_K_M"), 8192), hw);
        QCOMPARE(p.verdict, Verdict::Gpu);
        QCOMPARE(p.gpuLayers, 81);
        const double total = 24159191040.0 + 3 * 25446842368.0;
        const double splits[4] = { 24159191040.0 / total, (24159191040.0 + 25446842368.0) / total,
            (24159191040.0 + 2 * 25446842368.0) / total, 1.0 };
        int expected[4] = { 0, 0, 0, 0 };
        for (int il = 0; il <= 80; ++il) {
            const double x = double(il) / 81.0;
            int d = 0;
            while (d < 3 && splits[d] <= x)
                ++d;
            if (il < 80)
                ++expected[d];
        }
        QCOMPARE(p.devices.size(), 5);
        for (int d = 0; d < 4; ++d)
            QCOMPARE(p.devices[d].layers, expected[d]);
        QVERIFY(p.devices[3].outputLayer);
        QVERIFY(p.command.endsWith(QStringLiteral("--tensor-split 22.5,23.7,23.7,23.7")));
        QVERIFY(p.command.startsWith(QStringLiteral("llama-server -m llama-3.1-70b-Q4_K_M.gguf -ngl 81 -c 8192")));
        // Layers run one device after another: decode time is the sum over devices, plus a fixed cost per token and
        // one hand-over per device boundary.
        const GpuSpeedFigures f = gpuSpeedFigures(GpuClass::GeForce);
        double seconds = f.tokenSeconds + 3.0 * f.hopSeconds;
        for (const DevicePlacement& d : p.devices)
            seconds += d.isCpu ? 0.0 : llamaGpuDecodeSeconds(p, d, 936.0, GpuClass::GeForce);
        QCOMPARE(p.tokensPerSecond, 1.0 / seconds);
    }

    void verdicts_data()
    {
        QTest::addColumn<QString>("model");
        QTest::addColumn<QString>("quant");
        QTest::addColumn<QString>("gpu");
        QTest::addColumn<int>("gpuCount");
        QTest::addColumn<qint64>("ramGiB");
        QTest::addColumn<Verdict>("verdict");

        QTest::addRow("8B in RAM only") << QStringLiteral("llama-3.1-8b") << QStringLiteral("Q4_K_M") << QString() << 0
                                        << qint64(16) << Verdict::Cpu;
        QTest::addRow("405B nowhere") << QStringLiteral("llama-3.1-405b") << QStringLiteral("Q4_K_M")
                                      << QStringLiteral("rtx-4090") << 1 << qint64(64) << Verdict::None;
        QTest::addRow("70B on two 4090s") << QStringLiteral("llama-3.1-70b") << QStringLiteral("Q4_K_M")
                                          << QStringLiteral("rtx-4090") << 2 << qint64(64) << Verdict::Gpu;
        QTest::addRow("70B on two 16 GB cards")
            << QStringLiteral("llama-3.1-70b") << QStringLiteral("Q4_K_M") << QStringLiteral("rtx-4060-ti-16gb") << 2
            << qint64(64) << Verdict::Offload;
        QTest::addRow("70B on 2x RTX 6000 Ada") << QStringLiteral("llama-3.1-70b") << QStringLiteral("Q4_K_M")
                                                << QStringLiteral("rtx-6000-ada") << 2 << qint64(64) << Verdict::Gpu;
        QTest::addRow("8B F16 on 8 GB: offload") << QStringLiteral("llama-3.1-8b") << QStringLiteral("F16")
                                                 << QStringLiteral("rtx-4060") << 1 << qint64(32) << Verdict::Offload;
        QTest::addRow("no RAM for the rest") << QStringLiteral("llama-3.1-70b") << QStringLiteral("Q8_0")
                                             << QStringLiteral("rtx-4060") << 1 << qint64(16) << Verdict::None;
    }

    void verdicts()
    {
        QFETCH(QString, model);
        QFETCH(QString, quant);
        QFETCH(QString, gpu);
        QFETCH(int, gpuCount);
        QFETCH(qint64, ramGiB);
        QFETCH(Verdict, verdict);
        const HardwareProfile hw
            = gpu.isEmpty() ? machine(QStringLiteral("rtx-4090"), 0, ramGiB) : machine(gpu, gpuCount, ramGiB);
        const FitPlan p = mustPlan(scenario(model, quant, 8192), hw);
        QCOMPARE(p.verdict, verdict);
        QCOMPARE(p.headroomBytes < 0, verdict == Verdict::None);
        QCOMPARE(p.command.isEmpty(), verdict == Verdict::None);
        if (verdict == Verdict::Cpu) {
            QCOMPARE(p.gpuLayers, 0);
            QCOMPARE(p.devices.size(), 1);
            QCOMPARE(p.headroomBytes, ramGiB * GiB - p.devices[0].used());
            QVERIFY(p.command.contains(QStringLiteral("-ngl 0")));
        }
    }

    void unifiedMemoryShared()
    {
        // M2 Max 64 GB: the GPU may wire 48 GiB; what it uses is gone from the CPU's share.
        HardwareProfile hw;
        hw.gpus << gpus().find(QStringLiteral("apple-m2-max"))->toDevice(appleDefaultWiredLimit(64 * GiB));
        hw.ramTotal = hw.ramAvailable = 64 * GiB;
        const FitPlan p = mustPlan(scenario(QStringLiteral("llama-3.1-70b"), QStringLiteral("Q4_K_M"), 8192), hw);
        QCOMPARE(p.verdict, Verdict::Gpu);
        QCOMPARE(p.devices[0].capacity, 48 * GiB);
        QCOMPARE(p.devices[1].capacity, 64 * GiB - p.devices[0].used());
        // Q8_0 (75 GB) cannot fit 64 GB of unified memory at all.
        QCOMPARE(mustPlan(scenario(QStringLiteral("llama-3.1-70b"), QStringLiteral("Q8_0"), 8192), hw).verdict,
            Verdict::None);
    }

    // Apple with mmap: the Metal buffer maps the file's range of the GPU's tensors, token_embd included, so the
    // embeddings count on the GPU, once (tied embeddings too: their output copy is the same mapped data).
    void metalMapsTheWholeFile()
    {
        HardwareProfile hw;
        hw.gpus << gpus().find(QStringLiteral("apple-m2-max"))->toDevice(appleDefaultWiredLimit(64 * GiB));
        hw.ramTotal = hw.ramAvailable = 64 * GiB;
        for (const QString& model : { QStringLiteral("llama-3.1-8b"), QStringLiteral("qwen3-4b") }) {
            const FitPlan p = mustPlan(scenario(model, QStringLiteral("Q4_K_M"), 8192), hw);
            QCOMPARE(p.verdict, Verdict::Gpu);
            QVERIFY(p.devices[0].tokenEmbeddings && !p.devices[1].tokenEmbeddings);
            QCOMPARE(p.devices[0].weights, p.estimate.weights.bytes);
            QCOMPARE(p.devices[1].weights, qint64(0));
        }
    }

    // Speed first (no offloaded plan counts as usable) and no quality floor: the best recipe entirely on the GPU.
    void bestQuantIsTheLargestThatFitsOnGpu()
    {
        const FitPlanner planner(TestCatalogs::quants());
        const HardwareProfile hw = machine(QStringLiteral("rtx-4090"), 1, 64);
        const Scenario sc = scenario(QStringLiteral("llama-3.1-70b"), QStringLiteral("Q4_K_M"), 8192);
        const QStringList candidates = planner.candidateRecipes(sc);
        QVERIFY(candidates.size() > 20);
        QCOMPARE(candidates.front(), QStringLiteral("F16"));
        QVERIFY(!candidates.contains(QStringLiteral("TQ1_0")));
        PlanOptions gpuFirst;
        gpuFirst.qualityFloorKld = std::numeric_limits<double>::infinity();
        gpuFirst.usableTokensPerSecond = 1.0e6;
        const auto best = planner.bestQuant(sc, hw, gpuFirst);
        QVERIFY(best);
        QCOMPARE(best->verdict, Verdict::Gpu);
        // The search probes with figures only; the plan it returns is the whole plan, explanations included.
        Scenario chosen = sc;
        chosen.recipeId = best->recipeId;
        const FitPlan direct = mustPlan(chosen, hw);
        QCOMPARE(best->estimate.total, direct.estimate.total);
        QCOMPARE(best->estimate.weights.explanation, direct.estimate.weights.explanation);
        QCOMPARE(best->estimate.kvCache.explanation, direct.estimate.kvCache.explanation);
        QVERIFY(!best->estimate.activations.explanation.isEmpty());
        QCOMPARE(best->speedExplanation, direct.speedExplanation);
        // Every better candidate does not fit on the GPU.
        for (const QString& id : candidates) {
            if (id == best->recipeId)
                break;
            Scenario s = sc;
            s.recipeId = id;
            QVERIFY2(mustPlan(s, hw).verdict != Verdict::Gpu, qPrintable(id));
        }
        // With no GPU, quality first: the largest that fits RAM; with the default usable speed (5 tokens/s), the
        // best that reaches it on the assumed CPU (F16 and Q8_0 do not).
        const Scenario eightB = scenario(QStringLiteral("llama-3.1-8b"), QStringLiteral("Q4_K_M"), 8192);
        PlanOptions qualityFirst;
        qualityFirst.usableTokensPerSecond = 0.0;
        const auto cpuBest = planner.bestQuant(eightB, machine(QStringLiteral("rtx-4090"), 0, 64), qualityFirst);
        QVERIFY(cpuBest);
        QCOMPARE(cpuBest->recipeId, QStringLiteral("F16"));
        QCOMPARE(cpuBest->verdict, Verdict::Cpu);
        const auto cpuUsable = planner.bestQuant(eightB, machine(QStringLiteral("rtx-4090"), 0, 64), {});
        QVERIFY(cpuUsable);
        QCOMPARE(cpuUsable->recipeId, QStringLiteral("Q6_K"));
        QCOMPARE(cpuUsable->verdict, Verdict::Cpu);
        QVERIFY(cpuUsable->tokensPerSecond >= PlanOptions::kDefaultUsableTokensPerSecond);
    }

    // A model published quantized starts from, and is searched in, its own format on the engines that load the
    // checkpoint; llama.cpp and MLX keep their own defaults, 16-bit checkpoints the engine's default.
    void nativeFormats()
    {
        const QuantCatalog& q = TestCatalogs::quants();
        const auto start = [&q](const char* model, Engine engine) {
            return startingRecipe(TestCatalogs::model(QString::fromLatin1(model)), engine, q);
        };
        QCOMPARE(start("deepseek-r1", Engine::Vllm), QStringLiteral("FP8"));
        QCOMPARE(start("deepseek-r1", Engine::Transformers), QStringLiteral("FP8"));
        QCOMPARE(start("deepseek-r1", Engine::LlamaCpp), QStringLiteral("Q4_K_M"));
        QCOMPARE(start("deepseek-r1", Engine::Mlx), QStringLiteral("MLX-4BIT"));
        QCOMPARE(start("kimi-k2", Engine::Vllm), QStringLiteral("FP8"));
        QCOMPARE(start("gpt-oss-120b", Engine::Vllm), QStringLiteral("MXFP4"));
        QCOMPARE(start("gpt-oss-20b", Engine::Transformers), QStringLiteral("MXFP4"));
        QCOMPARE(start("gpt-oss-20b", Engine::LlamaCpp), QStringLiteral("MXFP4_MOE")); // the experts as published
        QCOMPARE(start("llama-3.1-8b", Engine::Vllm), QStringLiteral("BF16"));
        QCOMPARE(start("llama-2-7b", Engine::Transformers), QStringLiteral("BF16"));

        const FitPlanner planner(q);
        QCOMPARE(planner.candidateRecipes(
                     scenario(QStringLiteral("deepseek-r1"), QStringLiteral("FP8"), 8192, Engine::Vllm)),
            QStringList({ QStringLiteral("FP8") }));
        QCOMPARE(planner.candidateRecipes(
                     scenario(QStringLiteral("gpt-oss-120b"), QStringLiteral("MXFP4"), 8192, Engine::Transformers)),
            QStringList({ QStringLiteral("MXFP4") }));
        QCOMPARE(planner.candidateRecipes(
                     scenario(QStringLiteral("gpt-oss-120b"), QStringLiteral("MXFP4_MOE"), 8192, Engine::LlamaCpp)),
            QStringList({ QStringLiteral("MXFP4_MOE") }));
        QVERIFY(!planner
                     .candidateRecipes(
                         scenario(QStringLiteral("qwen3-30b-a3b"), QStringLiteral("Q4_K_M"), 8192, Engine::LlamaCpp))
                     .contains(QStringLiteral("MXFP4_MOE")));
        QCOMPARE(recipeKld(TestCatalogs::model(QStringLiteral("gpt-oss-120b")), QStringLiteral("MXFP4_MOE"), q), 0.0);
        QVERIFY(!recipeKld(TestCatalogs::model(QStringLiteral("qwen3-30b-a3b")), QStringLiteral("MXFP4_MOE"), q));
        // 16-bit checkpoints: formats made at load (FP8 per tensor, bitsandbytes) or published for every family
        // (FP8 blocks, W8A8, GPTQ/AWQ with groups of 128); no experts-only or NVFP4 formats, no other group sizes.
        QCOMPARE(planner.candidateRecipes(
                     scenario(QStringLiteral("llama-3.1-8b"), QStringLiteral("BF16"), 8192, Engine::Vllm)),
            QStringList(
                { QStringLiteral("BF16"), QStringLiteral("GPTQ-INT8"), QStringLiteral("INT8"), QStringLiteral("FP8"),
                    QStringLiteral("FP8-TENSOR"), QStringLiteral("GPTQ-INT4"), QStringLiteral("AWQ-INT4") }));
        // llama.cpp makes every file type from the converter's file, quantized checkpoints included.
        const QStringList gguf = planner.candidateRecipes(
            scenario(QStringLiteral("deepseek-r1"), QStringLiteral("Q4_K_M"), 8192, Engine::LlamaCpp));
        QVERIFY(gguf.contains(QStringLiteral("Q4_K_M")));
        QVERIFY(gguf.size() > 20);

        // gpt-oss-120b on one H100 under vLLM: the published MXFP4 checkpoint fits on the GPU, no offload.
        const HardwareProfile h100 = machine(QStringLiteral("h100-sxm"), 1, 128);
        Scenario oss = scenario(QStringLiteral("gpt-oss-120b"), QStringLiteral("MXFP4"), 32768, Engine::Vllm);
        const auto best = planner.bestQuant(oss, h100, vllm());
        QVERIFY(best);
        QCOMPARE(best->recipeId, QStringLiteral("MXFP4"));
        QCOMPARE(best->verdict, Verdict::Gpu);
    }

    // The searches weigh quality: llama.cpp's recipes ranked by their published mean KL divergence, those above
    // the floor never chosen, a better recipe with CPU offload while it stays usable, else the fastest.
    void bestQuantQualityFloor()
    {
        const FitPlanner planner(TestCatalogs::quants());
        const QuantCatalog& q = TestCatalogs::quants();
        const Scenario sc = scenario(QStringLiteral("llama-3.1-70b"), QStringLiteral("Q4_K_M"), 8192);
        const QStringList ranked = planner.candidateRecipes(sc);
        QCOMPARE(ranked.mid(0, 10),
            QStringList({ QStringLiteral("F16"), QStringLiteral("Q8_0"), QStringLiteral("Q6_K"),
                QStringLiteral("Q5_K_M"), QStringLiteral("Q5_K_S"), QStringLiteral("Q5_1"), QStringLiteral("Q5_0"),
                QStringLiteral("Q4_K_M"), QStringLiteral("IQ4_NL"), QStringLiteral("IQ4_XS") }));
        QCOMPARE(ranked.back(), QStringLiteral("IQ1_S"));
        const HardwareProfile hw = machine(QStringLiteral("rtx-4090"), 1, 64);
        PlanOptions noFloor;
        noFloor.qualityFloorKld = std::numeric_limits<double>::infinity();
        PlanOptions noFloorGpuFirst = noFloor;
        noFloorGpuFirst.usableTokensPerSecond = 1.0e6;
        // Speed first and no floor: the best that fits the 24 GB card is a 2-bit type.
        const auto low = planner.bestQuant(sc, hw, noFloorGpuFirst);
        QVERIFY(low);
        QCOMPARE(low->recipeId, QStringLiteral("IQ2_S"));
        QCOMPARE(low->verdict, Verdict::Gpu);
        // At 5 tokens/s IQ3_XXS with a few layers in RAM is usable (KLD 0.18 against IQ2_S's 0.44).
        const auto usable = planner.bestQuant(sc, hw, noFloor);
        QVERIFY(usable);
        QCOMPARE(usable->recipeId, QStringLiteral("IQ3_XXS"));
        QCOMPARE(usable->verdict, Verdict::Offload);
        QVERIFY(usable->tokensPerSecond >= PlanOptions::kDefaultUsableTokensPerSecond);
        QVERIFY(usable->notes.value(0).contains(QStringLiteral("rather than IQ2_S on the GPU")));
        // The default floor (0.25) leaves the 2-bit types out altogether: the same answer, for another reason.
        const auto best = planner.bestQuant(sc, hw, {});
        QVERIFY(best);
        QCOMPARE(best->recipeId, QStringLiteral("IQ3_XXS"));
        QVERIFY(best->notes.value(0).contains(QStringLiteral("the best quality that runs at a usable speed")));
        // Nothing at or above the floor reaches 20 tokens/s: the fastest that fits, and the note says so.
        PlanOptions fast;
        fast.usableTokensPerSecond = 20.0;
        const auto fastest = planner.bestQuant(sc, hw, fast);
        QVERIFY(fastest);
        QCOMPARE(fastest->recipeId, QStringLiteral("IQ3_XXS"));
        QVERIFY(fastest->notes.value(0).contains(QStringLiteral("is the fastest that fits")));
        for (const QString& id : ranked) {
            if (*recipeKld(sc.model, id, q) > PlanOptions::kDefaultQualityFloorKld)
                continue;
            Scenario s = sc;
            s.recipeId = id;
            const FitPlan p = mustPlan(s, hw);
            QVERIFY2(p.verdict != Verdict::Gpu, qPrintable(id));
            QVERIFY2(p.tokensPerSecond <= fastest->tokensPerSecond, qPrintable(id));
        }
        // An IQ1_S or IQ2_XXS 70B is not an answer: on 16 GB with 8 GiB of RAM nothing at or above the floor fits
        // and the message says why, while the 8B fits on the same GPU in 16 bits.
        const HardwareProfile small = machine(QStringLiteral("rtx-4060-ti-16gb"), 1, 8);
        QString error;
        QVERIFY(!planner.bestQuant(sc, small, {}, &error));
        QCOMPARE(error,
            QStringLiteral("no quantization of llama-3.1-70b at or above the quality floor (mean KL divergence 0.25 or "
                           "less) fits this hardware at a context of 8192"));
        const auto tiny = planner.bestQuant(sc, small, noFloor);
        QVERIFY(tiny);
        QCOMPARE(tiny->recipeId, QStringLiteral("IQ2_XXS"));
        const auto eight
            = planner.bestQuant(scenario(QStringLiteral("llama-3.1-8b"), QStringLiteral("Q4_K_M"), 8192), small, {});
        QVERIFY(eight);
        QCOMPARE(eight->recipeId, QStringLiteral("F16"));
        QCOMPARE(eight->verdict, Verdict::Gpu);
    }

    // A better recipe with CPU offload replaces a 3-bit one on the GPU while it decodes at the usable speed; a
    // 4-bit k-quant on the GPU is kept. Options: an 8-bit KV cache, a shorter context.
    void bestQuantUsableOffload_data()
    {
        QTest::addColumn<QString>("gpu");
        QTest::addColumn<qint64>("context");
        QTest::addColumn<QString>("gpuFirst"); // the best recipe entirely on the GPU; empty: none
        QTest::addColumn<QString>("recipe");
        QTest::addColumn<int>("verdict");
        QTest::addColumn<QString>("expectedOptions"); // KV type, recipe, context of each option
        QTest::addRow("6 GB, 8k: Q4_K_M on the GPU is good enough")
            << QStringLiteral("rtx-2060") << qint64(8192) << QStringLiteral("Q4_K_M") << QStringLiteral("Q4_K_M")
            << int(Verdict::Gpu) << QStringLiteral("Q8_0 Q5_K_S 8192, F16 Q5_K_S 4608");
        QTest::addRow("8 GB, 32k: Q8_0 offloaded over IQ3_M on the GPU")
            << QStringLiteral("rtx-3050") << qint64(32768) << QStringLiteral("IQ3_M") << QStringLiteral("Q8_0")
            << int(Verdict::Offload) << QStringLiteral("Q8_0 Q5_K_M 32768, F16 Q6_K 13824");
        QTest::addRow("6 GB, 32k: nothing on the GPU alone, Q8_0 is usable")
            << QStringLiteral("rtx-2060") << qint64(32768) << QString() << QStringLiteral("Q8_0")
            << int(Verdict::Offload) << QStringLiteral("Q8_0 IQ3_M 32768, F16 Q5_K_S 4608");
    }

    void bestQuantUsableOffload()
    {
        QFETCH(QString, gpu);
        QFETCH(qint64, context);
        QFETCH(QString, gpuFirst);
        QFETCH(QString, recipe);
        QFETCH(int, verdict);
        QFETCH(QString, expectedOptions);
        const FitPlanner planner(TestCatalogs::quants());
        const Scenario sc = scenario(QStringLiteral("llama-3.1-8b"), QStringLiteral("Q4_K_M"), context);
        const HardwareProfile hw = machine(gpu, 1, 64);
        PlanOptions speedFirst;
        speedFirst.usableTokensPerSecond = 1.0e6;
        const auto g = planner.bestQuant(sc, hw, speedFirst);
        QVERIFY(g);
        QCOMPARE(g->verdict == Verdict::Gpu ? g->recipeId : QString(), gpuFirst);
        const auto best = planner.bestQuant(sc, hw, {});
        QVERIFY(best);
        QCOMPARE(best->recipeId, recipe);
        QCOMPARE(int(best->verdict), verdict);
        QVERIFY(best->tokensPerSecond >= PlanOptions::kDefaultUsableTokensPerSecond);
        if (best->verdict != Verdict::Gpu && !gpuFirst.isEmpty())
            QVERIFY(best->notes.value(0).contains(QStringLiteral("rather than %1 on the GPU").arg(gpuFirst)));
        // Offloaded: every better recipe is slower than the usable speed.
        const QStringList ranked = planner.candidateRecipes(sc);
        for (const QString& id : ranked.mid(0, best->verdict == Verdict::Gpu ? 0 : ranked.indexOf(best->recipeId))) {
            Scenario s = sc;
            s.recipeId = id;
            QVERIFY2(mustPlan(s, hw).tokensPerSecond < PlanOptions::kDefaultUsableTokensPerSecond, qPrintable(id));
        }
        // Each option keeps everything on the GPU where the answer offloads, or in a better recipe.
        QStringList options;
        for (const PlanAlternative& a : planner.alternatives(sc, hw, {}, *best)) {
            options << QStringLiteral("%1 %2 %3").arg(a.plan.kvType, a.plan.recipeId).arg(a.plan.context);
            QCOMPARE(a.plan.verdict, Verdict::Gpu);
            QVERIFY(best->verdict != Verdict::Gpu || ranked.indexOf(a.plan.recipeId) < ranked.indexOf(recipe));
            if (a.kind == PlanAlternative::Kind::KvCache) {
                QCOMPARE(a.plan.kvType, QStringLiteral("Q8_0"));
                QCOMPARE(a.plan.context, context);
            } else {
                QVERIFY(a.plan.context >= 4096 && a.plan.context < context);
                Scenario longer = sc;
                longer.recipeId = a.plan.recipeId;
                longer.context = a.plan.context + 256;
                QVERIFY(longer.context >= context || mustPlan(longer, hw).verdict != Verdict::Gpu);
            }
        }
        QCOMPARE(options.join(QStringLiteral(", ")), expectedOptions);
    }

    void largestContext()
    {
        const FitPlanner planner(TestCatalogs::quants());
        const HardwareProfile hw = machine(QStringLiteral("rtx-4060"), 1, 32);
        const Scenario sc = scenario(QStringLiteral("llama-3.1-8b"), QStringLiteral("Q4_K_M"), 4096);
        const auto p = planner.largestContext(sc, hw, {}, Verdict::Gpu);
        QVERIFY(p);
        QCOMPARE(p->verdict, Verdict::Gpu);
        QVERIFY(p->context > 4096);
        QVERIFY(p->context < 131072);
        QCOMPARE(p->context % 256, qint64(0));
        QVERIFY(p->estimate.kvCache.explanation.contains(QString::number(p->context)));
        Scenario more = sc;
        more.context = p->context + 256;
        QVERIFY(mustPlan(more, hw).verdict != Verdict::Gpu);
        // A 4090 holds the whole trained context at Q4_K_M.
        const auto full = planner.largestContext(sc, machine(QStringLiteral("rtx-4090"), 1, 64), {}, Verdict::Gpu);
        QVERIFY(full);
        QCOMPARE(full->context, qint64(131072));
    }

    // Public llama.cpp results on GPUs and Apple chips (tests/data/speed/llama_bench_public.csv, a source per row)
    // against the speed model: each result's error is printed, then the median error of decode and of prefill
    // overall and per group (GPU class, multi-GPU, MoE). A second file of results that were held out of the fit can
    // be given in FITPLANNER_HELD_OUT_SPEED_CSV (same columns); it is printed and held to the same targets.
    void publicLlamaBenchAccuracy()
    {
        checkSpeedResults(QStringLiteral(FITPLANNER_SOURCE_DIR "/tests/data/speed/llama_bench_public.csv"), 100);
        const QString heldOut = qEnvironmentVariable("FITPLANNER_HELD_OUT_SPEED_CSV");
        if (!heldOut.isEmpty())
            checkSpeedResults(heldOut, 1);
    }

    void speedFormula()
    {
        const FitPlan p = mustPlan(scenario(QStringLiteral("llama-3.1-8b"), QStringLiteral("Q4_K_M"), 8192),
            machine(QStringLiteral("rtx-4090"), 1, 64));
        const DevicePlacement& g = p.devices[0];
        // Bytes per token: the weights of every layer and the output, and the whole KV cache.
        qint64 layerWeights = 0;
        for (const LayerBytes& l : p.estimate.layers)
            layerWeights += l.weights;
        QCOMPARE(g.activeBytesPerToken, layerWeights + p.estimate.outputBytes + p.estimate.kvCache.bytes);
        // A GeForce card: weights at 90% of 1008 GB/s slowed to 80% by the K-quant kernels, KV at 90%, 25 us per
        // layer, 0.3 ms per token.
        const GpuSpeedFigures geforce = gpuSpeedFigures(GpuClass::GeForce);
        QCOMPARE(geforce.decodeShare, 0.90);
        QCOMPARE(quantKernelCost(QStringLiteral("Q4_K_M")).decode, 0.8);
        QCOMPARE(
            p.tokensPerSecond, 1.0 / (llamaGpuDecodeSeconds(p, g, 1008.0, GpuClass::GeForce) + geforce.tokenSeconds));
        QCOMPARE(p.promptTokens, qint64(8192));
        // Prefill: the weights' FLOPs at 95% of the catalog FP16 rate times the K-quant MMQ share (75%), plus
        // attention at 30% of that rate, plus the fixed per-layer cost once per micro-batch of 512. Llama 3.1 8B has
        // 32 layers of 32 heads of 128 dimensions (keys and values), all full attention: token t attends to t
        // positions, 8192 x 8193 / 2 pairs per layer, each 2 x 32 x (128 + 128) FLOPs.
        const double attention = 32.0 * 2.0 * 32.0 * 256.0 * (8192.0 * 8193.0 / 2.0);
        QCOMPARE(p.prefillAttentionFlops, attention);
        const double rate = 165.2e12 * 0.95 * 0.75;
        QCOMPARE(p.prefillSeconds,
            2.0 * double(g.activeParams) * 8192.0 / rate + attention / (rate * 0.3) + 16.0 * 32.0 * 25.0e-6);
        // A recurrent mixer does no attention over the prompt: with every other layer a Gated DeltaNet, half
        // the layers attend.
        Scenario hybrid = scenario(QStringLiteral("llama-3.1-8b"), QStringLiteral("Q4_K_M"), 8192);
        for (size_t il = 0; il < hybrid.model.layers.size(); il += 2)
            hybrid.model.layers[il].mixer = MixerKind::GatedDeltaNet;
        const FitPlan half = mustPlan(hybrid, machine(QStringLiteral("rtx-4090"), 1, 64));
        QCOMPARE(half.prefillAttentionFlops, attention / 2.0);
        // The explanation names the class and the figures it used.
        QVERIFY2(p.speedExplanation.contains(QStringLiteral(
                     "NVIDIA GeForce RTX 4090 [GeForce (CUDA)]: 5.30 GiB per token at 90% of 1008 GB/s, 25 us per "
                     "layer; prefill at 95% of 165.2 TFLOPS")),
            qPrintable(p.speedExplanation));
        QVERIFY(p.speedExplanation.contains(QStringLiteral("Q4_K_M weights (K-quant kernels)")));
        // One sequence reads 4.9 GB per token but computes 16 GFLOPs: memory-bound; the prompt is compute-bound.
        QCOMPARE(p.decodeBound, QStringLiteral("memory"));
        QCOMPARE(p.prefillBound, QStringLiteral("compute"));
        // Each device takes the longer of its memory time and its compute time for the batch: 1024 sequences at
        // once compute 1024 tokens per step. An H100 reaches 23% of its catalog FP16 rate in llama.cpp's prefill.
        Scenario wide = scenario(QStringLiteral("llama-3.1-8b"), QStringLiteral("Q4_K_M"), 256);
        wide.batch = 1024;
        const FitPlan batched = mustPlan(wide, machine(QStringLiteral("h100-sxm"), 1, 64));
        const DevicePlacement& h = batched.devices[0];
        const GpuSpeedFigures hopper = gpuSpeedFigures(GpuClass::Hopper);
        const double compute = 2.0 * double(h.activeParams) * 1024.0 / (989.4e12 * hopper.prefillShare * 0.75);
        QVERIFY(compute > llamaGpuDecodeSeconds(batched, h, 3350.0, GpuClass::Hopper));
        QCOMPARE(batched.verdict, Verdict::Gpu);
        QCOMPARE(batched.decodeBound, QStringLiteral("compute"));
        QCOMPARE(batched.tokensPerSecond, 1.0 / (compute + 32.0 * hopper.layerSeconds + hopper.tokenSeconds));
        // vLLM keeps the plain roofline: the longer of memory and compute at the generic shares.
        Scenario served = scenario(QStringLiteral("llama-3.1-8b"), QStringLiteral("BF16"), 256, Engine::Vllm);
        const FitPlan v = mustPlan(served, machine(QStringLiteral("h100-sxm"), 1, 64), vllm());
        const DevicePlacement& r = v.devices[0];
        QCOMPARE(v.tokensPerSecond, 1.0 / (double(r.activeBytesPerToken) / (3350.0e9 * FitPlanner::kDecodeEfficiency)));
        // An unknown device gives no speed rather than a guess.
        HardwareProfile manual = machine(QStringLiteral("rtx-4090"), 1, 64);
        manual.gpus[0].bandwidthGBps = 0.0;
        const FitPlan unknown
            = mustPlan(scenario(QStringLiteral("llama-3.1-8b"), QStringLiteral("Q4_K_M"), 8192), manual);
        QCOMPARE(unknown.tokensPerSecond, -1.0);
        QCOMPARE(unknown.prefillSeconds, -1.0);
    }

    void speedMechanisms()
    {
        const auto classOf = [](const char* id) { return gpuClass(gpus().find(QLatin1String(id))->toDevice()); };
        QCOMPARE(classOf("rtx-4090"), GpuClass::GeForce);
        QCOMPARE(classOf("titan-rtx"), GpuClass::GeForce);
        QCOMPARE(classOf("rtx-a6000"), GpuClass::Workstation);
        QCOMPARE(classOf("rtx-6000-ada"), GpuClass::Workstation);
        QCOMPARE(classOf("a100-sxm-80gb"), GpuClass::Datacenter);
        QCOMPARE(classOf("l40s"), GpuClass::Datacenter);
        QCOMPARE(classOf("h100-sxm"), GpuClass::Hopper);
        QCOMPARE(classOf("h20"), GpuClass::Hopper);
        QCOMPARE(classOf("apple-m2-ultra"), GpuClass::Apple);
        QCOMPARE(classOf("rx-7900-xtx"), GpuClass::Radeon);
        QCOMPARE(classOf("instinct-mi300x"), GpuClass::Instinct);
        QCOMPARE(classOf("arc-a770-16gb"), GpuClass::Other);
        QCOMPARE(quantKernelCost(QStringLiteral("IQ1_S")).family, QStringLiteral("IQ1"));
        QCOMPARE(quantKernelCost(QStringLiteral("IQ4_XS")).family, QStringLiteral("IQ4"));
        QCOMPARE(quantKernelCost(QStringLiteral("MXFP4_MOE")).family, QStringLiteral("MXFP4"));
        QCOMPARE(quantKernelCost(QStringLiteral("Q5_K_M")).family, QStringLiteral("K-quant"));
        QCOMPARE(quantKernelCost(QStringLiteral("Q4_0")).family, QStringLiteral("legacy"));
        QCOMPARE(quantKernelCost(QStringLiteral("BF16")).decode, 1.0);

        // MoE decode is far from bandwidth-bound: DeepSeek-R1 IQ1_S on two H100 and 256 GiB decodes at about 14
        // tokens/s in public single-user reports; a bandwidth-only roofline said 252.
        PlanOptions shortPrompt;
        shortPrompt.promptTokens = 128;
        const FitPlan ds = mustPlan(scenario(QStringLiteral("deepseek-r1"), QStringLiteral("IQ1_S"), 4096),
            machine(QStringLiteral("h100-sxm"), 2, 256), shortPrompt);
        QCOMPARE(ds.verdict, Verdict::Gpu);
        QVERIFY2(
            ds.tokensPerSecond > 10.0 && ds.tokensPerSecond < 30.0, qPrintable(QString::number(ds.tokensPerSecond)));
        QVERIFY(ds.speedExplanation.contains(QStringLiteral("decode walks all 256 experts")));

        // A layer split is sequential: the same 8B on four A100 decodes slower than on one (a hand-over per
        // boundary), while a long prompt's micro-batches are pipelined over the four.
        PlanOptions longPrompt;
        longPrompt.promptTokens = 4096;
        const Scenario eightB = scenario(QStringLiteral("llama-3-8b"), QStringLiteral("Q4_K_M"), 4096);
        const FitPlan one = mustPlan(eightB, machine(QStringLiteral("a100-pcie-80gb"), 1, 256), longPrompt);
        const FitPlan four = mustPlan(eightB, machine(QStringLiteral("a100-pcie-80gb"), 4, 256), longPrompt);
        QCOMPARE(four.devices.size(), 5);
        QVERIFY(four.tokensPerSecond < one.tokensPerSecond);
        QVERIFY(four.prefillSeconds < one.prefillSeconds / 2.0);
        QVERIFY(four.speedExplanation.contains(QStringLiteral("hands each token from GPU to GPU 3 time(s)")));
    }

    void commands_data()
    {
        QTest::addColumn<Frontend>("frontend");
        QTest::addColumn<QString>("kv");
        QTest::addColumn<qint64>("batch");
        QTest::addColumn<QString>("command");

        QTest::addRow("llama-server q8_0 KV, 4 slots")
            << Frontend::LlamaServer << QStringLiteral("Q8_0") << qint64(4)
            << QStringLiteral("llama-server -m qwen2.5-7b-Q4_K_M.gguf -ngl 29 -c 32768 -np 4 --kv-unified -ctk q8_0 "
                              "-ctv q8_0 -fa on");
        QTest::addRow("ollama") << Frontend::Ollama << QStringLiteral("F16") << qint64(1)
                                << QStringLiteral(
                                       "printf 'FROM ./qwen2.5-7b-Q4_K_M.gguf\\nPARAMETER num_ctx 8192\\nPARAMETER "
                                       "num_gpu 29\\n' > Modelfile\n"
                                       "ollama create qwen2.5-7b-q4_k_m -f Modelfile\nollama run qwen2.5-7b-q4_k_m");
        QTest::addRow("ollama with q8_0 KV")
            << Frontend::Ollama << QStringLiteral("Q8_0") << qint64(1)
            << QStringLiteral("OLLAMA_FLASH_ATTENTION=1 OLLAMA_KV_CACHE_TYPE=q8_0 ollama serve &\n"
                              "printf 'FROM ./qwen2.5-7b-Q4_K_M.gguf\\nPARAMETER num_ctx 8192\\nPARAMETER num_gpu "
                              "29\\n' > Modelfile\n"
                              "ollama create qwen2.5-7b-q4_k_m -f Modelfile\nollama run qwen2.5-7b-q4_k_m");
        QTest::addRow("lm studio") << Frontend::LmStudio << QStringLiteral("F16") << qint64(1)
                                   << QStringLiteral("lms load qwen2.5-7b-Q4_K_M.gguf --gpu max --context-length 8192");
    }

    void commands()
    {
        QFETCH(Frontend, frontend);
        QFETCH(QString, kv);
        QFETCH(qint64, batch);
        QFETCH(QString, command);
        Scenario sc = scenario(QStringLiteral("qwen2.5-7b"), QStringLiteral("Q4_K_M"), 8192);
        sc.kvType = kv;
        sc.batch = batch;
        PlanOptions o;
        o.frontend = frontend;
        const FitPlan p = mustPlan(sc, machine(QStringLiteral("rtx-4090"), 1, 64), o);
        QCOMPARE(p.command, command);
    }

    void vllmCommandFlags()
    {
        Scenario sc = scenario(QStringLiteral("llama-3.1-8b"), QStringLiteral("FP8"), 16384, Engine::Vllm);
        sc.kvType = QStringLiteral("FP8_E4M3");
        sc.batch = 8;
        sc.gpuMemoryUtilization = 0.85;
        const FitPlan p = mustPlan(sc, machine(QStringLiteral("l40s"), 2, 128), vllm());
        QCOMPARE(p.verdict, Verdict::Gpu);
        QCOMPARE(p.command,
            QStringLiteral(
                "vllm serve meta-llama/Llama-3.1-8B --tensor-parallel-size 2 --pipeline-parallel-size 1 "
                "--max-model-len 16384 --kv-cache-dtype fp8 --gpu-memory-utilization 0.85 --max-num-seqs 256 "
                "--max-num-batched-tokens 8192 "
                "--quantization fp8"));
    }

    void errors_data()
    {
        QTest::addColumn<Engine>("engine");
        QTest::addColumn<Frontend>("frontend");
        QTest::addColumn<int>("nodes");
        QTest::addColumn<QString>("message");
        QTest::addRow("engine mismatch") << Engine::LlamaCpp << Frontend::Vllm << 1
                                         << QStringLiteral("vllm does not run on the llama.cpp engine");
        QTest::addRow("nodes for llama.cpp")
            << Engine::LlamaCpp << Frontend::LlamaServer << 2
            << QStringLiteral("only vLLM / SGLang spread a model over several nodes (pipeline parallel)");
        QTest::addRow("zero nodes") << Engine::LlamaCpp << Frontend::LlamaServer << 0
                                    << QStringLiteral("node count 0 is out of range (1 to 1024)");
    }

    void errors()
    {
        QFETCH(Engine, engine);
        QFETCH(Frontend, frontend);
        QFETCH(int, nodes);
        QFETCH(QString, message);
        Scenario sc = scenario(QStringLiteral("llama-3.1-8b"), QStringLiteral("Q4_K_M"), 8192, engine);
        PlanOptions o;
        o.frontend = frontend;
        o.nodes = nodes;
        QString error;
        QVERIFY(!FitPlanner(TestCatalogs::quants()).plan(sc, machine(QStringLiteral("rtx-4090"), 1, 64), o, &error));
        QCOMPARE(error, message);
    }

    // The searches' cache (per model: candidates, routed-expert bytes, probed plans) and the options they skip change
    // no answer: recommend over the whole catalog gives, row by row, exactly what the fresh searches give, on hardware
    // where models fit the GPU, offload layers or experts, run in RAM, share unified memory or run under vLLM.
    void cachedSearchesAnswerAsFresh_data()
    {
        QTest::addColumn<QString>("gpu");
        QTest::addColumn<int>("count");
        QTest::addColumn<qint64>("ramGiB");
        QTest::addColumn<Engine>("engine");
        QTest::addColumn<qint64>("context");
        QTest::newRow("rtx-4090 + 64 GiB")
            << QStringLiteral("rtx-4090") << 1 << qint64(64) << Engine::LlamaCpp << qint64(8192);
        QTest::newRow("rtx-3060 + 32 GiB, 32k")
            << QStringLiteral("rtx-3060-12gb") << 1 << qint64(32) << Engine::LlamaCpp << qint64(32768);
        QTest::newRow("CPU + 64 GiB") << QString() << 0 << qint64(64) << Engine::LlamaCpp << qint64(8192);
        QTest::newRow("apple-m4-max") << QStringLiteral("apple-m4-max") << 1 << qint64(0) << Engine::LlamaCpp
                                      << qint64(16384);
        QTest::newRow("vLLM on 8x h100-sxm")
            << QStringLiteral("h100-sxm") << 8 << qint64(1024) << Engine::Vllm << qint64(32768);
    }

    void cachedSearchesAnswerAsFresh()
    {
        QFETCH(QString, gpu);
        QFETCH(int, count);
        QFETCH(qint64, ramGiB);
        QFETCH(Engine, engine);
        QFETCH(qint64, context);
        HardwareProfile hw = gpu.isEmpty() ? HardwareProfile {} : machine(gpu, count, ramGiB);
        if (gpu.isEmpty())
            hw.ramTotal = hw.ramAvailable = ramGiB * GiB;
        if (!hw.gpus.isEmpty() && hw.gpus[0].unified) // the Mac's memory is the GPU's
            hw.ramTotal = hw.ramAvailable = hw.gpus[0].memoryTotal;
        Scenario base;
        base.engine = engine;
        if (engine == Engine::Vllm)
            base.kvType = QStringLiteral("BF16");
        PlanOptions options;
        options.frontend = defaultFrontend(engine);
        const FitPlanner cached(TestCatalogs::quants());
        const FitPlanner fresh(TestCatalogs::quants(), FitPlanner::SearchReuse::Fresh);
        const QList<Recommendation> rows = cached.recommend(TestCatalogs::models(), hw, options, base, context);
        const QList<Recommendation> reference = fresh.recommend(TestCatalogs::models(), hw, options, base, context);
        QCOMPARE(rows.size(), reference.size());
        int withOptions = 0;
        for (qsizetype i = 0; i < rows.size(); ++i) {
            QCOMPARE(rows[i].modelId, reference[i].modelId);
            QCOMPARE(recommendationText(rows[i]), recommendationText(reference[i]));
            withOptions += rows[i].alternatives.isEmpty() ? 0 : 1;
        }
        // Asked again, the same planner (its estimator's weights now cached) answers the same.
        const QList<Recommendation> again = cached.recommend(TestCatalogs::models(), hw, options, base, context);
        for (qsizetype i = 0; i < rows.size(); ++i)
            QCOMPARE(recommendationText(again[i]), recommendationText(rows[i]));
        if (engine == Engine::LlamaCpp && count == 1 && !hw.gpus[0].unified)
            QVERIFY(withOptions > 0); // the option searches ran, and answered
    }

    // The single searches, one model each: the best recipe, its largest context, the options and the smallest setup
    // give what the fresh searches give, with expert offload (Qwen3-235B-A22B on one RTX 4090) among them.
    void cachedSingleSearchesAnswerAsFresh()
    {
        const FitPlanner cached(TestCatalogs::quants());
        const FitPlanner fresh(TestCatalogs::quants(), FitPlanner::SearchReuse::Fresh);
        const HardwareProfile hw = machine(QStringLiteral("rtx-4090"), 1, 128);
        for (const char* id : { "qwen3-235b-a22b", "llama-3.1-70b", "gpt-oss-120b", "qwen3-30b-a3b" }) {
            const Scenario sc = scenario(QString::fromLatin1(id), QStringLiteral("Q4_K_M"), 32768);
            const auto best = cached.bestQuant(sc, hw, {});
            const auto bestFresh = fresh.bestQuant(sc, hw, {});
            QVERIFY2(best && bestFresh, id);
            QCOMPARE(planText(*best), planText(*bestFresh));
            Scenario at = sc;
            at.recipeId = best->recipeId;
            const auto largest = cached.largestContext(at, hw, {}, best->verdict);
            const auto largestFresh = fresh.largestContext(at, hw, {}, best->verdict);
            QVERIFY2(largest && largestFresh, id);
            QCOMPARE(planText(*largest), planText(*largestFresh));
            const QList<PlanAlternative> options = cached.alternatives(sc, hw, {}, *best);
            const QList<PlanAlternative> optionsFresh = fresh.alternatives(sc, hw, {}, *bestFresh);
            QCOMPARE(options.size(), optionsFresh.size());
            for (qsizetype i = 0; i < options.size(); ++i) {
                QCOMPARE(options[i].kind, optionsFresh[i].kind);
                QCOMPARE(planText(options[i].plan), planText(optionsFresh[i].plan));
            }
            const auto setup = cached.smallestSetup(at, TestCatalogs::gpus(), 128 * GiB, {});
            const auto setupFresh = fresh.smallestSetup(at, TestCatalogs::gpus(), 128 * GiB, {});
            QCOMPARE(setup.has_value(), setupFresh.has_value());
            if (setup) {
                QCOMPARE(setup->gpuId, setupFresh->gpuId);
                QCOMPARE(setup->gpusPerNode, setupFresh->gpusPerNode);
                QCOMPARE(planText(setup->plan), planText(setupFresh->plan));
            }
        }
        // Expert offload was among the plans compared.
        const auto moe
            = cached.bestQuant(scenario(QStringLiteral("qwen3-235b-a22b"), QStringLiteral("Q4_K_M"), 32768), hw, {});
        QVERIFY(moe && moe->cpuMoeLayers > 0);
    }

    void recommendWholeCatalog()
    {
        const FitPlanner planner(TestCatalogs::quants());
        const HardwareProfile hw = machine(QStringLiteral("rtx-4090"), 1, 64);
        const QList<Recommendation> rows = planner.recommend(TestCatalogs::models(), hw, {}, Scenario {}, 8192);
        QCOMPARE(rows.size(), TestCatalogs::models().models.size());
        int fits = 0;
        for (const Recommendation& r : rows) {
            if (!r.fits)
                continue;
            ++fits;
            QVERIFY(r.plan.fits());
            QVERIFY(r.maxContext >= r.plan.context);
            QVERIFY(!r.plan.command.isEmpty());
        }
        QVERIFY(fits > 40);
        const auto row = std::find_if(rows.cbegin(), rows.cend(),
            [](const Recommendation& r) { return r.modelId == QLatin1String("llama-3.1-8b"); });
        QVERIFY(row != rows.cend());
        QCOMPARE(row->plan.verdict, Verdict::Gpu);
        QCOMPARE(row->recipeId, QStringLiteral("F16")); // 16 GB of weights fit a 24 GB card at 8k
    }
};

QTEST_GUILESS_MAIN(TestPlanner)
#include "tst_planner.moc"
