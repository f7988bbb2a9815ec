// SPDX-FileCopyrightText: 2026 The FitPlanner authors
// SPDX-License-Identifier: MIT

#include "vllmengine.h"

#include "checkedmath.h"
#include "units.h"

#include <algorithm>
#include <cmath>

#include <QCoreApplication>

namespace Planner {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Planner::MemoryEstimator)
};

} // namespace

QString VllmEngine::version() const
{
    return QStringLiteral("vLLM 0.19 (V1 engine)");
}

QString VllmEngine::ruleSource(MemoryPart part) const
{
    switch (part) {
    case MemoryPart::Weights:
        return Tr::tr(
            "vllm/model_executor/model_loader/default_loader.py load_weights, vllm/model_executor/layers/quantization/ "
            "(each method's create_weights), the model's file under vllm/model_executor/models/");
    case MemoryPart::KvCache:
        return Tr::tr("vllm/v1/worker/gpu_worker.py determine_available_memory, vllm/v1/core/kv_cache_utils.py "
                      "get_kv_cache_config (blocks of 16 tokens in what gpu_memory_utilization leaves)");
    case MemoryPart::RecurrentState:
        return Tr::tr(
            "vllm/model_executor/layers/mamba/mamba_utils.py MambaStateShapeCalculator, MambaStateDtypeCalculator; "
            "vllm/v1/core/kv_cache_utils.py (one page size for the hybrid groups)");
    case MemoryPart::Activations:
        return Tr::tr("vllm/v1/worker/gpu_model_runner.py profile_run -> _dummy_run, _dummy_sampler_run; "
                      "vllm/utils memory_profiling (the torch peak it subtracts)");
    case MemoryPart::Overhead:
        return Tr::tr("vllm/v1/worker/gpu_model_runner.py capture_model (the CUDA graphs' pool), "
                      "vllm/config/compilation.py (the capture sizes); the CUDA context is measured");
    }
    return {};
}

namespace {

qint64 roundUp(qint64 v, qint64 multiple)
{
    return satMul(ceilDiv(v, multiple), multiple);
}

} // namespace

namespace {

// The MXFP4 checkpoint's bytes for one expert of intermediate size `i` and hidden size `h`: 17 bytes per block of
// 32 (16 of values, one E8M0 scale), bf16 biases where the model has them.
qint64 mxfp4StoredExpert(const ModelSpec& s, qint64 i, qint64 h)
{
    const qint64 elements = satAdd(satMul(2 * i, h), satMul(h, i));
    qint64 bytes = satMul(ceilDiv(elements, 32), 17);
    if (s.moe.expertBias)
        bytes = satAdd(bytes, satMul(satAdd(2 * i, h), 2));
    return bytes;
}

} // namespace

VllmEngine::Mxfp4Expert VllmEngine::mxfp4TritonExpert(const ModelSpec& s, int tensorParallel)
{
    // vllm/model_executor/layers/quantization/mxfp4.py with the layouts of triton_kernels as vLLM 0.11 to 0.14
    // install it (triton 3.5):
    // - create_weights allocates w13 [E, 2 I, H / 2] and w2 [E, H, I / 2] uint8 values, w13_weight_scale
    //   [E, 2 I, H / 32] and w2_weight_scale [E, H, I / 32] uint8 scales, w13_bias [E, 2 I] and w2_bias [E, H]
    //   in bf16 (for every model, biased or not), I being the rank's intermediate size rounded up to 64;
    // - process_weights_after_loading turns both biases into float32 and swizzles values and scales
    //   (_swizzle_mxfp4): the values are repacked in place of the loaded ones (HopperMXValueLayout pads the
    //   output rows to 16 and the packed input columns to 32), the scales into new tensors
    //   (HopperMXScaleLayout: output rows padded to 2 x num_warps x 2 x 8 = 256 with num_warps 8, the scale
    //   columns to an even count) while the loaded w13_weight_scale and w2_weight_scale stay on the layer.
    constexpr qint64 kBlock = 32; // MXFP4 values per E8M0 scale
    constexpr qint64 kScaleRows = 256;
    const qint64 h = s.hiddenSize;
    const qint64 i = ceilDiv(s.moe.expertIntermediate, std::max(tensorParallel, 1));
    Mxfp4Expert e;
    e.intermediate = roundUp(i, 64);
    e.hidden = h;
    const qint64 ip = e.intermediate;
    const qint64 scales = satAdd(satMul(2 * ip, ceilDiv(h, kBlock)), satMul(h, ceilDiv(ip, kBlock)));
    const qint64 values = satAdd(
        satMul(roundUp(2 * ip, 16), roundUp(ceilDiv(h, 2), 32)), satMul(roundUp(h, 16), roundUp(ceilDiv(ip, 2), 32)));
    const qint64 swizzledScales = satAdd(satMul(roundUp(2 * ip, kScaleRows), roundUp(ceilDiv(h, kBlock), 2)),
        satMul(roundUp(h, kScaleRows), roundUp(ceilDiv(ip, kBlock), 2)));
    const qint64 biases = satMul(satAdd(2 * ip, h), 4);
    e.held = satAdd(satAdd(values, scales), satAdd(swizzledScales, biases));
    e.stored = mxfp4StoredExpert(s, i, h);
    return e;
}

