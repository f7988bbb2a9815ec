// SPDX-FileCopyrightText: 2026 The FitPlanner authors
// SPDX-License-Identifier: MIT

#pragma once

#include "memoryestimate.h"
#include "modelcatalog.h"
#include "modelspec.h"
#include "quantcatalog.h"

#include <QJsonArray>
#include <QJsonObject>

namespace Planner {

// JSON shapes shared by the CLI and the GUI's export: byte counts as integers, ids as strings.
QJsonObject estimateToJson(const MemoryEstimate& e, const ModelSpec& spec, bool withExplanations);
QJsonObject modelToJson(const ModelSpec& spec);
QJsonArray modelsToJson(const ModelCatalog& catalog);
QJsonArray quantsToJson(const QuantCatalog& catalog);

} // namespace Planner
