// SPDX-FileCopyrightText: 2026 The FitPlanner authors
// SPDX-License-Identifier: MIT

#include "hardwarechoice.h"

#include "units.h"

#include <QCoreApplication>

namespace Planner {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Planner::HardwareChoice)
};

void fail(QString* error, const QString& message)
{
    if (error)
        *error = message;
}

// Puts `count` catalog devices into `hw` (which has no GPU yet). A unified-memory device brings the RAM it
// shares: `ram` (or its catalog size) becomes the machine's RAM and is consumed.
bool addCatalogDevices(const GpuSpec& spec, int count, std::optional<qint64> vram, std::optional<qint64>* ram,
    HardwareProfile* hw, QString* error)
{
    if (!spec.unified) {
        for (int i = 0; i < count; ++i)
            hw->gpus << spec.toDevice(vram.value_or(0));
        return true;
    }
    if (count > 1) {
        fail(error, Tr::tr("%1 is unified memory: one per machine, not %2").arg(spec.name).arg(count));
        return false;
    }
    if (count == 0)
        return true;
    const qint64 memory = ram->value_or(spec.memoryBytes);
    hw->gpus << spec.toDevice(vram.value_or(appleDefaultWiredLimit(memory)));
    hw->ramTotal = memory;
    hw->ramAvailable = memory;
    hw->ramBandwidthGBps = spec.bandwidthGBps;
    ram->reset();
    return true;
}

} // namespace

QString HardwareChoice::modeId(Mode mode)
{
    switch (mode) {
    case Mode::Detected:
        return QStringLiteral("detected");
    case Mode::WhatIf:
        return QStringLiteral("whatif");
    case Mode::Manual:
        break;
    }
    return QStringLiteral("manual");
}

std::optional<HardwareChoice::Mode> HardwareChoice::modeFromId(const QString& id)
{
    for (Mode m : { Mode::Detected, Mode::WhatIf, Mode::Manual })
        if (modeId(m) == id)
            return m;
    return std::nullopt;
}

HardwareChoice HardwareChoice::fromCli(const QString& gpu, std::optional<int> gpuCount, std::optional<qint64> vramBytes,
    std::optional<qint64> ramBytes, int nodes)
{
    HardwareChoice c;
    c.mode = Mode::Detected;
    c.gpuCount = gpuCount;
    c.vramBytes = vramBytes;
    c.ramBytes = ramBytes;
    c.nodes = nodes;
    const QString id = gpu.trimmed();
    if (id.compare(QLatin1String("none"), Qt::CaseInsensitive) == 0) {
        c.gpuCount = 0;
        c.vramBytes.reset();
    } else if (!id.isEmpty() && id.compare(QLatin1String("auto"), Qt::CaseInsensitive) != 0) {
        c.gpuId = id;
    }
    return c;
}

std::optional<HardwareProfile> HardwareChoice::resolve(
    const HardwareProfile& detected, const GpuCatalog& gpus, QString* error) const
{
    if (gpuCount && (*gpuCount < 0 || *gpuCount > kMaxGpus)) {
        fail(error, Tr::tr("%1 GPUs: the count must be from 0 to %2").arg(*gpuCount).arg(kMaxGpus));
        return std::nullopt;
    }
    if (vramBytes && *vramBytes < 0) {
        fail(error, Tr::tr("GPU memory of %1 bytes: it cannot be negative").arg(*vramBytes));
        return std::nullopt;
    }
    if (ramBytes && *ramBytes < 0) {
        fail(error, Tr::tr("RAM of %1 bytes: it cannot be negative").arg(*ramBytes));
        return std::nullopt;
    }
    if (nodes < 1 || nodes > kMaxNodes) {
        fail(error, Tr::tr("%1 nodes: the count must be from 1 to %2").arg(nodes).arg(kMaxNodes));
        return std::nullopt;
    }
    const GpuSpec* spec = nullptr;
    if (mode != Mode::Manual && (mode == Mode::WhatIf || !gpuId.isEmpty())) {
        if (gpuId.trimmed().isEmpty()) {
            fail(error, Tr::tr("no GPU chosen from the catalog"));
            return std::nullopt;
        }
        spec = gpus.find(gpuId);
        if (!spec) {
            fail(error, Tr::tr("unknown GPU '%1': it is not in the GPU catalog").arg(gpuId));
            return std::nullopt;
        }
    }

    HardwareProfile hw;
    std::optional<qint64> ram = ramBytes;
    switch (mode) {
    case Mode::Detected:
        hw = detected;
        if (spec) {
            hw.gpus.clear();
            if (!addCatalogDevices(*spec, gpuCount.value_or(1), vramBytes, &ram, &hw, error))
                return std::nullopt;
        } else if (gpuCount == 0) {
            hw.gpus.clear();
        } else {
            if (gpuCount) {
                const qsizetype found = hw.gpus.size();
                if (*gpuCount > found && !(found == 0 && vramBytes)) {
                    fail(error,
                        Tr::tr("%1 GPU(s) asked for, but only %2 GPU(s) were detected").arg(*gpuCount).arg(found));
                    return std::nullopt;
                }
                if (found > 0)
                    hw.gpus = hw.gpus.mid(0, *gpuCount);
            }
            if (vramBytes && hw.gpus.isEmpty()) {
                for (int i = 0; i < gpuCount.value_or(1); ++i) {
                    GpuDevice d;
                    d.name = Tr::tr("GPU with %1").arg(formatBytes(*vramBytes));
                    d.memoryTotal = *vramBytes;
                    d.memoryFree = *vramBytes;
                    d.source = QStringLiteral("manual");
                    hw.gpus << d;
                }
                hw.notes << Tr::tr("manual GPU(s) of unknown bandwidth: no speed can be estimated");
            } else if (vramBytes) {
                for (GpuDevice& d : hw.gpus) {
                    d.memoryTotal = *vramBytes;
                    d.memoryFree = *vramBytes;
                    d.source = QStringLiteral("manual");
                }
            }
        }
        if (ram) {
            hw.ramTotal = *ram;
            hw.ramAvailable = *ram;
        }
        return hw;
    case Mode::WhatIf:
        if (!addCatalogDevices(*spec, gpuCount.value_or(1), vramBytes, &ram, &hw, error))
            return std::nullopt;
        if (hw.gpus.isEmpty() || !spec->unified) { // a unified device brought its memory
            hw.ramTotal = ram.value_or(0);
            hw.ramAvailable = hw.ramTotal;
        }
        return hw;
    case Mode::Manual:
        break;
    }
    if (vramBytes.value_or(0) > 0) {
        for (int i = 0; i < gpuCount.value_or(1); ++i) {
            GpuDevice d;
            d.name = Tr::tr("GPU (entered by hand)");
            d.memoryTotal = *vramBytes;
            d.source = QStringLiteral("manual");
            hw.gpus << d;
        }
    }
    hw.ramTotal = ram.value_or(0);
    hw.ramAvailable = hw.ramTotal;
    return hw;
}

} // namespace Planner
