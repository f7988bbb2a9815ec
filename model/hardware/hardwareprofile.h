// SPDX-FileCopyrightText: 2026 The FitPlanner authors
// SPDX-License-Identifier: MIT

#pragma once

#include "cpucalibration.h"

#include <QList>
#include <QMetaType>
#include <QString>
#include <QStringList>

namespace Planner {

enum class GpuVendor
{
    Nvidia,
    Amd,
    Intel,
    Apple,
    Other
};

QString gpuVendorId(GpuVendor v); // "nvidia", "amd", "intel", "apple", "other"
GpuVendor gpuVendorFromId(const QString& id); // Other for anything unknown
GpuVendor gpuVendorFromPciId(quint32 pciVendor); // 0x10de, 0x1002, 0x8086, 0x106b

// One accelerator, detected or chosen from the catalog. Memory figures are bytes; -1 means "not known"
// (the probe could not read it), never a guess.
struct GpuDevice
{
    QString name;
    GpuVendor vendor = GpuVendor::Other;
    qint64 memoryTotal = 0;
    qint64 memoryFree = -1;
    qint64 memoryUsed = -1;
    bool unified = false; // shares system RAM (Apple silicon, AMD APU)
    qint64 gttTotal = -1; // AMD: system memory the GPU can map (GTT)
    double bandwidthGBps = 0.0; // 0: unknown
    double fp16Tflops = 0.0; // dense FP16/BF16 peak, 0: unknown
    QString catalogId; // the gpus.json entry this device was matched to
    QString pciBusId;
    QString driverVersion;
    int memoryBusWidth = 0; // bits, 0: unknown
    int memoryClockMHz = 0; // max memory clock, 0: unknown
    QString source; // "nvml", "sysfs", "sysctl", "dxgi", "catalog", "manual"

    // What a plan may fill: the free memory where the driver reported it, else the total.
    qint64 usableBytes() const { return memoryFree >= 0 ? memoryFree : memoryTotal; }
};

struct CpuInfo
{
    QString model;
    int logicalCores = 0; // 0: unknown
    int physicalCores = 0;
};

// What the machine offers: its GPUs, system RAM and CPU, and what the probes could not read.
struct HardwareProfile
{
    QList<GpuDevice> gpus;
    qint64 ramTotal = 0; // bytes, 0: unknown
    qint64 ramAvailable = -1; // -1: unknown
    qint64 swapTotal = -1;
    qint64 swapFree = -1;
    CpuInfo cpu;
    double ramBandwidthGBps = 0.0; // 0: unknown (the planner then states the figure it assumes)
    std::optional<CpuCalibration> cpuCalibration; // this machine's measured CPU (fitplanner hardware --measure)
    QStringList notes;

    qint64 ramUsable() const { return ramAvailable >= 0 ? ramAvailable : ramTotal; }
    qint64 gpuMemoryTotal() const;
};

// The share of unified memory macOS lets the GPU wire by default (recommendedMaxWorkingSetSize) when
// iogpu.wired_limit_mb is 0: two thirds of RAM up to 36 GiB, three quarters above.
qint64 appleDefaultWiredLimit(qint64 ramBytes);

} // namespace Planner

Q_DECLARE_METATYPE(Planner::HardwareProfile)
