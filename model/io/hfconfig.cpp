// SPDX-FileCopyrightText: 2026 The FitPlanner authors
// SPDX-License-Identifier: MIT

#include "hfconfig.h"

#include "boundedjson_p.h"
#include "hfconfig_p.h"
#include "jsonfields_p.h"
#include "tensorlayout.h"

#include <algorithm>
#include <cstring>
#include <optional>

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QHash>

using nlohmann::json;

namespace Planner {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Planner::HfConfig)
};

constexpr qint64 kMaxDim = qint64(1) << 24; // 16,777,216: far above any published width
constexpr qint64 kMaxLayers = 4096;
constexpr qint64 kMaxExperts = 65536;
constexpr qint64 kMaxContext = qint64(1) << 30;

using FieldReader = detail::JsonFields;

// Defaults of each transformers configuration class for the fields that size tensors.
struct Defaults // 0: required; -1 (intermediate, layers): optional
{
    qint64 vocab;
    qint64 hidden;
    qint64 intermediate;
    qint64 layers;
    qint64 heads;
    qint64 kvHeads; // 0: equal to heads
    qint64 maxPos;
    bool tied;
};

// A family's own fields and implicit details, read once `s` holds the fields every family shares. `text` is the
// object `r` reads, for the rare check JsonFields does not offer.
using ReadFamily = void (*)(FieldReader& r, const json& text, ModelSpec& s);
// Whether `layer` attends through the sliding window when config.json names a window but no layer_types.
using SlidingLayer = bool (*)(FieldReader& r, const ModelSpec& s, qint64 layer);

// Which vision tower a family's vision_config describes.
enum class Tower
{
    None, // not counted
    Siglip,
    Pixtral,
};

// One architecture family: the model_type values it answers to, its configuration class's defaults, what it reads
// beyond the shared fields (nullptr: nothing) and its sliding-window layers (nullptr: full attention everywhere).
struct Family
{
    const char* modelTypes[3]; // the first: the family's own model_type; then aliases, or nullptr
    Defaults defaults; // 0 for a field the family's configuration class has no default for: then it is required
    ReadFamily read;
    SlidingLayer sliding;
    Tower tower; // the vision tower a vision_config describes, when VisionSpec can count it
};

// Marks the layers that route to experts: all but the first `firstDense`, those off every `step`-th and
// `denseLayers`.
void markMoeLayers(ModelSpec& s, qint64 firstDense, qint64 step, const QList<qint64>& denseLayers)
{
    for (qint64 i = 0; i < s.numLayers; ++i) {
        const bool dense = i < firstDense || (step > 1 && (i + 1) % step != 0) || denseLayers.contains(i);
        s.layers[static_cast<size_t>(i)].moe = !dense;
    }
}

// Experts in every layer, each as wide as the dense feed-forward (Mixtral, PhiMoE, OLMoE).
void readRoutedExperts(FieldReader& r, ModelSpec& s, const char* countKey, qint64 count, qint64 perToken)
{
    s.moe.numExperts = r.integer(countKey, count, 1, kMaxExperts);
    s.moe.expertsPerToken = r.integer("num_experts_per_tok", perToken, 1, kMaxExperts);
    s.moe.expertIntermediate = s.ffn.intermediate;
    markMoeLayers(s, 0, 1, {});
}

void readQwen2(FieldReader&, const json&, ModelSpec& s)
{
    s.attention.qkvBias = true; // Qwen2Attention: q/k/v with bias, o_proj without
    s.attention.outputBias = false;
}

void readQwen3(FieldReader&, const json&, ModelSpec& s)
{
    s.attention.qkNorm = QkNorm::PerHead;
}

// Qwen MoE: which layers stay dense (mlp_only_layers, decoder_sparse_step).
void readQwenMoeLayers(FieldReader& r, ModelSpec& s)
{
    QList<qint64> mlpOnly;
    if (const json* arr = r.array("mlp_only_layers")) {
        for (const json& v : *arr) {
            if (!v.is_number_integer()) {
                r.fail("mlp_only_layers", Tr::tr("must hold layer numbers"));
                break;
            }
            mlpOnly << v.get<qint64>();
        }
    }
    markMoeLayers(s, 0, r.integer("decoder_sparse_step", 1, 1, kMaxLayers), mlpOnly);
}

void readQwen2Moe(FieldReader& r, const json& text, ModelSpec& s)
{
    readQwen2(r, text, s);
    s.moe.numExperts = r.integer("num_experts", 60, 1, kMaxExperts);
    s.moe.expertsPerToken = r.integer("num_experts_per_tok", 4, 1, kMaxExperts);
    s.moe.expertIntermediate = r.integer("moe_intermediate_size", 1408, 1, kMaxDim);
    s.moe.sharedIntermediate = r.integer("shared_expert_intermediate_size", 5632, 0, kMaxDim);
    s.moe.sharedExperts = s.moe.sharedIntermediate > 0 ? 1 : 0;
    s.moe.sharedExpertGate = true;
    readQwenMoeLayers(r, s);
}

void readQwen3Moe(FieldReader& r, const json& text, ModelSpec& s)
{
    readQwen3(r, text, s);
    s.moe.numExperts = r.integer("num_experts", 128, 1, kMaxExperts);
    s.moe.expertsPerToken = r.integer("num_experts_per_tok", 8, 1, kMaxExperts);
    s.moe.expertIntermediate = r.integer("moe_intermediate_size", 768, 1, kMaxDim);
    readQwenMoeLayers(r, s);
}

void readMixtral(FieldReader& r, const json&, ModelSpec& s)
{
    readRoutedExperts(r, s, "num_local_experts", 8, 2);
}

void readGemma(FieldReader& r, const json&, ModelSpec& s)
{
    if (!r.has("head_dim"))
        s.attention.headDim = s.attention.vHeadDim = 256;
}

void readGemma2(FieldReader& r, const json& text, ModelSpec& s)
{
    s.normsPerLayer = 4;
    readGemma(r, text, s);
}

void readGemma3(FieldReader& r, const json& text, ModelSpec& s)
{
    s.attention.qkNorm = QkNorm::PerHead;
    readGemma2(r, text, s);
}

void readPhi3(FieldReader&, const json&, ModelSpec& s)
{
    s.attention.fusedQkv = true;
    s.ffn.fusedGateUp = true;
}

void readPhiMoe(FieldReader& r, const json&, ModelSpec& s)
{
    s.attention.qkvBias = s.attention.outputBias = r.boolean("attention_bias", false);
    s.normBias = true; // LayerNorm with bias
    s.lmHeadBias = r.boolean("lm_head_bias", false);
    readRoutedExperts(r, s, "num_local_experts", 16, 2);
}

void readGptOss(FieldReader& r, const json&, ModelSpec& s)
{
    AttentionSpec& a = s.attention;
    a.qkvBias = a.outputBias = r.boolean("attention_bias", true);
    a.sinks = true;
    if (!r.has("head_dim"))
        a.headDim = a.vHeadDim = 64;
    s.moe.numExperts = r.integer("num_local_experts", 128, 1, kMaxExperts);
    s.moe.expertsPerToken
        = r.integer("num_experts_per_tok", r.integer("experts_per_token", 4, 1, kMaxExperts), 1, kMaxExperts);
    s.moe.expertIntermediate = s.ffn.intermediate;
    s.moe.routerBias = true;
    s.moe.expertBias = true;
    markMoeLayers(s, 0, 1, {});
}

// DeepSeek's multi-head latent attention: low-rank q and kv projections, rope on part of each head.
void readMla(FieldReader& r, const json& text, AttentionSpec& a)
{
    a.qLoraRank = r.integer("q_lora_rank", 1536, 0, kMaxDim);
    if (r.has("q_lora_rank") == false && text.contains("q_lora_rank"))
        a.qLoraRank = 0; // explicit null: plain q_proj (DeepSeek-V2-Lite)
    a.kvLoraRank = r.integer("kv_lora_rank", 512, 1, kMaxDim);
    a.ropeHeadDim = r.integer("qk_rope_head_dim", 64, 1, kMaxDim);
    a.nopeHeadDim = r.integer("qk_nope_head_dim", 128, 1, kMaxDim);
    a.vHeadDim = r.integer("v_head_dim", 128, 1, kMaxDim);
    a.headDim = a.nopeHeadDim + a.ropeHeadDim;
}

// DeepSeek's experts: routed and shared ones, the first layers dense. The defaults differ between versions.
struct DeepseekMoeDefaults
{
    qint64 experts;
    qint64 perToken;
    qint64 intermediate;
    qint64 shared;
    const char* topkMethod;
};

void readDeepseekMoe(FieldReader& r, ModelSpec& s, const DeepseekMoeDefaults& d)
{
    s.moe.numExperts = r.integer("n_routed_experts", d.experts, 0, kMaxExperts);
    s.moe.expertsPerToken = r.integer("num_experts_per_tok", d.perToken, 0, kMaxExperts);
    s.moe.expertIntermediate = r.integer("moe_intermediate_size", d.intermediate, 1, kMaxDim);
    s.moe.sharedExperts = r.integer("n_shared_experts", d.shared, 0, 1024);
    s.moe.sharedIntermediate = s.moe.sharedExperts * s.moe.expertIntermediate;
    s.moe.correctionBias = r.string("topk_method", QString::fromLatin1(d.topkMethod)) == QLatin1String("noaux_tc");
    if (s.moe.numExperts > 0)
        markMoeLayers(
            s, r.integer("first_k_dense_replace", 0, 0, kMaxLayers), r.integer("moe_layer_freq", 1, 1, kMaxLayers), {});
}

void readDeepseekV2(FieldReader& r, const json& text, ModelSpec& s)
{
    readMla(r, text, s.attention);
    readDeepseekMoe(r, s, { 160, 6, 1536, 2, "" });
}

void readDeepseekV3(FieldReader& r, const json& text, ModelSpec& s)
{
    readMla(r, text, s.attention);
    readDeepseekMoe(r, s, { 256, 8, 2048, 1, "noaux_tc" });
    // The nextn (MTP) layers after the decoder, each with an embedding and a head of its own in the checkpoint
    // (DeepSeek-V3, R1; Kimi K2 has none). llama.cpp's deepseek2 converter skips them (DeepseekV2Model.skip_mtp).
    s.mtpLayers = r.integer("num_nextn_predict_layers", 0, 0, 16);
    s.mtpOwnEmbedding = s.mtpLayers > 0;
    s.mtpInGguf = false;
}

void readOlmoe(FieldReader& r, const json&, ModelSpec& s)
{
    s.attention.qkNorm = QkNorm::Full;
    readRoutedExperts(r, s, "num_experts", 64, 8);
}

// The kinds a layer_types / layers_block_type array names, one entry per decoder layer. Empty when absent.
QStringList layerKinds(FieldReader& r, const char* key, const ModelSpec& s)
{
    QStringList kinds;
    const json* arr = r.array(key);
    if (!arr)
        return kinds;
    for (const json& t : *arr) {
        if (!t.is_string()) {
            r.fail(key, Tr::tr("must hold strings"));
            return {};
        }
        kinds << QString::fromStdString(t.get<std::string>());
    }
    if (kinds.size() != s.numLayers) {
        r.fail(key, Tr::tr("has %1 entries for %2 layers").arg(kinds.size()).arg(s.numLayers));
        return {};
    }
    return kinds;
}

void failLayerKind(FieldReader& r, const char* key, qint64 layer, const QString& kind)
{
    r.fail(key, Tr::tr("entry %1 ('%2') is not a layer kind this architecture has").arg(layer).arg(kind));
}

// The element size of a dtype name ("float32", "bfloat16" ...); 0 for "auto", absent or unknown.
int dtypeBytes(const QString& name)
{
    if (name == QLatin1String("float32"))
        return 4;
    if (name == QLatin1String("float16") || name == QLatin1String("bfloat16"))
        return 2;
    return 0;
}

