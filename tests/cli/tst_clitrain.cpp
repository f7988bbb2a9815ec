// SPDX-FileCopyrightText: 2026 The FitPlanner authors
// SPDX-License-Identifier: MIT

// `fitplanner train`, run as a user would: the real binary, recorded hardware (FITPLANNER_HARDWARE_ROOT, NVML off),
// JSON on stdout, and the same figures as the core's TrainingEstimator.

#include "clirunner.h"
#include "studentsearch.h"
#include "testcatalogs.h"
#include "trainingestimator.h"
#include "units.h"

#include <algorithm>

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QObject>
#include <QProcess>
#include <QProcessEnvironment>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

using namespace Planner;

class TestCliTrain : public QObject
{
    Q_OBJECT

private:
    using Result = CliResult;

    // Runs `fitplanner train` in English on the recorded machine without a GPU.
    static Result run(const QStringList& args)
    {
        return runFitplanner(QStringLiteral(FITPLANNER_BINARY), QStringList { QStringLiteral("train") } + args,
            QStringLiteral("C"), QStringLiteral(FITPLANNER_TEST_DATA "/hardware/no-gpu"));
    }

    static TrainingEstimate estimate(const TrainingScenario& s) { return TestCatalogs::trainingEstimate(s); }

private Q_SLOTS:
    void jsonMatchesTheCore();
    void qatScheme();
    void distillationNamesTeacherAndStudent();
    void timeFromTheDevice();
    void textSaysWhichFigureIsWhich();
    void reportFormats();
    void verdicts_data();
    void verdicts();
    void badInput_data();
    void badInput();
    void findStudentsMatchesTheCore();
    void findStudentsText();
    void docExamples();
};

// --format csv / markdown: the core's figures per GPU, one row each; --output writes the same bytes to a file.
void TestCliTrain::reportFormats()
{
    const QStringList args = { QStringLiteral("--model"), QStringLiteral("llama-3.1-8b"), QStringLiteral("--method"),
        QStringLiteral("qlora"), QStringLiteral("--gpu"), QStringLiteral("rtx-4090") };
    TrainingScenario s;
    s.model = TestCatalogs::model(QStringLiteral("llama-3.1-8b"));
    s.method = TrainingMethod::Qlora;
    const TrainingEstimate e = estimate(s);
    const Result csv = run(args + QStringList { QStringLiteral("--format"), QStringLiteral("csv") });
    QCOMPARE(csv.exitCode, 0);
    QVERIFY2(csv.out.startsWith("section,item,value,low,high,unit,detail\n"), csv.out.constData());
    QVERIFY(csv.out.contains("\nmemory per GPU,weights," + QByteArray::number(e.weights.bytes) + ','));
    QVERIFY(csv.out.contains("\nmemory per GPU,peak_allocated," + QByteArray::number(e.peakAllocated) + ','));
    QVERIFY(csv.out.contains("\nplan,verdict,,,,,\"fits on NVIDIA GeForce RTX 4090"));
    const Result md = run(args + QStringList { QStringLiteral("--format"), QStringLiteral("markdown") });
    QCOMPARE(md.exitCode, 0);
    QVERIFY2(md.out.startsWith("# llama-3.1-8b\n"), md.out.constData());
    QVERIFY(
        md.out.contains(QStringLiteral("| **Peak allocated** | **%1** |").arg(formatBytes(e.peakAllocated)).toUtf8()));
    QTemporaryDir dir;
    const QString file = dir.filePath(QStringLiteral("plan.csv"));
    QCOMPARE(run(args + QStringList { QStringLiteral("--output"), file }).exitCode, 0);
    QFile f(file);
    QVERIFY(f.open(QIODevice::ReadOnly));
    QCOMPARE(f.readAll(), csv.out);
}

