// SPDX-FileCopyrightText: 2026 The FitPlanner authors
// SPDX-License-Identifier: MIT

#include "fitplanner.h"

#include "checkedmath.h"
#include "enginecommand.h"
#include "engineregistry.h"
#include "ggufrecipe.h"
#include "memoryestimator.h"
#include "quantassign.h"
#include "recipequality.h"
#include "speedmodel.h"
#include "tensorlayout.h"
#include "units.h"
#include "vllmengine.h"

#include <algorithm>
#include <cmath>
#include <limits>
#include <map>
#include <memory>
#include <tuple>

#include <QCoreApplication>

namespace Planner {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Planner::FitPlanner)
};

// Bytes of a layer read per generated token: its weights scaled to the active experts.
struct LayerCost
{
    qint64 weights = 0;
    qint64 kv = 0;
    qint64 activeWeights = 0;
};

std::vector<LayerCost> layerCosts(const MemoryEstimate& e)
{
    qint64 layerWeights = 0;
    for (const LayerBytes& l : e.layers)
        layerWeights = satAdd(layerWeights, l.weights);
    const qint64 activeLayers = std::max<qint64>(0, e.activeWeightBytes - e.tokenEmbeddingBytes - e.outputBytes);
    const double ratio = layerWeights > 0 ? std::min(1.0, double(activeLayers) / double(layerWeights)) : 1.0;
    std::vector<LayerCost> out;
    out.reserve(e.layers.size());
    for (const LayerBytes& l : e.layers)
        out.push_back({ l.weights, satAdd(l.kvCache, l.recurrentState), qint64(double(l.weights) * ratio) });
    return out;
}

// Weight bytes in no layer and neither token embeddings nor output: GGUF's rope frequency tables.
qint64 globalBytes(const MemoryEstimate& e)
{
    qint64 inLayers = 0;
    for (const LayerBytes& l : e.layers)
        inLayers = satAdd(inLayers, l.weights);
    return std::max<qint64>(0, e.weights.bytes - inLayers - e.tokenEmbeddingBytes - e.outputBytes);
}

double activeParamsPerByte(const MemoryEstimate& e)
{
    return e.activeWeightBytes > 0 ? double(e.params.active) / double(e.activeWeightBytes) : 0.0;
}

// ---- llama.cpp (and transformers / MLX) placement: whole layers per device, -ngl from the top.

struct LayerPlacement
{
    QList<DevicePlacement> gpus;
    DevicePlacement cpu;
    qint64 offloadReserve = 0; // room the first GPU keeps for the largest layer run there from RAM
};

// How the layers are laid out: -ngl, and for expert offload the routed experts kept in RAM and the split.
struct LayerLayout
{
    int ngl = 0;
    int cpuMoeLayers = 0; // --n-cpu-moe: the routed experts of layers [0, cpuMoeLayers) stay in RAM
    const std::vector<qint64>* experts = nullptr; // routed-expert bytes per layer (needed when cpuMoeLayers > 0)
    std::vector<int> gpuCounts; // layers (repeating + output) per GPU; empty: split by free memory
    qint64 margin = 0; // kept free on each GPU whose free memory was detected
};

// Whether a probe read the GPU's free memory (catalog and hand-entered devices have nothing else running).
bool freeMemoryDetected(const GpuDevice& g)
{
    return g.memoryFree >= 0 && !g.source.isEmpty() && g.source != QLatin1String("catalog")
        && g.source != QLatin1String("manual");
}

// GPU memory a llama.cpp plan may fill: what the driver leaves free, less the fit margin where that was detected.
qint64 layerCapacity(const GpuDevice& g, qint64 margin)
{
    return freeMemoryDetected(g) ? std::max<qint64>(0, g.memoryFree - margin) : g.usableBytes();
}

// CPU compute buffer under expert offload: the F32 tensors of one MoE FFN whose expert matmuls run on the CPU
// (llama.cpp build_moe_ffn: the input row, the up, gate and activated [n_ff_exp, n_expert_used] rows, the down
// output [n_embd, n_expert_used] and the expert ids per token). ggml hands batches of 32 tokens or more
// (GGML_OP_OFFLOAD_MIN_BATCH) to the GPU, copying the weights there, so at most 31 tokens run on the CPU.
qint64 expertComputeBytes(const ModelSpec& s, qint64 ubatch)
{
    const qint64 tokens = std::min<qint64>(std::max<qint64>(1, ubatch), 31);
    const qint64 used = s.moe.expertsPerToken;
    const qint64 perToken = satAdd(satAdd(s.hiddenSize, satMul(3, satMul(used, s.moe.expertIntermediate))),
        satAdd(satMul(used, s.hiddenSize), used));
    return satMul(satMul(perToken, tokens), 4);
}

// Engines whose RAM layers run on the first GPU (transformers with accelerate's offload hooks): the GPU keeps room
// for the largest module still in RAM (infer_auto_device_map reserves max_layer_size on its main device: the
// largest remaining decoder layer, or the LM head when that is larger), and the cache of those layers is created
// on the GPU they run on.
void runRamLayersOnGpu(LayerPlacement* out, const MemoryEstimate& e, const std::vector<LayerCost>& costs, int firstRam)
{
    DevicePlacement& gpu = out->gpus[0];
    qint64 largest = out->cpu.outputLayer ? e.outputBytes : 0;
    for (size_t il = size_t(std::max(firstRam, 0)); il < costs.size(); ++il)
        largest = std::max(largest, costs[il].weights);
    out->offloadReserve = largest;
    gpu.compute = satAdd(gpu.compute, largest);
    gpu.kvCache = satAdd(gpu.kvCache, out->cpu.kvCache);
    gpu.activeBytesPerToken = satAdd(gpu.activeBytesPerToken, out->cpu.kvCache);
    out->cpu.activeBytesPerToken = std::max<qint64>(0, out->cpu.activeBytesPerToken - out->cpu.kvCache);
    out->cpu.kvCache = 0;
    out->cpu.compute = 0; // their activations are the GPU's
}

