// SPDX-FileCopyrightText: 2026 The FitPlanner authors
// SPDX-License-Identifier: MIT

#include "quantcomparisonmodel.h"

#include "checkedmath.h"

namespace Planner {

QuantComparisonModel::QuantComparisonModel(QObject* parent)
    : QAbstractTableModel(parent)
{ }

void QuantComparisonModel::setRows(const QList<QuantComparisonRow>& rows)
{
    beginResetModel();
    m_rows = rows;
    endResetModel();
}

void QuantComparisonModel::setUnits(ByteUnits units)
{
    if (units == m_units)
        return;
    m_units = units;
    if (!m_rows.isEmpty())
        Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1), { Qt::DisplayRole });
}

int QuantComparisonModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int QuantComparisonModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

qint64 QuantComparisonModel::bytesOf(const MemoryEstimate& e, int column)
{
    switch (column) {
    case WeightsColumn:
        return e.weights.bytes;
    case KvCacheColumn:
        return e.kvCache.bytes;
    case ActivationsColumn:
        return e.activations.bytes;
    case OverheadColumn:
        return e.overhead.bytes;
    case TotalColumn:
        return e.total;
    }
    return 0;
}

QString QuantComparisonModel::explanationOf(const MemoryEstimate& e, int column)
{
    switch (column) {
    case WeightsColumn:
        return e.weights.explanation;
    case KvCacheColumn:
        return e.kvCache.explanation;
    case ActivationsColumn:
        return e.activations.explanation;
    case OverheadColumn:
        return e.overhead.explanation;
    }
    return tr("Weights + KV cache + activations + overhead");
}

QVariant QuantComparisonModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const QuantComparisonRow& r = m_rows[index.row()];
    const int col = index.column();
    switch (role) {
    case Qt::DisplayRole:
        return formatBytes(bytesOf(r.estimate, col), m_units);
    case Qt::ToolTipRole:
        return explanationOf(r.estimate, col);
    case Qt::TextAlignmentRole:
        return int(Qt::AlignRight | Qt::AlignVCenter);
    case Roles::BytesRole:
    case Roles::SortRole:
        return bytesOf(r.estimate, col);
    case Roles::StackedBytesRole: {
        if (col == TotalColumn)
            return r.estimate.total;
        qint64 sum = 0;
        for (int c = 0; c <= col; ++c)
            sum = satAdd(sum, bytesOf(r.estimate, c));
        return sum;
    }
    case Roles::LowBytesRole:
        return col == TotalColumn ? r.estimate.totalLow : QVariant();
    case Roles::HighBytesRole:
        return col == TotalColumn ? r.estimate.totalHigh : QVariant();
    case Roles::FitStatusRole:
        return QVariant::fromValue(r.status);
    case Roles::IdRole:
        return r.recipeId;
    case Roles::ComponentRole:
        return col;
    case Roles::IsCurrentRole:
        return r.current;
    }
    return {};
}

QVariant QuantComparisonModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation == Qt::Horizontal) {
        if (role == Qt::DisplayRole && section >= 0 && section < ColumnCount)
            return componentName(Component(section));
        return QAbstractTableModel::headerData(section, orientation, role);
    }
    if (section < 0 || section >= m_rows.size())
        return {};
    const QuantComparisonRow& r = m_rows[section];
    switch (role) {
    case Qt::DisplayRole:
        return r.recipeId;
    case Qt::ToolTipRole:
        return tr("%1 bits per weight: %2").arg(QString::number(r.estimate.bitsPerWeight, 'f', 2), r.description);
    case Roles::IdRole:
        return r.recipeId;
    case Roles::FitStatusRole:
        return QVariant::fromValue(r.status);
    case Roles::IsCurrentRole:
        return r.current;
    }
    return {};
}

} // namespace Planner
