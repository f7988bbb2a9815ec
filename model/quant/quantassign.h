// SPDX-FileCopyrightText: 2026 The FitPlanner authors
// SPDX-License-Identifier: MIT

#pragma once

#include "modelspec.h"
#include "quantcatalog.h"
#include "tensorlayout.h"

#include <vector>

#include <QStringList>

namespace Planner {

// How an engine loads a recipe's weights.
enum class WeightLoading
{
    GgufFile, // a GGUF file: GGUF recipes keep llama-quantize's per-tensor types
    Checkpoint, // a PyTorch/MLX checkpoint: one type each for the embedding, the LM head, other matrices, the rest
};

// The storage type of every tensor of a layout under a recipe and an engine.
struct StorageAssignment
{
    // One entry per tensor; nullptr for tensors the engine does not load (GGUF-only tensors under PyTorch
    // engines, the vision tower under llama.cpp). Empty when a GGUF recipe names a file type the quantizer's
    // rules do not know.
    std::vector<const StorageType*> types;
    QString missingType; // a type the recipe chose that the catalog lacks (types is then incomplete) ...
    size_t missingTensor = 0; // ... and the first tensor that got it
};

// The storage types of `tensors` (= tensorLayout(spec)) when an engine loading weights by `loading` runs `recipe`,
// resolved against `catalog`. Notes about fallbacks are appended to `notes`. `ggufOrder`, when given, is
// ggufQuantizeOrder(tensors) (callers that keep a layout compute it once).
StorageAssignment assignStorage(const ModelSpec& spec, const std::vector<TensorSpec>& tensors,
    const QuantRecipe& recipe, WeightLoading loading, const QuantCatalog& catalog, QStringList* notes = nullptr,
    const std::vector<size_t>* ggufOrder = nullptr);

} // namespace Planner
