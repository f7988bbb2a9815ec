// SPDX-FileCopyrightText: 2026 The FitPlanner authors
// SPDX-License-Identifier: MIT

#pragma once

#include "fitplan.h"
#include "fitplanner.h"
#include "gpucatalog.h"
#include "hardwareprofile.h"
#include "servingcapacity.h"

#include <QJsonArray>
#include <QJsonObject>

namespace Planner {

// JSON shapes of the CLI (and the GUI's export). Byte counts are integers; unknown values are null.
QJsonObject hardwareToJson(const HardwareProfile& hw); // {gpus: [...], ram: {...}, cpu: {...}, notes: [...]}
QJsonArray gpuCatalogToJson(const GpuCatalog& catalog);
QJsonObject planToJson(const FitPlan& plan, bool withLayers = true); // {verdict, headroom_bytes, gpu_layers, ...}
QJsonObject recommendationToJson(const Recommendation& r);
// {requested, max_sequences, served, aggregate_tokens_per_second, ttft_seconds, ..., plan}
QJsonObject servingToJson(const ServingCapacity& c);
// An option beside a search's answer: kind (kv_cache, shorter_context), quant, kv_type, context, verdict, speed,
// command.
QJsonObject alternativeToJson(const PlanAlternative& a);

} // namespace Planner
