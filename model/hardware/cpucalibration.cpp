// SPDX-FileCopyrightText: 2026 The FitPlanner authors
// SPDX-License-Identifier: MIT

#include "cpucalibration.h"

#include <algorithm>
#include <atomic>
#include <cmath>
#include <cstdint>
#include <thread>
#include <vector>

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QJsonValue>

// The kernels run at the machine's vector width: GCC builds an AVX2/FMA (Haswell) version next to the
// baseline one and picks at run time, as ggml's CPU backend does with its per-ISA variants (Clang cannot combine
// target_clones with noinline, so it builds the baseline alone).
#if defined(__x86_64__) && defined(__GNUC__) && !defined(__clang__) && !defined(__APPLE__)
#define FITPLANNER_KERNEL __attribute__((target_clones("default", "arch=haswell"), noinline))
#elif defined(_MSC_VER)
#define FITPLANNER_KERNEL __declspec(noinline)
#else
#define FITPLANNER_KERNEL __attribute__((noinline))
#endif

namespace Planner {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Planner::CpuCalibration)
};

constexpr size_t kReadBytes = size_t(128) << 20; // above the last-level cache of desktop CPUs
constexpr int kReadPasses = 3;
constexpr qint64 kKernelNanoseconds = 40'000'000; // per kernel: long enough to swamp the timer, short in total
constexpr int kBlock = 32; // ggml's QK8_0 / QK4_0: weights per block
constexpr int kWeights = 16384; // per kernel call: 8-64 KiB of weights, in L1/L2

FITPLANNER_KERNEL uint64_t sumWords(const uint64_t* p, size_t n)
{
    uint64_t a = 0, b = 0, c = 0, d = 0;
    for (size_t i = 0; i + 4 <= n; i += 4) {
        a += p[i];
        b += p[i + 1];
        c += p[i + 2];
        d += p[i + 3];
    }
    return a + b + c + d;
}

FITPLANNER_KERNEL float dotF32(const float* w, const float* x, int n)
{
    float acc[8] = {};
    for (int i = 0; i + 8 <= n; i += 8)
        for (int j = 0; j < 8; ++j)
            acc[j] += w[i + j] * x[i + j];
    return acc[0] + acc[1] + acc[2] + acc[3] + acc[4] + acc[5] + acc[6] + acc[7];
}

// Q8_0 x Q8_0: int8 products summed per block of 32, times the two block scales.
FITPLANNER_KERNEL float dotQ8(const int8_t* w, const float* ws, const int8_t* x, const float* xs, int n)
{
    float sum = 0.0f;
    for (int b = 0; b < n / kBlock; ++b) {
        int32_t s = 0;
        for (int i = 0; i < kBlock; ++i)
            s += int32_t(w[b * kBlock + i]) * int32_t(x[b * kBlock + i]);
        sum += float(s) * ws[b] * xs[b];
    }
    return sum;
}

// Q4_0 x Q8_0: 16 bytes hold 32 weights (low nibbles first, then high), each minus 8.
FITPLANNER_KERNEL float dotQ4(const uint8_t* w, const float* ws, const int8_t* x, const float* xs, int n)
{
    float sum = 0.0f;
    for (int b = 0; b < n / kBlock; ++b) {
        int32_t s = 0;
        for (int i = 0; i < kBlock / 2; ++i) {
            const uint8_t q = w[b * kBlock / 2 + i];
            s += (int32_t(q & 0x0F) - 8) * int32_t(x[b * kBlock + i]);
            s += (int32_t(q >> 4) - 8) * int32_t(x[b * kBlock + kBlock / 2 + i]);
        }
        sum += float(s) * ws[b] * xs[b];
    }
    return sum;
}

