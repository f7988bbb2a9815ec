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
 * quantization, Largest context, Speed (tokens/s), Verdict. SortRole is the name, the recipe's weight bytes
 * (bigger = better quality), the context in tokens, the speed, and the verdict rank (GPU best); IdRole is
 * the model id.
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

    /** Translated verdict for a table cell: "GPU", "CPU offload (N of M layers)", "CPU only", "Does not fit". */
    static QString verdictCell(const FitPlan& plan);

private:
    QList<Recommendation> m_rows;
};

} // namespace Planner
