// SPDX-FileCopyrightText: 2026 The FitPlanner authors
// SPDX-License-Identifier: MIT

#include "speedmodel.h"

#include "engineregistry.h"
#include "fitplanner.h"
#include "units.h"

#include <algorithm>
#include <cmath>
#include <optional>

#include <QCoreApplication>

namespace Planner {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Planner::FitPlanner)
};

// llama.cpp's default logical batch (common.h n_batch = 2048): prefill pipelines the micro-batches of one batch
// over the GPUs of a layer split (ggml_backend_sched with n_copies > 1), so a long prompt keeps every GPU busy.
constexpr qint64 kLlamaBatch = 2048;

// Decode of a MoE layer on a GPU: ggml's mul_mat_id walks every expert of the tensor for each of the expert
// matrices (ggml-cuda.cu ggml_cuda_mul_mat_id, the per-expert path of ggml-metal), a cost per expert and layer
// however few experts a token uses. Fitted to DeepSeek-R1 (256 experts) on two H100 against gpt-oss-20b (32 experts).
constexpr double kExpertSlotSeconds = 0.6e-6;
// Prefill of routed experts: each expert multiplies only the tokens routed to it (ubatch x used / experts), and
// matrix kernels below a few dozen rows fall off their peak: the rate scales with t / (t + kExpertRowsHalfRate).
constexpr double kExpertRowsHalfRate = 32.0;
// ggml's CPU matrix kernels multiply the activations in tiles of 4 rows (the repacked 8x8 layouts' gemm, llamafile's
// tinyBLAS); an expert given fewer of the micro-batch's tokens runs the matrix-vector kernel instead.
constexpr int kCpuTileRows = 4;

// Attention FLOPs of prefilling `prompt` tokens from an empty cache, per layer: token t attends to t earlier
// positions (at most the window on sliding-window layers); each pair costs 2 x heads x (key + value head
// dimension) FLOPs (the scores Q.K and the weighted sum of V). They grow with the square of the prompt and
// dominate at long context.
std::vector<double> attentionFlopsPerLayer(const ModelSpec& s, qint64 prompt)
{
    const double perPair = 2.0 * double(s.attention.numHeads)
        * double(s.attention.headDim + (s.attention.vHeadDim > 0 ? s.attention.vHeadDim : s.attention.headDim));
    const double full = double(prompt) * double(prompt + 1) / 2.0;
    const qint64 w = s.slidingWindow;
    const double sliding
        = w > 0 && prompt > w ? double(w) * double(w + 1) / 2.0 + double(prompt - w) * double(w) : full;
    std::vector<double> out(size_t(std::max<qint64>(0, s.numLayers)), perPair * full);
    for (size_t il = 0; il < out.size() && il < s.layers.size(); ++il) {
        const LayerSpec& layer = s.layers[il];
        if (!layer.hasMixer || layer.mixer != MixerKind::Attention)
            out[il] = 0.0; // a recurrent mixer (its work is in the weights' FLOPs) or a feed-forward-only layer
        else if (layer.isWindowed())
            out[il] = perPair * sliding; // sliding windows, and chunks of at most the window
    }
    return out;
}

// The attention FLOPs of a device's layers (a tensor-parallel rank does its share of the heads).
double deviceAttentionFlops(const DevicePlacement& d, const std::vector<double>& perLayer, int tensorParallel)
{
    double sum = 0.0;
    for (int il = std::max(0, d.firstLayer); d.firstLayer >= 0 && il < d.firstLayer + d.layers; ++il)
        sum += il < int(perLayer.size()) ? perLayer[size_t(il)] : 0.0;
    return d.isCpu || tensorParallel <= 1 ? sum : sum / double(tensorParallel);
}

// Generic share of a device's catalog FP16 peak for engines without measured figures (vLLM, transformers, MLX).
double genericPrefillEfficiency(const DevicePlacement&)
{
    return FitPlanner::kPrefillEfficiency;
}

const GpuDevice* gpuOf(const HardwareProfile& hw, const DevicePlacement& d)
{
    return !d.isCpu && d.gpuIndex >= 0 && d.gpuIndex < hw.gpus.size() ? &hw.gpus[d.gpuIndex] : nullptr;
}

// The share of a device's FP16 peak that prefill reaches: llama.cpp's per class and quantization, else the
// generic share.
double prefillEfficiency(const FitPlan& p, const HardwareProfile& hw, const DevicePlacement& d)
{
    const GpuDevice* g = gpuOf(hw, d);
    if (p.engine != Engine::LlamaCpp || !g)
        return genericPrefillEfficiency(d);
    return gpuSpeedFigures(gpuClass(*g)).prefillShare * quantKernelCost(p.recipeId).prefill;
}

// The slowest GPU's prefill rate in TFLOPS (peak x efficiency; 0 without GPUs).
double slowestGpuPrefillRate(const FitPlan& p, const HardwareProfile& hw)
{
    double rate = 0.0;
    for (const DevicePlacement& d : p.devices) {
        const double eff = prefillEfficiency(p, hw, d);
        if (!d.isCpu && d.used() > 0 && d.fp16Tflops > 0.0)
            rate = rate > 0.0 ? std::min(rate, d.fp16Tflops * eff) : d.fp16Tflops * eff;
    }
    return rate;
}

