// SPDX-FileCopyrightText: 2026 The FitPlanner authors
// SPDX-License-Identifier: MIT

#include "engine.h"

#include <QCoreApplication>

namespace Planner {

namespace {

struct EngineNames
{
    Engine engine;
    const char* id;
    const char* displayName; // translated in the context "Planner::Engine"
    QLatin1String aliases[5];
};

// One row per Engine value, in the enum's order.
const EngineNames kEngines[] = {
    { Engine::LlamaCpp, "llama.cpp", QT_TRANSLATE_NOOP("Planner::Engine", "llama.cpp / Ollama / LM Studio"),
        { QLatin1String("llamacpp"), QLatin1String("llama-cpp"), QLatin1String("ollama"), QLatin1String("lmstudio"),
            QLatin1String("lm-studio") } },
    { Engine::Vllm, "vllm", QT_TRANSLATE_NOOP("Planner::Engine", "vLLM / SGLang"), { QLatin1String("sglang") } },
    { Engine::Transformers, "transformers", QT_TRANSLATE_NOOP("Planner::Engine", "Hugging Face transformers"),
        { QLatin1String("hf") } },
    { Engine::Mlx, "mlx", QT_TRANSLATE_NOOP("Planner::Engine", "MLX (Apple)"), { QLatin1String("mlx-lm") } },
};

const EngineNames* namesOf(Engine e)
{
    for (const EngineNames& n : kEngines) {
        if (n.engine == e)
            return &n;
    }
    return nullptr;
}

} // namespace

QString engineId(Engine e)
{
    const EngineNames* n = namesOf(e);
    return n ? QString::fromLatin1(n->id) : QString();
}

QString engineDisplayName(Engine e)
{
    const EngineNames* n = namesOf(e);
    return n ? QCoreApplication::translate("Planner::Engine", n->displayName) : QString();
}

QStringList engineAliases(Engine e)
{
    QStringList out;
    if (const EngineNames* n = namesOf(e)) {
        for (const QLatin1String alias : n->aliases) {
            if (!alias.isEmpty())
                out << QString(alias);
        }
    }
    return out;
}

std::optional<Engine> engineFromId(const QString& id)
{
    const QString k = id.trimmed().toLower();
    for (const EngineNames& n : kEngines) {
        if (k == QLatin1String(n.id))
            return n.engine;
        for (const QLatin1String alias : n.aliases) {
            if (!alias.isEmpty() && k == alias)
                return n.engine;
        }
    }
    return std::nullopt;
}

QStringList engineIds()
{
    QStringList out;
    for (const EngineNames& n : kEngines)
        out << QString::fromLatin1(n.id);
    return out;
}

} // namespace Planner
