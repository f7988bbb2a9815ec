// SPDX-FileCopyrightText: 2026 The FitPlanner authors
// SPDX-License-Identifier: MIT

#include "trainingestimator.h"

#include "checkedmath.h"
#include "enginerules.h"
#include "memoryestimator.h"
#include "storagetype.h"
#include "tensorlayout.h"
#include "units.h"

#include <algorithm>
#include <cstdlib>
#include <vector>

#include <QCoreApplication>

namespace Planner {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Planner::TrainingEstimator)
};

// CUDA context and libraries as the driver sees them with PyTorch on an H200 (shared/data/calibration), plus
// cuBLAS's workspace on Hopper: the same figures the transformers engine uses.
constexpr qint64 kCudaContext = 695 * MiB;
constexpr qint64 kCublasWorkspace = 32 * MiB;
// bitsandbytes' 8-bit optimizers: one fp32 absmax per 256 values (blockwise), tensors under 4096 values stay fp32.
constexpr qint64 kBnbOptimizerBlock = 256;
constexpr qint64 kBnbMinSize = 4096;
// The caching allocator's expected slack over the peak allocated, as a share of the memory that churns within a
// step (activations, logits, gradients): blocks freed in backward that later requests cannot reuse.
constexpr int kSlackPercent = 25;

// Bytes per element of weights, gradients, the master copy and each optimizer state, by recipe.
struct PrecisionBytes
{
    qint64 weight = 2;
    qint64 gradient = 2;
    qint64 master = 0;
    qint64 state = 2;
};

PrecisionBytes precisionBytes(TrainingPrecision p)
{
    switch (p) {
    case TrainingPrecision::Bf16:
        return { 2, 2, 0, 2 };
    case TrainingPrecision::Amp:
        return { 2, 2, 4, 4 };
    case TrainingPrecision::Fp32:
        return { 4, 4, 0, 4 };
    }
    return {};
}

bool usesAdapters(TrainingMethod m)
{
    return m == TrainingMethod::Lora || m == TrainingMethod::Qlora || m == TrainingMethod::QatLora;
}

bool fakeQuantizes(TrainingMethod m)
{
    return m == TrainingMethod::Qat || m == TrainingMethod::QatLora;
}

bool isLayerLinear(const TensorSpec& t)
{
    if (!t.isMatrix() || t.layer < 0)
        return false;
    switch (t.role) {
    case TensorRole::AttnQ:
    case TensorRole::AttnK:
    case TensorRole::AttnV:
    case TensorRole::AttnQkv:
    case TensorRole::AttnOutput:
    case TensorRole::AttnQA:
    case TensorRole::AttnQB:
    case TensorRole::AttnKvAMqa:
    case TensorRole::AttnKvB:
    case TensorRole::FfnGate:
    case TensorRole::FfnUp:
    case TensorRole::FfnDown:
    case TensorRole::FfnGateInp:
    case TensorRole::FfnGateExps:
    case TensorRole::FfnUpExps:
    case TensorRole::FfnDownExps:
    case TensorRole::FfnGateShexp:
    case TensorRole::FfnUpShexp:
    case TensorRole::FfnDownShexp:
    case TensorRole::FfnGateInpShexp:
        return true;
    default:
        return false;
    }
}

// Whether LoRA adapts a tensor: qv = query and value (MLA: the query and kv up-projections), attn = every
// attention projection, attn-mlp = also the MLP (and shared experts; routed experts with `experts`),
// all-linear = also the routers (PEFT's all-linear: every linear layer but the LM head).
bool adapted(const TensorSpec& t, LoraTargets targets, bool experts)
{
    if (!isLayerLinear(t))
        return false;
    switch (t.role) {
    case TensorRole::AttnQ:
    case TensorRole::AttnV:
    case TensorRole::AttnQkv:
    case TensorRole::AttnQB:
    case TensorRole::AttnKvB:
        return true;
    case TensorRole::AttnK:
    case TensorRole::AttnOutput:
    case TensorRole::AttnQA:
    case TensorRole::AttnKvAMqa:
        return targets != LoraTargets::Qv;
    case TensorRole::FfnGate:
    case TensorRole::FfnUp:
    case TensorRole::FfnDown:
    case TensorRole::FfnGateShexp:
    case TensorRole::FfnUpShexp:
    case TensorRole::FfnDownShexp:
        return targets == LoraTargets::AttnMlp || targets == LoraTargets::AllLinear;
    case TensorRole::FfnGateExps:
    case TensorRole::FfnUpExps:
    case TensorRole::FfnDownExps:
        return experts && (targets == LoraTargets::AttnMlp || targets == LoraTargets::AllLinear);
    case TensorRole::FfnGateInp:
    case TensorRole::FfnGateInpShexp:
        return targets == LoraTargets::AllLinear;
    default:
        return false;
    }
}

// Optimizer state bytes of one trainable tensor of `n` values (a matrix ne0 x ne1 x ne2 for Adafactor).
qint64 optimizerStateBytes(TrainingOptimizer o, qint64 stateBytes, qint64 n, qint64 ne0, qint64 ne1, qint64 ne2)
{
    switch (o) {
    case TrainingOptimizer::AdamW:
        return satMul(satMul(n, stateBytes), 2);
    case TrainingOptimizer::AdamW8bit:
    case TrainingOptimizer::PagedAdamW8bit:
        if (n < kBnbMinSize)
            return satMul(n, 8);
        return satMul(satAdd(n, satMul(ceilDiv(n, kBnbOptimizerBlock), 4)), 2);
    case TrainingOptimizer::Adafactor:
        // Factored second moment: one fp32 value per row and per column of a matrix, no first moment.
        return ne1 > 1 ? satMul(satMul(satAdd(ne0, ne1), ne2), 4) : satMul(n, 4);
    case TrainingOptimizer::Sgd:
        return satMul(n, stateBytes);
    }
    return 0;
}

// What the tensor list says about the model under a scenario.
struct LayoutFacts
{
    ParamCounts counts;
    qint64 trainable = 0; // trainable parameters (all of them, or the adapters)
    qint64 adapterParams = 0;
    qint64 frozenWeightBytes = 0; // as stored: 16-bit, fp32 or NF4 (adapter methods)
    qint64 optimizerBytes = 0;
    qint64 largestTrainable = 0; // values of the largest trainable tensor
    qint64 largestLayerParams = 0; // parameters of the largest repeating block
    qint64 largestLayerTrainable = 0;
    qint64 largestQuantMatrix = 0; // values of the largest NF4 matrix (its dequantised copy)
    qint64 layerLinearParams = 0; // all layers' linear weights (fake-quantized by QAT)
    qint64 largestLayerLinear = 0;
    int adaptedPerDenseLayer = 0;
    int adaptedPerMoeLayer = 0;
    bool qkvAdapted = false, oAdapted = false, mlpInAdapted = false, downAdapted = false, expertsAdapted = false;
};

