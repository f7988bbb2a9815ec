// SPDX-FileCopyrightText: 2026 The FitPlanner authors
// SPDX-License-Identifier: MIT

// The Train tab: live recompute and the same figures as the core (and so as `fitplanner train`).

#include "estimatesession.h"
#include "findchild.h"
#include "hardwareselection.h"
#include "mainwindow.h"
#include "testcatalogs.h"
#include "trainingestimator.h"
#include "trainpanel.h"

#include <QComboBox>
#include <QSpinBox>
#include <QTabWidget>
#include <QTest>

using namespace Planner;

class TestTrainPanel : public QObject
{
    Q_OBJECT

private:
    static TrainingEstimate estimate(const TrainingScenario& s) { return TestCatalogs::trainingEstimate(s); }

private Q_SLOTS:
    void agreesWithTheCore()
    {
        MainWindow w(TestCatalogs::models(), TestCatalogs::quants(), TestCatalogs::gpus());
        QVERIFY(w.hardware()->setWhatIf(QStringLiteral("rtx-4090"), 1, qint64(64) << 30));
        w.session()->setModelId(QStringLiteral("llama-3.2-1b"));
        auto* panel = child<TrainPanel>(w, "trainPanel");
        auto* tabs = child<QTabWidget>(w, "chartTabs");
        QCOMPARE(tabs->tabText(tabs->indexOf(panel)), QStringLiteral("Train"));

        TrainingScenario s;
        s.model = TestCatalogs::model(QStringLiteral("llama-3.2-1b"));
        QCOMPARE(panel->totalBytes(), estimate(s).total);
        QCOMPARE(panel->reservedBytes(), estimate(s).reserved);
        QVERIFY2(panel->verdictText().startsWith(QLatin1String("Fits")), qPrintable(panel->verdictText()));

        // The sweep: 512 to 8192 tokens per checkpointing choice; the current sequence's point is the estimate's.
        const QList<QPointF> none = panel->sweepPoints(int(Checkpointing::None));
        const QList<QPointF> full = panel->sweepPoints(int(Checkpointing::Full));
        QCOMPARE(none.size(), 5);
        QCOMPARE(none[2], QPointF(2048.0, double(estimate(s).reserved) / double(qint64(1) << 30)));
        QVERIFY(full.back().y() < none.back().y());

        // Live: a control change recomputes at once.
        auto* method = child<QComboBox>(w, "trainMethod");
        method->setCurrentIndex(method->findData(QStringLiteral("qlora")));
        child<QSpinBox>(w, "trainSeq")->setValue(4096);
        s.method = TrainingMethod::Qlora;
        s.seq = 4096;
        QCOMPARE(panel->totalBytes(), estimate(s).total);

        // A teacher makes a distillation; the 70B bf16 teacher does not fit next to the student on one 4090.
        method->setCurrentIndex(method->findData(QStringLiteral("full")));
        auto* teacher = child<QComboBox>(w, "trainTeacher");
        teacher->setCurrentIndex(teacher->findData(QStringLiteral("llama-3.1-70b")));
        QVERIFY2(panel->verdictText().startsWith(QLatin1String("Does not fit")), qPrintable(panel->verdictText()));

        // The hardware panel's devices: two GPUs make two data-parallel ranks.
        QVERIFY(w.hardware()->setWhatIf(QStringLiteral("h200"), 2, qint64(256) << 30));
        teacher->setCurrentIndex(0);
        s.method = TrainingMethod::Full;
        s.gpusPerNode = 2;
        QCOMPARE(panel->totalBytes(), estimate(s).total);
    }
};

QTEST_MAIN(TestTrainPanel)
#include "tst_trainpanel.moc"
