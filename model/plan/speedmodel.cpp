// SPDX-FileCopyrightText: 2026 The FitPlanner authors
// SPDX-License-Identifier: MIT

#include "speedmodel.h"

#include "engineregistry.h"
#include "fitplanner.h"
#include "units.h"

#include <algorithm>
#include <cmath>

#include <QCoreApplication>

namespace Planner {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Planner::FitPlanner)
};

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

// The share of a device's catalog FP16 peak that prefill reaches. For llama.cpp it depends on the backend and the
// GPU class, as the public llama-bench results in tests/data/speed/llama_bench_public.csv show (medians over
// them; sources in docs/planning.md); devices without such results keep kPrefillEfficiency.
double prefillEfficiency(const FitPlan& p, const HardwareProfile& hw, const DevicePlacement& d)
{
    if (p.engine != Engine::LlamaCpp || d.isCpu || d.gpuIndex < 0 || d.gpuIndex >= hw.gpus.size())
        return FitPlanner::kPrefillEfficiency;
    const GpuDevice& g = hw.gpus[d.gpuIndex];
    switch (g.vendor) {
    case GpuVendor::Apple:
        return FitPlanner::kMetalPrefillEfficiency;
    case GpuVendor::Amd:
        return FitPlanner::kRocmPrefillEfficiency;
    case GpuVendor::Nvidia:
        // GeForce, TITAN and the RTX / Quadro workstation cards (the datacenter parts carry none of these names).
        for (const char* word : { "GeForce", "RTX", "TITAN", "Quadro" }) {
            if (g.name.contains(QLatin1String(word), Qt::CaseInsensitive))
                return FitPlanner::kGeForcePrefillEfficiency;
        }
        break;
    case GpuVendor::Intel:
    case GpuVendor::Other:
        break;
    }
    return FitPlanner::kPrefillEfficiency;
}

// The slowest GPU's prefill rate in TFLOPS (peak x efficiency; 0 without GPUs); `efficiencies` gets each reading
// device's share of its peak, for the explanation.
double slowestGpuPrefillRate(const FitPlan& p, const HardwareProfile& hw, QStringList* efficiencies)
{
    double rate = 0.0;
    for (const DevicePlacement& d : p.devices) {
        const double eff = prefillEfficiency(p, hw, d);
        if (!d.isCpu && d.used() > 0 && d.fp16Tflops > 0.0)
            rate = rate > 0.0 ? std::min(rate, d.fp16Tflops * eff) : d.fp16Tflops * eff;
        if (d.activeBytesPerToken > 0)
            *efficiencies << QStringLiteral("%1 %2%").arg(d.name).arg(qRound(eff * 100.0));
    }
    return rate;
}

// Decode: every device reads its share of active weights and KV for each token, one after another
// (layer split and pipeline stages run in sequence; tensor-parallel ranks in parallel). Each device takes the
// longer of reading its bytes and computing its share for the batch's tokens (a roofline).
} // namespace

