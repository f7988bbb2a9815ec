// SPDX-FileCopyrightText: 2026 The FitPlanner authors
// SPDX-License-Identifier: MIT

#include "clitrain.h"

#include "clihardware.h"
#include "climodel.h"
#include "clitr.h"
#include "hardwarechoice.h"
#include "hardwaredetector.h"
#include "report.h"
#include "studentsearch.h"
#include "trainingestimator.h"
#include "units.h"

#include <algorithm>
#include <limits>
#include <optional>

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

using namespace Planner;

namespace {

constexpr double kDefaultEfficiency = TrainingEstimator::kDefaultEfficiency;

// What a training plan concludes about the hardware, with the text the CLI prints.
struct TrainVerdict
{
    TrainingFit fit;
    TrainingTime time;
    QString text;
};

TrainVerdict judge(const TrainingEstimate& e, const HardwareProfile& hw, double efficiency,
    std::optional<qint64> datasetTokens, qint64 epochs)
{
    TrainVerdict v;
    if (hw.gpus.empty()) {
        v.fit = judgeTrainingFit(e, 0, hw.ramTotal);
        v.text = CliTr::tr("no GPU to train on");
        return v;
    }
    const auto smallest = std::min_element(hw.gpus.begin(), hw.gpus.end(),
        [](const GpuDevice& a, const GpuDevice& b) { return a.memoryTotal < b.memoryTotal; });
    v.fit = judgeTrainingFit(e, smallest->memoryTotal, hw.ramTotal);
    v.time = trainingTime(e, hw.gpus.front().fp16Tflops, efficiency, datasetTokens.value_or(0), epochs);
    const TrainingFit& f = v.fit;
    switch (f.status) {
    case TrainingFitStatus::Fits:
        v.text = CliTr::tr("fits on %1 (%2 per GPU, %3 spare after the expected reserved peak)")
                     .arg(smallest->name, formatBytes(f.capacity), formatBytes(f.capacity - f.needed));
        break;
    case TrainingFitStatus::Tight:
        v.text = CliTr::tr("tight on %1: the peak allocated fits in %2, the allocator's expected reserve does not")
                     .arg(smallest->name, formatBytes(f.capacity));
        break;
    case TrainingFitStatus::RamShort:
        v.text = CliTr::tr("does not fit: the offloaded %1 exceed the %2 of RAM")
                     .arg(formatBytes(f.cpuNeeded), formatBytes(hw.ramTotal));
        break;
    default:
        v.text = CliTr::tr("does not fit on %1: %2 needed per GPU, %3 there")
                     .arg(smallest->name, formatBytes(f.needed), formatBytes(f.capacity));
        break;
    }
    return v;
}

QJsonValue secondsJson(double s)
{
    return s < 0.0 ? QJsonValue(QJsonValue::Null) : QJsonValue(s);
}

QList<std::pair<QString, const MemoryComponent*>> components(const TrainingEstimate& e)
{
    return { { QStringLiteral("weights"), &e.weights }, { QStringLiteral("trainable_weights"), &e.trainableWeights },
        { QStringLiteral("gradients"), &e.gradients }, { QStringLiteral("optimizer"), &e.optimizer },
        { QStringLiteral("activations"), &e.activations }, { QStringLiteral("logits"), &e.logits },
        { QStringLiteral("teacher"), &e.teacher }, { QStringLiteral("overhead"), &e.overhead } };
}

QJsonObject trainJson(const TrainingEstimate& e, const TrainVerdict& v, const HardwareProfile& hw)
{
    const TrainingScenario& sc = e.scenario;
    QJsonObject bytes;
    QJsonArray explain;
    for (const auto& [key, c] : components(e)) {
        bytes.insert(key, c->bytes);
        explain.append(QStringLiteral("%1: %2").arg(key, c->explanation));
    }
    bytes.insert(QStringLiteral("total"), e.total);
    bytes.insert(QStringLiteral("reserved"), e.reserved);
    bytes.insert(QStringLiteral("peak_allocated"), e.peakAllocated);
    bytes.insert(QStringLiteral("cpu_offloaded"), e.cpuBytes);
    bytes.insert(QStringLiteral("teacher_gpu_total"), e.teacherGpuTotal);
    explain.append(QStringLiteral("total: peak allocated %1 (model states + max(backward peak %2, optimizer-step peak "
                                  "%3)) + overhead")
                       .arg(e.peakAllocated)
                       .arg(e.backwardPeak)
                       .arg(e.stepPeak));
    explain.append(QStringLiteral("reserved: total + caching-allocator slack %1").arg(e.reservedSlack));
    return QJsonObject { { QStringLiteral("model"), e.modelId },
        { QStringLiteral("method"), trainingMethodId(sc.method) },
        { QStringLiteral("precision"), trainingPrecisionId(sc.precision) },
        { QStringLiteral("optimizer"), trainingOptimizerId(sc.optimizer) },
        { QStringLiteral("qat_scheme"),
            sc.method == TrainingMethod::Qat || sc.method == TrainingMethod::QatLora
                ? QJsonValue(qatSchemeId(sc.qatScheme))
                : QJsonValue(QJsonValue::Null) },
        { QStringLiteral("teacher"), sc.hasTeacher() ? QJsonValue(sc.teacher.id) : QJsonValue(QJsonValue::Null) },
        { QStringLiteral("per_gpu"), true }, { QStringLiteral("bytes"), bytes }, { QStringLiteral("params"), e.params },
        { QStringLiteral("trainable_params"), e.trainableParams },
        { QStringLiteral("verdict"), trainingFitId(v.fit.status) }, { QStringLiteral("gpus"), qint64(sc.worldSize()) },
        { QStringLiteral("gpu_memory"), v.fit.capacity },
        { QStringLiteral("step_seconds"), secondsJson(v.time.stepSeconds) },
        { QStringLiteral("tokens_per_second"), secondsJson(v.time.tokensPerSecond) },
        { QStringLiteral("job_seconds"), secondsJson(v.time.jobSeconds) }, { QStringLiteral("explain"), explain },
        { QStringLiteral("notes"), QJsonArray::fromStringList(e.notes) },
        { QStringLiteral("hardware_notes"), QJsonArray::fromStringList(hw.notes) } };
}

QString componentLabel(const QString& key)
{
    if (key == QLatin1String("weights"))
        return CliTr::tr("Weights");
    if (key == QLatin1String("trainable_weights"))
        return CliTr::tr("Trainable weights");
    if (key == QLatin1String("gradients"))
        return CliTr::tr("Gradients");
    if (key == QLatin1String("optimizer"))
        return CliTr::tr("Optimizer state");
    if (key == QLatin1String("activations"))
        return CliTr::tr("Activations");
    if (key == QLatin1String("logits"))
        return CliTr::tr("Logits");
    if (key == QLatin1String("teacher"))
        return CliTr::tr("Teacher");
    return CliTr::tr("CUDA context");
}

void printTrainText(QTextStream& out, const TrainingEstimate& e, const TrainVerdict& v, bool explain)
{
    const TrainingScenario& sc = e.scenario;
    out << CliTr::tr("%1 | %2 | %3 | %4 | %5 x %6 tokens | %7 GPU(s), per GPU:\n")
               .arg(e.modelId, trainingMethodId(sc.method), trainingPrecisionId(sc.precision),
                   trainingOptimizerId(sc.optimizer))
               .arg(sc.microBatch)
               .arg(sc.seq)
               .arg(sc.worldSize());
    for (const auto& [key, c] : components(e)) {
        out << QStringLiteral("  %1 %2\n").arg(cliLabel(componentLabel(key), 20), formatBytes(c->bytes));
        if (explain && !c->explanation.isEmpty())
            out << QStringLiteral("      ") << c->explanation << '\n';
    }
    out << QStringLiteral("  %1 %2  %3\n")
               .arg(cliLabel(CliTr::tr("Peak allocated"), 20), formatBytes(e.peakAllocated),
                   CliTr::tr("(what torch.cuda.max_memory_allocated reports)"));
    out << QStringLiteral("  %1 %2  %3\n")
               .arg(cliLabel(CliTr::tr("Total"), 20), formatBytes(e.total),
                   CliTr::tr("(peak allocated + CUDA context)"));
    out << QStringLiteral("  %1 %2  %3\n")
               .arg(cliLabel(CliTr::tr("Reserved"), 20), formatBytes(e.reserved),
                   CliTr::tr("(expected allocator reserve + CUDA context: what nvidia-smi shows)"));
    if (e.cpuBytes > 0)
        out << CliTr::tr("CPU memory per GPU: %1").arg(formatBytes(e.cpuBytes)) << '\n';
    if (e.teacherGpuTotal > 0)
        out << CliTr::tr("Teacher GPU: %1").arg(formatBytes(e.teacherGpuTotal)) << '\n';
    out << CliTr::tr("Verdict: %1").arg(v.text) << '\n';
    if (v.time.stepSeconds > 0.0)
        out << CliTr::tr("Step: %1 s, %2 tokens/s")
                   .arg(v.time.stepSeconds, 0, 'f', 2)
                   .arg(v.time.tokensPerSecond, 0, 'f', 0)
            << '\n';
    if (v.time.jobSeconds > 0.0)
        out << CliTr::tr("Job: %1 h").arg(v.time.jobSeconds / 3600.0, 0, 'f', 1) << '\n';
    for (const QString& n : e.notes)
        out << CliTr::tr("Note: ") << n << '\n';
}

// The plan as a Markdown document: the scenario, each component per GPU with its formula, the verdict and time.
QByteArray trainMarkdown(const TrainingEstimate& e, const TrainVerdict& v)
{
    const TrainingScenario& sc = e.scenario;
    QString md = QStringLiteral("# ") + markdownCell(e.modelId) + QStringLiteral("\n\n");
    md += CliTr::tr("%1, %2, %3, micro-batch %4 x %5 tokens, %6 GPU(s); figures per GPU.")
              .arg(trainingMethodId(sc.method), trainingPrecisionId(sc.precision), trainingOptimizerId(sc.optimizer))
              .arg(sc.microBatch)
              .arg(sc.seq)
              .arg(sc.worldSize())
        + QStringLiteral("\n\n| ") + CliTr::tr("Component") + QStringLiteral(" | ") + CliTr::tr("Per GPU")
        + QStringLiteral(" | ") + CliTr::tr("How it is computed") + QStringLiteral(" |\n|---|---:|---|\n");
    for (const auto& [key, c] : components(e))
        md += QStringLiteral("| %1 | %2 | %3 |\n")
                  .arg(componentLabel(key), formatBytes(c->bytes), markdownCell(c->explanation));
    md += QStringLiteral("| **%1** | **%2** | %3 |\n")
              .arg(CliTr::tr("Peak allocated"), formatBytes(e.peakAllocated),
                  CliTr::tr("what torch.cuda.max_memory_allocated reports"));
    md += QStringLiteral("| %1 | %2 | %3 |\n")
              .arg(CliTr::tr("Reserved"), formatBytes(e.reserved),
                  CliTr::tr("expected allocator reserve + CUDA context: what nvidia-smi shows"));
    md += QStringLiteral("\n**") + markdownCell(v.text) + QStringLiteral("**\n");
    if (v.time.stepSeconds > 0.0)
        md += QStringLiteral("\n")
            + CliTr::tr("Step: %1 s, %2 tokens/s")
                  .arg(v.time.stepSeconds, 0, 'f', 2)
                  .arg(v.time.tokensPerSecond, 0, 'f', 0)
            + QStringLiteral("\n");
    for (const QString& n : e.notes)
        md += QStringLiteral("\n- ") + markdownCell(n);
    return (md + QStringLiteral("\n")).toUtf8();
}

// One row per figure, byte counts as integers: the same columns as the inference reports.
QByteArray trainCsv(const TrainingEstimate& e, const TrainVerdict& v)
{
    ReportCsv out;
    const QString memory = QStringLiteral("memory per GPU");
    for (const auto& [key, c] : components(e))
        out.bytes(memory, key, c->bytes, c->low, c->high, c->explanation);
    out.bytes(memory, QStringLiteral("peak_allocated"), e.peakAllocated, e.peakAllocated, e.peakAllocated);
    out.bytes(memory, QStringLiteral("total"), e.total, e.total, e.total);
    out.bytes(memory, QStringLiteral("reserved"), e.reserved, e.reserved, e.reserved);
    out.bytes(memory, QStringLiteral("cpu_offloaded"), e.cpuBytes, e.cpuBytes, e.cpuBytes);
    out.row(QStringLiteral("plan"), QStringLiteral("verdict"), {}, {}, {}, {}, v.text);
    if (v.time.stepSeconds > 0.0) {
        const QString step = QString::number(v.time.stepSeconds, 'f', 3);
        const QString rate = QString::number(v.time.tokensPerSecond, 'f', 0);
        out.row(QStringLiteral("speed"), QStringLiteral("step"), step, step, step, QStringLiteral("s"), {});
        out.row(
            QStringLiteral("speed"), QStringLiteral("throughput"), rate, rate, rate, QStringLiteral("tokens/s"), {});
    }
    return out.data();
}

// The scenario the options describe (the model already loaded into `sc`).
void applyOptions(const CliArgs& o, TrainingScenario* sc)
{
    sc->method = *trainingMethodFromId(o.text(QStringLiteral("method")));
    sc->precision = *trainingPrecisionFromId(o.text(QStringLiteral("precision")));
    sc->optimizer = *trainingOptimizerFromId(o.text(QStringLiteral("optimizer")));
    sc->optimizerInBackward = o.flag(QStringLiteral("optimizer-in-backward"));
    sc->loraRank = o.count(QStringLiteral("lora-rank")).value_or(sc->loraRank);
    sc->loraTargets = *loraTargetsFromId(o.text(QStringLiteral("lora-targets")));
    sc->loraExperts = o.flag(QStringLiteral("lora-experts"));
    sc->doubleQuant = !o.flag(QStringLiteral("no-double-quant"));
    sc->qatScheme = *qatSchemeFromId(o.text(QStringLiteral("qat-scheme")));
    sc->seq = o.count(QStringLiteral("seq")).value_or(sc->seq);
    sc->microBatch = o.count(QStringLiteral("micro-batch")).value_or(sc->microBatch);
    sc->gradAccum = o.count(QStringLiteral("grad-accum")).value_or(sc->gradAccum);
    sc->packed = o.flag(QStringLiteral("packed"));
    sc->checkpointing = *checkpointingFromId(o.text(QStringLiteral("checkpointing")));
    sc->offload = *trainingOffloadFromId(o.text(QStringLiteral("offload")));
    sc->flashAttention = o.value(QStringLiteral("flash-attn")).toBool();
    sc->chunkedLoss = o.value(QStringLiteral("chunked-loss")).toBool();
    sc->sharding = *shardingFromId(o.text(QStringLiteral("sharding")));
    sc->nodes = int(o.count(QStringLiteral("nodes")).value_or(1));
    sc->teacherOnSeparateGpu = o.flag(QStringLiteral("teacher-separate"));
    sc->teacherRecipe = o.text(QStringLiteral("teacher-quant"));
}

QString fitLabel(TrainingFitStatus s)
{
    switch (s) {
    case TrainingFitStatus::Fits:
        return CliTr::tr("fits");
    case TrainingFitStatus::Tight:
        return CliTr::tr("tight");
    case TrainingFitStatus::RamShort:
        return CliTr::tr("RAM short");
    case TrainingFitStatus::DoesNotFit:
        return CliTr::tr("does not fit");
    case TrainingFitStatus::NoGpu:
        return CliTr::tr("no GPU");
    }
    return {};
}

QJsonObject studentsJson(const StudentSearchRequest& r, const StudentSearchResult& res, const HardwareProfile& hw)
{
    QJsonArray students;
    for (const StudentCandidate& c : res.students)
        students.append(QJsonObject { { QStringLiteral("model"), c.modelId }, { QStringLiteral("name"), c.name },
            { QStringLiteral("params"), c.params }, { QStringLiteral("vocab"), c.vocab },
            { QStringLiteral("shares_tokenizer"), c.sharesTokenizer }, { QStringLiteral("micro_batch"), c.microBatch },
            { QStringLiteral("seq"), c.seq }, { QStringLiteral("seq_shortened"), c.seqShortened },
            { QStringLiteral("bytes"),
                QJsonObject { { QStringLiteral("total"), c.total }, { QStringLiteral("reserved"), c.reserved },
                    { QStringLiteral("teacher"), c.teacherBytes } } },
            { QStringLiteral("verdict"), trainingFitId(c.fit.status) },
            { QStringLiteral("step_seconds"), secondsJson(c.time.stepSeconds) },
            { QStringLiteral("tokens_per_second"), secondsJson(c.time.tokensPerSecond) } });
    const TrainingScenario& sc = r.base;
    return QJsonObject { { QStringLiteral("teacher"), sc.teacher.id },
        { QStringLiteral("teacher_quant"), sc.teacherRecipe }, { QStringLiteral("rule"), studentRuleId(r.rule) },
        { QStringLiteral("method"), trainingMethodId(sc.method) },
        { QStringLiteral("precision"), trainingPrecisionId(sc.precision) },
        { QStringLiteral("optimizer"), trainingOptimizerId(sc.optimizer) }, { QStringLiteral("seq"), sc.seq },
        { QStringLiteral("max_micro_batch"), r.maxMicroBatch }, { QStringLiteral("per_gpu"), true },
        { QStringLiteral("gpus"), qint64(sc.worldSize()) }, { QStringLiteral("gpu_memory"), r.gpuBytes },
        { QStringLiteral("students"), students },
        { QStringLiteral("skipped"), QJsonArray::fromStringList(res.skipped) },
        { QStringLiteral("hardware_notes"), QJsonArray::fromStringList(hw.notes) } };
}

QString studentsText(const StudentSearchRequest& r, const StudentSearchResult& res, const QString& gpuName)
{
    const TrainingScenario& sc = r.base;
    QString text
        = (r.rule == StudentRule::Logits
                  ? CliTr::tr(
                      "Students of %1 (%2) that share its tokenizer, for logit distillation with the teacher on the "
                      "GPUs")
                        .arg(sc.teacher.id, sc.teacherRecipe)
                  : CliTr::tr("Students of %1: models smaller than it, fine-tuned on text it generated beforehand")
                        .arg(sc.teacher.id))
        + u'\n'
        + CliTr::tr("%1, %2, %3, %4 tokens, up to %5 sequences per micro-batch, %6 GPU(s) of %7; figures per GPU")
              .arg(trainingMethodId(sc.method), trainingPrecisionId(sc.precision), trainingOptimizerId(sc.optimizer))
              .arg(sc.seq)
              .arg(r.maxMicroBatch)
              .arg(sc.worldSize())
              .arg(gpuName)
        + u'\n';
    if (res.students.isEmpty()) {
        text += (r.rule == StudentRule::Logits ? CliTr::tr(
                     "No smaller catalog model shares the teacher's tokenizer; --student-rule text lists every "
                     "smaller model")
                                               : CliTr::tr("No smaller catalog model"))
            + u'\n';
    } else {
        const QStringList head = { CliTr::tr("Model"), CliTr::tr("Params"), CliTr::tr("Batch"), CliTr::tr("Sequence"),
            CliTr::tr("Per GPU"), CliTr::tr("Verdict"), CliTr::tr("Step") };
        const int widths[] = { 32, 9, 7, 10, 11, 14, 0 };
        const auto row = [&widths](const QStringList& cells) {
            QString line = QStringLiteral("  ");
            for (int i = 0; i < cells.size(); ++i)
                line += widths[i] > 0 ? cliLabel(cells[i], widths[i] - 1) + u' ' : cells[i];
            return line.trimmed().prepend(QStringLiteral("  ")) + u'\n';
        };
        text += row(head);
        for (const StudentCandidate& c : res.students)
            text += row({ c.modelId, formatCount(c.params), QString::number(c.microBatch),
                c.seqShortened ? CliTr::tr("%1 (max)").arg(c.seq) : QString::number(c.seq), formatBytes(c.reserved),
                fitLabel(c.fit.status),
                c.time.stepSeconds > 0.0 ? CliTr::tr("%1 s").arg(c.time.stepSeconds, 0, 'f', 2)
                                         : QStringLiteral("-") });
        text
            += CliTr::tr("Per GPU: the expected reserved peak (what nvidia-smi shows) at that micro-batch and sequence")
            + u'\n';
    }
    for (const QString& s : res.skipped)
        text += CliTr::tr("Skipped: %1").arg(s) + u'\n';
    return text;
}

// `train --find-students`: every catalog model that could be the teacher's student, with the largest job that fits.
int runFindStudents(const CliArgs& o, const Catalogs& c, QTextStream& out, QTextStream& err)
{
    const auto fail = [&err](const QString& m) {
        err << "fitplanner train: " << m << '\n';
        return 2;
    };
    const ModelSpec* teacher
        = o.isSet(QStringLiteral("teacher")) ? c.models.find(o.text(QStringLiteral("teacher"))) : nullptr;
    if (!teacher)
        return fail(CliTr::tr("--find-students needs --teacher"));
    StudentSearchRequest r;
    applyOptions(o, &r.base);
    r.base.teacher = *teacher;
    r.rule = *studentRuleFromId(o.text(QStringLiteral("student-rule")));
    r.maxMicroBatch = o.count(QStringLiteral("max-micro-batch")).value_or(r.maxMicroBatch);
    r.efficiency = o.number(QStringLiteral("efficiency")).value_or(kDefaultEfficiency);
    const std::optional<qint64> count = o.count(QStringLiteral("gpus"));
    const HardwareChoice choice = HardwareChoice::fromCli(o.text(QStringLiteral("gpu")).trimmed(),
        count ? std::optional<int>(int(*count)) : std::nullopt, o.bytes(QStringLiteral("vram")),
        o.bytes(QStringLiteral("ram")), r.base.nodes);
    QString error;
    const auto hw = choice.resolve(detectThisMachine(c), c.gpus, &error);
    if (!hw)
        return fail(error);
    r.base.gpusPerNode = count ? int(*count) : std::max(1, int(hw->gpus.size()));
    QString gpuName = CliTr::tr("no GPU");
    if (!hw->gpus.empty()) {
        const auto smallest = std::min_element(hw->gpus.begin(), hw->gpus.end(),
            [](const GpuDevice& a, const GpuDevice& b) { return a.memoryTotal < b.memoryTotal; });
        r.gpuBytes = smallest->memoryTotal;
        r.tflopsPerGpu = hw->gpus.front().fp16Tflops;
        gpuName = QStringLiteral("%1 (%2)").arg(smallest->name, formatBytes(smallest->memoryTotal));
    }
    r.ramBytes = hw->ramTotal;
    const StudentSearchResult res = findStudents(TrainingEstimator(c.quants), c.models.models, r);
    QString problem;
    const auto request = reportRequest(o, &problem);
    if (!request)
        return fail(problem);
    if (request->format && !request->json())
        return fail(CliTr::tr("--find-students prints text or JSON"));
    const QByteArray bytes = request->json() ? QJsonDocument(studentsJson(r, res, *hw)).toJson(QJsonDocument::Indented)
                                             : studentsText(r, res, gpuName).toUtf8();
    return deliverReport(*request, bytes, out, err, QStringLiteral("fitplanner train"));
}

int runTrain(const CliArgs& o, const Catalogs& c, QTextStream& out, QTextStream& err)
{
    if (o.flag(QStringLiteral("find-students")))
        return runFindStudents(o, c, out, err);
    const auto fail = [&err](const QString& m) {
        err << "fitplanner train: " << m << '\n';
        return 2;
    };
    Scenario loaded;
    QStringList problems;
    if (!loadCliModel(o, c, &loaded, nullptr, &problems)) {
        for (const QString& p : problems)
            fail(p);
        return 2;
    }
    TrainingScenario sc;
    sc.model = loaded.model;
    applyOptions(o, &sc);
    if (o.isSet(QStringLiteral("teacher"))) {
        const ModelSpec* t = c.models.find(o.text(QStringLiteral("teacher")));
        if (!t)
            return fail(CliTr::tr("unknown teacher %1").arg(o.text(QStringLiteral("teacher"))));
        sc.teacher = *t;
        if (sc.method == TrainingMethod::Full)
            sc.method = TrainingMethod::Distill;
    }
    const std::optional<qint64> count = o.count(QStringLiteral("gpus"));
    const HardwareChoice choice = HardwareChoice::fromCli(o.text(QStringLiteral("gpu")).trimmed(),
        count ? std::optional<int>(int(*count)) : std::nullopt, o.bytes(QStringLiteral("vram")),
        o.bytes(QStringLiteral("ram")), sc.nodes);
    QString error;
    const auto hw = choice.resolve(detectThisMachine(c), c.gpus, &error);
    if (!hw)
        return fail(error);
    sc.gpusPerNode = count ? int(*count) : std::max(1, int(hw->gpus.size()));
    const auto e = TrainingEstimator(c.quants).estimate(sc, &error);
    if (!e)
        return fail(error);
    const TrainVerdict v = judge(*e, *hw, o.number(QStringLiteral("efficiency")).value_or(kDefaultEfficiency),
        o.count(QStringLiteral("dataset-tokens")), o.count(QStringLiteral("epochs")).value_or(1));
    std::optional<OfflineDistillation> offline;
    if (o.isSet(QStringLiteral("offline-topk"))) {
        if (!sc.hasTeacher() || !o.isSet(QStringLiteral("dataset-tokens")))
            return fail(CliTr::tr("--offline-topk needs --teacher and --dataset-tokens"));
        offline = offlineDistillation(*e, *o.count(QStringLiteral("dataset-tokens")),
            *o.count(QStringLiteral("offline-topk")), hw->gpus.empty() ? 0.0 : hw->gpus.front().fp16Tflops,
            o.number(QStringLiteral("efficiency")).value_or(kDefaultEfficiency));
    }
    QString problem;
    const auto request = reportRequest(o, &problem);
    if (!request)
        return fail(problem);
    if (request->json()) {
        QJsonObject json = trainJson(*e, v, *hw);
        if (offline)
            json.insert(QStringLiteral("offline_distillation"),
                QJsonObject { { QStringLiteral("top_k"), offline->topK },
                    { QStringLiteral("bytes_per_token"), offline->bytesPerToken },
                    { QStringLiteral("disk_bytes"), offline->diskBytes },
                    { QStringLiteral("teacher_seconds"), secondsJson(offline->teacherSeconds) } });
        return deliverReport(*request, QJsonDocument(json).toJson(QJsonDocument::Indented), out, err,
            QStringLiteral("fitplanner train"));
    }
    if (request->format)
        return deliverReport(*request, *request->format == ReportFormat::Csv ? trainCsv(*e, v) : trainMarkdown(*e, v),
            out, err, QStringLiteral("fitplanner train"));
    if (!request->output.isEmpty()) {
        QString text;
        QTextStream textOut(&text);
        printTrainText(textOut, *e, v, o.flag(QStringLiteral("explain")));
        textOut.flush();
        return deliverReport(*request, text.toUtf8(), out, err, QStringLiteral("fitplanner train"));
    }
    printTrainText(out, *e, v, o.flag(QStringLiteral("explain")));
    if (offline && offline->teacherSeconds >= 0.0)
        out << CliTr::tr("Offline distillation: top-%1 logits, %2 on disk; the teacher's forward over the dataset "
                         "takes %3 h")
                   .arg(offline->topK)
                   .arg(formatBytes(offline->diskBytes))
                   .arg(offline->teacherSeconds / 3600.0, 0, 'f', 1)
            << '\n';
    else if (offline)
        out << CliTr::tr("Offline distillation: top-%1 logits, %2 on disk; the GPU's throughput is unknown")
                   .arg(offline->topK)
                   .arg(formatBytes(offline->diskBytes))
            << '\n';
    return 0;
}

CliOption choiceOption(const QString& name, const QString& description, const QStringList& values, const QString& def)
{
    return { name, QStringLiteral("ID"), description, CliValidators::choice(values), def, {} };
}

CliOption flagOption(const QString& name, const QString& description)
{
    return { name, {}, description, {}, {}, {} };
}

QList<CliOption> methodOptions()
{
    const TrainingScenario d;
    return {
        choiceOption(QStringLiteral("method"), CliTr::tr("how the model is trained; a --teacher makes full distill"),
            trainingMethodIds(), trainingMethodId(d.method)),
        choiceOption(QStringLiteral("precision"),
            CliTr::tr("bf16: weights, gradients and state in bf16; amp: an fp32 master copy and fp32 state; fp32"),
            trainingPrecisionIds(), trainingPrecisionId(d.precision)),
        choiceOption(QStringLiteral("optimizer"), CliTr::tr("the optimizer"), trainingOptimizerIds(),
            trainingOptimizerId(d.optimizer)),
        flagOption(QStringLiteral("optimizer-in-backward"),
            CliTr::tr("step each parameter as backward reaches it and free its gradient")),
        { QStringLiteral("lora-rank"), QStringLiteral("N"), CliTr::tr("the adapters' rank"),
            CliValidators::count(1, TrainingEstimator::kMaxLoraRank), QVariant::fromValue<qint64>(d.loraRank), {} },
        choiceOption(QStringLiteral("lora-targets"), CliTr::tr("the linear layers that get adapters"), loraTargetsIds(),
            loraTargetsId(d.loraTargets)),
        flagOption(QStringLiteral("lora-experts"), CliTr::tr("adapters on routed experts too (MoE)")),
        flagOption(QStringLiteral("no-double-quant"), CliTr::tr("QLoRA without double quantization (4.5 bits)")),
        choiceOption(QStringLiteral("qat-scheme"),
            CliTr::tr("what qat and qat-lora fake-quantize: 8da4w, int8 activations and int4 weights; 4w, int4 "
                      "weights only"),
            qatSchemeIds(), qatSchemeId(d.qatScheme)),
    };
}

QList<CliOption> batchOptions()
{
    const TrainingScenario d;
    return {
        { QStringLiteral("seq"), QStringLiteral("N"), CliTr::tr("tokens per sequence"),
            CliValidators::count(1, TrainingEstimator::kMaxSeq, true), QVariant::fromValue<qint64>(d.seq), {} },
        { QStringLiteral("micro-batch"), QStringLiteral("N"), CliTr::tr("sequences per forward pass and GPU"),
            CliValidators::count(1, TrainingEstimator::kMaxBatch), QVariant::fromValue<qint64>(d.microBatch), {} },
        { QStringLiteral("grad-accum"), QStringLiteral("N"), CliTr::tr("micro-batches per optimizer step"),
            CliValidators::count(1, TrainingEstimator::kMaxBatch), QVariant::fromValue<qint64>(d.gradAccum), {} },
        flagOption(QStringLiteral("packed"), CliTr::tr("several documents packed into each sequence")),
        choiceOption(QStringLiteral("checkpointing"), CliTr::tr("activation checkpointing"), checkpointingIds(),
            checkpointingId(d.checkpointing)),
        choiceOption(QStringLiteral("offload"), CliTr::tr("what moves to CPU memory"), trainingOffloadIds(),
            trainingOffloadId(d.offload)),
        { QStringLiteral("flash-attn"), QStringLiteral("on|off"), CliTr::tr("flash attention / fused SDPA"),
            CliValidators::onOff(), d.flashAttention, {} },
        { QStringLiteral("chunked-loss"), QStringLiteral("on|off"),
            CliTr::tr("cross-entropy in chunks, upcasting one chunk at a time"), CliValidators::onOff(), d.chunkedLoss,
            {} },
        choiceOption(QStringLiteral("sharding"), CliTr::tr("how data-parallel GPUs share the model states"),
            shardingIds(), shardingId(d.sharding)),
    };
}

QList<CliOption> teacherAndTimeOptions(const Catalogs& c)
{
    return {
        { QStringLiteral("teacher"), QStringLiteral("ID"), CliTr::tr("the frozen teacher of a distillation"),
            CliValidators::model(c.models), {}, {} },
        { QStringLiteral("teacher-quant"), QStringLiteral("ID"), CliTr::tr("the teacher's quantization recipe"),
            CliValidators::recipe(c.quants), TrainingScenario().teacherRecipe, {} },
        flagOption(QStringLiteral("teacher-separate"), CliTr::tr("the teacher runs on a GPU of its own")),
        flagOption(QStringLiteral("find-students"),
            CliTr::tr("instead of one model: every catalog model that could be the --teacher's student, with the "
                      "largest micro-batch (or sequence) that fits")),
        choiceOption(QStringLiteral("student-rule"),
            CliTr::tr("logits: students sharing the teacher's tokenizer, the teacher on the GPUs; text: any smaller "
                      "model, trained on text the teacher generated"),
            studentRuleIds(), studentRuleId(StudentRule::Logits)),
        { QStringLiteral("max-micro-batch"), QStringLiteral("N"),
            CliTr::tr("the largest micro-batch --find-students tries"),
            CliValidators::count(1, TrainingEstimator::kMaxBatch),
            QVariant::fromValue<qint64>(StudentSearchRequest().maxMicroBatch), {} },
        { QStringLiteral("offline-topk"), QStringLiteral("K"),
            CliTr::tr("offline distillation: the disk for the teacher's top-K logits of --dataset-tokens and the time "
                      "to produce them"),
            CliValidators::count(1, 1 << 20), {}, {} },
        { QStringLiteral("dataset-tokens"), QStringLiteral("N"), CliTr::tr("tokens in the dataset, for the job time"),
            CliValidators::count(1, std::numeric_limits<qint64>::max() / 1024), {}, {} },
        { QStringLiteral("epochs"), QStringLiteral("N"), CliTr::tr("passes over the dataset"),
            CliValidators::count(1, 1 << 20), QVariant::fromValue<qint64>(1), {} },
        { QStringLiteral("efficiency"), QStringLiteral("F"),
            CliTr::tr("the share of the GPUs' dense 16-bit rate a step achieves"), CliValidators::fraction(),
            kDefaultEfficiency, {} },
    };
}

} // namespace

CliCommand trainCommand(const Catalogs& c)
{
    CliCommand cmd;
    cmd.name = QStringLiteral("train");
    cmd.summary = CliTr::tr("the memory per GPU and the time of fine-tuning, LoRA, QLoRA, QAT or distillation");
    cmd.exactlyOneOf = { QStringLiteral("model"), QStringLiteral("config"), QStringLiteral("find-students") };
    cmd.options = { CliOptions::model(c), CliOptions::config() };
    cmd.options << methodOptions() << batchOptions() << teacherAndTimeOptions(c);
    for (CliOption opt : CliOptions::hardware(c)) {
        if (opt.name == QLatin1String("gpus"))
            opt.description = CliTr::tr("data-parallel GPUs per node");
        if (opt.name == QLatin1String("nodes"))
            opt.description = CliTr::tr("machines of that kind in the data-parallel group");
        cmd.options << opt;
    }
    cmd.options << flagOption(QStringLiteral("explain"), CliTr::tr("show how each figure was computed"));
    cmd.options << CliOptions::json(CliTr::tr("print the plan as JSON; byte counts are per GPU"));
    cmd.options << CliOptions::report();
    cmd.run = runTrain;
    return cmd;
}
