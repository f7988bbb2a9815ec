// SPDX-FileCopyrightText: 2026 The FitPlanner authors
// SPDX-License-Identifier: MIT

#pragma once

#include "modelspec.h"
#include "quantcatalog.h"
#include "tensorlayout.h"

#include <vector>

#include <QStringList>

namespace Planner {

// What llama-quantize starts from.
enum class GgufSource
{
    // The file convert_hf_to_gguf.py writes: tensors the checkpoint stores quantized (gpt-oss's MXFP4 experts)
    // are already in that type there, and llama-quantize keeps them (it refuses to requantize a quantized tensor
    // unless --allow-requantize is given; every published gpt-oss GGUF keeps the experts in MXFP4).
    Converted,
    // Every tensor in a float type, as in llama.cpp's own type-selection snapshots (tests/snapshots/*.schema):
    // the rules alone decide.
    AllFloat,
};

// The ggml type llama-quantize assigns to each tensor for a GGUF file type ("Q4_K_M", "IQ2_XS", ...),
// following llama.cpp's llama_tensor_get_type(): output and token-embedding types, the attn_v / ffn_down
// layers that get more bits, MoE expert rules, 1-D tensors in F32, and the fallback type when a row is not
// a whole number of blocks. `tensors` is tensorLayout(spec); the result has one type id per tensor (an
// empty string for tensors with inGguf == false). `catalog` supplies block sizes.
QStringList ggufTensorTypes(const ModelSpec& spec, const std::vector<TensorSpec>& tensors, const QString& fileType,
    const QuantCatalog& catalog, GgufSource source = GgufSource::Converted);

// llama-quantize's visit order of `tensors`: by block number (tensors outside the blocks first), then by name.
// Its per-kind counters (the n-th attn_v, ...) advance in this order.
std::vector<size_t> ggufQuantizeOrder(const std::vector<TensorSpec>& tensors);

// ggufTensorTypes as ggml type names (static strings; nullptr for tensors with inGguf == false), for the
// estimator's hot path. `order`, when given, is ggufQuantizeOrder(tensors): callers that keep a layout compute
// it once. Empty for an unknown file type.
std::vector<const char*> ggufTensorTypeNames(const ModelSpec& spec, const std::vector<TensorSpec>& tensors,
    const QString& fileType, const QuantCatalog& catalog, const std::vector<size_t>* order = nullptr,
    GgufSource source = GgufSource::Converted);

// The GGUF file types ggufTensorTypes understands, in llama.cpp's naming.
QStringList ggufFileTypes();

} // namespace Planner
