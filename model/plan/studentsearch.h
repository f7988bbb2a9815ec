// SPDX-FileCopyrightText: 2026 The FitPlanner authors
// SPDX-License-Identifier: MIT

#pragma once

#include "trainingestimator.h"

#include <optional>

#include <QList>
#include <QString>
#include <QStringList>

namespace Planner {

// Which models may be the student of a teacher.
enum class StudentRule
{
    // Logit distillation: the student learns the teacher's next-token distribution position by position (a KL
    // term over the vocabulary), with the teacher running forward beside it. Both must cut text into the same
    // tokens with the same ids, so only students sharing the teacher's tokenizer qualify (sharesTokenizer).
    Logits,
    // Sequence-level distillation: the student is fine-tuned on text the teacher generated beforehand (how the
    // DeepSeek-R1 distilled Qwen and Llama models were made). Any model smaller than the teacher qualifies and
    // the teacher is not on the GPUs while the student trains.
    Text,
};

QString studentRuleId(StudentRule r); // "logits", "text"
QStringList studentRuleIds();
std::optional<StudentRule> studentRuleFromId(const QString& id);

// A search over candidate students for one teacher and one kind of GPU.
struct StudentSearchRequest
{
    TrainingScenario base; // the job: method, recipe, optimizer, sequence, parallelism, the teacher and its recipe
    StudentRule rule = StudentRule::Logits;
    qint64 maxMicroBatch = 64; // the largest micro-batch tried
    qint64 seqStep = 256; // a sequence that does not fit is shortened in these steps
    qint64 gpuBytes = 0; // memory of each GPU (the smallest one); 0: no GPU
    qint64 ramBytes = 0; // per node, for offloaded state; 0: not checked
    double tflopsPerGpu = 0.0; // dense 16-bit rate; 0: step time unknown
    double efficiency = TrainingEstimator::kDefaultEfficiency;
};

// One student and the largest job that fits it.
struct StudentCandidate
{
    QString modelId;
    QString name;
    qint64 params = 0;
    qint64 vocab = 0;
    bool sharesTokenizer = false;
    // The largest micro-batch (up to the request's maximum) that fits at the request's sequence; when even one
    // sequence does not fit, 1 and the longest sequence (a multiple of seqStep) that does; when nothing fits, 1 and
    // the request's sequence.
    qint64 microBatch = 1;
    qint64 seq = 0;
    bool seqShortened = false;
    TrainingFit fit; // at that micro-batch and sequence
    qint64 total = 0; // per GPU: peak allocated + CUDA context
    qint64 reserved = 0; // per GPU: the expected reserved peak
    qint64 teacherBytes = 0; // of those, the teacher's share (0 for text distillation)
    TrainingTime time; // step time and tokens per second at that micro-batch
};

struct StudentSearchResult
{
    QList<StudentCandidate> students; // fits first, then tight, short of RAM, does not fit; larger students first
    QStringList skipped; // candidates the estimator rejected, with the reason
};

// Every model of `models` smaller than the teacher (and for StudentRule::Logits sharing its tokenizer), each with the
// largest micro-batch or sequence that fits `request.gpuBytes`. Pure and synchronous: the window runs it as a job.
StudentSearchResult findStudents(
    const TrainingEstimator& estimator, const QList<ModelSpec>& models, const StudentSearchRequest& request);

} // namespace Planner