LayerPlacement placeLayers(const MemoryEstimate& e, const Scenario& sc, const HardwareProfile& hw,
    const std::vector<LayerCost>& costs, const LayerLayout& layout)
{
    const ModelSpec& s = sc.model;
    const EngineRules& rules = engineRules(sc.engine);
    const bool embeddingsOnCpu = rules.placement().tokenEmbeddingsInRam;
    const int n = int(s.numLayers);
    const int ngl = layout.ngl;
    const int gpuCount = int(hw.gpus.size());
    LayerPlacement out;
    // llama.cpp's default split: proportional to each device's free memory, as cumulative fractions; with
    // --tensor-split given as layer counts, exactly those counts.
    std::vector<double> splits(size_t(gpuCount), 0.0);
    double sum = 0.0;
    for (int i = 0; i < gpuCount; ++i) {
        sum += layout.gpuCounts.empty() ? double(std::max<qint64>(0, hw.gpus[i].usableBytes()))
                                        : double(layout.gpuCounts[size_t(i)]);
        splits[size_t(i)] = sum;
    }
    for (double& v : splits)
        v = sum > 0.0 ? v / sum : 1.0;
    for (int i = 0; i < gpuCount; ++i) {
        DevicePlacement d;
        d.name = hw.gpus[i].name;
        d.gpuIndex = i;
        d.capacity = layerCapacity(hw.gpus[i], layout.margin);
        d.bandwidthGBps = hw.gpus[i].bandwidthGBps;
        d.fp16Tflops = hw.gpus[i].fp16Tflops;
        out.gpus << d;
    }
    out.cpu.name = QStringLiteral("CPU");
    out.cpu.isCpu = true;
    // llama.cpp's -ngl takes the last layers; accelerate fills the GPUs from the first.
    const bool fromInput = rules.placement().gpuFromInput;
    const int iGpuStart = fromInput ? 0 : std::max(n - ngl, 0);
    const int act = gpuCount == 0 ? 0 : std::min(ngl, n + 1);
    const auto deviceOf = [&](int il) -> DevicePlacement* {
        if (il < iGpuStart || il - iGpuStart >= act)
            return &out.cpu;
        const double x = double(il - iGpuStart) / double(act);
        const auto it = std::upper_bound(splits.begin(), splits.end(), x);
        const int idx = std::min(int(it - splits.begin()), gpuCount - 1);
        return &out.gpus[idx];
    };
    const double activeFraction = s.isMoe() ? double(s.moe.expertsPerToken) / double(s.moe.numExperts) : 1.0;
    for (int il = 0; il < n; ++il) {
        DevicePlacement* d = deviceOf(il);
        const LayerCost& c = costs[size_t(il)];
        if (d->layers == 0)
            d->firstLayer = il;
        d->weights = satAdd(d->weights, c.weights);
        d->kvCache = satAdd(d->kvCache, c.kv);
        d->layers += 1;
        d->activeBytesPerToken = satAdd(d->activeBytesPerToken, satAdd(c.activeWeights, c.kv));
        if (il < layout.cpuMoeLayers && layout.experts && !d->isCpu) {
            // --n-cpu-moe: the layer's routed experts live in RAM; a token reads only its chosen experts there.
            const qint64 exps = (*layout.experts)[size_t(il)];
            const qint64 activeExps = std::min(c.activeWeights, qint64(double(exps) * activeFraction));
            d->weights -= exps;
            d->activeBytesPerToken -= activeExps;
            out.cpu.weights = satAdd(out.cpu.weights, exps);
            out.cpu.expertWeights = satAdd(out.cpu.expertWeights, exps);
            out.cpu.activeBytesPerToken = satAdd(out.cpu.activeBytesPerToken, activeExps);
            out.cpu.expertLayers += 1;
        }
    }
    DevicePlacement* outDev = deviceOf(n);
    outDev->outputLayer = true;
    // Global tensors outside the layers (GGUF rope frequency tables) travel with the output layer.
    outDev->weights = satAdd(outDev->weights, satAdd(e.outputBytes, globalBytes(e)));
    outDev->activeBytesPerToken = satAdd(outDev->activeBytesPerToken, e.outputBytes);
    // Token embeddings: llama.cpp keeps the input layer in CPU memory (one row is read per token). On Apple silicon
    // with mmap (llama.cpp's default) the Metal buffer wraps the file's whole range of the GPU's tensors
    // (llama_model::load_tensors, buffer_from_host_ptr over the mapping range), which spans token_embd too: with the
    // output layer on the GPU the embeddings count against its working set, once.
    const bool metalMapsFile = embeddingsOnCpu && !outDev->isCpu && hw.gpus[outDev->gpuIndex].unified;
    DevicePlacement* embDev = metalMapsFile
        ? outDev
        : (embeddingsOnCpu ? &out.cpu : (out.gpus.isEmpty() || ngl <= 0 ? &out.cpu : &out.gpus[0]));
    embDev->tokenEmbeddings = true;
    embDev->weights = satAdd(embDev->weights, e.tokenEmbeddingBytes);
    // Tied embeddings: llama.cpp creates the output tensor as a duplicate of token_embd in the output layer's buffer
    // type (llama_model::load_tensors, TENSOR_DUPLICATED), so a GPU holding the output layer holds a copy of the
    // embeddings while the input copy stays in RAM; on one device both are the same tensor.
    if (embeddingsOnCpu && s.tiedEmbeddings && outDev != embDev) {
        outDev->weights = satAdd(outDev->weights, e.tiedOutputCopyBytes());
        outDev->activeBytesPerToken = satAdd(outDev->activeBytesPerToken, e.tiedOutputCopyBytes());
    }

    // Compute buffers and runtime per device in use; the output (logits) buffer lives in host memory.
    const qint64 outputBuffer = rules.hostOutputBufferBytes(sc);
    const qint64 compute = std::max<qint64>(0, e.activations.bytes - outputBuffer);
    for (DevicePlacement& d : out.gpus) {
        if (d.layers > 0 || d.outputLayer || d.tokenEmbeddings) {
            d.compute = compute;
            d.overhead = e.overhead.bytes;
        }
    }
    const bool cpuComputes = out.cpu.layers > 0 || out.cpu.outputLayer || out.gpus.isEmpty();
    // With every layer on the GPUs the host keeps the graph's inputs in the backend's pinned buffer.
    out.cpu.compute = cpuComputes ? compute : rules.hostComputeBufferBytes(sc);
    // The experts kept in RAM run on the CPU next to the graph's inputs, which stay live for every GPU split that
    // copies them (the KQ mask is read by every layer).
    if (out.cpu.expertLayers > 0)
        out.cpu.compute = cpuComputes ? std::max(out.cpu.compute, expertComputeBytes(s, sc.ubatch))
                                      : satAdd(out.cpu.compute, expertComputeBytes(s, sc.ubatch));
    out.cpu.overhead = outputBuffer;
    if (rules.placement().ramLayersRunOnGpu && !out.gpus.isEmpty() && ngl > 0
        && (out.cpu.layers > 0 || out.cpu.outputLayer))
        runRamLayersOnGpu(&out, e, costs, out.cpu.firstLayer >= 0 ? out.cpu.firstLayer : n);
    // Per-device active parameters for prefill FLOPs.
    const double paramsPerByte = activeParamsPerByte(e);
    for (DevicePlacement& d : out.gpus)
        d.activeParams = qint64(double(d.activeBytesPerToken - d.kvCache) * paramsPerByte);
    out.cpu.activeParams = qint64(double(out.cpu.activeBytesPerToken - out.cpu.kvCache) * paramsPerByte);
    return out;
}

// vLLM pipeline stages: layers split evenly, the remainder going to the stages before the last.
std::vector<int> pipelineLayers(int layers, int stages)
{
    std::vector<int> parts(size_t(stages), layers / stages);
    const int remaining = layers % stages;
    for (int i = 2; i < remaining + 2; ++i)
        parts[size_t(stages - i)] += 1;
    return parts;
}

// ---- vLLM-style placement: tensor parallel over the GPUs of a node, one pipeline stage per node.

// The largest tensor-parallel size up to `gpus` that divides the attention heads (and the KV heads, or is a
// multiple of them).
int tensorParallelSize(const ModelSpec& s, int gpus)
{
    const qint64 heads = s.attention.numHeads;
    const qint64 kvHeads = s.attention.isMla() ? 1 : std::max<qint64>(1, s.attention.numKvHeads);
    int tp = gpus;
    while (
        tp > 1 && (heads % tp != 0 || (!s.attention.isMla() && (tp < kvHeads ? kvHeads % tp != 0 : tp % kvHeads != 0))))
        --tp;
    return tp;
}

// What one pipeline stage holds before it is split over the tensor-parallel ranks.
struct StageBytes
{
    qint64 weights = 0;
    qint64 kv = 0;
    qint64 active = 0; // weight bytes read per generated token
};

StageBytes stageBytes(
    const MemoryEstimate& e, const std::vector<LayerCost>& costs, int first, int count, bool firstStage, bool lastStage)
{
    StageBytes b;
    for (int il = first; il < first + count; ++il) {
        b.weights = satAdd(b.weights, costs[size_t(il)].weights);
        b.kv = satAdd(b.kv, costs[size_t(il)].kv);
        b.active = satAdd(b.active, costs[size_t(il)].activeWeights);
    }
    if (firstStage)
        b.weights = satAdd(b.weights, e.tokenEmbeddingBytes);
    if (lastStage) {
        b.weights = satAdd(b.weights, satAdd(e.outputBytes, globalBytes(e)));
        b.active = satAdd(b.active, e.outputBytes);
    }
    return b;
}

// What vLLM itself says about one rank's pool once the plan is placed: a rank whose pool cannot hold one request of
// max_model_len makes the engine refuse to start, and the CUDA context and graphs must fit beside the share.
void noteVllmPool(FitPlan* p, const VllmKvPool& k, const Scenario& sc)
{
    if (!k.holdsOneRequest())
        p->notes << Tr::tr("vLLM refuses to start: one request of %1 tokens needs %2 of KV cache per GPU, more than "
                           "the %3 available (gpu_memory_utilization x %4 - weights %5 - activation peak %6 - "
                           "non-torch %7)")
                        .arg(sc.context)
                        .arg(formatBytes(k.requestBytes),
                            k.available < 0 ? QStringLiteral("-") + formatBytes(-k.available)
                                            : formatBytes(k.available),
                            formatBytes(k.gpuMemory), formatBytes(k.weights), formatBytes(k.activationPeak),
                            formatBytes(k.nonTorch));
    else if (k.requestBytes > 0 && k.maxConcurrency < double(sc.batch))
        p->notes << Tr::tr("vLLM's KV pool holds %1 tokens: %2 sequences of %3 tokens at once, fewer than the %4 asked "
                           "for")
                        .arg(k.tokens)
                        .arg(k.maxConcurrency, 0, 'f', 2)
                        .arg(sc.context)
                        .arg(sc.batch);
    if (!k.graphsFit())
        p->notes << Tr::tr("the CUDA context (%1) and CUDA graphs (%2) need more than the %3 gpu_memory_utilization "
                           "leaves on each GPU: vLLM would run out of memory capturing them; lower the utilization or "
                           "use --enforce-eager")
                        .arg(formatBytes(k.cudaContext), formatBytes(k.cudaGraphs), formatBytes(k.outsideShare));
}

