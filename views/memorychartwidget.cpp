// SPDX-FileCopyrightText: 2026 The FitPlanner authors
// SPDX-License-Identifier: MIT

#include "memorychartwidget.h"

#include "componentcolors.h"
#include "contextsweepmodel.h"
#include "itemroles.h"
#include "quantcomparisonmodel.h"
#include "unitvalueproxy.h"

#include <algorithm>
#include <cmath>

#include <QAbstractItemModel>
#include <QApplication>
#include <QAreaSeries>
#include <QBarCategoryAxis>
#include <QBarSeries>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QEvent>
#include <QLegend>
#include <QLegendMarker>
#include <QLineSeries>
#include <QLogValueAxis>
#include <QPen>
#include <QStackedBarSeries>
#include <QVBarModelMapper>
#include <QVBoxLayout>
#include <QVXYModelMapper>
#include <QValueAxis>

using namespace Planner;

MemoryChartWidget::MemoryChartWidget(Kind kind, QAbstractItemModel* model, QWidget* parent)
    : QWidget(parent)
    , m_kind(kind)
    , m_model(model)
{
    m_chart = new QChart;
    m_chart->setAnimationOptions(QChart::NoAnimation); // live updates must not lag behind the controls
    m_chart->legend()->setAlignment(Qt::AlignBottom);
    m_chart->setMargins(QMargins(4, 4, 4, 4));
    m_view = new QChartView(m_chart, this);
    m_view->setRenderHint(QPainter::Antialiasing);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_view);

    m_yAxis = new QValueAxis(m_chart);
    m_yAxis->setLabelFormat(QStringLiteral("%.0f"));
    m_chart->addAxis(m_yAxis, Qt::AlignLeft);

    if (kind == Kind::QuantComparison)
        buildComparison();
    else
        buildSweep();

    const auto addCapacityLine = [this](Qt::PenStyle style) {
        auto* line = new QLineSeries(m_chart);
        QPen pen(palette().color(QPalette::WindowText));
        pen.setWidthF(2.0);
        pen.setStyle(style);
        line->setPen(pen);
        m_chart->addSeries(line);
        line->attachAxis(m_yAxis);
        line->attachAxis(m_kind == Kind::QuantComparison ? static_cast<QAbstractAxis*>(m_categoryAxis)
                                                         : static_cast<QAbstractAxis*>(m_contextAxis));
        return line;
    };
    m_gpuLine = addCapacityLine(Qt::DashLine);
    m_combinedLine = addCapacityLine(Qt::DotLine);

    connect(m_values, &QAbstractItemModel::modelReset, this, &MemoryChartWidget::refresh);
    connect(m_values, &QAbstractItemModel::dataChanged, this, &MemoryChartWidget::refresh);
    connect(m_values, &QAbstractItemModel::headerDataChanged, this, &MemoryChartWidget::refresh);
    applyTheme();
    retranslate();
    refresh();
}

MemoryChartWidget::~MemoryChartWidget() = default;

void MemoryChartWidget::buildComparison()
{
    setAccessibleName(tr("Memory by quantization chart"));
    m_values = new UnitValueProxy(Roles::BytesRole, Roles::SortRole, this);
    m_values->setSourceModel(m_model);

    m_bars = new QStackedBarSeries(m_chart);
    m_bars->setBarWidth(0.6);
    m_chart->addSeries(m_bars);
    m_categoryAxis = new QBarCategoryAxis(m_chart);
    m_chart->addAxis(m_categoryAxis, Qt::AlignBottom);
    m_bars->attachAxis(m_categoryAxis);
    m_bars->attachAxis(m_yAxis);

    // The mapper recreates the bar sets on every model reset; colour each new set by its component.
    connect(m_bars, &QBarSeries::barsetsAdded, this, [this] { applyTheme(); });
    auto* mapper = new QVBarModelMapper(this);
    mapper->setFirstBarSetColumn(QuantComparisonModel::WeightsColumn);
    mapper->setLastBarSetColumn(QuantComparisonModel::OverheadColumn);
    mapper->setSeries(m_bars);
    mapper->setModel(m_values);
}

