// SPDX-FileCopyrightText: 2026 The FitPlanner authors
// SPDX-License-Identifier: MIT

// "Measure this machine" in the hardware panel: the calibration runs off the GUI thread (the window keeps
// handling events), its result goes to the detected hardware the plan uses and to calibrationMeasured().

#include "findchild.h"
#include "fitplanner.h"
#include "hardwarepanel.h"
#include "hardwareselection.h"
#include "mainwindow.h"
#include "testcatalogs.h"
#include "units.h"

#include <algorithm>

#include <QListWidget>
#include <QPushButton>
#include <QSignalSpy>
#include <QTest>
#include <QTimer>

using namespace Planner;

class TestHardwareCalibration : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void measureThisMachine()
    {
        MainWindow w(TestCatalogs::models(), TestCatalogs::quants(), TestCatalogs::gpus());
        auto* panel = child<HardwarePanel>(w, "hardwarePanel");
        HardwareProfile cpuOnly;
        cpuOnly.ramTotal = 64 * GiB;
        cpuOnly.ramAvailable = 60 * GiB;
        cpuOnly.cpu.model = QStringLiteral("Test CPU");
        cpuOnly.cpu.physicalCores = 8;
        cpuOnly.cpu.logicalCores = 16;
        w.hardware()->setDetected(cpuOnly);
        auto* list = child<QListWidget>(w, "detectedDevices");
        const auto items = [list] {
            QStringList out;
            for (int i = 0; i < list->count(); ++i)
                out << list->item(i)->text();
            return out;
        };
        QVERIFY(items().contains(QStringLiteral("CPU not measured: CPU speeds assume typical figures")));

        QSignalSpy measured(panel, &HardwarePanel::calibrationMeasured);
        int ticks = 0;
        QTimer timer;
        QObject::connect(&timer, &QTimer::timeout, &timer, [&ticks] { ++ticks; });
        timer.start(5);
        child<QPushButton>(w, "measureMachine")->click();
        QVERIFY(panel->isCalibrating());
        QVERIFY(!child<QPushButton>(w, "measureMachine")->isEnabled());
        QVERIFY(items().contains(QStringLiteral("Measuring this machine's memory and CPU...")));
        QTRY_VERIFY_WITH_TIMEOUT(!panel->isCalibrating(), 30000);
        // The event loop ran while the calibration did: the window never blocked.
        QVERIFY2(ticks > 3, qPrintable(QString::number(ticks)));
        QCOMPARE(measured.count(), 1);
        QVERIFY(panel->calibration() && panel->calibration()->isValid());
        QVERIFY(child<QPushButton>(w, "measureMachine")->isEnabled());
        // The detected hardware carries it, so the plan's CPU speed uses it.
        QVERIFY(w.hardware()->detected().cpuCalibration);
        QVERIFY(w.hardware()->profile().cpuCalibration);
        const QStringList shown = items();
        QVERIFY2(std::any_of(shown.cbegin(), shown.cend(),
                     [](const QString& s) { return s.startsWith(QStringLiteral("Measured: memory read")); }),
            qPrintable(shown.join(u'\n')));
        QVERIFY(w.plan());
        QVERIFY2(w.plan()->speedExplanation.contains(QStringLiteral("measured on this machine")),
            qPrintable(w.plan()->speedExplanation));

        // A stored calibration given to the panel is attached the same way, and clearing it goes back.
        panel->setCalibration(std::nullopt);
        QVERIFY(!w.hardware()->detected().cpuCalibration);
    }
};

QTEST_MAIN(TestHardwareCalibration)
#include "tst_hardwarecalibration.moc"