VllmEngine::Mxfp4Expert VllmEngine::mxfp4MarlinExpert(const ModelSpec& s, int tensorParallel)
{
    // Mxfp4MoEMethod.create_weights for the Marlin kernel (n % 256 == 0 and k % 128 == 0 per linear): the
    // intermediate size rounded up to 128 and the hidden size to 256; prepare_moe_fp4_layer_for_marlin repacks
    // values and scales at the same sizes (E8M0 again after the permutation) and keeps the biases in bf16.
    constexpr qint64 kBlock = 32;
    const qint64 i = ceilDiv(s.moe.expertIntermediate, std::max(tensorParallel, 1));
    Mxfp4Expert e;
    e.intermediate = roundUp(i, 128);
    e.hidden = roundUp(s.hiddenSize, 256);
    const qint64 ip = e.intermediate;
    const qint64 hp = e.hidden;
    const qint64 elements = satAdd(satMul(2 * ip, hp), satMul(hp, ip));
    const qint64 values = ceilDiv(elements, 2);
    const qint64 scales = satAdd(satMul(2 * ip, ceilDiv(hp, kBlock)), satMul(hp, ceilDiv(ip, kBlock)));
    const qint64 biases = satMul(satAdd(2 * ip, hp), 2);
    e.held = satAdd(satAdd(values, scales), biases);
    e.stored = mxfp4StoredExpert(s, i, s.hiddenSize);
    return e;
}

RepackedExperts VllmEngine::repackedExperts(const ModelSpec& s, const QString& expertTypeId, bool explain) const
{
    RepackedExperts r;
    // Only Mxfp4MoEMethod's gated experts (gate/up fused, then down) are repacked this way.
    if (!s.isMoe() || expertTypeId.compare(QLatin1String("MXFP4"), Qt::CaseInsensitive) != 0 || !s.moe.gatedExperts
        || s.moe.latentSize > 0 || s.hiddenSize <= 0 || s.moe.expertIntermediate <= 0)
        return r;
    const Mxfp4Expert triton = mxfp4TritonExpert(s);
    const Mxfp4Expert marlin = mxfp4MarlinExpert(s);
    r.bytes = satMul(s.moe.numExperts, std::max<qint64>(triton.held - triton.stored, 0));
    r.high = std::max(r.bytes, satMul(s.moe.numExperts, std::max<qint64>(marlin.held - marlin.stored, 0)));
    if (explain)
        r.rule = Tr::tr("vLLM's MXFP4 experts on Hopper (Triton kernels) take %1 more per MoE layer than stored: a "
                        "swizzled copy of their scales beside the loaded ones and float32 biases; up to %2 with the "
                        "Marlin kernel (Ampere GPUs, builds without triton_kernels), which pads the intermediate size "
                        "to %3 and the hidden size to %4")
                     .arg(formatBytes(r.bytes), formatBytes(r.high))
                     .arg(marlin.intermediate)
                     .arg(marlin.hidden);
    return r;
}

QStringList VllmEngine::kvTypes() const
{
    return { QStringLiteral("F16"), QStringLiteral("BF16"), QStringLiteral("FP8_E4M3") };
}

QString VllmEngine::defaultRecipe() const
{
    return QStringLiteral("BF16");
}

QString VllmEngine::usualSixteenBitRecipe() const
{
    return QStringLiteral("BF16");
}

QStringList VllmEngine::comparisonRecipes() const
{
    return { QStringLiteral("BF16"), QStringLiteral("FP8"), QStringLiteral("INT8"), QStringLiteral("GPTQ-INT4"),
        QStringLiteral("AWQ-INT4") };
}

QStringList VllmEngine::frontendIds() const
{
    return { QStringLiteral("vllm"), QStringLiteral("sglang") };
}