// What routed experts change in a llama.cpp speed estimate.
struct MoeShape
{
    double expertShare = 0.0; // share of the active parameters that are routed experts
    double prefillRate = 1.0; // share of the dense matrix rate the experts' prefill reaches
    int matricesPerExpert = 0; // expert matrices per MoE layer (up, gate, down)
    double expertWeightShare = 0.0; // share of all the parameters that are routed experts (every expert)
};

// The micro-batch's tokens each routed expert multiplies on average: ubatch x used / experts (0 for dense models).
double tokensPerExpert(const ModelSpec& s, double ubatch)
{
    return s.moe.isMoe() && s.moe.numExperts > 0
        ? std::max(1.0, ubatch) * double(s.moe.expertsPerToken) / double(s.moe.numExperts)
        : 0.0;
}

MoeShape moeShape(const ModelSpec& s, const MemoryEstimate& e, qint64 ubatch)
{
    MoeShape out;
    if (!s.moe.isMoe() || e.params.active <= 0)
        return out;
    qint64 moeLayers = 0;
    for (const LayerSpec& l : s.layers)
        moeLayers += l.moe ? 1 : 0;
    out.matricesPerExpert = s.moe.gatedExperts ? 3 : 2;
    const double width = double(s.moe.latentSize > 0 ? s.moe.latentSize : s.hiddenSize);
    const double expertParams = double(out.matricesPerExpert) * width * double(s.moe.expertIntermediate)
        * double(s.moe.expertsPerToken) * double(moeLayers);
    out.expertShare = std::clamp(expertParams / double(e.params.active), 0.0, 1.0);
    if (e.params.total > 0 && s.moe.expertsPerToken > 0)
        out.expertWeightShare = std::clamp(
            expertParams * double(s.moe.numExperts) / double(s.moe.expertsPerToken) / double(e.params.total), 0.0, 1.0);
    const double rows = tokensPerExpert(s, double(ubatch));
    out.prefillRate = rows / (rows + kExpertRowsHalfRate);
    return out;
}

// Routed-expert bytes one decode step of `batch` sequences reads, over those one token reads: each token picks k of
// the E experts of a layer, so a step touches E x (1 - (1 - k/E)^batch) distinct experts on average (routing taken as
// independent between sequences); weights are read once per step, whatever the batch.
double expertReadFactor(const ModelSpec& s, qint64 batch)
{
    if (!s.moe.isMoe() || batch <= 1 || s.moe.expertsPerToken <= 0 || s.moe.numExperts <= 0)
        return 1.0;
    const double k = double(s.moe.expertsPerToken);
    const double e = double(s.moe.numExperts);
    return e * (1.0 - std::pow(1.0 - k / e, double(batch))) / k;
}

// A device's bytes per decode step with the experts a batch reads (a CPU holding only offloaded experts reads
// nothing else).
DevicePlacement withBatchedExperts(DevicePlacement d, const MoeShape& moe, double factor)
{
    if (factor <= 1.0)
        return d;
    const qint64 kv = std::clamp<qint64>(d.kvCache, 0, d.activeBytesPerToken);
    const double weights = double(d.activeBytesPerToken - kv);
    const double share = d.isCpu && d.layers == 0 && d.expertLayers > 0 ? 1.0 : moe.expertShare;
    d.activeBytesPerToken = kv + qint64(weights * (1.0 + share * (factor - 1.0)));
    return d;
}

// MoE layers of a GPU whose routed experts it holds (expert offload keeps those of the first layers in RAM).
int gpuMoeLayers(const ModelSpec& s, const DevicePlacement& d, int cpuMoeLayers)
{
    int n = 0;
    for (int il = std::max(0, d.firstLayer); d.firstLayer >= 0 && il < d.firstLayer + d.layers; ++il)
        n += il < int(s.layers.size()) && s.layers[size_t(il)].moe && il >= cpuMoeLayers ? 1 : 0;
    return n;
}

// One device's share of a token's decode and of the prompt's prefill.
struct DeviceTime
{
    double decode = 0.0;
    double prefill = 0.0;
    double fixed = 0.0; // the fixed part of decode (per layer, per expert)
    double weightRead = 0.0; // the weights' part of the memory-bound decode time (0 where not separated)
    bool computeBound = false;
    bool streamed = false;
};

struct SpeedInputs
{
    const FitPlan* p = nullptr;
    const ModelSpec* model = nullptr;
    const HardwareProfile* hw = nullptr;
    std::vector<double> attention; // prefill attention FLOPs per layer
    double gpuTflops = 0.0; // slowest GPU's prefill rate (llama.cpp streams RAM layers through it)
    MoeShape moe;
    QuantKernelCost quant;
};