void noteAdaptedRole(LayoutFacts* f, const TensorSpec& t)
{
    switch (t.role) {
    case TensorRole::AttnOutput:
        f->oAdapted = true;
        break;
    case TensorRole::FfnGate:
    case TensorRole::FfnUp:
    case TensorRole::FfnGateShexp:
    case TensorRole::FfnUpShexp:
    case TensorRole::FfnGateInp:
    case TensorRole::FfnGateInpShexp:
        f->mlpInAdapted = true;
        break;
    case TensorRole::FfnDown:
    case TensorRole::FfnDownShexp:
        f->downAdapted = true;
        break;
    case TensorRole::FfnGateExps:
    case TensorRole::FfnUpExps:
    case TensorRole::FfnDownExps:
        f->expertsAdapted = true;
        break;
    default:
        f->qkvAdapted = true;
        break;
    }
}

LayoutFacts layoutFacts(const TrainingScenario& sc, const std::vector<TensorSpec>& tensors, const StorageType* nf4)
{
    LayoutFacts f;
    f.counts = countParameters(sc.model, tensors);
    const PrecisionBytes pb = precisionBytes(sc.precision);
    const bool adapters = usesAdapters(sc.method);
    const qint64 frozenBytes = sc.precision == TrainingPrecision::Fp32 ? 4 : 2;
    std::vector<qint64> layerParams(size_t(std::max<qint64>(sc.model.numLayers, 0)), 0);
    std::vector<qint64> layerTrainable(layerParams.size(), 0);
    std::vector<qint64> layerLinear(layerParams.size(), 0);
    std::vector<int> adaptedInLayer(layerParams.size(), 0);
    const auto addTrainable = [&](qint64 n, qint64 ne0, qint64 ne1, qint64 ne2, int layer) {
        f.trainable = satAdd(f.trainable, n);
        f.largestTrainable = std::max(f.largestTrainable, n);
        f.optimizerBytes = satAdd(f.optimizerBytes, optimizerStateBytes(sc.optimizer, pb.state, n, ne0, ne1, ne2));
        if (layer >= 0 && size_t(layer) < layerTrainable.size())
            layerTrainable[size_t(layer)] = satAdd(layerTrainable[size_t(layer)], n);
    };
    for (const TensorSpec& t : tensors) {
        if (!t.inHf)
            continue;
        const qint64 n = t.elements();
        const bool inLayer = t.layer >= 0 && size_t(t.layer) < layerParams.size();
        if (inLayer)
            layerParams[size_t(t.layer)] = satAdd(layerParams[size_t(t.layer)], n);
        const bool linear = isLayerLinear(t);
        if (linear) {
            f.layerLinearParams = satAdd(f.layerLinearParams, n);
            if (inLayer)
                layerLinear[size_t(t.layer)] = satAdd(layerLinear[size_t(t.layer)], n);
        }
        if (!adapters) {
            addTrainable(n, t.ne0, t.ne1, t.ne2, t.layer);
            continue;
        }
        if (sc.method == TrainingMethod::Qlora && linear && nf4) {
            f.frozenWeightBytes = satAdd(f.frozenWeightBytes, nf4->bytesFor(t.ne0, t.ne1, t.ne2));
            f.largestQuantMatrix = std::max(f.largestQuantMatrix, satMul(t.ne0, t.ne1));
        } else {
            f.frozenWeightBytes = satAdd(f.frozenWeightBytes, satMul(n, frozenBytes));
        }
        if (!adapted(t, sc.loraTargets, sc.loraExperts))
            continue;
        // A: ne0 x r, B: r x ne1, per expert.
        const qint64 a = satMul(satMul(t.ne0, sc.loraRank), t.ne2);
        const qint64 b = satMul(satMul(t.ne1, sc.loraRank), t.ne2);
        addTrainable(a, t.ne0, sc.loraRank, t.ne2, t.layer);
        addTrainable(b, sc.loraRank, t.ne1, t.ne2, t.layer);
        f.adapterParams = satAdd(f.adapterParams, satAdd(a, b));
        noteAdaptedRole(&f, t);
        if (inLayer && !t.isExpert())
            ++adaptedInLayer[size_t(t.layer)];
    }
    for (size_t i = 0; i < layerParams.size(); ++i) {
        f.largestLayerParams = std::max(f.largestLayerParams, layerParams[i]);
        f.largestLayerTrainable = std::max(f.largestLayerTrainable, layerTrainable[i]);
        f.largestLayerLinear = std::max(f.largestLayerLinear, layerLinear[i]);
        const bool moe = i < sc.model.layers.size() && sc.model.layers[i].moe;
        int& perLayer = moe ? f.adaptedPerMoeLayer : f.adaptedPerDenseLayer;
        perLayer = std::max(perLayer, adaptedInLayer[i]);
    }
    return f;
}

