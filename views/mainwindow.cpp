// SPDX-FileCopyrightText: 2026 The FitPlanner authors
// SPDX-License-Identifier: MIT

#include "mainwindow.h"

#include "catalogpanel.h"
#include "custommodeldialog.h"
#include "displaytext.h"
#include "estimatesession.h"
#include "fitstatusdecorator.h"
#include "hardwarepanel.h"
#include "hardwareselection.h"
#include "memorychartwidget.h"
#include "modelcatalogmodel.h"
#include "placementpanel.h"
#include "recommendationmodel.h"
#include "recommendpanel.h"
#include "scenariocomparedialog.h"
#include "scenariopanel.h"
#include "trainpanel.h"
#include "verdictbanner.h"

#include <QActionGroup>
#include <QApplication>
#include <QClipboard>
#include <QCloseEvent>
#include <QDialogButtonBox>
#include <QDir>
#include <QDragEnterEvent>
#include <QDropEvent>
#include <QEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QGroupBox>
#include <QGuiApplication>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QMenuBar>
#include <QMessageBox>
#include <QMimeData>
#include <QPainter>
#include <QProgressBar>
#include <QPushButton>
#include <QResizeEvent>
#include <QSaveFile>
#include <QScrollArea>
#include <QScrollBar>
#include <QSplitter>
#include <QStatusBar>
#include <QSvgGenerator>
#include <QTabWidget>
#include <QTableView>
#include <QTextBrowser>
#include <QTreeView>
#include <QUrl>
#include <QVBoxLayout>

using namespace Planner;

namespace {

QTableView* makeTable(QAbstractItemModel* model, QWidget* parent)
{
    auto* table = new QTableView(parent);
    table->setModel(model);
    table->setSelectionBehavior(QAbstractItemView::SelectRows);
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table->setWordWrap(false);
    table->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    table->verticalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    return table;
}

const GpuCatalog& noGpuCatalog()
{
    static const GpuCatalog empty;
    return empty;
}

// A message for a message box: each line with its control characters escaped (text from files may carry them),
// at most a screenful of lines, each cut to a readable length.
QString boxText(const QString& message)
{
    constexpr int kMaxLines = 12;
    constexpr int kMaxLineLength = 400;
    const QStringList lines = message.split(u'\n');
    QStringList shown;
    for (const QString& line : lines.mid(0, kMaxLines)) {
        const QString safe = escapeControl(line);
        shown << (safe.size() > kMaxLineLength ? safe.left(kMaxLineLength) + QStringLiteral("...") : safe);
    }
    if (lines.size() > kMaxLines)
        shown << MainWindow::tr("(and %n more lines)", nullptr, int(lines.size() - kMaxLines));
    return shown.join(u'\n');
}

} // namespace

MainWindow::MainWindow(const ModelCatalog& models, const QuantCatalog& quants, QWidget* parent)
    : MainWindow(models, quants, noGpuCatalog(), parent)
{ }

