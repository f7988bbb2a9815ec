// SPDX-FileCopyrightText: 2026 The FitPlanner authors
// SPDX-License-Identifier: MIT

#pragma once

#include "catalogs.h"
#include "clicommand.h"
#include "engine.h"
#include "scenario.h"

#include <QStringList>

// The model a scenario is about, from --model ID (the catalog), --config PATH (a Hugging Face config.json) or,
// where the command declares it, --file PATH (a .gguf/.safetensors file or folder, which also fixes the weights).
// The command's parser has made sure exactly one is given. `fileEngine` (may be null) becomes the engine such a
// file is usually run with. Returns false with the problems (each naming the file or the value) in `errors`.
bool loadCliModel(const CliArgs& args, const Catalogs& catalogs, Planner::Scenario* scenario, QString* fileEngine,
    QStringList* errors);

// The recipe a command uses for a model on an engine when --quant is not given: the checkpoint's own format on
// the engines that load it, else the engine's default (Planner::startingRecipe).
QString defaultCliRecipe(const Planner::ModelSpec& model, Planner::Engine engine, const Planner::QuantCatalog& quants);

// How the help words defaultCliRecipe().
QString defaultCliRecipeNote();
