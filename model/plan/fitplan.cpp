// SPDX-FileCopyrightText: 2026 The FitPlanner authors
// SPDX-License-Identifier: MIT

#include "fitplan.h"

#include "checkedmath.h"
#include "engineregistry.h"

#include <algorithm>
#include <limits>

#include <QCoreApplication>

namespace Planner {

QString verdictId(Verdict v)
{
    switch (v) {
    case Verdict::Gpu:
        return QStringLiteral("gpu");
    case Verdict::Offload:
        return QStringLiteral("offload");
    case Verdict::Cpu:
        return QStringLiteral("cpu");
    case Verdict::None:
        break;
    }
    return QStringLiteral("none");
}

QString verdictText(Verdict v)
{
    switch (v) {
    case Verdict::Gpu:
        return QCoreApplication::translate("Planner::FitPlan", "Fits on the GPU");
    case Verdict::Offload:
        return QCoreApplication::translate("Planner::FitPlan", "Fits with CPU offload");
    case Verdict::Cpu:
        return QCoreApplication::translate("Planner::FitPlan", "Fits in system RAM only");
    case Verdict::None:
        break;
    }
    return QCoreApplication::translate("Planner::FitPlan", "Does not fit");
}

bool isTightFit(const FitPlan& plan)
{
    if (plan.verdict != Verdict::Gpu)
        return false;
    qint64 smallestGpu = std::numeric_limits<qint64>::max();
    qint64 gpuFree = 0;
    for (const DevicePlacement& d : plan.devices) {
        if (d.isCpu)
            continue;
        smallestGpu = std::min(smallestGpu, d.capacity);
        gpuFree = satAdd(gpuFree, std::max<qint64>(0, d.freeBytes()));
    }
    const MemoryEstimate& e = plan.estimate;
    return plan.headroomBytes < smallestGpu / 20 || e.totalHigh - e.total > gpuFree;
}

QString planVerdictText(const FitPlan& plan)
{
    return isTightFit(plan) ? QCoreApplication::translate("Planner::FitPlan", "Tight on the GPU")
                            : verdictText(plan.verdict);
}

QString frontendId(Frontend f)
{
    switch (f) {
    case Frontend::LlamaServer:
        return QStringLiteral("llama.cpp");
    case Frontend::Ollama:
        return QStringLiteral("ollama");
    case Frontend::LmStudio:
        return QStringLiteral("lmstudio");
    case Frontend::Vllm:
        return QStringLiteral("vllm");
    case Frontend::Sglang:
        return QStringLiteral("sglang");
    case Frontend::Transformers:
        return QStringLiteral("transformers");
    case Frontend::Mlx:
        return QStringLiteral("mlx");
    }
    return {};
}

std::optional<Frontend> frontendFromId(const QString& id)
{
    const QString k = id.trimmed().toLower();
    if (k == QLatin1String("llama.cpp") || k == QLatin1String("llamacpp") || k == QLatin1String("llama-cpp")
        || k == QLatin1String("llama-server"))
        return Frontend::LlamaServer;
    if (k == QLatin1String("ollama"))
        return Frontend::Ollama;
    if (k == QLatin1String("lmstudio") || k == QLatin1String("lm-studio"))
        return Frontend::LmStudio;
    if (k == QLatin1String("vllm"))
        return Frontend::Vllm;
    if (k == QLatin1String("sglang"))
        return Frontend::Sglang;
    if (k == QLatin1String("transformers") || k == QLatin1String("hf"))
        return Frontend::Transformers;
    if (k == QLatin1String("mlx") || k == QLatin1String("mlx-lm"))
        return Frontend::Mlx;
    return std::nullopt;
}

Engine engineOf(Frontend f)
{
    const QString id = frontendId(f);
    for (const EngineRules* rules : allEngineRules()) {
        if (rules->frontendIds().contains(id))
            return rules->engine();
    }
    return Engine::LlamaCpp;
}

Frontend defaultFrontend(Engine e)
{
    return frontendFromId(engineRules(e).frontendIds().value(0)).value_or(Frontend::LlamaServer);
}

int verdictRank(Verdict v)
{
    switch (v) {
    case Verdict::Gpu:
        return 3;
    case Verdict::Offload:
        return 2;
    case Verdict::Cpu:
        return 1;
    case Verdict::None:
        break;
    }
    return 0;
}

} // namespace Planner