MainWindow::MainWindow(const ModelCatalog& models, const QuantCatalog& quants, const GpuCatalog& gpus, QWidget* parent)
    : QMainWindow(parent)
    , m_session(new EstimateSession(models, quants, this))
    , m_hardwareChoice(new HardwareSelection(gpus, this))
    , m_planner(quants)
{
    m_builtInModels = models.builtIn();
    m_catalog = new CatalogPanel(models, this);
    m_catalog->setObjectName(QStringLiteral("catalogPanel"));
    m_scenario = new ScenarioPanel(m_session, this);
    m_scenario->setObjectName(QStringLiteral("scenarioPanel"));
    m_banner = new VerdictBanner(this);
    m_banner->setObjectName(QStringLiteral("verdictBanner"));

    m_breakdownDecorator = new FitStatusDecorator(Roles::FitStatusRole, Roles::ComponentRole, this);
    m_breakdownDecorator->setSwatchColumn(BreakdownModel::ComponentColumn);
    m_breakdownDecorator->setSourceModel(m_session->breakdownModel());
    m_breakdownTable = makeTable(m_breakdownDecorator, this);
    m_breakdownTable->verticalHeader()->hide();
    m_breakdownTable->setObjectName(QStringLiteral("breakdownTable"));
    // Enter or a double click on a figure explains all of them.
    // A row opens its own component; the Total row the whole report.
    connect(m_breakdownTable, &QAbstractItemView::activated, this, [this](const QModelIndex& index) {
        const QVariant part = index.data(Roles::MemoryPartRole);
        showComputation(part.isValid() ? std::optional(MemoryPart(part.toInt())) : std::nullopt);
    });
    m_breakdownTitle = new QLabel(this);
    m_breakdownTitle->setBuddy(m_breakdownTable);

    m_comparisonDecorator = new FitStatusDecorator(Roles::FitStatusRole, Roles::ComponentRole, this);
    m_comparisonDecorator->setTintFits(false);
    m_comparisonDecorator->setIconColumn(-1);
    m_comparisonDecorator->setSourceModel(m_session->comparisonModel());
    m_comparisonChart
        = new MemoryChartWidget(MemoryChartWidget::Kind::QuantComparison, m_session->comparisonModel(), this);
    m_comparisonChart->setObjectName(QStringLiteral("comparisonChart"));
    m_comparisonTable = makeTable(m_comparisonDecorator, this);
    m_comparisonTable->setObjectName(QStringLiteral("comparisonTable"));
    m_sweepChart = new MemoryChartWidget(MemoryChartWidget::Kind::ContextSweep, m_session->sweepModel(), this);
    m_sweepChart->setObjectName(QStringLiteral("sweepChart"));

    auto* quantTab = new QSplitter(Qt::Vertical, this);
    quantTab->addWidget(m_comparisonChart);
    quantTab->addWidget(m_comparisonTable);
    quantTab->setStretchFactor(0, 3);
    quantTab->setStretchFactor(1, 1);
    m_placement = new PlacementPanel(this);
    m_placement->setObjectName(QStringLiteral("placementPanel"));
    m_recommend = new RecommendPanel(m_session->modelsSnapshot(), quants, this);
    m_recommend->setObjectName(QStringLiteral("recommendPanel"));
    m_tabs = new QTabWidget(this);
    m_tabs->setObjectName(QStringLiteral("chartTabs"));
    m_tabs->addTab(quantTab, QString());
    m_tabs->addTab(m_sweepChart, QString());
    m_tabs->addTab(m_placement, QString());
    m_tabs->addTab(m_recommend, QString());
    m_tabs->addTab(new TrainPanel(m_session, m_hardwareChoice, this), tr("Train"));
    m_planLabel = new QLabel(this);
    m_planLabel->setObjectName(QStringLiteral("planVerdict"));
    m_planLabel->setWordWrap(true);
    m_hardware = new HardwarePanel(m_hardwareChoice, this);
    m_hardware->setObjectName(QStringLiteral("hardwarePanel"));

    auto* right = new QWidget(this);
    auto* rightLayout = new QVBoxLayout(right);
    rightLayout->addWidget(m_scenario);
    rightLayout->addWidget(m_banner);
    rightLayout->addWidget(m_planLabel);
    rightLayout->addWidget(m_breakdownTitle);
    rightLayout->addWidget(m_breakdownTable);
    rightLayout->addWidget(m_tabs, 1);
    // The breakdown shows five rows; keep it compact so the charts get the space.
    m_breakdownTable->setSizeAdjustPolicy(QAbstractScrollArea::AdjustToContents);
    m_breakdownTable->setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOff);

    m_splitter = new QSplitter(Qt::Horizontal, this);
    m_splitter->setObjectName(QStringLiteral("mainSplitter"));
    auto* left = new QSplitter(Qt::Vertical, this);
    left->setObjectName(QStringLiteral("leftSplitter"));
    left->addWidget(m_catalog);
    auto* hardwareBox = new QGroupBox(this);
    hardwareBox->setObjectName(QStringLiteral("hardwareBox"));
    auto* hardwareLayout = new QVBoxLayout(hardwareBox);
    hardwareLayout->setContentsMargins(4, 4, 4, 4);
    hardwareLayout->addWidget(m_hardware);
    left->addWidget(hardwareBox);
    left->setStretchFactor(0, 3);
    left->setStretchFactor(1, 1);
    // Below the size the results need, they scroll rather than overlap: the window can be made as small as a
    // laptop screen allows.
    auto* rightScroll = new QScrollArea(this);
    rightScroll->setObjectName(QStringLiteral("resultsScroll"));
    rightScroll->setWidget(right);
    rightScroll->setWidgetResizable(true);
    rightScroll->setFrameShape(QFrame::NoFrame);
    // Sideways, the results wrap instead: the scenario controls take one row each where three rows do not fit.
    rightScroll->viewport()->installEventFilter(this);
    m_resultsScroll = rightScroll;
    m_splitter->addWidget(left);
    m_splitter->addWidget(rightScroll);
    m_splitter->setStretchFactor(0, 0);
    m_splitter->setStretchFactor(1, 1);
    m_splitter->setSizes({ 460, 1140 });
    setCentralWidget(m_splitter);

    m_capacityLabel = new QLabel(this);
    m_capacityLabel->setObjectName(QStringLiteral("capacitySummary"));
    statusBar()->addPermanentWidget(m_capacityLabel, 1);
    m_loadProgress = new QProgressBar(this);
    m_loadProgress->setObjectName(QStringLiteral("loadProgress"));
    m_loadProgress->setRange(0, 0); // busy: a header read has no useful percentage
    m_loadProgress->setMaximumWidth(120);
    m_loadProgress->hide();
    m_loadCancel = new QPushButton(this);
    m_loadCancel->setObjectName(QStringLiteral("loadCancel"));
    m_loadCancel->hide();
    connect(m_loadCancel, &QPushButton::clicked, this, &MainWindow::cancelModelFileLoads);
    statusBar()->addWidget(m_loadProgress);
    statusBar()->addWidget(m_loadCancel);

    // Keyboard order: catalog (search, filters, list), then the scenario, then the results.
    setTabOrder(m_catalog->treeView(), m_scenario->firstControl());
    setTabOrder(m_scenario->lastControl(), m_breakdownTable);
    setTabOrder(m_breakdownTable, m_tabs);

    createMenus();

    // The session places every scenario it shows on the hardware in use, as the engine would.
    m_placer = [this](const Scenario& s, QString* error) {
        PlanOptions options;
        options.frontend = defaultFrontend(s.engine);
        if (!m_hardwareChoice->error().isEmpty()) {
            if (error)
                *error = m_hardwareChoice->error();
            return std::optional<FitPlan>();
        }
        return m_planner.plan(s, m_hardwareChoice->profile(), options, error);
    };
    m_session->setPlacer(m_placer);
    connect(m_placement, &PlacementPanel::usersChanged, this, &MainWindow::updateServing);
    connect(m_catalog, &CatalogPanel::modelChosen, this, &MainWindow::chooseModel);
    connect(m_catalog, &CatalogPanel::addCustomModelRequested, this, [this] {
        if (m_addCustomModelAction->isEnabled()) // the custom models' file is open
            showAddCustomModel();
    });
    connect(m_catalog, &CatalogPanel::removeCustomModelRequested, this, &MainWindow::askRemoveCustomModel);
    connect(m_session, &EstimateSession::updated, this, &MainWindow::onUpdated);
    connect(m_session, &EstimateSession::scenarioChanged, this, [this] {
        m_catalog->selectModel(m_session->openedPath().isEmpty()
                ? m_session->scenario().model.id
                : ModelCatalogModel::openedFileId(m_session->openedPath()));
    });
    connect(m_hardwareChoice, &HardwareSelection::changed, this, &MainWindow::onHardwareChanged);
    // The hand-entered capacity is the hardware's manual mode: editing it switches to that mode.
    connect(m_scenario, &ScenarioPanel::capacityEdited, m_hardwareChoice,
        [this](const CapacityInput& c) { m_hardwareChoice->setManual(c.gpuBytes, c.ramBytes); });
    connect(m_recommend, &RecommendPanel::modelActivated, this, [this](const QString& id) {
        m_session->setModelId(id);
        m_tabs->setCurrentWidget(m_placement);
    });
    setAcceptDrops(true);

    retranslate();
    setMinimumSize(minimumWindowSize());
    resize(1400, 900);
    m_session->setCapacity(m_hardwareChoice->capacity());
    m_session->recompute();
    m_catalog->selectModel(m_session->scenario().model.id);
}

