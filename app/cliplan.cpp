// SPDX-FileCopyrightText: 2026 The FitPlanner authors
// SPDX-License-Identifier: MIT

#include "cliplan.h"

#include "clihardware.h"
#include "climodel.h"
#include "clitr.h"
#include "enginecommand.h"
#include "engineregistry.h"
#include "fitplanner.h"
#include "fitverdict.h"
#include "hardwarechoice.h"
#include "hardwaredetector.h"
#include "memoryestimator.h"
#include "planjson.h"
#include "recipequality.h"
#include "servingcapacity.h"
#include "speculative.h"
#include "units.h"

#include <cmath>
#include <limits>
#include <optional>

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QJsonDocument>

using namespace Planner;

namespace {

// The hardware a plan runs on: detected (--gpu auto), none, or catalog devices, with overrides (--gpus, --vram,
// --ram). The parser has checked the values.
std::optional<HardwareProfile> resolveHardware(const CliArgs& o, const Catalogs& c, QString* error)
{
    const std::optional<qint64> count = o.count(QStringLiteral("gpus"));
    const HardwareChoice choice = HardwareChoice::fromCli(o.text(QStringLiteral("gpu")).trimmed(),
        count ? std::optional<int>(int(*count)) : std::nullopt, o.bytes(QStringLiteral("vram")),
        o.bytes(QStringLiteral("ram")));
    return choice.resolve(detectThisMachine(c), c.gpus, error);
}

struct ScenarioArgs
{
    Scenario scenario;
    Frontend frontend = Frontend::LlamaServer;
    int nodes = 1;
};

// The KV cache type when --kv-type is not given.
QString defaultKvType(Engine engine)
{
    return engine == Engine::Vllm ? QStringLiteral("BF16") : Scenario().kvType;
}

// --engine, --batch, --kv-type, --gpu-util, --nodes (shared by plan and recommend).
ScenarioArgs engineOptions(const CliArgs& o)
{
    ScenarioArgs s;
    s.frontend = frontendFromId(o.text(QStringLiteral("engine"))).value_or(s.frontend);
    s.scenario.engine = engineOf(s.frontend);
    s.scenario.batch = o.count(QStringLiteral("batch")).value_or(s.scenario.batch);
    s.scenario.gpuMemoryUtilization = o.number(QStringLiteral("gpu-util")).value_or(s.scenario.gpuMemoryUtilization);
    s.nodes = int(o.count(QStringLiteral("nodes")).value_or(s.nodes));
    s.scenario.kvType
        = o.isSet(QStringLiteral("kv-type")) ? o.text(QStringLiteral("kv-type")) : defaultKvType(s.scenario.engine);
    s.scenario.kvUnified = o.value(QStringLiteral("kv-unified")).toBool();
    s.scenario.outputsMax = o.count(QStringLiteral("outputs-max")).value_or(s.scenario.outputsMax);
    applyVllmOptions(o, &s.scenario);
    return s;
}

// --engine, --batch, --kv-type, --gpu-util and the hardware options, as plan and recommend declare them.
QList<CliOption> engineAndHardwareOptions(const Catalogs& c)
{
    const ScenarioArgs defaults;
    QList<CliOption> options = {
        { QStringLiteral("engine"), QStringLiteral("ENGINE"), CliTr::tr("the program that runs the model"),
            CliValidators::frontend(), frontendId(defaults.frontend), {} },
        CliOptions::batch(),
        CliOptions::kvType({},
            CliTr::tr("%1 for vLLM / SGLang, %2 otherwise")
                .arg(defaultKvType(Engine::Vllm), defaultKvType(Engine::LlamaCpp))),
        CliOptions::gpuUtil(),
        { QStringLiteral("kv-unified"), QStringLiteral("on|off"),
            CliTr::tr("llama.cpp --kv-unified: the --batch sequences share one KV cache (off: one per sequence)"),
            CliValidators::onOff(), defaults.scenario.kvUnified, {} },
        { QStringLiteral("outputs-max"), QStringLiteral("N"),
            CliTr::tr("llama.cpp n_outputs_max: micro-batch rows the compute buffer holds logits for; 0: all of "
                      "them (the library's default), llama-server uses its slots (-np)"),
            CliValidators::count(0, 1 << 20), QVariant::fromValue<qint64>(defaults.scenario.outputsMax), {} },
    };
    options << vllmOptions();
    options << CliOptions::hardware(c);
    return options;
}

// --quality-floor and --usable-speed: how plan --quant best and recommend weigh quality against speed.
QList<CliOption> searchOptions()
{
    return {
        { QStringLiteral("quality-floor"), QStringLiteral("KLD"),
            CliTr::tr("searches skip recipes whose published mean KL divergence against the 16-bit model is above "
                      "this (0.25: 3-bit types and better; off: no floor)"),
            CliValidators::number(0.0, 100.0, QStringLiteral("off")), PlanOptions::kDefaultQualityFloorKld, {} },
        { QStringLiteral("usable-speed"), QStringLiteral("TOK/S"),
            CliTr::tr("searches prefer a better recipe with CPU offload when it decodes at least this fast (0: "
                      "quality first)"),
            CliValidators::number(0.0, 1.0e6), PlanOptions::kDefaultUsableTokensPerSecond, {} },
    };
}

void applySearchOptions(const CliArgs& o, PlanOptions* po)
{
    if (o.text(QStringLiteral("quality-floor")).compare(QLatin1String("off"), Qt::CaseInsensitive) == 0)
        po->qualityFloorKld = std::numeric_limits<double>::infinity();
    else
        po->qualityFloorKld = o.number(QStringLiteral("quality-floor")).value_or(po->qualityFloorKld);
    po->usableTokensPerSecond = o.number(QStringLiteral("usable-speed")).value_or(po->usableTokensPerSecond);
}

// What limited a speed figure, in words.
QString boundText(const QString& bound)
{
    if (bound == QLatin1String("compute"))
        return CliTr::tr("compute");
    if (bound == QLatin1String("transfer"))
        return CliTr::tr("transfer");
    return CliTr::tr("memory");
}

// vLLM's KV pool as its start-up log reports it, for the rank with the fewest blocks.
void printVllmPool(QTextStream& out, const VllmKvPool& k)
{
    const QString available
        = k.available < 0 ? QStringLiteral("-") + formatBytes(-k.available) : formatBytes(k.available);
    out << CliTr::tr("vLLM KV pool per GPU: %1 x %2 = %3 - weights %4 - activation peak %5 - non-torch %6 = %7 "
                     "available")
               .arg(k.utilization)
               .arg(formatBytes(k.gpuMemory), formatBytes(k.requested), formatBytes(k.weights),
                   formatBytes(k.activationPeak), formatBytes(k.nonTorch), available)
        << '\n';
    out << CliTr::tr("vLLM KV cache: %1 blocks, %2 tokens; maximum concurrency for %3 tokens per request: %4x")
               .arg(k.blocks)
               .arg(k.tokens)
               .arg(k.contextTokens)
               .arg(k.maxConcurrency, 0, 'f', 2)
        << '\n';
    out << CliTr::tr("vLLM outside the share: CUDA graphs %1, CUDA context %2 (%3 left by the utilization)")
               .arg(formatBytes(k.cudaGraphs), formatBytes(k.cudaContext), formatBytes(k.outsideShare))
        << '\n';
}

// --concurrency: how many sequences fit, their speed together and the time to first token.
void printServing(QTextStream& out, const ServingCapacity& c)
{
    out << CliTr::tr("Serving %1 sequence(s) of %2 tokens with %3: %4 fit at once (the engine's limit: %5)")
               .arg(c.requested)
               .arg(c.sequenceTokens)
               .arg(frontendId(c.frontend))
               .arg(c.maxSequences)
               .arg(c.sequenceLimit)
        << '\n';
    if (c.vllmConcurrency >= 0.0)
        out << CliTr::tr("  vLLM's maximum concurrency for %1 tokens per request: %2x")
                   .arg(c.sequenceTokens)
                   .arg(c.vllmConcurrency, 0, 'f', 2)
            << '\n';
    if (c.aggregateTokensPerSecond > 0.0)
        out << CliTr::tr("  at %1 at once: %2 tokens/s each, %3 tokens/s in all (%4-bound)")
                   .arg(c.served)
                   .arg(c.sequenceTokensPerSecond, 0, 'f', 1)
                   .arg(c.aggregateTokensPerSecond, 0, 'f', 1)
                   .arg(boundText(c.decodeBound))
            << '\n';
    if (c.ttftSeconds >= 0.0)
        out << CliTr::tr("  time to first token for %1 prompt tokens: %2 s idle, %3 s while the others decode")
                   .arg(c.promptTokens)
                   .arg(c.ttftSeconds, 0, 'f', 2)
                   .arg(c.ttftBusySeconds, 0, 'f', 2)
            << '\n';
    if (c.served < c.requested)
        out << CliTr::tr("  the other %1 wait for a free %2")
                   .arg(c.requested - c.served)
                   .arg(c.vllmConcurrency >= 0.0 ? CliTr::tr("share of the KV pool") : CliTr::tr("slot"))
            << '\n';
}

// --draft-model / --mtp: what speculative decoding adds and what it promises.
void printSpeculative(QTextStream& out, const FitPlan& p)
{
    const SpeculativePlan& sp = *p.speculative;
    const QString what = sp.kind == SpeculativePlan::Kind::Mtp
        ? CliTr::tr("the model's MTP layers")
        : CliTr::tr("draft %1 %2").arg(sp.draftModelId, sp.draftRecipe);
    out << CliTr::tr("Speculative decoding with %1, %2 token(s) per step: weights %3, KV %4, compute %5 (%6 of it in "
                     "RAM)")
               .arg(what)
               .arg(sp.draftTokens)
               .arg(formatBytes(sp.weightBytes), formatBytes(sp.kvBytes), formatBytes(sp.computeBytes),
                   formatBytes(sp.ramBytes))
        << '\n';
    if (p.tokensPerSecond > 0.0 && sp.speedupHigh > 0.0)
        out << CliTr::tr("  about %1 to %2 tokens/s decode (%3x to %4x at acceptance %5 to %6)")
                   .arg(p.tokensPerSecond * sp.speedupLow, 0, 'f', 1)
                   .arg(p.tokensPerSecond * sp.speedupHigh, 0, 'f', 1)
                   .arg(sp.speedupLow, 0, 'f', 2)
                   .arg(sp.speedupHigh, 0, 'f', 2)
                   .arg(sp.acceptanceLow, 0, 'f', 2)
                   .arg(sp.acceptanceHigh, 0, 'f', 2)
            << '\n';
}

void printPlanText(QTextStream& out, const FitPlan& p)
{
    out << CliTr::tr("%1: %2 | %3 | %4 | context %5 x %6\n")
               .arg(planVerdictText(p), p.modelId, p.recipeId, frontendId(p.frontend))
               .arg(p.context)
               .arg(p.batch);
    out << CliTr::tr("Engine rules: %1").arg(engineRules(p.engine).version()) << '\n';
    out << CliTr::tr("Headroom: %1")
               .arg(p.headroomBytes < 0 ? QStringLiteral("-") + formatBytes(-p.headroomBytes)
                                        : formatBytes(p.headroomBytes))
        << '\n';
    if (p.engine == Engine::Vllm)
        out << CliTr::tr("Tensor parallel %1, pipeline parallel %2").arg(p.tensorParallel).arg(p.pipelineParallel)
            << '\n';
    else
        out << CliTr::tr("Layers on GPU: %1 of %2").arg(p.gpuLayers).arg(p.totalLayers)
            << (p.cpuMoeLayers > 0 ? CliTr::tr(" (routed experts of the first %1 in RAM)").arg(p.cpuMoeLayers)
                                   : QString())
            << '\n';
    for (const DevicePlacement& d : p.devices) {
        if (d.speculative > 0) {
            out << CliTr::tr("  %1 %2 of %3 (weights %4, KV %5, compute %6, other %7, speculative decoding %8)\n")
                       .arg(d.name, -32)
                       .arg(formatBytes(d.used()), formatBytes(d.capacity), formatBytes(d.weights),
                           formatBytes(d.kvCache), formatBytes(d.compute), formatBytes(d.overhead),
                           formatBytes(d.speculative));
            continue;
        }
        out << CliTr::tr("  %1 %2 of %3 (weights %4, KV %5, compute %6, other %7)\n")
                   .arg(d.name, -32)
                   .arg(formatBytes(d.used()), formatBytes(d.capacity), formatBytes(d.weights), formatBytes(d.kvCache),
                       formatBytes(d.compute), formatBytes(d.overhead));
    }
    if (p.vllmPool)
        printVllmPool(out, *p.vllmPool);
    if (p.tokensPerSecond > 0.0)
        out << CliTr::tr("Speed: about %1 tokens/s decode (%4-bound), %2 s to prefill %3 tokens (%5-bound)")
                   .arg(p.tokensPerSecond, 0, 'f', 1)
                   .arg(p.prefillSeconds, 0, 'f', 2)
                   .arg(p.promptTokens)
                   .arg(boundText(p.decodeBound), boundText(p.prefillBound))
            << '\n';
    if (p.speculative)
        printSpeculative(out, p);
    for (const QString& n : p.notes)
        out << CliTr::tr("Note: ") << n << '\n';
    if (!p.command.isEmpty())
        out << CliTr::tr("Command:") << '\n' << p.command << '\n';
}

int runHardware(const CliArgs& args, const Catalogs& c, QTextStream& out, QTextStream&)
{
    if (args.flag(QStringLiteral("measure")))
        return runHardwareMeasure(args, out);
    return printJsonOrText(
        args, out, [&] { return QJsonValue(hardwareToJson(detectThisMachine(c))); },
        [&] {
            const HardwareProfile hw = detectThisMachine(c);
            for (const GpuDevice& g : hw.gpus) {
                out << CliTr::tr("GPU  %1  %2 total, %3 free%4%5\n")
                           .arg(g.name, formatBytes(g.memoryTotal),
                               g.memoryFree >= 0 ? formatBytes(g.memoryFree) : CliTr::tr("unknown"),
                               g.bandwidthGBps > 0.0 ? QStringLiteral(", %1 GB/s").arg(g.bandwidthGBps, 0, 'f', 0)
                                                     : QString(),
                               g.unified ? CliTr::tr(", unified memory") : QString());
            }
            out << CliTr::tr("RAM  %1 total, %2 available\n")
                       .arg(hw.ramTotal > 0 ? formatBytes(hw.ramTotal) : CliTr::tr("unknown"),
                           hw.ramAvailable >= 0 ? formatBytes(hw.ramAvailable) : CliTr::tr("unknown"));
            out << CliTr::tr("CPU  %1 (%2 threads)\n")
                       .arg(hw.cpu.model.isEmpty() ? CliTr::tr("unknown") : hw.cpu.model)
                       .arg(hw.cpu.logicalCores);
            for (const QString& n : hw.notes)
                out << CliTr::tr("Note: ") << n << '\n';
        });
}

int runGpus(const CliArgs& args, const Catalogs& c, QTextStream& out, QTextStream&)
{
    return printJsonOrText(
        args, out, [&] { return QJsonValue(gpuCatalogToJson(c.gpus)); },
        [&] {
            for (const GpuSpec& g : c.gpus.gpus) {
                out << QStringLiteral("%1  %2  %3  %4 GB/s  %5 TFLOPS\n")
                           .arg(g.id, -24)
                           .arg(g.name, -44)
                           .arg(formatBytes(g.memoryBytes), 10)
                           .arg(g.bandwidthGBps, 7, 'f', 0)
                           .arg(g.fp16Tflops, 7, 'f', 1);
            }
        });
}

// --find-setup's answer in words.
void printSmallestSetup(QTextStream& out, const QJsonValue& v)
{
    if (v.isObject() && v[QStringLiteral("named_gpu")].toBool())
        out << CliTr::tr("Smallest setup of the GPU you named that fits on GPUs: %1 x %2 on %3 node(s)")
                   .arg(v[QStringLiteral("gpus_per_node")].toInt())
                   .arg(v[QStringLiteral("gpu")].toString())
                   .arg(v[QStringLiteral("nodes")].toInt())
            << '\n';
    else if (v.isObject())
        out << CliTr::tr("Smallest catalog setup that fits on GPUs: %1 x %2 on %3 node(s)")
                   .arg(v[QStringLiteral("gpus_per_node")].toInt())
                   .arg(v[QStringLiteral("gpu")].toString())
                   .arg(v[QStringLiteral("nodes")].toInt())
            << '\n';
    else
        out << CliTr::tr("No catalog setup fits on GPUs") << '\n';
}

// A --file without --engine runs on the engine such a file is usually run with (GGUF: llama.cpp, else transformers).
void applyFileEngine(const CliArgs& o, const QString& fileEngine, ScenarioArgs* s)
{
    if (!o.isSet(QStringLiteral("file")) || o.isSet(QStringLiteral("engine")))
        return;
    s->frontend = frontendFromId(fileEngine).value_or(s->frontend);
    s->scenario.engine = engineOf(s->frontend);
    if (!o.isSet(QStringLiteral("kv-type")))
        s->scenario.kvType = defaultKvType(s->scenario.engine);
}

// A recommendation's verdict id, with "tight" where the GPU has little to spare (as the window's table says).
QString recommendVerdictId(const FitPlan& p)
{
    return planStatus(p) == FitStatus::Tight ? fitStatusId(FitStatus::Tight) : verdictId(p.verdict);
}

QString speedText(double tokensPerSecond)
{
    return tokensPerSecond > 0.0 ? CliTr::tr("%1 tok/s").arg(tokensPerSecond, 0, 'f', 1) : CliTr::tr("speed unknown");
}

// An option beside a search's answer, in one line.
QString alternativeText(const PlanAlternative& a)
{
    const QString what = a.kind == PlanAlternative::Kind::KvCache ? CliTr::tr("option: KV cache %1").arg(a.plan.kvType)
                                                                  : CliTr::tr("option: context %1").arg(a.plan.context);
    return CliTr::tr("%1: %2, %3, %4")
        .arg(what, a.plan.recipeId, recommendVerdictId(a.plan), speedText(a.plan.tokensPerSecond));
}

int runPlan(const CliArgs& o, const Catalogs& c, QTextStream& out, QTextStream& err)
{
    const auto usageError = [&err](const QString& m) {
        err << "fitplanner plan: " << m << '\n';
        return 2;
    };
    QString error;
    ScenarioArgs s = engineOptions(o);
    const std::optional<qint64> concurrency = o.count(QStringLiteral("concurrency"));
    if (concurrency) {
        if (o.isSet(QStringLiteral("batch")) && s.scenario.batch != *concurrency)
            return usageError(CliTr::tr("--batch %1 and --concurrency %2 ask for different numbers of sequences")
                                  .arg(s.scenario.batch)
                                  .arg(*concurrency));
        s.scenario.batch = *concurrency;
    }
    const bool mtp = o.flag(QStringLiteral("mtp"));
    const bool draft = o.isSet(QStringLiteral("draft-model"));
    if (mtp && draft)
        return usageError(CliTr::tr("--mtp and --draft-model are two kinds of speculative decoding: choose one"));
    if ((mtp || draft) && concurrency)
        return usageError(CliTr::tr("--concurrency is planned without speculative decoding: leave out --draft-model "
                                    "and --mtp"));
    if (o.isSet(QStringLiteral("draft-quant")) && !draft)
        return usageError(CliTr::tr("--draft-quant needs --draft-model"));
    const bool fromFile = o.isSet(QStringLiteral("file"));
    if (fromFile && o.isSet(QStringLiteral("quant")))
        return usageError(cliFileFixesQuantMessage());
    QStringList problems;
    QString fileEngine = engineId(Engine::LlamaCpp);
    if (!loadCliModel(o, c, &s.scenario, &fileEngine, &problems)) {
        for (const QString& p : problems)
            usageError(p);
        return 2;
    }
    applyFileEngine(o, fileEngine, &s);
    const ModelSource source = cliModelSource(o, s.scenario, fileEngine);
    const QString quant = fromFile         ? s.scenario.recipeId
        : o.isSet(QStringLiteral("quant")) ? o.text(QStringLiteral("quant"))
                                           : defaultCliRecipe(s.scenario.model, s.scenario.engine, c.quants);
    const bool bestQuant = !fromFile && quant == QLatin1String("best");
    s.scenario.recipeId = quant;
    const bool maxContext = o.text(QStringLiteral("context")) == QLatin1String("max");
    s.scenario.context = o.count(QStringLiteral("context")).value_or(Scenario::defaultContext(s.scenario.model));
    PlanOptions po;
    po.frontend = s.frontend;
    po.nodes = s.nodes;
    po.promptTokens = o.count(QStringLiteral("prompt")).value_or(po.promptTokens);
    if (const auto margin = o.count(QStringLiteral("fit-margin")))
        po.fitMarginBytes = *margin * (qint64(1) << 20);
    po.expertOffload = !o.isSet(QStringLiteral("no-expert-offload"));
    applySearchOptions(o, &po);
    const auto hw = resolveHardware(o, c, &error);
    if (!hw)
        return usageError(error);

    const FitPlanner planner(c.quants);
    std::optional<FitPlan> plan;
    if (bestQuant) {
        plan = planner.bestQuant(s.scenario, *hw, po, &error);
        if (!plan) {
            // Nothing fits: show the smallest candidate's plan at or above the quality floor, so the shortfall is
            // visible, with the reason.
            QStringList candidates = planner.candidateRecipes(s.scenario);
            candidates.removeIf([&](const QString& id) {
                const auto kld = recipeKld(s.scenario.model, id, c.quants);
                return kld && *kld > po.qualityFloorKld;
            });
            if (candidates.isEmpty()) {
                err << "fitplanner plan: " << error << '\n';
                return 1;
            }
            s.scenario.recipeId = candidates.back();
            const QString reason = error;
            error.clear();
            plan = planner.plan(s.scenario, *hw, po, &error);
            if (plan)
                plan->notes.prepend(reason);
        }
    } else {
        plan = planner.plan(s.scenario, *hw, po, &error);
    }
    if (!plan) {
        err << "fitplanner plan: " << error << '\n';
        return 2;
    }
    if (maxContext && plan->fits()) {
        Scenario at = s.scenario;
        at.recipeId = plan->recipeId;
        if (auto largest = planner.largestContext(at, *hw, po, plan->verdict))
            plan = largest;
    }
    Scenario planned = s.scenario;
    planned.recipeId = plan->recipeId;
    planned.context = plan->context;
    if (mtp || draft) {
        SpeculativeRequest request;
        request.kind = mtp ? SpeculativePlan::Kind::Mtp : SpeculativePlan::Kind::DraftModel;
        if (const ModelSpec* d = draft ? c.models.find(o.text(QStringLiteral("draft-model"))) : nullptr)
            request.draft = *d;
        request.draftRecipe = o.text(QStringLiteral("draft-quant"));
        plan = planSpeculative(planner, c.quants, planned, *hw, po, request, &error);
        if (!plan)
            return usageError(error);
    }
    std::optional<ServingCapacity> serving;
    if (concurrency) {
        serving = servingCapacity(planner, planned, *hw, po, *concurrency, &error);
        if (!serving)
            return usageError(error);
    }
    if (fromFile) // the opened file's own path, not a catalog file name
        plan->command = engineCommand(*plan, s.scenario.model, source);
    QJsonObject json = planToJson(*plan);
    json.insert(QStringLiteral("fit_status"), fitStatusId(planStatus(*plan)));
    if (serving)
        json.insert(QStringLiteral("serving"), servingToJson(*serving));
    // --quant best: what a quantized KV cache or a shorter context would give instead.
    const QList<PlanAlternative> alternatives
        = bestQuant ? planner.alternatives(s.scenario, *hw, po, *plan) : QList<PlanAlternative> {};
    if (bestQuant) {
        QJsonArray options;
        for (const PlanAlternative& a : alternatives)
            options.append(alternativeToJson(a));
        json.insert(QStringLiteral("options"), options);
    }
    if (o.flag(QStringLiteral("find-setup"))) {
        Scenario at = s.scenario;
        at.recipeId = plan->recipeId;
        at.context = plan->context;
        // The GPU the user named is searched first (more of them, more nodes), then the whole catalog.
        const qint64 ram = hw->ramTotal > 0 ? hw->ramTotal : 64 * GiB;
        const QString named = o.text(QStringLiteral("gpu"));
        const int maxNodes = std::max(4, s.nodes);
        std::optional<SetupChoice> setup;
        bool onNamed = false;
        const bool isDevice = named != QLatin1String("auto") && named != QLatin1String("none");
        if (const GpuSpec* namedSpec = isDevice ? c.gpus.find(named) : nullptr) {
            const QString id = namedSpec->id;
            setup
                = planner.smallestSetup(at, c.gpus, ram, po, maxNodes, [&id](const GpuSpec& g) { return g.id == id; });
            onNamed = setup.has_value();
        }
        if (!setup)
            setup = planner.smallestSetup(at, c.gpus, ram, po, maxNodes);
        if (setup) {
            json.insert(QStringLiteral("smallest_setup"),
                QJsonObject { { QStringLiteral("gpu"), setup->gpuId },
                    { QStringLiteral("gpus_per_node"), setup->gpusPerNode }, { QStringLiteral("nodes"), setup->nodes },
                    { QStringLiteral("named_gpu"), onNamed },
                    { QStringLiteral("plan"), planToJson(setup->plan, false) } });
        } else {
            json.insert(QStringLiteral("smallest_setup"), QJsonValue(QJsonValue::Null));
        }
    }
    QString problem;
    const auto request = reportRequest(o, &problem);
    if (!request)
        return usageError(problem);
    QByteArray bytes;
    if (request->json()) {
        json.insert(QStringLiteral("hardware_notes"), QJsonArray::fromStringList(hw->notes));
        bytes = QJsonDocument(json).toJson(QJsonDocument::Indented);
    } else if (request->format) {
        bytes = renderReport(ReportInput { s.scenario.model, plan->estimate, &*plan }, *request->format);
    } else {
        QString text;
        QTextStream textOut(&text);
        printPlanText(textOut, *plan);
        if (serving)
            printServing(textOut, *serving);
        for (const PlanAlternative& a : alternatives)
            textOut << alternativeText(a) << '\n';
        if (o.flag(QStringLiteral("find-setup")))
            printSmallestSetup(textOut, json.value(QStringLiteral("smallest_setup")));
        textOut.flush();
        bytes = text.toUtf8();
    }
    return deliverReport(*request, bytes, out, err, QStringLiteral("fitplanner plan"));
}

// recommend --file: the file's own weights (no other quantization to choose) at the context, and the largest
// context that keeps the verdict.
Recommendation recommendFile(const FitPlanner& planner, const Scenario& base, const HardwareProfile& hw,
    const PlanOptions& po, qint64 context, const ModelSource& source)
{
    Recommendation r;
    r.modelId = base.model.id;
    r.modelName = base.model.name;
    Scenario sc = base;
    sc.context = base.model.maxContext > 0 ? std::min(context, base.model.maxContext) : context;
    const auto plan = planner.plan(sc, hw, po);
    if (!plan || !plan->fits())
        return r;
    r.fits = true;
    r.recipeId = plan->recipeId;
    r.plan = *plan;
    r.plan.command = engineCommand(r.plan, sc.model, source);
    const auto largest = planner.largestContext(sc, hw, po, plan->verdict);
    r.maxContext = largest ? largest->context : plan->context;
    return r;
}

int runRecommend(const CliArgs& o, const Catalogs& c, QTextStream& out, QTextStream& err)
{
    ScenarioArgs s = engineOptions(o);
    const qint64 context = o.count(QStringLiteral("context")).value_or(Scenario::kDefaultContext);
    QString error;
    const auto hw = resolveHardware(o, c, &error);
    if (!hw) {
        err << "fitplanner recommend: " << error << '\n';
        return 2;
    }
    QString fileEngine = engineId(Engine::LlamaCpp);
    if (o.isSet(QStringLiteral("file"))) {
        QStringList problems;
        if (!loadCliModel(o, c, &s.scenario, &fileEngine, &problems)) {
            for (const QString& p : problems)
                err << "fitplanner recommend: " << p << '\n';
            return 2;
        }
        applyFileEngine(o, fileEngine, &s);
    }
    PlanOptions po;
    po.frontend = s.frontend;
    po.nodes = s.nodes;
    applySearchOptions(o, &po);
    const FitPlanner planner(c.quants);
    const QList<Recommendation> rows = o.isSet(QStringLiteral("file"))
        ? QList<Recommendation> { recommendFile(
            planner, s.scenario, *hw, po, context, cliModelSource(o, s.scenario, fileEngine)) }
        : planner.recommend(c.models, *hw, po, s.scenario, context);
    if (o.flag(QStringLiteral("json"))) {
        QJsonArray models;
        for (const Recommendation& r : rows) {
            QJsonObject row = recommendationToJson(r);
            if (r.fits)
                row.insert(QStringLiteral("fit_status"), fitStatusId(planStatus(r.plan)));
            models.append(row);
        }
        printJson(out,
            QJsonObject { { QStringLiteral("engine"), frontendId(s.frontend) }, { QStringLiteral("context"), context },
                { QStringLiteral("models"), models },
                { QStringLiteral("hardware_notes"), QJsonArray::fromStringList(hw->notes) } });
        return 0;
    }
    for (const Recommendation& r : rows) {
        if (!r.fits) {
            out << QStringLiteral("%1  %2\n").arg(r.modelId, -30).arg(CliTr::tr("does not fit"));
        } else {
            out << CliTr::tr("%1  %2  %3  max context %4  %5  %6\n")
                       .arg(r.modelId, -30)
                       .arg(r.recipeId, -10)
                       .arg(recommendVerdictId(r.plan), -8)
                       .arg(r.maxContext, 8)
                       .arg(speedText(r.plan.tokensPerSecond), -14)
                       .arg(r.kld ? CliTr::tr("KLD %1").arg(*r.kld, 0, 'g', 3) : CliTr::tr("KLD unknown"));
        }
        for (const PlanAlternative& a : r.alternatives)
            out << QStringLiteral("%1  %2\n").arg(QString(), -30).arg(alternativeText(a));
    }
    return 0;
}

CliCommand hardwareCommand()
{
    CliCommand cmd;
    cmd.name = QStringLiteral("hardware");
    cmd.summary = CliTr::tr("the GPUs, RAM and CPU detected on this machine");
    cmd.options = { CliOptions::json(CliTr::tr("print what was detected as JSON")),
        { QStringLiteral("measure"), {},
            CliTr::tr("measure this machine's memory bandwidth and CPU dot-product rates (under 2 s) and store them "
                      "for every speed estimate"),
            {}, {}, {} } };
    cmd.run = runHardware;
    return cmd;
}

CliCommand gpusCommand()
{
    CliCommand cmd;
    cmd.name = QStringLiteral("gpus");
    cmd.summary = CliTr::tr("list the GPU catalog");
    cmd.options = { CliOptions::json(CliTr::tr("print the catalog as JSON")) };
    cmd.run = runGpus;
    return cmd;
}

CliCommand planCommand(const Catalogs& c)
{
    CliCommand cmd;
    cmd.name = QStringLiteral("plan");
    cmd.summary = CliTr::tr("where a model's layers go on the GPUs and in RAM, how fast it runs, and the command");
    cmd.exactlyOneOf = { QStringLiteral("model"), QStringLiteral("config"), QStringLiteral("file") };
    CliOption context = CliOptions::context();
    context.validator = CliValidators::countOr(1, MemoryEstimator::kMaxContext, QStringLiteral("max"), true);
    context.description = CliTr::tr("tokens per sequence (prompt and reply); max: the largest that keeps the verdict");
    cmd.options = {
        CliOptions::model(c),
        CliOptions::config(),
        cliFileOption(),
        { QStringLiteral("quant"), QStringLiteral("ID"),
            CliTr::tr("the quantization recipe; best: the best one that fits (not with --file)"),
            CliValidators::recipe(c.quants, QStringLiteral("best")), {}, defaultCliRecipeNote() },
        context,
    };
    cmd.options << engineAndHardwareOptions(c);
    cmd.options << CliOption { QStringLiteral("prompt"), QStringLiteral("N"),
        CliTr::tr("prompt tokens for the prefill time"), CliValidators::count(1, MemoryEstimator::kMaxContext, true),
        {}, CliTr::tr("the whole context") };
    cmd.options << CliOption { QStringLiteral("concurrency"), QStringLiteral("N"),
        CliTr::tr("serve N sequences of --context tokens at once: how many fit (vLLM's KV pool, llama-server's -np "
                  "slots), their decode speed together and the time to first token of a --prompt; sets --batch"),
        CliValidators::count(1, 1 << 20), {}, {} };
    cmd.options << CliOption { QStringLiteral("draft-model"), QStringLiteral("ID"),
        CliTr::tr("speculative decoding with this catalog model as the draft (llama-server -md, vLLM "
                  "--speculative-config)"),
        CliValidators::model(c.models, &c.quants), {}, {} };
    cmd.options << CliOption { QStringLiteral("draft-quant"), QStringLiteral("ID"),
        CliTr::tr("the draft model's quantization"), CliValidators::recipe(c.quants), {},
        CliTr::tr("the model's own where the draft runs it") };
    cmd.options << CliOption { QStringLiteral("mtp"), {},
        CliTr::tr("speculative decoding with the model's own multi-token-prediction layers (vLLM)"), {}, {}, {} };
    cmd.options << CliOption { QStringLiteral("fit-margin"), QStringLiteral("MiB"),
        CliTr::tr(
            "llama.cpp: memory kept free on each GPU whose free memory is detected (as llama.cpp's --fit-target)"),
        CliValidators::count(0, 1 << 20), QVariant::fromValue<qint64>(PlanOptions::kDefaultFitMarginBytes >> 20), {} };
    cmd.options << CliOption { QStringLiteral("no-expert-offload"), {},
        CliTr::tr("llama.cpp: offload whole layers only, never the routed experts of a MoE model alone"), {}, {}, {} };
    cmd.options << CliOption { QStringLiteral("find-setup"), {},
        CliTr::tr("also find the smallest catalog setup (GPUs and nodes) that holds the plan on GPUs, on the GPU "
                  "named with --gpu first"),
        {}, {}, {} };
    cmd.options << searchOptions();
    cmd.options << CliOptions::json(CliTr::tr("print the plan as JSON; byte counts are integers"));
    cmd.options << CliOptions::report();
    cmd.run = runPlan;
    return cmd;
}

CliCommand recommendCommand(const Catalogs& c)
{
    CliCommand cmd;
    cmd.name = QStringLiteral("recommend");
    cmd.summary = CliTr::tr("which catalog models run on this hardware, at which quantization, context and speed");
    cmd.options
        = { { QStringLiteral("context"), QStringLiteral("N"), CliTr::tr("the context every model must hold at least"),
                CliValidators::count(1, MemoryEstimator::kMaxContext, true),
                QVariant::fromValue<qint64>(Scenario::kDefaultContext), {} },
              cliFileOption() };
    cmd.options << engineAndHardwareOptions(c);
    cmd.options << searchOptions();
    cmd.options << CliOptions::json(CliTr::tr("print the table as JSON"));
    cmd.run = runRecommend;
    return cmd;
}

} // namespace