// Qwen3-Next and Qwen3.5/3.6: Gated DeltaNet layers with full-attention layers every full_attention_interval-th
// (or as layer_types lists them); the attention's q_proj also yields an output gate, and q/k are normalised per
// head.
void readQwenHybrid(FieldReader& r, const json&, ModelSpec& s)
{
    DeltaNetSpec& d = s.deltaNet;
    d.numKeyHeads = r.required("linear_num_key_heads", 1, kMaxDim);
    d.numValueHeads = r.required("linear_num_value_heads", 1, kMaxDim);
    d.keyHeadDim = r.required("linear_key_head_dim", 1, kMaxDim);
    d.valueHeadDim = r.required("linear_value_head_dim", 1, kMaxDim);
    d.convKernel = r.required("linear_conv_kernel_dim", 1, 1024);
    if (d.numKeyHeads > 0 && d.numValueHeads % d.numKeyHeads != 0)
        r.fail("linear_num_value_heads",
            Tr::tr("%1 is not a multiple of the %2 key heads").arg(d.numValueHeads).arg(d.numKeyHeads));
    s.attention.outputGate = r.boolean("attn_output_gate", true);
    s.attention.qkNorm = QkNorm::PerHead;
    s.ffnNormAfterAttention = true;
    const QStringList kinds = layerKinds(r, "layer_types", s);
    const qint64 interval = kinds.isEmpty() ? r.integer("full_attention_interval", 4, 1, kMaxLayers) : 0;
    for (qint64 i = 0; i < s.numLayers; ++i) {
        LayerSpec& l = s.layers[size_t(i)];
        if (kinds.isEmpty()) {
            l.mixer = (i + 1) % interval == 0 ? MixerKind::Attention : MixerKind::GatedDeltaNet;
        } else if (kinds[i] == QLatin1String("linear_attention")) {
            l.mixer = MixerKind::GatedDeltaNet;
        } else if (kinds[i] != QLatin1String("full_attention")) {
            failLayerKind(r, "layer_types", i, kinds[i]);
            break;
        }
    }
    s.mtpLayers = r.integer("mtp_num_hidden_layers", 0, 0, 16);
    s.ssmStateBytes = dtypeBytes(r.string("mamba_ssm_dtype"));
}

// Qwen3-Next and Qwen3.5-MoE experts: routed experts plus one gated shared expert in every layer but
// mlp_only_layers.
void readQwenHybridMoe(FieldReader& r, const json& text, ModelSpec& s)
{
    readQwenHybrid(r, text, s);
    s.moe.numExperts = r.required("num_experts", 1, kMaxExperts);
    s.moe.expertsPerToken = r.required("num_experts_per_tok", 1, kMaxExperts);
    s.moe.expertIntermediate = r.required("moe_intermediate_size", 1, kMaxDim);
    s.moe.sharedIntermediate = r.integer("shared_expert_intermediate_size", 0, 0, kMaxDim);
    s.moe.sharedExperts = s.moe.sharedIntermediate > 0 ? 1 : 0;
    s.moe.sharedExpertGate = true;
    readQwenMoeLayers(r, s);
}

// Nemotron-H: each layer is one Mamba2 mixer, attention, MLP or MoE block, as hybrid_override_pattern (M, *, -, E)
// or layers_block_type lists them.
void readNemotronHLayers(FieldReader& r, ModelSpec& s)
{
    if (s.numLayers == 0) { // newer configs list the blocks without num_hidden_layers
        const json* blocks = r.array("layers_block_type");
        if (!blocks || blocks->empty() || qint64(blocks->size()) > kMaxLayers) {
            r.fail("num_hidden_layers", Tr::tr("is missing (and layers_block_type names no layers)"));
            return;
        }
        s.numLayers = qint64(blocks->size());
        s.layers.assign(size_t(s.numLayers), LayerSpec {});
    }
    QStringList kinds = layerKinds(r, "layers_block_type", s);
    const char* key = "layers_block_type";
    if (kinds.isEmpty() && r.has("hybrid_override_pattern")) {
        key = "hybrid_override_pattern";
        const QString pattern = r.string(key);
        if (pattern.size() != s.numLayers) {
            r.fail(key, Tr::tr("has %1 characters for %2 layers").arg(pattern.size()).arg(s.numLayers));
            return;
        }
        for (const QChar c : pattern)
            kinds << QString(c);
    }
    if (kinds.isEmpty()) {
        r.fail("hybrid_override_pattern", Tr::tr("is missing (and so is layers_block_type)"));
        return;
    }
    for (qint64 i = 0; i < s.numLayers; ++i) {
        LayerSpec& l = s.layers[size_t(i)];
        const QString& k = kinds[i];
        if (k == QLatin1String("M") || k == QLatin1String("mamba")) {
            l.mixer = MixerKind::Mamba2;
            l.hasFfn = false;
        } else if (k == QLatin1String("*") || k == QLatin1String("attention")) {
            l.hasFfn = false;
        } else if (k == QLatin1String("-") || k == QLatin1String("mlp")) {
            l.hasMixer = false;
        } else if (k == QLatin1String("E") || k == QLatin1String("moe")) {
            l.hasMixer = false;
            l.moe = true;
        } else {
            failLayerKind(r, key, i, k);
            return;
        }
    }
}

void readNemotronH(FieldReader& r, const json&, ModelSpec& s)
{
    MambaSpec& m = s.mamba;
    m.numHeads = r.required("mamba_num_heads", 1, kMaxDim);
    m.headDim = r.required("mamba_head_dim", 1, kMaxDim);
    m.stateSize = r.required("ssm_state_size", 1, kMaxDim);
    m.groups = r.required("n_groups", 1, kMaxDim);
    m.convKernel = r.integer("conv_kernel", 4, 1, 1024);
    m.convBias = r.boolean("use_conv_bias", true);
    m.projBias = r.boolean("use_bias", false);
    s.ssmStateBytes = dtypeBytes(r.string("mamba_ssm_cache_dtype"));
    if (m.groups > 0 && m.numHeads % m.groups != 0)
        r.fail("n_groups", Tr::tr("%1 does not divide the %2 Mamba heads").arg(m.groups).arg(m.numHeads));
    s.ffn.gated = false; // squared-ReLU MLPs: up and down only
    s.moe.gatedExperts = false;
    s.moe.numExperts = r.integer("n_routed_experts", 0, 0, kMaxExperts);
    if (s.moe.numExperts > 0) {
        s.moe.expertsPerToken = r.required("num_experts_per_tok", 1, kMaxExperts);
        s.moe.expertIntermediate = r.required("moe_intermediate_size", 1, kMaxDim);
        s.moe.sharedExperts = r.integer("n_shared_experts", 0, 0, 1024);
        s.moe.sharedIntermediate
            = s.moe.sharedExperts > 0 ? r.required("moe_shared_expert_intermediate_size", 1, kMaxDim) : 0;
        s.moe.correctionBias = true; // the router's e_score_correction_bias
        s.moe.latentSize = r.integer("moe_latent_size", 0, 0, kMaxDim);
    }
    readNemotronHLayers(r, s);
    s.mtpLayers = r.integer("num_nextn_predict_layers", 0, 0, 16);
}

// Gemma 4 E-series: the last num_kv_shared_layers layers compute no K and V of their own; each attends over the
// cache of the last layer of its own kind (sliding or full) before the first sharing layer (transformers'
// store_full_length_kv; llama.cpp reuses the same layers). With use_double_wide_mlp their MLPs are twice as wide.
void readGemma4KvSharing(FieldReader& r, ModelSpec& s)
{
    const qint64 shared = r.integer("num_kv_shared_layers", 0, 0, s.numLayers);
    const qint64 first = s.numLayers - shared;
    if (shared == 0)
        return;
    if (first > 0 && r.boolean("use_double_wide_mlp", false)) {
        for (qint64 il = first; il < s.numLayers; ++il)
            s.layers[size_t(il)].ffnIntermediate = satMul(s.ffn.intermediate, 2);
    }
    QStringList kinds;
    if (const json* types = r.array("layer_types")) {
        for (const json& t : *types)
            kinds << (t.is_string() ? QString::fromStdString(t.get<std::string>()) : QString());
    }
    if (kinds.size() != s.numLayers) {
        r.fail("num_kv_shared_layers",
            Tr::tr("needs layer_types to name the kind of each of the %1 layers").arg(s.numLayers));
        return;
    }
    for (qint64 il = first; il < s.numLayers; ++il) {
        qint64 source = first - 1;
        while (source >= 0 && kinds[source] != kinds[il])
            --source;
        if (source < 0) {
            r.fail("num_kv_shared_layers",
                Tr::tr("layer %1 (%2) shares the KV of an earlier layer of its kind, but none precedes layer %3")
                    .arg(il)
                    .arg(kinds[il])
                    .arg(first));
            return;
        }
        s.layers[size_t(il)].kvSourceLayer = int(source);
    }
}

// Gemma 4: sliding layers with head_dim and num_key_value_heads, full layers with global_head_dim and
// num_global_key_value_heads (V taken from K under attention_k_eq_v); with enable_moe_block every layer runs its
// dense MLP beside the experts.
void readGemma4(FieldReader& r, const json& text, ModelSpec& s)
{
    readGemma3(r, text, s);
    s.layerScalar = true;
    s.perLayerInputSize = r.integer("hidden_size_per_layer_input", 0, 0, kMaxDim);
    if (s.perLayerInputSize > 0)
        s.perLayerVocab = r.integer("vocab_size_per_layer_input", s.vocabSize, 1, kMaxDim);
    AttentionSpec& g = s.globalAttention;
    g = s.attention;
    g.headDim = g.vHeadDim = r.integer("global_head_dim", s.attention.headDim, 1, kMaxDim);
    g.numKvHeads = r.integer("num_global_key_value_heads", s.attention.numKvHeads, 1, kMaxDim);
    g.valueFromKey = r.boolean("attention_k_eq_v", false);
    // The converter writes the global layers' proportional rope frequencies as rope_freqs (global_head_dim / 2)
    s.ggufRopeTensors = 1;
    s.ggufRopeTensorSize = g.headDim / 2;
    if (g.numKvHeads > 0 && g.numHeads % g.numKvHeads != 0)
        r.fail("num_global_key_value_heads",
            Tr::tr("%1 does not divide the %2 attention heads").arg(g.numKvHeads).arg(g.numHeads));
    if (r.boolean("enable_moe_block", false)) {
        s.moe.numExperts = r.required("num_experts", 1, kMaxExperts);
        s.moe.expertsPerToken = r.required("top_k_experts", 1, kMaxExperts);
        s.moe.expertIntermediate = r.required("moe_intermediate_size", 1, kMaxDim);
        s.moe.scaledRouter = true;
        s.moe.denseBesideExperts = true;
        markMoeLayers(s, 0, 1, {});
    }
    readGemma4KvSharing(r, s);
}

