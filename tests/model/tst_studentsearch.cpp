// SPDX-FileCopyrightText: 2026 The FitPlanner authors
// SPDX-License-Identifier: MIT

#include "studentsearch.h"
#include "tensorlayout.h"
#include "testcatalogs.h"

#include <algorithm>
#include <iterator>

#include <QObject>
#include <QTest>

using namespace Planner;

namespace {

constexpr qint64 kGiB = qint64(1) << 30;

const StudentCandidate* findId(const StudentSearchResult& r, const QString& id)
{
    for (const StudentCandidate& c : r.students) {
        if (c.modelId == id)
            return &c;
    }
    return nullptr;
}
// The pointer lives as long as the result: refuse a temporary.
const StudentCandidate* findId(StudentSearchResult&&, const QString&) = delete;

int rank(TrainingFitStatus s)
{
    const TrainingFitStatus order[] = { TrainingFitStatus::Fits, TrainingFitStatus::Tight, TrainingFitStatus::RamShort,
        TrainingFitStatus::DoesNotFit, TrainingFitStatus::NoGpu };
    return int(std::find(std::begin(order), std::end(order), s) - std::begin(order));
}

QStringList ids(const StudentSearchResult& r)
{
    QStringList out;
    for (const StudentCandidate& c : r.students)
        out << c.modelId;
    return out;
}

TrainingScenario job(const QString& teacher)
{
    TrainingScenario s;
    s.teacher = TestCatalogs::model(teacher);
    s.teacherRecipe = QStringLiteral("BF16");
    s.seq = 2048;
    s.checkpointing = Checkpointing::Full;
    s.chunkedLoss = true;
    return s;
}

// The reserved bytes per GPU of `student` under the search's job at a micro-batch and sequence.
qint64 reservedAt(const StudentSearchRequest& r, const QString& student, qint64 microBatch, qint64 seq)
{
    TrainingScenario s = r.base;
    if (r.rule == StudentRule::Text) {
        s.teacher = ModelSpec();
    } else if (s.method == TrainingMethod::Full) {
        s.method = TrainingMethod::Distill;
    }
    s.model = TestCatalogs::model(student);
    s.microBatch = microBatch;
    s.seq = seq;
    return TestCatalogs::trainingEstimate(s).reserved;
}

} // namespace

class TestStudentSearch : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void tokenizerRule_data();
    void tokenizerRule();
    void ruleIds();
    void estimateNotesAForeignTokenizer();
    void deepSeekR1Students();
    void largestMicroBatch();
    void shortenedSequence();
    void orderAndVerdicts();
    void noGpu();
};

void TestStudentSearch::tokenizerRule_data()
{
    QTest::addColumn<QString>("teacher");
    QTest::addColumn<QString>("student");
    QTest::addColumn<bool>("shares");
    // One tokenizer padded differently (151,936 and 152,064 rows), same family.
    QTest::newRow("qwen2.5 72b -> 0.5b") << "qwen2.5-72b"
                                         << "qwen2.5-0.5b" << true;
    // The R1 distilled students keep their base models' tokenizers: qwen2 and llama architectures.
    QTest::newRow("qwen2.5 -> r1 distill qwen") << "qwen2.5-32b"
                                                << "deepseek-r1-distill-qwen-7b" << true;
    QTest::newRow("llama 3.1 -> r1 distill llama") << "llama-3.1-70b"
                                                   << "deepseek-r1-distill-llama-8b" << true;
    QTest::newRow("r1 -> r1 distill qwen") << "deepseek-r1"
                                           << "deepseek-r1-distill-qwen-7b" << false;
    // 129,280 against 128,256 rows: 1,024 apart, more than any padding.
    QTest::newRow("r1 -> r1 distill llama") << "deepseek-r1"
                                            << "deepseek-r1-distill-llama-8b" << false;
    // The same 32,000 rows, different tokenizers, different lineage.
    QTest::newRow("llama 2 -> mistral") << "llama-2-13b"
                                        << "mistral-7b-v0.1" << false;
    QTest::newRow("mixtral -> mistral") << "mixtral-8x7b"
                                        << "mistral-7b-v0.1" << true;
    QTest::newRow("llama 3 -> llama 2") << "llama-3.1-70b"
                                        << "llama-2-7b" << false;
    QTest::newRow("gemma 2 -> gemma 3") << "gemma-2-27b"
                                        << "gemma-3-1b" << false;
}

void TestStudentSearch::tokenizerRule()
{
    QFETCH(QString, teacher);
    QFETCH(QString, student);
    QFETCH(bool, shares);
    QCOMPARE(sharesTokenizer(TestCatalogs::model(teacher), TestCatalogs::model(student)), shares);
}

void TestStudentSearch::ruleIds()
{
    QCOMPARE(studentRuleIds(), QStringList({ QStringLiteral("logits"), QStringLiteral("text") }));
    QCOMPARE(studentRuleFromId(QStringLiteral("TEXT")), std::optional<StudentRule>(StudentRule::Text));
    QVERIFY(!studentRuleFromId(QStringLiteral("kl")));
}

