// SPDX-FileCopyrightText: 2026 The FitPlanner authors
// SPDX-License-Identifier: MIT

#include "hardwaredetector.h"

#include "cpuinfoprobe.h"
#include "meminfoprobe.h"
#include "sysfsgpuprobe.h"
#include "windowsprobe.h"

#include <QCoreApplication>

namespace Planner {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Planner::HardwareDetector)
};

} // namespace

DetectionSources DetectionSources::forThisMachine()
{
    DetectionSources s;
#if defined(Q_OS_MACOS)
    s.useNvml = false;
    s.useSysfs = false;
    s.sysctl = SysctlApi::system();
#elif defined(Q_OS_WIN)
    s.useSysfs = false;
    s.useWindows = true;
#endif
    return s;
}

HardwareDetector::HardwareDetector(DetectionSources sources, GpuCatalog catalog)
    : m_sources(std::move(sources))
    , m_catalog(std::move(catalog))
{ }

HardwareProfile HardwareDetector::detect() const
{
    HardwareProfile profile;
    QList<GpuDevice> nvidia;
    bool nvmlAnswered = false;
    if (m_sources.useNvml) {
        if (m_sources.nvmlApi) {
            nvidia = NvmlProbe(*m_sources.nvmlApi).probe(&profile.notes);
            nvmlAnswered = true;
        } else {
            const NvmlLibrary library(m_sources.nvmlLibrary);
            if (library.isLoaded()) {
                nvidia = NvmlProbe(library.api()).probe(&profile.notes);
                nvmlAnswered = true;
            } else {
                profile.notes << library.errorString();
            }
        }
    }
    profile.gpus << nvidia;
    if (m_sources.useSysfs) {
        const SysfsGpuProbe::Result sysfs = SysfsGpuProbe(m_sources.root).probe(&profile.notes);
        profile.gpus << sysfs.gpus;
        if (sysfs.nvidiaPciSlots.size() > nvidia.size()) {
            profile.notes << Tr::tr(
                "%1 NVIDIA GPU(s) on the PCI bus (%2) but NVML %3; their memory cannot be read, so they "
                "are not used for planning (install or repair the NVIDIA driver)")
                                 .arg(sysfs.nvidiaPciSlots.size() - nvidia.size())
                                 .arg(sysfs.nvidiaPciSlots.join(QStringLiteral(", ")),
                                     nvmlAnswered ? Tr::tr("listed only %1").arg(nvidia.size())
                                                  : Tr::tr("is not available"));
        }
        MemInfoProbe(m_sources.root).probe(&profile);
        CpuInfoProbe(m_sources.root).probe(&profile);
    }
    if (m_sources.sysctl)
        AppleSysctlProbe(*m_sources.sysctl).probe(&profile);
#ifdef Q_OS_WIN
    if (m_sources.useWindows)
        WindowsProbe().probe(&profile, !nvidia.isEmpty());
#endif
    applyGpuCatalog(m_catalog, &profile);
    for (const GpuDevice& g : profile.gpus) {
        if (g.vendor == GpuVendor::Apple && !g.catalogId.isEmpty()) {
            // Apple's bandwidth applies to the CPU side of unified memory as well.
            profile.ramBandwidthGBps = g.bandwidthGBps;
        }
    }
    if (profile.gpus.isEmpty())
        profile.notes << Tr::tr("no GPU was found: plans use system RAM only");
    return profile;
}

} // namespace Planner
