// SPDX-FileCopyrightText: 2026 The FitPlanner authors
// SPDX-License-Identifier: MIT

// "Measure this machine": the CPU calibration's run, its JSON form, its place in the settings and its use by the
// speed estimate of a CPU plan.

#include "cpucalibration.h"
#include "fitplanner.h"
#include "hardwaredetector.h"
#include "preferencesstore.h"
#include "speedmodel.h"
#include "testcatalogs.h"
#include "units.h"

#include <ctime>

#include <QElapsedTimer>
#include <QJsonDocument>
#include <QSettings>
#include <QTemporaryDir>
#include <QTest>

using namespace Planner;

namespace {

CpuCalibration sample()
{
    CpuCalibration c;
    c.readGBps = 20.0;
    c.singleThreadReadGBps = 8.0;
    c.streamGBps = 15.0;
    c.singleThreadStreamGBps = 6.0;
    c.threads = 4;
    c.dotGigaPerThread
        = { { QStringLiteral("F32"), 4.0 }, { QStringLiteral("I8_MV"), 6.0 }, { QStringLiteral("I8_MM"), 9.0 } };
    c.simd = QStringLiteral("AVX2");
    c.cpuModel = QStringLiteral("Test CPU");
    c.measuredAt = QDateTime(QDate(2026, 1, 2), QTime(3, 4, 5), Qt::UTC);
    c.seconds = 0.5;
    return c;
}

} // namespace