QString validateScenario(const TrainingScenario& sc, const QuantCatalog& catalog)
{
    const ModelSpec& m = sc.model;
    if (m.numLayers <= 0 || m.hiddenSize <= 0 || m.vocabSize <= 0 || m.attention.numHeads <= 0)
        return Tr::tr("model %1: the architecture lacks layers, hidden size, vocabulary or heads").arg(m.id);
    if (sc.seq < 1 || sc.seq > TrainingEstimator::kMaxSeq)
        return Tr::tr("sequence length %1 is outside 1 to %2").arg(sc.seq).arg(TrainingEstimator::kMaxSeq);
    if (sc.microBatch < 1 || sc.microBatch > TrainingEstimator::kMaxBatch)
        return Tr::tr("micro-batch %1 is outside 1 to %2").arg(sc.microBatch).arg(TrainingEstimator::kMaxBatch);
    if (sc.gradAccum < 1 || sc.gradAccum > TrainingEstimator::kMaxBatch)
        return Tr::tr("gradient accumulation %1 is outside 1 to %2")
            .arg(sc.gradAccum)
            .arg(TrainingEstimator::kMaxBatch);
    if (sc.gpusPerNode < 1 || sc.nodes < 1 || sc.worldSize() > TrainingEstimator::kMaxWorld)
        return Tr::tr("%1 GPUs on %2 nodes is not a usable data-parallel group").arg(sc.gpusPerNode).arg(sc.nodes);
    if (usesAdapters(sc.method) && (sc.loraRank < 1 || sc.loraRank > TrainingEstimator::kMaxLoraRank))
        return Tr::tr("LoRA rank %1 is outside 1 to %2").arg(sc.loraRank).arg(TrainingEstimator::kMaxLoraRank);
    if (sc.lossChunks < 1 || sc.lossChunks > sc.seq)
        return Tr::tr("%1 loss chunks do not divide a sequence of %2 tokens").arg(sc.lossChunks).arg(sc.seq);
    if (sc.optimizerInBackward && sc.gradAccum > 1)
        return Tr::tr("the optimizer step in backward frees each gradient at once, so it cannot accumulate %1 "
                      "micro-batches")
            .arg(sc.gradAccum);
    if (sc.offload == TrainingOffload::Params && sc.sharding != Sharding::Zero3 && sc.sharding != Sharding::Fsdp)
        return Tr::tr("parameter offload needs ZeRO-3 or FSDP sharding");
    if (sc.method == TrainingMethod::Distill && !sc.hasTeacher())
        return Tr::tr("distillation needs a teacher model");
    if (sc.method == TrainingMethod::Qlora
        && !catalog.type(sc.doubleQuant ? QStringLiteral("NF4_DQ") : QStringLiteral("NF4")))
        return Tr::tr("the quantization catalog lacks the NF4 storage types QLoRA uses");
    return {};
}

MemoryComponent exact(qint64 bytes, const QString& explanation)
{
    MemoryComponent c;
    c.bytes = c.low = c.high = bytes;
    c.explanation = explanation;
    return c;
}

MemoryComponent banded(qint64 bytes, int lowPercent, int highPercent, const QString& explanation)
{
    MemoryComponent c = exact(bytes, explanation);
    c.low = satMul(bytes / 100, lowPercent);
    c.high = satMul(bytes / 100, highPercent);
    return c;
}

QString shardingText(const TrainingScenario& sc)
{
    if (sc.sharding == Sharding::None)
        return sc.worldSize() > 1 ? Tr::tr("replicated on each of %1 GPUs").arg(sc.worldSize()) : QString();
    return Tr::tr("%1 over %2 GPUs").arg(shardingId(sc.sharding)).arg(sc.worldSize());
}

// Adapters are kept in the weights' dtype under bf16, in fp32 otherwise (PEFT upcasts them under AMP).
qint64 adapterElementBytes(TrainingPrecision p)
{
    return p == TrainingPrecision::Bf16 ? 2 : 4;
}

bool isSharded3(Sharding s)
{
    return s == Sharding::Zero3 || s == Sharding::Fsdp;
}

// Weights, adapters / master copy, gradients and optimizer state per GPU, after sharding and offload.
void addModelStates(const TrainingScenario& sc, const LayoutFacts& f, TrainingEstimate* e)
{
    const PrecisionBytes pb = precisionBytes(sc.precision);
    const bool adapters = usesAdapters(sc.method);
    const qint64 gradElem = adapters ? adapterElementBytes(sc.precision) : pb.gradient;
    const qint64 world = sc.worldSize();
    ModelStateBytes whole;
    whole.weights = adapters ? f.frozenWeightBytes : satMul(f.counts.total, pb.weight);
    whole.gradients = sc.optimizerInBackward ? 0 : satMul(f.trainable, gradElem);
    whole.optimizer = f.optimizerBytes;
    const qint64 extraWhole = adapters ? satMul(f.adapterParams, gradElem) : satMul(f.trainable, pb.master);
    const ModelStateBytes per = TrainingEstimator::shardModelStates(whole, sc.sharding, world);
    // Adapters are parameters (sharded by stage 3); the master copy is optimizer state (sharded from stage 1).
    const ModelStateBytes extra = TrainingEstimator::shardModelStates(
        adapters ? ModelStateBytes { extraWhole, 0, 0 } : ModelStateBytes { 0, 0, extraWhole }, sc.sharding, world);
    qint64 weights = per.weights;
    qint64 trainableW = satAdd(extra.weights, extra.optimizer);
    qint64 gradients = per.gradients;
    qint64 optimizer = per.optimizer;
    QStringList extraNotes;
    // The gathered layer in the weights' average storage (16-bit, fp32 or NF4 with 16-bit norms).
    const double bytesPerParam = double(whole.weights) / double(std::max<qint64>(f.counts.total, 1));
    qint64 gather = 0;
    qint64 layerGrad = 0;
    if (isSharded3(sc.sharding) && world > 1) {
        gather = satMul(qint64(double(f.largestLayerParams) * bytesPerParam + 0.5), 2);
        layerGrad = satMul(f.largestLayerTrainable, gradElem);
    }
    if (sc.optimizerInBackward)
        gradients = satMul(f.largestTrainable, gradElem);
    else if (sc.sharding == Sharding::None && world > 1)
        gradients = satMul(gradients, 2); // DDP's gradient buckets hold a second copy
    if (sc.offload == TrainingOffload::Optimizer || sc.offload == TrainingOffload::Params) {
        e->cpuBytes = satAdd(e->cpuBytes, optimizer);
        optimizer = 0;
        if (!adapters) {
            e->cpuBytes = satAdd(e->cpuBytes, trainableW);
            trainableW = 0;
        }
    }
    if (sc.offload == TrainingOffload::Params) {
        e->cpuBytes = satAdd(e->cpuBytes, satAdd(weights, gradients));
        weights = 0;
        gradients = 0;
    }
    weights = satAdd(weights, gather);
    gradients = satAdd(gradients, layerGrad);
    const QString shard = shardingText(sc);
    e->weights = exact(weights,
        Tr::tr("%1 parameters x %2 bytes as stored%3%4%5")
            .arg(f.counts.total)
            .arg(double(whole.weights) / double(std::max<qint64>(f.counts.total, 1)), 0, 'f', 3)
            .arg(shard.isEmpty() ? QString() : QStringLiteral(", ") + shard,
                gather > 0 ? Tr::tr(", + 2 x the largest layer gathered (%1)").arg(formatBytes(gather)) : QString(),
                sc.offload == TrainingOffload::Params ? Tr::tr(", shards in CPU memory") : QString()));
    e->trainableWeights = exact(trainableW,
        adapters ? Tr::tr("%1 adapter parameters (rank %2, %3) x %4 bytes")
                       .arg(f.adapterParams)
                       .arg(sc.loraRank)
                       .arg(loraTargetsId(sc.loraTargets))
                       .arg(gradElem)
                 : (pb.master > 0 ? Tr::tr("fp32 master copy: %1 parameters x 4 bytes%2")
                                        .arg(f.trainable)
                                        .arg(shard.isEmpty() ? QString() : QStringLiteral(", ") + shard)
                                  : Tr::tr("none: the weights themselves are trained")));
    e->gradients = exact(gradients,
        sc.optimizerInBackward
            ? Tr::tr("optimizer step in backward: only the largest tensor's gradient (%1 values x "
                     "%2 bytes) is alive at once")
                  .arg(f.largestTrainable)
                  .arg(gradElem)
            : Tr::tr("%1 trainable parameters x %2 bytes%3%4%5")
                  .arg(f.trainable)
                  .arg(gradElem)
                  .arg(shard.isEmpty() ? QString() : QStringLiteral(", ") + shard,
                      sc.sharding == Sharding::None && world > 1 ? Tr::tr(", x 2 for DDP's gradient buckets")
                                                                 : QString(),
                      layerGrad > 0
                          ? Tr::tr(", + the largest layer's unsharded gradient (%1)").arg(formatBytes(layerGrad))
                          : QString()));
    e->optimizer = exact(optimizer,
        Tr::tr("%1 for %2 trainable parameters (%3 bytes in all)%4%5")
            .arg(trainingOptimizerId(sc.optimizer))
            .arg(f.trainable)
            .arg(f.optimizerBytes)
            .arg(shard.isEmpty() ? QString() : QStringLiteral(", ") + shard,
                optimizer == 0 && f.optimizerBytes > 0 ? Tr::tr(", in CPU memory") : QString()));
}

