// SPDX-FileCopyrightText: 2026 The FitPlanner authors
// SPDX-License-Identifier: MIT

#pragma once

#include "catalogs.h"
#include "report.h"

#include <functional>
#include <optional>

#include <QHash>
#include <QJsonValue>
#include <QList>
#include <QSet>
#include <QString>
#include <QStringList>
#include <QTextStream>
#include <QVariant>

// How one option's value is checked and typed; shared by every command that takes such a value.
struct CliValidator
{
    // The typed value of `value` given to `--option`, or nullopt with `*error` naming the option, the value and
    // the reason.
    std::function<std::optional<QVariant>(const QString& option, const QString& value, QString* error)> parse;
    // A typed value as the help shows it (a default).
    std::function<QString(const QVariant& value)> format;
    // What the option accepts, for the help ("1 to 65536, k = x1024"); empty when the description says it.
    QString accepted;
    // Values of other options that `value` also gives, used when those options are not given themselves (an
    // Ollama tag such as qwen2.5:32b-instruct-q4_K_M names the quantization: {"quant", "Q4_K_M"}); may be empty.
    std::function<QHash<QString, QString>(const QString& value)> implies = {};
};

// The validators the commands share.
namespace CliValidators {
// Any text (a path, a type id the computation checks later); typed QString.
CliValidator text();
// A whole number in [min, max] with an optional k (x1024) suffix: 32k = 32768; typed qint64. `tokens` words the
// reason as a number of tokens.
CliValidator count(qint64 min, qint64 max, bool tokens = false);
// As count(), or the word `keyword` (any case), typed as the QString keyword.
CliValidator countOr(qint64 min, qint64 max, const QString& keyword, bool tokens = false);
// A positive decimal number of GiB ("24", "23.5"), typed as bytes (qint64).
CliValidator gib();
// A fraction above 0 and at most 1; typed double.
CliValidator fraction();
// A decimal number in [min, max], typed double; or the word `keyword` (any case, if not empty), typed as the QString.
CliValidator number(double min, double max, const QString& keyword = {});
// One of `values` (any case); typed as the value as spelled in `values`.
CliValidator choice(const QStringList& values);
// on or off; typed bool.
CliValidator onOff();
// An inference engine id or alias (Planner::engineFromId); typed as its id (Planner::engineId).
CliValidator engine();
// A program that runs the plan (Planner::frontendFromId); typed as its id (Planner::frontendId).
CliValidator frontend();
// A model of the catalog by id, name, Hugging Face repository or Ollama tag (NameMatcher), typed as its id. With
// `quants`, a name that carries a quantization (qwen2.5:32b-instruct-q4_K_M) implies --quant.
CliValidator model(const Planner::ModelCatalog& models, const Planner::QuantCatalog* quants = nullptr);
// A quantization recipe of the catalog, typed as its id; `keyword` (if not empty) is accepted as itself.
CliValidator recipe(const Planner::QuantCatalog& quants, const QString& keyword = {});
// A GPU of the catalog by id or name, typed as its id; `keywords` are accepted as themselves.
CliValidator gpu(const Planner::GpuCatalog& gpus, const QStringList& keywords = {});
} // namespace CliValidators

// One option of a command: "--name VALUE" (or "--name=VALUE"), or a flag "--name" when valueName is empty.
struct CliOption
{
    QString name;
    QString valueName; // empty: a flag
    QString description;
    CliValidator validator; // valued options only
    QVariant defaultValue; // typed as the validator's values; the value when the option is absent (null: none)
    QString defaultNote; // a default that depends on other options, as the help words it

    bool isFlag() const { return valueName.isEmpty(); }
    // What the help shows as the default: defaultNote, else the formatted defaultValue, else empty.
    QString defaultText() const;
};

// What a command line gave a command: the typed values (defaults filled in), the flags and the positional argument.
class CliArgs
{
public:
    bool isHelp() const { return m_help; }
    // Whether the option was given (a default does not count).
    bool isSet(const QString& name) const { return m_set.contains(name); }
    bool flag(const QString& name) const { return m_set.contains(name); }
    // The typed value, or the declared default, or a null QVariant.
    QVariant value(const QString& name) const { return m_values.value(name); }
    QString text(const QString& name) const { return value(name).toString(); }
    std::optional<qint64> count(const QString& name) const;
    std::optional<qint64> bytes(const QString& name) const { return count(name); }
    std::optional<double> number(const QString& name) const;
    QString positional() const { return m_positional; }

private:
    friend struct CliCommand;
    bool m_help = false;
    QSet<QString> m_set;
    QHash<QString, QVariant> m_values;
    QString m_positional;
};

// A command of the CLI: its options, declared once; the parser, the error messages and the help come from them.
struct CliCommand
{
    QString name; // "estimate"; the screenshot mode is "--screenshot"
    QString summary; // one line for `fitplanner --help`
    QString positionalName; // "PATH"; empty: the command takes none
    QString positionalDescription;
    QString positionalMissing; // the error when the positional argument is missing
    QStringList exactlyOneOf; // options of which exactly one must be given
    QList<CliOption> options;
    std::function<int(const CliArgs&, const Catalogs&, QTextStream& out, QTextStream& err)> run;

    const CliOption* option(const QString& optionName) const;
    // The parsed arguments (after the command's name), or nullopt with `*error` saying what is wrong.
    std::optional<CliArgs> parse(const QStringList& args, QString* error) const;
    // `fitplanner <name> --help`.
    QString helpText() const;
    // "fitplanner estimate" or "fitplanner --screenshot".
    QString invocation() const;
};

// Options several commands share, so they read and check the same everywhere.
namespace CliOptions {
CliOption json(const QString& description);
CliOption model(const Catalogs& c);
CliOption config();
CliOption context(); // estimate's and plan's default: Scenario::defaultContext of the model
CliOption batch();
CliOption kvType(const QVariant& defaultValue, const QString& defaultNote = {});
CliOption gpuUtil();
QList<CliOption> hardware(const Catalogs& c); // --gpu, --gpus, --vram, --ram, --nodes
QList<CliOption> report(); // --format, --output (estimate and plan)
} // namespace CliOptions

// What --format / --output (and --json) ask for: the format (nullopt: the text for people) and the file to
// write instead of stdout.
struct ReportRequest
{
    std::optional<Planner::ReportFormat> format;
    QString output;
    bool json() const { return format == Planner::ReportFormat::Json; }
};
// The request, or nullopt with `*error` when --output's suffix says no format and --format is not given.
std::optional<ReportRequest> reportRequest(const CliArgs& args, QString* error);
// Prints `bytes` on `out`, or writes them to the request's file all at once (no half-written file); returns the
// exit status (1 when the file cannot be written, with the reason on `err`).
int deliverReport(
    const ReportRequest& request, const QByteArray& bytes, QTextStream& out, QTextStream& err, const QString& command);

// An object or array as indented JSON.
void printJson(QTextStream& out, const QJsonValue& value);

// With --json prints json(), else runs text(); returns 0 (models, quants, gpus, hardware).
int printJsonOrText(
    const CliArgs& args, QTextStream& out, const std::function<QJsonValue()>& json, const std::function<void()>& text);

// "a, b or c" with the translated conjunction.
QString cliAlternatives(const QStringList& items);
