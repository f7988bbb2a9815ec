// SPDX-FileCopyrightText: 2026 The FitPlanner authors
// SPDX-License-Identifier: MIT

#pragma once

#include "fitplan.h"
#include "hardwareprofile.h"
#include "modelspec.h"

namespace Planner {

// Decode and prefill speed of a placed plan: fills tokensPerSecond, prefillSeconds, prefillAttentionFlops, the
// bounds and the explanation (or a note when a device's figures are unknown). Needs the devices' placement.
void estimateSpeed(FitPlan* p, const ModelSpec& model, const HardwareProfile& hw);

} // namespace Planner
