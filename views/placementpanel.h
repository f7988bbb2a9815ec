// SPDX-FileCopyrightText: 2026 The FitPlanner authors
// SPDX-License-Identifier: MIT

#pragma once

#include "fitplan.h"
#include "servingcapacity.h"
#include "units.h"

#include <optional>

#include <QWidget>

class QLabel;
class QPlainTextEdit;
class QPushButton;
class QSpinBox;
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

    /** Concurrent users (sequences of the scenario's context) the serving figures are for; 1: none shown. */
    int users() const;
    void setUsers(int users);
    /** Says the serving figures are being computed. */
    void setServingPending();
    /** Shows the serving capacity for users(), or why there is none; nullopt and no error clears it. */
    void setServing(const std::optional<Planner::ServingCapacity>& serving, const QString& error);

Q_SIGNALS:
    void usersChanged(int users);
    /** The serving figures (or why there are none) are shown. */
    void servingShown();

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslate();

    Planner::PlacementModel* m_model;
    QLabel* m_summary;
    QLabel* m_usersLabel;
    QSpinBox* m_users;
    QLabel* m_serving;
    QTableView* m_table;
    QLabel* m_commandLabel;
    QPlainTextEdit* m_command;
    QPushButton* m_copy;
};
