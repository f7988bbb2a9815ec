// SPDX-FileCopyrightText: 2026 The FitPlanner authors
// SPDX-License-Identifier: MIT

#include "vllmengine.h"

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

QString VllmEngine::version() const
{
    return QStringLiteral("vLLM 0.19 (V1 engine)");
}

QStringList VllmEngine::kvTypes() const
{
    return { QStringLiteral("F16"), QStringLiteral("BF16"), QStringLiteral("FP8_E4M3") };
}

QString VllmEngine::defaultRecipe() const
{
    return QStringLiteral("BF16");
}

QString VllmEngine::usualSixteenBitRecipe() const
{
    return QStringLiteral("BF16");
}

QStringList VllmEngine::comparisonRecipes() const
{
    return { QStringLiteral("BF16"), QStringLiteral("FP8"), QStringLiteral("INT8"), QStringLiteral("GPTQ-INT4"),
        QStringLiteral("AWQ-INT4") };
}

QStringList VllmEngine::frontendIds() const
{
    return { QStringLiteral("vllm"), QStringLiteral("sglang") };
}

MemoryComponent VllmEngine::recurrentState(const EngineInputs& in) const
{
    // vLLM keeps one state slot per running sequence. MambaStateShapeCalculator gives the same elements as
    // llama.cpp's (conv: (d_conv - 1) x channels; state: heads x head dims); MambaStateDtypeCalculator stores the
    // conv state in the model's dtype and the SSM / delta-rule state in mamba_ssm_cache_dtype, which the model's
    // config hook takes from the checkpoint (Qwen3.5's mamba_ssm_dtype, Nemotron-H's mamba_ssm_cache_dtype).
    const ModelSpec& s = in.scenario.model;
    const RecurrentStateElements e = recurrentStateElements(s);
    MemoryComponent c;
    if (e.layers == 0)
        return c;
    const qint64 modelBytes = s.nativeDtype == QLatin1String("float32") ? 4 : 2;
    const qint64 ssmBytes = s.ssmStateBytes > 0 ? s.ssmStateBytes : modelBytes;
    const qint64 slots = std::max<qint64>(in.scenario.batch, 1);
    const qint64 perSequence = satAdd(satMul(e.conv, modelBytes), satMul(e.ssm, ssmBytes));
    c.bytes = c.low = c.high = satMul(perSequence, slots);
    if (in.explain)
        c.explanation = Tr::tr("%1: convolution state %2 elements x %3 bytes + SSM state %4 elements x %5 bytes per "
                               "sequence slot x %6 sequences (vLLM's mamba state cache); constant in the context")
                            .arg(recurrentLayersText(e))
                            .arg(e.conv)
                            .arg(modelBytes)
                            .arg(e.ssm)
                            .arg(ssmBytes)
                            .arg(slots);
    return c;
}

KvTokens VllmEngine::kvTokens(const Scenario& sc) const
{
    // Paged blocks of 16 tokens per sequence.
    KvTokens t;
    t.full = satMul(padTo(sc.context, kBlockTokens), sc.batch);
    t.sliding = satMul(padTo(std::min(attentionWindow(sc), sc.context), kBlockTokens), sc.batch);
    return t;
}

QString VllmEngine::kvRule(const Scenario& sc) const
{
    return Tr::tr("vLLM needs %1 sequences x %2 tokens in 16-token blocks").arg(sc.batch).arg(sc.context);
}

MemoryComponent VllmEngine::activations(const EngineInputs& in) const
{
    // The profiling run of the chunked-prefill token budget, with logits for up to max_num_seqs sequences.
    const qint64 tokens = in.scenario.maxNumBatchedTokens;
    return prefillActivations(in, tokens, in.scenario.maxNumSeqs,
        in.explain ? Tr::tr("vLLM's profiling run of max_num_batched_tokens = %1").arg(tokens) : QString());
}

MemoryComponent VllmEngine::overhead(const EngineInputs& in) const
{
    MemoryComponent c;
    c.bytes = 695 * MiB + 512 * MiB;
    c.low = 695 * MiB + 128 * MiB;
    c.high = 695 * MiB + GiB + 512 * MiB;
    if (in.explain)
        c.explanation = Tr::tr("CUDA context and libraries (about 0.68 GiB) + CUDA graphs and NCCL buffers (about "
                               "0.5 GiB, up to 1.5 GiB with many capture sizes); vLLM then claims "
                               "gpu_memory_utilization = %1 of the GPU and fills the rest with KV blocks")
                            .arg(in.scenario.gpuMemoryUtilization);
    return c;
}

PlacementRules VllmEngine::placement() const
{
    PlacementRules r;
    r.style = PlacementStyle::TensorParallel;
    r.ramTier = false;
    r.multiNode = true;
    r.unifiedMemory = false;
    r.tokenEmbeddingsInRam = false;
    r.gpuPrefillOfRamLayers = false;
    return r;
}

std::optional<double> VllmEngine::gpuShare(const Scenario& sc) const
{
    return sc.gpuMemoryUtilization;
}

} // namespace Planner
