// SPDX-FileCopyrightText: 2026 The FitPlanner authors
// SPDX-License-Identifier: MIT

#include "report.h"

#include "engineregistry.h"
#include "planjson.h"
#include "reportjson.h"
#include "units.h"

#include <algorithm>

#include <QCoreApplication>
#include <QFileInfo>
#include <QJsonDocument>
#include <QSaveFile>

namespace Planner {

namespace {

// A CSV field (RFC 4180): quoted when it holds a comma, a quote or a line break.
QString csvField(const QString& text)
{
    if (!text.contains(u',') && !text.contains(u'"') && !text.contains(u'\n') && !text.contains(u'\r'))
        return text;
    QString quoted = text;
    quoted.replace(u'"', QStringLiteral("\"\""));
    return u'"' + quoted + u'"';
}

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Planner::Report)
};

QString modelTitle(const ReportInput& in)
{
    return in.model.name.isEmpty() ? (in.model.id.isEmpty() ? in.model.modelType : in.model.id) : in.model.name;
}

struct ComponentRow
{
    QString id; // stable key for CSV
    QString label;
    const MemoryComponent* component;
    MemoryPart part;
};

QList<ComponentRow> componentRows(const MemoryEstimate& e)
{
    QList<ComponentRow> rows { { QStringLiteral("weights"), Tr::tr("Weights"), &e.weights, MemoryPart::Weights },
        { QStringLiteral("kv_cache"), Tr::tr("KV cache"), &e.kvCache, MemoryPart::KvCache } };
    if (e.recurrentState.bytes > 0)
        rows << ComponentRow { QStringLiteral("recurrent_state"), Tr::tr("Recurrent state"), &e.recurrentState,
            MemoryPart::RecurrentState };
    rows << ComponentRow { QStringLiteral("activations"), Tr::tr("Activations"), &e.activations,
        MemoryPart::Activations }
         << ComponentRow { QStringLiteral("overhead"), Tr::tr("Overhead"), &e.overhead, MemoryPart::Overhead };
    return rows;
}

QString rangeText(qint64 low, qint64 high)
{
    return low == high ? QString() : Tr::tr("%1 to %2").arg(formatBytes(low), formatBytes(high));
}

void markdownSources(QString& md, const MemoryEstimate& e)
{
    const EngineRules& rules = engineRules(e.engine);
    md += QStringLiteral("\n## ") + Tr::tr("Where %1 decides each figure").arg(rules.displayName())
        + QStringLiteral("\n\n") + Tr::tr("Read from the source of %1:").arg(rules.version()) + QStringLiteral("\n\n");
    for (const ComponentRow& r : componentRows(e))
        md += QStringLiteral("- **%1**: %2\n").arg(r.label, markdownCell(rules.ruleSource(r.part)));
}

void markdownMemory(QString& md, const MemoryEstimate& e)
{
    md += QStringLiteral("\n## ") + Tr::tr("Memory") + QStringLiteral("\n\n");
    md += QStringLiteral("| ") + Tr::tr("Component") + QStringLiteral(" | ") + Tr::tr("Estimate")
        + QStringLiteral(" | ") + Tr::tr("Range") + QStringLiteral(" | ") + Tr::tr("How it is computed")
        + QStringLiteral(" |\n|---|---:|---|---|\n");
    for (const ComponentRow& r : componentRows(e))
        md += QStringLiteral("| %1 | %2 | %3 | %4 |\n")
                  .arg(r.label, formatBytes(r.component->bytes), rangeText(r.component->low, r.component->high),
                      markdownCell(r.component->explanation));
    md += QStringLiteral("| **%1** | **%2** | %3 | |\n")
              .arg(Tr::tr("Total"), formatBytes(e.total), rangeText(e.totalLow, e.totalHigh));
}

void markdownPlan(QString& md, const ReportInput& in)
{
    const FitPlan& p = *in.plan;
    md += QStringLiteral("\n## ") + Tr::tr("Placement") + QStringLiteral("\n\n");
    md += QStringLiteral("**") + planVerdictText(p) + QStringLiteral("**\n\n");
    md += QStringLiteral("| ") + Tr::tr("Device") + QStringLiteral(" | ") + Tr::tr("Used") + QStringLiteral(" | ")
        + Tr::tr("Capacity") + QStringLiteral(" | ") + Tr::tr("Weights") + QStringLiteral(" | ") + Tr::tr("KV cache")
        + QStringLiteral(" | ") + Tr::tr("Compute") + QStringLiteral(" | ") + Tr::tr("Other")
        + QStringLiteral(" |\n|---|---:|---:|---:|---:|---:|---:|\n");
    for (const DevicePlacement& d : p.devices)
        md += QStringLiteral("| %1 | %2 | %3 | %4 | %5 | %6 | %7 |\n")
                  .arg(markdownCell(d.name), formatBytes(d.used()), formatBytes(d.capacity), formatBytes(d.weights),
                      formatBytes(d.kvCache), formatBytes(d.compute), formatBytes(d.overhead));
    if (p.tokensPerSecond > 0)
        md += QStringLiteral("\n")
            + Tr::tr("Speed: about %1 tokens/s decode, %2 s to prefill %3 tokens.")
                  .arg(p.tokensPerSecond, 0, 'f', 1)
                  .arg(p.prefillSeconds, 0, 'f', 2)
                  .arg(p.promptTokens)
            + QStringLiteral("\n");
    if (!p.command.isEmpty())
        md += QStringLiteral("\n") + Tr::tr("Command:") + QStringLiteral("\n\n```sh\n") + p.command
            + QStringLiteral("\n```\n");
}

