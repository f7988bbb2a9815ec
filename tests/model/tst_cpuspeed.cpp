// SPDX-FileCopyrightText: 2026 The FitPlanner authors
// SPDX-License-Identifier: MIT

// llama.cpp's real CPU decode and prefill (node-llama-cpp 3.21.1, tests/data/speed/llamacpp_cpu_speed.csv) against
// the speed estimate that uses the calibration measured right before each run. Each row keeps its own calibration:
// the test compares the ratio of measured to estimated speed, which a machine's load cancels out of, not absolute
// times, holds the median ratio over each machine's rows within 25% and every row within 0.45 to 2.2. Rows with a
// reason in `excluded` are printed, not checked.

#include "cpucalibration.h"
#include "fitplanner.h"
#include "testcatalogs.h"
#include "units.h"

#include <algorithm>
#include <cmath>
#include <vector>

#include <QFile>
#include <QMap>
#include <QSet>
#include <QTest>

using namespace Planner;

namespace {

// The architectures of tests/bench/accuracy/llamacpp/models.mjs: catalog models, two of them cut to fewer layers.
ModelSpec measuredModel(const QString& id)
{
    const auto cut = [](const QString& catalogId, qint64 layers) {
        ModelSpec s = TestCatalogs::model(catalogId);
        s.numLayers = layers;
        s.layers.resize(size_t(layers));
        return s;
    };
    if (id == QLatin1String("qwen3-30b-a3b-4L"))
        return cut(QStringLiteral("qwen3-30b-a3b"), 4);
    if (id == QLatin1String("deepseek-v2-lite-6L"))
        return cut(QStringLiteral("deepseek-v2-lite"), 6);
    return TestCatalogs::model(id);
}

struct Ratios
{
    std::vector<double> decode;
    std::vector<double> prefill;
    QSet<QString> pairs;
    QSet<int> threads;
    bool moe = false;
    bool dense = false;
};

double median(std::vector<double> v)
{
    std::sort(v.begin(), v.end());
    const size_t n = v.size();
    return n == 0 ? 0.0 : n % 2 ? v[n / 2] : (v[n / 2 - 1] + v[n / 2]) / 2.0;
}

} // namespace