// A llama.cpp GPU: bytes at the class's share of peak bandwidth (weights slowed by dequantization), a fixed
// cost per layer and per expert slot, compute at the class's prefill share; prefill adds the routed experts'
// lower rate and flash attention's.
DeviceTime llamaGpuTime(const SpeedInputs& in, const DevicePlacement& d, double bw, double tflops)
{
    const FitPlan& p = *in.p;
    const GpuSpeedFigures f = gpuSpeedFigures(gpuClass(*gpuOf(*in.hw, d)));
    const qint64 kv = std::clamp<qint64>(d.kvCache, 0, d.activeBytesPerToken);
    const double weights = double(d.activeBytesPerToken - kv);
    DeviceTime t;
    const double memory
        = weights / (bw * 1.0e9 * f.decodeShare * in.quant.decode) + double(kv) / (bw * 1.0e9 * f.decodeShare);
    const double rate = tflops * 1.0e12 * f.prefillShare * in.quant.prefill;
    const double compute = 2.0 * double(d.activeParams) * double(std::max<qint64>(1, p.batch)) / rate;
    const int moeLayers = gpuMoeLayers(*in.model, d, p.cpuMoeLayers);
    t.fixed = double(d.layers) * f.layerSeconds
        + double(moeLayers) * double(in.moe.matricesPerExpert) * double(in.model->moe.numExperts) * kExpertSlotSeconds;
    t.computeBound = compute > memory;
    t.decode = std::max(memory, compute) + t.fixed;
    t.weightRead = weights / (bw * 1.0e9 * f.decodeShare * in.quant.decode);
    const double dense = 2.0 * double(d.activeParams) * double(p.promptTokens);
    const double attention = deviceAttentionFlops(d, in.attention, 1);
    const double batches = std::ceil(double(p.promptTokens) / double(std::max<qint64>(1, p.ubatch)));
    t.prefill = dense * (1.0 - in.moe.expertShare) / rate + dense * in.moe.expertShare / (rate * in.moe.prefillRate)
        + attention / (rate * f.attentionShare) + batches * double(d.layers) * f.layerSeconds;
    return t;
}

// Whether llama.cpp's CPU multiplies a recipe's weights in float (F16/BF16/F32 weights) rather than in int8 blocks
// (every quantized type: the activations are quantized to Q8_0 / Q8_K and multiplied block by block).
bool cpuFloatWeights(const QString& recipeId)
{
    return quantKernelCost(recipeId).family == QLatin1String("F16");
}

// llama.cpp's threads: one per physical core (common.cpp cpu_get_num_math), else per logical core.
int cpuThreads(const HardwareProfile& hw)
{
    if (hw.cpu.physicalCores > 0)
        return hw.cpu.physicalCores;
    if (hw.cpu.logicalCores > 0)
        return hw.cpu.logicalCores;
    return hw.cpuCalibration ? hw.cpuCalibration->threads : 1;
}

// The CPU rates a calibrated plan uses, in multiply-adds per second with all of llama.cpp's threads.
struct CpuRates
{
    double bandwidth = 0.0; // bytes per second llama.cpp reads weights and KV at
    double vector = 0.0; // matrix times vector (decode, and experts that get a few of the prompt's tokens)
    double matrix = 0.0; // matrix times matrix (prefill)
    double attention = 0.0; // the float kernel, for attention's scores and weighted sums
};

CpuRates cpuRates(const FitPlan& p, const HardwareProfile& hw)
{
    const CpuCalibration& c = *hw.cpuCalibration;
    const int threadCount = cpuThreads(hw);
    const double threads = double(threadCount);
    const double f32 = c.dotRate(QStringLiteral("F32")) * 1.0e9 * threads;
    CpuRates r;
    r.bandwidth = c.streamGBpsWith(threadCount) * 1.0e9;
    r.attention = f32;
    if (cpuFloatWeights(p.recipeId)) {
        r.vector = r.matrix = f32; // F16 weights: converted to float and multiplied at the float rate
    } else {
        r.vector = c.dotRate(QStringLiteral("I8_MV")) * 1.0e9 * threads;
        r.matrix = c.dotRate(QStringLiteral("I8_MM")) * 1.0e9 * threads;
    }
    return r;
}

// The output layer's multiply-adds per token on a device that holds it (vocabulary x hidden).
double outputParams(const ModelSpec& s, const DevicePlacement& d)
{
    return d.outputLayer ? double(s.vocabSize) * double(s.hiddenSize) : 0.0;
}

