// SPDX-FileCopyrightText: 2026 The FitPlanner authors
// SPDX-License-Identifier: MIT

#pragma once

#include "catalogs.h"
#include "clicommand.h"

// `fitplanner --screenshot FILE [options]`: the window rendered offscreen into a PNG, with the defaults rather than
// the user's saved settings. Declared with the commands so that its options parse, fail and print their help the
// same way; the GUI start-up runs it (CliCommand::run is empty).
CliCommand screenshotCommand(const Catalogs& catalogs);
