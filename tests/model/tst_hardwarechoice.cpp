// SPDX-FileCopyrightText: 2026 The FitPlanner authors
// SPDX-License-Identifier: MIT

// HardwareChoice::resolve in every mode and every error, fromCli, and the app's HardwareSelection holder.
#include "hardwarechoice.h"
#include "hardwareselection.h"
#include "units.h"

#include <QFile>
#include <QSignalSpy>
#include <QTest>

using namespace Planner;

namespace {

constexpr qint64 k4090 = 25769803776; // gpus.json memory_bytes of rtx-4090 (and rtx-3090)
constexpr qint64 kH200 = qint64(143771) << 20; // as nvidia-smi reports it
constexpr qint64 k3090Free = 24159191040;

const GpuCatalog& catalog()
{
    static const GpuCatalog c = [] {
        QFile f(QStringLiteral(FITPLANNER_SOURCE_DIR "/resources/catalog/gpus.json"));
        if (!f.open(QIODevice::ReadOnly))
            qFatal("cannot read gpus.json");
        QList<ParseError> errors;
        return parseGpuCatalog(f.readAll(), QStringLiteral("gpus.json"), &errors);
    }();
    return c;
}

// Two RTX 3090 as NVML reports them, 64 GiB of RAM (51 GiB free), a CPU and a note.
HardwareProfile twoGpuMachine()
{
    HardwareProfile p;
    for (int i = 0; i < 2; ++i) {
        GpuDevice d;
        d.name = QStringLiteral("NVIDIA GeForce RTX 3090");
        d.vendor = GpuVendor::Nvidia;
        d.memoryTotal = k4090;
        d.memoryFree = k3090Free;
        d.bandwidthGBps = 936;
        d.catalogId = QStringLiteral("rtx-3090");
        d.source = QStringLiteral("nvml");
        p.gpus << d;
    }
    p.ramTotal = 64 * GiB;
    p.ramAvailable = 51 * GiB;
    p.cpu.model = QStringLiteral("AMD Ryzen 9 7950X");
    p.cpu.logicalCores = 32;
    p.ramBandwidthGBps = 80;
    p.notes << QStringLiteral("recorded");
    return p;
}

// No GPU, 32 GiB of RAM (30 GiB free).
HardwareProfile cpuMachine()
{
    HardwareProfile p;
    p.ramTotal = 32 * GiB;
    p.ramAvailable = 30 * GiB;
    p.cpu.model = QStringLiteral("Intel Core i5");
    return p;
}

HardwareProfile machineNamed(const QString& name)
{
    if (name == QLatin1String("two"))
        return twoGpuMachine();
    if (name == QLatin1String("cpu"))
        return cpuMachine();
    return {};
}

template <typename T> std::optional<T> given(T v)
{
    return v < 0 ? std::nullopt : std::optional<T>(v);
}

} // namespace