// Llama 4: experts on every interleave_moe_layer_step-th layer beside a shared expert, intermediate_size_mlp for
// the dense layers; three of four layers attend within chunks of attention_chunk_size tokens with RoPE, the
// fourth globally without it (no_rope_layers, 0 = no RoPE).
void readLlama4(FieldReader& r, const json&, ModelSpec& s)
{
    s.moe.numExperts = r.integer("num_local_experts", 16, 1, kMaxExperts);
    s.moe.expertsPerToken = r.integer("num_experts_per_tok", 1, 1, kMaxExperts);
    s.moe.expertIntermediate = s.ffn.intermediate;
    s.moe.sharedExperts = 1;
    s.moe.sharedIntermediate = s.ffn.intermediate;
    s.ffn.intermediate = r.integer("intermediate_size_mlp", 16384, 1, kMaxDim);
    markMoeLayers(s, 0, r.integer("interleave_moe_layer_step", 1, 1, kMaxLayers), {});
    QList<bool> rope;
    if (const json* arr = r.array("no_rope_layers")) {
        for (const json& v : *arr)
            rope << (v.is_number_integer() && v.get<qint64>() != 0);
        if (rope.size() != s.numLayers) {
            r.fail("no_rope_layers", Tr::tr("has %1 entries for %2 layers").arg(rope.size()).arg(s.numLayers));
            return;
        }
    } else {
        for (qint64 i = 0; i < s.numLayers; ++i)
            rope << ((i + 1) % 4 != 0);
    }
    const qint64 chunk = r.integer("attention_chunk_size", 0, 0, kMaxContext);
    for (qint64 i = 0; i < s.numLayers; ++i) {
        LayerSpec& l = s.layers[size_t(i)];
        l.noRope = !rope[i];
        if (chunk > 0 && rope[i])
            l.window = AttentionWindow::Chunked;
    }
    if (chunk > 0)
        s.slidingWindow = chunk;
}

// DeepSeek sparse attention (DeepSeek V3.2, GLM-5): MLA plus the lightning indexer.
void readIndexer(FieldReader& r, ModelSpec& s)
{
    AttentionSpec& a = s.attention;
    a.indexHeads = r.required("index_n_heads", 1, kMaxDim);
    a.indexHeadDim = r.required("index_head_dim", 1, kMaxDim);
    a.indexTopk = r.required("index_topk", 1, kMaxContext);
    if (a.qLoraRank <= 0)
        r.fail("q_lora_rank", Tr::tr("the sparse-attention indexer needs a q_lora_rank"));
}

void readDeepseekV32(FieldReader& r, const json& text, ModelSpec& s)
{
    readDeepseekV3(r, text, s);
    readIndexer(r, s);
    s.mtpInGguf = true; // the deepseek32 converter appends the nextn block to the GGUF
}

// GLM-5.2: indexer_types marks the layers that run their own indexer ("full") and those that reuse the last
// one's top-k ("shared", no indexer weights or keys); mlp_layer_types the dense and the expert layers.
void readGlmMoeDsa(FieldReader& r, const json& text, ModelSpec& s)
{
    readDeepseekV3(r, text, s);
    readIndexer(r, s);
    s.mtpOwnEmbedding = false; // GLM-5's nextn layer stores no embedding or head of its own
    s.mtpInGguf = true;
    const QStringList indexers = layerKinds(r, "indexer_types", s);
    for (qsizetype i = 0; i < indexers.size(); ++i) {
        if (indexers[i] != QLatin1String("full") && indexers[i] != QLatin1String("shared")) {
            failLayerKind(r, "indexer_types", i, indexers[i]);
            break;
        }
        s.layers[size_t(i)].indexer = indexers[i] == QLatin1String("full");
    }
    const QStringList mlps = layerKinds(r, "mlp_layer_types", s);
    for (qsizetype i = 0; i < mlps.size(); ++i) {
        if (mlps[i] != QLatin1String("dense") && mlps[i] != QLatin1String("sparse")) {
            failLayerKind(r, "mlp_layer_types", i, mlps[i]);
            break;
        }
        s.layers[size_t(i)].moe = mlps[i] == QLatin1String("sparse");
    }
}

// DeepSeek-V4's compress_ratios: one entry per decoder layer, then one per MTP layer (a missing MTP entry is 0, the
// window alone, as vLLM's deepseek_v4.py takes it). llama.cpp (src/models/deepseek4.cpp) builds ratios 0, 4 and 128.
void readCompressRatios(FieldReader& r, ModelSpec& s)
{
    const json* ratios = r.array("compress_ratios");
    if (!ratios) {
        if (!r.has("compress_ratios"))
            r.fail("compress_ratios", Tr::tr("is missing"));
        return;
    }
    if (qint64(ratios->size()) < s.numLayers) {
        r.fail("compress_ratios", Tr::tr("has %1 entries for %2 layers").arg(ratios->size()).arg(s.numLayers));
        return;
    }
    QList<qint64> values;
    for (size_t i = 0; i < ratios->size(); ++i) {
        const json& v = (*ratios)[i];
        const qint64 ratio = v.is_number_integer() ? v.get<qint64>() : -1;
        if (ratio != 0 && ratio != 4 && ratio != 128) {
            r.fail("compress_ratios",
                Tr::tr("entry %1 is %2; a layer compresses its keys by 0 (window only), 4 or 128 tokens")
                    .arg(i)
                    .arg(QString::fromStdString(v.dump())));
            return;
        }
        values << ratio;
    }
    for (qint64 i = 0; i < s.numLayers; ++i)
        s.layers[size_t(i)].compressRatio = values[i];
    for (qint64 k = 0; k < s.mtpLayers; ++k)
        s.deepseekV4.mtpCompressRatios.push_back(s.numLayers + k < values.size() ? values[s.numLayers + k] : 0);
}

// DeepSeek-V4 (deepseek_v4): one shared key/value head of head_dim with a low-rank query, a grouped low-rank output
// projection, hc_mult residual streams, a sliding window in every layer and compressed keys in most, the lightning
// indexer in the ratio-4 layers, experts in every layer (the first num_hash_layers routed by token id) and MTP
// layers.
void readDeepseekV4(FieldReader& r, const json&, ModelSpec& s)
{
    AttentionSpec& a = s.attention;
    if (a.numKvHeads != 1)
        r.fail("num_key_value_heads",
            Tr::tr("is %1; DeepSeek-V4 attends with one shared key/value head").arg(a.numKvHeads));
    a.qLoraRank = r.required("q_lora_rank", 1, kMaxDim);
    a.ropeHeadDim = r.required("qk_rope_head_dim", 1, kMaxDim);
    if (a.ropeHeadDim > a.headDim)
        r.fail("qk_rope_head_dim", Tr::tr("%1 exceeds head_dim %2").arg(a.ropeHeadDim).arg(a.headDim));
    a.nopeHeadDim = std::max<qint64>(a.headDim - a.ropeHeadDim, 0);
    a.sinks = true;
    a.indexHeads = r.required("index_n_heads", 1, kMaxDim);
    a.indexHeadDim = r.required("index_head_dim", 1, kMaxDim);
    a.indexTopk = r.required("index_topk", 1, kMaxContext);

    DeepseekV4Spec& v = s.deepseekV4;
    v.outputGroups = r.required("o_groups", 1, kMaxDim);
    v.outputLoraRank = r.required("o_lora_rank", 1, kMaxDim);
    v.hyperConnections = r.required("hc_mult", 1, 64);
    if (v.outputGroups > 0 && a.numHeads % v.outputGroups != 0)
        r.fail("o_groups", Tr::tr("%1 does not divide the %2 attention heads").arg(v.outputGroups).arg(a.numHeads));

    s.moe.numExperts = r.required("n_routed_experts", 1, kMaxExperts);
    s.moe.expertsPerToken = r.required("num_experts_per_tok", 1, kMaxExperts);
    s.moe.expertIntermediate = r.required("moe_intermediate_size", 1, kMaxDim);
    s.moe.sharedExperts = r.integer("n_shared_experts", 1, 0, 1024);
    s.moe.sharedIntermediate = s.moe.sharedExperts * s.moe.expertIntermediate;
    s.moe.correctionBias = true; // the non-hash layers' e_score_correction_bias
    markMoeLayers(s, 0, 1, {});
    const qint64 hashLayers = r.integer("num_hash_layers", 0, 0, kMaxLayers);
    if (hashLayers > s.numLayers)
        r.fail("num_hash_layers", Tr::tr("%1 exceeds the %2 layers").arg(hashLayers).arg(s.numLayers));
    for (qint64 i = 0; i < std::min(hashLayers, s.numLayers); ++i)
        s.layers[size_t(i)].hashRouted = true;

    s.mtpLayers = r.integer("num_nextn_predict_layers", 0, 0, 16);
    s.mtpOwnEmbedding = s.mtpLayers > 0; // mtp.N.emb and mtp.N.head: the module's own embedding and head
    const QString expertDtype = r.string("expert_dtype", QStringLiteral("fp4"));
    if (expertDtype != QLatin1String("fp4") && expertDtype != QLatin1String("fp8"))
        r.fail("expert_dtype",
            Tr::tr("is '%1'; DeepSeek-V4 checkpoints store their experts in fp4 or fp8").arg(expertDtype));
    v.fp4Experts = expertDtype == QLatin1String("fp4");
    if (r.required("sliding_window", 1, kMaxContext) <= 0)
        return;
    readCompressRatios(r, s);
}

// MiniMax-M2: experts as wide as intermediate_size in every layer, sigmoid routing with a correction bias, q/k
// RMSNorm over all heads (qk_norm_type "per_layer"). Its MTP modules are not counted: config.json gives only
// their number, not their shape.
void readMiniMaxM2(FieldReader& r, const json&, ModelSpec& s)
{
    if (r.boolean("use_qk_norm", true))
        s.attention.qkNorm = r.string("qk_norm_type", QStringLiteral("per_layer")) == QLatin1String("per_layer")
            ? QkNorm::Full
            : QkNorm::PerHead;
    s.moe.numExperts = r.required("num_local_experts", 1, kMaxExperts);
    s.moe.expertsPerToken = r.required("num_experts_per_tok", 1, kMaxExperts);
    s.moe.expertIntermediate = s.ffn.intermediate;
    s.moe.correctionBias = r.boolean("use_routing_bias", true);
    if (r.integer("shared_intermediate_size", 0, 0, kMaxDim) > 0)
        r.fail("shared_intermediate_size", Tr::tr("shared experts are not supported for this family yet"));
    markMoeLayers(s, 0, 1, {});
}

bool slideEveryLayer(FieldReader&, const ModelSpec&, qint64)
{
    return true;
}

bool slideEvenLayers(FieldReader&, const ModelSpec&, qint64 layer)
{
    return layer % 2 == 0;
}

bool slideGemma3(FieldReader& r, const ModelSpec&, qint64 layer)
{
    const qint64 pattern = r.integer("sliding_window_pattern", 6, 1, kMaxLayers);
    return (layer + 1) % pattern != 0;
}

bool slideQwen(FieldReader& r, const ModelSpec& s, qint64 layer)
{
    return r.boolean("use_sliding_window", false)
        && layer >= r.integer("max_window_layers", s.numLayers, 0, kMaxLayers);
}

// LFM2: short-convolution layers with attention layers where layer_types (or full_attn_idxs) says so. The MLP
// width is block_ff_dim (the original key) or intermediate_size, cut to 2/3, scaled by block_ffn_dim_multiplier
// and rounded up to block_multiple_of when block_auto_adjust_ff_dim is on (transformers' Lfm2MLP).
void readLfm2(FieldReader& r, const json& text, ModelSpec& s)
{
    s.shortConvKernel = r.integer("conv_L_cache", 3, 2, 1024);
    if (r.boolean("conv_bias", false))
        r.fail("conv_bias", Tr::tr("short convolutions with biases are not supported yet"));
    if (r.has("tie_embedding"))
        s.tiedEmbeddings = r.boolean("tie_embedding", true);
    s.attention.qkNorm = QkNorm::PerHead;
    qint64 ff = r.integer("block_ff_dim", s.ffn.intermediate, 1, kMaxDim);
    if (r.boolean("block_auto_adjust_ff_dim", true)) {
        ff = 2 * ff / 3;
        if (const auto m = text.find("block_ffn_dim_multiplier"); m != text.end() && !m->is_null())
            ff = qint64(r.positive("block_ffn_dim_multiplier", 64.0) * double(ff));
        const qint64 multiple = r.integer("block_multiple_of", 256, 1, kMaxDim);
        ff = multiple * ((ff + multiple - 1) / multiple);
    }
    s.ffn.intermediate = ff;
    const QStringList kinds = layerKinds(r, "layer_types", s);
    QList<qint64> attention;
    if (kinds.isEmpty()) {
        if (const json* idxs = r.array("full_attn_idxs")) {
            for (const json& v : *idxs) {
                if (!v.is_number_integer() || v.get<qint64>() < 0 || v.get<qint64>() >= s.numLayers) {
                    r.fail("full_attn_idxs", Tr::tr("must hold layer numbers below %1").arg(s.numLayers));
                    return;
                }
                attention << v.get<qint64>();
            }
        } else {
            for (qint64 i = 0; i < s.numLayers; ++i)
                attention << i;
        }
    }
    for (qint64 i = 0; i < s.numLayers; ++i) {
        LayerSpec& l = s.layers[size_t(i)];
        const bool attends = kinds.isEmpty() ? attention.contains(i) : kinds[i] == QLatin1String("full_attention");
        if (!kinds.isEmpty() && !attends && kinds[i] != QLatin1String("conv")) {
            failLayerKind(r, "layer_types", i, kinds[i]);
            return;
        }
        if (!attends)
            l.mixer = MixerKind::ShortConv;
    }
}

