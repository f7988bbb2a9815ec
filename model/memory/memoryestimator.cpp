// SPDX-FileCopyrightText: 2026 The FitPlanner authors
// SPDX-License-Identifier: MIT

#include "memoryestimator.h"

#include "checkedmath.h"
#include "ggufrecipe.h"
#include "quantassign.h"
#include "units.h"

#include <algorithm>
#include <array>
#include <cmath>

#include <QCoreApplication>

namespace Planner {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Planner::MemoryEstimator)
};

} // namespace

MemoryEstimator::MemoryEstimator(const QuantCatalog& catalog)
    : m_catalog(catalog)
{ }

qint64 MemoryEstimator::kvBytesPerTokenInLayer(const ModelSpec& s, Engine engine, const StorageType& kv) const
{
    return engineRules(engine).kvBytesPerTokenInLayer(s, kv);
}

struct MemoryEstimator::Layout
{
    std::vector<TensorSpec> tensors; // tensorLayout(spec, TensorNames::None)
    ParamCounts params;
    std::vector<size_t> ggufOrder; // ggufQuantizeOrder(tensors)
    // What pricing a recipe reads of each tensor, packed: tensors of equal shape (the same projection in every
    // block) share a shape number, so a recipe prices each (shape, type) pair once.
    enum class Part : quint8
    {
        Other,
        TokenEmbedding,
        PerLayerEmbedding, // Gemma 4 E-series' per-layer input table: an input-layer table like the embedding
        Output, // LM head and final norm
        Expert, // routed experts
        Mtp, // multi-token-prediction layers: in the checkpoint, loaded by no engine without speculative decoding
        Vision, // the vision tower: loaded with the model, run on images only, never read for a generated token
    };
    struct Entry
    {
        quint32 shape = 0;
        qint32 layer = -1;
        Part part = Part::Other;
    };
    std::vector<Entry> entries; // one per tensor
    std::vector<qint64> shapeElements; // parameters of one tensor of each shape
};

struct MemoryEstimator::WeightsPart
{
    ParamCounts params;
    MemoryComponent component;
    QMap<QString, qint64> bytesByType;
    std::vector<qint64> layerWeights;
    double bitsPerWeight = 0.0;
    qint64 activeWeightBytes = 0;
    qint64 tokenEmbeddingBytes = 0;
    qint64 perLayerEmbeddingBytes = 0; // part of tokenEmbeddingBytes
    qint64 outputBytes = 0;
    qint64 storedParams = 0; // parameters the stored tensors hold (what bitsPerWeight divides by)
    qint64 tensorCount = 0;
    bool fromFile = false;
    QStringList notes;
};

