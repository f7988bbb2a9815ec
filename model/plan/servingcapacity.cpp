// SPDX-FileCopyrightText: 2026 The FitPlanner authors
// SPDX-License-Identifier: MIT

#include "servingcapacity.h"

#include "checkedmath.h"

#include <algorithm>
#include <cmath>

#include <QCoreApplication>

namespace Planner {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Planner::ServingCapacity)
};

std::optional<FitPlan> planAt(const FitPlanner& planner, Scenario sc, const HardwareProfile& hw,
    const PlanOptions& options, qint64 sequences, MemoryEstimator::Detail detail, QString* error = nullptr)
{
    sc.batch = sequences;
    return planner.plan(sc, hw, options, error, detail);
}

// llama-server: the largest slot count (at most kLlamaMaxSequences) whose plan is placed at least as well as
// `rank`, knowing that `good` slots are (0: none known) and `bad` are not (0: none known). Plans grow with the
// slots (KV cache, recurrent state and logits rows), so the answer is found by doubling, then bisection.
qint64 largestSlotCount(const FitPlanner& planner, const Scenario& sc, const HardwareProfile& hw,
    const PlanOptions& options, int rank, qint64 good, qint64 bad)
{
    const auto holds = [&](qint64 n) {
        const auto p = planAt(planner, sc, hw, options, n, MemoryEstimator::Detail::Figures);
        return p && p->fits() && verdictRank(p->verdict) >= rank;
    };
    if (bad == 0) {
        qint64 probe = std::max<qint64>(1, good);
        while (bad == 0) {
            probe = std::min(kLlamaMaxSequences, probe * 2);
            if (holds(probe))
                good = probe;
            else
                bad = probe;
            if (good == kLlamaMaxSequences)
                return good;
        }
    }
    while (bad - good > 1) {
        const qint64 mid = good + (bad - good) / 2;
        if (holds(mid))
            good = mid;
        else
            bad = mid;
    }
    return good;
}

QString boundWord(const QString& bound)
{
    return bound == QLatin1String("compute") ? Tr::tr("compute") : Tr::tr("memory");
}

QString capacityRule(const ServingCapacity& c, const FitPlan& requestedPlan)
{
    if (c.vllmConcurrency >= 0.0 && !requestedPlan.vllmPool)
        return Tr::tr("vLLM needs GPUs for its KV pool; none are available.");
    if (c.vllmConcurrency >= 0.0) {
        const VllmKvPool& k = *requestedPlan.vllmPool;
        return Tr::tr("vLLM's KV pool holds %1 blocks of %2 tokens; a request of %3 tokens takes %4 blocks, so "
                      "%5 requests fit at once (vLLM prints a maximum concurrency of %6x), at most --max-num-seqs %7.")
            .arg(k.blocks)
            .arg(k.blockTokens)
            .arg(c.sequenceTokens)
            .arg(k.blockBytes > 0 ? ceilDiv(k.requestBytes, k.blockBytes) : 0)
            .arg(c.maxSequences)
            .arg(c.vllmConcurrency, 0, 'f', 2)
            .arg(c.sequenceLimit);
    }
    return Tr::tr("llama-server allocates -np slots of %1 tokens each at start (-c %1 x slots); the largest slot count "
                  "that keeps this placement is %2 (llama.cpp runs at most %3 sequences).")
        .arg(c.sequenceTokens)
        .arg(c.maxSequences)
        .arg(c.sequenceLimit);
}

QString capacityExplanation(const ServingCapacity& c, const FitPlan& requestedPlan)
{
    QString s = capacityRule(c, requestedPlan);
    if (c.served <= 0)
        return s;
    s += u' '
        + Tr::tr("At %1 sequences each decode step reads the weights once and the KV cache of every sequence, and "
                 "computes %1 tokens: %2 tokens/s per sequence at a full context, %3 tokens/s in all "
                 "(%4-bound).")
              .arg(c.served)
              .arg(c.sequenceTokensPerSecond, 0, 'f', 1)
              .arg(c.aggregateTokensPerSecond, 0, 'f', 1)
              .arg(boundWord(c.decodeBound));
    if (c.ttftSeconds >= 0.0)
        s += u' '
            + Tr::tr("A prompt of %1 tokens gets its first token after its prefill, %2 s, on an idle server; while "
                     "the %3 other sequences decode, steps of %4 tokens carry the prompt in %5 part(s), each adding "
                     "a decode step: %6 s.")
                  .arg(c.promptTokens)
                  .arg(c.ttftSeconds, 0, 'f', 2)
                  .arg(c.served - 1)
                  .arg(c.stepTokens)
                  .arg(qint64(
                      std::ceil(double(c.promptTokens) / double(std::max<qint64>(1, c.stepTokens - (c.served - 1))))))
                  .arg(c.ttftBusySeconds, 0, 'f', 2);
    return s;
}

} // namespace

