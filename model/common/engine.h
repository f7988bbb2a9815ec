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

QString engineId(Engine e); // "llama.cpp", "vllm", "transformers", "mlx"
QString engineDisplayName(Engine e);
// Accepts the ids and common aliases (ollama, lmstudio, sglang, hf), case-insensitively.
std::optional<Engine> engineFromId(const QString& id);
QStringList engineIds();

// KV cache element types an engine can allocate (catalog storage type ids).
QStringList kvTypesFor(Engine e);

} // namespace Planner
