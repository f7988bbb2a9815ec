// SPDX-FileCopyrightText: 2026 The FitPlanner authors
// SPDX-License-Identifier: MIT

#pragma once

#include "engine.h"
#include "memoryestimate.h"
#include "vllmengine.h"

#include <optional>

#include <QList>
#include <QString>
#include <QStringList>

namespace Planner {

// How the plan runs: fits on the GPU(s), with part of the model in CPU memory, in system RAM alone, or not at all.
enum class Verdict
{
    Gpu,
    Offload,
    Cpu,
    None
};

// Orders verdicts from the best (on the GPUs) to none: Gpu 3, Offload 2, Cpu 1, None 0.
int verdictRank(Verdict v);

QString verdictId(Verdict v); // "gpu", "offload", "cpu", "none"
QString verdictText(Verdict v); // translated sentence for banners

// The program that realises the plan. llama.cpp, Ollama and LM Studio share Engine::LlamaCpp; vLLM and SGLang
// share Engine::Vllm; the front end decides the command line.
enum class Frontend
{
    LlamaServer,
    Ollama,
    LmStudio,
    Vllm,
    Sglang,
    Transformers,
    Mlx
};
QString frontendId(Frontend f);
std::optional<Frontend> frontendFromId(const QString& id); // llama.cpp, llama-server, ollama, lmstudio, vllm, ...
Engine engineOf(Frontend f);
Frontend defaultFrontend(Engine e);

// What one device (a GPU, or the CPU's RAM) holds under the plan.
struct DevicePlacement
{
    QString name;
    bool isCpu = false;
    int gpuIndex = -1; // index in HardwareProfile::gpus; -1 for the CPU
    qint64 capacity = 0; // bytes the plan may fill on this device
    qint64 weights = 0;
    qint64 kvCache = 0;
    qint64 compute = 0; // compute / activation buffers
    qint64 overhead = 0; // runtime context (CUDA/Metal) and, for the CPU, the output buffer
    int layers = 0; // repeating layers placed here
    int firstLayer = -1; // the first of them (a device's layers are consecutive); -1 when it has none
    int expertLayers = 0; // layers whose routed experts are kept here although the layer is elsewhere (CPU only)
    qint64 expertWeights = 0; // bytes of those routed experts (part of weights)
    bool outputLayer = false;
    bool tokenEmbeddings = false;
    int pipelineStage = 0; // vLLM: which pipeline stage (node) this rank belongs to
    double bandwidthGBps = 0.0; // used for the speed estimate (0: unknown)
    double fp16Tflops = 0.0;
    qint64 activeBytesPerToken = 0; // weight + KV bytes this device reads for one generated token
    qint64 activeParams = 0; // parameters it multiplies per token (for prefill FLOPs)
    // Speculative decoding: the draft model's (or the MTP layers') weights, KV cache and compute buffers here
    qint64 speculative = 0;

    qint64 used() const { return weights + kvCache + compute + overhead + speculative; }
    qint64 freeBytes() const { return capacity - used(); }
};

// Speculative decoding added to a plan: a draft model (llama.cpp -md, vLLM's speculative config) or the model's
// own multi-token-prediction layers (vLLM), the memory they take and the decode speed-up they promise.
struct SpeculativePlan
{
    enum class Kind
    {
        DraftModel,
        Mtp
    };
    Kind kind = Kind::DraftModel;
    QString draftModelId; // the draft's catalog id (DraftModel)
    QString draftRecipe; // its quantization (DraftModel)
    QString draftRepo; // its Hugging Face repository (vLLM's speculative config)
    QString mtpMethod; // vLLM's speculative method for MTP ("deepseek_mtp", ...)
    int draftTokens = 0; // tokens drafted per step (llama.cpp --draft-max, vLLM num_speculative_tokens)
    qint64 weightBytes = 0; // draft / MTP weights added, over all devices
    qint64 kvBytes = 0; // their KV cache, over all devices
    qint64 computeBytes = 0; // their compute buffers (llama.cpp: one draft context per slot)
    qint64 ramBytes = 0; // what stays in system RAM (llama.cpp keeps the draft's token embeddings there)
    double acceptanceLow = 0.0; // range of the per-token acceptance rate (published figures)
    double acceptanceHigh = 0.0;
    QString acceptanceSource;
    double draftCost = 0.0; // one draft step's time over one step of the model
    double verifyCost = 1.0; // one verification step of draftTokens + 1 tokens over one decode step
    double speedupLow = 1.0; // decode speed-up at the low and high acceptance rates
    double speedupHigh = 1.0;
    QString explanation;
};

struct FitPlan
{
    QString modelId;
    QString recipeId;
    Engine engine = Engine::LlamaCpp;
    Frontend frontend = Frontend::LlamaServer;
    qint64 context = 0;
    qint64 batch = 1;
    QString kvType;

