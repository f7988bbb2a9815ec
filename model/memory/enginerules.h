// SPDX-FileCopyrightText: 2026 The FitPlanner authors
// SPDX-License-Identifier: MIT

#pragma once

#include "engine.h"
#include "memoryestimate.h"
#include "quantassign.h"
#include "quantcatalog.h"
#include "scenario.h"
#include "storagetype.h"

#include <optional>

#include <QString>
#include <QStringList>

namespace Planner {

// Tokens of KV cache one layer holds for a scenario, over all sequences: an engine's allocation rule.
struct KvTokens
{
    qint64 full = 0; // a full-attention layer
    qint64 sliding = 0; // a sliding-window layer
};

// How an engine caches Multi-head Latent Attention (DeepSeek-V2/V3).
enum class MlaCache
{
    Latent, // the compressed latent plus the shared rope key, one row per token
    Expanded, // the up-projected per-head keys and values (reference PyTorch/MLX code)
};

// How an engine spreads a model over devices.
enum class PlacementStyle
{
    Layers, // whole layers per device, offloading the rest to system RAM (-ngl from the top)
    TensorParallel, // every GPU of a node holds a rank of every layer; nodes are pipeline stages
};

// What the planner asks of an engine when it places an estimate on hardware.
struct PlacementRules
{
    PlacementStyle style = PlacementStyle::Layers;
    bool ramTier = true; // may keep layers in system RAM
    bool multiNode = false; // may spread over several nodes (pipeline parallel)
    bool unifiedMemory = true; // runs on unified-memory GPUs (Apple silicon)
    bool tokenEmbeddingsInRam = false; // keeps the input layer in CPU memory whatever the offload
    bool gpuPrefillOfRamLayers = false; // prefills layers kept in RAM on the GPU, streaming their weights
    // Fills the GPUs from the input side (embeddings, then the first layers); the last layers, the final norm and
    // the LM head go to RAM when they do not fit (accelerate's device_map="auto"). False: the GPUs take the last
    // layers and the output (llama.cpp's -ngl).
    bool gpuFromInput = false;
    // Layers kept in RAM run on the first GPU: their weights are copied there for each forward, so the GPU keeps
    // room for the largest one, and their cache lives there (accelerate's offload hooks).
    bool ramLayersRunOnGpu = false;
};

// The parts of the memory bill, for naming where in an engine's source each one's rule is read from.
enum class MemoryPart
{
    Weights,
    KvCache,
    RecurrentState,
    Activations,
    Overhead,
};

// "weights", "kv-cache", "recurrent-state", "activations", "overhead": the command line's names of the parts.
QStringList memoryPartIds();
std::optional<MemoryPart> memoryPartFromId(const QString& id);

// Query, key, value and output features per token of one attention layer.
struct AttentionDims
{
    qint64 q = 0; // query features per token
    qint64 k = 0; // key features per token (after any up-projection)
    qint64 v = 0;
    qint64 out = 0; // attention output features
};
AttentionDims attentionDims(const ModelSpec& spec);
// Width of the widest feed-forward a token passes through (dense MLP, or the routed experts it uses plus the
// shared ones): what sizes the MLP activations.
qint64 activeFfnWidth(const ModelSpec& spec);
// The tokens one sequence may attend to in a sliding-window layer: the model's window, or the whole context.
qint64 attentionWindow(const Scenario& scenario);
qint64 padTo(qint64 value, qint64 multiple);

// Elements of the fixed state one sequence keeps in the recurrent layers, as llama.cpp sizes them
// (llama_hparams::n_embd_r and n_embd_s): per layer (d_conv - 1) x convolution channels for the convolution
// state, and d_state x d_inner for the SSM or delta-rule state; a short convolution (LFM2) keeps
// (L_cache - 1) x hidden_size of convolution state and no SSM state.
struct RecurrentStateElements
{
    qint64 conv = 0; // all recurrent layers
    qint64 ssm = 0;
    qint64 layers = 0;
    qint64 deltaNetLayers = 0;
    qint64 mambaLayers = 0;
    qint64 shortConvLayers = 0;
    qint64 kimiDeltaLayers = 0;
};
RecurrentStateElements recurrentStateElements(const ModelSpec& spec);
// "48 Gated DeltaNet layers" / "23 Mamba2 layers" / "10 short-convolution layers", for explanations.
QString recurrentLayersText(const RecurrentStateElements& elements);

// What the estimator has worked out when it asks an engine for activations and overhead.
struct EngineInputs
{
    const Scenario& scenario;
    const StorageType& kvType;
    KvTokens kvTokens; // the engine's own allocation rule applied to the scenario
    bool explain = true; // fill in the components' explanations
};

// Activations of a PyTorch-style prefill (transformers, vLLM, MLX): `tokens` tokens through the widest of the
// MLP and the attention tensors in 16-bit, plus fp32 logits and their softmax for the last token of
// `sequences` sequences. `what` names the prefill in the explanation (only read when in.explain).
MemoryComponent prefillActivations(const EngineInputs& in, qint64 tokens, qint64 sequences, const QString& what);

// Bytes one MoE layer's routed experts take beyond their stored size once an engine has repacked them, and the
// band's upper end where the engine's choice of kernel (and so of layout) depends on the GPU.
struct RepackedExperts
{
    qint64 bytes = 0;
    qint64 high = 0;
    QString rule; // the rule in words (when asked to explain)
};

// One inference engine's rules: what it runs, how it allocates the KV cache, what its compute buffers and
// runtime take, and how the planner places it on hardware. One subclass per engine, registered in
// engineregistry.cpp; the estimator and the planner ask these objects and never switch on the engine.
class EngineRules
{
public:
    virtual ~EngineRules() = default;

