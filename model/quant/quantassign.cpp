// SPDX-FileCopyrightText: 2026 The FitPlanner authors
// SPDX-License-Identifier: MIT

#include "quantassign.h"

#include "ggufrecipe.h"

#include <algorithm>
#include <cstring>

#include <QCoreApplication>

namespace Planner {

StorageAssignment assignStorage(const ModelSpec& spec, const std::vector<TensorSpec>& tensors,
    const QuantRecipe& recipe, WeightLoading loading, const QuantCatalog& catalog, QStringList* notes,
    const std::vector<size_t>* ggufOrder)
{
    StorageAssignment out;
    const auto missing = [&out](const QString& id, size_t tensor) {
        if (out.missingType.isEmpty()) {
            out.missingType = id.isEmpty() ? QStringLiteral("?") : id;
            out.missingTensor = tensor;
        }
    };
    if (recipe.format == RecipeFormat::Gguf && loading == WeightLoading::GgufFile) {
        const std::vector<const char*> names = ggufTensorTypeNames(spec, tensors, recipe.id, catalog, ggufOrder);
        if (names.size() != tensors.size())
            return out;
        out.types.assign(names.size(), nullptr);
        // A file uses a handful of types: resolve each name once.
        std::vector<std::pair<const char*, const StorageType*>> resolved;
        for (size_t i = 0; i < names.size(); ++i) {
            const char* name = names[i];
            if (!name)
                continue;
            // The rules return string literals: the same type is almost always the same pointer.
            auto hit
                = std::find_if(resolved.cbegin(), resolved.cend(), [name](const auto& r) { return r.first == name; });
            if (hit == resolved.cend()) {
                hit = std::find_if(resolved.cbegin(), resolved.cend(),
                    [name](const auto& r) { return std::strcmp(r.first, name) == 0; });
            }
            const StorageType* st = hit != resolved.cend() ? hit->second : nullptr;
            if (hit == resolved.cend()) {
                st = catalog.type(QLatin1String(name));
                resolved.emplace_back(name, st);
            }
            if (!st)
                missing(QLatin1String(name), i);
            out.types[i] = st;
        }
        return out;
    }

    // PyTorch-side recipes: the embedding, the LM head, other matrices and everything else have one type each.
    const auto lookup = [&catalog](const QString& id) { return id.isEmpty() ? nullptr : catalog.type(id); };
    const StorageType* embedding = lookup(recipe.embeddingType);
    const StorageType* output = lookup(recipe.outputType);
    const StorageType* base = lookup(recipe.baseType);
    const StorageType* other = lookup(recipe.otherType);
    const bool ownExpertType = !recipe.expertType.isEmpty();
    const StorageType* expert = ownExpertType ? lookup(recipe.expertType) : base;
    out.types.assign(tensors.size(), nullptr);
    int fallbacks = 0;
    for (size_t i = 0; i < tensors.size(); ++i) {
        const TensorSpec& t = tensors[i];
        if (!t.inHf)
            continue;
        const StorageType* st = nullptr;
        const QString* id = nullptr;
        if (recipe.format == RecipeFormat::Gguf) {
            // F16/BF16 under a PyTorch engine: every tensor in the 16-bit type.
            st = base;
            id = &recipe.baseType;
        } else if (t.role == TensorRole::TokenEmbd || t.role == TensorRole::PerLayerTokenEmbd) {
            st = embedding;
            id = &recipe.embeddingType;
        } else if (t.role == TensorRole::Output && !t.bias) {
            st = output;
            id = &recipe.outputType;
        } else if (t.isExpert() && !t.bias) {
            st = expert;
            id = ownExpertType ? &recipe.expertType : &recipe.baseType;
        } else if (t.isMatrix() && t.role != TensorRole::FfnGateInp && t.role != TensorRole::Vision
            && t.role != TensorRole::HyperConnection // DeepSeek-V4's stream mixing and token-to-expert table
            && t.role != TensorRole::FfnHashRoute) { // stay unquantized
            st = base;
            id = &recipe.baseType;
        } else {
            st = other;
            id = &recipe.otherType;
        }
        if (recipe.format != RecipeFormat::Gguf && st && !st->fitsRow(t.ne0)) {
            // Quantizers skip layers whose input width is not a whole number of groups.
            ++fallbacks;
            st = other;
            id = &recipe.otherType;
        }
        if (!st)
            missing(*id, i);
        out.types[i] = st;
    }
    if (fallbacks > 0 && notes) {
        *notes << QCoreApplication::translate("Planner::QuantAssign",
            "%n tensor(s) keep 16-bit weights: their input width is not a multiple of the group size", nullptr,
            fallbacks);
    }
    return out;
}

} // namespace Planner
