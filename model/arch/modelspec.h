// SPDX-FileCopyrightText: 2026 The FitPlanner authors
// SPDX-License-Identifier: MIT

#pragma once

#include <cstdint>
#include <vector>

#include <QMap>
#include <QString>
#include <QStringList>

namespace Planner {

// How a layer attends: over the whole context, over a sliding window of recent tokens, or within fixed chunks
// of the sequence (Llama 4's local layers: at most attention_chunk_size tokens, the window the engines keep).
enum class AttentionWindow
{
    Full,
    Sliding,
    Chunked,
};

// What mixes tokens in a layer: attention with a KV cache that grows with the context, or a recurrent mixer
// with a fixed state per sequence.
enum class MixerKind
{
    Attention,
    GatedDeltaNet, // Qwen3-Next, Qwen3.5/3.6: delta-rule state per value head plus a short causal convolution
    Mamba2, // Nemotron-H: selective state space state per head plus a short causal convolution
    ShortConv, // LFM2: a gated short causal convolution over the hidden state, no state beyond its last inputs
    KimiDelta, // Kimi Linear, Kimi-K3: Kimi Delta Attention, a delta-rule state per head with a gate per channel
               // and short causal convolutions over q, k and v
};

// Query/key normalisation inside attention.
enum class QkNorm
{
    None,
    PerHead, // Qwen3, Gemma 3: RMSNorm over head_dim, shared by all heads
    Full, // OLMoE: RMSNorm over all query (heads x head_dim) / key (kv_heads x head_dim) features
};

struct AttentionSpec
{
    qint64 numHeads = 0;
    qint64 numKvHeads = 0;
    qint64 headDim = 0; // query/key head dimension
    qint64 vHeadDim = 0; // value head dimension (equals headDim except for MLA)
    bool qkvBias = false;
    bool outputBias = false;
    bool fusedQkv = false; // Phi-3: one qkv_proj matrix
    QkNorm qkNorm = QkNorm::None;
    bool sinks = false; // gpt-oss: one learned sink logit per head
    // Laguna: a gate projection (g_proj) scaling each query head's output: this many gate values per head (1: one
    // per head, headDim: one per element); 0 when the attention has no such gate.
    qint64 headGateWidth = 0;
    // Multi-head latent attention (DeepSeek V2/V3/R1, Kimi K2). Active when kvLoraRank > 0.
    qint64 qLoraRank = 0; // 0: plain q_proj
    qint64 kvLoraRank = 0;
    qint64 ropeHeadDim = 0;
    qint64 nopeHeadDim = 0;

    // Qwen3-Next/3.5: q_proj also yields a sigmoid gate per query feature. With MLA (Kimi-K3) a g_proj of its
    // own gates each head's value output before o_proj.
    bool outputGate = false;
    // Muse Glimmer: the same gate per query feature from a projection of its own (gate_proj, GGUF attn_gate)
    bool separateOutputGate = false;
    bool headGate = false; // Step 3.5/3.7: g_proj, one sigmoid gate per query head (GGUF attn_gate)
    // Muse Glimmer: the GGUF converter writes q/k norms the checkpoint has not (they hold qk_scale_factor)
    bool qkNormGgufOnly = false;
    bool valueFromKey = false; // Gemma 4 full layers (attention_k_eq_v): no v_proj, V is K
    // DeepSeek sparse attention (DeepSeek V3.2, GLM-5): a lightning indexer beside MLA with its own key cache.
    qint64 indexHeads = 0;
    qint64 indexHeadDim = 0;
    qint64 indexTopk = 0;
    // MiniMax sparse attention (MiniMax-M3): a block-sparse indexer beside grouped-query attention, indexHeads query
    // heads and one key head of indexHeadDim, each with an RMSNorm; indexTopk counts blocks of indexBlock tokens.
    qint64 indexBlock = 0;

    bool isMla() const { return kvLoraRank > 0; }
    bool hasIndexer() const { return indexHeads > 0 && indexHeadDim > 0; }
};

// A Gated DeltaNet mixer (Qwen3-Next, Qwen3.5/3.6 linear_attention layers).
struct DeltaNetSpec
{
    qint64 numKeyHeads = 0; // linear_num_key_heads
    qint64 numValueHeads = 0; // linear_num_value_heads
    qint64 keyHeadDim = 0;
    qint64 valueHeadDim = 0;
    qint64 convKernel = 0; // linear_conv_kernel_dim
    // Kimi Delta Attention: one full-rank g_proj (Kimi-K3) instead of the low-rank g_a / g_b pair (Kimi Linear)
    bool fullRankGate = false;

