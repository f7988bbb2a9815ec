// SPDX-FileCopyrightText: 2026 The FitPlanner authors
// SPDX-License-Identifier: MIT

#include "cpucalibration.h"

#include "hardwaredetector.h"

#include <algorithm>
#include <atomic>
#include <cmath>
#include <cstdint>
#include <thread>
#include <utility>
#include <vector>

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QJsonValue>

#if defined(__x86_64__) && (defined(__GNUC__) || defined(__clang__)) && !defined(_MSC_VER)
#define FITPLANNER_X86_SIMD 1
#include <cpuid.h>
#include <immintrin.h>
#endif

// The plain loops run at the machine's vector width: GCC builds AVX2/FMA (Haswell) and AVX-512 (x86-64-v4) versions
// next to the baseline one and picks at run time, as ggml's CPU variants do (Clang cannot combine target_clones with
// noinline, so it builds the baseline alone).
#if defined(__x86_64__) && defined(__GNUC__) && !defined(__clang__) && !defined(__APPLE__)
#define FITPLANNER_KERNEL __attribute__((target_clones("default", "arch=haswell", "arch=x86-64-v4"), noinline))
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
constexpr int kReadPasses = 8; // the best of several: a shared or virtual machine's rate moves from pass to pass
constexpr qint64 kKernelNanoseconds = 40'000'000; // per kernel: long enough to swamp the timer, short in total
constexpr int kBlock = 32; // ggml's QK8_0: int8 values per block, one scale each
constexpr int kWeights = 4096; // per weight row: 128 blocks, 4 KiB of int8
constexpr int kRows = 4; // weight rows per kernel call: 16 KiB, in L1/L2
constexpr int kColumns = 3; // activation rows of the matrix-matrix tile

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
    // 32 lanes: two to four vector accumulators, enough to hide the multiply-add latency at any vector width
    float acc[32] = {};
    for (int i = 0; i + 32 <= n; i += 32)
        for (int j = 0; j < 32; ++j)
            acc[j] += w[i + j] * x[i + j];
    float sum = 0.0f;
    for (float a : acc)
        sum += a;
    return sum;
}

// The int8 kernels: kRows weight rows of Q8_0-shaped blocks (32 int8 values and a float scale) times `columns`
// activation rows of the same shape, every block's integer sum scaled by the two block scales and accumulated in
// float. One activation row is llama.cpp's decode (matrix times vector); several reuse each loaded weight block
// from registers, as its prefill kernels do (llamafile's tiles, the repacked 8x8 layouts). Weight rows lie one
// after another, kWeights apart; so do the activation rows.
template <int Columns>
FITPLANNER_KERNEL float int8Portable(const int8_t* w, const float* ws, const int8_t* x, const float* xs)
{
    float sum[kRows][Columns] = {};
    for (int b = 0; b < kWeights / kBlock; ++b)
        for (int r = 0; r < kRows; ++r)
            for (int c = 0; c < Columns; ++c) {
                int32_t s = 0;
                for (int i = 0; i < kBlock; ++i)
                    s += int32_t(w[r * kWeights + b * kBlock + i]) * int32_t(x[c * kWeights + b * kBlock + i]);
                sum[r][c] += float(s) * ws[r * (kWeights / kBlock) + b] * xs[c * (kWeights / kBlock) + b];
            }
    float total = 0.0f;
    for (const auto& row : sum)
        for (float v : row)
            total += v;
    return total;
}

