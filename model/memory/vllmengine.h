// SPDX-FileCopyrightText: 2026 The FitPlanner authors
// SPDX-License-Identifier: MIT

#pragma once

#include "checkedmath.h"
#include "enginerules.h"

namespace Planner {

// What vLLM's V1 worker measures on one tensor-parallel rank when it profiles the model before sizing the KV pool
// (vllm/v1/worker/gpu_worker.py determine_available_memory, vllm/utils memory_profiling), and what it captures
// afterwards. Bytes per rank.
struct VllmProfile
{
    int tensorParallel = 1;
    qint64 tokens = 0; // the dummy forward's tokens (gpu_model_runner.py profile_run -> _dummy_run)
    qint64 samplerRows = 0; // rows of the sampler warm-up (_dummy_sampler_run): one per dummy request
    qint64 forwardPeak = 0; // the dummy forward's largest live tensors on this rank
    qint64 samplerPeak = 0; // the sampler over samplerRows x the vocabulary, replicated on every rank
    qint64 activationPeak = 0; // "torch peak memory increase": the larger of the two
    qint64 nonTorch = 0; // "non-torch forward increase memory": NCCL / custom all-reduce buffers and the like
    int capturedGraphs = 0; // CUDA graphs captured after the pool is sized (0 with --enforce-eager)
    qint64 cudaGraphs = 0; // their memory pool ("Graph capturing finished ..., took X GiB")
    qint64 cudaContext = 0; // the CUDA context, present before vLLM takes its snapshot
};

// vLLM's KV pool on one rank and the figures its start-up log prints for it
// (vllm/v1/core/kv_cache_utils.py get_kv_cache_config, _report_kv_cache_config).
struct VllmKvPool
{
    int tensorParallel = 1;
    qint64 gpuMemory = 0; // total memory of the GPU
    double utilization = 0.9; // gpu_memory_utilization
    qint64 requested = 0; // utilization x gpuMemory
    qint64 weights = 0; // "Model loading took X GiB"
    qint64 activationPeak = 0;
    qint64 nonTorch = 0;
    qint64 available = 0; // "Available KV cache memory": requested - weights - activationPeak - nonTorch
    qint64 blockTokens = 16; // tokens per block
    qint64 blockBytes = 0; // one block of blockTokens tokens in every KV layer of the rank
    qint64 blocks = 0; // available / blockBytes, at least 0
    qint64 tokens = 0; // "GPU KV cache size: N tokens"
    qint64 contextTokens = 0; // max_model_len
    qint64 requestBytes = 0; // KV one request of max_model_len takes on the rank
    double maxConcurrency = 0.0; // "Maximum concurrency for N tokens per request: X"
    qint64 cudaGraphs = 0; // allocated after the pool, from the memory the utilization leaves
    qint64 cudaContext = 0;
    qint64 outsideShare = 0; // gpuMemory - requested: what CUDA context and graphs must fit into

    // Whether one request of max_model_len fits (vLLM refuses to start otherwise); always true without KV layers.
    bool holdsOneRequest() const { return requestBytes == 0 || maxConcurrency >= 1.0; }
    bool graphsFit() const { return satAdd(cudaGraphs, cudaContext) <= outsideShare; }
};

// vLLM (SGLang allocates the same way): Hugging Face checkpoints, paged KV blocks of 16 tokens, a profiling run of
// the chunked-prefill budget, and a fixed share of every GPU (gpu_memory_utilization), tensor parallel within a
// node and pipeline parallel across nodes; nothing in system RAM.
class VllmEngine final : public EngineRules
{
public:
    Engine engine() const override { return Engine::Vllm; }
    QString version() const override;
    QString ruleSource(MemoryPart part) const override;
    WeightLoading weightLoading() const override { return WeightLoading::Checkpoint; }
    RepackedExperts repackedExperts(const ModelSpec& spec, const QString& expertTypeId, bool explain) const override;
    QStringList kvTypes() const override;
    QString defaultRecipe() const override;
    QString usualSixteenBitRecipe() const override;
    QStringList comparisonRecipes() const override;
    QStringList frontendIds() const override;

    MlaCache mlaCache() const override { return MlaCache::Latent; }
    KvTokens kvTokens(const Scenario& scenario) const override;
    QString kvRule(const Scenario& scenario) const override;
    MemoryComponent recurrentState(const EngineInputs& in) const override;

    MemoryComponent activations(const EngineInputs& in) const override;
    MemoryComponent overhead(const EngineInputs& in) const override;

    PlacementRules placement() const override;
    std::optional<double> gpuShare(const Scenario& scenario) const override;

    static constexpr qint64 kBlockTokens = 16; // tokens per paged KV block

    // The tokens of the profile run's dummy forward: max_num_batched_tokens, or with chunked prefill off the whole
    // max_model_len when that is larger (SchedulerConfig raises the budget to it).
    static qint64 profiledTokens(const Scenario& scenario);
    // The CUDA graphs of the default FULL_AND_PIECEWISE mode: piecewise graphs for every capture size, full graphs
    // for the decode sizes up to max_num_seqs; 0 with --enforce-eager.
    static int capturedGraphs(const Scenario& scenario);
    // The profile of one tensor-parallel rank; `lastStage` is false for pipeline stages that do not sample.
    static VllmProfile profile(const Scenario& scenario, int tensorParallel, bool lastStage = true);
    // The KV pool of one rank of `gpuMemory` bytes holding `weights` bytes of weights, where one token of one
    // sequence takes `kvBytesPerToken` bytes over the rank's KV layers and one request of the scenario's context
    // `requestBytes`, in blocks of `blockTokens` tokens (--block-size).
    static VllmKvPool kvPool(const Scenario& scenario, const VllmProfile& profile, qint64 gpuMemory, qint64 weights,
        qint64 kvBytesPerToken, qint64 requestBytes, qint64 blockTokens = kBlockTokens);

    // One routed expert of an MXFP4 MoE layer (Mxfp4MoEMethod) as a rank holds it after loading, at tensor
    // parallelism `tensorParallel`: `stored` is its bytes in the checkpoint's layout (values and E8M0 scales of the
    // fused gate/up and the down projection, bf16 biases where the model has them), `held` what the rank keeps.
    struct Mxfp4Expert
    {
        qint64 intermediate = 0; // the rank's intermediate size after create_weights' padding
        qint64 hidden = 0; // the hidden size after that padding
        qint64 stored = 0;
        qint64 held = 0;
    };
    // Hopper with triton_kernels (the default from vLLM 0.11 on): matmul_ogs' swizzled layouts.
    static Mxfp4Expert mxfp4TritonExpert(const ModelSpec& spec, int tensorParallel = 1);
    // The Marlin kernel (Ampere, and Hopper builds without triton_kernels such as 0.10): padded shapes.
    static Mxfp4Expert mxfp4MarlinExpert(const ModelSpec& spec, int tensorParallel = 1);

    // Bytes per element of the sampler warm-up's [rows x vocabulary] tensors at its peak (see profile()).
    static constexpr qint64 kSamplerBytesPerLogit = 38;
    // Bytes per logit where FlashInfer's fused top-k / top-p sampler replaces the sort (logits, float32 copy,
    // probabilities and the sampling's scratch), the low end of the band.
    static constexpr qint64 kFlashInferSamplerBytesPerLogit = 14;
};

} // namespace Planner
