// SPDX-FileCopyrightText: 2026 The FitPlanner authors
// SPDX-License-Identifier: MIT

#pragma once

#include "enginerules.h"

namespace Planner {

// vLLM (SGLang allocates the same way): Hugging Face checkpoints, paged KV blocks of 16 tokens, a profiling run of
// the chunked-prefill budget, and a fixed share of every GPU (gpu_memory_utilization), tensor parallel within a
// node and pipeline parallel across nodes; nothing in system RAM.
class VllmEngine final : public EngineRules
{
public:
    Engine engine() const override { return Engine::Vllm; }
    QString version() const override;
    WeightLoading weightLoading() const override { return WeightLoading::Checkpoint; }
    QStringList kvTypes() const override;
    QString defaultRecipe() const override;
    QString usualSixteenBitRecipe() const override;
    QStringList comparisonRecipes() const override;
    QStringList frontendIds() const override;

    MlaCache mlaCache() const override { return MlaCache::Latent; }
    KvTokens kvTokens(const Scenario& scenario) const override;
    QString kvRule(const Scenario& scenario) const override;
    MemoryComponent recurrentState(const EngineInputs& in) const override;

    MemoryComponent activations(const EngineInputs& in) const override;
    MemoryComponent overhead(const EngineInputs& in) const override;

    PlacementRules placement() const override;
    std::optional<double> gpuShare(const Scenario& scenario) const override;

    static constexpr qint64 kBlockTokens = 16; // tokens per paged KV block
};

} // namespace Planner
