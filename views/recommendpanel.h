// SPDX-FileCopyrightText: 2026 The FitPlanner authors
// SPDX-License-Identifier: MIT

#pragma once

#include "fitplanner.h"
#include "jobtracker.h"

#include <memory>
#include <optional>
#include <utility>

#include <QWidget>

class QDoubleSpinBox;
class QLabel;
class QLineEdit;
class QProgressBar;
class QSortFilterProxyModel;
class QTableView;

namespace Planner {
class RecommendationModel;
}

// "What can I run?": every catalog model with its best fitting quantization, largest context, speed and
// verdict on the hardware in use. FitPlanner::recommend runs off the GUI thread (a busy progress bar shows
// meanwhile); a newer request supersedes one in flight. The table sorts by any column and filters by name.
class RecommendPanel : public QWidget
{
    Q_OBJECT

public:
    RecommendPanel(std::shared_ptr<const Planner::ModelCatalog> models, const Planner::QuantCatalog& quants,
        QWidget* parent = nullptr);
    ~RecommendPanel() override; // waits for a computation in flight

    /** Recomputes for this hardware and scenario settings (engine, batch, KV type) at `context` tokens. */
    void recompute(const Planner::HardwareProfile& hardware, const Planner::Scenario& base, qint64 context);
    bool isBusy() const { return m_jobs.isJobRunning(); }
    /** The catalog the next computation ranks; one in flight keeps the snapshot it started with. */
    void setModels(std::shared_ptr<const Planner::ModelCatalog> models) { m_models = std::move(models); }
    /** The search settings the panel's controls hold: quality floor (mean KLD) and usable speed (tokens/s). */
    Planner::PlanOptions searchOptions() const;
    /** Sets both controls; the table recomputes when it has been computed before and a value changed. */
    void setSearchSettings(double qualityFloorKld, double usableTokensPerSecond);

Q_SIGNALS:
    /** A computation finished and the table holds its rows. */
    void finished();

    /** The user double-clicked a row: plan this model. */
    void modelActivated(const QString& modelId);

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslate();
    void settingsEdited();

    std::shared_ptr<const Planner::ModelCatalog> m_models;
    Planner::FitPlanner m_planner;
    Planner::RecommendationModel* m_model;
    QSortFilterProxyModel* m_proxy;
    QLabel* m_title;
    QLabel* m_filterLabel;
    QLineEdit* m_filter;
    QProgressBar* m_progress;
    QLabel* m_floorLabel;
    QDoubleSpinBox* m_floor;
    QLabel* m_usableLabel;
    QDoubleSpinBox* m_usable;
    // The last request, recomputed when a search setting changes.
    struct Request
    {
        Planner::HardwareProfile hardware;
        Planner::Scenario base;
        qint64 context = 0;
    };
    std::optional<Request> m_last;
    std::pair<double, double> m_jobsSettings { -1.0, -1.0 }; // floor and usable speed of the last computation
    QTableView* m_table;
    JobTracker m_jobs; // last: it waits for a computation in flight before the planner goes
};
