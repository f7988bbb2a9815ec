// SPDX-FileCopyrightText: 2026 The FitPlanner authors
// SPDX-License-Identifier: MIT

#include "tensorlayout.h"

#include <algorithm>
#include <cstdio>
#include <cstring>

namespace Planner {

namespace {

class LayoutBuilder
{
public:
    LayoutBuilder(std::vector<TensorSpec>& out, bool withNames)
        : m_out(out)
        , m_withNames(withNames)
    { }

    void matrix(TensorRole role, int layer, const char* name, qint64 ne0, qint64 ne1, qint64 ne2 = 1, bool inHf = true,
        bool inGguf = true)
    {
        TensorSpec t;
        t.role = role;
        t.layer = layer;
        t.base = name;
        if (m_withNames)
            t.name = fullName(layer, name, "weight");
        t.nDims = ne2 > 1 ? 3 : 2;
        t.ne0 = ne0;
        t.ne1 = ne1;
        t.ne2 = ne2;
        t.inHf = inHf;
        t.inGguf = inGguf;
        m_out.push_back(t);
    }

    void vector(TensorRole role, int layer, const char* name, qint64 ne0, bool isBias = false, qint64 ne1 = 1,
        bool inHf = true, bool inGguf = true)
    {
        TensorSpec t;
        t.role = role;
        t.layer = layer;
        t.base = name;
        if (m_withNames)
            t.name = fullName(layer, name, isBias ? "bias" : "weight");
        t.nDims = ne1 > 1 ? 2 : 1;
        t.ne0 = ne0;
        t.ne1 = ne1;
        t.bias = isBias;
        t.inHf = inHf;
        t.inGguf = inGguf;
        m_out.push_back(t);
    }

    // A 1-D parameter llama.cpp names with another suffix than ".weight": none for the SSM's A and D
    // ("blk.0.ssm_a"), ".scale" for Gemma 4's router scales ("blk.0.ffn_gate_inp.scale").
    void bareVector(TensorRole role, int layer, const char* name, qint64 ne0, const char* suffix = "")
    {
        vector(role, layer, name, ne0);
        if (m_withNames)
            m_out.back().name = fullName(layer, name, suffix);
    }

    // A projection with an optional bias of ne1 elements.
    void linear(TensorRole role, int layer, const char* name, qint64 ne0, qint64 ne1, bool withBias)
    {
        matrix(role, layer, name, ne0, ne1);
        if (withBias)
            vector(role, layer, name, ne1, true);
    }

    void norm(TensorRole role, int layer, const char* name, qint64 size, bool withBias)
    {
        vector(role, layer, name, size);
        if (withBias)
            vector(role, layer, name, size, true);
    }

    size_t size() const { return m_out.size(); }

    // Gemma 4 E-series: a layer that reads another layer's KV still has k_proj, v_proj and k_norm in the published
    // checkpoint, which the GGUF converter keeps and llama.cpp loads, while transformers skips them on load.
    void markCheckpointOnlyKv(size_t from)
    {
        for (size_t i = from; i < m_out.size(); ++i) {
            const TensorRole r = m_out[i].role;
            if (r == TensorRole::AttnK || r == TensorRole::AttnV || r == TensorRole::AttnKNorm)
                m_out[i].inHf = false;
        }
    }

