#include "hardwareprobe.h"

#include <QMetaObject>

namespace Planner {

HardwareProbe::HardwareProbe(DetectionSources sources, GpuCatalog catalog, QObject* parent)
    : QObject(parent)
    , m_detector(std::move(sources), std::move(catalog))
{
    qRegisterMetaType<Planner::HardwareProfile>();
}

HardwareProbe::~HardwareProbe()
{
    if (m_worker.joinable())
        m_worker.join();
}

bool HardwareProbe::start()
{
    if (m_running)
        return false;
    if (m_worker.joinable())
        m_worker.join(); // the previous run has delivered; reap its thread
    m_running = true;
    m_worker = std::thread([this] {
        HardwareProfile profile = m_detector.detect();
        // Queued to this object's thread; dropped by Qt if the object is gone by then.
        QMetaObject::invokeMethod(
            this, [this, profile] { deliver(profile); }, Qt::QueuedConnection);
    });
    return true;
}

bool HardwareProbe::isRunning() const
{
    return m_running;
}

void HardwareProbe::deliver(const HardwareProfile& profile)
{
    m_running = false;
    Q_EMIT detected(profile);
}

} // namespace Planner
