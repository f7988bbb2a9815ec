// SPDX-FileCopyrightText: 2026 The FitPlanner authors
// SPDX-License-Identifier: MIT

#pragma once

// The parts every section of the accuracy harness shares: reading committed data, relative errors, the
// tolerance check and the per-engine summary table.

#include "memoryestimator.h"
#include "modelspec.h"

#include <optional>
#include <utility>

#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>
#include <QTextStream>

namespace Accuracy {

// The file's bytes; exits with status 2 and a message naming the file when it cannot be read.
QByteArray readFile(const QString& path);
// RFC 4180 fields: quoted fields may hold commas and doubled quotes. Empty lines are skipped.
QList<QStringList> parseCsv(const QString& text);
// A CSV whose first row is its header, with access to a row's field by column name.
struct CsvTable
{
    QStringList header;
    QList<QStringList> rows; // only rows with as many fields as the header
    qsizetype column(const char* name) const { return header.indexOf(QLatin1String(name)); }
    QString field(const QStringList& row, const char* name) const;
};
CsvTable readCsv(const QString& path);

QString pct(double v);
QString pctOpt(std::optional<double> v);
double relativeError(double estimate, double measured);
double medianAbs(QList<double> v);
double worstAbs(const QList<double>& v);
// The model a config.json describes; nullopt with the reasons on stderr.
std::optional<Planner::ModelSpec> specFrom(const QJsonObject& config, const QString& name);

// One line of the per-engine summary: the errors of one component of one engine's estimates.
struct SummaryLine
{
    QString engine;
    QString component;
    QList<double> errors;
    QString source; // where the measurements come from
};

// What every section is given and reports into.
struct Harness
{
    Harness(const Planner::MemoryEstimator& estimator_, QString dataDir_, QString sourceDir_, bool check_,
        QTextStream& out_, QStringList arguments_)
        : estimator(estimator_)
        , dataDir(std::move(dataDir_))
        , sourceDir(std::move(sourceDir_))
        , check(check_)
        , out(out_)
        , arguments(std::move(arguments_))
    { }

    const Planner::MemoryEstimator& estimator;
    QString dataDir; // tests/data
    QString sourceDir; // the repository
    bool check = false;
    QTextStream& out;
    QStringList arguments; // the command line, for a section's own options
    int failures = 0;
    QList<SummaryLine> summary;

    // The value after `name` on the command line, or `fallback`.
    QString option(const QString& name, const QString& fallback) const;
    // Counts a failure (and says so on stderr) when |err| is over limit.
    void tolerance(const QString& what, double err, double limit, const QString& row);
    void fail(const QString& message);
    void summarize(const QString& engine, const QString& component, const QList<double>& errors, const QString& source);
    void printSummary() const;
};

} // namespace Accuracy
