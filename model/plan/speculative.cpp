// SPDX-FileCopyrightText: 2026 The FitPlanner authors
// SPDX-License-Identifier: MIT

#include "speculative.h"

#include "checkedmath.h"
#include "enginecommand.h"
#include "engineregistry.h"
#include "quantassign.h"
#include "speedmodel.h"
#include "tensorlayout.h"
#include "units.h"
#include "vllmengine.h"

#include <algorithm>
#include <cmath>
#include <functional>
#include <limits>

#include <QCoreApplication>

namespace Planner {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Planner::Speculative)
};

// Published acceptance rates, per drafted token.
struct Acceptance
{
    double low = 0.0;
    double high = 0.0;
    const char* source = "";
};

// DeepSeek-V3's MTP module: "the acceptance rate of the second token prediction ranges between 85% and 90%"
// (DeepSeek-V3 Technical Report, arXiv:2412.19437, section 5.4.3). The one published figure for an MTP module; other
// families' modules are taken to accept alike.
constexpr Acceptance kMtpAcceptance { 0.85, 0.90,
    QT_TRANSLATE_NOOP("Planner::Speculative",
        "DeepSeek-V3 Technical Report (arXiv:2412.19437), section 5.4.3: 85% to "
        "90% of the MTP module's tokens are accepted") };
// Small drafts of the same family: Leviathan, Kalman and Matias (ICML 2023, arXiv:2211.17192), Table 3.
constexpr Acceptance kDraftAcceptance { 0.60, 0.80,
    QT_TRANSLATE_NOOP("Planner::Speculative",
        "Leviathan, Kalman and Matias 2023 (arXiv:2211.17192), Table 3: drafts "
        "of the same family accept 60% to 80% of their tokens") };

constexpr int kMaxDraftTokens = 8;
constexpr int kFallbackDraftTokens = 4; // without a speed estimate to choose by

QString checkRequest(const Scenario& sc, const PlanOptions& options, const SpeculativeRequest& req)
{
    const bool vllm = options.frontend == Frontend::Vllm;
    if (!vllm && options.frontend != Frontend::LlamaServer)
        return Tr::tr("speculative decoding is planned for llama-server and vLLM only, not %1")
            .arg(frontendId(options.frontend));
    if (req.kind == SpeculativePlan::Kind::Mtp) {
        if (sc.model.mtpLayers <= 0)
            return Tr::tr("%1 has no multi-token-prediction layers in its architecture").arg(sc.model.id);
        if (!vllm)
            return Tr::tr("MTP layers are planned for vLLM only; with llama-server use a draft model (--draft-model)");
    } else {
        if (req.draft.numLayers <= 0)
            return Tr::tr("the draft model has no layers");
        if (std::abs(req.draft.vocabSize - sc.model.vocabSize) > kDraftVocabMaxDifference)
            return Tr::tr("draft model %1 has a vocabulary of %2 tokens, %3 has %4: a draft must share the model's "
                          "tokenizer (at most %5 tokens apart)")
                .arg(req.draft.id)
                .arg(req.draft.vocabSize)
                .arg(sc.model.id)
                .arg(sc.model.vocabSize)
                .arg(kDraftVocabMaxDifference);
    }
    if (req.draftTokens < 0 || req.draftTokens > 64)
        return Tr::tr("draft tokens %1 is out of range (1 to 64)").arg(req.draftTokens);
    if (vllm && options.nodes > 1)
        return Tr::tr("speculative decoding is planned on one node (no pipeline parallelism)");
    return {};
}

// The draft as its own scenario on the model's engine: the same context and sequences, its own recipe.
Scenario draftScenario(const Scenario& sc, const SpeculativeRequest& req, const QuantCatalog& quants)
{
    Scenario d = sc;
    d.model = req.draft;
    d.storedTensors.clear();
    const QuantRecipe* own = quants.recipe(sc.recipeId);
    const bool runsOwn = own && own->engines.contains(engineId(sc.engine));
    d.recipeId = !req.draftRecipe.isEmpty()           ? req.draftRecipe
        : runsOwn && req.draft.nativeRecipe.isEmpty() ? sc.recipeId
                                                      : startingRecipe(req.draft, sc.engine, quants);
    return d;
}