    qint64 keyDim() const { return numKeyHeads * keyHeadDim; }
    qint64 valueDim() const { return numValueHeads * valueHeadDim; }
    qint64 convChannels() const { return 2 * keyDim() + valueDim(); } // q, k and v go through the convolution
};

// A Mamba2 mixer (Nemotron-H 'M' layers).
struct MambaSpec
{
    qint64 numHeads = 0; // mamba_num_heads
    qint64 headDim = 0; // mamba_head_dim
    qint64 stateSize = 0; // ssm_state_size
    qint64 groups = 0; // n_groups
    qint64 convKernel = 0; // conv_kernel
    bool convBias = true;
    bool projBias = false;

    qint64 innerDim() const { return numHeads * headDim; }
    qint64 convChannels() const { return innerDim() + 2 * groups * stateSize; } // x, B and C
};

struct FfnSpec
{
    qint64 intermediate = 0;
    bool gated = true; // gate+up+down (SwiGLU/GeGLU); false: up+down
    bool fusedGateUp = false; // Phi-3: one gate_up_proj
    bool bias = false;
};

struct MoeSpec
{
    qint64 numExperts = 0; // routed experts; 0 = dense model
    qint64 expertsPerToken = 0;
    qint64 expertIntermediate = 0;
    qint64 sharedExperts = 0; // number of shared experts (DeepSeek) or 1 (Qwen2-MoE)
    qint64 sharedIntermediate = 0; // intermediate size of the shared MLP as a whole
    bool sharedExpertGate = false; // Qwen2-MoE: sigmoid gate Linear(hidden, 1)
    bool routerBias = false; // gpt-oss
    bool expertBias = false; // gpt-oss: biases on the expert projections
    bool correctionBias = false; // DeepSeek V3: e_score_correction_bias per expert

    bool gatedExperts = true; // false: up/down experts with a squared-ReLU (Nemotron-H)
    bool scaledRouter = false; // Gemma 4: a router scale per hidden feature and a scale per expert
    bool denseBesideExperts = false; // Gemma 4: MoE layers keep the dense MLP beside the experts
    qint64 latentSize = 0; // Nemotron-3 Super/Ultra: experts work in a latent width between two projections
    // Kimi-K3's latent experts: GGUF names the projections ffn_routed_down / ffn_routed_up, and latent_moe_use_norm
    // adds an RMSNorm over the latent width (ffn_routed_norm)
    bool routedLatent = false;
    bool latentNorm = false;

    bool isMoe() const { return numExperts > 0; }
};

// One decoder layer: its token mixer and its feed-forward, each with its own shape where a family varies them.
struct LayerSpec
{
    bool moe = false;
    AttentionWindow window = AttentionWindow::Full;
    MixerKind mixer = MixerKind::Attention;
    bool hasMixer = true; // Nemotron-H: a layer is a mixer or a feed-forward, never both
    bool hasFfn = true;
    bool globalShape = false; // attends with ModelSpec::globalAttention's heads and head size (Gemma 4 full layers)
    bool noRope = false; // Llama 4's global layers
    bool indexer = true; // DeepSeek sparse attention: runs its own indexer (GLM-5.2 "shared" layers reuse the last)
    int kvSourceLayer = -1; // reads the KV cache of that earlier layer instead of holding one (Gemma 4 E-series)
    // DeepSeek-V4: besides the window of raw keys every layer keeps, one compressed key per compressRatio tokens
    // (0: the window alone; 4: compressed sparse attention with its own indexer; 128: heavily compressed attention)
    qint64 compressRatio = 0;
    bool hashRouted = false; // DeepSeek-V4's first layers: a token-id -> experts table replaces the learned routing
    qint64 ffnIntermediate = 0; // this layer's dense MLP width when it differs from FfnSpec::intermediate, else 0
    qint64 numHeads = 0; // this layer's query heads when they differ from its attention shape's (Laguna), else 0

    bool holdsKv() const { return hasMixer && mixer == MixerKind::Attention && kvSourceLayer < 0; }
    bool isRecurrent() const { return hasMixer && mixer != MixerKind::Attention; }
    bool isWindowed() const { return window != AttentionWindow::Full; }
};

// DeepSeek-V4's shapes beyond the attention and the experts (config.json o_groups, o_lora_rank, hc_mult). Its
// attention has one shared key/value head of AttentionSpec::headDim (K is V), a low-rank query (qLoraRank) and a
// grouped low-rank output projection; hyper-connections widen the residual stream to hcMult copies of the hidden
// state, mixed before and after the attention and the feed-forward by small learned projections.
struct DeepseekV4Spec
{
    qint64 outputGroups = 0; // o_groups: wo_a projects each group of heads on its own
    qint64 outputLoraRank = 0; // o_lora_rank: wo_a's output width per group
    qint64 hyperConnections = 0; // hc_mult
    std::vector<qint64> mtpCompressRatios; // compress_ratios' entries after the decoder's, one per MTP layer
    bool fp4Experts = false; // expert_dtype "fp4": the checkpoint's routed experts are MXFP4, the rest FP8