// Q4_K x Q8_K: 4-bit weights with a scale and a minimum per 32, the minimum applied through the block's sum of
// activations (ggml's dmin x sum(mins x bsums)).
FITPLANNER_KERNEL float dotQ4K(
    const uint8_t* w, const uint8_t* scales, const uint8_t* mins, const int8_t* x, const int16_t* xsum, int n)
{
    float sum = 0.0f;
    float minSum = 0.0f;
    for (int b = 0; b < n / kBlock; ++b) {
        int32_t s = 0;
        for (int i = 0; i < kBlock / 2; ++i) {
            const uint8_t q = w[b * kBlock / 2 + i];
            s += int32_t(q & 0x0F) * int32_t(x[b * kBlock + i]);
            s += int32_t(q >> 4) * int32_t(x[b * kBlock + kBlock / 2 + i]);
        }
        sum += float(s * int32_t(scales[b] & 0x3F));
        minSum += float(int32_t(mins[b] & 0x3F) * int32_t(xsum[b]));
    }
    return 0.01f * sum - 0.02f * minSum;
}

// Runs `call` (one pass over kWeights weights) until kKernelNanoseconds have passed; billions of weights per second.
template <typename Call> double rate(Call call)
{
    volatile float sink = 0.0f;
    sink = sink + call(); // warm the caches and the code
    QElapsedTimer t;
    t.start();
    qint64 calls = 0;
    while (t.nsecsElapsed() < kKernelNanoseconds) {
        for (int i = 0; i < 16; ++i)
            sink = sink + call();
        calls += 16;
    }
    return double(calls) * double(kWeights) / double(t.nsecsElapsed());
}

QMap<QString, double> measureKernels()
{
    std::vector<float> wf(kWeights), xf(kWeights), ws(kWeights / kBlock, 0.5f), xs(kWeights / kBlock, 0.25f);
    std::vector<int8_t> w8(kWeights), x8(kWeights);
    std::vector<uint8_t> w4(kWeights / 2), scales(kWeights / kBlock), mins(kWeights / kBlock);
    std::vector<int16_t> xsum(kWeights / kBlock, 3);
    for (int i = 0; i < kWeights; ++i) {
        wf[size_t(i)] = float(i % 7) * 0.1f;
        xf[size_t(i)] = float(i % 5) * 0.2f;
        w8[size_t(i)] = int8_t(i % 127 - 63);
        x8[size_t(i)] = int8_t(i % 113 - 56);
    }
    for (size_t i = 0; i < w4.size(); ++i)
        w4[i] = uint8_t(i * 37);
    for (size_t i = 0; i < scales.size(); ++i) {
        scales[i] = uint8_t(i * 13);
        mins[i] = uint8_t(i * 7);
    }
    QMap<QString, double> out;
    out.insert(QStringLiteral("F32"), rate([&] { return dotF32(wf.data(), xf.data(), kWeights); }));
    out.insert(
        QStringLiteral("Q8_0"), rate([&] { return dotQ8(w8.data(), ws.data(), x8.data(), xs.data(), kWeights); }));
    out.insert(
        QStringLiteral("Q4_0"), rate([&] { return dotQ4(w4.data(), ws.data(), x8.data(), xs.data(), kWeights); }));
    out.insert(QStringLiteral("Q4_K"),
        rate([&] { return dotQ4K(w4.data(), scales.data(), mins.data(), x8.data(), xsum.data(), kWeights); }));
    return out;
}

// Reads the buffer with `threads` threads, `passes` times; the best pass in GB/s.
double readBandwidth(const std::vector<uint64_t>& buffer, int threads)
{
    const size_t words = buffer.size();
    double best = 0.0;
    std::atomic<uint64_t> sink { 0 };
    for (int pass = 0; pass < kReadPasses; ++pass) {
        QElapsedTimer t;
        t.start();
        std::vector<std::thread> workers;
        for (int i = 0; i < threads; ++i) {
            const size_t from = words * size_t(i) / size_t(threads);
            const size_t to = words * size_t(i + 1) / size_t(threads);
            workers.emplace_back([&buffer, &sink, from, to] { sink += sumWords(buffer.data() + from, to - from); });
        }
        for (std::thread& w : workers)
            w.join();
        const double seconds = double(t.nsecsElapsed()) * 1.0e-9;
        best = std::max(best, double(words * sizeof(uint64_t)) / seconds * 1.0e-9);
    }
    return best;
}

} // namespace

