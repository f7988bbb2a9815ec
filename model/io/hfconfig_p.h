// SPDX-FileCopyrightText: 2026 The FitPlanner authors
// SPDX-License-Identifier: MIT

#pragma once

// Private to model/io: the nlohmann-typed entry point shared by the config.json reader and the
// catalog loader. Never include this from a public header.

#include "modelfile.h"
#include "modelspec.h"
#include "parseerror.h"

#include <optional>

#include <nlohmann/json.hpp>

namespace Planner::detail {

// `where` prefixes field names in errors (e.g. "models[3] (qwen-7b): config").
std::optional<ModelSpec> specFromConfig(
    const nlohmann::json& config, const QString& file, const QString& where, QList<ParseError>* errors);

// The quantization_config (or compression_config) of a parsed config.json: an empty method when there is none,
// nullopt (reported, field names after `where`) when it is unusable. Defined in modelfile.cpp.
std::optional<HfQuantization> quantizationFromConfig(
    const nlohmann::json& config, const QString& file, const QString& where, QList<ParseError>* errors);

} // namespace Planner::detail
