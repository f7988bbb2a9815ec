// SPDX-FileCopyrightText: 2026 The FitPlanner authors
// SPDX-License-Identifier: MIT

// "Measure this machine": the CPU calibration's run, its JSON form, its place in the settings and its use by the
// speed estimate of a CPU plan.

#include "cpucalibration.h"
#include "fitplanner.h"
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
    c.threads = 4;
    c.dotGigaPerThread = { { QStringLiteral("F32"), 4.0 }, { QStringLiteral("Q8_0"), 6.0 },
        { QStringLiteral("Q4_0"), 5.0 }, { QStringLiteral("Q4_K"), 3.0 } };
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
        qInfo("calibration: %.2f GB/s, kernels F32 %.2f Q8_0 %.2f Q4_0 %.2f Q4_K %.2f, %lld ms of wall time",
            c.readGBps, c.dotRate(QStringLiteral("F32")), c.dotRate(QStringLiteral("Q8_0")),
            c.dotRate(QStringLiteral("Q4_0")), c.dotRate(QStringLiteral("Q4_K")), qint64(t.elapsed()));
        QVERIFY(c.isValid());
        QCOMPARE(c.threads, 1);
        QCOMPARE(c.readGBps, c.singleThreadReadGBps);
        for (const QString& k : CpuCalibration::kernels())
            QVERIFY2(c.dotRate(k) > 0.0, qPrintable(k));
        QVERIFY2(ms < 2000, qPrintable(QString::number(ms)));
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
    }

    void json()
    {
        const CpuCalibration c = sample();
        const auto back = CpuCalibration::fromJson(c.toJson());
        QVERIFY(back);
        QCOMPARE(back->readGBps, 20.0);
        QCOMPARE(back->singleThreadReadGBps, 8.0);
        QCOMPARE(back->threads, 4);
        QCOMPARE(back->dotGigaPerThread, c.dotGigaPerThread);
        QCOMPARE(back->measuredAt, c.measuredAt);
        QCOMPARE(back->cpuModel, QStringLiteral("Test CPU"));
        // Bad input names the field.
        const auto broken = [&c](const QString& key, const QJsonValue& value) {
            QJsonObject o = c.toJson();
            if (key.contains(u'.')) {
                QJsonObject dots = o.value(QStringLiteral("dot_giga_weights_per_thread")).toObject();
                dots.insert(key.section(u'.', 1), value);
                o.insert(QStringLiteral("dot_giga_weights_per_thread"), dots);
            } else {
                o.insert(key, value);
            }
            QString error;
            return CpuCalibration::fromJson(o, &error) ? QString() : error;
        };
        QVERIFY(broken(QStringLiteral("read_gbps"), -1.0).contains(QStringLiteral("read_gbps")));
        QVERIFY(broken(QStringLiteral("threads"), 0).contains(QStringLiteral("threads")));
        QVERIFY(broken(QStringLiteral("single_thread_read_gbps"), QStringLiteral("fast"))
                    .contains(QStringLiteral("single_thread_read_gbps")));
        QVERIFY(broken(QStringLiteral("dot.Q4_K"), 0.0).contains(QStringLiteral("dot_giga_weights_per_thread.Q4_K")));
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

    // A CPU-only llama.cpp plan uses the calibration: bytes at the measured bandwidth of its threads, dot products
    // at the measured rate of the recipe's kernel, a fixed cost per layer; without one the assumed figures stay.
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
        const double memory = double(cpu.activeBytesPerToken) / (16.0e9 * f.readFactor);
        const double compute = double(cpu.activeParams) / (3.0e9 * 2.0 * f.decodeKernelFactor);
        QCOMPARE(p->tokensPerSecond, 1.0 / (std::max(memory, compute) + 28.0 * f.layerSeconds));
        QVERIFY(p->speedExplanation.contains(QStringLiteral("measured on this machine")));
        QVERIFY(p->speedExplanation.contains(QStringLiteral("in the Q4_K kernel")));
        QVERIFY(!p->speedExplanation.contains(QStringLiteral("assumes 60 GB/s")));
    }
};

QTEST_GUILESS_MAIN(TestCpuCalibration)
#include "tst_cpucalibration.moc"
