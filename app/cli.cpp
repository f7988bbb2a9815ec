// SPDX-FileCopyrightText: 2026 The FitPlanner authors
// SPDX-License-Identifier: MIT

#include "cli.h"

#include "clicustommodels.h"
#include "cliinspect.h"
#include "climodel.h"
#include "cliplan.h"
#include "clitr.h"
#include "clitrain.h"
#include "displaytext.h"
#include "engineregistry.h"
#include "memoryestimator.h"
#include "reportjson.h"
#include "units.h"

#include <QJsonDocument>

#ifdef FITPLANNER_WITH_GUI
#include "screenshotcommand.h"
#endif

#include <QCoreApplication>

using namespace Planner;

namespace {

CliCommand modelsCommand()
{
    CliCommand cmd;
    cmd.name = QStringLiteral("models");
    cmd.summary = CliTr::tr("list the model catalog, custom models last");
    cmd.options = { CliOptions::json(CliTr::tr(
        "print the catalog as JSON: every field and the parameter counts; custom models have \"custom\": true")) };
    cmd.run = [](const CliArgs& args, const Catalogs& c, QTextStream& out, QTextStream&) {
        return printJsonOrText(
            args, out, [&] { return QJsonValue(modelsToJson(c.models)); },
            [&] {
                for (const ModelSpec& m : c.models.models) {
                    const ParamCounts p = countParameters(m);
                    out << CliTr::tr("%1  %2  %3 params%4  ctx %5")
                               .arg(m.id, -28)
                               .arg(escapeControl(m.name), -32)
                               .arg(formatCount(p.total), 9)
                               .arg(m.isMoe() ? CliTr::tr(" (%1 active)").arg(formatCount(p.active)) : QString())
                               .arg(m.maxContext);
                    if (m.configMaxContext > 0)
                        out << CliTr::tr(" (trained; config.json says %1)").arg(m.configMaxContext);
                    if (c.models.isCustom(m.id))
                        out << CliTr::tr("  [custom]");
                    out << '\n';
                }
            });
    };
    return cmd;
}

CliCommand quantsCommand()
{
    CliCommand cmd;
    cmd.name = QStringLiteral("quants");
    cmd.summary = CliTr::tr("list the quantization recipes and the engines that run them");
    cmd.options = { CliOptions::json(CliTr::tr("print the recipes as JSON")) };
    cmd.run = [](const CliArgs& args, const Catalogs& c, QTextStream& out, QTextStream&) {
        return printJsonOrText(
            args, out, [&] { return QJsonValue(quantsToJson(c.quants)); },
            [&] {
                for (const QuantRecipe& q : c.quants.recipes)
                    out << QStringLiteral("%1  %2  %3\n")
                               .arg(q.id, -14)
                               .arg(q.engines.join(u','), -34)
                               .arg(q.description);
            });
    };
    return cmd;
}

void printEstimateText(QTextStream& out, const Scenario& sc, const MemoryEstimate& e, bool explain)
{
    out << CliTr::tr("%1 | %2 (%3 bpw) | %4 | context %5 x %6 | KV %7\n")
               .arg(sc.model.name.isEmpty() ? sc.model.id : sc.model.name, e.recipeId)
               .arg(e.bitsPerWeight, 0, 'f', 2)
               .arg(engineDisplayName(e.engine))
               .arg(e.context)
               .arg(e.batch)
               .arg(e.kvType);
    out << QStringLiteral("%1 %2\n").arg(cliLabel(CliTr::tr("Engine rules"), 12), engineRules(e.engine).version());
    if (e.params.mtp > 0)
        out << CliTr::tr("%1 %2 total (%3 of them MTP layers, loaded only for speculative decoding), %4 active\n")
                   .arg(cliLabel(CliTr::tr("Parameters"), 12))
                   .arg(formatCount(e.params.total), formatCount(e.params.mtp), formatCount(e.params.active));
    else
        out << CliTr::tr("%1 %2 total, %3 active\n")
                   .arg(cliLabel(CliTr::tr("Parameters"), 12))
                   .arg(formatCount(e.params.total), formatCount(e.params.active));
    const auto row = [&](const QString& label, const MemoryComponent& comp) {
        out << QStringLiteral("%1 %2").arg(cliLabel(label, 12)).arg(formatBytes(comp.bytes), 11);
        if (!comp.isExact())
            out << CliTr::tr("   (%1 to %2)").arg(formatBytes(comp.low), formatBytes(comp.high));
        out << '\n';
        if (explain)
            out << "             " << comp.explanation << '\n';
    };
    row(CliTr::tr("Weights"), e.weights);
    row(CliTr::tr("KV cache"), e.kvCache);
    if (e.recurrentState.bytes > 0)
        row(CliTr::tr("State"), e.recurrentState);
    row(CliTr::tr("Activations"), e.activations);
    row(CliTr::tr("Overhead"), e.overhead);
    out << CliTr::tr("%1 %2   (%3 to %4)\n")
               .arg(cliLabel(CliTr::tr("Total"), 12))
               .arg(formatBytes(e.total), 11)
               .arg(formatBytes(e.totalLow), formatBytes(e.totalHigh));
    for (const QString& n : e.notes)
        out << CliTr::tr("Note: ") << n << '\n';
}

int runEstimate(const CliArgs& o, const Catalogs& c, QTextStream& out, QTextStream& err)
{
    const auto usageError = [&err](const QString& m) {
        err << "fitplanner estimate: " << escapeControl(m) << '\n';
        return 2;
    };
    const bool fromFile = o.isSet(QStringLiteral("file"));
    if (fromFile && o.isSet(QStringLiteral("quant")))
        return usageError(CliTr::tr("--file fixes the quantization (the file's own tensor types); drop --quant"));
    Scenario sc;
    QString fileEngine = engineId(Engine::LlamaCpp); // safetensors files default to transformers
    QStringList problems;
    if (!loadCliModel(o, c, &sc, &fileEngine, &problems)) {
        for (const QString& p : problems)
            usageError(p);
        return 2;
    }
    sc.engine = engineFromId(o.isSet(QStringLiteral("engine")) ? o.text(QStringLiteral("engine")) : fileEngine)
                    .value_or(Engine::LlamaCpp);
    if (!fromFile)
        sc.recipeId = o.isSet(QStringLiteral("quant")) ? o.text(QStringLiteral("quant"))
                                                       : defaultCliRecipe(sc.model, sc.engine, c.quants);
    sc.context = o.count(QStringLiteral("context")).value_or(Scenario::defaultContext(sc.model));
    sc.batch = o.count(QStringLiteral("batch")).value_or(sc.batch);
    sc.ubatch = o.count(QStringLiteral("ubatch")).value_or(sc.ubatch);
    sc.flashAttention = o.value(QStringLiteral("flash-attn")).toBool();
    sc.kvUnified = o.value(QStringLiteral("kv-unified")).toBool();
    sc.outputsMax = o.count(QStringLiteral("outputs-max")).value_or(sc.outputsMax);
    sc.gpuMemoryUtilization = o.number(QStringLiteral("gpu-util")).value_or(sc.gpuMemoryUtilization);
    sc.kvType = o.text(QStringLiteral("kv-type"));
    applyVllmOptions(o, &sc);

    const MemoryEstimator estimator(c.quants);
    QString why;
    const auto e = estimator.estimate(sc, &why);
    if (!e)
        return usageError(why);
    const bool explain = o.flag(QStringLiteral("explain"));
    QString problem;
    const auto request = reportRequest(o, &problem);
    if (!request)
        return usageError(problem);
    QByteArray bytes;
    if (request->json()) {
        bytes = QJsonDocument(estimateToJson(*e, sc.model, explain)).toJson(QJsonDocument::Indented);
    } else if (request->format) {
        bytes = renderReport(ReportInput { sc.model, *e, nullptr }, *request->format);
    } else {
        QString text;
        QTextStream textOut(&text);
        printEstimateText(textOut, sc, *e, explain);
        textOut.flush();
        bytes = text.toUtf8();
    }
    return deliverReport(*request, bytes, out, err, QStringLiteral("fitplanner estimate"));
}

CliCommand estimateCommand(const Catalogs& c)
{
    const Scenario defaults;
    CliCommand cmd;
    cmd.name = QStringLiteral("estimate");
    cmd.summary = CliTr::tr("the memory a model needs on one engine: weights, KV cache, activations, overhead");
    cmd.exactlyOneOf = { QStringLiteral("model"), QStringLiteral("config"), QStringLiteral("file") };
    cmd.options = {
        CliOptions::model(c),
        CliOptions::config(),
        { QStringLiteral("file"), QStringLiteral("PATH"),
            CliTr::tr("the model, from a .gguf or .safetensors file or a model folder: its exact tensors"),
            CliValidators::text(), {}, {} },
        { QStringLiteral("quant"), QStringLiteral("ID"), CliTr::tr("the quantization recipe (not with --file)"),
            CliValidators::recipe(c.quants), {}, defaultCliRecipeNote() },
        CliOptions::context(),
        CliOptions::batch(),
        CliOptions::kvType(defaults.kvType),
        { QStringLiteral("engine"), QStringLiteral("ENGINE"), CliTr::tr("the inference engine whose rules apply"),
            CliValidators::engine(), {},
            CliTr::tr("%1; %2 for a safetensors --file")
                .arg(engineId(Engine::LlamaCpp), engineId(Engine::Transformers)) },
        { QStringLiteral("flash-attn"), QStringLiteral("on|off"), CliTr::tr("llama.cpp flash attention"),
            CliValidators::onOff(), defaults.flashAttention, {} },
        { QStringLiteral("ubatch"), QStringLiteral("N"), CliTr::tr("llama.cpp physical batch (n_ubatch)"),
            CliValidators::count(1, 1 << 20), QVariant::fromValue<qint64>(defaults.ubatch), {} },
        { QStringLiteral("kv-unified"), QStringLiteral("on|off"),
            CliTr::tr("llama.cpp --kv-unified: the --batch sequences share one KV cache (off: one per sequence)"),
            CliValidators::onOff(), defaults.kvUnified, {} },
        { QStringLiteral("outputs-max"), QStringLiteral("N"),
            CliTr::tr("llama.cpp n_outputs_max: micro-batch rows the compute buffer holds logits for; 0: all of "
                      "them (the library's default), llama-server uses its slots (-np)"),
            CliValidators::count(0, 1 << 20), QVariant::fromValue<qint64>(defaults.outputsMax), {} },
        CliOptions::gpuUtil(),
    };
    cmd.options << vllmOptions();
    cmd.options << QList<CliOption> {
        CliOptions::json(CliTr::tr("print the estimate as JSON; byte counts are integers")),
        { QStringLiteral("explain"), {}, CliTr::tr("show how each component was computed"), {}, {}, {} },
    };
    cmd.options << CliOptions::report();
    cmd.run = runEstimate;
    return cmd;
}

const CliCommand* findCommand(const QList<CliCommand>& commands, const QString& name)
{
    for (const CliCommand& c : commands)
        if (c.name == name)
            return &c;
    return nullptr;
}

// How many of the first words of `args` name the command: 2 for "models add", else 1.
qsizetype commandWords(const Catalogs& catalogs, const QStringList& args)
{
    if (args.size() < 2)
        return 1;
    return findCommand(cliCommands(catalogs), args[0] + u' ' + args[1]) ? 2 : 1;
}

// The help of `name` ("plan", "screenshot" or "--screenshot"), or empty when there is no such command.
QString commandHelp(const Catalogs& catalogs, const QString& name)
{
    const QList<CliCommand> commands = cliCommands(catalogs);
    if (const CliCommand* c = findCommand(commands, name))
        return c->helpText();
#ifdef FITPLANNER_WITH_GUI
    if (name == QLatin1String("screenshot") || name == QLatin1String("--screenshot"))
        return screenshotCommand(catalogs).helpText();
#endif
    return {};
}

} // namespace