    void markMtp(size_t from, bool inGguf)
    {
        for (size_t i = from; i < m_out.size(); ++i) {
            m_out[i].mtp = true;
            m_out[i].inGguf = m_out[i].inGguf && inGguf;
        }
    }

private:
    static QString fullName(int layer, const char* name, const char* suffix)
    {
        // One allocation per name: this runs for every tensor of every estimate that misses the cache.
        QString out;
        out.reserve(qsizetype(std::strlen(name)) + 20);
        if (layer >= 0) {
            out.append(QLatin1String("blk."));
            char digits[12];
            const int n = std::snprintf(digits, sizeof digits, "%d.", layer);
            out.append(QLatin1String(digits, n));
        }
        out.append(QLatin1String(name));
        if (*suffix)
            out.append(u'.').append(QLatin1String(suffix));
        return out;
    }

private:
    std::vector<TensorSpec>& m_out;
    bool m_withNames;
};

// Mistral 3's Pixtral tower (transformers' PixtralVisionModel and Mistral3MultiModalProjector): a patch
// convolution and ln_pre without biases; per layer two RMSNorms, q/k/v/o and a gated MLP without biases; the
// projector's RMSNorm, the patch merger's merging_layer (mergeSize^2 patches into one) and two linears into the
// text width.
qint64 pixtralParameters(const VisionSpec& v)
{
    const qint64 d = v.hiddenSize;
    const qint64 t = v.projectorOut;
    const qint64 embeddings = v.numChannels * v.patchSize * v.patchSize * d + d;
    const qint64 perLayer = 2 * d + 4 * d * d + 3 * d * v.intermediateSize;
    const qint64 bias = v.projectorBias ? 1 : 0;
    const qint64 projector = d + d * v.mergeSize * v.mergeSize * d + (d * t + bias * t) + (t * t + bias * t);
    return embeddings + v.numLayers * perLayer + projector;
}

// Qwen3-VL's tower (transformers' Qwen3VLVisionModel): a Conv3d patch embedding with bias, a learned position table,
// pre-norm blocks with LayerNorms, a fused qkv and biased linears, then the patch merger (LayerNorm over one patch,
// two linears over spatialMerge^2 patches joined) and one DeepStack merger per tapped block (its LayerNorm over the
// joined patches).
qint64 qwen3VlVisionParameters(const VisionSpec& v)
{
    const qint64 d = v.hiddenSize;
    const qint64 ff = v.intermediateSize;
    const qint64 patch = satAdd(satMul(satMul(v.numChannels * v.temporalPatch, v.patchSize * v.patchSize), d), d);
    const qint64 positions = satMul(v.positionEmbeddings, d);
    const qint64 block = satAdd(satAdd(4 * d, 3 * d * d + 3 * d), satAdd(d * d + d, satAdd(d * ff + ff, ff * d + d)));
    const qint64 joined = d * v.spatialMerge * v.spatialMerge;
    const auto merger = [&](qint64 normWidth) {
        return satAdd(2 * normWidth, satAdd(joined * joined + joined, joined * v.projectorOut + v.projectorOut));
    };
    return satAdd(satAdd(patch, positions),
        satAdd(satMul(v.numLayers, block), satAdd(merger(d), satMul(v.deepstackMergers, merger(joined)))));
}

// Muse Glimmer's tower (the vision_tower, vision_adapter and vision_projection of the checkpoint): a patch
// projection without bias over patchTemporal frames, a learned position grid, LayerNorms with biases (ln_pre, two per
// block, ln_post), q/k/v/proj and fc1/fc2 with biases; then the adapter's two linears from the mergeSize^2 patches
// joined and the projection into the text width, all without biases (the final RMSNorm has no weight).
qint64 museGlimmerVisionParameters(const VisionSpec& v)
{
    const qint64 d = v.hiddenSize;
    const qint64 ff = v.intermediateSize;
    const qint64 p = v.projectorHidden;
    const qint64 patch = satMul(satMul(v.temporalPatch * v.numChannels, v.patchSize * v.patchSize), d);
    const qint64 block = satAdd(satAdd(4 * d, 4 * (d * d + d)), satAdd(d * ff + ff, ff * d + d));
    const qint64 joined = d * v.mergeSize * v.mergeSize;
    const qint64 adapter = satAdd(satAdd(joined * p, p * p), p * v.projectorOut);
    return satAdd(satAdd(patch, satMul(v.positionGrid, d)), satAdd(satMul(v.numLayers, block), 4 * d + adapter));
}

// Gemma 4's tower (transformers' Gemma4VisionModel and the Gemma4MultimodalEmbedder into the text model): the patch
// projection without bias, a position table of positionEmbeddings rows per axis (x and y), per block four RMSNorms,
// q/k/v/o without biases with per-head q and k RMSNorms (v's has no weight), a gated MLP without biases; the
// standardization's bias and scale; the embedder's projection into the text width (its norm has no weight). With
// clipped linears each of a block's seven linears keeps four scalar bounds.
qint64 gemma4VisionParameters(const VisionSpec& v)
{
    const qint64 d = v.hiddenSize;
    const qint64 ff = v.intermediateSize;
    const qint64 q = v.numHeads * v.headDim;
    const qint64 kv = v.numKvHeads * v.headDim;
    const qint64 patch = satMul(v.numChannels * v.patchSize * v.patchSize, d);
    const qint64 positions = satMul(2 * v.positionEmbeddings, d);
    const qint64 block = satAdd(satAdd(4 * d, 2 * v.headDim),
        satAdd(satAdd(d * q + 2 * d * kv, q * d), satAdd(3 * d * ff, v.clippedLinears ? 7 * 4 : 0)));
    const qint64 standardize = v.standardize ? 2 * d : 0;
    return satAdd(satAdd(patch, positions), satAdd(satMul(v.numLayers, block), standardize + d * v.projectorOut));
}

// Llama 4's tower (transformers' Llama4VisionModel and Llama4MultiModalProjector): the unfolded patch projection
// without bias, a class embedding, (image / patch)^2 + 1 learned positions, LayerNorms with biases before and after
// the blocks, per block two LayerNorms, q/k/v/o and fc1/fc2 all with biases; the pixel-shuffle MLP's fc1
// (intermediate_size -> projector_input_dim) and fc2 (projector_output_dim square) without biases; the projector's
// linear from vision_output_dim into the text width, with a bias where multi_modal_projector_bias says so.
qint64 llama4VisionParameters(const VisionSpec& v)
{
    const qint64 d = v.hiddenSize;
    const qint64 ff = v.intermediateSize;
    const qint64 side = v.imageSize / v.patchSize;
    const qint64 patch = satMul(v.numChannels * v.patchSize * v.patchSize, d);
    const qint64 positions = satMul(side * side + 1, d);
    const qint64 block = satAdd(satAdd(4 * d, 4 * (d * d + d)), satAdd(d * ff + ff, ff * d + d));
    const qint64 adapter = satAdd(satMul(ff, v.projectorIn), satMul(v.projectorMid, v.projectorMid));
    const qint64 projector = satAdd(satMul(v.visionOutput, v.projectorOut), v.projectorBias ? v.projectorOut : 0);
    return satAdd(satAdd(patch, d + positions + 4 * d), satAdd(satMul(v.numLayers, block), adapter + projector));
}

qint64 visionParameters(const VisionSpec& v)
{
    if (!v.isPresent() || v.patchSize <= 0)
        return 0;
    if (v.kind == VisionKind::Pixtral)
        return pixtralParameters(v);
    if (v.kind == VisionKind::Qwen3Vl)
        return qwen3VlVisionParameters(v);
    if (v.kind == VisionKind::MuseGlimmer)
        return museGlimmerVisionParameters(v);
    if (v.kind == VisionKind::Gemma4)
        return gemma4VisionParameters(v);
    if (v.kind == VisionKind::Llama4)
        return llama4VisionParameters(v);
    const qint64 d = v.hiddenSize;
    const qint64 patches = (v.imageSize / v.patchSize) * (v.imageSize / v.patchSize);
    const qint64 embeddings = v.numChannels * v.patchSize * v.patchSize * d + d + patches * d;
    const qint64 perLayer = 2 * 2 * d // two LayerNorms (weight + bias)
        + 4 * (d * d + d) // q, k, v, out with biases
        + (d * v.intermediateSize + v.intermediateSize) + (v.intermediateSize * d + d); // fc1, fc2
    const qint64 postNorm = 2 * d;
    const qint64 projector = v.projectorOut > 0 ? d * v.projectorOut + d : 0; // projection + soft-embedding norm
    return embeddings + v.numLayers * perLayer + postNorm + projector;
}

void addMla(LayoutBuilder& b, const ModelSpec& s, const AttentionSpec& a, bool withIndexer, int il)
{
    const qint64 n = s.hiddenSize;
    const qint64 qkHead = a.nopeHeadDim + a.ropeHeadDim;
    if (a.qLoraRank > 0) {
        b.matrix(TensorRole::AttnQA, il, "attn_q_a", n, a.qLoraRank);
        b.norm(TensorRole::AttnQANorm, il, "attn_q_a_norm", a.qLoraRank, false);
        b.matrix(TensorRole::AttnQB, il, "attn_q_b", a.qLoraRank, a.numHeads * qkHead);
    } else {
        b.matrix(TensorRole::AttnQ, il, "attn_q", n, a.numHeads * qkHead);
    }
    b.matrix(TensorRole::AttnKvAMqa, il, "attn_kv_a_mqa", n, a.kvLoraRank + a.ropeHeadDim);
    b.norm(TensorRole::AttnKvANorm, il, "attn_kv_a_norm", a.kvLoraRank, false);
    // Hugging Face keeps kv_b_proj whole; llama.cpp's converter splits it into per-head K and V
    // up-projections for the absorbed MLA path. Same parameters, different tensors.
    b.matrix(
        TensorRole::AttnKvB, il, "attn_kv_b", a.kvLoraRank, a.numHeads * (a.nopeHeadDim + a.vHeadDim), 1, true, false);
    b.matrix(TensorRole::AttnKvB, il, "attn_k_b", a.nopeHeadDim, a.kvLoraRank, a.numHeads, false, true);
    b.matrix(TensorRole::AttnKvB, il, "attn_v_b", a.kvLoraRank, a.vHeadDim, a.numHeads, false, true);
    if (a.outputGate) // Kimi-K3: g_proj, a sigmoid gate on each head's value output
        b.matrix(TensorRole::AttnGate, il, "attn_gate", n, a.numHeads * a.vHeadDim);
    b.linear(TensorRole::AttnOutput, il, "attn_output", a.numHeads * a.vHeadDim, n, a.outputBias);
    if (a.hasIndexer() && withIndexer) {
        // The lightning indexer: its own queries from the q latent, one shared key head with a LayerNorm, and a
        // weight per indexer head.
        b.norm(TensorRole::IndexerKNorm, il, "indexer.k_norm", a.indexHeadDim, true);
        b.matrix(TensorRole::IndexerProj, il, "indexer.proj", n, a.indexHeads);
        b.matrix(TensorRole::IndexerAttnK, il, "indexer.attn_k", n, a.indexHeadDim);
        b.matrix(TensorRole::IndexerAttnQB, il, "indexer.attn_q_b", a.qLoraRank, a.indexHeads * a.indexHeadDim);
    }
}

void addAttention(LayoutBuilder& b, const ModelSpec& s, const AttentionSpec& a, bool withIndexer, int il)
{
    if (a.isMla()) {
        addMla(b, s, a, withIndexer, il);
        return;
    }
    const qint64 n = s.hiddenSize;
    const qint64 qOut = a.numHeads * a.headDim * (a.outputGate ? 2 : 1);
    const qint64 kvOut = a.numKvHeads * a.headDim;
    const qint64 vOut = a.valueFromKey ? 0 : a.numKvHeads * a.vHeadDim;
    if (a.fusedQkv) {
        b.linear(TensorRole::AttnQkv, il, "attn_qkv", n, qOut + kvOut + vOut, a.qkvBias);
    } else {
        b.linear(TensorRole::AttnQ, il, "attn_q", n, qOut, a.qkvBias);
        b.linear(TensorRole::AttnK, il, "attn_k", n, kvOut, a.qkvBias);
        if (vOut > 0)
            b.linear(TensorRole::AttnV, il, "attn_v", n, vOut, a.qkvBias);
    }
    b.linear(TensorRole::AttnOutput, il, "attn_output", a.numHeads * a.vHeadDim, n, a.outputBias);
    if (a.headGate) // Step 3.5/3.7's g_proj: one gate per head
        b.matrix(TensorRole::AttnGate, il, "attn_gate", n, a.numHeads);
    else if (a.separateOutputGate) // Muse Glimmer's gate_proj: one gate per query feature
        b.matrix(TensorRole::AttnGate, il, "attn_gate", n, a.numHeads * a.vHeadDim);
    if (a.qkNorm == QkNorm::PerHead) {
        b.vector(TensorRole::AttnQNorm, il, "attn_q_norm", a.headDim, false, 1, !a.qkNormGgufOnly);
        b.vector(TensorRole::AttnKNorm, il, "attn_k_norm", a.headDim, false, 1, !a.qkNormGgufOnly);
    } else if (a.qkNorm == QkNorm::Full) {
        b.norm(TensorRole::AttnQNorm, il, "attn_q_norm", qOut, false);
        b.norm(TensorRole::AttnKNorm, il, "attn_k_norm", kvOut, false);
    }
    if (a.sinks)
        b.vector(TensorRole::AttnSinks, il, "attn_sinks", a.numHeads);
    if (a.headGateWidth > 0) // Laguna's g_proj: llama.cpp's attn_gate
        b.matrix(TensorRole::AttnGate, il, "attn_gate", n, a.numHeads * a.headGateWidth);
    if (a.hasIndexer() && withIndexer) {
        // MiniMax sparse attention's indexer: its own query heads and one key head from the hidden state, each
        // normalised over the head.
        b.matrix(TensorRole::IndexerQkProj, il, "indexer.q_proj", n, a.indexHeads * a.indexHeadDim);
        b.matrix(TensorRole::IndexerQkProj, il, "indexer.k_proj", n, a.indexHeadDim);
        b.norm(TensorRole::IndexerKNorm, il, "indexer.q_norm", a.indexHeadDim, false);
        b.norm(TensorRole::IndexerKNorm, il, "indexer.k_norm", a.indexHeadDim, false);
    }
}

// Gated DeltaNet (Qwen3-Next's in_proj_qkvz and in_proj_ba; Qwen3.5 splits them into qkv, z, b and a: the same
// parameters).
void addDeltaNet(LayoutBuilder& b, const ModelSpec& s, int il)
{
    const DeltaNetSpec& d = s.deltaNet;
    const qint64 n = s.hiddenSize;
    b.matrix(TensorRole::SsmIn, il, "attn_qkv", n, d.convChannels());
    b.matrix(TensorRole::AttnGate, il, "attn_gate", n, d.valueDim());
    b.matrix(TensorRole::SsmConv1d, il, "ssm_conv1d", d.convKernel, d.convChannels());
    b.vector(TensorRole::SsmDt, il, "ssm_dt", d.numValueHeads, true);
    b.bareVector(TensorRole::SsmA, il, "ssm_a", d.numValueHeads);
    if (s.modelType == QLatin1String("qwen3_next")) { // in_proj_ba: beta and alpha in one projection
        b.matrix(TensorRole::SsmBetaAlpha, il, "ssm_ba", n, 2 * d.numValueHeads);
    } else {
        b.matrix(TensorRole::SsmBetaAlpha, il, "ssm_beta", n, d.numValueHeads);
        b.matrix(TensorRole::SsmBetaAlpha, il, "ssm_alpha", n, d.numValueHeads);
    }
    b.norm(TensorRole::SsmNorm, il, "ssm_norm", d.valueHeadDim, false);
    b.matrix(TensorRole::SsmOut, il, "ssm_out", d.valueDim(), n);
}

// Kimi Delta Attention (Kimi Linear, Kimi-K3): q, k and v projections, each through its own short convolution; the
// per-channel decay from a low-rank projection pair (f_a, f_b), beta per head, A per head, a time-step bias per
// channel, the output gate (one full-rank g_proj, or the low-rank g_a / g_b pair), a gated RMSNorm over each head
// and the output projection. A_log is 1-D in Kimi-K3's checkpoint and [1, heads] in Kimi Linear's GGUF: the same
// parameters.
void addKimiDelta(LayoutBuilder& b, const ModelSpec& s, int il)
{
    const DeltaNetSpec& d = s.deltaNet;
    const qint64 n = s.hiddenSize;
    const qint64 inner = d.valueDim();
    b.matrix(TensorRole::AttnQ, il, "attn_q", n, d.keyDim());
    b.matrix(TensorRole::AttnK, il, "attn_k", n, d.keyDim());
    b.matrix(TensorRole::AttnV, il, "attn_v", n, inner);
    b.matrix(TensorRole::SsmConv1d, il, "ssm_conv1d_q", d.convKernel, d.keyDim());
    b.matrix(TensorRole::SsmConv1d, il, "ssm_conv1d_k", d.convKernel, d.keyDim());
    b.matrix(TensorRole::SsmConv1d, il, "ssm_conv1d_v", d.convKernel, inner);
    b.matrix(TensorRole::SsmBetaAlpha, il, "ssm_f_a", n, d.keyHeadDim);
    b.matrix(TensorRole::SsmBetaAlpha, il, "ssm_f_b", d.keyHeadDim, d.keyDim());
    b.matrix(TensorRole::SsmBetaAlpha, il, "ssm_beta", n, d.numValueHeads);
    b.bareVector(TensorRole::SsmA, il, "ssm_a", d.numValueHeads);
    b.vector(TensorRole::SsmDt, il, "ssm_dt", inner, true);
    if (d.fullRankGate) {
        b.matrix(TensorRole::AttnGate, il, "ssm_g", n, inner);
    } else {
        b.matrix(TensorRole::AttnGate, il, "ssm_g_a", n, d.valueHeadDim);
        b.matrix(TensorRole::AttnGate, il, "ssm_g_b", d.valueHeadDim, inner);
    }
    b.norm(TensorRole::SsmNorm, il, "ssm_norm", d.valueHeadDim, false);
    b.matrix(TensorRole::AttnOutput, il, "attn_output", inner, n);
}

// Kimi-K3's attention residual scores: the checkpoint stores `norm` and `proj` vectors, which the GGUF converter
// multiplies into the one `score` vector llama.cpp reads.
void addResScore(LayoutBuilder& b, int il, const char* norm, const char* proj, const char* score, qint64 n)
{
    b.vector(TensorRole::AttnResScore, il, norm, n, false, 1, true, false);
    b.vector(TensorRole::AttnResScore, il, proj, n, false, 1, true, false);
    b.vector(TensorRole::AttnResScore, il, score, n, false, 1, false, true);
}

// Mamba2: in_proj yields z, x, B, C and dt; x, B and C pass the depthwise convolution.
void addMamba2(LayoutBuilder& b, const ModelSpec& s, int il)
{
    const MambaSpec& m = s.mamba;
    const qint64 n = s.hiddenSize;
    b.linear(TensorRole::SsmIn, il, "ssm_in", n, m.innerDim() + m.convChannels() + m.numHeads, m.projBias);
    b.matrix(TensorRole::SsmConv1d, il, "ssm_conv1d", m.convKernel, m.convChannels());
    if (m.convBias)
        b.vector(TensorRole::SsmConv1d, il, "ssm_conv1d", m.convChannels(), true);
    b.vector(TensorRole::SsmDt, il, "ssm_dt", m.numHeads, true);
    b.bareVector(TensorRole::SsmA, il, "ssm_a", m.numHeads);
    b.bareVector(TensorRole::SsmD, il, "ssm_d", m.numHeads);
    b.vector(TensorRole::SsmNorm, il, "ssm_norm", m.innerDim() / std::max<qint64>(m.groups, 1), false,
        std::max<qint64>(m.groups, 1));
    b.linear(TensorRole::SsmOut, il, "ssm_out", m.innerDim(), n, m.projBias);
}

// LFM2's short convolution: in_proj yields two gates and the input of a depthwise convolution of conv_L_cache taps
// over the hidden state; no biases.
void addShortConv(LayoutBuilder& b, const ModelSpec& s, int il)
{
    const qint64 n = s.hiddenSize;
    b.matrix(TensorRole::SsmConv1d, il, "shortconv.conv", s.shortConvKernel, n);
    b.matrix(TensorRole::SsmIn, il, "shortconv.in_proj", n, 3 * n);
    b.matrix(TensorRole::SsmOut, il, "shortconv.out_proj", n, n);
}

void addDenseFfn(LayoutBuilder& b, const ModelSpec& s, const LayerSpec& layer, int il)
{
    const FfnSpec& f = s.ffn;
    const qint64 n = s.hiddenSize;
    const qint64 ff = s.ffnIntermediateOf(layer);
    if (f.fusedGateUp) {
        b.linear(TensorRole::FfnUp, il, "ffn_up", n, 2 * ff, f.bias);
    } else {
        if (f.gated)
            b.linear(TensorRole::FfnGate, il, "ffn_gate", n, ff, f.bias);
        b.linear(TensorRole::FfnUp, il, "ffn_up", n, ff, f.bias);
    }
    b.linear(TensorRole::FfnDown, il, "ffn_down", ff, n, f.bias);
}

void addMoeFfn(LayoutBuilder& b, const ModelSpec& s, int il)
{
    const MoeSpec& m = s.moe;
    const qint64 n = s.hiddenSize;
    const qint64 ff = m.expertIntermediate;
    const qint64 e = m.numExperts;
    b.linear(TensorRole::FfnGateInp, il, "ffn_gate_inp", n, e, m.routerBias);
    if (m.latentSize > 0) {
        b.matrix(TensorRole::FfnLatent, il, m.routedLatent ? "ffn_routed_down" : "ffn_latent_down", n, m.latentSize);
        b.matrix(TensorRole::FfnLatent, il, m.routedLatent ? "ffn_routed_up" : "ffn_latent_up", m.latentSize, n);
        if (m.latentNorm)
            b.norm(TensorRole::FfnNorm, il, "ffn_routed_norm", m.latentSize, false);
    }
    const qint64 en = m.latentSize > 0 ? m.latentSize : n; // the experts' model width
    if (m.scaledRouter)
        b.bareVector(TensorRole::FfnGateInpScale, il, "ffn_gate_inp", n, "scale");
    if (m.correctionBias) // e_score_correction_bias: part of the published parameter counts
        b.vector(TensorRole::ExpProbsB, il, "exp_probs_b", e, true);
    if (m.gatedExperts) {
        b.matrix(TensorRole::FfnGateExps, il, "ffn_gate_exps", en, ff, e);
        if (m.expertBias)
            b.vector(TensorRole::FfnGateExps, il, "ffn_gate_exps", ff, true, e);
    }
    b.matrix(TensorRole::FfnUpExps, il, "ffn_up_exps", en, ff, e);
    if (m.expertBias)
        b.vector(TensorRole::FfnUpExps, il, "ffn_up_exps", ff, true, e);
    b.matrix(TensorRole::FfnDownExps, il, "ffn_down_exps", ff, en, e);
    if (m.expertBias)
        b.vector(TensorRole::FfnDownExps, il, "ffn_down_exps", en, true, e);
    if (m.scaledRouter)
        b.bareVector(TensorRole::FfnGateInpScale, il, "ffn_down_exps", e, "scale");
    if (m.sharedExperts > 0 && m.sharedIntermediate > 0) {
        if (m.sharedExpertGate)
            b.vector(TensorRole::FfnGateInpShexp, il, "ffn_gate_inp_shexp", n);
        if (m.gatedExperts)
            b.matrix(TensorRole::FfnGateShexp, il, "ffn_gate_shexp", n, m.sharedIntermediate);
        b.matrix(TensorRole::FfnUpShexp, il, "ffn_up_shexp", n, m.sharedIntermediate);
        b.matrix(TensorRole::FfnDownShexp, il, "ffn_down_shexp", m.sharedIntermediate, n);
    }
}

// The feed-forward half of a layer: its norms, then the dense MLP, the experts, or both (Gemma 4).
void addFfn(LayoutBuilder& b, const ModelSpec& s, const LayerSpec& layer, int il)
{
    const qint64 n = s.hiddenSize;
    const char* normName = s.ffnNormAfterAttention ? "post_attention_norm" : "ffn_norm";
    if (layer.hasMixer)
        b.norm(TensorRole::FfnNorm, il, normName, n, s.normBias);
    if (!layer.moe || s.moe.denseBesideExperts)
        addDenseFfn(b, s, layer, il);
    if (s.normsPerLayer >= 4)
        b.norm(TensorRole::FfnPostNorm, il, "post_ffw_norm", n, s.normBias);
    if (!layer.moe)
        return;
    if (s.moe.denseBesideExperts) {
        b.norm(TensorRole::FfnNorm, il, "pre_ffw_norm_2", n, false);
        b.norm(TensorRole::FfnPostNorm, il, "post_ffw_norm_1", n, false);
        b.norm(TensorRole::FfnPostNorm, il, "post_ffw_norm_2", n, false);
    }
    addMoeFfn(b, s, il);
}

// DeepSeek-V4's mixing of the hyper-connection streams around a sub-layer (the attention or the feed-forward): a
// projection of the flattened streams into (2 + hc_mult) x hc_mult mixing weights, their bias and three scales.
void addHyperConnection(
    LayoutBuilder& b, const ModelSpec& s, const char* fn, const char* base, const char* scale, int il)
{
    const DeepseekV4Spec& v = s.deepseekV4;
    b.matrix(TensorRole::HyperConnection, il, fn, v.hyperConnections * s.hiddenSize, v.mixWidth());
    b.vector(TensorRole::HyperConnection, il, base, v.mixWidth());
    b.vector(TensorRole::HyperConnection, il, scale, 3);
}

// DeepSeek-V4's attention (src/models/deepseek4.cpp, load_arch_tensors): a low-rank query, one key/value head of
// headDim, a sink per head, the grouped low-rank output, and per compressed layer a compressor (ratio 4 pools two
// overlapping windows, so its projections are twice as wide) and, at ratio 4, the indexer with its own compressor.
void addDeepseekV4Attention(LayoutBuilder& b, const ModelSpec& s, const LayerSpec& layer, int il)
{
    const AttentionSpec& a = s.attention;
    const DeepseekV4Spec& v = s.deepseekV4;
    const qint64 n = s.hiddenSize;
    const qint64 d = a.headDim;
    b.vector(TensorRole::AttnSinks, il, "attn_sinks", a.numHeads);
    b.matrix(TensorRole::AttnQA, il, "attn_q_a", n, a.qLoraRank);
    b.norm(TensorRole::AttnQANorm, il, "attn_q_a_norm", a.qLoraRank, false);
    b.matrix(TensorRole::AttnQB, il, "attn_q_b", a.qLoraRank, a.numHeads * d);
    b.matrix(TensorRole::AttnKvAMqa, il, "attn_kv", n, d);
    b.norm(TensorRole::AttnKvANorm, il, "attn_kv_a_norm", d, false);
    b.matrix(TensorRole::AttnOutput, il, "attn_output_a", a.numHeads * d / std::max<qint64>(v.outputGroups, 1),
        v.outputGroups * v.outputLoraRank);
    b.matrix(TensorRole::AttnOutput, il, "attn_output_b", v.outputGroups * v.outputLoraRank, n);
    if (layer.compressRatio <= 0)
        return;
    const qint64 width = (layer.compressRatio == 4 ? 2 : 1) * d;
    b.matrix(TensorRole::AttnCompressor, il, "attn_compressor_kv", n, width);
    b.matrix(TensorRole::AttnCompressor, il, "attn_compressor_gate", n, width);
    b.matrix(TensorRole::AttnCompressor, il, "attn_compressor_ape", width, layer.compressRatio);
    b.norm(TensorRole::AttnCompressor, il, "attn_compressor_norm", d, false);
    if (layer.compressRatio != 4)
        return;
    const qint64 id = a.indexHeadDim;
    b.matrix(TensorRole::IndexerProj, il, "indexer.proj", n, a.indexHeads);
    b.matrix(TensorRole::IndexerAttnQB, il, "indexer.attn_q_b", a.qLoraRank, a.indexHeads * id);
    b.matrix(TensorRole::AttnCompressor, il, "indexer_compressor_kv", n, 2 * id);
    b.matrix(TensorRole::AttnCompressor, il, "indexer_compressor_gate", n, 2 * id);
    b.matrix(TensorRole::AttnCompressor, il, "indexer_compressor_ape", 2 * id, layer.compressRatio);
    b.norm(TensorRole::AttnCompressor, il, "indexer_compressor_norm", id, false);
}

// DeepSeek-V4's experts: every layer routes, the first ones by a token-id -> experts table (ffn_gate_tid2eid,
// vocab x experts_per_token), the others with the correction bias of noaux_tc; one shared expert beside them.
void addDeepseekV4Moe(LayoutBuilder& b, const ModelSpec& s, const LayerSpec& layer, int il)
{
    const MoeSpec& m = s.moe;
    const qint64 n = s.hiddenSize;
    b.matrix(TensorRole::FfnGateInp, il, "ffn_gate_inp", n, m.numExperts);
    if (layer.hashRouted)
        b.matrix(TensorRole::FfnHashRoute, il, "ffn_gate_tid2eid", m.expertsPerToken, s.vocabSize);
    else
        b.vector(TensorRole::ExpProbsB, il, "exp_probs_b", m.numExperts, true);
    b.matrix(TensorRole::FfnGateExps, il, "ffn_gate_exps", n, m.expertIntermediate, m.numExperts);
    b.matrix(TensorRole::FfnDownExps, il, "ffn_down_exps", m.expertIntermediate, n, m.numExperts);
    b.matrix(TensorRole::FfnUpExps, il, "ffn_up_exps", n, m.expertIntermediate, m.numExperts);
    b.matrix(TensorRole::FfnGateShexp, il, "ffn_gate_shexp", n, m.sharedIntermediate);
    b.matrix(TensorRole::FfnDownShexp, il, "ffn_down_shexp", m.sharedIntermediate, n);
    b.matrix(TensorRole::FfnUpShexp, il, "ffn_up_shexp", n, m.sharedIntermediate);
}

// One DeepSeek-V4 block, in load_arch_tensors' order.
void addDeepseekV4Layer(LayoutBuilder& b, const ModelSpec& s, const LayerSpec& layer, int il)
{
    const qint64 n = s.hiddenSize;
    b.norm(TensorRole::AttnNorm, il, "attn_norm", n, false);
    addDeepseekV4Attention(b, s, layer, il);
    addHyperConnection(b, s, "hc_attn_fn", "hc_attn_base", "hc_attn_scale", il);
    addHyperConnection(b, s, "hc_ffn_fn", "hc_ffn_base", "hc_ffn_scale", il);
    b.norm(TensorRole::FfnNorm, il, "ffn_norm", n, false);
    addDeepseekV4Moe(b, s, layer, il);
}

// DeepSeek-V4's MTP module (checkpoint mtp.N.*): e_proj and h_proj over the next token's embedding and the hidden
// state (llama.cpp's eh_proj joins them), their norms, a block, its own head mixing of the streams, and its own copy
// of the embedding and the head. convert_hf_to_gguf.py writes it only to a separate MTP file, so none of it is in the
// model's GGUF.
void addDeepseekV4MtpLayer(LayoutBuilder& b, const ModelSpec& s, const LayerSpec& layer, int il)
{
    const qint64 n = s.hiddenSize;
    const DeepseekV4Spec& v = s.deepseekV4;
    const size_t first = b.size();
    b.matrix(TensorRole::NextnEmbed, il, "nextn.embed_tokens", n, s.vocabSize);
    b.norm(TensorRole::NextnNorm, il, "nextn.enorm", n, false);
    b.norm(TensorRole::NextnNorm, il, "nextn.hnorm", n, false);
    b.matrix(TensorRole::NextnEhProj, il, "nextn.e_proj", n, n);
    b.matrix(TensorRole::NextnEhProj, il, "nextn.h_proj", n, n);
    addDeepseekV4Layer(b, s, layer, il);
    b.matrix(TensorRole::HyperConnection, il, "nextn.hc_head_fn", v.hyperConnections * n, v.hyperConnections);
    b.vector(TensorRole::HyperConnection, il, "nextn.hc_head_base", v.hyperConnections);
    b.vector(TensorRole::HyperConnection, il, "nextn.hc_head_scale", 1);
    b.norm(TensorRole::NextnNorm, il, "nextn.shared_head_norm", n, false);
    b.matrix(TensorRole::NextnHead, il, "nextn.shared_head_head", n, s.vocabSize);
    b.markMtp(first, false);
}

void addLayer(LayoutBuilder& b, const ModelSpec& s, const LayerSpec& layer, int il)
{
    const qint64 n = s.hiddenSize;
    const size_t first = b.size();
    if (layer.hasMixer) {
        b.norm(TensorRole::AttnNorm, il, "attn_norm", n, s.normBias);
        if (layer.mixer == MixerKind::GatedDeltaNet)
            addDeltaNet(b, s, il);
        else if (layer.mixer == MixerKind::Mamba2)
            addMamba2(b, s, il);
        else if (layer.mixer == MixerKind::ShortConv)
            addShortConv(b, s, il);
        else if (layer.mixer == MixerKind::KimiDelta)
            addKimiDelta(b, s, il);
        else if (layer.numHeads > 0) { // Laguna: query heads per layer, the rest of the shape shared
            AttentionSpec a = s.attentionOf(layer);
            a.numHeads = layer.numHeads;
            addAttention(b, s, a, layer.indexer, il);
        } else
            addAttention(b, s, s.attentionOf(layer), layer.indexer, il);
        if (layer.kvSourceLayer >= 0)
            b.markCheckpointOnlyKv(first);
        if (s.normsPerLayer >= 4)
            b.norm(TensorRole::AttnPostNorm, il, "post_attention_norm", n, s.normBias);
        if (s.layerScalar)
            b.vector(TensorRole::LayerOutScale, il, "layer_output_scale", 1);
    } else {
        b.norm(TensorRole::FfnNorm, il, "attn_norm", n, s.normBias);
    }
    if (s.attnResBlockSize > 0) {
        addResScore(b, il, "attn_res_norm", "attn_res_proj", "attn_res_score", n);
        addResScore(b, il, "ffn_res_norm", "ffn_res_proj", "ffn_res_score", n);
    }
    if (layer.hasFfn)
        addFfn(b, s, layer, il);
    if (s.perLayerInputSize > 0) {
        // Gemma 4 E-series: the layer's gate over its per-layer input, the projection back and its norm.
        b.matrix(TensorRole::PerLayerInput, il, "inp_gate", n, s.perLayerInputSize);
        b.matrix(TensorRole::PerLayerInput, il, "proj", s.perLayerInputSize, n);
        b.norm(TensorRole::PerLayerInput, il, "post_norm", n, false);
    }
}

// A multi-token-prediction layer: the norms and projection that join the next token's embedding to the hidden
// state, a full-attention decoder layer, and (DeepSeek) its own embedding and head.
void addMtpLayer(LayoutBuilder& b, const ModelSpec& s, int il)
{
    const qint64 n = s.hiddenSize;
    const size_t first = b.size();
    if (s.mtpOwnEmbedding)
        // DeepSeek's GGUF converter drops these copies of the model's own embedding and head (llama.cpp reads the
        // model's), so they are checkpoint-only there; GLM-4.5's keeps them.
        b.matrix(TensorRole::NextnEmbed, il, "nextn.embed_tokens", n, s.vocabSize, 1, true, s.mtpEmbeddingInGguf);
    b.norm(TensorRole::NextnNorm, il, "nextn.enorm", n, false);
    b.norm(TensorRole::NextnNorm, il, "nextn.hnorm", n, false);
    b.matrix(TensorRole::NextnEhProj, il, "nextn.eh_proj", 2 * n, n);
    const size_t k = size_t(il - s.numLayers);
    LayerSpec layer;
    layer.moe = s.isMoe() && !s.mtpDenseFfn;
    addLayer(b, s, k < s.mtpLayerSpecs.size() ? s.mtpLayerSpecs[k] : layer, il);
    b.norm(TensorRole::NextnNorm, il, "nextn.shared_head_norm", n, false);
    if (s.mtpOwnEmbedding)
        b.matrix(TensorRole::NextnHead, il, "nextn.shared_head_head", n, s.vocabSize, 1, true, s.mtpEmbeddingInGguf);
    else if (s.mtpOwnHead) // Step 3.5/3.7: shared_head.output, which the converter keeps
        b.matrix(TensorRole::NextnHead, il, "nextn.shared_head_head", n, s.vocabSize);
    b.markMtp(first, s.mtpInGguf);
}

// DeepSeek-V4 after its token embedding: the final norm, the head and the head's mixing of the streams, then the
// blocks and the MTP modules (the MTP layers' compress_ratios entries follow the decoder's).
void addDeepseekV4Model(LayoutBuilder& b, const ModelSpec& s)
{
    const qint64 n = s.hiddenSize;
    const qint64 hc = s.deepseekV4.hyperConnections;
    b.norm(TensorRole::OutputNorm, -1, "output_norm", n, false);
    b.matrix(TensorRole::Output, -1, "output", n, s.vocabSize);
    b.matrix(TensorRole::HyperConnection, -1, "output_hc_fn", hc * n, hc);
    b.vector(TensorRole::HyperConnection, -1, "output_hc_base", hc);
    b.vector(TensorRole::HyperConnection, -1, "output_hc_scale", 1);
    const LayerSpec plain;
    const auto layerAt = [&](qint64 il) { return il < qint64(s.layers.size()) ? s.layers[size_t(il)] : plain; };
    for (qint64 il = 0; il < s.numLayers; ++il)
        addDeepseekV4Layer(b, s, layerAt(il), int(il));
    for (qint64 k = 0; k < s.mtpLayers; ++k) {
        LayerSpec mtp;
        mtp.moe = true;
        const qint64 il = s.numLayers + k;
        mtp.compressRatio
            = k < qint64(s.deepseekV4.mtpCompressRatios.size()) ? s.deepseekV4.mtpCompressRatios[size_t(k)] : 0;
        addDeepseekV4MtpLayer(b, s, mtp, int(il));
    }
}

} // namespace

std::vector<TensorSpec> tensorLayout(const ModelSpec& s, TensorNames names)
{
    std::vector<TensorSpec> out;
    out.reserve(static_cast<size_t>(s.numLayers) * 20 + 8);
    LayoutBuilder b(out, names == TensorNames::Full);
    const qint64 n = s.hiddenSize;

    b.matrix(TensorRole::TokenEmbd, -1, "token_embd", n, s.vocabSize);
    for (int i = 0; i < s.ggufRopeTensors; ++i) {
        static const char* const ropeNames[] = { "rope_freqs", "rope_factors_long", "rope_factors_short" };
        const char* name = s.ggufRopeTensors == 1 ? ropeNames[0] : ropeNames[1 + (i % 2)];
        b.vector(TensorRole::RopeFreqs, -1, name, s.ggufRopeTensorSize, false, 1, false, true);
    }

    if (s.perLayerInputSize > 0) {
        const qint64 ple = satMul(s.numLayers, s.perLayerInputSize);
        b.matrix(TensorRole::PerLayerTokenEmbd, -1, "per_layer_token_embd", ple, s.perLayerVocab);
        b.matrix(TensorRole::PerLayerInput, -1, "per_layer_model_proj", n, ple);
        b.norm(TensorRole::PerLayerInput, -1, "per_layer_proj_norm", s.perLayerInputSize, false);
    }

    const LayerSpec plain;
    if (s.deepseekV4.isPresent()) {
        addDeepseekV4Model(b, s);
        return out;
    }
    for (int il = 0; il < static_cast<int>(s.numLayers); ++il)
        addLayer(b, s, il < static_cast<int>(s.layers.size()) ? s.layers[static_cast<size_t>(il)] : plain, il);

    // LFM2 calls its final norm embedding_norm, which GGUF stores as token_embd_norm.
    b.norm(TensorRole::OutputNorm, -1, s.shortConvKernel > 0 ? "token_embd_norm" : "output_norm", n, s.normBias);
    if (!s.tiedEmbeddings)
        b.linear(TensorRole::Output, -1, "output", n, s.vocabSize, s.lmHeadBias);
    if (s.attnResBlockSize > 0)
        addResScore(b, -1, "output_res_norm", "output_res_proj", "output_res_score", n);

    for (qint64 k = 0; k < s.mtpLayers; ++k)
        addMtpLayer(b, s, static_cast<int>(s.numLayers + k));

    if (const qint64 vp = visionParameters(s.vision); vp > 0) {
        TensorSpec t;
        t.base = "vision_tower";
        t.name = QStringLiteral("vision_tower");
        t.role = TensorRole::Vision;
        t.ne0 = vp;
        t.inGguf = false; // a separate mmproj file in the GGUF world
        out.push_back(t);
    }
    return out;
}

ParamCounts countParameters(const ModelSpec& s)
{
    return countParameters(s, tensorLayout(s));
}

ParamCounts countParameters(const ModelSpec& s, const std::vector<TensorSpec>& tensors)
{
    ParamCounts c;
    const double activeFraction = s.moe.numExperts > 0 ? double(s.moe.expertsPerToken) / double(s.moe.numExperts) : 1.0;
    qint64 expertParams = 0;
    for (const TensorSpec& t : tensors) {
        if (!t.inHf)
            continue;
        c.total += t.elements();
        if (t.isExpert() && !t.mtp)
            expertParams += t.elements();
        if (t.role == TensorRole::TokenEmbd || t.role == TensorRole::PerLayerTokenEmbd)
            c.embedding += t.elements();
        if (t.role == TensorRole::Vision)
            c.vision += t.elements();
        if (t.mtp)
            c.mtp += t.elements();
    }
    // The MTP layers serve only speculative decoding and the vision tower only images: a generated token runs none
    // of them.
    c.active
        = c.total - c.mtp - c.vision - expertParams + static_cast<qint64>(double(expertParams) * activeFraction + 0.5);
    return c;
}

qint64 countGgufParameters(const ModelSpec& s)
{
    qint64 total = 0;
    for (const TensorSpec& t : tensorLayout(s)) {
        if (t.inGguf)
            total += t.elements();
    }
    return total;
}

} // namespace Planner
