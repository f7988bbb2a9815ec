// SPDX-FileCopyrightText: 2026 The FitPlanner authors
// SPDX-License-Identifier: MIT

#pragma once

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

// A Markdown table cell (pipes escaped, line breaks folded) and a CSV field (RFC 4180 quoting), for other
// reports written in the same formats.
QString markdownCell(QString text);
QString csvField(const QString& text);

// Writes `bytes` to `path` all at once: the file is replaced only when every byte was written (QSaveFile), so
// an error never leaves a half-written file. False with a message naming the file and the reason.
bool writeReportFile(const QString& path, const QByteArray& bytes, QString* error);

} // namespace Planner
