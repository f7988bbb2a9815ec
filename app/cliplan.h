// SPDX-FileCopyrightText: 2026 The FitPlanner authors
// SPDX-License-Identifier: MIT

#pragma once

#include "catalogs.h"
#include "clicommand.h"

#include <QList>

// The hardware and planning commands of the CLI: hardware, gpus, plan, recommend.
// Real hardware is read from "/" and libnvidia-ml.so.1; FITPLANNER_HARDWARE_ROOT points the sysfs/procfs
// probes elsewhere and FITPLANNER_NVML=off (or a library path) changes NVML (used by the tests).
QList<CliCommand> planCommands(const Catalogs& catalogs);
