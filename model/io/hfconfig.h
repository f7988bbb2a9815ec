// SPDX-FileCopyrightText: 2026 The FitPlanner authors
// SPDX-License-Identifier: MIT

#pragma once

#include "modelspec.h"
#include "parseerror.h"

#include <optional>

#include <QByteArray>

namespace Planner {

// Reads a Hugging Face config.json into a ModelSpec, applying that format's defaults for absent
// fields and each family's implicit details (Qwen2's q/k/v biases, Gemma's four norms per layer...).
// `file` names the source in error messages. Returns nullopt and fills `errors` on failure.
std::optional<ModelSpec> parseHfConfig(const QByteArray& json, const QString& file, QList<ParseError>* errors);

// The model_type values parseHfConfig understands.
QStringList supportedModelTypes();

// What a config file names: a downloaded model is a folder holding config.json, so the folder; a config saved under
// a name of its own (Qwen__Qwen3.5-27B.json) the file, without its suffix.
QString configModelName(const QString& configPath);

} // namespace Planner