// llama.cpp's layers in RAM on a calibrated CPU. Decode: the longer of reading the token's bytes at the measured
// read bandwidth and multiplying its weights at the matrix-vector rate, plus a fixed cost per layer. Prefill, per
// micro-batch: the dense weights at the matrix-matrix rate; the routed experts at the matrix-vector rate while each
// expert gets fewer tokens than a tile holds (ubatch x used / experts), else at the matrix rate; the output layer
// once (llama.cpp computes logits only for the rows that produce output, the prompt's last token); the weights
// read from RAM once per micro-batch (the experts its tokens touch) when that is longer; attention in float.
DeviceTime calibratedCpuTime(const SpeedInputs& in, const DevicePlacement& d)
{
    const FitPlan& p = *in.p;
    const ModelSpec& s = *in.model;
    const CpuRates r = cpuRates(p, *in.hw);
    const CalibratedCpuFigures f;
    DeviceTime t;
    const double memory = double(d.activeBytesPerToken) / r.bandwidth;
    const double compute = double(d.activeParams) * double(std::max<qint64>(1, p.batch)) / r.vector;
    t.computeBound = compute > memory;
    t.fixed = double(d.layers + d.expertLayers) * f.layerSeconds;
    t.decode = std::max(memory, compute) + t.fixed;

    const double prompt = double(std::max<qint64>(1, p.promptTokens));
    const double ubatch = double(std::clamp<qint64>(p.ubatch, 1, std::max<qint64>(1, p.promptTokens)));
    const double batches = std::ceil(prompt / ubatch);
    const double output = std::min(outputParams(s, d), double(d.activeParams));
    // A CPU that holds only offloaded experts (--n-cpu-moe) multiplies nothing else.
    const bool expertsOnly = d.layers == 0 && d.expertLayers > 0;
    const double experts = double(d.activeParams) * (expertsOnly ? 1.0 : in.moe.expertShare);
    const double dense = std::max(0.0, double(d.activeParams) - output - experts);
    const double expertRate = tokensPerExpert(s, ubatch) < double(kCpuTileRows) ? r.vector : r.matrix;
    const double multiply = dense * prompt / r.matrix + experts * prompt / expertRate + output * batches / r.vector;
    // The share of the experts a micro-batch touches: the distinct experts its tokens pick, of all of them.
    const double touched = s.moe.isMoe() && s.moe.numExperts > 0
        ? expertReadFactor(s, qint64(ubatch)) * double(s.moe.expertsPerToken) / double(s.moe.numExperts)
        : 1.0;
    const double expertBytes = double(d.weights) * (expertsOnly ? 1.0 : in.moe.expertWeightShare);
    const double read = batches * (double(d.weights) - expertBytes * (1.0 - touched)) / r.bandwidth;
    const double attention = deviceAttentionFlops(d, in.attention, 1) / 2.0; // multiply-adds
    t.prefill = std::max(multiply, read) + attention / r.attention + batches * double(d.layers) * f.layerSeconds;
    return t;
}

// Any other device: the longer of reading its bytes at a fixed share of peak bandwidth and computing its share of
// the batch at the prefill share; llama.cpp's CPU layers may prefill on the GPU, their weights streamed over PCIe.
DeviceTime rooflineTime(const SpeedInputs& in, const DevicePlacement& d, double bw, double tflops)
{
    const FitPlan& p = *in.p;
    const double eff = prefillEfficiency(p, *in.hw, d);
    const double flops = 2.0 * double(d.activeParams) * double(p.promptTokens)
        + deviceAttentionFlops(d, in.attention, p.tensorParallel);
    DeviceTime t;
    if (d.isCpu && p.engine == Engine::LlamaCpp && in.hw->cpuCalibration && in.hw->cpuCalibration->isValid()) {
        t = calibratedCpuTime(in, d);
    } else {
        const double memorySeconds = double(d.activeBytesPerToken) / (bw * 1.0e9 * FitPlanner::kDecodeEfficiency);
        const double computeSeconds
            = 2.0 * double(d.activeParams) * double(std::max<qint64>(1, p.batch)) / (tflops * 1.0e12 * eff);
        t.computeBound = computeSeconds > memorySeconds;
        t.decode = std::max(memorySeconds, computeSeconds);
        t.weightRead = double(d.activeBytesPerToken - std::clamp<qint64>(d.kvCache, 0, d.activeBytesPerToken))
            / (bw * 1.0e9 * FitPlanner::kDecodeEfficiency);
        t.prefill = flops / (tflops * 1.0e12 * eff);
    }
    if (d.isCpu && engineRules(p.engine).placement().gpuPrefillOfRamLayers && in.gpuTflops > 0.0) {
        const double batches = std::ceil(double(p.promptTokens) / double(std::max<qint64>(1, p.ubatch)));
        const double streamed
            = double(d.weights - p.estimate.tokenEmbeddingBytes) * batches / (FitPlanner::kAssumedPcieGBps * 1.0e9)
            + flops / (in.gpuTflops * 1.0e12);
        t.streamed = streamed < t.prefill;
        t.prefill = std::min(t.prefill, streamed);
    }
    return t;
}

// Prefill over a llama.cpp layer split of GPUs: each batch of kLlamaBatch tokens is cut into micro-batches that
// flow through the GPUs in turn, so after the first micro-batch the slowest GPU sets the pace.
double pipelinedPrefill(const FitPlan& p, const QList<double>& stages)
{
    const qint64 ubatch = std::max<qint64>(1, p.ubatch);
    const double microBatches = std::ceil(double(p.promptTokens) / double(ubatch));
    const double perBatch = std::max(1.0, double(std::max(kLlamaBatch, ubatch) / ubatch));
    double sum = 0.0;
    double slowest = 0.0;
    for (double s : stages) {
        sum += s / microBatches;
        slowest = std::max(slowest, s / microBatches);
    }
    const double batches = std::ceil(microBatches / perBatch);
    return batches * sum + (microBatches - batches) * slowest;
}

} // namespace

