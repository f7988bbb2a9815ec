// SPDX-FileCopyrightText: 2026 The FitPlanner authors
// SPDX-License-Identifier: MIT

#include "transformersengine.h"

#include "checkedmath.h"
#include "units.h"

#include <algorithm>

#include <QCoreApplication>
#include <QStringList>

namespace Planner {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Planner::MemoryEstimator)
};

} // namespace

QString TransformersEngine::version() const
{
    return QStringLiteral("transformers 5.17 with PyTorch 2.11");
}

QString TransformersEngine::ruleSource(MemoryPart part) const
{
    switch (part) {
    case MemoryPart::Weights:
        return Tr::tr("src/transformers/modeling_utils.py PreTrainedModel.from_pretrained (dtype, device_map), "
                      "src/transformers/integrations/bitsandbytes.py, src/transformers/integrations/moe.py");
    case MemoryPart::KvCache:
        return Tr::tr("src/transformers/cache_utils.py DynamicCache, DynamicLayer, DynamicSlidingWindowLayer");
    case MemoryPart::RecurrentState:
        return Tr::tr("each hybrid model's own cache class in src/transformers/models/<model>/modeling_<model>.py "
                      "(Qwen3NextDynamicCache and its relatives)");
    case MemoryPart::Activations:
        return Tr::tr("src/transformers/generation/utils.py GenerationMixin.generate (the whole prompt in one "
                      "forward), src/transformers/integrations/sdpa_attention.py");
    case MemoryPart::Overhead:
        return Tr::tr("PyTorch c10/cuda/CUDACachingAllocator.cpp (block rounding and cached blocks); the CUDA "
                      "context and cuBLAS workspace are measured");
    }
    return {};
}

QStringList TransformersEngine::kvTypes() const
{
    return { QStringLiteral("F16"), QStringLiteral("BF16"), QStringLiteral("F32") };
}

QString TransformersEngine::defaultRecipe() const
{
    return QStringLiteral("BF16");
}

QString TransformersEngine::usualSixteenBitRecipe() const
{
    return QStringLiteral("BF16");
}

QStringList TransformersEngine::comparisonRecipes() const
{
    return { QStringLiteral("BF16"), QStringLiteral("FP8"), QStringLiteral("INT8"), QStringLiteral("AWQ-INT4"),
        QStringLiteral("NF4") };
}

QStringList TransformersEngine::frontendIds() const
{
    return { QStringLiteral("transformers") };
}

KvTokens TransformersEngine::kvTokens(const Scenario& sc) const
{
    // DynamicCache (src/transformers/cache_utils.py): a DynamicLayer concatenates every token; a
    // DynamicSlidingWindowLayer (sliding and chunked layers) keeps only the last sliding_window - 1 of them.
    KvTokens t;
    t.full = satMul(sc.context, sc.batch);
    const qint64 window = sc.model.slidingWindow > 0 ? sc.model.slidingWindow - 1 : sc.context;
    t.sliding = satMul(std::min(window, sc.context), sc.batch);
    return t;
}

QString TransformersEngine::kvRule(const Scenario& sc) const
{
    if (sc.model.slidingLayerCount() + sc.model.chunkedLayerCount() > 0 && sc.model.slidingWindow > 0)
        return Tr::tr("transformers' DynamicCache grows to %1 sequences x %2 tokens; its sliding-window layers keep "
                      "the last %3 tokens (window - 1) and an 8-byte window scalar each")
            .arg(sc.batch)
            .arg(sc.context)
            .arg(sc.model.slidingWindow - 1);
    return Tr::tr("transformers' cache grows to %1 sequences x %2 tokens").arg(sc.batch).arg(sc.context);
}

qint64 TransformersEngine::kvLayerFixedBytes(const LayerSpec& layer) const
{
    // DynamicSlidingWindowLayer.lazy_initialization moves its int64 _sliding_window_tensor to the layer's device.
    return layer.isWindowed() ? 8 : 0;
}

