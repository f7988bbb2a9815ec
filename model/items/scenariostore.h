// SPDX-FileCopyrightText: 2026 The FitPlanner authors
// SPDX-License-Identifier: MIT

#pragma once

#include "engine.h"
#include "estimatesession.h"
#include "quantcomparisonmodel.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace Planner {

struct ModelCatalog;
class MemoryEstimator;

// A scenario the user saved under a name: the model and how it runs (the hardware is whatever is in use when it
// is reopened or compared).
struct SavedScenario
{
    QString name;
    QString modelId;
    QString recipeId;
    Engine engine = Engine::LlamaCpp;
    qint64 context = 0;
    qint64 batch = 1;
    QString kvType;

    static SavedScenario of(const QString& name, const Scenario& scenario);
    bool operator==(const SavedScenario&) const = default;
};

// The saved scenarios, kept as JSON in one file ({"schema": 1, "scenarios": [...]}). Reading never fails: a
// missing file is an empty list, an entry that cannot be used is skipped with a problem naming it and the
// field, and a file that cannot be read at all is reported and left alone until the next save moves it aside
// (to "<file>.unreadable") rather than overwriting it. Writes replace the file only when written whole.
class ScenarioStore
{
public:
    static constexpr int kSchema = 1;
    static constexpr int kMaxScenarios = 1000;

    explicit ScenarioStore(QString path);
    // scenarios.json in the user's data folder (userDataDirectory(): FITPLANNER_DATA_DIR, else the system's).
    static QString defaultPath();

    // Reads the file again; the problems found (empty when it was clean or absent).
    QStringList load();
    const QList<SavedScenario>& scenarios() const { return m_scenarios; }
    const SavedScenario* find(const QString& name) const;
    const QString& path() const { return m_path; }

    // Adds `scenario`, or replaces the one of the same name, and saves. False with `*error` when the name is
    // empty or the file cannot be written; `*notice` says where an unreadable file was moved.
    bool save(const SavedScenario& scenario, QString* error, QString* notice = nullptr);
    bool remove(const QString& name, QString* error, QString* notice = nullptr);

private:
    bool write(QString* error, QString* notice);

    QString m_path;
    QList<SavedScenario> m_scenarios;
    bool m_unreadable = false; // the file exists but could not be read: move it aside before writing
};

// Each scenario estimated (and placed with `placer`, when given) on the hardware in use, as rows of a
// quantization comparison named after the scenarios, for one table and one chart side by side. Scenarios whose
// model is unknown or whose estimate fails are left out, each with a problem in `*problems`.
QList<QuantComparisonRow> compareScenarios(const QList<SavedScenario>& scenarios, const ModelCatalog& models,
    const MemoryEstimator& estimator, const EstimateSession::Placer& placer, const CapacityInput& capacity,
    QStringList* problems);

} // namespace Planner