QList<CliCommand> cliCommands(const Catalogs& c)
{
    QList<CliCommand> commands = { modelsCommand() };
    commands << customModelCommands();
    commands << QList<CliCommand> { quantsCommand(), inspectCommand(), estimateCommand(c) };
    commands << planCommands(c);
    commands << trainCommand(c);
    return commands;
}

QString cliUsage(const Catalogs& catalogs)
{
    struct Row
    {
        QString left;
        QString text;
    };
    QList<Row> rows;
    for (const CliCommand& c : cliCommands(catalogs))
        rows << Row { c.name, c.summary };
    rows << Row { QStringLiteral("help COMMAND"), CliTr::tr("a command's options, as COMMAND --help prints them") };
#ifdef FITPLANNER_WITH_GUI
    const CliCommand shot = screenshotCommand(catalogs);
    rows << Row { QStringLiteral("--screenshot FILE"), shot.summary };
#endif
    int width = 0;
    for (const Row& r : rows)
        width = std::max(width, int(r.left.size()));
    QString out = CliTr::tr("Usage: fitplanner COMMAND [options]") + u'\n';
#ifdef FITPLANNER_WITH_GUI
    out += CliTr::tr("       fitplanner (no command) opens the desktop app") + u'\n';
#endif
    out += u'\n' + CliTr::tr("Commands:") + u'\n';
    for (const Row& r : rows)
        out += QStringLiteral("  %1  %2\n").arg(r.left, -width).arg(r.text);
    out += u'\n' + CliTr::tr("'fitplanner COMMAND --help' lists a command's options and their defaults.") + u'\n'
        + CliTr::tr("Numbers accept a k suffix (32k = 32768). Byte counts in JSON are integers.\n");
    return out;
}

