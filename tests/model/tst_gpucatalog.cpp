// SPDX-FileCopyrightText: 2026 The FitPlanner authors
// SPDX-License-Identifier: MIT

// gpus.json: the shipped catalog validates cleanly; bad entries are reported with index, id and field and
// skipped; driver-reported names are matched to the right entry, a laptop GPU never to its desktop namesake.

#include "gpucatalog.h"
#include "units.h"

#include <QFile>
#include <QTest>

using namespace Planner;

namespace {

QByteArray shipped()
{
    QFile f(QStringLiteral(FITPLANNER_SOURCE_DIR "/resources/catalog/gpus.json"));
    if (!f.open(QIODevice::ReadOnly))
        qFatal("cannot read gpus.json");
    return f.readAll();
}

const GpuCatalog& catalog()
{
    static const GpuCatalog c = [] {
        QList<ParseError> errors;
        GpuCatalog parsed = parseGpuCatalog(shipped(), QStringLiteral("gpus.json"), &errors);
        if (!errors.isEmpty())
            qFatal("%s", qPrintable(messages(errors).join(u'\n')));
        return parsed;
    }();
    return c;
}

QByteArray withEntry(const QByteArray& entry)
{
    const QByteArray good = R"({"id": "good", "name": "Good GPU", "vendor": "nvidia", "memory_bytes": 1024,
        "bandwidth_gbps": 1.5, "fp16_tflops": 2, "unified": false, "match": ["Good GPU"]})";
    return "{\"schema\": 1, \"gpus\": [" + good + ", " + entry + "]}";
}

} // namespace

