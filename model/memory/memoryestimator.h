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

    // How much of an estimate to fill in: searches that probe thousands of scenarios need the figures only;
    // what a user reads also carries each component's explanation of its arithmetic.
    enum class Detail
    {
        Explained,
        Figures, // every byte figure, band and note; the components' explanations stay empty
    };

    std::optional<MemoryEstimate> estimate(
        const Scenario& scenario, QString* error = nullptr, Detail detail = Detail::Explained) const;

    // KV bytes one token of one sequence costs in layer `layer` under `engine` with element type `kvType`.
    qint64 kvBytesPerTokenInLayer(const ModelSpec& spec, Engine engine, const StorageType& kvType) const;

    // Limits that keep byte arithmetic meaningful; inputs beyond them are rejected with a message.
    static constexpr qint64 kMaxContext = qint64(1) << 28; // 268M tokens
    static constexpr qint64 kMaxBatch = 1 << 16;

    struct WeightsPart; // what weights cost for one (architecture, recipe, engine): cached
    struct Layout; // the tensor list of one architecture: cached

private:
    std::shared_ptr<const Layout> layoutFor(const ModelSpec& spec, const QByteArray& architecture) const;
    std::shared_ptr<const WeightsPart> weightsFor(
        const ModelSpec& spec, const QuantRecipe& recipe, Engine engine, QString* error) const;

    const QuantCatalog& m_catalog;
    // Weights depend only on the architecture, the recipe and the engine, not on context or batch: the GUI's
    // context slider and the searches reuse them. Guarded for use from worker threads.
    mutable QMutex m_cacheMutex;
    // Searches go model by model, so a few layouts suffice; weights stay for a whole search over one model's
    // recipes and engines.
    static constexpr qsizetype kLayoutCacheSize = 16;
    static constexpr qsizetype kWeightsCacheSize = 256;
    mutable QHash<QByteArray, std::shared_ptr<const WeightsPart>> m_cache;
    mutable QHash<QByteArray, std::shared_ptr<const Layout>> m_layouts;
};

} // namespace Planner