void placeTensorParallel(
    FitPlan* p, const Scenario& sc, const HardwareProfile& hw, int nodes, const std::vector<LayerCost>& costs)
{
    const MemoryEstimate& e = p->estimate;
    const ModelSpec& s = sc.model;
    const int n = int(s.numLayers);
    p->totalLayers = n + 1;
    if (hw.gpus.isEmpty()) {
        p->verdict = Verdict::None;
        p->headroomBytes = -e.total;
        p->notes << Tr::tr("vLLM needs GPUs; none are available");
        return;
    }
    const int tp = tensorParallelSize(s, int(hw.gpus.size()));
    if (tp != int(hw.gpus.size()))
        p->notes << Tr::tr("tensor parallel size %1 would not divide the %2 attention heads / %3 KV heads; %4 of the "
                           "%1 GPUs are used")
                        .arg(hw.gpus.size())
                        .arg(s.attention.numHeads)
                        .arg(s.attention.numKvHeads)
                        .arg(tp);
    const int pp = std::min(nodes, n);
    p->tensorParallel = tp;
    p->pipelineParallel = pp;
    // KV per rank: heads are divided by TP; with TP above the KV heads each rank keeps one (replicated).
    // MLA's latent cache is not split by heads: every rank holds all of it.
    const qint64 kvHeads = s.attention.isMla() ? 1 : std::max<qint64>(1, s.attention.numKvHeads);
    const double kvShare = s.attention.isMla() ? 1.0 : double(tp >= kvHeads ? 1 : kvHeads / tp) / double(kvHeads);
    const std::vector<int> stageLayers = pipelineLayers(n, pp);
    const double paramsPerByte = activeParamsPerByte(e);
    const qint64 sequences = std::max<qint64>(sc.batch, 1);
    qint64 headroom = std::numeric_limits<qint64>::max();
    bool fits = true;
    int first = 0;
    for (int stage = 0; stage < pp; ++stage) {
        const StageBytes b = stageBytes(e, costs, first, stageLayers[size_t(stage)], stage == 0, stage == pp - 1);
        first += stageLayers[size_t(stage)];
        const qint64 kvRank = qint64(std::ceil(double(b.kv) * kvShare));
        // vLLM profiles each rank: its forward's split projections, the replicated sampler on the last stage.
        const VllmProfile profile = VllmEngine::profile(sc, tp, stage == pp - 1);
        const double stageShare = e.kvCache.bytes > 0 ? double(b.kv) / double(e.kvCache.bytes) : 0.0;
        const qint64 kvPerToken = qint64(std::ceil(double(e.kvBytesPerToken) * stageShare * kvShare));
        for (int r = 0; r < tp; ++r) {
            const GpuDevice& g = hw.gpus[r];
            DevicePlacement d;
            d.name = pp > 1 ? Tr::tr("%1 (node %2, rank %3)").arg(g.name).arg(stage + 1).arg(r)
                            : Tr::tr("%1 (rank %2)").arg(g.name).arg(r);
            d.gpuIndex = r;
            d.pipelineStage = stage;
            d.capacity = FitPlanner::gpuCapacity(g, sc);
            d.weights = ceilDiv(b.weights, tp);
            d.kvCache = kvRank;
            d.compute = profile.activationPeak;
            d.overhead = profile.nonTorch;
            d.layers = stageLayers[size_t(stage)];
            d.firstLayer = first - stageLayers[size_t(stage)];
            d.outputLayer = stage == pp - 1;
            d.tokenEmbeddings = stage == 0;
            d.bandwidthGBps = g.bandwidthGBps;
            d.fp16Tflops = g.fp16Tflops;
            d.activeBytesPerToken = satAdd(ceilDiv(b.active, tp), kvRank);
            d.activeParams = qint64(double(ceilDiv(b.active, tp)) * paramsPerByte);
            const VllmKvPool pool
                = VllmEngine::kvPool(sc, profile, g.memoryTotal, d.weights, kvPerToken, ceilDiv(kvRank, sequences));
            if (!p->vllmPool || pool.blocks < p->vllmPool->blocks)
                p->vllmPool = pool;
            headroom = std::min(headroom, d.freeBytes());
            if (d.freeBytes() < 0)
                fits = false;
            if (g.memoryFree >= 0 && g.memoryFree < d.capacity) {
                fits = false;
                headroom = std::min(headroom, g.memoryFree - d.capacity);
                p->notes << Tr::tr("%1 has %2 free but --gpu-memory-utilization %3 asks for %4: vLLM refuses to start")
                                .arg(g.name, formatBytes(g.memoryFree))
                                .arg(sc.gpuMemoryUtilization)
                                .arg(formatBytes(d.capacity));
            }
            p->devices << d;
        }
    }
    p->gpuLayers = p->totalLayers;
    p->verdict = fits ? Verdict::Gpu : Verdict::None;
    p->headroomBytes = headroom;
    if (!fits)
        p->notes << Tr::tr(
            "vLLM does not fit: at least one GPU would need more than gpu_memory_utilization x its memory "
            "for weights, %1 KV cache and activations")
                        .arg(formatBytes(e.kvCache.bytes));
    if (p->vllmPool)
        noteVllmPool(p, *p->vllmPool, sc);
    if (pp > 1)
        p->notes << Tr::tr("pipeline parallel over %1 nodes runs vLLM on a Ray cluster spanning them").arg(pp);
}

// ---- Layer placement (llama.cpp, transformers, MLX): the largest -ngl whose GPU share fits, the rest in RAM.

struct LayerSplit
{
    int ngl = 0;
    LayerPlacement placement;
    qint64 cpuPool = 0; // RAM left for the CPU's share (unified GPUs take theirs from it)
};

LayerSplit splitLayers(
    FitPlan* p, const Scenario& sc, const HardwareProfile& hw, const std::vector<LayerCost>& costs, qint64 margin)
{
    const int n = int(sc.model.numLayers);
    const qint64 ramPoolBase = hw.ramUsable();
    if (ramPoolBase <= 0)
        p->notes << Tr::tr("system RAM is unknown: nothing can be placed in CPU memory");
    LayerSplit split;
    const auto evaluate = [&](int ngl) {
        LayerLayout layout;
        layout.ngl = ngl;
        layout.margin = margin;
        split.placement = placeLayers(p->estimate, sc, hw, costs, layout);
        bool gpusFit = true;
        qint64 unifiedUse = 0;
        for (int i = 0; i < split.placement.gpus.size(); ++i) {
            if (split.placement.gpus[i].freeBytes() < 0)
                gpusFit = false;
            if (hw.gpus[i].unified)
                unifiedUse = satAdd(unifiedUse, split.placement.gpus[i].used());
        }
        split.cpuPool = std::max<qint64>(0, ramPoolBase - unifiedUse);
        split.placement.cpu.capacity = split.cpuPool;
        return gpusFit;
    };
    // The largest -ngl whose GPU share fits: more layers never need less GPU memory, so bisect.
    if (!hw.gpus.isEmpty()) {
        if (evaluate(n + 1)) {
            split.ngl = n + 1;
        } else {
            int lo = 0; // fits (nothing on the GPUs)
            int hi = n + 1; // does not fit
            while (hi - lo > 1) {
                const int mid = lo + (hi - lo) / 2;
                (evaluate(mid) ? lo : hi) = mid;
            }
            split.ngl = lo;
        }
    }
    evaluate(split.ngl);
    return split;
}

