// SPDX-FileCopyrightText: 2026 The FitPlanner authors
// SPDX-License-Identifier: MIT

#include "recommendationmodel.h"

#include "fitverdict.h"

#include <QLocale>

namespace Planner {

RecommendationModel::RecommendationModel(QObject* parent)
    : QAbstractTableModel(parent)
{ }

void RecommendationModel::setRecommendations(const QList<Recommendation>& rows)
{
    beginResetModel();
    m_rows = rows;
    endResetModel();
}

int RecommendationModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int RecommendationModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString RecommendationModel::verdictCell(const FitPlan& plan)
{
    switch (plan.verdict) {
    case Verdict::Gpu:
        return planStatus(plan) == FitStatus::Tight ? tr("Tight on GPU") : tr("Fits on GPU");
    case Verdict::Offload:
        return tr("CPU offload (%1 of %2 layers on GPU)").arg(plan.gpuLayers).arg(plan.totalLayers);
    case Verdict::Cpu:
        return tr("CPU only");
    case Verdict::None:
        break;
    }
    return tr("Does not fit");
}

QString RecommendationModel::optionsCell(const QList<PlanAlternative>& alternatives)
{
    QStringList lines;
    for (const PlanAlternative& a : alternatives) {
        const QString what = a.kind == PlanAlternative::Kind::KvCache
            ? tr("KV cache %1").arg(a.plan.kvType)
            : tr("%1 tokens").arg(QLocale().toString(a.plan.context));
        const QString speed = a.plan.tokensPerSecond >= 0
            ? tr("%1 tokens/s").arg(QLocale().toString(a.plan.tokensPerSecond, 'f', 1))
            : tr("speed unknown");
        lines << tr("%1: %2, %3, %4").arg(what, a.plan.recipeId, verdictCell(a.plan), speed);
    }
    return lines.join(QLatin1Char('\n'));
}

QVariant RecommendationModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Recommendation& r = m_rows.at(index.row());
    if (role == Roles::IdRole)
        return r.modelId;
    const bool fits = r.fits;
    switch (index.column()) {
    case ModelColumn:
        if (role == Qt::DisplayRole || role == Roles::SortRole)
            return r.modelName;
        break;
    case QuantColumn:
        if (role == Qt::DisplayRole)
            return fits ? r.recipeId : QString();
        if (role == Roles::SortRole)
            return fits ? r.plan.estimate.weights.bytes : qint64(-1);
        break;
    case ContextColumn:
        if (role == Qt::DisplayRole)
            return fits && r.maxContext > 0 ? QLocale().toString(r.maxContext) : QString();
        if (role == Roles::SortRole)
            return fits ? r.maxContext : qint64(-1);
        if (role == Qt::TextAlignmentRole)
            return int(Qt::AlignRight | Qt::AlignVCenter);
        break;
    case SpeedColumn:
        if (role == Qt::DisplayRole)
            return !fits                      ? QString()
                : r.plan.tokensPerSecond >= 0 ? QLocale().toString(r.plan.tokensPerSecond, 'f', 1)
                                              : tr("unknown");
        if (role == Qt::ToolTipRole && fits && r.plan.tokensPerSecond < 0)
            return tr("The GPU's memory bandwidth is not known: choose it in the hardware panel's what-if mode.");
        if (role == Roles::SortRole)
            return fits ? r.plan.tokensPerSecond : -1.0;
        if (role == Qt::TextAlignmentRole)
            return int(Qt::AlignRight | Qt::AlignVCenter);
        break;
    case VerdictColumn:
        if (role == Qt::DisplayRole)
            return verdictCell(r.plan);
        if (role == Roles::SortRole)
            return fits ? 3 - int(r.plan.verdict) : -1; // Gpu 3, Offload 2, Cpu 1, None -1
        if (role == Qt::ToolTipRole)
            return r.plan.notes.join(QLatin1Char('\n'));
        break;
    case QualityColumn:
        if (role == Qt::DisplayRole)
            return !fits ? QString() : r.kld ? QLocale().toString(*r.kld, 'g', 3) : tr("unknown");
        if (role == Roles::SortRole)
            return fits && r.kld ? *r.kld : 1.0e9; // unknown sorts last in ascending order
        if (role == Qt::ToolTipRole && fits)
            return tr("Mean KL divergence of the next-token distribution against the 16-bit model, as published for "
                      "this quantization (0: no loss; lower is better)");
        if (role == Qt::TextAlignmentRole)
            return int(Qt::AlignRight | Qt::AlignVCenter);
        break;
    case OptionsColumn: {
        const QString text = optionsCell(r.alternatives);
        if (role == Qt::DisplayRole)
            return text.section(QLatin1Char('\n'), 0, 0)
                + (r.alternatives.size() > 1 ? QStringLiteral(" ...") : QString());
        if (role == Qt::ToolTipRole)
            return text;
        if (role == Roles::SortRole)
            return int(r.alternatives.size());
        break;
    }
    default:
        break;
    }
    return {};
}

QVariant RecommendationModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case ModelColumn:
        return tr("Model");
    case QuantColumn:
        return tr("Best quantization");
    case ContextColumn:
        return tr("Largest context");
    case SpeedColumn:
        return tr("Speed (tokens/s)");
    case VerdictColumn:
        return tr("Verdict");
    case QualityColumn:
        return tr("Quality loss (KLD)");
    case OptionsColumn:
        return tr("Options");
    default:
        return {};
    }
}

} // namespace Planner