GpuClass gpuClass(const GpuDevice& g)
{
    const auto has = [&g](const char* word) { return g.name.contains(QLatin1String(word), Qt::CaseInsensitive); };
    switch (g.vendor) {
    case GpuVendor::Apple:
        return GpuClass::Apple;
    case GpuVendor::Amd:
        return has("Instinct") || has("MI2") || has("MI3") ? GpuClass::Instinct : GpuClass::Radeon;
    case GpuVendor::Nvidia:
        if (has("GeForce") || has("TITAN"))
            return GpuClass::GeForce;
        if (has("RTX") || has("Quadro"))
            return GpuClass::Workstation; // RTX A6000, RTX 6000 Ada Generation, RTX PRO 6000, Quadro RTX
        if (has("H100") || has("H200") || has("H20") || has("GH200") || has("B200") || has("B100") || has("GB200")
            || has("B300") || has("GB300") || has("GB10"))
            return GpuClass::Hopper;
        return GpuClass::Datacenter;
    case GpuVendor::Intel:
    case GpuVendor::Other:
        break;
    }
    return GpuClass::Other;
}

QString gpuClassName(GpuClass c)
{
    switch (c) {
    case GpuClass::GeForce:
        return Tr::tr("GeForce (CUDA)");
    case GpuClass::Workstation:
        return Tr::tr("NVIDIA workstation (CUDA)");
    case GpuClass::Datacenter:
        return Tr::tr("NVIDIA datacenter (CUDA)");
    case GpuClass::Hopper:
        return Tr::tr("NVIDIA Hopper / Blackwell datacenter (CUDA)");
    case GpuClass::Apple:
        return Tr::tr("Apple silicon (Metal)");
    case GpuClass::Radeon:
        return Tr::tr("Radeon (ROCm)");
    case GpuClass::Instinct:
        return Tr::tr("Instinct (ROCm)");
    case GpuClass::Other:
        break;
    }
    return Tr::tr("other GPU (Vulkan)");
}

GpuSpeedFigures gpuSpeedFigures(GpuClass c)
{
    // decode share, per layer, per token, per hop, prefill share, attention share
    switch (c) {
    case GpuClass::GeForce:
        return { 0.90, 25.0e-6, 0.3e-3, 0.15e-3, 0.95, 0.3 };
    case GpuClass::Workstation:
        return { 0.90, 25.0e-6, 0.3e-3, 0.2e-3, 0.6, 0.3 };
    case GpuClass::Datacenter:
        return { 0.70, 60.0e-6, 0.5e-3, 0.3e-3, 0.40, 0.3 };
    case GpuClass::Hopper:
        return { 0.70, 60.0e-6, 0.5e-3, 0.3e-3, 0.23, 0.3 };
    case GpuClass::Apple:
        return { 0.75, 50.0e-6, 0.5e-3, 0.0, 0.75, 0.3 };
    case GpuClass::Radeon:
        return { 0.70, 20.0e-6, 0.5e-3, 0.3e-3, 0.59, 0.3 };
    case GpuClass::Instinct:
        return { 0.50, 40.0e-6, 0.5e-3, 0.5e-3, 0.2, 0.3 };
    case GpuClass::Other:
        break;
    }
    return { 0.60, 30.0e-6, 0.5e-3, 0.3e-3, 0.3, 0.3 };
}

QuantKernelCost quantKernelCost(const QString& id)
{
    const QString r = id.toUpper();
    const auto is = [&r](const char* prefix) { return r.startsWith(QLatin1String(prefix)); };
    if (is("F16") || is("BF16") || is("F32"))
        return { QStringLiteral("F16"), 1.0, 1.0 };
    if (is("Q8_0"))
        return { QStringLiteral("Q8_0"), 0.95, 0.8 };
    if (is("IQ1"))
        return { QStringLiteral("IQ1"), 0.3, 0.6 };
    if (is("IQ2") || is("IQ3"))
        return { QStringLiteral("IQ2/IQ3"), 0.65, 0.6 };
    if (is("IQ4"))
        return { QStringLiteral("IQ4"), 0.8, 0.7 };
    if (is("MXFP4"))
        return { QStringLiteral("MXFP4"), 0.85, 0.9 };
    if (is("TQ"))
        return { QStringLiteral("ternary"), 0.6, 0.6 };
    if (r.contains(QLatin1String("_K")))
        return { QStringLiteral("K-quant"), 0.8, 0.75 };
    if (is("Q4_0") || is("Q4_1") || is("Q5_0") || is("Q5_1"))
        return { QStringLiteral("legacy"), 0.9, 0.85 };
    return { QStringLiteral("F16"), 1.0, 1.0 };
}