MainWindow::~MainWindow() = default;

void MainWindow::createMenus()
{
    m_fileMenu = menuBar()->addMenu(QString());
    m_openAction = m_fileMenu->addAction(QString(), QKeySequence::Open, this, [this] {
        const QString file = QFileDialog::getOpenFileName(
            this, tr("Open model file"), QString(), tr("Model files (*.gguf *.safetensors);;All files (*)"));
        if (!file.isEmpty())
            openModelFile(file);
    });
    m_openFolderAction = m_fileMenu->addAction(QString(), this, [this] {
        const QString dir = QFileDialog::getExistingDirectory(this, tr("Open model folder"));
        if (!dir.isEmpty())
            openModelFile(dir);
    });
    m_recentMenu = m_fileMenu->addMenu(QString());
    m_recentMenu->setObjectName(QStringLiteral("recentMenu"));
    m_fileMenu->addSeparator();
    m_exportReportAction = m_fileMenu->addAction(QString(), this, &MainWindow::askExportReport);
    m_exportReportAction->setObjectName(QStringLiteral("exportReportAction"));
    m_exportChartAction = m_fileMenu->addAction(QString(), this, &MainWindow::askExportChart);
    m_exportChartAction->setObjectName(QStringLiteral("exportChartAction"));
    m_copyReportAction = m_fileMenu->addAction(QString(), this, [this] {
        const auto& estimate = m_session->estimate();
        if (!estimate)
            return;
        const auto& p = plan();
        QGuiApplication::clipboard()->setText(QString::fromUtf8(renderReport(
            ReportInput { m_session->scenario().model, *estimate, p ? &*p : nullptr }, ReportFormat::Markdown)));
        statusBar()->showMessage(tr("The report is on the clipboard, as Markdown"), 5000);
    });
    m_copyReportAction->setObjectName(QStringLiteral("copyReportAction"));
    m_fileMenu->addSeparator();
    m_quitAction = m_fileMenu->addAction(QString(), QKeySequence::Quit, this, &QWidget::close);

    m_modelMenu = menuBar()->addMenu(QString());
    m_modelMenu->setObjectName(QStringLiteral("modelMenu"));
    m_addCustomModelAction = m_modelMenu->addAction(QString(), this, [this] { showAddCustomModel(); });
    m_addCustomModelAction->setObjectName(QStringLiteral("addCustomModelAction"));
    m_removeCustomModelMenu = m_modelMenu->addMenu(QString());
    m_removeCustomModelMenu->setObjectName(QStringLiteral("removeCustomModelMenu"));
    m_addCustomModelAction->setEnabled(false);
    m_removeCustomModelMenu->setEnabled(false);

    m_viewMenu = menuBar()->addMenu(QString());
    m_unitsMenu = m_viewMenu->addMenu(QString());
    auto* units = new QActionGroup(this);
    m_gibAction = m_unitsMenu->addAction(QString());
    m_gbAction = m_unitsMenu->addAction(QString());
    for (QAction* a : { m_gibAction, m_gbAction }) {
        a->setCheckable(true);
        units->addAction(a);
    }
    m_gibAction->setChecked(true);
    connect(m_gibAction, &QAction::triggered, this, [this] { m_session->setUnits(ByteUnits::Binary); });
    connect(m_gbAction, &QAction::triggered, this, [this] { m_session->setUnits(ByteUnits::Decimal); });

    m_languageMenu = m_viewMenu->addMenu(QString());
    auto* languages = new QActionGroup(this);
    m_systemLanguageAction = m_languageMenu->addAction(QString());
    m_englishAction = m_languageMenu->addAction(QStringLiteral("English"));
    // The language's own name, untranslated, so it can be found from any language.
    m_chineseAction = m_languageMenu->addAction(QStringLiteral("\u7b80\u4f53\u4e2d\u6587"));
    const QList<QPair<QAction*, QString>> codes = { { m_systemLanguageAction, QString() },
        { m_englishAction, QStringLiteral("en") }, { m_chineseAction, QStringLiteral("zh_CN") } };
    for (const auto& [action, code] : codes) {
        action->setCheckable(true);
        languages->addAction(action);
        connect(action, &QAction::triggered, this, [this, code = code] {
            m_language = code;
            Q_EMIT languageRequested(code);
        });
    }
    m_systemLanguageAction->setChecked(true);

    m_scenarioMenu = menuBar()->addMenu(QString());
    m_scenarioMenu->setObjectName(QStringLiteral("scenarioMenu"));
    m_saveScenarioAction = m_scenarioMenu->addAction(QString(), this, &MainWindow::askSaveScenario);
    m_openScenarioMenu = m_scenarioMenu->addMenu(QString());
    m_openScenarioMenu->setObjectName(QStringLiteral("openScenarioMenu"));
    m_compareScenariosAction = m_scenarioMenu->addAction(QString(), this, [this] { showScenarioComparison(); });
    m_scenarioMenu->addSeparator();
    m_deleteScenarioMenu = m_scenarioMenu->addMenu(QString());
    m_deleteScenarioMenu->setObjectName(QStringLiteral("deleteScenarioMenu"));
    m_scenarioMenu->setEnabled(false);

    m_helpMenu = menuBar()->addMenu(QString());
    m_howAction = m_helpMenu->addAction(QString(), QKeySequence::HelpContents, this, [this] { showComputation(); });
    m_howAction->setObjectName(QStringLiteral("howAction"));
    m_aboutAction = m_helpMenu->addAction(
        QString(), this, [this] { QMessageBox::about(this, tr("About FitPlanner"), aboutText()); });
}