// GLM-4.5, 4.6 and 4.7 (Glm4MoeForCausalLM): grouped-query attention whose q/k/v carry biases under attention_bias
// (o_proj never does) and, under use_qk_norm, an RMSNorm over each head; DeepSeek-style experts with sigmoid routing
// and a correction bias, n_shared_experts beside them, the first first_k_dense_replace layers dense; and
// num_nextn_predict_layers MTP layers, each with an embedding and a head of its own.
void readGlm4Moe(FieldReader& r, const json&, ModelSpec& s)
{
    AttentionSpec& a = s.attention;
    if (!r.has("head_dim"))
        a.headDim = a.vHeadDim = 128;
    a.outputBias = false;
    if (r.boolean("use_qk_norm", false))
        a.qkNorm = QkNorm::PerHead;
    MoeSpec& m = s.moe;
    m.numExperts = r.integer("n_routed_experts", 128, 1, kMaxExperts);
    m.expertsPerToken = r.integer("num_experts_per_tok", 8, 1, kMaxExperts);
    m.expertIntermediate = r.integer("moe_intermediate_size", 1408, 1, kMaxDim);
    m.sharedExperts = r.integer("n_shared_experts", 1, 0, 1024);
    m.sharedIntermediate = m.sharedExperts * m.expertIntermediate;
    m.correctionBias = true; // Glm4MoeTopkRouter's e_score_correction_bias
    markMoeLayers(s, r.integer("first_k_dense_replace", 1, 0, kMaxLayers), 1, {});
    s.ffnNormAfterAttention = true; // GGUF names the pre-MLP norm post_attention_norm
    s.mtpLayers = r.integer("num_nextn_predict_layers", 0, 0, 16);
    s.mtpOwnEmbedding = s.mtpEmbeddingInGguf = s.mtpLayers > 0;
}

// Granite 4.0 (GraniteMoeHybridForCausalLM): each layer is a Mamba2 mixer or attention, as layer_types lists them
// (all Mamba2 without it), followed by routed experts (num_local_experts, intermediate_size wide, router without a
// bias) beside a gated shared MLP of shared_intermediate_size, or by the shared MLP alone without experts.
void readGraniteMoeHybrid(FieldReader& r, const json&, ModelSpec& s)
{
    MambaSpec& m = s.mamba;
    m.numHeads = r.integer("mamba_n_heads", 128, 1, kMaxDim);
    m.groups = r.integer("mamba_n_groups", 1, 1, kMaxDim);
    m.stateSize = r.integer("mamba_d_state", 256, 1, kMaxDim);
    m.convKernel = r.integer("mamba_d_conv", 4, 1, 1024);
    m.convBias = r.boolean("mamba_conv_bias", true);
    m.projBias = r.boolean("mamba_proj_bias", false);
    const qint64 inner = r.integer("mamba_expand", 2, 1, 64) * s.hiddenSize;
    m.headDim = m.numHeads > 0 ? inner / m.numHeads : 0;
    if (r.has("mamba_d_head"))
        m.headDim = r.integer("mamba_d_head", m.headDim, 1, kMaxDim);
    if (m.numHeads * m.headDim != inner)
        r.fail("mamba_n_heads",
            Tr::tr("%1 heads of %2 do not make the Mamba width %3 (mamba_expand x hidden_size)")
                .arg(m.numHeads)
                .arg(m.headDim)
                .arg(inner));
    if (m.groups > 0 && m.numHeads % m.groups != 0)
        r.fail("mamba_n_groups", Tr::tr("%1 does not divide the %2 Mamba heads").arg(m.groups).arg(m.numHeads));
    const qint64 shared = r.integer("shared_intermediate_size", 1024, 0, kMaxDim);
    const qint64 experts = r.integer("num_local_experts", 8, 0, kMaxExperts);
    if (experts > 0) {
        s.moe.numExperts = experts;
        s.moe.expertsPerToken = r.integer("num_experts_per_tok", 2, 1, kMaxExperts);
        s.moe.expertIntermediate = s.ffn.intermediate;
        s.moe.sharedExperts = shared > 0 ? 1 : 0;
        s.moe.sharedIntermediate = shared;
        markMoeLayers(s, 0, 1, {});
    } else {
        s.ffn.intermediate = shared; // shared_mlp is the dense MLP
    }
    const QStringList kinds = layerKinds(r, "layer_types", s);
    for (qint64 i = 0; i < s.numLayers; ++i) {
        LayerSpec& l = s.layers[size_t(i)];
        const QString kind = kinds.isEmpty() ? QStringLiteral("mamba") : kinds[i];
        if (kind == QLatin1String("mamba")) {
            l.mixer = MixerKind::Mamba2;
        } else if (kind == QLatin1String("attention")) {
            l.noRope = r.string("position_embedding_type") != QLatin1String("rope");
        } else {
            failLayerKind(r, "layer_types", i, kind);
            break;
        }
    }
}

// A per-layer array of 0/1 flags (MiMo-V2-Flash's hybrid_layer_pattern, MiniMax-M3's sparse_attention_freq,
// moe_layer_freq), one entry per decoder layer. Empty when absent or refused (a bad one is reported).
QList<bool> optionalLayerFlags(FieldReader& r, const char* key, qint64 layers)
{
    QList<bool> out;
    const json* arr = r.array(key);
    if (!arr)
        return out;
    for (const json& v : *arr) {
        if (!v.is_number_integer() || (v.get<qint64>() != 0 && v.get<qint64>() != 1)) {
            r.fail(key, Tr::tr("must hold 0 or 1 for each layer"));
            return {};
        }
        out << (v.get<qint64>() == 1);
    }
    if (out.size() != layers) {
        r.fail(key, Tr::tr("has %1 entries for %2 layers").arg(out.size()).arg(layers));
        return {};
    }
    return out;
}

// The same, required: a missing array is reported too.
QList<bool> layerFlags(FieldReader& r, const char* key, const ModelSpec& s)
{
    if (!r.array(key)) {
        r.fail(key, Tr::tr("is missing (it must list 0 or 1 for each of the %1 layers)").arg(s.numLayers));
        return {};
    }
    return optionalLayerFlags(r, key, s.numLayers);
}

// MiMo-V2-Flash (MiMoV2FlashForCausalLM): hybrid_layer_pattern marks the sliding-window layers (1) among the full
// ones (0). Full layers have num_key_value_heads, sliding ones swa_num_key_value_heads (and swa_num_attention_heads,
// swa_head_dim, swa_v_head_dim); query/key heads are head_dim wide, values v_head_dim; add_swa_attention_sink_bias
// and add_full_attention_sink_bias give each kind a sink logit per head. moe_layer_freq marks the expert layers:
// DeepSeek-style sigmoid routing with a correction bias, no shared expert. The checkpoint's MTP blocks are not
// counted: config.json does not give their number (the published 309B leaves them out).
void readMimoV2Flash(FieldReader& r, const json&, ModelSpec& s)
{
    AttentionSpec& g = s.globalAttention;
    AttentionSpec& a = s.attention;
    a.vHeadDim = r.required("v_head_dim", 1, kMaxDim);
    g = a;
    g.sinks = r.boolean("add_full_attention_sink_bias", false);
    a.numHeads = r.integer("swa_num_attention_heads", g.numHeads, 1, kMaxDim);
    a.numKvHeads = r.integer("swa_num_key_value_heads", g.numKvHeads, 1, kMaxDim);
    a.headDim = r.integer("swa_head_dim", g.headDim, 1, kMaxDim);
    a.vHeadDim = r.integer("swa_v_head_dim", g.vHeadDim, 1, kMaxDim);
    a.sinks = r.boolean("add_swa_attention_sink_bias", false);
    if (a.numKvHeads > 0 && a.numHeads % a.numKvHeads != 0)
        r.fail("swa_num_key_value_heads",
            Tr::tr("%1 does not divide the %2 attention heads").arg(a.numKvHeads).arg(a.numHeads));
    if (g.numKvHeads > 0 && g.numHeads % g.numKvHeads != 0)
        r.fail("num_key_value_heads",
            Tr::tr("%1 does not divide the %2 attention heads").arg(g.numKvHeads).arg(g.numHeads));
    (void)r.required("sliding_window", 1, kMaxContext); // readSlidingWindow keeps it; the pattern needs one
    const QList<bool> sliding = layerFlags(r, "hybrid_layer_pattern", s);
    for (qsizetype i = 0; i < sliding.size(); ++i)
        s.layers[size_t(i)].window = sliding[i] ? AttentionWindow::Sliding : AttentionWindow::Full;
    MoeSpec& m = s.moe;
    m.numExperts = r.required("n_routed_experts", 1, kMaxExperts);
    m.expertsPerToken = r.required("num_experts_per_tok", 1, kMaxExperts);
    m.expertIntermediate = r.required("moe_intermediate_size", 1, kMaxDim);
    if (r.integer("n_shared_experts", 0, 0, 1024) > 0)
        r.fail("n_shared_experts", Tr::tr("shared experts are not supported for this family yet"));
    m.correctionBias = r.string("topk_method", QStringLiteral("noaux_tc")) == QLatin1String("noaux_tc");
    const QList<bool> experts = layerFlags(r, "moe_layer_freq", s);
    for (qsizetype i = 0; i < experts.size(); ++i)
        s.layers[size_t(i)].moe = experts[i];
}

// MiMo-V2-Flash's sliding layers, as readMimoV2Flash placed them from hybrid_layer_pattern.
bool slideAsRead(FieldReader&, const ModelSpec& s, qint64 layer)
{
    return s.layers[size_t(layer)].isWindowed();
}

// Laguna's attention output gate: gating_types per layer, else gating ("per-head", "per-element", or true for
// per-head, as the Laguna-XS.2 config writes it). Returns the gate values per head: 1 or head_dim.
qint64 lagunaGateWidth(FieldReader& r, const json& text, const ModelSpec& s)
{
    const auto width = [&s](QString kind) -> qint64 {
        kind.replace(u'-', u'_');
        if (kind == QLatin1String("per_head"))
            return 1;
        return kind == QLatin1String("per_element") ? s.attention.headDim : 0;
    };
    const QStringList kinds = layerKinds(r, "gating_types", s);
    if (!kinds.isEmpty()) {
        const qint64 first = width(kinds[0]);
        for (qsizetype i = 0; i < kinds.size(); ++i) {
            if (width(kinds[i]) == 0) {
                failLayerKind(r, "gating_types", i, kinds[i]);
                return 0;
            }
            if (width(kinds[i]) != first) {
                r.fail("gating_types", Tr::tr("mixes per-head and per-element gates, which is not supported yet"));
                return 0;
            }
        }
        return first;
    }
    const auto gating = text.find("gating");
    if (gating == text.end() || gating->is_null() || (gating->is_boolean() && gating->get<bool>()))
        return 1;
    const qint64 w = gating->is_string() ? width(QString::fromStdString(gating->get<std::string>())) : 0;
    if (w == 0)
        r.fail("gating", Tr::tr("must be \"per-head\", \"per-element\" or true"));
    return w;
}