// The max_memory that makes accelerate's infer_auto_device_map place what the plan places: on each GPU its
// modules, the first GPU's reserve for the largest module left in RAM (which accelerate subtracts there), and half
// of the next module, so that it does not fit while per-module rounding cannot push one of the planned out.
void noteDeviceMap(FitPlan* p, const LayerPlacement& placement, const std::vector<LayerCost>& costs, int n)
{
    const DevicePlacement& cpu = placement.cpu;
    if (cpu.layers == 0 && !cpu.outputLayer)
        return;
    int nextLayer = 0;
    p->offloadReserveBytes = placement.offloadReserve;
    for (int i = 0; i < placement.gpus.size(); ++i) {
        const DevicePlacement& d = placement.gpus[i];
        nextLayer = d.layers > 0 ? d.firstLayer + d.layers : nextLayer;
        const qint64 next = nextLayer < n ? costs[size_t(nextLayer)].weights : p->estimate.outputBytes;
        const qint64 budget = satAdd(d.weights, i == 0 ? placement.offloadReserve : 0);
        p->deviceMapGpuBytes << (d.layers > 0 || d.tokenEmbeddings ? satAdd(budget, next / 2) : 0);
    }
    p->notes << Tr::tr("transformers runs the %1 layers kept in RAM on the first GPU (accelerate's offload hooks): "
                       "it keeps %2 free there for the largest of them and holds their KV cache; the snippet's "
                       "max_memory makes device_map=\"auto\" place the layers as planned")
                    .arg(cpu.layers + (cpu.outputLayer ? 1 : 0))
                    .arg(formatBytes(placement.offloadReserve));
}

void placeByLayers(FitPlan* p, const Scenario& sc, const HardwareProfile& hw, const std::vector<LayerCost>& costs)
{
    const MemoryEstimate& e = p->estimate;
    const int n = int(sc.model.numLayers);
    p->totalLayers = n + 1;
    const LayerSplit split = splitLayers(p, sc, hw, costs, p->fitMarginBytes);
    const int ngl = split.ngl;
    const LayerPlacement& placement = split.placement;
    p->gpuLayers = ngl;
    qint64 headroom = std::numeric_limits<qint64>::max();
    for (const DevicePlacement& d : placement.gpus) {
        if (d.used() > 0) {
            p->devices << d;
            headroom = std::min(headroom, d.freeBytes());
        }
    }
    const bool cpuHoldsModel = placement.cpu.layers > 0 || placement.cpu.outputLayer;
    const qint64 cpuFree = placement.cpu.freeBytes();
    p->devices << placement.cpu;
    if (cpuHoldsModel || cpuFree < 0 || p->devices.size() == 1)
        headroom = std::min(headroom, cpuFree);
    if (cpuFree < 0)
        p->verdict = Verdict::None;
    else if (ngl == n + 1)
        p->verdict = Verdict::Gpu;
    else if (ngl > 0)
        p->verdict = Verdict::Offload;
    else
        p->verdict = Verdict::Cpu;
    if (p->verdict == Verdict::None && ngl == 0 && !hw.gpus.isEmpty())
        p->notes << Tr::tr("not even one layer fits on the GPU next to its compute buffer (%1) and runtime (%2)")
                        .arg(formatBytes(std::max<qint64>(0, e.activations.bytes)), formatBytes(e.overhead.bytes));
    if (p->verdict == Verdict::None)
        p->notes << Tr::tr("CPU memory would need %1 but %2 is available")
                        .arg(formatBytes(placement.cpu.used()), formatBytes(split.cpuPool));
    if (p->verdict == Verdict::Offload) {
        // The next layer -ngl would add is the highest one still on the CPU (the lowest where the GPUs fill from the
        // input side).
        const size_t next = engineRules(sc.engine).placement().gpuFromInput ? size_t(std::min(ngl, n - 1))
                                                                            : size_t(std::max(0, n - ngl - 1));
        // Where RAM layers run on the GPU their cache is there already: the next layer adds its weights alone.
        const bool cacheOnGpu = engineRules(sc.engine).placement().ramLayersRunOnGpu;
        const qint64 perLayer = n > 0 ? satAdd(costs[next].weights, cacheOnGpu ? 0 : costs[next].kv) : 0;
        qint64 gpuLeft = std::numeric_limits<qint64>::max();
        for (const DevicePlacement& d : placement.gpus)
            gpuLeft = std::min(gpuLeft, d.freeBytes());
        p->notes << (cacheOnGpu ? Tr::tr("%1 of %2 layers on the GPU(s): one more layer needs %3 (its weights) but "
                                         "the fullest GPU has %4 left")
                                : Tr::tr("%1 of %2 layers on the GPU(s): one more layer needs %3 (weights + KV) but "
                                         "the fullest GPU has %4 left"))
                        .arg(ngl)
                        .arg(n + 1)
                        .arg(formatBytes(perLayer), formatBytes(std::max<qint64>(0, gpuLeft)));
    }
    p->headroomBytes = headroom == std::numeric_limits<qint64>::max() ? 0 : headroom;
    if (p->verdict == Verdict::Offload && engineRules(sc.engine).placement().gpuFromInput)
        noteDeviceMap(p, placement, costs, n);
}

// ---- llama.cpp expert offload (--n-cpu-moe): every layer on the GPU(s), the routed experts of the first N layers
// in RAM. Attention, shared experts, dense layers, norms, KV and the compute buffers stay on the GPU(s).

// Routed-expert bytes per layer (the tensors llama.cpp's "ffn_(up|down|gate)_exps" pattern moves, biases included),
// from the same per-tensor sizes as the estimate's weights. Empty when they cannot be priced. `layout` and `order`,
// when given, are the model's tensorLayout(TensorNames::None) and its ggufQuantizeOrder (a search keeps them).
std::vector<qint64> routedExpertBytes(const Scenario& sc, const QuantCatalog& quants,
    const std::vector<TensorSpec>* layout = nullptr, const std::vector<size_t>* order = nullptr)
{
    const ModelSpec& s = sc.model;
    std::vector<qint64> out(size_t(std::max<qint64>(0, s.numLayers)), 0);
    const bool fromFile = std::any_of(
        sc.storedTensors.cbegin(), sc.storedTensors.cend(), [](const StoredTensor& t) { return !t.projector; });
    if (fromFile) {
        for (const StoredTensor& t : sc.storedTensors) {
            if (t.expert && !t.projector && t.layer >= 0 && t.layer < int(out.size()))
                out[size_t(t.layer)] = satAdd(out[size_t(t.layer)], t.bytes);
        }
        return out;
    }
    const QuantRecipe* recipe = quants.recipe(sc.recipeId);
    if (!recipe)
        return {};
    std::vector<TensorSpec> own;
    if (!layout)
        own = tensorLayout(s, TensorNames::None);
    const std::vector<TensorSpec>& tensors = layout ? *layout : own;
    const StorageAssignment assigned
        = assignStorage(s, tensors, *recipe, engineRules(sc.engine).weightLoading(), quants, nullptr, order);
    if (assigned.types.size() != tensors.size() || !assigned.missingType.isEmpty())
        return {};
    for (size_t i = 0; i < tensors.size(); ++i) {
        const TensorSpec& t = tensors[i];
        const StorageType* st = assigned.types[i];
        if (st && t.isExpert() && t.layer >= 0 && t.layer < int(out.size()))
            out[size_t(t.layer)] = satAdd(out[size_t(t.layer)], st->bytesFor(t.ne0, t.ne1, t.ne2));
    }
    return out;
}

// Layers (repeating, then the output layer) per GPU with the routed experts of the first `cpuMoe` layers in RAM:
// each GPU in turn takes the next layers while they fit next to its compute buffer and runtime (`fixedPerGpu`).
// Empty when not all of them fit.
std::vector<int> packLayers(const MemoryEstimate& e, const HardwareProfile& hw, const std::vector<LayerCost>& costs,
    const std::vector<qint64>& experts, int cpuMoe, qint64 margin, qint64 fixedPerGpu, bool tiedOutputCopy)
{
    const int n = int(costs.size());
    std::vector<int> counts(size_t(hw.gpus.size()), 0);
    int il = 0;
    for (int g = 0; g < int(hw.gpus.size()) && il <= n; ++g) {
        qint64 budget = layerCapacity(hw.gpus[g], margin) - fixedPerGpu;
        while (il <= n) {
            const qint64 cost = il < n
                ? satAdd(costs[size_t(il)].weights, costs[size_t(il)].kv) - (il < cpuMoe ? experts[size_t(il)] : 0)
                : satAdd(satAdd(e.outputBytes, globalBytes(e)), tiedOutputCopy ? e.tiedOutputCopyBytes() : 0);
            if (cost > budget)
                break;
            budget -= cost;
            ++counts[size_t(g)];
            ++il;
        }
    }
    return il > n ? counts : std::vector<int> {};
}

