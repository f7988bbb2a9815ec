// SPDX-FileCopyrightText: 2026 The FitPlanner authors
// SPDX-License-Identifier: MIT

#pragma once

#include <QString>

namespace Planner {

// How a storage type lays out bytes.
enum class StorageKind
{
    Float, // F32, F16, BF16, FP8 without scales: bytesPerBlock per element
    Ggml, // ggml block formats: blockBytes per blockSize weights along a row; rows must be whole blocks
    Fp8Block, // FP8 weights with one fp32 scale per scaleBlock x scaleBlock tile (DeepSeek V3)
    Fp8Tensor, // FP8 weights with one fp32 scale per tensor
    Int8Channel, // int8 weights with one scale per output channel (W8A8)
    Group, // GPTQ / AWQ: packed ints with per-group scales and zero points
    Bnb4, // bitsandbytes NF4 / FP4: 4-bit with an absmax per 64 weights (optionally itself quantized)
    BnbInt8, // bitsandbytes LLM.int8(): int8 with one fp32 scale per row
    Mlx, // MLX affine: packed ints with a 16-bit scale and bias per group
};

// One storage type from quants.json. bytesFor() is exact for a tensor of the given ggml shape.
struct StorageType
{
    QString id; // "Q4_K", "GPTQ_INT4_G128", "NF4_DQ", ...
    QString name;
    QString description;
    StorageKind kind = StorageKind::Float;
    int ggmlId = -1; // the type's number in GGUF files; -1 for non-ggml types
    qint64 blockSize = 1; // Float/Ggml: weights per block
    qint64 blockBytes = 2; // Float/Ggml: bytes per block
    int bits = 16; // Group/Bnb4/Mlx/Int8: bits per packed weight
    qint64 groupSize = 0; // Group/Mlx/Bnb4: weights per scale; Fp8Block: tile edge
    int scaleBytes = 0; // bytes of one scale
    int zeroBits = 0; // Group: bits of one packed zero point (0: symmetric); Mlx: bias bytes * 8
    bool groupIndex = false; // GPTQ stores g_idx (int32 per input feature)
    bool doubleQuant = false; // Bnb4: absmax quantized to 8 bits with fp32 scales per 256 blocks
    int tensorBytes = 0; // Group: bytes stored once per matrix (NVFP4's fp32 global scales, a packed shape record)

    // Bits per weight for a large, block-aligned tensor, scales included.
    double bitsPerWeight() const;
    // Whether a row of ne0 weights can be stored (ggml rows must be whole blocks).
    bool fitsRow(qint64 ne0) const;
    // Exact bytes of a tensor with ne0 weights per row, ne1 rows, ne2 matrices. Saturates at INT64_MAX.
    qint64 bytesFor(qint64 ne0, qint64 ne1 = 1, qint64 ne2 = 1) const;
};

} // namespace Planner