void MainWindow::retranslate()
{
    setWindowTitle(tr("FitPlanner"));
    m_fileMenu->setTitle(tr("&File"));
    m_openAction->setText(tr("&Open model file..."));
    m_openFolderAction->setText(tr("Open model &folder..."));
    m_exportReportAction->setText(tr("&Export report..."));
    m_exportChartAction->setText(tr("Export &chart..."));
    m_copyReportAction->setText(tr("Copy report to the clip&board"));
    m_recentMenu->setTitle(tr("Open &Recent"));
    rebuildRecentMenu();
    m_quitAction->setText(tr("&Quit"));
    m_loadCancel->setText(tr("Cancel"));
    m_loadCancel->setToolTip(tr("Stop reading the model file"));
    m_modelMenu->setTitle(tr("&Model"));
    m_addCustomModelAction->setText(tr("&Add custom model..."));
    m_addCustomModelAction->setToolTip(tr("Add a model from its config.json or from its dimensions"));
    m_removeCustomModelMenu->setTitle(tr("&Remove custom model"));
    m_viewMenu->setTitle(tr("&View"));
    m_unitsMenu->setTitle(tr("&Units"));
    m_gibAction->setText(tr("GiB (binary, as drivers report)"));
    m_gbAction->setText(tr("GB (decimal)"));
    m_languageMenu->setTitle(tr("&Language"));
    m_systemLanguageAction->setText(tr("System language"));
    m_scenarioMenu->setTitle(tr("&Scenarios"));
    m_saveScenarioAction->setText(tr("&Save scenario..."));
    m_openScenarioMenu->setTitle(tr("&Open scenario"));
    m_compareScenariosAction->setText(tr("&Compare scenarios..."));
    m_deleteScenarioMenu->setTitle(tr("&Delete scenario"));
    m_helpMenu->setTitle(tr("&Help"));
    m_howAction->setText(tr("&How is this computed?"));
    m_aboutAction->setText(tr("&About FitPlanner"));
    m_tabs->setTabText(0, tr("Quantizations"));
    m_tabs->setTabText(1, tr("Context"));
    m_tabs->setTabText(2, tr("Placement"));
    m_tabs->setTabText(3, tr("What can I run?"));
    if (auto* box = findChild<QGroupBox*>(QStringLiteral("hardwareBox")))
        box->setTitle(tr("Hardware"));
    m_tabs->setAccessibleName(tr("Charts"));
    m_breakdownTitle->setText(tr("Memory &breakdown (hover a row for the arithmetic)"));
    m_breakdownTable->setAccessibleName(tr("Memory breakdown"));
    m_comparisonTable->setAccessibleName(tr("Memory by quantization table"));
    m_catalog->setAccessibleName(tr("Model catalog"));
    onUpdated();
}

void MainWindow::onUpdated()
{
    const ByteUnits units = m_session->units();
    showPlan();
    if (m_session->estimate())
        m_banner->setVerdict(m_session->verdict().status, m_session->verdict().headline, m_session->suggestion());
    else
        m_banner->setError(m_session->error());
    m_comparisonChart->setUnits(units);
    m_sweepChart->setUnits(units);
    m_comparisonChart->setCapacity(m_session->engineCapacity());
    m_sweepChart->setCapacity(m_session->engineCapacity());
    m_hardware->setUnits(units);
    m_capacityLabel->setText(m_hardware->summary(units));
    updateRecommendations();
    (units == ByteUnits::Binary ? m_gibAction : m_gbAction)->setChecked(true);
    m_breakdownTable->resizeRowsToContents();
    int height = m_breakdownTable->horizontalHeader()->height() + 2 * m_breakdownTable->frameWidth();
    for (int r = 0; r < m_breakdownTable->model()->rowCount(); ++r)
        height += m_breakdownTable->rowHeight(r);
    m_breakdownTable->setFixedHeight(height);
}

void MainWindow::onHardwareChanged()
{
    const CapacityInput before = m_session->capacity();
    m_session->setCapacity(m_hardwareChoice->capacity());
    // The same capacity on other devices (two 12 GB GPUs for one 24 GB) places differently: place again.
    if (m_session->capacity() == before)
        m_session->recompute();
}

const std::optional<FitPlan>& MainWindow::plan() const
{
    return m_session->plan();
}

QString MainWindow::planError() const
{
    return m_session->planError();
}

void MainWindow::showPlan()
{
    const ByteUnits units = m_session->units();
    const std::optional<FitPlan>& plan = m_session->plan();
    m_placement->setPlan(plan, m_session->planError(), units);
    updateServing();
    if (!plan) {
        m_planLabel->setText(tr("Placement: no plan (%1)").arg(m_session->planError()));
        return;
    }
    QString text = tr("Placement on this hardware: %1").arg(RecommendationModel::verdictCell(*plan));
    if (plan->fits() && plan->tokensPerSecond >= 0)
        text += tr(", about %1 tokens/s").arg(plan->tokensPerSecond, 0, 'f', 1);
    else if (!plan->fits())
        text += tr(", short by %1").arg(formatBytes(-plan->headroomBytes, units));
    m_planLabel->setText(text);
}

void MainWindow::updateServing()
{
    const int users = m_placement->users();
    if (users <= 1 || !m_session->plan() || !m_hardwareChoice->error().isEmpty()) {
        m_serving.cancelJobs();
        m_placement->setServing(std::nullopt, QString());
        return;
    }
    m_placement->setServingPending();
    // Several plans (a search over slot counts): off the GUI thread, on copies; the planner outlives the tracker.
    const Scenario s = m_session->scenario();
    const HardwareProfile hw = m_hardwareChoice->profile();
    const FitPlanner* planner = &m_planner;
    m_serving.startJob(
        [s, hw, planner, users] {
            PlanOptions options;
            options.frontend = defaultFrontend(s.engine);
            QString error;
            auto c = servingCapacity(*planner, s, hw, options, users, &error);
            return std::make_pair(c, error);
        },
        [this](const std::pair<std::optional<ServingCapacity>, QString>& r) {
            m_placement->setServing(r.first, r.second);
        });
}

void MainWindow::updateRecommendations()
{
    // Recompute only when what the table depends on changed: the hardware and the engine settings.
    const Scenario& s = m_session->scenario();
    const HardwareProfile& hw = m_hardwareChoice->profile();
    QString key = QStringLiteral("%1|%2|%3|%4|%5|%6")
                      .arg(engineId(s.engine), s.kvType)
                      .arg(s.batch)
                      .arg(s.context)
                      .arg(hw.ramTotal)
                      .arg(hw.ramAvailable);
    for (const GpuDevice& d : hw.gpus)
        key += QStringLiteral("|%1:%2:%3").arg(d.name).arg(d.memoryTotal).arg(d.memoryFree);
    if (key == m_recommendKey)
        return;
    m_recommendKey = key;
    Scenario base = s;
    base.storedTensors.clear();
    m_recommend->recompute(hw, base, s.context);
}