namespace {

// The figures one device's estimate used, for the explanation.
QString deviceFigures(const SpeedInputs& in, const DevicePlacement& d, double bw, double tflops)
{
    const GpuDevice* g = gpuOf(*in.hw, d);
    const std::optional<CpuCalibration>& cal = in.hw->cpuCalibration;
    if (d.isCpu && in.p->engine == Engine::LlamaCpp && cal && cal->isValid()) {
        const int threads = cpuThreads(*in.hw);
        const bool floats = cpuFloatWeights(in.p->recipeId);
        const CalibratedCpuFigures f;
        return Tr::tr("%1 [measured on this machine]: %2 per token at %3 GB/s streamed through the matrix-vector "
                      "kernel (%4 threads); per thread %5 billion multiply-adds/s times a vector, %6 in prefill tiles "
                      "(%7 kernels, %8); %9 us per layer")
            .arg(d.name, formatBytes(d.activeBytesPerToken))
            .arg(cal->streamGBpsWith(threads), 0, 'f', 1)
            .arg(threads)
            .arg(cal->dotRate(floats ? QStringLiteral("F32") : QStringLiteral("I8_MV")), 0, 'f', 1)
            .arg(cal->dotRate(floats ? QStringLiteral("F32") : QStringLiteral("I8_MM")), 0, 'f', 1)
            .arg(floats ? Tr::tr("float") : Tr::tr("int8"))
            .arg(cal->simd.isEmpty() ? Tr::tr("unknown instructions") : cal->simd)
            .arg(f.layerSeconds * 1.0e6, 0, 'f', 0);
    }
    if (in.p->engine != Engine::LlamaCpp || !g)
        return Tr::tr("%1: %2 per token at %3 GB/s, prefill at %4% of %5 TFLOPS")
            .arg(d.name, formatBytes(d.activeBytesPerToken))
            .arg(bw, 0, 'f', 0)
            .arg(qRound(prefillEfficiency(*in.p, *in.hw, d) * 100.0))
            .arg(tflops, 0, 'f', 1);
    const GpuClass c = gpuClass(*g);
    const GpuSpeedFigures f = gpuSpeedFigures(c);
    return Tr::tr("%1 [%2]: %3 per token at %4% of %5 GB/s, %6 us per layer; prefill at %7% of %8 TFLOPS")
        .arg(d.name, gpuClassName(c), formatBytes(d.activeBytesPerToken))
        .arg(qRound(f.decodeShare * 100.0))
        .arg(bw, 0, 'f', 0)
        .arg(f.layerSeconds * 1.0e6, 0, 'f', 0)
        .arg(qRound(f.prefillShare * 100.0))
        .arg(tflops, 0, 'f', 1);
}

QString llamaExplanation(const SpeedInputs& in, double fixedSeconds, int hops, const GpuSpeedFigures& first)
{
    const FitPlan& p = *in.p;
    QString s = Tr::tr(" llama.cpp on GPUs (figures fitted to public llama-bench results per GPU class): %1 weights "
                       "(%2 kernels) are read at %3% of the class's decode bandwidth and multiplied at %4% of its "
                       "prefill rate; each token adds %5 ms of fixed costs (per layer, per expert and %6 ms per "
                       "token).")
                    .arg(p.recipeId, in.quant.family)
                    .arg(qRound(in.quant.decode * 100.0))
                    .arg(qRound(in.quant.prefill * 100.0))
                    .arg((fixedSeconds + first.tokenSeconds) * 1.0e3, 0, 'f', 2)
                    .arg(first.tokenSeconds * 1.0e3, 0, 'f', 2);
    if (hops > 0)
        s += Tr::tr(" The layer split hands each token from GPU to GPU %1 time(s), %2 ms each; prefill pipelines "
                    "micro-batches of %3 tokens over the GPUs.")
                 .arg(hops)
                 .arg(first.hopSeconds * 1.0e3, 0, 'f', 2)
                 .arg(p.ubatch);
    if (in.moe.expertShare > 0.0)
        s += Tr::tr(" Routed experts are %1% of the active parameters; in prefill each expert multiplies about %2 "
                    "tokens of a micro-batch and reaches %3% of the dense rate; decode walks all %4 experts of "
                    "each expert matrix (%5 us each).")
                 .arg(qRound(in.moe.expertShare * 100.0))
                 .arg(double(p.ubatch) * double(in.model->moe.expertsPerToken) / double(in.model->moe.numExperts), 0,
                     'f', 0)
                 .arg(qRound(in.moe.prefillRate * 100.0))
                 .arg(in.model->moe.numExperts)
                 .arg(kExpertSlotSeconds * 1.0e6, 0, 'f', 1);
    return s;
}

QString speedText(const SpeedInputs& in, const QStringList& parts, double attentionFlops, bool computeBound,
    bool streamed, double allReduce)
{
    const FitPlan& p = *in.p;
    const bool gpuPrefillOfRamLayers = engineRules(p.engine).placement().gpuPrefillOfRamLayers;
    const bool calibrated = p.engine == Engine::LlamaCpp && in.hw->cpuCalibration && in.hw->cpuCalibration->isValid();
    const bool anyCpu = std::any_of(p.devices.cbegin(), p.devices.cend(),
        [](const DevicePlacement& d) { return d.isCpu && d.activeBytesPerToken > 0; });
    const bool cpuReads = anyCpu && !calibrated;
    return Tr::tr("Decode reads the active weights and the whole KV cache once per token (at a full context of %1 "
                  "tokens; %2 sequence(s) share each read): %3. Devices in sequence add their times; memory-bound "
                  "kernels reach about %4% of peak bandwidth unless a device says otherwise. Prefill of %5 tokens: 2 "
                  "x %6 active parameters x tokens at a share of each device's dense FP16 peak%7.")
               .arg(p.context)
               .arg(p.batch)
               .arg(parts.join(QStringLiteral("; ")))
               .arg(int(FitPlanner::kDecodeEfficiency * 100))
               .arg(p.promptTokens)
               .arg(formatCount(p.estimate.params.active))
               .arg(cpuReads ? Tr::tr("; the CPU part assumes %1 GB/s RAM bandwidth unless measured and %2 TFLOPS")
                                   .arg(FitPlanner::kAssumedCpuBandwidthGBps, 0, 'f', 0)
                                   .arg(FitPlanner::kAssumedCpuTflops, 0, 'f', 1)
                             : QString())
        + Tr::tr(" Prefill adds %1 FLOPs of attention (each token attends to the tokens before it). Decode is %2-bound "
                 "(each device takes the longer of reading its bytes and computing 2 x its active parameters x "
                 "%3 token(s) at the prefill rate); prefill is %4-bound.")
              .arg(attentionFlops, 0, 'g', 3)
              .arg(computeBound ? Tr::tr("compute") : Tr::tr("memory"))
              .arg(p.batch)
              .arg(streamed ? Tr::tr("transfer") : Tr::tr("compute"))
        + (allReduce > 0.0 ? Tr::tr(" Tensor parallel adds 2 all-reduces per layer and token, %1 us each.")
                                 .arg(FitPlanner::kAllReduceSeconds * 1.0e6, 0, 'f', 0)
                           : QString())
        + (gpuPrefillOfRamLayers && in.gpuTflops > 0.0 && anyCpu
                ? Tr::tr(" Layers kept in RAM are prefilled on the GPU when that is faster, their weights streamed "
                         "over PCIe at %1 GB/s once per micro-batch of %2 tokens.")
                      .arg(FitPlanner::kAssumedPcieGBps, 0, 'f', 0)
                      .arg(p.ubatch)
                : QString());
}

} // namespace

