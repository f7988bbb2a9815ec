#pragma once

#include "engine.h"
#include "modelspec.h"

#include <QString>

namespace Planner {

// Everything one estimate depends on: the model, how it is stored, how much it must hold, and the engine.
struct Scenario {
    ModelSpec model;
    QString recipeId = QStringLiteral("Q4_K_M");
    qint64 context = 4096; // tokens per sequence (prompt + generated)
    qint64 batch = 1; // parallel sequences
    QString kvType = QStringLiteral("F16");
    Engine engine = Engine::LlamaCpp;

    // Engine settings, with each engine's defaults.
    qint64 ubatch = 512; // llama.cpp n_ubatch
    bool flashAttention = true; // llama.cpp -fa (auto enables it where supported)
    double gpuMemoryUtilization = 0.9; // vLLM
    qint64 maxNumBatchedTokens = 8192; // vLLM chunked-prefill budget
    qint64 maxNumSeqs = 256; // vLLM
    qint64 prefillStep = 2048; // mlx-lm prefill_step_size
};

} // namespace Planner
