// SPDX-FileCopyrightText: 2026 The FitPlanner authors
// SPDX-License-Identifier: MIT

#include "clicommand.h"

#include "clitr.h"
#include "engine.h"
#include "fitplan.h"
#include "memoryestimator.h"
#include "namematcher.h"
#include "scenario.h"
#include "units.h"

#include <cmath>

#include <QCommandLineOption>
#include <QCommandLineParser>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

using namespace Planner;

namespace {

constexpr int kHelpWidth = 100;

// A whole positive number with an optional k (x1024) suffix, within [min, max].
std::optional<qint64> parseCount(const QString& text, qint64 min, qint64 max)
{
    QString t = text.trimmed();
    qint64 scale = 1;
    if (t.endsWith(u'k') || t.endsWith(u'K')) {
        scale = 1024;
        t.chop(1);
    }
    bool ok = false;
    const qint64 v = t.toLongLong(&ok);
    if (!ok || v < 0 || v > max / scale || v * scale < min)
        return std::nullopt;
    return v * scale;
}

QString formatPlain(const QVariant& v)
{
    if (v.typeId() == QMetaType::Bool)
        return v.toBool() ? QStringLiteral("on") : QStringLiteral("off");
    return v.toString();
}

// `text` broken into lines of at most `width` terminal columns, the lines after the first indented by `indent`:
// at spaces, and between CJK characters, which are written without spaces.
QString wrap(const QString& text, int firstColumn, int indent, int width)
{
    struct Token
    {
        QString text;
        bool spaceBefore = false;
    };
    QList<Token> tokens;
    bool space = false;
    for (const QChar c : text) {
        if (c == u' ') {
            space = true;
        } else if (!space && !tokens.isEmpty() && QStringView(u"，。；：）、”").contains(c)) {
            tokens.last().text += c; // no line starts with closing punctuation
        } else if (cliIsWide(c) || space || tokens.isEmpty() || cliIsWide(tokens.last().text.back())) {
            tokens << Token { QString(c), space };
            space = false;
        } else {
            tokens.last().text += c;
        }
    }
    QString out;
    int column = firstColumn;
    for (qsizetype i = 0; i < tokens.size(); ++i) {
        const Token& t = tokens[i];
        const int gap = i > 0 && t.spaceBefore ? 1 : 0;
        const int w = cliColumns(t.text);
        if (i > 0 && column > indent && column + gap + w > width) {
            out += u'\n' + QString(indent, u' ');
            column = indent;
        } else if (gap > 0) {
            out += u' ';
            ++column;
        }
        out += t.text;
        column += w;
    }
    return out;
}

QString optionError(const QString& option, const QString& reason)
{
    return QStringLiteral("--%1: %2").arg(option, reason);
}

constexpr qsizetype kListedMatches = 8;

// Why a name that matched several entries of a catalog, or none, is refused: "'H100' matches h100-pcie, h100-sxm,
// h100-nvl; give one of them", or `unknown` with the closest ids, then `listing` (where the catalog is listed).
QString nameMatchError(const QString& value, const NameMatch& match, const QStringList& ids, const QString& unknown,
    const QString& listing)
{
    QStringList named;
    for (const int e : match.entries)
        named << ids.at(e);
    if (match.kind == NameMatch::Kind::Several) {
        const qsizetype more = named.size() - kListedMatches;
        QString list = named.mid(0, kListedMatches).join(QStringLiteral(", "));
        if (more > 0)
            list = CliTr::tr("%1 and %n more", nullptr, int(more)).arg(list);
        return CliTr::tr("'%1' matches %2; give one of them (%3)").arg(value.trimmed(), list, listing);
    }
    if (named.isEmpty())
        return CliTr::tr("%1; %2", "an unknown name; where the catalog is listed").arg(unknown, listing);
    return CliTr::tr("%1; did you mean %2? %3").arg(unknown, named.join(QStringLiteral(", ")), listing);
}

} // namespace