// Places the model with the fewest layers' experts in RAM that lets every layer fit on the GPU(s); false when even
// all experts in RAM do not.
bool placeByExperts(FitPlan* p, const Scenario& sc, const HardwareProfile& hw, const std::vector<LayerCost>& costs,
    const std::vector<qint64>& experts)
{
    const MemoryEstimate& e = p->estimate;
    const int n = int(sc.model.numLayers);
    const qint64 fixed = std::max<qint64>(0, e.activations.bytes - engineRules(sc.engine).hostOutputBufferBytes(sc))
        + e.overhead.bytes;
    // The output layer's GPU copy of tied embeddings (see placeLayers).
    const bool tiedCopy = engineRules(sc.engine).placement().tokenEmbeddingsInRam && sc.model.tiedEmbeddings;
    const auto pack
        = [&](int cpuMoe) { return packLayers(e, hw, costs, experts, cpuMoe, p->fitMarginBytes, fixed, tiedCopy); };
    if (n <= 0 || pack(n).empty())
        return false;
    // Fewer layers' experts in RAM never fit better, so bisect: lo does not fit, hi does.
    int lo = -1;
    int hi = n;
    while (hi - lo > 1) {
        const int mid = lo + (hi - lo) / 2;
        (pack(mid).empty() ? lo : hi) = mid;
    }
    const std::vector<int> counts = pack(hi);
    LayerLayout layout;
    layout.ngl = n + 1;
    layout.cpuMoeLayers = hi;
    layout.experts = &experts;
    layout.gpuCounts = counts;
    layout.margin = p->fitMarginBytes;
    LayerPlacement placement = placeLayers(e, sc, hw, costs, layout);
    placement.cpu.capacity = std::max<qint64>(0, hw.ramUsable());
    if (placement.cpu.freeBytes() < 0)
        return false;
    qint64 headroom = placement.cpu.freeBytes();
    for (const DevicePlacement& d : placement.gpus) {
        if (d.used() > 0) {
            p->devices << d;
            headroom = std::min(headroom, d.freeBytes());
        }
    }
    p->devices << placement.cpu;
    p->totalLayers = n + 1;
    p->gpuLayers = n + 1;
    p->cpuMoeLayers = hi;
    if (hw.gpus.size() > 1)
        p->gpuLayerSplit = QList<int>(counts.cbegin(), counts.cend());
    p->verdict = Verdict::Offload;
    p->headroomBytes = headroom;
    p->notes << Tr::tr("every layer on the GPU(s); the routed experts of the first %1 of %2 layers (%3) stay in "
                       "system RAM (llama.cpp --n-cpu-moe %1), where a token reads only the experts it is routed to")
                    .arg(hi)
                    .arg(n)
                    .arg(formatBytes(placement.cpu.expertWeights));
    return true;
}

// Whether a llama.cpp plan that does not fit the GPU(s) should also try expert offload.
bool triesExpertOffload(const FitPlan& p, const Scenario& sc, const HardwareProfile& hw, const PlanOptions& options)
{
    // Ollama places whole layers only (num_gpu); it has no setting that keeps experts apart from their layer.
    if (sc.engine != Engine::LlamaCpp || !options.expertOffload || options.frontend == Frontend::Ollama
        || !sc.model.isMoe() || p.verdict == Verdict::Gpu || hw.gpus.isEmpty())
        return false;
    // Unified memory has no second pool to keep experts in.
    return std::none_of(hw.gpus.cbegin(), hw.gpus.cend(), [](const GpuDevice& g) { return g.unified; });
}

// ---- The plan's fields that come straight from the scenario, the options and the estimate.

FitPlan planFields(const Scenario& sc, const PlanOptions& options, const MemoryEstimate& e)
{
    FitPlan p;
    p.modelId = sc.model.id;
    p.recipeId = e.recipeId;
    p.engine = sc.engine;
    p.frontend = options.frontend;
    p.context = sc.context;
    p.batch = sc.batch;
    p.kvType = e.kvType;
    p.gpuMemoryUtilization = sc.gpuMemoryUtilization;
    p.ubatch = sc.ubatch;
    p.kvUnified = sc.kvUnified;
    p.maxNumSeqs = sc.maxNumSeqs;
    p.maxNumBatchedTokens = sc.maxNumBatchedTokens;
    p.enforceEager = sc.enforceEager;
    p.chunkedPrefill = sc.chunkedPrefill;
    p.fitMarginBytes = sc.engine == Engine::LlamaCpp ? options.fitMarginBytes : 0;
    p.promptTokens = options.promptTokens > 0 ? std::min(options.promptTokens, sc.context) : sc.context;
    p.estimate = e;
    p.notes = e.notes;
    return p;
}

// Why the options or the hardware cannot be planned for, or empty.
QString checkPlanInputs(const Scenario& sc, const HardwareProfile& hw, const PlanOptions& options)
{
    if (engineOf(options.frontend) != sc.engine)
        return Tr::tr("%1 does not run on the %2 engine").arg(frontendId(options.frontend), engineId(sc.engine));
    if (options.nodes < 1 || options.nodes > 1024)
        return Tr::tr("node count %1 is out of range (1 to 1024)").arg(options.nodes);
    if (options.fitMarginBytes < 0)
        return Tr::tr("fit margin %1 is negative").arg(options.fitMarginBytes);
    if (options.nodes > 1 && !engineRules(sc.engine).placement().multiNode)
        return Tr::tr("only vLLM / SGLang spread a model over several nodes (pipeline parallel)");
    for (const GpuDevice& g : hw.gpus) {
        if (g.memoryTotal <= 0)
            return Tr::tr("GPU '%1' has no memory size").arg(g.name);
    }
    return {};
}

// Replaces a layer-offload plan by expert offload when that fits and decodes at least as fast.
void chooseExpertOffload(FitPlan* p, const Scenario& sc, const HardwareProfile& hw, const PlanOptions& options,
    const std::vector<LayerCost>& costs, const std::vector<qint64>& experts, bool explain)
{
    if (experts.empty())
        return;
    FitPlan alt = planFields(sc, options, p->estimate);
    if (!placeByExperts(&alt, sc, hw, costs, experts))
        return;
    estimateSpeed(&alt, sc.model, hw, explain);
    const bool faster = p->verdict == Verdict::None || alt.tokensPerSecond < 0.0 || p->tokensPerSecond < 0.0
        || alt.tokensPerSecond >= p->tokensPerSecond;
    if (p->verdict != Verdict::None && alt.tokensPerSecond > 0.0 && p->tokensPerSecond > 0.0) {
        const QString compared
            = Tr::tr("expert offload (--n-cpu-moe %1) decodes at about %2 tokens/s, layer offload (-ngl %3) at %4")
                  .arg(alt.cpuMoeLayers)
                  .arg(alt.tokensPerSecond, 0, 'f', 1)
                  .arg(p->gpuLayers)
                  .arg(p->tokensPerSecond, 0, 'f', 1);
        (faster ? alt : *p).notes << compared;
    }
    if (faster)
        *p = std::move(alt);
}

} // namespace

FitPlanner::FitPlanner(const QuantCatalog& quants, SearchReuse reuse)
    : m_quants(quants)
    , m_reuse(reuse)
    , m_estimator(quants)
{ }

qint64 FitPlanner::gpuCapacity(const GpuDevice& g, const Scenario& sc)
{
    const std::optional<double> share = engineRules(sc.engine).gpuShare(sc);
    return share ? qint64(std::floor(double(g.memoryTotal) * *share)) : g.usableBytes();
}

std::optional<FitPlan> FitPlanner::plan(const Scenario& sc, const HardwareProfile& hw, const PlanOptions& options,
    QString* error, MemoryEstimator::Detail detail) const
{
    return planWith(sc, hw, options, error, detail, nullptr);
}

