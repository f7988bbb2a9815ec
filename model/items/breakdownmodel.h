// SPDX-FileCopyrightText: 2026 The FitPlanner authors
// SPDX-License-Identifier: MIT

#pragma once

#include "fitverdict.h"
#include "itemroles.h"
#include "memoryestimate.h"
#include "units.h"

#include <optional>

#include <QAbstractTableModel>

namespace Planner {

/**
 * The memory bill of one estimate as a table: rows Weights, KV cache, Activations, Overhead, Total (and,
 * for a model with recurrent layers, Recurrent state before Total, ComponentRole kComponentCount + 1);
 * columns Component, Size, Range (the uncertainty band) and Share of the total. Every cell's tooltip
 * is the estimator's explanation of the arithmetic. The Total row carries FitStatusRole.
 */
class BreakdownModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        ComponentColumn,
        SizeColumn,
        RangeColumn,
        ShareColumn,
        ColumnCount
    };

    explicit BreakdownModel(QObject* parent = nullptr);

    /** Replaces the estimate (model reset). */
    void setEstimate(const MemoryEstimate& estimate, FitStatus status);
    /** Empties the table (model reset), e.g. when the scenario is invalid. */
    void clear();
    /** Switches GiB/GB; display text changes in place (dataChanged). */
    void setUnits(ByteUnits units);
    ByteUnits units() const { return m_units; }
    bool hasEstimate() const { return m_estimate.has_value(); }

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    struct Cell
    {
        qint64 bytes = 0;
        qint64 low = 0;
        qint64 high = 0;
        QString explanation;
    };
    Cell cell(int row) const;
    // A hybrid model's recurrent state gets a row between Overhead and Total.
    bool hasStateRow() const;
    bool isStateRow(int row) const;
    bool isTotalRow(int row) const;

    std::optional<MemoryEstimate> m_estimate;
    FitStatus m_status = FitStatus::DoesNotFit;
    ByteUnits m_units = ByteUnits::Binary;
};

} // namespace Planner