LayerActivationShape layerShape(const TrainingScenario& sc, const LayoutFacts& f, bool moeLayer)
{
    const ModelSpec& m = sc.model;
    const bool adapters = usesAdapters(sc.method);
    LayerActivationShape l;
    l.hidden = m.hiddenSize;
    l.heads = m.attention.numHeads;
    l.kvHeads = m.attention.isMla() ? m.attention.numHeads : std::max<qint64>(m.attention.numKvHeads, 1);
    l.headDim = m.attention.headDim;
    l.vHeadDim = m.attention.vHeadDim;
    l.qLoraRank = m.attention.qLoraRank;
    l.kvLoraRank = m.attention.kvLoraRank;
    l.gated = m.ffn.gated;
    l.normBytesPerElement = adapters ? 4 : 6; // a frozen scale needs no copy of the normalised input
    l.saveQkvInput = !adapters || f.qkvAdapted;
    l.saveOInput = !adapters || f.oAdapted;
    l.saveMlpInput = !adapters || f.mlpInAdapted || f.expertsAdapted;
    l.saveDownInput = !adapters || f.downAdapted;
    l.loraRank = adapters ? sc.loraRank : 0;
    if (moeLayer) {
        l.intermediate = m.moe.sharedIntermediate;
        l.expertsPerToken = m.moe.expertsPerToken;
        l.expertIntermediate = m.moe.expertIntermediate;
        l.numExperts = m.moe.numExperts;
        l.loraMatrices = adapters ? f.adaptedPerMoeLayer + (f.expertsAdapted ? 3 * int(m.moe.expertsPerToken) : 0) : 0;
    } else {
        l.intermediate = m.ffn.intermediate;
        for (const LayerSpec& layer : m.layers) // Gemma 4 E2B: the KV-sharing layers' double-wide MLPs
            l.intermediate = std::max(l.intermediate, layer.ffnIntermediate);
        l.loraMatrices = adapters ? f.adaptedPerDenseLayer : 0;
    }
    return l;
}

// Linear inputs (values per token) of one layer: what QAT fake-quantizes.
qint64 linearInputWidth(const LayerActivationShape& l)
{
    const qint64 vDim = l.vHeadDim > 0 ? l.vHeadDim : l.headDim;
    qint64 w = satAdd(3 * l.hidden, satMul(l.heads, vDim)); // q, k, v read the normed input; o reads the output
    w = satAdd(w, satAdd(2 * l.hidden, l.intermediate)); // gate and up; down reads the product
    if (l.expertsPerToken > 0)
        w = satAdd(w, satMul(l.expertsPerToken, satAdd(2 * l.hidden, l.expertIntermediate)));
    return w;
}

struct LayerCounts
{
    qint64 dense = 0;
    qint64 moe = 0;
};

LayerCounts layerCounts(const ModelSpec& m)
{
    LayerCounts c;
    if (m.layers.empty()) {
        c.dense = m.numLayers;
        return c;
    }
    for (const LayerSpec& l : m.layers)
        (l.moe ? c.moe : c.dense) += 1;
    return c;
}

// What QAT's fake quantization keeps: per linear weight a 16-bit fake-quantized clone and a 1-byte clamp mask;
// with int8 activations (8da4w) per linear input a 1-byte mask, and for trained linears a 16-bit fake-quantized
// copy where several linears read one input (q, k and v; gate and up), as torchao's fake quantizers save them for
// backward. Weight-only QAT (4w) leaves the inputs alone: the linears save the input they share, as without QAT.
qint64 fakeQuantBytes(const TrainingScenario& sc, const LayoutFacts& f, const LayerActivationShape& l, qint64 tokens,
    qint64 layersHeld, QString* text)
{
    const qint64 weightsHeld = sc.checkpointing == Checkpointing::None ? f.layerLinearParams : f.largestLayerLinear;
    const qint64 clones = satMul(weightsHeld, 3);
    qint64 perToken = 0;
    if (sc.qatScheme == QatScheme::Int8ActInt4Weight) {
        perToken = linearInputWidth(l);
        if (sc.method == TrainingMethod::Qat)
            perToken = satAdd(perToken, satMul(2, 3 * l.hidden));
    }
    const qint64 copies = satMul(satMul(perToken, tokens), layersHeld);
    *text = sc.qatScheme == QatScheme::Int4Weight
        ? Tr::tr("%1 fake-quant weight clones and masks %2 (%3 weights x 3 bytes); the inputs are not fake-quantized")
              .arg(qatSchemeId(sc.qatScheme), formatBytes(clones))
              .arg(weightsHeld)
        : Tr::tr("%1 fake-quant weight clones and masks %2 (%3 weights x 3 bytes), activation copies and masks %4 "
                 "(%5 bytes per token and layer x %6 layers)")
              .arg(qatSchemeId(sc.qatScheme), formatBytes(clones))
              .arg(weightsHeld)
              .arg(formatBytes(copies))
              .arg(perToken)
              .arg(layersHeld);
    return satAdd(clones, copies);
}

