// SPDX-FileCopyrightText: 2026 The FitPlanner authors
// SPDX-License-Identifier: MIT

#pragma once

#include "enginerules.h"

namespace Planner {

// Hugging Face transformers 5 generate(): Hugging Face checkpoints, the default DynamicCache (full-attention layers
// grow to the context, sliding-window layers keep window - 1 tokens, MLA layers the compressed latent and rope key),
// a whole-prompt prefill through SDPA, MoE layers through grouped_mm, PyTorch's caching allocator; whole layers per
// device (device_map="auto").
class TransformersEngine final : public EngineRules
{
public:
    Engine engine() const override { return Engine::Transformers; }
    QString version() const override;
    QString ruleSource(MemoryPart part) const override;
    WeightLoading weightLoading() const override { return WeightLoading::Checkpoint; }
    QStringList kvTypes() const override;
    QString defaultRecipe() const override;
    QString usualSixteenBitRecipe() const override;
    QStringList comparisonRecipes() const override;
    QStringList frontendIds() const override;

    MlaCache mlaCache() const override { return MlaCache::Latent; }
    KvTokens kvTokens(const Scenario& scenario) const override;
    QString kvRule(const Scenario& scenario) const override;
    qint64 kvLayerFixedBytes(const LayerSpec& layer) const override;
    MemoryComponent recurrentState(const EngineInputs& in) const override;

    MemoryComponent activations(const EngineInputs& in) const override;
    MemoryComponent overhead(const EngineInputs& in) const override;

    PlacementRules placement() const override;
};

} // namespace Planner