// Laguna (LagunaForCausalLM): per-head q/k RMSNorm and a softplus gate on the attention output (g_proj); each layer's
// query heads from num_attention_heads_per_layer (the KV heads are shared); layer_types full / sliding; and
// mlp_layer_types dense (intermediate_size) or sparse: sigmoid-routed experts with a correction bias beside one
// ungated shared expert of shared_expert_intermediate_size.
void readLaguna(FieldReader& r, const json& text, ModelSpec& s)
{
    AttentionSpec& a = s.attention;
    if (!r.has("head_dim"))
        a.headDim = a.vHeadDim = 128;
    a.qkNorm = QkNorm::PerHead;
    a.headGateWidth = lagunaGateWidth(r, text, s);
    if (const json* heads = r.array("num_attention_heads_per_layer")) {
        if (qint64(heads->size()) != s.numLayers) {
            r.fail("num_attention_heads_per_layer",
                Tr::tr("has %1 entries for %2 layers").arg(heads->size()).arg(s.numLayers));
            return;
        }
        for (qint64 i = 0; i < s.numLayers; ++i) {
            const json& h = (*heads)[size_t(i)];
            if (!h.is_number_integer() || h.get<qint64>() < 1 || h.get<qint64>() > kMaxDim || a.numKvHeads < 1
                || h.get<qint64>() % a.numKvHeads != 0) {
                r.fail("num_attention_heads_per_layer",
                    Tr::tr("entry %1 must be a head count the %2 KV heads divide").arg(i).arg(a.numKvHeads));
                return;
            }
            s.layers[size_t(i)].numHeads = h.get<qint64>() != a.numHeads ? h.get<qint64>() : 0;
        }
    }
    MoeSpec& m = s.moe;
    m.numExperts = r.integer("num_experts", 256, 1, kMaxExperts);
    m.expertsPerToken = r.integer("num_experts_per_tok", 8, 1, kMaxExperts);
    m.expertIntermediate = r.integer("moe_intermediate_size", 512, 1, kMaxDim);
    m.sharedIntermediate = r.integer("shared_expert_intermediate_size", 512, 0, kMaxDim);
    m.sharedExperts = m.sharedIntermediate > 0 ? 1 : 0;
    m.correctionBias = true; // LagunaTopKRouter's e_score_correction_bias
    const QStringList mlps = layerKinds(r, "mlp_layer_types", s);
    for (qint64 i = 0; i < s.numLayers; ++i) { // without mlp_layer_types: the first layer dense, the rest sparse
        const QString kind = mlps.isEmpty() ? QString::fromLatin1(i == 0 ? "dense" : "sparse") : mlps[i];
        if (kind != QLatin1String("dense") && kind != QLatin1String("sparse")) {
            failLayerKind(r, "mlp_layer_types", i, kind);
            return;
        }
        s.layers[size_t(i)].moe = kind == QLatin1String("sparse");
    }
}

// A whole number in [1, kMaxDim] under `key` of the object config.json names `parent`, or `fallback` when it is
// absent; a bad one is reported on `parent`.
qint64 nestedDim(FieldReader& r, const char* parent, const json& object, const char* key, qint64 fallback)
{
    const auto it = object.find(key);
    if (it == object.end())
        return fallback;
    const json& v = *it;
    double value = -1;
    if (v.is_number_unsigned())
        value = double(std::min<quint64>(v.get<quint64>(), quint64(kMaxDim) + 1));
    else if (v.is_number())
        value = v.get<double>();
    if (value >= 1 && value <= double(kMaxDim) && value == double(qint64(value)))
        return qint64(value);
    r.fail(parent, Tr::tr("%1 must be a whole number from 1 to %2").arg(QLatin1String(key)).arg(kMaxDim));
    return fallback;
}

// Step 3.5/3.7's moe_layers_enum: the indexes of the layers with experts, as "3,4,5" or [3, 4, 5]; the MTP blocks
// follow the decoder's layers in that numbering.
QList<qint64> stepMoeLayers(FieldReader& r, const json& text, qint64 layers)
{
    QList<qint64> out;
    const json& v = text.at("moe_layers_enum");
    QStringList items;
    if (v.is_string()) {
        items = QString::fromStdString(v.get<std::string>()).split(u',', Qt::SkipEmptyParts);
    } else if (v.is_array()) {
        for (const json& e : v)
            items << (e.is_number_integer() ? QString::number(e.get<qint64>()) : QStringLiteral("?"));
    } else {
        r.fail("moe_layers_enum", Tr::tr("must be a list of layer indexes"));
        return {};
    }
    for (const QString& item : items) {
        bool ok = false;
        const qint64 layer = item.trimmed().toLongLong(&ok);
        if (!ok || layer < 0 || layer >= layers) {
            r.fail("moe_layers_enum",
                Tr::tr("'%1' is not a layer index from 0 to %2").arg(item.trimmed()).arg(layers - 1));
            return {};
        }
        out << layer;
    }
    return out;
}

// Step 3.5 Flash (step3p5) and Step 3.7 Flash (step3p7, whose text_config is a step3p5 config): grouped-query
// attention whose sliding layers take their shape from attention_other_setting (the published checkpoints: 96 query
// heads there, 64 in the full layers), a sigmoid gate per query head (g_proj) and q/k RMSNorms over each head; on
// the layers moe_layers_enum lists, moe_num_experts experts of moe_intermediate_size with a router bias beside one
// shared expert of share_expert_dim, elsewhere a dense MLP; and num_nextn_predict_layers MTP blocks, each a dense
// decoder layer with a head of its own, whose attention kind the entries of layer_types past num_hidden_layers give.
// Also read: the flat form NVIDIA's aiconfigurator stores (num_key_value_heads, num_experts, num_experts_per_tok,
// first_k_dense_replace), which has no attention_other_setting: its sliding layers get the full layers' shape, as
// llama.cpp's converter gives them when that object is missing.
void readStep(FieldReader& r, const json& text, ModelSpec& s)
{
    AttentionSpec& a = s.attention;
    if (r.has("num_attention_groups"))
        a.numKvHeads = r.integer("num_attention_groups", a.numKvHeads, 1, kMaxDim);
    a.headGate = r.boolean("use_head_wise_attn_gate", true);
    if (r.boolean("use_qk_norm", true))
        a.qkNorm = QkNorm::PerHead;
    if (const json* other = r.object("attention_other_setting")) {
        const AttentionSpec full = a;
        if (full.numKvHeads > 0 && full.numHeads % full.numKvHeads != 0)
            r.fail("num_attention_groups",
                Tr::tr("%1 does not divide the %2 attention heads").arg(full.numKvHeads).arg(full.numHeads));
        a.numHeads = nestedDim(r, "attention_other_setting", *other, "num_attention_heads", full.numHeads);
        a.numKvHeads = nestedDim(r, "attention_other_setting", *other, "num_attention_groups", full.numKvHeads);
        a.headDim = a.vHeadDim = nestedDim(r, "attention_other_setting", *other, "head_dim", full.headDim);
        if (a.numKvHeads > 0 && a.numHeads % a.numKvHeads != 0)
            r.fail("attention_other_setting",
                Tr::tr("%1 KV groups do not divide the %2 attention heads").arg(a.numKvHeads).arg(a.numHeads));
        if (a.numHeads != full.numHeads || a.numKvHeads != full.numKvHeads || a.headDim != full.headDim)
            s.globalAttention = full; // the full layers' shape
    }
    MoeSpec& m = s.moe;
    m.numExperts = r.required(r.has("moe_num_experts") ? "moe_num_experts" : "num_experts", 1, kMaxExperts);
    m.expertsPerToken = r.required(r.has("moe_top_k") ? "moe_top_k" : "num_experts_per_tok", 1, kMaxExperts);
    m.expertIntermediate = r.required("moe_intermediate_size", 1, kMaxDim);
    m.sharedExperts = r.integer("n_shared_experts", 1, 0, 1);
    m.sharedIntermediate = m.sharedExperts > 0 ? r.integer("share_expert_dim", m.expertIntermediate, 1, kMaxDim) : 0;
    m.correctionBias = r.boolean("use_moe_router_bias", true); // moe.router_bias, one per expert
    s.mtpLayers = r.integer("num_nextn_predict_layers", 0, 0, 16);
    s.mtpOwnHead = s.mtpLayers > 0;
    s.mtpLayerSpecs.assign(size_t(s.mtpLayers), LayerSpec {});
    if (r.has("moe_layers_enum")) {
        for (const qint64 layer : stepMoeLayers(r, text, s.numLayers + s.mtpLayers)) {
            if (layer < s.numLayers)
                s.layers[size_t(layer)].moe = true;
            else
                s.mtpLayerSpecs[size_t(layer - s.numLayers)].moe = true;
        }
    } else if (r.has("first_k_dense_replace")) {
        markMoeLayers(s, r.integer("first_k_dense_replace", 0, 0, kMaxLayers), 1, {});
    } else {
        r.fail("moe_layers_enum", Tr::tr("is missing (nor does first_k_dense_replace say which layers have experts)"));
    }
}

// Muse Glimmer (muse_glimmer_text): grouped-query attention without biases whose output passes a sigmoid gate per
// query feature from a projection of its own (gate_proj), RMSNorms before and after attention and the MLP, layer_types
// naming the sliding-window layers and layer_rope_theta the layers without RoPE (0). Its q/k RMSNorms have no weight
// in the checkpoint; llama.cpp's converter writes one per head that holds qk_scale_factor.
void readMuseGlimmer(FieldReader& r, const json&, ModelSpec& s)
{
    s.normsPerLayer = 4;
    s.attention.separateOutputGate = r.boolean("use_attn_output_gate", true);
    s.attention.qkNorm = QkNorm::PerHead;
    s.attention.qkNormGgufOnly = true;
    const json* thetas = r.array("layer_rope_theta");
    if (!thetas)
        return;
    if (qint64(thetas->size()) != s.numLayers) {
        r.fail("layer_rope_theta", Tr::tr("has %1 entries for %2 layers").arg(thetas->size()).arg(s.numLayers));
        return;
    }
    for (size_t i = 0; i < thetas->size(); ++i) {
        const json& t = (*thetas)[i];
        if (!t.is_number() || t.get<double>() < 0) {
            r.fail("layer_rope_theta", Tr::tr("entry %1 is not a frequency base (0: no RoPE)").arg(i));
            return;
        }
        s.layers[i].noRope = t.get<double>() == 0;
    }
}

// The 1-based layer numbers a Kimi linear_attn_config list holds (KimiLinearConfig.is_kda_layer tests layer + 1);
// nullopt, reported, when an entry is not a layer number, and empty when the list is absent.
std::optional<QList<qint64>> kimiLayerList(FieldReader& la, const char* key, qint64 layers)
{
    QList<qint64> out;
    const json* arr = la.array(key);
    if (!arr)
        return out;
    for (const json& v : *arr) {
        if (!v.is_number_integer() || v.get<qint64>() < 1 || v.get<qint64>() > layers) {
            la.fail(key, Tr::tr("must hold layer numbers from 1 to %1").arg(layers));
            return std::nullopt;
        }
        out << v.get<qint64>() - 1;
    }
    return out;
}