// Activations saved for backward on this GPU; what activation offload moves to CPU memory goes to cpuBytes.
void addActivations(const TrainingScenario& sc, const LayoutFacts& f, TrainingEstimate* e)
{
    const ModelSpec& m = sc.model;
    const LayerCounts counts = layerCounts(m);
    const qint64 tokens = satMul(sc.seq, sc.microBatch);
    const LayerActivationShape dense = layerShape(sc, f, false);
    const LayerActivationShape moe = layerShape(sc, f, true);
    const auto layerBytes = [&](const LayerActivationShape& l, Checkpointing c) {
        return TrainingEstimator::layerActivationBytes(l, sc.seq, sc.microBatch, sc.flashAttention, c);
    };
    const qint64 denseBytes = layerBytes(dense, sc.checkpointing);
    const qint64 moeBytes = counts.moe > 0 ? layerBytes(moe, sc.checkpointing) : 0;
    const qint64 oneLayer = std::max(layerBytes(dense, Checkpointing::None),
        counts.moe > 0 ? layerBytes(moe, Checkpointing::None) : qint64(0)); // recomputed in backward
    qint64 layers = satAdd(satMul(denseBytes, counts.dense), satMul(moeBytes, counts.moe));
    // A checkpointed layer is recomputed in backward: its full set is alive again, one layer at a time.
    const qint64 recompute
        = sc.checkpointing == Checkpointing::Full || sc.checkpointing == Checkpointing::SelectiveOp ? oneLayer : 0;
    const bool headTrained = !usesAdapters(sc.method);
    const qint64 tail = satMul(tokens, satMul(m.hiddenSize, dense.normBytesPerElement + (headTrained ? 2 : 0)));
    const qint64 mask = sc.packed && !sc.flashAttention ? satMul(sc.microBatch, satMul(sc.seq, sc.seq)) : 0;
    QStringList parts;
    parts << Tr::tr("%1 layers x %2 (%3 checkpointing, flash attention %4)")
                 .arg(m.numLayers)
                 .arg(formatBytes(std::max(denseBytes, moeBytes)))
                 .arg(checkpointingId(sc.checkpointing), sc.flashAttention ? Tr::tr("on") : Tr::tr("off"));
    if (recompute > 0)
        parts << Tr::tr("one layer recomputed %1").arg(formatBytes(recompute));
    parts << Tr::tr("final norm and head input %1").arg(formatBytes(tail));
    if (mask > 0)
        parts << Tr::tr("block-causal mask of the packed rows %1").arg(formatBytes(mask));
    if (sc.offload == TrainingOffload::Activations && m.numLayers > 2) {
        // Saved tensors stream to CPU memory as each layer finishes; two layers' worth stay on the GPU.
        const qint64 perLayer = std::max(denseBytes, moeBytes);
        const qint64 kept = satMul(perLayer, 2);
        e->cpuBytes = satAdd(e->cpuBytes, std::max<qint64>(layers - kept, 0));
        layers = std::min(layers, kept);
        parts << Tr::tr("offloaded to CPU but 2 layers");
    }
    qint64 bytes = satAdd(satAdd(layers, recompute), satAdd(tail, mask));
    if (fakeQuantizes(sc.method)) {
        QString text;
        const qint64 held = sc.checkpointing == Checkpointing::None ? m.numLayers : 1;
        bytes = satAdd(bytes, fakeQuantBytes(sc, f, dense, tokens, held, &text));
        parts << text;
    }
    if (sc.method == TrainingMethod::Qlora && f.largestQuantMatrix > 0) {
        const qint64 dequant = satMul(f.largestQuantMatrix, 2);
        bytes = satAdd(bytes, dequant);
        parts << Tr::tr("one NF4 matrix dequantised to 16 bits %1").arg(formatBytes(dequant));
    }
    e->activations = banded(bytes, 85, 125,
        Tr::tr("%1 sequences x %2 tokens: ").arg(sc.microBatch).arg(sc.seq) + parts.join(QStringLiteral("; ")));
}

// The logits of a micro-batch: 16-bit from the head, the fp32 log-softmax cross-entropy keeps, and its fp32
// gradient; chunked cross-entropy upcasts one chunk at a time. Distillation adds the student's KL terms.
void addLogits(const TrainingScenario& sc, TrainingEstimate* e)
{
    const qint64 tv = satMul(satMul(sc.seq, sc.microBatch), sc.model.vocabSize);
    const qint64 chunks = sc.chunkedLoss ? sc.lossChunks : 1;
    const qint64 ce = satAdd(satMul(tv, 2), ceilDiv(satMul(tv, 8), chunks));
    const qint64 kd = sc.hasTeacher() ? ceilDiv(satMul(tv, 8), chunks) : 0;
    e->logits = exact(satAdd(ce, kd),
        Tr::tr("%1 tokens x %2 vocabulary: 2 bytes of bf16 logits + (4 fp32 log-softmax + 4 fp32 gradient) / %3 "
               "chunk(s)%4")
            .arg(satMul(sc.seq, sc.microBatch))
            .arg(sc.model.vocabSize)
            .arg(chunks)
            .arg(kd > 0 ? Tr::tr(" + the student's fp32 log-probabilities and their gradient for the KL loss %1")
                              .arg(formatBytes(kd))
                        : QString()));
}