void MemoryChartWidget::buildSweep()
{
    setAccessibleName(tr("Memory by context length chart"));
    m_values = new UnitValueProxy(Roles::StackedBytesRole, Roles::TokensRole, this);
    m_values->setSourceModel(m_model);

    m_contextAxis = new QLogValueAxis(m_chart);
    m_contextAxis->setBase(2.0);
    m_contextAxis->setLabelFormat(QStringLiteral("%.0f"));
    m_contextAxis->setMinorTickCount(0);
    m_chart->addAxis(m_contextAxis, Qt::AlignBottom);

    QLineSeries* lower = nullptr;
    for (int c = 0; c < kComponentCount; ++c) {
        auto* upper = new QLineSeries(m_chart);
        auto* mapper = new QVXYModelMapper(this);
        mapper->setXColumn(ContextSweepModel::ContextColumn);
        mapper->setYColumn(ContextSweepModel::WeightsColumn + c);
        mapper->setSeries(upper);
        mapper->setModel(m_values);
        auto* area = new QAreaSeries(upper, lower);
        m_chart->addSeries(area);
        area->attachAxis(m_contextAxis);
        area->attachAxis(m_yAxis);
        m_uppers << upper;
        m_areas << area;
        lower = upper;
    }
    // A hybrid model's recurrent state: flat in the context, on top of the rest (its top is the total).
    auto* stateUpper = new QLineSeries(m_chart);
    auto* stateMapper = new QVXYModelMapper(this);
    stateMapper->setXColumn(ContextSweepModel::ContextColumn);
    stateMapper->setYColumn(ContextSweepModel::StateColumn);
    stateMapper->setSeries(stateUpper);
    stateMapper->setModel(m_values);
    m_stateArea = new QAreaSeries(stateUpper, lower);
    m_chart->addSeries(m_stateArea);
    m_stateArea->attachAxis(m_contextAxis);
    m_stateArea->attachAxis(m_yAxis);
    m_currentMarker = new QLineSeries(m_chart);
    m_chart->addSeries(m_currentMarker);
    m_currentMarker->attachAxis(m_contextAxis);
    m_currentMarker->attachAxis(m_yAxis);
}

void MemoryChartWidget::setCapacity(const CapacityInput& capacity)
{
    if (capacity == m_capacity)
        return;
    m_capacity = capacity;
    retranslate();
    refresh();
}

void MemoryChartWidget::setUnits(ByteUnits units)
{
    if (units == m_units)
        return;
    m_units = units;
    m_values->setUnits(units);
    retranslate();
    refresh();
}

double MemoryChartWidget::capacityValue(qint64 bytes) const
{
    return double(bytes) / UnitValueProxy::unitBytes(m_units);
}

QStringList MemoryChartWidget::categories() const
{
    return m_categoryAxis ? m_categoryAxis->categories() : QStringList();
}

QList<double> MemoryChartWidget::componentValues(int component) const
{
    QList<double> out;
    if (m_kind == Kind::QuantComparison) {
        const QList<QBarSet*> sets = m_bars->barSets();
        if (component < 0 || component >= sets.size())
            return out;
        for (int i = 0; i < sets[component]->count(); ++i)
            out << sets[component]->at(i);
        return out;
    }
    if (component < 0 || component >= m_uppers.size())
        return out;
    // Areas are stacked: a component's own value is its top edge minus the one below.
    const QList<QPointF> top = m_uppers[component]->points();
    const QList<QPointF> below = component > 0 ? m_uppers[component - 1]->points() : QList<QPointF>();
    for (qsizetype i = 0; i < top.size(); ++i)
        out << top[i].y() - (i < below.size() ? below[i].y() : 0.0);
    return out;
}

QList<double> MemoryChartWidget::capacityLineValues() const
{
    const auto height = [](QLineSeries* s) { return s->count() > 0 ? s->at(0).y() : 0.0; };
    return { height(m_gpuLine), height(m_combinedLine) };
}

void MemoryChartWidget::refresh()
{
    const int rows = m_values->rowCount();
    double maxValue = 0.0;
    if (m_kind == Kind::QuantComparison) {
        QStringList labels;
        for (int r = 0; r < rows; ++r) {
            // Category label: the recipe and its total, so every bar is readable without hovering.
            const QModelIndex total = m_model->index(r, QuantComparisonModel::TotalColumn);
            QString label = m_model->headerData(r, Qt::Vertical).toString() + u'\n' + total.data().toString();
            if (total.data(Roles::IsCurrentRole).toBool())
                label = u'\u25B6' + label;
            labels << label;
            maxValue = std::max(maxValue, m_values->index(r, QuantComparisonModel::TotalColumn).data().toDouble());
        }
        m_categoryAxis->setCategories(labels);
        const double left = -0.5;
        const double right = std::max(0, rows) - 0.5;
        m_gpuLine->replace(
            { QPointF(left, capacityValue(m_capacity.gpuBytes)), QPointF(right, capacityValue(m_capacity.gpuBytes)) });
        m_combinedLine->replace({ QPointF(left, capacityValue(m_capacity.combinedBytes())),
            QPointF(right, capacityValue(m_capacity.combinedBytes())) });
    } else {
        double minTokens = 512;
        double maxTokens = 1024;
        double current = 0;
        if (rows > 0) {
            minTokens = m_values->index(0, ContextSweepModel::ContextColumn).data().toDouble();
            maxTokens = m_values->index(rows - 1, ContextSweepModel::ContextColumn).data().toDouble();
        }
        for (int r = 0; r < rows; ++r) {
            maxValue = std::max(maxValue, m_values->index(r, ContextSweepModel::TotalColumn).data().toDouble());
            const QModelIndex ctx = m_model->index(r, ContextSweepModel::ContextColumn);
            if (ctx.data(Roles::IsCurrentRole).toBool())
                current = ctx.data(Roles::TokensRole).toDouble();
        }
        if (maxTokens <= minTokens)
            maxTokens = minTokens * 2;
        m_contextAxis->setRange(minTokens, maxTokens);
        m_gpuLine->replace({ QPointF(minTokens, capacityValue(m_capacity.gpuBytes)),
            QPointF(maxTokens, capacityValue(m_capacity.gpuBytes)) });
        m_combinedLine->replace({ QPointF(minTokens, capacityValue(m_capacity.combinedBytes())),
            QPointF(maxTokens, capacityValue(m_capacity.combinedBytes())) });
        bool state = false;
        for (int r = 0; r < rows && !state; ++r)
            state = m_model->index(r, ContextSweepModel::StateColumn).data(Roles::BytesRole).toLongLong() > 0;
        m_stateArea->setVisible(state);
        m_currentMarker->clear();
        if (current > 0)
            m_currentMarker->replace({ QPointF(current, 0.0), QPointF(current, std::max(maxValue, 1e-9) * 1.05) });
    }
    // Show a capacity line when it is within reach of the data; a far-away line would squash the bars.
    const double gpu = capacityValue(m_capacity.gpuBytes);
    const double combined = capacityValue(m_capacity.combinedBytes());
    double top = std::max(maxValue, 1.0);
    if (gpu <= 3 * top)
        top = std::max(top, gpu);
    if (combined <= 3 * top)
        top = std::max(top, combined);
    m_gpuLine->setVisible(gpu <= top);
    m_combinedLine->setVisible(combined <= top && m_capacity.ramBytes > 0); // no RAM tier (vLLM): one line
    m_yAxis->setRange(0.0, top * 1.08);
    m_yAxis->applyNiceNumbers();
}