QList<CliOption> vllmOptions()
{
    const Scenario defaults;
    return {
        { QStringLiteral("max-num-seqs"), QStringLiteral("N"),
            CliTr::tr("vLLM: sequences per step, the rows of its sampler warm-up and its CUDA-graph batch sizes"),
            CliValidators::count(1, 1 << 20), QVariant::fromValue<qint64>(defaults.maxNumSeqs), {} },
        { QStringLiteral("max-num-batched-tokens"), QStringLiteral("N"),
            CliTr::tr("vLLM: tokens per step, the tokens of its profiling forward pass"),
            CliValidators::count(1, MemoryEstimator::kMaxContext, true),
            QVariant::fromValue<qint64>(defaults.maxNumBatchedTokens), {} },
        { QStringLiteral("enforce-eager"), {}, CliTr::tr("vLLM: capture no CUDA graphs"), {}, {}, {} },
        { QStringLiteral("no-chunked-prefill"), {},
            CliTr::tr("vLLM: prefill whole prompts; the profiling pass then covers the whole context"), {}, {}, {} },
    };
}

void applyVllmOptions(const CliArgs& o, Scenario* sc)
{
    sc->maxNumSeqs = o.count(QStringLiteral("max-num-seqs")).value_or(sc->maxNumSeqs);
    sc->maxNumBatchedTokens = o.count(QStringLiteral("max-num-batched-tokens")).value_or(sc->maxNumBatchedTokens);
    sc->enforceEager = o.flag(QStringLiteral("enforce-eager"));
    sc->chunkedPrefill = !o.flag(QStringLiteral("no-chunked-prefill"));
}

QList<CliCommand> planCommands(const Catalogs& catalogs)
{
    return { hardwareCommand(), gpusCommand(), planCommand(catalogs), recommendCommand(catalogs) };
}
