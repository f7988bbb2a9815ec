#pragma once

#include "engine.h"
#include "modelspec.h"
#include "quantcatalog.h"
#include "tensorlayout.h"

#include <QStringList>

namespace Planner {

// The storage type of every tensor of `tensors` (= tensorLayout(spec)) when `recipe` is run by `engine`;
// an empty id for tensors that engine does not load (GGUF-only tensors under PyTorch engines, the vision
// tower under llama.cpp). Notes about fallbacks are appended to `notes`.
QStringList assignStorageTypes(const ModelSpec& spec, const std::vector<TensorSpec>& tensors, const QuantRecipe& recipe,
    Engine engine, const QuantCatalog& catalog, QStringList* notes = nullptr);

} // namespace Planner