double CpuCalibration::readGBpsWith(int n) const
{
    return std::min(readGBps, double(std::max(1, n)) * singleThreadReadGBps);
}

QStringList CpuCalibration::kernels()
{
    return { QStringLiteral("F32"), QStringLiteral("Q8_0"), QStringLiteral("Q4_0"), QStringLiteral("Q4_K") };
}

QJsonObject CpuCalibration::toJson() const
{
    QJsonObject dots;
    for (auto it = dotGigaPerThread.cbegin(); it != dotGigaPerThread.cend(); ++it)
        dots.insert(it.key(), it.value());
    return { { QStringLiteral("read_gbps"), readGBps },
        { QStringLiteral("single_thread_read_gbps"), singleThreadReadGBps }, { QStringLiteral("threads"), threads },
        { QStringLiteral("dot_giga_weights_per_thread"), dots }, { QStringLiteral("cpu"), cpuModel },
        { QStringLiteral("measured_at"), measuredAt.toString(Qt::ISODate) }, { QStringLiteral("seconds"), seconds } };
}

std::optional<CpuCalibration> CpuCalibration::fromJson(const QJsonObject& o, QString* error)
{
    const auto fail = [error](const QString& field) {
        if (error)
            *error = Tr::tr("calibration: %1 is missing or out of range").arg(field);
        return std::nullopt;
    };
    CpuCalibration c;
    c.readGBps = o.value(QStringLiteral("read_gbps")).toDouble(-1.0);
    c.singleThreadReadGBps = o.value(QStringLiteral("single_thread_read_gbps")).toDouble(-1.0);
    c.threads = o.value(QStringLiteral("threads")).toInt(-1);
    if (!(c.readGBps > 0.0 && c.readGBps < 1.0e5))
        return fail(QStringLiteral("read_gbps"));
    if (!(c.singleThreadReadGBps > 0.0 && c.singleThreadReadGBps < 1.0e5))
        return fail(QStringLiteral("single_thread_read_gbps"));
    if (c.threads < 1 || c.threads > 4096)
        return fail(QStringLiteral("threads"));
    const QJsonObject dots = o.value(QStringLiteral("dot_giga_weights_per_thread")).toObject();
    for (const QString& k : kernels()) {
        const double v = dots.value(k).toDouble(-1.0);
        if (!(v > 0.0 && v < 1.0e4))
            return fail(QStringLiteral("dot_giga_weights_per_thread.%1").arg(k));
        c.dotGigaPerThread.insert(k, v);
    }
    c.cpuModel = o.value(QStringLiteral("cpu")).toString();
    c.measuredAt = QDateTime::fromString(o.value(QStringLiteral("measured_at")).toString(), Qt::ISODate);
    c.seconds = o.value(QStringLiteral("seconds")).toDouble(0.0);
    return c;
}

CpuCalibration measureCpu(int threads, const std::function<bool()>& cancelled)
{
    QElapsedTimer total;
    total.start();
    CpuCalibration c;
    const int n = threads > 0 ? threads : std::max(1, int(std::thread::hardware_concurrency()));
    const auto stop = [&cancelled] { return cancelled && cancelled(); };
    std::vector<uint64_t> buffer(kReadBytes / sizeof(uint64_t));
    for (size_t i = 0; i < buffer.size(); ++i)
        buffer[i] = i; // touch every page before timing
    if (stop())
        return {};
    c.singleThreadReadGBps = readBandwidth(buffer, 1);
    if (stop())
        return {};
    c.readGBps = n > 1 ? std::max(c.singleThreadReadGBps, readBandwidth(buffer, n)) : c.singleThreadReadGBps;
    c.threads = n;
    buffer = {};
    if (stop())
        return {};
    c.dotGigaPerThread = measureKernels();
    c.measuredAt = QDateTime::currentDateTimeUtc();
    c.seconds = double(total.nsecsElapsed()) * 1.0e-9;
    return c;
}

} // namespace Planner
