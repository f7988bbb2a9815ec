// SPDX-FileCopyrightText: 2026 The FitPlanner authors
// SPDX-License-Identifier: MIT

#pragma once

#include "fitplan.h"
#include "units.h"

#include <optional>

#include <QWidget>

class QLabel;
class QPlainTextEdit;
class QPushButton;
class QTableView;

namespace Planner {
class PlacementModel;
}

// The plan on the hardware: one row per device with a stacked bar (weights, KV cache, compute, overhead,
// free), the layers it holds, the speed estimate and the engine command with a Copy button.
class PlacementPanel : public QWidget
{
    Q_OBJECT

public:
    explicit PlacementPanel(QWidget* parent = nullptr);

    /** Shows a plan, or why there is none. */
    void setPlan(const std::optional<Planner::FitPlan>& plan, const QString& error, Planner::ByteUnits units);

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslate();

    Planner::PlacementModel* m_model;
    QLabel* m_summary;
    QTableView* m_table;
    QLabel* m_commandLabel;
    QPlainTextEdit* m_command;
    QPushButton* m_copy;
};
