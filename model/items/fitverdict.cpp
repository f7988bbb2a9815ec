#include "fitverdict.h"

#include "checkedmath.h"
#include "itemroles.h"

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
