// SPDX-FileCopyrightText: 2026 The FitPlanner authors
// SPDX-License-Identifier: MIT

#pragma once

#include "fitverdict.h"
#include "units.h"

#include <QWidget>

QT_BEGIN_NAMESPACE
class QAbstractItemModel;
class QChart;
class QChartView;
class QValueAxis;
class QBarCategoryAxis;
class QLogValueAxis;
class QStackedBarSeries;
class QLineSeries;
class QAreaSeries;
QT_END_NAMESPACE

namespace Planner {
class UnitValueProxy;
}

// The one widget that uses Qt Charts. Two kinds:
//  - QuantComparison: a stacked bar per row of a QuantComparisonModel (Weights..Overhead stacked), bound
//    through a QVBarModelMapper;
//  - ContextSweep: stacked areas of a ContextSweepModel over a log2 context axis, bound through
//    QVXYModelMapper on the running sums (StackedBytesRole), with a marker at the current context.
// Both draw horizontal lines at the GPU memory and at GPU + RAM. Numbers always come from the model
// (through a UnitValueProxy that converts bytes to GiB/GB); the widget keeps none of its own.
class MemoryChartWidget : public QWidget
{
    Q_OBJECT

public:
    enum class Kind
    {
        QuantComparison,
        ContextSweep
    };

    MemoryChartWidget(Kind kind, QAbstractItemModel* model, QWidget* parent = nullptr);
    ~MemoryChartWidget() override;

    Kind kind() const { return m_kind; }
    void setCapacity(const Planner::CapacityInput& capacity);
    void setUnits(Planner::ByteUnits units);
    /** A bar chart's title in place of "Memory by quantization" (the caller translates it). */
    void setTitle(const QString& title);

    QChart* chart() const { return m_chart; }
    /** Category labels of the bar chart (empty for ContextSweep). */
    QStringList categories() const;
    /** Values of component `component` (0 = weights) per bar or sweep point, in display units. */
    QList<double> componentValues(int component) const;
    /** Whether the sweep shows a recurrent-state band (a hybrid model's fixed state). */
    bool showsState() const;
    /** Capacity line heights in display units: GPU, GPU + RAM. */
    QList<double> capacityLineValues() const;

protected:
    void changeEvent(QEvent* event) override;

private:
    void buildComparison();
    void buildSweep();
    void refresh();
    void applyTheme();
    void retranslate();
    double capacityValue(qint64 bytes) const;

    Kind m_kind;
    QAbstractItemModel* m_model;
    Planner::UnitValueProxy* m_values = nullptr; // bytes (or running sums) as GiB/GB doubles
    Planner::CapacityInput m_capacity;
    Planner::ByteUnits m_units = Planner::ByteUnits::Binary;
    QString m_title;

    QChart* m_chart = nullptr;
    QChartView* m_view = nullptr;
    QValueAxis* m_yAxis = nullptr;
    QBarCategoryAxis* m_categoryAxis = nullptr;
    QLogValueAxis* m_contextAxis = nullptr;
    QStackedBarSeries* m_bars = nullptr;
    QList<QLineSeries*> m_uppers; // ContextSweep: top edge of each stacked component
    QList<QAreaSeries*> m_areas;
    QAreaSeries* m_stateArea = nullptr; // ContextSweep: the recurrent state, flat, on top of the overhead
    QLineSeries* m_gpuLine = nullptr;
    QLineSeries* m_combinedLine = nullptr;
    QLineSeries* m_currentMarker = nullptr;
};