double verifyReadRatio(const ModelSpec& model, const MemoryEstimate& e, qint64 batch, qint64 tokensPerSequence)
{
    const MoeShape moe = moeShape(model, e, 1);
    const qint64 sequences = std::max<qint64>(1, batch);
    const double one = 1.0 + moe.expertShare * (expertReadFactor(model, sequences) - 1.0);
    const double many
        = 1.0 + moe.expertShare * (expertReadFactor(model, sequences * std::max<qint64>(1, tokensPerSequence)) - 1.0);
    return many / one;
}

double decodeWeightReadSeconds(const FitPlan& p, const ModelSpec& model, const HardwareProfile& hw)
{
    if (p.verdict == Verdict::None)
        return 0.0;
    const SpeedInputs in { &p, &model, &hw, attentionFlopsPerLayer(model, 0), slowestGpuPrefillRate(p, hw),
        moeShape(model, p.estimate, p.ubatch), quantKernelCost(p.recipeId) };
    const double expertFactor = expertReadFactor(model, p.batch);
    double seconds = 0.0;
    QList<int> stagesSeen;
    for (const DevicePlacement& placed : p.devices) {
        if (placed.activeBytesPerToken <= 0)
            continue;
        if (!placed.isCpu && p.tensorParallel > 1) {
            if (stagesSeen.contains(placed.pipelineStage))
                continue;
            stagesSeen << placed.pipelineStage;
        }
        const DevicePlacement d = withBatchedExperts(placed, in.moe, expertFactor);
        double bw = d.bandwidthGBps;
        double tflops = d.fp16Tflops;
        if (d.isCpu) {
            bw = bw > 0.0 ? bw
                          : (hw.ramBandwidthGBps > 0.0 ? hw.ramBandwidthGBps : FitPlanner::kAssumedCpuBandwidthGBps);
            tflops = tflops > 0.0 ? tflops : FitPlanner::kAssumedCpuTflops;
        }
        if (bw <= 0.0 || tflops <= 0.0)
            return 0.0;
        const DeviceTime t = p.engine == Engine::LlamaCpp && gpuOf(hw, d) ? llamaGpuTime(in, d, bw, tflops)
                                                                          : rooflineTime(in, d, bw, tflops);
        seconds += t.computeBound ? 0.0 : t.weightRead;
    }
    return seconds;
}

