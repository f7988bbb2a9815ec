// SPDX-FileCopyrightText: 2026 The FitPlanner authors
// SPDX-License-Identifier: MIT

#include "preferencesstore.h"

#include "checkedmath.h"
#include "engine.h"
#include "memoryestimator.h"

#include <QJsonDocument>

namespace Planner {

namespace {

// Every key in one place.
namespace Key {
const QString modelId = QStringLiteral("scenario/model");
const QString recipeId = QStringLiteral("scenario/quant");
const QString context = QStringLiteral("scenario/context");
const QString batch = QStringLiteral("scenario/batch");
const QString kvType = QStringLiteral("scenario/kvType");
const QString engine = QStringLiteral("scenario/engine");
const QString compared = QStringLiteral("scenario/comparedQuants");
const QString gpuBytes = QStringLiteral("capacity/gpuBytes");
const QString ramBytes = QStringLiteral("capacity/ramBytes");
const QString units = QStringLiteral("display/units");
const QString language = QStringLiteral("display/language");
const QString chartTab = QStringLiteral("display/chartTab");
const QString geometry = QStringLiteral("window/geometry");
const QString state = QStringLiteral("window/state");
const QString splitter = QStringLiteral("window/splitter");
const QString recentFiles = QStringLiteral("files/recent");
const QString hardwareMode = QStringLiteral("hardware/mode");
const QString whatIfGpu = QStringLiteral("hardware/whatIfGpu");
const QString whatIfCount = QStringLiteral("hardware/whatIfCount");
const QString whatIfRam = QStringLiteral("hardware/whatIfRamBytes");
const QString qualityFloor = QStringLiteral("recommend/qualityFloorKld");
const QString usableSpeed = QStringLiteral("recommend/usableTokensPerSecond");
} // namespace Key

// Capacities above 1 PiB are typos, not hardware.
constexpr qint64 kMaxCapacity = qint64(1) << 50;

double readDouble(QSettings& s, const QString& key, double fallback, double min, double max)
{
    bool ok = false;
    const double v = s.value(key).toDouble(&ok);
    return ok && v >= min && v <= max ? v : fallback;
}

qint64 readInt(QSettings& s, const QString& key, qint64 fallback, qint64 min, qint64 max)
{
    bool ok = false;
    const qint64 v = s.value(key).toLongLong(&ok);
    return ok && v >= min && v <= max ? v : fallback;
}

QString readId(QSettings& s, const QString& key, const QString& fallback)
{
    const QString v = s.value(key).toString().trimmed();
    return v.isEmpty() ? fallback : v;
}

} // namespace

HardwareChoice Preferences::hardwareChoice() const
{
    HardwareChoice c;
    c.mode = HardwareChoice::modeFromId(hardwareMode).value_or(HardwareChoice::Mode::Manual);
    switch (c.mode) {
    case HardwareChoice::Mode::Detected:
        break;
    case HardwareChoice::Mode::WhatIf:
        c.gpuId = whatIfGpu;
        c.gpuCount = whatIfCount;
        c.ramBytes = whatIfRamBytes;
        break;
    case HardwareChoice::Mode::Manual:
        c.gpuId = whatIfGpu;
        c.vramBytes = capacity.gpuBytes;
        c.ramBytes = capacity.ramBytes;
        break;
    }
    return c;
}

void Preferences::setHardwareChoice(const HardwareChoice& choice, bool chosen, const CapacityInput& inUse)
{
    hardwareMode = chosen ? HardwareChoice::modeId(choice.mode) : QString();
    if (!choice.gpuId.isEmpty())
        whatIfGpu = choice.gpuId;
    capacity = inUse;
    switch (choice.mode) {
    case HardwareChoice::Mode::Detected:
        break;
    case HardwareChoice::Mode::WhatIf:
        whatIfCount = choice.gpuCount.value_or(1);
        whatIfRamBytes = choice.ramBytes.value_or(0);
        break;
    case HardwareChoice::Mode::Manual:
        capacity.gpuBytes = satMul(choice.vramBytes.value_or(0), choice.gpuCount.value_or(1));
        capacity.ramBytes = choice.ramBytes.value_or(0);
        break;
    }
}

QStringList PreferencesStore::languages()
{
    return { QStringLiteral("en"), QStringLiteral("zh_CN") };
}

Preferences PreferencesStore::load(QSettings& s)
{
    const Preferences d;
    Preferences p;
    p.modelId = readId(s, Key::modelId, d.modelId);
    p.recipeId = readId(s, Key::recipeId, d.recipeId);
    p.context = readInt(s, Key::context, d.context, 1, MemoryEstimator::kMaxContext);
    p.batch = readInt(s, Key::batch, d.batch, 1, MemoryEstimator::kMaxBatch);
    p.kvType = readId(s, Key::kvType, d.kvType);
    const auto engine = engineFromId(s.value(Key::engine).toString());
    p.engineId = engine ? engineId(*engine) : d.engineId;
    p.comparedRecipes = s.value(Key::compared).toStringList();
    p.comparedRecipes.removeAll(QString());
    for (const QString& f : s.value(Key::recentFiles).toStringList())
        if (!f.isEmpty() && !p.recentFiles.contains(f) && p.recentFiles.size() < Preferences::kMaxRecentFiles)
            p.recentFiles << f;
    const QString mode = s.value(Key::hardwareMode).toString();
    if (mode == QLatin1String("detected") || mode == QLatin1String("whatif") || mode == QLatin1String("manual"))
        p.hardwareMode = mode;
    p.whatIfGpu = readId(s, Key::whatIfGpu, d.whatIfGpu);
    p.whatIfCount = int(readInt(s, Key::whatIfCount, d.whatIfCount, 1, 64));
    p.whatIfRamBytes = readInt(s, Key::whatIfRam, d.whatIfRamBytes, 0, kMaxCapacity);
    p.qualityFloorKld = readDouble(s, Key::qualityFloor, d.qualityFloorKld, 0.001, 3.0);
    p.usableTokensPerSecond = readDouble(s, Key::usableSpeed, d.usableTokensPerSecond, 0.0, 1000.0);
    p.capacity.gpuBytes = readInt(s, Key::gpuBytes, d.capacity.gpuBytes, 0, kMaxCapacity);
    p.capacity.ramBytes = readInt(s, Key::ramBytes, d.capacity.ramBytes, 0, kMaxCapacity);
    const QString units = s.value(Key::units).toString();
    p.units = units == QLatin1String("GB") ? ByteUnits::Decimal : ByteUnits::Binary;
    const QString language = s.value(Key::language).toString();
    p.language = languages().contains(language) ? language : QString();
    p.chartTab = int(readInt(s, Key::chartTab, d.chartTab, 0, 16));
    p.windowGeometry = s.value(Key::geometry).toByteArray();
    p.windowState = s.value(Key::state).toByteArray();
    p.splitterState = s.value(Key::splitter).toByteArray();
    return p;
}

void PreferencesStore::save(const Preferences& p, QSettings& s)
{
    s.setValue(Key::modelId, p.modelId);
    s.setValue(Key::recipeId, p.recipeId);
    s.setValue(Key::context, p.context);
    s.setValue(Key::batch, p.batch);
    s.setValue(Key::kvType, p.kvType);
    s.setValue(Key::engine, p.engineId);
    s.setValue(Key::compared, p.comparedRecipes);
    s.setValue(Key::recentFiles, p.recentFiles);
    s.setValue(Key::hardwareMode, p.hardwareMode);
    s.setValue(Key::whatIfGpu, p.whatIfGpu);
    s.setValue(Key::whatIfCount, p.whatIfCount);
    s.setValue(Key::whatIfRam, p.whatIfRamBytes);
    s.setValue(Key::qualityFloor, p.qualityFloorKld);
    s.setValue(Key::usableSpeed, p.usableTokensPerSecond);
    s.setValue(Key::gpuBytes, p.capacity.gpuBytes);
    s.setValue(Key::ramBytes, p.capacity.ramBytes);
    s.setValue(Key::units, p.units == ByteUnits::Decimal ? QStringLiteral("GB") : QStringLiteral("GiB"));
    s.setValue(Key::language, p.language);
    s.setValue(Key::chartTab, p.chartTab);
    s.setValue(Key::geometry, p.windowGeometry);
    s.setValue(Key::state, p.windowState);
    s.setValue(Key::splitter, p.splitterState);
}

std::optional<CpuCalibration> PreferencesStore::loadCalibration(QSettings& settings)
{
    const QByteArray json = settings.value(QStringLiteral("hardware/cpuCalibration")).toByteArray();
    const QJsonDocument doc = QJsonDocument::fromJson(json);
    return doc.isObject() ? CpuCalibration::fromJson(doc.object()) : std::nullopt;
}

void PreferencesStore::saveCalibration(const CpuCalibration& calibration, QSettings& settings)
{
    settings.setValue(
        QStringLiteral("hardware/cpuCalibration"), QJsonDocument(calibration.toJson()).toJson(QJsonDocument::Compact));
}

} // namespace Planner