MemoryComponent VllmEngine::recurrentState(const EngineInputs& in) const
{
    // vLLM keeps one state slot per running sequence. MambaStateShapeCalculator gives the same elements as
    // llama.cpp's (conv: (d_conv - 1) x channels; state: heads x head dims); MambaStateDtypeCalculator stores the
    // conv state in the model's dtype and the SSM / delta-rule state in mamba_ssm_cache_dtype, which the model's
    // config hook takes from the checkpoint (Qwen3.5's mamba_ssm_dtype, Nemotron-H's mamba_ssm_cache_dtype).
    const ModelSpec& s = in.scenario.model;
    const RecurrentStateElements e = recurrentStateElements(s);
    MemoryComponent c;
    if (e.layers == 0)
        return c;
    const qint64 modelBytes = s.nativeDtype == QLatin1String("float32") ? 4 : 2;
    const qint64 ssmBytes = s.ssmStateBytes > 0 ? s.ssmStateBytes : modelBytes;
    const qint64 slots = std::max<qint64>(in.scenario.batch, 1);
    const qint64 perSequence = satAdd(satMul(e.conv, modelBytes), satMul(e.ssm, ssmBytes));
    c.bytes = c.low = c.high = satMul(perSequence, slots);
    if (in.explain)
        c.explanation = Tr::tr("%1: convolution state %2 elements x %3 bytes + SSM state %4 elements x %5 bytes per "
                               "sequence slot x %6 sequences (vLLM's mamba state cache); constant in the context")
                            .arg(recurrentLayersText(e))
                            .arg(e.conv)
                            .arg(modelBytes)
                            .arg(e.ssm)
                            .arg(ssmBytes)
                            .arg(slots);
    return c;
}

KvTokens VllmEngine::kvTokens(const Scenario& sc) const
{
    // Paged blocks of 16 tokens per sequence.
    KvTokens t;
    t.full = satMul(padTo(sc.context, kBlockTokens), sc.batch);
    t.sliding = satMul(padTo(std::min(attentionWindow(sc), sc.context), kBlockTokens), sc.batch);
    return t;
}

QString VllmEngine::kvRule(const Scenario& sc) const
{
    return Tr::tr("vLLM needs %1 sequences x %2 tokens in 16-token blocks").arg(sc.batch).arg(sc.context);
}

namespace {

// Bytes of the model's activations (vLLM runs 16-bit checkpoints in their dtype, float32 ones in float32).
qint64 activationBytes(const ModelSpec& s)
{
    return s.nativeDtype == QLatin1String("float32") ? 4 : 2;
}

// The largest set of tensors live at once during the dummy forward of `tokens` tokens on one rank of `tp`, as the
// decoder layers of vllm/model_executor/models/llama.py (and their relatives) hold them. The residual stream and the
// normed hidden states are whole on every rank (row-parallel outputs are all-reduced); the column-parallel outputs
// are split: qkv_proj's q + k + v and the attention output, or gate_up_proj's 2 x intermediate and SiluAndMul's
// product. Fused MoE adds its per-expert outputs (experts per token x hidden) before they are summed.
qint64 forwardPeakPerToken(const ModelSpec& s, int tp)
{
    const AttentionDims ad = attentionDims(s);
    const qint64 h = s.hiddenSize;
    const qint64 stream = 2 * h;
    const qint64 attention = stream + ceilDiv(ad.q + ad.k + ad.v, tp) + ceilDiv(ad.out, tp) + h;
    qint64 mlp = stream + ceilDiv(3 * activeFfnWidth(s), tp);
    if (s.isMoe())
        mlp += s.moe.expertsPerToken * h;
    return std::max(attention, mlp) * activationBytes(s);
}

// The sampler warm-up's peak per logit (vllm/v1/sample/sampler.py and ops/topk_topp_sampler.py, the PyTorch path
// with the dummy top-k and top-p): the gathered logits in the model's dtype (2 bytes) and their float32 copy (4) are
// live while apply_top_k_top_p sorts the rows: torch.sort's float32 values and int64 indices (4 + 8), the int64
// positions it sorts along (8) and the radix sort's second buffers for keys and values (4 + 8).
constexpr qint64 kSamplerParts = 2 + 4 + 4 + 8 + 8 + 4 + 8;
static_assert(kSamplerParts == VllmEngine::kSamplerBytesPerLogit);

// Memory a rank allocates outside PyTorch during the profile run ("non-torch forward increase memory"), and the NCCL
// and custom all-reduce buffers a tensor-parallel group adds once. Empirical: 0.13-0.14 GiB on one H100 and 0.54-0.55
// GiB per rank at TP 2 (llm-d-benchmark's H100 measurements, tests/data/vllm/README.md); 0.02 GiB on one RTX 4090 or
// L40S and 0.21 GiB per rank at TP 4 over PCIe mark the low end.
constexpr qint64 kNonTorchBase = 128 * MiB;
constexpr qint64 kNonTorchGroup = 416 * MiB;

// Each captured graph keeps about this much per compiled piece (one per decoder layer plus the head) in the shared
// graph pool. Empirical: the "Graph capturing finished ..., took X GiB" lines of public start-up logs of 8B models give
// 0.21-0.25 MiB per graph and piece (0.54 GiB for 67 graphs of Llama 3.1 8B's 33 pieces, 0.68 GiB for 86 graphs of
// Qwen3 8B's 37); graphs captured into memory the profile run freed can even show as negative.
constexpr qint64 kGraphBytesPerPiece = 256 * KiB;

// The CUDA context and the libraries' module memory, in use before vLLM takes its baseline snapshot. Empirical
// (0.3-0.8 GiB on current drivers).
constexpr qint64 kCudaContext = 512 * MiB;

} // namespace