// KV bytes per token a tensor-parallel rank keeps of a model's cache (heads divided, MLA's latent whole).
double kvRankShare(const ModelSpec& s, int tp)
{
    if (s.attention.isMla() || tp <= 1)
        return 1.0;
    const qint64 kvHeads = std::max<qint64>(1, s.attention.numKvHeads);
    return double(tp >= kvHeads ? 1 : kvHeads / tp) / double(kvHeads);
}

// llama-server: the draft's bytes (weights once, a draft context per slot) taken from the GPUs before the model is
// placed, then shown on the devices.
std::optional<FitPlan> planWithLlamaDraft(const FitPlanner& planner, const QuantCatalog& quants, const Scenario& sc,
    const HardwareProfile& hw, const PlanOptions& options, const Scenario& draftSc, SpeculativePlan* sp, QString* error)
{
    // Each slot gets its own draft context of llama_n_ctx_seq tokens: the slot's share, or the whole unified cache.
    Scenario memory = draftSc;
    memory.batch = 1;
    memory.context = sc.kvUnified && sc.batch > 1 ? satMul(sc.context, sc.batch) : sc.context;
    memory.kvType = QStringLiteral("F16"); // -ctkd / -ctvd default
    const MemoryEstimator estimator(quants);
    const auto est = estimator.estimate(memory, error, MemoryEstimator::Detail::Figures);
    if (!est)
        return std::nullopt;
    const qint64 slots = std::max<qint64>(1, sc.batch);
    sp->weightBytes = est->weights.bytes;
    sp->kvBytes = satMul(satAdd(est->kvCache.bytes, est->recurrentState.bytes), slots);
    sp->computeBytes = satMul(est->activations.bytes, slots);
    const qint64 perContext = satAdd(sp->kvBytes, sp->computeBytes);
    qint64 onGpus = hw.gpus.isEmpty() ? 0 : satAdd(est->weights.bytes - est->tokenEmbeddingBytes, perContext);
    sp->ramBytes = hw.gpus.isEmpty() ? satAdd(est->weights.bytes, perContext) : est->tokenEmbeddingBytes;

    HardwareProfile reduced = hw;
    std::vector<qint64> shares(size_t(hw.gpus.size()), 0);
    qint64 totalMemory = 0;
    for (const GpuDevice& g : hw.gpus)
        totalMemory = satAdd(totalMemory, g.memoryTotal);
    for (qsizetype i = 0; i < hw.gpus.size(); ++i) {
        shares[size_t(i)] = i + 1 == hw.gpus.size()
            ? onGpus
            : qint64(double(satAdd(est->weights.bytes - est->tokenEmbeddingBytes, perContext))
                * double(hw.gpus[i].memoryTotal) / double(std::max<qint64>(1, totalMemory)));
        onGpus -= shares[size_t(i)];
        GpuDevice& g = reduced.gpus[i];
        g.memoryTotal = std::max<qint64>(1, g.memoryTotal - shares[size_t(i)]);
        if (g.memoryFree >= 0)
            g.memoryFree = std::max<qint64>(0, g.memoryFree - shares[size_t(i)]);
    }
    reduced.ramTotal = std::max<qint64>(0, reduced.ramTotal - sp->ramBytes);
    if (reduced.ramAvailable >= 0)
        reduced.ramAvailable = std::max<qint64>(0, reduced.ramAvailable - sp->ramBytes);
    auto plan = planner.plan(sc, reduced, options, error);
    if (!plan)
        return std::nullopt;
    for (DevicePlacement& d : plan->devices) {
        const qint64 share = d.isCpu                         ? sp->ramBytes
            : d.gpuIndex >= 0 && d.gpuIndex < hw.gpus.size() ? shares[size_t(d.gpuIndex)]
                                                             : 0;
        d.capacity = satAdd(d.capacity, share);
        d.speculative = share;
    }
    return plan;
}