void MainWindow::chooseModel(const QString& id)
{
    if (!ModelCatalogModel::isOpenedFileId(id)) {
        m_session->setModelId(id);
        return;
    }
    const QString path = id.mid(5);
    const auto it = m_opened.constFind(path);
    if (it == m_opened.constEnd())
        return;
    QString error;
    if (!m_session->setOpenedModel(*it, &error))
        QMessageBox::warning(
            this, tr("Cannot plan for %1").arg(escapeControl(QFileInfo(path).fileName())), boxText(error));
}

void MainWindow::startHardwareDetection()
{
    m_hardware->startDetection();
}

void MainWindow::setHardwareProfile(const HardwareProfile& profile)
{
    m_hardwareChoice->setDetected(profile);
}

void MainWindow::openModelFile(const QString& path)
{
    if (path.isEmpty())
        return;
    showLoadBusy(tr("Opening %1...").arg(escapeControl(QDir::toNativeSeparators(path))));
    // Read off the GUI thread; the catalog outlives the window and the tracker cancels and waits for the read.
    const QuantCatalog* quants = &m_session->quants();
    m_files.startJob(
        [path, quants, cancel = m_files.cancelFlag()] {
            OpenedFile r;
            r.path = path;
            r.model = Planner::openModelFile(path, *quants, &r.error, cancel.get());
            return r;
        },
        [this](const OpenedFile& result) { onModelFileFinished(result); });
}

void MainWindow::showLoadBusy(const QString& message)
{
    const bool busy = !message.isEmpty();
    if (busy)
        statusBar()->showMessage(message);
    else
        statusBar()->clearMessage();
    m_loadProgress->setVisible(busy);
    m_loadCancel->setVisible(busy);
}

void MainWindow::cancelModelFileLoads()
{
    if (!m_files.isJobRunning())
        return;
    m_files.cancelJobs();
    showLoadBusy(QString());
    statusBar()->showMessage(tr("Opening cancelled"), 5000);
}

void MainWindow::closeEvent(QCloseEvent* event)
{
    // A file still being read must not keep the process alive once the window is gone.
    m_files.cancelJobs();
    QMainWindow::closeEvent(event);
}

void MainWindow::onModelFileFinished(const OpenedFile& result)
{
    if (!m_files.isJobRunning())
        showLoadBusy(QString());
    QString error = result.error;
    if (result.model) {
        const OpenedModel& m = *result.model;
        if (m.spec) {
            m_opened.insert(m.path, m);
            m_catalog->addOpenedFile(m.path, *m.spec, m.parameters);
            addRecentFile(m.path);
            if (!m_session->setOpenedModel(m, &error))
                m_catalog->selectModel(m_session->scenario().model.id);
        } else {
            // The same reason the command line gives: a projector, or why the architecture is unknown.
            Scenario unused;
            applyModelFile(unused, m, &error);
        }
    }
    if (!error.isEmpty()) {
        // Not exec(): the GUI keeps running (and tests are not blocked) while the message shows. Text from the
        // file is escaped, and the message is cut to a screenful.
        auto* box = new QMessageBox(QMessageBox::Warning, tr("Cannot open model file"),
            tr("Cannot open %1:\n%2").arg(escapeControl(QDir::toNativeSeparators(result.path)), boxText(error)),
            QMessageBox::Ok, this);
        box->setAttribute(Qt::WA_DeleteOnClose);
        box->setObjectName(QStringLiteral("openErrorBox"));
        box->open();
    }
    Q_EMIT modelFileOpened(result.path, error);
}

void MainWindow::addRecentFile(const QString& path)
{
    m_recentFiles.removeAll(path);
    m_recentFiles.prepend(path);
    while (m_recentFiles.size() > Preferences::kMaxRecentFiles)
        m_recentFiles.removeLast();
    rebuildRecentMenu();
}

void MainWindow::rebuildRecentMenu()
{
    m_recentMenu->clear();
    for (const QString& path : std::as_const(m_recentFiles)) {
        QAction* a = m_recentMenu->addAction(QDir::toNativeSeparators(path));
        connect(a, &QAction::triggered, this, [this, path] { openModelFile(path); });
    }
    if (!m_recentFiles.isEmpty()) {
        m_recentMenu->addSeparator();
        m_recentMenu->addAction(tr("Clear list"), this, [this] {
            m_recentFiles.clear();
            rebuildRecentMenu();
        });
    }
    m_recentMenu->setEnabled(!m_recentFiles.isEmpty());
}

void MainWindow::dragEnterEvent(QDragEnterEvent* event)
{
    const QList<QUrl> urls = event->mimeData()->urls();
    if (!urls.isEmpty() && std::all_of(urls.begin(), urls.end(), [](const QUrl& u) { return u.isLocalFile(); }))
        event->acceptProposedAction();
}

void MainWindow::dropEvent(QDropEvent* event)
{
    for (const QUrl& url : event->mimeData()->urls())
        if (url.isLocalFile())
            openModelFile(url.toLocalFile());
    event->acceptProposedAction();
}

void MainWindow::applyPreferences(const Preferences& p)
{
    const auto engine = engineFromId(p.engineId).value_or(Engine::LlamaCpp);
    m_hardwareChoice->setChoice(p.hardwareChoice(), !p.hardwareMode.isEmpty());
    m_recentFiles = p.recentFiles;
    rebuildRecentMenu();
    m_session->setUnits(p.units);
    m_session->setComparedRecipes(p.comparedRecipes);
    m_session->setScenario(p.modelId, p.recipeId, p.context, p.batch, p.kvType, engine);
    m_tabs->setCurrentIndex(std::clamp(p.chartTab, 0, m_tabs->count() - 1));
    m_recommend->setSearchSettings(p.qualityFloorKld, p.usableTokensPerSecond);
    m_language = p.language;
    (p.language == QLatin1String("en")             ? m_englishAction
            : p.language == QLatin1String("zh_CN") ? m_chineseAction
                                                   : m_systemLanguageAction)
        ->setChecked(true);
    if (!p.windowGeometry.isEmpty())
        restoreGeometry(p.windowGeometry);
    if (!p.windowState.isEmpty())
        restoreState(p.windowState);
    if (!p.splitterState.isEmpty())
        m_splitter->restoreState(p.splitterState);
}

