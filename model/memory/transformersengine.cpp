// SPDX-FileCopyrightText: 2026 The FitPlanner authors
// SPDX-License-Identifier: MIT

#include "transformersengine.h"

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

QString TransformersEngine::version() const
{
    return QStringLiteral("transformers 5.17 with PyTorch 2.11");
}

QStringList TransformersEngine::kvTypes() const
{
    return { QStringLiteral("F16"), QStringLiteral("BF16"), QStringLiteral("F32") };
}

QString TransformersEngine::defaultRecipe() const
{
    return QStringLiteral("BF16");
}

QString TransformersEngine::usualSixteenBitRecipe() const
{
    return QStringLiteral("BF16");
}

QStringList TransformersEngine::comparisonRecipes() const
{
    return { QStringLiteral("BF16"), QStringLiteral("FP8"), QStringLiteral("INT8"), QStringLiteral("AWQ-INT4"),
        QStringLiteral("NF4") };
}

QStringList TransformersEngine::frontendIds() const
{
    return { QStringLiteral("transformers") };
}

KvTokens TransformersEngine::kvTokens(const Scenario& sc) const
{
    KvTokens t;
    t.full = satMul(sc.context, sc.batch);
    t.sliding = satMul(std::min(attentionWindow(sc), sc.context), sc.batch);
    return t;
}

QString TransformersEngine::kvRule(const Scenario& sc) const
{
    return Tr::tr("transformers' cache grows to %1 sequences x %2 tokens").arg(sc.batch).arg(sc.context);
}

MemoryComponent TransformersEngine::activations(const EngineInputs& in) const
{
    const Scenario& sc = in.scenario;
    return prefillActivations(in, satMul(sc.context, sc.batch), sc.batch,
        in.explain ? Tr::tr("whole-prompt prefill of %1 sequences x %2 tokens").arg(sc.batch).arg(sc.context)
                   : QString());
}

MemoryComponent TransformersEngine::overhead(const EngineInputs& in) const
{
    // CUDA context + libraries as the driver sees it (measured 0.68 GiB on an H200 with PyTorch 2.11), cuBLAS
    // workspace (32 MiB on Hopper), and the caching allocator's slack: freed prefill blocks that do not fit the
    // next request stay reserved, about two MLP-intermediate tensors, at least 256 MiB.
    const Scenario& sc = in.scenario;
    const qint64 context = 695 * MiB;
    const qint64 cublas = 32 * MiB;
    const qint64 block = satMul(satMul(satMul(sc.context, sc.batch), activeFfnWidth(sc.model)), 2);
    const qint64 slack = std::max<qint64>(256 * MiB, satMul(block, 2));
    MemoryComponent c;
    c.bytes = satAdd(context + cublas, slack);
    c.low = context + cublas;
    c.high = satAdd(context + cublas, satMul(slack, 2));
    if (in.explain)
        c.explanation = Tr::tr("CUDA context and libraries %1 + cuBLAS workspace %2 + caching-allocator slack %3 "
                               "(2 x the %4 MLP intermediate of the prefill, at least 256 MiB)")
                            .arg(formatBytes(context), formatBytes(cublas), formatBytes(slack), formatBytes(block));
    return c;
}

PlacementRules TransformersEngine::placement() const
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
