// SPDX-FileCopyrightText: 2026 The FitPlanner authors
// SPDX-License-Identifier: MIT

#include "hardwareprofile.h"

#include "checkedmath.h"
#include "units.h"

namespace Planner {

QString gpuVendorId(GpuVendor v)
{
    switch (v) {
    case GpuVendor::Nvidia:
        return QStringLiteral("nvidia");
    case GpuVendor::Amd:
        return QStringLiteral("amd");
    case GpuVendor::Intel:
        return QStringLiteral("intel");
    case GpuVendor::Apple:
        return QStringLiteral("apple");
    case GpuVendor::Other:
        break;
    }
    return QStringLiteral("other");
}

GpuVendor gpuVendorFromId(const QString& id)
{
    const QString k = id.trimmed().toLower();
    if (k == QLatin1String("nvidia"))
        return GpuVendor::Nvidia;
    if (k == QLatin1String("amd"))
        return GpuVendor::Amd;
    if (k == QLatin1String("intel"))
        return GpuVendor::Intel;
    if (k == QLatin1String("apple"))
        return GpuVendor::Apple;
    return GpuVendor::Other;
}

GpuVendor gpuVendorFromPciId(quint32 pciVendor)
{
    switch (pciVendor) {
    case 0x10de:
        return GpuVendor::Nvidia;
    case 0x1002:
        return GpuVendor::Amd;
    case 0x8086:
        return GpuVendor::Intel;
    case 0x106b:
        return GpuVendor::Apple;
    default:
        return GpuVendor::Other;
    }
}

qint64 HardwareProfile::gpuMemoryTotal() const
{
    qint64 sum = 0;
    for (const GpuDevice& g : gpus)
        sum = satAdd(sum, g.memoryTotal);
    return sum;
}

qint64 appleDefaultWiredLimit(qint64 ramBytes)
{
    if (ramBytes <= 0)
        return 0;
    // Observed recommendedMaxWorkingSetSize: 10922.67 MB on 16 GB and 21845.34 MB on 32 GB Macs (2/3),
    // 49152 MB on 64 GB (3/4).
    if (ramBytes <= 36 * GiB)
        return ramBytes / 3 * 2;
    return ramBytes / 4 * 3;
}

} // namespace Planner
