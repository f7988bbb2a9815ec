// SPDX-FileCopyrightText: 2026 The FitPlanner authors
// SPDX-License-Identifier: MIT

#pragma once

#include "engine.h"
#include "modelspec.h"

#include <algorithm>
#include <vector>

#include <QString>

namespace Planner {

// One tensor exactly as an opened model file stores it (GGUF or safetensors): its real bytes.
struct StoredTensor
{
    QString name;
    QString typeId; // the storage type as the file holds it: "Q4_K", "BF16", "GPTQ_INT4_G128" ...
    int layer = -1; // repeating block, -1 outside them
    qint64 elements = 0; // parameters it holds (packed integers unpacked; scales count 0)
    qint64 bytes = 0;
    bool tokenEmbedding = false;
    bool output = false; // LM head or final norm
    bool expert = false; // routed-expert weights
    bool projector = false; // a vision projector (mmproj) added on top of the model's own weights
};

// Everything one estimate depends on: the model, how it is stored, how much it must hold, and the engine.
struct Scenario
{
    ModelSpec model;
    /** The context length (tokens per sequence) the app and the CLI start from when none is asked for. */
    static constexpr qint64 kDefaultContext = 8192;
    /** kDefaultContext, or `model`'s trained maximum (ModelSpec::maxContext) where that is smaller and known. */
    static qint64 defaultContext(const ModelSpec& model)
    {
        return model.maxContext > 0 ? std::min(kDefaultContext, model.maxContext) : kDefaultContext;
    }

    QString recipeId = QStringLiteral("Q4_K_M");
    qint64 context = 4096; // tokens per sequence (prompt + generated)
    qint64 batch = 1; // parallel sequences
    QString kvType = QStringLiteral("F16");
    Engine engine = Engine::LlamaCpp;

    // Engine settings, with each engine's defaults.
    qint64 ubatch = 512; // llama.cpp n_ubatch
    bool flashAttention = true; // llama.cpp -fa (auto enables it where supported)
    // llama.cpp --kv-unified: the `batch` sequences (-np) share one cache of context x batch cells; off, each has
    // its own stream of `context` cells.
    bool kvUnified = true;
    // llama.cpp n_outputs_max: the rows of a micro-batch the compute buffer holds logits for. 0: all n_batch
    // rows, the library's default (node-llama-cpp, llama-bench); llama-server sets it to its slots (-np).
    qint64 outputsMax = 0;
    double gpuMemoryUtilization = 0.9; // vLLM
    qint64 maxNumBatchedTokens = 8192; // vLLM chunked-prefill budget (--max-num-batched-tokens)
    qint64 maxNumSeqs = 256; // vLLM --max-num-seqs: the sampler's rows and the CUDA-graph batch sizes
    bool enforceEager = false; // vLLM --enforce-eager: no CUDA graphs are captured
    bool chunkedPrefill = true; // vLLM chunked prefill; off (--no-enable-chunked-prefill), it profiles a whole context
    qint64 prefillStep = 2048; // mlx-lm prefill_step_size

    // Non-empty when the model comes from a file: weights are these tensors' stored bytes instead of the
    // recipe's types applied to tensorLayout(model); recipeId then only labels the file's quantization.
    // Projector tensors alone (a catalog model plus an mmproj file) are added to the recipe's weights.
    std::vector<StoredTensor> storedTensors;
};

} // namespace Planner
