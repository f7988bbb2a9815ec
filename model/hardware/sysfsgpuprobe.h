// SPDX-FileCopyrightText: 2026 The FitPlanner authors
// SPDX-License-Identifier: MIT

#pragma once

#include "hardwareprofile.h"

namespace Planner {

// AMD and Intel GPUs from DRM sysfs under `root` (normally "/"): <root>/sys/class/drm/card*/device with
// vendor, device, uevent (PCI_SLOT_NAME), AMD mem_info_vram_total / mem_info_vram_used / mem_info_gtt_total /
// mem_info_gtt_used / product_name, Intel xe tile0/physical_vram_size_bytes. NVIDIA cards are counted (NVML
// reads them) so a missing or failing NVML can be reported with the card's PCI address.
class SysfsGpuProbe
{
public:
    explicit SysfsGpuProbe(QString root);

    struct Result
    {
        QList<GpuDevice> gpus; // AMD and Intel devices with known memory
        QStringList nvidiaPciSlots; // NVIDIA cards seen on the bus (read through NVML, not here)
    };
    Result probe(QStringList* notes) const;

    // An AMD device whose VRAM carve-out is this small while its GTT is larger is taken as an APU.
    static constexpr qint64 kApuVramLimit = qint64(4) << 30;

private:
    QString m_root;
};

} // namespace Planner