// vLLM: the draft's (or the MTP layers') weights on every rank and their KV layers in the paged pool.
bool addVllmSpeculative(
    FitPlan* p, const Scenario& sc, qint64 weightsPerRank, double kvPerTokenRank, SpeculativePlan* sp, QString* error)
{
    if (!p->vllmPool) {
        *error = Tr::tr("vLLM needs GPUs; none are available");
        return false;
    }
    const VllmKvPool k = *p->vllmPool;
    VllmProfile profile;
    profile.tensorParallel = k.tensorParallel;
    profile.activationPeak = k.activationPeak;
    profile.nonTorch = k.nonTorch;
    profile.cudaGraphs = k.cudaGraphs;
    profile.cudaContext = k.cudaContext;
    const qint64 extraPerToken = qint64(std::ceil(kvPerTokenRank));
    const qint64 perToken = satAdd(k.blockTokens > 0 ? k.blockBytes / k.blockTokens : 0, extraPerToken);
    const qint64 request = satAdd(k.requestBytes, satMul(extraPerToken, sc.context));
    p->vllmPool = VllmEngine::kvPool(
        sc, profile, k.gpuMemory, satAdd(k.weights, weightsPerRank), perToken, request, k.blockTokens);
    const qint64 kvRank = satMul(satMul(extraPerToken, sc.context), std::max<qint64>(1, sc.batch));
    qint64 headroom = std::numeric_limits<qint64>::max();
    for (DevicePlacement& d : p->devices) {
        if (d.isCpu)
            continue;
        d.speculative = satAdd(weightsPerRank, kvRank);
        headroom = std::min(headroom, d.freeBytes());
    }
    sp->kvBytes = satMul(kvRank, p->tensorParallel);
    if (headroom != std::numeric_limits<qint64>::max())
        p->headroomBytes = headroom;
    if (p->verdict != Verdict::None && (headroom < 0 || !p->vllmPool->holdsOneRequest())) {
        p->verdict = Verdict::None;
        p->notes << Tr::tr("with speculative decoding vLLM does not fit: %1 more per GPU for the draft's weights and "
                           "KV cache; its pool holds %2 sequences of %3 tokens")
                        .arg(formatBytes(satAdd(weightsPerRank, kvRank)))
                        .arg(p->vllmPool->maxConcurrency, 0, 'f', 2)
                        .arg(sc.context);
    }
    return true;
}

// The draft tokens per step: asked for, the MTP layers, or those that maximise the speed-up at the middle of the
// acceptance range.
int chooseDraftTokens(const SpeculativeRequest& req, const ModelSpec& model, double acceptance, double draftCost,
    const std::function<double(int)>& verifyCost)
{
    if (req.draftTokens > 0)
        return req.draftTokens;
    if (req.kind == SpeculativePlan::Kind::Mtp)
        return int(model.mtpLayers);
    int best = 1;
    for (int g = 2; g <= kMaxDraftTokens; ++g) {
        if (speculativeSpeedup(acceptance, g, draftCost, verifyCost(g))
            > speculativeSpeedup(acceptance, best, draftCost, verifyCost(best)))
            best = g;
    }
    return best;
}

// One MTP step in decode steps of the model: one decoder layer's active weights and the head, over the model's.
double mtpDraftCost(const ModelSpec& model, const MemoryEstimate& e)
{
    const qint64 layersBytes = std::max<qint64>(0, e.activeWeightBytes - e.tokenEmbeddingBytes - e.outputBytes);
    const double perLayer = double(layersBytes) / double(std::max<qint64>(1, model.numLayers));
    const double read = double(std::max<qint64>(1, e.activeWeightBytes - e.tokenEmbeddingBytes));
    return double(model.mtpLayers) * (perLayer + double(e.outputBytes)) / read;
}

