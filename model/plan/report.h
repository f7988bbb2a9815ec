// SPDX-FileCopyrightText: 2026 The FitPlanner authors
// SPDX-License-Identifier: MIT

#pragma once

#include "enginerules.h"
#include "fitplan.h"
#include "memoryestimate.h"
#include "modelspec.h"

#include <optional>

#include <QByteArray>
#include <QString>
#include <QStringList>

namespace Planner {

// The file formats an estimate (and its plan) can be exported in: the window's File > Export report and the
// command line's --format / --output write the same bytes.
enum class ReportFormat
{
    Markdown, // a document for people: tables of the memory and the placement, the command, the notes
    Csv, // one row per figure, byte counts as integers, for spreadsheets
    Json, // estimateToJson, with the plan under "plan" when there is one
};

// "markdown" (or "md"), "csv", "json"; nullopt for anything else.
std::optional<ReportFormat> reportFormatFromId(const QString& id);
// The format a file name's suffix asks for (.md / .markdown, .csv, .json); nullopt for other suffixes.
std::optional<ReportFormat> reportFormatFromPath(const QString& path);
QString reportFormatId(ReportFormat format);
QStringList reportFormatIds();

// What a report is made of: the model, its estimate, and its plan on the hardware in use when there is one.
struct ReportInput
{
    const ModelSpec& model;
    const MemoryEstimate& estimate;
    const FitPlan* plan = nullptr;
};

QByteArray renderReport(const ReportInput& input, ReportFormat format);

// One component of `estimate` in Markdown, for the window's "How is this computed?" view: its figure (exact, or
// with its measured band), the arithmetic, and where the engine's source decides it. Empty when the estimate has
// no such component (a recurrent state for an attention-only model).
QString componentMarkdown(const MemoryEstimate& estimate, MemoryPart part);
// The parts `estimate` has (a recurrent state only for models with recurrent layers), with their translated names,
// in the report's order: what componentMarkdown explains.
QList<std::pair<MemoryPart, QString>> reportParts(const MemoryEstimate& estimate);

// A Markdown table cell (pipes escaped, line breaks folded), for other reports written in Markdown.
QString markdownCell(QString text);

// The CSV every report is written in: a header, then one row per figure with the columns section, item, value,
// low, high, unit and detail (RFC 4180 quoting; byte counts as integers).
class ReportCsv
{
public:
    ReportCsv();
    void row(const QString& section, const QString& item, const QString& value, const QString& low, const QString& high,
        const QString& unit, const QString& detail);
    // A byte figure with its band (unit "bytes").
    void bytes(
        const QString& section, const QString& item, qint64 bytes, qint64 low, qint64 high, const QString& detail = {});
    QByteArray data() const { return m_text.toUtf8(); }

private:
    QString m_text;
};

// Writes `bytes` to `path` all at once: the file is replaced only when every byte was written (QSaveFile), so
// an error never leaves a half-written file. False with a message naming the file and the reason.
bool writeReportFile(const QString& path, const QByteArray& bytes, QString* error);

} // namespace Planner
