// SPDX-FileCopyrightText: 2026 The FitPlanner authors
// SPDX-License-Identifier: MIT

#pragma once

#include "applesysctlprobe.h"
#include "gpucatalog.h"
#include "hardwareprofile.h"
#include "nvmlprobe.h"

#include <optional>

namespace Planner {

// Where detection reads from. app/ fills it for the real machine; tests point it at recorded fixtures.
struct DetectionSources
{
    QString root = QStringLiteral("/"); // sysfs and procfs are read under <root>/sys and <root>/proc
    bool useNvml = true;
    QString nvmlLibrary; // file name or path; empty: libnvidia-ml.so.1 / nvml.dll
    std::optional<NvmlApi> nvmlApi; // a recorded NVML (tests); replaces loading the library
    bool useSysfs = true; // Linux DRM sysfs and procfs
    std::optional<SysctlApi> sysctl; // Apple: a recorded sysctl (tests), or SysctlApi::system() on macOS
    bool useWindows = false; // DXGI and GlobalMemoryStatusEx (only compiled on Windows)

    static DetectionSources forThisMachine(); // what the running OS offers
};

// Runs the probes the sources name, merges their answers into one profile and matches the GPUs to the
// catalog. Blocking (loads NVML, reads files): call it off the GUI thread.
class HardwareDetector
{
public:
    explicit HardwareDetector(DetectionSources sources, GpuCatalog catalog = {});

    HardwareProfile detect() const;

private:
    DetectionSources m_sources;
    GpuCatalog m_catalog;
};

} // namespace Planner