namespace CliValidators {

CliValidator text()
{
    return { [](const QString&, const QString& value, QString*) -> std::optional<QVariant> { return value; },
        formatPlain, {} };
}

CliValidator count(qint64 min, qint64 max, bool tokens)
{
    const QString accepted = max >= 4096 ? CliTr::tr("%1 to %2, k suffix allowed").arg(min).arg(max)
                                         : CliTr::tr("%1 to %2").arg(min).arg(max);
    return { [=](const QString& option, const QString& value, QString* error) -> std::optional<QVariant> {
                if (const auto v = parseCount(value, min, max))
                    return QVariant::fromValue<qint64>(*v);
                *error = (tokens ? CliTr::tr("--%1 '%2' must be a whole number of tokens from %3 to %4")
                                 : CliTr::tr("--%1 '%2' must be a whole number from %3 to %4"))
                             .arg(option, value)
                             .arg(min)
                             .arg(max);
                return std::nullopt;
            },
        formatPlain, accepted };
}

CliValidator countOr(qint64 min, qint64 max, const QString& keyword, bool tokens)
{
    const QString accepted = CliTr::tr("%1 to %2, k suffix allowed, or %3").arg(min).arg(max).arg(keyword);
    return { [=](const QString& option, const QString& value, QString* error) -> std::optional<QVariant> {
                if (value.trimmed().compare(keyword, Qt::CaseInsensitive) == 0)
                    return keyword;
                if (const auto v = parseCount(value, min, max))
                    return QVariant::fromValue<qint64>(*v);
                *error = (tokens ? CliTr::tr("--%1 '%2' must be a whole number of tokens from %3 to %4, or %5")
                                 : CliTr::tr("--%1 '%2' must be a whole number from %3 to %4, or %5"))
                             .arg(option, value)
                             .arg(min)
                             .arg(max)
                             .arg(keyword);
                return std::nullopt;
            },
        formatPlain, accepted };
}

CliValidator gib()
{
    return { [](const QString& option, const QString& value, QString* error) -> std::optional<QVariant> {
                bool ok = false;
                const double v = value.trimmed().toDouble(&ok);
                if (ok && v > 0.0 && v <= 1.0e6)
                    return QVariant::fromValue<qint64>(qint64(std::llround(v * double(GiB))));
                *error = CliTr::tr("--%1 '%2' must be a positive number of GiB").arg(option, value);
                return std::nullopt;
            },
        [](const QVariant& v) { return QString::number(double(v.toLongLong()) / double(GiB)); },
        CliTr::tr("GiB, e.g. 24 or 23.5") };
}

CliValidator fraction()
{
    return { [](const QString& option, const QString& value, QString* error) -> std::optional<QVariant> {
                bool ok = false;
                const double v = value.trimmed().toDouble(&ok);
                if (ok && v > 0.0 && v <= 1.0)
                    return v;
                *error = CliTr::tr("--%1 '%2' must be a fraction above 0 and at most 1").arg(option, value);
                return std::nullopt;
            },
        formatPlain, CliTr::tr("above 0, at most 1") };
}

CliValidator number(double min, double max, const QString& keyword)
{
    return { [=](const QString& option, const QString& value, QString* error) -> std::optional<QVariant> {
                if (!keyword.isEmpty() && value.trimmed().compare(keyword, Qt::CaseInsensitive) == 0)
                    return keyword;
                bool ok = false;
                const double v = value.trimmed().toDouble(&ok);
                if (ok && v >= min && v <= max)
                    return v;
                *error = keyword.isEmpty()
                    ? CliTr::tr("--%1 '%2' must be a number from %3 to %4").arg(option, value).arg(min).arg(max)
                    : CliTr::tr("--%1 '%2' must be a number from %3 to %4, or %5")
                          .arg(option, value)
                          .arg(min)
                          .arg(max)
                          .arg(keyword);
                return std::nullopt;
            },
        formatPlain,
        keyword.isEmpty() ? CliTr::tr("%1 to %2").arg(min).arg(max)
                          : CliTr::tr("%1 to %2, or %3").arg(min).arg(max).arg(keyword) };
}

CliValidator choice(const QStringList& values)
{
    const QString list = values.join(QStringLiteral(", "));
    return { [=](const QString& option, const QString& value, QString* error) -> std::optional<QVariant> {
                for (const QString& v : values)
                    if (v.compare(value.trimmed(), Qt::CaseInsensitive) == 0)
                        return v;
                *error = CliTr::tr("--%1 '%2' must be one of: %3").arg(option, value, list);
                return std::nullopt;
            },
        formatPlain, CliTr::tr("one of: %1").arg(list) };
}

CliValidator onOff()
{
    return { [](const QString& option, const QString& value, QString* error) -> std::optional<QVariant> {
                const QString v = value.trimmed().toLower();
                if (v == QLatin1String("on") || v == QLatin1String("off"))
                    return v == QLatin1String("on");
                *error = CliTr::tr("--%1 '%2' must be on or off").arg(option, value);
                return std::nullopt;
            },
        formatPlain, CliTr::tr("on or off") };
}

CliValidator engine()
{
    const QString list = engineIds().join(QStringLiteral(", "));
    return { [=](const QString& option, const QString& value, QString* error) -> std::optional<QVariant> {
                if (const auto e = engineFromId(value))
                    return engineId(*e);
                *error = optionError(option, CliTr::tr("unknown engine '%1' (choose %2)").arg(value, list));
                return std::nullopt;
            },
        formatPlain, CliTr::tr("one of: %1, or an alias").arg(list) };
}

CliValidator frontend()
{
    QStringList ids;
    for (const Frontend f : { Frontend::LlamaServer, Frontend::Ollama, Frontend::LmStudio, Frontend::Vllm,
             Frontend::Sglang, Frontend::Transformers, Frontend::Mlx })
        ids << frontendId(f);
    const QString list = ids.join(QStringLiteral(", "));
    return { [=](const QString& option, const QString& value, QString* error) -> std::optional<QVariant> {
                if (const auto f = frontendFromId(value))
                    return frontendId(*f);
                *error = optionError(option, CliTr::tr("unknown engine '%1' (choose %2)").arg(value, list));
                return std::nullopt;
            },
        formatPlain, CliTr::tr("one of: %1").arg(list) };
}

CliValidator model(const ModelCatalog& models, const QuantCatalog* quants)
{
    CliValidator v { [&models, quants](
                         const QString& option, const QString& value, QString* error) -> std::optional<QVariant> {
                        if (const ModelSpec* m = models.find(value))
                            return m->id;
                        const NameMatch match = modelNameMatcher(models, quants).match(value);
                        if (match.isUnique())
                            return models.models.at(match.entries.front()).id;
                        *error = optionError(option,
                            nameMatchError(value, match, models.ids(), CliTr::tr("unknown model '%1'").arg(value),
                                CliTr::tr("'fitplanner models' lists the catalog")));
                        return std::nullopt;
                    },
        formatPlain,
        CliTr::tr("an id, name, Hugging Face repository or Ollama tag of a model 'fitplanner models' lists") };
    if (quants) {
        v.implies = [&models, quants](const QString& value) {
            QHash<QString, QString> out;
            if (models.find(value))
                return out;
            const NameMatch match = modelNameMatcher(models, quants).match(value);
            if (match.isUnique() && !match.recipe.isEmpty())
                out.insert(QStringLiteral("quant"), match.recipe);
            return out;
        };
    }
    return v;
}

CliValidator recipe(const QuantCatalog& quants, const QString& keyword)
{
    return { [&quants, keyword](
                 const QString& option, const QString& value, QString* error) -> std::optional<QVariant> {
                if (!keyword.isEmpty() && value.trimmed().compare(keyword, Qt::CaseInsensitive) == 0)
                    return keyword;
                if (const QuantRecipe* r = quants.recipe(value))
                    return r->id;
                const NameMatch match = recipeNameMatcher(quants).match(value);
                if (match.isUnique())
                    return quants.recipes.at(match.entries.front()).id;
                *error = optionError(option,
                    nameMatchError(value, match, quants.recipeIds(), CliTr::tr("unknown quantization '%1'").arg(value),
                        CliTr::tr("'fitplanner quants' lists the recipes")));
                return std::nullopt;
            },
        formatPlain,
        keyword.isEmpty() ? CliTr::tr("an id that 'fitplanner quants' lists")
                          : CliTr::tr("an id that 'fitplanner quants' lists, or %1").arg(keyword) };
}

CliValidator gpu(const GpuCatalog& gpus, const QStringList& keywords)
{
    return { [&gpus, keywords](const QString& option, const QString& value, QString* error) -> std::optional<QVariant> {
                const QString v = value.trimmed();
                for (const QString& k : keywords)
                    if (k.compare(v, Qt::CaseInsensitive) == 0)
                        return k;
                if (const GpuSpec* g = gpus.find(v))
                    return g->id;
                const NameMatch match = gpuNameMatcher(gpus).match(v);
                if (match.isUnique())
                    return gpus.gpus.at(match.entries.front()).id;
                *error = optionError(option,
                    nameMatchError(v, match, gpus.ids(), CliTr::tr("unknown GPU '%1'").arg(v),
                        CliTr::tr("'fitplanner gpus' lists the catalog")));
                return std::nullopt;
            },
        formatPlain,
        keywords.isEmpty()
            ? CliTr::tr("an id or name that 'fitplanner gpus' lists")
            : CliTr::tr("%1, or an id or name that 'fitplanner gpus' lists").arg(keywords.join(QStringLiteral(", "))) };
}

} // namespace CliValidators

