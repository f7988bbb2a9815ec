#include "engine.h"

#include <QCoreApplication>

namespace Planner {

QString engineId(Engine e)
{
    switch (e) {
    case Engine::LlamaCpp:
        return QStringLiteral("llama.cpp");
    case Engine::Vllm:
        return QStringLiteral("vllm");
    case Engine::Transformers:
        return QStringLiteral("transformers");
    case Engine::Mlx:
        return QStringLiteral("mlx");
    }
    return {};
}

QString engineDisplayName(Engine e)
{
    switch (e) {
    case Engine::LlamaCpp:
        return QCoreApplication::translate("Planner::Engine", "llama.cpp / Ollama / LM Studio");
    case Engine::Vllm:
        return QCoreApplication::translate("Planner::Engine", "vLLM / SGLang");
    case Engine::Transformers:
        return QCoreApplication::translate("Planner::Engine", "Hugging Face transformers");
    case Engine::Mlx:
        return QCoreApplication::translate("Planner::Engine", "MLX (Apple)");
    }
    return {};
}

std::optional<Engine> engineFromId(const QString& id)
{
    const QString k = id.trimmed().toLower();
    if (k == QLatin1String("llama.cpp") || k == QLatin1String("llamacpp") || k == QLatin1String("llama-cpp")
        || k == QLatin1String("ollama") || k == QLatin1String("lmstudio") || k == QLatin1String("lm-studio"))
        return Engine::LlamaCpp;
    if (k == QLatin1String("vllm") || k == QLatin1String("sglang"))
        return Engine::Vllm;
    if (k == QLatin1String("transformers") || k == QLatin1String("hf"))
        return Engine::Transformers;
    if (k == QLatin1String("mlx") || k == QLatin1String("mlx-lm"))
        return Engine::Mlx;
    return std::nullopt;
}

QStringList engineIds()
{
    return { engineId(Engine::LlamaCpp), engineId(Engine::Vllm), engineId(Engine::Transformers),
        engineId(Engine::Mlx) };
}

QStringList kvTypesFor(Engine e)
{
    switch (e) {
    case Engine::LlamaCpp:
        return { QStringLiteral("F16"), QStringLiteral("BF16"), QStringLiteral("F32"), QStringLiteral("Q8_0"),
            QStringLiteral("Q5_1"), QStringLiteral("Q5_0"), QStringLiteral("Q4_1"), QStringLiteral("Q4_0"),
            QStringLiteral("IQ4_NL") };
    case Engine::Vllm:
        return { QStringLiteral("F16"), QStringLiteral("BF16"), QStringLiteral("FP8_E4M3") };
    case Engine::Transformers:
    case Engine::Mlx:
        return { QStringLiteral("F16"), QStringLiteral("BF16"), QStringLiteral("F32") };
    }
    return {};
}

} // namespace Planner
