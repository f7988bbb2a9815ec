// SPDX-FileCopyrightText: 2026 The FitPlanner authors
// SPDX-License-Identifier: MIT

#pragma once

#include "enginerules.h"

#include <vector>

#include <QStringList>

namespace Planner {

// The rule object of every engine FitPlanner models, one per Engine value, in the order the enum lists them.
const std::vector<const EngineRules*>& allEngineRules();
// The rules of `engine`.
const EngineRules& engineRules(Engine engine);

// KV cache element types `engine` can allocate (catalog storage type ids): engineRules(engine).kvTypes().
QStringList kvTypesFor(Engine engine);

} // namespace Planner