    Verdict verdict = Verdict::None;
    qint64 headroomBytes = 0; // the smallest margin among the devices the plan uses; negative when it does not fit
    int gpuLayers = 0; // llama.cpp -ngl: layers (repeating + output) on GPUs
    int cpuMoeLayers = 0; // llama.cpp --n-cpu-moe: the routed experts of the first N layers stay in RAM
    QList<int> gpuLayerSplit; // layers per GPU (llama.cpp --tensor-split) when the plan chooses them; else empty
    qint64 fitMarginBytes = 0; // memory kept free on each GPU whose free memory was detected
    int totalLayers = 0; // repeating layers + the output layer
    int tensorParallel = 1;
    int pipelineParallel = 1;
    double gpuMemoryUtilization = 0.9;
    QList<DevicePlacement> devices; // the GPUs used, then the CPU
    // vLLM: the KV pool of the rank with the fewest blocks (the engine sizes every rank's pool to that) and the
    // figures its start-up log prints for it; empty for other engines or without GPUs.
    std::optional<VllmKvPool> vllmPool;
    // transformers with layers in RAM: accelerate's max_memory in bytes per GPU used (by index) that makes
    // device_map="auto" place what the plan places, and the room the first GPU keeps for the largest layer run
    // there from RAM; empty and 0 otherwise.
    QList<qint64> deviceMapGpuBytes;
    qint64 offloadReserveBytes = 0;
    std::optional<SpeculativePlan> speculative; // speculative decoding, when the plan uses it

    double tokensPerSecond = -1.0; // decode speed of one sequence at a full context; -1: unknown
    double prefillSeconds = -1.0; // processing a prompt of promptTokens; -1: unknown
    qint64 promptTokens = 0;
    qint64 ubatch = 512; // llama.cpp micro-batch (prefill streaming)
    bool kvUnified = true; // llama.cpp --kv-unified (Scenario::kvUnified)
    // vLLM's settings the estimate assumed (Scenario's), which the printed command passes on.
    qint64 maxNumSeqs = 256;
    qint64 maxNumBatchedTokens = 8192;
    bool enforceEager = false;
    bool chunkedPrefill = true;
    QString decodeBound; // what limits decode: "memory" (bytes read per token) or "compute"; empty: unknown
    QString prefillBound; // what limits prefill: "compute", or "transfer" (weights streamed over PCIe)
    double prefillAttentionFlops = 0.0; // the attention part of the prefill FLOPs (scores and weighted values)
    QString speedExplanation;
    QString command; // shell command(s) that run the plan
    QStringList notes;

    MemoryEstimate estimate;

    bool fits() const { return verdict != Verdict::None; }
};

// A plan on the GPUs with little to spare: the fullest GPU keeps less than 5% of the smallest one's capacity, or
// the upper end of the estimate's band exceeds what the GPUs have left. The banner calls it "Tight".
bool isTightFit(const FitPlan& plan);
// The plan's verdict in a sentence, as the banner, the CLI and the reports word it: verdictText's, or "Tight on the
// GPU" where isTightFit.
QString planVerdictText(const FitPlan& plan);

} // namespace Planner
