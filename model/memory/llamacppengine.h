// SPDX-FileCopyrightText: 2026 The FitPlanner authors
// SPDX-License-Identifier: MIT

#pragma once

#include "enginerules.h"

namespace Planner {

// llama.cpp, and what Ollama and LM Studio run: GGUF files, a KV cache of n_ctx cells padded to 256 allocated at
// load, ggml's reused compute buffer, and layer offload to system RAM (-ngl).
class LlamaCppEngine final : public EngineRules
{
public:
    Engine engine() const override { return Engine::LlamaCpp; }
    QString version() const override;
    QString ruleSource(MemoryPart part) const override;
    WeightLoading weightLoading() const override { return WeightLoading::GgufFile; }
    QStringList kvTypes() const override;
    QString validate(const Scenario& scenario, const StorageType& kvType) const override;
    QString defaultRecipe() const override;
    QString usualSixteenBitRecipe() const override;
    QStringList comparisonRecipes() const override;
    QStringList frontendIds() const override;

    MlaCache mlaCache() const override { return MlaCache::Latent; }
    KvTokens kvTokens(const Scenario& scenario) const override;
    QString kvRule(const Scenario& scenario) const override;
    MemoryComponent recurrentState(const EngineInputs& in) const override;
    qint64 mtpKvLayers(const ModelSpec& spec) const override;
    qint64 deepseekV4LayerKvBytes(
        const Scenario& scenario, const LayerSpec& layer, const StorageType& kvType) const override;
    qint64 indexerKeyBytesPerToken(const AttentionSpec& attention, const StorageType& kvType) const override;

    MemoryComponent activations(const EngineInputs& in) const override;
    MemoryComponent overhead(const EngineInputs& in) const override;
    qint64 hostOutputBufferBytes(const Scenario& scenario) const override;
    qint64 hostComputeBufferBytes(const Scenario& scenario) const override;

    PlacementRules placement() const override;

    static constexpr qint64 kCellPadding = 256; // n_ctx is padded to this many cells
    // Whether llama.cpp gives `spec`'s architecture a sliding window: it is per architecture, not per
    // config.json field (Mistral 7B runs as plain Llama and caches the whole context).
    static bool hasSlidingWindow(const ModelSpec& spec);
    // Rows of a micro-batch whose logits the reserved compute graph holds: min(n_ubatch, n_outputs_max), every
    // row when n_outputs_max is 0 (n_batch).
    static qint64 outputRowsReserved(const Scenario& scenario);

private:
    // The compute MiniMax sparse attention's block selection holds at its peak (0 when it falls back to dense).
    static qint64 msaIndexerBytes(const Scenario& scenario, qint64 streamCells, qint64 nTokens, qint64 attnTensors);
};

} // namespace Planner