// --qat-scheme: what QAT fake-quantizes, in the JSON and in the figures; null for methods without QAT.
void TestCliTrain::qatScheme()
{
    const QStringList args = { QStringLiteral("--model"), QStringLiteral("llama-3.2-1b"), QStringLiteral("--method"),
        QStringLiteral("qat"), QStringLiteral("--json") };
    const Result def = run(args);
    const Result w4 = run(args + QStringList { QStringLiteral("--qat-scheme"), QStringLiteral("4w") });
    QCOMPARE(def.exitCode, 0);
    QCOMPARE(w4.exitCode, 0);
    QCOMPARE(def.json()[QStringLiteral("qat_scheme")].toString(), QStringLiteral("8da4w"));
    QCOMPARE(w4.json()[QStringLiteral("qat_scheme")].toString(), QStringLiteral("4w"));
    TrainingScenario s;
    s.model = TestCatalogs::model(QStringLiteral("llama-3.2-1b"));
    s.method = TrainingMethod::Qat;
    s.qatScheme = QatScheme::Int4Weight;
    QCOMPARE(w4.json()[QStringLiteral("bytes")].toObject()[QStringLiteral("activations")].toInteger(),
        estimate(s).activations.bytes);
    QVERIFY(w4.json()[QStringLiteral("bytes")].toObject()[QStringLiteral("activations")].toInteger()
        < def.json()[QStringLiteral("bytes")].toObject()[QStringLiteral("activations")].toInteger());
    const Result lora = run({ QStringLiteral("--model"), QStringLiteral("llama-3.2-1b"), QStringLiteral("--method"),
        QStringLiteral("lora"), QStringLiteral("--json") });
    QVERIFY(lora.json()[QStringLiteral("qat_scheme")].isNull());
    const Result bad = run(args + QStringList { QStringLiteral("--qat-scheme"), QStringLiteral("int4") });
    QCOMPARE(bad.exitCode, 2);
    QVERIFY2(bad.err.contains("--qat-scheme") && bad.err.contains("8da4w, 4w"), bad.err.constData());
}

void TestCliTrain::jsonMatchesTheCore()
{
    const Result r = run({ QStringLiteral("--model"), QStringLiteral("llama-3.1-8b"), QStringLiteral("--method"),
        QStringLiteral("qlora"), QStringLiteral("--lora-targets"), QStringLiteral("attn-mlp"), QStringLiteral("--seq"),
        QStringLiteral("4k"), QStringLiteral("--micro-batch"), QStringLiteral("2"), QStringLiteral("--checkpointing"),
        QStringLiteral("full"), QStringLiteral("--chunked-loss"), QStringLiteral("on"), QStringLiteral("--gpu"),
        QStringLiteral("rtx-4090"), QStringLiteral("--json") });
    QCOMPARE(r.exitCode, 0);
    const QJsonObject j = r.json();
    QCOMPARE(j[QStringLiteral("model")].toString(), QStringLiteral("llama-3.1-8b"));
    QCOMPARE(j[QStringLiteral("method")].toString(), QStringLiteral("qlora"));
    QCOMPARE(j[QStringLiteral("per_gpu")].toBool(), true);
    QCOMPARE(j[QStringLiteral("gpus")].toInt(), 1);

    TrainingScenario s;
    s.model = TestCatalogs::model(QStringLiteral("llama-3.1-8b"));
    s.method = TrainingMethod::Qlora;
    s.loraTargets = LoraTargets::AttnMlp;
    s.seq = 4096;
    s.microBatch = 2;
    s.checkpointing = Checkpointing::Full;
    s.chunkedLoss = true;
    const TrainingEstimate e = estimate(s);
    const QJsonObject b = j[QStringLiteral("bytes")].toObject();
    QCOMPARE(b[QStringLiteral("weights")].toInteger(), e.weights.bytes);
    QCOMPARE(b[QStringLiteral("trainable_weights")].toInteger(), e.trainableWeights.bytes);
    QCOMPARE(b[QStringLiteral("gradients")].toInteger(), e.gradients.bytes);
    QCOMPARE(b[QStringLiteral("optimizer")].toInteger(), e.optimizer.bytes);
    QCOMPARE(b[QStringLiteral("activations")].toInteger(), e.activations.bytes);
    QCOMPARE(b[QStringLiteral("logits")].toInteger(), e.logits.bytes);
    QCOMPARE(b[QStringLiteral("teacher")].toInteger(), qint64(0));
    QCOMPARE(b[QStringLiteral("overhead")].toInteger(), e.overhead.bytes);
    QCOMPARE(b[QStringLiteral("total")].toInteger(), e.total);
    QCOMPARE(b[QStringLiteral("reserved")].toInteger(), e.reserved);
    QCOMPARE(j[QStringLiteral("verdict")].toString(), QStringLiteral("fits"));
    const QJsonArray explain = j[QStringLiteral("explain")].toArray();
    QVERIFY(explain.size() >= 8);
    QVERIFY(explain[0].toString().startsWith(QLatin1String("weights: ")));
    QVERIFY(j[QStringLiteral("job_seconds")].isNull()); // no --dataset-tokens
}

