// SPDX-FileCopyrightText: 2026 The FitPlanner authors
// SPDX-License-Identifier: MIT

#include "breakdownmodel.h"

#include "enginerules.h"

#include <array>

#include <QCoreApplication>
#include <QLocale>

namespace Planner {

BreakdownModel::BreakdownModel(QObject* parent)
    : QAbstractTableModel(parent)
{ }

void BreakdownModel::setEstimate(const MemoryEstimate& estimate, FitStatus status)
{
    beginResetModel();
    m_estimate = estimate;
    m_status = status;
    endResetModel();
}

void BreakdownModel::clear()
{
    beginResetModel();
    m_estimate.reset();
    endResetModel();
}

void BreakdownModel::setUnits(ByteUnits units)
{
    if (units == m_units)
        return;
    m_units = units;
    if (rowCount() > 0)
        Q_EMIT dataChanged(index(0, SizeColumn), index(rowCount() - 1, RangeColumn), { Qt::DisplayRole });
}

int BreakdownModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() || !m_estimate ? 0 : kComponentCount + 1 + (hasStateRow() ? 1 : 0);
}

int BreakdownModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

bool BreakdownModel::hasStateRow() const
{
    return m_estimate && m_estimate->recurrentState.bytes > 0;
}

bool BreakdownModel::isStateRow(int row) const
{
    return hasStateRow() && row == kComponentCount;
}

bool BreakdownModel::isTotalRow(int row) const
{
    return row == rowCount() - 1;
}

BreakdownModel::Cell BreakdownModel::cell(int row) const
{
    const MemoryEstimate& e = *m_estimate;
    const auto of = [](const MemoryComponent& c) { return Cell { c.bytes, c.low, c.high, c.explanation }; };
    if (isStateRow(row))
        return of(e.recurrentState);
    if (isTotalRow(row))
        return Cell { e.total, e.totalLow, e.totalHigh,
            hasStateRow() ? QCoreApplication::translate(
                "Planner::BreakdownModel", "Weights + KV cache + recurrent state + activations + overhead")
                          : QCoreApplication::translate(
                              "Planner::BreakdownModel", "Weights + KV cache + activations + overhead") };
    switch (Component(row)) {
    case Component::Weights:
        return of(e.weights);
    case Component::KvCache:
        return of(e.kvCache);
    case Component::Activations:
        return of(e.activations);
    case Component::Overhead:
        return of(e.overhead);
    case Component::Total:
        break;
    }
    return Cell { e.total, e.totalLow, e.totalHigh,
        QCoreApplication::translate("Planner::BreakdownModel", "Weights + KV cache + activations + overhead") };
}

QVariant BreakdownModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const int row = index.row();
    const int col = index.column();
    const Cell c = cell(row);
    const bool isTotal = isTotalRow(row);
    switch (role) {
    case Qt::DisplayRole:
        switch (col) {
        case ComponentColumn:
            if (isStateRow(row))
                return QCoreApplication::translate("Planner::BreakdownModel", "Recurrent state");
            return componentName(isTotal ? Component::Total : Component(row));
        case SizeColumn:
            return formatBytes(c.bytes, m_units);
        case RangeColumn:
            if (c.low == c.bytes && c.high == c.bytes)
                return QCoreApplication::translate("Planner::BreakdownModel", "exact");
            return QCoreApplication::translate("Planner::BreakdownModel", "%1 to %2")
                .arg(formatBytes(c.low, m_units), formatBytes(c.high, m_units));
        case ShareColumn: {
            const qint64 total = m_estimate->total;
            const double share = total > 0 ? 100.0 * double(c.bytes) / double(total) : 0.0;
            return QLocale().toString(share, 'f', 1) + u'%';
        }
        }
        return {};
    case Qt::ToolTipRole:
        return c.explanation;
    case Qt::TextAlignmentRole:
        return col == ComponentColumn ? QVariant(int(Qt::AlignLeft | Qt::AlignVCenter))
                                      : QVariant(int(Qt::AlignRight | Qt::AlignVCenter));
    case Roles::BytesRole:
        return c.bytes;
    case Roles::LowBytesRole:
        return c.low;
    case Roles::HighBytesRole:
        return c.high;
    case Roles::SortRole:
        return col == ComponentColumn ? QVariant(row) : QVariant(c.bytes);
    case Roles::ComponentRole: // the state row is no Component: one past Total
        return isStateRow(row) ? kComponentCount + 1 : (isTotal ? int(Component::Total) : row);
    case Roles::MemoryPartRole:
        if (isStateRow(row))
            return int(MemoryPart::RecurrentState);
        if (isTotal)
            return {};
        return int(std::array {
            MemoryPart::Weights, MemoryPart::KvCache, MemoryPart::Activations, MemoryPart::Overhead }[size_t(row)]);
    case Roles::FitStatusRole:
        return isTotal ? QVariant::fromValue(m_status) : QVariant();
    }
    return {};
}

QVariant BreakdownModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case ComponentColumn:
        return tr("Component");
    case SizeColumn:
        return tr("Size");
    case RangeColumn:
        return tr("Range");
    case ShareColumn:
        return tr("Share");
    }
    return {};
}

} // namespace Planner
