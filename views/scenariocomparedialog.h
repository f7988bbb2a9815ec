// SPDX-FileCopyrightText: 2026 The FitPlanner authors
// SPDX-License-Identifier: MIT

#pragma once

#include "estimatesession.h"
#include "scenariostore.h"

#include <QDialog>

class QLabel;
class QListWidget;
class QTableView;
class MemoryChartWidget;

namespace Planner {
class QuantComparisonModel;
}

// Two to four scenarios side by side on the hardware in use: the current one and the saved ones the user ticks,
// in one table and one stacked chart (the quantization comparison's, with the scenarios as its bars).
class ScenarioCompareDialog : public QDialog
{
    Q_OBJECT

public:
    static constexpr int kMaxCompared = 4;

    ScenarioCompareDialog(const Planner::EstimateSession& session, const Planner::EstimateSession::Placer& placer,
        const QList<Planner::SavedScenario>& saved, QWidget* parent = nullptr);

    // Ticks the scenarios named (the current one is named by currentName()), at most four.
    void setChecked(const QStringList& names);
    QStringList checkedNames() const;
    QString currentName() const;
    Planner::QuantComparisonModel* model() const { return m_model; }

private:
    void recompute();

    const Planner::EstimateSession& m_session;
    Planner::EstimateSession::Placer m_placer;
    QList<Planner::SavedScenario> m_saved; // the current scenario first, then the saved ones
    QListWidget* m_list;
    QTableView* m_table;
    MemoryChartWidget* m_chart;
    QLabel* m_problems;
    Planner::QuantComparisonModel* m_model;
};