// The frozen teacher: its weights in the chosen recipe (priced as transformers stores them), one layer's
// forward working set (no_grad keeps nothing), and its logits with their fp32 probabilities.
bool addTeacher(const TrainingScenario& sc, const QuantCatalog& catalog, TrainingEstimate* e, QString* error)
{
    if (!sc.hasTeacher()) {
        e->teacher = exact(0, Tr::tr("none: no teacher"));
        return true;
    }
    Scenario ts;
    ts.model = sc.teacher;
    ts.recipeId = sc.teacherRecipe;
    // Priced as transformers loads it where transformers runs the recipe, else by the first engine that does
    // (llama.cpp for GGUF types, MLX for MLX's).
    const QuantRecipe* recipe = catalog.recipe(sc.teacherRecipe);
    ts.engine = Engine::Transformers;
    if (recipe && !recipe->engines.contains(engineId(Engine::Transformers)) && !recipe->engines.isEmpty())
        ts.engine = engineFromId(recipe->engines.first()).value_or(Engine::Transformers);
    ts.context = sc.seq;
    ts.batch = sc.microBatch;
    QString why;
    const auto est = MemoryEstimator(catalog).estimate(ts, &why, MemoryEstimator::Detail::Figures);
    if (!est) {
        if (error)
            *error = Tr::tr("teacher %1: %2").arg(sc.teacher.id, why);
        return false;
    }
    const ModelSpec& t = sc.teacher;
    const qint64 tokens = satMul(sc.seq, sc.microBatch);
    qint64 working = satMul(tokens, satMul(2, satAdd(4 * t.hiddenSize, satMul(3, activeFfnWidth(t)))));
    if (!sc.flashAttention)
        working
            = satAdd(working, satMul(satMul(6, t.attention.numHeads), satMul(sc.microBatch, satMul(sc.seq, sc.seq))));
    const qint64 tv = satMul(tokens, t.vocabSize);
    const qint64 logits = satAdd(satMul(tv, 2), ceilDiv(satMul(tv, 4), sc.chunkedLoss ? sc.lossChunks : 1));
    e->teacher = exact(satAdd(est->weights.bytes, satAdd(working, logits)),
        Tr::tr("teacher %1 in %2: weights %3 + forward working set %4 + logits and fp32 probabilities %5%6")
            .arg(t.id, sc.teacherRecipe, formatBytes(est->weights.bytes), formatBytes(working), formatBytes(logits),
                sc.teacherOnSeparateGpu ? Tr::tr(" (on its own GPU)") : QString()));
    // One tokenizer's vocabulary padded to different sizes still distils over the shared rows; another does not.
    if (!sharesTokenizer(t, sc.model))
        e->notes << Tr::tr("teacher and student do not share a tokenizer (%1 vocabulary rows, %2 %3; %4 rows, %5 %6): "
                           "logit distillation needs one; sequence-level distillation from generated text does not")
                        .arg(t.vocabSize)
                        .arg(t.family, t.modelType)
                        .arg(sc.model.vocabSize)
                        .arg(sc.model.family, sc.model.modelType);
    return true;
}

// Training FLOPs per token: 6 x active parameters for a trained model (forward 2, backward 4), 4 for frozen
// weights plus 6 per adapter parameter, +2 per parameter for full recomputation, the causal attention scores, and
// the teacher's forward.
// Forward FLOPs per token: 2 x the active parameters (the embedding lookup is free) + the causal attention scores.
double forwardFlopsPerToken(const ModelSpec& m, const ParamCounts& c, qint64 seq)
{
    const double matmul = double(c.active - (m.tiedEmbeddings ? 0 : c.embedding));
    return 2.0 * matmul
        + 2.0 * double(m.numLayers) * double(seq) * double(m.attention.numHeads) * double(m.attention.headDim);
}

double flopsPerToken(const TrainingScenario& sc, const LayoutFacts& f, const ParamCounts& teacher)
{
    const double forward = forwardFlopsPerToken(sc.model, f.counts, sc.seq);
    double flops = usesAdapters(sc.method) ? 2.0 * forward + 6.0 * double(f.adapterParams) : 3.0 * forward;
    if (sc.checkpointing == Checkpointing::Full)
        flops += forward;
    else if (sc.checkpointing == Checkpointing::SelectiveOp)
        flops += forward / 2; // every second matmul again
    if (sc.hasTeacher())
        flops += forwardFlopsPerToken(sc.teacher, teacher, sc.seq);
    return flops;
}

// The peak: model states plus the larger of the backward peak (activations, logits, the first gradients) and the
// optimizer-step peak (all gradients and the step's temporaries); reserved adds the caching allocator's slack.
void addPeak(const TrainingScenario& sc, const LayoutFacts& f, TrainingEstimate* e)
{
    const bool adapters = usesAdapters(sc.method);
    const qint64 gradElem = adapters ? adapterElementBytes(sc.precision) : precisionBytes(sc.precision).gradient;
    const qint64 firstGrad = std::min(e->gradients.bytes, satMul(f.largestTrainable, gradElem));
    const bool gradsAlive = sc.gradAccum > 1 || sc.optimizerInBackward;
    e->backwardPeak
        = satAdd(satAdd(e->activations.bytes, e->logits.bytes), gradsAlive ? e->gradients.bytes : firstGrad);
    qint64 stepTemp = 0;
    if (e->optimizer.bytes > 0) {
        if (sc.optimizer == TrainingOptimizer::AdamW) // foreach AdamW: sqrt of the second moments, one state's size
            stepTemp = sc.optimizerInBackward ? satMul(f.largestTrainable, precisionBytes(sc.precision).state)
                                              : e->optimizer.bytes / 2;
        else if (sc.optimizer == TrainingOptimizer::Adafactor)
            stepTemp = satMul(f.largestTrainable, 4);
    }
    e->stepPeak = sc.optimizerInBackward ? stepTemp : satAdd(e->gradients.bytes, stepTemp);
    // bitsandbytes allocates paged state in CUDA unified memory, outside PyTorch's allocator: it is not part of
    // the peak PyTorch reports, and the driver pages it out to CPU memory when the GPU runs short.
    const bool paged = sc.optimizer == TrainingOptimizer::PagedAdamW8bit;
    const qint64 states
        = satAdd(satAdd(e->weights.bytes, e->trainableWeights.bytes), paged ? qint64(0) : e->optimizer.bytes);
    const qint64 teacher = sc.teacherOnSeparateGpu ? 0 : e->teacher.bytes;
    const qint64 dynamic = std::max(e->backwardPeak, e->stepPeak);
    e->peakAllocated = satAdd(satAdd(states, teacher), dynamic);
    e->overhead = exact(kCudaContext + kCublasWorkspace,
        Tr::tr("CUDA context and libraries %1 + cuBLAS workspace %2 (not counted by PyTorch's allocator)")
            .arg(formatBytes(kCudaContext), formatBytes(kCublasWorkspace)));
    e->reservedSlack = satMul(dynamic / 100, kSlackPercent);
    e->total = satAdd(e->peakAllocated, e->overhead.bytes);
    e->reserved = satAdd(e->total, e->reservedSlack);
    if (sc.teacherOnSeparateGpu && sc.hasTeacher())
        e->teacherGpuTotal = satAdd(e->teacher.bytes, e->overhead.bytes);
}