void MemoryChartWidget::applyTheme()
{
    const bool dark = QApplication::palette().color(QPalette::Window).lightness() < 128;
    const QChart::ChartTheme theme = dark ? QChart::ChartThemeDark : QChart::ChartThemeLight;
    if (m_chart->theme() != theme)
        m_chart->setTheme(theme); // resets series colours, so they are set again below
    const QColor text = QApplication::palette().color(QPalette::WindowText);
    if (m_bars) {
        const QList<QBarSet*> sets = m_bars->barSets();
        for (int i = 0; i < sets.size(); ++i) {
            sets[i]->setColor(componentColor(Component(i)));
            sets[i]->setBorderColor(componentColor(Component(i)).darker(130));
        }
    }
    for (int i = 0; i < m_areas.size(); ++i) {
        QColor fill = componentColor(Component(i));
        m_areas[i]->setColor(fill);
        m_areas[i]->setBorderColor(fill.darker(130));
    }
    if (m_stateArea) {
        m_stateArea->setColor(recurrentStateColor());
        m_stateArea->setBorderColor(recurrentStateColor().darker(130));
    }
    for (QLineSeries* line : { m_gpuLine, m_combinedLine, m_currentMarker }) {
        if (!line)
            continue;
        QPen pen = line->pen();
        pen.setColor(line == m_currentMarker ? QColor(0xc0, 0x39, 0x2b) : text);
        pen.setWidthF(2.0);
        pen.setStyle(line == m_gpuLine ? Qt::DashLine : line == m_combinedLine ? Qt::DotLine : Qt::SolidLine);
        line->setPen(pen);
    }
    QFont axisFont = font();
    axisFont.setPointSizeF(std::max(8.0, axisFont.pointSizeF()));
    for (QAbstractAxis* axis : m_chart->axes())
        axis->setLabelsFont(axisFont);
}

void MemoryChartWidget::retranslate()
{
    const QString unit = UnitValueProxy::unitName(m_units);
    m_yAxis->setTitleText(tr("Memory (%1)").arg(unit));
    if (m_contextAxis)
        m_contextAxis->setTitleText(tr("Context length (tokens per sequence)"));
    if (m_kind == Kind::QuantComparison && !m_title.isEmpty()) {
        m_chart->setTitle(m_title);
        setAccessibleName(m_title);
    } else if (m_kind == Kind::QuantComparison) {
        m_chart->setTitle(tr("Memory by quantization"));
        setAccessibleName(tr("Memory by quantization chart"));
    } else {
        m_chart->setTitle(tr("Memory by context length"));
        setAccessibleName(tr("Memory by context length chart"));
        for (int i = 0; i < m_areas.size(); ++i)
            m_areas[i]->setName(componentName(Component(i)));
        m_stateArea->setName(ContextSweepModel::stateName());
        if (m_currentMarker)
            m_currentMarker->setName(tr("Current context"));
    }
    if (m_gpuLine)
        m_gpuLine->setName(tr("GPU %1").arg(formatBytes(m_capacity.gpuBytes, m_units)));
    if (m_combinedLine)
        m_combinedLine->setName(tr("GPU + RAM %1").arg(formatBytes(m_capacity.combinedBytes(), m_units)));
}

void MemoryChartWidget::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslate();
        refresh();
    } else if (event->type() == QEvent::PaletteChange) {
        applyTheme();
    }
    QWidget::changeEvent(event);
}

void MemoryChartWidget::setTitle(const QString& title)
{
    m_title = title;
    retranslate();
}

bool MemoryChartWidget::showsState() const
{
    return m_stateArea && m_stateArea->isVisible();
}