namespace {

struct Candidate
{
    QString id;
    double bits = 16.0; // bits per weight of the recipe's base type (its expert type when fewer, in MoE models)
    std::optional<double> kld; // published mean KL divergence (recipeKld); nullopt: none
};

// Recipes the engine runs, best quality first: by their published mean KL divergence when every candidate has one
// (llama.cpp's file types), else by the bits per weight of their base storage type (ties keep the catalog's order,
// which lists _M before _S). Model-independent but for the native format, so no estimate is needed to rank.
std::vector<Candidate> rankedCandidates(const QuantCatalog& quants, const Scenario& sc)
{
    const EngineRules& rules = engineRules(sc.engine);
    const QString sixteenBit = rules.usualSixteenBitRecipe();
    // A quantized checkpoint is run as published (or as the engine's lossless conversion of it): a 16-bit upcast
    // holds nothing more at twice the memory or more, and lower formats need a calibrated derivative of the
    // quantized model.
    const QString nativeId = nativeRecipeFor(sc.model, sc.engine, quants);
    const QuantRecipe* native = nativeId.isEmpty() ? nullptr : quants.recipe(nativeId);
    std::vector<Candidate> list;
    for (const QuantRecipe& r : quants.recipes) {
        if (!rules.runs(r))
            continue;
        if (native ? &r != native : r.search != RecipeSearch::Always)
            continue;
        // Ternary types only suit models trained for them; F16 and BF16 weigh the same: keep the engine's usual one.
        if (r.id.startsWith(QLatin1String("TQ")))
            continue;
        if ((r.id == QLatin1String("F16") || r.id == QLatin1String("BF16")) && r.id != sixteenBit)
            continue;
        // A recipe with its own expert type stores most of an MoE model's weights in that type (gpt-oss's MXFP4
        // experts beside bf16 attention): the fewer bits bound the weights from below.
        const StorageType* base = quants.type(r.baseType);
        const StorageType* expert = r.expertType.isEmpty() ? nullptr : quants.type(r.expertType);
        double bits = base ? base->bitsPerWeight() : 16.0;
        if (expert && sc.model.moe.numExperts > 0)
            bits = std::min(bits, expert->bitsPerWeight());
        list.push_back({ r.id, bits, recipeKld(sc.model, r.id, quants) });
    }
    std::stable_sort(list.begin(), list.end(), [](const Candidate& a, const Candidate& b) { return a.bits > b.bits; });
    if (std::all_of(list.cbegin(), list.cend(), [](const Candidate& c) { return c.kld.has_value(); }))
        std::stable_sort(
            list.begin(), list.end(), [](const Candidate& a, const Candidate& b) { return *a.kld < *b.kld; });
    return list;
}

bool belowFloor(const Candidate& c, const PlanOptions& options)
{
    return c.kld && *c.kld > options.qualityFloorKld;
}

// What the search found, walking the candidates best quality first: the first on the GPU(s), the first with CPU
// offload at a usable speed, and the fastest that fits at all.
struct SearchResult
{
    const Candidate* gpu = nullptr;
    const Candidate* usableOffload = nullptr;
    const Candidate* fastest = nullptr;
    double offloadSpeed = -1.0;
    double fastestSpeed = -1.0;
    double gpuSpeed = -1.0;
    bool skippedBelowFloor = false;
};

// The search's choice among what it found, and the note that says why.
const Candidate* chooseCandidate(const SearchResult& r, const PlanOptions& options, QString* note)
{
    const auto speed
        = [](double tps) { return tps >= 0.0 ? Tr::tr("%1 tokens/s").arg(tps, 0, 'f', 1) : Tr::tr("speed unknown"); };
    const auto kld = [](const Candidate& c) { return c.kld ? QString::number(*c.kld, 'g', 3) : Tr::tr("unknown"); };
    if (r.usableOffload
        && (!r.gpu
            || (r.gpu->kld && r.usableOffload->kld && *r.gpu->kld > PlanOptions::kGoodEnoughKld
                && *r.usableOffload->kld < *r.gpu->kld))) {
        *note = r.gpu
            ? Tr::tr("%1 with part of the model in system RAM (%2, usable from %3 tokens/s) rather than %4 on "
                     "the GPU (%5): mean KL divergence %6 against %7")
                  .arg(r.usableOffload->id, speed(r.offloadSpeed))
                  .arg(options.usableTokensPerSecond)
                  .arg(r.gpu->id, speed(r.gpuSpeed), kld(*r.usableOffload), kld(*r.gpu))
            : Tr::tr("%1: the best quality that runs at a usable speed (%2, usable from %3 tokens/s)")
                  .arg(r.usableOffload->id, speed(r.offloadSpeed))
                  .arg(options.usableTokensPerSecond);
        return r.usableOffload;
    }
    if (r.gpu)
        return r.gpu;
    if (r.fastest)
        *note = Tr::tr("no quantization at or above the quality floor reaches %1 tokens/s here: %2 is the fastest "
                       "that fits (%3)")
                    .arg(options.usableTokensPerSecond)
                    .arg(r.fastest->id, speed(r.fastestSpeed));
    return r.fastest;
}

} // namespace

// What one search over one model on one hardware profile reuses. The candidates, the parameter count and the
// routed-expert bytes depend only on the model, the recipe and the engine; the probed plans also on the hardware and
// the scenario's other settings, so they are keyed by what the searches vary (recipe, KV type, context) and by the
// plan options a plan reads. Local to one call: nothing here is shared between threads.
struct FitPlanner::SearchCache
{
    using ProbeKey = std::tuple<QString, QString, qint64, int, int, qint64, qint64, bool>;

    const std::vector<Candidate>& ranked(const QuantCatalog& quants, const Scenario& sc)
    {
        if (!candidates || candidatesEngine != sc.engine) {
            candidates = rankedCandidates(quants, sc);
            candidatesEngine = sc.engine;
        }
        return *candidates;
    }

    // The model's tensor list, without names (what the parameter count and the routed-expert bytes read).
    const std::vector<TensorSpec>& tensors(const ModelSpec& model)
    {
        if (!layout)
            layout = tensorLayout(model, TensorNames::None);
        return *layout;
    }

    qint64 totalParams(const ModelSpec& model)
    {
        if (!params)
            params = countParameters(model, tensors(model)).total;
        return *params;
    }

    std::vector<qint64> routedExperts(const Scenario& sc, const QuantCatalog& quants)
    {
        if (std::any_of(
                sc.storedTensors.cbegin(), sc.storedTensors.cend(), [](const StoredTensor& t) { return !t.projector; }))
            return routedExpertBytes(sc, quants); // a model file's own tensors: no recipe to key them by
        const auto key = std::make_pair(sc.recipeId, int(engineRules(sc.engine).weightLoading()));
        auto it = experts.find(key);
        if (it == experts.end()) {
            if (!ggufOrder)
                ggufOrder = ggufQuantizeOrder(tensors(sc.model));
            it = experts.emplace(key, routedExpertBytes(sc, quants, &tensors(sc.model), &*ggufOrder)).first;
        }
        return it->second;
    }

    static ProbeKey probeKey(const Scenario& sc, const PlanOptions& o)
    {
        return { sc.recipeId, sc.kvType, sc.context, int(o.frontend), o.nodes, o.promptTokens, o.fitMarginBytes,
            o.expertOffload };
    }

    std::optional<std::vector<Candidate>> candidates;
    Engine candidatesEngine = Engine::LlamaCpp;
    std::optional<std::vector<TensorSpec>> layout;
    std::optional<std::vector<size_t>> ggufOrder;
    std::optional<qint64> params;
    std::map<std::pair<QString, int>, std::vector<qint64>> experts; // by recipe and weight loading
    std::map<ProbeKey, std::shared_ptr<const FitPlan>> probes;
};

// Which candidates a search may answer with: the first `candidates` of the ranking (all when negative); with
// gpuOnly, the caller keeps a plan on the GPU(s) alone, so the search gives up as soon as its answer cannot be one.
struct FitPlanner::SearchLimits
{
    qsizetype candidates = -1;
    bool gpuOnly = false;
};

