// SPDX-FileCopyrightText: 2026 The FitPlanner authors
// SPDX-License-Identifier: MIT

#include "reportjson.h"

#include "engineregistry.h"

namespace Planner {

namespace {

QJsonObject componentToJson(const MemoryComponent& c, bool withExplanation)
{
    QJsonObject o { { QStringLiteral("bytes"), c.bytes }, { QStringLiteral("low"), c.low },
        { QStringLiteral("high"), c.high } };
    if (withExplanation)
        o.insert(QStringLiteral("explanation"), c.explanation);
    return o;
}

} // namespace

QJsonObject estimateToJson(const MemoryEstimate& e, const ModelSpec& spec, bool withExplanations)
{
    QJsonObject bytes { { QStringLiteral("weights"), e.weights.bytes }, { QStringLiteral("kv_cache"), e.kvCache.bytes },
        { QStringLiteral("recurrent_state"), e.recurrentState.bytes },
        { QStringLiteral("activations"), e.activations.bytes }, { QStringLiteral("overhead"), e.overhead.bytes },
        { QStringLiteral("total"), e.total } };
    QJsonObject byType;
    for (auto it = e.bytesByType.cbegin(); it != e.bytesByType.cend(); ++it)
        byType.insert(it.key(), it.value());
    QJsonArray layers;
    for (const LayerBytes& l : e.layers)
        layers.append(QJsonObject { { QStringLiteral("weights"), l.weights }, { QStringLiteral("kv_cache"), l.kvCache },
            { QStringLiteral("recurrent_state"), l.recurrentState } });
    QJsonObject o {
        { QStringLiteral("model"), spec.id.isEmpty() ? spec.modelType : spec.id },
        { QStringLiteral("model_name"), spec.name },
        { QStringLiteral("quant"), e.recipeId },
        { QStringLiteral("engine"), engineId(e.engine) },
        { QStringLiteral("engine_version"), engineRules(e.engine).version() },
        { QStringLiteral("context"), e.context },
        { QStringLiteral("batch"), e.batch },
        { QStringLiteral("kv_type"), e.kvType },
        { QStringLiteral("params"),
            QJsonObject { { QStringLiteral("total"), e.params.total }, { QStringLiteral("active"), e.params.active },
                { QStringLiteral("embedding"), e.params.embedding }, { QStringLiteral("vision"), e.params.vision },
                { QStringLiteral("mtp"), e.params.mtp } } },
        { QStringLiteral("bytes"), bytes },
        { QStringLiteral("range"),
            QJsonObject {
                { QStringLiteral("total_low"), e.totalLow }, { QStringLiteral("total_high"), e.totalHigh } } },
        { QStringLiteral("kv_bytes_per_token"), e.kvBytesPerToken },
        { QStringLiteral("kv_layers"), e.kvLayers },
        { QStringLiteral("recurrent_layers"), e.recurrentLayers },
        { QStringLiteral("bits_per_weight"), e.bitsPerWeight },
        { QStringLiteral("active_weight_bytes"), e.activeWeightBytes },
        { QStringLiteral("token_embedding_bytes"), e.tokenEmbeddingBytes },
        { QStringLiteral("weights_by_type"), byType },
        { QStringLiteral("layers"), layers },
        { QStringLiteral("notes"), QJsonArray::fromStringList(e.notes) },
    };
    if (withExplanations) {
        o.insert(QStringLiteral("components"),
            QJsonObject { { QStringLiteral("weights"), componentToJson(e.weights, true) },
                { QStringLiteral("kv_cache"), componentToJson(e.kvCache, true) },
                { QStringLiteral("recurrent_state"), componentToJson(e.recurrentState, true) },
                { QStringLiteral("activations"), componentToJson(e.activations, true) },
                { QStringLiteral("overhead"), componentToJson(e.overhead, true) } });
    }
    return o;
}

QJsonObject modelToJson(const ModelSpec& s)
{
    const ParamCounts p = countParameters(s);
    return QJsonObject {
        { QStringLiteral("id"), s.id },
        { QStringLiteral("name"), s.name },
        { QStringLiteral("family"), s.family },
        { QStringLiteral("license"), s.license },
        { QStringLiteral("hf_repo"), s.hfRepo },
        { QStringLiteral("model_type"), s.modelType },
        { QStringLiteral("native_dtype"), s.nativeDtype },
        { QStringLiteral("max_context"), s.maxContext },
        { QStringLiteral("config_max_context"),
            s.configMaxContext > 0 ? QJsonValue(s.configMaxContext) : QJsonValue() },
        { QStringLiteral("moe"), s.isMoe() },
        { QStringLiteral("mla"), s.attention.isMla() },
        { QStringLiteral("layers"), s.numLayers },
        { QStringLiteral("hidden_size"), s.hiddenSize },
        { QStringLiteral("params"),
            QJsonObject { { QStringLiteral("total"), p.total }, { QStringLiteral("active"), p.active } } },
    };
}

QJsonArray modelsToJson(const ModelCatalog& catalog)
{
    QJsonArray out;
    for (const ModelSpec& m : catalog.models) {
        QJsonObject o = modelToJson(m);
        o.insert(QStringLiteral("custom"), catalog.isCustom(m.id));
        out.append(o);
    }
    return out;
}

QJsonArray quantsToJson(const QuantCatalog& catalog)
{
    QJsonArray out;
    for (const QuantRecipe& q : catalog.recipes) {
        const StorageType* base = catalog.type(q.baseType);
        out.append(QJsonObject {
            { QStringLiteral("id"), q.id },
            { QStringLiteral("name"), q.name },
            { QStringLiteral("format"), recipeFormatName(q.format) },
            { QStringLiteral("engines"), QJsonArray::fromStringList(q.engines) },
            { QStringLiteral("base_type"), q.baseType },
            { QStringLiteral("base_bits_per_weight"), base ? base->bitsPerWeight() : 0.0 },
            { QStringLiteral("description"), q.description },
        });
    }
    return out;
}

} // namespace Planner