QString CliOption::defaultText() const
{
    if (!defaultNote.isEmpty())
        return defaultNote;
    if (defaultValue.isValid() && validator.format)
        return validator.format(defaultValue);
    return {};
}

std::optional<qint64> CliArgs::count(const QString& name) const
{
    const QVariant v = value(name);
    if (v.typeId() != QMetaType::LongLong)
        return std::nullopt;
    return v.toLongLong();
}

std::optional<double> CliArgs::number(const QString& name) const
{
    const QVariant v = value(name);
    if (v.typeId() != QMetaType::Double)
        return std::nullopt;
    return v.toDouble();
}

const CliOption* CliCommand::option(const QString& optionName) const
{
    for (const CliOption& o : options)
        if (o.name == optionName)
            return &o;
    return nullptr;
}

QString CliCommand::invocation() const
{
    return QStringLiteral("fitplanner ") + name;
}

std::optional<CliArgs> CliCommand::parse(const QStringList& args, QString* error) const
{
    QCommandLineParser parser;
    for (const CliOption& o : options) {
        QCommandLineOption q(o.name);
        if (!o.isFlag())
            q.setValueName(o.valueName);
        parser.addOption(q);
    }
    const QCommandLineOption help(QStringList { QStringLiteral("h"), QStringLiteral("help") });
    parser.addOption(help);
    // QCommandLineParser takes the word after "--model" as its value even when it is an option ("--screenshot
    // --help" would write a file named "--help"): an option's value never starts with a dash unless it is a
    // negative number ("--context -5" is then refused by the option's own check) or given as "--name=-value".
    for (qsizetype i = 0; i + 1 < args.size(); ++i) {
        if (args[i] == QLatin1String("--"))
            break;
        const CliOption* o = args[i].startsWith(QLatin1String("--")) ? option(args[i].mid(2)) : nullptr;
        const QString& next = args[i + 1];
        if (!o || o->isFlag() || !next.startsWith(u'-') || next.size() < 2 || next[1].isDigit() || next[1] == u'.')
            continue;
        if (args.contains(QLatin1String("--help")) || args.contains(QLatin1String("-h")))
            break; // the help, as when every value is given
        *error = CliTr::tr("--%1 needs a value").arg(o->name);
        return std::nullopt;
    }
    if (const qsizetype at = std::max(args.indexOf(QLatin1String("--help")), args.indexOf(QLatin1String("-h")));
        at >= 0 && !args.mid(0, at).contains(QLatin1String("--"))) {
        CliArgs result;
        result.m_help = true;
        return result;
    }
    if (!parser.parse(QStringList { QStringLiteral("fitplanner") } + args)) {
        // QCommandLineParser's own wording is not translated with the app's: say it from the declarations.
        if (const QStringList unknown = parser.unknownOptionNames(); !unknown.isEmpty()) {
            const QString& n = unknown.first();
            *error
                = CliTr::tr("unknown option %1").arg((n.size() > 1 ? QStringLiteral("--") : QStringLiteral("-")) + n);
            return std::nullopt;
        }
        for (const QString& a : args) {
            if (!a.startsWith(QLatin1String("--")))
                continue;
            const qsizetype eq = a.indexOf(u'=');
            const CliOption* o = option(a.mid(2, eq < 0 ? -1 : eq - 2));
            if (eq > 0 && ((o && o->isFlag()) || a.mid(2, eq - 2) == QLatin1String("help"))) {
                *error = CliTr::tr("--%1 takes no value").arg(a.mid(2, eq - 2));
                return std::nullopt;
            }
        }
        if (const CliOption* o = args.isEmpty() ? nullptr : option(args.last().mid(2));
            o && !o->isFlag() && args.last().startsWith(QLatin1String("--"))) {
            *error = CliTr::tr("--%1 needs a value").arg(o->name);
            return std::nullopt;
        }
        *error = parser.errorText();
        return std::nullopt;
    }
    CliArgs result;
    if (parser.isSet(help)) {
        result.m_help = true;
        return result;
    }
    for (const CliOption& o : options) {
        if (o.isFlag()) {
            if (parser.isSet(o.name))
                result.m_set.insert(o.name);
            continue;
        }
        const QStringList values = parser.values(o.name);
        if (values.size() > 1) {
            *error = CliTr::tr("--%1 is given twice").arg(o.name);
            return std::nullopt;
        }
        if (values.isEmpty()) {
            if (o.defaultValue.isValid())
                result.m_values.insert(o.name, o.defaultValue);
            continue;
        }
        const auto v = o.validator.parse(o.name, values.first(), error);
        if (!v)
            return std::nullopt;
        result.m_values.insert(o.name, *v);
        result.m_set.insert(o.name);
    }
    for (const CliOption& o : options) {
        if (!o.validator.implies || !result.isSet(o.name))
            continue;
        const QHash<QString, QString> implied = o.validator.implies(parser.value(o.name));
        for (auto it = implied.begin(); it != implied.end(); ++it) {
            const CliOption* other = option(it.key());
            if (!other || other->isFlag() || result.isSet(other->name))
                continue;
            const auto v = other->validator.parse(other->name, it.value(), error);
            if (!v)
                return std::nullopt;
            result.m_values.insert(other->name, *v);
            result.m_set.insert(other->name);
        }
    }
    const QStringList positional = parser.positionalArguments();
    const qsizetype allowed = positionalName.isEmpty() ? 0 : 1;
    if (positional.size() > allowed) {
        *error = CliTr::tr("unexpected argument '%1'").arg(positional[allowed]);
        return std::nullopt;
    }
    if (allowed == 1 && positional.isEmpty()) {
        *error = positionalMissing;
        return std::nullopt;
    }
    if (allowed == 1)
        result.m_positional = positional.first();
    if (!exactlyOneOf.isEmpty()) {
        int given = 0;
        QStringList names;
        for (const QString& n : exactlyOneOf) {
            given += result.isSet(n) ? 1 : 0;
            const CliOption* o = option(n);
            names << QStringLiteral("--%1 %2").arg(n, o ? o->valueName : QString()).trimmed();
        }
        if (given != 1) {
            *error = CliTr::tr("give exactly one of %1").arg(cliAlternatives(names));
            return std::nullopt;
        }
    }
    return result;
}