namespace {

constexpr qint64 kGgmlTensorAlignment = 32; // TENSOR_ALIGNMENT of ggml's CPU and GPU buffers

// Gemma 4's loader creates the tied output before the token embedding; a duplicated tensor is only shared with one
// that already exists, so llama.cpp holds the embedding twice (src/models/gemma4.cpp, llama-model-loader.cpp).
bool duplicatesTiedEmbedding(const ModelSpec& s)
{
    return s.tiedEmbeddings && s.modelType.startsWith(QLatin1String("gemma4"));
}

// llama.cpp skips an MTP block's tensors unless asked to load them, but deepseek32 and glm-dsa only mark the block's
// expert bias as optional, so it is loaded; glm4moe skips the whole block (src/models/glm4-moe.cpp).
bool loadsMtpExpertBias(const ModelSpec& s)
{
    return s.modelType != QLatin1String("glm4_moe");
}

// llama.cpp's step35 loader creates an MTP block's required tensors (its norms, q/k/v/o and eh_proj) with
// TENSOR_SKIP unless asked for the MTP blocks, but its optional ones (q/k norms, the head gate, the MLP or experts,
// the block's head and that head's norm) without: those it loads with the model (src/models/step35.cpp,
// load_block_mtp). `base` is the name without block and suffix.
bool loadsStepMtpTensor(const ModelSpec& s, QLatin1String base)
{
    if (!s.mtpOwnHead)
        return false;
    static const char* const kSkipped[] = { "attn_norm", "attn_q", "attn_k", "attn_v", "attn_output", "ffn_norm",
        "nextn.eh_proj", "nextn.enorm", "nextn.hnorm" };
    return std::none_of(
        std::begin(kSkipped), std::end(kSkipped), [base](const char* name) { return base == QLatin1String(name); });
}

// The same for a tensor of a GGUF file: "blk.45.attn_q_norm.weight" -> "attn_q_norm".
bool loadsStepMtpTensor(const ModelSpec& s, const QString& name)
{
    if (!s.mtpOwnHead)
        return false;
    const QByteArray latin = name.toLatin1();
    qsizetype from = latin.indexOf('.', 4) + 1; // past "blk.N."
    qsizetype to = latin.lastIndexOf('.');
    if (from <= 0 || to <= from)
        return false;
    return loadsStepMtpTensor(s, QLatin1String(latin.constData() + from, to - from));
}

// Everything in a ModelSpec that sizes tensors, as bytes: the cache key's architecture part.
QByteArray architectureKey(const ModelSpec& s, qsizetype extra = 0)
{
    const AttentionSpec& a = s.attention;
    const qint64 fields[] = { s.hiddenSize, s.vocabSize, s.numLayers, a.numHeads, a.numKvHeads, a.headDim, a.vHeadDim,
        a.qkvBias, a.outputBias, a.fusedQkv, qint64(a.qkNorm), a.sinks, a.qLoraRank, a.kvLoraRank, a.ropeHeadDim,
        a.nopeHeadDim, s.ffn.intermediate, s.ffn.gated, s.ffn.fusedGateUp, s.ffn.bias, s.moe.numExperts,
        s.moe.expertsPerToken, s.moe.expertIntermediate, s.moe.sharedExperts, s.moe.sharedIntermediate,
        s.moe.sharedExpertGate, s.moe.routerBias, s.moe.expertBias, s.moe.correctionBias, s.tiedEmbeddings,
        s.lmHeadBias, s.normsPerLayer, s.normBias, s.ggufRopeTensors, s.ggufRopeTensorSize, s.vision.hiddenSize,
        s.vision.intermediateSize, s.vision.numLayers, s.vision.patchSize, s.vision.imageSize, s.vision.numChannels,
        s.vision.projectorOut, qint64(s.vision.kind), s.vision.mergeSize, s.vision.projectorBias, s.slidingWindow,
        a.outputGate, a.valueFromKey, a.indexHeads, a.indexHeadDim, s.moe.gatedExperts, s.moe.scaledRouter,
        s.moe.denseBesideExperts, s.ffnNormAfterAttention, s.layerScalar, s.mtpLayers, s.mtpOwnEmbedding,
        s.mtpEmbeddingInGguf, s.ssmStateBytes, s.moe.latentSize, s.deltaNet.numKeyHeads, s.deltaNet.numValueHeads,
        s.deltaNet.keyHeadDim, s.deltaNet.valueHeadDim, s.deltaNet.convKernel, s.mamba.numHeads, s.mamba.headDim,
        s.mamba.stateSize, s.mamba.groups, s.mamba.convKernel, s.mamba.convBias, s.mamba.projBias,
        s.globalAttention.numHeads, s.globalAttention.numKvHeads, s.globalAttention.headDim, s.globalAttention.vHeadDim,
        s.globalAttention.valueFromKey, s.shortConvKernel, s.perLayerInputSize, s.perLayerVocab, s.vision.temporalPatch,
        s.vision.spatialMerge, s.vision.positionEmbeddings, s.vision.deepstackMergers, a.headGateWidth,
        s.globalAttention.sinks, s.mtpDenseFfn, a.separateOutputGate, a.headGate, a.qkNormGgufOnly,
        s.globalAttention.headGate, qint64(s.globalAttention.qkNorm), s.mtpOwnHead, s.vision.positionGrid,
        s.vision.projectorHidden, a.indexBlock, s.deltaNet.fullRankGate, s.moe.routedLatent, s.moe.latentNorm,
        s.attnResBlockSize };
    QByteArray key(reinterpret_cast<const char*>(fields), sizeof(fields));
    key.reserve(key.size() + 2 * qsizetype(s.layers.size()) + s.modelType.size() * 3 + extra);
    for (const LayerSpec& l : s.layers) {
        key.append(char((l.moe ? 1 : 0) | (l.window == AttentionWindow::Sliding ? 2 : 0)
            | (l.window == AttentionWindow::Chunked ? 4 : 0) | (l.hasMixer ? 32 : 0) | (l.hasFfn ? 64 : 0)
            | (l.globalShape ? 128 : 0)));
        key.append(char(l.mixer));
    }
    if (a.hasIndexer()) {
        for (const LayerSpec& l : s.layers)
            key.append(char(l.indexer ? 1 : 0));
    }
    for (const LayerSpec& l : s.mtpLayerSpecs) // Step 3.5/3.7: the MTP blocks' attention kind and feed-forward
        key.append(
            char(16 | (l.moe ? 1 : 0) | (l.window == AttentionWindow::Sliding ? 2 : 0) | (l.globalShape ? 4 : 0)));
    for (size_t il = 0; il < s.layers.size(); ++il) {
        const LayerSpec& l = s.layers[il];
        // Gemma 4 E-series: shared KV, double-wide MLPs; Laguna: query heads per layer
        if (l.kvSourceLayer >= 0 || l.ffnIntermediate > 0 || l.numHeads > 0) {
            const qint64 shape[] = { qint64(il), l.kvSourceLayer, l.ffnIntermediate, l.numHeads };
            key.append(reinterpret_cast<const char*>(shape), sizeof(shape));
        }
    }
    if (s.deepseekV4.isPresent()) { // DeepSeek-V4: the output projection, the streams and each layer's compression
        const qint64 v4[] = { s.deepseekV4.outputGroups, s.deepseekV4.outputLoraRank, s.deepseekV4.hyperConnections };
        key.append(reinterpret_cast<const char*>(v4), sizeof(v4));
        for (const LayerSpec& l : s.layers)
            key.append(char((l.compressRatio == 4 ? 1 : (l.compressRatio == 128 ? 2 : 0)) | (l.hashRouted ? 4 : 0)));
        for (const qint64 ratio : s.deepseekV4.mtpCompressRatios)
            key.append(reinterpret_cast<const char*>(&ratio), sizeof(ratio));
    }
    key.append(s.modelType.toUtf8()); // family rules of the GGUF quantizer depend on the architecture name
    return key;
}

} // namespace

