// SPDX-FileCopyrightText: 2026 The FitPlanner authors
// SPDX-License-Identifier: MIT

#pragma once

#include "gpucatalog.h"
#include "hardwareprofile.h"

#include <optional>

#include <QString>

namespace Planner {

/**
 * The hardware a plan runs on, as chosen by the user: the desktop app's hardware panel and the command line
 * both fill one, and resolve() turns it into the HardwareProfile the planner uses.
 *
 * - Detected: this machine as detected. gpuCount keeps its first N GPUs (0: none, plan on the CPU);
 *   vramBytes replaces the memory of each of them (with no GPU detected it adds gpuCount GPUs of that size,
 *   whose bandwidth is unknown); gpuId puts gpuCount catalog devices in place of the detected GPUs;
 *   ramBytes replaces the RAM.
 * - WhatIf: a machine made of gpuCount (1 when unset) catalog devices gpuId and ramBytes of RAM, nothing
 *   detected; vramBytes overrides the memory of each device.
 * - Manual: gpuCount (1 when unset) GPUs of vramBytes each, entered by hand (none when vramBytes is unset
 *   or 0), and ramBytes of RAM.
 *
 * A unified-memory catalog device (Apple silicon) is one per machine: its memory is ramBytes (or its catalog
 * size), the GPU may wire macOS's default share of it unless vramBytes says otherwise, and RAM bandwidth is
 * the device's.
 */
struct HardwareChoice
{
    enum class Mode
    {
        Detected,
        WhatIf,
        Manual
    };

    Mode mode = Mode::Detected;
    QString gpuId; ///< a gpus.json id (or name)
    std::optional<int> gpuCount;
    std::optional<qint64> vramBytes; ///< per GPU
    std::optional<qint64> ramBytes;
    int nodes = 1; ///< identical machines the plan may span

    static constexpr int kMaxGpus = 64;
    static constexpr int kMaxNodes = 1024;

    static QString modeId(Mode mode); ///< "detected", "whatif", "manual"
    static std::optional<Mode> modeFromId(const QString& id);

    /**
     * The choice the command line's values describe: `gpu` is "auto" (the detected GPUs), "none" or a catalog
     * id; the others are given or not. Parsing and range errors of the text stay with the command line.
     */
    static HardwareChoice fromCli(const QString& gpu, std::optional<int> gpuCount, std::optional<qint64> vramBytes,
        std::optional<qint64> ramBytes, int nodes = 1);

    /**
     * The profile the planner uses, from what was detected on this machine (an empty profile when nothing
     * was) and the GPU catalog; nullopt with the reason in `error` for a choice that cannot be met.
     */
    std::optional<HardwareProfile> resolve(
        const HardwareProfile& detected, const GpuCatalog& gpus, QString* error = nullptr) const;

    bool operator==(const HardwareChoice&) const = default;
};

} // namespace Planner
