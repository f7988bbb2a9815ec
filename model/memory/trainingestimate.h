// SPDX-FileCopyrightText: 2026 The FitPlanner authors
// SPDX-License-Identifier: MIT

#pragma once

#include "memoryestimate.h"
#include "trainingscenario.h"

#include <QString>
#include <QStringList>

namespace Planner {

// What one GPU holds at the peak of a training step, by component. Byte figures are per GPU.
//
// - peakAllocated: what PyTorch's torch.cuda.max_memory_allocated() reports: the model states plus the larger of
//   the backward peak (activations, logits) and the optimizer-step peak (all gradients, step temporaries).
// - total: peakAllocated plus the CUDA context (overhead).
// - reserved: the expected peak the caching allocator reserves (peakAllocated plus its slack) plus the context,
//   which is what nvidia-smi shows.
struct TrainingEstimate
{
    QString modelId;
    TrainingScenario scenario;

    qint64 params = 0; // every parameter of the model
    qint64 activeParams = 0; // per token (routed experts scaled)
    qint64 trainableParams = 0;

    MemoryComponent weights; // the model's weights as stored on this GPU (frozen base for adapters)
    MemoryComponent trainableWeights; // adapters, and the fp32 master copy under AMP
    MemoryComponent gradients;
    MemoryComponent optimizer; // optimizer state
    MemoryComponent activations; // saved for backward (and the QAT fake-quant copies)
    MemoryComponent logits; // logits, their fp32 upcast and gradient
    MemoryComponent teacher; // frozen teacher on this GPU: weights, forward working set, its logits
    MemoryComponent overhead; // CUDA context, cuBLAS workspace

    qint64 stepPeak = 0; // bytes alive at the optimizer step besides the model states
    qint64 backwardPeak = 0; // bytes alive at the start of backward besides the model states
    qint64 peakAllocated = 0;
    qint64 total = 0; // peakAllocated + overhead
    qint64 reservedSlack = 0; // the caching allocator's expected slack
    qint64 reserved = 0; // peakAllocated + reservedSlack + overhead
    qint64 cpuBytes = 0; // offloaded to host memory, per GPU
    qint64 teacherGpuTotal = 0; // the teacher's own GPU when it runs on a separate one (0 otherwise)

    double trainingFlopsPerToken = 0.0; // forward, backward, recomputation and teacher forward
    double teacherFlopsPerToken = 0.0; // the teacher's forward alone
    QStringList notes;
};

} // namespace Planner
