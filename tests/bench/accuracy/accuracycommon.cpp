// SPDX-FileCopyrightText: 2026 The FitPlanner authors
// SPDX-License-Identifier: MIT

#include "accuracycommon.h"

#include "hfconfig.h"
#include "parseerror.h"

#include <algorithm>
#include <cmath>
#include <cstdlib>

#include <QFile>
#include <QJsonDocument>

using namespace Planner;

namespace Accuracy {

QByteArray readFile(const QString& path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly)) {
        QTextStream(stderr) << "fitplanner_accuracy: cannot read " << path << ": " << f.errorString() << '\n';
        std::exit(2);
    }
    return f.readAll();
}

QList<QStringList> parseCsv(const QString& text)
{
    QList<QStringList> rows;
    QStringList row;
    QString field;
    bool quoted = false;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text[i];
        if (quoted) {
            if (c == u'"' && i + 1 < text.size() && text[i + 1] == u'"') {
                field += u'"';
                ++i;
            } else if (c == u'"') {
                quoted = false;
            } else {
                field += c;
            }
        } else if (c == u'"') {
            quoted = true;
        } else if (c == u',') {
            row << field;
            field.clear();
        } else if (c == u'\n') {
            row << field;
            field.clear();
            if (!(row.size() == 1 && row[0].isEmpty()))
                rows << row;
            row.clear();
        } else if (c != u'\r') {
            field += c;
        }
    }
    if (!field.isEmpty() || !row.isEmpty()) {
        row << field;
        rows << row;
    }
    return rows;
}

QString CsvTable::field(const QStringList& row, const char* name) const
{
    const qsizetype c = column(name);
    return c >= 0 && c < row.size() ? row[c] : QString();
}

CsvTable readCsv(const QString& path)
{
    CsvTable t;
    const QList<QStringList> rows = parseCsv(QString::fromUtf8(readFile(path)));
    if (rows.isEmpty())
        return t;
    t.header = rows.first();
    for (qsizetype i = 1; i < rows.size(); ++i)
        if (rows[i].size() == t.header.size())
            t.rows << rows[i];
    return t;
}

QString pct(double v)
{
    return QStringLiteral("%1%2%").arg(v >= 0 ? QStringLiteral("+") : QString()).arg(v * 100.0, 0, 'f', 2);
}

QString pctOpt(std::optional<double> v)
{
    return v ? pct(*v) : QStringLiteral("n/a");
}

double relativeError(double estimate, double measured)
{
    return (estimate - measured) / measured;
}

double medianAbs(QList<double> v)
{
    if (v.isEmpty())
        return 0;
    for (double& x : v)
        x = std::fabs(x);
    std::sort(v.begin(), v.end());
    return v.size() % 2 ? v[v.size() / 2] : (v[v.size() / 2 - 1] + v[v.size() / 2]) / 2;
}

double worstAbs(const QList<double>& v)
{
    double w = 0;
    for (double x : v)
        w = std::max(w, std::fabs(x));
    return w;
}

std::optional<ModelSpec> specFrom(const QJsonObject& config, const QString& name)
{
    QList<ParseError> errors;
    auto spec = parseHfConfig(QJsonDocument(config).toJson(), name, &errors);
    if (!spec)
        QTextStream(stderr) << messages(errors).join(u'\n') << '\n';
    return spec;
}

QString Harness::option(const QString& name, const QString& fallback) const
{
    const qsizetype i = arguments.indexOf(name);
    return i >= 0 && i + 1 < arguments.size() ? arguments[i + 1] : fallback;
}

void Harness::tolerance(const QString& what, double err, double limit, const QString& row)
{
    if (std::fabs(err) > limit)
        fail(QStringLiteral("FAIL %1: %2 off by %3 (limit %4%)").arg(row, what, pct(err)).arg(limit * 100));
}

void Harness::fail(const QString& message)
{
    ++failures;
    QTextStream(stderr) << message << '\n';
}

void Harness::summarize(
    const QString& engine, const QString& component, const QList<double>& errors, const QString& source)
{
    if (!errors.isEmpty())
        summary << SummaryLine { engine, component, errors, source };
}

void Harness::printSummary() const
{
    out << "### Per engine and component\n\n"
        << "| engine | component | cases | median \\|error\\| | worst \\|error\\| | measured on |\n"
        << "|---|---|---|---|---|---|\n";
    for (const SummaryLine& l : summary)
        out << "| " << l.engine << " | " << l.component << " | " << l.errors.size() << " | "
            << pct(medianAbs(l.errors)).mid(1) << " | " << pct(worstAbs(l.errors)).mid(1) << " | " << l.source
            << " |\n";
    out << '\n';
}

} // namespace Accuracy
