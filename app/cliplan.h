// SPDX-FileCopyrightText: 2026 The FitPlanner authors
// SPDX-License-Identifier: MIT

#pragma once

#include "catalogs.h"
#include "clicommand.h"
#include "scenario.h"

#include <QList>

// The hardware and planning commands of the CLI: hardware, gpus, plan, recommend.
// Real hardware is read from "/" and libnvidia-ml.so.1; FITPLANNER_HARDWARE_ROOT points the sysfs/procfs
// probes elsewhere and FITPLANNER_NVML=off (or a library path) changes NVML (used by the tests).
QList<CliCommand> planCommands(const Catalogs& catalogs);

// vLLM's settings that change its memory (--max-num-seqs, --max-num-batched-tokens, --enforce-eager,
// --no-chunked-prefill), as estimate, plan and recommend declare them, and what they set in a scenario.
QList<CliOption> vllmOptions();
void applyVllmOptions(const CliArgs& args, Planner::Scenario* scenario);
