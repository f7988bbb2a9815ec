#include "cli.h"

#include "cliinspect.h"
#include "clioptions.h"
#include "cliplan.h"
#include "clitr.h"
#include "hfconfig.h"
#include "memoryestimator.h"
#include "reportjson.h"
#include "units.h"

#include <optional>

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QJsonDocument>

using namespace Planner;

namespace {

const QStringList kCommands
    = { QStringLiteral("models"), QStringLiteral("quants"), QStringLiteral("estimate"), QStringLiteral("hardware"),
          QStringLiteral("gpus"), QStringLiteral("plan"), QStringLiteral("recommend"), QStringLiteral("inspect"),
          QStringLiteral("help"), QStringLiteral("--help"), QStringLiteral("-h"), QStringLiteral("--version") };

QString usage()
{
    return CliTr::tr(
               "Usage:\n"
               "  fitplanner                          open the desktop app\n"
               "  fitplanner models [--json]          list the model catalog\n"
               "  fitplanner quants [--json]          list quantization recipes\n"
               "  fitplanner inspect PATH [--json] [--tensors]   what a .gguf/.safetensors file or folder holds\n"
               "  fitplanner estimate (--model ID | --config PATH | --file PATH) [--quant ID] [--context N] [--batch "
               "N]\n"
               "                      [--kv-type T] [--engine llama.cpp|vllm|transformers|mlx]\n"
               "                      [--flash-attn on|off] [--ubatch N] [--gpu-util F] [--json] [--explain]\n")
        + planUsage() + CliTr::tr("Numbers accept a k suffix (32k = 32768). Byte counts in JSON are integers.\n");
}

int cmdModels(const QStringList& args, const Catalogs& c, QTextStream& out, QTextStream& err)
{
    return runJsonOrText(
        args, "models", out, err, [&] { return QJsonValue(modelsToJson(c.models)); },
        [&] {
            for (const ModelSpec& m : c.models.models) {
                const ParamCounts p = countParameters(m);
                out << CliTr::tr("%1  %2  %3 params%4  ctx %5\n")
                           .arg(m.id, -28)
                           .arg(m.name, -32)
                           .arg(formatCount(p.total), 9)
                           .arg(m.isMoe() ? CliTr::tr(" (%1 active)").arg(formatCount(p.active)) : QString())
                           .arg(m.maxContext);
            }
        });
}

int cmdQuants(const QStringList& args, const Catalogs& c, QTextStream& out, QTextStream& err)
{
    return runJsonOrText(
        args, "quants", out, err, [&] { return QJsonValue(quantsToJson(c.quants)); },
        [&] {
            for (const QuantRecipe& q : c.quants.recipes)
                out << QStringLiteral("%1  %2  %3\n").arg(q.id, -14).arg(q.engines.join(u','), -34).arg(q.description);
        });
}

int cmdEstimate(const QStringList& args, const Catalogs& c, QTextStream& out, QTextStream& err)
{
    const auto usageError = [&err](const QString& m) {
        err << "fitplanner estimate: " << m << '\n';
        return 2;
    };
    QString error;
    const CliOptions o(args,
        { QStringLiteral("model"), QStringLiteral("config"), QStringLiteral("quant"), QStringLiteral("context"),
            QStringLiteral("batch"), QStringLiteral("kv-type"), QStringLiteral("engine"), QStringLiteral("flash-attn"),
            QStringLiteral("ubatch"), QStringLiteral("gpu-util"), QStringLiteral("file") },
        { QStringLiteral("json"), QStringLiteral("explain") }, &error);
    if (!error.isEmpty())
        return usageError(error);

    Scenario sc;
    const bool fromFile = o.has(QStringLiteral("file"));
    if (int(o.has(QStringLiteral("model"))) + int(o.has(QStringLiteral("config"))) + int(fromFile) != 1)
        return usageError(
            CliTr::tr("give exactly one of --model ID or --config PATH, or --file PATH for a model file"));
    if (fromFile && o.has(QStringLiteral("quant")))
        return usageError(CliTr::tr("--file fixes the quantization (the file's own tensor types); drop --quant"));
    QString fileEngine = QStringLiteral("llama.cpp"); // safetensors files default to transformers
    if (fromFile) {
        QString why;
        if (!scenarioFromFile(o.value(QStringLiteral("file")), c, sc, &fileEngine, &why))
            return usageError(why);
    } else if (o.has(QStringLiteral("model"))) {
        const ModelSpec* m = c.models.find(o.value(QStringLiteral("model")));
        if (!m)
            return usageError(CliTr::tr("unknown model '%1'; 'fitplanner models' lists the catalog")
                                  .arg(o.value(QStringLiteral("model"))));
        sc.model = *m;
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
                err << "fitplanner estimate: " << p.message() << '\n';
            return 2;
        }
        sc.model = *spec;
        sc.model.id = QFileInfo(path).absoluteDir().dirName();
        sc.model.name = sc.model.id;
    }
    if (const auto engine = engineFromId(o.value(QStringLiteral("engine"), fileEngine)))
        sc.engine = *engine;
    else
        return usageError(CliTr::tr("unknown engine '%1' (choose %2)")
                              .arg(o.value(QStringLiteral("engine")), engineIds().join(QStringLiteral(", "))));
    if (!fromFile)
        sc.recipeId = o.value(QStringLiteral("quant"),
            sc.engine == Engine::LlamaCpp
                ? QStringLiteral("Q4_K_M")
                : (sc.engine == Engine::Mlx ? QStringLiteral("MLX-4BIT") : QStringLiteral("BF16")));
    if (o.has(QStringLiteral("context"))) {
        const auto v = parseCount(o.value(QStringLiteral("context")), 1, MemoryEstimator::kMaxContext);
        if (!v)
            return usageError(CliTr::tr("--context '%1' must be a whole number of tokens from 1 to %2")
                                  .arg(o.value(QStringLiteral("context")))
                                  .arg(MemoryEstimator::kMaxContext));
        sc.context = *v;
    } else {
        sc.context = std::min<qint64>(4096, sc.model.maxContext > 0 ? sc.model.maxContext : 4096);
    }
    if (o.has(QStringLiteral("batch"))) {
        const auto v = parseCount(o.value(QStringLiteral("batch")), 1, MemoryEstimator::kMaxBatch);
        if (!v)
            return usageError(CliTr::tr("--batch '%1' must be a whole number from 1 to %2")
                                  .arg(o.value(QStringLiteral("batch")))
                                  .arg(MemoryEstimator::kMaxBatch));
        sc.batch = *v;
    }
    if (o.has(QStringLiteral("ubatch"))) {
        const auto v = parseCount(o.value(QStringLiteral("ubatch")), 1, 1 << 20);
        if (!v)
            return usageError(CliTr::tr("--ubatch '%1' must be a whole number from 1 to 1048576")
                                  .arg(o.value(QStringLiteral("ubatch"))));
        sc.ubatch = *v;
    }
    if (o.has(QStringLiteral("flash-attn"))) {
        const QString v = o.value(QStringLiteral("flash-attn")).toLower();
        if (v != QLatin1String("on") && v != QLatin1String("off"))
            return usageError(CliTr::tr("--flash-attn must be on or off"));
        sc.flashAttention = v == QLatin1String("on");
    }
    if (o.has(QStringLiteral("gpu-util"))) {
        bool ok = false;
        sc.gpuMemoryUtilization = o.value(QStringLiteral("gpu-util")).toDouble(&ok);
        if (!ok || !(sc.gpuMemoryUtilization > 0.0 && sc.gpuMemoryUtilization <= 1.0))
            return usageError(CliTr::tr("--gpu-util must be a fraction above 0 and at most 1"));
    }
    sc.kvType = o.value(QStringLiteral("kv-type"), QStringLiteral("F16"));