Preferences MainWindow::preferences() const
{
    Preferences p;
    const Scenario& s = m_session->scenario();
    p.modelId = s.model.id;
    p.recipeId = s.recipeId;
    p.context = s.context;
    p.batch = s.batch;
    p.kvType = s.kvType;
    p.engineId = engineId(s.engine);
    p.comparedRecipes = m_session->comparedRecipes();
    p.setHardwareChoice(m_hardwareChoice->choice(), m_hardwareChoice->isChosen(), m_hardwareChoice->capacity());
    p.recentFiles = m_recentFiles;
    p.units = m_session->units();
    p.language = m_language;
    p.chartTab = m_tabs->currentIndex();
    const PlanOptions search = m_recommend->searchOptions();
    p.qualityFloorKld = search.qualityFloorKld;
    p.usableTokensPerSecond = search.usableTokensPerSecond;
    p.windowGeometry = saveGeometry();
    p.windowState = saveState();
    p.splitterState = m_splitter->saveState();
    return p;
}

QStringList MainWindow::chartTabIds()
{
    return { QStringLiteral("quantization"), QStringLiteral("context"), QStringLiteral("placement"),
        QStringLiteral("recommend"), QStringLiteral("train") };
}

bool MainWindow::setChartTab(const QString& id)
{
    const qsizetype i = chartTabIds().indexOf(id);
    if (i < 0)
        return false;
    m_tabs->setCurrentIndex(int(i));
    return true;
}

bool MainWindow::eventFilter(QObject* watched, QEvent* event)
{
    if (event->type() == QEvent::Resize && watched == m_resultsScroll->viewport()) {
        const QMargins m = m_resultsScroll->widget()->layout()->contentsMargins();
        m_scenario->fitWidth(static_cast<QResizeEvent*>(event)->size().width() - m.left() - m.right());
        // The splitter gives the results the width they need laid out narrow, and the catalog the rest.
        if (m_scenario->isNarrow()) {
            m_resultsScroll->widget()->layout()->activate();
            m_resultsScroll->setMinimumWidth(m_resultsScroll->widget()->minimumSizeHint().width()
                + m_resultsScroll->verticalScrollBar()->sizeHint().width());
        }
    }
    return QMainWindow::eventFilter(watched, event);
}

void MainWindow::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslate();
        // Model headers, explanations and the verdict are translated when computed: compute again.
        m_session->recompute();
    }
    QMainWindow::changeEvent(event);
}

bool MainWindow::exportReport(const QString& path, ReportFormat format, QString* error)
{
    const auto& estimate = m_session->estimate();
    if (!estimate) {
        *error = tr("There is no estimate to export: %1").arg(m_session->error());
        return false;
    }
    const auto& p = plan();
    // The memory as the breakdown shows it, the placement as the Placement tab shows it.
    const QByteArray bytes
        = renderReport(ReportInput { m_session->scenario().model, *estimate, p ? &*p : nullptr }, format);
    return writeReportFile(path, bytes, error);
}

QWidget* MainWindow::exportedChart() const
{
    QWidget* page = m_tabs->currentWidget();
    // The quantization tab holds the chart above its table: the chart is the picture.
    return page && page->isAncestorOf(m_comparisonChart) ? m_comparisonChart : page;
}

bool MainWindow::exportChart(const QString& path, QString* error)
{
    QWidget* chart = exportedChart();
    const QString suffix = QFileInfo(path).suffix().toLower();
    QSaveFile file(path);
    const auto fail = [&](const QString& reason) {
        *error = tr("%1: cannot be written: %2").arg(QDir::toNativeSeparators(path), reason);
        file.cancelWriting();
        return false;
    };
    if (suffix != QLatin1String("png") && suffix != QLatin1String("svg"))
        return fail(tr("the name must end in .png or .svg"));
    if (!file.open(QIODevice::WriteOnly))
        return fail(file.errorString());
    if (suffix == QLatin1String("png")) {
        if (!chart->grab().save(&file, "PNG"))
            return fail(tr("the image could not be encoded"));
    } else {
        QSvgGenerator svg;
        svg.setOutputDevice(&file);
        svg.setSize(chart->size());
        svg.setViewBox(chart->rect());
        svg.setTitle(windowTitle());
        QPainter painter;
        if (!painter.begin(&svg))
            return fail(tr("the image could not be encoded"));
        chart->render(&painter);
        painter.end();
    }
    if (!file.commit())
        return fail(file.errorString());
    return true;
}

void MainWindow::askExportReport()
{
    const QString markdown = tr("Markdown (*.md)");
    const QString csv = tr("CSV, one row per figure (*.csv)");
    const QString json = tr("JSON (*.json)");
    QString filter = markdown;
    QString path = QFileDialog::getSaveFileName(this, tr("Export report"),
        QStringLiteral("%1.md").arg(m_session->scenario().model.id),
        QStringList { markdown, csv, json }.join(QStringLiteral(";;")), &filter);
    if (path.isEmpty())
        return;
    std::optional<ReportFormat> format = reportFormatFromPath(path);
    if (!format) {
        format = filter == csv ? ReportFormat::Csv : filter == json ? ReportFormat::Json : ReportFormat::Markdown;
        path += u'.' + (*format == ReportFormat::Markdown ? QStringLiteral("md") : reportFormatId(*format));
    }
    QString error;
    if (!exportReport(path, *format, &error))
        QMessageBox::warning(this, tr("Export report"), error);
    else
        statusBar()->showMessage(tr("Saved %1").arg(QDir::toNativeSeparators(path)), 5000);
}