MemoryComponent TransformersEngine::recurrentState(const EngineInputs& in) const
{
    // The cache's LinearAttentionLayer (Qwen3-Next / Qwen3.5 Gated DeltaNet, Nemotron-H / Granite 4 Mamba2) allocates
    // its states like the first ones the layer hands it: the convolution state at the whole kernel width
    // (F.pad(inputs, (conv_kernel_size - tokens, 0))) of the convolution's input channels in the model's 16-bit type,
    // the recurrent state like the chunked scan's output, float32 (torch_chunk_gated_delta_rule and
    // mamba_chunk_scan_combined compute it in float32), then copies into them. The band's low end keeps the Mamba2
    // state in 16-bit, as HybridMambaAttentionDynamicCache of earlier releases allocated it.
    const ModelSpec& s = in.scenario.model;
    qint64 conv = 0;
    qint64 ssm = 0;
    qint64 mambaSsm = 0;
    for (const LayerSpec& l : s.layers) {
        if (!l.isRecurrent())
            continue;
        if (l.mixer == MixerKind::GatedDeltaNet || l.mixer == MixerKind::KimiDelta) {
            conv = satAdd(conv, satMul(s.deltaNet.convKernel, s.deltaNet.convChannels()));
            ssm = satAdd(ssm, satMul(s.deltaNet.keyHeadDim, s.deltaNet.valueDim()));
        } else if (l.mixer == MixerKind::Mamba2) {
            conv = satAdd(conv, satMul(s.mamba.convKernel, s.mamba.convChannels()));
            mambaSsm = satAdd(mambaSsm, satMul(s.mamba.stateSize, s.mamba.innerDim()));
        }
    }
    MemoryComponent c;
    if (conv == 0 && ssm == 0 && mambaSsm == 0)
        return c;
    const qint64 sequences = std::max<qint64>(in.scenario.batch, 1);
    const qint64 convBytes = in.kvType.bytesFor(conv);
    const qint64 perSequence = satAdd(convBytes, satMul(satAdd(ssm, mambaSsm), 4));
    c.bytes = c.high = satMul(perSequence, sequences);
    c.low = satMul(satAdd(satAdd(convBytes, satMul(ssm, 4)), satMul(mambaSsm, 2)), sequences);
    if (in.explain)
        c.explanation = Tr::tr("%1: convolution state %2 elements (the whole kernel width) in %3 + recurrent state %4 "
                               "elements in F32 per sequence x %5 sequences; constant in the context")
                            .arg(recurrentLayersText(recurrentStateElements(s)))
                            .arg(conv)
                            .arg(in.kvType.id)
                            .arg(satAdd(ssm, mambaSsm))
                            .arg(sequences);
    return c;
}