// torchtitan's op-level selective checkpointing keeps, per token, the layer's 16-bit input and the outputs of the
// matmuls at odd positions in the layer's order (q, k, v, o, then gate, up, down per MLP: q, v, gate and down for a
// Llama layer), plus the attention kernel's output and log-sum-exp. Everything else (norms, RoPE, SiLU, the product,
// eager attention's scores) is recomputed in backward. Routed experts run as grouped matmuls, which the policy does
// not save; the adapters' small outputs are recomputed too.
qint64 selectiveOpBytesPerToken(const LayerActivationShape& l, bool flashAttention)
{
    const qint64 vDim = l.vHeadDim > 0 ? l.vHeadDim : l.headDim;
    std::vector<qint64> outputs; // each matmul's output width, in the order the layer runs them
    if (l.kvLoraRank > 0) {
        if (l.qLoraRank > 0)
            outputs.push_back(l.qLoraRank);
        outputs.push_back(satMul(l.heads, l.headDim));
        outputs.push_back(l.kvLoraRank);
        outputs.push_back(satMul(l.heads, l.headDim + vDim)); // kv_b: keys and values (the rope width included)
    } else {
        outputs.push_back(satMul(l.heads, l.headDim));
        outputs.push_back(satMul(l.kvHeads, l.headDim));
        outputs.push_back(satMul(l.kvHeads, vDim));
    }
    outputs.push_back(l.hidden); // o_proj
    if (l.expertsPerToken > 0)
        outputs.push_back(l.numExperts); // the router
    if (l.intermediate > 0) {
        if (l.gated)
            outputs.push_back(l.intermediate);
        outputs.push_back(l.intermediate);
        outputs.push_back(l.hidden);
    }
    qint64 perToken = 2 * l.hidden; // the checkpointed input
    for (size_t i = 0; i < outputs.size(); i += 2)
        perToken = satAdd(perToken, satMul(2, outputs[i]));
    if (flashAttention)
        perToken = satAdd(perToken, satAdd(satMul(2 * l.heads, vDim), satMul(4, l.heads)));
    return perToken;
}

} // namespace

qint64 ModelStateBytes::total() const
{
    return satAdd(satAdd(weights, gradients), optimizer);
}

TrainingEstimator::TrainingEstimator(const QuantCatalog& catalog)
    : m_catalog(catalog)
{ }

ModelStateBytes TrainingEstimator::shardModelStates(const ModelStateBytes& whole, Sharding sharding, qint64 worldSize)
{
    const qint64 n = std::max<qint64>(worldSize, 1);
    ModelStateBytes s = whole;
    if (sharding == Sharding::None)
        return s;
    s.optimizer = ceilDiv(whole.optimizer, n);
    if (sharding == Sharding::Zero1)
        return s;
    s.gradients = ceilDiv(whole.gradients, n);
    if (sharding == Sharding::Zero2)
        return s;
    s.weights = ceilDiv(whole.weights, n);
    return s;
}

qint64 TrainingEstimator::layerActivationBytes(
    const LayerActivationShape& l, qint64 seq, qint64 batch, bool flashAttention, Checkpointing checkpointing)
{
    const qint64 tokens = satMul(seq, batch);
    if (checkpointing == Checkpointing::Full)
        return satMul(satMul(tokens, l.hidden), 2); // the layer's 16-bit input
    if (checkpointing == Checkpointing::SelectiveOp)
        return satMul(selectiveOpBytesPerToken(l, flashAttention), tokens);
    const qint64 h = l.hidden;
    const qint64 vDim = l.vHeadDim > 0 ? l.vHeadDim : l.headDim;
    const qint64 kvHeads = flashAttention ? l.kvHeads : l.heads; // eager / math attention repeats K and V
    qint64 perToken = 0;
    const auto add = [&perToken](qint64 bytes) { perToken = satAdd(perToken, bytes); };
    // Attention block.
    add(satMul(l.normBytesPerElement, h));
    if (l.saveQkvInput)
        add(2 * h);
    if (l.kvLoraRank > 0) { // MLA: the latent norms, and the q_b / kv_b inputs
        add(satMul(l.normBytesPerElement, l.qLoraRank + l.kvLoraRank));
        if (l.saveQkvInput)
            add(satMul(2, l.qLoraRank + l.kvLoraRank));
    }
    add(satMul(2 * l.heads, l.headDim)); // Q
    add(satMul(2 * kvHeads, l.headDim)); // K
    add(satMul(2 * kvHeads, vDim)); // V
    qint64 squarePerHead = 0; // bytes per head and (query, key) pair
    if (flashAttention) {
        add(satMul(4, l.heads)); // log-sum-exp, fp32
        add(satMul(2 * l.heads, vDim)); // the output, kept by the kernel (o_proj's input)
    } else {
        if (l.saveOInput)
            add(satMul(2 * l.heads, vDim));
        squarePerHead = (l.softmaxFp32 ? 6 : 2) + (l.dropout ? 3 : 0);
    }
    if (l.dropout)
        add(h);
    // MLP block.
    add(satMul(l.normBytesPerElement, h));
    if (l.saveMlpInput)
        add(2 * h);
    if (l.intermediate > 0) {
        add(satMul(l.gated ? 6 : 2, l.intermediate));
        if (l.saveDownInput)
            add(satMul(2, l.intermediate));
    }
    if (l.expertsPerToken > 0) {
        add(satMul(4, l.numExperts)); // router probabilities, fp32
        const qint64 perExpert = satAdd(satMul(6, l.expertIntermediate),
            satAdd(l.saveMlpInput ? 2 * h : 0, l.saveDownInput ? satMul(2, l.expertIntermediate) : 0));
        add(satMul(l.expertsPerToken, perExpert));
    }
    if (l.dropout)
        add(h);
    add(satMul(satMul(2, l.loraMatrices), l.loraRank));
    qint64 bytes = satMul(perToken, tokens);
    if (squarePerHead > 0 && checkpointing == Checkpointing::None)
        bytes = satAdd(bytes, satMul(satMul(satMul(squarePerHead, l.heads), batch), satMul(seq, seq)));
    return bytes;
}

