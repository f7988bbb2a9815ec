// SPDX-FileCopyrightText: 2026 The FitPlanner authors
// SPDX-License-Identifier: MIT

#pragma once

#include <functional>
#include <optional>

#include <QDateTime>
#include <QJsonObject>
#include <QMap>
#include <QString>

namespace Planner {

// What "measure this machine" found: how fast the CPU reads memory far larger than its caches, with one thread and
// with all of them, and how many weights one thread multiplies per second in the dot-product kernels of the common
// weight types (data in cache, so the kernel's arithmetic is what is measured).
struct CpuCalibration
{
    double readGBps = 0.0; // all `threads` threads reading one buffer far larger than the caches
    double singleThreadReadGBps = 0.0; // one thread
    int threads = 0; // threads of the all-thread read (the logical cores)
    // Weights multiplied per second by one thread, in billions, per kernel: "F32" (float FMA), "Q8_0" (int8 x int8
    // blocks of 32 with a scale), "Q4_0" (4-bit x int8 blocks of 32) and "Q4_K" (4-bit with a scale and a minimum
    // per 32 in blocks of 256), the shapes of ggml's CPU vec_dot kernels.
    QMap<QString, double> dotGigaPerThread;
    QString cpuModel;
    QDateTime measuredAt;
    double seconds = 0.0; // how long the calibration took

    bool isValid() const { return readGBps > 0.0 && singleThreadReadGBps > 0.0 && threads > 0; }
    // The dot-product rate of a kernel (0 when it was not measured).
    double dotRate(const QString& kernel) const { return dotGigaPerThread.value(kernel, 0.0); }
    // Memory read bandwidth with `n` threads: each thread adds the one-thread rate up to the all-thread rate.
    double readGBpsWith(int n) const;

    QJsonObject toJson() const;
    // nullopt (and `error` naming the field) when a field is missing, of the wrong type or out of range.
    static std::optional<CpuCalibration> fromJson(const QJsonObject& o, QString* error = nullptr);

    static QStringList kernels(); // "F32", "Q8_0", "Q4_0", "Q4_K"
};

// Measures this machine (about half a second; well under 2 s on any machine that runs the app). `threads` <= 0
// uses every logical core. `cancelled` is polled between steps; a cancelled run returns an invalid calibration.
CpuCalibration measureCpu(int threads = 0, const std::function<bool()>& cancelled = {});

} // namespace Planner
