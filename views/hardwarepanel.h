// SPDX-FileCopyrightText: 2026 The FitPlanner authors
// SPDX-License-Identifier: MIT

#pragma once

#include "cpucalibration.h"
#include "hardwaredetector.h"
#include "jobtracker.h"
#include "units.h"

#include <optional>

#include <QWidget>

class QComboBox;
class QStringListModel;
class QDoubleSpinBox;
class QLabel;
class QListWidget;
class QPushButton;
class QSpinBox;
class QStackedWidget;

namespace Planner {
class HardwareSelection;
}

// A view of the app's HardwareSelection, in three modes: the devices detected on this machine (detection runs
// off the GUI thread; "Detecting..." shows until it reports), a what-if choice of catalog GPUs with a count and
// a RAM size, or the GPU memory and RAM entered by hand in the scenario panel. Every edit goes to the selection;
// the panel shows what the selection holds.
class HardwarePanel : public QWidget
{
    Q_OBJECT

public:
    explicit HardwarePanel(Planner::HardwareSelection* selection, QWidget* parent = nullptr);
    ~HardwarePanel() override;

    /** Starts detecting this machine off the GUI thread; the result goes to the selection. */
    void startDetection();
    /** Where detection reads (default: this machine); tests point it at recorded sysfs/procfs trees. */
    void setDetectionSources(const Planner::DetectionSources& sources) { m_sources = sources; }
    bool isDetecting() const { return m_detection.isJobRunning(); }

    /** This machine's CPU calibration (from the settings; the app passes it in), attached to what is detected. */
    void setCalibration(const std::optional<Planner::CpuCalibration>& calibration);
    const std::optional<Planner::CpuCalibration>& calibration() const { return m_calibration; }
    /**
     * Measures this machine off the GUI thread (under 2 s); the result goes to the detected profile, so every
     * speed estimate uses it, and to calibrationMeasured(). The "Measure this machine" button calls it too.
     */
    void startCalibration();
    bool isCalibrating() const { return m_calibrating.isJobRunning(); }

    /** One line for the status bar: "Detected: NVIDIA GeForce RTX 4090 24.0 GiB (22.8 GiB free) | RAM 64.0 GiB (51.0
     * GiB free)". */
    QString summary(Planner::ByteUnits units) const;
    /** The units of the detected devices' list (View > Units); GiB until told otherwise. */
    void setUnits(Planner::ByteUnits units);

Q_SIGNALS:
    /** A calibration finished; the app stores it in the settings. */
    void calibrationMeasured(const Planner::CpuCalibration& calibration);

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslate();
    void showChoice();
    void showDetected();
    void editWhatIf();
    // The what-if box's typed name: the catalog GPUs the name matcher finds, listed in its completer.
    void listTypedGpus(const QString& typed);
    // Enter in the what-if box: the one GPU the name names is chosen; otherwise the box shows the chosen one again.
    void takeTypedGpu();
    void setDetectedWithCalibration(Planner::HardwareProfile profile);

    Planner::HardwareSelection* m_selection;
    Planner::ByteUnits m_units = Planner::ByteUnits::Binary;
    Planner::DetectionSources m_sources = Planner::DetectionSources::forThisMachine();

    QLabel* m_modeLabel;
    QComboBox* m_modeCombo;
    QStackedWidget* m_pages;
    QLabel* m_detectionStatus;
    QListWidget* m_devices;
    QPushButton* m_detectAgain;
    QPushButton* m_measure;
    std::optional<Planner::CpuCalibration> m_calibration;
    QLabel* m_gpuLabel;
    QComboBox* m_gpuCombo;
    QStringListModel* m_gpuCompletions;
    QLabel* m_countLabel;
    QSpinBox* m_count;
    QLabel* m_ramLabel;
    QDoubleSpinBox* m_ram;
    QLabel* m_whatIfError;
    QLabel* m_manualHint;
    JobTracker m_detection; // last: it waits for a detection in flight before the rest goes
    JobTracker m_calibrating; // likewise for a calibration in flight
};
