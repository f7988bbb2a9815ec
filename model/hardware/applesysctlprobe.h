// SPDX-FileCopyrightText: 2026 The FitPlanner authors
// SPDX-License-Identifier: MIT

#pragma once

#include "hardwareprofile.h"

#include <functional>
#include <optional>

namespace Planner {

// sysctl lookups as a function table, so the probe runs on recorded values on any OS.
struct SysctlApi
{
    std::function<std::optional<qint64>(const QString& name)> integer; // hw.memsize, iogpu.wired_limit_mb, hw.ncpu
    std::function<std::optional<QString>(const QString& name)> text; // machdep.cpu.brand_string

    bool isComplete() const { return integer && text; }
    static SysctlApi system(); // sysctlbyname on macOS; empty elsewhere
};

// Apple silicon: unified memory (hw.memsize) of which the GPU may wire iogpu.wired_limit_mb, or by default
// appleDefaultWiredLimit(); chip name from machdep.cpu.brand_string; cores from hw.physicalcpu / hw.logicalcpu.
class AppleSysctlProbe
{
public:
    explicit AppleSysctlProbe(SysctlApi api);

    void probe(HardwareProfile* profile) const;

private:
    SysctlApi m_api;
};

} // namespace Planner
