// SPDX-FileCopyrightText: 2026 The FitPlanner authors
// SPDX-License-Identifier: MIT

#pragma once

#include "fitverdict.h"
#include "itemroles.h"
#include "memoryestimate.h"
#include "units.h"

#include <QAbstractTableModel>
#include <QList>

namespace Planner {

/** One quantization in the comparison: its estimate and how it fits. */
struct QuantComparisonRow
{
    QString recipeId;
    QString description;
    MemoryEstimate estimate;
    FitStatus status = FitStatus::DoesNotFit;
    bool current = false; ///< the scenario's own quantization
};

/**
 * The same scenario under several quantizations: one row per recipe, columns Weights, KV cache,
 * Activations, Overhead, Total. DisplayRole is formatted text; BytesRole/SortRole the qint64 bytes;
 * StackedBytesRole the running sum for stacked charts; FitStatusRole each row's fit. The vertical
 * header names the recipe (tooltip: bits per weight and description).
 */
class QuantComparisonModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        WeightsColumn,
        KvCacheColumn,
        ActivationsColumn,
        OverheadColumn,
        TotalColumn,
        ColumnCount
    };

    explicit QuantComparisonModel(QObject* parent = nullptr);

    /** Replaces all rows (model reset). */
    void setRows(const QList<QuantComparisonRow>& rows);
    const QList<QuantComparisonRow>& rows() const { return m_rows; }
    /** Switches GiB/GB; display text changes in place (dataChanged). */
    void setUnits(ByteUnits units);
    ByteUnits units() const { return m_units; }

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    /** Bytes of component column `column` in an estimate (TotalColumn: the total). */
    static qint64 bytesOf(const MemoryEstimate& e, int column);
    static QString explanationOf(const MemoryEstimate& e, int column);

private:
    QList<QuantComparisonRow> m_rows;
    ByteUnits m_units = ByteUnits::Binary;
};

} // namespace Planner