// Kimi Linear and Kimi-K3's layers: those of full_attn_layers run MLA, those of kda_layers (every other layer when
// it is absent) Kimi Delta Attention of num_heads heads of head_dim, each of q, k and v through a short
// convolution; use_full_rank_gate (Kimi-K3) gives the output gate one full-rank projection.
void readKimiDeltaLayers(FieldReader& r, const json& config, ModelSpec& s)
{
    FieldReader la = r.nested(config, "linear_attn_config");
    DeltaNetSpec& d = s.deltaNet;
    d.numKeyHeads = d.numValueHeads = la.required("num_heads", 1, kMaxDim);
    d.keyHeadDim = d.valueHeadDim = la.required("head_dim", 1, kMaxDim);
    d.convKernel = la.integer("short_conv_kernel_size", 4, 1, 1024);
    d.fullRankGate = la.boolean("use_full_rank_gate", false);
    const auto full = kimiLayerList(la, "full_attn_layers", s.numLayers);
    const auto kda = kimiLayerList(la, "kda_layers", s.numLayers);
    if (full && kda && !la.has("full_attn_layers"))
        la.fail("full_attn_layers", Tr::tr("is missing (it names the MLA layers)"));
    for (qint64 i = 0; full && kda && la.failures() == 0 && i < s.numLayers; ++i) {
        const bool attends = full->contains(i);
        const bool delta = la.has("kda_layers") ? kda->contains(i) : !attends;
        if (attends == delta) {
            la.fail(
                "kda_layers", Tr::tr("layer %1 must be in exactly one of full_attn_layers and kda_layers").arg(i + 1));
            break;
        }
        s.layers[size_t(i)].mixer = delta ? MixerKind::KimiDelta : MixerKind::Attention;
    }
    if (la.failures() > 0)
        r.fail("linear_attn_config", Tr::tr("could not be read"));
}

// Kimi Linear (KimiLinearForCausalLM; the text model of Kimi-K3): MLA layers between Kimi Delta Attention layers,
// with mla_use_output_gate a sigmoid gate per head before o_proj; DeepSeek-style experts (num_experts,
// num_experts_per_token, num_shared_experts of moe_intermediate_size, the first first_k_dense_replace layers dense,
// sigmoid routing with a correction bias). Kimi-K3's routed experts work at routed_expert_hidden_size between a
// projection down and one up (latent_moe_use_norm: an RMSNorm over the latent), and its attention residuals
// (attn_res_block_size) add per-layer score vectors.
void readKimiLinear(FieldReader& r, const json& text, ModelSpec& s)
{
    readMla(r, text, s.attention);
    s.attention.outputGate = r.boolean("mla_use_output_gate", false);
    if (const json* la = r.object("linear_attn_config"))
        readKimiDeltaLayers(r, *la, s);
    else
        r.fail("linear_attn_config", Tr::tr("is missing (it names the MLA and Kimi Delta Attention layers)"));
    MoeSpec& m = s.moe;
    m.numExperts = r.integer("num_experts", 0, 0, kMaxExperts);
    if (m.numExperts > 0) {
        m.expertsPerToken = r.required("num_experts_per_token", 1, kMaxExperts);
        m.expertIntermediate = r.required("moe_intermediate_size", 1, kMaxDim);
        m.sharedExperts = r.integer("num_shared_experts", 0, 0, 1024);
        m.sharedIntermediate = m.sharedExperts * m.expertIntermediate;
        m.correctionBias = true; // the router's e_score_correction_bias (llama.cpp's exp_probs_b)
        m.latentSize = r.integer("routed_expert_hidden_size", 0, 0, kMaxDim);
        m.routedLatent = m.latentSize > 0;
        m.latentNorm = m.routedLatent && r.boolean("latent_moe_use_norm", false);
        markMoeLayers(
            s, r.integer("first_k_dense_replace", 0, 0, kMaxLayers), r.integer("moe_layer_freq", 1, 1, kMaxLayers), {});
    }
    s.attnResBlockSize = r.integer("attn_res_block_size", 0, 0, kMaxLayers);
    s.mtpLayers = r.integer("num_nextn_predict_layers", 0, 0, 16);
}

// MiniMax sparse attention (sparse_attention_config): on the layers sparse_attention_freq marks, an indexer of
// sparse_num_index_heads query heads and one key head of sparse_index_dim picks sparse_topk_blocks blocks of
// sparse_block_size tokens for each query.
void readMiniMaxSparseAttention(FieldReader& r, const json& config, ModelSpec& s)
{
    FieldReader c = r.nested(config, "sparse_attention_config");
    if (!c.boolean("use_sparse_attention", true))
        return;
    AttentionSpec& a = s.attention;
    a.indexHeads = c.required("sparse_num_index_heads", 1, kMaxDim);
    a.indexHeadDim = c.required("sparse_index_dim", 1, kMaxDim);
    a.indexTopk = c.required("sparse_topk_blocks", 1, kMaxContext);
    a.indexBlock = c.required("sparse_block_size", 1, kMaxContext);
    const QList<bool> sparse = optionalLayerFlags(c, "sparse_attention_freq", s.numLayers);
    const QList<bool> noValue = optionalLayerFlags(c, "sparse_disable_index_value", s.numLayers);
    if (sparse.isEmpty() && c.failures() == 0)
        c.fail("sparse_attention_freq", Tr::tr("is missing (it names the sparse-attention layers)"));
    for (qsizetype i = 0; i < sparse.size(); ++i) {
        if (sparse[i] && !noValue.isEmpty() && !noValue[i]) {
            c.fail("sparse_disable_index_value",
                Tr::tr("layer %1 has an indexer with values, which is not supported yet").arg(i));
            break;
        }
        s.layers[size_t(i)].indexer = sparse[i];
    }
    if (c.failures() > 0)
        r.fail("sparse_attention_config", Tr::tr("could not be read"));
}

// MiniMax-M3: grouped-query attention with an RMSNorm over each query and key head (qk_norm_type "per_head"); dense
// MLPs of dense_intermediate_size on the layers moe_layer_freq marks 0, elsewhere num_local_experts experts of
// moe_intermediate_size with sigmoid routing, a correction bias and n_shared_experts shared experts of
// shared_intermediate_size; MiniMax sparse attention. The config counts MTP modules (num_mtp_modules), but the
// released weights hold none (llama.cpp's src/models/minimax-m3.cpp), so none are counted.
void readMiniMaxM3(FieldReader& r, const json&, ModelSpec& s)
{
    AttentionSpec& a = s.attention;
    if (r.boolean("use_qk_norm", true))
        a.qkNorm = r.string("qk_norm_type", QStringLiteral("per_head")) == QLatin1String("per_layer") ? QkNorm::Full
                                                                                                      : QkNorm::PerHead;
    if (r.boolean("attention_output_gate", false))
        r.fail("attention_output_gate", Tr::tr("an attention output gate is not supported for this family yet"));
    MoeSpec& m = s.moe;
    m.numExperts = r.required("num_local_experts", 1, kMaxExperts);
    m.expertsPerToken = r.required("num_experts_per_tok", 1, kMaxExperts);
    m.expertIntermediate = r.integer("moe_intermediate_size", s.ffn.intermediate, 1, kMaxDim);
    m.sharedExperts = r.integer("n_shared_experts", 0, 0, 1024);
    m.sharedIntermediate = m.sharedExperts * r.integer("shared_intermediate_size", m.expertIntermediate, 1, kMaxDim);
    m.correctionBias = r.boolean("use_routing_bias", true);
    s.ffn.intermediate = r.integer("dense_intermediate_size", s.ffn.intermediate, 1, kMaxDim);
    const QList<bool> moe = optionalLayerFlags(r, "moe_layer_freq", s.numLayers);
    if (moe.isEmpty())
        markMoeLayers(s, r.integer("first_k_dense_replace", 0, 0, kMaxLayers), 1, {});
    for (qsizetype i = 0; i < moe.size(); ++i)
        s.layers[size_t(i)].moe = moe[i];
    if (const json* sparse = r.object("sparse_attention_config"))
        readMiniMaxSparseAttention(r, *sparse, s);
}

// Adding a family: its defaults, a reader for what it adds to the shared fields and, if its config.json names a
// sliding window without layer_types, the rule for which layers use it. Phi-3's config names a window its engines
// do not apply to the cache, so it has no rule: full attention.
constexpr Family kFamilies[] = {
    { { "llama" }, { 32000, 4096, 11008, 32, 32, 0, 2048, false }, nullptr, nullptr, Tower::None },
    { { "mistral" }, { 32000, 4096, 14336, 32, 32, 8, 131072, false }, nullptr, slideEveryLayer, Tower::None },
    { { "qwen2" }, { 151936, 4096, 22016, 32, 32, 32, 32768, false }, readQwen2, slideQwen, Tower::None },
    { { "qwen3", "qwen3_vl" }, { 151936, 4096, 22016, 32, 32, 32, 32768, false }, readQwen3, slideQwen, Tower::None },
    { { "qwen2_moe" }, { 151936, 2048, 5632, 24, 16, 16, 32768, false }, readQwen2Moe, slideQwen, Tower::None },
    { { "qwen3_moe", "qwen3_vl_moe" }, { 151936, 2048, 6144, 24, 32, 4, 32768, false }, readQwen3Moe, slideQwen,
        Tower::None },
    { { "mixtral" }, { 32000, 4096, 14336, 32, 32, 8, 131072, false }, readMixtral, slideEveryLayer, Tower::None },
    { { "gemma" }, { 256000, 3072, 24576, 28, 16, 16, 8192, true }, readGemma, nullptr, Tower::None },
    { { "gemma2" }, { 256000, 2304, 9216, 26, 8, 4, 8192, true }, readGemma2, slideEvenLayers, Tower::None },
    { { "gemma3", "gemma3_text" }, { 262208, 2304, 9216, 26, 8, 4, 131072, true }, readGemma3, slideGemma3,
        Tower::Siglip },
    { { "phi3" }, { 32064, 3072, 8192, 32, 32, 0, 4096, false }, readPhi3, nullptr, Tower::None },
    { { "phimoe" }, { 32064, 4096, 6400, 32, 32, 8, 131072, false }, readPhiMoe, nullptr, Tower::None },
    { { "gpt_oss" }, { 201088, 2880, 2880, 36, 64, 8, 131072, false }, readGptOss, slideEvenLayers, Tower::None },
    { { "deepseek_v2" }, { 102400, 5120, 12288, 60, 128, 128, 163840, false }, readDeepseekV2, nullptr, Tower::None },
    { { "deepseek_v3", "kimi_k2", "kimi_k25" }, { 129280, 7168, 18432, 61, 128, 128, 163840, false }, readDeepseekV3,
        nullptr, Tower::None },
    { { "olmoe" }, { 50304, 2048, 1024, 16, 16, 16, 4096, false }, readOlmoe, nullptr, Tower::None },
    { { "qwen3_next" }, { 151936, 2048, 5632, 48, 16, 2, 32768, false }, readQwenHybridMoe, nullptr, Tower::None },
    { { "qwen3_5", "qwen3_5_text" }, { 0, 0, 0, 0, 0, 0, 262144, false }, readQwenHybrid, nullptr, Tower::None },
    { { "qwen3_5_moe", "qwen3_5_moe_text" }, { 0, 0, -1, 0, 0, 0, 262144, false }, readQwenHybridMoe, nullptr,
        Tower::None },
    { { "nemotron_h" }, { 0, 0, 0, -1, 0, 0, 4096, false }, readNemotronH, nullptr, Tower::None },
    { { "gemma4", "gemma4_text" }, { 0, 0, 0, 0, 0, 0, 131072, true }, readGemma4, nullptr, Tower::None },
    { { "llama4", "llama4_text" }, { 0, 0, 0, 0, 0, 0, 131072, false }, readLlama4, nullptr, Tower::None },
    { { "deepseek_v32" }, { 0, 0, 0, 0, 0, 0, 163840, false }, readDeepseekV32, nullptr, Tower::None },
    { { "glm_moe_dsa" }, { 0, 0, 0, 0, 0, 0, 202752, false }, readGlmMoeDsa, nullptr, Tower::None },
    { { "minimax_m2" }, { 0, 0, 0, 0, 0, 0, 196608, false }, readMiniMaxM2, nullptr, Tower::None },
    { { "lfm2" }, { 65536, 2560, 12288, 32, 32, 8, 128000, true }, readLfm2, nullptr, Tower::None },
    { { "glm4_moe" }, { 151552, 4096, 10944, 46, 96, 8, 131072, false }, readGlm4Moe, nullptr, Tower::None },
    { { "granitemoehybrid" }, { 32000, 4096, 11008, 32, 32, 0, 2048, false }, readGraniteMoeHybrid, nullptr,
        Tower::None },
    { { "mistral3" }, { 32000, 4096, 14336, 32, 32, 8, 131072, false }, nullptr, slideEveryLayer, Tower::Pixtral },
    { { "deepseek_v4" }, { 0, 0, -1, 0, 0, 0, 1048576, false }, readDeepseekV4, slideEveryLayer, Tower::None },
    { { "ministral3" }, { 131072, 4096, 14336, 34, 32, 8, 262144, false }, nullptr, slideEveryLayer, Tower::None },
    { { "mimo_v2_flash" }, { 0, 0, 0, 0, 0, 0, 262144, false }, readMimoV2Flash, slideAsRead, Tower::None },
    { { "laguna" }, { 100352, 2048, 8192, 40, 48, 8, 131072, false }, readLaguna, nullptr, Tower::None },
    { { "step3p5", "step3p7" }, { 0, 0, 0, 0, 0, 0, 262144, false }, readStep, nullptr, Tower::None },
    { { "muse_glimmer", "muse_glimmer_text" }, { 0, 0, 0, 0, 0, 0, 131072, false }, readMuseGlimmer, nullptr,
        Tower::None },
    { { "kimi_k3", "kimi_linear" }, { 0, 0, 0, 0, 0, 0, 1048576, false }, readKimiLinear, nullptr, Tower::None },
    { { "minimax_m3" }, { 0, 0, 0, 0, 0, 0, 1048576, false }, readMiniMaxM3, nullptr, Tower::None },
};