    bool isPresent() const { return hyperConnections > 0; }
    qint64 mixWidth() const { return (2 + hyperConnections) * hyperConnections; } // hc_{attn,ffn}_fn rows
};

// The vision towers VisionSpec can count.
enum class VisionKind
{
    Siglip, // SigLIP-style ViT: LayerNorms and projections with biases, learned positions, GELU MLP
    Pixtral, // Mistral 3: RMSNorms, no biases, RoPE positions, gated MLP, a patch merger before the projector
    Qwen3Vl, // Qwen3-VL: ViT with a 3-D patch convolution, a learned position table, a patch merger and DeepStack
             // mergers
    MuseGlimmer, // Muse Glimmer: ViT with a 2-frame patch projection, a learned position grid, 2-D RoPE, and a
                 // 3-linear adapter from the merged patches into the text width
    Gemma4, // Gemma 4: ViT with a patch projection, two learned position tables (x and y), Gemma-style blocks with
            // q/k norms, then average pooling and one projection into the text width
    Llama4, // Llama 4: ViT with an unfolded patch projection, a class token and learned positions, LayerNorm blocks
            // with biases, a pixel-shuffle MLP and a projection into the text width
};

// Vision tower of a multimodal checkpoint (ViT plus projector), counted separately.
struct VisionSpec
{
    VisionKind kind = VisionKind::Siglip;
    qint64 hiddenSize = 0;
    qint64 intermediateSize = 0;
    qint64 numLayers = 0;
    qint64 patchSize = 0;
    qint64 imageSize = 0;
    qint64 numChannels = 3;
    qint64 projectorOut = 0; // text hidden size the projector maps into
    qint64 mergeSize = 1; // Pixtral: spatial_merge_size, patches merged per side before the projector
    bool projectorBias = false; // Pixtral: multimodal_projector_bias
    // Qwen3-VL
    qint64 temporalPatch = 0; // temporal_patch_size: frames one patch spans
    qint64 spatialMerge = 0; // spatial_merge_size: the merger joins spatialMerge^2 patches
    qint64 positionEmbeddings = 0; // num_position_embeddings
    qint64 deepstackMergers = 0; // entries of deepstack_visual_indexes: one merger each
    // Muse Glimmer
    qint64 positionGrid = 0; // pos_emb_height x pos_emb_width learned positions
    qint64 projectorHidden = 0; // projector_hidden_size: the adapter's inner width
    // Gemma 4
    qint64 numHeads = 0; // num_attention_heads
    qint64 numKvHeads = 0; // num_key_value_heads
    qint64 headDim = 0; // head_dim
    bool standardize = false; // a std_bias and std_scale vector after the encoder
    bool clippedLinears = false; // use_clipped_linears: four scalar clamp buffers per linear, in the checkpoint
    // Llama 4
    qint64 projectorIn = 0; // projector_input_dim: the pixel-shuffle MLP's fc1 output
    qint64 projectorMid = 0; // projector_output_dim: its fc2 width
    qint64 visionOutput = 0; // vision_output_dim: the multimodal projector's input

    bool isPresent() const { return numLayers > 0; }
};

// One architecture, in the terms every engine allocates by. Built from the catalog, a Hugging Face
// config.json or a GGUF/safetensors header.
struct ModelSpec
{
    // Identity and catalog metadata
    QString id;
    QString name;
    QString family;
    QString license;
    QString hfRepo;
    // Pre-quantized checkpoints the publisher (or mlx-community for MLX) releases, by recipe id: "AWQ-INT4" ->
    // "Qwen/Qwen2.5-32B-Instruct-AWQ". Catalog field quantized_repos; empty when none is known.
    QMap<QString, QString> quantizedRepos;
    QString modelType; // Hugging Face model_type of the text model
    QString nativeDtype;
    // The recipe the published checkpoint stores its weights in, from its quantization_config ("FP8" for
    // DeepSeek-V3's 128x128-block FP8, "MXFP4" for gpt-oss's experts, "GPTQ-INT4" ...); empty for a 16- or
    // 32-bit checkpoint (then nativeDtype says which).
    QString nativeRecipe;
    QString released;
    qint64 maxContext = 0;
    // The config's own max_position_embeddings where the catalog caps the context lower, at what the model was
    // trained for (Mistral Nemo's config says 1,024,000, its card 128k); 0 where they agree.
    qint64 configMaxContext = 0;

