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
    return QStringLiteral("mlx-lm 0.31");
}

QString MlxEngine::ruleSource(MemoryPart part) const
{
    switch (part) {
    case MemoryPart::Weights:
        return Tr::tr("mlx_lm/utils.py load_model (nn.quantize with the checkpoint's bits and group size)");
    case MemoryPart::KvCache:
        return Tr::tr("mlx_lm/models/cache.py KVCache.update_and_fetch (grown in steps of 256 tokens), "
                      "RotatingKVCache (sliding windows)");
    case MemoryPart::RecurrentState:
        return Tr::tr("mlx_lm/models/cache.py ArraysCache, mlx_lm/models/gated_delta.py");
    case MemoryPart::Activations:
        return Tr::tr("mlx_lm/generate.py generate_step (the prompt in chunks of prefill_step_size)");
    case MemoryPart::Overhead:
        return Tr::tr("mlx/backend/metal/allocator.cpp (the buffer cache); the Metal context is measured");
    }
    return {};
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

MlaCache MlxEngine::mlaCacheFor(const ModelSpec& s) const
{
    // mlx-lm's DeepSeek-V3 attention (mlx_lm/models/deepseek_v3.py; Kimi K2 maps to it, and DeepSeek-V3.2,
    // GLM-4.7-Flash, Kimi Linear and LongCat-Flash do the same) caches the normalised latent and the rope key
    // (cache.update_and_fetch(kv_latent, k_pe)). DeepSeek-V2, MiniCPM3, Youtu-LLM and Kimi-VL still cache the
    // up-projected per-head keys and values.
    static const QLatin1String expanded[] = { QLatin1String("deepseek_v2"), QLatin1String("minicpm3"),
        QLatin1String("youtu_llm"), QLatin1String("kimi_vl") };
    for (const QLatin1String& type : expanded) {
        if (s.modelType == type)
            return MlaCache::Expanded;
    }
    return MlaCache::Latent;
}

qint64 MlxEngine::indexerKeyBytesPerToken(const AttentionSpec& a, const StorageType& kv) const
{
    // mlx-lm runs MiniMax sparse attention (MiniMax-M3) as full causal attention: mlx_lm/models/minimax_m3.py drops
    // the indexer's weights and keeps a plain KVCache, so no index keys are cached. DeepSeek's indexer is cached.
    if (a.hasIndexer() && a.indexBlock > 0)
        return 0;
    return EngineRules::indexerKeyBytesPerToken(a, kv);
}

MemoryComponent MlxEngine::recurrentState(const EngineInputs& in) const
{
    // mlx-lm keeps a linear-attention layer's state in an ArraysCache of two arrays: the convolution state, the
    // last conv_kernel_size - 1 inputs in the activations' type (mlx_lm/models/qwen3_next.py, nemotron_h.py), and
    // the recurrent state, created as float32 (gated_delta.py: mx.zeros(..., dtype=mx.float32)) or computed in
    // float32 from the float32 step sizes (ssm.py), and kept in that type by the update kernels.
    const RecurrentStateElements e = recurrentStateElements(in.scenario.model);
    MemoryComponent c;
    if (e.layers == 0)
        return c;
    const qint64 sequences = std::max<qint64>(in.scenario.batch, 1);
    const qint64 perSequence = satAdd(in.kvType.bytesFor(e.conv), satMul(e.ssm, 4));
    c.bytes = c.low = c.high = satMul(perSequence, sequences);
    if (in.explain)
        c.explanation = Tr::tr("%1: convolution state %2 elements in %3 + recurrent state %4 elements in F32 per "
                               "sequence x %5 sequences; constant in the context")
                            .arg(recurrentLayersText(e))
                            .arg(e.conv)
                            .arg(in.kvType.id)
                            .arg(e.ssm)
                            .arg(sequences);
    return c;
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
