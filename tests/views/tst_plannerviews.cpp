// SPDX-FileCopyrightText: 2026 The FitPlanner authors
// SPDX-License-Identifier: MIT

// The hardware panel, the plan's placement and engine command, "What can I run?" and opened model files.
#include "catalogpanel.h"
#include "estimatesession.h"
#include "findchild.h"
#include "fitplanner.h"
#include "ggufrecipe.h"
#include "hardwaredetector.h"
#include "hardwarepanel.h"
#include "hardwareselection.h"
#include "mainwindow.h"
#include "modelcatalogmodel.h"
#include "modelfilewriter.h"
#include "modelfilterproxy.h"
#include "placementmodel.h"
#include "placementpanel.h"
#include "recommendationmodel.h"
#include "recommendpanel.h"
#include "scenariopanel.h"
#include "servingcapacity.h"
#include "tensorlayout.h"
#include "testcatalogs.h"
#include "units.h"

#include <QAbstractItemModelTester>
#include <QComboBox>
#include <QCompleter>
#include <QDir>
#include <QDoubleSpinBox>
#include <QDragEnterEvent>
#include <QDropEvent>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMenu>
#include <QMessageBox>
#include <QMimeData>
#include <QPlainTextEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QSortFilterProxyModel>
#include <QSpinBox>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeView>
#include <QUrl>

#ifdef Q_OS_UNIX
#include <sys/stat.h>
#endif

using namespace Planner;

namespace {

using TestCatalogs::gpus;

// What the probe would report for a machine with one RTX 4090 and 64 GiB of RAM.
HardwareProfile fixtureProfile()
{
    HardwareProfile p;
    GpuDevice d;
    d.name = QStringLiteral("NVIDIA GeForce RTX 4090");
    d.vendor = GpuVendor::Nvidia;
    d.memoryTotal = 25757220864; // what NVML reports for a "24 GB" card: 23.99 GiB
    d.memoryFree = 24481071104;
    d.memoryUsed = d.memoryTotal - d.memoryFree;
    d.bandwidthGBps = 1008;
    d.fp16Tflops = 165.2;
    d.catalogId = QStringLiteral("rtx-4090");
    d.source = QStringLiteral("nvml");
    p.gpus << d;
    p.ramTotal = 64 * GiB;
    p.ramAvailable = 51 * GiB;
    p.cpu.model = QStringLiteral("AMD Ryzen 9 7950X");
    p.cpu.logicalCores = 32;
    p.notes << QStringLiteral("NVML: memory bus width not supported by this driver");
    return p;
}

HardwareProfile whatIf(const QString& gpuId, int count, qint64 ram)
{
    HardwareProfile p;
    for (int i = 0; i < count; ++i)
        p.gpus << gpus().find(gpuId)->toDevice();
    p.ramTotal = ram;
    p.ramAvailable = ram;
    return p;
}

std::optional<FitPlan> directPlan(const Scenario& s, const HardwareProfile& hw)
{
    PlanOptions o;
    o.frontend = defaultFrontend(s.engine);
    return FitPlanner(TestCatalogs::quants()).plan(s, hw, o);
}

QStringList listItems(QListWidget* list)
{
    QStringList out;
    for (int i = 0; i < list->count(); ++i)
        out << list->item(i)->text();
    return out;
}

// Writes a real-shaped Llama 3.1 8B Q4_K_M GGUF (sparse data) and returns its path.
QString writeLlamaGguf(const QTemporaryDir& dir, const QString& name)
{
    const ModelSpec spec = TestCatalogs::model(QStringLiteral("llama-3.1-8b"));
    const QStringList types
        = ggufTensorTypes(spec, tensorLayout(spec), QStringLiteral("Q4_K_M"), TestCatalogs::quants());
    const TestFiles::GgufWriter w = TestFiles::ggufForSpec(spec, QStringLiteral("llama"), types, 15);
    const QString path = dir.filePath(name);
    QString error;
    if (!w.write(path, &error))
        qWarning("%s", qPrintable(error));
    return path;
}

} // namespace