QString CliCommand::helpText() const
{
    QString usage = invocation();
    if (const CliOption* self = name.startsWith(QLatin1String("--")) ? option(name.mid(2)) : nullptr)
        usage += u' ' + self->valueName; // the mode is an option with a value: --screenshot FILE
    if (!exactlyOneOf.isEmpty()) {
        QStringList names;
        for (const QString& n : exactlyOneOf) {
            const CliOption* o = option(n);
            names << QStringLiteral("--%1 %2").arg(n, o ? o->valueName : QString()).trimmed();
        }
        usage += QStringLiteral(" (%1)").arg(names.join(QStringLiteral(" | ")));
    }
    if (!positionalName.isEmpty())
        usage += u' ' + positionalName;
    usage += CliTr::tr(" [options]");

    QString out = CliTr::tr("Usage: %1").arg(usage) + u'\n' + u'\n' + wrap(summary, 0, 0, kHelpWidth) + u'\n';

    struct Row
    {
        QString left;
        QString text;
    };
    QList<Row> rows;
    if (!positionalName.isEmpty())
        rows << Row { positionalName, positionalDescription };
    for (const CliOption& o : options) {
        QString text = o.description;
        QStringList extra;
        if (!o.isFlag() && !o.validator.accepted.isEmpty())
            extra << o.validator.accepted;
        if (const QString d = o.defaultText(); !d.isEmpty())
            extra << CliTr::tr("default: %1").arg(d);
        if (extra.size() == 2)
            extra = QStringList { CliTr::tr("%1; %2", "what an option accepts; its default").arg(extra[0], extra[1]) };
        if (!extra.isEmpty())
            text = CliTr::tr("%1 (%2)", "an option's description (what it accepts; its default)").arg(text, extra[0]);
        rows << Row { o.isFlag() ? QStringLiteral("--") + o.name : QStringLiteral("--%1 %2").arg(o.name, o.valueName),
            text };
    }
    rows << Row { QStringLiteral("-h, --help"), CliTr::tr("print this help and exit") };
    int width = 0;
    for (const Row& r : rows)
        width = std::max(width, cliColumns(r.left));
    const int indent = 2 + width + 2;
    out += u'\n' + CliTr::tr("Options:") + u'\n';
    for (const Row& r : rows)
        out += QStringLiteral("  %1  ").arg(r.left, -width) + wrap(r.text, indent, indent, kHelpWidth) + u'\n';
    return out;
}