class TestCpuSpeed : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QFile f(QStringLiteral(FITPLANNER_SOURCE_DIR "/tests/data/speed/llamacpp_cpu_speed.csv"));
        QVERIFY(f.open(QIODevice::ReadOnly | QIODevice::Text));
        const QStringList header = QString::fromUtf8(f.readLine()).trimmed().split(u',');
        const auto col = [&header](const char* name) { return int(header.indexOf(QLatin1String(name))); };
        QVERIFY(col("machine") >= 0 && col("excluded") >= 0);
        while (!f.atEnd()) {
            const QStringList c = QString::fromUtf8(f.readLine()).trimmed().split(u',');
            QCOMPARE(c.size(), header.size());
            const auto num = [&c, &col](const char* name) { return c[col(name)].toDouble(); };
            const QString machine = c[col("machine")];
            const QString excluded = c[col("excluded")];
            const int threads = int(num("threads"));
            if (!excluded.isEmpty()) {
                qInfo("%s: %s %s %d thread(s): decode %.2f, prefill %.1f tokens/s, not checked: %s",
                    qPrintable(machine), qPrintable(c[col("model")]), qPrintable(c[col("quant")]), threads,
                    num("decode_tps"), num("prefill_tps"), qPrintable(excluded));
                continue;
            }
            CpuCalibration cal;
            cal.readGBps = num("read_gbps");
            cal.singleThreadReadGBps = num("single_thread_read_gbps");
            cal.streamGBps = num("stream_gbps");
            cal.singleThreadStreamGBps = num("single_thread_stream_gbps");
            cal.threads = int(num("calibration_threads"));
            cal.dotGigaPerThread = { { QStringLiteral("F32"), num("dot_f32") },
                { QStringLiteral("I8_MV"), num("dot_i8_mv") }, { QStringLiteral("I8_MM"), num("dot_i8_mm") } };
            cal.simd = c[col("simd")];
            QVERIFY(cal.isValid());
            Scenario sc;
            sc.model = measuredModel(c[col("model")]);
            sc.recipeId = c[col("quant")];
            sc.context = 512;
            HardwareProfile hw;
            hw.ramTotal = hw.ramAvailable = 16 * GiB;
            hw.cpu.physicalCores = threads;
            hw.cpuCalibration = cal;
            PlanOptions o;
            o.promptTokens = qint64(num("prompt"));
            QString error;
            const auto p = FitPlanner(TestCatalogs::quants()).plan(sc, hw, o, &error);
            QVERIFY2(p && p->verdict == Verdict::Cpu, qPrintable(error));
            const double decode = num("decode_tps") / p->tokensPerSecond;
            const double prefill = num("prefill_tps") / (double(o.promptTokens) / p->prefillSeconds);
            const double bytes = double(p->devices.last().activeBytesPerToken);
            qInfo("%s: %s %s %d thread(s): decode measured %.2f, estimated %.2f (x%.2f; %.0f MB per token, llama.cpp "
                  "read %.1f GB/s, calibration streamed %.1f); prefill measured %.1f, estimated %.1f (x%.2f)",
                qPrintable(machine), qPrintable(c[col("model")]), qPrintable(sc.recipeId), threads, num("decode_tps"),
                p->tokensPerSecond, decode, bytes * 1.0e-6, bytes * num("decode_tps") * 1.0e-9,
                cal.streamGBpsWith(threads), num("prefill_tps"), double(o.promptTokens) / p->prefillSeconds, prefill);
            Ratios& r = m_machines[machine];
            r.decode.push_back(decode);
            r.prefill.push_back(prefill);
            r.pairs << c[col("model")] + u' ' + sc.recipeId;
            r.threads << threads;
            (sc.model.moe.isMoe() ? r.moe : r.dense) = true;
        }
        QVERIFY(!m_machines.isEmpty());
    }

    // Per machine: at least 6 model/quantization pairs, dense and MoE. Single runs on a shared machine move
    // both ways, so the median ratio of measured to estimated speed over the machine's rows is held within 25%.
    void measuredAgainstEstimate_data()
    {
        QTest::addColumn<QString>("machine");
        for (auto it = m_machines.cbegin(); it != m_machines.cend(); ++it)
            QTest::newRow(qPrintable(it.key())) << it.key();
    }

    void measuredAgainstEstimate()
    {
        QFETCH(QString, machine);
        const Ratios& r = m_machines.value(machine);
        QVERIFY(r.pairs.size() >= 6);
        QVERIFY(r.threads.contains(1));
        QVERIFY(r.moe && r.dense);
        const double decode = median(r.decode);
        const double prefill = median(r.prefill);
        qInfo("%s: median measured / estimated over %lld rows: decode %.2f, prefill %.2f", qPrintable(machine),
            qint64(r.decode.size()), decode, prefill);
        const auto within = [](const std::vector<double>& v, double tolerance) {
            return std::count_if(
                v.cbegin(), v.cend(), [tolerance](double x) { return std::abs(x - 1.0) <= tolerance; });
        };
        qInfo("%s: rows within 25%%: decode %lld, prefill %lld of %lld; decode %.2f to %.2f, prefill %.2f to %.2f",
            qPrintable(machine), qint64(within(r.decode, 0.25)), qint64(within(r.prefill, 0.25)),
            qint64(r.decode.size()), *std::min_element(r.decode.cbegin(), r.decode.cend()),
            *std::max_element(r.decode.cbegin(), r.decode.cend()),
            *std::min_element(r.prefill.cbegin(), r.prefill.cend()),
            *std::max_element(r.prefill.cbegin(), r.prefill.cend()));
        QVERIFY(decode > 0.75 && decode < 1.25);
        QVERIFY(prefill > 0.75 && prefill < 1.25);
        // No single row off by more than about twice: the estimate has no per-model or per-type fudge to hide behind.
        for (const std::vector<double>* v : { &r.decode, &r.prefill })
            for (double x : *v)
                QVERIFY2(x > 0.45 && x < 2.2, qPrintable(QString::number(x)));
    }

private:
    QMap<QString, Ratios> m_machines;
};

QTEST_GUILESS_MAIN(TestCpuSpeed)
#include "tst_cpuspeed.moc"
