// SPDX-FileCopyrightText: 2026 The FitPlanner authors
// SPDX-License-Identifier: MIT

#pragma once

#include "hardwareprofile.h"

namespace Planner {

// System RAM and swap from <root>/proc/meminfo (MemTotal, MemAvailable, SwapTotal, SwapFree, in kB).
class MemInfoProbe
{
public:
    explicit MemInfoProbe(QString root);

    // Fills ramTotal, ramAvailable, swapTotal, swapFree; what could not be read stays unknown with a note.
    void probe(HardwareProfile* profile) const;

private:
    QString m_root;
};

} // namespace Planner
