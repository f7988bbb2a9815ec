// SPDX-FileCopyrightText: 2026 The FitPlanner authors
// SPDX-License-Identifier: MIT

// llama.cpp's real CPU decode and prefill (node-llama-cpp 3.21.1, tests/data/speed/llamacpp_cpu_speed.csv) against
// the speed estimate that uses the calibration measured right before each run. The machines were shared, so each row
// keeps its own calibration: the test compares the ratio of measured to estimated speed, which the load cancels
// out of, not absolute times, and holds the median ratio over each machine's rows within 25%.

#include "cpucalibration.h"
#include "fitplanner.h"
#include "testcatalogs.h"
#include "units.h"

#include <algorithm>
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
            const QString machine = c[col("machine")];
            qInfo("%s: %s %s %d thread(s): decode measured %.2f, estimated %.2f (x%.2f); prefill measured %.1f, "
                  "estimated %.1f (x%.2f)",
                qPrintable(machine), qPrintable(c[col("model")]), qPrintable(sc.recipeId), threads, num("decode_tps"),
                p->tokensPerSecond, decode, num("prefill_tps"), double(o.promptTokens) / p->prefillSeconds, prefill);
            const QString excluded = c[col("excluded")];
            if (!excluded.isEmpty()) {
                qInfo("  not checked: %s", qPrintable(excluded));
                continue;
            }
            Ratios& r = m_machines[machine];
            r.decode.push_back(decode);
            r.prefill.push_back(prefill);
            r.pairs << c[col("model")] + u' ' + sc.recipeId;
            r.threads << threads;
            (sc.model.moe.isMoe() ? r.moe : r.dense) = true;
        }
        QVERIFY(m_machines.size() >= 2);
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
        QVERIFY(decode > 0.75 && decode < 1.25);
        // llama.cpp's AVX2 build (the "haswell" CPU variant) prefills at only 1.3-1.4x its decode rate on that
        // machine, where the estimate assumes tiled kernels several times faster than its matrix-vector ones.
        QEXPECT_FAIL("vm2-idle-avx2", "prefill on an AVX2-only CPU is several times slower than estimated", Continue);
        QVERIFY(prefill > 0.75 && prefill < 1.25);
    }

private:
    QMap<QString, Ratios> m_machines;
};

QTEST_GUILESS_MAIN(TestCpuSpeed)
#include "tst_cpuspeed.moc"
