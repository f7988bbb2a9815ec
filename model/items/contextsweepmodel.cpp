// SPDX-FileCopyrightText: 2026 The FitPlanner authors
// SPDX-License-Identifier: MIT

#include "contextsweepmodel.h"

#include "checkedmath.h"

#include <algorithm>
#include <climits>

#include <QLocale>

namespace Planner {

ContextSweepModel::ContextSweepModel(QObject* parent)
    : QAbstractTableModel(parent)
{ }

void ContextSweepModel::setRows(const QList<ContextSweepRow>& rows)
{
    beginResetModel();
    m_rows = rows;
    endResetModel();
}

void ContextSweepModel::setUnits(ByteUnits units)
{
    if (units == m_units)
        return;
    m_units = units;
    if (!m_rows.isEmpty())
        Q_EMIT dataChanged(index(0, WeightsColumn), index(rowCount() - 1, StateColumn), { Qt::DisplayRole });
}

QList<qint64> ContextSweepModel::samplePoints(qint64 maxContext, qint64 current)
{
    QList<qint64> points;
    if (maxContext < 1)
        return points;
    const qint64 start = std::min<qint64>(512, maxContext);
    for (qint64 p = start; p <= maxContext && p > 0; p *= 2) {
        points << p;
        const qint64 half = p + p / 2;
        if (half <= maxContext)
            points << half;
        if (p > maxContext / 2)
            break;
    }
    points << maxContext;
    if (current >= 1 && current <= maxContext)
        points << current;
    std::sort(points.begin(), points.end());
    points.erase(std::unique(points.begin(), points.end()), points.end());
    return points;
}

QString ContextSweepModel::formatTokens(qint64 tokens)
{
    if (tokens >= (1 << 20) && tokens % (1 << 20) == 0)
        return QStringLiteral("%1M").arg(tokens >> 20);
    if (tokens >= 1024 && tokens % 1024 == 0)
        return QStringLiteral("%1k").arg(tokens / 1024);
    return QString::number(tokens);
}

int ContextSweepModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int ContextSweepModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ContextSweepModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const ContextSweepRow& r = m_rows[index.row()];
    const int col = index.column();
    if (col == ContextColumn) {
        switch (role) {
        case Qt::DisplayRole:
            return QLocale().toString(r.tokens);
        case Qt::ToolTipRole:
            return tr("%n token(s) per sequence", nullptr, int(std::min<qint64>(r.tokens, INT_MAX)));
        case Qt::TextAlignmentRole:
            return int(Qt::AlignRight | Qt::AlignVCenter);
        case Roles::SortRole:
        case Roles::TokensRole:
            return r.tokens;
        case Roles::FitStatusRole:
            return QVariant::fromValue(r.status);
        case Roles::IsCurrentRole:
            return r.current;
        }
        return {};
    }
    const bool state = col == StateColumn;
    const qint64 bytes = state ? r.state : r.bytes[col - 1];
    switch (role) {
    case Qt::DisplayRole:
        return formatBytes(bytes, m_units);
    case Qt::ToolTipRole:
        return tr("%1 at %2 tokens: %3")
            .arg(state ? stateName() : componentName(Component(col - 1)), QLocale().toString(r.tokens),
                formatBytes(bytes, m_units));
    case Qt::TextAlignmentRole:
        return int(Qt::AlignRight | Qt::AlignVCenter);
    case Roles::BytesRole:
    case Roles::SortRole:
        return bytes;
    case Roles::StackedBytesRole: {
        if (col == TotalColumn || state)
            return r.bytes[kComponentCount];
        qint64 sum = 0;
        for (int c = 0; c < col; ++c)
            sum = satAdd(sum, r.bytes[c]);
        return sum;
    }
    case Roles::TokensRole:
        return r.tokens;
    case Roles::ComponentRole: // the state is no Component: one past Total, as in the breakdown
        return state ? kComponentCount + 1 : col - 1;
    case Roles::FitStatusRole:
        return QVariant::fromValue(r.status);
    case Roles::IsCurrentRole:
        return r.current;
    }
    return {};
}

QString ContextSweepModel::stateName()
{
    return tr("Recurrent state");
}

QVariant ContextSweepModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation == Qt::Horizontal && role == Qt::DisplayRole) {
        if (section == ContextColumn)
            return tr("Context (tokens)");
        if (section == StateColumn)
            return stateName();
        if (section > ContextColumn && section < ColumnCount)
            return componentName(Component(section - 1));
        return {};
    }
    if (orientation == Qt::Vertical && role == Qt::DisplayRole && section >= 0 && section < m_rows.size())
        return formatTokens(m_rows[section].tokens);
    return QAbstractTableModel::headerData(section, orientation, role);
}

} // namespace Planner