std::shared_ptr<const MemoryEstimator::Layout> MemoryEstimator::layoutFor(
    const ModelSpec& s, const QByteArray& architecture) const
{
    {
        const QMutexLocker lock(&m_cacheMutex);
        if (const auto it = m_layouts.constFind(architecture); it != m_layouts.constEnd())
            return *it;
    }
    auto l = std::make_shared<Layout>();
    l->tensors = tensorLayout(s, TensorNames::None);
    l->params = countParameters(s, l->tensors);
    l->ggufOrder = ggufQuantizeOrder(l->tensors);
    std::vector<std::array<qint64, 3>> shapes;
    l->entries.reserve(l->tensors.size());
    for (const TensorSpec& t : l->tensors) {
        const std::array<qint64, 3> dims { t.ne0, t.ne1, t.ne2 };
        const auto it = std::find(shapes.cbegin(), shapes.cend(), dims);
        Layout::Entry entry;
        entry.shape = quint32(it - shapes.cbegin());
        entry.layer = t.layer >= 0 && t.layer < s.numLayers ? t.layer : -1;
        if (t.role == TensorRole::TokenEmbd)
            entry.part = Layout::Part::TokenEmbedding;
        else if (t.role == TensorRole::PerLayerTokenEmbd)
            entry.part = Layout::Part::PerLayerEmbedding;
        else if (t.role == TensorRole::Output || t.role == TensorRole::OutputNorm)
            entry.part = Layout::Part::Output;
        else if (t.mtp)
            entry.part = Layout::Part::Mtp;
        else if (t.role == TensorRole::Vision)
            entry.part = Layout::Part::Vision;
        else if (t.isExpert())
            entry.part = Layout::Part::Expert;
        l->entries.push_back(entry);
        if (it == shapes.cend()) {
            shapes.push_back(dims);
            l->shapeElements.push_back(t.elements());
        }
    }
    const QMutexLocker lock(&m_cacheMutex);
    if (m_layouts.size() >= kLayoutCacheSize)
        m_layouts.clear();
    m_layouts.insert(architecture, l);
    return l;
}

std::shared_ptr<const MemoryEstimator::WeightsPart> MemoryEstimator::weightsFor(
    const ModelSpec& s, const QuantRecipe& recipe, WeightLoading loading, QString* error) const
{
    QByteArray key = architectureKey(s, recipe.id.size() * 3 + 3);
    const qsizetype architectureSize = key.size();
    key.append('\0').append(recipe.id.toUtf8()).append('\0').append(char(loading));
    {
        const QMutexLocker lock(&m_cacheMutex);
        if (const auto it = m_cache.constFind(key); it != m_cache.constEnd())
            return *it;
    }

    // The tensor list depends on the architecture alone: a search over recipes builds it once.
    const std::shared_ptr<const Layout> layout = layoutFor(s, key.left(architectureSize));
    const std::vector<TensorSpec>& tensors = layout->tensors;
    auto w = std::make_shared<WeightsPart>();
    w->params = layout->params;
    const StorageAssignment assigned
        = assignStorage(s, tensors, recipe, loading, m_catalog, &w->notes, &layout->ggufOrder);
    if (assigned.types.size() != tensors.size()) {
        *error = Tr::tr("quantization '%1' has no rule for this architecture").arg(recipe.id);
        return nullptr;
    }
    if (!assigned.missingType.isEmpty()) {
        const TensorSpec& t = tensors[assigned.missingTensor];
        *error = Tr::tr("storage type '%1' of tensor %2 (layer %3) is not in the catalog")
                     .arg(assigned.missingType, QLatin1String(t.base))
                     .arg(t.layer);
        return nullptr;
    }
    w->layerWeights.assign(static_cast<size_t>(std::max<qint64>(s.numLayers, 0)), 0);
    qint64 storedParams = 0;
    qint64 expertBytes = 0;
    qint64 visionBytes = 0;
    qint64 total = 0;
    // A recipe uses a handful of types: a vector beats a map here. Bytes per (shape, type slot) are memoised.
    std::vector<std::pair<const StorageType*, qint64>> perType;
    constexpr size_t kSlots = 8;
    std::vector<qint64> priced(layout->shapeElements.size() * kSlots, -1);
    const StorageType* embeddingType = nullptr;
    size_t slot = 0;
    for (size_t i = 0; i < tensors.size(); ++i) {
        const StorageType* st = assigned.types[i];
        if (!st)
            continue; // not loaded by this engine
        const Layout::Entry& entry = layout->entries[i];
        // llama.cpp skips the MTP blocks' tensors unless asked to load them, except the expert bias, which it
        // only marks as optional (deepseek32, glm-dsa).
        if (entry.part == Layout::Part::Mtp
            && !(loading == WeightLoading::GgufFile
                && ((tensors[i].role == TensorRole::ExpProbsB && loadsMtpExpertBias(s))
                    || loadsStepMtpTensor(s, QLatin1String(tensors[i].base)))))
            continue;
        if (slot >= perType.size() || perType[slot].first != st) {
            slot = size_t(std::find_if(perType.cbegin(), perType.cend(), [st](const auto& p) { return p.first == st; })
                - perType.cbegin());
            if (slot == perType.size())
                perType.emplace_back(st, 0);
        }
        const auto price = [&] {
            const TensorSpec& t = tensors[i];
            // ggml's buffers place every tensor at a 32-byte boundary (Gemma 4's 4-byte layer scales take 32)
            const qint64 b = st->bytesFor(t.ne0, t.ne1, t.ne2);
            return loading == WeightLoading::GgufFile ? padTo(b, kGgmlTensorAlignment) : b;
        };
        qint64 bytes = 0;
        if (slot < kSlots) {
            qint64& memo = priced[entry.shape * kSlots + slot];
            if (memo < 0)
                memo = price();
            bytes = memo;
        } else {
            bytes = price();
        }
        total = satAdd(total, bytes);
        perType[slot].second = satAdd(perType[slot].second, bytes);
        storedParams = satAdd(storedParams, layout->shapeElements[entry.shape]);
        if (entry.layer >= 0)
            w->layerWeights[size_t(entry.layer)] += bytes;
        switch (entry.part) {
        case Layout::Part::TokenEmbedding:
            w->tokenEmbeddingBytes += bytes;
            embeddingType = st;
            break;
        case Layout::Part::PerLayerEmbedding:
            w->tokenEmbeddingBytes += bytes;
            w->perLayerEmbeddingBytes += bytes;
            break;
        case Layout::Part::Output:
            w->outputBytes += bytes;
            break;
        case Layout::Part::Expert:
            expertBytes += bytes;
            break;
        case Layout::Part::Vision:
            visionBytes += bytes;
            break;
        case Layout::Part::Mtp:
        case Layout::Part::Other:
            break;
        }
    }
    if (loading == WeightLoading::GgufFile && duplicatesTiedEmbedding(s) && embeddingType) {
        const qint64 copy = w->tokenEmbeddingBytes - w->perLayerEmbeddingBytes;
        total = satAdd(total, copy);
        w->outputBytes += copy;
        for (auto& [type, bytes] : perType) {
            if (type == embeddingType)
                bytes = satAdd(bytes, copy);
        }
    }
    for (const auto& [type, bytes] : perType)
        w->bytesByType.insert(type->id, bytes);
    const double activeFraction = s.isMoe() ? double(s.moe.expertsPerToken) / double(s.moe.numExperts) : 1.0;
    w->component.bytes = w->component.low = w->component.high = total;
    w->bitsPerWeight = storedParams > 0 ? double(total) * 8.0 / double(storedParams) : 0.0;
    // Weights with only the active share of the routed experts and without the vision tower (the embedding table
    // included; readers that price a token's memory traffic take out the table themselves).
    w->activeWeightBytes = total - visionBytes - expertBytes + qint64(double(expertBytes) * activeFraction);
    w->storedParams = storedParams;
    w->tensorCount = qint64(tensors.size());

    const QMutexLocker lock(&m_cacheMutex);
    if (m_cache.size() >= kWeightsCacheSize) // a search over the whole catalog stays cached; beyond, start afresh
        m_cache.clear();
    m_cache.insert(key, w);
    return w;
}