namespace {

// Whether the router hands the experts float32 weights: DeepSeek-V2/V3 (and Kimi K2, a DeepSeek-V3) compute the
// gate in float32 and never cast back (DeepseekV2Moe.route_tokens_to_experts); Qwen2/3-MoE, Mixtral, OLMoE and
// the others cast the top-k weights to the hidden states' 16-bit type.
bool float32RoutingWeights(const ModelSpec& s)
{
    return s.modelType.startsWith(QLatin1String("deepseek")) || s.modelType == QLatin1String("kimi_k2");
}

// Bytes per prompt token while a MoE layer runs grouped_mm_experts_forward (src/transformers/integrations/moe.py,
// transformers 5's default experts implementation): each token becomes top-k rows sorted by expert; the sorted copy
// of the hidden states lives to the end, beside the widest of (a) the gate/up output with the activation and its
// product, (b) the down projection's output, (c) that output, its copy scaled by the routing weights (in their
// type) and the copy put back in token order. Plus the routing bookkeeping per row (sort values and permutation,
// inverse permutation, histogram input, sentinel mask, top-k indices and weights), the router's logits and
// float32 probabilities per expert, and four hidden-size tensors of the decoder layer (input embeddings, the
// layer's input, the residual, the normalised MoE input).
qint64 moeDispatchPerToken(const ModelSpec& s)
{
    const MoeSpec& m = s.moe;
    const qint64 h = s.hiddenSize;
    const qint64 i = m.expertIntermediate;
    const qint64 w = float32RoutingWeights(s) ? 4 : 2;
    const qint64 upStage = 2 * h + (m.gatedExperts ? 8 * i : 4 * i);
    const qint64 downStage = 4 * h + 2 * i;
    const qint64 combineStage = 4 * h + 2 * w * h;
    const qint64 perRow = 37 + 2 * w + std::max({ upStage, downStage, combineStage });
    const qint64 router = m.numExperts * (w + 4);
    // The shared experts run after the routed ones, beside the routed output.
    const qint64 shared = m.sharedIntermediate > 0 ? 2 * (3 * m.sharedIntermediate + 5 * h) : 0;
    return std::max(8 * h + router + satMul(m.expertsPerToken, perRow), shared);
}

struct WindowExtras
{
    qint64 retained = 0; // prompt tokens the sliding layers' storage holds beyond window - 1 until the first step
    qint64 mask = 0; // SDPA's boolean mask for the sliding layers
};

// A DynamicSlidingWindowLayer's keys and values after the prefill are a view of the last window - 1 tokens of the
// concatenated prompt, so each sliding layer's storage still holds the whole prompt until the first decoding step.
// SDPA takes a materialised boolean mask (batch x 1 x prompt x prompt, masking_utils.sdpa_mask) for a sliding layer
// once the prompt is longer than the window; full causal layers without padding skip it (is_causal).
WindowExtras windowExtras(const EngineRules& rules, const EngineInputs& in)
{
    const Scenario& sc = in.scenario;
    const ModelSpec& s = sc.model;
    WindowExtras x;
    if (s.slidingWindow <= 0)
        return x;
    const qint64 beyond = std::max<qint64>(sc.context - (s.slidingWindow - 1), 0);
    for (const LayerSpec& layer : s.layers) {
        if (!layer.holdsKv() || !layer.isWindowed())
            continue;
        const qint64 row = rules.kvBytesPerTokenInLayer(layer.globalShape ? s.globalAttention : s.attention, in.kvType);
        x.retained = satAdd(x.retained, satMul(satMul(row, beyond), sc.batch));
        if (sc.context > s.slidingWindow)
            x.mask = satMul(satMul(sc.context, sc.context), sc.batch);
    }
    return x;
}

} // namespace

MemoryComponent TransformersEngine::activations(const EngineInputs& in) const
{
    // The peak of generate()'s whole-prompt prefill with attn_implementation="sdpa" (the default; Gemma 2's
    // attention soft-capping does not make it fall back to eager: SDPA runs without the cap and no attention-score
    // tensor is materialised). Per token, the widest of a dense MLP (gate/up/product at the intermediate width plus
    // a few hidden-size tensors in 16-bit), the attention tensors (q/k/v and the output) and the MoE dispatch; plus
    // fp32 logits and their softmax for the last token of each sequence (logits_to_keep=1).
    const Scenario& sc = in.scenario;
    const ModelSpec& s = sc.model;
    const AttentionDims ad = attentionDims(s);
    const qint64 h = s.hiddenSize;
    const bool denseLayers = !s.isMoe() || s.moeLayerCount() < s.numLayers;
    const qint64 ff = s.isMoe() ? s.ffn.intermediate : activeFfnWidth(s);
    const qint64 mlpPerToken = denseLayers ? 2 * (3 * ff + 4 * h) : 0;
    const qint64 attnPerToken = 2 * (2 * h + 2 * ad.q + 2 * ad.k + ad.v + ad.out);
    const qint64 moePerToken = s.isMoe() ? moeDispatchPerToken(s) : 0;
    const qint64 perToken = std::max({ mlpPerToken, attnPerToken, moePerToken });
    const qint64 tokens = satMul(sc.context, sc.batch);
    const qint64 logits = satMul(satMul(sc.batch, s.vocabSize), 4 * 2);
    const WindowExtras window = windowExtras(*this, in);
    MemoryComponent c;
    c.bytes = satAdd(satAdd(satMul(tokens, perToken), logits), satAdd(window.retained, window.mask));
    c.low = c.bytes - c.bytes / 10;
    c.high = c.bytes + c.bytes / 5;
    if (!in.explain)
        return c;
    QStringList terms;
    if (mlpPerToken > 0)
        terms << Tr::tr("the MLP 2 x (3 x %1 + 4 x %2)").arg(ff).arg(h);
    terms << Tr::tr("the attention tensors %1").arg(attnPerToken);
    if (moePerToken > 0)
        terms << Tr::tr("the MoE dispatch %1").arg(moePerToken);
    c.explanation = Tr::tr("whole-prompt prefill of %1 sequences x %2 tokens: %3 tokens x %4 bytes (the largest of "
                           "%5) + last-token logits %1 x %6 x 8 bytes.")
                        .arg(sc.batch)
                        .arg(sc.context)
                        .arg(tokens)
                        .arg(perToken)
                        .arg(terms.join(QStringLiteral(", ")))
                        .arg(s.vocabSize);
    if (moePerToken > 0)
        c.explanation += QLatin1Char(' ')
            + Tr::tr("MoE layers run grouped_mm: each token becomes %1 rows sorted by expert, the rows' hidden states, "
                     "expert outputs and their weighted and reordered copies (routing weights in %2-bit).")
                  .arg(s.moe.expertsPerToken)
                  .arg(float32RoutingWeights(s) ? 32 : 16);
    if (window.retained > 0 || window.mask > 0)
        c.explanation += QLatin1Char(' ')
            + Tr::tr("The sliding-window layers still hold the whole prompt until the first decoding step (%1 beyond "
                     "their window) and SDPA takes their boolean mask (%2).")
                  .arg(formatBytes(window.retained), formatBytes(window.mask));
    return c;
}