void TestCliTrain::distillationNamesTeacherAndStudent()
{
    const Result r = run({ QStringLiteral("--model"), QStringLiteral("qwen2.5-0.5b"), QStringLiteral("--method"),
        QStringLiteral("distill"), QStringLiteral("--teacher"), QStringLiteral("qwen2.5-7b"),
        QStringLiteral("--teacher-quant"), QStringLiteral("Q8_0"), QStringLiteral("--gpu"), QStringLiteral("h200"),
        QStringLiteral("--json") });
    QCOMPARE(r.exitCode, 0);
    const QJsonObject j = r.json();
    QCOMPARE(j[QStringLiteral("teacher")].toString(), QStringLiteral("qwen2.5-7b"));
    const QJsonObject b = j[QStringLiteral("bytes")].toObject();
    QVERIFY(b[QStringLiteral("teacher")].toInteger() > 7'000'000'000); // Q8_0 teacher weights and its logits
    QVERIFY(b[QStringLiteral("weights")].toInteger() < 1'100'000'000); // the 0.5B student in bf16
    QVERIFY(b[QStringLiteral("total")].toInteger()
        > b[QStringLiteral("teacher")].toInteger() + b[QStringLiteral("weights")].toInteger());

    // Offline: the teacher's top-32 logits of a million tokens, 6 bytes per entry.
    const Result off = run({ QStringLiteral("--model"), QStringLiteral("qwen2.5-0.5b"), QStringLiteral("--teacher"),
        QStringLiteral("qwen2.5-7b"), QStringLiteral("--gpu"), QStringLiteral("h200"), QStringLiteral("--offline-topk"),
        QStringLiteral("32"), QStringLiteral("--dataset-tokens"), QStringLiteral("1000000"),
        QStringLiteral("--json") });
    QCOMPARE(off.exitCode, 0);
    const QJsonObject o = off.json()[QStringLiteral("offline_distillation")].toObject();
    QCOMPARE(o[QStringLiteral("disk_bytes")].toInteger(), qint64(1'000'000) * 32 * 6);
    QVERIFY(o[QStringLiteral("teacher_seconds")].toDouble() > 0.0);
}

void TestCliTrain::timeFromTheDevice()
{
    const Result r = run({ QStringLiteral("--model"), QStringLiteral("llama-3.2-1b"), QStringLiteral("--gpu"),
        QStringLiteral("h100-sxm"), QStringLiteral("--gpus"), QStringLiteral("4"), QStringLiteral("--sharding"),
        QStringLiteral("zero2"), QStringLiteral("--seq"), QStringLiteral("1024"), QStringLiteral("--dataset-tokens"),
        QStringLiteral("1000000000"), QStringLiteral("--epochs"), QStringLiteral("2"), QStringLiteral("--efficiency"),
        QStringLiteral("0.5"), QStringLiteral("--json") });
    QCOMPARE(r.exitCode, 0);
    const QJsonObject j = r.json();
    TrainingScenario s;
    s.model = TestCatalogs::model(QStringLiteral("llama-3.2-1b"));
    s.seq = 1024;
    s.gpusPerNode = 4;
    s.sharding = Sharding::Zero2;
    const TrainingEstimate e = estimate(s);
    const GpuSpec* h100 = TestCatalogs::gpus().find(QStringLiteral("h100-sxm"));
    QVERIFY(h100);
    // 1024 tokens x FLOPs per token against the dense rate at 50%
    const double step = 1024.0 * e.trainingFlopsPerToken / (h100->fp16Tflops * 1e12 * 0.5);
    QCOMPARE(j[QStringLiteral("step_seconds")].toDouble(), step);
    QCOMPARE(j[QStringLiteral("tokens_per_second")].toDouble(), 4 * 1024.0 / step);
    QCOMPARE(j[QStringLiteral("job_seconds")].toDouble(), 2e9 / (4 * 1024.0 / step));
    QCOMPARE(j[QStringLiteral("gpus")].toInt(), 4);
}

void TestCliTrain::textSaysWhichFigureIsWhich()
{
    const Result r = run({ QStringLiteral("--model"), QStringLiteral("llama-3.2-1b"), QStringLiteral("--gpu"),
        QStringLiteral("rtx-4090"), QStringLiteral("--explain") });
    QCOMPARE(r.exitCode, 0);
    const QString out = QString::fromUtf8(r.out);
    QVERIFY2(out.contains(QLatin1String("Peak allocated")), qPrintable(out));
    QVERIFY(out.contains(QLatin1String("max_memory_allocated")));
    QVERIFY(out.contains(QLatin1String("nvidia-smi")));
    QVERIFY(out.contains(QLatin1String("Verdict: fits on NVIDIA GeForce RTX 4090")));
    QVERIFY(out.contains(QLatin1String("parameters x 2.000 bytes as stored"))); // --explain
}

void TestCliTrain::verdicts_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<QString>("verdict");
    const QString m = QStringLiteral("--model");
    QTest::newRow("8B full AdamW on a 4090")
        << QStringList { m, QStringLiteral("llama-3.1-8b"), QStringLiteral("--gpu"), QStringLiteral("rtx-4090") }
        << QStringLiteral("does-not-fit");
    QTest::newRow("8B QLoRA on a 4090") << QStringList { m, QStringLiteral("llama-3.1-8b"), QStringLiteral("--method"),
        QStringLiteral("qlora"), QStringLiteral("--gpu"), QStringLiteral("rtx-4090") }
                                        << QStringLiteral("fits");
    QTest::newRow("no GPU") << QStringList { m, QStringLiteral("llama-3.2-1b"), QStringLiteral("--gpu"),
        QStringLiteral("none") }
                            << QStringLiteral("no-gpu");
}

void TestCliTrain::verdicts()
{
    QFETCH(QStringList, args);
    QFETCH(QString, verdict);
    const Result r = run(args + QStringList { QStringLiteral("--json") });
    QCOMPARE(r.exitCode, 0);
    QCOMPARE(r.json()[QStringLiteral("verdict")].toString(), verdict);
}

void TestCliTrain::badInput_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<QString>("message");
    const QString m = QStringLiteral("--model");
    const QString id = QStringLiteral("llama-3.2-1b");
    QTest::newRow("method") << QStringList { m, id, QStringLiteral("--method"), QStringLiteral("dpo") }
                            << QStringLiteral("--method");
    QTest::newRow("no teacher") << QStringList { m, id, QStringLiteral("--method"), QStringLiteral("distill") }
                                << QStringLiteral("needs a teacher");
    QTest::newRow("accumulation in backward") << QStringList { m, id, QStringLiteral("--optimizer-in-backward"),
        QStringLiteral("--grad-accum"), QStringLiteral("4") }
                                              << QStringLiteral("cannot accumulate 4");
    QTest::newRow("no model") << QStringList { QStringLiteral("--seq"), QStringLiteral("1024") }
                              << QStringLiteral("--model");
    QTest::newRow("teacher") << QStringList { m, id, QStringLiteral("--teacher"), QStringLiteral("nope") }
                             << QStringLiteral("nope");
    QTest::newRow("students without teacher")
        << QStringList { QStringLiteral("--find-students"), QStringLiteral("--gpu"), QStringLiteral("h200") }
        << QStringLiteral("--find-students needs --teacher");
    QTest::newRow("students and a model") << QStringList { m, id, QStringLiteral("--find-students"),
        QStringLiteral("--teacher"), QStringLiteral("qwen2.5-7b") }
                                          << QStringLiteral("--find-students");
    QTest::newRow("student rule") << QStringList { QStringLiteral("--find-students"), QStringLiteral("--teacher"),
        QStringLiteral("qwen2.5-7b"), QStringLiteral("--student-rule"), QStringLiteral("kl") }
                                  << QStringLiteral("--student-rule");
    QTest::newRow("offline without teacher") << QStringList { m, id, QStringLiteral("--offline-topk"),
        QStringLiteral("8") } << QStringLiteral("--offline-topk needs --teacher");
}

