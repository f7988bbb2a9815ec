// SPDX-FileCopyrightText: 2026 The FitPlanner authors
// SPDX-License-Identifier: MIT

#pragma once

#include "fitverdict.h"
#include "itemroles.h"
#include "units.h"

#include <array>

#include <QAbstractTableModel>
#include <QList>

namespace Planner {

/** Memory at one context length. bytes[] is indexed like ContextSweepModel's byte columns minus one. */
struct ContextSweepRow
{
    qint64 tokens = 0;
    std::array<qint64, kComponentCount + 1> bytes {}; ///< Weights, KV cache, Activations, Overhead, Total
    qint64 state = 0; ///< the recurrent layers' fixed state (part of Total; zero for attention-only models)
    FitStatus status = FitStatus::DoesNotFit;
    bool current = false; ///< the scenario's own context length
};

/**
 * Memory versus context length for one quantization: one row per context length (ascending), columns
 * Context, Weights, KV cache, Activations, Overhead, Total, Recurrent state (the state stacks on top of
 * Overhead: its StackedBytesRole is the Total). The Context column's SortRole/TokensRole is
 * the token count; byte columns carry BytesRole, SortRole and StackedBytesRole (running sum, for
 * stacked areas). Every row carries FitStatusRole.
 */
class ContextSweepModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        ContextColumn,
        WeightsColumn,
        KvCacheColumn,
        ActivationsColumn,
        OverheadColumn,
        TotalColumn,
        StateColumn,
        ColumnCount
    };

    explicit ContextSweepModel(QObject* parent = nullptr);

    /** Replaces all rows (model reset). Rows must be sorted by tokens. */
    void setRows(const QList<ContextSweepRow>& rows);
    const QList<ContextSweepRow>& rows() const { return m_rows; }
    void setUnits(ByteUnits units);
    ByteUnits units() const { return m_units; }

    /**
     * Context lengths to sample between 512 (or maxContext when smaller) and maxContext: powers of two
     * and 1.5x powers of two, plus maxContext and `current` (when in range), ascending and unique.
     */
    static QList<qint64> samplePoints(qint64 maxContext, qint64 current);
    /** "Recurrent state", translated: the StateColumn's name. */
    static QString stateName();

    /** "512", "32k", "1M": compact token counts for axis labels and the Context column. */
    static QString formatTokens(qint64 tokens);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QList<ContextSweepRow> m_rows;
    ByteUnits m_units = ByteUnits::Binary;
};

} // namespace Planner