MemoryComponent TransformersEngine::overhead(const EngineInputs& in) const
{
    // CUDA context + libraries as the driver sees it (measured 0.68 GiB on an H200 with PyTorch 2.11), cuBLAS
    // workspace (32 MiB on Hopper), and the caching allocator's slack: freed prefill blocks that do not fit the
    // next request stay reserved, about two of the prefill's largest tensors, at least 256 MiB. The largest is an
    // MLP intermediate, or in a MoE layer the expert outputs of every token's top-k rows (in the routing weights'
    // type once weighted). Empirical: measured 221 MB to 1.0 GB on the calibration rows (tests/data/calibration).
    const Scenario& sc = in.scenario;
    const ModelSpec& s = sc.model;
    const qint64 context = 695 * MiB;
    const qint64 cublas = 32 * MiB;
    const qint64 tokens = satMul(sc.context, sc.batch);
    qint64 block = satMul(satMul(tokens, activeFfnWidth(s)), 2);
    if (s.isMoe()) {
        const qint64 w = float32RoutingWeights(s) ? 4 : 2;
        const qint64 dense = s.moeLayerCount() < s.numLayers ? satMul(satMul(tokens, s.ffn.intermediate), 2) : 0;
        block = std::max(dense, satMul(satMul(tokens, s.moe.expertsPerToken), satMul(s.hiddenSize, w)));
    }
    const qint64 slack = std::max<qint64>(256 * MiB, satMul(block, 2));
    MemoryComponent c;
    c.bytes = satAdd(context + cublas, slack);
    c.low = context + cublas;
    c.high = satAdd(context + cublas, satMul(slack, 2));
    if (in.explain)
        c.explanation = Tr::tr("CUDA context and libraries %1 + cuBLAS workspace %2 + caching-allocator slack %3 "
                               "(2 x the prefill's largest tensor %4, at least 256 MiB)")
                            .arg(formatBytes(context), formatBytes(cublas), formatBytes(slack), formatBytes(block));
    return c;
}

PlacementRules TransformersEngine::placement() const
{
    PlacementRules r;
    r.style = PlacementStyle::Layers;
    r.ramTier = true;
    r.multiNode = false;
    r.unifiedMemory = true;
    r.tokenEmbeddingsInRam = false;
    r.gpuPrefillOfRamLayers = false;
    // device_map="auto" (accelerate's infer_auto_device_map): modules in order onto the first GPU until its
    // max_memory less the largest remaining layer is reached, then the next device; CPU-placed layers get
    // AlignDevicesHook offload hooks that run them on the first GPU.
    r.gpuFromInput = true;
    r.ramLayersRunOnGpu = true;
    return r;
}

} // namespace Planner
