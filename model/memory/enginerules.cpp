// SPDX-FileCopyrightText: 2026 The FitPlanner authors
// SPDX-License-Identifier: MIT

#include "enginerules.h"

#include "checkedmath.h"
#include "idtable_p.h"

#include <algorithm>

#include <QCoreApplication>

namespace Planner {

namespace {

constexpr IdTable<MemoryPart, 5> kMemoryParts { { { MemoryPart::Weights, u"weights" },
    { MemoryPart::KvCache, u"kv-cache" }, { MemoryPart::RecurrentState, u"recurrent-state" },
    { MemoryPart::Activations, u"activations" }, { MemoryPart::Overhead, u"overhead" } } };

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Planner::MemoryEstimator)
};

} // namespace

QStringList memoryPartIds()
{
    return idsOf(kMemoryParts);
}

std::optional<MemoryPart> memoryPartFromId(const QString& id)
{
    return fromId(kMemoryParts, id);
}

AttentionDims attentionDims(const ModelSpec& s)
{
    const AttentionSpec& a = s.attention;
    AttentionDims d;
    if (a.isMla()) {
        d.q = a.numHeads * (a.nopeHeadDim + a.ropeHeadDim);
        d.k = d.q;
        d.v = a.numHeads * a.vHeadDim;
    } else {
        d.q = a.numHeads * a.headDim;
        d.k = a.numKvHeads * a.headDim;
        d.v = a.numKvHeads * a.vHeadDim;
    }
    d.out = a.numHeads * a.vHeadDim;
    return d;
}

qint64 activeFfnWidth(const ModelSpec& s)
{
    qint64 width = s.ffn.intermediate;
    for (const LayerSpec& l : s.layers) // Gemma 4 E-series: the KV-sharing layers' double-wide MLPs
        width = std::max(width, l.ffnIntermediate);
    if (s.isMoe()) {
        const qint64 moeWidth = s.moe.expertsPerToken * s.moe.expertIntermediate + s.moe.sharedIntermediate;
        width = s.moeLayerCount() == s.numLayers ? moeWidth : std::max(width, moeWidth);
    }
    return width;
}

qint64 attentionWindow(const Scenario& sc)
{
    return sc.model.slidingWindow > 0 ? sc.model.slidingWindow : sc.context;
}

qint64 padTo(qint64 v, qint64 multiple)
{
    return ceilDiv(v, multiple) * multiple;
}

MemoryComponent prefillActivations(const EngineInputs& in, qint64 tokens, qint64 sequences, const QString& what)
{
    // Per token, the MLP holds gate/up/product at the intermediate width plus a few hidden-size tensors in 16-bit;
    // attention holds q/k/v and its output.
    const ModelSpec& s = in.scenario.model;
    const AttentionDims ad = attentionDims(s);
    const qint64 h = s.hiddenSize;
    const qint64 ff = activeFfnWidth(s);
    const qint64 mlpPerToken = 2 * (3 * ff + 4 * h);
    const qint64 attnPerToken = 2 * (2 * h + 2 * ad.q + 2 * ad.k + ad.v + ad.out);
    const qint64 perToken = std::max(mlpPerToken, attnPerToken);
    const qint64 prefill = satMul(tokens, perToken);
    const qint64 logits = satMul(satMul(sequences, s.vocabSize), 4 * 2); // fp32 logits and their softmax
    MemoryComponent c;
    c.bytes = satAdd(prefill, logits);
    c.low = c.bytes - c.bytes / 10;
    c.high = c.bytes + c.bytes / 5;
    if (in.explain)
        c.explanation = Tr::tr("%1: %2 tokens x %3 bytes (max of MLP 2 x (3 x %4 + 4 x %5) and attention "
                               "tensors) + last-token logits %6 x %7 x 8 bytes")
                            .arg(what)
                            .arg(tokens)
                            .arg(perToken)
                            .arg(ff)
                            .arg(h)
                            .arg(sequences)
                            .arg(s.vocabSize);
    return c;
}

QString EngineRules::id() const
{
    return engineId(engine());
}

QString EngineRules::displayName() const
{
    return engineDisplayName(engine());
}

QStringList EngineRules::aliases() const
{
    return engineAliases(engine());
}

bool EngineRules::runs(const QuantRecipe& recipe) const
{
    return recipe.engines.contains(id());
}

QString EngineRules::validate(const Scenario&, const StorageType&) const
{
    return {};
}

MlaCache EngineRules::mlaCacheFor(const ModelSpec&) const
{
    return mlaCache();
}

qint64 EngineRules::kvBytesPerTokenInLayer(const ModelSpec& s, const StorageType& kv) const
{
    return kvBytesPerTokenInLayer(s.attention, kv, mlaCacheFor(s));
}

qint64 EngineRules::indexerKeyBytesPerToken(const AttentionSpec& a, const StorageType& kv) const
{
    return a.hasIndexer() ? kv.bytesFor(a.indexHeadDim) : 0;
}

RepackedExperts EngineRules::repackedExperts(const ModelSpec&, const QString&, bool) const
{
    return {};
}

qint64 EngineRules::mtpKvLayers(const ModelSpec&) const
{
    return 0;
}

qint64 EngineRules::kvLayerFixedBytes(const LayerSpec&) const
{
    return 0;
}

