// SPDX-FileCopyrightText: 2026 The FitPlanner authors
// SPDX-License-Identifier: MIT

// JobTracker: results arrive on the GUI thread, a newer request drops a stale result, destruction drops what is
// in flight; and the two jobs the app runs through it, hardware detection and opening model files.
#include "ggufrecipe.h"
#include "hardwaredetector.h"
#include "jobtracker.h"
#include "modelfile.h"
#include "modelfilewriter.h"
#include "tensorlayout.h"
#include "testcatalogs.h"

#include <atomic>
#include <memory>

#include <QSemaphore>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

using namespace Planner;

namespace {

const GpuCatalog& gpus()
{
    static const GpuCatalog c = [] {
        QList<ParseError> errors;
        return parseGpuCatalog(TestCatalogs::readSourceFile(QStringLiteral("resources/catalog/gpus.json")),
            QStringLiteral("gpus.json"), &errors);
    }();
    return c;
}

struct OpenResult
{
    QString path;
    std::optional<OpenedModel> model;
    QString error;
};

} // namespace

class TestJobTracker : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void deliversOnTheGuiThread()
    {
        QObject context;
        JobTracker tracker(&context);
        QThread* jobThread = nullptr;
        QThread* deliveryThread = nullptr;
        int delivered = 0;
        tracker.startJob(
            [&jobThread] {
                jobThread = QThread::currentThread();
                return 42;
            },
            [&](int value) {
                deliveryThread = QThread::currentThread();
                delivered = value;
            });
        QVERIFY(tracker.isJobRunning());
        QTRY_COMPARE(delivered, 42);
        QVERIFY(!tracker.isJobRunning());
        QCOMPARE(deliveryThread, QThread::currentThread());
        QVERIFY(jobThread);
        QVERIFY(jobThread != QThread::currentThread());
        QCOMPARE(tracker.generation(), quint64(1));
    }

    void newerRequestDropsTheStaleResult()
    {
        QObject context;
        JobTracker tracker(&context);
        QSemaphore go;
        auto secondRan = std::make_shared<std::atomic_bool>(false);
        QList<int> delivered;
        const auto record = [&delivered](int value) { delivered << value; };
        tracker.startJob(
            [&go] {
                go.acquire();
                return 1;
            },
            record);
        // Two newer requests while the first runs: the second waits, the third replaces it.
        tracker.startJob(
            [secondRan] {
                *secondRan = true;
                return 2;
            },
            record);
        tracker.startJob([] { return 3; }, record);
        QCOMPARE(tracker.generation(), quint64(3));
        QVERIFY(tracker.isJobRunning());
        go.release();
        QTRY_VERIFY(!tracker.isJobRunning());
        QCOMPARE(delivered, QList<int> { 3 });
        QVERIFY(!*secondRan);

        // A request after the last result arrived is not stale.
        tracker.startJob([] { return 4; }, record);
        QTRY_COMPARE(delivered, (QList<int> { 3, 4 }));
    }

    void everyPolicyDeliversEachResult()
    {
        QObject context;
        JobTracker tracker(&context, JobTracker::Policy::Every);
        QSemaphore go;
        QList<int> delivered;
        const auto record = [&delivered](int value) { delivered << value; };
        tracker.startJob(
            [&go] {
                go.acquire();
                return 1;
            },
            record);
        tracker.startJob([] { return 2; }, record);
        QTRY_COMPARE(delivered, QList<int> { 2 }); // the second does not wait for the first
        go.release();
        QTRY_COMPARE(delivered, (QList<int> { 2, 1 }));
        QVERIFY(!tracker.isJobRunning());
    }

    void destructionDropsWhatIsInFlight()
    {
        auto* context = new QObject;
        auto* tracker = new JobTracker(context);
        QSemaphore go;
        auto ran = std::make_shared<std::atomic_bool>(false);
        int delivered = 0;
        tracker->startJob(
            [&go, ran] {
                go.acquire();
                *ran = true;
                return 1;
            },
            [&delivered](int) { ++delivered; });
        go.release();
        delete tracker; // waits for the job
        QVERIFY(*ran);
        delete context; // its watcher goes, with the queued result
        QCoreApplication::processEvents();
        QCOMPARE(delivered, 0);
    }

    // cancelJobs() raises the flag the running job was started with, drops its result, and gives later jobs a
    // fresh flag; destroying the tracker cancels before it waits, so a job that waits for the flag ends.
    void cancelRaisesTheFlagAndDropsResults()
    {
        QObject context;
        JobTracker tracker(&context, JobTracker::Policy::Every);
        const auto flag = tracker.cancelFlag();
        auto started = std::make_shared<std::atomic_bool>(false);
        int delivered = 0;
        tracker.startJob(
            [flag, started] {
                *started = true;
                while (!flag->load())
                    QThread::msleep(1);
                return 1;
            },
            [&delivered](int v) { delivered += v; });
        QTRY_VERIFY(started->load());
        tracker.cancelJobs();
        QVERIFY(flag->load());
        QVERIFY(!tracker.cancelFlag()->load());
        QTRY_VERIFY(!tracker.isJobRunning());
        QCOMPARE(delivered, 0);
        tracker.startJob([] { return 2; }, [&delivered](int v) { delivered += v; });
        QTRY_COMPARE(delivered, 2);

        auto* waiting = new JobTracker(&context);
        const auto waitingFlag = waiting->cancelFlag();
        waiting->startJob(
            [waitingFlag] {
                while (!waitingFlag->load())
                    QThread::msleep(1);
                return 0;
            },
            [](int) {});
        delete waiting; // returns: the job saw the flag
        QVERIFY(waitingFlag->load());
    }

    // Detection as the hardware panel runs it: off the GUI thread, the same profile as a blocking detect().
    void detectionThroughTheTracker()
    {
        DetectionSources sources;
        sources.root = QStringLiteral(FITPLANNER_TEST_DATA "/hardware/amd-dgpu");
        sources.useNvml = false;
        const HardwareDetector detector(sources, gpus());
        const HardwareProfile expected = detector.detect();
        QVERIFY(!expected.gpus.isEmpty());

        QObject context;
        JobTracker tracker(&context);
        std::optional<HardwareProfile> got;
        tracker.startJob([detector] { return detector.detect(); }, [&got](const HardwareProfile& p) { got = p; });
        QTRY_VERIFY(got.has_value());
        QCOMPARE(got->gpus.size(), expected.gpus.size());
        QCOMPARE(got->gpus.first().name, expected.gpus.first().name);
        QCOMPARE(got->gpus.first().memoryTotal, expected.gpus.first().memoryTotal);
        QCOMPARE(got->gpus.first().catalogId, expected.gpus.first().catalogId);
        QCOMPARE(got->ramTotal, expected.ramTotal);
        QCOMPARE(got->ramAvailable, expected.ramAvailable);
    }

    // Opening model files as the window does: every file's result arrives, errors included.
    void modelFilesThroughTheTracker()
    {
        QTemporaryDir dir;
        const ModelSpec spec = TestCatalogs::model(QStringLiteral("llama-3.1-8b"));
        const QStringList types
            = ggufTensorTypes(spec, tensorLayout(spec), QStringLiteral("Q4_K_M"), TestCatalogs::quants());
        const QString path = dir.filePath(QStringLiteral("llama.gguf"));
        QString error;
        QVERIFY2(
            TestFiles::ggufForSpec(spec, QStringLiteral("llama"), types, 15).write(path, &error), qPrintable(error));
        const auto expected = openModelFile(path, TestCatalogs::quants(), &error);
        QVERIFY2(expected, qPrintable(error));
        const QString missing = dir.filePath(QStringLiteral("missing.gguf"));

        QObject context;
        JobTracker tracker(&context, JobTracker::Policy::Every);
        QList<OpenResult> results;
        for (const QString& p : { path, missing })
            tracker.startJob(
                [p] {
                    OpenResult r;
                    r.path = p;
                    r.model = openModelFile(p, TestCatalogs::quants(), &r.error);
                    return r;
                },
                [&results](const OpenResult& r) { results << r; });
        QTRY_COMPARE(results.size(), 2);
        for (const OpenResult& r : results) {
            if (r.path == path) {
                QVERIFY2(r.model, qPrintable(r.error));
                QCOMPARE(r.model->totalBytes, expected->totalBytes);
                QCOMPARE(r.model->parameters, expected->parameters);
            } else {
                QCOMPARE(r.path, missing);
                QVERIFY(!r.model);
                QVERIFY2(r.error.contains(QLatin1String("no such file")), qPrintable(r.error));
            }
        }
    }
};

QTEST_GUILESS_MAIN(TestJobTracker)
#include "tst_jobtracker.moc"