QString cliReference(const Catalogs& catalogs)
{
    QString md = QStringLiteral(
        "# The command line\n\n"
        "`fitplanner COMMAND [options]` runs the same core as the desktop app and prints text, or JSON with\n"
        "`--json`, on stdout; problems go to stderr. Exit status: 0 done, 1 the computation failed, 2 a bad\n"
        "command line or input (`fitplanner COMMAND: problem`). In a Chinese locale the text is Simplified\n"
        "Chinese; JSON keys and numbers do not change.\n\n"
        "This file is the output of `fitplanner --help` and of `fitplanner COMMAND --help` for every command;\n"
        "a test fails when it differs, and `cmake --build build/ci --target update_cli_docs` rewrites it.\n");
    const auto block = [&md](const QString& command, const QString& help) {
        md += QStringLiteral("\n## `%1`\n\n```text\n%2```\n").arg(command, help);
    };
    block(QStringLiteral("fitplanner --help"), cliUsage(catalogs));
    for (const CliCommand& c : cliCommands(catalogs))
        block(c.invocation() + QStringLiteral(" --help"), c.helpText());
#ifdef FITPLANNER_WITH_GUI
    const CliCommand shot = screenshotCommand(catalogs);
    // "--screenshot --help" would name the file "--help": the help command prints this one.
    block(QStringLiteral("fitplanner help ") + shot.name, shot.helpText());
#endif
    return md;
}

