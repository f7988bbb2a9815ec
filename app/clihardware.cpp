// SPDX-FileCopyrightText: 2026 The FitPlanner authors
// SPDX-License-Identifier: MIT

#include "clihardware.h"

#include "hardwaredetector.h"

using namespace Planner;

HardwareProfile detectThisMachine(const Catalogs& catalogs)
{
    DetectionSources sources = DetectionSources::forThisMachine();
    const QByteArray root = qgetenv("FITPLANNER_HARDWARE_ROOT");
    if (!root.isEmpty()) {
        sources.root = QString::fromLocal8Bit(root);
        sources.useSysfs = true;
        sources.sysctl.reset();
    }
    const QByteArray nvml = qgetenv("FITPLANNER_NVML");
    if (nvml == "off")
        sources.useNvml = false;
    else if (!nvml.isEmpty())
        sources.nvmlLibrary = QString::fromLocal8Bit(nvml);
    return HardwareDetector(sources, catalogs.gpus).detect();
}
