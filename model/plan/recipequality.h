// SPDX-FileCopyrightText: 2026 The FitPlanner authors
// SPDX-License-Identifier: MIT

#pragma once

#include "engine.h"
#include "modelspec.h"
#include "quantcatalog.h"

#include <optional>

#include <QString>

namespace Planner {

/**
 * The recipe that holds a model's published checkpoint on an engine: the checkpoint's own format
 * (ModelSpec::nativeRecipe) where the engine runs it, else a recipe of the engine that names that format in
 * `native_for` (gpt-oss's MXFP4 checkpoint is llama.cpp's MXFP4_MOE file). Empty for 16-bit checkpoints and where
 * the engine has no such recipe.
 */
QString nativeRecipeFor(const ModelSpec& model, Engine engine, const QuantCatalog& quants);

/**
 * The published mean KL divergence of the next-token distribution of `model` in `recipeId` against the model as
 * published: 0 for the checkpoint's own format on any engine (nativeRecipeFor: nothing is lost), else the recipe's
 * QuantRecipe::kld. nullopt when no figure is published or the recipe is unknown.
 */
std::optional<double> recipeKld(const ModelSpec& model, const QString& recipeId, const QuantCatalog& quants);

/** The engine's 8-bit KV-cache type (llama.cpp Q8_0, vLLM FP8_E4M3); empty when it has none. */
QString quantizedKvType(Engine engine, const QuantCatalog& quants);

} // namespace Planner