namespace {

// The weights of a model file: the bytes each tensor really occupies in the file's own types. Projector tensors
// are left to the caller.
std::shared_ptr<const MemoryEstimator::WeightsPart> storedWeights(
    const Scenario& sc, WeightLoading loading, QString* error)
{
    const ModelSpec& s = sc.model;
    auto w = std::make_shared<MemoryEstimator::WeightsPart>();
    w->params = countParameters(s);
    w->layerWeights.assign(static_cast<size_t>(s.numLayers), 0);
    qint64 storedParams = 0;
    qint64 expertBytes = 0;
    qint64 total = 0;
    qsizetype count = 0;
    for (const StoredTensor& t : sc.storedTensors) {
        if (t.projector)
            continue;
        // Multi-token-prediction blocks follow the decoder's blocks; like the recipe's, they are not loaded (but for
        // the expert bias, which llama.cpp only marks as optional).
        if (t.layer >= s.numLayers && t.layer < s.numLayers + s.mtpLayers
            && !(t.name.endsWith(QLatin1String(".exp_probs_b.bias")) && loadsMtpExpertBias(s))
            && !(loading == WeightLoading::GgufFile && loadsStepMtpTensor(s, t.name)))
            continue;
        if (t.bytes < 0 || t.elements < 0) {
            *error = Tr::tr("tensor %1 of the model file has a negative size").arg(t.name);
            return nullptr;
        }
        ++count;
        const qint64 bytes = loading == WeightLoading::GgufFile ? padTo(t.bytes, kGgmlTensorAlignment) : t.bytes;
        total = satAdd(total, bytes);
        w->bytesByType[t.typeId] = satAdd(w->bytesByType.value(t.typeId), bytes);
        storedParams = satAdd(storedParams, t.elements);
        if (t.layer >= 0 && t.layer < s.numLayers)
            w->layerWeights[size_t(t.layer)] = satAdd(w->layerWeights[size_t(t.layer)], bytes);
        const bool perLayerTable = t.name == QLatin1String("per_layer_token_embd.weight");
        if (t.tokenEmbedding)
            w->tokenEmbeddingBytes = satAdd(w->tokenEmbeddingBytes, bytes);
        if (t.tokenEmbedding && perLayerTable)
            w->perLayerEmbeddingBytes = satAdd(w->perLayerEmbeddingBytes, bytes);
        if (t.output)
            w->outputBytes = satAdd(w->outputBytes, bytes);
        if (t.expert)
            expertBytes = satAdd(expertBytes, bytes);
        if (t.tokenEmbedding && !perLayerTable && loading == WeightLoading::GgufFile && duplicatesTiedEmbedding(s)) {
            total = satAdd(total, bytes);
            w->outputBytes = satAdd(w->outputBytes, bytes);
            w->bytesByType[t.typeId] = satAdd(w->bytesByType.value(t.typeId), bytes);
        }
    }
    const double activeFraction = s.isMoe() ? double(s.moe.expertsPerToken) / double(s.moe.numExperts) : 1.0;
    w->component.bytes = w->component.low = w->component.high = total;
    w->bitsPerWeight = storedParams > 0 ? double(total) * 8.0 / double(storedParams) : 0.0;
    w->activeWeightBytes = total - expertBytes + qint64(double(expertBytes) * activeFraction);
    w->storedParams = storedParams;
    w->tensorCount = count;
    w->fromFile = true;
    return w;
}

bool modelFromFile(const Scenario& sc)
{
    return std::any_of(
        sc.storedTensors.cbegin(), sc.storedTensors.cend(), [](const StoredTensor& t) { return !t.projector; });
}

// Checks every engine shares: the model's shape and the scenario's ranges. Empty when they pass.
QString validateCommonInputs(const Scenario& sc)
{
    const ModelSpec& s = sc.model;
    if (s.numLayers <= 0 || s.hiddenSize <= 0 || s.vocabSize <= 0)
        return Tr::tr("model '%1' has no layers, hidden size or vocabulary").arg(s.id);
    if (sc.context < 1 || sc.context > MemoryEstimator::kMaxContext)
        return Tr::tr("context %1 is out of range (1 to %2 tokens)").arg(sc.context).arg(MemoryEstimator::kMaxContext);
    if (sc.batch < 1 || sc.batch > MemoryEstimator::kMaxBatch)
        return Tr::tr("batch %1 is out of range (1 to %2 sequences)").arg(sc.batch).arg(MemoryEstimator::kMaxBatch);
    if (sc.ubatch < 1 || sc.ubatch > 1 << 20)
        return Tr::tr("micro-batch %1 is out of range").arg(sc.ubatch);
    if (!(sc.gpuMemoryUtilization > 0.0 && sc.gpuMemoryUtilization <= 1.0))
        return Tr::tr("GPU memory utilization %1 must be above 0 and at most 1").arg(sc.gpuMemoryUtilization);
    return {};
}

// DeepSeek-V4's cache: per layer what the engine's rule holds for the raw window and the compressed keys (see
// EngineRules::deepseekV4LayerKvBytes). The bytes per token are those the context adds once it is past the window:
// one compressed key (and indexer key) per compress_ratio tokens.
void addDeepseekV4KvCache(
    MemoryEstimate* e, const Scenario& sc, const EngineRules& rules, const StorageType& kvType, bool explain)
{
    const ModelSpec& s = sc.model;
    const AttentionSpec& a = s.attention;
    qint64 counts[3] = {}; // window only, ratio 4, ratio 128
    double perToken = 0.0;
    for (qint64 il = 0; il < s.numLayers; ++il) {
        const LayerSpec& layer = s.layers[size_t(il)];
        e->layers[size_t(il)].kvCache = rules.deepseekV4LayerKvBytes(sc, layer, kvType);
        e->kvCache.bytes = satAdd(e->kvCache.bytes, e->layers[size_t(il)].kvCache);
        ++e->kvLayers;
        ++counts[layer.compressRatio == 4 ? 1 : (layer.compressRatio == 128 ? 2 : 0)];
        if (layer.compressRatio > 0) {
            const qint64 row
                = kvType.bytesFor(a.headDim) + (layer.compressRatio == 4 ? kvType.bytesFor(a.indexHeadDim) : qint64(0));
            perToken += double(row) / double(layer.compressRatio);
        }
    }
    const qint64 growth = qint64(std::ceil(perToken));
    e->kvBytesPerToken = growth;
    e->kvCache.low = e->kvCache.high = e->kvCache.bytes;
    if (!explain)
        return;
    e->kvCache.explanation
        = Tr::tr("DeepSeek-V4: every layer keeps the last %1 raw keys (one shared key/value head of %2, %3); %4 layers "
                 "add one compressed key per 4 tokens and one lightning-indexer key (%5 dims) as often, %6 layers one "
                 "compressed key per 128 tokens, %7 layers the window alone; %8 bytes per token past the window. %9.")
              .arg(s.slidingWindow)
              .arg(a.headDim)
              .arg(kvType.id)
              .arg(counts[1])
              .arg(a.indexHeadDim)
              .arg(counts[2])
              .arg(counts[0])
              .arg(growth)
              .arg(rules.kvRule(sc));
}

// The KV cache: tokens held per layer by the engine's allocation rule, times the bytes a token costs per layer.
KvTokens addKvCache(
    MemoryEstimate* e, const Scenario& sc, const EngineRules& rules, const StorageType& kvType, bool explain)
{
    const ModelSpec& s = sc.model;
    if (s.deepseekV4.isPresent()) {
        addDeepseekV4KvCache(e, sc, rules, kvType, explain);
        return rules.kvTokens(sc);
    }
    const qint64 rowBytes = rules.kvBytesPerTokenInLayer(s, kvType);
    const qint64 globalRowBytes = rules.kvBytesPerTokenInLayer(s.globalAttention, kvType);
    const KvTokens tokens = rules.kvTokens(sc);
    for (qint64 il = 0; il < s.numLayers; ++il) {
        const LayerSpec& layer = s.layers[size_t(il)];
        if (!layer.holdsKv())
            continue;
        qint64 row = layer.globalShape ? globalRowBytes : rowBytes;
        if (!layer.indexer) // a layer that reuses another layer's top-k keeps no indexer keys
            row -= rules.indexerKeyBytesPerToken(s.attention, kvType);
        e->kvBytesPerToken = satAdd(e->kvBytesPerToken, row);
        ++e->kvLayers;
        e->layers[size_t(il)].kvCache
            = satAdd(satMul(row, layer.isWindowed() ? tokens.sliding : tokens.full), rules.kvLayerFixedBytes(layer));
        e->kvCache.bytes = satAdd(e->kvCache.bytes, e->layers[size_t(il)].kvCache);
    }
    // The engine's cache may also cover MTP layers, whose weights it does not load: their rows go with the last
    // decoder layer, beside which llama.cpp places them.
    const qint64 mtpKv = s.numLayers > 0 ? rules.mtpKvLayers(s) : 0;
    if (mtpKv > 0) {
        const qint64 bytes = satMul(satMul(rowBytes, tokens.full), mtpKv);
        e->kvBytesPerToken = satAdd(e->kvBytesPerToken, satMul(rowBytes, mtpKv));
        e->layers[size_t(s.numLayers - 1)].kvCache = satAdd(e->layers[size_t(s.numLayers - 1)].kvCache, bytes);
        e->kvCache.bytes = satAdd(e->kvCache.bytes, bytes);
    }
    e->kvCache.low = e->kvCache.high = e->kvCache.bytes;
    if (!explain)
        return tokens;
    const AttentionSpec& a = s.attention;
    QString perToken;
    if (a.isMla() && rules.mlaCacheFor(s) == MlaCache::Latent && a.hasIndexer())
        perToken = Tr::tr("(MLA latent (%1 + %2 rope) + indexer key %3) x %4")
                       .arg(a.kvLoraRank)
                       .arg(a.ropeHeadDim)
                       .arg(a.indexHeadDim)
                       .arg(kvType.id);
    else if (a.isMla() && rules.mlaCacheFor(s) == MlaCache::Latent)
        perToken = Tr::tr("MLA latent (%1 + %2 rope) x %3").arg(a.kvLoraRank).arg(a.ropeHeadDim).arg(kvType.id);
    else if (a.isMla())
        perToken = Tr::tr("K %1 heads x %2 + V %1 heads x %3, %4")
                       .arg(a.numHeads)
                       .arg(a.nopeHeadDim + a.ropeHeadDim)
                       .arg(a.vHeadDim)
                       .arg(kvType.id);
    else
        perToken = Tr::tr("2 (K,V) x %1 KV heads x %2 dims x %3").arg(a.numKvHeads).arg(a.headDim).arg(kvType.id);
    const auto holding = [&s](AttentionWindow w) {
        return std::count_if(
            s.layers.cbegin(), s.layers.cend(), [w](const LayerSpec& l) { return l.holdsKv() && l.window == w; });
    };
    const qint64 slidingLayers = holding(AttentionWindow::Sliding);
    const qint64 chunkedLayers = holding(AttentionWindow::Chunked);
    const qint64 sharingLayers
        = std::count_if(s.layers.cbegin(), s.layers.cend(), [](const LayerSpec& l) { return l.kvSourceLayer >= 0; });
    const qint64 globalLayers = std::count_if(
        s.layers.cbegin(), s.layers.cend(), [](const LayerSpec& l) { return l.holdsKv() && l.globalShape; });
    QString layersText
        = Tr::tr("%1 layers x %2 tokens").arg(e->kvLayers - slidingLayers - chunkedLayers).arg(tokens.full);
    if (slidingLayers > 0)
        layersText += Tr::tr(" + %1 sliding-window layers x %2 tokens (window %3)")
                          .arg(slidingLayers)
                          .arg(tokens.sliding)
                          .arg(s.slidingWindow);
    if (chunkedLayers > 0)
        layersText += Tr::tr(" + %1 chunked-attention layers x %2 tokens (chunk %3)")
                          .arg(chunkedLayers)
                          .arg(tokens.sliding)
                          .arg(s.slidingWindow);
    if (mtpKv > 0)
        layersText += Tr::tr(" + %1 MTP layers x %2 tokens (cached, weights not loaded)").arg(mtpKv).arg(tokens.full);
    e->kvCache.explanation = Tr::tr("%1 x %2 = %3 bytes per layer and token. %4.")
                                 .arg(layersText, perToken)
                                 .arg(rowBytes)
                                 .arg(rules.kvRule(sc));
    if (globalLayers > 0) {
        const AttentionSpec& g = s.globalAttention;
        e->kvCache.explanation += QLatin1Char(' ')
            + Tr::tr("The %1 full-attention layers have their own shape: 2 (K,V) x %2 KV heads x %3 dims = %4 bytes "
                     "per layer and token.")
                  .arg(globalLayers)
                  .arg(g.numKvHeads)
                  .arg(g.headDim)
                  .arg(rules.kvBytesPerTokenInLayer(g, kvType));
    }
    if (sharingLayers > 0)
        e->kvCache.explanation += QLatin1Char(' ')
            + Tr::tr("The last %1 of the %2 layers hold no KV cache of their own: each reads that of an earlier "
                     "layer of its kind (KV sharing).")
                  .arg(sharingLayers)
                  .arg(s.numLayers);
    if (e->kvLayers + sharingLayers < s.numLayers)
        e->kvCache.explanation += QLatin1Char(' ')
            + Tr::tr("%1 of the %2 layers hold no KV cache (recurrent or feed-forward only).")
                  .arg(s.numLayers - e->kvLayers - sharingLayers)
                  .arg(s.numLayers);
    return tokens;
}

// Splits the recurrent state over the layers that hold it, in proportion to each layer's elements, so placement
// moves it with its layer.
void addRecurrentStatePerLayer(MemoryEstimate* e, const Scenario& sc)
{
    const ModelSpec& s = sc.model;
    const RecurrentStateElements all = recurrentStateElements(s);
    const qint64 total = satAdd(all.conv, all.ssm);
    if (total <= 0)
        return;
    qint64 assigned = 0;
    qint64 last = -1;
    for (qint64 il = 0; il < s.numLayers && size_t(il) < e->layers.size(); ++il) {
        ModelSpec one;
        one.deltaNet = s.deltaNet;
        one.mamba = s.mamba;
        one.layers = { s.layers[size_t(il)] };
        const RecurrentStateElements mine = recurrentStateElements(one);
        if (mine.layers == 0)
            continue;
        const qint64 bytes
            = qint64(double(e->recurrentState.bytes) * double(satAdd(mine.conv, mine.ssm)) / double(total));
        e->layers[size_t(il)].recurrentState = bytes;
        assigned = satAdd(assigned, bytes);
        last = il;
    }
    if (last >= 0) // rounding: the last recurrent layer takes the remainder
        e->layers[size_t(last)].recurrentState += e->recurrentState.bytes - assigned;
}

} // namespace

