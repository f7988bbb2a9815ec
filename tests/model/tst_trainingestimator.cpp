// SPDX-FileCopyrightText: 2026 The FitPlanner authors
// SPDX-License-Identifier: MIT

#include "tensorlayout.h"
#include "testcatalogs.h"
#include "trainingestimator.h"
#include "units.h"

#include <algorithm>
#include <cmath>

#include <QFile>
#include <QObject>
#include <QTest>

using namespace Planner;

namespace {

constexpr qint64 kContext = (695 + 32) * (qint64(1) << 20); // CUDA context + cuBLAS workspace

// A two-layer Llama-shaped model small enough to check every byte by hand: hidden 64, 4 heads of 16, 2 KV heads,
// SwiGLU 128, vocabulary 1000, untied head.
ModelSpec tinyModel()
{
    ModelSpec m;
    m.id = QStringLiteral("tiny");
    m.modelType = QStringLiteral("llama");
    m.hiddenSize = 64;
    m.vocabSize = 1000;
    m.numLayers = 2;
    m.attention.numHeads = 4;
    m.attention.numKvHeads = 2;
    m.attention.headDim = 16;
    m.attention.vHeadDim = 16;
    m.ffn.intermediate = 128;
    m.layers.resize(2);
    return m;
}

TrainingScenario tinyScenario(TrainingMethod method)
{
    TrainingScenario s;
    s.model = tinyModel();
    s.method = method;
    s.seq = 32;
    s.loraRank = 4;
    return s;
}

TrainingEstimate estimate(const TrainingScenario& s)
{
    return TestCatalogs::trainingEstimate(s);
}

LayerActivationShape gptLayer(qint64 h, qint64 a)
{
    // Korthikanti et al. 2022, section 4.1: a GPT layer with a 4h GeLU MLP, dropout, 16-bit softmax, LayerNorm
    // keeping its 16-bit input, multi-head attention.
    LayerActivationShape l;
    l.hidden = h;
    l.heads = a;
    l.kvHeads = a;
    l.headDim = h / a;
    l.vHeadDim = h / a;
    l.intermediate = 4 * h;
    l.gated = false;
    l.dropout = true;
    l.softmaxFp32 = false;
    l.normBytesPerElement = 2;
    return l;
}

} // namespace

class TestTrainingEstimator : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void zeroPaperStages_data();
    void zeroPaperStages();
    void korthikantiActivations_data();
    void korthikantiActivations();
    void qloraBitsPerParameter();
    void tinyModelParameters();
    void fullByHand();
    void loraByHand();
    void qloraByHand();
    void qatByHand();
    void qatLoraByHand();
    void qatWeightOnlyByHand();
    void hybridModelsSayTheirActivationsAreApproximate();
    void distillByHand();
    void shardingAndOffload();
    void checkpointingOrder();
    void fitAndTime();
    void rejectsBadInput_data();
    void rejectsBadInput();
    void publishedRuns();
    void qatPublishedOverhead();
    void selectiveOpByHand();
};

