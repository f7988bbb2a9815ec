// SPDX-FileCopyrightText: 2026 The FitPlanner authors
// SPDX-License-Identifier: MIT

#include "clihardware.h"

#include "clitr.h"
#include "cpucalibration.h"
#include "hardwaredetector.h"
#include "preferencesstore.h"

#include <QJsonDocument>
#include <QSettings>

using namespace Planner;

namespace {

QString calibrationText(const CpuCalibration& c)
{
    QStringList dots;
    for (const QString& k : CpuCalibration::kernels())
        dots << QStringLiteral("%1 %2").arg(k).arg(c.dotRate(k), 0, 'f', 2);
    return CliTr::tr("CPU measured %1: memory read %2 GB/s with %3 threads (%4 GB/s with one); billions of "
                     "multiply-adds per second and thread: %5 (int8 on %6)")
        .arg(c.measuredAt.toString(Qt::ISODate))
        .arg(c.readGBps, 0, 'f', 1)
        .arg(c.threads)
        .arg(c.singleThreadReadGBps, 0, 'f', 1)
        .arg(dots.join(QStringLiteral(", ")), c.simd);
}

} // namespace

HardwareProfile detectThisMachine(const Catalogs& catalogs)
{
    DetectionSources sources = DetectionSources::forThisMachine();
    const QByteArray root = qgetenv("FITPLANNER_HARDWARE_ROOT");
    if (!root.isEmpty()) {
        sources.root = QString::fromLocal8Bit(root);
        sources.useSysfs = true;
        sources.sysctl.reset();
    }
    const QByteArray nvml = qgetenv("FITPLANNER_NVML");
    if (nvml == "off")
        sources.useNvml = false;
    else if (!nvml.isEmpty())
        sources.nvmlLibrary = QString::fromLocal8Bit(nvml);
    HardwareProfile hw = HardwareDetector(sources, catalogs.gpus).detect();
    if (root.isEmpty()) {
        QSettings settings;
        hw.cpuCalibration = PreferencesStore::loadCalibration(settings);
        if (hw.cpuCalibration)
            hw.notes << calibrationText(*hw.cpuCalibration);
    }
    return hw;
}

int runHardwareMeasure(const CliArgs& args, QTextStream& out)
{
    CpuCalibration c = measureCpu();
    QSettings settings;
    PreferencesStore::saveCalibration(c, settings);
    if (args.flag(QStringLiteral("json")))
        out << QJsonDocument(c.toJson()).toJson(QJsonDocument::Indented);
    else
        out << calibrationText(c) << '\n'
            << CliTr::tr("Measured in %1 s and stored: every speed estimate on this machine uses it.")
                   .arg(c.seconds, 0, 'f', 2)
            << '\n';
    return 0;
}
