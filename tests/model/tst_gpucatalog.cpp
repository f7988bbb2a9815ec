// SPDX-FileCopyrightText: 2026 The FitPlanner authors
// SPDX-License-Identifier: MIT

// gpus.json: the shipped catalog validates cleanly; bad entries are reported with index, id and field and
// skipped; driver-reported names are matched to the right entry.

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
        QCOMPARE(c.gpus.size(), 111);
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
            << QStringLiteral("NVIDIA GeForce RTX 4090 Laptop GPU") << qint64(17171480576) << QString();
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

    void find()
    {
        QCOMPARE(catalog().find(QStringLiteral("RTX-4090"))->id, QStringLiteral("rtx-4090"));
        QCOMPARE(catalog().find(QStringLiteral("NVIDIA H100 PCIe"))->id, QStringLiteral("h100-pcie"));
        QCOMPARE(catalog().find(QStringLiteral("RTX 4090"))->id, QStringLiteral("rtx-4090"));
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
