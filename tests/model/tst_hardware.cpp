// SPDX-FileCopyrightText: 2026 The FitPlanner authors
// SPDX-License-Identifier: MIT

// Hardware probes on recorded fixtures (tests/data/hardware): fake sysfs/procfs trees, NVML answers recorded as
// JSON and replayed through the NvmlApi function table, sysctl values for Apple silicon.

#include "applesysctlprobe.h"
#include "cpuinfoprobe.h"
#include "gpucatalog.h"
#include "hardwaredetector.h"
#include "meminfoprobe.h"
#include "nvmlprobe.h"
#include "sysfsgpuprobe.h"
#include "units.h"

#include <cstring>
#include <memory>

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace Planner;

namespace {

QString dataPath(const QString& relative)
{
    return QStringLiteral(FITPLANNER_TEST_DATA "/hardware/") + relative;
}

QJsonObject readJson(const QString& relative)
{
    QFile f(dataPath(relative));
    if (!f.open(QIODevice::ReadOnly))
        qFatal("cannot read %s", qPrintable(f.fileName()));
    return QJsonDocument::fromJson(f.readAll()).object();
}

GpuCatalog catalog()
{
    QFile f(QStringLiteral(FITPLANNER_SOURCE_DIR "/resources/catalog/gpus.json"));
    if (!f.open(QIODevice::ReadOnly))
        qFatal("cannot read gpus.json");
    QList<ParseError> errors;
    return parseGpuCatalog(f.readAll(), QStringLiteral("gpus.json"), &errors);
}

// Replays a recorded NVML session. Handles are 1-based indices; calls are counted so tests can check that
// nvmlShutdown follows every successful nvmlInit_v2.
struct FakeNvml
{
    QJsonObject rec;
    int inits = 0;
    int shutdowns = 0;

    QJsonObject device(NvmlDeviceHandle h) const
    {
        return rec[QStringLiteral("devices")].toArray()[qsizetype(reinterpret_cast<quintptr>(h)) - 1].toObject();
    }

    static int copy(const QString& text, char* buffer, unsigned int size)
    {
        const QByteArray utf8 = text.toUtf8();
        if (qsizetype(size) <= utf8.size())
            return 7; // NVML_ERROR_INSUFFICIENT_SIZE
        std::memcpy(buffer, utf8.constData(), size_t(utf8.size()));
        buffer[utf8.size()] = '\0';
        return 0;
    }

