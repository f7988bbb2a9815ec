// SPDX-FileCopyrightText: 2026 The FitPlanner authors
// SPDX-License-Identifier: MIT

#include "recipequality.h"

#include "engineregistry.h"

namespace Planner {

QString nativeRecipeFor(const ModelSpec& model, Engine engine, const QuantCatalog& quants)
{
    const QuantRecipe* native = model.nativeRecipe.isEmpty() ? nullptr : quants.recipe(model.nativeRecipe);
    if (!native)
        return {};
    const EngineRules& rules = engineRules(engine);
    if (rules.runs(*native))
        return native->id;
    for (const QuantRecipe& r : quants.recipes) {
        if (rules.runs(r) && r.nativeFor.contains(native->id, Qt::CaseInsensitive))
            return r.id;
    }
    return {};
}

std::optional<double> recipeKld(const ModelSpec& model, const QString& recipeId, const QuantCatalog& quants)
{
    const QuantRecipe* r = quants.recipe(recipeId);
    if (!r)
        return std::nullopt;
    const QuantRecipe* native = model.nativeRecipe.isEmpty() ? nullptr : quants.recipe(model.nativeRecipe);
    if (native && (r == native || r->nativeFor.contains(native->id, Qt::CaseInsensitive)))
        return 0.0;
    return r->kld;
}

QString quantizedKvType(Engine engine, const QuantCatalog& quants)
{
    const QStringList types = engineRules(engine).kvTypes();
    for (const QString& id : types) {
        const StorageType* t = quants.type(id);
        if (t && t->bitsPerWeight() >= 8.0 && t->bitsPerWeight() < 9.0)
            return t->id;
    }
    return {};
}

} // namespace Planner