    // Dimensions
    qint64 hiddenSize = 0;
    qint64 vocabSize = 0;
    qint64 numLayers = 0;
    AttentionSpec attention;
    FfnSpec ffn; // dense layers' MLP
    MoeSpec moe; // MoE layers' experts
    std::vector<LayerSpec> layers;
    qint64 slidingWindow = 0; // tokens held by sliding-window and chunked layers (Llama 4: attention_chunk_size)
    AttentionSpec globalAttention; // the shape of layers with LayerSpec::globalShape
    DeltaNetSpec deltaNet;
    MambaSpec mamba;
    qint64 shortConvKernel = 0; // LFM2 conv_L_cache: taps of the short convolution over the hidden state
    DeepseekV4Spec deepseekV4;
    // Multi-token-prediction (MTP / nextn) layers after the decoder: in the checkpoint, counted as weights
    // (ParamCounts::mtp), loaded by no engine unless speculative decoding asks for them.
    qint64 mtpLayers = 0;
    // Bytes per element of the SSM / delta-rule state the checkpoint asks for (mamba_ssm_dtype,
    // mamba_ssm_cache_dtype: 4 for float32); 0 when it names none.
    int ssmStateBytes = 0;
    bool mtpOwnEmbedding = false; // DeepSeek's nextn layer stores its own embedding and head
    bool mtpOwnHead = false; // Step 3.5/3.7: each nextn layer stores a head of its own, not an embedding
    // The nextn layers' own shapes (Step 3.5/3.7: sliding-window, dense MLP) when they are not full-attention layers
    // with the model's feed-forward; empty otherwise.
    std::vector<LayerSpec> mtpLayerSpecs;
    bool mtpEmbeddingInGguf = false; // GLM-4.5's converter keeps that embedding and head (DeepSeek's drops them)
    bool mtpInGguf = true; // false where the GGUF converter drops the nextn layers whole (DeepSeek-V3/R1's deepseek2)
    bool mtpDenseFfn = false; // MiMo-V2-Flash: the MTP blocks run a dense MLP (intermediate_size), not experts

    bool tiedEmbeddings = false;
    bool lmHeadBias = false;
    int normsPerLayer = 2; // Gemma 2/3 have 4 (pre/post attention, pre/post MLP)
    bool normBias = false; // LayerNorm with bias (Phi-3.5-MoE)
    bool ffnNormAfterAttention = false; // GGUF names the pre-MLP norm post_attention_norm (Qwen3-Next, Qwen3.5)
    bool layerScalar = false; // Gemma 4: one learned output scale per layer
    // Kimi-K3's attention residuals (attn_res_block_size): every layer scores the earlier blocks' outputs before its
    // attention and before its MLP, and the final norm once more. The checkpoint stores a norm and a projection
    // vector for each score; the GGUF converter multiplies them into one. 0 when the model has none.
    qint64 attnResBlockSize = 0;
    // Per-layer input embeddings (Gemma 4 E-series): a second token table of perLayerVocab rows holding
    // perLayerInputSize features for every layer, a projection of the hidden state into the same features, and
    // per layer a gate and a projection back to the hidden size. 0 when the model has none.
    qint64 perLayerInputSize = 0;
    qint64 perLayerVocab = 0;
    // Rope frequency tensors only GGUF stores: llama3 scaling writes rope_freqs, longrope writes
    // rope_factors_long and rope_factors_short; each holds rotary_dim / 2 floats.
    int ggufRopeTensors = 0;
    qint64 ggufRopeTensorSize = 0;
    VisionSpec vision;

    bool isMoe() const { return moe.isMoe(); }
    qint64 moeLayerCount() const;
    qint64 slidingLayerCount() const;
    qint64 chunkedLayerCount() const;
    qint64 kvLayerCount() const; // layers holding a KV cache of their own
    qint64 recurrentLayerCount(MixerKind kind) const;
    qint64 ffnIntermediateOf(const LayerSpec& layer) const
    {
        return layer.ffnIntermediate > 0 ? layer.ffnIntermediate : ffn.intermediate;
    }
    const AttentionSpec& attentionOf(const LayerSpec& layer) const
    {
        return layer.globalShape ? globalAttention : attention;
    }
};

} // namespace Planner