    NvmlApi api(const std::shared_ptr<FakeNvml>& self) const
    {
        NvmlApi a;
        a.init = [self] {
            const int rc = self->rec[QStringLiteral("init_rc")].toInt();
            if (rc == 0)
                ++self->inits;
            return rc;
        };
        a.shutdown = [self] {
            ++self->shutdowns;
            return 0;
        };
        a.deviceGetCount = [self](unsigned int* n) {
            const QJsonObject& r = self->rec;
            *n = unsigned(r.contains(QStringLiteral("count")) ? r[QStringLiteral("count")].toInt()
                                                              : int(r[QStringLiteral("devices")].toArray().size()));
            return r[QStringLiteral("count_rc")].toInt();
        };
        a.deviceGetHandleByIndex = [self](unsigned int i, NvmlDeviceHandle* h) {
            if (i >= unsigned(self->rec[QStringLiteral("devices")].toArray().size()))
                return 2; // NVML_ERROR_INVALID_ARGUMENT
            *h = reinterpret_cast<NvmlDeviceHandle>(quintptr(i + 1));
            return self->device(*h)[QStringLiteral("handle_rc")].toInt();
        };
        a.deviceGetName = [self](NvmlDeviceHandle h, char* buffer, unsigned int size) {
            const QJsonObject d = self->device(h);
            if (const int rc = d[QStringLiteral("name_rc")].toInt())
                return rc;
            return copy(d[QStringLiteral("name")].toString(), buffer, size);
        };
        a.deviceGetMemoryInfo = [self](NvmlDeviceHandle h, NvmlMemory* m) {
            const QJsonObject d = self->device(h);
            if (const int rc = d[QStringLiteral("memory_rc")].toInt())
                return rc;
            const QJsonObject mem = d[QStringLiteral("memory")].toObject();
            m->total = static_cast<unsigned long long>(mem[QStringLiteral("total")].toInteger());
            m->free = static_cast<unsigned long long>(mem[QStringLiteral("free")].toInteger());
            m->used = static_cast<unsigned long long>(mem[QStringLiteral("used")].toInteger());
            return 0;
        };
        a.deviceGetPciInfo = [self](NvmlDeviceHandle h, NvmlPciInfo* pci) {
            const QString bus = self->device(h)[QStringLiteral("pci_bus_id")].toString();
            if (bus.isEmpty())
                return 3;
            return copy(bus, pci->busId, sizeof pci->busId);
        };
        a.systemGetDriverVersion = [self](char* buffer, unsigned int size) {
            if (const int rc = self->rec[QStringLiteral("driver_version_rc")].toInt())
                return rc;
            return copy(self->rec[QStringLiteral("driver_version")].toString(), buffer, size);
        };
        a.deviceGetMemoryBusWidth = [self](NvmlDeviceHandle h, unsigned int* w) {
            const QJsonObject d = self->device(h);
            if (!d.contains(QStringLiteral("bus_width")) || d[QStringLiteral("bus_width_rc")].toInt())
                return 3;
            *w = unsigned(d[QStringLiteral("bus_width")].toInt());
            return 0;
        };
        a.deviceGetMaxClockInfo = [self](NvmlDeviceHandle h, int type, unsigned int* clock) {
            const QJsonObject d = self->device(h);
            if (type != NvmlProbe::kClockMem || !d.contains(QStringLiteral("mem_clock_mhz")))
                return 3;
            *clock = unsigned(d[QStringLiteral("mem_clock_mhz")].toInt());
            return 0;
        };
        return a;
    }
};

std::shared_ptr<FakeNvml> recordedNvml(const QString& file)
{
    auto fake = std::make_shared<FakeNvml>();
    fake->rec = readJson(QStringLiteral("nvml/") + file);
    return fake;
}

SysctlApi recordedSysctl(const QString& file)
{
    const QJsonObject values = readJson(QStringLiteral("sysctl/") + file);
    SysctlApi api;
    api.integer = [values](const QString& name) -> std::optional<qint64> {
        if (!values.contains(name) || !values[name].isDouble())
            return std::nullopt;
        return values[name].toInteger();
    };
    api.text = [values](const QString& name) -> std::optional<QString> {
        if (!values.contains(name) || !values[name].isString())
            return std::nullopt;
        return values[name].toString();
    };
    return api;
}

bool anyNoteContains(const QStringList& notes, const QString& text)
{
    for (const QString& n : notes) {
        if (n.contains(text))
            return true;
    }
    return false;
}

} // namespace