void TestCliTrain::badInput()
{
    QFETCH(QStringList, args);
    QFETCH(QString, message);
    const Result r = run(args);
    QCOMPARE(r.exitCode, 2);
    QVERIFY(r.out.isEmpty());
    QVERIFY2(QString::fromUtf8(r.err).contains(message), r.err.constData());
}

// --find-students --json: the core's search for the same job and GPU, row for row.
void TestCliTrain::findStudentsMatchesTheCore()
{
    const Result r = run({ QStringLiteral("--find-students"), QStringLiteral("--teacher"), QStringLiteral("qwen2.5-7b"),
        QStringLiteral("--checkpointing"), QStringLiteral("full"), QStringLiteral("--chunked-loss"),
        QStringLiteral("on"), QStringLiteral("--max-micro-batch"), QStringLiteral("16"), QStringLiteral("--gpu"),
        QStringLiteral("rtx-4090"), QStringLiteral("--json") });
    QCOMPARE(r.exitCode, 0);
    const QJsonObject j = r.json();
    QCOMPARE(j[QStringLiteral("teacher")].toString(), QStringLiteral("qwen2.5-7b"));
    QCOMPARE(j[QStringLiteral("rule")].toString(), QStringLiteral("logits"));
    QCOMPARE(j[QStringLiteral("method")].toString(), QStringLiteral("full"));
    QCOMPARE(j[QStringLiteral("per_gpu")].toBool(), true);

    StudentSearchRequest req;
    req.base.teacher = TestCatalogs::model(QStringLiteral("qwen2.5-7b"));
    req.base.checkpointing = Checkpointing::Full;
    req.base.chunkedLoss = true;
    req.maxMicroBatch = 16;
    const GpuSpec* gpu = TestCatalogs::gpus().find(QStringLiteral("rtx-4090"));
    QVERIFY(gpu);
    req.gpuBytes = gpu->memoryBytes;
    req.tflopsPerGpu = gpu->fp16Tflops;
    const StudentSearchResult core
        = findStudents(TrainingEstimator(TestCatalogs::quants()), TestCatalogs::models().models, req);
    const QJsonArray students = j[QStringLiteral("students")].toArray();
    QCOMPARE(students.size(), core.students.size());
    QVERIFY(!core.students.isEmpty());
    for (qsizetype i = 0; i < students.size(); ++i) {
        const QJsonObject s = students[i].toObject();
        const StudentCandidate& c = core.students[i];
        QCOMPARE(s[QStringLiteral("model")].toString(), c.modelId);
        QCOMPARE(s[QStringLiteral("params")].toInteger(), c.params);
        QCOMPARE(s[QStringLiteral("micro_batch")].toInteger(), c.microBatch);
        QCOMPARE(s[QStringLiteral("seq")].toInteger(), c.seq);
        QCOMPARE(s[QStringLiteral("verdict")].toString(), trainingFitId(c.fit.status));
        QCOMPARE(s[QStringLiteral("shares_tokenizer")].toBool(), true);
        const QJsonObject b = s[QStringLiteral("bytes")].toObject();
        QCOMPARE(b[QStringLiteral("reserved")].toInteger(), c.reserved);
        QCOMPARE(b[QStringLiteral("total")].toInteger(), c.total);
        QCOMPARE(b[QStringLiteral("teacher")].toInteger(), c.teacherBytes);
        QCOMPARE(s[QStringLiteral("step_seconds")].toDouble(), c.time.stepSeconds);
    }
}