// A distillation estimate says when teacher and student cannot share logits, by the same rule as the search.
void TestStudentSearch::estimateNotesAForeignTokenizer()
{
    const auto noted = [](const char* teacher) {
        TrainingScenario s;
        s.model = TestCatalogs::model(QStringLiteral("deepseek-r1-distill-llama-8b"));
        s.method = TrainingMethod::Distill;
        s.teacher = TestCatalogs::model(QLatin1String(teacher));
        for (const QString& n : TestCatalogs::trainingEstimate(s).notes) {
            if (n.contains(QLatin1String("do not share a tokenizer")))
                return true;
        }
        return false;
    };
    QVERIFY(noted("deepseek-r1")); // 129,280 against 128,256 rows, under 1% apart
    QVERIFY(!noted("llama-3.1-70b"));
}

// The seed's example: of the smaller catalog models only DeepSeek-V4-Flash shares DeepSeek-R1's tokenizer (129,280
// tokens), so logit distillation has one student, too large for a full fine-tune on one H200 node; R1's distilled
// Qwen and Llama students were trained on generated text, which any smaller model can be.
void TestStudentSearch::deepSeekR1Students()
{
    const TrainingEstimator estimator(TestCatalogs::quants());
    StudentSearchRequest r;
    r.base = job(QStringLiteral("deepseek-r1"));
    r.base.gpusPerNode = 8;
    r.gpuBytes = 141 * qint64(1000 * 1000 * 1000);
    r.tflopsPerGpu = 989.4;
    const StudentSearchResult logits = findStudents(estimator, TestCatalogs::models().models, r);
    QCOMPARE(ids(logits), QStringList { QStringLiteral("deepseek-v4-flash") });
    QCOMPARE(logits.students.first().fit.status, TrainingFitStatus::DoesNotFit);

    r.rule = StudentRule::Text;
    const StudentSearchResult text = findStudents(estimator, TestCatalogs::models().models, r);
    QVERIFY(text.skipped.isEmpty());
    const qint64 teacherParams = countParameters(r.base.teacher).total;
    for (const StudentCandidate& c : text.students) {
        QVERIFY(c.params < teacherParams);
        QCOMPARE(c.teacherBytes, qint64(0)); // the teacher is not on the GPUs
    }
    for (const char* id :
        { "deepseek-r1-distill-qwen-1.5b", "deepseek-r1-distill-qwen-7b", "deepseek-r1-distill-qwen-14b",
            "deepseek-r1-distill-qwen-32b", "deepseek-r1-distill-llama-8b", "deepseek-r1-distill-llama-70b" }) {
        const StudentCandidate* c = findId(text, QLatin1String(id));
        QVERIFY2(c, id);
        QVERIFY(!c->sharesTokenizer);
        QCOMPARE(c->seq, qint64(2048));
    }
    // The teacher, and models as large as it, are no students.
    QVERIFY(!findId(text, QStringLiteral("deepseek-r1")));
    QVERIFY(!findId(text, QStringLiteral("deepseek-v3")));
    QVERIFY(!findId(text, QStringLiteral("kimi-k2")));
    // 7B full fine-tuning in bf16 fits one H200 with room for many sequences; the 70B does not fit on one unsharded.
    const StudentCandidate* small = findId(text, QStringLiteral("deepseek-r1-distill-qwen-7b"));
    QCOMPARE(small->fit.status, TrainingFitStatus::Fits);
    QVERIFY(small->microBatch > 1);
    QVERIFY(small->time.stepSeconds > 0.0);
    QCOMPARE(findId(text, QStringLiteral("deepseek-r1-distill-llama-70b"))->fit.status, TrainingFitStatus::DoesNotFit);
}

