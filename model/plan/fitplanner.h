// SPDX-FileCopyrightText: 2026 The FitPlanner authors
// SPDX-License-Identifier: MIT

#pragma once

#include "fitplan.h"
#include "gpucatalog.h"
#include "hardwareprofile.h"
#include "memoryestimator.h"
#include "modelcatalog.h"
#include "quantcatalog.h"
#include "scenario.h"

#include <functional>
#include <memory>
#include <optional>

namespace Planner {

struct PlanOptions
{
    Frontend frontend = Frontend::LlamaServer; // must run scenario.engine
    int nodes = 1; // vLLM: identical nodes joined by pipeline parallelism; the profile describes one node
    qint64 promptTokens = 0; // prefill estimate; 0: the whole context
    // llama.cpp: memory kept free on each GPU whose free memory was detected (the desktop and other programs
    // may grow), as llama.cpp's --fit keeps its --fit-target margin (default 1024 MiB per device).
    qint64 fitMarginBytes = kDefaultFitMarginBytes;
    // llama.cpp: when a MoE model does not fit the GPU(s), also consider keeping every layer on the GPU(s) and
    // only the routed experts of the first layers in RAM (--n-cpu-moe), and take the faster placement.
    bool expertOffload = true;
    // Searches (bestQuant, recommend): recipes whose published mean KL divergence against the 16-bit model
    // (QuantRecipe::kld) is above this floor are never chosen; infinity: no floor. Recipes with no published
    // figure and a checkpoint's own format are not held to it.
    double qualityFloorKld = kDefaultQualityFloorKld;
    // Searches: decode speed (tokens/s) at which a placement that uses system RAM still counts as usable; a
    // better recipe with CPU offload is preferred to a worse one on the GPU(s) when it reaches this speed.
    // 0: quality first, whatever the speed.
    double usableTokensPerSecond = kDefaultUsableTokensPerSecond;

    static constexpr qint64 kDefaultFitMarginBytes = qint64(1024) << 20;
    // Mean KLD 0.25: the 3-bit types and better on LLaMA 3 8B (Q3_K_S 0.228, IQ2_M 0.326 is the best 2-bit).
    static constexpr double kDefaultQualityFloorKld = 0.25;
    // About reading speed.
    static constexpr double kDefaultUsableTokensPerSecond = 5.0;
    // A fully-GPU recipe at or below this mean KLD is kept however much better an offloaded one would be: the
    // 4-bit k-quants and IQ4 types (Q4_K_S 0.043) and better; Q4_0 (0.072) and the 3-bit types are above it.
    static constexpr double kGoodEnoughKld = 0.05;
};

// An option a search offers beside its answer: the same hardware with the KV cache quantized, or with a shorter
// context, where that gives a better recipe or keeps everything on the GPU(s).
struct PlanAlternative
{
    enum class Kind
    {
        KvCache, // kvType differs from the scenario's
        ShorterContext, // context is below the scenario's
    };
    Kind kind = Kind::KvCache;
    FitPlan plan; // recipe, KV type, context, verdict and speed of the option
};

// One row of "What can I run?": a catalog model with its best fitting quantization, the largest context at
// that quantization and the plan's speed.
struct Recommendation
{
    QString modelId;
    QString modelName;
    bool fits = false;
    QString recipeId;
    qint64 maxContext = 0; // largest context that keeps the verdict
    FitPlan plan; // at the requested context
    std::optional<double> kld; // the chosen recipe's published mean KL divergence (recipeKld); nullopt: none
    QList<PlanAlternative> alternatives; // a quantized KV cache or a shorter context, where either helps
};

struct SetupChoice
{
    QString gpuId;
    int gpusPerNode = 0;
    int nodes = 1;
    qint64 ramBytes = 0;
    FitPlan plan;
};

// The recipe a model starts from on an engine: what the command line and the window default to and where a
// plan's search for the best recipe begins. Engines that load the published checkpoint (vLLM, transformers)
// start from its own format (ModelSpec::nativeRecipe: DeepSeek-V3's 128x128-block FP8, gpt-oss's MXFP4
// experts) when they run it; otherwise, and for 16- or 32-bit checkpoints, the engine's default recipe
// (EngineRules::defaultRecipe(): BF16, Q4_K_M, MLX-4BIT).
QString startingRecipe(const ModelSpec& model, Engine engine, const QuantCatalog& quants);

// Places an estimate on hardware the way the engine would, and searches quantizations, contexts and
// catalog setups. Pure and thread-safe; no I/O.
class FitPlanner
{
public:
    // What a search (bestQuant, alternatives, largestContext, smallestSetup, recommend) reuses of its own work. Cached:
    // per call and model, what depends only on the model and the recipe (the ranked candidates, the parameter count,
    // the routed experts' bytes per layer) and the plans already probed (recipe, KV type and context) are kept, and an
    // option that cannot beat the answer is not searched for. Fresh: every probe is planned from scratch and every
    // option searched in full. The answers are the same; Fresh is the reference the cached searches are checked
    // against. Either way nothing is shared between calls but the estimator's weights (which are guarded).
    enum class SearchReuse
    {
        Cached,
        Fresh,
    };
    explicit FitPlanner(const QuantCatalog& quants, SearchReuse reuse = SearchReuse::Cached);

    // With Detail::Figures the plan's estimate carries no explanations: what the searches use to probe.
    std::optional<FitPlan> plan(const Scenario& scenario, const HardwareProfile& hardware, const PlanOptions& options,
        QString* error = nullptr, MemoryEstimator::Detail detail = MemoryEstimator::Detail::Explained) const;
    // What a plan may fill on one GPU: vLLM claims gpu_memory_utilization of its memory, the other engines what the
    // driver leaves free.
    static qint64 gpuCapacity(const GpuDevice& gpu, const Scenario& scenario);

