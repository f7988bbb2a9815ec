// SPDX-FileCopyrightText: 2026 The FitPlanner authors
// SPDX-License-Identifier: MIT

#pragma once

#include "hardwareprofile.h"

namespace Planner {

// CPU model and core counts from <root>/proc/cpuinfo: "model name" (x86) or "Model"/"Hardware" (Arm),
// logical cores = "processor" entries, physical cores = distinct (physical id, core id) pairs.
class CpuInfoProbe
{
public:
    explicit CpuInfoProbe(QString root);

    void probe(HardwareProfile* profile) const;

private:
    QString m_root;
};

} // namespace Planner