const Family* familyOf(const QString& modelType)
{
    for (const Family& f : kFamilies) {
        for (const char* name : f.modelTypes) {
            if (name && modelType == QLatin1String(name))
                return &f;
        }
    }
    return nullptr;
}

// The fields every family shares, with the family's defaults where config.json omits them. `top` is the whole
// config; `r` its text_config when `nested`, else the same object.
void readSharedFields(
    FieldReader& top, FieldReader& r, bool nested, const QString& modelType, const Defaults& d, ModelSpec& s)
{
    // A family without a default for a field requires it.
    // A family without a default for a field requires it; -1: optional, 0 when absent.
    const auto dim = [&r](const char* key, qint64 fallback, qint64 max) {
        if (fallback < 0)
            return r.integer(key, 0, 0, max);
        return fallback > 0 ? r.integer(key, fallback, 1, max) : r.required(key, 1, max);
    };
    s.modelType = nested ? r.string("model_type", modelType) : modelType;
    s.hiddenSize = dim("hidden_size", d.hidden, kMaxDim);
    s.vocabSize = dim("vocab_size", d.vocab, kMaxDim);
    s.numLayers = dim("num_hidden_layers", d.layers, kMaxLayers);
    s.maxContext = r.integer("max_position_embeddings", d.maxPos, 1, kMaxContext);
    s.tiedEmbeddings = top.boolean("tie_word_embeddings", r.boolean("tie_word_embeddings", d.tied));
    if (nested && !top.has("tie_word_embeddings") && !r.has("tie_word_embeddings"))
        s.tiedEmbeddings = d.tied;

    AttentionSpec& a = s.attention;
    a.numHeads = dim("num_attention_heads", d.heads, kMaxDim);
    a.numKvHeads = r.integer("num_key_value_heads", d.kvHeads > 0 ? d.kvHeads : a.numHeads, 1, kMaxDim);
    const qint64 defaultHeadDim = a.numHeads > 0 ? s.hiddenSize / a.numHeads : 0;
    a.headDim = r.integer("head_dim", defaultHeadDim, 1, kMaxDim);
    a.vHeadDim = a.headDim;
    a.qkvBias = r.boolean("attention_bias", false);
    a.outputBias = a.qkvBias;

    s.ffn.intermediate = dim("intermediate_size", d.intermediate, kMaxDim);
    s.ffn.bias = r.boolean("mlp_bias", false);
    s.layers.assign(static_cast<size_t>(std::max<qint64>(s.numLayers, 0)), LayerSpec {});
}

// Sliding-window layers: as layer_types lists them, else by the family's pattern.
void readSlidingWindow(FieldReader& r, const Family& family, ModelSpec& s)
{
    const qint64 window = r.integer("sliding_window", 0, 0, kMaxContext);
    QList<bool> sliding;
    if (const json* types = r.array("layer_types")) {
        for (const json& t : *types) {
            if (!t.is_string()) {
                r.fail("layer_types", Tr::tr("must hold strings"));
                break;
            }
            sliding << (t.get<std::string>() == "sliding_attention");
        }
        // Step 3.5/3.7 also list their MTP blocks, after the decoder's layers
        const qint64 mtp = qint64(s.mtpLayerSpecs.size());
        if (mtp > 0 && sliding.size() == s.numLayers + mtp) {
            for (qint64 k = 0; k < mtp; ++k)
                s.mtpLayerSpecs[size_t(k)].window
                    = sliding[s.numLayers + k] ? AttentionWindow::Sliding : AttentionWindow::Full;
            sliding.resize(s.numLayers);
        }
        if (sliding.size() != s.numLayers) {
            r.fail("layer_types", Tr::tr("has %1 entries for %2 layers").arg(sliding.size()).arg(s.numLayers));
            sliding.clear();
        }
    } else if (window > 0) {
        for (qint64 i = 0; i < s.numLayers; ++i)
            sliding << (family.sliding && family.sliding(r, s, i));
    }
    if (window > 0) {
        s.slidingWindow = window;
        for (qsizetype i = 0; i < sliding.size() && i < qsizetype(s.layers.size()); ++i)
            s.layers[static_cast<size_t>(i)].window = sliding[i] ? AttentionWindow::Sliding : AttentionWindow::Full;
    }
}

// Rope tensors that only GGUF files carry.
void readRopeTensors(FieldReader& r, const json& text, const QString& file, QList<ParseError>* errors, ModelSpec& s)
{
    const json* rope = r.object("rope_scaling");
    if (!rope)
        return;
    FieldReader rr(*rope, file, r.field("rope_scaling"), errors);
    const QString type = rr.string("rope_type", rr.string("type"));
    const double partial = text.contains("partial_rotary_factor") && text["partial_rotary_factor"].is_number()
        ? text["partial_rotary_factor"].get<double>()
        : 1.0;
    const qint64 rotary = static_cast<qint64>(double(s.attention.headDim) * partial);
    if (type == QLatin1String("llama3")) {
        s.ggufRopeTensors = 1;
        s.ggufRopeTensorSize = rotary / 2;
    } else if (type == QLatin1String("longrope") || type == QLatin1String("su")) {
        s.ggufRopeTensors = 2;
        s.ggufRopeTensorSize = rotary / 2;
    }
}

void readVision(FieldReader& top, const json& vision, const QString& file, const QString& where, Tower tower,
    ModelSpec& spec, QList<ParseError>* errors)
{
    FieldReader v(vision, file, where, errors);
    VisionSpec vs;
    const bool pixtral = tower == Tower::Pixtral;
    // transformers' SiglipVisionConfig and PixtralVisionConfig defaults
    vs.kind = pixtral ? VisionKind::Pixtral : VisionKind::Siglip;
    vs.hiddenSize = v.integer("hidden_size", pixtral ? 1024 : 768, 1, kMaxDim);
    vs.intermediateSize = v.integer("intermediate_size", pixtral ? 4096 : 3072, 1, kMaxDim);
    vs.numLayers = v.integer("num_hidden_layers", pixtral ? 24 : 12, 1, kMaxLayers);
    vs.patchSize = v.integer("patch_size", 16, 1, 4096);
    vs.imageSize = v.integer("image_size", pixtral ? 1024 : 224, 1, 65536);
    vs.numChannels = v.integer("num_channels", 3, 1, 16);
    vs.projectorOut = spec.hiddenSize;
    if (pixtral) {
        vs.mergeSize = top.integer("spatial_merge_size", 2, 1, 64);
        vs.projectorBias = top.boolean("multimodal_projector_bias", false);
    }
    if (v.failures() > 0)
        top.fail("vision_config", Tr::tr("could not be read"));
    spec.vision = vs;
}

// The towers whose vision_config FitPlanner reads beside the text model: each kind's fields, read by readTower.
// Qwen3-VL's (Qwen3VLVisionConfig and its defaults).
void qwen3VlTowerFields(FieldReader& v, FieldReader&, const ModelSpec& spec, VisionSpec& vs)
{
    vs.numLayers = v.integer("depth", 27, 1, kMaxLayers);
    vs.hiddenSize = v.integer("hidden_size", 1152, 1, kMaxDim);
    vs.intermediateSize = v.integer("intermediate_size", 4304, 1, kMaxDim);
    vs.numChannels = v.integer("in_channels", 3, 1, 16);
    vs.patchSize = v.integer("patch_size", 16, 1, 4096);
    vs.temporalPatch = v.integer("temporal_patch_size", 2, 1, 64);
    vs.spatialMerge = v.integer("spatial_merge_size", 2, 1, 64);
    vs.positionEmbeddings = v.integer("num_position_embeddings", 2304, 1, kMaxDim);
    vs.projectorOut = v.integer("out_hidden_size", spec.hiddenSize, 1, kMaxDim);
    if (const json* taps = v.array("deepstack_visual_indexes"))
        vs.deepstackMergers = qint64(taps->size());
}

// Gemma 4's (gemma4_vision; the defaults are those of the published 26B-A4B and 31B towers).
void gemma4TowerFields(FieldReader& v, FieldReader&, const ModelSpec& spec, VisionSpec& vs)
{
    vs.numLayers = v.integer("num_hidden_layers", 27, 1, kMaxLayers);
    vs.hiddenSize = v.integer("hidden_size", 1152, 1, kMaxDim);
    vs.intermediateSize = v.integer("intermediate_size", 4304, 1, kMaxDim);
    vs.numHeads = v.integer("num_attention_heads", 16, 1, kMaxDim);
    vs.numKvHeads = v.integer("num_key_value_heads", vs.numHeads, 1, kMaxDim);
    vs.headDim = v.integer("head_dim", vs.hiddenSize / std::max<qint64>(vs.numHeads, 1), 1, kMaxDim);
    vs.patchSize = v.integer("patch_size", 16, 1, 4096);
    vs.positionEmbeddings = v.integer("position_embedding_size", 10240, 1, kMaxDim);
    vs.standardize = v.boolean("standardize", false);
    vs.clippedLinears = v.boolean("use_clipped_linears", false);
    vs.projectorOut = spec.hiddenSize;
}

