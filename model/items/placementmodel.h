// SPDX-FileCopyrightText: 2026 The FitPlanner authors
// SPDX-License-Identifier: MIT

#pragma once

#include "fitplan.h"
#include "itemroles.h"
#include "units.h"

#include <QAbstractTableModel>
#include <QList>

namespace Planner {

/**
 * Where a plan puts the model: one row per device the plan uses (GPUs, then the CPU's RAM). Columns:
 * Device, Layers, Weights, KV cache, Compute, Overhead, Free, Capacity, Usage (no text; BytesRole = used bytes). Byte
 * columns carry BytesRole and SortRole (raw bytes); Free may be negative (the device is short). The Device column's
 * SortRole is the name. A bar delegate reads the byte columns of a row to draw it as a stacked bar.
 */
class PlacementModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        DeviceColumn,
        LayersColumn,
        WeightsColumn,
        KvColumn,
        ComputeColumn,
        OverheadColumn,
        FreeColumn,
        CapacityColumn,
        UsageColumn,
        ColumnCount
    };

    explicit PlacementModel(QObject* parent = nullptr);

    /** Replaces the rows (model reset); an empty list clears the table. */
    void setDevices(const QList<DevicePlacement>& devices, int totalLayers);
    void setUnits(ByteUnits units);
    const QList<DevicePlacement>& devices() const { return m_devices; }

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QList<DevicePlacement> m_devices;
    int m_totalLayers = 0;
    ByteUnits m_units = ByteUnits::Binary;
};

} // namespace Planner