bool isCliCommand(const QString& firstArg)
{
    // Any bare word is a command (an unknown one gets an error, not a window); options such as --screenshot
    // or Qt's own -platform belong to the GUI.
    return firstArg == QLatin1String("--help") || firstArg == QLatin1String("-h")
        || firstArg == QLatin1String("--version") || (!firstArg.isEmpty() && !firstArg.startsWith(u'-'));
}

int runCli(const QStringList& args, const Catalogs& catalogs, QTextStream& out, QTextStream& err)
{
    if (args.isEmpty() || args[0] == QLatin1String("--help") || args[0] == QLatin1String("-h")
        || (args[0] == QLatin1String("help") && args.size() == 1)) {
        out << cliUsage(catalogs);
        return 0;
    }
    if (args[0] == QLatin1String("help")) {
        // "help models add": a command of two words.
        const qsizetype words = args.size() == 3 && commandWords(catalogs, args.mid(1)) == 2 ? 2 : 1;
        if (args.size() > 1 + words) {
            err << "fitplanner help: " << CliTr::tr("unexpected argument '%1'").arg(args[1 + words]) << '\n';
            return 2;
        }
        const QString help = commandHelp(catalogs, args.mid(1, words).join(u' '));
        if (help.isEmpty()) {
            err << "fitplanner help: " << CliTr::tr("unknown command '%1'").arg(args[1]) << '\n';
            return 2;
        }
        out << help;
        return 0;
    }
    if (args[0] == QLatin1String("--version")) {
        out << "fitplanner " << FITPLANNER_VERSION << '\n';
        return 0;
    }
    for (const QString& e : catalogs.errors)
        err << "fitplanner: warning: " << e << '\n';
    const QList<CliCommand> commands = cliCommands(catalogs);
    const qsizetype words = commandWords(catalogs, args);
    const CliCommand* command = findCommand(commands, args.mid(0, words).join(u' '));
    if (!command) {
        err << "fitplanner: " << CliTr::tr("unknown command '%1'").arg(args[0]) << '\n' << cliUsage(catalogs);
        return 2;
    }
    QString error;
    const auto parsed = command->parse(args.mid(words), &error);
    if (!parsed) {
        err << command->invocation() << ": " << error << '\n';
        return 2;
    }
    if (parsed->isHelp()) {
        out << command->helpText();
        return 0;
    }
    return command->run(*parsed, catalogs, out, err);
}