QByteArray markdown(const ReportInput& in)
{
    const MemoryEstimate& e = in.estimate;
    QString md = QStringLiteral("# ") + markdownCell(modelTitle(in)) + QStringLiteral("\n\n");
    md += Tr::tr("%1 (%2 bits per weight), %3, context %4 tokens x %5 sequence(s), KV cache %6.")
              .arg(e.recipeId)
              .arg(e.bitsPerWeight, 0, 'f', 2)
              .arg(engineRules(e.engine).displayName())
              .arg(e.context)
              .arg(e.batch)
              .arg(e.kvType)
        + QStringLiteral("\n");
    md += Tr::tr("Parameters: %1 total, %2 active. Engine rules: %3.")
              .arg(formatCount(e.params.total), formatCount(e.params.active), engineRules(e.engine).version())
        + QStringLiteral("\n");
    markdownMemory(md, e);
    markdownSources(md, e);
    if (in.plan)
        markdownPlan(md, in);
    QStringList notes = e.notes;
    if (in.plan)
        notes << in.plan->notes;
    if (!notes.isEmpty()) {
        md += QStringLiteral("\n## ") + Tr::tr("Notes") + QStringLiteral("\n\n");
        for (const QString& n : notes)
            md += QStringLiteral("- ") + markdownCell(n) + QStringLiteral("\n");
    }
    md += QStringLiteral("\n") + Tr::tr("Made by FitPlanner %1.").arg(QCoreApplication::applicationVersion())
        + QStringLiteral("\n");
    return md.toUtf8();
}

QByteArray csv(const ReportInput& in)
{
    const MemoryEstimate& e = in.estimate;
    ReportCsv out;
    const QString scenario = QStringLiteral("%1 | %2 | %3 | context %4 x %5 | KV %6")
                                 .arg(modelTitle(in), e.recipeId, engineId(e.engine))
                                 .arg(e.context)
                                 .arg(e.batch)
                                 .arg(e.kvType);
    for (const ComponentRow& r : componentRows(e))
        out.bytes(QStringLiteral("memory"), r.id, r.component->bytes, r.component->low, r.component->high,
            r.component->explanation);
    out.bytes(QStringLiteral("memory"), QStringLiteral("total"), e.total, e.totalLow, e.totalHigh, scenario);
    if (!in.plan)
        return out.data();
    const FitPlan& p = *in.plan;
    out.row(QStringLiteral("plan"), QStringLiteral("verdict"), verdictId(p.verdict), {}, {}, {}, planVerdictText(p));
    out.bytes(
        QStringLiteral("plan"), QStringLiteral("headroom"), p.headroomBytes, p.headroomBytes, p.headroomBytes, {});
    for (const DevicePlacement& d : p.devices) {
        const QString section = QStringLiteral("device %1 (%2)").arg(&d - p.devices.constData() + 1).arg(d.name);
        const std::pair<const char*, qint64> figures[] = { { "capacity", d.capacity }, { "used", d.used() },
            { "weights", d.weights }, { "kv_cache", d.kvCache }, { "compute", d.compute }, { "other", d.overhead } };
        for (const auto& [item, bytes] : figures)
            out.bytes(section, QLatin1String(item), bytes, bytes, bytes, {});
    }
    if (p.tokensPerSecond > 0) {
        const QString decode = QString::number(p.tokensPerSecond, 'f', 2);
        out.row(QStringLiteral("speed"), QStringLiteral("decode"), decode, decode, decode, QStringLiteral("tokens/s"),
            p.decodeBound);
        const QString prefill = QString::number(p.prefillSeconds, 'f', 3);
        out.row(QStringLiteral("speed"), QStringLiteral("prefill"), prefill, prefill, prefill, QStringLiteral("s"),
            QStringLiteral("%1 tokens; %2").arg(p.promptTokens).arg(p.prefillBound));
    }
    if (!p.command.isEmpty())
        out.row(QStringLiteral("plan"), QStringLiteral("command"), {}, {}, {}, {}, p.command);
    return out.data();
}

