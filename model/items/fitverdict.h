// SPDX-FileCopyrightText: 2026 The FitPlanner authors
// SPDX-License-Identifier: MIT

#pragma once

#include "fitplan.h"
#include "memoryestimate.h"
#include "units.h"

#include <QString>

namespace Planner {

/** How a memory total compares with the capacity in use. Views turn it into colours and icons. */
enum class FitStatus
{
    Fits, ///< fits in GPU memory with room to spare
    Tight, ///< fits in GPU memory, but the upper end of the estimate or a 5% margin does not
    Offload, ///< needs system RAM too (CPU offload), but GPU + RAM hold it
    DoesNotFit, ///< more than GPU + RAM
};

/**
 * The memory a user plans on: one GPU memory size and the system RAM, both in bytes. Entered by hand
 * today; the hardware panel (detection or a what-if device choice) sets the same value later.
 */
struct CapacityInput
{
    qint64 gpuBytes = qint64(24) << 30;
    qint64 ramBytes = qint64(64) << 30;

    /** GPU + RAM, saturating at INT64_MAX. */
    qint64 combinedBytes() const;
    bool operator==(const CapacityInput&) const = default;
};

/**
 * Classifies a total (with the upper end of its band) against a capacity. Tight: it fits the GPU, but
 * the band's upper end does not or less than 5% of the GPU memory stays free. A GPU of 0 bytes means
 * "no GPU": anything that fits RAM is Offload.
 */
FitStatus classifyFit(qint64 total, qint64 totalHigh, const CapacityInput& capacity);

/** The verdict sentence for the banner, with headroom or shortfall in the chosen units. */
struct FitVerdict
{
    FitStatus status = FitStatus::DoesNotFit;
    qint64 needed = 0; ///< bytes the estimate needs
    qint64 headroom = 0; ///< bytes left (negative: short) against the tier that decided the status
    QString headline;
};

FitVerdict makeVerdict(const MemoryEstimate& estimate, const CapacityInput& capacity, ByteUnits units);

/**
 * The verdict of a placement: the planner's own (layers placed device by device, the runtime on every GPU,
 * llama.cpp's token embeddings in RAM, vLLM's gpu_memory_utilization share), in the banner's terms. Gpu is
 * Tight when the fullest GPU keeps less than 5% of its capacity or the band's upper end exceeds what the GPUs
 * have left; Offload and Cpu both show as Offload; None as DoesNotFit, short by the fullest device's deficit.
 */
FitVerdict makePlanVerdict(const FitPlan& plan, ByteUnits units);
/** makePlanVerdict's status alone. */
FitStatus planStatus(const FitPlan& plan);

/** Translated short name: "Fits", "Tight", "CPU offload", "Does not fit". */
QString fitStatusName(FitStatus status);
/** Stable id for scripts: "fits", "tight", "offload", "none". */
QString fitStatusId(FitStatus status);

} // namespace Planner
