#include "cliplan.h"

#include "clioptions.h"
#include "clitr.h"
#include "fitplanner.h"
#include "hardwaredetector.h"
#include "hfconfig.h"
#include "memoryestimator.h"
#include "planjson.h"
#include "units.h"

#include <cmath>
#include <optional>

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QJsonDocument>

using namespace Planner;

namespace {

constexpr qint64 GiB = qint64(1) << 30;

// GiB as a decimal number ("24", "23.5") into bytes.
std::optional<qint64> parseGiB(const QString& text)
{
    bool ok = false;
    const double v = text.trimmed().toDouble(&ok);
    if (!ok || !(v > 0.0) || v > 1.0e6)
        return std::nullopt;
    return qint64(std::llround(v * double(GiB)));
}

HardwareProfile detectThisMachine(const Catalogs& c)
{
    DetectionSources sources = DetectionSources::forThisMachine();
    const QByteArray root = qgetenv("FITPLANNER_HARDWARE_ROOT");
    if (!root.isEmpty()) {
        sources.root = QString::fromLocal8Bit(root);
        sources.useSysfs = true;
        sources.sysctl.reset();
    }
    const QByteArray nvml = qgetenv("FITPLANNER_NVML");
    if (nvml == "off")
        sources.useNvml = false;
    else if (!nvml.isEmpty())
        sources.nvmlLibrary = QString::fromLocal8Bit(nvml);
    return HardwareDetector(sources, c.gpus).detect();
}

const QStringList kHardwareOptions = { QStringLiteral("gpu"), QStringLiteral("gpus"), QStringLiteral("vram"),
    QStringLiteral("ram"), QStringLiteral("nodes") };

// The hardware a plan runs on: detected (--gpu auto), none, or catalog devices, with overrides.
std::optional<HardwareProfile> resolveHardware(const CliOptions& o, const Catalogs& c, QString* error)
{
    const QString gpu = o.value(QStringLiteral("gpu"), QStringLiteral("auto")).trimmed();
    std::optional<qint64> count;
    if (o.has(QStringLiteral("gpus"))) {
        count = parseCount(o.value(QStringLiteral("gpus")), 1, 64);
        if (!count) {
            *error = CliTr::tr("--gpus '%1' must be a whole number from 1 to 64").arg(o.value(QStringLiteral("gpus")));
            return std::nullopt;
        }
    }
    std::optional<qint64> vram;
    if (o.has(QStringLiteral("vram"))) {
        vram = parseGiB(o.value(QStringLiteral("vram")));
        if (!vram) {
            *error = CliTr::tr("--vram '%1' must be a positive number of GiB").arg(o.value(QStringLiteral("vram")));
            return std::nullopt;
        }
    }
    std::optional<qint64> ram;
    if (o.has(QStringLiteral("ram"))) {
        ram = parseGiB(o.value(QStringLiteral("ram")));
        if (!ram) {
            *error = CliTr::tr("--ram '%1' must be a positive number of GiB").arg(o.value(QStringLiteral("ram")));
            return std::nullopt;
        }
    }
    HardwareProfile hw = detectThisMachine(c);
    if (gpu.compare(QLatin1String("auto"), Qt::CaseInsensitive) == 0) {
        if (count) {
            if (*count > hw.gpus.size() && !(hw.gpus.isEmpty() && vram)) {
                *error
                    = CliTr::tr("--gpus %1: only %2 GPU(s) were detected; name a catalog device with --gpu to plan on "
                                "others")
                          .arg(*count)
                          .arg(hw.gpus.size());
                return std::nullopt;
            }
            if (!hw.gpus.isEmpty())
                hw.gpus = hw.gpus.mid(0, *count);
        }
        if (vram && hw.gpus.isEmpty()) {
            for (qint64 i = 0; i < count.value_or(1); ++i) {
                GpuDevice d;
                d.name = CliTr::tr("GPU with %1").arg(formatBytes(*vram));
                d.memoryTotal = *vram;
                d.memoryFree = *vram;
                d.source = QStringLiteral("manual");
                hw.gpus << d;
            }
            hw.notes << CliTr::tr("manual GPU(s) of unknown bandwidth: no speed can be estimated");
        } else if (vram) {
            for (GpuDevice& d : hw.gpus) {
                d.memoryTotal = *vram;
                d.memoryFree = *vram;
                d.source = QStringLiteral("manual");
            }
        }
    } else if (gpu.compare(QLatin1String("none"), Qt::CaseInsensitive) == 0) {
        hw.gpus.clear();
    } else {
        const GpuSpec* spec = c.gpus.find(gpu);
        if (!spec) {
            *error = CliTr::tr("unknown GPU '%1'; 'fitplanner gpus' lists the catalog").arg(gpu);
            return std::nullopt;
        }
        hw.gpus.clear();
        if (spec->unified) {
            if (count && *count > 1) {
                *error = CliTr::tr("%1 is unified memory: one per machine").arg(spec->name);
                return std::nullopt;
            }
            const qint64 memory = ram.value_or(spec->memoryBytes);
            hw.gpus << spec->toDevice(vram.value_or(appleDefaultWiredLimit(memory)));
            hw.ramTotal = memory;
            hw.ramAvailable = memory;
            hw.ramBandwidthGBps = spec->bandwidthGBps;
            ram.reset();
        } else {
            for (qint64 i = 0; i < count.value_or(1); ++i)
                hw.gpus << spec->toDevice(vram.value_or(0));
        }
    }
    if (ram) {
        hw.ramTotal = *ram;
        hw.ramAvailable = *ram;
    }
    return hw;
}

struct ScenarioArgs
{
    Scenario scenario;
    Frontend frontend = Frontend::LlamaServer;
    int nodes = 1;
};

// --engine, --context, --batch, --kv-type, --gpu-util, --nodes (shared by plan and recommend).
bool resolveEngineOptions(const CliOptions& o, ScenarioArgs* s, QString* error)
{
    if (o.has(QStringLiteral("engine"))) {
        const auto f = frontendFromId(o.value(QStringLiteral("engine")));
        if (!f) {
            *error
                = CliTr::tr("unknown engine '%1' (choose llama.cpp, ollama, lmstudio, vllm, sglang, transformers, mlx)")
                      .arg(o.value(QStringLiteral("engine")));
            return false;
        }
        s->frontend = *f;
    }
    s->scenario.engine = engineOf(s->frontend);
    if (o.has(QStringLiteral("batch"))) {
        const auto v = parseCount(o.value(QStringLiteral("batch")), 1, MemoryEstimator::kMaxBatch);
        if (!v) {
            *error = CliTr::tr("--batch '%1' must be a whole number from 1 to %2")
                         .arg(o.value(QStringLiteral("batch")))
                         .arg(MemoryEstimator::kMaxBatch);
            return false;
        }
        s->scenario.batch = *v;
    }
    if (o.has(QStringLiteral("gpu-util"))) {
        bool ok = false;
        s->scenario.gpuMemoryUtilization = o.value(QStringLiteral("gpu-util")).toDouble(&ok);
        if (!ok || !(s->scenario.gpuMemoryUtilization > 0.0 && s->scenario.gpuMemoryUtilization <= 1.0)) {
            *error = CliTr::tr("--gpu-util must be a fraction above 0 and at most 1");
            return false;
        }
    }
    if (o.has(QStringLiteral("nodes"))) {
        const auto v = parseCount(o.value(QStringLiteral("nodes")), 1, 1024);
        if (!v) {
            *error
                = CliTr::tr("--nodes '%1' must be a whole number from 1 to 1024").arg(o.value(QStringLiteral("nodes")));
            return false;
        }
        s->nodes = int(*v);
    }
    s->scenario.kvType = o.value(
        QStringLiteral("kv-type"), s->scenario.engine == Engine::Vllm ? QStringLiteral("BF16") : QStringLiteral("F16"));
    return true;
}

void printPlanText(QTextStream& out, const FitPlan& p)
{
    out << CliTr::tr("%1: %2 | %3 | %4 | context %5 x %6\n")
               .arg(verdictText(p.verdict), p.modelId, p.recipeId, frontendId(p.frontend))
               .arg(p.context)
               .arg(p.batch);
    out << CliTr::tr("Headroom: %1")
               .arg(p.headroomBytes < 0 ? QStringLiteral("-") + formatBytes(-p.headroomBytes)
                                        : formatBytes(p.headroomBytes))
        << '\n';
    if (p.engine == Engine::Vllm)
        out << CliTr::tr("Tensor parallel %1, pipeline parallel %2").arg(p.tensorParallel).arg(p.pipelineParallel)
            << '\n';
    else
        out << CliTr::tr("Layers on GPU: %1 of %2").arg(p.gpuLayers).arg(p.totalLayers) << '\n';
    for (const DevicePlacement& d : p.devices) {
        out << CliTr::tr("  %1 %2 of %3 (weights %4, KV %5, compute %6, other %7)\n")
                   .arg(d.name, -32)
                   .arg(formatBytes(d.used()), formatBytes(d.capacity), formatBytes(d.weights), formatBytes(d.kvCache),
                       formatBytes(d.compute), formatBytes(d.overhead));
    }
    if (p.tokensPerSecond > 0.0)
        out << CliTr::tr("Speed: about %1 tokens/s decode, %2 s to prefill %3 tokens")
                   .arg(p.tokensPerSecond, 0, 'f', 1)
                   .arg(p.prefillSeconds, 0, 'f', 2)
                   .arg(p.promptTokens)
            << '\n';
    for (const QString& n : p.notes)
        out << CliTr::tr("Note: ") << n << '\n';
    if (!p.command.isEmpty())
        out << CliTr::tr("Command:") << '\n' << p.command << '\n';
}

int cmdHardware(const QStringList& args, const Catalogs& c, QTextStream& out, QTextStream& err)
{
    return runJsonOrText(
        args, "hardware", out, err, [&] { return QJsonValue(hardwareToJson(detectThisMachine(c))); },
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

int cmdGpus(const QStringList& args, const Catalogs& c, QTextStream& out, QTextStream& err)
{
    return runJsonOrText(
        args, "gpus", out, err, [&] { return QJsonValue(gpuCatalogToJson(c.gpus)); },
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

int cmdPlan(const QStringList& args, const Catalogs& c, QTextStream& out, QTextStream& err)
{
    const auto usageError = [&err](const QString& m) {
        err << "fitplanner plan: " << m << '\n';
        return 2;
    };
    QString error;
    QStringList valued = { QStringLiteral("model"), QStringLiteral("config"), QStringLiteral("quant"),
        QStringLiteral("context"), QStringLiteral("batch"), QStringLiteral("engine"), QStringLiteral("kv-type"),
        QStringLiteral("gpu-util"), QStringLiteral("prompt") };
    valued << kHardwareOptions;
    const CliOptions o(args, valued, { QStringLiteral("json"), QStringLiteral("find-setup") }, &error);
    if (!error.isEmpty())
        return usageError(error);
    ScenarioArgs s;
    if (o.has(QStringLiteral("model")) == o.has(QStringLiteral("config")))
        return usageError(CliTr::tr("give exactly one of --model ID or --config PATH"));
    if (o.has(QStringLiteral("model"))) {
        const ModelSpec* m = c.models.find(o.value(QStringLiteral("model")));
        if (!m)
            return usageError(CliTr::tr("unknown model '%1'; 'fitplanner models' lists the catalog")
                                  .arg(o.value(QStringLiteral("model"))));
        s.scenario.model = *m;
    } else {
        const QString path = o.value(QStringLiteral("config"));
        QFile f(path);
        if (!f.open(QIODevice::ReadOnly))
            return usageError(CliTr::tr("cannot read %1: %2").arg(path, f.errorString()));
        if (f.size() > 16 * 1024 * 1024)
            return usageError(CliTr::tr("%1: a config.json of %2 bytes is implausibly large").arg(path).arg(f.size()));
        QList<ParseError> problems;
        const auto spec = parseHfConfig(f.readAll(), path, &problems);
        if (!spec) {
            for (const ParseError& p : problems)
                err << "fitplanner plan: " << p.message() << '\n';
            return 2;
        }
        s.scenario.model = *spec;
        s.scenario.model.id = QFileInfo(path).absoluteDir().dirName();
        s.scenario.model.name = s.scenario.model.id;
    }
    if (!resolveEngineOptions(o, &s, &error))
        return usageError(error);
    const QString quant = o.value(QStringLiteral("quant"),
        s.scenario.engine == Engine::LlamaCpp
            ? QStringLiteral("Q4_K_M")
            : (s.scenario.engine == Engine::Mlx ? QStringLiteral("MLX-4BIT") : QStringLiteral("BF16")));
    const bool bestQuant = quant.compare(QLatin1String("best"), Qt::CaseInsensitive) == 0;
    s.scenario.recipeId = quant;
    const QString contextText = o.value(QStringLiteral("context"));
    const bool maxContext = contextText.compare(QLatin1String("max"), Qt::CaseInsensitive) == 0;
    if (o.has(QStringLiteral("context")) && !maxContext) {
        const auto v = parseCount(contextText, 1, MemoryEstimator::kMaxContext);
        if (!v)
            return usageError(CliTr::tr("--context '%1' must be a whole number of tokens from 1 to %2, or max")
                                  .arg(contextText)
                                  .arg(MemoryEstimator::kMaxContext));
        s.scenario.context = *v;
    } else {
        s.scenario.context
            = std::min<qint64>(4096, s.scenario.model.maxContext > 0 ? s.scenario.model.maxContext : 4096);
    }
    PlanOptions po;
    po.frontend = s.frontend;
    po.nodes = s.nodes;
    if (o.has(QStringLiteral("prompt"))) {
        const auto v = parseCount(o.value(QStringLiteral("prompt")), 1, MemoryEstimator::kMaxContext);
        if (!v)
            return usageError(
                CliTr::tr("--prompt '%1' must be a whole number of tokens").arg(o.value(QStringLiteral("prompt"))));
        po.promptTokens = *v;
    }
    const auto hw = resolveHardware(o, c, &error);
    if (!hw)
        return usageError(error);

    const FitPlanner planner(c.quants);
    std::optional<FitPlan> plan;
    if (bestQuant) {
        plan = planner.bestQuant(s.scenario, *hw, po, &error);
        if (!plan) {
            // Nothing fits: show the smallest candidate's plan so the shortfall is visible.
            const QStringList candidates = planner.candidateRecipes(s.scenario);
            if (candidates.isEmpty()) {
                err << "fitplanner plan: " << error << '\n';
                return 1;
            }
            s.scenario.recipeId = candidates.back();
            error.clear();
            plan = planner.plan(s.scenario, *hw, po, &error);
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
    QJsonObject json = planToJson(*plan);
    if (o.flag(QStringLiteral("find-setup"))) {
        Scenario at = s.scenario;
        at.recipeId = plan->recipeId;
        at.context = plan->context;
        const auto setup = planner.smallestSetup(at, c.gpus, hw->ramTotal > 0 ? hw->ramTotal : 64 * GiB, po);
        if (setup) {
            json.insert(QStringLiteral("smallest_setup"),
                QJsonObject { { QStringLiteral("gpu"), setup->gpuId },
                    { QStringLiteral("gpus_per_node"), setup->gpusPerNode }, { QStringLiteral("nodes"), setup->nodes },
                    { QStringLiteral("plan"), planToJson(setup->plan, false) } });
        } else {
            json.insert(QStringLiteral("smallest_setup"), QJsonValue(QJsonValue::Null));
        }
    }
    if (o.flag(QStringLiteral("json"))) {
        json.insert(QStringLiteral("hardware_notes"), QJsonArray::fromStringList(hw->notes));
        printJson(out, json);
        return 0;
    }
    printPlanText(out, *plan);
    if (o.flag(QStringLiteral("find-setup"))) {
        const QJsonValue v = json.value(QStringLiteral("smallest_setup"));
        if (v.isObject())
            out << CliTr::tr("Smallest catalog setup that fits on GPUs: %1 x %2 on %3 node(s)")
                       .arg(v[QStringLiteral("gpus_per_node")].toInt())
                       .arg(v[QStringLiteral("gpu")].toString())
                       .arg(v[QStringLiteral("nodes")].toInt())
                << '\n';
        else
            out << CliTr::tr("No catalog setup fits on GPUs") << '\n';
    }
    return 0;
}

int cmdRecommend(const QStringList& args, const Catalogs& c, QTextStream& out, QTextStream& err)
{
    const auto usageError = [&err](const QString& m) {
        err << "fitplanner recommend: " << m << '\n';
        return 2;
    };
    QString error;
    QStringList valued = { QStringLiteral("context"), QStringLiteral("engine"), QStringLiteral("batch"),
        QStringLiteral("kv-type"), QStringLiteral("gpu-util") };
    valued << kHardwareOptions;
    const CliOptions o(args, valued, { QStringLiteral("json") }, &error);
    if (!error.isEmpty())
        return usageError(error);
    ScenarioArgs s;
    if (!resolveEngineOptions(o, &s, &error))
        return usageError(error);
    qint64 context = 8192;
    if (o.has(QStringLiteral("context"))) {
        const auto v = parseCount(o.value(QStringLiteral("context")), 1, MemoryEstimator::kMaxContext);
        if (!v)
            return usageError(
                CliTr::tr("--context '%1' must be a whole number of tokens").arg(o.value(QStringLiteral("context"))));
        context = *v;
    }
    const auto hw = resolveHardware(o, c, &error);
    if (!hw)
        return usageError(error);
    PlanOptions po;
    po.frontend = s.frontend;
    po.nodes = s.nodes;
    const FitPlanner planner(c.quants);
    const QList<Recommendation> rows = planner.recommend(c.models, *hw, po, s.scenario, context);
    if (o.flag(QStringLiteral("json"))) {
        QJsonArray models;
        for (const Recommendation& r : rows)
            models.append(recommendationToJson(r));
        printJson(out,
            QJsonObject { { QStringLiteral("engine"), frontendId(s.frontend) }, { QStringLiteral("context"), context },
                { QStringLiteral("models"), models },
                { QStringLiteral("hardware_notes"), QJsonArray::fromStringList(hw->notes) } });
        return 0;
    }
    for (const Recommendation& r : rows) {
        if (!r.fits) {
            out << QStringLiteral("%1  %2\n").arg(r.modelId, -30).arg(CliTr::tr("does not fit"));
            continue;
        }
        out << CliTr::tr("%1  %2  %3  max context %4  %5\n")
                   .arg(r.modelId, -30)
                   .arg(r.recipeId, -10)
                   .arg(verdictId(r.plan.verdict), -8)
                   .arg(r.maxContext, 8)
                   .arg(r.plan.tokensPerSecond > 0.0 ? CliTr::tr("%1 tok/s").arg(r.plan.tokensPerSecond, 0, 'f', 1)
                                                     : CliTr::tr("speed unknown"));
    }
    return 0;
}

} // namespace

QString planUsage()
{
    return CliTr::tr(
        "  fitplanner hardware [--json]        detected GPUs, RAM and CPU\n"
        "  fitplanner gpus [--json]            the GPU catalog\n"
        "  fitplanner plan (--model ID | --config PATH) [--quant ID|best] [--context N|max] [--batch N]\n"
        "                  [--engine llama.cpp|ollama|lmstudio|vllm|sglang|transformers|mlx] [--kv-type T]\n"
        "                  [--gpu auto|none|NAME|ID] [--gpus N] [--vram GiB] [--ram GiB] [--nodes N]\n"
        "                  [--gpu-util F] [--prompt N] [--find-setup] [--json]\n"
        "  fitplanner recommend [--gpu ...] [--gpus N] [--vram GiB] [--ram GiB] [--engine E] [--context N] [--json]\n");
}

bool isPlanCommand(const QString& command)
{
    return command == QLatin1String("hardware") || command == QLatin1String("gpus") || command == QLatin1String("plan")
        || command == QLatin1String("recommend");
}

int runPlanCommand(
    const QString& command, const QStringList& args, const Catalogs& catalogs, QTextStream& out, QTextStream& err)
{
    if (command == QLatin1String("hardware"))
        return cmdHardware(args, catalogs, out, err);
    if (command == QLatin1String("gpus"))
        return cmdGpus(args, catalogs, out, err);
    if (command == QLatin1String("plan"))
        return cmdPlan(args, catalogs, out, err);
    return cmdRecommend(args, catalogs, out, err);
}