QByteArray json(const ReportInput& in)
{
    QJsonObject o = estimateToJson(in.estimate, in.model, true);
    if (in.plan)
        o.insert(QStringLiteral("plan"), planToJson(*in.plan, false));
    return QJsonDocument(o).toJson(QJsonDocument::Indented);
}

} // namespace

// A Markdown table cell: pipes escaped, line breaks folded, so a cell never breaks the table.
QString markdownCell(QString text)
{
    text.replace(u'\\', QStringLiteral("\\\\"));
    text.replace(u'|', QStringLiteral("\\|"));
    text.replace(u'\r', u' ');
    text.replace(u'\n', u' ');
    return text;
}

ReportCsv::ReportCsv()
    : m_text(QStringLiteral("section,item,value,low,high,unit,detail\n"))
{ }

void ReportCsv::row(const QString& section, const QString& item, const QString& value, const QString& low,
    const QString& high, const QString& unit, const QString& detail)
{
    m_text += QStringList { csvField(section), csvField(item), value, low, high, unit, csvField(detail) }.join(u',')
        + u'\n';
}

void ReportCsv::bytes(
    const QString& section, const QString& item, qint64 bytes, qint64 low, qint64 high, const QString& detail)
{
    row(section, item, QString::number(bytes), QString::number(low), QString::number(high), QStringLiteral("bytes"),
        detail);
}

std::optional<ReportFormat> reportFormatFromId(const QString& id)
{
    const QString lower = id.trimmed().toLower();
    if (lower == QLatin1String("markdown") || lower == QLatin1String("md"))
        return ReportFormat::Markdown;
    if (lower == QLatin1String("csv"))
        return ReportFormat::Csv;
    if (lower == QLatin1String("json"))
        return ReportFormat::Json;
    return std::nullopt;
}

std::optional<ReportFormat> reportFormatFromPath(const QString& path)
{
    const QString suffix = QFileInfo(path).suffix();
    return reportFormatFromId(suffix);
}

QString reportFormatId(ReportFormat format)
{
    switch (format) {
    case ReportFormat::Markdown:
        return QStringLiteral("markdown");
    case ReportFormat::Csv:
        return QStringLiteral("csv");
    case ReportFormat::Json:
        return QStringLiteral("json");
    }
    return QString();
}

QStringList reportFormatIds()
{
    return { QStringLiteral("markdown"), QStringLiteral("csv"), QStringLiteral("json") };
}

QList<std::pair<MemoryPart, QString>> reportParts(const MemoryEstimate& estimate)
{
    QList<std::pair<MemoryPart, QString>> parts;
    for (const ComponentRow& r : componentRows(estimate))
        parts.append({ r.part, r.label });
    return parts;
}

QString componentMarkdown(const MemoryEstimate& estimate, MemoryPart part)
{
    const QList<ComponentRow> rows = componentRows(estimate);
    const auto row = std::find_if(rows.begin(), rows.end(), [part](const ComponentRow& r) { return r.part == part; });
    if (row == rows.end())
        return {};
    const EngineRules& rules = engineRules(estimate.engine);
    const MemoryComponent& c = *row->component;
    QString md = QStringLiteral("## ") + row->label + QStringLiteral("\n\n");
    md += QStringLiteral("**") + formatBytes(c.bytes) + QStringLiteral("**");
    if (!c.isExact())
        md += QStringLiteral(" ") + Tr::tr("(range: %1)").arg(rangeText(c.low, c.high));
    else
        md += QStringLiteral(" ") + Tr::tr("(exact)");
    md += QStringLiteral("\n\n### ") + Tr::tr("How it is computed") + QStringLiteral("\n\n") + c.explanation
        + QStringLiteral("\n\n### ") + Tr::tr("The engine's rule in its source") + QStringLiteral("\n\n")
        + rules.version() + QStringLiteral(": ") + rules.ruleSource(part) + QStringLiteral("\n");
    return md;
}

QByteArray renderReport(const ReportInput& input, ReportFormat format)
{
    switch (format) {
    case ReportFormat::Markdown:
        return markdown(input);
    case ReportFormat::Csv:
        return csv(input);
    case ReportFormat::Json:
        return json(input);
    }
    return QByteArray();
}

bool writeReportFile(const QString& path, const QByteArray& bytes, QString* error)
{
    QSaveFile f(path);
    if (!f.open(QIODevice::WriteOnly)) {
        if (error)
            *error = Tr::tr("%1: cannot be written: %2").arg(path, f.errorString());
        return false;
    }
    if (f.write(bytes) != bytes.size() || !f.commit()) {
        if (error)
            *error = Tr::tr("%1: cannot be written: %2").arg(path, f.errorString());
        f.cancelWriting();
        return false;
    }
    return true;
}

} // namespace Planner
