// SPDX-FileCopyrightText: 2026 The FitPlanner authors
// SPDX-License-Identifier: MIT

#pragma once

#include "catalogs.h"
#include "clicommand.h"
#include "modelfile.h"
#include "scenario.h"

#include <QJsonObject>
#include <QStringList>
#include <QTextStream>

// `fitplanner inspect PATH [--json] [--tensors]`: what a model file or folder holds, from its headers.
CliCommand inspectCommand();

// `estimate --file PATH`: the scenario's model, exact tensors and quantization label from the file;
// `defaultEngine` becomes the engine such a file is usually run with ("llama.cpp" for GGUF, "transformers").
bool scenarioFromFile(
    const QString& path, const Catalogs& catalogs, Planner::Scenario& scenario, QString* defaultEngine, QString* error);

// The JSON `inspect --json` prints; byte counts are integers.
QJsonObject openedModelToJson(const Planner::OpenedModel& model, bool withTensors);
