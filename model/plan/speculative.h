// SPDX-FileCopyrightText: 2026 The FitPlanner authors
// SPDX-License-Identifier: MIT

#pragma once

#include "fitplanner.h"

#include <optional>

#include <QString>

namespace Planner {

/** What speculative decoding a plan should use. */
struct SpeculativeRequest
{
    SpeculativePlan::Kind kind = SpeculativePlan::Kind::DraftModel;
    ModelSpec draft; // DraftModel: the draft model (a catalog model sharing the model's vocabulary)
    QString draftRecipe; // DraftModel: its quantization; empty: the model's own recipe where the engine runs it
    int draftTokens = 0; // tokens drafted per step; 0: the best for the midpoint of the acceptance range
};

/** Largest vocabulary difference llama.cpp accepts between a model and its draft (SPEC_VOCAB_MAX_SIZE_DIFFERENCE). */
constexpr qint64 kDraftVocabMaxDifference = 128;

/**
 * Tokens one step of speculative decoding yields on average when each of `draftTokens` drafted tokens is accepted
 * with probability `acceptance`: (1 - a^(g+1)) / (1 - a) (Leviathan, Kalman and Matias 2023, eq. 1).
 */
double expectedTokensPerStep(double acceptance, int draftTokens);

/**
 * Decode speed-up of speculative decoding: expected tokens per step over the step's cost, `verifyCost` (the
 * verification of draftTokens + 1 tokens, in decode steps of the model) + draftTokens x `draftCost` (one draft step
 * in decode steps of the model).
 */
double speculativeSpeedup(double acceptance, int draftTokens, double draftCost, double verifyCost);

/**
 * Bytes of the weights of the model's multi-token-prediction layers (ModelSpec::mtpLayers) in `recipeId` as
 * `engine` loads them, priced per tensor; 0 without MTP layers. nullopt when the recipe is unknown.
 */
std::optional<qint64> mtpWeightBytes(
    const ModelSpec& model, const QString& recipeId, Engine engine, const QuantCatalog& quants);

/**
 * The plan of `scenario` with speculative decoding:
 * - llama-server with a draft model (-md): the draft's weights once (its token embeddings in RAM, like the model's),
 *   and per slot (-np) a draft context of the slot's context (llama_n_ctx_seq) with an F16 KV cache (-ctkd default)
 *   and its compute buffers; the model is placed on what the draft leaves (the draft spread over the GPUs in
 *   proportion to their memory, or in RAM without GPUs).
 * - vLLM with a draft model or the model's MTP layers (--speculative-config): their weights on every tensor-parallel
 *   rank (divided by the ranks) and their KV layers in the same paged pool, whose blocks grow accordingly.
 * The speed-up range comes from the published acceptance rates and the draft's step time on the same hardware.
 * nullopt with `error` set for front ends or models that cannot run it.
 */
std::optional<FitPlan> planSpeculative(const FitPlanner& planner, const QuantCatalog& quants, const Scenario& scenario,
    const HardwareProfile& hardware, const PlanOptions& options, const SpeculativeRequest& request,
    QString* error = nullptr);

} // namespace Planner
