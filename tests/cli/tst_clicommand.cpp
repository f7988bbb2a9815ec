// SPDX-FileCopyrightText: 2026 The FitPlanner authors
// SPDX-License-Identifier: MIT

// The command layer itself, in process: every command's declarations against its parser and its help, the shared
// validators' good and bad values, the defaults the help shows against the defaults used, and docs/cli.md against
// the help the commands print.

#include "cli.h"
#include "clicommand.h"
#include "scenario.h"

#include <functional>

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QObject>
#include <QRegularExpression>
#include <QSet>
#include <QTest>

#ifdef FITPLANNER_WITH_GUI
#include "screenshotcommand.h"
#endif

Q_DECLARE_METATYPE(std::function<CliValidator()>)

namespace {

const Catalogs& catalogs()
{
    static const Catalogs c = Catalogs::loadEmbedded();
    return c;
}

struct Result
{
    int exitCode = -1;
    QString out;
    QString err;
};

Result runIn(const QStringList& args)
{
    Result r;
    QTextStream out(&r.out);
    QTextStream err(&r.err);
    r.exitCode = runCli(args, catalogs(), out, err);
    out.flush();
    err.flush();
    return r;
}

QList<CliCommand> allCommands()
{
    QList<CliCommand> commands = cliCommands(catalogs());
#ifdef FITPLANNER_WITH_GUI
    commands << screenshotCommand(catalogs());
#endif
    return commands;
}

// Arguments that satisfy what a command requires besides its options (a model, a path, a file).
QStringList requiredArgs(const CliCommand& c)
{
    QStringList args;
    if (!c.exactlyOneOf.isEmpty())
        args << QStringLiteral("--model") << QStringLiteral("llama-3.1-8b");
    if (!c.positionalName.isEmpty())
        args << QStringLiteral("model.gguf");
    if (c.option(QStringLiteral("screenshot")))
        args << QStringLiteral("--screenshot") << QStringLiteral("shot.png");
    return args;
}

} // namespace

