// SPDX-FileCopyrightText: 2026 The FitPlanner authors
// SPDX-License-Identifier: MIT

#pragma once

#include "catalogs.h"
#include "clicommand.h"
#include "hardwareprofile.h"

#include <QTextStream>

// The hardware of this machine as the CLI sees it: real hardware is read from "/" and libnvidia-ml.so.1;
// FITPLANNER_HARDWARE_ROOT points the sysfs/procfs probes elsewhere and FITPLANNER_NVML=off (or a library
// path) changes NVML (used by the tests). Blocking: the CLI has no event loop to keep alive. On the real machine
// the CPU calibration stored by `hardware --measure` comes with it, so every speed estimate uses it.
Planner::HardwareProfile detectThisMachine(const Catalogs& catalogs);

// `fitplanner hardware --measure`: measures this machine's memory read bandwidth and per-thread dot-product rates
// (well under 2 s), stores them in the settings and prints them (as JSON with --json).
int runHardwareMeasure(const CliArgs& args, QTextStream& out);
