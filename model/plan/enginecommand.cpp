// SPDX-FileCopyrightText: 2026 The FitPlanner authors
// SPDX-License-Identifier: MIT

#include "enginecommand.h"

#include <QCoreApplication>
#include <QRegularExpression>

namespace Planner {

namespace {

// Single-quotes a shell word when it holds anything beyond a safe set.
QString shellWord(const QString& w)
{
    static const QRegularExpression safe(QStringLiteral("^[A-Za-z0-9_./:=,+@%-]+$"));
    if (safe.match(w).hasMatch())
        return w;
    QString q = w;
    q.replace(u'\'', QLatin1String("'\\''"));
    return u'\'' + q + u'\'';
}

QString llamaKvType(const QString& kv)
{
    return kv.toLower(); // f16, bf16, q8_0, q4_0 ...
}

QString modelRef(const FitPlan& p, const ModelSpec& s)
{
    return !s.hfRepo.isEmpty() ? s.hfRepo : (s.id.isEmpty() ? p.modelId : s.id);
}

QString splitFractions(const FitPlan& p)
{
    QStringList parts;
    for (const DevicePlacement& d : p.devices) {
        if (!d.isCpu)
            parts << QString::number(double(d.capacity) / double(qint64(1) << 30), 'f', 1);
    }
    return parts.join(u',');
}

// llama.cpp --tensor-split as layer counts: the split then puts exactly that many layers on each GPU.
QString layerSplit(const FitPlan& p)
{
    QStringList parts;
    for (int n : p.gpuLayerSplit)
        parts << QString::number(n);
    return parts.join(u',');
}

int gpuCount(const FitPlan& p)
{
    int n = 0;
    for (const DevicePlacement& d : p.devices)
        n += d.isCpu ? 0 : 1;
    return n;
}

} // namespace

QString ggufFileName(const ModelSpec& spec, const QString& recipeId)
{
    return QStringLiteral("%1-%2.gguf").arg(spec.id.isEmpty() ? QStringLiteral("model") : spec.id, recipeId);
}

QString engineCommand(const FitPlan& p, const ModelSpec& s)
{
    if (p.verdict == Verdict::None)
        return {};
    const QString file = shellWord(ggufFileName(s, p.recipeId));
    switch (p.frontend) {
    case Frontend::LlamaServer: {
        QStringList a { QStringLiteral("llama-server"), QStringLiteral("-m"), file, QStringLiteral("-ngl"),
            QString::number(p.gpuLayers), QStringLiteral("-c"), QString::number(p.context * p.batch) };
        // -np always: without it llama-server runs 4 slots in a unified cache, whose sliding-window layers then
        // keep 4 windows (tools/server/server.cpp, n_parallel auto).
        a << QStringLiteral("-np") << QString::number(p.batch);
        if (p.batch > 1 && p.kvUnified)
            a << QStringLiteral("--kv-unified");
        a << QStringLiteral("-ctk") << llamaKvType(p.kvType) << QStringLiteral("-ctv") << llamaKvType(p.kvType)
          << QStringLiteral("-fa") << QStringLiteral("on");
        if (p.cpuMoeLayers > 0)
            a << QStringLiteral("--n-cpu-moe") << QString::number(p.cpuMoeLayers);
        if (!p.gpuLayerSplit.isEmpty())
            a << QStringLiteral("--tensor-split") << layerSplit(p);
        else if (gpuCount(p) > 1 && p.gpuLayers > 0)
            a << QStringLiteral("--tensor-split") << splitFractions(p);
        return a.join(u' ');
    }
    case Frontend::Ollama: {
        const QString tag
            = QStringLiteral("%1-%2").arg(s.id.isEmpty() ? QStringLiteral("model") : s.id, p.recipeId).toLower();
        QStringList lines;
        if (p.kvType.compare(QLatin1String("F16"), Qt::CaseInsensitive) != 0 || p.batch > 1) {
            QString env = QStringLiteral("OLLAMA_FLASH_ATTENTION=1");
            if (p.kvType.compare(QLatin1String("F16"), Qt::CaseInsensitive) != 0)
                env += QStringLiteral(" OLLAMA_KV_CACHE_TYPE=") + llamaKvType(p.kvType);
            if (p.batch > 1)
                env += QStringLiteral(" OLLAMA_NUM_PARALLEL=%1").arg(p.batch);
            lines << QStringLiteral("%1 ollama serve &").arg(env);
        }
        lines << QStringLiteral("printf 'FROM ./%1\\nPARAMETER num_ctx %2\\nPARAMETER num_gpu %3\\n' > Modelfile")
                     .arg(ggufFileName(s, p.recipeId))
                     .arg(p.context)
                     .arg(p.gpuLayers);
        lines << QStringLiteral("ollama create %1 -f Modelfile").arg(shellWord(tag));
        lines << QStringLiteral("ollama run %1").arg(shellWord(tag));
        return lines.join(u'\n');
    }
    case Frontend::LmStudio: {
        const QString gpu = p.gpuLayers >= p.totalLayers
            ? QStringLiteral("max")
            : QString::number(double(p.gpuLayers) / double(std::max(1, p.totalLayers)), 'f', 2);
        const QString load = QStringLiteral("lms load %1 --gpu %2 --context-length %3").arg(file, gpu).arg(p.context);
        if (p.cpuMoeLayers <= 0)
            return load;
        // lms has no flag for it: the model's load settings in the app hold the count.
        return QCoreApplication::translate("Planner::EngineCommand",
                   "# in LM Studio's load settings set \"Number of layers for which to force MoE weights onto CPU\" "
                   "to %1")
                   .arg(p.cpuMoeLayers)
            + u'\n' + load;
    }
    case Frontend::Vllm: {
        QStringList a { QStringLiteral("vllm"), QStringLiteral("serve"), shellWord(modelRef(p, s)),
            QStringLiteral("--tensor-parallel-size"), QString::number(p.tensorParallel),
            QStringLiteral("--pipeline-parallel-size"), QString::number(p.pipelineParallel),
            QStringLiteral("--max-model-len"), QString::number(p.context), QStringLiteral("--kv-cache-dtype"),
            p.kvType.startsWith(QLatin1String("FP8")) ? QStringLiteral("fp8") : QStringLiteral("auto"),
            QStringLiteral("--gpu-memory-utilization"), QString::number(p.gpuMemoryUtilization, 'g', 3) };
        if (p.batch > 1)
            a << QStringLiteral("--max-num-seqs") << QString::number(p.batch);
        // FP8 on a 16-bit checkpoint: vLLM quantizes at load time.
        if (p.recipeId.startsWith(QLatin1String("FP8"))
            && !s.nativeDtype.contains(QLatin1String("fp8"), Qt::CaseInsensitive)
            && !s.nativeDtype.contains(QLatin1String("float8"), Qt::CaseInsensitive))
            a << QStringLiteral("--quantization") << QStringLiteral("fp8");
        return a.join(u' ');
    }
    case Frontend::Sglang: {
        QStringList a { QStringLiteral("python"), QStringLiteral("-m"), QStringLiteral("sglang.launch_server"),
            QStringLiteral("--model-path"), shellWord(modelRef(p, s)), QStringLiteral("--tp"),
            QString::number(p.tensorParallel), QStringLiteral("--context-length"), QString::number(p.context),
            QStringLiteral("--mem-fraction-static"), QString::number(p.gpuMemoryUtilization, 'g', 3) };
        if (p.pipelineParallel > 1)
            a << QStringLiteral("--pp-size") << QString::number(p.pipelineParallel);
        if (p.kvType.startsWith(QLatin1String("FP8")))
            a << QStringLiteral("--kv-cache-dtype") << QStringLiteral("fp8_e4m3");
        return a.join(u' ');
    }
    case Frontend::Mlx:
        return QStringLiteral("mlx_lm.server --model %1").arg(shellWord(modelRef(p, s)));
    case Frontend::Transformers:
        return {};
    }
    return {};
}

} // namespace Planner