// The text: which rule, the job, one row per student; MiMo-V2-Flash's tokenizer is its own, and the R1 teacher shares
// its tokenizer with DeepSeek-V4-Flash alone.
void TestCliTrain::findStudentsText()
{
    const QStringList gpus
        = { QStringLiteral("--gpu"), QStringLiteral("h200"), QStringLiteral("--gpus"), QStringLiteral("8") };
    const Result own = run(
        QStringList { QStringLiteral("--find-students"), QStringLiteral("--teacher"), QStringLiteral("mimo-v2-flash") }
        + gpus);
    QCOMPARE(own.exitCode, 0);
    const QString none = QString::fromUtf8(own.out);
    QVERIFY2(none.contains(QLatin1String("No smaller catalog model shares the teacher's tokenizer")), qPrintable(none));
    const QStringList job
        = QStringList { QStringLiteral("--find-students"), QStringLiteral("--teacher"), QStringLiteral("deepseek-r1") }
        + gpus;
    const Result logits = run(job);
    QCOMPARE(logits.exitCode, 0);
    const QString one = QString::fromUtf8(logits.out);
    QVERIFY2(one.contains(QLatin1String("deepseek-v4-flash")) && one.contains(QLatin1String("does not fit")),
        qPrintable(one));
    const Result text = run(job + QStringList { QStringLiteral("--student-rule"), QStringLiteral("text") });
    QCOMPARE(text.exitCode, 0);
    const QString out = QString::fromUtf8(text.out);
    QVERIFY2(out.startsWith(QLatin1String("Students of deepseek-r1: models smaller than it")), qPrintable(out));
    QVERIFY(out.contains(QLatin1String("full, bf16, adamw, 2048 tokens")));
    const QStringList lines = out.split(u'\n');
    const auto row = std::find_if(lines.begin(), lines.end(),
        [](const QString& l) { return l.trimmed().startsWith(QLatin1String("deepseek-r1-distill-qwen-7b ")); });
    QVERIFY(row != lines.end());
    QVERIFY2(row->contains(QLatin1String("fits")), qPrintable(*row));
}

