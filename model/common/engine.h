// SPDX-FileCopyrightText: 2026 The FitPlanner authors
// SPDX-License-Identifier: MIT

#pragma once

#include <optional>

#include <QString>
#include <QStringList>

namespace Planner {

// The inference engines whose allocation rules FitPlanner models.
enum class Engine
{
    LlamaCpp, // llama.cpp, and what Ollama and LM Studio run
    Vllm, // vLLM (SGLang allocates the same way)
    Transformers, // Hugging Face transformers generate()
    Mlx, // mlx-lm on Apple silicon
};

// Each engine's rules (what it runs and allocates, how it is placed) are objects: see engineregistry.h.

QString engineId(Engine e); // "llama.cpp", "vllm", "transformers", "mlx"
QString engineDisplayName(Engine e);
QStringList engineAliases(Engine e); // other names engineFromId accepts, lower case
// Accepts the ids and common aliases (ollama, lmstudio, sglang, hf), case-insensitively.
std::optional<Engine> engineFromId(const QString& id);
QStringList engineIds();

} // namespace Planner
