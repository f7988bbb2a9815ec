// SPDX-FileCopyrightText: 2026 The FitPlanner authors
// SPDX-License-Identifier: MIT

#pragma once

#include "checkedmath.h"
#include "modelspec.h"

#include <vector>

#include <QString>

namespace Planner {

enum class TensorRole
{
    TokenEmbd,
    Output,
    OutputNorm,
    RopeFreqs,
    AttnNorm,
    AttnQ,
    AttnK,
    AttnV,
    AttnQkv,
    AttnOutput,
    AttnQNorm,
    AttnKNorm,
    AttnPostNorm,
    AttnSinks,
    AttnQA,
    AttnQANorm,
    AttnQB,
    AttnKvAMqa,
    AttnKvANorm,
    AttnKvB,
    FfnNorm,
    FfnPostNorm,
    FfnGate,
    FfnUp,
    FfnDown,
    FfnGateInp,
    FfnGateExps,
    FfnUpExps,
    FfnDownExps,
    FfnGateShexp,
    FfnUpShexp,
    FfnDownShexp,
    FfnGateInpShexp,
    ExpProbsB,
    FfnLatent, // Nemotron-3 Super/Ultra: projections into and out of the experts' latent width
    FfnGateInpScale, // Gemma 4: the router's input scale and its scale per expert
    AttnGate, // Qwen3.5 Gated DeltaNet: the output gate projection (z); Laguna: the per-head attention gate
    SsmIn, // input projection of a recurrent mixer (Mamba2 in_proj, Qwen3-Next in_proj_qkvz, Qwen3.5 in_proj_qkv)
    SsmConv1d, // depthwise causal convolution, weight and bias
    SsmDt, // time-step bias per head
    SsmA, // A (A_log) per head
    SsmD, // D skip per head
    SsmBetaAlpha, // Gated DeltaNet beta and alpha projections
    SsmNorm, // gated RMSNorm before the output projection
    SsmOut, // output projection of a recurrent mixer
    IndexerKNorm, // DeepSeek sparse attention's lightning indexer
    IndexerProj,
    IndexerAttnK,
    IndexerAttnQB,
    IndexerQkProj, // MiniMax sparse attention: the indexer's query and key projections (kept in F32, never quantized)
    LayerOutScale, // Gemma 4: one scalar per layer
    AttnResScore, // Kimi-K3's attention residuals: the score vectors over the earlier blocks' outputs
    PerLayerTokenEmbd, // Gemma 4 E-series: the per-layer input embedding table (an input-layer table like token_embd)
    PerLayerInput, // Gemma 4 E-series: the projection into the per-layer inputs, its norm, each layer's gate and
                   // projection
    NextnEhProj, // multi-token prediction: the projection of [embedding, hidden] and its norms
    NextnNorm,
    NextnEmbed, // DeepSeek: the nextn layer's own copy of the embedding and the head
    NextnHead,
    Vision,
    HyperConnection, // DeepSeek-V4: the mixing projections, biases and scales of the widened residual stream
    AttnCompressor, // DeepSeek-V4: the compressors that pool keys (and indexer keys) over compress_ratio tokens
    FfnHashRoute, // DeepSeek-V4: the token-id -> experts table of the hash-routed layers (I32)
};

// One tensor as the engines store it. Shapes follow ggml: ne0 is the row length (input features of a
// projection), ne1 the number of rows (output features), ne2 the experts of a merged expert tensor.
struct TensorSpec
{
    QString name; // GGUF name, e.g. "blk.3.attn_v.weight" (empty when the layout was built without names)
    const char* base = ""; // the name without block and suffix, e.g. "attn_v" (a static string)
    TensorRole role = TensorRole::TokenEmbd;
    int layer = -1; // -1 for tensors outside the repeating blocks
    int nDims = 1;
    qint64 ne0 = 1;
    qint64 ne1 = 1;
    qint64 ne2 = 1;
    bool bias = false;
    bool inHf = true; // allocated by PyTorch frameworks
    bool inGguf = true; // written to a GGUF model file
    bool mtp = false; // part of a multi-token-prediction layer (after the decoder's layers)

    qint64 elements() const { return satMul(satMul(ne0, ne1), ne2); } // saturates on absurd shapes
    bool isMatrix() const { return nDims >= 2 && !bias; }
    bool isExpert() const
    {
        return role == TensorRole::FfnGateExps || role == TensorRole::FfnUpExps || role == TensorRole::FfnDownExps;
    }
};

struct ParamCounts
{
    qint64 total = 0; // every parameter the framework allocates (vision tower included)
    qint64 active = 0; // parameters used per token (routed experts scaled by experts_per_token / experts; no MTP,
                       // no vision tower)
    qint64 embedding = 0; // token embedding table
    qint64 vision = 0; // vision tower and projector
    qint64 mtp = 0; // multi-token-prediction layers (part of total: the checkpoint stores them)
};

enum class TensorNames
{
    Full, // fill TensorSpec::name
    None, // leave it empty: the estimator's hot path needs roles and shapes only
};

// The full tensor list of an architecture, in the order the engines create them.
std::vector<TensorSpec> tensorLayout(const ModelSpec& spec, TensorNames names = TensorNames::Full);

// Parameters as Hugging Face transformers allocates them (tensors with inHf).
ParamCounts countParameters(const ModelSpec& spec);
ParamCounts countParameters(
    const ModelSpec& spec, const std::vector<TensorSpec>& tensors); // tensors = tensorLayout(spec)

// Parameters as llama.cpp counts them in a GGUF file (tensors with inGguf).
qint64 countGgufParameters(const ModelSpec& spec);

} // namespace Planner
