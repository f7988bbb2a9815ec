#include "memoryestimator.h"

#include "checkedmath.h"
#include "ggufrecipe.h"
#include "quantassign.h"
#include "units.h"

#include <algorithm>
#include <array>

#include <QCoreApplication>

namespace Planner {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Planner::MemoryEstimator)
};

constexpr qint64 MiB = 1024 * 1024;
constexpr qint64 GiB = 1024 * MiB;

qint64 padTo(qint64 v, qint64 multiple)
{
    return ceilDiv(v, multiple) * multiple;
}

// Width of the widest feed-forward a token passes through (dense MLP, or the routed experts it uses plus the
// shared ones): what sizes the MLP activations.
qint64 activeFfnWidth(const ModelSpec& s)
{
    qint64 width = s.ffn.intermediate;
    if (s.isMoe()) {
        const qint64 moeWidth = s.moe.expertsPerToken * s.moe.expertIntermediate + s.moe.sharedIntermediate;
        width = s.moeLayerCount() == s.numLayers ? moeWidth : std::max(width, moeWidth);
    }
    return width;
}

struct AttentionDims
{
    qint64 q = 0; // query features per token
    qint64 k = 0; // key features per token (after any up-projection)
    qint64 v = 0;
    qint64 out = 0; // attention output features
};

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

} // namespace

MemoryEstimator::MemoryEstimator(const QuantCatalog& catalog)
    : m_catalog(catalog)
{ }

qint64 MemoryEstimator::kvBytesPerTokenInLayer(const ModelSpec& s, Engine engine, const StorageType& kv) const
{
    const AttentionSpec& a = s.attention;
    if (a.isMla()) {
        if (engine == Engine::Transformers || engine == Engine::Mlx) {
            // PyTorch/MLX reference code caches the up-projected per-head keys and values.
            return satAdd(
                kv.bytesFor(a.numHeads * (a.nopeHeadDim + a.ropeHeadDim)), kv.bytesFor(a.numHeads * a.vHeadDim));
        }
        // llama.cpp and vLLM cache the compressed latent plus the shared rope key, one row per token.
        return kv.bytesFor(a.kvLoraRank + a.ropeHeadDim);
    }
    return satAdd(kv.bytesFor(a.numKvHeads * a.headDim), kv.bytesFor(a.numKvHeads * a.vHeadDim));
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
        Output, // LM head and final norm
        Expert, // routed experts
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
    qint64 outputBytes = 0;
    qint64 storedParams = 0; // parameters the stored tensors hold (what bitsPerWeight divides by)
    qint64 tensorCount = 0;
    bool fromFile = false;
    QStringList notes;
};