class TestPlannerViews : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(gpus().find(QStringLiteral("rtx-4090")));
        QVERIFY(gpus().find(QStringLiteral("h200")));
    }

    void hardwarePanelShowsInjectedProfile()
    {
        MainWindow w(TestCatalogs::models(), TestCatalogs::quants(), gpus());
        HardwareSelection* hw = w.hardware();
        QCOMPARE(hw->choice().mode, HardwareChoice::Mode::Manual); // nothing detected yet
        QSignalSpy changed(hw, &HardwareSelection::changed);
        w.setHardwareProfile(fixtureProfile());
        QCOMPARE(changed.count(), 1);
        QCOMPARE(hw->choice().mode, HardwareChoice::Mode::Detected);
        auto* mode = child<QComboBox>(w, "hardwareMode");
        QCOMPARE(mode->currentData().toInt(), int(HardwareChoice::Mode::Detected));
        const QStringList items = listItems(child<QListWidget>(w, "detectedDevices"));
        QVERIFY2(items.size() >= 4, qPrintable(items.join(u'\n')));
        QVERIFY2(items[0].startsWith(QStringLiteral("NVIDIA GeForce RTX 4090 24.0 GiB (22.8 GiB free)")),
            qPrintable(items[0]));
        QVERIFY(items[0].contains(QStringLiteral("1008 GB/s")));
        QVERIFY(items.contains(QStringLiteral("System RAM 64.0 GiB (51.0 GiB available)")));
        QVERIFY(items.contains(QStringLiteral("CPU AMD Ryzen 9 7950X, 32 threads")));
        QVERIFY(items.contains(QStringLiteral("Note: NVML: memory bus width not supported by this driver")));
        // The detected hardware feeds the estimate's capacity (free memory) and the status bar.
        QCOMPARE(w.session()->capacity().gpuBytes, qint64(24481071104));
        QCOMPARE(w.session()->capacity().ramBytes, 51 * GiB);
        QCOMPARE(child<QLabel>(w, "capacitySummary")->text(),
            QStringLiteral(
                "Detected: NVIDIA GeForce RTX 4090 24.0 GiB (22.8 GiB free) | RAM 64.0 GiB (51.0 GiB free)"));
        QCOMPARE(child<QDoubleSpinBox>(w, "gpuCapacity")->value(), 22.8); // one decimal
        // View > Units reaches the detected devices' list too.
        w.session()->setUnits(ByteUnits::Decimal);
        const QStringList inGb = listItems(child<QListWidget>(w, "detectedDevices"));
        QVERIFY2(inGb[0].startsWith(
                     QStringLiteral("NVIDIA GeForce RTX 4090 %1 (%2 free)")
                         .arg(formatBytes(24 * GiB, ByteUnits::Decimal), formatBytes(24481071104, ByteUnits::Decimal))),
            qPrintable(inGb[0]));
        QVERIFY2(inGb.contains(
                     QStringLiteral("System RAM %1 (%2 available)")
                         .arg(formatBytes(64 * GiB, ByteUnits::Decimal), formatBytes(51 * GiB, ByteUnits::Decimal))),
            qPrintable(inGb.join(u'\n')));
        w.session()->setUnits(ByteUnits::Binary);
        QVERIFY(listItems(child<QListWidget>(w, "detectedDevices"))
                    .contains(QStringLiteral("System RAM 64.0 GiB (51.0 GiB available)")));
        // The plan uses the detected device.
        QVERIFY(w.plan());
        QCOMPARE(w.plan()->devices.first().name, QStringLiteral("NVIDIA GeForce RTX 4090"));

        // Editing the capacity by hand switches to the manual mode, and the plan follows the hand-entered GPU.
        child<QDoubleSpinBox>(w, "gpuCapacity")->setValue(48);
        QCOMPARE(hw->choice().mode, HardwareChoice::Mode::Manual);
        QCOMPARE(mode->currentData().toInt(), int(HardwareChoice::Mode::Manual));
        QCOMPARE(w.session()->capacity().gpuBytes, 48 * GiB);
        QVERIFY(child<QLabel>(w, "capacitySummary")->text().startsWith(QStringLiteral("Entered by hand: ")));
        QVERIFY(child<QLabel>(w, "capacitySummary")->text().contains(QStringLiteral("48.0 GiB")));
        QVERIFY(w.plan());
        QCOMPARE(w.plan()->devices.first().capacity <= 48 * GiB, true);

        // What-if from the combo, as a user picks it: it starts from the detected card and the RAM in use, and
        // the what-if controls edit it.
        mode->setCurrentIndex(mode->findData(int(HardwareChoice::Mode::WhatIf)));
        QCOMPARE(hw->choice().mode, HardwareChoice::Mode::WhatIf);
        QCOMPARE(child<QComboBox>(w, "whatIfGpu")->currentData().toString(), QStringLiteral("rtx-4090"));
        QCOMPARE(child<QSpinBox>(w, "whatIfCount")->value(), 1);
        QCOMPARE(child<QDoubleSpinBox>(w, "whatIfRam")->value(), 51.0); // the RAM entered by hand above
        child<QSpinBox>(w, "whatIfCount")->setValue(3);
        QCOMPARE(w.session()->capacity().gpuBytes, 3 * gpus().find(QStringLiteral("rtx-4090"))->memoryBytes);
        QVERIFY(child<QLabel>(w, "capacitySummary")->text().startsWith(QStringLiteral("What-if: 3x ")));
        auto* gpu = child<QComboBox>(w, "whatIfGpu");
        gpu->setCurrentIndex(gpu->findData(QStringLiteral("h200")));
        QCOMPARE(hw->choice().gpuId, QStringLiteral("h200"));
        QCOMPARE(w.plan()->devices.first().name, QStringLiteral("NVIDIA H200 SXM"));
        // Typed names, matched as --gpu matches them: "H100" lists the three H100s and chooses none, "4090" lists
        // and chooses the RTX 4090.
        QVERIFY(gpu->isEditable());
        const auto listed = [gpu] {
            const QAbstractItemModel* m = gpu->completer()->model();
            QStringList texts;
            for (int r = 0; r < m->rowCount(); ++r)
                texts << m->index(r, 0).data().toString();
            return texts;
        };
        gpu->lineEdit()->selectAll();
        QTest::keyClicks(gpu->lineEdit(), QStringLiteral("H100"));
        QCOMPARE(listed().size(), 3);
        for (const QString& text : listed())
            QVERIFY2(text.startsWith(QStringLiteral("NVIDIA H100 ")), qPrintable(text));
        QTest::keyClick(gpu->lineEdit(), Qt::Key_Return);
        QCOMPARE(hw->choice().gpuId, QStringLiteral("h200"));
        QCOMPARE(gpu->lineEdit()->text(), gpu->itemText(gpu->findData(QStringLiteral("h200"))));
        gpu->lineEdit()->selectAll();
        QTest::keyClicks(gpu->lineEdit(), QStringLiteral("4090"));
        QCOMPARE(listed(), QStringList { gpu->itemText(gpu->findData(QStringLiteral("rtx-4090"))) });
        QTest::keyClick(gpu->lineEdit(), Qt::Key_Return);
        QCOMPARE(hw->choice().gpuId, QStringLiteral("rtx-4090"));
        QCOMPARE(gpu->currentData().toString(), QStringLiteral("rtx-4090"));
        gpu->setCurrentIndex(gpu->findData(QStringLiteral("h200")));
        QCOMPARE(hw->choice().gpuId, QStringLiteral("h200"));
        // A unified-memory device is one per machine: picking one makes the count 1, and it cannot go up.
        gpu->setCurrentIndex(gpu->findData(QStringLiteral("apple-m2-ultra")));
        QCOMPARE(hw->choice().gpuCount, std::optional(1));
        QCOMPARE(child<QSpinBox>(w, "whatIfCount")->value(), 1);
        QCOMPARE(child<QSpinBox>(w, "whatIfCount")->maximum(), 1);
        QVERIFY(w.plan());
        QVERIFY(child<QLabel>(w, "whatIfError")->isHidden());
        // A choice that cannot be met (restored from hand-edited settings): the panel says why, nothing is planned.
        HardwareChoice two = hw->choice();
        two.gpuCount = 2;
        hw->setChoice(two);
        QVERIFY(!w.plan());
        QCOMPARE(w.planError(), QStringLiteral("Apple M2 Ultra is unified memory: one per machine, not 2"));
        QCOMPARE(child<QLabel>(w, "whatIfError")->text(), w.planError());
        QVERIFY(!child<QLabel>(w, "whatIfError")->isHidden());
        QVERIFY(child<QLabel>(w, "capacitySummary")->text().startsWith(QStringLiteral("No hardware to plan for: ")));
        gpu->setCurrentIndex(gpu->findData(QStringLiteral("h200")));
        QCOMPARE(child<QSpinBox>(w, "whatIfCount")->maximum(), HardwareChoice::kMaxGpus);
        QVERIFY(w.plan());
        QVERIFY(child<QLabel>(w, "whatIfError")->isHidden());

        // Back to the detected machine.
        mode->setCurrentIndex(mode->findData(int(HardwareChoice::Mode::Detected)));
        QCOMPARE(w.session()->capacity().gpuBytes, qint64(24481071104));
        QCOMPARE(child<QDoubleSpinBox>(w, "gpuCapacity")->value(), 22.8);
    }

    // The real asynchronous path: detection reads a recorded AMD sysfs/procfs tree off the GUI thread.
    void detectionRunsOffTheGuiThread()
    {
        MainWindow w(TestCatalogs::models(), TestCatalogs::quants(), gpus());
        DetectionSources sources;
        sources.root = QStringLiteral(FITPLANNER_TEST_DATA "/hardware/amd-dgpu");
        sources.nvmlLibrary = QStringLiteral("/nonexistent/libnvidia-ml.so.1");
        child<HardwarePanel>(w, "hardwarePanel")->setDetectionSources(sources);
        const HardwareProfile expected = HardwareDetector(sources, gpus()).detect();
        QVERIFY(!expected.gpus.isEmpty());
        w.startHardwareDetection();
        QVERIFY(child<HardwarePanel>(w, "hardwarePanel")->isDetecting());
        QCOMPARE(child<QLabel>(w, "detectionStatus")->text(), QStringLiteral("Detecting hardware..."));
        QVERIFY(child<QLabel>(w, "capacitySummary")->text().startsWith(QStringLiteral("Entered by hand: ")));
        QTRY_VERIFY_WITH_TIMEOUT(w.hardware()->hasDetected(), 30000);
        QVERIFY(!child<HardwarePanel>(w, "hardwarePanel")->isDetecting());
        QCOMPARE(w.hardware()->choice().mode, HardwareChoice::Mode::Detected);
        QVERIFY(listItems(child<QListWidget>(w, "detectedDevices")).first().startsWith(expected.gpus.first().name));
        QCOMPARE(w.session()->capacity().ramBytes, expected.ramUsable());
        QVERIFY(child<QLabel>(w, "capacitySummary")
                    ->text()
                    .startsWith(QStringLiteral("Detected: ") + expected.gpus.first().name));
        QVERIFY(w.plan());
        QCOMPARE(w.plan()->devices.first().name, expected.gpus.first().name);
    }

    void dropOpensFile()
    {
        QTemporaryDir dir;
        const QString path = writeLlamaGguf(dir, QStringLiteral("dropped.gguf"));
        MainWindow w(TestCatalogs::models(), TestCatalogs::quants(), gpus());
        QVERIFY(w.acceptDrops());
        QSignalSpy opened(&w, &MainWindow::modelFileOpened);
        QMimeData mime;
        mime.setUrls({ QUrl::fromLocalFile(path) });
        QDragEnterEvent enter(QPoint(10, 10), Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
        QCoreApplication::sendEvent(&w, &enter);
        QVERIFY(enter.isAccepted());
        QDropEvent drop(QPointF(10, 10), Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
        QCoreApplication::sendEvent(&w, &drop);
        QVERIFY(opened.wait(60000));
        QCOMPARE(opened.first().at(1).toString(), QString());
        QCOMPARE(w.openedFiles(), QStringList { path });
        QCOMPARE(w.session()->openedPath(), path);
        // Something that is not a local file is refused.
        QMimeData web;
        web.setUrls({ QUrl(QStringLiteral("https://example.com/model.gguf")) });
        QDragEnterEvent refused(QPoint(10, 10), Qt::CopyAction, &web, Qt::LeftButton, Qt::NoModifier);
        refused.ignore();
        QCoreApplication::sendEvent(&w, &refused);
        QVERIFY(!refused.isAccepted());
    }

    void recentFilesAreCappedAndUnique()
    {
        QTemporaryDir dir;
        QSettings s(dir.filePath(QStringLiteral("r.ini")), QSettings::IniFormat);
        QStringList many;
        for (int i = 0; i < 14; ++i)
            many << QStringLiteral("/models/m%1.gguf").arg(i % 12);
        s.setValue(QStringLiteral("files/recent"), many);
        const Preferences p = PreferencesStore::load(s);
        QCOMPARE(p.recentFiles.size(), Preferences::kMaxRecentFiles);
        QCOMPARE(p.recentFiles.first(), QStringLiteral("/models/m0.gguf"));
        QStringList unique = p.recentFiles;
        QCOMPARE(unique.removeDuplicates(), 0);
    }

    void hardwareChoiceSurvivesRestart()
    {
        QTemporaryDir dir;
        QSettings settings(dir.filePath(QStringLiteral("hw.ini")), QSettings::IniFormat);
        {
            MainWindow w(TestCatalogs::models(), TestCatalogs::quants(), gpus());
            QCOMPARE(w.preferences().hardwareMode, QString()); // detection decides until the user chooses
            QVERIFY(w.hardware()->setWhatIf(QStringLiteral("h200"), 2, 128 * GiB));
            PreferencesStore::save(w.preferences(), settings);
        }
        settings.sync();
        const Preferences p = PreferencesStore::load(settings);
        QCOMPARE(p.hardwareMode, QStringLiteral("whatif"));
        QCOMPARE(p.whatIfGpu, QStringLiteral("h200"));
        QCOMPARE(p.whatIfCount, 2);
        QCOMPARE(p.whatIfRamBytes, 128 * GiB);
        MainWindow w(TestCatalogs::models(), TestCatalogs::quants(), gpus());
        w.applyPreferences(p);
        QCOMPARE(w.hardware()->choice().mode, HardwareChoice::Mode::WhatIf);
        QCOMPARE(w.hardware()->profile().gpus.size(), 2);
        QCOMPARE(w.session()->capacity().gpuBytes, 2 * gpus().find(QStringLiteral("h200"))->memoryBytes);
        // A chosen mode is kept when detection reports later.
        w.setHardwareProfile(fixtureProfile());
        QCOMPARE(w.hardware()->choice().mode, HardwareChoice::Mode::WhatIf);

        Preferences manual;
        manual.hardwareMode = QStringLiteral("manual");
        manual.capacity = { 12 * GiB, 32 * GiB };
        MainWindow m(TestCatalogs::models(), TestCatalogs::quants(), gpus());
        m.applyPreferences(manual);
        m.setHardwareProfile(fixtureProfile());
        QCOMPARE(m.hardware()->choice().mode, HardwareChoice::Mode::Manual);
        QCOMPARE(m.session()->capacity(), manual.capacity);
        QCOMPARE(m.preferences().hardwareMode, QStringLiteral("manual"));
    }

    void placementFollowsWhatIf()
    {
        MainWindow w(TestCatalogs::models(), TestCatalogs::quants(), gpus());
        QAbstractItemModelTester tester(
            child<PlacementModel>(w, "placementModel"), QAbstractItemModelTester::FailureReportingMode::QtTest);
        w.session()->setScenario(QStringLiteral("llama-3.1-70b"), QStringLiteral("Q4_K_M"), 8192, 1,
            QStringLiteral("F16"), Engine::LlamaCpp);
        QVERIFY(w.hardware()->setWhatIf(QStringLiteral("rtx-4090"), 1, 64 * GiB));
        QCOMPARE(w.hardware()->choice().mode, HardwareChoice::Mode::WhatIf);
        QVERIFY(child<QLabel>(w, "capacitySummary")->text().startsWith(QStringLiteral("What-if: ")));

        const auto expected = directPlan(w.session()->scenario(), whatIf(QStringLiteral("rtx-4090"), 1, 64 * GiB));
        QVERIFY(expected);
        QCOMPARE(expected->verdict, Verdict::Offload);
        QVERIFY(w.plan());
        QCOMPARE(w.plan()->verdict, Verdict::Offload);
        QCOMPARE(w.plan()->gpuLayers, expected->gpuLayers);
        QVERIFY(expected->gpuLayers > 0 && expected->gpuLayers < expected->totalLayers);
        QVERIFY(child<QLabel>(w, "planVerdict")
                    ->text()
                    .contains(QStringLiteral("CPU offload (%1 of %2 layers on GPU)")
                                  .arg(expected->gpuLayers)
                                  .arg(expected->totalLayers)));

        // One placement row per device with the planner's exact bytes.
        PlacementModel* m = child<PlacementModel>(w, "placementModel");
        QCOMPARE(m->rowCount(), int(expected->devices.size()));
        for (int r = 0; r < m->rowCount(); ++r) {
            const DevicePlacement& d = expected->devices[r];
            QCOMPARE(m->index(r, PlacementModel::DeviceColumn).data().toString(), d.name);
            QCOMPARE(m->index(r, PlacementModel::WeightsColumn).data(Roles::BytesRole).toLongLong(), d.weights);
            QCOMPARE(m->index(r, PlacementModel::KvColumn).data(Roles::BytesRole).toLongLong(), d.kvCache);
            QCOMPARE(m->index(r, PlacementModel::ComputeColumn).data(Roles::BytesRole).toLongLong(), d.compute);
            QCOMPARE(m->index(r, PlacementModel::FreeColumn).data(Roles::BytesRole).toLongLong(), d.freeBytes());
            QCOMPARE(m->index(r, PlacementModel::UsageColumn).data(Roles::BytesRole).toLongLong(), d.used());
        }
        QVERIFY(expected->devices.last().isCpu);
        // The layer column counts as the banner and the CLI do: the GPU holds gpuLayers (the output layer
        // included) of totalLayers, and the rows add up to the total.
        QCOMPARE(m->index(0, PlacementModel::LayersColumn).data().toString(),
            QStringLiteral("%1 of %2").arg(expected->gpuLayers).arg(expected->totalLayers));
        int layerSum = 0;
        for (int r = 0; r < m->rowCount(); ++r)
            layerSum += m->index(r, PlacementModel::LayersColumn).data(Roles::SortRole).toInt();
        QCOMPARE(layerSum, expected->totalLayers);
        const QString command = child<QPlainTextEdit>(w, "engineCommand")->toPlainText();
        QCOMPARE(command, expected->command);
        QVERIFY2(command.contains(QStringLiteral("-ngl %1").arg(expected->gpuLayers)), qPrintable(command));
        QVERIFY(child<QPlainTextEdit>(w, "engineCommand")->isReadOnly());
        QVERIFY(child<QPushButton>(w, "copyCommand")->isEnabled());

        // 1x H200 (141 GB) holds it entirely: the verdict and the placement follow.
        QVERIFY(w.hardware()->setWhatIf(QStringLiteral("h200"), 1, 64 * GiB));
        QVERIFY(w.plan());
        QCOMPARE(w.plan()->verdict, Verdict::Gpu);
        QCOMPARE(w.plan()->gpuLayers, w.plan()->totalLayers);
        QCOMPARE(m->index(0, PlacementModel::LayersColumn).data(Roles::SortRole).toInt(), w.plan()->totalLayers);
        QCOMPARE(m->index(0, PlacementModel::LayersColumn).data().toString(),
            QStringLiteral("%1 of %1").arg(w.plan()->totalLayers));
        QVERIFY(child<QLabel>(w, "planVerdict")->text().contains(QStringLiteral("Fits on GPU")));

        // Two cards: two GPU rows, then the CPU.
        QVERIFY(w.hardware()->setWhatIf(QStringLiteral("rtx-4090"), 2, 64 * GiB));
        const auto two = directPlan(w.session()->scenario(), whatIf(QStringLiteral("rtx-4090"), 2, 64 * GiB));
        QVERIFY(two);
        QCOMPARE(w.plan()->verdict, two->verdict);
        QCOMPARE(m->rowCount(), int(two->devices.size()));
        QVERIFY(child<QLabel>(w, "capacitySummary")->text().contains(QStringLiteral("2x ")));
        QVERIFY(!w.hardware()->setWhatIf(QStringLiteral("no-such-gpu"), 1, 64 * GiB));
    }

    void servingUsersFollowTheScenario()
    {
        // The Users box: above 1 the serving figures are computed off the GUI thread and equal the planner's.
        MainWindow w(TestCatalogs::models(), TestCatalogs::quants(), gpus());
        w.session()->setScenario(
            QStringLiteral("qwen2.5-7b"), QStringLiteral("Q4_K_M"), 8192, 1, QStringLiteral("F16"), Engine::LlamaCpp);
        QVERIFY(w.hardware()->setWhatIf(QStringLiteral("rtx-4090"), 1, 64 * GiB));
        QLabel* serving = child<QLabel>(w, "servingSummary");
        QVERIFY(serving->text().isEmpty());
        PlacementPanel* panel = w.placementPanel();
        QSignalSpy shown(panel, &PlacementPanel::servingShown);
        child<QSpinBox>(w, "servingUsers")->setValue(8);
        QVERIFY(shown.wait(60000));
        PlanOptions o;
        o.frontend = Frontend::LlamaServer;
        const FitPlanner planner(TestCatalogs::quants());
        const auto expected
            = servingCapacity(planner, w.session()->scenario(), whatIf(QStringLiteral("rtx-4090"), 1, 64 * GiB), o, 8);
        QVERIFY(expected);
        QVERIFY2(serving->text().startsWith(QStringLiteral("8 of 8 users fit at once (sequences of 8192 tokens; at "
                                                           "most %1): %2 tokens/s each, %3 tokens/s in all")
                                                .arg(expected->maxSequences)
                                                .arg(expected->sequenceTokensPerSecond, 0, 'f', 1)
                                                .arg(expected->aggregateTokensPerSecond, 0, 'f', 1)),
            qPrintable(serving->text()));
        QCOMPARE(serving->toolTip(), expected->explanation);
        // Back to one user: nothing to show.
        child<QSpinBox>(w, "servingUsers")->setValue(1);
        QVERIFY(serving->text().isEmpty());
    }

    void recommendationsFillAndSort()
    {
        MainWindow w(TestCatalogs::models(), TestCatalogs::quants(), gpus());
        RecommendPanel* rp = w.recommendPanel();
        QAbstractItemModelTester tester(
            child<RecommendationModel>(*rp, "recommendModel"), QAbstractItemModelTester::FailureReportingMode::QtTest);
        QSignalSpy finished(rp, &RecommendPanel::finished);
        QVERIFY(w.hardware()->setWhatIf(QStringLiteral("rtx-4090"), 1, 64 * GiB));
        QVERIFY(rp->isBusy());
        QVERIFY(!child<QProgressBar>(*rp, "recommendProgress")->isHidden());
        QTRY_VERIFY_WITH_TIMEOUT(!rp->isBusy(), 240000);
        QVERIFY(finished.count() >= 1);
        QVERIFY(child<QProgressBar>(*rp, "recommendProgress")->isHidden());

        Scenario base = w.session()->scenario();
        PlanOptions o;
        o.frontend = defaultFrontend(base.engine);
        const QList<Recommendation> expected
            = FitPlanner(TestCatalogs::quants())
                  .recommend(
                      TestCatalogs::models(), whatIf(QStringLiteral("rtx-4090"), 1, 64 * GiB), o, base, base.context);
        RecommendationModel* m = child<RecommendationModel>(*rp, "recommendModel");
        QCOMPARE(m->rowCount(), int(expected.size()));
        QCOMPARE(m->rowCount(), int(TestCatalogs::models().models.size()));
        for (int r = 0; r < m->rowCount(); ++r) {
            QCOMPARE(m->index(r, 0).data(Roles::IdRole).toString(), expected[r].modelId);
            QCOMPARE(m->index(r, RecommendationModel::QuantColumn).data().toString(),
                expected[r].fits ? expected[r].recipeId : QString());
            QCOMPARE(m->index(r, RecommendationModel::VerdictColumn).data().toString(),
                RecommendationModel::verdictCell(expected[r].plan));
        }
        // Llama 3.1 8B fits on a 4090 at Q8_0 or better quality.
        const auto llama8 = std::find_if(expected.begin(), expected.end(),
            [](const Recommendation& r) { return r.modelId == QLatin1String("llama-3.1-8b"); });
        QVERIFY(llama8 != expected.end());
        QCOMPARE(llama8->plan.verdict, Verdict::Gpu);
        // Its quality loss is the recipe's published mean KL divergence; the search settings are the defaults.
        const int row8 = int(llama8 - expected.begin());
        QCOMPARE(m->index(row8, RecommendationModel::QualityColumn).data().toString(),
            QLocale().toString(*llama8->kld, 'g', 3));
        QCOMPARE(m->index(row8, RecommendationModel::OptionsColumn).data(Qt::ToolTipRole).toString(),
            RecommendationModel::optionsCell(llama8->alternatives));
        QCOMPARE(child<QDoubleSpinBox>(*rp, "recommendQualityFloor")->value(), PlanOptions::kDefaultQualityFloorKld);
        QCOMPARE(
            child<QDoubleSpinBox>(*rp, "recommendUsableSpeed")->value(), PlanOptions::kDefaultUsableTokensPerSecond);

        // Sorting by speed, descending: the proxy's rows are ordered by the raw tokens/s.
        child<QTableView>(*rp, "recommendTable")->sortByColumn(RecommendationModel::SpeedColumn, Qt::DescendingOrder);
        QSortFilterProxyModel* proxy
            = qobject_cast<QSortFilterProxyModel*>(child<QTableView>(*rp, "recommendTable")->model());
        for (int r = 1; r < proxy->rowCount(); ++r)
            QVERIFY(proxy->index(r - 1, RecommendationModel::SpeedColumn).data(Roles::SortRole).toDouble()
                >= proxy->index(r, RecommendationModel::SpeedColumn).data(Roles::SortRole).toDouble());
        child<QTableView>(*rp, "recommendTable")->sortByColumn(RecommendationModel::ModelColumn, Qt::AscendingOrder);
        for (int r = 1; r < proxy->rowCount(); ++r)
            QVERIFY(
                proxy->index(r - 1, 0).data().toString().localeAwareCompare(proxy->index(r, 0).data().toString()) <= 0);

        // Filtering by name.
        QTest::keyClicks(child<QLineEdit>(*rp, "recommendFilter"), QStringLiteral("qwen"));
        QVERIFY(proxy->rowCount() > 0);
        QVERIFY(proxy->rowCount() < m->rowCount());
        for (int r = 0; r < proxy->rowCount(); ++r)
            QVERIFY(proxy->index(r, 0).data().toString().contains(QStringLiteral("qwen"), Qt::CaseInsensitive));
    }

    void openedGgufJoinsCatalogAndRecentFiles()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString path = writeLlamaGguf(dir, QStringLiteral("my-llama-Q4_K_M.gguf"));
        QVERIFY(QFileInfo::exists(path));
        QSettings settings(dir.filePath(QStringLiteral("prefs.ini")), QSettings::IniFormat);
        {
            MainWindow w(TestCatalogs::models(), TestCatalogs::quants(), gpus());
            QAbstractItemModelTester tester(
                child<ModelCatalogModel>(w, "catalogModel"), QAbstractItemModelTester::FailureReportingMode::QtTest);
            QSignalSpy opened(&w, &MainWindow::modelFileOpened);
            w.openModelFile(path);
            QVERIFY(opened.wait(60000));
            QCOMPARE(opened.first().at(0).toString(), path);
            QCOMPARE(opened.first().at(1).toString(), QString());

            // The catalog's last group is "Opened files" with the file in it, and the session plans for it.
            ModelCatalogModel* cm = child<ModelCatalogModel>(w, "catalogModel");
            const QModelIndex group = cm->index(cm->rowCount() - 1, 0);
            QCOMPARE(group.data().toString(), QStringLiteral("Opened files"));
            QCOMPARE(cm->rowCount(group), 1);
            QCOMPARE(cm->index(0, 0, group).data().toString(), QStringLiteral("my-llama-Q4_K_M.gguf"));
            QCOMPARE(cm->index(0, 0, group).data(Roles::IdRole).toString(), ModelCatalogModel::openedFileId(path));
            QVERIFY(!cm->families().contains(QStringLiteral("Opened files")));
            QCOMPARE(w.session()->openedPath(), path);
            QVERIFY(!w.session()->scenario().storedTensors.empty());
            QCOMPARE(child<CatalogPanel>(w, "catalogPanel")->selectedModelId(), ModelCatalogModel::openedFileId(path));
            QVERIFY(w.session()->estimate());
            QVERIFY(w.plan());

            // Choosing a catalog model and then the file again plans for the file again.
            child<CatalogPanel>(w, "catalogPanel")->selectModel(QStringLiteral("qwen3-8b"));
            w.session()->setModelId(QStringLiteral("qwen3-8b"));
            QVERIFY(w.session()->openedPath().isEmpty());
            QVERIFY(w.session()->scenario().storedTensors.empty());
            const QModelIndex fileIndex
                = child<ModelFilterProxy>(w, "catalogProxy")->mapFromSource(cm->index(0, 0, group));
            child<QTreeView>(w, "catalogTree")->setCurrentIndex(fileIndex);
            QCOMPARE(w.session()->openedPath(), path);

            // A second open of the same file keeps one row; recent files list it once, newest first.
            w.openModelFile(path);
            QVERIFY(opened.wait(60000));
            QCOMPARE(cm->rowCount(group), 1);
            QCOMPARE(w.recentFiles(), QStringList { path });
            QCOMPARE(child<QMenu>(w, "recentMenu")->actions().first()->text(), QDir::toNativeSeparators(path));

            // A file that is not a model: an error naming it, in a message box that does not block.
            const QString bad = dir.filePath(QStringLiteral("notes.gguf"));
            QFile f(bad);
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write("this is not a GGUF file at all");
            f.close();
            w.openModelFile(bad);
            QVERIFY(opened.wait(60000));
            QCOMPARE(opened.last().at(0).toString(), bad);
            const QString error = opened.last().at(1).toString();
            QVERIFY2(error.contains(QStringLiteral("notes.gguf")), qPrintable(error));
            auto* box = w.findChild<QMessageBox*>(QStringLiteral("openErrorBox"));
            QVERIFY(box);
            QVERIFY(box->text().contains(QDir::toNativeSeparators(bad)));
            box->close();
            QCOMPARE(w.recentFiles(), QStringList { path });
            PreferencesStore::save(w.preferences(), settings);
        }
        settings.sync();
        const Preferences loaded = PreferencesStore::load(settings);
        QCOMPARE(loaded.recentFiles, QStringList { path });
        MainWindow w2(TestCatalogs::models(), TestCatalogs::quants(), gpus());
        w2.applyPreferences(loaded);
        QCOMPARE(w2.recentFiles(), QStringList { path });
        QVERIFY(child<QMenu>(w2, "recentMenu")->isEnabled());
        QCOMPARE(child<QMenu>(w2, "recentMenu")->actions().first()->text(), QDir::toNativeSeparators(path));
        // Opening from the recent list reads the file again.
        QSignalSpy opened2(&w2, &MainWindow::modelFileOpened);
        child<QMenu>(w2, "recentMenu")->actions().first()->trigger();
        QVERIFY(opened2.wait(60000));
        QCOMPARE(w2.session()->openedPath(), path);
    }

    // An opened GGUF is the truth in the window: the quantization box starts with the file's own types and offers the
    // recipes as re-quantizations, the comparison has one row for the file, and the command names the file. With
    // FITPLANNER_SCREENSHOT_DIR set it also writes the window (quantization tab, then placement) as PNGs there.
    void openedGgufIsTheTruth()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString path = writeLlamaGguf(dir, QStringLiteral("Llama-3.1-8B-Instruct-Q4_K_M.gguf"));
        MainWindow w(TestCatalogs::models(), TestCatalogs::quants(), gpus());
        QSignalSpy opened(&w, &MainWindow::modelFileOpened);
        w.openModelFile(path);
        QVERIFY(opened.wait(60000));
        QVERIFY(w.session()->usesFileWeights());

        auto* quant = child<QComboBox>(w, "quant");
        QCOMPARE(quant->itemData(0).toString(), EstimateSession::fileRecipeId());
        QCOMPARE(quant->currentIndex(), 0);
        QVERIFY2(quant->itemText(0).startsWith(QStringLiteral("File: Q4_K_M (Q4_K ")), qPrintable(quant->itemText(0)));
        const int q8 = quant->findData(QStringLiteral("Q8_0"));
        QVERIFY(q8 > 0);
        QCOMPARE(quant->itemText(q8),
            QStringLiteral("re-quantize to Q8_0  %1 bpw")
                .arg(QString::number(w.session()->bitsPerWeight(QStringLiteral("Q8_0")), 'f', 2)));
        QStringList rows;
        for (const QuantComparisonRow& r : w.session()->comparisonModel()->rows())
            rows << r.recipeId;
        QCOMPARE(rows.count(QStringLiteral("File: Q4_K_M")), 1);
        auto* command = child<QPlainTextEdit>(w, "engineCommand");
        QVERIFY2(command->toPlainText().startsWith(QStringLiteral("llama-server -m ") + path),
            qPrintable(command->toPlainText()));

        const QString shots = qEnvironmentVariable("FITPLANNER_SCREENSHOT_DIR");
        const auto shoot = [&](const QString& tab, const QString& name) {
            if (shots.isEmpty())
                return;
            w.setChartTab(tab);
            w.resize(1400, 900);
            w.show();
            QTest::qWait(200);
            QVERIFY(QDir().mkpath(shots));
            QVERIFY(w.grab().save(QDir(shots).filePath(name)));
        };
        shoot(QStringLiteral("quantization"), QStringLiteral("opened-gguf-quantizations.png"));
        shoot(QStringLiteral("placement"), QStringLiteral("opened-gguf-placement.png"));

        // Choosing a recipe re-quantizes the file: another estimate, the file's row stays, the command writes a copy.
        const qint64 fileWeights = w.session()->estimate()->weights.bytes;
        quant->setCurrentIndex(q8);
        QVERIFY(!w.session()->usesFileWeights());
        QCOMPARE(w.session()->scenario().recipeId, QStringLiteral("Q8_0"));
        QVERIFY(w.session()->estimate()->weights.bytes > fileWeights);
        QVERIFY2(command->toPlainText().startsWith(QStringLiteral("llama-quantize --allow-requantize ") + path),
            qPrintable(command->toPlainText()));
        shoot(QStringLiteral("quantization"), QStringLiteral("opened-gguf-requantized.png"));
        quant->setCurrentIndex(0);
        QVERIFY(w.session()->usesFileWeights());
        QCOMPARE(w.session()->estimate()->weights.bytes, fileWeights);
    }

    // Closing the window while detection, a model file and the recommendations are in flight: it waits for
    // them and drops their results.
    void closingWhileJobsRun()
    {
        QTemporaryDir dir;
        const QString path = writeLlamaGguf(dir, QStringLiteral("closing.gguf"));
        auto* w = new MainWindow(TestCatalogs::models(), TestCatalogs::quants(), gpus());
        DetectionSources sources;
        sources.root = QStringLiteral(FITPLANNER_TEST_DATA "/hardware/amd-dgpu");
        sources.useNvml = false;
        child<HardwarePanel>(*w, "hardwarePanel")->setDetectionSources(sources);
        QSignalSpy opened(w, &MainWindow::modelFileOpened);
        QSignalSpy changed(w->hardware(), &HardwareSelection::changed);
        w->startHardwareDetection();
        w->openModelFile(path);
        QVERIFY(w->hardware()->setWhatIf(QStringLiteral("rtx-4090"), 1, 64 * GiB));
        QVERIFY(w->recommendPanel()->isBusy());
        QCOMPARE(changed.count(), 1); // the what-if choice; detection has not reported
        delete w;
        QCoreApplication::processEvents();
        QCOMPARE(opened.count(), 0);
        QCOMPARE(changed.count(), 1);
    }

    // Files that used to hang or flood the window: a FIFO gets its reason, 3,000 models a short message; a load
    // shows a busy indicator with a Cancel button, and a cancelled load reports nothing.
    void hostileFilesInTheWindow()
    {
        QTemporaryDir dir;
        MainWindow w(TestCatalogs::models(), TestCatalogs::quants(), gpus());
        QSignalSpy opened(&w, &MainWindow::modelFileOpened);
#ifdef Q_OS_UNIX
        const QString fifo = dir.filePath(QStringLiteral("pipe.gguf"));
        QCOMPARE(::mkfifo(QFile::encodeName(fifo).constData(), 0600), 0);
        w.openModelFile(fifo);
        QVERIFY(!child<QPushButton>(w, "loadCancel")->isHidden());
        QVERIFY(!child<QProgressBar>(w, "loadProgress")->isHidden());
        QVERIFY(opened.wait(10000));
        QCOMPARE(opened.last().at(1).toString(), fifo + QStringLiteral(": is a FIFO (named pipe), not a regular file"));
        QVERIFY(child<QPushButton>(w, "loadCancel")->isHidden());
        auto* box = w.findChild<QMessageBox*>(QStringLiteral("openErrorBox"));
        QVERIFY(box);
        QVERIFY2(box->text().contains(QStringLiteral("is a FIFO (named pipe)")), qPrintable(box->text()));
        box->close();
        QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
        QVERIFY(!w.findChild<QMessageBox*>(QStringLiteral("openErrorBox")));
#endif

        const QString many = dir.filePath(QStringLiteral("many"));
        QVERIFY(QDir().mkpath(many));
        for (int i = 0; i < 3000; ++i)
            QVERIFY(TestFiles::writeFile(many + QStringLiteral("/m%1.gguf").arg(i, 4, 10, QLatin1Char('0')), "GGUF"));
        w.openModelFile(many);
        QVERIFY(opened.wait(10000));
        QVERIFY2(opened.last().at(1).toString().contains(QStringLiteral("and 2990 more")),
            qPrintable(opened.last().at(1).toString()));
        auto* manyBox = w.findChild<QMessageBox*>(QStringLiteral("openErrorBox"));
        QVERIFY(manyBox);
        QVERIFY2(manyBox->text().size() < 600, qPrintable(manyBox->text()));
        manyBox->close();

        const QString path = writeLlamaGguf(dir, QStringLiteral("cancelled.gguf"));
        const int before = int(opened.count());
        w.openModelFile(path);
        w.cancelModelFileLoads();
        QVERIFY(child<QPushButton>(w, "loadCancel")->isHidden());
        QTRY_VERIFY(!w.isOpeningModelFile());
        QCoreApplication::processEvents();
        QCOMPARE(int(opened.count()), before);
    }

    void screenshotTabs()
    {
        QCOMPARE(MainWindow::chartTabIds(),
            (QStringList { QStringLiteral("quantization"), QStringLiteral("context"), QStringLiteral("placement"),
                QStringLiteral("recommend"), QStringLiteral("train") }));
        MainWindow w(TestCatalogs::models(), TestCatalogs::quants(), gpus());
        QVERIFY(w.setChartTab(QStringLiteral("placement")));
        QCOMPARE(w.preferences().chartTab, 2);
        // Each id selects the tab of that index, the Train tab included.
        QVERIFY(w.setChartTab(QStringLiteral("train")));
        QCOMPARE(w.preferences().chartTab, 4);
        QVERIFY(child<QTabWidget>(w, "chartTabs")->currentWidget()->inherits("TrainPanel"));
        QVERIFY(!w.setChartTab(QStringLiteral("nope")));
    }
};

QTEST_MAIN(TestPlannerViews)
#include "tst_plannerviews.moc"