namespace {

// The storage type of the routed experts' weight matrices: the one holding most of the model file's expert bytes,
// or the recipe's.
QString expertTypeOf(const Scenario& sc, const QuantRecipe* recipe)
{
    QHash<QString, qint64> fileTypes;
    for (const StoredTensor& t : sc.storedTensors) {
        if (t.expert && !t.projector)
            fileTypes[t.typeId] = satAdd(fileTypes.value(t.typeId), t.bytes);
    }
    if (!fileTypes.isEmpty()) {
        const auto most = std::max_element(fileTypes.cbegin(), fileTypes.cend());
        return most.key();
    }
    if (!recipe || recipe->format == RecipeFormat::Gguf)
        return {};
    return recipe->expertType.isEmpty() ? recipe->baseType : recipe->expertType;
}

// Adds what the engine's kernels add to the routed experts once loaded (EngineRules::repackedExperts) to every MoE
// layer of `e`, and the band's upper end to the weights' band. Call after the band is set.
void addRepackedExperts(
    MemoryEstimate* e, const Scenario& sc, const QuantRecipe* recipe, const EngineRules& rules, bool explain)
{
    if (!sc.model.isMoe())
        return;
    const QString type = expertTypeOf(sc, recipe);
    const RepackedExperts r = rules.repackedExperts(sc.model, type, explain);
    if (r.bytes <= 0 && r.high <= 0)
        return;
    qint64 layers = 0;
    for (size_t il = 0; il < e->layers.size() && il < sc.model.layers.size(); ++il) {
        if (!sc.model.layers[il].moe)
            continue;
        e->layers[il].weights = satAdd(e->layers[il].weights, r.bytes);
        ++layers;
    }
    const qint64 added = satMul(r.bytes, layers);
    e->weights.bytes = satAdd(e->weights.bytes, added);
    e->weights.low = satAdd(e->weights.low, added);
    e->weights.high = satAdd(e->weights.high, satMul(std::max(r.high, r.bytes), layers));
    e->bytesByType[type] = satAdd(e->bytesByType.value(type), added);
    e->activeWeightBytes = satAdd(e->activeWeightBytes,
        qint64(double(added) * double(sc.model.moe.expertsPerToken) / double(sc.model.moe.numExperts)));
    if (explain && added > 0)
        e->weights.explanation += QStringLiteral("; ") + r.rule;
}

} // namespace

