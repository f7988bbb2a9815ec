// SPDX-FileCopyrightText: 2026 The FitPlanner authors
// SPDX-License-Identifier: MIT

#pragma once

#include "itemroles.h"
#include "units.h"

#include <QIdentityProxyModel>

namespace Planner {

/**
 * Turns a table of byte counts into plain numbers for chart mappers, which read Qt::DisplayRole:
 * cells with `bytesRole` become doubles in GiB or GB; other cells become their `rawRole` number
 * (e.g. tokens). Every other role passes through, so the chart follows the source model exactly.
 */
class UnitValueProxy : public QIdentityProxyModel
{
    Q_OBJECT

public:
    explicit UnitValueProxy(int bytesRole = Roles::BytesRole, int rawRole = Roles::SortRole, QObject* parent = nullptr);

    void setUnits(ByteUnits units);
    ByteUnits units() const { return m_units; }
    /** Bytes in one display unit: 2^30 (GiB) or 10^9 (GB). */
    static double unitBytes(ByteUnits units);
    /** "GiB" or "GB". */
    static QString unitName(ByteUnits units);

    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;

private:
    int m_bytesRole;
    int m_rawRole;
    ByteUnits m_units = ByteUnits::Binary;
};

} // namespace Planner