class TestCliCommand : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QVERIFY2(catalogs().errors.isEmpty(), qPrintable(catalogs().errors.join(u'\n'))); }

    // `fitplanner <command> --help` and `fitplanner help <command>` print the generated help and exit 0; it lists
    // exactly the declared options, and the parser knows exactly those.
    void helpListsExactlyTheOptions()
    {
        for (const CliCommand& c : allCommands()) {
            const Result help = runIn({ QStringLiteral("help"), c.name });
            QCOMPARE(help.exitCode, 0);
            QCOMPARE(help.out, c.helpText());
            QVERIFY(help.err.isEmpty());
            if (c.run) {
                const Result dashHelp = runIn({ c.name, QStringLiteral("--help") });
                QCOMPARE(dashHelp.exitCode, 0);
                QCOMPARE(dashHelp.out, c.helpText());
                QCOMPARE(runIn({ c.name, QStringLiteral("-h") }).out, c.helpText());
            }

            QSet<QString> listed;
            static const QRegularExpression row(QStringLiteral("^  (?:-h, )?--([a-z-]+)"));
            for (const QString& line : c.helpText().split(u'\n')) {
                const auto m = row.match(line);
                if (m.hasMatch())
                    listed.insert(m.captured(1));
            }
            QSet<QString> declared { QStringLiteral("help") };
            for (const CliOption& o : c.options)
                declared.insert(o.name);
            QCOMPARE(listed, declared);

            for (const CliOption& o : c.options) {
                QString error;
                QStringList args = requiredArgs(c) << QStringLiteral("--") + o.name;
                if (!o.isFlag())
                    args << QStringLiteral("not-a-value-anyone-accepts");
                c.parse(args, &error);
                QVERIFY2(!error.startsWith(QLatin1String("unknown option")), qPrintable(c.name + u' ' + error));
            }
            QString error;
            QVERIFY(!c.parse(requiredArgs(c) << QStringLiteral("--colour"), &error));
            QCOMPARE(error, QStringLiteral("unknown option --colour"));
        }
    }

    void topLevelHelp()
    {
        for (const QStringList& args : { QStringList { QStringLiteral("--help") }, QStringList { QStringLiteral("-h") },
                 QStringList { QStringLiteral("help") } }) {
            const Result r = runIn(args);
            QCOMPARE(r.exitCode, 0);
            QCOMPARE(r.out, cliUsage(catalogs()));
        }
        const QString usage = cliUsage(catalogs());
        for (const CliCommand& c : cliCommands(catalogs()))
            QVERIFY2(
                usage.contains(QStringLiteral("  %1 ").arg(c.name)) && usage.contains(c.summary), qPrintable(c.name));
        const Result unknown = runIn({ QStringLiteral("help"), QStringLiteral("frobnicate") });
        QCOMPARE(unknown.exitCode, 2);
        QCOMPARE(unknown.err, QStringLiteral("fitplanner help: unknown command 'frobnicate'\n"));
        QVERIFY(unknown.out.isEmpty());
    }

    void validators_data()
    {
        QTest::addColumn<std::function<CliValidator()>>("validator");
        QTest::addColumn<QString>("value");
        QTest::addColumn<QVariant>("expected"); // null: rejected
        QTest::addColumn<QString>("error");

        using namespace CliValidators;
        const auto n = [](qint64 v) { return QVariant::fromValue<qint64>(v); };
        const std::function<CliValidator()> batch = [] { return count(1, 65536); };
        const std::function<CliValidator()> tokens = [] { return count(1, 1 << 20, true); };
        const std::function<CliValidator()> orMax = [] { return countOr(1, 1 << 20, QStringLiteral("max"), true); };
        QTest::addRow("count") << batch << "512" << n(512) << QString();
        QTest::addRow("count k") << batch << "32k" << n(32768) << QString();
        QTest::addRow("count K at the top") << batch << "64K" << n(65536) << QString();
        QTest::addRow("count above") << batch << "65537" << QVariant()
                                     << "--opt '65537' must be a whole number from 1 to 65536";
        QTest::addRow("count k above") << batch << "65k" << QVariant()
                                       << "--opt '65k' must be a whole number from 1 to 65536";
        QTest::addRow("count zero") << batch << "0" << QVariant() << "--opt '0' must be a whole number from 1 to 65536";
        // A range that starts at 0 takes 0 (--outputs-max 0: every row of the micro-batch).
        const std::function<CliValidator()> fromZero = [] { return count(0, 1 << 20); };
        QTest::addRow("count zero allowed") << fromZero << "0" << n(0) << QString();
        QTest::addRow("count zero allowed, negative")
            << fromZero << "-1" << QVariant() << "--opt '-1' must be a whole number from 0 to 1048576";
        QTest::addRow("count negative") << batch << "-5" << QVariant()
                                        << "--opt '-5' must be a whole number from 1 to 65536";
        QTest::addRow("count fraction") << batch << "1.5" << QVariant()
                                        << "--opt '1.5' must be a whole number from 1 to 65536";
        QTest::addRow("count overflow") << batch << "99999999999999999999k" << QVariant()
                                        << "--opt '99999999999999999999k' must be a whole number from 1 to 65536";
        QTest::addRow("tokens") << tokens << "8k" << n(8192) << QString();
        QTest::addRow("tokens bad") << tokens << "lots" << QVariant()
                                    << "--opt 'lots' must be a whole number of tokens from 1 to 1048576";
        QTest::addRow("count or max: max") << orMax << "MAX" << QVariant(QStringLiteral("max")) << QString();
        QTest::addRow("count or max: count") << orMax << "4k" << n(4096) << QString();
        QTest::addRow("count or max: bad") << orMax << "most" << QVariant()
                                           << "--opt 'most' must be a whole number of tokens from 1 to 1048576, or max";

        const std::function<CliValidator()> gibs = [] { return gib(); };
        QTest::addRow("GiB") << gibs << "24" << n(qint64(24) << 30) << QString();
        QTest::addRow("GiB decimal") << gibs << "23.5" << n(qint64(47) << 29) << QString();
        QTest::addRow("GiB zero") << gibs << "0" << QVariant() << "--opt '0' must be a positive number of GiB";
        QTest::addRow("GiB word") << gibs << "lots" << QVariant() << "--opt 'lots' must be a positive number of GiB";
        QTest::addRow("GiB huge") << gibs << "2e6" << QVariant() << "--opt '2e6' must be a positive number of GiB";

        const std::function<CliValidator()> frac = [] { return fraction(); };
        QTest::addRow("fraction") << frac << "0.85" << QVariant(0.85) << QString();
        QTest::addRow("fraction one") << frac << "1" << QVariant(1.0) << QString();
        QTest::addRow("fraction zero") << frac << "0" << QVariant()
                                       << "--opt '0' must be a fraction above 0 and at most 1";
        QTest::addRow("fraction above one")
            << frac << "1.5" << QVariant() << "--opt '1.5' must be a fraction above 0 and at most 1";

        const std::function<CliValidator()> units = [] {
            return choice({ QStringLiteral("GiB"), QStringLiteral("GB") });
        };
        QTest::addRow("choice") << units << "gb" << QVariant(QStringLiteral("GB")) << QString();
        QTest::addRow("choice bad") << units << "MB" << QVariant() << "--opt 'MB' must be one of: GiB, GB";
        const std::function<CliValidator()> flash = [] { return onOff(); };
        QTest::addRow("on") << flash << "ON" << QVariant(true) << QString();
        QTest::addRow("off") << flash << "off" << QVariant(false) << QString();
        QTest::addRow("on/off bad") << flash << "maybe" << QVariant() << "--opt 'maybe' must be on or off";

        const std::function<CliValidator()> engines = [] { return engine(); };
        QTest::addRow("engine alias") << engines << "ollama" << QVariant(QStringLiteral("llama.cpp")) << QString();
        QTest::addRow("engine hf") << engines << "HF" << QVariant(QStringLiteral("transformers")) << QString();
        QTest::addRow("engine bad") << engines << "tgi" << QVariant()
                                    << "--opt: unknown engine 'tgi' (choose llama.cpp, vllm, transformers, mlx)";
        const std::function<CliValidator()> frontends = [] { return frontend(); };
        QTest::addRow("front end") << frontends << "llama-server" << QVariant(QStringLiteral("llama.cpp")) << QString();
        QTest::addRow("front end sglang") << frontends << "sglang" << QVariant(QStringLiteral("sglang")) << QString();
        QTest::addRow("front end bad") << frontends << "tgi" << QVariant()
                                       << "--opt: unknown engine 'tgi' (choose llama.cpp, ollama, lmstudio, vllm, "
                                          "sglang, transformers, mlx)";

        const std::function<CliValidator()> models = [] { return model(catalogs().models); };
        QTest::addRow("model") << models << "LLAMA-3.1-8B" << QVariant(QStringLiteral("llama-3.1-8b")) << QString();
        QTest::addRow("model bad") << models << "gpt-5" << QVariant()
                                   << "--opt: unknown model 'gpt-5'; 'fitplanner models' lists the catalog";
        const std::function<CliValidator()> recipes = [] { return recipe(catalogs().quants); };
        const std::function<CliValidator()> recipesOrBest
            = [] { return recipe(catalogs().quants, QStringLiteral("best")); };
        QTest::addRow("recipe") << recipes << "q4_k_m" << QVariant(QStringLiteral("Q4_K_M")) << QString();
        QTest::addRow("recipe best") << recipesOrBest << "Best" << QVariant(QStringLiteral("best")) << QString();
        QTest::addRow("recipe best not here") << recipes << "best" << QVariant()
                                              << "--opt: unknown quantization 'best'; 'fitplanner quants' lists the "
                                                 "recipes";
        QTest::addRow("recipe bad") << recipesOrBest << "Q9_K" << QVariant()
                                    << "--opt: unknown quantization 'Q9_K'; 'fitplanner quants' lists the recipes";
        const std::function<CliValidator()> gpus = [] {
            return gpu(catalogs().gpus, { QStringLiteral("auto"), QStringLiteral("none") });
        };
        QTest::addRow("GPU keyword") << gpus << "Auto" << QVariant(QStringLiteral("auto")) << QString();
        QTest::addRow("GPU id") << gpus << "rtx-4090" << QVariant(QStringLiteral("rtx-4090")) << QString();
        QTest::addRow("GPU bad") << gpus << "voodoo5" << QVariant()
                                 << "--opt: unknown GPU 'voodoo5'; 'fitplanner gpus' lists the catalog";
    }

    void validators()
    {
        QFETCH(std::function<CliValidator()>, validator);
        QFETCH(QString, value);
        QFETCH(QVariant, expected);
        QFETCH(QString, error);
        QString why;
        const auto v = validator().parse(QStringLiteral("opt"), value, &why);
        if (expected.isValid()) {
            QVERIFY2(v.has_value(), qPrintable(why));
            QCOMPARE(v->typeId(), expected.typeId());
            QCOMPARE(*v, expected);
        } else {
            QVERIFY(!v.has_value());
            QCOMPARE(why, error);
        }
    }

    // Through a command: "--name value" and "--name=value", a flag, and what the parser itself rejects.
    void parsing()
    {
        const QList<CliCommand> commands = cliCommands(catalogs());
        const CliCommand* estimate = nullptr;
        const CliCommand* inspect = nullptr;
        for (const CliCommand& c : commands) {
            if (c.name == QLatin1String("estimate"))
                estimate = &c;
            if (c.name == QLatin1String("inspect"))
                inspect = &c;
        }
        QVERIFY(estimate && inspect);
        QString error;
        const auto a = estimate->parse({ QStringLiteral("--model=llama-3.1-8b"), QStringLiteral("--context"),
                                           QStringLiteral("32k"), QStringLiteral("--json") },
            &error);
        QVERIFY2(a, qPrintable(error));
        QCOMPARE(a->text(QStringLiteral("model")), QStringLiteral("llama-3.1-8b"));
        QCOMPARE(a->count(QStringLiteral("context")), std::optional<qint64>(32768));
        QVERIFY(a->flag(QStringLiteral("json")));
        QVERIFY(!a->flag(QStringLiteral("explain")));

        const auto fails = [](const CliCommand* c, const QStringList& args) {
            QString why;
            return c->parse(args, &why) ? QString() : why;
        };
        QCOMPARE(fails(estimate, { QStringLiteral("--model") }), QStringLiteral("--model needs a value"));
        // An option is never taken as the value before it; a negative number is a value (and checked as one).
        QCOMPARE(fails(estimate, { QStringLiteral("--model"), QStringLiteral("--json") }),
            QStringLiteral("--model needs a value"));
        QCOMPARE(fails(estimate,
                     { QStringLiteral("--model=llama-3.1-8b"), QStringLiteral("--context"), QStringLiteral("-x") }),
            QStringLiteral("--context needs a value"));
        QVERIFY(fails(
            estimate, { QStringLiteral("--model=llama-3.1-8b"), QStringLiteral("--context"), QStringLiteral("-5") })
                    .startsWith(QStringLiteral("--context '-5' must be")));
        for (const QString& help : { QStringLiteral("--help"), QStringLiteral("-h") }) {
            const auto h = estimate->parse({ QStringLiteral("--model"), help }, &error);
            QVERIFY2(h && h->isHelp(), qPrintable(error));
        }
        const auto dashed = estimate->parse({ QStringLiteral("--model=-odd-name") }, &error);
        QVERIFY(!dashed || dashed->text(QStringLiteral("model")) == QStringLiteral("-odd-name"));
        QCOMPARE(fails(estimate, { QStringLiteral("--model=llama-3.1-8b"), QStringLiteral("--json=yes") }),
            QStringLiteral("--json takes no value"));
        QCOMPARE(fails(estimate, { QStringLiteral("--model=llama-3.1-8b"), QStringLiteral("--model=llama-3.1-8b") }),
            QStringLiteral("--model is given twice"));
        QCOMPARE(fails(estimate, { QStringLiteral("--model=llama-3.1-8b"), QStringLiteral("extra") }),
            QStringLiteral("unexpected argument 'extra'"));
        QCOMPARE(fails(estimate, {}), QStringLiteral("give exactly one of --model ID, --config PATH or --file PATH"));
        QCOMPARE(fails(estimate, { QStringLiteral("--model=llama-3.1-8b"), QStringLiteral("--config=c.json") }),
            QStringLiteral("give exactly one of --model ID, --config PATH or --file PATH"));
        QCOMPARE(
            fails(estimate, { QStringLiteral("--model=llama-3.1-8b"), QStringLiteral("--batch"), QStringLiteral("0") }),
            QStringLiteral("--batch '0' must be a whole number from 1 to 65536"));
        QCOMPARE(fails(inspect, {}), QStringLiteral("give a .gguf or .safetensors file, or a model folder"));
        QCOMPARE(fails(inspect, { QStringLiteral("a.gguf"), QStringLiteral("b.gguf") }),
            QStringLiteral("unexpected argument 'b.gguf'"));
        const auto path = inspect->parse({ QStringLiteral("--tensors"), QStringLiteral("a.gguf") }, &error);
        QVERIFY(path);
        QCOMPARE(path->positional(), QStringLiteral("a.gguf"));

        // The whole command: "fitplanner <command>: <problem>" on stderr, exit status 2, nothing on stdout.
        const Result r = runIn({ QStringLiteral("plan"), QStringLiteral("--model"), QStringLiteral("llama-3.1-8b"),
            QStringLiteral("--gpu-util"), QStringLiteral("2") });
        QCOMPARE(r.exitCode, 2);
        QVERIFY(r.out.isEmpty());
        QCOMPARE(r.err, QStringLiteral("fitplanner plan: --gpu-util '2' must be a fraction above 0 and at most 1\n"));
    }

    // A declared default is the value a command gets without the option, and the help shows it.
    void defaultsShownAreDefaultsUsed()
    {
        for (const CliCommand& c : allCommands()) {
            QString error;
            const auto parsed = c.parse(requiredArgs(c), &error);
            QVERIFY2(parsed, qPrintable(c.name + u' ' + error));
            const QString help = c.helpText().simplified();
            for (const CliOption& o : c.options) {
                if (!parsed->isSet(o.name))
                    QCOMPARE(parsed->value(o.name), o.defaultValue);
                else
                    QVERIFY(o.name == QLatin1String("model") || o.name == QLatin1String("screenshot"));
                if (!o.defaultText().isEmpty())
                    QVERIFY2(help.contains(QStringLiteral("default: %1").arg(o.defaultText()).simplified()),
                        qPrintable(c.name + QStringLiteral(" --") + o.name));
            }
        }
        const Planner::Scenario defaults;
        const QString context = QString::number(Planner::Scenario::kDefaultContext);
        QCOMPARE(context, QStringLiteral("8192"));
        const auto optionDefault = [](const QString& command, const QString& option) {
            for (const CliCommand& c : allCommands())
                if (c.name == command && c.option(option))
                    return c.option(option)->defaultText();
            return QString();
        };
        QCOMPARE(optionDefault(QStringLiteral("estimate"), QStringLiteral("context")),
            context + QStringLiteral(", or the model's maximum if smaller"));
        QCOMPARE(optionDefault(QStringLiteral("plan"), QStringLiteral("context")),
            context + QStringLiteral(", or the model's maximum if smaller"));
        QCOMPARE(optionDefault(QStringLiteral("recommend"), QStringLiteral("context")), context);
        QCOMPARE(optionDefault(QStringLiteral("estimate"), QStringLiteral("batch")), QString::number(defaults.batch));
        QCOMPARE(optionDefault(QStringLiteral("estimate"), QStringLiteral("ubatch")), QString::number(defaults.ubatch));
        QCOMPARE(optionDefault(QStringLiteral("estimate"), QStringLiteral("kv-type")), defaults.kvType);
        QCOMPARE(optionDefault(QStringLiteral("estimate"), QStringLiteral("gpu-util")),
            QString::number(defaults.gpuMemoryUtilization));
        QCOMPARE(optionDefault(QStringLiteral("estimate"), QStringLiteral("flash-attn")),
            defaults.flashAttention ? QStringLiteral("on") : QStringLiteral("off"));

        // What estimate and plan then compute with: the rule, capped by the model's trained maximum.
        const auto jsonOf = [](const QStringList& args) {
            const Result r = runIn(args);
            return r.exitCode == 0 ? QJsonDocument::fromJson(r.out.toUtf8()).object() : QJsonObject();
        };
        const QJsonObject e = jsonOf({ QStringLiteral("estimate"), QStringLiteral("--model"),
            QStringLiteral("llama-3.1-8b"), QStringLiteral("--json") });
        QCOMPARE(e.value(QStringLiteral("context")).toInteger(), Planner::Scenario::kDefaultContext);
        QCOMPARE(e.value(QStringLiteral("batch")).toInteger(), defaults.batch);
        QCOMPARE(e.value(QStringLiteral("kv_type")).toString(), defaults.kvType);
        QCOMPARE(e.value(QStringLiteral("quant")).toString(), QStringLiteral("Q4_K_M"));
        const QJsonObject small = jsonOf({ QStringLiteral("estimate"), QStringLiteral("--model"),
            QStringLiteral("llama-2-7b"), QStringLiteral("--json") });
        QCOMPARE(small.value(QStringLiteral("context")).toInteger(), qint64(4096)); // its trained maximum
        const Planner::ModelSpec* llama2 = catalogs().models.find(QStringLiteral("llama-2-7b"));
        QVERIFY(llama2);
        QCOMPARE(Planner::Scenario::defaultContext(*llama2), qint64(4096));
        Planner::ModelSpec unknownMaximum;
        QCOMPARE(Planner::Scenario::defaultContext(unknownMaximum), Planner::Scenario::kDefaultContext);
    }

    // docs/cli.md holds, for every command, exactly what `fitplanner ... --help` prints.
    void docsMatchHelp()
    {
        const QString path = QStringLiteral(FITPLANNER_SOURCE_DIR "/docs/cli.md");
        if (const QByteArray target = qgetenv("FITPLANNER_WRITE_CLI_DOCS"); !target.isEmpty()) {
            QFile f(QString::fromLocal8Bit(target));
            QVERIFY(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
            f.write(cliReference(catalogs()).toUtf8());
            return;
        }
        QFile f(path);
        QVERIFY2(f.open(QIODevice::ReadOnly), qPrintable(path));
        const QString doc = QString::fromUtf8(f.readAll());
        static const QRegularExpression block(QStringLiteral("\\n## `fitplanner ([^`]*)`\\n\\n```text\\n(.*?)```\\n"),
            QRegularExpression::DotMatchesEverythingOption);
        QSet<QString> documented;
        for (auto it = block.globalMatch(doc); it.hasNext();) {
            const auto m = it.next();
            const QStringList args = m.captured(1).split(u' ');
            documented.insert(m.captured(1));
#ifndef FITPLANNER_WITH_GUI
            // The file shows the full build's help: the screenshot mode and the top level's line about it.
            if (args.contains(QStringLiteral("--screenshot")) || args == QStringList { QStringLiteral("--help") })
                continue;
#endif
            const Result r = runIn(args);
            QCOMPARE(r.exitCode, 0);
            if (r.out != m.captured(2))
                QFAIL(qPrintable(QStringLiteral("docs/cli.md differs from 'fitplanner %1'; run cmake --build build/ci "
                                                "--target update_cli_docs")
                                     .arg(m.captured(1))));
        }
        QVERIFY(documented.contains(QStringLiteral("--help")));
        for (const CliCommand& c : cliCommands(catalogs()))
            QVERIFY2(documented.contains(c.name + QStringLiteral(" --help")), qPrintable(c.name));
        QVERIFY(documented.contains(QStringLiteral("help --screenshot")));
#ifdef FITPLANNER_WITH_GUI
        QCOMPARE(doc, cliReference(catalogs()));
#endif
    }
};

QTEST_GUILESS_MAIN(TestCliCommand)
#include "tst_clicommand.moc"