void MainWindow::askExportChart()
{
    const QString png = tr("PNG image (*.png)");
    const QString svg = tr("SVG image (*.svg)");
    QString filter = png;
    QString path = QFileDialog::getSaveFileName(this, tr("Export chart"),
        QStringLiteral("%1-%2.png").arg(m_session->scenario().model.id, chartTabIds().value(m_tabs->currentIndex())),
        png + QStringLiteral(";;") + svg, &filter);
    if (path.isEmpty())
        return;
    const QString suffix = QFileInfo(path).suffix().toLower();
    if (suffix != QLatin1String("png") && suffix != QLatin1String("svg"))
        path += filter == svg ? QStringLiteral(".svg") : QStringLiteral(".png");
    QString error;
    if (!exportChart(path, &error))
        QMessageBox::warning(this, tr("Export chart"), error);
    else
        statusBar()->showMessage(tr("Saved %1").arg(QDir::toNativeSeparators(path)), 5000);
}

QStringList MainWindow::openScenarioStore(const QString& path)
{
    m_scenarios = ScenarioStore(path);
    const QStringList problems = m_scenarios.load();
    m_scenarioMenu->setEnabled(true);
    rebuildScenarioMenus();
    if (!problems.isEmpty())
        statusBar()->showMessage(tr("Saved scenarios: %1").arg(escapeControl(problems.first()))
                + (problems.size() > 1 ? tr(" (and %n more problem(s))", nullptr, int(problems.size() - 1))
                                       : QString()),
            15000);
    return problems;
}

QStringList MainWindow::openCustomModelStore(const QString& path)
{
    m_customModels = CustomModelStore(path);
    const QStringList problems = m_customModels.load(m_builtInModels);
    m_addCustomModelAction->setEnabled(true);
    applyModels();
    if (!problems.isEmpty())
        statusBar()->showMessage(tr("Custom models: %1").arg(escapeControl(problems.first()))
                + (problems.size() > 1 ? tr(" (and %n more problem(s))", nullptr, int(problems.size() - 1))
                                       : QString()),
            15000);
    return problems;
}

// Every view of the catalog gets the same new snapshot; work in flight keeps the one it started with.
void MainWindow::applyModels()
{
    auto models = std::make_shared<const ModelCatalog>(withCustomModels(m_builtInModels, m_customModels.models()));
    m_session->setModels(models);
    m_recommend->setModels(models);
    m_catalog->setCatalog(*models);
    m_catalog->selectModel(m_session->openedPath().isEmpty()
            ? m_session->scenario().model.id
            : ModelCatalogModel::openedFileId(m_session->openedPath()));
    rebuildCustomModelMenu();
    m_recommendKey.clear(); // the table ranks the catalog: rank it again
    updateRecommendations();
}

bool MainWindow::addCustomModel(const CustomModelRequest& request, QString* error)
{
    QString notice;
    if (!m_customModels.add(request, m_builtInModels, error, &notice))
        return false;
    if (!notice.isEmpty())
        statusBar()->showMessage(notice, 15000);
    applyModels();
    return true;
}

bool MainWindow::removeCustomModel(const QString& id, QString* error)
{
    QString notice;
    if (!m_customModels.remove(id, error, &notice))
        return false;
    if (!notice.isEmpty())
        statusBar()->showMessage(notice, 15000);
    applyModels();
    return true;
}

CustomModelDialog* MainWindow::showAddCustomModel()
{
    auto* dialog = new CustomModelDialog(
        [this](const CustomModelRequest& request, QString* error) {
            return m_customModels.validate(request, m_builtInModels, error);
        },
        this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog] {
        const CustomModelRequest request = dialog->request();
        QString error;
        if (!addCustomModel(request, &error)) {
            QMessageBox::warning(this, tr("Add custom model"), boxText(error));
            return;
        }
        chooseModel(request.id.trimmed());
    });
    dialog->open();
    return dialog;
}

void MainWindow::askRemoveCustomModel(const QString& id)
{
    const ModelSpec* m = m_session->models().find(id);
    const QString name = m ? m->name : id;
    if (QMessageBox::question(this, tr("Remove custom model"),
            tr("Remove the custom model %1 (%2)? Its entry is deleted from %3; a backup of the file is kept.")
                .arg(escapeControl(name), escapeControl(id), m_customModels.path()))
        != QMessageBox::Yes)
        return;
    QString error;
    if (!removeCustomModel(id, &error))
        QMessageBox::warning(this, tr("Remove custom model"), boxText(error));
}

void MainWindow::rebuildCustomModelMenu()
{
    m_removeCustomModelMenu->clear();
    const ModelCatalog& models = m_customModels.models();
    for (const ModelSpec& m : models.models) {
        const QString id = m.id;
        QAction* remove = m_removeCustomModelMenu->addAction(
            QStringLiteral("%1 (%2)").arg(escapeControl(m.name), id), this, [this, id] { askRemoveCustomModel(id); });
        remove->setData(id);
    }
    m_removeCustomModelMenu->setEnabled(!models.models.isEmpty());
}

void MainWindow::rebuildScenarioMenus()
{
    m_openScenarioMenu->clear();
    m_deleteScenarioMenu->clear();
    for (const SavedScenario& saved : m_scenarios.scenarios()) {
        const QString name = saved.name;
        QAction* open = m_openScenarioMenu->addAction(escapeControl(name), this, [this, name] {
            QString error;
            if (!openScenario(name, &error))
                QMessageBox::warning(this, tr("Open scenario"), boxText(error));
        });
        open->setData(name);
        QAction* remove = m_deleteScenarioMenu->addAction(escapeControl(name), this, [this, name] {
            QString error, notice;
            if (!m_scenarios.remove(name, &error, &notice))
                QMessageBox::warning(this, tr("Delete scenario"), boxText(error));
            if (!notice.isEmpty())
                statusBar()->showMessage(notice, 15000);
            rebuildScenarioMenus();
        });
        remove->setData(name);
    }
    const bool any = !m_scenarios.scenarios().isEmpty();
    m_openScenarioMenu->setEnabled(any);
    m_deleteScenarioMenu->setEnabled(any);
    m_compareScenariosAction->setEnabled(any);
}

bool MainWindow::saveScenario(const QString& name, QString* error)
{
    QString notice;
    const bool ok = m_scenarios.save(SavedScenario::of(name, m_session->scenario()), error, &notice);
    if (!notice.isEmpty())
        statusBar()->showMessage(notice, 15000);
    rebuildScenarioMenus();
    return ok;
}