void estimateSpeed(FitPlan* p, const ModelSpec& model, const HardwareProfile& hw)
{
    const MemoryEstimate& e = p->estimate;
    if (p->verdict == Verdict::None)
        return;
    const bool gpuPrefillOfRamLayers = engineRules(p->engine).placement().gpuPrefillOfRamLayers;
    const qint64 prompt = p->promptTokens;
    const qint64 ubatch = p->ubatch;
    QStringList efficiencies;
    const double gpuTflops = slowestGpuPrefillRate(*p, hw, &efficiencies);
    double decodeSeconds = 0.0;
    double prefillSeconds = 0.0;
    double attentionFlops = 0.0;
    bool computeBoundDecode = false;
    bool streamedPrefill = false;
    bool known = true;
    QStringList parts;
    const std::vector<double> attention = attentionFlopsPerLayer(model, prompt);
    // Tensor-parallel ranks of one stage run together: count each stage once, at its first rank.
    QList<int> stagesSeen;
    for (const DevicePlacement& d : p->devices) {
        if (d.activeBytesPerToken <= 0)
            continue;
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
        const double memorySeconds = double(d.activeBytesPerToken) / (bw * 1.0e9 * FitPlanner::kDecodeEfficiency);
        const double computeSeconds = 2.0 * double(d.activeParams) * double(std::max<qint64>(1, p->batch))
            / (tflops * 1.0e12 * prefillEfficiency(*p, hw, d));
        computeBoundDecode = computeBoundDecode || computeSeconds > memorySeconds;
        decodeSeconds += std::max(memorySeconds, computeSeconds);
        const double deviceAttention = deviceAttentionFlops(d, attention, p->tensorParallel);
        attentionFlops += deviceAttention;
        const double flops = 2.0 * double(d.activeParams) * double(prompt) + deviceAttention;
        double prefill = flops / (tflops * 1.0e12 * prefillEfficiency(*p, hw, d));
        if (d.isCpu && gpuPrefillOfRamLayers && gpuTflops > 0.0) {
            // llama.cpp runs large batches of CPU-resident layers on the GPU, copying their weights over PCIe once
            // per micro-batch; take whichever is faster.
            const double batches = std::ceil(double(prompt) / double(std::max<qint64>(1, ubatch)));
            const double streamed
                = double(d.weights - e.tokenEmbeddingBytes) * batches / (FitPlanner::kAssumedPcieGBps * 1.0e9)
                + flops / (gpuTflops * 1.0e12);
            streamedPrefill = streamedPrefill || streamed < prefill;
            prefill = std::min(prefill, streamed);
        }
        prefillSeconds += prefill;
        parts
            << Tr::tr("%1: %2 per token at %3 GB/s").arg(d.name, formatBytes(d.activeBytesPerToken)).arg(bw, 0, 'f', 0);
    }
    if (!known || decodeSeconds <= 0.0)
        return;
    // Tensor parallelism adds two all-reduces per layer for every token.
    const double allReduce
        = p->tensorParallel > 1 ? 2.0 * double(p->estimate.layers.size()) * FitPlanner::kAllReduceSeconds : 0.0;
    decodeSeconds += allReduce;
    p->tokensPerSecond = 1.0 / decodeSeconds;
    p->prefillSeconds = prefillSeconds;
    p->prefillAttentionFlops = attentionFlops;
    p->decodeBound = computeBoundDecode ? QStringLiteral("compute") : QStringLiteral("memory");
    p->prefillBound = streamedPrefill ? QStringLiteral("transfer") : QStringLiteral("compute");
    p->speedExplanation
        = Tr::tr(
              "Decode reads the active weights and the whole KV cache once per token (at a full context of %1 "
              "tokens; %2 sequence(s) share each read): %3. Devices in sequence add their times; memory-bound kernels "
              "reach about %4% of peak bandwidth. Prefill of %5 tokens: 2 x %6 active parameters x tokens at a share "
              "of "
              "each device's dense FP16 peak (%7)%8.")
              .arg(p->context)
              .arg(p->batch)
              .arg(parts.join(QStringLiteral("; ")))
              .arg(int(FitPlanner::kDecodeEfficiency * 100))
              .arg(prompt)
              .arg(formatCount(e.params.active))
              .arg(efficiencies.join(QStringLiteral(", ")))
              .arg(std::any_of(p->devices.cbegin(), p->devices.cend(),
                       [](const DevicePlacement& d) { return d.isCpu && d.activeBytesPerToken > 0; })
                      ? Tr::tr("; the CPU part assumes %1 GB/s RAM bandwidth unless measured and %2 TFLOPS")
                            .arg(FitPlanner::kAssumedCpuBandwidthGBps, 0, 'f', 0)
                            .arg(FitPlanner::kAssumedCpuTflops, 0, 'f', 1)
                      : QString())
        + Tr::tr(" Prefill adds %1 FLOPs of attention (each token attends to the tokens before it). Decode is %2-bound "
                 "(each device takes the longer of reading its bytes and computing 2 x its active parameters x "
                 "%3 token(s) at the prefill rate); prefill is %4-bound.")
              .arg(attentionFlops, 0, 'g', 3)
              .arg(computeBoundDecode ? Tr::tr("compute") : Tr::tr("memory"))
              .arg(p->batch)
              .arg(streamedPrefill ? Tr::tr("transfer") : Tr::tr("compute"))
        + (allReduce > 0.0 ? Tr::tr(" Tensor parallel adds 2 all-reduces per layer and token, %1 us each.")
                                 .arg(FitPlanner::kAllReduceSeconds * 1.0e6, 0, 'f', 0)
                           : QString())
        + (gpuPrefillOfRamLayers && gpuTflops > 0.0 ? Tr::tr(
               " Layers kept in RAM are prefilled on the GPU when that is faster, their weights streamed over "
               "PCIe at %1 GB/s once per micro-batch of %2 tokens.")
                                                          .arg(FitPlanner::kAssumedPcieGBps, 0, 'f', 0)
                                                          .arg(ubatch)
                                                    : QString());
}

} // namespace Planner
