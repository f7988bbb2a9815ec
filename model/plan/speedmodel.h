// SPDX-FileCopyrightText: 2026 The FitPlanner authors
// SPDX-License-Identifier: MIT

#pragma once

#include "fitplan.h"
#include "hardwareprofile.h"
#include "modelspec.h"

#include <QString>

namespace Planner {

// The kind of GPU a llama.cpp speed figure belongs to: llama-bench results differ more between these classes than
// within them (GeForce cards reach their catalog FP16 rate in prefill, datacenter cards a fraction of it).
enum class GpuClass
{
    GeForce, // NVIDIA GeForce and TITAN (CUDA)
    Workstation, // NVIDIA RTX A / Ada / PRO workstation cards (CUDA)
    Datacenter, // NVIDIA datacenter cards before Hopper: A100, A40, L40S, V100, T4, ... (CUDA)
    Hopper, // NVIDIA H100, H200, H20, GH200, B200 (CUDA): far from their tensor-core peak in llama.cpp's kernels
    Apple, // Apple silicon (Metal)
    Radeon, // AMD Radeon and Radeon PRO (ROCm)
    Instinct, // AMD Instinct (ROCm)
    Other // Intel Arc and devices of unknown make (Vulkan / SYCL)
};

GpuClass gpuClass(const GpuDevice& gpu);
QString gpuClassName(GpuClass c); // translated, e.g. "GeForce (CUDA)"

// What llama.cpp reaches on one class of GPU, fitted to the public llama-bench results in
// tests/data/speed/llama_bench_public.csv (sources per row; docs/planning.md lists the fit).
struct GpuSpeedFigures
{
    double decodeShare = 0.0; // share of peak bandwidth that memory-bound matrix-vector kernels reach on F16 weights
    double layerSeconds = 0.0; // fixed time per layer and generated token: kernel launches, norms, synchronisation
    double tokenSeconds = 0.0; // fixed time per generated token: graph launch, output copy, sampling
    double hopSeconds = 0.0; // per device boundary of a layer split, per token: activation copy and synchronisation
    double prefillShare = 0.0; // share of the catalog dense FP16 rate that prefill reaches with F16 weights
    double attentionShare = 0.0; // share of the prefill rate that the attention of prefill (flash attention) reaches
};
GpuSpeedFigures gpuSpeedFigures(GpuClass c);

// The cost of a GGUF quantization's kernels relative to F16 weights, from its recipe id: `decode` scales the
// bandwidth that matrix-vector products reach (the dequantization work per byte), `prefill` the matrix-matrix rate
// (llama.cpp's quantized MMQ kernels against cuBLAS / Metal F16 GEMM).
struct QuantKernelCost
{
    QString family; // "F16", "Q8_0", "legacy", "K-quant", "IQ4", "IQ2/IQ3", "IQ1", "MXFP4", "ternary"
    double decode = 1.0;
    double prefill = 1.0;
};
QuantKernelCost quantKernelCost(const QString& recipeId);

// llama.cpp on a CPU calibrated by `fitplanner hardware --measure`: the shares of the measured figures that
// llama.cpp's CPU backend reaches, fitted to node-llama-cpp 3.21.1 runs measured together with the calibration
// (tests/data/speed/llamacpp_cpu_speed.csv, tst_cpuspeed).
struct CalibratedCpuFigures
{
    double layerSeconds = 40.0e-6; // per layer and token: thread synchronisation, norms, RoPE
};

// Bytes a decode step reads when each of `batch` sequences brings `tokensPerSequence` tokens (speculative
// verification) over those of one token per sequence: the weights are read once per step, but a MoE model's tokens
// choose more distinct routed experts. 1.0 for dense models.
double verifyReadRatio(const ModelSpec& model, const MemoryEstimate& estimate, qint64 batch, qint64 tokensPerSequence);

// Of one decode step of a placed plan, the seconds its memory-bound devices spend reading weights (the part that grows
// when a MoE model's tokens choose more experts); the rest is KV reads, compute and fixed costs.
double decodeWeightReadSeconds(const FitPlan& plan, const ModelSpec& model, const HardwareProfile& hw);

// Decode and prefill speed of a placed plan: fills tokensPerSecond, prefillSeconds, prefillAttentionFlops, the
// bounds and the explanation (or a note when a device's figures are unknown). Needs the devices' placement. Without
// `explain` the explanation stays empty: what a search's probes need.
void estimateSpeed(FitPlan* p, const ModelSpec& model, const HardwareProfile& hw, bool explain = true);

} // namespace Planner