#ifdef FITPLANNER_X86_SIMD
// The x86 kernels at the widest integer instructions the CPU has, as ggml's CPU variants use them: AVX2's
// multiply-add of unsigned by signed bytes (the signs moved onto the activations), or one VNNI instruction for the
// same products summed into 32-bit lanes.
#define FITPLANNER_INT8_TILE(NAME, TARGET, PRODUCT)                                                                    \
    template <int Columns>                                                                                             \
    __attribute__((target(TARGET), noinline)) float NAME(                                                              \
        const int8_t* w, const float* ws, const int8_t* x, const float* xs)                                            \
    {                                                                                                                  \
        __m256 acc[kRows][Columns];                                                                                    \
        for (auto& row : acc)                                                                                          \
            for (__m256 & a : row)                                                                                     \
                a = _mm256_setzero_ps();                                                                               \
        for (int b = 0; b < kWeights / kBlock; ++b) {                                                                  \
            __m256i xv[Columns];                                                                                       \
            for (int c = 0; c < Columns; ++c)                                                                          \
                xv[c] = _mm256_loadu_si256(reinterpret_cast<const __m256i*>(x + c * kWeights + b * kBlock));           \
            for (int r = 0; r < kRows; ++r) {                                                                          \
                const __m256i wv                                                                                       \
                    = _mm256_loadu_si256(reinterpret_cast<const __m256i*>(w + r * kWeights + b * kBlock));             \
                const __m256i magnitude = _mm256_sign_epi8(wv, wv);                                                    \
                for (int c = 0; c < Columns; ++c) {                                                                    \
                    const __m256i signedX = _mm256_sign_epi8(xv[c], wv);                                               \
                    const __m256 scale                                                                                 \
                        = _mm256_set1_ps(ws[r * (kWeights / kBlock) + b] * xs[c * (kWeights / kBlock) + b]);           \
                    acc[r][c] = _mm256_fmadd_ps(_mm256_cvtepi32_ps(PRODUCT(magnitude, signedX)), scale, acc[r][c]);    \
                }                                                                                                      \
            }                                                                                                          \
        }                                                                                                              \
        __m256 total = _mm256_setzero_ps();                                                                            \
        for (auto& row : acc)                                                                                          \
            for (__m256 & a : row)                                                                                     \
                total = _mm256_add_ps(total, a);                                                                       \
        alignas(32) float lanes[8];                                                                                    \
        _mm256_store_ps(lanes, total);                                                                                 \
        return lanes[0] + lanes[1] + lanes[2] + lanes[3] + lanes[4] + lanes[5] + lanes[6] + lanes[7];                  \
    }

#define FITPLANNER_AVX2_PRODUCT(u, s) _mm256_madd_epi16(_mm256_maddubs_epi16(u, s), _mm256_set1_epi16(1))
#define FITPLANNER_VNNI512_PRODUCT(u, s) _mm256_dpbusd_epi32(_mm256_setzero_si256(), u, s)
#define FITPLANNER_AVXVNNI_PRODUCT(u, s) _mm256_dpbusd_avx_epi32(_mm256_setzero_si256(), u, s)

FITPLANNER_INT8_TILE(int8Avx2, "avx2,fma", FITPLANNER_AVX2_PRODUCT)
FITPLANNER_INT8_TILE(int8Avx512Vnni, "avx2,fma,avx512f,avx512bw,avx512vl,avx512vnni", FITPLANNER_VNNI512_PRODUCT)
FITPLANNER_INT8_TILE(int8AvxVnni, "avx2,fma,avxvnni", FITPLANNER_AVXVNNI_PRODUCT)

// AVX-VNNI (the 256-bit VNNI of Alder Lake and later without AVX-512): CPUID leaf 7, sub-leaf 1, EAX bit 4.
bool hasAvxVnni()
{
    unsigned int eax = 0, ebx = 0, ecx = 0, edx = 0;
    if (__get_cpuid_max(0, nullptr) < 7)
        return false;
    __cpuid_count(7, 1, eax, ebx, ecx, edx);
    return (eax & (1u << 4)) != 0;
}
#endif

using Int8Kernel = float (*)(const int8_t*, const float*, const int8_t*, const float*);

struct Int8Kernels
{
    QString simd;
    Int8Kernel vector = nullptr;
    Int8Kernel matrix = nullptr;
};

Int8Kernels int8Kernels()
{
#ifdef FITPLANNER_X86_SIMD
    __builtin_cpu_init();
    if (__builtin_cpu_supports("avx512vnni") && __builtin_cpu_supports("avx512vl") && __builtin_cpu_supports("avx2"))
        return { QStringLiteral("AVX-512 VNNI"), &int8Avx512Vnni<1>, &int8Avx512Vnni<kColumns> };
    if (__builtin_cpu_supports("avx2") && __builtin_cpu_supports("fma") && hasAvxVnni())
        return { QStringLiteral("AVX-VNNI"), &int8AvxVnni<1>, &int8AvxVnni<kColumns> };
    if (__builtin_cpu_supports("avx2") && __builtin_cpu_supports("fma"))
        return { QStringLiteral("AVX2"), &int8Avx2<1>, &int8Avx2<kColumns> };
#endif
    return { QStringLiteral("portable"), &int8Portable<1>, &int8Portable<kColumns> };
}

