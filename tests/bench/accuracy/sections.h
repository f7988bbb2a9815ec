// SPDX-FileCopyrightText: 2026 The FitPlanner authors
// SPDX-License-Identifier: MIT

#pragma once

#include "accuracycommon.h"

// The accuracy harness's sections, one per engine and kind of measurement. Each prints its Markdown table,
// checks its tolerances through the harness and adds its lines to the per-engine summary; false when its data
// cannot be read (the harness then exits 2).
namespace Accuracy {

bool transformersH200(Harness& h);
bool llamacppCpu(Harness& h);
bool llamacppGpu(Harness& h);
bool publishedGgufFiles(Harness& h);
bool llamacppNewArchitectures(Harness& h);
bool vllmStartupLogs(Harness& h);

} // namespace Accuracy