class TestCpuCalibration : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    // The run takes well under 2 s and measures something for every kernel.
    void measuresQuickly()
    {
        // The machine that runs the tests may be shared: the bound is on the CPU time the run takes, which other
        // programs do not stretch; the wall time is printed.
        QElapsedTimer t;
        t.start();
        const std::clock_t cpuStart = std::clock();
        const CpuCalibration c = measureCpu(1);
        const qint64 ms = qint64(double(std::clock() - cpuStart) * 1000.0 / CLOCKS_PER_SEC);
        qInfo("calibration: %.2f GB/s, kernels F32 %.2f I8_MV %.2f I8_MM %.2f (%s), %lld ms of wall time", c.readGBps,
            c.dotRate(QStringLiteral("F32")), c.dotRate(QStringLiteral("I8_MV")), c.dotRate(QStringLiteral("I8_MM")),
            qPrintable(c.simd), qint64(t.elapsed()));
        QVERIFY(c.isValid());
        QCOMPARE(c.threads, 1);
        QCOMPARE(c.readGBps, c.singleThreadReadGBps);
        QCOMPARE(c.streamGBps, c.singleThreadStreamGBps);
        for (const QString& k : CpuCalibration::kernels())
            QVERIFY2(c.dotRate(k) > 0.0, qPrintable(k));
        QVERIFY2(ms < 2000, qPrintable(QString::number(ms)));
        // It names the CPU it measured, as detection does.
        DetectionSources sources = DetectionSources::forThisMachine();
        sources.useNvml = false;
        QCOMPARE(c.cpuModel, HardwareDetector(sources).detect().cpu.model);
        // The int8 kernels ran on the instructions this CPU has, named.
        QVERIFY(QStringList({ QStringLiteral("AVX-512 VNNI"), QStringLiteral("AVX-VNNI"), QStringLiteral("AVX2"),
                                QStringLiteral("portable") })
                    .contains(c.simd));
        QVERIFY(c.seconds > 0.0);
        // A cancelled run stops and reports nothing.
        QVERIFY(!measureCpu(1, [] { return true; }).isValid());
    }

    void bandwidthPerThreads()
    {
        const CpuCalibration c = sample();
        QCOMPARE(c.readGBpsWith(1), 8.0);
        QCOMPARE(c.readGBpsWith(2), 16.0);
        QCOMPARE(c.readGBpsWith(3), 20.0);
        QCOMPARE(c.readGBpsWith(0), 8.0);
        QCOMPARE(c.streamGBpsWith(2), 12.0);
        QCOMPARE(c.streamGBpsWith(4), 15.0);
    }

    void json()
    {
        const CpuCalibration c = sample();
        const auto back = CpuCalibration::fromJson(c.toJson());
        QVERIFY(back);
        QCOMPARE(back->readGBps, 20.0);
        QCOMPARE(back->singleThreadReadGBps, 8.0);
        QCOMPARE(back->threads, 4);
        QCOMPARE(back->streamGBps, 15.0);
        QCOMPARE(back->singleThreadStreamGBps, 6.0);
        QCOMPARE(back->dotGigaPerThread, c.dotGigaPerThread);
        QCOMPARE(back->measuredAt, c.measuredAt);
        QCOMPARE(back->cpuModel, QStringLiteral("Test CPU"));
        QCOMPARE(back->simd, QStringLiteral("AVX2"));
        // Bad input names the field.
        const auto broken = [&c](const QString& key, const QJsonValue& value) {
            QJsonObject o = c.toJson();
            if (key.contains(u'.')) {
                QJsonObject dots = o.value(QStringLiteral("giga_multiply_adds_per_thread")).toObject();
                dots.insert(key.section(u'.', 1), value);
                o.insert(QStringLiteral("giga_multiply_adds_per_thread"), dots);
            } else {
                o.insert(key, value);
            }
            QString error;
            return CpuCalibration::fromJson(o, &error) ? QString() : error;
        };
        QVERIFY(broken(QStringLiteral("read_gbps"), -1.0).contains(QStringLiteral("read_gbps")));
        QVERIFY(broken(QStringLiteral("threads"), 0).contains(QStringLiteral("threads")));
        QVERIFY(broken(QStringLiteral("stream_gbps"), -2.0).contains(QStringLiteral("stream_gbps")));
        QVERIFY(broken(QStringLiteral("single_thread_read_gbps"), QStringLiteral("fast"))
                    .contains(QStringLiteral("single_thread_read_gbps")));
        QVERIFY(
            broken(QStringLiteral("dot.I8_MM"), 0.0).contains(QStringLiteral("giga_multiply_adds_per_thread.I8_MM")));
        // A calibration stored by an earlier version (per-type kernels, no int8 tiles) is not used: it is measured
        // again.
        QJsonObject old = c.toJson();
        old.remove(QStringLiteral("giga_multiply_adds_per_thread"));
        old.insert(QStringLiteral("dot_giga_weights_per_thread"),
            QJsonObject { { QStringLiteral("F32"), 4.0 }, { QStringLiteral("Q8_0"), 6.0 },
                { QStringLiteral("Q4_0"), 5.0 }, { QStringLiteral("Q4_K"), 3.0 } });
        QVERIFY(!CpuCalibration::fromJson(old));
        QVERIFY(!CpuCalibration::fromJson(QJsonObject()));
    }

    void settings()
    {
        QTemporaryDir dir;
        QSettings s(dir.filePath(QStringLiteral("settings.ini")), QSettings::IniFormat);
        QVERIFY(!PreferencesStore::loadCalibration(s));
        PreferencesStore::saveCalibration(sample(), s);
        const auto back = PreferencesStore::loadCalibration(s);
        QVERIFY(back);
        QCOMPARE(back->readGBps, 20.0);
        QCOMPARE(back->dotGigaPerThread, sample().dotGigaPerThread);
        s.setValue(QStringLiteral("hardware/cpuCalibration"), QByteArray("{not json"));
        QVERIFY(!PreferencesStore::loadCalibration(s));
        // The preferences themselves do not see the calibration.
        QCOMPARE(PreferencesStore::load(s), Preferences());
    }

    // A CPU-only llama.cpp plan uses the calibration: bytes at the measured bandwidth of its threads, decode's
    // products at the int8 matrix-vector rate, prefill's at the tile rate with the output layer once per
    // micro-batch, a fixed cost per layer; without one the assumed figures stay.
    void planUsesIt()
    {
        Scenario sc;
        sc.model = TestCatalogs::model(QStringLiteral("qwen2.5-1.5b"));
        sc.recipeId = QStringLiteral("Q4_K_M");
        sc.context = 512;
        HardwareProfile hw;
        hw.ramTotal = hw.ramAvailable = 16 * GiB;
        hw.cpu.physicalCores = 2;
        PlanOptions o;
        o.promptTokens = 32;
        const FitPlanner planner(TestCatalogs::quants());
        const auto assumed = planner.plan(sc, hw, o);
        QVERIFY(assumed && assumed->verdict == Verdict::Cpu);
        QVERIFY(assumed->speedExplanation.contains(QStringLiteral("assumes 60 GB/s")));
        hw.cpuCalibration = sample();
        const auto p = planner.plan(sc, hw, o);
        QVERIFY(p);
        const DevicePlacement& cpu = p->devices.last();
        QVERIFY(cpu.isCpu);
        const CalibratedCpuFigures f;
        const double memory = double(cpu.activeBytesPerToken) / 12.0e9; // 2 threads x 6 GB/s streamed
        const double compute = double(cpu.activeParams) / (6.0e9 * 2.0);
        QCOMPARE(p->tokensPerSecond, 1.0 / (std::max(memory, compute) + 28.0 * f.layerSeconds));
        // Prefill of 32 tokens, one micro-batch: Qwen2.5-1.5B's output layer (151,936 x 1,536, tied) once at the
        // vector rate, the rest 32 times at the tile rate; attention's multiply-adds (28 layers x 12 heads x
        // (128 + 128) x (1 + ... + 32)) at the float rate.
        const double output = 151936.0 * 1536.0;
        const double multiply = (double(cpu.activeParams) - output) * 32.0 / (9.0e9 * 2.0) + output / (6.0e9 * 2.0);
        const double read = double(cpu.weights) / 12.0e9;
        const double attention = 28.0 * 12.0 * 256.0 * 528.0 / (4.0e9 * 2.0);
        QVERIFY(multiply > read);
        QCOMPARE(p->prefillSeconds, multiply + attention + 28.0 * f.layerSeconds);
        QVERIFY(p->speedExplanation.contains(QStringLiteral("measured on this machine")));
        QVERIFY(p->speedExplanation.contains(QStringLiteral("int8 kernels, AVX2")));
        QVERIFY(!p->speedExplanation.contains(QStringLiteral("assumes 60 GB/s")));
    }
};

QTEST_GUILESS_MAIN(TestCpuCalibration)
#include "tst_cpucalibration.moc"