std::shared_ptr<const MemoryEstimator::WeightsPart> MemoryEstimator::scenarioWeights(
    const Scenario& sc, const QuantRecipe* recipe, const EngineRules& rules, QString* error) const
{
    if (modelFromFile(sc))
        return storedWeights(sc, rules.weightLoading(), error);
    return weightsFor(sc.model, *recipe, rules.weightLoading(), error);
}

bool MemoryEstimator::addWeights(MemoryEstimate* e, const Scenario& sc, const QuantRecipe* recipe,
    const EngineRules& rules, bool explain, QString* error) const
{
    const std::shared_ptr<const WeightsPart> weights = scenarioWeights(sc, recipe, rules, error);
    if (!weights)
        return false;
    e->params = weights->params;
    e->weights = weights->component;
    if (explain) {
        QStringList parts;
        for (auto it = weights->bytesByType.cbegin(); it != weights->bytesByType.cend(); ++it)
            parts << QStringLiteral("%1 %2").arg(it.key(), formatBytes(it.value()));
        e->weights.explanation
            = (weights->fromFile ? Tr::tr("%1 parameters in %2 tensors as stored in the model file (%3, %4 bits per "
                                          "weight): %5")
                                 : Tr::tr("%1 parameters in %2 tensors stored as %3 (%4 bits per weight): %5"))
                  .arg(formatCount(weights->storedParams))
                  .arg(weights->tensorCount)
                  .arg(e->recipeId)
                  .arg(weights->bitsPerWeight, 0, 'f', 2)
                  .arg(parts.join(QStringLiteral(", ")));
    }
    e->bytesByType = weights->bytesByType;
    e->bitsPerWeight = weights->bitsPerWeight;
    e->activeWeightBytes = weights->activeWeightBytes;
    e->tokenEmbeddingBytes = weights->tokenEmbeddingBytes;
    e->perLayerEmbeddingBytes = weights->perLayerEmbeddingBytes;
    e->outputBytes = weights->outputBytes;
    e->notes = weights->notes;
    e->layers.assign(static_cast<size_t>(sc.model.numLayers), LayerBytes {});
    for (size_t il = 0; il < e->layers.size() && il < weights->layerWeights.size(); ++il)
        e->layers[il].weights = weights->layerWeights[il];
    // A vision projector (mmproj) file on top of the model's weights.
    for (const StoredTensor& t : sc.storedTensors) {
        if (!t.projector)
            continue;
        if (t.bytes < 0) {
            *error = Tr::tr("tensor %1 of the projector file has a negative size").arg(t.name);
            return false;
        }
        e->weights.bytes = satAdd(e->weights.bytes, t.bytes);
        e->bytesByType[t.typeId] = satAdd(e->bytesByType.value(t.typeId), t.bytes);
    }
    e->weights.low = e->weights.high = e->weights.bytes;
    addRepackedExperts(e, sc, recipe, rules, explain);
    return true;
}

