// SPDX-FileCopyrightText: 2026 The FitPlanner authors
// SPDX-License-Identifier: MIT

#pragma once

#include "enginerules.h"

namespace Planner {

// Hugging Face transformers generate(): Hugging Face checkpoints, a dynamic cache that grows to the context, a
// whole-prompt prefill, PyTorch's caching allocator; whole layers per device (device_map="auto").
class TransformersEngine final : public EngineRules
{
public:
    Engine engine() const override { return Engine::Transformers; }
    QString version() const override;
    WeightLoading weightLoading() const override { return WeightLoading::Checkpoint; }
    QStringList kvTypes() const override;
    QString defaultRecipe() const override;
    QString usualSixteenBitRecipe() const override;
    QStringList comparisonRecipes() const override;
    QStringList frontendIds() const override;

    MlaCache mlaCache() const override { return MlaCache::Expanded; }
    KvTokens kvTokens(const Scenario& scenario) const override;
    QString kvRule(const Scenario& scenario) const override;

    MemoryComponent activations(const EngineInputs& in) const override;
    MemoryComponent overhead(const EngineInputs& in) const override;

    PlacementRules placement() const override;
};

} // namespace Planner
