// SPDX-FileCopyrightText: 2026 The FitPlanner authors
// SPDX-License-Identifier: MIT

#pragma once

// Private to model/io: the nlohmann-typed entry point shared by the config.json reader and the
// catalog loader. Never include this from a public header.

#include "modelspec.h"
#include "parseerror.h"

#include <optional>

#include <nlohmann/json.hpp>

namespace Planner::detail {

// `where` prefixes field names in errors (e.g. "models[3] (qwen-7b): config").
std::optional<ModelSpec> specFromConfig(
    const nlohmann::json& config, const QString& file, const QString& where, QList<ParseError>* errors);

} // namespace Planner::detail
