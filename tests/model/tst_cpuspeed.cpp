// SPDX-FileCopyrightText: 2026 The FitPlanner authors
// SPDX-License-Identifier: MIT

// llama.cpp's real CPU decode and prefill (node-llama-cpp 3.21.1, tests/data/speed/llamacpp_cpu_speed.csv) against
// the speed estimate that uses the calibration measured right before each run. The machine was shared, so each row
// keeps its own calibration: the test compares the ratio of measured to estimated speed, which the load cancels
// out of, not absolute times, and holds the median ratio over the rows within 25%.

#include "cpucalibration.h"
#include "fitplanner.h"
#include "testcatalogs.h"
#include "units.h"

#include <algorithm>
#include <vector>

#include <QFile>
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

} // namespace

class TestCpuSpeed : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void measuredAgainstEstimate()
    {
        QFile f(QStringLiteral(FITPLANNER_SOURCE_DIR "/tests/data/speed/llamacpp_cpu_speed.csv"));
        QVERIFY(f.open(QIODevice::ReadOnly | QIODevice::Text));
        const QStringList header = QString::fromUtf8(f.readLine()).trimmed().split(u',');
        const auto col = [&header](const char* name) { return int(header.indexOf(QLatin1String(name))); };
        qsizetype rows = 0;
        std::vector<double> decodeRatios;
        std::vector<double> prefillRatios;
        QSet<QString> pairs;
        QSet<int> threadCounts;
        bool moe = false;
        bool dense = false;
        while (!f.atEnd()) {
            const QStringList c = QString::fromUtf8(f.readLine()).trimmed().split(u',');
            if (c.size() != header.size())
                continue;
            const auto num = [&c, &col](const char* name) { return c[col(name)].toDouble(); };
            CpuCalibration cal;
            cal.readGBps = num("read_gbps");
            cal.singleThreadReadGBps = num("single_thread_read_gbps");
            cal.threads = int(num("calibration_threads"));
            cal.dotGigaPerThread
                = { { QStringLiteral("F32"), num("dot_f32") }, { QStringLiteral("Q8_0"), num("dot_q8_0") },
                      { QStringLiteral("Q4_0"), num("dot_q4_0") }, { QStringLiteral("Q4_K"), num("dot_q4_k") } };
            QVERIFY(cal.isValid());
            const int threads = int(num("threads"));
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
            qInfo("%s %s %d thread(s): decode measured %.2f, estimated %.2f (x%.2f); prefill measured %.1f, "
                  "estimated %.1f (x%.2f)",
                qPrintable(c[col("model")]), qPrintable(sc.recipeId), threads, num("decode_tps"), p->tokensPerSecond,
                decode, num("prefill_tps"), double(o.promptTokens) / p->prefillSeconds, prefill);
            const QString excluded = c[col("excluded")];
            if (!excluded.isEmpty()) {
                qInfo("  not checked: %s", qPrintable(excluded));
                continue;
            }
            decodeRatios.push_back(decode);
            prefillRatios.push_back(prefill);
            pairs << c[col("model")] + u' ' + sc.recipeId;
            threadCounts << threads;
            (sc.model.moe.isMoe() ? moe : dense) = true;
            ++rows;
        }
        // At least 6 model/quantization pairs, dense and MoE.
        QVERIFY(pairs.size() >= 6);
        QVERIFY(threadCounts.contains(1));
        QVERIFY(moe && dense);
        QVERIFY(rows >= pairs.size());
        // The load of the shared machine moves single runs both ways: the median ratio over the rows is held
        // within 25%.
        const auto median = [](std::vector<double> v) {
            std::sort(v.begin(), v.end());
            const size_t n = v.size();
            return n % 2 ? v[n / 2] : (v[n / 2 - 1] + v[n / 2]) / 2.0;
        };
        const double decode = median(decodeRatios);
        const double prefill = median(prefillRatios);
        qInfo("median measured / estimated over %lld rows: decode %.2f, prefill %.2f", qint64(rows), decode, prefill);
        QVERIFY(decode > 0.75 && decode < 1.25);
        QVERIFY(prefill > 0.75 && prefill < 1.25);
    }
};

QTEST_GUILESS_MAIN(TestCpuSpeed)
#include "tst_cpuspeed.moc"