// Every example in docs/training.md (a fenced block whose first line is `$ fitplanner ...`, optionally piped through
// `head -N`, `tail -N` or `grep -E "RE"`) prints what the doc shows, line for line; a line `  ...` in the doc stands
// for any number of lines.
void TestCliTrain::docExamples()
{
    QFile doc(QStringLiteral(FITPLANNER_SOURCE_DIR "/docs/training.md"));
    QVERIFY(doc.open(QIODevice::ReadOnly));
    const QStringList docLines = QString::fromUtf8(doc.readAll()).split(u'\n');
    int examples = 0;
    for (qsizetype i = 0; i + 1 < docLines.size(); ++i) {
        if (docLines[i] != QLatin1String("```") || !docLines[i + 1].startsWith(QLatin1String("$ fitplanner ")))
            continue;
        const QString command = docLines[i + 1].mid(2);
        QStringList expected;
        qsizetype j = i + 2;
        for (; j < docLines.size() && docLines[j] != QLatin1String("```"); ++j)
            expected << docLines[j];
        QVERIFY2(j < docLines.size(), qPrintable(command));
        i = j;

        const qsizetype pipe = command.indexOf(QLatin1String(" | "));
        QStringList args = command.left(pipe).split(u' ', Qt::SkipEmptyParts).mid(1);
        QVERIFY2(args.value(0) == QLatin1String("train"), qPrintable(command));
        const Result r = run(args.mid(1));
        QVERIFY2(r.exitCode == 0, qPrintable(command + QLatin1Char('\n') + QString::fromUtf8(r.err)));
        QStringList out = QString::fromUtf8(r.out).split(u'\n');
        if (!out.isEmpty() && out.last().isEmpty())
            out.removeLast();
        if (pipe >= 0) {
            const QString filter = command.mid(pipe + 3);
            static const QRegularExpression headTail(QStringLiteral("^(head|tail) -(\\d+)$"));
            static const QRegularExpression grep(QStringLiteral("^grep -E \"(.*)\"$"));
            if (const auto m = headTail.match(filter); m.hasMatch()) {
                const qsizetype n = std::min<qsizetype>(m.captured(2).toLongLong(), out.size());
                out = m.captured(1) == QLatin1String("head") ? out.mid(0, n) : out.mid(out.size() - n);
            } else if (const auto g = grep.match(filter); g.hasMatch()) {
                const QRegularExpression re(g.captured(1));
                QVERIFY2(re.isValid(), qPrintable(filter));
                out = out.filter(re);
            } else {
                QFAIL(qPrintable(QStringLiteral("unknown filter in the doc: ") + filter));
            }
        }

        qsizetype at = 0;
        bool skipping = false;
        for (const QString& line : std::as_const(expected)) {
            if (line.trimmed() == QLatin1String("...")) {
                skipping = true;
                continue;
            }
            if (skipping) {
                while (at < out.size() && out[at] != line)
                    ++at;
            }
            QVERIFY2(at < out.size() && out[at] == line,
                qPrintable(QStringLiteral("%1\ndoc:    %2\nbinary: %3").arg(command, line, out.value(at))));
            ++at;
            skipping = false;
        }
        QVERIFY2(skipping || at == out.size(),
            qPrintable(QStringLiteral("%1\nthe binary prints more: %2").arg(command, out.value(at))));
        ++examples;
    }
    QVERIFY(examples >= 7);
}

QTEST_GUILESS_MAIN(TestCliTrain)
#include "tst_clitrain.moc"
