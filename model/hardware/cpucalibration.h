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
// with all of them, and how many multiply-adds one thread does per second in float and in int8 matrix products (data
// in cache, so the kernel's arithmetic is what is measured). llama.cpp quantizes the activations to int8 and
// multiplies them with the weights' int8 values block by block for every quantized type, at the widest integer
// instructions the CPU has; the int8 kernels use the same instructions.
struct CpuCalibration
{
    double readGBps = 0.0; // all `threads` threads reading one buffer far larger than the caches
    double singleThreadReadGBps = 0.0; // one thread
    // The same buffer streamed through the int8 matrix-vector kernel (decode's access: loads that wait on the
    // multiplications), all threads and one thread, in GB/s of weights
    double streamGBps = 0.0;
    double singleThreadStreamGBps = 0.0;
    int threads = 0; // threads of the all-thread read (the logical cores)
    // Multiply-adds per second by one thread, in billions, per kernel: "F32" (a float dot product), "I8_MV" (int8
    // blocks of 32 with a float scale each, 4 weight rows times one activation row: decode's matrix times vector),
    // "I8_MM" (the same blocks, 4 weight rows times 3 activation rows held in registers: prefill's tiles).
    QMap<QString, double> dotGigaPerThread;
    QString simd; // the instructions the int8 kernels ran on: "AVX-512 VNNI", "AVX-VNNI", "AVX2" or "portable"
    QString cpuModel;
    QDateTime measuredAt;
    double seconds = 0.0; // how long the calibration took

    bool isValid() const
    {
        return readGBps > 0.0 && singleThreadReadGBps > 0.0 && streamGBps > 0.0 && singleThreadStreamGBps > 0.0
            && threads > 0;
    }
    // The dot-product rate of a kernel (0 when it was not measured).
    double dotRate(const QString& kernel) const { return dotGigaPerThread.value(kernel, 0.0); }
    // Memory read bandwidth with `n` threads: each thread adds the one-thread rate up to the all-thread rate.
    double readGBpsWith(int n) const;
    // Decode's streaming rate with `n` threads, the same way.
    double streamGBpsWith(int n) const;

    QJsonObject toJson() const;
    // nullopt (and `error` naming the field) when a field is missing, of the wrong type or out of range.
    static std::optional<CpuCalibration> fromJson(const QJsonObject& o, QString* error = nullptr);

    static QStringList kernels(); // "F32", "I8_MV", "I8_MM"
};

// Measures this machine (about half a second; well under 2 s on any machine that runs the app). `threads` <= 0
// uses every logical core. `cancelled` is polled between steps; a cancelled run returns an invalid calibration.
CpuCalibration measureCpu(int threads = 0, const std::function<bool()>& cancelled = {});

} // namespace Planner