namespace CliOptions {

CliOption json(const QString& description)
{
    return { QStringLiteral("json"), {}, description, {}, {}, {} };
}

CliOption model(const Catalogs& c)
{
    return { QStringLiteral("model"), QStringLiteral("ID"), CliTr::tr("the model, from the catalog"),
        CliValidators::model(c.models, &c.quants), {}, {} };
}

CliOption config()
{
    return { QStringLiteral("config"), QStringLiteral("PATH"),
        CliTr::tr("the model, from a Hugging Face config.json; it is named after the folder that holds it"),
        CliValidators::text(), {}, {} };
}

CliOption context()
{
    return { QStringLiteral("context"), QStringLiteral("N"), CliTr::tr("tokens per sequence (prompt and reply)"),
        CliValidators::count(1, MemoryEstimator::kMaxContext, true), {},
        CliTr::tr("%1, or the model's maximum if smaller").arg(Scenario::kDefaultContext) };
}

CliOption batch()
{
    return { QStringLiteral("batch"), QStringLiteral("N"), CliTr::tr("sequences run in parallel"),
        CliValidators::count(1, MemoryEstimator::kMaxBatch), QVariant::fromValue<qint64>(Scenario().batch), {} };
}

CliOption kvType(const QVariant& defaultValue, const QString& defaultNote)
{
    return { QStringLiteral("kv-type"), QStringLiteral("TYPE"),
        CliTr::tr("the KV cache's element type, a storage type id such as F16, Q8_0 or FP8"), CliValidators::text(),
        defaultValue, defaultNote };
}

CliOption gpuUtil()
{
    return { QStringLiteral("gpu-util"), QStringLiteral("F"),
        CliTr::tr("vLLM's gpu_memory_utilization: the share of each GPU's memory it may take"),
        CliValidators::fraction(), Scenario().gpuMemoryUtilization, {} };
}

QList<CliOption> hardware(const Catalogs& c)
{
    return {
        { QStringLiteral("gpu"), QStringLiteral("GPU"),
            CliTr::tr("the GPU: auto (the ones detected), none (CPU only), or a catalog device to plan for"),
            CliValidators::gpu(c.gpus, { QStringLiteral("auto"), QStringLiteral("none") }), QStringLiteral("auto"),
            {} },
        { QStringLiteral("gpus"), QStringLiteral("N"), CliTr::tr("how many of those GPUs"), CliValidators::count(1, 64),
            {}, CliTr::tr("all detected, or one catalog device") },
        { QStringLiteral("vram"), QStringLiteral("GIB"),
            CliTr::tr("memory per GPU, overriding what was detected or what the catalog says"), CliValidators::gib(),
            {}, {} },
        { QStringLiteral("ram"), QStringLiteral("GIB"), CliTr::tr("system memory, overriding what was detected"),
            CliValidators::gib(), {}, {} },
        { QStringLiteral("nodes"), QStringLiteral("N"),
            CliTr::tr("machines of that kind, for vLLM / SGLang pipeline parallelism"), CliValidators::count(1, 1024),
            QVariant::fromValue<qint64>(1), {} },
    };
}

QList<CliOption> report()
{
    QStringList formats { QStringLiteral("text") };
    formats << reportFormatIds();
    return {
        { QStringLiteral("format"), QStringLiteral("FORMAT"),
            CliTr::tr("what to print: text for people, markdown (a document with tables), csv (one row per figure) or "
                      "json (as --json)"),
            CliValidators::choice(formats), {}, CliTr::tr("text, or what --output's file name ends in") },
        { QStringLiteral("output"), QStringLiteral("FILE"),
            CliTr::tr("write to FILE instead of the terminal; the file is replaced only when it was written whole"),
            CliValidators::text(), {}, {} },
    };
}

} // namespace CliOptions