void estimateSpeedup(const FitPlanner& planner, const Scenario& sc, const HardwareProfile& hw,
    const PlanOptions& options, const SpeculativeRequest& req, const Scenario& draftSc, FitPlan* p, SpeculativePlan* sp)
{
    const bool mtp = req.kind == SpeculativePlan::Kind::Mtp;
    const Acceptance a = mtp ? kMtpAcceptance : kDraftAcceptance;
    sp->acceptanceLow = a.low;
    sp->acceptanceHigh = a.high;
    sp->acceptanceSource = QCoreApplication::translate("Planner::Speculative", a.source);
    if (p->tokensPerSecond <= 0.0)
        return;
    if (mtp) {
        sp->draftCost = mtpDraftCost(sc.model, p->estimate);
    } else {
        const auto draftPlan = planner.plan(draftSc, hw, options, nullptr, MemoryEstimator::Detail::Figures);
        if (!draftPlan || draftPlan->tokensPerSecond <= 0.0)
            return;
        sp->draftCost = p->tokensPerSecond / draftPlan->tokensPerSecond;
    }
    // Memory-bound verification reads the weights once for all g + 1 tokens; only a MoE model's weights grow (the
    // experts the extra tokens choose), and only the weights' share of the step.
    const bool computeBound = p->decodeBound == QLatin1String("compute");
    const double weightShare = std::clamp(decodeWeightReadSeconds(*p, sc.model, hw) * p->tokensPerSecond, 0.0, 1.0);
    const auto verifyCost = [&](int g) {
        return computeBound ? double(g + 1)
                            : 1.0 + (verifyReadRatio(sc.model, p->estimate, sc.batch, g + 1) - 1.0) * weightShare;
    };
    sp->draftTokens = chooseDraftTokens(req, sc.model, (a.low + a.high) / 2.0, sp->draftCost, verifyCost);
    sp->verifyCost = verifyCost(sp->draftTokens);
    sp->speedupLow = speculativeSpeedup(a.low, sp->draftTokens, sp->draftCost, sp->verifyCost);
    sp->speedupHigh = speculativeSpeedup(a.high, sp->draftTokens, sp->draftCost, sp->verifyCost);
    sp->explanation
        = Tr::tr("Each step drafts %1 token(s) (one draft step costs %2 of a decode step) and verifies them in one "
                 "step of the model (%3 decode steps: %4); at an acceptance rate a it yields (1 - a^%5) / (1 - a) "
                 "tokens: %6 to %7 tokens per step for a = %8 to %9 (%10), a speed-up of %11x to %12x, %13 to %14 "
                 "tokens/s.")
              .arg(sp->draftTokens)
              .arg(sp->draftCost, 0, 'f', 3)
              .arg(sp->verifyCost, 0, 'f', 2)
              .arg(computeBound ? Tr::tr("compute-bound, every token costs a step")
                                : Tr::tr("memory-bound, the weights are read once for all tokens"))
              .arg(sp->draftTokens + 1)
              .arg(expectedTokensPerStep(a.low, sp->draftTokens), 0, 'f', 2)
              .arg(expectedTokensPerStep(a.high, sp->draftTokens), 0, 'f', 2)
              .arg(a.low, 0, 'f', 2)
              .arg(a.high, 0, 'f', 2)
              .arg(sp->acceptanceSource)
              .arg(sp->speedupLow, 0, 'f', 2)
              .arg(sp->speedupHigh, 0, 'f', 2)
              .arg(p->tokensPerSecond * sp->speedupLow, 0, 'f', 1)
              .arg(p->tokensPerSecond * sp->speedupHigh, 0, 'f', 1);
}

} // namespace

double expectedTokensPerStep(double a, int g)
{
    if (g <= 0)
        return 1.0;
    if (a >= 1.0)
        return double(g + 1);
    return (1.0 - std::pow(a, double(g + 1))) / (1.0 - a);
}

