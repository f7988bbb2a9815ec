// SPDX-FileCopyrightText: 2026 The FitPlanner authors
// SPDX-License-Identifier: MIT

#pragma once

#include "catalogs.h"
#include "clicommand.h"
#include "engine.h"
#include "enginecommand.h"
#include "scenario.h"

#include <QStringList>

// The model a scenario is about, from --model ID (the catalog), --config PATH (a Hugging Face config.json) or,
// where the command declares it, --file PATH (a .gguf/.safetensors file or folder, which also fixes the weights).
// The command's parser has made sure exactly one is given. `fileEngine` (may be null) becomes the engine such a
// file is usually run with. Returns false with the problems (each naming the file or the value) in `errors`.
bool loadCliModel(const CliArgs& args, const Catalogs& catalogs, Planner::Scenario* scenario, QString* fileEngine,
    QStringList* errors);

// --file PATH as estimate, plan and recommend declare it.
CliOption cliFileOption();

// The message for --quant next to --file, which fixes the quantization.
QString cliFileFixesQuantMessage();

// Where the weights of a --file come from, for the commands a plan prints: the path as given, GGUF or not,
// and the file's own quantization (scenario.recipeId after loadCliModel).
Planner::ModelSource cliModelSource(const CliArgs& args, const Planner::Scenario& scenario, const QString& fileEngine);

// The recipe a command uses for a model on an engine when --quant is not given: the checkpoint's own format on
// the engines that load it, else the engine's default (Planner::startingRecipe).
QString defaultCliRecipe(const Planner::ModelSpec& model, Planner::Engine engine, const Planner::QuantCatalog& quants);

// How the help words defaultCliRecipe().
QString defaultCliRecipeNote();
