// SPDX-FileCopyrightText: 2025 FitPlanner contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "mainwindow.h"

#include "catalogpanel.h"
#include "estimatesession.h"
#include "fitstatusdecorator.h"
#include "memorychartwidget.h"
#include "scenariopanel.h"
#include "verdictbanner.h"

#include <QActionGroup>
#include <QApplication>
#include <QEvent>
#include <QHeaderView>
#include <QLabel>
#include <QMenuBar>
#include <QMessageBox>
#include <QSplitter>
#include <QStatusBar>
#include <QTabWidget>
#include <QTableView>
#include <QTreeView>
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

} // namespace

MainWindow::MainWindow(const ModelCatalog& models, const QuantCatalog& quants, QWidget* parent)
    : QMainWindow(parent)
    , m_session(new EstimateSession(models, quants, this))
{
    m_catalog = new CatalogPanel(models, this);
    m_scenario = new ScenarioPanel(m_session, this);
    m_banner = new VerdictBanner(this);

    m_breakdownDecorator = new FitStatusDecorator(Roles::FitStatusRole, Roles::ComponentRole, this);
    m_breakdownDecorator->setSwatchColumn(BreakdownModel::ComponentColumn);
    m_breakdownDecorator->setSourceModel(m_session->breakdownModel());
    m_breakdownTable = makeTable(m_breakdownDecorator, this);
    m_breakdownTable->verticalHeader()->hide();
    m_breakdownTable->setObjectName(QStringLiteral("breakdownTable"));
    m_breakdownTitle = new QLabel(this);
    m_breakdownTitle->setBuddy(m_breakdownTable);

    m_comparisonDecorator = new FitStatusDecorator(Roles::FitStatusRole, Roles::ComponentRole, this);
    m_comparisonDecorator->setTintFits(false);
    m_comparisonDecorator->setIconColumn(-1);
    m_comparisonDecorator->setSourceModel(m_session->comparisonModel());
    m_comparisonChart = new MemoryChartWidget(MemoryChartWidget::Kind::QuantComparison, m_session->comparisonModel(), this);
    m_comparisonTable = makeTable(m_comparisonDecorator, this);
    m_comparisonTable->setObjectName(QStringLiteral("comparisonTable"));
    m_sweepChart = new MemoryChartWidget(MemoryChartWidget::Kind::ContextSweep, m_session->sweepModel(), this);

    auto* quantTab = new QSplitter(Qt::Vertical, this);
    quantTab->addWidget(m_comparisonChart);
    quantTab->addWidget(m_comparisonTable);
    quantTab->setStretchFactor(0, 3);
    quantTab->setStretchFactor(1, 1);
    m_tabs = new QTabWidget(this);
    m_tabs->addTab(quantTab, QString());
    m_tabs->addTab(m_sweepChart, QString());

    auto* right = new QWidget(this);
    auto* rightLayout = new QVBoxLayout(right);
    rightLayout->addWidget(m_scenario);
    rightLayout->addWidget(m_banner);
    rightLayout->addWidget(m_breakdownTitle);
    rightLayout->addWidget(m_breakdownTable);
    rightLayout->addWidget(m_tabs, 1);
    // The breakdown shows five rows; keep it compact so the charts get the space.
    m_breakdownTable->setSizeAdjustPolicy(QAbstractScrollArea::AdjustToContents);
    m_breakdownTable->setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOff);

    m_splitter = new QSplitter(Qt::Horizontal, this);
    m_splitter->setObjectName(QStringLiteral("mainSplitter"));
    m_splitter->addWidget(m_catalog);
    m_splitter->addWidget(right);
    m_splitter->setStretchFactor(0, 0);
    m_splitter->setStretchFactor(1, 1);
    m_splitter->setSizes({ 460, 1140 });
    setCentralWidget(m_splitter);

    m_capacityLabel = new QLabel(this);
    statusBar()->addPermanentWidget(m_capacityLabel, 1);

    // Keyboard order: catalog (search, filters, list), then the scenario, then the results.
    setTabOrder(m_catalog->treeView(), m_scenario->firstControl());
    setTabOrder(m_scenario->lastControl(), m_breakdownTable);
    setTabOrder(m_breakdownTable, m_tabs);

    createMenus();

    connect(m_catalog, &CatalogPanel::modelChosen, m_session, [this](const QString& id) { m_session->setModelId(id); });
    connect(m_session, &EstimateSession::updated, this, &MainWindow::onUpdated);
    connect(m_session, &EstimateSession::scenarioChanged, this,
        [this] { m_catalog->selectModel(m_session->scenario().model.id); });

    retranslate();
    resize(1400, 900);
    m_session->recompute();
    m_catalog->selectModel(m_session->scenario().model.id);
}

