#pragma once

#include "fitverdict.h"
#include "gpucatalog.h"
#include "hardwaredetector.h"
#include "hardwareprofile.h"
#include "units.h"

#include <optional>

#include <QWidget>

class QComboBox;
class QDoubleSpinBox;
class QLabel;
class QListWidget;
class QPushButton;
class QSpinBox;
class QStackedWidget;

namespace Planner {
class HardwareProbe;
}

// The hardware to plan for, in three modes: the devices detected on this machine (HardwareProbe runs on a
// worker thread; "Detecting..." shows until it reports), a what-if choice of catalog GPUs with a count and
// a RAM size, or the GPU memory and RAM entered by hand in the scenario panel. profile() is what the planner
// uses; capacity() is the same as a CapacityInput for the estimate's verdict.
class HardwarePanel : public QWidget
{
    Q_OBJECT

public:
    enum class Mode
    {
        Detected,
        WhatIf,
        Manual
    };

    explicit HardwarePanel(const Planner::GpuCatalog& gpus, QWidget* parent = nullptr);
    ~HardwarePanel() override;

    /** Starts detecting this machine off the GUI thread; the result arrives through setDetectedProfile. */
    void startDetection();
    /** Where detection reads (default: this machine); tests point it at recorded sysfs/procfs trees. */
    void setDetectionSources(const Planner::DetectionSources& sources) { m_sources = sources; }
    bool isDetecting() const { return m_detecting; }
    /** A detected (or, in tests, recorded) profile; switches to Detected mode the first time. */
    void setDetectedProfile(const Planner::HardwareProfile& profile);
    bool hasDetectedProfile() const { return m_hasDetected; }

    Mode mode() const { return m_mode; }
    void setMode(Mode mode);
    /** As if the user picked the mode: a later detection no longer switches to Detected. */
    void chooseMode(Mode mode);
    /** Whether the user (or restored preferences) chose the mode; otherwise detection decides. */
    bool modeChosen() const { return m_modeChosen; }
    static QString modeId(Mode mode); ///< "detected", "whatif", "manual"
    static std::optional<Mode> modeFromId(const QString& id);
    QString whatIfGpuId() const;
    int whatIfCount() const;
    qint64 whatIfRamBytes() const;
    /** The hand-entered capacity (from the scenario panel's spin boxes), used in Manual mode. */
    void setManualCapacity(const Planner::CapacityInput& capacity);
    Planner::CapacityInput manualCapacity() const { return m_manual; }
    /** Chooses catalog GPUs for What-if mode (and switches to it); false for an unknown id. */
    bool setWhatIf(const QString& gpuId, int count, qint64 ramBytes, bool activate = true);

    /** The hardware the plan uses in the current mode. */
    Planner::HardwareProfile profile() const;
    /** GPU memory (sum of what the GPUs offer) and RAM of profile(). */
    Planner::CapacityInput capacity() const;
    /** One line for the status bar: "Detected: NVIDIA GeForce RTX 4090 24.0 GiB (22.8 GiB free) | RAM 64.0 GiB (51.0
     * GiB free)". */
    QString summary(Planner::ByteUnits units) const;

    QComboBox* modeCombo() const { return m_modeCombo; }
    QListWidget* deviceList() const { return m_devices; }
    QComboBox* gpuCombo() const { return m_gpuCombo; }
    QSpinBox* countSpin() const { return m_count; }
    QDoubleSpinBox* whatIfRamSpin() const { return m_ram; }
    QLabel* detectionLabel() const { return m_detectionStatus; }

Q_SIGNALS:
    /** The mode or the hardware of the current mode changed. */
    void profileChanged();

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslate();
    void showDetected();

    const Planner::GpuCatalog& m_catalog;
    Planner::HardwareProbe* m_probe = nullptr;
    Planner::DetectionSources m_sources = Planner::DetectionSources::forThisMachine();
    Planner::HardwareProfile m_detected;
    bool m_hasDetected = false;
    bool m_detecting = false;
    bool m_modeChosen = false;
    Mode m_mode = Mode::Manual;
    Planner::CapacityInput m_manual;

    QLabel* m_modeLabel;
    QComboBox* m_modeCombo;
    QStackedWidget* m_pages;
    QLabel* m_detectionStatus;
    QListWidget* m_devices;
    QPushButton* m_detectAgain;
    QLabel* m_gpuLabel;
    QComboBox* m_gpuCombo;
    QLabel* m_countLabel;
    QSpinBox* m_count;
    QLabel* m_ramLabel;
    QDoubleSpinBox* m_ram;
    QLabel* m_manualHint;
};