std::optional<FitPlan> FitPlanner::planWith(const Scenario& sc, const HardwareProfile& hw, const PlanOptions& options,
    QString* error, MemoryEstimator::Detail detail, SearchCache* cache) const
{
    QString why = checkPlanInputs(sc, hw, options);
    std::optional<MemoryEstimate> estimate;
    if (why.isEmpty())
        estimate = m_estimator.estimate(sc, &why, detail);
    if (!estimate) {
        if (error)
            *error = why;
        return std::nullopt;
    }
    // A search's probes are read for their verdict, headroom and speed; what it answers with is planned again,
    // explained and with its command.
    const bool probing = cache && detail == MemoryEstimator::Detail::Figures;
    FitPlan p = planFields(sc, options, *estimate);
    const std::vector<LayerCost> costs = layerCosts(p.estimate);
    switch (engineRules(sc.engine).placement().style) {
    case PlacementStyle::TensorParallel:
        placeTensorParallel(&p, sc, hw, options.nodes, costs);
        estimateSpeed(&p, sc.model, hw, !probing);
        break;
    case PlacementStyle::Layers:
        placeByLayers(&p, sc, hw, costs);
        estimateSpeed(&p, sc.model, hw, !probing);
        if (triesExpertOffload(p, sc, hw, options))
            chooseExpertOffload(&p, sc, hw, options, costs,
                cache ? cache->routedExperts(sc, m_quants) : routedExpertBytes(sc, m_quants), !probing);
        break;
    }
    if (p.fitMarginBytes > 0 && std::any_of(hw.gpus.cbegin(), hw.gpus.cend(), freeMemoryDetected))
        p.notes << Tr::tr("%1 is kept free on each GPU next to the memory already in use (llama.cpp --fit's margin)")
                       .arg(formatBytes(p.fitMarginBytes));
    if (!probing)
        p.command = engineCommand(p, sc.model);
    return p;
}

QString startingRecipe(const ModelSpec& model, Engine engine, const QuantCatalog& quants)
{
    const QString native = nativeRecipeFor(model, engine, quants);
    return native.isEmpty() ? engineRules(engine).defaultRecipe() : native;
}

QStringList FitPlanner::candidateRecipes(const Scenario& sc) const
{
    QStringList ids;
    for (const Candidate& c : rankedCandidates(m_quants, sc))
        ids << c.id;
    return ids;
}

std::shared_ptr<const FitPlan> FitPlanner::probe(
    const Scenario& sc, const HardwareProfile& hw, const PlanOptions& options, SearchCache* cache) const
{
    const auto planned = [&]() -> std::shared_ptr<const FitPlan> {
        auto p = planWith(sc, hw, options, nullptr, MemoryEstimator::Detail::Figures, cache);
        return p ? std::make_shared<const FitPlan>(std::move(*p)) : nullptr;
    };
    if (!cache)
        return planned();
    const SearchCache::ProbeKey key = SearchCache::probeKey(sc, options);
    auto it = cache->probes.find(key);
    if (it == cache->probes.end())
        it = cache->probes.emplace(key, planned()).first;
    return it->second;
}

std::optional<FitPlan> FitPlanner::bestQuant(
    const Scenario& sc, const HardwareProfile& hw, const PlanOptions& options, QString* error) const
{
    SearchCache cache;
    return bestQuantWith(sc, hw, options, error, cacheIf(&cache), {});
}

std::optional<FitPlan> FitPlanner::bestQuantWith(const Scenario& sc, const HardwareProfile& hw,
    const PlanOptions& options, QString* error, SearchCache* cache, const SearchLimits& limits) const
{
    std::vector<Candidate> own;
    if (!cache)
        own = rankedCandidates(m_quants, sc);
    const std::vector<Candidate>& ranked = cache ? cache->ranked(m_quants, sc) : own;
    const size_t considered
        = limits.candidates < 0 ? ranked.size() : std::min(ranked.size(), size_t(limits.candidates));
    // Capacity bounds let the search skip recipes whose weights alone cannot fit, without planning them.
    qint64 gpuTotal = 0;
    for (const GpuDevice& g : hw.gpus) {
        gpuTotal = satAdd(gpuTotal, satMul(std::max<qint64>(0, gpuCapacity(g, sc)), options.nodes));
    }
    const qint64 anyCapacity
        = engineRules(sc.engine).placement().ramTier ? satAdd(gpuTotal, std::max<qint64>(0, hw.ramUsable())) : gpuTotal;
    // A recipe stores at least ~90% of its base type's bits per parameter (mixes only raise sensitive tensors).
    const double params = double(cache ? cache->totalParams(sc.model) : countParameters(sc.model).total);
    const auto lowerBound = [&](const Candidate& c) { return qint64(params * c.bits / 8.0 * 0.9); };
    const auto withRecipe = [&](const Candidate& c) {
        Scenario s = sc;
        s.recipeId = c.id;
        return s;
    };
    SearchResult found;
    for (size_t i = 0; i < considered; ++i) {
        const Candidate& c = ranked[i];
        if (belowFloor(c, options)) {
            found.skippedBelowFloor = true;
            continue;
        }
        if (lowerBound(c) > anyCapacity)
            continue;
        const auto p = probe(withRecipe(c), hw, options, cache);
        if (!p || !p->fits())
            continue;
        if (p->verdict == Verdict::Gpu) {
            found.gpu = &c;
            found.gpuSpeed = p->tokensPerSecond;
            break; // every later candidate is of lower quality
        }
        const bool usable = p->tokensPerSecond < 0.0 || p->tokensPerSecond >= options.usableTokensPerSecond;
        if (usable && !found.usableOffload) {
            found.usableOffload = &c;
            found.offloadSpeed = p->tokensPerSecond;
        }
        if (!found.fastest || p->tokensPerSecond > found.fastestSpeed) {
            found.fastest = &c;
            found.fastestSpeed = p->tokensPerSecond;
        }
    }
    QString note;
    if (const Candidate* chosen = chooseCandidate(found, options, &note)) {
        // The probe's verdict is the answer's: a caller that keeps GPU-only answers does not need it explained.
        if (limits.gpuOnly && chosen != found.gpu)
            return std::nullopt;
        auto p = planWith(withRecipe(*chosen), hw, options, nullptr, MemoryEstimator::Detail::Explained, cache);
        if (p && !note.isEmpty())
            p->notes.prepend(note);
        return p;
    }
    if (error) {
        *error = found.skippedBelowFloor
            ? Tr::tr("no quantization of %1 at or above the quality floor (mean KL divergence %2 or less) fits this "
                     "hardware at a context of %3")
                  .arg(sc.model.id)
                  .arg(options.qualityFloorKld)
                  .arg(sc.context)
            : Tr::tr("no quantization of %1 fits this hardware at a context of %2").arg(sc.model.id).arg(sc.context);
    }
    return std::nullopt;
}

QList<PlanAlternative> FitPlanner::alternatives(
    const Scenario& sc, const HardwareProfile& hw, const PlanOptions& options, const FitPlan& chosen) const
{
    SearchCache cache;
    return alternativesWith(sc, hw, options, chosen, cacheIf(&cache));
}

QList<PlanAlternative> FitPlanner::alternativesWith(const Scenario& sc, const HardwareProfile& hw,
    const PlanOptions& options, const FitPlan& chosen, SearchCache* cache) const
{
    QList<PlanAlternative> out;
    std::vector<Candidate> own;
    if (!cache)
        own = rankedCandidates(m_quants, sc);
    const std::vector<Candidate>& ranked = cache ? cache->ranked(m_quants, sc) : own;
    const auto rankOf = [&](const QString& id) {
        const auto it = std::find_if(ranked.cbegin(), ranked.cend(), [&](const Candidate& c) { return c.id == id; });
        return it == ranked.cend() ? qsizetype(-1) : qsizetype(it - ranked.cbegin());
    };
    const qsizetype chosenRank = rankOf(chosen.recipeId);
    const bool chosenOnGpu = chosen.fits() && chosen.verdict == Verdict::Gpu;
    if (ranked.empty() || (chosenOnGpu && chosenRank == 0))
        return out;
    // An option keeps everything on the GPU(s): better where the answer does not, or in a better recipe.
    const auto better = [&](const FitPlan& p) {
        if (p.verdict != Verdict::Gpu)
            return false;
        if (!chosenOnGpu)
            return true;
        const qsizetype r = rankOf(p.recipeId);
        return r >= 0 && r < chosenRank;
    };
    // The best recipe on the GPU(s) alone: no offloaded plan is usable enough to win. Where the answer is on the
    // GPU(s), only the recipes ranked above it can; the searches stop short of the others.
    PlanOptions gpuOnly = options;
    gpuOnly.usableTokensPerSecond = std::numeric_limits<double>::infinity();
    SearchLimits limits;
    if (cache) {
        limits.gpuOnly = true;
        limits.candidates = chosenOnGpu ? std::max<qsizetype>(0, chosenRank) : -1;
        if (limits.candidates == 0)
            return out;
    }
    const QString kv8 = quantizedKvType(sc.engine, m_quants);
    if (!kv8.isEmpty() && kv8.compare(sc.kvType, Qt::CaseInsensitive) != 0) {
        Scenario s = sc;
        s.kvType = kv8;
        if (auto p = bestQuantWith(s, hw, gpuOnly, nullptr, cache, limits); p && better(*p))
            out << PlanAlternative { PlanAlternative::Kind::KvCache, *p };
    }
    constexpr qint64 kShortestUseful = 4096;
    if (sc.context > kShortestUseful) {
        Scenario s = sc;
        s.context = kShortestUseful;
        if (auto atShort = bestQuantWith(s, hw, gpuOnly, nullptr, cache, limits); atShort && better(*atShort)) {
            s.recipeId = atShort->recipeId;
            if (auto longest = largestContextWith(s, hw, gpuOnly, Verdict::Gpu, sc.context - 1, cache))
                out << PlanAlternative { PlanAlternative::Kind::ShorterContext, *longest };
        }
    }
    return out;
}

