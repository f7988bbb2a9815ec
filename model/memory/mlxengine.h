// SPDX-FileCopyrightText: 2026 The FitPlanner authors
// SPDX-License-Identifier: MIT

#pragma once

#include "enginerules.h"

namespace Planner {

// mlx-lm on Apple silicon: MLX checkpoints, a cache grown in steps of 256 tokens (MLA as the latent for most
// models), chunked prefill (prefill_step_size), and unified memory the GPU may wire up to macOS's limit.
class MlxEngine final : public EngineRules
{
public:
    Engine engine() const override { return Engine::Mlx; }
    QString version() const override;
    QString ruleSource(MemoryPart part) const override;
    WeightLoading weightLoading() const override { return WeightLoading::Checkpoint; }
    QStringList kvTypes() const override;
    QString defaultRecipe() const override;
    QString usualSixteenBitRecipe() const override;
    QStringList comparisonRecipes() const override;
    QStringList frontendIds() const override;

    MlaCache mlaCache() const override { return MlaCache::Latent; }
    MlaCache mlaCacheFor(const ModelSpec& spec) const override;
    qint64 indexerKeyBytesPerToken(const AttentionSpec& attention, const StorageType& kvType) const override;
    KvTokens kvTokens(const Scenario& scenario) const override;
    QString kvRule(const Scenario& scenario) const override;

    MemoryComponent recurrentState(const EngineInputs& in) const override;
    MemoryComponent activations(const EngineInputs& in) const override;
    MemoryComponent overhead(const EngineInputs& in) const override;

    PlacementRules placement() const override;

    static constexpr qint64 kCacheStep = 256; // tokens the cache grows by per sequence
};

} // namespace Planner
