#include "tensorlayout.h"

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
        out.append(QLatin1String(name)).append(u'.').append(QLatin1String(suffix));
        return out;
    }

private:
    std::vector<TensorSpec>& m_out;
    bool m_withNames;
};

qint64 visionParameters(const VisionSpec& v)
{
    if (!v.isPresent() || v.patchSize <= 0)
        return 0;
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

void addAttention(LayoutBuilder& b, const ModelSpec& s, int il)
{
    const AttentionSpec& a = s.attention;
    const qint64 n = s.hiddenSize;
    if (a.isMla()) {
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
        b.matrix(TensorRole::AttnKvB, il, "attn_kv_b", a.kvLoraRank, a.numHeads * (a.nopeHeadDim + a.vHeadDim), 1, true,
            false);
        b.matrix(TensorRole::AttnKvB, il, "attn_k_b", a.nopeHeadDim, a.kvLoraRank, a.numHeads, false, true);
        b.matrix(TensorRole::AttnKvB, il, "attn_v_b", a.kvLoraRank, a.vHeadDim, a.numHeads, false, true);
        b.linear(TensorRole::AttnOutput, il, "attn_output", a.numHeads * a.vHeadDim, n, a.outputBias);
        return;
    }

    const qint64 qOut = a.numHeads * a.headDim;
    const qint64 kvOut = a.numKvHeads * a.headDim;
    const qint64 vOut = a.numKvHeads * a.vHeadDim;
    if (a.fusedQkv) {
        b.linear(TensorRole::AttnQkv, il, "attn_qkv", n, qOut + kvOut + vOut, a.qkvBias);
    } else {
        b.linear(TensorRole::AttnQ, il, "attn_q", n, qOut, a.qkvBias);
        b.linear(TensorRole::AttnK, il, "attn_k", n, kvOut, a.qkvBias);
        b.linear(TensorRole::AttnV, il, "attn_v", n, vOut, a.qkvBias);
    }
    b.linear(TensorRole::AttnOutput, il, "attn_output", a.numHeads * a.vHeadDim, n, a.outputBias);
    if (a.qkNorm == QkNorm::PerHead) {
        b.norm(TensorRole::AttnQNorm, il, "attn_q_norm", a.headDim, false);
        b.norm(TensorRole::AttnKNorm, il, "attn_k_norm", a.headDim, false);
    } else if (a.qkNorm == QkNorm::Full) {
        b.norm(TensorRole::AttnQNorm, il, "attn_q_norm", qOut, false);
        b.norm(TensorRole::AttnKNorm, il, "attn_k_norm", kvOut, false);
    }
    if (a.sinks)
        b.vector(TensorRole::AttnSinks, il, "attn_sinks", a.numHeads);
}

void addDenseFfn(LayoutBuilder& b, const ModelSpec& s, int il)
{
    const FfnSpec& f = s.ffn;
    const qint64 n = s.hiddenSize;
    if (f.fusedGateUp) {
        b.linear(TensorRole::FfnUp, il, "ffn_up", n, 2 * f.intermediate, f.bias);
    } else {
        if (f.gated)
            b.linear(TensorRole::FfnGate, il, "ffn_gate", n, f.intermediate, f.bias);
        b.linear(TensorRole::FfnUp, il, "ffn_up", n, f.intermediate, f.bias);
    }
    b.linear(TensorRole::FfnDown, il, "ffn_down", f.intermediate, n, f.bias);
}

void addMoeFfn(LayoutBuilder& b, const ModelSpec& s, int il)
{
    const MoeSpec& m = s.moe;
    const qint64 n = s.hiddenSize;
    const qint64 ff = m.expertIntermediate;
    const qint64 e = m.numExperts;
    b.linear(TensorRole::FfnGateInp, il, "ffn_gate_inp", n, e, m.routerBias);
    if (m.correctionBias) // e_score_correction_bias: part of the published parameter counts
        b.vector(TensorRole::ExpProbsB, il, "exp_probs_b", e, true);
    b.matrix(TensorRole::FfnGateExps, il, "ffn_gate_exps", n, ff, e);
    if (m.expertBias)
        b.vector(TensorRole::FfnGateExps, il, "ffn_gate_exps", ff, true, e);
    b.matrix(TensorRole::FfnUpExps, il, "ffn_up_exps", n, ff, e);
    if (m.expertBias)
        b.vector(TensorRole::FfnUpExps, il, "ffn_up_exps", ff, true, e);
    b.matrix(TensorRole::FfnDownExps, il, "ffn_down_exps", ff, n, e);
    if (m.expertBias)
        b.vector(TensorRole::FfnDownExps, il, "ffn_down_exps", n, true, e);
    if (m.sharedExperts > 0 && m.sharedIntermediate > 0) {
        if (m.sharedExpertGate)
            b.vector(TensorRole::FfnGateInpShexp, il, "ffn_gate_inp_shexp", n);
        b.matrix(TensorRole::FfnGateShexp, il, "ffn_gate_shexp", n, m.sharedIntermediate);
        b.matrix(TensorRole::FfnUpShexp, il, "ffn_up_shexp", n, m.sharedIntermediate);
        b.matrix(TensorRole::FfnDownShexp, il, "ffn_down_shexp", m.sharedIntermediate, n);
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

    for (int il = 0; il < static_cast<int>(s.numLayers); ++il) {
        const bool moe = il < static_cast<int>(s.layers.size()) && s.layers[static_cast<size_t>(il)].moe;
        b.norm(TensorRole::AttnNorm, il, "attn_norm", n, s.normBias);
        addAttention(b, s, il);
        if (s.normsPerLayer >= 4)
            b.norm(TensorRole::AttnPostNorm, il, "post_attention_norm", n, s.normBias);
        b.norm(TensorRole::FfnNorm, il, "ffn_norm", n, s.normBias);
        if (moe)
            addMoeFfn(b, s, il);
        else
            addDenseFfn(b, s, il);
        if (s.normsPerLayer >= 4)
            b.norm(TensorRole::FfnPostNorm, il, "post_ffw_norm", n, s.normBias);
    }

    b.norm(TensorRole::OutputNorm, -1, "output_norm", n, s.normBias);
    if (!s.tiedEmbeddings)
        b.linear(TensorRole::Output, -1, "output", n, s.vocabSize, s.lmHeadBias);

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
        if (t.isExpert())
            expertParams += t.elements();
        if (t.role == TensorRole::TokenEmbd)
            c.embedding += t.elements();
        if (t.role == TensorRole::Vision)
            c.vision += t.elements();
    }
    c.active = c.total - expertParams + static_cast<qint64>(double(expertParams) * activeFraction + 0.5);
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
