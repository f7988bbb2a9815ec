// SPDX-FileCopyrightText: 2026 The FitPlanner authors
// SPDX-License-Identifier: MIT

#pragma once

#include "catalogs.h"
#include "hardwareprofile.h"

// The hardware of this machine as the CLI sees it: real hardware is read from "/" and libnvidia-ml.so.1;
// FITPLANNER_HARDWARE_ROOT points the sysfs/procfs probes elsewhere and FITPLANNER_NVML=off (or a library
// path) changes NVML (used by the tests). Blocking: the CLI has no event loop to keep alive.
Planner::HardwareProfile detectThisMachine(const Catalogs& catalogs);
