// SPDX-FileCopyrightText: 2026 The FitPlanner authors
// SPDX-License-Identifier: MIT

// The Train tab: live recompute and the same figures as the core (and so as `fitplanner train`).

#include "estimatesession.h"
#include "findchild.h"
#include "hardwareselection.h"
#include "mainwindow.h"
#include "studentsearch.h"
#include "testcatalogs.h"
#include "trainingestimator.h"
#include "trainpanel.h"
#include "units.h"

#include <QAbstractAxis>
#include <QChartView>
#include <QCheckBox>
#include <QComboBox>
#include <QSpinBox>
#include <QTabWidget>
#include <QTableWidget>
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
        // Weight-only QAT + LoRA, as the command line's --method qat-lora --qat-scheme 4w.
        method->setCurrentIndex(method->findData(QStringLiteral("qat-lora")));
        auto* scheme = child<QComboBox>(w, "trainQatScheme");
        scheme->setCurrentIndex(scheme->findData(QStringLiteral("4w")));
        s.method = TrainingMethod::QatLora;
        s.qatScheme = QatScheme::Int4Weight;
        QCOMPARE(panel->totalBytes(), estimate(s).total);
        s.qatScheme = QatScheme::Int8ActInt4Weight;
        QVERIFY(panel->totalBytes() < estimate(s).total);
        s.qatScheme = QatScheme::Int4Weight;
        method->setCurrentIndex(method->findData(QStringLiteral("qlora")));
        s.method = TrainingMethod::Qlora;

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

    // The seed's example reads naturally: a 671B teacher's F16 weights, 1.34 TB, against a 7B student, in the units
    // the window shows (View > Units), teacher and student named apart.
    void distillationNamesTeacherAndStudent()
    {
        MainWindow w(TestCatalogs::models(), TestCatalogs::quants(), TestCatalogs::gpus());
        QVERIFY(w.hardware()->setWhatIf(QStringLiteral("h200"), 8, qint64(2048) << 30));
        w.session()->setModelId(QStringLiteral("qwen2.5-7b"));
        w.session()->setUnits(ByteUnits::Decimal);
        auto* panel = child<TrainPanel>(w, "trainPanel");
        auto* teacher = child<QComboBox>(w, "trainTeacher");
        teacher->setCurrentIndex(teacher->findData(QStringLiteral("deepseek-r1")));
        auto* quant = child<QComboBox>(w, "trainTeacherQuant");
        quant->setCurrentIndex(quant->findData(QStringLiteral("F16")));

        TrainingScenario s;
        s.model = TestCatalogs::model(QStringLiteral("qwen2.5-7b"));
        s.method = TrainingMethod::Distill;
        s.teacher = TestCatalogs::model(QStringLiteral("deepseek-r1"));
        s.teacherRecipe = QStringLiteral("F16");
        s.gpusPerNode = 8;
        const TrainingEstimate e = estimate(s);
        QCOMPARE(panel->totalBytes(), e.total);
        const QString text = panel->verdictText();
        QVERIFY2(text.startsWith(QStringLiteral("Does not fit: %1 needed per GPU, 151 GB there")
                                     .arg(formatBytes(e.reserved, ByteUnits::Decimal))),
            qPrintable(text));
        QVERIFY2(text.contains(QStringLiteral("Teacher DeepSeek-R1 671B in F16, forward only: %1; student Qwen2.5 7B "
                                              "with its training state: %2")
                                   .arg(formatBytes(e.teacher.bytes, ByteUnits::Decimal),
                                       formatBytes(e.peakAllocated - e.teacher.bytes, ByteUnits::Decimal))),
            qPrintable(text));
        QVERIFY2(formatBytes(e.teacher.bytes, ByteUnits::Decimal) == QStringLiteral("1.34 TB"),
            qPrintable(formatBytes(e.teacher.bytes, ByteUnits::Decimal)));
        QCOMPARE(child<QChartView>(w, "trainChart")->chart()->axes(Qt::Horizontal).value(0)->titleText(),
            QStringLiteral("GB per GPU"));
    }

    // A teacher lists its students, searched off the GUI thread: the core's search for the panel's job, row for row.
    void listsStudents()
    {
        MainWindow w(TestCatalogs::models(), TestCatalogs::quants(), TestCatalogs::gpus());
        QVERIFY(w.hardware()->setWhatIf(QStringLiteral("rtx-4090"), 1, qint64(64) << 30));
        w.session()->setModelId(QStringLiteral("qwen2.5-0.5b"));
        auto* panel = child<TrainPanel>(w, "trainPanel");
        auto* table = child<QTableWidget>(w, "trainStudents");
        auto* pages = child<QTabWidget>(w, "trainPages");
        QVERIFY(panel->students().isEmpty());
        QVERIFY(!pages->isTabEnabled(1));

        auto* teacher = child<QComboBox>(w, "trainTeacher");
        teacher->setCurrentIndex(teacher->findData(QStringLiteral("qwen2.5-7b")));
        QVERIFY(pages->isTabEnabled(1));
        QTRY_VERIFY_WITH_TIMEOUT(!panel->isSearching(), 60000);
        const StudentSearchRequest& r = panel->studentRequest();
        QCOMPARE(r.base.teacher.id, QStringLiteral("qwen2.5-7b"));
        QCOMPARE(r.rule, StudentRule::Logits);
        QCOMPARE(r.gpuBytes, TestCatalogs::gpus().find(QStringLiteral("rtx-4090"))->memoryBytes);
        const StudentSearchResult core
            = findStudents(TrainingEstimator(TestCatalogs::quants()), TestCatalogs::models().models, r);
        QVERIFY(!core.students.isEmpty());
        QCOMPARE(panel->students().size(), core.students.size());
        QCOMPARE(table->rowCount(), int(core.students.size()));
        QCOMPARE(pages->tabText(1), QStringLiteral("Students (%1)").arg(core.students.size()));
        for (int i = 0; i < core.students.size(); ++i) {
            QCOMPARE(panel->students()[i].modelId, core.students[i].modelId);
            QCOMPARE(panel->students()[i].microBatch, core.students[i].microBatch);
            QCOMPARE(table->item(i, 2)->text(), QString::number(core.students[i].microBatch));
            QCOMPARE(table->item(i, 4)->text(), formatBytes(core.students[i].reserved));
        }

        // Any smaller model: the Llama models appear, the teacher leaves the GPUs.
        auto* rule = child<QComboBox>(w, "trainStudentRule");
        rule->setCurrentIndex(rule->findData(QStringLiteral("text")));
        QTRY_VERIFY_WITH_TIMEOUT(!panel->isSearching(), 60000);
        QCOMPARE(panel->studentRequest().rule, StudentRule::Text);
        bool llama = false;
        for (const StudentCandidate& c : panel->students()) {
            llama = llama || c.modelId == QLatin1String("llama-3.2-1b");
            QCOMPARE(c.teacherBytes, qint64(0));
        }
        QVERIFY(llama);

        // No teacher: no list.
        teacher->setCurrentIndex(0);
        QVERIFY(!pages->isTabEnabled(1));
        QVERIFY(panel->students().isEmpty());
    }

    // The job time: the dataset's tokens x epochs over the step's throughput, as trainingTime() gives it to the CLI.
    void jobTime()
    {
        MainWindow w(TestCatalogs::models(), TestCatalogs::quants(), TestCatalogs::gpus());
        QVERIFY(w.hardware()->setWhatIf(QStringLiteral("rtx-4090"), 1, qint64(64) << 30));
        w.session()->setModelId(QStringLiteral("llama-3.2-1b"));
        auto* panel = child<TrainPanel>(w, "trainPanel");
        QVERIFY2(!panel->timeText().contains(QLatin1String("Job")), qPrintable(panel->timeText()));

        child<QSpinBox>(w, "trainDatasetTokens")->setValue(50);
        child<QSpinBox>(w, "trainEpochs")->setValue(3);
        TrainingScenario s;
        s.model = TestCatalogs::model(QStringLiteral("llama-3.2-1b"));
        const double tflops = w.hardware()->profile().gpus.front().fp16Tflops;
        QVERIFY(tflops > 0.0);
        const TrainingTime t = trainingTime(estimate(s), tflops, TrainingEstimator::kDefaultEfficiency, 50'000'000, 3);
        QCOMPARE(t.jobSeconds, 150e6 / t.tokensPerSecond);
        const QString job
            = QStringLiteral("Job: %1 h for 50 M tokens x 3 epoch(s)").arg(t.jobSeconds / 3600.0, 0, 'f', 1);
        QVERIFY2(panel->timeText().endsWith(u'\n' + job), qPrintable(panel->timeText()));

        // Twice the epochs, twice the job; no dataset, no job.
        child<QSpinBox>(w, "trainEpochs")->setValue(6);
        QVERIFY2(
            panel->timeText().contains(
                QStringLiteral("Job: %1 h for 50 M tokens x 6 epoch(s)").arg(2.0 * t.jobSeconds / 3600.0, 0, 'f', 1)),
            qPrintable(panel->timeText()));
        child<QSpinBox>(w, "trainDatasetTokens")->setValue(0);
        QVERIFY(!panel->timeText().contains(QLatin1String("Job")));
    }

    // With flash attention the selective line lies on the no-checkpointing one; its legend entry says why.
    void selectiveLineSaysWhyItCoincides()
    {
        MainWindow w(TestCatalogs::models(), TestCatalogs::quants(), TestCatalogs::gpus());
        w.session()->setModelId(QStringLiteral("llama-3.2-1b"));
        auto* panel = child<TrainPanel>(w, "trainPanel");
        QCOMPARE(panel->sweepPoints(int(Checkpointing::Selective)), panel->sweepPoints(int(Checkpointing::None)));
        QCOMPARE(panel->sweepLineName(int(Checkpointing::Selective)), QStringLiteral("Selective (= none)"));
        QVERIFY2(panel->sweepNote().contains(QLatin1String("flash attention keeps no attention scores")),
            qPrintable(panel->sweepNote()));
        auto* flash = child<QCheckBox>(w, "trainFlash");
        flash->setChecked(false);
        QVERIFY(panel->sweepPoints(int(Checkpointing::Selective)).back().y()
            < panel->sweepPoints(int(Checkpointing::None)).back().y());
        QCOMPARE(panel->sweepLineName(int(Checkpointing::Selective)), QStringLiteral("Selective checkpointing"));
        QVERIFY(panel->sweepNote().isEmpty());
    }
};

QTEST_MAIN(TestTrainPanel)
#include "tst_trainpanel.moc"