std::optional<TrainingEstimate> TrainingEstimator::estimate(const TrainingScenario& sc, QString* error) const
{
    const QString problem = validateScenario(sc, m_catalog);
    if (!problem.isEmpty()) {
        if (error)
            *error = problem;
        return std::nullopt;
    }
    const std::vector<TensorSpec> tensors = tensorLayout(sc.model, TensorNames::None);
    const StorageType* nf4 = m_catalog.type(sc.doubleQuant ? QStringLiteral("NF4_DQ") : QStringLiteral("NF4"));
    const LayoutFacts f = layoutFacts(sc, tensors, sc.method == TrainingMethod::Qlora ? nf4 : nullptr);
    TrainingEstimate e;
    e.modelId = sc.model.id;
    e.scenario = sc;
    e.params = f.counts.total;
    e.activeParams = f.counts.active;
    e.trainableParams = f.trainable;
    addModelStates(sc, f, &e);
    addActivations(sc, f, &e);
    addLogits(sc, &e);
    if (!addTeacher(sc, m_catalog, &e, error))
        return std::nullopt;
    addPeak(sc, f, &e);
    const ParamCounts teacherCounts = sc.hasTeacher() ? countParameters(sc.teacher) : ParamCounts {};
    e.trainingFlopsPerToken = flopsPerToken(sc, f, teacherCounts);
    e.teacherFlopsPerToken = sc.hasTeacher() ? forwardFlopsPerToken(sc.teacher, teacherCounts, sc.seq) : 0.0;
    if (sc.optimizer == TrainingOptimizer::PagedAdamW8bit)
        e.notes << Tr::tr("paged optimizer state (%1) lives in CUDA unified memory outside PyTorch's allocator: it "
                          "is not in the peak allocated and moves to CPU memory when the GPU runs short")
                       .arg(formatBytes(e.optimizer.bytes));
    if (sc.model.maxContext > 0 && sc.seq > sc.model.maxContext)
        e.notes << Tr::tr("sequence of %1 tokens exceeds the model's trained context of %2")
                       .arg(sc.seq)
                       .arg(sc.model.maxContext);
    if (sc.hasTeacher() && sc.sharding != Sharding::None)
        e.notes << Tr::tr("the teacher is replicated on every GPU, not sharded");
    const ModelSpec& m = sc.model;
    const qint64 recurrent
        = std::count_if(m.layers.cbegin(), m.layers.cend(), [](const LayerSpec& l) { return l.isRecurrent(); });
    if (recurrent > 0)
        e.notes << Tr::tr("%1 of the %2 layers are recurrent (Gated DeltaNet, Mamba2, short convolution or Kimi Delta "
                          "Attention): their saved activations are counted as an attention layer's of the model's "
                          "attention shape, not from their own kernels, so the activations are an approximation")
                       .arg(recurrent)
                       .arg(m.numLayers);
    return e;
}

TrainingFit judgeTrainingFit(const TrainingEstimate& e, qint64 gpuBytes, qint64 ramBytes)
{
    TrainingFit f;
    f.capacity = gpuBytes;
    f.needed = std::max(e.reserved, e.teacherGpuTotal);
    f.cpuNeeded = satMul(e.cpuBytes, e.scenario.gpusPerNode);
    if (gpuBytes <= 0)
        f.status = TrainingFitStatus::NoGpu;
    else if (std::max(e.total, e.teacherGpuTotal) > gpuBytes)
        f.status = TrainingFitStatus::DoesNotFit;
    else if (ramBytes > 0 && f.cpuNeeded > ramBytes)
        f.status = TrainingFitStatus::RamShort;
    else
        f.status = f.needed <= gpuBytes ? TrainingFitStatus::Fits : TrainingFitStatus::Tight;
    return f;
}

QString trainingFitId(TrainingFitStatus s)
{
    switch (s) {
    case TrainingFitStatus::Fits:
        return QStringLiteral("fits");
    case TrainingFitStatus::Tight:
        return QStringLiteral("tight");
    case TrainingFitStatus::DoesNotFit:
        return QStringLiteral("does-not-fit");
    case TrainingFitStatus::RamShort:
        return QStringLiteral("ram-short");
    case TrainingFitStatus::NoGpu:
        return QStringLiteral("no-gpu");
    }
    return {};
}

TrainingTime trainingTime(
    const TrainingEstimate& e, double tflopsPerGpu, double efficiency, qint64 datasetTokens, qint64 epochs)
{
    TrainingTime t;
    if (tflopsPerGpu <= 0.0 || efficiency <= 0.0 || e.trainingFlopsPerToken <= 0.0)
        return t;
    const TrainingScenario& sc = e.scenario;
    const double tokensPerGpu = double(sc.seq) * double(sc.microBatch) * double(sc.gradAccum);
    t.stepSeconds = tokensPerGpu * e.trainingFlopsPerToken / (tflopsPerGpu * 1e12 * efficiency);
    t.tokensPerSecond = tokensPerGpu * double(sc.worldSize()) / t.stepSeconds;
    if (datasetTokens > 0)
        t.jobSeconds = double(datasetTokens) * double(std::max<qint64>(epochs, 1)) / t.tokensPerSecond;
    return t;
}

OfflineDistillation offlineDistillation(
    const TrainingEstimate& e, qint64 datasetTokens, qint64 topK, double tflopsPerGpu, double efficiency)
{
    OfflineDistillation o;
    o.topK = topK;
    o.bytesPerToken = satMul(topK, OfflineDistillation::kBytesPerEntry);
    o.diskBytes = satMul(datasetTokens, o.bytesPerToken);
    const double rate = tflopsPerGpu * 1e12 * efficiency * double(e.scenario.worldSize());
    if (rate > 0.0 && e.teacherFlopsPerToken > 0.0)
        o.teacherSeconds = double(datasetTokens) * e.teacherFlopsPerToken / rate;
    return o;
}

bool sharesTokenizer(const ModelSpec& teacher, const ModelSpec& student)
{
    if (teacher.vocabSize <= 0 || student.vocabSize <= 0)
        return false;
    if (std::abs(teacher.vocabSize - student.vocabSize) >= kPaddingRows)
        return false;
    const bool sameFamily
        = !teacher.family.isEmpty() && teacher.family.compare(student.family, Qt::CaseInsensitive) == 0;
    const bool sameArchitecture = !teacher.modelType.isEmpty() && teacher.modelType == student.modelType;
    return sameFamily || sameArchitecture;
}

double TrainingEstimator::bnb4BitsPerWeight(const QString& typeId, qint64 ne0, qint64 ne1) const
{
    const StorageType* t = m_catalog.type(typeId);
    const qint64 n = satMul(ne0, ne1);
    if (!t || n <= 0)
        return 0.0;
    return double(t->bytesFor(ne0, ne1)) * 8.0 / double(n);
}

} // namespace Planner
