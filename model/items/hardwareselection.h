// SPDX-FileCopyrightText: 2026 The FitPlanner authors
// SPDX-License-Identifier: MIT

#pragma once

#include "fitverdict.h"
#include "gpucatalog.h"
#include "hardwarechoice.h"
#include "hardwareprofile.h"

#include <QObject>

namespace Planner {

/**
 * The desktop app's one HardwareChoice, with what detection found on this machine. The hardware panel and
 * the hand-entered capacity are views that edit it through the setters; the planner uses profile(). Until
 * the user (or restored preferences) chooses a mode, the first detection switches to Detected.
 */
class HardwareSelection : public QObject
{
    Q_OBJECT

public:
    /** Starts in Manual mode with the default hand-entered capacity, not chosen. `gpus` must outlive it. */
    explicit HardwareSelection(const GpuCatalog& gpus, QObject* parent = nullptr);

    const HardwareChoice& choice() const { return m_choice; }
    /** Replaces the whole choice; `chosen`: as if the user picked it (a later detection keeps it). */
    void setChoice(const HardwareChoice& choice, bool chosen = true);
    /** Whether the user (or restored preferences) chose the mode; otherwise detection decides. */
    bool isChosen() const { return m_chosen; }

    /**
     * Switches mode as the user does. The new mode starts from the hardware in use: Manual from its capacity,
     * What-if from the catalog device already chosen (else the detected one, else an RTX 4090) and the RAM
     * in use; Detected plans on the detected machine as it is.
     */
    void setMode(HardwareChoice::Mode mode);
    /** Chooses `count` catalog GPUs and `ramBytes` of RAM (What-if mode); false, and no change, for an unknown id. */
    bool setWhatIf(const QString& gpuId, int count, qint64 ramBytes);
    /** Chooses one GPU of `gpuBytes` (none for 0) and `ramBytes` of RAM, entered by hand (Manual mode). */
    void setManual(qint64 gpuBytes, qint64 ramBytes);

    /** What detection found; switches to Detected the first time unless a mode was chosen. */
    void setDetected(const HardwareProfile& profile);
    bool hasDetected() const { return m_hasDetected; }
    const HardwareProfile& detected() const { return m_detected; }

    /** The choice resolved on the detected machine: what the planner uses (empty when error() is set). */
    const HardwareProfile& profile() const { return m_profile; }
    /** Why the choice cannot be met (HardwareChoice::resolve); empty when it can. */
    QString error() const { return m_error; }
    /** GPU memory (the sum of what the GPUs of profile() offer) and usable RAM. */
    CapacityInput capacity() const;
    const GpuCatalog& catalog() const { return m_catalog; }

Q_SIGNALS:
    /** The choice, the detected machine or whether the mode was chosen changed. */
    void changed();

private:
    void update(const HardwareChoice& choice, bool chosen, bool detectedChanged = false);

    const GpuCatalog& m_catalog;
    HardwareChoice m_choice;
    bool m_chosen = false;
    HardwareProfile m_detected;
    bool m_hasDetected = false;
    HardwareProfile m_profile;
    QString m_error;
};

} // namespace Planner
