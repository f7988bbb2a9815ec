// SPDX-FileCopyrightText: 2026 The FitPlanner authors
// SPDX-License-Identifier: MIT

#include "mlxengine.h"

#include "checkedmath.h"
#include "units.h"

#include <algorithm>

#include <QCoreApplication>

namespace Planner {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Planner::MemoryEstimator)
};

} // namespace

QString MlxEngine::version() const
{
    return QStringLiteral("mlx-lm 0.30");
}

QStringList MlxEngine::kvTypes() const
{
    return { QStringLiteral("F16"), QStringLiteral("BF16"), QStringLiteral("F32") };
}

QString MlxEngine::defaultRecipe() const
{
    return QStringLiteral("MLX-4BIT");
}

QString MlxEngine::usualSixteenBitRecipe() const
{
    return QStringLiteral("BF16");
}

QStringList MlxEngine::comparisonRecipes() const
{
    return { QStringLiteral("BF16"), QStringLiteral("MLX-8BIT"), QStringLiteral("MLX-4BIT") };
}

QStringList MlxEngine::frontendIds() const
{
    return { QStringLiteral("mlx") };
}

KvTokens MlxEngine::kvTokens(const Scenario& sc) const
{
    KvTokens t;
    t.full = satMul(padTo(sc.context, kCacheStep), sc.batch);
    t.sliding = satMul(std::min(padTo(sc.context, kCacheStep), attentionWindow(sc)), sc.batch);
    return t;
}

QString MlxEngine::kvRule(const Scenario&) const
{
    return Tr::tr("mlx-lm grows the cache in steps of 256 tokens per sequence");
}

MemoryComponent MlxEngine::activations(const EngineInputs& in) const
{
    // One prefill step of prefill_step_size tokens per sequence.
    const Scenario& sc = in.scenario;
    const qint64 step = std::min(sc.context, sc.prefillStep);
    return prefillActivations(in, satMul(step, sc.batch), sc.batch,
        in.explain ? Tr::tr("one prefill step of %1 tokens x %2 sequences").arg(step).arg(sc.batch) : QString());
}

MemoryComponent MlxEngine::overhead(const EngineInputs& in) const
{
    MemoryComponent c;
    c.bytes = 256 * MiB;
    c.low = 128 * MiB;
    c.high = 512 * MiB;
    if (in.explain)
        c.explanation = Tr::tr("Metal context and MLX's buffer cache, about 256 MiB");
    return c;
}

PlacementRules MlxEngine::placement() const
{
    PlacementRules r;
    r.style = PlacementStyle::Layers;
    r.ramTier = true;
    r.multiNode = false;
    r.unifiedMemory = true;
    r.tokenEmbeddingsInRam = false;
    r.gpuPrefillOfRamLayers = false;
    return r;
}

} // namespace Planner