    // The recipes a search tries for an engine, best quality first (by the bits per weight of their base type).
    // A checkpoint published quantized (ModelSpec::nativeRecipe) is tried in its own format only where the
    // engine runs that format; otherwise the recipes the engine runs whose search is Always (quants.json).
    QStringList candidateRecipes(const Scenario& scenario) const;
    // The highest-quality recipe that fits entirely on the GPUs; if none does, the highest-quality one that fits
    // at all (with CPU offload, or in RAM).
    //
    // Recipes are ranked by their published mean KL divergence (QuantRecipe::kld) when every candidate has one,
    // else by bits per weight; those above options.qualityFloorKld are skipped. The answer is the best recipe that
    // fits on the GPU(s), unless its KLD is above kGoodEnoughKld and a better one with CPU offload decodes at
    // options.usableTokensPerSecond or more; with neither, the fastest plan that fits at all. The plan's first
    // note says which rule chose it.
    std::optional<FitPlan> bestQuant(const Scenario& scenario, const HardwareProfile& hardware,
        const PlanOptions& options, QString* error = nullptr) const;
    // What a quantized KV cache (the engine's 8-bit type) or a shorter context (at least 4096 tokens, the largest
    // that keeps the recipe on the GPU(s)) would give instead of `chosen`, the answer of bestQuant for `scenario`:
    // the best recipe that then fits entirely on the GPU(s), where chosen does not, or where it is better than
    // chosen's. Empty when chosen already runs the best candidate on the GPU(s).
    QList<PlanAlternative> alternatives(const Scenario& scenario, const HardwareProfile& hardware,
        const PlanOptions& options, const FitPlan& chosen) const;
    // The largest context (at most `limit`, or the model's maximum) whose verdict is at least as good as
    // `atLeast`, found by bisection to a multiple of 256 tokens (or the limit itself); nullopt when even
    // scenario.context does not reach it.
    std::optional<FitPlan> largestContext(const Scenario& scenario, const HardwareProfile& hardware,
        const PlanOptions& options, Verdict atLeast, qint64 limit = 0) const;
    // The catalog setup with the fewest GPUs (then the least memory, then fewer nodes) on which the scenario fits
    // entirely on GPUs. Counts tried: 1, 2, 4, 8 per node; for vLLM 1 to maxNodes nodes. Apple devices are tried
    // once per unified memory size sold. `filter` may restrict the devices.
    std::optional<SetupChoice> smallestSetup(const Scenario& scenario, const GpuCatalog& gpus, qint64 ramBytes,
        const PlanOptions& options, int maxNodes = 4, const std::function<bool(const GpuSpec&)>& filter = {}) const;

    // `base` carries the engine and its settings (batch, KV type, ...); its model is ignored. The context is
    // capped at each model's maximum.
    QList<Recommendation> recommend(const ModelCatalog& models, const HardwareProfile& hardware,
        const PlanOptions& options, const Scenario& base, qint64 context) const;

    // Assumptions of the speed model, stated in every plan's speed explanation.
    static constexpr double kDecodeEfficiency = 0.7; // share of peak bandwidth memory-bound decode reaches
    static constexpr double kPrefillEfficiency = 0.5; // share of peak dense FP16 throughput prefill reaches
    static constexpr double kAssumedCpuBandwidthGBps = 60.0; // dual-channel DDR4-3200 .. DDR5-4800
    static constexpr double kAssumedCpuTflops = 1.0; // 8-16 cores with AVX2 / AVX-512
    static constexpr double kAssumedPcieGBps = 25.0; // PCIe 4.0 x16 in practice
    static constexpr double kAllReduceSeconds = 30.0e-6; // one NVLink all-reduce of a token's activations

private:
    struct SearchCache; // what one search over one model on one hardware profile reuses (fitplanner.cpp)
    struct SearchLimits; // which candidates a search may answer with (fitplanner.cpp)

    SearchCache* cacheIf(SearchCache* cache) const { return m_reuse == SearchReuse::Cached ? cache : nullptr; }
    // plan() with the search's cache (nullptr: none).
    std::optional<FitPlan> planWith(const Scenario& scenario, const HardwareProfile& hardware,
        const PlanOptions& options, QString* error, MemoryEstimator::Detail detail, SearchCache* cache) const;
    // A search's probe: the plan with Detail::Figures, from the cache's probed plans where it has it; nullptr when the
    // scenario cannot be planned.
    std::shared_ptr<const FitPlan> probe(const Scenario& scenario, const HardwareProfile& hardware,
        const PlanOptions& options, SearchCache* cache) const;
    std::optional<FitPlan> bestQuantWith(const Scenario& scenario, const HardwareProfile& hardware,
        const PlanOptions& options, QString* error, SearchCache* cache, const SearchLimits& limits) const;
    QList<PlanAlternative> alternativesWith(const Scenario& scenario, const HardwareProfile& hardware,
        const PlanOptions& options, const FitPlan& chosen, SearchCache* cache) const;
    std::optional<FitPlan> largestContextWith(const Scenario& scenario, const HardwareProfile& hardware,
        const PlanOptions& options, Verdict atLeast, qint64 limit, SearchCache* cache) const;

    const QuantCatalog& m_quants;
    SearchReuse m_reuse = SearchReuse::Cached;
    // Shared by every plan and search of this planner: the weights of an (architecture, recipe, engine) are
    // computed once, however many contexts and setups a search tries.
    MemoryEstimator m_estimator;
};

} // namespace Planner