qint64 VllmEngine::profiledTokens(const Scenario& sc)
{
    return sc.chunkedPrefill ? sc.maxNumBatchedTokens : std::max(sc.maxNumBatchedTokens, sc.context);
}

int VllmEngine::capturedGraphs(const Scenario& sc)
{
    if (sc.enforceEager)
        return 0;
    // vllm/config/compilation.py: max_cudagraph_capture_size = min(2 x max_num_seqs, 512), capped by the token
    // budget; capture sizes 1, 2, 4, then steps of 8 below 256 and of 16 from 256.
    const qint64 largest = std::min<qint64>({ 2 * sc.maxNumSeqs, 512, profiledTokens(sc) });
    int piecewise = 0;
    int full = 0;
    const auto count = [&](qint64 size) {
        if (size > largest)
            return;
        ++piecewise;
        if (size <= sc.maxNumSeqs)
            ++full; // FULL graphs of uniform decode batches
    };
    for (qint64 size : { 1, 2, 4 })
        count(size);
    for (qint64 size = 8; size < 256; size += 8)
        count(size);
    for (qint64 size = 256; size <= 512; size += 16)
        count(size);
    return piecewise + full;
}

VllmProfile VllmEngine::profile(const Scenario& sc, int tensorParallel, bool lastStage)
{
    const ModelSpec& s = sc.model;
    const int tp = std::max(tensorParallel, 1);
    VllmProfile p;
    p.tensorParallel = tp;
    p.tokens = profiledTokens(sc);
    p.samplerRows = std::min(sc.maxNumSeqs, p.tokens);
    p.forwardPeak = satMul(p.tokens, forwardPeakPerToken(s, tp));
    if (lastStage) {
        // The logits are all-gathered, so every rank samples the whole vocabulary; the forward's hidden states are
        // still held while it does.
        const qint64 logits = satMul(p.samplerRows, s.vocabSize);
        p.samplerPeak
            = satAdd(satMul(logits, kSamplerBytesPerLogit), satMul(satMul(p.tokens, s.hiddenSize), activationBytes(s)));
    }
    p.activationPeak = std::max(p.forwardPeak, p.samplerPeak);
    p.nonTorch = tp > 1 ? kNonTorchBase + kNonTorchGroup : kNonTorchBase;
    p.capturedGraphs = capturedGraphs(sc);
    p.cudaGraphs = satMul(satMul(p.capturedGraphs, s.numLayers + 1), kGraphBytesPerPiece);
    p.cudaContext = kCudaContext;
    return p;
}

VllmKvPool VllmEngine::kvPool(const Scenario& sc, const VllmProfile& p, qint64 gpuMemory, qint64 weights,
    qint64 kvBytesPerToken, qint64 requestBytes, qint64 blockTokens)
{
    VllmKvPool k;
    k.tensorParallel = p.tensorParallel;
    k.gpuMemory = gpuMemory;
    k.utilization = sc.gpuMemoryUtilization;
    k.requested = qint64(std::floor(double(gpuMemory) * sc.gpuMemoryUtilization));
    k.weights = weights;
    k.activationPeak = p.activationPeak;
    k.nonTorch = p.nonTorch;
    k.available = k.requested - satAdd(weights, satAdd(p.activationPeak, p.nonTorch));
    // get_num_blocks: the available memory over one page of every KV layer.
    k.blockTokens = std::max<qint64>(blockTokens, 1);
    k.blockBytes = satMul(kvBytesPerToken, k.blockTokens);
    k.blocks = k.blockBytes > 0 ? std::max<qint64>(0, k.available) / k.blockBytes : 0;
    k.contextTokens = sc.context;
    k.requestBytes = requestBytes;
    // get_max_concurrency_for_kv_cache_config: the blocks over those one request of max_model_len needs; the
    // reported size is that concurrency x max_model_len.
    const qint64 blocksPerRequest = k.blockBytes > 0 ? ceilDiv(requestBytes, k.blockBytes) : 0;
    k.maxConcurrency = blocksPerRequest > 0 ? double(k.blocks) / double(blocksPerRequest) : 0.0;
    k.tokens = qint64(k.maxConcurrency * double(sc.context));
    k.cudaGraphs = p.cudaGraphs;
    k.cudaContext = p.cudaContext;
    k.outsideShare = gpuMemory - k.requested;
    return k;
}

