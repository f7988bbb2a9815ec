// SPDX-FileCopyrightText: 2026 The FitPlanner authors
// SPDX-License-Identifier: MIT

#pragma once

#include "fitplanner.h"
#include "itemroles.h"

#include <QAbstractTableModel>
#include <QList>

namespace Planner {

/**
 * "What can I run?": one row per catalog model from FitPlanner::recommend. Columns: Model, Best
 * quantization, Largest context, Speed (tokens/s), Verdict, Quality loss (the recipe's published mean KL
 * divergence), Options (a quantized KV cache or a shorter context). SortRole is the name, the recipe's weight
 * bytes (bigger = better quality), the context in tokens, the speed, the verdict rank (GPU best), the KLD
 * (unknown last) and the number of options; IdRole is the model id.
 */
class RecommendationModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        ModelColumn,
        QuantColumn,
        ContextColumn,
        SpeedColumn,
        VerdictColumn,
        QualityColumn,
        OptionsColumn,
        ColumnCount
    };

    explicit RecommendationModel(QObject* parent = nullptr);

    /** Replaces the rows (model reset). */
    void setRecommendations(const QList<Recommendation>& rows);
    const QList<Recommendation>& recommendations() const { return m_rows; }

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    /**
     * Translated verdict for a table cell: "Fits on GPU", "Tight on GPU" (FitStatus::Tight), "CPU offload (N of M
     * layers on GPU)", "CPU only", "Does not fit".
     */
    static QString verdictCell(const FitPlan& plan);
    /** Translated options, one per line: "KV cache Q8_0: Q6_K, Fits on GPU, 41.0 tokens/s", "16,384 tokens: ...". */
    static QString optionsCell(const QList<PlanAlternative>& alternatives);

private:
    QList<Recommendation> m_rows;
};

} // namespace Planner