double busyTimeToFirstToken(double prefillSeconds, double stepSeconds, qint64 prompt, qint64 others, qint64 stepTokens)
{
    if (others <= 0)
        return prefillSeconds;
    const qint64 chunk = std::max<qint64>(1, stepTokens - others);
    const double parts = std::ceil(double(std::max<qint64>(1, prompt)) / double(chunk));
    return prefillSeconds + parts * stepSeconds;
}

std::optional<ServingCapacity> servingCapacity(const FitPlanner& planner, const Scenario& sc, const HardwareProfile& hw,
    const PlanOptions& options, qint64 concurrency, QString* error)
{
    const auto fail = [error](const QString& why) {
        if (error)
            *error = why;
        return std::nullopt;
    };
    const bool vllm = sc.engine == Engine::Vllm;
    if (!vllm && sc.engine != Engine::LlamaCpp)
        return fail(Tr::tr("serving capacity is estimated for vLLM, SGLang and llama.cpp's servers only"));
    const qint64 limit = vllm ? std::max(sc.maxNumSeqs, concurrency) : kLlamaMaxSequences;
    if (concurrency < 1 || concurrency > limit)
        return fail(Tr::tr("concurrency %1 is out of range (1 to %2)").arg(concurrency).arg(limit));

    ServingCapacity c;
    c.frontend = options.frontend;
    c.requested = concurrency;
    c.sequenceTokens = sc.context;
    c.sequenceLimit = limit;
    const auto requestedPlan = planAt(planner, sc, hw, options, concurrency, MemoryEstimator::Detail::Explained, error);
    if (!requestedPlan)
        return std::nullopt;
    if (vllm) {
        // Without a pool (no GPU) nothing is served.
        const std::optional<VllmKvPool>& k = requestedPlan->vllmPool;
        c.vllmConcurrency = k ? k->maxConcurrency : 0.0;
        c.maxSequences = k && k->holdsOneRequest() && k->requestBytes > 0
            ? std::min(limit, qint64(std::floor(k->maxConcurrency)))
            : (k && k->requestBytes == 0 && k->available >= 0 ? limit : 0);
    } else if (requestedPlan->fits()) {
        c.maxSequences
            = largestSlotCount(planner, sc, hw, options, verdictRank(requestedPlan->verdict), concurrency, 0);
    } else {
        c.maxSequences = largestSlotCount(planner, sc, hw, options, verdictRank(Verdict::Cpu), 0, concurrency);
    }
    c.served = std::min(c.requested, c.maxSequences);
    c.plan = *requestedPlan;
    if (c.served > 0 && c.served != c.requested) {
        if (auto p = planAt(planner, sc, hw, options, c.served, MemoryEstimator::Detail::Explained))
            c.plan = *p;
    }
    c.promptTokens = c.plan.promptTokens;
    c.stepTokens = vllm ? (sc.chunkedPrefill ? sc.maxNumBatchedTokens : std::max(sc.maxNumBatchedTokens, sc.context))
                        : kLlamaServerBatch;
    if (c.served > 0 && c.plan.fits() && c.plan.tokensPerSecond > 0.0) {
        c.sequenceTokensPerSecond = c.plan.tokensPerSecond;
        c.aggregateTokensPerSecond = c.plan.tokensPerSecond * double(c.served);
        c.decodeBound = c.plan.decodeBound;
        if (c.plan.prefillSeconds >= 0.0) {
            c.ttftSeconds = c.plan.prefillSeconds;
            c.ttftBusySeconds = busyTimeToFirstToken(
                c.plan.prefillSeconds, 1.0 / c.plan.tokensPerSecond, c.promptTokens, c.served - 1, c.stepTokens);
        }
    }
    c.explanation = capacityExplanation(c, *requestedPlan);
    return c;
}

} // namespace Planner
