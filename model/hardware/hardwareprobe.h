#pragma once

#include "hardwaredetector.h"

#include <memory>
#include <thread>

#include <QObject>

namespace Planner {

// Runs HardwareDetector on a worker thread and reports back on the thread that owns this object, so the GUI
// never blocks on NVML or sysfs. One detection at a time; deleting the probe waits for a running one to end
// and drops its result.
class HardwareProbe : public QObject
{
    Q_OBJECT
public:
    explicit HardwareProbe(DetectionSources sources, GpuCatalog catalog, QObject* parent = nullptr);
    ~HardwareProbe() override;

    // Starts a detection; returns false (and does nothing) while one is running.
    bool start();
    bool isRunning() const;

Q_SIGNALS:
    void detected(const Planner::HardwareProfile& profile);

private:
    void deliver(const Planner::HardwareProfile& profile);

    HardwareDetector m_detector;
    std::thread m_worker;
    bool m_running = false;
};

} // namespace Planner
