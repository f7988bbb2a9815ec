// SPDX-FileCopyrightText: 2026 The FitPlanner authors
// SPDX-License-Identifier: MIT

#include "studentsearch.h"

#include "tensorlayout.h"

#include <algorithm>

#include <QCoreApplication>

namespace Planner {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Planner::StudentSearch)
};

bool fits(const TrainingFit& f)
{
    return f.status == TrainingFitStatus::Fits;
}

// The order of the list: what fits first, then what nearly does.
int statusRank(TrainingFitStatus s)
{
    switch (s) {
    case TrainingFitStatus::Fits:
        return 0;
    case TrainingFitStatus::Tight:
        return 1;
    case TrainingFitStatus::RamShort:
        return 2;
    case TrainingFitStatus::DoesNotFit:
        return 3;
    case TrainingFitStatus::NoGpu:
        return 4;
    }
    return 5;
}

struct Trial
{
    std::optional<TrainingEstimate> estimate;
    TrainingFit fit;
};

class Searcher
{
public:
    Searcher(const TrainingEstimator& estimator, const StudentSearchRequest& request)
        : m_estimator(estimator)
        , m_request(request)
    { }

    Trial at(TrainingScenario s, qint64 microBatch, qint64 seq, QString* error) const
    {
        s.microBatch = microBatch;
        s.seq = seq;
        s.lossChunks = std::min(s.lossChunks, seq);
        Trial t;
        t.estimate = m_estimator.estimate(s, error);
        if (t.estimate)
            t.fit = judgeTrainingFit(*t.estimate, m_request.gpuBytes, m_request.ramBytes);
        return t;
    }

    // The largest value in [lo, hi] (in steps of `step` above lo) for which `trial(value)` fits; lo must fit.
    template <typename F> qint64 largest(qint64 lo, qint64 hi, qint64 step, F trial) const
    {
        qint64 good = 0; // in steps above lo
        qint64 bad = (hi - lo) / step + 1;
        while (bad - good > 1) {
            const qint64 mid = good + (bad - good) / 2;
            if (fits(trial(lo + mid * step).fit))
                good = mid;
            else
                bad = mid;
        }
        return lo + good * step;
    }

    std::optional<StudentCandidate> candidate(const TrainingScenario& base, QString* error) const
    {
        const qint64 seq = base.seq;
        Trial first = at(base, 1, seq, error);
        if (!first.estimate)
            return std::nullopt;
        StudentCandidate c;
        c.seq = seq;
        if (fits(first.fit)) {
            const qint64 top = std::max<qint64>(1, std::min(m_request.maxMicroBatch, TrainingEstimator::kMaxBatch));
            c.microBatch = largest(1, top, 1, [&](qint64 b) { return at(base, b, seq, nullptr); });
        } else if (m_request.gpuBytes > 0) {
            const qint64 step = std::max<qint64>(1, m_request.seqStep);
            if (seq > step && fits(at(base, 1, step, nullptr).fit)) {
                c.seq = largest(step, seq - 1, step, [&](qint64 s) { return at(base, 1, s, nullptr); });
                c.seqShortened = true;
            }
        }
        const Trial chosen
            = c.microBatch == 1 && c.seq == seq ? std::move(first) : at(base, c.microBatch, c.seq, error);
        if (!chosen.estimate)
            return std::nullopt;
        const TrainingEstimate& e = *chosen.estimate;
        c.fit = chosen.fit;
        c.total = e.total;
        c.reserved = e.reserved;
        c.teacherBytes = e.teacher.bytes;
        c.time = trainingTime(e, m_request.tflopsPerGpu, m_request.efficiency);
        return c;
    }

private:
    const TrainingEstimator& m_estimator;
    const StudentSearchRequest& m_request;
};

} // namespace

QString studentRuleId(StudentRule r)
{
    return r == StudentRule::Logits ? QStringLiteral("logits") : QStringLiteral("text");
}

QStringList studentRuleIds()
{
    return { studentRuleId(StudentRule::Logits), studentRuleId(StudentRule::Text) };
}

std::optional<StudentRule> studentRuleFromId(const QString& id)
{
    for (StudentRule r : { StudentRule::Logits, StudentRule::Text }) {
        if (id.compare(studentRuleId(r), Qt::CaseInsensitive) == 0)
            return r;
    }
    return std::nullopt;
}

StudentSearchResult findStudents(
    const TrainingEstimator& estimator, const QList<ModelSpec>& models, const StudentSearchRequest& request)
{
    StudentSearchResult result;
    const TrainingScenario& base = request.base;
    if (!base.hasTeacher())
        return result;
    const qint64 teacherParams = countParameters(base.teacher).total;
    TrainingScenario job = base;
    if (request.rule == StudentRule::Text) {
        // The teacher wrote the training text beforehand: the student trains alone.
        job.teacher = ModelSpec();
        if (job.method == TrainingMethod::Distill)
            job.method = TrainingMethod::Full;
    } else if (job.method == TrainingMethod::Full) {
        job.method = TrainingMethod::Distill;
    }
    const Searcher searcher(estimator, request);
    for (const ModelSpec& m : models) {
        if (m.id == base.teacher.id)
            continue;
        const bool shares = sharesTokenizer(base.teacher, m);
        if (request.rule == StudentRule::Logits && !shares)
            continue;
        const qint64 params = countParameters(m).total;
        if (params >= teacherParams)
            continue;
        TrainingScenario s = job;
        s.model = m;
        QString error;
        std::optional<StudentCandidate> c = searcher.candidate(s, &error);
        if (!c) {
            result.skipped << Tr::tr("%1: %2").arg(m.id, error);
            continue;
        }
        c->modelId = m.id;
        c->name = m.name.isEmpty() ? m.id : m.name;
        c->params = params;
        c->vocab = m.vocabSize;
        c->sharesTokenizer = shares;
        result.students << *c;
    }
    std::stable_sort(
        result.students.begin(), result.students.end(), [](const StudentCandidate& a, const StudentCandidate& b) {
            const int ra = statusRank(a.fit.status);
            const int rb = statusRank(b.fit.status);
            if (ra != rb)
                return ra < rb;
            if (a.params != b.params)
                return a.params > b.params;
            return a.modelId < b.modelId;
        });
    return result;
}

} // namespace Planner