namespace {

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
        s.vision.projectorOut, s.slidingWindow };
    QByteArray key(reinterpret_cast<const char*>(fields), sizeof(fields));
    key.reserve(key.size() + qsizetype(s.layers.size()) + s.modelType.size() * 3 + extra);
    for (const LayerSpec& l : s.layers)
        key.append(char((l.moe ? 1 : 0) | (l.window == AttentionWindow::Sliding ? 2 : 0)));
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
        else if (t.role == TensorRole::Output || t.role == TensorRole::OutputNorm)
            entry.part = Layout::Part::Output;
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
    const ModelSpec& s, const QuantRecipe& recipe, Engine engine, QString* error) const
{
    QByteArray key = architectureKey(s, recipe.id.size() * 3 + 3);
    const qsizetype architectureSize = key.size();
    key.append('\0').append(recipe.id.toUtf8()).append('\0').append(char(engine));
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
        = assignStorage(s, tensors, recipe, engine, m_catalog, &w->notes, &layout->ggufOrder);
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
    qint64 total = 0;
    // A recipe uses a handful of types: a vector beats a map here. Bytes per (shape, type slot) are memoised.
    std::vector<std::pair<const StorageType*, qint64>> perType;
    constexpr size_t kSlots = 8;
    std::vector<qint64> priced(layout->shapeElements.size() * kSlots, -1);
    size_t slot = 0;
    for (size_t i = 0; i < tensors.size(); ++i) {
        const StorageType* st = assigned.types[i];
        if (!st)
            continue; // not loaded by this engine
        const Layout::Entry& entry = layout->entries[i];
        if (slot >= perType.size() || perType[slot].first != st) {
            slot = size_t(std::find_if(perType.cbegin(), perType.cend(), [st](const auto& p) { return p.first == st; })
                - perType.cbegin());
            if (slot == perType.size())
                perType.emplace_back(st, 0);
        }
        const auto price = [&] {
            const TensorSpec& t = tensors[i];
            return st->bytesFor(t.ne0, t.ne1, t.ne2);
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
            break;
        case Layout::Part::Output:
            w->outputBytes += bytes;
            break;
        case Layout::Part::Expert:
            expertBytes += bytes;
            break;
        case Layout::Part::Other:
            break;
        }
    }
    for (const auto& [type, bytes] : perType)
        w->bytesByType.insert(type->id, bytes);
    const double activeFraction = s.isMoe() ? double(s.moe.expertsPerToken) / double(s.moe.numExperts) : 1.0;
    w->component.bytes = w->component.low = w->component.high = total;
    w->bitsPerWeight = storedParams > 0 ? double(total) * 8.0 / double(storedParams) : 0.0;
    // Weights with only the active share of the routed experts (the embedding table included; readers that
    // price a token's memory traffic take out the table themselves).
    w->activeWeightBytes = total - expertBytes + qint64(double(expertBytes) * activeFraction);
    w->storedParams = storedParams;
    w->tensorCount = qint64(tensors.size());

    const QMutexLocker lock(&m_cacheMutex);
    if (m_cache.size() >= kWeightsCacheSize) // a search over the whole catalog stays cached; beyond, start afresh
        m_cache.clear();
    m_cache.insert(key, w);
    return w;
}