qint64 EngineRules::deepseekV4LayerKvBytes(const Scenario& sc, const LayerSpec& layer, const StorageType& kv) const
{
    const ModelSpec& s = sc.model;
    const AttentionSpec& a = s.attention;
    const qint64 sequences = std::max<qint64>(sc.batch, 1);
    qint64 perSequence = satMul(std::min(sc.context, std::max<qint64>(s.slidingWindow - 1, 0)), kv.bytesFor(a.headDim));
    if (layer.compressRatio > 0) {
        const qint64 entries = sc.context / layer.compressRatio;
        perSequence = satAdd(perSequence, satMul(entries, kv.bytesFor(a.headDim)));
        if (layer.compressRatio == 4)
            perSequence = satAdd(perSequence, satMul(entries, kv.bytesFor(a.indexHeadDim)));
    }
    return satMul(perSequence, sequences);
}

qint64 EngineRules::kvBytesPerTokenInLayer(const AttentionSpec& a, const StorageType& kv) const
{
    return kvBytesPerTokenInLayer(a, kv, mlaCache());
}

qint64 EngineRules::kvBytesPerTokenInLayer(const AttentionSpec& a, const StorageType& kv, MlaCache mla) const
{
    const qint64 indexer = indexerKeyBytesPerToken(a, kv);
    if (indexer > 0) {
        AttentionSpec plain = a;
        plain.indexHeads = plain.indexHeadDim = 0;
        return satAdd(kvBytesPerTokenInLayer(plain, kv, mla), indexer);
    }
    if (!a.isMla())
        return satAdd(kv.bytesFor(a.numKvHeads * a.headDim), kv.bytesFor(a.numKvHeads * a.vHeadDim));
    if (mla == MlaCache::Expanded)
        return satAdd(kv.bytesFor(a.numHeads * (a.nopeHeadDim + a.ropeHeadDim)), kv.bytesFor(a.numHeads * a.vHeadDim));
    return kv.bytesFor(a.kvLoraRank + a.ropeHeadDim);
}

RecurrentStateElements recurrentStateElements(const ModelSpec& s)
{
    RecurrentStateElements e;
    for (const LayerSpec& l : s.layers) {
        if (!l.isRecurrent())
            continue;
        ++e.layers;
        if (l.mixer == MixerKind::GatedDeltaNet || l.mixer == MixerKind::KimiDelta) {
            // Kimi Delta Attention has the same state (llama_hparams::n_embd_r() / n_embd_s() for n_embd_head_kda):
            // the convolutions' last d_conv - 1 inputs of q, k and v, and a head_dim x head_dim matrix per head.
            const DeltaNetSpec& d = s.deltaNet;
            e.conv = satAdd(e.conv, satMul(std::max<qint64>(d.convKernel - 1, 0), d.convChannels()));
            e.ssm = satAdd(e.ssm, satMul(d.keyHeadDim, d.valueDim()));
            ++(l.mixer == MixerKind::KimiDelta ? e.kimiDeltaLayers : e.deltaNetLayers);
        } else if (l.mixer == MixerKind::Mamba2) {
            const MambaSpec& m = s.mamba;
            e.conv = satAdd(e.conv, satMul(std::max<qint64>(m.convKernel - 1, 0), m.convChannels()));
            e.ssm = satAdd(e.ssm, satMul(m.stateSize, m.innerDim()));
            ++e.mambaLayers;
        } else if (l.mixer == MixerKind::ShortConv) {
            // llama_hparams::n_embd_r(): (shortconv.l_cache - 1) x n_embd; n_embd_s() is 0
            e.conv = satAdd(e.conv, satMul(std::max<qint64>(s.shortConvKernel - 1, 0), s.hiddenSize));
            ++e.shortConvLayers;
        }
    }
    return e;
}

QString recurrentLayersText(const RecurrentStateElements& e)
{
    QStringList parts;
    if (e.deltaNetLayers > 0)
        parts << Tr::tr("%1 Gated DeltaNet layers").arg(e.deltaNetLayers);
    if (e.mambaLayers > 0)
        parts << Tr::tr("%1 Mamba2 layers").arg(e.mambaLayers);
    if (e.shortConvLayers > 0)
        parts << Tr::tr("%1 short-convolution layers").arg(e.shortConvLayers);
    if (e.kimiDeltaLayers > 0)
        parts << Tr::tr("%1 Kimi Delta Attention layers").arg(e.kimiDeltaLayers);
    return parts.join(QStringLiteral(" + "));
}

MemoryComponent EngineRules::recurrentState(const EngineInputs& in) const
{
    const RecurrentStateElements e = recurrentStateElements(in.scenario.model);
    MemoryComponent c;
    if (e.layers == 0)
        return c;
    const qint64 sequences = std::max<qint64>(in.scenario.batch, 1);
    const qint64 perSequence = satMul(satAdd(e.conv, e.ssm), 4);
    c.bytes = c.high = satMul(perSequence, sequences);
    c.low = satMul(satMul(satAdd(e.conv, e.ssm), 2), sequences);
    if (in.explain)
        c.explanation = Tr::tr("%1: convolution state %2 + SSM state %3 elements per sequence, assumed F32 (16-bit at "
                               "the low end) x %4 sequences; constant in the context")
                            .arg(recurrentLayersText(e))
                            .arg(e.conv)
                            .arg(e.ssm)
                            .arg(sequences);
    return c;
}

qint64 EngineRules::hostOutputBufferBytes(const Scenario&) const
{
    return 0;
}

std::optional<double> EngineRules::gpuShare(const Scenario&) const
{
    return std::nullopt;
}

} // namespace Planner