bool MainWindow::openScenario(const QString& name, QString* error)
{
    const SavedScenario* s = m_scenarios.find(name);
    if (!s) {
        *error = tr("No saved scenario is named %1").arg(name);
        return false;
    }
    if (!m_session->models().find(s->modelId)) {
        *error = tr("%1: the model \"%2\" is not in the catalog").arg(name, s->modelId);
        return false;
    }
    m_session->setScenario(s->modelId, s->recipeId, s->context, s->batch, s->kvType, s->engine);
    m_catalog->selectModel(m_session->scenario().model.id);
    return true;
}

void MainWindow::askSaveScenario()
{
    const Scenario& s = m_session->scenario();
    const QString suggested = QStringLiteral("%1 %2 %3k")
                                  .arg(s.model.name.isEmpty() ? s.model.id : s.model.name, s.recipeId)
                                  .arg(s.context / 1024);
    bool ok = false;
    const QString name = QInputDialog::getText(
        this, tr("Save scenario"), tr("Name of the scenario:"), QLineEdit::Normal, suggested, &ok);
    if (!ok)
        return;
    if (m_scenarios.find(name.trimmed())
        && QMessageBox::question(this, tr("Save scenario"), tr("Replace the saved scenario %1?").arg(name.trimmed()))
            != QMessageBox::Yes)
        return;
    QString error;
    if (!saveScenario(name, &error))
        QMessageBox::warning(this, tr("Save scenario"), boxText(error));
}

ScenarioCompareDialog* MainWindow::showScenarioComparison()
{
    auto* dialog = new ScenarioCompareDialog(*m_session, m_placer, m_scenarios.scenarios(), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    QStringList names { dialog->currentName() };
    if (!m_scenarios.scenarios().isEmpty())
        names << m_scenarios.scenarios().constLast().name;
    dialog->setChecked(names);
    dialog->show();
    return dialog;
}

QString MainWindow::aboutText()
{
    return tr("<p><b>FitPlanner %1</b></p><p>Will this open-weights model run on your hardware? FitPlanner "
              "estimates weights, KV cache, activations and runtime overhead from the model's own dimensions "
              "and the engine's allocation rules. Hover any number to see how it was computed.</p>")
               .arg(QCoreApplication::applicationVersion())
        + tr("<p>FitPlanner's source code is free software under the MIT licence. It is built with Qt %1 "
             "(Qt Core, Gui, Widgets, Concurrent and SVG under the LGPL 3; Qt Charts under the GPL 3) and "
             "nlohmann/json (MIT licence). Because it links Qt Charts, the program as built and distributed "
             "is covered by the GPL 3. The model configurations of the catalog are their publishers' "
             "published config.json files; each model names its own licence.</p>")
              .arg(QString::fromLatin1(qVersion()));
}

QString MainWindow::documentationFolder()
{
    // Installed: <prefix>/bin/fitplanner beside <prefix>/share/doc/fitplanner. From a build folder: the sources'.
    const QStringList candidates {
        QDir(QCoreApplication::applicationDirPath()).filePath(QStringLiteral(FITPLANNER_DOC_DIR_FROM_BIN)),
        QStringLiteral(FITPLANNER_SOURCE_DOC_DIR)
    };
    for (const QString& dir : candidates)
        if (QFileInfo::exists(QDir(dir).filePath(QStringLiteral("memory-model.md"))))
            return QDir::cleanPath(dir);
    return {};
}

QDialog* MainWindow::showComputation(std::optional<MemoryPart> part)
{
    auto* dialog = new QDialog(this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setObjectName(QStringLiteral("computationDialog"));
    dialog->setWindowTitle(tr("How is this computed?"));
    auto* text = new QTextBrowser(dialog);
    text->setObjectName(QStringLiteral("computationText"));
    text->setOpenExternalLinks(true);
    auto* show = new QComboBox(dialog);
    show->setObjectName(QStringLiteral("computationPart"));
    show->setToolTip(tr("One component with its formula and the engine's source, or the whole report"));
    auto* showLabel = new QLabel(tr("&Show:"), dialog);
    showLabel->setBuddy(show);

    const auto& estimate = m_session->estimate();
    if (estimate) {
        show->addItem(tr("The whole report"));
        for (const auto& [p, label] : reportParts(*estimate))
            show->addItem(label, int(p));
        if (part) {
            const int index = show->findData(int(*part));
            if (index >= 0)
                show->setCurrentIndex(index);
        }
        const QString docs = documentationFolder();
        const QString docsText = docs.isEmpty()
            ? tr("Every formula is described in the memory model and planning documents of FitPlanner's sources "
                 "(docs/memory-model.md and docs/planning.md).")
            : tr("Every formula is described in the [memory model](%1) and the [planning](%2) documents.")
                  .arg(QUrl::fromLocalFile(QDir(docs).filePath(QStringLiteral("memory-model.md"))).toString(),
                      QUrl::fromLocalFile(QDir(docs).filePath(QStringLiteral("planning.md"))).toString());
        const auto render = [this, show, text, docsText] {
            const auto& e = m_session->estimate();
            if (!e)
                return;
            const QVariant chosen = show->currentData();
            QString md;
            if (chosen.isValid()) {
                md = componentMarkdown(*e, MemoryPart(chosen.toInt()));
            } else {
                const auto& p = plan();
                md = QString::fromUtf8(renderReport(
                    ReportInput { m_session->scenario().model, *e, p ? &*p : nullptr }, ReportFormat::Markdown));
            }
            text->setMarkdown(md + u'\n' + docsText);
        };
        connect(show, &QComboBox::currentIndexChanged, dialog, render);
        render();
    } else {
        show->setEnabled(false);
        text->setPlainText(m_session->error());
    }
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, dialog);
    connect(buttons, &QDialogButtonBox::rejected, dialog, &QDialog::reject);
    auto* showRow = new QHBoxLayout;
    showRow->addWidget(showLabel);
    showRow->addWidget(show, 1);
    auto* layout = new QVBoxLayout(dialog);
    layout->addLayout(showRow);
    layout->addWidget(text);
    layout->addWidget(buttons);
    dialog->resize(900, 640);
    dialog->show();
    return dialog;
}