std::optional<MemoryEstimate> MemoryEstimator::estimate(const Scenario& sc, QString* error, Detail detail) const
{
    const bool explain = detail == Detail::Explained;
    const auto fail = [error](const QString& message) -> std::optional<MemoryEstimate> {
        if (error)
            *error = message;
        return std::nullopt;
    };
    const ModelSpec& s = sc.model;
    if (s.numLayers <= 0 || s.hiddenSize <= 0 || s.vocabSize <= 0)
        return fail(Tr::tr("model '%1' has no layers, hidden size or vocabulary").arg(s.id));
    if (sc.context < 1 || sc.context > kMaxContext)
        return fail(Tr::tr("context %1 is out of range (1 to %2 tokens)").arg(sc.context).arg(kMaxContext));
    if (sc.batch < 1 || sc.batch > kMaxBatch)
        return fail(Tr::tr("batch %1 is out of range (1 to %2 sequences)").arg(sc.batch).arg(kMaxBatch));
    if (sc.ubatch < 1 || sc.ubatch > 1 << 20)
        return fail(Tr::tr("micro-batch %1 is out of range").arg(sc.ubatch));
    if (!(sc.gpuMemoryUtilization > 0.0 && sc.gpuMemoryUtilization <= 1.0))
        return fail(Tr::tr("GPU memory utilization %1 must be above 0 and at most 1").arg(sc.gpuMemoryUtilization));

    const bool fromFile = std::any_of(
        sc.storedTensors.cbegin(), sc.storedTensors.cend(), [](const StoredTensor& t) { return !t.projector; });
    const QuantRecipe* recipe = m_catalog.recipe(sc.recipeId);
    if (!recipe && !fromFile)
        return fail(Tr::tr("unknown quantization '%1' (known: %2)")
                        .arg(sc.recipeId, m_catalog.recipeIds().join(QStringLiteral(", "))));
    if (recipe && !recipe->engines.contains(engineId(sc.engine)))
        return fail(Tr::tr("%1 cannot run %2 (it runs on: %3)")
                        .arg(engineDisplayName(sc.engine), recipe->id, recipe->engines.join(QStringLiteral(", "))));

    QString kvId = sc.kvType.trimmed();
    if (kvId.compare(QLatin1String("fp8"), Qt::CaseInsensitive) == 0
        || kvId.compare(QLatin1String("fp8_e4m3"), Qt::CaseInsensitive) == 0)
        kvId = QStringLiteral("FP8_E4M3");
    const StorageType* kvType = m_catalog.type(kvId);
    bool kvAllowed = false;
    for (const QString& allowed : kvTypesFor(sc.engine))
        kvAllowed = kvAllowed || allowed.compare(kvId, Qt::CaseInsensitive) == 0;
    if (!kvType || !kvAllowed)
        return fail(
            Tr::tr("KV cache type '%1' is not available in %2 (choose one of: %3)")
                .arg(sc.kvType, engineDisplayName(sc.engine), kvTypesFor(sc.engine).join(QStringLiteral(", "))));
    if (sc.engine == Engine::LlamaCpp && kvType->kind == StorageKind::Ggml && !sc.flashAttention)
        return fail(Tr::tr("llama.cpp needs flash attention for a quantized V cache (%1); turn flash attention on")
                        .arg(kvType->id));

    MemoryEstimate e;
    e.modelId = s.id;
    e.recipeId = recipe ? recipe->id : sc.recipeId;
    e.engine = sc.engine;
    e.context = sc.context;
    e.batch = sc.batch;
    e.kvType = kvType->id;

    // ---- Weights: every tensor in its storage type (cached per architecture, recipe and engine), or, for a
    // model file, the bytes each tensor really occupies in the file's own types.
    QString weightsError;
    std::shared_ptr<const WeightsPart> weights;
    if (fromFile) {
        auto w = std::make_shared<WeightsPart>();
        w->params = countParameters(s);
        w->layerWeights.assign(static_cast<size_t>(s.numLayers), 0);
        qint64 storedParams = 0;
        qint64 expertBytes = 0;
        qint64 total = 0;
        qsizetype count = 0;
        for (const StoredTensor& t : sc.storedTensors) {
            if (t.projector)
                continue;
            if (t.bytes < 0 || t.elements < 0)
                return fail(Tr::tr("tensor %1 of the model file has a negative size").arg(t.name));
            ++count;
            total = satAdd(total, t.bytes);
            w->bytesByType[t.typeId] = satAdd(w->bytesByType.value(t.typeId), t.bytes);
            storedParams = satAdd(storedParams, t.elements);
            if (t.layer >= 0 && t.layer < s.numLayers)
                w->layerWeights[size_t(t.layer)] = satAdd(w->layerWeights[size_t(t.layer)], t.bytes);
            if (t.tokenEmbedding)
                w->tokenEmbeddingBytes = satAdd(w->tokenEmbeddingBytes, t.bytes);
            if (t.output)
                w->outputBytes = satAdd(w->outputBytes, t.bytes);
            if (t.expert)
                expertBytes = satAdd(expertBytes, t.bytes);
        }
        const double activeFraction = s.isMoe() ? double(s.moe.expertsPerToken) / double(s.moe.numExperts) : 1.0;
        w->component.bytes = w->component.low = w->component.high = total;
        w->bitsPerWeight = storedParams > 0 ? double(total) * 8.0 / double(storedParams) : 0.0;
        w->activeWeightBytes = total - expertBytes + qint64(double(expertBytes) * activeFraction);
        w->storedParams = storedParams;
        w->tensorCount = count;
        w->fromFile = true;
        weights = w;
    } else {
        weights = weightsFor(s, *recipe, sc.engine, &weightsError);
    }
    if (!weights)
        return fail(weightsError);
    e.params = weights->params;
    e.weights = weights->component;
    if (explain) {
        QStringList parts;
        for (auto it = weights->bytesByType.cbegin(); it != weights->bytesByType.cend(); ++it)
            parts << QStringLiteral("%1 %2").arg(it.key(), formatBytes(it.value()));
        e.weights.explanation
            = (weights->fromFile ? Tr::tr("%1 parameters in %2 tensors as stored in the model file (%3, %4 bits per "
                                          "weight): %5")
                                 : Tr::tr("%1 parameters in %2 tensors stored as %3 (%4 bits per weight): %5"))
                  .arg(formatCount(weights->storedParams))
                  .arg(weights->tensorCount)
                  .arg(e.recipeId)
                  .arg(weights->bitsPerWeight, 0, 'f', 2)
                  .arg(parts.join(QStringLiteral(", ")));
    }
    e.bytesByType = weights->bytesByType;
    e.bitsPerWeight = weights->bitsPerWeight;
    e.activeWeightBytes = weights->activeWeightBytes;
    e.tokenEmbeddingBytes = weights->tokenEmbeddingBytes;
    e.outputBytes = weights->outputBytes;
    e.notes = weights->notes;
    e.layers.assign(static_cast<size_t>(s.numLayers), LayerBytes {});
    for (size_t il = 0; il < e.layers.size() && il < weights->layerWeights.size(); ++il)
        e.layers[il].weights = weights->layerWeights[il];
    // A vision projector (mmproj) file on top of the model's weights.
    for (const StoredTensor& t : sc.storedTensors) {
        if (!t.projector)
            continue;
        if (t.bytes < 0)
            return fail(Tr::tr("tensor %1 of the projector file has a negative size").arg(t.name));
        e.weights.bytes = satAdd(e.weights.bytes, t.bytes);
        e.bytesByType[t.typeId] = satAdd(e.bytesByType.value(t.typeId), t.bytes);
    }
    e.weights.low = e.weights.high = e.weights.bytes;

    // ---- KV cache: tokens held per layer by the engine's allocation rule.
    const qint64 rowBytes = kvBytesPerTokenInLayer(s, sc.engine, *kvType);
    qint64 fullTokens = 0; // tokens a full-attention layer holds (all sequences)
    qint64 swaTokens = 0; // tokens a sliding-window layer holds
    const qint64 window = s.slidingWindow > 0 ? s.slidingWindow : sc.context;
    switch (sc.engine) {
    case Engine::LlamaCpp:
        // -c is the total over all parallel sequences; llama.cpp pads it to 256 cells.
        fullTokens = padTo(satMul(sc.context, sc.batch), 256);
        swaTokens = std::min(fullTokens, padTo(satAdd(satMul(std::min(window, sc.context), sc.batch), sc.ubatch), 256));
        break;
    case Engine::Vllm:
        // Paged blocks of 16 tokens per sequence.
        fullTokens = satMul(padTo(sc.context, 16), sc.batch);
        swaTokens = satMul(padTo(std::min(window, sc.context), 16), sc.batch);
        break;
    case Engine::Transformers:
        fullTokens = satMul(sc.context, sc.batch);
        swaTokens = satMul(std::min(window, sc.context), sc.batch);
        break;
    case Engine::Mlx:
        fullTokens = satMul(padTo(sc.context, 256), sc.batch);
        swaTokens = satMul(std::min(padTo(sc.context, 256), window), sc.batch);
        break;
    }
    const qint64 slidingLayers = s.slidingLayerCount();
    const qint64 fullLayers = s.numLayers - slidingLayers;
    e.kvBytesPerToken = satMul(rowBytes, s.numLayers);
    for (qint64 il = 0; il < s.numLayers; ++il) {
        const bool sliding = s.layers[size_t(il)].window == AttentionWindow::Sliding;
        e.layers[size_t(il)].kvCache = satMul(rowBytes, sliding ? swaTokens : fullTokens);
        e.kvCache.bytes = satAdd(e.kvCache.bytes, e.layers[size_t(il)].kvCache);
    }
    e.kvCache.low = e.kvCache.high = e.kvCache.bytes;
    if (explain) {
        QString rule;
        switch (sc.engine) {
        case Engine::LlamaCpp:
            rule = Tr::tr("llama.cpp allocates the whole n_ctx = %1 x %2 sequences (padded to 256) at load")
                       .arg(sc.context)
                       .arg(sc.batch);
            break;
        case Engine::Vllm:
            rule = Tr::tr("vLLM needs %1 sequences x %2 tokens in 16-token blocks").arg(sc.batch).arg(sc.context);
            break;
        case Engine::Transformers:
            rule = Tr::tr("transformers' cache grows to %1 sequences x %2 tokens").arg(sc.batch).arg(sc.context);
            break;
        case Engine::Mlx:
            rule = Tr::tr("mlx-lm grows the cache in steps of 256 tokens per sequence");
            break;
        }
        const AttentionSpec& a = s.attention;
        QString perToken;
        if (a.isMla() && sc.engine != Engine::Transformers && sc.engine != Engine::Mlx)
            perToken = Tr::tr("MLA latent (%1 + %2 rope) x %3").arg(a.kvLoraRank).arg(a.ropeHeadDim).arg(kvType->id);
        else if (a.isMla())
            perToken = Tr::tr("K %1 heads x %2 + V %1 heads x %3, %4")
                           .arg(a.numHeads)
                           .arg(a.nopeHeadDim + a.ropeHeadDim)
                           .arg(a.vHeadDim)
                           .arg(kvType->id);
        else
            perToken = Tr::tr("2 (K,V) x %1 KV heads x %2 dims x %3").arg(a.numKvHeads).arg(a.headDim).arg(kvType->id);
        QString layersText = Tr::tr("%1 layers x %2 tokens").arg(fullLayers).arg(fullTokens);
        if (slidingLayers > 0)
            layersText += Tr::tr(" + %1 sliding-window layers x %2 tokens (window %3)")
                              .arg(slidingLayers)
                              .arg(swaTokens)
                              .arg(s.slidingWindow);
        e.kvCache.explanation
            = Tr::tr("%1 x %2 = %3 bytes per layer and token. %4.").arg(layersText, perToken).arg(rowBytes).arg(rule);
    }

    // ---- Activations / compute buffers.
    const AttentionDims ad = attentionDims(s);
    const qint64 h = s.hiddenSize;
    const qint64 ff = activeFfnWidth(s);
    switch (sc.engine) {
    case Engine::LlamaCpp: {
        // ggml's graph allocator reuses memory, so the compute buffer is the largest live set of one
        // micro-batch's graph: the output logits of all its tokens, or (without flash attention) the
        // attention scores over the whole cache.
        const qint64 nTokens = std::min(sc.ubatch, fullTokens);
        const qint64 nKv = fullTokens;
        // Output phase: the f32 logits of every token of the micro-batch (llama.cpp reserves for all of them to
        // be outputs) plus the final hidden states; one more n_embd row than the minimum, because the graph
        // allocator sometimes places one (seen with a quantized cache, and without flash attention from 5k cells).
        const qint64 logits = satMul(satMul(s.vocabSize + 3 * h, nTokens), 4);
        const qint64 nKvDim = s.attention.isMla() ? s.attention.kvLoraRank + s.attention.ropeHeadDim : ad.k;
        const qint64 attnTensors = satMul(satMul(3 * h + 2 * ad.q + 2 * nKvDim, nTokens), 4);
        qint64 attention = attnTensors;
        if (!sc.flashAttention) {
            // f32 scores n_kv x n_tokens per head plus an f32 mask (f16 with flash attention)
            const qint64 scores = satMul(satMul(satMul(s.attention.numHeads + 1, nKv), nTokens), 4);
            attention = satAdd(scores, attnTensors);
            if (s.attention.isMla()) // MLA without flash attention also transposes the latent V into f16
                attention = satAdd(attention, satMul(satMul(nKv, s.attention.kvLoraRank), 2));
        }
        const qint64 ffn = satMul(satMul(3 * ff + 2 * h, nTokens), 4);
        const qint64 compute = std::max({ logits, attention, ffn });
        const qint64 output = satMul(satMul(s.vocabSize, 4), sc.batch);
        e.activations.bytes = satAdd(compute, output);
        e.activations.low = e.activations.bytes - e.activations.bytes / 20;
        e.activations.high = e.activations.bytes + e.activations.bytes / 10;
        if (s.isMoe()) {
            // ggml's allocator may place the logits above tensors the last MoE layer leaves where they were put:
            // the KQ mask, the experts' outputs (n_embd x n_expert_used x n_tokens f32), four hidden-size tensors
            // and the router's scores. Measured on DeepSeek-V2-Lite (6 of 64 experts used): the logits phase takes
            // 240.3 MiB at 8k and 242.1 MiB at 2k where the point estimate says 212 MiB; with half the expert width,
            // or for Qwen3-MoE, the allocator reuses lower blocks and the point estimate holds. The band's upper
            // end covers it.
            const qint64 perToken
                = satAdd(satAdd(s.vocabSize, satMul(s.moe.expertsPerToken + 4, h)), 2 * s.moe.numExperts);
            const qint64 mask = satMul(satMul(nKv, nTokens), sc.flashAttention ? 2 : 4);
            const qint64 stacked = satAdd(satMul(perToken, satMul(nTokens, 4)), mask);
            e.activations.high = std::max(e.activations.high, satAdd(stacked, output));
        }
        const char* phase = compute == logits ? "logits" : (compute == attention ? "attention" : "feed-forward");
        if (explain)
            e.activations.explanation = Tr::tr(
                "compute buffer %1 (largest phase: %2 for a micro-batch of %3 tokens; logits %4 x %3 x 4 bytes%5) + "
                "output buffer %6 (%7 x 4 bytes x %8 sequences)")
                                            .arg(formatBytes(compute), QString::fromLatin1(phase))
                                            .arg(nTokens)
                                            .arg(s.vocabSize)
                                            .arg(sc.flashAttention
                                                    ? Tr::tr("; flash attention on")
                                                    : Tr::tr("; scores %1 heads x %2 cells x %3 tokens x 4 bytes")
                                                          .arg(s.attention.numHeads)
                                                          .arg(nKv)
                                                          .arg(nTokens))
                                            .arg(formatBytes(output))
                                            .arg(s.vocabSize)
                                            .arg(sc.batch);
        break;
    }
    case Engine::Transformers:
    case Engine::Vllm:
    case Engine::Mlx: {
        // Whole-prompt prefill (transformers), the profiled token budget (vLLM) or one prefill step (MLX):
        // per token, the MLP holds gate/up/product at the intermediate width plus a few hidden-size tensors
        // in 16-bit; attention holds q/k/v and its output.
        const qint64 mlpPerToken = 2 * (3 * ff + 4 * h);
        const qint64 attnPerToken = 2 * (2 * h + 2 * ad.q + 2 * ad.k + ad.v + ad.out);
        const qint64 perToken = std::max(mlpPerToken, attnPerToken);
        qint64 tokens = 0;
        if (sc.engine == Engine::Transformers)
            tokens = satMul(sc.context, sc.batch);
        else if (sc.engine == Engine::Vllm)
            tokens = sc.maxNumBatchedTokens;
        else
            tokens = satMul(std::min(sc.context, sc.prefillStep), sc.batch);
        const qint64 prefill = satMul(tokens, perToken);
        const qint64 seqs = sc.engine == Engine::Vllm ? sc.maxNumSeqs : sc.batch;
        const qint64 logits = satMul(satMul(seqs, s.vocabSize), 4 * 2); // fp32 logits and their softmax
        e.activations.bytes = satAdd(prefill, logits);
        e.activations.low = e.activations.bytes - e.activations.bytes / 10;
        e.activations.high = e.activations.bytes + e.activations.bytes / 5;
        if (!explain)
            break;
        QString what;
        if (sc.engine == Engine::Transformers)
            what = Tr::tr("whole-prompt prefill of %1 sequences x %2 tokens").arg(sc.batch).arg(sc.context);
        else if (sc.engine == Engine::Vllm)
            what = Tr::tr("vLLM's profiling run of max_num_batched_tokens = %1").arg(tokens);
        else
            what = Tr::tr("one prefill step of %1 tokens x %2 sequences")
                       .arg(std::min(sc.context, sc.prefillStep))
                       .arg(sc.batch);
        e.activations.explanation = Tr::tr("%1: %2 tokens x %3 bytes (max of MLP 2 x (3 x %4 + 4 x %5) and attention "
                                           "tensors) + last-token logits %6 x %7 x 8 bytes")
                                        .arg(what)
                                        .arg(tokens)
                                        .arg(perToken)
                                        .arg(ff)
                                        .arg(h)
                                        .arg(seqs)
                                        .arg(s.vocabSize);
        break;
    }
    }

    // ---- Runtime overhead.
    switch (sc.engine) {
    case Engine::LlamaCpp:
        e.overhead.bytes = 300 * MiB;
        e.overhead.low = 150 * MiB;
        e.overhead.high = 600 * MiB;
        if (explain)
            e.overhead.explanation
                = Tr::tr("GPU backend context and scratch of llama.cpp (CUDA/Metal/Vulkan), about 300 MiB "
                         "per GPU; none when running on the CPU alone");
        break;
    case Engine::Transformers: {
        // CUDA context + libraries as the driver sees it (measured 0.68 GiB on an H200 with PyTorch 2.11),
        // cuBLAS workspace (32 MiB on Hopper), and the caching allocator's slack: freed prefill blocks that do not
        // fit the next request stay reserved, about two MLP-intermediate tensors, at least 256 MiB.
        const qint64 context = 695 * MiB;
        const qint64 cublas = 32 * MiB;
        const qint64 block = satMul(satMul(satMul(sc.context, sc.batch), ff), 2);
        const qint64 slack = std::max<qint64>(256 * MiB, satMul(block, 2));
        e.overhead.bytes = satAdd(context + cublas, slack);
        e.overhead.low = context + cublas;
        e.overhead.high = satAdd(context + cublas, satMul(slack, 2));
        if (explain)
            e.overhead.explanation
                = Tr::tr("CUDA context and libraries %1 + cuBLAS workspace %2 + caching-allocator slack %3 "
                         "(2 x the %4 MLP intermediate of the prefill, at least 256 MiB)")
                      .arg(formatBytes(context), formatBytes(cublas), formatBytes(slack), formatBytes(block));
        break;
    }
    case Engine::Vllm:
        e.overhead.bytes = 695 * MiB + 512 * MiB;
        e.overhead.low = 695 * MiB + 128 * MiB;
        e.overhead.high = 695 * MiB + GiB + 512 * MiB;
        if (explain)
            e.overhead.explanation
                = Tr::tr("CUDA context and libraries (about 0.68 GiB) + CUDA graphs and NCCL buffers (about "
                         "0.5 GiB, up to 1.5 GiB with many capture sizes); vLLM then claims "
                         "gpu_memory_utilization = %1 of the GPU and fills the rest with KV blocks")
                      .arg(sc.gpuMemoryUtilization);
        break;
    case Engine::Mlx:
        e.overhead.bytes = 256 * MiB;
        e.overhead.low = 128 * MiB;
        e.overhead.high = 512 * MiB;
        if (explain)
            e.overhead.explanation = Tr::tr("Metal context and MLX's buffer cache, about 256 MiB");
        break;
    }

    e.total = satAdd(satAdd(e.weights.bytes, e.kvCache.bytes), satAdd(e.activations.bytes, e.overhead.bytes));
    e.totalLow = satAdd(satAdd(e.weights.low, e.kvCache.low), satAdd(e.activations.low, e.overhead.low));
    e.totalHigh = satAdd(satAdd(e.weights.high, e.kvCache.high), satAdd(e.activations.high, e.overhead.high));
    if (s.maxContext > 0 && sc.context > s.maxContext)
        e.notes
            << Tr::tr("context %1 exceeds the model's trained maximum of %2 tokens").arg(sc.context).arg(s.maxContext);
    return e;
}

} // namespace Planner