MainWindow::~MainWindow() = default;

void MainWindow::createMenus()
{
    m_fileMenu = menuBar()->addMenu(QString());
    m_quitAction = m_fileMenu->addAction(QString(), QKeySequence::Quit, this, &QWidget::close);

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

    m_helpMenu = menuBar()->addMenu(QString());
    m_aboutAction = m_helpMenu->addAction(QString(), this, [this] {
        QMessageBox::about(this, tr("About FitPlanner"),
            tr("<p><b>FitPlanner %1</b></p><p>Will this open-weights model run on your hardware? FitPlanner "
               "estimates weights, KV cache, activations and runtime overhead from the model's own dimensions "
               "and the engine's allocation rules. Hover any number to see how it was computed.</p>")
                .arg(QCoreApplication::applicationVersion()));
    });
}

void MainWindow::retranslate()
{
    setWindowTitle(tr("FitPlanner"));
    m_fileMenu->setTitle(tr("&File"));
    m_quitAction->setText(tr("&Quit"));
    m_viewMenu->setTitle(tr("&View"));
    m_unitsMenu->setTitle(tr("&Units"));
    m_gibAction->setText(tr("GiB (binary, as drivers report)"));
    m_gbAction->setText(tr("GB (decimal)"));
    m_languageMenu->setTitle(tr("&Language"));
    m_systemLanguageAction->setText(tr("System language"));
    m_helpMenu->setTitle(tr("&Help"));
    m_aboutAction->setText(tr("&About FitPlanner"));
    m_tabs->setTabText(0, tr("Quantizations"));
    m_tabs->setTabText(1, tr("Context"));
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
    if (m_session->estimate())
        m_banner->setVerdict(m_session->verdict().status, m_session->verdict().headline, m_session->suggestion());
    else
        m_banner->setError(m_session->error());
    m_comparisonChart->setUnits(units);
    m_sweepChart->setUnits(units);
    m_comparisonChart->setCapacity(m_session->capacity());
    m_sweepChart->setCapacity(m_session->capacity());
    const CapacityInput& c = m_session->capacity();
    m_capacityLabel->setText(tr("Planning for %1 GPU memory + %2 system RAM (entered by hand)")
                                 .arg(formatBytes(c.gpuBytes, units), formatBytes(c.ramBytes, units)));
    (units == ByteUnits::Binary ? m_gibAction : m_gbAction)->setChecked(true);
    m_breakdownTable->resizeRowsToContents();
    int height = m_breakdownTable->horizontalHeader()->height() + 2 * m_breakdownTable->frameWidth();
    for (int r = 0; r < m_breakdownTable->model()->rowCount(); ++r)
        height += m_breakdownTable->rowHeight(r);
    m_breakdownTable->setFixedHeight(height);
}

void MainWindow::applyPreferences(const Preferences& p)
{
    const auto engine = engineFromId(p.engineId).value_or(Engine::LlamaCpp);
    m_session->setCapacity(p.capacity);
    m_session->setUnits(p.units);
    m_session->setComparedRecipes(p.comparedRecipes);
    m_session->setScenario(p.modelId, p.recipeId, p.context, p.batch, p.kvType, engine);
    m_tabs->setCurrentIndex(std::clamp(p.chartTab, 0, m_tabs->count() - 1));
    m_language = p.language;
    (p.language == QLatin1String("en") ? m_englishAction
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
    p.capacity = m_session->capacity();
    p.units = m_session->units();
    p.language = m_language;
    p.chartTab = m_tabs->currentIndex();
    p.windowGeometry = saveGeometry();
    p.windowState = saveState();
    p.splitterState = m_splitter->saveState();
    return p;
}

QStringList MainWindow::chartTabIds()
{
    return { QStringLiteral("quantization"), QStringLiteral("context") };
}

bool MainWindow::setChartTab(const QString& id)
{
    const qsizetype i = chartTabIds().indexOf(id);
    if (i < 0)
        return false;
    m_tabs->setCurrentIndex(int(i));
    return true;
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
