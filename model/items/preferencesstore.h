// SPDX-FileCopyrightText: 2026 The FitPlanner authors
// SPDX-License-Identifier: MIT

#pragma once

#include "cpucalibration.h"
#include "fitplanner.h"
#include "fitverdict.h"
#include "hardwarechoice.h"
#include "scenario.h"
#include "units.h"

#include <optional>

#include <QByteArray>
#include <QSettings>
#include <QString>
#include <QStringList>

namespace Planner {

/** What the desktop app remembers between runs. Defaults are what a first start shows. */
struct Preferences
{
    // The last scenario
    QString modelId = QStringLiteral("llama-3.1-8b");
    QString recipeId = QStringLiteral("Q4_K_M");
    qint64 context = Scenario::kDefaultContext;
    qint64 batch = 1;
    QString kvType = QStringLiteral("F16");
    QString engineId = QStringLiteral("llama.cpp");
    QStringList comparedRecipes; ///< recipes the user ticked for the comparison chart
    CapacityInput capacity; ///< the hand-entered (what-if) GPU memory and RAM

    // Display
    ByteUnits units = ByteUnits::Binary;
    QString language; ///< "" follows the system locale; otherwise "en" or "zh_CN"
    int chartTab = 0;

    // Window state, opaque bytes from QWidget::saveGeometry / QMainWindow::saveState / QSplitter::saveState
    QByteArray windowGeometry;
    QByteArray windowState;
    QByteArray splitterState;

    /** Model files opened recently, newest first, at most kMaxRecentFiles, no duplicates. */
    QStringList recentFiles;
    static constexpr qsizetype kMaxRecentFiles = 10;

    // Hardware panel: "" lets detection decide (detected once it reports), else "detected", "whatif" or
    // "manual" as the user chose; the what-if device (a gpus.json id), its count and the what-if RAM.
    QString hardwareMode;
    QString whatIfGpu = QStringLiteral("rtx-4090");
    int whatIfCount = 1;
    qint64 whatIfRamBytes = qint64(64) << 30;

    // "What can I run?": the searches' quality floor (mean KLD) and usable speed (tokens/s), PlanOptions' fields.
    double qualityFloorKld = PlanOptions::kDefaultQualityFloorKld;
    double usableTokensPerSecond = PlanOptions::kDefaultUsableTokensPerSecond;

    /**
     * The hardware choice these fields hold: the what-if device, count and RAM in What-if mode, one GPU of
     * the hand-entered capacity in Manual mode and when no mode was chosen.
     */
    HardwareChoice hardwareChoice() const;
    /**
     * Stores `choice` in the fields (hardwareMode stays "" unless `chosen`); `inUse` is the capacity of the
     * hardware in use, kept as the hand-entered capacity when the choice is not Manual.
     */
    void setHardwareChoice(const HardwareChoice& choice, bool chosen, const CapacityInput& inUse);

    bool operator==(const Preferences&) const = default;
};

/**
 * Loads and saves Preferences in a QSettings the caller chooses (only app/ decides which file).
 * Values that are missing, of the wrong type or out of range fall back to the defaults one by one.
 */
class PreferencesStore
{
public:
    static Preferences load(QSettings& settings);
    static void save(const Preferences& prefs, QSettings& settings);

    /** Languages the app ships: "en", "zh_CN". */
    static QStringList languages();

    /**
     * This machine's CPU calibration (fitplanner hardware --measure, or the GUI's first start), kept apart from
     * Preferences as JSON under "hardware/cpuCalibration"; nullopt when none was stored or it does not parse.
     */
    static std::optional<CpuCalibration> loadCalibration(QSettings& settings);
    static void saveCalibration(const CpuCalibration& calibration, QSettings& settings);
};

} // namespace Planner