MemoryComponent VllmEngine::activations(const EngineInputs& in) const
{
    // The peak of the profile run on one GPU (the planner takes each rank's own profile).
    const Scenario& sc = in.scenario;
    const VllmProfile p = profile(sc, 1);
    MemoryComponent c;
    c.bytes = p.activationPeak;
    // FlashInfer's fused sampler, where it is installed and enabled, needs about half the sampler's bytes.
    const qint64 flashInferSampler = p.samplerPeak / kSamplerBytesPerLogit * kFlashInferSamplerBytesPerLogit;
    c.low = std::max(p.forwardPeak, flashInferSampler);
    c.high = c.bytes + c.bytes / 5;
    if (in.explain)
        c.explanation = Tr::tr("vLLM's profile run (the torch peak it measures): the larger of the dummy forward of %1 "
                               "tokens (%2; max_num_batched_tokens%3) and the sampler warm-up over %4 rows x %5 "
                               "vocabulary x %6 bytes (%7; gathered logits, their float32 copy and the sort of "
                               "top-k / top-p). Under tensor parallelism the forward's projections are split and "
                               "the sampler is replicated on every rank")
                            .arg(p.tokens)
                            .arg(formatBytes(p.forwardPeak))
                            .arg(sc.chunkedPrefill ? QString() : Tr::tr(", or max_model_len without chunked prefill"))
                            .arg(p.samplerRows)
                            .arg(sc.model.vocabSize)
                            .arg(kSamplerBytesPerLogit)
                            .arg(formatBytes(p.samplerPeak));
    return c;
}

MemoryComponent VllmEngine::overhead(const EngineInputs& in) const
{
    const Scenario& sc = in.scenario;
    const VllmProfile p = profile(sc, 1);
    MemoryComponent c;
    c.bytes = satAdd(satAdd(p.nonTorch, p.cudaGraphs), p.cudaContext);
    c.low = satAdd(satAdd(20 * MiB, p.cudaGraphs / 2), 320 * MiB);
    c.high = satAdd(satAdd(p.nonTorch, 2 * p.cudaGraphs), 800 * MiB);
    if (in.explain)
        c.explanation = Tr::tr("non-torch memory %1 (allocations outside PyTorch; a tensor-parallel group adds its "
                               "NCCL and all-reduce buffers, about 0.4 GiB per GPU) + CUDA graphs %2 (%3 graphs of %4 "
                               "pieces%5; captured after the "
                               "KV pool is sized, from the memory gpu_memory_utilization leaves) + CUDA context %6. "
                               "vLLM fills gpu_memory_utilization = %7 x GPU memory - weights - activation peak - "
                               "non-torch memory with KV blocks of %8 tokens; plan shows that pool, the tokens it "
                               "holds and the concurrency")
                            .arg(formatBytes(p.nonTorch), formatBytes(p.cudaGraphs))
                            .arg(p.capturedGraphs)
                            .arg(sc.model.numLayers + 1)
                            .arg(sc.enforceEager ? Tr::tr(", none with --enforce-eager") : QString())
                            .arg(formatBytes(p.cudaContext))
                            .arg(sc.gpuMemoryUtilization)
                            .arg(kBlockTokens);
    return c;
}

PlacementRules VllmEngine::placement() const
{
    PlacementRules r;
    r.style = PlacementStyle::TensorParallel;
    r.ramTier = false;
    r.multiNode = true;
    r.unifiedMemory = false;
    r.tokenEmbeddingsInRam = false;
    r.gpuPrefillOfRamLayers = false;
    return r;
}

std::optional<double> VllmEngine::gpuShare(const Scenario& sc) const
{
    return sc.gpuMemoryUtilization;
}

} // namespace Planner