// Runs `call` until kKernelNanoseconds have passed; billions of `perCall` multiply-adds per second.
template <typename Call> double rate(double perCall, Call call)
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
    return double(calls) * perCall / double(t.nsecsElapsed());
}

QMap<QString, double> measureKernels(const Int8Kernels& int8)
{
    std::vector<float> wf(kWeights), xf(kWeights);
    std::vector<int8_t> w8(size_t(kRows) * kWeights), x8(size_t(kColumns) * kWeights);
    std::vector<float> ws(size_t(kRows) * kWeights / kBlock, 0.5f), xs(size_t(kColumns) * kWeights / kBlock, 0.25f);
    for (int i = 0; i < kWeights; ++i) {
        wf[size_t(i)] = float(i % 7) * 0.1f;
        xf[size_t(i)] = float(i % 5) * 0.2f;
    }
    for (size_t i = 0; i < w8.size(); ++i)
        w8[i] = int8_t(int(i % 127) - 63);
    for (size_t i = 0; i < x8.size(); ++i)
        x8[i] = int8_t(int(i % 113) - 56);
    QMap<QString, double> out;
    out.insert(QStringLiteral("F32"), rate(kWeights, [&] { return dotF32(wf.data(), xf.data(), kWeights); }));
    out.insert(QStringLiteral("I8_MV"),
        rate(double(kRows) * kWeights, [&] { return int8.vector(w8.data(), ws.data(), x8.data(), xs.data()); }));
    out.insert(QStringLiteral("I8_MM"), rate(double(kRows) * kWeights * kColumns, [&] {
        return int8.matrix(w8.data(), ws.data(), x8.data(), xs.data());
    }));
    return out;
}

// Splits `units` units of `bytesPerUnit` bytes among `threads` threads, each running `work(from, to)` on its share,
// kReadPasses times; the best pass in GB/s.
template <typename Work> double bandwidth(size_t units, size_t bytesPerUnit, int threads, Work work)
{
    double best = 0.0;
    for (int pass = 0; pass < kReadPasses; ++pass) {
        QElapsedTimer t;
        t.start();
        std::vector<std::thread> workers;
        for (int i = 0; i < threads; ++i) {
            const size_t from = units * size_t(i) / size_t(threads);
            const size_t to = units * size_t(i + 1) / size_t(threads);
            workers.emplace_back([&work, from, to] { work(from, to); });
        }
        for (std::thread& w : workers)
            w.join();
        const double seconds = double(t.nsecsElapsed()) * 1.0e-9;
        best = std::max(best, double(units * bytesPerUnit) / seconds * 1.0e-9);
    }
    return best;
}

// Plain loads: the buffer read as words.
double readBandwidth(const std::vector<uint64_t>& buffer, int threads)
{
    std::atomic<uint64_t> sink { 0 };
    return bandwidth(buffer.size(), sizeof(uint64_t), threads,
        [&](size_t from, size_t to) { sink += sumWords(buffer.data() + from, to - from); });
}

// Decode's access: the buffer read as int8 weight rows through the matrix-vector kernel, kRows rows at a time
// against one activation row in cache, so the loads wait on the multiplications as llama.cpp's do.
double streamBandwidth(const std::vector<uint64_t>& buffer, int threads, const Int8Kernels& int8)
{
    std::vector<int8_t> x(kWeights);
    for (size_t i = 0; i < x.size(); ++i)
        x[i] = int8_t(int(i % 113) - 56);
    const std::vector<float> ws(size_t(kRows) * kWeights / kBlock, 0.5f), xs(kWeights / kBlock, 0.25f);
    const auto* weights = reinterpret_cast<const int8_t*>(buffer.data());
    const size_t groupBytes = size_t(kRows) * kWeights;
    std::atomic<float> sink { 0.0f };
    return bandwidth(buffer.size() * sizeof(uint64_t) / groupBytes, groupBytes, threads, [&](size_t from, size_t to) {
        float sum = 0.0f;
        for (size_t g = from; g < to; ++g)
            sum += int8.vector(weights + g * groupBytes, ws.data(), x.data(), xs.data());
        sink = sink + sum;
    });
}

} // namespace