    // The value scenarios, estimates and plans carry.
    virtual Engine engine() const = 0;
    virtual QString id() const;
    virtual QString displayName() const;
    virtual QStringList aliases() const;
    // The engine version whose rules these are (they are read from that version's source; other versions may
    // allocate differently). The command line prints it beside every estimate and plan.
    virtual QString version() const = 0;
    // Where version()'s source decides what `part` takes: files and functions, in the engine's own names. The
    // "How is this computed?" view and the Markdown report print it beside each component.
    virtual QString ruleSource(MemoryPart part) const = 0;

    // Whether it loads `recipe` (by default: the recipe lists this engine's id).
    virtual bool runs(const QuantRecipe& recipe) const;
    virtual WeightLoading weightLoading() const = 0;
    // What one MoE layer's routed experts take on top of their stored size once the engine has repacked them
    // for its kernels (padding, a second copy of the scales, wider biases), when they are stored as
    // `expertTypeId`. Nothing by default: the weights are kept as loaded.
    virtual RepackedExperts repackedExperts(const ModelSpec& spec, const QString& expertTypeId, bool explain) const;
    // KV cache element types it can allocate (catalog storage type ids); a session falls back to the first.
    virtual QStringList kvTypes() const = 0;
    // Engine-specific reasons a scenario cannot run; empty when it can. Common inputs are checked already.
    virtual QString validate(const Scenario& scenario, const StorageType& kvType) const;
    // The recipe to use when none is given (the command line's default).
    virtual QString defaultRecipe() const = 0;
    // F16 and BF16 weigh the same: the one of the two the searches try.
    virtual QString usualSixteenBitRecipe() const = 0;
    // The recipes the quantization comparison shows by default, best first.
    virtual QStringList comparisonRecipes() const = 0;
    // Front-end ids (see frontendFromId) that drive this engine, the default first.
    virtual QStringList frontendIds() const = 0;

    // ---- KV cache
    virtual MlaCache mlaCache() const = 0;
    // How it caches MLA for `spec`'s architecture (mlx-lm differs per model); by default mlaCache().
    virtual MlaCache mlaCacheFor(const ModelSpec& spec) const;
    virtual KvTokens kvTokens(const Scenario& scenario) const = 0;
    // The allocation rule in words, for the KV cache's explanation.
    virtual QString kvRule(const Scenario& scenario) const = 0;
    // KV bytes one token of one sequence costs in one layer with element type `kvType`.
    qint64 kvBytesPerTokenInLayer(const ModelSpec& spec, const StorageType& kvType) const;
    // The same for a layer of attention shape `attention`, the sparse-attention indexer's key cache included.
    qint64 kvBytesPerTokenInLayer(const AttentionSpec& attention, const StorageType& kvType) const;
    // The same with MLA cached as `mla`.
    qint64 kvBytesPerTokenInLayer(const AttentionSpec& attention, const StorageType& kvType, MlaCache mla) const;
    // The indexer's key cache of DeepSeek sparse attention, per token and layer: one key head of index_head_dim
    // in the KV cache's type (llama.cpp's llama_kv_cache_dsa, src/llama-kv-cache-dsa.cpp).
    virtual qint64 indexerKeyBytesPerToken(const AttentionSpec& attention, const StorageType& kvType) const;
    // Bytes one layer's cache holds besides its tokens, whatever the context (transformers' sliding-window layers
    // keep their window as a device scalar); zero by default.
    virtual qint64 kvLayerFixedBytes(const LayerSpec& layer) const;
    // DeepSeek-V4: the bytes one decoder layer's cache holds for `scenario`, over all its sequences: the window of
    // raw keys, the compressed keys of a compressed layer, the indexer's keys of a ratio-4 layer and whatever
    // compressor state the engine keeps. By default the reference layout (transformers' DeepseekV4HCACache and
    // DeepseekV4CSACache): per sequence the last sliding_window - 1 raw keys (K is V), one compressed key per
    // compress_ratio tokens of the context and, at ratio 4, one indexer key as often, all in the KV type; the
    // compressors' buffers of fewer than compress_ratio tokens are left out.
    virtual qint64 deepseekV4LayerKvBytes(
        const Scenario& scenario, const LayerSpec& layer, const StorageType& kvType) const;
    // Multi-token-prediction layers that get a KV cache beside the decoder's layers although their weights are not
    // loaded (llama.cpp's unfiltered cache for GLM-4.5's nextn block); zero by default.
    virtual qint64 mtpKvLayers(const ModelSpec& spec) const;
    // The state the recurrent layers keep (zero bytes for an attention-only model). By default the convolution
    // and SSM states in F32 per sequence, with a band down to 16-bit states where the engine's choice of type
    // is not modelled.
    virtual MemoryComponent recurrentState(const EngineInputs& in) const;

    // ---- Activations / compute buffers and runtime overhead, each with its band and explanation.
    virtual MemoryComponent activations(const EngineInputs& in) const = 0;
    virtual MemoryComponent overhead(const EngineInputs& in) const = 0;
    // Bytes of the output (logits) buffer kept in host memory; part of the activations.
    virtual qint64 hostOutputBufferBytes(const Scenario& scenario) const;
    // Bytes of the compute buffer a GPU backend keeps in pinned host memory for the graph's inputs when every
    // layer runs on the GPU (llama.cpp's CUDA_Host / Vulkan_Host / CPU compute buffer); 0 by default.
    virtual qint64 hostComputeBufferBytes(const Scenario&) const { return 0; }

    // ---- Placement
    virtual PlacementRules placement() const = 0;
    // The share of each GPU's total memory the engine claims up front; nullopt when it fills what the driver
    // leaves free.
    virtual std::optional<double> gpuShare(const Scenario& scenario) const;
};

} // namespace Planner