void TestTrainingEstimator::zeroPaperStages_data()
{
    QTest::addColumn<int>("sharding");
    QTest::addColumn<qint64>("bytes");
    QTest::addColumn<QString>("paperGB");
    // Rajbhandari et al. 2020, Figure 1: 7.5B parameters, mixed-precision Adam (K = 12), 64 GPUs.
    QTest::newRow("baseline") << int(Sharding::None) << qint64(120'000'000'000) << QStringLiteral("120.0");
    QTest::newRow("stage 1") << int(Sharding::Zero1) << qint64(31'406'250'000) << QStringLiteral("31.4");
    QTest::newRow("stage 2") << int(Sharding::Zero2) << qint64(16'640'625'000) << QStringLiteral("16.6");
    QTest::newRow("stage 3") << int(Sharding::Zero3) << qint64(1'875'000'000) << QStringLiteral("1.9");
}

void TestTrainingEstimator::zeroPaperStages()
{
    QFETCH(int, sharding);
    QFETCH(qint64, bytes);
    QFETCH(QString, paperGB);
    const qint64 psi = 7'500'000'000;
    const ModelStateBytes whole { 2 * psi, 2 * psi, 12 * psi };
    const qint64 perGpu = TrainingEstimator::shardModelStates(whole, Sharding(sharding), 64).total();
    QCOMPARE(perGpu, bytes);
    QCOMPARE(QString::number(double(perGpu) / 1e9, 'f', 1), paperGB);
}

void TestTrainingEstimator::korthikantiActivations_data()
{
    QTest::addColumn<qint64>("hidden");
    QTest::addColumn<qint64>("heads");
    QTest::addColumn<qint64>("seq");
    QTest::addColumn<qint64>("batch");
    QTest::newRow("GPT-3 175B") << qint64(12288) << qint64(96) << qint64(2048) << qint64(1);
    QTest::newRow("530B") << qint64(20480) << qint64(128) << qint64(2048) << qint64(1);
    QTest::newRow("small, batch 4") << qint64(1024) << qint64(16) << qint64(512) << qint64(4);
}

void TestTrainingEstimator::korthikantiActivations()
{
    QFETCH(qint64, hidden);
    QFETCH(qint64, heads);
    QFETCH(qint64, seq);
    QFETCH(qint64, batch);
    const LayerActivationShape l = gptLayer(hidden, heads);
    const qint64 sbh = seq * batch * hidden;
    // sbh(34 + 5as/h) without recomputation
    QCOMPARE(TrainingEstimator::layerActivationBytes(l, seq, batch, false, Checkpointing::None),
        34 * sbh + 5 * heads * seq * seq * batch);
    // selective recomputation drops the attention core: 34 sbh
    QCOMPARE(TrainingEstimator::layerActivationBytes(l, seq, batch, false, Checkpointing::Selective), 34 * sbh);
    // full recomputation keeps the layer input: 2 sbh
    QCOMPARE(TrainingEstimator::layerActivationBytes(l, seq, batch, false, Checkpointing::Full), 2 * sbh);
}

void TestTrainingEstimator::qloraBitsPerParameter()
{
    const TrainingEstimator est(TestCatalogs::quants());
    // Dettmers et al. 2023: 4 + 8/64 + 32/(64 x 256) = 4.127 bits with double quantization, 4.5 without.
    // The stored type adds each tensor's quantization state (code tables, offset): under 0.001 bits here.
    const double paper = 4.0 + 8.0 / 64 + 32.0 / (64 * 256);
    QVERIFY(std::abs(est.bnb4BitsPerWeight(QStringLiteral("NF4_DQ"), 4096, 4096) - paper) < 0.001);
    QCOMPARE(
        QString::number(est.bnb4BitsPerWeight(QStringLiteral("NF4_DQ"), 4096, 4096), 'f', 3), QStringLiteral("4.127"));
    QCOMPARE(
        QString::number(est.bnb4BitsPerWeight(QStringLiteral("NF4"), 4096, 4096), 'f', 3), QStringLiteral("4.500"));
}

void TestTrainingEstimator::tinyModelParameters()
{
    // embedding 64000 + 2 x (q 4096 + k 2048 + v 2048 + o 4096 + 3 x 8192 MLP + 2 x 64 norms) + norm 64 + head 64000
    QCOMPARE(countParameters(tinyModel()).total, qint64(202048));
}

void TestTrainingEstimator::fullByHand()
{
    const TrainingEstimate e = estimate(tinyScenario(TrainingMethod::Full));
    QCOMPARE(e.trainableParams, qint64(202048));
    QCOMPARE(e.weights.bytes, qint64(202048 * 2));
    QCOMPARE(e.trainableWeights.bytes, qint64(0));
    QCOMPARE(e.gradients.bytes, qint64(202048 * 2));
    QCOMPARE(e.optimizer.bytes, qint64(202048 * 2 * 2)); // two bf16 moments
    // Per token and layer: norms 2 x 6 x 64, q/k/v input 128, Q 128, K 64, V 64, log-sum-exp 16, output 128,
    // MLP input 128, gate/silu/up 6 x 128, down input 256 = 2448 bytes; final norm and head input 8 x 64.
    QCOMPARE(e.activations.bytes, qint64(2448 * 32 * 2 + 32 * 64 * 8));
    QCOMPARE(e.logits.bytes, qint64(10 * 32 * 1000)); // bf16 logits 2 + fp32 log-softmax 4 + gradient 4
    QCOMPARE(e.backwardPeak, qint64(173056 + 320000 + 64000 * 2)); // + the head's gradient
    QCOMPARE(e.stepPeak, qint64(404096 + 404096)); // gradients + foreach AdamW's sqrt of one moment
    QCOMPARE(e.peakAllocated, qint64(404096 + 808192 + 808192));
    QCOMPARE(e.total, e.peakAllocated + kContext);
    QCOMPARE(e.reserved, e.total + 808192 / 100 * 25);
    // 6 x (202048 - 64000 embedding) + 3 x attention 2 x 2 layers x 32 x 4 x 16
    QCOMPARE(e.trainingFlopsPerToken, 6.0 * (202048 - 64000) + 3.0 * 2 * 2 * 32 * 4 * 16);

    TrainingScenario amp = tinyScenario(TrainingMethod::Full);
    amp.precision = TrainingPrecision::Amp;
    const TrainingEstimate a = estimate(amp);
    QCOMPARE(a.weights.bytes + a.trainableWeights.bytes + a.gradients.bytes + a.optimizer.bytes,
        qint64(202048 * 16)); // ZeRO's 2 + 2 + 12 bytes per parameter
}

void TestTrainingEstimator::loraByHand()
{
    const TrainingEstimate e = estimate(tinyScenario(TrainingMethod::Lora)); // rank 4 on q and v
    // q: 4 x (64 + 64), v: 4 x (64 + 32), two layers
    QCOMPARE(e.trainableParams, qint64(1792));
    QCOMPARE(e.weights.bytes, qint64(202048 * 2));
    QCOMPARE(e.trainableWeights.bytes, qint64(1792 * 2));
    QCOMPARE(e.gradients.bytes, qint64(1792 * 2));
    QCOMPARE(e.optimizer.bytes, qint64(1792 * 4));
    // Frozen linears keep no inputs but q/k/v's (q is adapted); frozen norms keep 4 bytes; each adapter keeps its
    // r-wide intermediate: 256 + 128 + 128 + 64 + 64 + 16 + 128 + 256 + 768 + 2 x 8 = 1824 per token and layer.
    QCOMPARE(e.activations.bytes, qint64(1824 * 32 * 2 + 32 * 64 * 4));
    QCOMPARE(e.peakAllocated, qint64(404096 + 3584 + 7168 + 124928 + 320000 + 256 * 2));
}

void TestTrainingEstimator::qloraByHand()
{
    TrainingScenario s = tinyScenario(TrainingMethod::Qlora);
    const TrainingEstimate e = estimate(s);
    const StorageType* nf4 = TestCatalogs::quants().type(QStringLiteral("NF4_DQ"));
    QVERIFY(nf4);
    // Linear layers in NF4 (q, o: 64 x 64, k, v: 64 x 32, gate/up: 64 x 128, down: 128 x 64), everything else bf16.
    const qint64 linear = 2
        * (2 * nf4->bytesFor(64, 64) + 2 * nf4->bytesFor(64, 32) + 2 * nf4->bytesFor(64, 128) + nf4->bytesFor(128, 64));
    QCOMPARE(e.weights.bytes, linear + (202048 - 2 * 36864) * 2);
    QCOMPARE(e.trainableParams, qint64(1792));
    // LoRA's activations plus one dequantised 64 x 128 matrix.
    QCOMPARE(e.activations.bytes, qint64(1824 * 32 * 2 + 32 * 64 * 4 + 64 * 128 * 2));
}

void TestTrainingEstimator::qatByHand()
{
    const TrainingEstimate full = estimate(tinyScenario(TrainingMethod::Full));
    const TrainingEstimate qat = estimate(tinyScenario(TrainingMethod::Qat));
    // Weight clones and masks: 2 layers x 36864 linear weights x 3 bytes. Activation masks and copies per token:
    // linear inputs 3 x 64 + 64 + 2 x 64 + 128 = 512, plus 16-bit copies for k, v, up (3 x 64 x 2) = 896.
    QCOMPARE(qat.activations.bytes - full.activations.bytes, qint64(2 * 36864 * 3 + 896 * 32 * 2));
    QCOMPARE(qat.weights.bytes, full.weights.bytes);

    TrainingScenario ckpt = tinyScenario(TrainingMethod::Qat);
    ckpt.checkpointing = Checkpointing::Full;
    TrainingScenario fullCkpt = tinyScenario(TrainingMethod::Full);
    fullCkpt.checkpointing = Checkpointing::Full;
    // With checkpointing only the layer being recomputed holds them.
    QCOMPARE(estimate(ckpt).activations.bytes - estimate(fullCkpt).activations.bytes, qint64(36864 * 3 + 896 * 32));
}

void TestTrainingEstimator::qatLoraByHand()
{
    const TrainingEstimate lora = estimate(tinyScenario(TrainingMethod::Lora));
    const TrainingEstimate qatLora = estimate(tinyScenario(TrainingMethod::QatLora));
    // The frozen base's weights are fake-quantized as for QAT (2 layers x 36864 linear weights x 3 bytes), its
    // inputs get their 1-byte masks (512 per token and layer), but no frozen linear keeps a 16-bit copy of its
    // input: backward needs only the adapters' inputs, which LoRA keeps already.
    QCOMPARE(qatLora.activations.bytes - lora.activations.bytes, qint64(2 * 36864 * 3 + 512 * 32 * 2));
    // Adapters, their gradients and state are LoRA's.
    QCOMPARE(qatLora.trainableParams, lora.trainableParams);
    QCOMPARE(qatLora.weights.bytes, lora.weights.bytes);
    QCOMPARE(qatLora.gradients.bytes, lora.gradients.bytes);
    QCOMPARE(qatLora.optimizer.bytes, lora.optimizer.bytes);
    QVERIFY2(qatLora.activations.explanation.contains(QStringLiteral("8da4w fake-quant weight clones")),
        qPrintable(qatLora.activations.explanation));
}

// Recurrent layers' own saved tensors are not modelled: a hybrid model's estimate says so, an attention-only one not.
void TestTrainingEstimator::hybridModelsSayTheirActivationsAreApproximate()
{
    TrainingScenario s;
    s.model = TestCatalogs::model(QStringLiteral("qwen3.5-27b"));
    const QString note = estimate(s).notes.join(u'\n');
    QVERIFY2(note.contains(QStringLiteral("48 of the 64 layers are recurrent")), qPrintable(note));
    s.model = TestCatalogs::model(QStringLiteral("llama-3.1-8b"));
    QVERIFY(!estimate(s).notes.join(u'\n').contains(QStringLiteral("recurrent")));
}

void TestTrainingEstimator::qatWeightOnlyByHand()
{
    const TrainingEstimate full = estimate(tinyScenario(TrainingMethod::Full));
    TrainingScenario s = tinyScenario(TrainingMethod::Qat);
    s.qatScheme = QatScheme::Int4Weight;
    const TrainingEstimate w4 = estimate(s);
    // Weight-only QAT keeps the weights' clones and masks and nothing per token: 2 x 36864 x 3 bytes.
    QCOMPARE(w4.activations.bytes - full.activations.bytes, qint64(2 * 36864 * 3));
    QVERIFY2(w4.activations.explanation.contains(QStringLiteral("the inputs are not fake-quantized")),
        qPrintable(w4.activations.explanation));
    s.method = TrainingMethod::QatLora;
    QCOMPARE(estimate(s).activations.bytes - estimate(tinyScenario(TrainingMethod::Lora)).activations.bytes,
        qint64(2 * 36864 * 3));
    // The ids the command line and the window use.
    QCOMPARE(qatSchemeIds(), QStringList({ QStringLiteral("8da4w"), QStringLiteral("4w") }));
    QCOMPARE(qatSchemeFromId(QStringLiteral("4W")), std::optional(QatScheme::Int4Weight));
    QCOMPARE(qatSchemeFromId(QStringLiteral("int4")), std::nullopt);
}

void TestTrainingEstimator::distillByHand()
{
    TrainingScenario s = tinyScenario(TrainingMethod::Distill);
    s.teacher = tinyModel();
    s.teacherRecipe = QStringLiteral("BF16");
    const TrainingEstimate e = estimate(s);
    const TrainingEstimate full = estimate(tinyScenario(TrainingMethod::Full));
    // Teacher: bf16 weights + one layer's forward working set 32 x 2 x (4 x 64 + 3 x 128) + logits 2 + fp32
    // probabilities 4 bytes per token and vocabulary entry.
    QCOMPARE(e.teacher.bytes, qint64(202048 * 2 + 32 * 2 * (256 + 384) + 6 * 32 * 1000));
    // Student: its own cross-entropy plus the KL term's fp32 log-probabilities and gradient.
    QCOMPARE(e.logits.bytes, qint64(18 * 32 * 1000));
    // The larger logits make the backward peak (activations + logits + head gradient) the peak.
    QCOMPARE(e.peakAllocated, qint64(404096 + 808192) + e.teacher.bytes + qint64(173056 + 576000 + 128000));
    QVERIFY(e.trainingFlopsPerToken > full.trainingFlopsPerToken);

    // Offline: 64 entries of 4 + 2 bytes per token; the teacher's forward 2 x (202048 - 64000) + attention
    // 2 x 2 layers x 32 x 4 x 16 FLOPs per token at 50% of 100 TFLOPS.
    QCOMPARE(e.teacherFlopsPerToken, 284288.0);
    const OfflineDistillation off = offlineDistillation(e, 1'000'000, 64, 100.0, 0.5);
    QCOMPARE(off.diskBytes, qint64(1'000'000) * 64 * 6);
    QCOMPARE(off.teacherSeconds, 1e6 * 284288.0 / 50e12);

    s.teacherOnSeparateGpu = true;
    const TrainingEstimate apart = estimate(s);
    QCOMPARE(apart.peakAllocated, e.peakAllocated - e.teacher.bytes);
    QCOMPARE(apart.teacherGpuTotal, e.teacher.bytes + kContext);
}

void TestTrainingEstimator::shardingAndOffload()
{
    TrainingScenario s = tinyScenario(TrainingMethod::Full);
    s.precision = TrainingPrecision::Amp;
    s.gpusPerNode = 4;
    s.nodes = 2;
    s.sharding = Sharding::Zero2;
    const TrainingEstimate z2 = estimate(s);
    QCOMPARE(z2.weights.bytes, qint64(202048 * 2));
    QCOMPARE(z2.gradients.bytes, qint64(202048 * 2 / 8));
    QCOMPARE(z2.optimizer.bytes, qint64(202048 * 8 / 8));
    QCOMPARE(z2.trainableWeights.bytes, qint64(202048 * 4 / 8));

    s.sharding = Sharding::None;
    QCOMPARE(estimate(s).gradients.bytes, qint64(202048 * 2 * 2)); // DDP buckets

    s.sharding = Sharding::Fsdp;
    const TrainingEstimate f = estimate(s);
    // Shards + 2 x the largest layer (36992 parameters) gathered in 16 bits.
    QCOMPARE(f.weights.bytes, qint64(202048 * 2 / 8 + 36992 * 2 * 2));

    s.offload = TrainingOffload::Optimizer;
    const TrainingEstimate off = estimate(s);
    QCOMPARE(off.optimizer.bytes, qint64(0));
    QCOMPARE(off.trainableWeights.bytes, qint64(0));
    QCOMPARE(off.cpuBytes, qint64(202048 * 8 / 8 + 202048 * 4 / 8));
}

void TestTrainingEstimator::checkpointingOrder()
{
    TrainingScenario s;
    s.model = TestCatalogs::model(QStringLiteral("llama-3.1-8b"));
    s.seq = 4096;
    s.flashAttention = false;
    qint64 last = std::numeric_limits<qint64>::max();
    for (Checkpointing c : { Checkpointing::None, Checkpointing::Selective, Checkpointing::Full }) {
        s.checkpointing = c;
        const qint64 a = estimate(s).activations.bytes;
        QVERIFY2(a < last, qPrintable(checkpointingId(c)));
        last = a;
    }
    s.checkpointing = Checkpointing::None;
    s.flashAttention = true;
    const qint64 flash = estimate(s).activations.bytes;
    const qint64 logits = estimate(s).logits.bytes;
    s.chunkedLoss = true;
    // 10 bytes per logit unchunked, 2 + 8 / 8 chunked
    QCOMPARE(estimate(s).logits.bytes * 10, logits * 3);
    s.offload = TrainingOffload::Activations;
    const TrainingEstimate off = estimate(s);
    QVERIFY(off.activations.bytes < flash);
    QVERIFY(off.cpuBytes > 0);

    // MoE and MLA decoders go through the same arithmetic.
    for (const QString& id : { QStringLiteral("qwen3-30b-a3b"), QStringLiteral("deepseek-v2-lite") }) {
        TrainingScenario m;
        m.model = TestCatalogs::model(id);
        m.method = TrainingMethod::Lora;
        m.loraTargets = LoraTargets::AllLinear;
        m.loraExperts = true;
        const TrainingEstimate e = estimate(m);
        QVERIFY2(e.activations.bytes > 0 && e.trainableParams > 0, qPrintable(id));
        QVERIFY(e.activeParams < e.params);
    }
}

void TestTrainingEstimator::fitAndTime()
{
    TrainingScenario s = tinyScenario(TrainingMethod::Full);
    s.offload = TrainingOffload::Optimizer;
    s.gpusPerNode = 2;
    s.sharding = Sharding::Zero1;
    const TrainingEstimate e = estimate(s);
    QVERIFY(e.reserved > e.total);
    QCOMPARE(judgeTrainingFit(e, e.reserved, 0).status, TrainingFitStatus::Fits);
    QCOMPARE(judgeTrainingFit(e, e.reserved - 1, 0).status, TrainingFitStatus::Tight);
    QCOMPARE(judgeTrainingFit(e, e.total - 1, 0).status, TrainingFitStatus::DoesNotFit);
    QCOMPARE(judgeTrainingFit(e, 0, 0).status, TrainingFitStatus::NoGpu);
    // Both GPUs of the node offload their optimizer shard.
    QCOMPARE(judgeTrainingFit(e, e.reserved, 2 * e.cpuBytes).status, TrainingFitStatus::Fits);
    QCOMPARE(judgeTrainingFit(e, e.reserved, 2 * e.cpuBytes - 1).status, TrainingFitStatus::RamShort);

    const TrainingTime t = trainingTime(e, 100.0, 0.5, 1'000'000, 3);
    QCOMPARE(t.stepSeconds, 32.0 * e.trainingFlopsPerToken / 50e12);
    QCOMPARE(t.tokensPerSecond, 2 * 32.0 / t.stepSeconds);
    QCOMPARE(t.jobSeconds, 3e6 / t.tokensPerSecond);
    QCOMPARE(trainingTime(e, 0.0, 0.5).stepSeconds, -1.0);
}

void TestTrainingEstimator::rejectsBadInput_data()
{
    QTest::addColumn<QString>("what");
    QTest::addColumn<QString>("message");
    QTest::newRow("seq") << QStringLiteral("seq") << QStringLiteral("sequence length 0");
    QTest::newRow("accum in backward") << QStringLiteral("accum") << QStringLiteral("cannot accumulate 4");
    QTest::newRow("param offload") << QStringLiteral("offload") << QStringLiteral("ZeRO-3 or FSDP");
    QTest::newRow("teacher") << QStringLiteral("teacher") << QStringLiteral("needs a teacher");
    QTest::newRow("rank") << QStringLiteral("rank") << QStringLiteral("LoRA rank 0");
}

void TestTrainingEstimator::rejectsBadInput()
{
    QFETCH(QString, what);
    QFETCH(QString, message);
    TrainingScenario s = tinyScenario(TrainingMethod::Full);
    if (what == QLatin1String("seq"))
        s.seq = 0;
    if (what == QLatin1String("accum")) {
        s.optimizerInBackward = true;
        s.gradAccum = 4;
    }
    if (what == QLatin1String("offload"))
        s.offload = TrainingOffload::Params;
    if (what == QLatin1String("teacher"))
        s.method = TrainingMethod::Distill;
    if (what == QLatin1String("rank")) {
        s.method = TrainingMethod::Lora;
        s.loraRank = 0;
    }
    QString error;
    QVERIFY(!TrainingEstimator(TestCatalogs::quants()).estimate(s, &error));
    QVERIFY2(error.contains(message), qPrintable(error));
}

// Published measured peaks (tests/data/training/published_runs.csv): the total within 15% of each row marked
// checked, and docs/training.md's table states each row's measured and modelled figures as the model gives them.
void TestTrainingEstimator::publishedRuns()
{
    QFile f(QStringLiteral(FITPLANNER_TEST_DATA "/training/published_runs.csv"));
    QVERIFY(f.open(QIODevice::ReadOnly));
    const QStringList lines = QString::fromUtf8(f.readAll()).split(u'\n', Qt::SkipEmptyParts);
    QFile docFile(QStringLiteral(FITPLANNER_SOURCE_DIR "/docs/training.md"));
    QVERIFY(docFile.open(QIODevice::ReadOnly));
    const QStringList doc = QString::fromUtf8(docFile.readAll()).split(u'\n');
    QVERIFY(lines.size() > 1);
    const QStringList header = lines.first().split(u',');
    int checked = 0;
    for (qsizetype i = 1; i < lines.size(); ++i) {
        const QStringList cells = lines[i].split(u',');
        QVERIFY(cells.size() >= header.size());
        const auto cell = [&](const char* name) { return cells.value(header.indexOf(QLatin1String(name))); };
        TrainingScenario s;
        s.model = TestCatalogs::model(cell("model"));
        s.method = *trainingMethodFromId(cell("method"));
        s.precision = *trainingPrecisionFromId(cell("precision"));
        s.optimizer = *trainingOptimizerFromId(cell("optimizer"));
        s.optimizerInBackward = cell("optimizer_in_backward") == QLatin1String("1");
        s.loraRank = std::max(1, cell("lora_rank").toInt());
        s.loraTargets = *loraTargetsFromId(cell("lora_targets"));
        s.seq = cell("seq").toLongLong();
        s.microBatch = cell("micro_batch").toLongLong();
        s.gradAccum = cell("grad_accum").toLongLong();
        s.packed = cell("packed") == QLatin1String("1");
        s.checkpointing = *checkpointingFromId(cell("checkpointing"));
        s.offload = *trainingOffloadFromId(cell("offload"));
        s.flashAttention = cell("flash_attn") == QLatin1String("on");
        s.chunkedLoss = cell("chunked_loss") == QLatin1String("on");
        s.gpusPerNode = cell("gpus").toInt();
        s.sharding = *shardingFromId(cell("sharding"));
        const TrainingEstimate e = estimate(s);
        const QString measure = cell("measure");
        const qint64 modelled = measure == QLatin1String("allocated") ? e.peakAllocated
            : measure == QLatin1String("reserved")                    ? e.reserved - e.overhead.bytes
                                                                      : e.reserved;
        const double measured = cell("measured_gib").toDouble() * double(qint64(1) << 30);
        const double ratio = double(modelled) / measured;
        qInfo("%s: weights %s, adapters/master %s, gradients %s, optimizer %s, activations %s, logits %s",
            qPrintable(cell("id")), qPrintable(formatBytes(e.weights.bytes)),
            qPrintable(formatBytes(e.trainableWeights.bytes)), qPrintable(formatBytes(e.gradients.bytes)),
            qPrintable(formatBytes(e.optimizer.bytes)), qPrintable(formatBytes(e.activations.bytes)),
            qPrintable(formatBytes(e.logits.bytes)));
        qInfo("%s: modelled %.2f GiB, measured %.2f GiB (%+.1f%%)", qPrintable(cell("id")),
            double(modelled) / double(qint64(1) << 30), measured / double(qint64(1) << 30), (ratio - 1.0) * 100.0);
        const QString rowStart = QStringLiteral("| `%1` |").arg(cell("id"));
        const auto docRow
            = std::find_if(doc.begin(), doc.end(), [&](const QString& l) { return l.startsWith(rowStart); });
        QVERIFY2(docRow != doc.end(), qPrintable(QStringLiteral("docs/training.md lacks ") + cell("id")));
        const QString figures = QString::asprintf("| %.2f GiB | %.2f GiB | %+.1f%%", measured / double(qint64(1) << 30),
            double(modelled) / double(qint64(1) << 30), (ratio - 1.0) * 100.0);
        QVERIFY2(docRow->contains(figures), qPrintable(*docRow + QStringLiteral("\nthe model: ") + figures));
        if (cell("status") != QLatin1String("checked"))
            continue; // listed with the reason in docs/training.md
        QVERIFY2(ratio > 0.85 && ratio < 1.15, qPrintable(cell("id")));
        ++checked;
    }
    QVERIFY(checked >= 3);
}

// torchtune's QAT tutorial (docs/source/tutorials/qat_finetune.rst): Llama 3 8B, 6 GPUs with FSDP, batch 2 of up
// to 8192 tokens, activation checkpointing: "the increase in memory footprint per GPU is minimal (< 5GB per GPU)"
// over full fine-tuning. With checkpointing only the layer being recomputed holds fake-quantized copies.
void TestTrainingEstimator::qatPublishedOverhead()
{
    TrainingScenario s;
    s.model = TestCatalogs::model(QStringLiteral("llama-3-8b"));
    s.seq = 8192;
    s.microBatch = 2;
    s.checkpointing = Checkpointing::Full;
    s.gpusPerNode = 6;
    s.sharding = Sharding::Fsdp;
    const TrainingEstimate full = estimate(s);
    s.method = TrainingMethod::Qat;
    const TrainingEstimate qat = estimate(s);
    const qint64 increase = qat.peakAllocated - full.peakAllocated;
    qInfo("QAT over full fine-tuning: +%s per GPU (%+.1f%%)", qPrintable(formatBytes(increase)),
        100.0 * double(increase) / double(full.peakAllocated));
    QVERIFY(increase > 0);
    QVERIFY(increase < qint64(5) * 1000 * 1000 * 1000);
    // One layer's linear weights (4096 x (4096 + 1024 + 1024 + 4096) + 3 x 4096 x 14336) x 3 bytes, and its linear
    // inputs for 16384 tokens: masks 3 x 4096 + 4096 + 2 x 4096 + 14336 and 16-bit copies 2 x 3 x 4096 per token.
    QCOMPARE(qat.activations.bytes - full.activations.bytes, qint64(218103808) * 3 + qint64(16384) * (38912 + 24576));
}

// torchtitan's op-level selective checkpointing on a Llama layer keeps the input, q, v, gate and down outputs and the
// attention kernel's output and log-sum-exp; the recomputed layer's full set is alive once in backward.
void TestTrainingEstimator::selectiveOpByHand()
{
    TrainingScenario s = tinyScenario(TrainingMethod::Full);
    s.checkpointing = Checkpointing::SelectiveOp;
    const TrainingEstimate op = estimate(s);
    TrainingScenario none = tinyScenario(TrainingMethod::Full);
    const LayerActivationShape l = [] {
        LayerActivationShape x;
        x.hidden = 64;
        x.heads = 4;
        x.kvHeads = 2;
        x.headDim = 16;
        x.vHeadDim = 16;
        x.intermediate = 128;
        return x;
    }();
    // Per token: input 2 x 64 + q 2 x 64 + v 2 x 32 + gate 2 x 128 + down 2 x 64 + output 2 x 64 + lse 4 x 4.
    QCOMPARE(TrainingEstimator::layerActivationBytes(l, 32, 1, true, Checkpointing::SelectiveOp),
        qint64(32 * (128 + 128 + 64 + 256 + 128 + 128 + 16)));
    const qint64 oneLayer = TrainingEstimator::layerActivationBytes(l, 32, 1, true, Checkpointing::None);
    const qint64 full = estimate(none).activations.bytes;
    // Two layers' kept set + one layer recomputed + the final norm and head input, as the full estimate has them.
    QCOMPARE(op.activations.bytes, 2 * qint64(32 * 848) + oneLayer + (full - 2 * oneLayer));
    QCOMPARE(checkpointingFromId(QStringLiteral("selective-op")), std::optional(Checkpointing::SelectiveOp));
}

QTEST_GUILESS_MAIN(TestTrainingEstimator)
#include "tst_trainingestimator.moc"