double speculativeSpeedup(double a, int g, double draftCost, double verifyCost)
{
    return expectedTokensPerStep(a, g) / (verifyCost + double(std::max(0, g)) * draftCost);
}

std::optional<qint64> mtpWeightBytes(
    const ModelSpec& model, const QString& recipeId, Engine engine, const QuantCatalog& quants)
{
    if (model.mtpLayers <= 0)
        return qint64(0);
    const QuantRecipe* recipe = quants.recipe(recipeId);
    if (!recipe)
        return std::nullopt;
    const std::vector<TensorSpec> tensors = tensorLayout(model);
    const WeightLoading loading = engineRules(engine).weightLoading();
    const StorageAssignment assigned = assignStorage(model, tensors, *recipe, loading, quants);
    if (assigned.types.size() != tensors.size() || !assigned.missingType.isEmpty())
        return std::nullopt;
    qint64 bytes = 0;
    for (size_t i = 0; i < tensors.size(); ++i) {
        if (tensors[i].mtp && assigned.types[i])
            bytes = satAdd(bytes, assigned.types[i]->bytesFor(tensors[i].ne0, tensors[i].ne1, tensors[i].ne2));
    }
    return bytes;
}

std::optional<FitPlan> planSpeculative(const FitPlanner& planner, const QuantCatalog& quants, const Scenario& sc,
    const HardwareProfile& hw, const PlanOptions& options, const SpeculativeRequest& req, QString* error)
{
    QString why = checkRequest(sc, options, req);
    const auto fail = [&](const QString& m) {
        if (error)
            *error = m;
        return std::nullopt;
    };
    if (!why.isEmpty())
        return fail(why);
    SpeculativePlan sp;
    sp.kind = req.kind;
    const bool mtp = req.kind == SpeculativePlan::Kind::Mtp;
    sp.draftTokens = req.draftTokens > 0 ? req.draftTokens : mtp ? int(sc.model.mtpLayers) : kFallbackDraftTokens;
    const Scenario draftSc = mtp ? sc : draftScenario(sc, req, quants);
    if (!mtp) {
        sp.draftModelId = req.draft.id;
        sp.draftRecipe = draftSc.recipeId;
        sp.draftRepo = req.draft.hfRepo;
    }
    std::optional<FitPlan> plan;
    if (options.frontend == Frontend::LlamaServer) {
        plan = planWithLlamaDraft(planner, quants, sc, hw, options, draftSc, &sp, &why);
    } else {
        plan = planner.plan(sc, hw, options, &why);
        if (plan) {
            const int tp = std::max(1, plan->tensorParallel);
            double kvPerToken = 0.0;
            if (mtp) {
                const auto w = mtpWeightBytes(sc.model, plan->recipeId, sc.engine, quants);
                if (!w)
                    return fail(Tr::tr("the MTP layers have no storage rule in %1").arg(plan->recipeId));
                sp.weightBytes = *w;
                const MemoryEstimate& e = plan->estimate;
                kvPerToken = double(sc.model.mtpLayers) * double(e.kvBytesPerToken)
                    / double(std::max<qint64>(1, e.kvLayers)) * kvRankShare(sc.model, tp);
            } else {
                const auto est = MemoryEstimator(quants).estimate(draftSc, &why, MemoryEstimator::Detail::Figures);
                if (!est)
                    return fail(why);
                sp.weightBytes = est->weights.bytes;
                kvPerToken = double(est->kvBytesPerToken) * kvRankShare(req.draft, tp);
            }
            if (!addVllmSpeculative(&*plan, sc, ceilDiv(sp.weightBytes, tp), kvPerToken, &sp, &why))
                return fail(why);
        }
    }
    if (!plan)
        return fail(why);
    estimateSpeedup(planner, sc, hw, options, req, draftSc, &*plan, &sp);
    plan->speculative = sp;
    plan->command = engineCommand(*plan, sc.model);
    return plan;
}

} // namespace Planner
