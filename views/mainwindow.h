// SPDX-FileCopyrightText: 2026 The FitPlanner authors
// SPDX-License-Identifier: MIT

#pragma once

#include "custommodelstore.h"
#include "estimatesession.h"
#include "fitplanner.h"
#include "jobtracker.h"
#include "modelfile.h"
#include "preferencesstore.h"
#include "report.h"
#include "scenariostore.h"

#include <optional>

#include <QHash>
#include <QMainWindow>

class QAction;
class QDialog;
class QActionGroup;
class QLabel;
class QMenu;
class QProgressBar;
class QPushButton;
class QScrollArea;
class QSplitter;
class QTabWidget;
class QTableView;
class CatalogPanel;
class CustomModelDialog;
class FitStatusDecorator;
class HardwarePanel;
class PlacementPanel;
class RecommendPanel;
class MemoryChartWidget;
class ScenarioCompareDialog;
class ScenarioPanel;
class VerdictBanner;

namespace Planner {
struct GpuCatalog;
struct ModelCatalog;
struct QuantCatalog;
class EstimateSession;
class HardwareSelection;
} // namespace Planner

// One window, answer first: the catalog on the left; the scenario, the verdict, the breakdown table and
// the charts on the right; the capacity in use in the status bar.
class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    MainWindow(const Planner::ModelCatalog& models, const Planner::QuantCatalog& quants, QWidget* parent = nullptr);
    /** With the GPU catalog for the hardware panel's what-if mode and for matching detected devices. */
    MainWindow(const Planner::ModelCatalog& models, const Planner::QuantCatalog& quants,
        const Planner::GpuCatalog& gpus, QWidget* parent = nullptr);
    ~MainWindow() override;

    /** Restores scenario, capacity, units, chart tab, geometry and splitter state. */
    void applyPreferences(const Planner::Preferences& prefs);
    /** The current state, to save. */
    Planner::Preferences preferences() const;

    /** Tab ids for --tab: "quantization", "context", "placement", "recommend", "train". */
    static QStringList chartTabIds();
    /** The smallest size the window can be made: below it the banner, combos and tabs would be cut. */
    static QSize minimumWindowSize() { return { 800, 500 }; }
    bool setChartTab(const QString& id);

    Planner::EstimateSession* session() const { return m_session; }
    /** The hardware to plan for: the hardware panel and the hand-entered capacity edit it. */
    Planner::HardwareSelection* hardware() const { return m_hardwareChoice; }
    RecommendPanel* recommendPanel() const { return m_recommend; }
    PlacementPanel* placementPanel() const { return m_placement; }

    /** Starts detecting this machine's hardware off the GUI thread (the app calls it at start). */
    void startHardwareDetection();
    /** A detected (or recorded) hardware profile, as detection would deliver it. */
    void setHardwareProfile(const Planner::HardwareProfile& profile);
    /** The plan of the current scenario on the hardware in use; nullopt with planError() when none. */
    const std::optional<Planner::FitPlan>& plan() const;
    QString planError() const;

    /** Opens a .gguf / .safetensors file or a Hugging Face folder without blocking; see modelFileOpened. */
    void openModelFile(const QString& path);
    /** Whether a model file is being read (the status bar then shows it, with a Cancel button). */
    bool isOpeningModelFile() const { return m_files.isJobRunning(); }
    /** Stops the model files being read; their results are dropped and modelFileOpened is not emitted for them. */
    void cancelModelFileLoads();
    QStringList recentFiles() const { return m_recentFiles; }
    /** Paths of the model files opened in this session, in the catalog's Opened files group. */
    QStringList openedFiles() const { return m_opened.keys(); }
    /** Writes the current estimate (and its plan) as `format` to `path`, whole or not at all (File > Export
     *  report). False with `*error` naming the file and the reason. */
    bool exportReport(const QString& path, Planner::ReportFormat format, QString* error);
    /** Writes the chart (or panel) of the current tab as a PNG or SVG image, by the suffix of `path` (File >
     *  Export chart). False with `*error` naming the file and the reason. */
    bool exportChart(const QString& path, QString* error);
    /** Reads the saved scenarios from `path` (the app passes ScenarioStore::defaultPath()); the problems found,
     *  which the status bar also shows. Until then the Scenarios menu is disabled. */
    QStringList openScenarioStore(const QString& path);
    const Planner::ScenarioStore& scenarioStore() const { return m_scenarios; }
    /** Saves the current scenario under `name` (replacing one of that name). */
    bool saveScenario(const QString& name, QString* error);
    /** Makes the saved scenario `name` the current one. */
    bool openScenario(const QString& name, QString* error);
    /** Shows the comparison of the current and the saved scenarios (not modal); the dialog it opened. */
    ScenarioCompareDialog* showScenarioComparison();
    /** Reads the custom models kept at `path` (the app passes CustomModelStore::defaultPath()) and lists them
     *  with the catalog; the problems found, which the status bar also shows. Until then the Model menu's custom
     *  model entries are disabled. */
    QStringList openCustomModelStore(const QString& path);
    const Planner::CustomModelStore& customModelStore() const { return m_customModels; }
    /** Validates, adds and saves a custom model, then lists it; false with `*error` when refused or not saved. */
    bool addCustomModel(const Planner::CustomModelRequest& request, QString* error);
    /** Removes a custom model and saves; the scenario keeps it until another model is chosen. */
    bool removeCustomModel(const QString& id, QString* error);
    /** Model > Add custom model...: the dialog it opened (not modal); OK adds the model. */
    CustomModelDialog* showAddCustomModel();
    /** Help > How is this computed? (or a breakdown row activated): one component's figure, formula and the place
     *  in the engine's source its rule comes from, or with no part the whole Markdown report (every figure, the
     *  engine's version and sources); a box in the dialog switches between them. The dialog it opened. */
    QDialog* showComputation(std::optional<Planner::MemoryPart> part = std::nullopt);
    /** Where the memory-model and planning documents are: installed beside the binary, else in the sources;
     *  empty when neither is there. */
    static QString documentationFolder();
    /** Help > About's text: the version, what FitPlanner does, and the licences of it and what it links. */
    static QString aboutText();