class TestGpuCatalog : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void shippedCatalogIsClean()
    {
        QList<ParseError> errors;
        const GpuCatalog c = parseGpuCatalog(shipped(), QStringLiteral("gpus.json"), &errors);
        QVERIFY2(errors.isEmpty(), qPrintable(messages(errors).join(u'\n')));
        QCOMPARE(c.gpus.size(), 136);
        const GpuSpec* h200 = c.find(QStringLiteral("h200"));
        QVERIFY(h200);
        QCOMPARE(h200->memoryBytes, qint64(143771) * 1024 * 1024); // as nvidia-smi reports it
        QCOMPARE(h200->bandwidthGBps, 4800.0);
        QCOMPARE(h200->fp16Tflops, 989.5);
        QVERIFY(!h200->unified);
        const GpuSpec* m2u = c.find(QStringLiteral("apple-m2-ultra"));
        QVERIFY(m2u && m2u->unified);
        QCOMPARE(m2u->memoryOptionsGb, (QList<int> { 64, 128, 192 }));
    }

    void newDevices()
    {
        const GpuCatalog& c = catalog();
        const GpuSpec* laptop = c.find(QStringLiteral("rtx-4090-laptop"));
        QVERIFY(laptop);
        QCOMPARE(laptop->name, QStringLiteral("NVIDIA GeForce RTX 4090 Laptop GPU"));
        QCOMPARE(laptop->segment, QStringLiteral("laptop"));
        QCOMPARE(laptop->memoryBytes, 16 * GiB);
        QCOMPARE(laptop->bandwidthGBps, 576.0);
        QCOMPARE(laptop->fp16Tflops, 79.4); // 76 SMs x 512 FLOP/clk x 2040 MHz
        QVERIFY(!laptop->unified);
        const GpuSpec* laptop5090 = c.find(QStringLiteral("rtx-5090-laptop"));
        QVERIFY(laptop5090);
        QCOMPARE(laptop5090->memoryBytes, 24 * GiB);
        QCOMPARE(laptop5090->bandwidthGBps, 896.0);
        QCOMPARE(laptop5090->fp16Tflops, 90.7); // 82 SMs x 512 x 2160 MHz

        const GpuSpec* spark = c.find(QStringLiteral("dgx-spark"));
        QVERIFY(spark && spark->unified);
        QCOMPARE(spark->memoryBytes, 128 * GiB);
        QCOMPARE(spark->bandwidthGBps, 273.0);
        QCOMPARE(spark->memoryOptionsGb, QList<int> { 128 });
        const GpuSpec* strix = c.find(QStringLiteral("ryzen-ai-max-395"));
        QVERIFY(strix && strix->unified);
        QCOMPARE(strix->vendor, GpuVendor::Amd);
        QCOMPARE(strix->bandwidthGBps, 256.0);
        QCOMPARE(strix->fp16Tflops, 59.4); // 40 CUs x 512 x 2900 MHz
        QCOMPARE(strix->memoryOptionsGb, (QList<int> { 64, 128 }));
        const GpuSpec* m5max = c.find(QStringLiteral("apple-m5-max"));
        QVERIFY(m5max && m5max->unified);
        QCOMPARE(m5max->bandwidthGBps, 614.0);
        QCOMPARE(m5max->memoryOptionsGb, (QList<int> { 36, 48, 64, 128 }));
        QCOMPARE(c.find(QStringLiteral("apple-m5"))->bandwidthGBps, 153.0);

        const GpuSpec* b300 = c.find(QStringLiteral("b300"));
        QVERIFY(b300);
        QCOMPARE(b300->memoryBytes, 288 * GiB);
        QCOMPARE(b300->fp16Tflops, 2250.0);
        QCOMPARE(c.find(QStringLiteral("instinct-mi355x"))->fp16Tflops, 2516.6); // 256 CUs x 4096 x 2400 MHz
        QCOMPARE(c.find(QStringLiteral("rtx-pro-6000-blackwell-max-q"))->fp16Tflops, 440.5); // 188 x 1024 x 2288

        // Every laptop and unified entry carries its sources in the notes.
        for (const GpuSpec& g : c.gpus) {
            if (g.segment != QLatin1String("laptop") && g.segment != QLatin1String("unified"))
                continue;
            QVERIFY2(!g.notes.isEmpty() && g.notes.join(u' ').contains(QLatin1String("https://")), qPrintable(g.id));
        }
    }

    void badEntries_data()
    {
        QTest::addColumn<QByteArray>("entry");
        QTest::addColumn<QString>("message");

        QTest::addRow("missing memory") << QByteArray(R"({"id": "x", "name": "X", "vendor": "amd", "bandwidth_gbps": 1,
            "fp16_tflops": 1, "unified": false, "match": ["X"]})")
                                        << QStringLiteral("g.json: gpus[1] (x).memory_bytes: is missing");
        QTest::addRow("memory as text")
            << QByteArray(R"({"id": "x", "name": "X", "vendor": "amd", "memory_bytes": "24 GB",
            "bandwidth_gbps": 1, "fp16_tflops": 1, "unified": false, "match": ["X"]})")
            << QStringLiteral(
                   "g.json: gpus[1] (x).memory_bytes: must be a positive whole number of bytes (at most 1 PiB)");
        QTest::addRow("negative bandwidth")
            << QByteArray(R"({"id": "x", "name": "X", "vendor": "amd", "memory_bytes": 8,
            "bandwidth_gbps": -1, "fp16_tflops": 1, "unified": false, "match": ["X"]})")
            << QStringLiteral("g.json: gpus[1] (x).bandwidth_gbps: must be above 0 and at most 1e+06");
        QTest::addRow("unknown vendor")
            << QByteArray(R"({"id": "x", "name": "X", "vendor": "3dfx", "memory_bytes": 8,
            "bandwidth_gbps": 1, "fp16_tflops": 1, "unified": false, "match": ["X"]})")
            << QStringLiteral("g.json: gpus[1] (x).vendor: must be one of nvidia, amd, intel, apple (not '3dfx')");
        QTest::addRow("empty match list")
            << QByteArray(R"({"id": "x", "name": "X", "vendor": "amd", "memory_bytes": 8,
            "bandwidth_gbps": 1, "fp16_tflops": 1, "unified": false, "match": []})")
            << QStringLiteral("g.json: gpus[1] (x).match: must be a non-empty array of strings");
        QTest::addRow("unified as string")
            << QByteArray(R"({"id": "x", "name": "X", "vendor": "apple", "memory_bytes": 8,
            "bandwidth_gbps": 1, "fp16_tflops": 1, "unified": "yes", "match": ["X"]})")
            << QStringLiteral("g.json: gpus[1] (x).unified: must be true or false, found string");
        QTest::addRow("bad memory options")
            << QByteArray(R"({"id": "x", "name": "X", "vendor": "apple", "memory_bytes": 8,
            "bandwidth_gbps": 1, "fp16_tflops": 1, "unified": true, "match": ["X"], "memory_options_gb": [16, -8]})")
            << QStringLiteral(
                   "g.json: gpus[1] (x).memory_options_gb: must be a non-empty array of positive whole numbers of GB");
        QTest::addRow("duplicate id") << QByteArray(R"({"id": "GOOD", "name": "X", "vendor": "amd", "memory_bytes": 8,
            "bandwidth_gbps": 1, "fp16_tflops": 1, "unified": false, "match": ["X"]})")
                                      << QStringLiteral("g.json: gpus[1] (GOOD).id: 'GOOD' appears more than once");
        QTest::addRow("not an object") << QByteArray("42") << QStringLiteral("g.json: gpus[1]: must be an object");
        QTest::addRow("no id") << QByteArray(R"({"name": "X", "vendor": "amd", "memory_bytes": 8,
            "bandwidth_gbps": 1, "fp16_tflops": 1, "unified": false, "match": ["X"]})")
                               << QStringLiteral("g.json: gpus[1].id: is missing");
    }

    void badEntries()
    {
        QFETCH(QByteArray, entry);
        QFETCH(QString, message);
        QList<ParseError> errors;
        const GpuCatalog c = parseGpuCatalog(withEntry(entry), QStringLiteral("g.json"), &errors);
        QCOMPARE(c.gpus.size(), 1); // the good entry survives, the bad one is skipped
        QCOMPARE(c.gpus[0].id, QStringLiteral("good"));
        QCOMPARE(messages(errors), QStringList { message });
    }

    void badFiles_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<QString>("message");
        QTest::addRow("truncated") << shipped().left(5000)
                                   << QStringLiteral("g.json: is not valid JSON (truncated or malformed)");
        QTest::addRow("empty") << QByteArray() << QStringLiteral("g.json: is not valid JSON (truncated or malformed)");
        QTest::addRow("no gpus array") << QByteArray(R"({"gpus": {}})")
                                       << QStringLiteral("g.json: gpus: must be an array");
    }

    void badFiles()
    {
        QFETCH(QByteArray, json);
        QFETCH(QString, message);
        QList<ParseError> errors;
        const GpuCatalog c = parseGpuCatalog(json, QStringLiteral("g.json"), &errors);
        QVERIFY(c.gpus.isEmpty());
        QCOMPARE(messages(errors), QStringList { message });
    }

    void match_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<qint64>("memory");
        QTest::addColumn<QString>("id");

        QTest::addRow("4090") << QStringLiteral("NVIDIA GeForce RTX 4090") << qint64(25757220864)
                              << QStringLiteral("rtx-4090");
        QTest::addRow("4090 D: longer suffix")
            << QStringLiteral("NVIDIA GeForce RTX 4090 D") << qint64(-1) << QStringLiteral("rtx-4090-d");
        QTest::addRow("4070 Ti SUPER") << QStringLiteral("NVIDIA GeForce RTX 4070 Ti SUPER") << qint64(-1)
                                       << QStringLiteral("rtx-4070-ti-super");
        QTest::addRow("4090 Laptop GPU is not the desktop card")
            << QStringLiteral("NVIDIA GeForce RTX 4090 Laptop GPU") << qint64(17171480576)
            << QStringLiteral("rtx-4090-laptop");
        QTest::addRow("3080 Laptop 8 GB by memory")
            << QStringLiteral("NVIDIA GeForce RTX 3080 Laptop GPU") << 8 * GiB << QStringLiteral("rtx-3080-laptop-8gb");
        QTest::addRow("3080 Laptop 16 GB by memory") << QStringLiteral("NVIDIA GeForce RTX 3080 Laptop GPU") << 16 * GiB
                                                     << QStringLiteral("rtx-3080-laptop-16gb");
        QTest::addRow("RTX PRO 6000 Max-Q is not the 600 W card")
            << QStringLiteral("NVIDIA RTX PRO 6000 Blackwell Max-Q Workstation Edition") << qint64(-1)
            << QStringLiteral("rtx-pro-6000-blackwell-max-q");
        QTest::addRow("RTX PRO 6000 Workstation Edition")
            << QStringLiteral("NVIDIA RTX PRO 6000 Blackwell Workstation Edition") << qint64(-1)
            << QStringLiteral("rtx-pro-6000-blackwell");
        QTest::addRow("RTX PRO 6000 Server Edition") << QStringLiteral("NVIDIA RTX PRO 6000 Blackwell Server Edition")
                                                     << qint64(-1) << QStringLiteral("rtx-pro-6000-blackwell");
        QTest::addRow("B300 as NVML names it")
            << QStringLiteral("NVIDIA B300 SXM6 AC") << qint64(-1) << QStringLiteral("b300");
        QTest::addRow("B200 is not B300") << QStringLiteral("NVIDIA B200") << qint64(-1) << QStringLiteral("b200");
        QTest::addRow("DGX Spark") << QStringLiteral("NVIDIA GB10") << qint64(-1) << QStringLiteral("dgx-spark");
        QTest::addRow("Strix Halo on Windows")
            << QStringLiteral("AMD Radeon(TM) 8060S Graphics") << qint64(-1) << QStringLiteral("ryzen-ai-max-395");
        QTest::addRow("MI355X") << QStringLiteral("AMD Instinct MI355X") << qint64(-1)
                                << QStringLiteral("instinct-mi355x");
        QTest::addRow("MI350X") << QStringLiteral("AMD Instinct MI350X") << qint64(-1)
                                << QStringLiteral("instinct-mi350x");
        QTest::addRow("M5") << QStringLiteral("Apple M5") << qint64(-1) << QStringLiteral("apple-m5");
        QTest::addRow("M5 Pro is not M5")
            << QStringLiteral("Apple M5 Pro") << qint64(-1) << QStringLiteral("apple-m5-pro");
        QTest::addRow("M5 Max is not M5")
            << QStringLiteral("Apple M5 Max") << qint64(-1) << QStringLiteral("apple-m5-max");
        QTest::addRow("3080 10 GB") << QStringLiteral("NVIDIA GeForce RTX 3080") << qint64(10737418240)
                                    << QStringLiteral("rtx-3080-10gb");
        QTest::addRow("3080 12 GB by memory")
            << QStringLiteral("NVIDIA GeForce RTX 3080") << qint64(12884901888) << QStringLiteral("rtx-3080-12gb");
        QTest::addRow("4060 Ti 16 GB by memory") << QStringLiteral("NVIDIA GeForce RTX 4060 Ti") << qint64(17175674880)
                                                 << QStringLiteral("rtx-4060-ti-16gb");
        QTest::addRow("H200 SXM") << QStringLiteral("NVIDIA H200") << qint64(150754820096) << QStringLiteral("h200");
        QTest::addRow("H200 NVL: suffix wins")
            << QStringLiteral("NVIDIA H200 NVL") << qint64(-1) << QStringLiteral("h200-nvl");
        QTest::addRow("H100 SXM as NVML names it")
            << QStringLiteral("NVIDIA H100 80GB HBM3") << qint64(-1) << QStringLiteral("h100-sxm");
        QTest::addRow("A10 is not A100") << QStringLiteral("NVIDIA A100-SXM4-80GB") << qint64(-1)
                                         << QStringLiteral("a100-sxm-80gb");
        QTest::addRow("A10") << QStringLiteral("NVIDIA A10") << qint64(-1) << QStringLiteral("a10");
        QTest::addRow("L40S is not L40 or L4") << QStringLiteral("NVIDIA L40S") << qint64(-1) << QStringLiteral("l40s");
        QTest::addRow("7900 XTX is not 7900 XT")
            << QStringLiteral("AMD Radeon RX 7900 XTX") << qint64(-1) << QStringLiteral("rx-7900-xtx");
        QTest::addRow("7900 XT") << QStringLiteral("AMD Radeon RX 7900 XT") << qint64(-1)
                                 << QStringLiteral("rx-7900-xt");
        QTest::addRow("Arc A770 8 GB") << QStringLiteral("Intel(R) Arc(TM) A770 Graphics")
                                       << qint64(8 * (qint64(1) << 30)) << QStringLiteral("arc-a770-8gb");
        QTest::addRow("M1 Pro is not M1")
            << QStringLiteral("Apple M1 Pro") << qint64(-1) << QStringLiteral("apple-m1-pro");
        QTest::addRow("M1") << QStringLiteral("Apple M1") << qint64(-1) << QStringLiteral("apple-m1");
        QTest::addRow("unknown") << QStringLiteral("Matrox G200eW") << qint64(-1) << QString();
        QTest::addRow("case-insensitive")
            << QStringLiteral("nvidia geforce rtx 3090") << qint64(-1) << QStringLiteral("rtx-3090");
    }

    void match()
    {
        QFETCH(QString, name);
        QFETCH(qint64, memory);
        QFETCH(QString, id);
        const GpuSpec* g = catalog().match(name, memory);
        QCOMPARE(g ? g->id : QString(), id);
    }

    // Each laptop GPU by the name NVML and the Windows driver report, and its desktop namesake: neither takes
    // the other's entry (a laptop part has less memory and bandwidth than the desktop card of the same number).
    void laptopVersusDesktop_data()
    {
        QTest::addColumn<QString>("number");
        QTest::addColumn<qint64>("memory");
        QTest::addColumn<QString>("laptopId");
        QTest::addColumn<QString>("desktopId");

        QTest::addRow("3060") << QStringLiteral("3060") << 6 * GiB << QStringLiteral("rtx-3060-laptop")
                              << QStringLiteral("rtx-3060-12gb");
        QTest::addRow("3070") << QStringLiteral("3070") << 8 * GiB << QStringLiteral("rtx-3070-laptop")
                              << QStringLiteral("rtx-3070");
        QTest::addRow("3070 Ti") << QStringLiteral("3070 Ti") << 8 * GiB << QStringLiteral("rtx-3070-ti-laptop")
                                 << QStringLiteral("rtx-3070-ti");
        QTest::addRow("3080 8 GB") << QStringLiteral("3080") << 8 * GiB << QStringLiteral("rtx-3080-laptop-8gb")
                                   << QStringLiteral("rtx-3080-10gb");
        QTest::addRow("3080 16 GB") << QStringLiteral("3080") << 16 * GiB << QStringLiteral("rtx-3080-laptop-16gb")
                                    << QStringLiteral("rtx-3080-12gb");
        QTest::addRow("3080 Ti") << QStringLiteral("3080 Ti") << 16 * GiB << QStringLiteral("rtx-3080-ti-laptop")
                                 << QStringLiteral("rtx-3080-ti");
        QTest::addRow("4050 (no desktop card)")
            << QStringLiteral("4050") << 6 * GiB << QStringLiteral("rtx-4050-laptop") << QString();
        QTest::addRow("4060") << QStringLiteral("4060") << 8 * GiB << QStringLiteral("rtx-4060-laptop")
                              << QStringLiteral("rtx-4060");
        QTest::addRow("4070") << QStringLiteral("4070") << 8 * GiB << QStringLiteral("rtx-4070-laptop")
                              << QStringLiteral("rtx-4070");
        QTest::addRow("4080") << QStringLiteral("4080") << 12 * GiB << QStringLiteral("rtx-4080-laptop")
                              << QStringLiteral("rtx-4080");
        QTest::addRow("4090") << QStringLiteral("4090") << 16 * GiB << QStringLiteral("rtx-4090-laptop")
                              << QStringLiteral("rtx-4090");
        QTest::addRow("5060") << QStringLiteral("5060") << 8 * GiB << QStringLiteral("rtx-5060-laptop")
                              << QStringLiteral("rtx-5060");
        QTest::addRow("5070") << QStringLiteral("5070") << 8 * GiB << QStringLiteral("rtx-5070-laptop")
                              << QStringLiteral("rtx-5070");
        QTest::addRow("5070 Ti") << QStringLiteral("5070 Ti") << 12 * GiB << QStringLiteral("rtx-5070-ti-laptop")
                                 << QStringLiteral("rtx-5070-ti");
        QTest::addRow("5080") << QStringLiteral("5080") << 16 * GiB << QStringLiteral("rtx-5080-laptop")
                              << QStringLiteral("rtx-5080");
        QTest::addRow("5090") << QStringLiteral("5090") << 24 * GiB << QStringLiteral("rtx-5090-laptop")
                              << QStringLiteral("rtx-5090");
    }

    void laptopVersusDesktop()
    {
        QFETCH(QString, number);
        QFETCH(qint64, memory);
        QFETCH(QString, laptopId);
        QFETCH(QString, desktopId);
        const QString laptopName = QStringLiteral("NVIDIA GeForce RTX %1 Laptop GPU").arg(number);
        const GpuSpec* laptop = catalog().match(laptopName, memory);
        QCOMPARE(laptop ? laptop->id : QString(), laptopId);
        QCOMPARE(laptop->memoryBytes, memory);
        const GpuSpec* typed = catalog().find(laptopName); // what a user types or pastes (without the memory)
        QVERIFY(typed && typed->segment == QLatin1String("laptop") && typed->match == laptop->match);
        const GpuSpec* desktop = catalog().match(QStringLiteral("NVIDIA GeForce RTX %1").arg(number), memory);
        QCOMPARE(desktop ? desktop->id : QString(), desktopId);
        QVERIFY(!desktop || desktop->segment == QLatin1String("consumer"));
    }

    // The rule behind the table above, for every laptop entry the catalog has now or gets later: its own driver
    // name (the entry name up to " Laptop GPU") finds it, and the same name without "Laptop GPU" never does.
    void everyLaptopEntryIsMatchedOnlyByLaptopNames()
    {
        int laptops = 0;
        for (const GpuSpec& g : catalog().gpus) {
            if (g.segment != QLatin1String("laptop"))
                continue;
            ++laptops;
            const qsizetype end = g.name.indexOf(QLatin1String(" Laptop GPU"));
            QVERIFY2(end > 0, qPrintable(g.id));
            const QString driverName = g.name.left(end + 11);
            const GpuSpec* m = catalog().match(driverName, g.memoryBytes);
            QVERIFY2(m && m->id == g.id, qPrintable(driverName));
            const GpuSpec* desktop = catalog().match(g.name.left(end), g.memoryBytes);
            QVERIFY2(!desktop || desktop->segment != QLatin1String("laptop"), qPrintable(g.id));
        }
        QCOMPARE(laptops, 16);
    }

    void applyLaptop()
    {
        HardwareProfile p;
        GpuDevice d;
        d.name = QStringLiteral("NVIDIA GeForce RTX 4090 Laptop GPU");
        d.memoryTotal = 16 * GiB;
        p.gpus << d;
        applyGpuCatalog(catalog(), &p);
        QCOMPARE(p.gpus[0].catalogId, QStringLiteral("rtx-4090-laptop"));
        QCOMPARE(p.gpus[0].bandwidthGBps, 576.0);
        QCOMPARE(p.gpus[0].fp16Tflops, 79.4);
        QVERIFY2(p.notes.isEmpty(), qPrintable(p.notes.join(u'\n'))); // memory agrees with the laptop entry
    }

    void find()
    {
        QCOMPARE(catalog().find(QStringLiteral("RTX-4090"))->id, QStringLiteral("rtx-4090"));
        QCOMPARE(catalog().find(QStringLiteral("NVIDIA H100 PCIe"))->id, QStringLiteral("h100-pcie"));
        QCOMPARE(catalog().find(QStringLiteral("RTX 4090"))->id, QStringLiteral("rtx-4090"));
        QCOMPARE(catalog().find(QStringLiteral("RTX-4090-LAPTOP"))->id, QStringLiteral("rtx-4090-laptop"));
        QCOMPARE(catalog().find(QStringLiteral("RTX 4090 Laptop GPU"))->id, QStringLiteral("rtx-4090-laptop"));
        QVERIFY(!catalog().find(QStringLiteral("")));
        const GpuDevice d = catalog().find(QStringLiteral("rtx-3090"))->toDevice(20 * GiB);
        QCOMPARE(d.memoryTotal, 20 * GiB);
        QCOMPARE(d.memoryFree, 20 * GiB);
        QCOMPARE(d.source, QStringLiteral("catalog"));
    }

    void applyNotesMismatch()
    {
        HardwareProfile p;
        GpuDevice d;
        d.name = QStringLiteral("NVIDIA GeForce RTX 3060");
        d.memoryTotal = 8 * GiB; // the 8 GB variant the catalog does not list
        p.gpus << d;
        applyGpuCatalog(catalog(), &p);
        QCOMPARE(p.gpus[0].catalogId, QStringLiteral("rtx-3060-12gb"));
        QCOMPARE(p.notes.size(), 1);
        QVERIFY(p.notes[0].contains(QStringLiteral("but the catalog's NVIDIA GeForce RTX 3060 12GB has")));
    }
};

QTEST_GUILESS_MAIN(TestGpuCatalog)
#include "tst_gpucatalog.moc"
