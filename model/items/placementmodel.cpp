// SPDX-FileCopyrightText: 2026 The FitPlanner authors
// SPDX-License-Identifier: MIT

#include "placementmodel.h"

namespace Planner {

PlacementModel::PlacementModel(QObject* parent)
    : QAbstractTableModel(parent)
{ }

void PlacementModel::setDevices(const QList<DevicePlacement>& devices, int totalLayers)
{
    beginResetModel();
    m_devices = devices;
    m_totalLayers = totalLayers;
    endResetModel();
}

void PlacementModel::setUnits(ByteUnits units)
{
    if (units == m_units)
        return;
    m_units = units;
    if (!m_devices.isEmpty())
        Q_EMIT dataChanged(index(0, WeightsColumn), index(rowCount() - 1, CapacityColumn), { Qt::DisplayRole });
}

int PlacementModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_devices.size());
}

int PlacementModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant PlacementModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const DevicePlacement& d = m_devices.at(index.row());
    qint64 bytes = 0;
    switch (index.column()) {
    case DeviceColumn:
        if (role == Qt::DisplayRole || role == Roles::SortRole)
            return d.name;
        if (role == Qt::ToolTipRole) {
            QStringList parts;
            if (d.tokenEmbeddings)
                parts << tr("holds the token embeddings");
            if (d.outputLayer)
                parts << tr("holds the output layer");
            if (d.bandwidthGBps > 0)
                parts << tr("memory bandwidth %1 GB/s").arg(d.bandwidthGBps, 0, 'f', 0);
            return parts.join(QStringLiteral("; "));
        }
        return {};
    case LayersColumn: {
        // Counted as the total is (and as llama.cpp's -ngl counts): the repeating layers and the output layer.
        const int layers = d.layers + (d.outputLayer ? 1 : 0);
        if (role == Qt::DisplayRole)
            return m_totalLayers > 0 ? tr("%1 of %2").arg(layers).arg(m_totalLayers) : QString::number(layers);
        if (role == Roles::SortRole)
            return layers;
        return {};
    }
    case WeightsColumn:
        bytes = d.weights;
        break;
    case KvColumn:
        bytes = d.kvCache;
        break;
    case ComputeColumn:
        bytes = d.compute;
        break;
    case OverheadColumn:
        bytes = d.overhead;
        break;
    case FreeColumn:
        bytes = d.freeBytes();
        break;
    case CapacityColumn:
        bytes = d.capacity;
        break;
    case UsageColumn:
        if (role == Roles::BytesRole || role == Roles::SortRole)
            return d.used();
        if (role == Qt::ToolTipRole)
            return tr("%1 of %2 used").arg(formatBytes(d.used(), m_units), formatBytes(d.capacity, m_units));
        return {};
    default:
        return {};
    }
    switch (role) {
    case Qt::DisplayRole:
        return bytes < 0 ? tr("short by %1").arg(formatBytes(-bytes, m_units)) : formatBytes(bytes, m_units);
    case Roles::BytesRole:
    case Roles::SortRole:
        return bytes;
    case Qt::TextAlignmentRole:
        return int(Qt::AlignRight | Qt::AlignVCenter);
    default:
        return {};
    }
}

QVariant PlacementModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case DeviceColumn:
        return tr("Device");
    case LayersColumn:
        return tr("Layers");
    case WeightsColumn:
        return tr("Weights");
    case KvColumn:
        return tr("KV cache");
    case ComputeColumn:
        return tr("Compute");
    case OverheadColumn:
        return tr("Overhead");
    case FreeColumn:
        return tr("Free");
    case CapacityColumn:
        return tr("Capacity");
    case UsageColumn:
        return tr("Usage");
    default:
        return {};
    }
}

} // namespace Planner
