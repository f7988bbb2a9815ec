// SPDX-FileCopyrightText: 2026 The FitPlanner authors
// SPDX-License-Identifier: MIT

#pragma once

#include "clicommand.h"

#include <QList>

// `fitplanner models add --config PATH [--id ID] [--name NAME]` and `fitplanner models remove ID`: the user's
// custom models (CustomModelStore, in Catalogs::customModelsPath), which `models` lists and --model takes.
QList<CliCommand> customModelCommands();