QString MemoryEstimator::checkScenario(
    const Scenario& sc, const EngineRules& rules, const QuantRecipe* recipe, const StorageType** kvType) const
{
    if (QString why = validateCommonInputs(sc); !why.isEmpty())
        return why;
    if (!recipe && !modelFromFile(sc))
        return Tr::tr("unknown quantization '%1' (known: %2)")
            .arg(sc.recipeId, m_catalog.recipeIds().join(QStringLiteral(", ")));
    if (recipe && !rules.runs(*recipe))
        return Tr::tr("%1 cannot run %2 (it runs on: %3)")
            .arg(rules.displayName(), recipe->id, recipe->engines.join(QStringLiteral(", ")));
    QString kvId = sc.kvType.trimmed();
    if (kvId.compare(QLatin1String("fp8"), Qt::CaseInsensitive) == 0
        || kvId.compare(QLatin1String("fp8_e4m3"), Qt::CaseInsensitive) == 0)
        kvId = QStringLiteral("FP8_E4M3");
    *kvType = m_catalog.type(kvId);
    const QStringList allowed = rules.kvTypes();
    const bool kvAllowed = std::any_of(allowed.cbegin(), allowed.cend(),
        [&kvId](const QString& id) { return id.compare(kvId, Qt::CaseInsensitive) == 0; });
    if (!*kvType || !kvAllowed)
        return Tr::tr("KV cache type '%1' is not available in %2 (choose one of: %3)")
            .arg(sc.kvType, rules.displayName(), allowed.join(QStringLiteral(", ")));
    return rules.validate(sc, **kvType);
}

