// SPDX-FileCopyrightText: 2026 The FitPlanner authors
// SPDX-License-Identifier: MIT

#pragma once

#include "quantcatalog.h"
#include "trainingestimate.h"
#include "trainingscenario.h"

#include <optional>

#include <QString>

namespace Planner {

// What one transformer layer saves for backward, in the terms the activation arithmetic needs. Built from a
// ModelSpec by TrainingEstimator; the published cases (Korthikanti et al. 2022) set it by hand.
struct LayerActivationShape
{
    qint64 hidden = 0;
    qint64 heads = 0;
    qint64 kvHeads = 0;
    qint64 headDim = 0; // query/key width per head
    qint64 vHeadDim = 0;
    qint64 intermediate = 0; // the dense MLP (or a MoE layer's shared experts as a whole); 0: none
    bool gated = true; // SwiGLU: gate, up, product; false: up, activation (GeLU)
    qint64 expertsPerToken = 0; // routed experts (MoE layers)
    qint64 expertIntermediate = 0;
    qint64 numExperts = 0;
    qint64 qLoraRank = 0; // MLA
    qint64 kvLoraRank = 0;
    bool dropout = false; // dropout after attention probabilities, attention output and MLP (1-byte masks)
    bool softmaxFp32 = true; // attention probabilities kept in fp32 and cast back (eager attention)
    int normBytesPerElement = 6; // fp32 input upcast (4) + 16-bit normalised output for the scale's gradient (2)
    // Linear inputs kept for the weight gradient (trainable weights or adapters reading them).
    bool saveQkvInput = true;
    bool saveOInput = true;
    bool saveMlpInput = true;
    bool saveDownInput = true;
    int loraMatrices = 0; // adapted matrices in the layer: each keeps its r-wide intermediate
    qint64 loraRank = 0;
};

// Per-GPU bytes of the model states: weights, gradients and optimizer state (the fp32 master copy included).
struct ModelStateBytes
{
    qint64 weights = 0;
    qint64 gradients = 0;
    qint64 optimizer = 0;
    qint64 total() const;
};

// Whether a training plan fits GPUs of `capacity` bytes each (and its CPU offload the node's RAM).
enum class TrainingFitStatus
{
    Fits, // the expected reserved peak fits
    Tight, // the peak allocated fits, the allocator's expected reserve does not
    DoesNotFit,
    RamShort, // the GPUs would hold it, the offloaded bytes exceed the RAM
    NoGpu,
};

struct TrainingFit
{
    TrainingFitStatus status = TrainingFitStatus::NoGpu;
    qint64 needed = 0; // per GPU: the expected reserved peak (or the teacher's own GPU, when larger)
    qint64 capacity = 0;
    qint64 cpuNeeded = 0; // offloaded bytes of all GPUs of a node
};

// `gpuBytes` per GPU (0: no GPU), `ramBytes` per node (0: unknown, not checked).
TrainingFit judgeTrainingFit(const TrainingEstimate& e, qint64 gpuBytes, qint64 ramBytes);
QString trainingFitId(TrainingFitStatus s); // "fits", "tight", "does-not-fit", "ram-short", "no-gpu"

// Step and job time from the training FLOPs against each GPU's dense 16-bit rate at `efficiency`; -1 where unknown.
struct TrainingTime
{
    double stepSeconds = -1.0;
    double tokensPerSecond = -1.0; // all GPUs together
    double jobSeconds = -1.0;
};
TrainingTime trainingTime(
    const TrainingEstimate& e, double tflopsPerGpu, double efficiency, qint64 datasetTokens = 0, qint64 epochs = 1);

// Offline distillation: the teacher's top-k logits of every dataset token, written once to disk (a 4-byte token
// index and a 16-bit value per entry), and the teacher's forward over the dataset on the plan's GPUs.
struct OfflineDistillation
{
    static constexpr qint64 kBytesPerEntry = 4 + 2;
    qint64 topK = 0;
    qint64 bytesPerToken = 0;
    qint64 diskBytes = 0;
    double teacherSeconds = -1.0; // -1: the GPUs' throughput is unknown
};
OfflineDistillation offlineDistillation(
    const TrainingEstimate& e, qint64 datasetTokens, qint64 topK, double tflopsPerGpu, double efficiency);

// Whether `student` can take `teacher`'s logits token for token. The catalog does not name tokenizers; what it
// says that tells them apart is the vocabulary size and the lineage. One tokenizer padded to different multiples
// (Qwen2.5's 151,936 and 152,064 rows, a 128-row gap) differs by less than kPaddingRows; different tokenizers of the
// same size (Llama 2's and Mistral's 32,000) are told apart by lineage: the two must share the catalog family or
// the architecture (model_type), so DeepSeek-R1-Distill-Llama (a llama with Llama 3's 128,256 rows) matches
// Llama 3.1 but not DeepSeek-R1 (129,280 rows, 1,024 more).
bool sharesTokenizer(const ModelSpec& teacher, const ModelSpec& student);
constexpr qint64 kPaddingRows = 256;

// Training memory per GPU: a sibling of MemoryEstimator that shares ModelSpec, tensorLayout() and the storage
// types. Pure: no I/O, safe from any thread.
class TrainingEstimator
{
public:
    explicit TrainingEstimator(const QuantCatalog& catalog);

    std::optional<TrainingEstimate> estimate(const TrainingScenario& scenario, QString* error = nullptr) const;

    // The building blocks, public so the published worked examples can be checked against them.

    // ZeRO's partitioning (Rajbhandari et al. 2020): stage 1 shards the optimizer state, stage 2 also the
    // gradients, stage 3 / FSDP also the weights, over `worldSize` GPUs (rounded up).
    static ModelStateBytes shardModelStates(const ModelStateBytes& whole, Sharding sharding, qint64 worldSize);
    // Bytes one layer saves for backward for `batch` sequences of `seq` tokens.
    static qint64 layerActivationBytes(
        const LayerActivationShape& layer, qint64 seq, qint64 batch, bool flashAttention, Checkpointing checkpointing);
    // Bits per weight of a bitsandbytes 4-bit type ("NF4", "NF4_DQ") on a matrix of `ne0` x `ne1`.
    double bnb4BitsPerWeight(const QString& typeId, qint64 ne0, qint64 ne1) const;

    static constexpr qint64 kMaxSeq = qint64(1) << 24;
    static constexpr qint64 kMaxBatch = 1 << 16;
    static constexpr int kMaxWorld = 1 << 20;
    static constexpr qint64 kMaxLoraRank = 1 << 16;
    // The share of the GPUs' dense 16-bit rate a well-tuned training step achieves (model FLOPs utilisation).
    static constexpr double kDefaultEfficiency = 0.4;

private:
    const QuantCatalog& m_catalog;
};

} // namespace Planner