// With the GPU exactly as large as the reserved peak at micro-batch 3, 3 is the answer: 4 needs more.
void TestStudentSearch::largestMicroBatch()
{
    const TrainingEstimator estimator(TestCatalogs::quants());
    StudentSearchRequest r;
    r.base = job(QStringLiteral("qwen2.5-7b"));
    r.gpuBytes = reservedAt(r, QStringLiteral("qwen2.5-0.5b"), 3, 2048);
    QVERIFY(reservedAt(r, QStringLiteral("qwen2.5-0.5b"), 4, 2048) > r.gpuBytes);
    const StudentSearchResult res = findStudents(estimator, TestCatalogs::models().models, r);
    const StudentCandidate* c = findId(res, QStringLiteral("qwen2.5-0.5b"));
    QVERIFY(c);
    QVERIFY(c->sharesTokenizer);
    QCOMPARE(c->microBatch, qint64(3));
    QCOMPARE(c->seq, qint64(2048));
    QVERIFY(!c->seqShortened);
    QCOMPARE(c->reserved, r.gpuBytes);
    QCOMPARE(c->fit.status, TrainingFitStatus::Fits);
    // The teacher's share: its bf16 weights, one layer's forward set and its logits, as the estimator says.
    TrainingScenario s = r.base;
    s.model = TestCatalogs::model(QStringLiteral("qwen2.5-0.5b"));
    s.method = TrainingMethod::Distill;
    s.microBatch = 3;
    QCOMPARE(c->teacherBytes, TestCatalogs::trainingEstimate(s).teacher.bytes);
    // Only Qwen-tokenizer models smaller than the 7.6B teacher qualify.
    for (const StudentCandidate& other : res.students) {
        QVERIFY2(other.sharesTokenizer, qPrintable(other.modelId));
        QVERIFY(other.vocab == 151936 || other.vocab == 152064);
    }
    QVERIFY(findId(res, QStringLiteral("deepseek-r1-distill-qwen-1.5b")));
    QVERIFY(!findId(res, QStringLiteral("qwen2.5-14b")));
    QVERIFY(!findId(res, QStringLiteral("llama-3.2-1b")));

    // The cap: with room for everything, the request's maximum.
    r.gpuBytes = 100000 * kGiB;
    r.maxMicroBatch = 5;
    const StudentSearchResult capped = findStudents(estimator, TestCatalogs::models().models, r);
    QCOMPARE(findId(capped, QStringLiteral("qwen2.5-0.5b"))->microBatch, qint64(5));
}

// When one sequence of the requested length does not fit, the longest multiple of the step that does.
void TestStudentSearch::shortenedSequence()
{
    const TrainingEstimator estimator(TestCatalogs::quants());
    StudentSearchRequest r;
    r.base = job(QStringLiteral("qwen2.5-7b"));
    r.base.seq = 8192;
    r.base.checkpointing = Checkpointing::None;
    r.gpuBytes = reservedAt(r, QStringLiteral("qwen2.5-1.5b"), 1, 2816);
    QVERIFY(reservedAt(r, QStringLiteral("qwen2.5-1.5b"), 1, 3072) > r.gpuBytes);
    const StudentSearchResult res = findStudents(estimator, TestCatalogs::models().models, r);
    const StudentCandidate* c = findId(res, QStringLiteral("qwen2.5-1.5b"));
    QVERIFY(c);
    QCOMPARE(c->microBatch, qint64(1));
    QCOMPARE(c->seq, qint64(2816));
    QVERIFY(c->seqShortened);
    QCOMPARE(c->reserved, r.gpuBytes);
    QCOMPARE(c->fit.status, TrainingFitStatus::Fits);
}

// Fitting students first, larger ones first among them; what cannot fit even 256 tokens keeps the request's sequence.
void TestStudentSearch::orderAndVerdicts()
{
    const TrainingEstimator estimator(TestCatalogs::quants());
    StudentSearchRequest r;
    r.base = job(QStringLiteral("qwen2.5-72b"));
    r.base.teacherRecipe = QStringLiteral("AWQ-INT4");
    r.base.teacherOnSeparateGpu = true;
    r.gpuBytes = 80 * kGiB;
    const StudentSearchResult res = findStudents(estimator, TestCatalogs::models().models, r);
    QVERIFY(res.students.size() > 10);
    for (qsizetype i = 1; i < res.students.size(); ++i) {
        const StudentCandidate& a = res.students[i - 1];
        const StudentCandidate& b = res.students[i];
        QVERIFY(rank(a.fit.status) <= rank(b.fit.status));
        if (a.fit.status == b.fit.status)
            QVERIFY(a.params >= b.params);
    }
    QCOMPARE(res.students.front().fit.status, TrainingFitStatus::Fits);
    const StudentCandidate* big = findId(res, QStringLiteral("qwen2.5-32b"));
    QVERIFY(big);
    QCOMPARE(big->fit.status, TrainingFitStatus::DoesNotFit); // 32B x 8 bytes of bf16 model states alone: 243 GiB
    QCOMPARE(big->seq, qint64(2048));
    QCOMPARE(big->microBatch, qint64(1));
}

void TestStudentSearch::noGpu()
{
    const TrainingEstimator estimator(TestCatalogs::quants());
    StudentSearchRequest r;
    r.base = job(QStringLiteral("llama-3.1-70b"));
    const StudentSearchResult res = findStudents(estimator, TestCatalogs::models().models, r);
    QVERIFY(findId(res, QStringLiteral("llama-3.2-1b")));
    for (const StudentCandidate& c : res.students) {
        QCOMPARE(c.fit.status, TrainingFitStatus::NoGpu);
        QCOMPARE(c.microBatch, qint64(1));
        QCOMPARE(c.time.stepSeconds, -1.0);
    }
    // Without a teacher there is nothing to search for.
    r.base.teacher = ModelSpec();
    QVERIFY(findStudents(estimator, TestCatalogs::models().models, r).students.isEmpty());
}

QTEST_GUILESS_MAIN(TestStudentSearch)
#include "tst_studentsearch.moc"