class TestHardwareChoice : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(catalog().find(QStringLiteral("rtx-4090")));
        QCOMPARE(catalog().find(QStringLiteral("rtx-4090"))->memoryBytes, k4090);
        QCOMPARE(catalog().find(QStringLiteral("h200"))->memoryBytes, kH200);
    }

    void modeIds()
    {
        for (auto m : { HardwareChoice::Mode::Detected, HardwareChoice::Mode::WhatIf, HardwareChoice::Mode::Manual })
            QCOMPARE(HardwareChoice::modeFromId(HardwareChoice::modeId(m)), std::optional(m));
        QCOMPARE(HardwareChoice::modeId(HardwareChoice::Mode::Detected), QStringLiteral("detected"));
        QCOMPARE(HardwareChoice::modeId(HardwareChoice::Mode::WhatIf), QStringLiteral("whatif"));
        QCOMPARE(HardwareChoice::modeId(HardwareChoice::Mode::Manual), QStringLiteral("manual"));
        QVERIFY(!HardwareChoice::modeFromId(QStringLiteral("auto")));
    }

    void resolve_data()
    {
        QTest::addColumn<QString>("mode");
        QTest::addColumn<QString>("gpuId");
        QTest::addColumn<int>("count"); // -1: not given
        QTest::addColumn<qint64>("vram"); // -1: not given
        QTest::addColumn<qint64>("ram"); // -1: not given
        QTest::addColumn<int>("nodes");
        QTest::addColumn<QString>("machine");
        QTest::addColumn<QStringList>("names");
        QTest::addColumn<QList<qint64>>("totals");
        QTest::addColumn<QList<qint64>>("frees");
        QTest::addColumn<qint64>("ramTotal");
        QTest::addColumn<qint64>("ramAvailable");
        QTest::addColumn<double>("ramBandwidth");
        QTest::addColumn<QStringList>("notes");
        QTest::addColumn<QString>("error");

        const QString rtx3090 = QStringLiteral("NVIDIA GeForce RTX 3090");
        const QString rtx4090 = QStringLiteral("NVIDIA GeForce RTX 4090");
        const QString h200 = QStringLiteral("NVIDIA H200 SXM");
        const QString byHand = QStringLiteral("GPU (entered by hand)");
        const QStringList recorded { QStringLiteral("recorded") };
        const QString d = QStringLiteral("detected");
        const QString w = QStringLiteral("whatif");
        const QString m = QStringLiteral("manual");
        using L = QList<qint64>;

        // Detected: the machine as it is, or with counts and sizes overridden (the command line's --gpu auto).
        QTest::addRow("detected") << d << QString() << -1 << qint64(-1) << qint64(-1) << 1 << "two"
                                  << QStringList { rtx3090, rtx3090 } << L { k4090, k4090 }
                                  << L { k3090Free, k3090Free } << 64 * GiB << 51 * GiB << 80.0 << recorded
                                  << QString();
        QTest::addRow("detected, nothing yet")
            << d << QString() << -1 << qint64(-1) << qint64(-1) << 1 << "nothing" << QStringList() << L() << L()
            << qint64(0) << qint64(-1) << 0.0 << QStringList() << QString();
        QTest::addRow("detected, first GPU")
            << d << QString() << 1 << qint64(-1) << qint64(-1) << 1 << "two" << QStringList { rtx3090 } << L { k4090 }
            << L { k3090Free } << 64 * GiB << 51 * GiB << 80.0 << recorded << QString();
        QTest::addRow("detected, no GPU")
            << d << QString() << 0 << qint64(-1) << qint64(-1) << 1 << "two" << QStringList() << L() << L() << 64 * GiB
            << 51 * GiB << 80.0 << recorded << QString();
        QTest::addRow("detected, VRAM per GPU")
            << d << QString() << -1 << 20 * GiB << qint64(-1) << 1 << "two" << QStringList { rtx3090, rtx3090 }
            << L { 20 * GiB, 20 * GiB } << L { 20 * GiB, 20 * GiB } << 64 * GiB << 51 * GiB << 80.0 << recorded
            << QString();
        QTest::addRow("detected, RAM") << d << QString() << -1 << qint64(-1) << 128 * GiB << 4 << "two"
                                       << QStringList { rtx3090, rtx3090 } << L { k4090, k4090 }
                                       << L { k3090Free, k3090Free } << 128 * GiB << 128 * GiB << 80.0 << recorded
                                       << QString();
        QTest::addRow("no GPU detected, sizes given")
            << d << QString() << 2 << 16 * GiB << qint64(-1) << 1 << "cpu"
            << QStringList { QStringLiteral("GPU with 16.0 GiB"), QStringLiteral("GPU with 16.0 GiB") }
            << L { 16 * GiB, 16 * GiB } << L { 16 * GiB, 16 * GiB } << 32 * GiB << 30 * GiB << 0.0
            << QStringList { QStringLiteral("manual GPU(s) of unknown bandwidth: no speed can be estimated") }
            << QString();
        QTest::addRow("too many GPUs") << d << QString() << 3 << qint64(-1) << qint64(-1) << 1 << "two" << QStringList()
                                       << L() << L() << qint64(0) << qint64(0) << 0.0 << QStringList()
                                       << QStringLiteral("3 GPU(s) asked for, but only 2 GPU(s) were detected");
        QTest::addRow("GPU asked for, none detected")
            << d << QString() << 1 << qint64(-1) << qint64(-1) << 1 << "cpu" << QStringList() << L() << L() << qint64(0)
            << qint64(0) << 0.0 << QStringList()
            << QStringLiteral("1 GPU(s) asked for, but only 0 GPU(s) were detected");
        // Detected with a catalog device in place of the detected GPUs (--gpu <id>): the rest of the machine stays.
        QTest::addRow("catalog device x2")
            << d << QStringLiteral("rtx-4090") << 2 << qint64(-1) << qint64(-1) << 1 << "two"
            << QStringList { rtx4090, rtx4090 } << L { k4090, k4090 } << L { k4090, k4090 } << 64 * GiB << 51 * GiB
            << 80.0 << recorded << QString();
        QTest::addRow("catalog device, VRAM")
            << d << QStringLiteral("H200") << -1 << 100 * GiB << 256 * GiB << 1 << "cpu" << QStringList { h200 }
            << L { 100 * GiB } << L { 100 * GiB } << 256 * GiB << 256 * GiB << 0.0 << QStringList() << QString();
        QTest::addRow("unified device") << d << QStringLiteral("apple-m2-ultra") << -1 << qint64(-1) << qint64(-1) << 1
                                        << "two" << QStringList { QStringLiteral("Apple M2 Ultra") } << L { 144 * GiB }
                                        << L { 144 * GiB } << 192 * GiB << 192 * GiB << 800.0 << recorded << QString();
        QTest::addRow("unified device, RAM")
            << d << QStringLiteral("apple-m2-ultra") << 1 << qint64(-1) << 64 * GiB << 1 << "cpu"
            << QStringList { QStringLiteral("Apple M2 Ultra") } << L { 48 * GiB } << L { 48 * GiB } << 64 * GiB
            << 64 * GiB << 800.0 << QStringList() << QString();
        QTest::addRow("unified device, wired limit")
            << d << QStringLiteral("apple-m4-max") << -1 << 100 * GiB << qint64(-1) << 1 << "cpu"
            << QStringList { QStringLiteral("Apple M4 Max") } << L { 100 * GiB } << L { 100 * GiB } << 128 * GiB
            << 128 * GiB << 546.0 << QStringList() << QString();
        QTest::addRow("unified x2") << d << QStringLiteral("apple-m2-ultra") << 2 << qint64(-1) << qint64(-1) << 1
                                    << "two" << QStringList() << L() << L() << qint64(0) << qint64(0) << 0.0
                                    << QStringList()
                                    << QStringLiteral("Apple M2 Ultra is unified memory: one per machine, not 2");
        QTest::addRow("unknown GPU") << d << QStringLiteral("gtx-9999") << -1 << qint64(-1) << qint64(-1) << 1 << "two"
                                     << QStringList() << L() << L() << qint64(0) << qint64(0) << 0.0 << QStringList()
                                     << QStringLiteral("unknown GPU 'gtx-9999': it is not in the GPU catalog");

        // What-if: catalog devices and RAM, nothing of this machine.
        QTest::addRow("what-if H200 x2") << w << QStringLiteral("h200") << 2 << qint64(-1) << 128 * GiB << 1 << "two"
                                         << QStringList { h200, h200 } << L { kH200, kH200 } << L { kH200, kH200 }
                                         << 128 * GiB << 128 * GiB << 0.0 << QStringList() << QString();
        QTest::addRow("what-if, no RAM given") << w << QStringLiteral("rtx-4090") << -1 << qint64(-1) << qint64(-1) << 1
                                               << "nothing" << QStringList { rtx4090 } << L { k4090 } << L { k4090 }
                                               << qint64(0) << qint64(0) << 0.0 << QStringList() << QString();
        QTest::addRow("what-if, no GPU") << w << QStringLiteral("rtx-4090") << 0 << qint64(-1) << 32 * GiB << 1 << "two"
                                         << QStringList() << L() << L() << 32 * GiB << 32 * GiB << 0.0 << QStringList()
                                         << QString();
        QTest::addRow("what-if unified") << w << QStringLiteral("apple-m1") << 1 << qint64(-1) << 16 * GiB << 1 << "two"
                                         << QStringList { QStringLiteral("Apple M1") } << L { qint64(11453246122) }
                                         << L { qint64(11453246122) } << 16 * GiB << 16 * GiB << 68.25 << QStringList()
                                         << QString();
        QTest::addRow("what-if unified x3")
            << w << QStringLiteral("apple-m1") << 3 << qint64(-1) << 16 * GiB << 1 << "two" << QStringList() << L()
            << L() << qint64(0) << qint64(0) << 0.0 << QStringList()
            << QStringLiteral("Apple M1 is unified memory: one per machine, not 3");
        QTest::addRow("what-if, no device")
            << w << QString() << 1 << qint64(-1) << 64 * GiB << 1 << "two" << QStringList() << L() << L() << qint64(0)
            << qint64(0) << 0.0 << QStringList() << QStringLiteral("no GPU chosen from the catalog");
        QTest::addRow("what-if, unknown device")
            << w << QStringLiteral("voodoo-5") << 1 << qint64(-1) << 64 * GiB << 1 << "two" << QStringList() << L()
            << L() << qint64(0) << qint64(0) << 0.0 << QStringList()
            << QStringLiteral("unknown GPU 'voodoo-5': it is not in the GPU catalog");

        // Manual: GPUs entered by hand (their free memory unknown), nothing of this machine.
        QTest::addRow("manual") << m << QStringLiteral("rtx-4090") << -1 << 24 * GiB << 32 * GiB << 1 << "two"
                                << QStringList { byHand } << L { 24 * GiB } << L { qint64(-1) } << 32 * GiB << 32 * GiB
                                << 0.0 << QStringList() << QString();
        QTest::addRow("manual x2") << m << QString() << 2 << 12 * GiB << 16 * GiB << 1 << "nothing"
                                   << QStringList { byHand, byHand } << L { 12 * GiB, 12 * GiB } << L { -1, -1 }
                                   << 16 * GiB << 16 * GiB << 0.0 << QStringList() << QString();
        QTest::addRow("manual, no GPU") << m << QString() << -1 << qint64(0) << 16 * GiB << 1 << "two" << QStringList()
                                        << L() << L() << 16 * GiB << 16 * GiB << 0.0 << QStringList() << QString();
        QTest::addRow("manual, nothing") << m << QString() << -1 << qint64(-1) << qint64(-1) << 1 << "two"
                                         << QStringList() << L() << L() << qint64(0) << qint64(0) << 0.0
                                         << QStringList() << QString();

        // Values out of range, in any mode.
        QTest::addRow("count above 64") << w << QStringLiteral("h200") << 65 << qint64(-1) << qint64(-1) << 1 << "two"
                                        << QStringList() << L() << L() << qint64(0) << qint64(0) << 0.0 << QStringList()
                                        << QStringLiteral("65 GPUs: the count must be from 0 to 64");
        QTest::addRow("negative VRAM") << m << QString() << -1 << qint64(-5) << qint64(-1) << 1 << "two"
                                       << QStringList() << L() << L() << qint64(0) << qint64(0) << 0.0 << QStringList()
                                       << QStringLiteral("GPU memory of -5 bytes: it cannot be negative");
        QTest::addRow("negative RAM") << d << QString() << -1 << qint64(-1) << qint64(-7) << 1 << "two" << QStringList()
                                      << L() << L() << qint64(0) << qint64(0) << 0.0 << QStringList()
                                      << QStringLiteral("RAM of -7 bytes: it cannot be negative");
        QTest::addRow("no node") << d << QString() << -1 << qint64(-1) << qint64(-1) << 0 << "two" << QStringList()
                                 << L() << L() << qint64(0) << qint64(0) << 0.0 << QStringList()
                                 << QStringLiteral("0 nodes: the count must be from 1 to 1024");
    }

    void resolve()
    {
        QFETCH(QString, mode);
        QFETCH(QString, gpuId);
        QFETCH(int, count);
        QFETCH(qint64, vram);
        QFETCH(qint64, ram);
        QFETCH(int, nodes);
        QFETCH(QString, machine);
        QFETCH(QStringList, names);
        QFETCH(QList<qint64>, totals);
        QFETCH(QList<qint64>, frees);
        QFETCH(qint64, ramTotal);
        QFETCH(qint64, ramAvailable);
        QFETCH(double, ramBandwidth);
        QFETCH(QStringList, notes);
        QFETCH(QString, error);

        HardwareChoice c;
        c.mode = *HardwareChoice::modeFromId(mode);
        c.gpuId = gpuId;
        // A negative VRAM or RAM below -1 is a value given, to be refused.
        c.gpuCount = given(count);
        c.vramBytes = vram < -1 ? std::optional<qint64>(vram) : given(vram);
        c.ramBytes = ram < -1 ? std::optional<qint64>(ram) : given(ram);
        c.nodes = nodes;

        QString why = QStringLiteral("untouched");
        const auto hw = c.resolve(machineNamed(machine), catalog(), &why);
        if (!error.isEmpty()) {
            QVERIFY(!hw);
            QCOMPARE(why, error);
            QVERIFY(!c.resolve(machineNamed(machine), catalog())); // no error string wanted: still refused
            return;
        }
        QVERIFY2(hw, qPrintable(why));
        QStringList gotNames;
        QList<qint64> gotTotals;
        QList<qint64> gotFrees;
        for (const GpuDevice& g : hw->gpus) {
            gotNames << g.name;
            gotTotals << g.memoryTotal;
            gotFrees << g.memoryFree;
        }
        QCOMPARE(gotNames, names);
        QCOMPARE(gotTotals, totals);
        QCOMPARE(gotFrees, frees);
        QCOMPARE(hw->ramTotal, ramTotal);
        QCOMPARE(hw->ramAvailable, ramAvailable);
        QCOMPARE(hw->ramBandwidthGBps, ramBandwidth);
        QCOMPARE(hw->notes, notes);
        // The CPU is this machine's only when the choice starts from it.
        QCOMPARE(hw->cpu.model, mode == QLatin1String("detected") ? machineNamed(machine).cpu.model : QString());
    }

    void catalogDevicesAreTheCatalogs()
    {
        HardwareChoice c;
        c.mode = HardwareChoice::Mode::WhatIf;
        c.gpuId = QStringLiteral("h200");
        const auto hw = c.resolve({}, catalog());
        QVERIFY(hw);
        QCOMPARE(hw->gpus.size(), 1);
        const GpuDevice expected = catalog().find(QStringLiteral("h200"))->toDevice();
        QCOMPARE(hw->gpus[0].catalogId, expected.catalogId);
        QCOMPARE(hw->gpus[0].bandwidthGBps, expected.bandwidthGBps);
        QCOMPARE(hw->gpus[0].fp16Tflops, expected.fp16Tflops);
        QCOMPARE(hw->gpus[0].source, QStringLiteral("catalog"));
    }

    void fromCli_data()
    {
        QTest::addColumn<QString>("gpu");
        QTest::addColumn<int>("count");
        QTest::addColumn<qint64>("vram");
        QTest::addColumn<qint64>("ram");
        QTest::addColumn<QString>("gpuId");
        QTest::addColumn<int>("expectedCount");
        QTest::addColumn<qint64>("expectedVram");

        QTest::addRow("auto") << QStringLiteral("auto") << -1 << qint64(-1) << qint64(-1) << QString() << -1
                              << qint64(-1);
        QTest::addRow("AUTO with overrides")
            << QStringLiteral(" AUTO ") << 2 << 8 * GiB << 16 * GiB << QString() << 2 << 8 * GiB;
        QTest::addRow("none drops GPU values")
            << QStringLiteral("none") << 4 << 8 * GiB << 16 * GiB << QString() << 0 << qint64(-1);
        QTest::addRow("catalog id") << QStringLiteral("h200") << 8 << qint64(-1) << qint64(-1) << QStringLiteral("h200")
                                    << 8 << qint64(-1);
        QTest::addRow("nothing given is auto")
            << QString() << -1 << qint64(-1) << qint64(-1) << QString() << -1 << qint64(-1);
    }

    void fromCli()
    {
        QFETCH(QString, gpu);
        QFETCH(int, count);
        QFETCH(qint64, vram);
        QFETCH(qint64, ram);
        QFETCH(QString, gpuId);
        QFETCH(int, expectedCount);
        QFETCH(qint64, expectedVram);
        const HardwareChoice c = HardwareChoice::fromCli(gpu, given(count), given(vram), given(ram), 3);
        QCOMPARE(c.mode, HardwareChoice::Mode::Detected);
        QCOMPARE(c.gpuId, gpuId);
        QCOMPARE(c.gpuCount, given(expectedCount));
        QCOMPARE(c.vramBytes, given(expectedVram));
        QCOMPARE(c.ramBytes, given(ram));
        QCOMPARE(c.nodes, 3);
    }

    void noneKeepsTheMachinesRam()
    {
        const auto hw = HardwareChoice::fromCli(QStringLiteral("none"), 2, 8 * GiB, std::nullopt)
                            .resolve(twoGpuMachine(), catalog());
        QVERIFY(hw);
        QVERIFY(hw->gpus.isEmpty());
        QCOMPARE(hw->ramTotal, 64 * GiB);
        QCOMPARE(hw->ramAvailable, 51 * GiB);
        QCOMPARE(hw->cpu.logicalCores, 32);
    }

    void equality()
    {
        HardwareChoice a;
        HardwareChoice b;
        QVERIFY(a == b);
        b.ramBytes = 0;
        QVERIFY(a != b);
        b = a;
        b.nodes = 2;
        QVERIFY(a != b);
        b = a;
        b.gpuCount = 1;
        QVERIFY(a != b);
    }

    // The app's holder: detection decides the mode until one is chosen; mode switches start from what is in use.
    void selectionFollowsDetectionUntilChosen()
    {
        HardwareSelection s(catalog());
        QCOMPARE(s.choice().mode, HardwareChoice::Mode::Manual);
        QVERIFY(!s.isChosen());
        QCOMPARE(s.capacity(), CapacityInput {}); // the default hand-entered capacity
        QSignalSpy changed(&s, &HardwareSelection::changed);
        s.setDetected(twoGpuMachine());
        QCOMPARE(changed.count(), 1);
        QCOMPARE(s.choice().mode, HardwareChoice::Mode::Detected);
        QVERIFY(!s.isChosen());
        QCOMPARE(s.capacity(), (CapacityInput { 2 * k3090Free, 51 * GiB }));
        QCOMPARE(s.profile().cpu.model, QStringLiteral("AMD Ryzen 9 7950X"));

        // Manual starts from the capacity in use.
        s.setMode(HardwareChoice::Mode::Manual);
        QCOMPARE(changed.count(), 2);
        QVERIFY(s.isChosen());
        QCOMPARE(s.choice().vramBytes, std::optional(2 * k3090Free));
        QCOMPARE(s.choice().ramBytes, std::optional(51 * GiB));
        QCOMPARE(s.profile().gpus.size(), 1);
        QCOMPARE(s.profile().gpus[0].name, QStringLiteral("GPU (entered by hand)"));
        QCOMPARE(s.capacity(), (CapacityInput { 2 * k3090Free, 51 * GiB }));

        // What-if starts from the detected device, its count and the RAM in use.
        s.setMode(HardwareChoice::Mode::WhatIf);
        QCOMPARE(s.choice().gpuId, QStringLiteral("rtx-3090"));
        QCOMPARE(s.choice().gpuCount, std::optional(2));
        QCOMPARE(s.choice().ramBytes, std::optional(51 * GiB));
        QVERIFY(!s.choice().vramBytes);
        QCOMPARE(s.capacity(), (CapacityInput { 2 * k4090, 51 * GiB }));

        // What-if RAM is whole GiB: the RAM in use is rounded to it.
        s.setManual(8 * GiB, 23 * GiB + GiB / 2);
        s.setMode(HardwareChoice::Mode::WhatIf);
        QCOMPARE(s.choice().ramBytes, std::optional(24 * GiB));
        s.setManual(8 * GiB, 23 * GiB + GiB / 2 - 1);
        s.setMode(HardwareChoice::Mode::WhatIf);
        QCOMPARE(s.choice().ramBytes, std::optional(23 * GiB));
        QVERIFY(s.setWhatIf(QStringLiteral("rtx-3090"), 2, 51 * GiB));

        // A chosen mode stays when detection reports again.
        s.setDetected(cpuMachine());
        QCOMPARE(s.choice().mode, HardwareChoice::Mode::WhatIf);
        QCOMPARE(s.capacity(), (CapacityInput { 2 * k4090, 51 * GiB }));
        s.setMode(HardwareChoice::Mode::Detected);
        QCOMPARE(s.choice(), HardwareChoice {});
        QCOMPARE(s.capacity(), (CapacityInput { 0, 30 * GiB }));
        const qsizetype before = changed.count();
        s.setMode(HardwareChoice::Mode::Detected); // no change, no signal
        QCOMPARE(changed.count(), before);
    }

    void selectionSetters()
    {
        HardwareSelection s(catalog());
        QSignalSpy changed(&s, &HardwareSelection::changed);
        QVERIFY(!s.setWhatIf(QStringLiteral("no-such-gpu"), 1, 64 * GiB));
        QCOMPARE(changed.count(), 0);
        QVERIFY(s.setWhatIf(QStringLiteral("H200"), 2, 128 * GiB));
        QCOMPARE(changed.count(), 1);
        QCOMPARE(s.choice().gpuId, QStringLiteral("h200"));
        QCOMPARE(s.capacity(), (CapacityInput { 2 * kH200, 128 * GiB }));
        QVERIFY(s.isChosen());
        // A what-if machine knows nothing of this one, before or after detection.
        s.setDetected(twoGpuMachine());
        QCOMPARE(s.choice().mode, HardwareChoice::Mode::WhatIf);
        QCOMPARE(s.profile().cpu.model, QString());

        s.setManual(48 * GiB, 32 * GiB);
        QCOMPARE(s.choice().mode, HardwareChoice::Mode::Manual);
        QCOMPARE(s.capacity(), (CapacityInput { 48 * GiB, 32 * GiB }));
        s.setManual(0, 32 * GiB);
        QVERIFY(s.profile().gpus.isEmpty());
        // Back to What-if: the device chosen before, one of it, the RAM in use.
        s.setMode(HardwareChoice::Mode::WhatIf);
        QCOMPARE(s.choice().gpuId, QStringLiteral("h200"));
        QCOMPARE(s.choice().gpuCount, std::optional(1));
        QCOMPARE(s.choice().ramBytes, std::optional(32 * GiB));

        // A choice that cannot be met: no profile, the reason.
        HardwareChoice bad;
        bad.mode = HardwareChoice::Mode::WhatIf;
        bad.gpuId = QStringLiteral("apple-m2-ultra");
        bad.gpuCount = 2;
        s.setChoice(bad);
        QCOMPARE(s.error(), QStringLiteral("Apple M2 Ultra is unified memory: one per machine, not 2"));
        QVERIFY(s.profile().gpus.isEmpty());
        QCOMPARE(s.capacity(), (CapacityInput { 0, 0 }));
        s.setChoice(HardwareChoice {}, false);
        QVERIFY(s.error().isEmpty());
        QVERIFY(!s.isChosen());
    }
};

QTEST_GUILESS_MAIN(TestHardwareChoice)
#include "tst_hardwarechoice.moc"
