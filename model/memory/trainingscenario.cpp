// SPDX-FileCopyrightText: 2026 The FitPlanner authors
// SPDX-License-Identifier: MIT

#include "trainingscenario.h"

#include "idtable_p.h"

namespace Planner {

namespace {

constexpr IdTable<TrainingMethod, 6> kMethods { { { TrainingMethod::Full, u"full" }, { TrainingMethod::Lora, u"lora" },
    { TrainingMethod::Qlora, u"qlora" }, { TrainingMethod::Qat, u"qat" }, { TrainingMethod::QatLora, u"qat-lora" },
    { TrainingMethod::Distill, u"distill" } } };
constexpr IdTable<TrainingPrecision, 3> kPrecisions { { { TrainingPrecision::Bf16, u"bf16" },
    { TrainingPrecision::Amp, u"amp" }, { TrainingPrecision::Fp32, u"fp32" } } };
constexpr IdTable<TrainingOptimizer, 5> kOptimizers { { { TrainingOptimizer::AdamW, u"adamw" },
    { TrainingOptimizer::AdamW8bit, u"adamw-8bit" }, { TrainingOptimizer::PagedAdamW8bit, u"paged-adamw-8bit" },
    { TrainingOptimizer::Adafactor, u"adafactor" }, { TrainingOptimizer::Sgd, u"sgd" } } };
constexpr IdTable<LoraTargets, 4> kTargets { { { LoraTargets::Qv, u"qv" }, { LoraTargets::Attn, u"attn" },
    { LoraTargets::AttnMlp, u"attn-mlp" }, { LoraTargets::AllLinear, u"all-linear" } } };
constexpr IdTable<QatScheme, 2> kQatSchemes { { { QatScheme::Int8ActInt4Weight, u"8da4w" },
    { QatScheme::Int4Weight, u"4w" } } };
constexpr IdTable<Checkpointing, 4> kCheckpointing { { { Checkpointing::None, u"none" },
    { Checkpointing::Selective, u"selective" }, { Checkpointing::Full, u"full" },
    { Checkpointing::SelectiveOp, u"selective-op" } } };
constexpr IdTable<TrainingOffload, 4> kOffload { { { TrainingOffload::None, u"none" },
    { TrainingOffload::Optimizer, u"optimizer" }, { TrainingOffload::Activations, u"activations" },
    { TrainingOffload::Params, u"params" } } };
constexpr IdTable<Sharding, 5> kSharding { { { Sharding::None, u"none" }, { Sharding::Zero1, u"zero1" },
    { Sharding::Zero2, u"zero2" }, { Sharding::Zero3, u"zero3" }, { Sharding::Fsdp, u"fsdp" } } };

} // namespace

QString trainingMethodId(TrainingMethod m)
{
    return idOf(kMethods, m);
}
QString trainingPrecisionId(TrainingPrecision p)
{
    return idOf(kPrecisions, p);
}
QString trainingOptimizerId(TrainingOptimizer o)
{
    return idOf(kOptimizers, o);
}
QString loraTargetsId(LoraTargets t)
{
    return idOf(kTargets, t);
}
QString qatSchemeId(QatScheme s)
{
    return idOf(kQatSchemes, s);
}

QString checkpointingId(Checkpointing c)
{
    return idOf(kCheckpointing, c);
}
QString trainingOffloadId(TrainingOffload o)
{
    return idOf(kOffload, o);
}
QString shardingId(Sharding s)
{
    return idOf(kSharding, s);
}
QStringList trainingMethodIds()
{
    return idsOf(kMethods);
}
QStringList trainingPrecisionIds()
{
    return idsOf(kPrecisions);
}
QStringList trainingOptimizerIds()
{
    return idsOf(kOptimizers);
}
QStringList loraTargetsIds()
{
    return idsOf(kTargets);
}
QStringList qatSchemeIds()
{
    return idsOf(kQatSchemes);
}

QStringList checkpointingIds()
{
    return idsOf(kCheckpointing);
}
QStringList trainingOffloadIds()
{
    return idsOf(kOffload);
}
QStringList shardingIds()
{
    return idsOf(kSharding);
}
std::optional<TrainingMethod> trainingMethodFromId(const QString& id)
{
    return fromId(kMethods, id);
}
std::optional<TrainingPrecision> trainingPrecisionFromId(const QString& id)
{
    return fromId(kPrecisions, id);
}
std::optional<TrainingOptimizer> trainingOptimizerFromId(const QString& id)
{
    return fromId(kOptimizers, id);
}
std::optional<LoraTargets> loraTargetsFromId(const QString& id)
{
    return fromId(kTargets, id);
}

std::optional<QatScheme> qatSchemeFromId(const QString& id)
{
    return fromId(kQatSchemes, id);
}
std::optional<Checkpointing> checkpointingFromId(const QString& id)
{
    return fromId(kCheckpointing, id);
}
std::optional<TrainingOffload> trainingOffloadFromId(const QString& id)
{
    return fromId(kOffload, id);
}
std::optional<Sharding> shardingFromId(const QString& id)
{
    return fromId(kSharding, id);
}

} // namespace Planner