class TestHardware : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void nvml_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<QStringList>("names");
        QTest::addColumn<QList<qint64>>("totals");
        QTest::addColumn<QList<qint64>>("frees");
        QTest::addColumn<QString>("note");

        QTest::addRow("one RTX 4090") << QStringLiteral("rtx4090.json")
                                      << QStringList { QStringLiteral("NVIDIA GeForce RTX 4090") }
                                      << QList<qint64> { 25757220864 } << QList<qint64> { 24998051840 } << QString();
        const QString n3090 = QStringLiteral("NVIDIA GeForce RTX 3090");
        QTest::addRow("four RTX 3090") << QStringLiteral("4x-rtx3090.json")
                                       << QStringList { n3090, n3090, n3090, n3090 }
                                       << QList<qint64> { 25769803776, 25769803776, 25769803776, 25769803776 }
                                       << QList<qint64> { 24159191040, 25446842368, 25446842368, 25446842368 }
                                       << QString();
        QTest::addRow("H200 of the calibration runs")
            << QStringLiteral("h200.json") << QStringList { QStringLiteral("NVIDIA H200") }
            << QList<qint64> { 150109880320 } << QList<qint64> { 149458714624 } << QString();
        QTest::addRow("driver not loaded")
            << QStringLiteral("driver-not-loaded.json") << QStringList {} << QList<qint64> {} << QList<qint64> {}
            << QStringLiteral("nvmlInit_v2 returned NVML_ERROR_DRIVER_NOT_LOADED");
        QTest::addRow("library/driver version mismatch")
            << QStringLiteral("version-mismatch.json") << QStringList {} << QList<qint64> {} << QList<qint64> {}
            << QStringLiteral("nvmlDeviceGetCount_v2 returned NVML_ERROR_LIB_RM_VERSION_MISMATCH");
        QTest::addRow("GPU lost, nameless GPU")
            << QStringLiteral("gpu-lost.json") << QStringList { QStringLiteral("NVIDIA GPU 0") }
            << QList<qint64> { 85899345920 } << QList<qint64> { 85000000000 }
            << QStringLiteral("nvmlDeviceGetMemoryInfo returned NVML_ERROR_GPU_IS_LOST");
        QTest::addRow("garbage answers") << QStringLiteral("garbage.json")
                                         << QStringList { QStringLiteral("NVIDIA GeForce RTX 4090") }
                                         << QList<qint64> { 25757220864 } << QList<qint64> { -1 }
                                         << QStringLiteral("more than the 64 FitPlanner reads");
    }

    void nvml()
    {
        QFETCH(QString, file);
        QFETCH(QStringList, names);
        QFETCH(QList<qint64>, totals);
        QFETCH(QList<qint64>, frees);
        QFETCH(QString, note);
        const auto fake = recordedNvml(file);
        QStringList notes;
        const QList<GpuDevice> gpus = NvmlProbe(fake->api(fake)).probe(&notes);
        QCOMPARE(gpus.size(), names.size());
        for (qsizetype i = 0; i < gpus.size(); ++i) {
            QCOMPARE(gpus[i].name, names[i]);
            QCOMPARE(gpus[i].vendor, GpuVendor::Nvidia);
            QCOMPARE(gpus[i].memoryTotal, totals[i]);
            QCOMPARE(gpus[i].memoryFree, frees[i]);
            QCOMPARE(gpus[i].source, QStringLiteral("nvml"));
        }
        if (note.isEmpty())
            QVERIFY2(notes.isEmpty(), qPrintable(notes.join(u'\n')));
        else
            QVERIFY2(anyNoteContains(notes, note), qPrintable(notes.join(u'\n')));
        QCOMPARE(fake->shutdowns, fake->inits); // every successful init is shut down
    }

    void nvmlDetails()
    {
        const auto fake = recordedNvml(QStringLiteral("rtx4090.json"));
        const QList<GpuDevice> gpus = NvmlProbe(fake->api(fake)).probe(nullptr);
        QCOMPARE(gpus.size(), 1);
        QCOMPARE(gpus[0].pciBusId, QStringLiteral("00000000:01:00.0"));
        QCOMPARE(gpus[0].driverVersion, QStringLiteral("550.54.14"));
        QCOMPARE(gpus[0].memoryBusWidth, 384);
        QCOMPARE(gpus[0].memoryClockMHz, 10501);
        QCOMPARE(gpus[0].memoryUsed, qint64(759169024));
        // 2 transfers x 10501 MHz x 384 bits / 8 = 1008.1 GB/s, the published 1008 GB/s.
        QCOMPARE(gpus[0].bandwidthGBps, 1008.096);
    }

    void nvmlMissingLibrary()
    {
        const NvmlLibrary library(QStringLiteral("/nonexistent/libnvidia-ml.so.1"));
        QVERIFY(!library.isLoaded());
        QVERIFY(library.errorString().contains(QStringLiteral("could not be loaded")));
        QStringList notes;
        QVERIFY(NvmlProbe(library.api()).probe(&notes).isEmpty());
        QCOMPARE(notes, QStringList { QStringLiteral("NVML is not available") });
    }

    void sysfs_data()
    {
        QTest::addColumn<QString>("root");
        QTest::addColumn<QStringList>("names");
        QTest::addColumn<QList<qint64>>("totals");
        QTest::addColumn<QList<qint64>>("frees");
        QTest::addColumn<QList<bool>>("unified");
        QTest::addColumn<int>("nvidiaCards");
        QTest::addColumn<QString>("note");

        QTest::addRow("one NVIDIA card (NVML reads it)")
            << QStringLiteral("nvidia-1gpu") << QStringList {} << QList<qint64> {} << QList<qint64> {} << QList<bool> {}
            << 1 << QString();
        QTest::addRow("four NVIDIA cards") << QStringLiteral("nvidia-4gpu") << QStringList {} << QList<qint64> {}
                                           << QList<qint64> {} << QList<bool> {} << 4 << QString();
        QTest::addRow("AMD dGPU without product name")
            << QStringLiteral("amd-dgpu") << QStringList { QStringLiteral("AMD GPU [1002:744c]") }
            << QList<qint64> { 25753026560 } << QList<qint64> { 25753026560 - GiB } << QList<bool> { false } << 0
            << QStringLiteral("exposes no product name");
        QTest::addRow("AMD APU: carve-out + GTT")
            << QStringLiteral("amd-apu") << QStringList { QStringLiteral("AMD GPU [1002:15bf]") }
            << QList<qint64> { 536870912 + 16401563648 }
            << QList<qint64> { 536870912 + 16401563648 - 104857600 - 52428800 } << QList<bool> { true } << 0
            << QStringLiteral("is an APU");
        QTest::addRow("Intel Arc A770 + integrated graphics")
            << QStringLiteral("intel-arc") << QStringList { QStringLiteral("Intel Arc A770") }
            << QList<qint64> { 17179869184 } << QList<qint64> { -1 } << QList<bool> { false } << 0
            << QStringLiteral("Intel integrated graphics at 0000:00:02.0");
        QTest::addRow("no GPU") << QStringLiteral("no-gpu") << QStringList {} << QList<qint64> {} << QList<qint64> {}
                                << QList<bool> {} << 0 << QString();
        QTest::addRow("garbage files") << QStringLiteral("garbage")
                                       << QStringList { QStringLiteral("AMD GPU [1002:744c]") }
                                       << QList<qint64> { 25753026560 } << QList<qint64> { -1 } << QList<bool> { false }
                                       << 0 << QStringLiteral("does not hold a byte count ('banana')");
    }

    void sysfs()
    {
        QFETCH(QString, root);
        QFETCH(QStringList, names);
        QFETCH(QList<qint64>, totals);
        QFETCH(QList<qint64>, frees);
        QFETCH(QList<bool>, unified);
        QFETCH(int, nvidiaCards);
        QFETCH(QString, note);
        QStringList notes;
        const SysfsGpuProbe::Result r = SysfsGpuProbe(dataPath(root)).probe(&notes);
        QCOMPARE(r.gpus.size(), names.size());
        for (qsizetype i = 0; i < r.gpus.size(); ++i) {
            QCOMPARE(r.gpus[i].name, names[i]);
            QCOMPARE(r.gpus[i].memoryTotal, totals[i]);
            QCOMPARE(r.gpus[i].memoryFree, frees[i]);
            QCOMPARE(r.gpus[i].unified, unified[i]);
            QCOMPARE(r.gpus[i].source, QStringLiteral("sysfs"));
        }
        QCOMPARE(r.nvidiaPciSlots.size(), nvidiaCards);
        if (note.isEmpty())
            QVERIFY2(notes.isEmpty(), qPrintable(notes.join(u'\n')));
        else
            QVERIFY2(anyNoteContains(notes, note), qPrintable(notes.join(u'\n')));
    }

    void sysfsGarbageIsReported()
    {
        QStringList notes;
        SysfsGpuProbe(dataPath(QStringLiteral("garbage"))).probe(&notes);
        QVERIFY(anyNoteContains(notes, QStringLiteral("vendor id is missing or unreadable")));
        QVERIFY(anyNoteContains(notes, QStringLiteral("mem_info_vram_total is missing or unreadable")));
        QVERIFY(anyNoteContains(notes, QStringLiteral("does not hold a byte count ('99999999999999999999999')")));
    }

    void memInfo_data()
    {
        QTest::addColumn<QString>("root");
        QTest::addColumn<qint64>("total");
        QTest::addColumn<qint64>("available");
        QTest::addColumn<qint64>("swapTotal");
        QTest::addColumn<int>("notes");

        QTest::addRow("64 GB desktop") << QStringLiteral("nvidia-1gpu") << qint64(65536000) * 1024
                                       << qint64(52428800) * 1024 << qint64(8388604) * 1024 << 0;
        QTest::addRow("APU laptop") << QStringLiteral("amd-apu") << qint64(32036912) * 1024 << qint64(24117248) * 1024
                                    << qint64(8388604) * 1024 << 0;
        QTest::addRow("garbage") << QStringLiteral("garbage") << qint64(0) << qint64(-1) << qint64(-1) << 4;
        QTest::addRow("missing file") << QStringLiteral("does-not-exist") << qint64(0) << qint64(-1) << qint64(-1) << 1;
    }

    void memInfo()
    {
        QFETCH(QString, root);
        QFETCH(qint64, total);
        QFETCH(qint64, available);
        QFETCH(qint64, swapTotal);
        QFETCH(int, notes);
        HardwareProfile p;
        MemInfoProbe(dataPath(root)).probe(&p);
        QCOMPARE(p.ramTotal, total);
        QCOMPARE(p.ramAvailable, available);
        QCOMPARE(p.swapTotal, swapTotal);
        QCOMPARE(p.notes.size(), notes);
    }

    void cpuInfo_data()
    {
        QTest::addColumn<QString>("root");
        QTest::addColumn<QString>("model");
        QTest::addColumn<int>("logical");
        QTest::addColumn<int>("physical");

        QTest::addRow("Ryzen 9 7950X, SMT")
            << QStringLiteral("nvidia-1gpu") << QStringLiteral("AMD Ryzen 9 7950X 16-Core Processor") << 32 << 16;
        QTest::addRow("Core i7 without SMT")
            << QStringLiteral("intel-arc") << QStringLiteral("Intel(R) Core(TM) i7-13700K") << 16 << 16;
        QTest::addRow("garbage") << QStringLiteral("garbage") << QString() << 0 << 0;
    }

    void cpuInfo()
    {
        QFETCH(QString, root);
        QFETCH(QString, model);
        QFETCH(int, logical);
        QFETCH(int, physical);
        HardwareProfile p;
        CpuInfoProbe(dataPath(root)).probe(&p);
        QCOMPARE(p.cpu.model, model);
        QCOMPARE(p.cpu.logicalCores, logical);
        QCOMPARE(p.cpu.physicalCores, physical);
        QCOMPARE(p.notes.isEmpty(), !model.isEmpty());
    }

    void apple_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<qint64>("ram");
        QTest::addColumn<qint64>("gpuMemory");
        QTest::addColumn<QString>("name");

        // Default wired limit: 3/4 of 64 GiB = 48 GiB (macOS reports recommendedMaxWorkingSetSize = 49152 MB).
        QTest::addRow("M2 Max 64 GB, default limit")
            << QStringLiteral("m2max-64gb.json") << 64 * GiB << 48 * GiB << QStringLiteral("Apple M2 Max");
        QTest::addRow("M4 Pro 24 GB, wired limit 20480 MB")
            << QStringLiteral("m4pro-24gb-wired.json") << 24 * GiB << 20480 * MiB << QStringLiteral("Apple M4 Pro");
        // 2/3 of 16 GiB: the 10922.67 MB llama.cpp logs on 16 GB Macs.
        QTest::addRow("M1 16 GB, no iogpu sysctl")
            << QStringLiteral("m1-16gb-no-iogpu.json") << 16 * GiB << 16 * GiB / 3 * 2 << QStringLiteral("Apple M1");
        QTest::addRow("Intel Mac") << QStringLiteral("intel-mac.json") << 32 * GiB << qint64(0) << QString();
    }

    void apple()
    {
        QFETCH(QString, file);
        QFETCH(qint64, ram);
        QFETCH(qint64, gpuMemory);
        QFETCH(QString, name);
        HardwareProfile p;
        AppleSysctlProbe(recordedSysctl(file)).probe(&p);
        QCOMPARE(p.ramTotal, ram);
        if (name.isEmpty()) {
            QVERIFY(p.gpus.isEmpty());
            return;
        }
        QCOMPARE(p.gpus.size(), 1);
        QCOMPARE(p.gpus[0].name, name);
        QCOMPARE(p.gpus[0].memoryTotal, gpuMemory);
        QVERIFY(p.gpus[0].unified);
        QCOMPARE(p.gpus[0].vendor, GpuVendor::Apple);
        QCOMPARE(p.cpu.model, name);
    }

    void appleWiredLimitRule_data()
    {
        QTest::addColumn<qint64>("ram");
        QTest::addColumn<qint64>("limit");
        QTest::addRow("8 GiB") << 8 * GiB << 8 * GiB / 3 * 2;
        QTest::addRow("32 GiB (21845.33 MiB)") << 32 * GiB << qint64(22906492244);
        QTest::addRow("36 GiB still 2/3") << 36 * GiB << 24 * GiB;
        QTest::addRow("48 GiB: 3/4") << 48 * GiB << 36 * GiB;
        QTest::addRow("192 GiB: 3/4") << 192 * GiB << 144 * GiB;
        QTest::addRow("zero") << qint64(0) << qint64(0);
    }

    void appleWiredLimitRule()
    {
        QFETCH(qint64, ram);
        QFETCH(qint64, limit);
        QCOMPARE(appleDefaultWiredLimit(ram), limit);
    }

    void detector_data()
    {
        QTest::addColumn<QString>("root");
        QTest::addColumn<QString>("nvml"); // recording, or empty for "NVML absent"
        QTest::addColumn<QStringList>("catalogIds");
        QTest::addColumn<QString>("note");

        QTest::addRow("RTX 4090 via NVML") << QStringLiteral("nvidia-1gpu") << QStringLiteral("rtx4090.json")
                                           << QStringList { QStringLiteral("rtx-4090") } << QString();
        QTest::addRow("4x RTX 3090 via NVML") << QStringLiteral("nvidia-4gpu") << QStringLiteral("4x-rtx3090.json")
                                              << QStringList { QStringLiteral("rtx-3090"), QStringLiteral("rtx-3090"),
                                                     QStringLiteral("rtx-3090"), QStringLiteral("rtx-3090") }
                                              << QString();
        QTest::addRow("NVIDIA card, driver not loaded")
            << QStringLiteral("nvidia-1gpu") << QStringLiteral("driver-not-loaded.json") << QStringList {}
            << QStringLiteral("1 NVIDIA GPU(s) on the PCI bus (0000:01:00.0) but NVML listed only 0");
        QTest::addRow("NVIDIA card, no NVML at all") << QStringLiteral("nvidia-1gpu") << QString() << QStringList {}
                                                     << QStringLiteral("but NVML is not available");
        QTest::addRow("AMD dGPU: not in the catalog by name")
            << QStringLiteral("amd-dgpu") << QString() << QStringList { QString() }
            << QStringLiteral("is not in the GPU catalog");
        QTest::addRow("Intel Arc A770 16 GB: same name as the 8 GB, told apart by memory")
            << QStringLiteral("intel-arc") << QString() << QStringList { QStringLiteral("arc-a770-16gb") } << QString();
        QTest::addRow("no GPU") << QStringLiteral("no-gpu") << QString() << QStringList {}
                                << QStringLiteral("no GPU was found");
        QTest::addRow("H200") << QStringLiteral("no-gpu") << QStringLiteral("h200.json")
                              << QStringList { QStringLiteral("h200") } << QString();
    }

    void detector()
    {
        QFETCH(QString, root);
        QFETCH(QString, nvml);
        QFETCH(QStringList, catalogIds);
        QFETCH(QString, note);
        DetectionSources s;
        s.root = dataPath(root);
        if (nvml.isEmpty())
            s.nvmlLibrary = QStringLiteral("/nonexistent/libnvidia-ml.so.1");
        else {
            const auto fake = recordedNvml(nvml);
            s.nvmlApi = fake->api(fake);
        }
        const HardwareProfile p = HardwareDetector(s, catalog()).detect();
        QCOMPARE(p.gpus.size(), catalogIds.size());
        for (qsizetype i = 0; i < p.gpus.size(); ++i) {
            QCOMPARE(p.gpus[i].catalogId, catalogIds[i]);
            if (!catalogIds[i].isEmpty())
                QVERIFY(p.gpus[i].bandwidthGBps > 0.0);
        }
        QVERIFY(p.ramTotal > 0);
        if (!note.isEmpty())
            QVERIFY2(anyNoteContains(p.notes, note), qPrintable(p.notes.join(u'\n')));
    }

    void detectorApple()
    {
        DetectionSources s;
        s.useNvml = false;
        s.useSysfs = false;
        s.sysctl = recordedSysctl(QStringLiteral("m2max-64gb.json"));
        const HardwareProfile p = HardwareDetector(s, catalog()).detect();
        QCOMPARE(p.gpus.size(), 1);
        QCOMPARE(p.gpus[0].catalogId, QStringLiteral("apple-m2-max"));
        QCOMPARE(p.gpus[0].bandwidthGBps, 400.0);
        QCOMPARE(p.ramBandwidthGBps, 400.0); // unified: the CPU reads the same memory
    }
};

QTEST_GUILESS_MAIN(TestHardware)
#include "tst_hardware.moc"
