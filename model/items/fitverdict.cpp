// SPDX-FileCopyrightText: 2026 The FitPlanner authors
// SPDX-License-Identifier: MIT

#include "fitverdict.h"

#include "checkedmath.h"
#include "itemroles.h"

#include <algorithm>
#include <limits>

#include <QCoreApplication>

namespace Planner {

QString componentName(Component c)
{
    switch (c) {
    case Component::Weights:
        return QCoreApplication::translate("Planner::Component", "Weights");
    case Component::KvCache:
        return QCoreApplication::translate("Planner::Component", "KV cache");
    case Component::Activations:
        return QCoreApplication::translate("Planner::Component", "Activations");
    case Component::Overhead:
        return QCoreApplication::translate("Planner::Component", "Overhead");
    case Component::Total:
        return QCoreApplication::translate("Planner::Component", "Total");
    }
    return {};
}

qint64 CapacityInput::combinedBytes() const
{
    return satAdd(gpuBytes, ramBytes);
}

FitStatus classifyFit(qint64 total, qint64 totalHigh, const CapacityInput& capacity)
{
    if (capacity.gpuBytes > 0 && total <= capacity.gpuBytes) {
        const qint64 margin = capacity.gpuBytes / 20;
        if (totalHigh > capacity.gpuBytes || capacity.gpuBytes - total < margin)
            return FitStatus::Tight;
        return FitStatus::Fits;
    }
    if (total <= capacity.combinedBytes())
        return FitStatus::Offload;
    return FitStatus::DoesNotFit;
}

FitVerdict makeVerdict(const MemoryEstimate& e, const CapacityInput& capacity, ByteUnits units)
{
    FitVerdict v;
    v.needed = e.total;
    v.status = classifyFit(e.total, e.totalHigh, capacity);
    const QString need = formatBytes(e.total, units);
    const QString gpu = formatBytes(capacity.gpuBytes, units);
    const QString ram = formatBytes(capacity.ramBytes, units);
    switch (v.status) {
    case FitStatus::Fits:
        v.headroom = capacity.gpuBytes - e.total;
        v.headline = QCoreApplication::translate("Planner::FitVerdict", "Fits in %1 GPU memory with %2 to spare")
                         .arg(gpu, formatBytes(v.headroom, units));
        break;
    case FitStatus::Tight:
        v.headroom = capacity.gpuBytes - e.total;
        v.headline = QCoreApplication::translate(
            "Planner::FitVerdict", "Tight: needs %1 of %2 GPU memory, only %3 to spare (estimate up to %4)")
                         .arg(need, gpu, formatBytes(v.headroom, units), formatBytes(e.totalHigh, units));
        break;
    case FitStatus::Offload:
        v.headroom = capacity.combinedBytes() - e.total;
        v.headline = capacity.gpuBytes > 0 ? QCoreApplication::translate("Planner::FitVerdict",
                         "Fits only with CPU offload: needs %1; %2 GPU + %3 RAM leave %4 to spare")
                                                 .arg(need, gpu, ram, formatBytes(v.headroom, units))
                                           : QCoreApplication::translate("Planner::FitVerdict",
                                               "Runs from system RAM only: needs %1 of %2 RAM, %3 to spare")
                                                 .arg(need, ram, formatBytes(v.headroom, units));
        break;
    case FitStatus::DoesNotFit:
        v.headroom = capacity.combinedBytes() - e.total;
        v.headline = QCoreApplication::translate(
            "Planner::FitVerdict", "Does not fit: needs %1; you have %2 GPU + %3 RAM (%4 short)")
                         .arg(need, gpu, ram, formatBytes(-v.headroom, units));
        break;
    }
    return v;
}

namespace {

// What a plan puts on its GPUs and in RAM.
struct PlanTotals
{
    qint64 gpuCapacity = 0;
    qint64 gpuUsed = 0;
    qint64 gpuFree = 0;
    qint64 ramCapacity = 0;
    qint64 ramUsed = 0;
};

PlanTotals planTotals(const FitPlan& plan)
{
    PlanTotals t;
    for (const DevicePlacement& d : plan.devices) {
        if (d.isCpu) {
            t.ramCapacity = satAdd(t.ramCapacity, d.capacity);
            t.ramUsed = satAdd(t.ramUsed, d.used());
            continue;
        }
        t.gpuCapacity = satAdd(t.gpuCapacity, d.capacity);
        t.gpuUsed = satAdd(t.gpuUsed, d.used());
        t.gpuFree = satAdd(t.gpuFree, std::max<qint64>(0, d.freeBytes()));
    }
    return t;
}

} // namespace

FitStatus planStatus(const FitPlan& plan)
{
    switch (plan.verdict) {
    case Verdict::Gpu:
        return isTightFit(plan) ? FitStatus::Tight : FitStatus::Fits;
    case Verdict::Offload:
    case Verdict::Cpu:
        return FitStatus::Offload;
    case Verdict::None:
        break;
    }
    return FitStatus::DoesNotFit;
}

FitVerdict makePlanVerdict(const FitPlan& plan, ByteUnits units)
{
    const MemoryEstimate& e = plan.estimate;
    const PlanTotals t = planTotals(plan);
    FitVerdict v;
    v.needed = e.total;
    v.headroom = plan.headroomBytes;
    v.status = planStatus(plan);
    switch (plan.verdict) {
    case Verdict::Gpu: {
        v.headline = v.status == FitStatus::Tight
            ? QCoreApplication::translate(
                "Planner::FitVerdict", "Tight: needs %1 of %2 GPU memory, only %3 to spare (estimate up to %4)")
                  .arg(formatBytes(t.gpuUsed, units), formatBytes(t.gpuCapacity, units), formatBytes(t.gpuFree, units),
                      formatBytes(e.totalHigh, units))
            : QCoreApplication::translate("Planner::FitVerdict", "Fits in %1 GPU memory with %2 to spare")
                  .arg(formatBytes(t.gpuCapacity, units), formatBytes(t.gpuFree, units));
        break;
    }
    case Verdict::Offload:
        v.headline = QCoreApplication::translate("Planner::FitVerdict",
            "Fits only with CPU offload: %1 of %2 layers on the GPU, %3 in system RAM; %4 of RAM to spare")
                         .arg(plan.gpuLayers)
                         .arg(plan.totalLayers)
                         .arg(formatBytes(t.ramUsed, units),
                             formatBytes(std::max<qint64>(0, t.ramCapacity - t.ramUsed), units));
        break;
    case Verdict::Cpu:
        v.headline = QCoreApplication::translate(
            "Planner::FitVerdict", "Runs from system RAM only: needs %1 of %2 RAM, %3 to spare")
                         .arg(formatBytes(t.ramUsed, units), formatBytes(t.ramCapacity, units),
                             formatBytes(std::max<qint64>(0, plan.headroomBytes), units));
        break;
    case Verdict::None: {
        const QString shortBy = formatBytes(-std::min<qint64>(0, plan.headroomBytes), units);
        const bool usesRam
            = std::any_of(plan.devices.cbegin(), plan.devices.cend(), [](const DevicePlacement& d) { return d.isCpu; });
        v.headline = usesRam
            ? QCoreApplication::translate("Planner::FitVerdict",
                "Does not fit: needs %1; you have %2 GPU + %3 RAM (%4 short on the fullest device)")
                  .arg(formatBytes(e.total, units), formatBytes(t.gpuCapacity, units),
                      formatBytes(t.ramCapacity, units), shortBy)
            : QCoreApplication::translate("Planner::FitVerdict",
                "Does not fit: needs %1, and the engine may use %2 of GPU memory (%3 short on the fullest GPU)")
                  .arg(formatBytes(e.total, units), formatBytes(t.gpuCapacity, units), shortBy);
        break;
    }
    }
    return v;
}

QString fitStatusId(FitStatus status)
{
    switch (status) {
    case FitStatus::Fits:
        return QStringLiteral("fits");
    case FitStatus::Tight:
        return QStringLiteral("tight");
    case FitStatus::Offload:
        return QStringLiteral("offload");
    case FitStatus::DoesNotFit:
        break;
    }
    return QStringLiteral("none");
}

QString fitStatusName(FitStatus status)
{
    switch (status) {
    case FitStatus::Fits:
        return QCoreApplication::translate("Planner::FitVerdict", "Fits");
    case FitStatus::Tight:
        return QCoreApplication::translate("Planner::FitVerdict", "Tight");
    case FitStatus::Offload:
        return QCoreApplication::translate("Planner::FitVerdict", "CPU offload");
    case FitStatus::DoesNotFit:
        return QCoreApplication::translate("Planner::FitVerdict", "Does not fit");
    }
    return {};
}

} // namespace Planner
