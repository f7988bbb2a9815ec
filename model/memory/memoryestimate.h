// SPDX-FileCopyrightText: 2026 The FitPlanner authors
// SPDX-License-Identifier: MIT

#pragma once

#include "engine.h"
#include "tensorlayout.h"

#include <vector>

#include <QMap>
#include <QString>
#include <QStringList>

namespace Planner {

// One part of the memory bill: its bytes, the band where the figure is empirical, and how it was computed.
struct MemoryComponent
{
    qint64 bytes = 0;
    qint64 low = 0; // lower and upper end of the uncertainty band (equal to bytes where exact)
    qint64 high = 0;
    QString explanation;

    bool isExact() const { return low == bytes && high == bytes; }
};

// Per repeating block: what one layer costs, so offload can place whole layers.
struct LayerBytes
{
    qint64 weights = 0;
    qint64 kvCache = 0;
    qint64 recurrentState = 0;
};

struct MemoryEstimate
{
    QString modelId;
    QString recipeId;
    Engine engine = Engine::LlamaCpp;
    qint64 context = 0;
    qint64 batch = 1;
    QString kvType;

    ParamCounts params;
    MemoryComponent weights;
    MemoryComponent kvCache;
    // Fixed state of the recurrent layers (Gated DeltaNet, Mamba2): convolution and SSM / delta-rule state per
    // sequence, independent of the context. Zero for attention-only models.
    MemoryComponent recurrentState;
    MemoryComponent activations;
    MemoryComponent overhead;
    qint64 total = 0;
    qint64 totalLow = 0;
    qint64 totalHigh = 0;

    qint64 kvBytesPerToken = 0; // all layers, per token of one sequence, before sliding windows cap it
    qint64 kvLayers = 0; // layers holding a KV cache
    qint64 recurrentLayers = 0; // layers holding a recurrent state instead
    double bitsPerWeight = 0.0; // weights bytes x 8 / parameters stored
    qint64 activeWeightBytes = 0; // bytes read per generated token (active experts only)
    qint64 tokenEmbeddingBytes = 0; // stays in CPU memory under llama.cpp
    // The part of tokenEmbeddingBytes in Gemma 4 E-series' per-layer input table, which a tied output never copies
    qint64 perLayerEmbeddingBytes = 0;
    qint64 tiedOutputCopyBytes() const { return tokenEmbeddingBytes - perLayerEmbeddingBytes; }
    qint64 outputBytes = 0; // LM head and final norm
    std::vector<LayerBytes> layers;
    QMap<QString, qint64> bytesByType; // weight bytes per storage type
    QStringList notes; // caveats worth showing (fallback types, unsupported combos)
};

} // namespace Planner