double CpuCalibration::readGBpsWith(int n) const
{
    return std::min(readGBps, double(std::max(1, n)) * singleThreadReadGBps);
}

double CpuCalibration::streamGBpsWith(int n) const
{
    return std::min(streamGBps, double(std::max(1, n)) * singleThreadStreamGBps);
}

QStringList CpuCalibration::kernels()
{
    return { QStringLiteral("F32"), QStringLiteral("I8_MV"), QStringLiteral("I8_MM") };
}

QJsonObject CpuCalibration::toJson() const
{
    QJsonObject dots;
    for (auto it = dotGigaPerThread.cbegin(); it != dotGigaPerThread.cend(); ++it)
        dots.insert(it.key(), it.value());
    return { { QStringLiteral("read_gbps"), readGBps },
        { QStringLiteral("single_thread_read_gbps"), singleThreadReadGBps },
        { QStringLiteral("stream_gbps"), streamGBps },
        { QStringLiteral("single_thread_stream_gbps"), singleThreadStreamGBps }, { QStringLiteral("threads"), threads },
        { QStringLiteral("giga_multiply_adds_per_thread"), dots }, { QStringLiteral("cpu"), cpuModel },
        { QStringLiteral("simd"), simd }, { QStringLiteral("measured_at"), measuredAt.toString(Qt::ISODate) },
        { QStringLiteral("seconds"), seconds } };
}

std::optional<CpuCalibration> CpuCalibration::fromJson(const QJsonObject& o, QString* error)
{
    const auto fail = [error](const QString& field) {
        if (error)
            *error = Tr::tr("calibration: %1 is missing or out of range").arg(field);
        return std::nullopt;
    };
    // A bandwidth in GB/s: present, positive and below 100 TB/s.
    const auto rate = [&o](const char* key, double* out) {
        *out = o.value(QLatin1String(key)).toDouble(-1.0);
        return *out > 0.0 && *out < 1.0e5;
    };
    CpuCalibration c;
    c.threads = o.value(QStringLiteral("threads")).toInt(-1);
    for (const auto& [key, field] :
        { std::pair { "read_gbps", &c.readGBps }, std::pair { "single_thread_read_gbps", &c.singleThreadReadGBps },
            std::pair { "stream_gbps", &c.streamGBps },
            std::pair { "single_thread_stream_gbps", &c.singleThreadStreamGBps } })
        if (!rate(key, field))
            return fail(QLatin1String(key));
    if (c.threads < 1 || c.threads > 4096)
        return fail(QStringLiteral("threads"));
    const QJsonObject dots = o.value(QStringLiteral("giga_multiply_adds_per_thread")).toObject();
    for (const QString& k : kernels()) {
        const double v = dots.value(k).toDouble(-1.0);
        if (!(v > 0.0 && v < 1.0e4))
            return fail(QStringLiteral("giga_multiply_adds_per_thread.%1").arg(k));
        c.dotGigaPerThread.insert(k, v);
    }
    c.cpuModel = o.value(QStringLiteral("cpu")).toString();
    c.simd = o.value(QStringLiteral("simd")).toString();
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
    const Int8Kernels int8 = int8Kernels();
    // One thread, then every thread (never below one thread's rate: a busy machine can make the second pass slower).
    const auto oneAndAll = [&](const auto& measure, double* one, double* all) {
        *one = measure(1);
        *all = n > 1 && !stop() ? std::max(*one, measure(n)) : *one;
        return !stop();
    };
    if (!oneAndAll([&](int t) { return readBandwidth(buffer, t); }, &c.singleThreadReadGBps, &c.readGBps)
        || !oneAndAll(
            [&](int t) { return streamBandwidth(buffer, t, int8); }, &c.singleThreadStreamGBps, &c.streamGBps))
        return {};
    c.threads = n;
    buffer = {};
    c.simd = int8.simd;
    c.dotGigaPerThread = measureKernels(int8);
    DetectionSources sources = DetectionSources::forThisMachine();
    sources.useNvml = false; // the CPU's name is all the calibration keeps
    c.cpuModel = HardwareDetector(sources).detect().cpu.model;
    c.measuredAt = QDateTime::currentDateTimeUtc();
    c.seconds = double(total.nsecsElapsed()) * 1.0e-9;
    return c;
}

} // namespace Planner