std::optional<FitPlan> FitPlanner::largestContext(
    const Scenario& sc, const HardwareProfile& hw, const PlanOptions& options, Verdict atLeast, qint64 limit) const
{
    SearchCache cache;
    return largestContextWith(sc, hw, options, atLeast, limit, cacheIf(&cache));
}

std::optional<FitPlan> FitPlanner::largestContextWith(const Scenario& sc, const HardwareProfile& hw,
    const PlanOptions& options, Verdict atLeast, qint64 limit, SearchCache* cache) const
{
    const auto at = [&](qint64 context) {
        Scenario s = sc;
        s.context = context;
        return s;
    };
    const auto good = [&](qint64 context) -> std::shared_ptr<const FitPlan> {
        auto p = probe(at(context), hw, options, cache);
        if (p && p->fits() && verdictRank(p->verdict) >= verdictRank(atLeast))
            return p;
        return nullptr;
    };
    const auto explained = [&](const std::shared_ptr<const FitPlan>& p) -> std::optional<FitPlan> {
        if (!p)
            return std::nullopt;
        return planWith(at(p->context), hw, options, nullptr, MemoryEstimator::Detail::Explained, cache);
    };
    qint64 hi = limit > 0 ? limit : (sc.model.maxContext > 0 ? sc.model.maxContext : MemoryEstimator::kMaxContext);
    hi = std::min(hi, MemoryEstimator::kMaxContext);
    qint64 lo = std::min(sc.context, hi);
    auto best = good(lo);
    if (!best)
        return std::nullopt;
    if (auto top = good(hi))
        return explained(top);
    // Invariant: lo fits, hi does not. Steps of 256 tokens (llama.cpp pads the context to 256 cells anyway).
    constexpr qint64 kStep = 256;
    // First guess: the headroom at lo spent on KV at its per-token rate (exact for full attention on one
    // device, since the compute buffer stops growing past one micro-batch); two plans confirm it.
    const qint64 perToken = satMul(best->estimate.kvBytesPerToken, std::max<qint64>(1, sc.batch));
    if (perToken > 0 && best->headroomBytes > 0) {
        const qint64 guess = std::min(hi - 1, (lo + best->headroomBytes / perToken) / kStep * kStep);
        if (guess > lo) {
            if (auto p = good(guess)) {
                lo = guess;
                best = p;
                if (guess + kStep < hi && !good(guess + kStep))
                    hi = guess + kStep;
            } else {
                hi = guess;
            }
        }
    }
    while (hi - lo > kStep) {
        const qint64 mid = std::max(lo + 1, (lo + (hi - lo) / 2) / kStep * kStep);
        if (auto p = good(mid)) {
            lo = mid;
            best = p;
        } else {
            hi = mid;
        }
    }
    return explained(best);
}

std::optional<SetupChoice> FitPlanner::smallestSetup(const Scenario& sc, const GpuCatalog& gpus, qint64 ramBytes,
    const PlanOptions& options, int maxNodes, const std::function<bool(const GpuSpec&)>& filter) const
{
    struct Option
    {
        const GpuSpec* spec;
        int perNode;
        int nodes;
        qint64 memory; // device memory (Apple: the unified size)
        qint64 totalMemory;
    };
    std::vector<Option> options_;
    const PlacementRules placement = engineRules(sc.engine).placement();
    const bool multiNode = placement.multiNode;
    for (const GpuSpec& g : gpus.gpus) {
        if (filter && !filter(g))
            continue;
        if (g.unified) {
            if (!placement.unifiedMemory)
                continue;
            QList<int> sizes = g.memoryOptionsGb;
            if (sizes.isEmpty())
                sizes << int(g.memoryBytes / GiB);
            for (int gb : sizes)
                options_.push_back({ &g, 1, 1, qint64(gb) * GiB, qint64(gb) * GiB });
            continue;
        }
        for (int perNode : { 1, 2, 4, 8 }) {
            for (int nodes = 1; nodes <= (multiNode ? std::max(1, maxNodes) : 1); ++nodes)
                options_.push_back(
                    { &g, perNode, nodes, g.memoryBytes, satMul(g.memoryBytes, qint64(perNode) * nodes) });
        }
    }
    std::stable_sort(options_.begin(), options_.end(), [](const Option& a, const Option& b) {
        const int ga = a.perNode * a.nodes;
        const int gb = b.perNode * b.nodes;
        if (ga != gb)
            return ga < gb;
        if (a.totalMemory != b.totalMemory)
            return a.totalMemory < b.totalMemory;
        return a.nodes < b.nodes;
    });
    SearchCache cache;
    for (const Option& o : options_) {
        HardwareProfile hw;
        if (o.spec->unified) {
            GpuDevice d = o.spec->toDevice(appleDefaultWiredLimit(o.memory));
            hw.gpus << d;
            hw.ramTotal = o.memory;
            hw.ramAvailable = o.memory;
            hw.ramBandwidthGBps = o.spec->bandwidthGBps;
        } else {
            for (int i = 0; i < o.perNode; ++i)
                hw.gpus << o.spec->toDevice();
            hw.ramTotal = ramBytes;
            hw.ramAvailable = ramBytes;
        }
        PlanOptions po = options;
        po.nodes = o.nodes;
        // Each setup is other hardware: only what depends on the model and the recipe is reused.
        auto p = planWith(sc, hw, po, nullptr, MemoryEstimator::Detail::Figures, cacheIf(&cache));
        // A vLLM setup whose GPUs the heads cannot all use is not the smallest: a smaller count comes first.
        const bool allUsed = p && (!multiNode || p->tensorParallel * p->pipelineParallel == o.perNode * o.nodes);
        if (p && p->verdict == Verdict::Gpu && allUsed)
            return SetupChoice { o.spec->id, o.perNode, o.nodes, hw.ramTotal,
                *planWith(sc, hw, po, nullptr, MemoryEstimator::Detail::Explained, cacheIf(&cache)) };
    }
    return std::nullopt;
}

QList<Recommendation> FitPlanner::recommend(const ModelCatalog& models, const HardwareProfile& hw,
    const PlanOptions& options, const Scenario& base, qint64 context) const
{
    QList<Recommendation> out;
    for (const ModelSpec& m : models.models) {
        SearchCache modelCache; // one model on this hardware: its searches share their probes
        SearchCache* cache = cacheIf(&modelCache);
        Recommendation r;
        r.modelId = m.id;
        r.modelName = m.name;
        Scenario sc = base;
        sc.model = m;
        sc.context = m.maxContext > 0 ? std::min(context, m.maxContext) : context;
        const auto best = bestQuantWith(sc, hw, options, nullptr, cache, {});
        if (best) {
            r.fits = true;
            r.recipeId = best->recipeId;
            r.plan = *best;
            r.kld = recipeKld(m, best->recipeId, m_quants);
            Scenario at = sc;
            at.recipeId = best->recipeId;
            const auto largest = largestContextWith(at, hw, options, best->verdict, 0, cache);
            r.maxContext = largest ? largest->context : best->context;
            r.alternatives = alternativesWith(sc, hw, options, *best, cache);
        } else {
            r.alternatives = alternativesWith(sc, hw, options, FitPlan {}, cache);
        }
        out << r;
    }
    return out;
}

} // namespace Planner
