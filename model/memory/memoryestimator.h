// SPDX-FileCopyrightText: 2026 The FitPlanner authors
// SPDX-License-Identifier: MIT

#pragma once

#include "engineregistry.h"
#include "enginerules.h"
#include "memoryestimate.h"
#include "quantcatalog.h"
#include "scenario.h"

#include <memory>
#include <optional>

#include <QHash>
#include <QMutex>

namespace Planner {

// Computes what an engine allocates for a scenario: weights per tensor in the recipe's storage types,
// the KV cache by the engine's allocation rule, activations / compute buffers and runtime overhead, the last
// three from the engine's rule object (engineregistry.h). Pure and cheap: no I/O, safe to call from any thread.
class MemoryEstimator
{
public:
    explicit MemoryEstimator(const QuantCatalog& catalog);

    // How much of an estimate to fill in: searches that probe thousands of scenarios need the figures only;
    // what a user reads also carries each component's explanation of its arithmetic.
    enum class Detail
    {
        Explained,
        Figures, // every byte figure, band and note; the components' explanations stay empty
    };

    // Under the rules of scenario.engine.
    std::optional<MemoryEstimate> estimate(
        const Scenario& scenario, QString* error = nullptr, Detail detail = Detail::Explained) const;
    // Under `rules`, which need not be registered: scenario.engine is ignored; the estimate carries
    // rules.engine().
    std::optional<MemoryEstimate> estimate(const Scenario& scenario, const EngineRules& rules, QString* error = nullptr,
        Detail detail = Detail::Explained) const;

    // KV bytes one token of one sequence costs in one layer under `engine` with element type `kvType`.
    qint64 kvBytesPerTokenInLayer(const ModelSpec& spec, Engine engine, const StorageType& kvType) const;

    // Limits that keep byte arithmetic meaningful; inputs beyond them are rejected with a message.
    static constexpr qint64 kMaxContext = qint64(1) << 28; // 268M tokens
    static constexpr qint64 kMaxBatch = 1 << 16;

    struct WeightsPart; // what weights cost for one (architecture, recipe, engine): cached
    struct Layout; // the tensor list of one architecture: cached

private:
    std::shared_ptr<const Layout> layoutFor(const ModelSpec& spec, const QByteArray& architecture) const;
    std::shared_ptr<const WeightsPart> weightsFor(
        const ModelSpec& spec, const QuantRecipe& recipe, WeightLoading loading, QString* error) const;
    // Weights of the scenario's recipe, or of its model file's stored tensors.
    std::shared_ptr<const WeightsPart> scenarioWeights(
        const Scenario& scenario, const QuantRecipe* recipe, const EngineRules& rules, QString* error) const;
    // Fills in the weights (with any projector file) of `e`; false with `error` set when they cannot be priced.
    bool addWeights(MemoryEstimate* e, const Scenario& scenario, const QuantRecipe* recipe, const EngineRules& rules,
        bool explain, QString* error) const;
    // Why the scenario cannot be estimated under `rules`, or empty; `kvType` gets its KV cache type.
    QString checkScenario(const Scenario& scenario, const EngineRules& rules, const QuantRecipe* recipe,
        const StorageType** kvType) const;

    const QuantCatalog& m_catalog;
    // Weights depend only on the architecture, the recipe and how the engine loads it, not on context or batch:
    // the GUI's context slider and the searches reuse them. Guarded for use from worker threads.
    mutable QMutex m_cacheMutex;
    // Searches go model by model, so a few layouts suffice; weights stay for a whole search over one model's
    // recipes and engines.
    static constexpr qsizetype kLayoutCacheSize = 16;
    static constexpr qsizetype kWeightsCacheSize = 256;
    mutable QHash<QByteArray, std::shared_ptr<const WeightsPart>> m_cache;
    mutable QHash<QByteArray, std::shared_ptr<const Layout>> m_layouts;
};

} // namespace Planner
