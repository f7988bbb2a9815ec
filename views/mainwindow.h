// SPDX-FileCopyrightText: 2025 FitPlanner contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "preferencesstore.h"

#include <QMainWindow>

class QAction;
class QActionGroup;
class QLabel;
class QMenu;
class QSplitter;
class QTabWidget;
class QTableView;
class CatalogPanel;
class FitStatusDecorator;
class MemoryChartWidget;
class ScenarioPanel;
class VerdictBanner;

namespace Planner {
struct ModelCatalog;
struct QuantCatalog;
class EstimateSession;
}

// One window, answer first: the catalog on the left; the scenario, the verdict, the breakdown table and
// the charts on the right; the capacity in use in the status bar.
class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    MainWindow(const Planner::ModelCatalog& models, const Planner::QuantCatalog& quants, QWidget* parent = nullptr);
    ~MainWindow() override;

    /** Restores scenario, capacity, units, chart tab, geometry and splitter state. */
    void applyPreferences(const Planner::Preferences& prefs);
    /** The current state, to save. */
    Planner::Preferences preferences() const;

    /** Tab ids for --tab: "quantization", "context". */
    static QStringList chartTabIds();
    bool setChartTab(const QString& id);

    Planner::EstimateSession* session() const { return m_session; }
    CatalogPanel* catalogPanel() const { return m_catalog; }
    ScenarioPanel* scenarioPanel() const { return m_scenario; }
    VerdictBanner* verdictBanner() const { return m_banner; }
    QTableView* breakdownTable() const { return m_breakdownTable; }
    QTableView* comparisonTable() const { return m_comparisonTable; }
    MemoryChartWidget* comparisonChart() const { return m_comparisonChart; }
    MemoryChartWidget* sweepChart() const { return m_sweepChart; }
    QLabel* capacityLabel() const { return m_capacityLabel; }

Q_SIGNALS:
    /** The user picked a language in the View menu: "" (system), "en" or "zh_CN". app/ installs it. */
    void languageRequested(const QString& language);

protected:
    void changeEvent(QEvent* event) override;

private:
    void createMenus();
    void retranslate();
    void onUpdated();

    Planner::EstimateSession* m_session;
    QString m_language;
    CatalogPanel* m_catalog;
    ScenarioPanel* m_scenario;
    VerdictBanner* m_banner;
    QTableView* m_breakdownTable;
    QTableView* m_comparisonTable;
    FitStatusDecorator* m_breakdownDecorator;
    FitStatusDecorator* m_comparisonDecorator;
    MemoryChartWidget* m_comparisonChart;
    MemoryChartWidget* m_sweepChart;
    QTabWidget* m_tabs;
    QSplitter* m_splitter;
    QLabel* m_capacityLabel;
    QLabel* m_breakdownTitle;

    QMenu* m_fileMenu = nullptr;
    QMenu* m_viewMenu = nullptr;
    QMenu* m_unitsMenu = nullptr;
    QMenu* m_languageMenu = nullptr;
    QMenu* m_helpMenu = nullptr;
    QAction* m_quitAction = nullptr;
    QAction* m_gibAction = nullptr;
    QAction* m_gbAction = nullptr;
    QAction* m_systemLanguageAction = nullptr;
    QAction* m_englishAction = nullptr;
    QAction* m_chineseAction = nullptr;
    QAction* m_aboutAction = nullptr;
};