    const MemoryEstimator estimator(c.quants);
    QString why;
    const auto e = estimator.estimate(sc, &why);
    if (!e) {
        err << "fitplanner estimate: " << why << '\n';
        return 2;
    }
    const bool explain = o.flag(QStringLiteral("explain"));
    if (o.flag(QStringLiteral("json"))) {
        printJson(out, estimateToJson(*e, sc.model, explain));
        return 0;
    }
    out << CliTr::tr("%1 | %2 (%3 bpw) | %4 | context %5 x %6 | KV %7\n")
               .arg(sc.model.name.isEmpty() ? sc.model.id : sc.model.name, e->recipeId)
               .arg(e->bitsPerWeight, 0, 'f', 2)
               .arg(engineDisplayName(e->engine))
               .arg(e->context)
               .arg(e->batch)
               .arg(e->kvType);
    out << CliTr::tr("%1 %2 total, %3 active\n")
               .arg(cliLabel(CliTr::tr("Parameters"), 12))
               .arg(formatCount(e->params.total), formatCount(e->params.active));
    const auto row = [&](const QString& label, const MemoryComponent& comp) {
        out << QStringLiteral("%1 %2").arg(cliLabel(label, 12)).arg(formatBytes(comp.bytes), 11);
        if (!comp.isExact())
            out << CliTr::tr("   (%1 to %2)").arg(formatBytes(comp.low), formatBytes(comp.high));
        out << '\n';
        if (explain)
            out << "             " << comp.explanation << '\n';
    };
    row(CliTr::tr("Weights"), e->weights);
    row(CliTr::tr("KV cache"), e->kvCache);
    row(CliTr::tr("Activations"), e->activations);
    row(CliTr::tr("Overhead"), e->overhead);
    out << CliTr::tr("%1 %2   (%3 to %4)\n")
               .arg(cliLabel(CliTr::tr("Total"), 12))
               .arg(formatBytes(e->total), 11)
               .arg(formatBytes(e->totalLow), formatBytes(e->totalHigh));
    for (const QString& n : e->notes)
        out << CliTr::tr("Note: ") << n << '\n';
    return 0;
}

} // namespace

bool isCliCommand(const QString& firstArg)
{
    // Any bare word is a command (an unknown one gets an error, not a window); options such as --screenshot
    // or Qt's own -platform belong to the GUI.
    return kCommands.contains(firstArg) || (!firstArg.isEmpty() && !firstArg.startsWith(u'-'));
}

int runCli(const QStringList& args, const Catalogs& catalogs, QTextStream& out, QTextStream& err)
{
    if (args.isEmpty() || args[0] == QLatin1String("help") || args[0] == QLatin1String("--help")
        || args[0] == QLatin1String("-h")) {
        out << usage();
        return 0;
    }
    if (args[0] == QLatin1String("--version")) {
        out << "fitplanner " << FITPLANNER_VERSION << '\n';
        return 0;
    }
    for (const QString& e : catalogs.errors)
        err << "fitplanner: warning: " << e << '\n';
    const QStringList rest = args.mid(1);
    if (args[0] == QLatin1String("models"))
        return cmdModels(rest, catalogs, out, err);
    if (args[0] == QLatin1String("quants"))
        return cmdQuants(rest, catalogs, out, err);
    if (args[0] == QLatin1String("estimate"))
        return cmdEstimate(rest, catalogs, out, err);
    if (args[0] == QLatin1String("inspect"))
        return cmdInspect(rest, catalogs, out, err);
    if (isPlanCommand(args[0]))
        return runPlanCommand(args[0], rest, catalogs, out, err);
    err << "fitplanner: " << CliTr::tr("unknown command '%1'").arg(args[0]) << '\n' << usage();
    return 2;
}