std::optional<ReportRequest> reportRequest(const CliArgs& args, QString* error)
{
    ReportRequest r;
    r.output = args.text(QStringLiteral("output"));
    const QString format = args.text(QStringLiteral("format"));
    if (args.flag(QStringLiteral("json")))
        r.format = ReportFormat::Json;
    else if (!format.isEmpty() && format != QLatin1String("text"))
        r.format = reportFormatFromId(format);
    else if (format.isEmpty() && !r.output.isEmpty()) {
        r.format = reportFormatFromPath(r.output);
        const QString suffix = QFileInfo(r.output).suffix().toLower();
        if (!r.format && suffix != QLatin1String("txt") && !suffix.isEmpty()) {
            *error = CliTr::tr("--output %1: the name does not say which format to write (.md, .csv, .json or .txt); "
                               "give --format")
                         .arg(r.output);
            return std::nullopt;
        }
    }
    return r;
}

int deliverReport(
    const ReportRequest& request, const QByteArray& bytes, QTextStream& out, QTextStream& err, const QString& command)
{
    if (request.output.isEmpty()) {
        out << QString::fromUtf8(bytes);
        return 0;
    }
    QString why;
    if (!writeReportFile(request.output, bytes, &why)) {
        err << command << ": " << why << '\n';
        return 1;
    }
    return 0;
}

void printJson(QTextStream& out, const QJsonValue& value)
{
    const QJsonDocument doc = value.isArray() ? QJsonDocument(value.toArray()) : QJsonDocument(value.toObject());
    out << doc.toJson(QJsonDocument::Indented);
}

int printJsonOrText(
    const CliArgs& args, QTextStream& out, const std::function<QJsonValue()>& json, const std::function<void()>& text)
{
    if (args.flag(QStringLiteral("json")))
        printJson(out, json());
    else
        text();
    return 0;
}

QString cliAlternatives(const QStringList& items)
{
    if (items.size() < 2)
        return items.join(QString());
    return CliTr::tr("%1 or %2").arg(items.mid(0, items.size() - 1).join(QStringLiteral(", ")), items.last());
}
