// SPDX-FileCopyrightText: 2026 The FitPlanner authors
// SPDX-License-Identifier: MIT

#pragma once

#include "fitplanner.h"

#include <optional>

#include <QString>

namespace Planner {

/**
 * What a server (vLLM / SGLang, or llama.cpp's llama-server, Ollama, LM Studio) does with many users at once:
 * how many sequences of the plan's context fit together, the decode speed at that concurrency and the time to
 * the first token of a prompt.
 *
 * - vLLM sizes its KV pool from what the GPU share leaves (VllmKvPool): whole sequences of max_model_len that fit
 *   are floor(blocks / blocks per request), the figure behind its "Maximum concurrency for N tokens per request".
 * - llama-server allocates -np slots of the per-slot context at start: the largest slot count whose plan keeps the
 *   placement kind (on the GPUs, with offload, in RAM) of the requested one, at most LLAMA_MAX_SEQ (256).
 *
 * Decode is batched: each step reads the weights once (for MoE the experts any of the sequences chose) and every
 * sequence's KV cache, and computes every sequence's token, so it becomes compute-bound past the roofline's ridge.
 */
struct ServingCapacity
{
    Frontend frontend = Frontend::LlamaServer;
    qint64 requested = 0; // concurrent sequences asked for
    qint64 sequenceTokens = 0; // tokens each sequence holds (the plan's context)
    qint64 maxSequences = 0; // sequences of sequenceTokens that fit at once (0: not even one)
    qint64 sequenceLimit = 0; // the engine's own limit on sequences (llama.cpp: 256; vLLM: --max-num-seqs)
    double vllmConcurrency = -1.0; // vLLM's "Maximum concurrency" figure; -1 for other engines
    qint64 served = 0; // sequences served at once: min(requested, maxSequences)
    double sequenceTokensPerSecond = -1.0; // decode speed of each sequence at `served`, at a full context
    double aggregateTokensPerSecond = -1.0; // all `served` sequences together
    QString decodeBound; // "memory" or "compute" at `served`
    qint64 promptTokens = 0;
    double ttftSeconds = -1.0; // first token of a prompt of promptTokens on an idle server (its prefill)
    double ttftBusySeconds = -1.0; // the same while served - 1 other sequences decode
    qint64 stepTokens = 0; // tokens one engine step takes (vLLM max_num_batched_tokens, llama-server n_batch)
    FitPlan plan; // the plan at `served` sequences (at `requested` when none fits)
    QString explanation;
};

/** llama.cpp's limit on parallel sequences (LLAMA_MAX_SEQ in src/llama-cparams.h). */
constexpr qint64 kLlamaMaxSequences = 256;
/** llama-server's logical batch (-b, common.h n_batch): prompt and decode tokens of one step. */
constexpr qint64 kLlamaServerBatch = 2048;

/**
 * The serving capacity of `scenario` (its context is each sequence's) for `concurrency` sequences at once and a
 * prompt of `options.promptTokens` tokens (0: the whole context). Runs the planner several times (a search over
 * slot counts for llama.cpp). nullopt with `error` set when the engine serves no concurrent users (transformers,
 * MLX), the concurrency is out of range, or the plan fails.
 */
std::optional<ServingCapacity> servingCapacity(const FitPlanner& planner, const Scenario& scenario,
    const HardwareProfile& hardware, const PlanOptions& options, qint64 concurrency, QString* error = nullptr);

/**
 * Time to the first token of a prompt of `prompt` tokens that arrives while `others` sequences decode: the
 * prompt's prefill plus one decode step for each engine step the prompt is spread over, at most `stepTokens`
 * tokens per step shared with the others' decode tokens.
 */
double busyTimeToFirstToken(double prefillSeconds, double stepSeconds, qint64 prompt, qint64 others, qint64 stepTokens);

} // namespace Planner
