// SPDX-FileCopyrightText: 2026 The FitPlanner authors
// SPDX-License-Identifier: MIT

#pragma once

#include "modelspec.h"

#include <optional>

#include <QString>
#include <QStringList>

namespace Planner {

// How the model is trained.
enum class TrainingMethod
{
    Full, // every parameter trainable
    Lora, // frozen 16-bit base, low-rank adapters
    Qlora, // frozen NF4 base, low-rank adapters
    Qat, // full fine-tuning with fake-quantized weights (int4) and, by the scheme, activations (int8)
    QatLora, // frozen fake-quantized base, low-rank adapters
    Distill, // full fine-tuning of the student against a frozen teacher's logits
};

// The dtypes of weights, gradients and optimizer state.
enum class TrainingPrecision
{
    Bf16, // weights, gradients and optimizer state in bf16 (torchtune's full recipes)
    Amp, // 16-bit weights and gradients, an fp32 master copy and fp32 state (ZeRO's accounting)
    Fp32, // everything fp32
};

enum class TrainingOptimizer
{
    AdamW,
    AdamW8bit,
    PagedAdamW8bit,
    Adafactor,
    Sgd, // with momentum
};

// What QAT fake-quantizes, as torchao's QAT quantizers (and torchtune's recipes built on them) name them.
enum class QatScheme
{
    Int8ActInt4Weight, // "8da4w": int4 grouped weights and int8 dynamic per-token activations
    Int4Weight, // "4w": int4 grouped weights only; the linears' inputs stay 16-bit
};

// Which linear layers receive adapters.
enum class LoraTargets
{
    Qv,
    Attn,
    AttnMlp,
    AllLinear,
};

enum class Checkpointing
{
    None,
    Selective, // recompute the attention core (Korthikanti et al. 2022)
    Full, // keep each layer's input, recompute the layer in backward
    // torchtitan's op-level selective checkpointing: keep each layer's input, the outputs of every second matmul
    // (the 1st, 3rd, 5th ... of the layer) and of the attention kernel; recompute the rest in backward.
    SelectiveOp,
};

enum class TrainingOffload
{
    None,
    Optimizer, // optimizer state (and master weights) in CPU memory
    Activations, // checkpointed layer inputs moved to CPU memory
    Params, // parameters, gradients and optimizer state in CPU memory (ZeRO-3 / FSDP)
};

enum class Sharding
{
    None, // plain data parallel (DDP)
    Zero1,
    Zero2,
    Zero3,
    Fsdp, // FSDP full sharding: as ZeRO-3
};

// Everything one training estimate depends on.
struct TrainingScenario
{
    ModelSpec model;
    TrainingMethod method = TrainingMethod::Full;
    TrainingPrecision precision = TrainingPrecision::Bf16;
    TrainingOptimizer optimizer = TrainingOptimizer::AdamW;
    bool optimizerInBackward = false; // each parameter stepped and its gradient freed as backward reaches it

    qint64 loraRank = 8;
    LoraTargets loraTargets = LoraTargets::Qv;
    bool loraExperts = false; // adapters on routed experts too (MoE)
    bool doubleQuant = true; // QLoRA: quantize the NF4 block scales again
    QatScheme qatScheme = QatScheme::Int8ActInt4Weight; // QAT and QAT + LoRA

    qint64 seq = 2048; // tokens per sequence
    qint64 microBatch = 1; // sequences per forward pass and GPU
    qint64 gradAccum = 1; // micro-batches per optimizer step
    bool packed = false; // several documents per sequence (block-causal mask)
    Checkpointing checkpointing = Checkpointing::None;
    TrainingOffload offload = TrainingOffload::None;
    bool flashAttention = true;
    bool chunkedLoss = false; // cross-entropy over chunks of the sequence, fp32 upcast per chunk
    qint64 lossChunks = 8; // torchtune's CEWithChunkedOutputLoss

    int gpusPerNode = 1;
    int nodes = 1;
    Sharding sharding = Sharding::None;

    // Distillation: the frozen teacher, its quantization recipe (a catalog id) and where it runs.
    ModelSpec teacher;
    QString teacherRecipe = QStringLiteral("BF16");
    bool teacherOnSeparateGpu = false;

    bool hasTeacher() const { return teacher.numLayers > 0; }
    qint64 worldSize() const { return qint64(gpusPerNode) * nodes; }
};

QString trainingMethodId(TrainingMethod m); // "full", "lora", "qlora", "qat", "qat-lora", "distill"
QString trainingPrecisionId(TrainingPrecision p); // "bf16", "amp", "fp32"
QString trainingOptimizerId(TrainingOptimizer o); // "adamw", "adamw-8bit", "paged-adamw-8bit", "adafactor", "sgd"
QString loraTargetsId(LoraTargets t); // "qv", "attn", "attn-mlp", "all-linear"
QString qatSchemeId(QatScheme s); // "8da4w", "4w"
QString checkpointingId(Checkpointing c); // "none", "selective", "full", "selective-op"
QString trainingOffloadId(TrainingOffload o); // "none", "optimizer", "activations", "params"
QString shardingId(Sharding s); // "none", "zero1", "zero2", "zero3", "fsdp"
QStringList trainingMethodIds();
QStringList trainingPrecisionIds();
QStringList trainingOptimizerIds();
QStringList loraTargetsIds();
QStringList qatSchemeIds();
QStringList checkpointingIds();
QStringList trainingOffloadIds();
QStringList shardingIds();
// The value an id names; nullopt for an unknown id.
std::optional<TrainingMethod> trainingMethodFromId(const QString& id);
std::optional<TrainingPrecision> trainingPrecisionFromId(const QString& id);
std::optional<TrainingOptimizer> trainingOptimizerFromId(const QString& id);
std::optional<LoraTargets> loraTargetsFromId(const QString& id);
std::optional<QatScheme> qatSchemeFromId(const QString& id);
std::optional<Checkpointing> checkpointingFromId(const QString& id);
std::optional<TrainingOffload> trainingOffloadFromId(const QString& id);
std::optional<Sharding> shardingFromId(const QString& id);

} // namespace Planner