// Decode: every device reads its share of active weights and KV for each token, one after another
// (layer split and pipeline stages run in sequence; tensor-parallel ranks in parallel). Each device takes the
// longer of reading its bytes and computing its share for the batch's tokens (a roofline), plus, for llama.cpp
// GPUs, the fixed costs its class shows in public llama-bench results.
void estimateSpeed(FitPlan* p, const ModelSpec& model, const HardwareProfile& hw, bool explain)
{
    const MemoryEstimate& e = p->estimate;
    if (p->verdict == Verdict::None)
        return;
    const bool llama = p->engine == Engine::LlamaCpp;
    SpeedInputs in { p, &model, &hw, attentionFlopsPerLayer(model, p->promptTokens), slowestGpuPrefillRate(*p, hw),
        moeShape(model, e, p->ubatch), quantKernelCost(p->recipeId) };
    double decodeSeconds = 0.0;
    double prefillSeconds = 0.0;
    double attentionFlops = 0.0;
    double fixedSeconds = 0.0;
    bool computeBoundDecode = false;
    bool streamedPrefill = false;
    bool known = true;
    bool cpuLayers = false;
    QList<double> gpuStages;
    std::optional<GpuSpeedFigures> firstGpu;
    QStringList parts;
    QList<int> stagesSeen; // tensor-parallel ranks of one stage run together: count each stage once
    const double expertFactor = expertReadFactor(model, p->batch);
    for (const DevicePlacement& placed : p->devices) {
        if (placed.activeBytesPerToken <= 0)
            continue;
        const DevicePlacement d = withBatchedExperts(placed, in.moe, expertFactor);
        if (!d.isCpu && p->tensorParallel > 1) {
            if (stagesSeen.contains(d.pipelineStage))
                continue;
            stagesSeen << d.pipelineStage;
        }
        double bw = d.bandwidthGBps;
        double tflops = d.fp16Tflops;
        if (d.isCpu) {
            if (bw <= 0.0)
                bw = hw.ramBandwidthGBps > 0.0 ? hw.ramBandwidthGBps : FitPlanner::kAssumedCpuBandwidthGBps;
            if (tflops <= 0.0)
                tflops = FitPlanner::kAssumedCpuTflops;
        }
        if (bw <= 0.0 || tflops <= 0.0) {
            known = false;
            p->notes << Tr::tr("%1 has no known bandwidth or FP16 rate: no speed is estimated (choose it in the GPU "
                               "catalog)")
                            .arg(d.name);
            continue;
        }
        const bool llamaGpu = llama && gpuOf(hw, d);
        const DeviceTime t = llamaGpu ? llamaGpuTime(in, d, bw, tflops) : rooflineTime(in, d, bw, tflops);
        if (llamaGpu) {
            gpuStages << t.prefill;
            fixedSeconds += t.fixed;
            if (!firstGpu)
                firstGpu = gpuSpeedFigures(gpuClass(*gpuOf(hw, d)));
        } else {
            prefillSeconds += t.prefill;
            cpuLayers = cpuLayers || (d.isCpu && d.layers > 0);
        }
        computeBoundDecode = computeBoundDecode || t.computeBound;
        streamedPrefill = streamedPrefill || t.streamed;
        decodeSeconds += t.decode;
        attentionFlops += deviceAttentionFlops(d, in.attention, d.isCpu ? 1 : p->tensorParallel);
        if (explain)
            parts << deviceFigures(in, d, bw, tflops);
    }
    if (!known || decodeSeconds <= 0.0)
        return;
    const int hops = std::max(0, int(gpuStages.size()) - 1);
    if (firstGpu)
        decodeSeconds += firstGpu->tokenSeconds + double(hops) * firstGpu->hopSeconds;
    if (gpuStages.size() > 1 && !cpuLayers)
        prefillSeconds += pipelinedPrefill(*p, gpuStages);
    else
        for (double s : gpuStages)
            prefillSeconds += s;
    // Tensor parallelism adds two all-reduces per layer for every token.
    const double allReduce
        = p->tensorParallel > 1 ? 2.0 * double(p->estimate.layers.size()) * FitPlanner::kAllReduceSeconds : 0.0;
    decodeSeconds += allReduce;
    p->tokensPerSecond = 1.0 / decodeSeconds;
    p->prefillSeconds = prefillSeconds;
    p->prefillAttentionFlops = attentionFlops;
    p->decodeBound = computeBoundDecode ? QStringLiteral("compute") : QStringLiteral("memory");
    p->prefillBound = streamedPrefill ? QStringLiteral("transfer") : QStringLiteral("compute");
    if (!explain)
        return;
    p->speedExplanation = speedText(in, parts, attentionFlops, computeBoundDecode, streamedPrefill, allReduce)
        + (firstGpu ? llamaExplanation(in, fixedSeconds, hops, *firstGpu) : QString());
    if (expertFactor > 1.0)
        p->speedExplanation
            += Tr::tr(" A step of %1 sequences reads %2 distinct routed experts per MoE layer on "
                      "average (each token picks %3 of %4), %5x the experts of one token.")
                   .arg(p->batch)
                   .arg(double(model.moe.numExperts)
                           * (1.0
                               - std::pow(1.0 - double(model.moe.expertsPerToken) / double(model.moe.numExperts),
                                   double(p->batch))),
                       0, 'f', 1)
                   .arg(model.moe.expertsPerToken)
                   .arg(model.moe.numExperts)
                   .arg(expertFactor, 0, 'f', 2);
}

} // namespace Planner
