#pragma once

#include "memoryestimate.h"
#include "quantcatalog.h"
#include "scenario.h"

#include <memory>
#include <optional>

#include <QHash>
#include <QMutex>

namespace Planner {

// Computes what an engine allocates for a scenario: weights per tensor in the recipe's storage types,
// the KV cache by the engine's allocation rule, activations / compute buffers and runtime overhead.
// Pure and cheap: no I/O, safe to call from any thread.
class MemoryEstimator
{
public:
    explicit MemoryEstimator(const QuantCatalog& catalog);

    std::optional<MemoryEstimate> estimate(const Scenario& scenario, QString* error = nullptr) const;

    // KV bytes one token of one sequence costs in layer `layer` under `engine` with element type `kvType`.
    qint64 kvBytesPerTokenInLayer(const ModelSpec& spec, Engine engine, const StorageType& kvType) const;

    // Limits that keep byte arithmetic meaningful; inputs beyond them are rejected with a message.
    static constexpr qint64 kMaxContext = qint64(1) << 28; // 268M tokens
    static constexpr qint64 kMaxBatch = 1 << 16;

    struct WeightsPart; // what weights cost for one (architecture, recipe, engine): cached

private:
    std::shared_ptr<const WeightsPart> weightsFor(
        const ModelSpec& spec, const QuantRecipe& recipe, Engine engine, QString* error) const;

    const QuantCatalog& m_catalog;
    // Weights depend only on the architecture, the recipe and the engine, not on context or batch: the GUI's
    // context slider and the searches reuse them. Guarded for use from worker threads.
    mutable QMutex m_cacheMutex;
    mutable QHash<QByteArray, std::shared_ptr<const WeightsPart>> m_cache;
};

} // namespace Planner