std::optional<MemoryEstimate> MemoryEstimator::estimate(const Scenario& sc, QString* error, Detail detail) const
{
    return estimate(sc, engineRules(sc.engine), error, detail);
}

std::optional<MemoryEstimate> MemoryEstimator::estimate(
    const Scenario& sc, const EngineRules& rules, QString* error, Detail detail) const
{
    const bool explain = detail == Detail::Explained;
    const QuantRecipe* recipe = m_catalog.recipe(sc.recipeId);
    const StorageType* kvType = nullptr;
    QString why = checkScenario(sc, rules, recipe, &kvType);
    MemoryEstimate e;
    if (why.isEmpty()) {
        e.modelId = sc.model.id;
        e.recipeId = recipe ? recipe->id : sc.recipeId;
        e.engine = rules.engine();
        e.context = sc.context;
        e.batch = sc.batch;
        e.kvType = kvType->id;
        addWeights(&e, sc, recipe, rules, explain, &why);
    }
    if (!why.isEmpty()) {
        if (error)
            *error = why;
        return std::nullopt;
    }

    // The engine's rules: the KV cache it allocates, then its compute buffers and runtime.
    EngineInputs in { sc, *kvType, {}, explain };
    in.kvTokens = addKvCache(&e, sc, rules, *kvType, explain);
    e.recurrentState = rules.recurrentState(in);
    e.recurrentLayers = recurrentStateElements(sc.model).layers;
    if (e.recurrentState.bytes > 0)
        addRecurrentStatePerLayer(&e, sc);
    e.activations = rules.activations(in);
    e.overhead = rules.overhead(in);

    e.total = satAdd(satAdd(e.weights.bytes, e.kvCache.bytes), satAdd(e.activations.bytes, e.overhead.bytes));
    e.totalLow = satAdd(satAdd(e.weights.low, e.kvCache.low), satAdd(e.activations.low, e.overhead.low));
    e.totalHigh = satAdd(satAdd(e.weights.high, e.kvCache.high), satAdd(e.activations.high, e.overhead.high));
    e.total = satAdd(e.total, e.recurrentState.bytes);
    e.totalLow = satAdd(e.totalLow, e.recurrentState.low);
    e.totalHigh = satAdd(e.totalHigh, e.recurrentState.high);
    if (sc.model.maxContext > 0 && sc.context > sc.model.maxContext)
        e.notes << Tr::tr("context %1 exceeds the model's trained maximum of %2 tokens")
                       .arg(sc.context)
                       .arg(sc.model.maxContext);
    if (sc.model.configMaxContext > 0 && sc.context > sc.model.maxContext / 2)
        e.notes << Tr::tr("the model was trained for %1 tokens of context; its config.json's max_position_embeddings "
                          "says %2, which is not offered")
                       .arg(sc.model.maxContext)
                       .arg(sc.model.configMaxContext);
    return e;
}

} // namespace Planner
