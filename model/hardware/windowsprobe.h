// SPDX-FileCopyrightText: 2026 The FitPlanner authors
// SPDX-License-Identifier: MIT

#pragma once

#include "hardwareprofile.h"

namespace Planner {

// Windows only: GPUs from DXGI (dedicated video memory per adapter) and RAM from GlobalMemoryStatusEx.
// NVIDIA adapters are skipped when NVML already listed them.
class WindowsProbe
{
public:
    void probe(HardwareProfile* profile, bool skipNvidia) const;
};

} // namespace Planner