Q_SIGNALS:
    /** The user picked a language in the View menu: "" (system), "en" or "zh_CN". app/ installs it. */
    void languageRequested(const QString& language);
    /** A model file finished opening: `error` is empty on success. */
    void modelFileOpened(const QString& path, const QString& error);

protected:
    void changeEvent(QEvent* event) override;
    bool eventFilter(QObject* watched, QEvent* event) override;
    void closeEvent(QCloseEvent* event) override;
    void dragEnterEvent(QDragEnterEvent* event) override;
    void dropEvent(QDropEvent* event) override;

private:
    void createMenus();
    void retranslate();
    void onUpdated();
    void onHardwareChanged();
    void showPlan();
    void updateServing(); // the serving capacity for the placement panel's users, off the GUI thread
    void updateRecommendations();
    struct OpenedFile
    {
        QString path;
        std::optional<Planner::OpenedModel> model;
        QString error;
    };
    void onModelFileFinished(const OpenedFile& result);
    void addRecentFile(const QString& path);
    void showLoadBusy(const QString& message);
    void rebuildRecentMenu();
    void chooseModel(const QString& id);
    void askExportReport();
    void askExportChart();
    void rebuildScenarioMenus();
    void rebuildCustomModelMenu();
    void applyModels();
    void askRemoveCustomModel(const QString& id);
    void askSaveScenario();
    QWidget* exportedChart() const;

    Planner::EstimateSession* m_session;
    Planner::HardwareSelection* m_hardwareChoice;
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
    QScrollArea* m_resultsScroll;
    QLabel* m_capacityLabel;
    QLabel* m_breakdownTitle;
    QLabel* m_planLabel;
    QProgressBar* m_loadProgress = nullptr;
    QPushButton* m_loadCancel = nullptr;
    HardwarePanel* m_hardware;
    PlacementPanel* m_placement;
    RecommendPanel* m_recommend;
    Planner::FitPlanner m_planner;
    QString m_recommendKey;
    QStringList m_recentFiles;
    QHash<QString, Planner::OpenedModel> m_opened;

    QMenu* m_fileMenu = nullptr;
    QMenu* m_viewMenu = nullptr;
    QMenu* m_unitsMenu = nullptr;
    QMenu* m_languageMenu = nullptr;
    QMenu* m_helpMenu = nullptr;
    QMenu* m_modelMenu = nullptr;
    QAction* m_addCustomModelAction = nullptr;
    QMenu* m_removeCustomModelMenu = nullptr;
    Planner::ModelCatalog m_builtInModels; // the catalog the window was given, without custom models
    Planner::CustomModelStore m_customModels { QString() };
    QMenu* m_scenarioMenu = nullptr;
    QMenu* m_openScenarioMenu = nullptr;
    QMenu* m_deleteScenarioMenu = nullptr;
    QAction* m_saveScenarioAction = nullptr;
    QAction* m_compareScenariosAction = nullptr;
    Planner::ScenarioStore m_scenarios { QString() };
    Planner::EstimateSession::Placer m_placer; // places a scenario on the hardware in use, as the engine would
    QAction* m_quitAction = nullptr;
    QAction* m_openAction = nullptr;
    QAction* m_openFolderAction = nullptr;
    QAction* m_exportReportAction = nullptr;
    QAction* m_exportChartAction = nullptr;
    QMenu* m_recentMenu = nullptr;
    QAction* m_gibAction = nullptr;
    QAction* m_gbAction = nullptr;
    QAction* m_systemLanguageAction = nullptr;
    QAction* m_englishAction = nullptr;
    QAction* m_chineseAction = nullptr;
    QAction* m_aboutAction = nullptr;
    QAction* m_howAction = nullptr;
    QAction* m_copyReportAction = nullptr;
    JobTracker m_serving { this }; // serving capacity for the placement's users (several plans)
    JobTracker m_files { this, JobTracker::Policy::Every }; // last: it waits for files being read
};
