// SPDX-FileCopyrightText: 2026 The FitPlanner authors
// SPDX-License-Identifier: MIT

#include "unitvalueproxy.h"

namespace Planner {

UnitValueProxy::UnitValueProxy(int bytesRole, int rawRole, QObject* parent)
    : QIdentityProxyModel(parent)
    , m_bytesRole(bytesRole)
    , m_rawRole(rawRole)
{ }

void UnitValueProxy::setUnits(ByteUnits units)
{
    if (units == m_units)
        return;
    m_units = units;
    if (rowCount() > 0 && columnCount() > 0)
        Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, columnCount() - 1), { Qt::DisplayRole });
}

double UnitValueProxy::unitBytes(ByteUnits units)
{
    return units == ByteUnits::Binary ? 1073741824.0 : 1e9;
}

QString UnitValueProxy::unitName(ByteUnits units)
{
    return units == ByteUnits::Binary ? QStringLiteral("GiB") : QStringLiteral("GB");
}

QVariant UnitValueProxy::data(const QModelIndex& index, int role) const
{
    if (role != Qt::DisplayRole)
        return QIdentityProxyModel::data(index, role);
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const QModelIndex source = mapToSource(index);
    const QVariant bytes = source.data(m_bytesRole);
    if (bytes.isValid())
        return double(bytes.toLongLong()) / unitBytes(m_units);
    const QVariant raw = source.data(m_rawRole);
    if (raw.isValid())
        return raw.toDouble();
    return QIdentityProxyModel::data(index, role);
}

} // namespace Planner