// Llama 4's (llama4_vision_model; the defaults are Llama4VisionConfig's).
void llama4TowerFields(FieldReader& v, FieldReader&, const ModelSpec& spec, VisionSpec& vs)
{
    vs.numLayers = v.integer("num_hidden_layers", 34, 1, kMaxLayers);
    vs.hiddenSize = v.integer("hidden_size", 768, 1, kMaxDim);
    vs.intermediateSize = v.integer("intermediate_size", 5632, 1, kMaxDim);
    vs.numChannels = v.integer("num_channels", 3, 1, 16);
    vs.imageSize = v.integer("image_size", 448, 1, 1 << 20);
    vs.patchSize = v.integer("patch_size", 14, 1, 4096);
    vs.projectorIn = v.integer("projector_input_dim", 4096, 1, kMaxDim);
    vs.projectorMid = v.integer("projector_output_dim", 4096, 1, kMaxDim);
    vs.visionOutput = v.integer("vision_output_dim", 7680, 1, kMaxDim);
    vs.projectorBias = v.boolean("multi_modal_projector_bias", false);
    vs.projectorOut = spec.hiddenSize;
    if (vs.patchSize > vs.imageSize)
        v.fail("patch_size", Tr::tr("%1 exceeds the image_size of %2").arg(vs.patchSize).arg(vs.imageSize));
}

// Muse Glimmer's (the defaults of its MuseGlimmerVisionConfig) and the projector fields beside it.
void museGlimmerTowerFields(FieldReader& v, FieldReader& top, const ModelSpec& spec, VisionSpec& vs)
{
    vs.hiddenSize = v.integer("hidden_size", 1536, 1, kMaxDim);
    vs.intermediateSize = v.integer("intermediate_size", 8960, 1, kMaxDim);
    vs.numLayers = v.integer("num_hidden_layers", 50, 1, kMaxLayers);
    vs.patchSize = v.integer("patch_size", 14, 1, 4096);
    vs.temporalPatch = v.integer("patch_temporal", 2, 1, 64);
    vs.mergeSize = v.integer("merge_size", 2, 1, 64);
    vs.positionGrid = v.integer("pos_emb_height", 32, 1, 65536) * v.integer("pos_emb_width", 32, 1, 65536);
    vs.projectorHidden = top.integer("projector_hidden_size", 4096, 1, kMaxDim);
    vs.projectorOut = spec.hiddenSize;
    const qint64 joined = vs.hiddenSize * vs.mergeSize * vs.mergeSize;
    if (top.integer("out_hidden_size", joined, 1, kMaxDim) != joined)
        top.fail("out_hidden_size",
            Tr::tr("must be the vision width x merge_size^2 (%1), the width the adapter reads").arg(joined));
}

// Reads `vision`, the config's vision_config, into spec.vision as a tower of `kind`; a field that cannot be read
// fails vision_config as a whole.
void readTower(FieldReader& top, const json& vision, const QString& file, const QString& where, VisionKind kind,
    ModelSpec& spec, QList<ParseError>* errors)
{
    FieldReader v(vision, file, where, errors);
    VisionSpec vs;
    vs.kind = kind;
    switch (kind) {
    case VisionKind::Qwen3Vl:
        qwen3VlTowerFields(v, top, spec, vs);
        break;
    case VisionKind::Gemma4:
        gemma4TowerFields(v, top, spec, vs);
        break;
    case VisionKind::Llama4:
        llama4TowerFields(v, top, spec, vs);
        break;
    case VisionKind::MuseGlimmer:
        museGlimmerTowerFields(v, top, spec, vs);
        break;
    case VisionKind::Siglip:
    case VisionKind::Pixtral:
        break; // readVision reads these two with the family's tower
    }
    if (v.failures() > 0)
        top.fail("vision_config", Tr::tr("could not be read"));
    spec.vision = vs;
}

// Head counts that must divide, and widths that are each in range but multiply into absurd tensors.
void checkConsistency(FieldReader& top, FieldReader& r, const ModelSpec& s)
{
    const AttentionSpec& a = s.attention;
    if (a.numKvHeads > 0 && a.numHeads % a.numKvHeads != 0 && !a.isMla())
        r.fail("num_key_value_heads",
            Tr::tr("%1 does not divide the %2 attention heads").arg(a.numKvHeads).arg(a.numHeads));

    // 2^24 experts x 2^24 x 2^24 passes every range check: no real model has more than about 10^13 parameters,
    // so refuse what would exceed 2^50.
    if (top.failures() == 0 && r.failures() == 0) {
        qint64 total = 0;
        for (const TensorSpec& t : tensorLayout(s, TensorNames::None))
            total = satAdd(total, t.elements());
        if (total > (qint64(1) << 50))
            top.fail(
                "model_type", Tr::tr("these dimensions imply %1 parameters, far beyond any real model").arg(total));
    }
}

// `data` with the bare tokens NaN, Infinity and -Infinity outside strings replaced by null.
QByteArray withoutNonFiniteNumbers(const QByteArray& data)
{
    QByteArray out;
    out.reserve(data.size());
    bool inString = false;
    for (qsizetype i = 0; i < data.size(); ++i) {
        const char c = data[i];
        if (inString) {
            out.append(c);
            if (c == '\\' && i + 1 < data.size())
                out.append(data[++i]);
            else if (c == '"')
                inString = false;
            continue;
        }
        if (c == '"')
            inString = true;
        const QByteArrayView rest = QByteArrayView(data).sliced(i);
        bool replaced = false;
        for (const char* token : { "-Infinity", "Infinity", "NaN" }) {
            if (rest.startsWith(token)) {
                out.append("null");
                i += qsizetype(std::strlen(token)) - 1;
                replaced = true;
                break;
            }
        }
        if (!replaced)
            out.append(c);
    }
    return out;
}

} // namespace

namespace detail {

std::optional<ModelSpec> specFromConfig(
    const json& config, const QString& file, const QString& where, QList<ParseError>* errors)
{
    if (!config.is_object()) {
        if (errors)
            errors->append({ file, where, Tr::tr("must be a JSON object") });
        return std::nullopt;
    }
    FieldReader top(config, file, where, errors);
    const QString modelType = top.string("model_type");
    if (modelType.isEmpty()) {
        top.fail("model_type", Tr::tr("is missing"));
        return std::nullopt;
    }
    const Family* family = familyOf(modelType);
    if (!family) {
        top.fail("model_type",
            Tr::tr("'%1' is not a supported architecture (supported: %2)")
                .arg(modelType, supportedModelTypes().join(QStringLiteral(", "))));
        return std::nullopt;
    }

    // Multimodal Gemma 3 nests the language model in text_config.
    const json* textConfig = top.object("text_config");
    const json& text = textConfig ? *textConfig : config;
    const QString textWhere = textConfig ? top.field("text_config") : where;
    FieldReader r(text, file, textWhere, errors);

    ModelSpec s;
    readSharedFields(top, r, textConfig != nullptr, modelType, family->defaults, s);
    if (family->read)
        family->read(r, text, s);
    if (s.ffn.intermediate == 0
        && std::any_of(s.layers.cbegin(), s.layers.cend(), [](const LayerSpec& l) { return l.hasFfn && !l.moe; }))
        r.fail("intermediate_size", Tr::tr("is missing (the model has dense feed-forward layers)"));
    if (s.moe.numExperts > 0 && s.moe.expertsPerToken > s.moe.numExperts)
        r.fail("num_experts_per_tok",
            Tr::tr("%1 exceeds the %2 experts").arg(s.moe.expertsPerToken).arg(s.moe.numExperts));
    readSlidingWindow(r, *family, s);
    if (s.globalAttention.numHeads > 0) {
        for (LayerSpec& l : s.layers) // Gemma 4: the full-attention layers have the global shape
            l.globalShape = !l.isWindowed();
        for (LayerSpec& l : s.mtpLayerSpecs)
            l.globalShape = !l.isWindowed();
    }
    readRopeTensors(r, text, file, errors, s);
    const json* vision = top.object("vision_config");
    if (vision && family->tower != Tower::None)
        readVision(top, *vision, file, top.field("vision_config"), family->tower, s, errors);
    else if (vision) {
        // Qwen3.5 / 3.6 carry Qwen3-VL's tower without its DeepStack mergers (Qwen3_5VisionModel deletes them).
        static const QHash<QString, VisionKind> towers { { QStringLiteral("qwen3_vl"), VisionKind::Qwen3Vl },
            { QStringLiteral("qwen3_vl_moe"), VisionKind::Qwen3Vl }, { QStringLiteral("qwen3_5"), VisionKind::Qwen3Vl },
            { QStringLiteral("qwen3_5_moe"), VisionKind::Qwen3Vl }, { QStringLiteral("llama4"), VisionKind::Llama4 },
            { QStringLiteral("gemma4"), VisionKind::Gemma4 },
            { QStringLiteral("muse_glimmer"), VisionKind::MuseGlimmer } };
        if (const auto it = towers.constFind(modelType); it != towers.constEnd())
            readTower(top, *vision, file, top.field("vision_config"), *it, s, errors);
    }
    checkConsistency(top, r, s);

    s.nativeDtype = top.string("torch_dtype", top.string("dtype", r.string("torch_dtype", QStringLiteral("bfloat16"))));
    // The checkpoint's own weight format: quantization_config names it (a recipe when one stores it that way).
    const auto quant = quantizationFromConfig(config, file, where, errors);
    if (top.failures() > 0 || r.failures() > 0 || !quant)
        return std::nullopt;
    s.nativeRecipe = quant->recipeId;
    // DeepSeek-V4 keeps its routed experts in MXFP4 beside the FP8 block-scaled rest (expert_dtype "fp4").
    if (s.deepseekV4.fp4Experts && s.nativeRecipe == QLatin1String("FP8"))
        s.nativeRecipe = QStringLiteral("FP8-MXFP4");
    // A dense model whose checkpoint leaves the attention in 16-bit (Gemma 4 31B NVFP4) has no experts to hold
    // the format: its MLPs do. The nearest recipe quantizes every linear weight, the attention included.
    if (s.moe.numExperts == 0 && s.nativeRecipe == QLatin1String("NVFP4-EXPERTS"))
        s.nativeRecipe = QStringLiteral("NVFP4");
    if (s.moe.numExperts == 0 && s.nativeRecipe == QLatin1String("FP8-EXPERTS"))
        s.nativeRecipe = QStringLiteral("FP8");
    return s;
}

} // namespace detail

namespace {

// A config.json nests a few objects (text_config, rope_scaling, quantization_config ...); deeper is not one.
constexpr int kMaxConfigDepth = 64;

} // namespace

std::optional<ModelSpec> parseHfConfig(const QByteArray& data, const QString& file, QList<ParseError>* errors)
{
    QString why;
    const auto budget = detail::jsonBudget(data.size(), kMaxConfigDepth);
    auto config = detail::parseBoundedJson(data, budget, &why);
    // Python's json.dump writes NaN and Infinity (Nemotron-H's time_step_limit); no field read here needs them, so
    // a file that is not JSON only because of them is read with them as null. A file refused for its depth or its
    // budget, or without those words, is not rewritten and parsed again.
    const bool nonFinite = data.contains("NaN") || data.contains("Infinity");
    if (!config && nonFinite && why == detail::jsonMalformedReason()) {
        const QByteArray standard = withoutNonFiniteNumbers(data);
        if (standard != data)
            config = detail::parseBoundedJson(standard, budget, nullptr);
    }
    if (!config) {
        if (errors)
            errors->append({ file, QString(), why });
        return std::nullopt;
    }
    return detail::specFromConfig(*config, file, QString(), errors);
}

QString configModelName(const QString& configPath)
{
    const QFileInfo info(configPath);
    return info.fileName().compare(QLatin1String("config.json"), Qt::CaseInsensitive) == 0
        ? info.absoluteDir().dirName()
        : info.completeBaseName();
}

QStringList supportedModelTypes()
{
    QStringList out;
    for (const Family& f : kFamilies) {
        for (const char* name : f.modelTypes) {
            if (name)
                out << QString::fromLatin1(name);
        }
    }
    return out;
}

} // namespace Planner
