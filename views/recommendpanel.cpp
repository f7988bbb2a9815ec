// SPDX-FileCopyrightText: 2026 The FitPlanner authors
// SPDX-License-Identifier: MIT

#include "recommendpanel.h"

#include "recommendationmodel.h"

#include <QDoubleSpinBox>
#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QProgressBar>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QVBoxLayout>

using namespace Planner;

RecommendPanel::RecommendPanel(std::shared_ptr<const ModelCatalog> models, const QuantCatalog& quants, QWidget* parent)
    : QWidget(parent)
    , m_models(std::move(models))
    , m_planner(quants)
    , m_model(new RecommendationModel(this))
    , m_proxy(new QSortFilterProxyModel(this))
    , m_jobs(this)
{
    m_model->setObjectName(QStringLiteral("recommendModel"));
    m_proxy->setSourceModel(m_model);
    m_proxy->setSortRole(Roles::SortRole);
    m_proxy->setFilterKeyColumn(RecommendationModel::ModelColumn);
    m_proxy->setFilterCaseSensitivity(Qt::CaseInsensitive);

    m_title = new QLabel(this);
    m_title->setWordWrap(true);
    m_filterLabel = new QLabel(this);
    m_filter = new QLineEdit(this);
    m_filter->setObjectName(QStringLiteral("recommendFilter"));
    m_filter->setClearButtonEnabled(true);
    m_filterLabel->setBuddy(m_filter);
    m_progress = new QProgressBar(this);
    m_progress->setObjectName(QStringLiteral("recommendProgress"));
    m_progress->setRange(0, 0); // busy indicator
    m_progress->setMaximumWidth(200);
    m_progress->setTextVisible(false);
    m_progress->hide();
    m_floorLabel = new QLabel(this);
    m_floor = new QDoubleSpinBox(this);
    m_floor->setObjectName(QStringLiteral("recommendQualityFloor"));
    m_floor->setRange(0.001, 3.0); // 3: past IQ1_S's 2.25, no floor
    m_floor->setDecimals(3);
    m_floor->setSingleStep(0.05);
    m_floor->setValue(PlanOptions::kDefaultQualityFloorKld);
    m_floorLabel->setBuddy(m_floor);
    m_usableLabel = new QLabel(this);
    m_usable = new QDoubleSpinBox(this);
    m_usable->setObjectName(QStringLiteral("recommendUsableSpeed"));
    m_usable->setRange(0.0, 1000.0);
    m_usable->setDecimals(1);
    m_usable->setValue(PlanOptions::kDefaultUsableTokensPerSecond);
    m_usableLabel->setBuddy(m_usable);
    m_table = new QTableView(this);
    m_table->setObjectName(QStringLiteral("recommendTable"));
    m_table->setModel(m_proxy);
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(RecommendationModel::VerdictColumn, Qt::DescendingOrder);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->verticalHeader()->hide();
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 8);
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    m_table->horizontalHeader()->setSectionResizeMode(
        RecommendationModel::VerdictColumn, QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setSectionResizeMode(RecommendationModel::ModelColumn, QHeaderView::ResizeToContents);

    // Two rows, so that the results pane of a small window need not scroll sideways.
    auto* filterRow = new QHBoxLayout;
    filterRow->addWidget(m_filterLabel);
    filterRow->addWidget(m_filter, 1);
    auto* row = new QHBoxLayout;
    row->addWidget(m_floorLabel);
    row->addWidget(m_floor);
    row->addWidget(m_usableLabel);
    row->addWidget(m_usable);
    row->addStretch(1);
    row->addWidget(m_progress);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_title);
    layout->addLayout(filterRow);
    layout->addLayout(row);
    layout->addWidget(m_table, 1);

    connect(m_filter, &QLineEdit::textChanged, m_proxy,
        [this](const QString& text) { m_proxy->setFilterFixedString(text.trimmed()); });
    // Typing settles before the search reruns: without keyboard tracking valueChanged comes on Enter, on leaving
    // the box and on the arrows.
    m_floor->setKeyboardTracking(false);
    m_usable->setKeyboardTracking(false);
    connect(m_floor, &QDoubleSpinBox::valueChanged, this, &RecommendPanel::settingsEdited);
    connect(m_usable, &QDoubleSpinBox::valueChanged, this, &RecommendPanel::settingsEdited);
    connect(m_table, &QTableView::doubleClicked, this,
        [this](const QModelIndex& index) { Q_EMIT modelActivated(index.data(Roles::IdRole).toString()); });
    retranslate();
}

RecommendPanel::~RecommendPanel() = default;

PlanOptions RecommendPanel::searchOptions() const
{
    PlanOptions o;
    o.qualityFloorKld = m_floor->value();
    o.usableTokensPerSecond = m_usable->value();
    return o;
}

void RecommendPanel::setSearchSettings(double qualityFloorKld, double usableTokensPerSecond)
{
    const QSignalBlocker floorBlock(m_floor);
    const QSignalBlocker usableBlock(m_usable);
    const PlanOptions before = searchOptions();
    m_floor->setValue(qualityFloorKld);
    m_usable->setValue(usableTokensPerSecond);
    const PlanOptions after = searchOptions();
    if (m_last
        && (before.qualityFloorKld != after.qualityFloorKld
            || before.usableTokensPerSecond != after.usableTokensPerSecond))
        recompute(m_last->hardware, m_last->base, m_last->context);
}

void RecommendPanel::settingsEdited()
{
    const PlanOptions o = searchOptions();
    if (m_last && m_last->context > 0 && m_jobsSettings != std::pair { o.qualityFloorKld, o.usableTokensPerSecond })
        recompute(m_last->hardware, m_last->base, m_last->context);
}

void RecommendPanel::recompute(const HardwareProfile& hardware, const Scenario& base, qint64 context)
{
    m_last = Request { hardware, base, context };
    m_progress->show();
    PlanOptions options = searchOptions();
    options.frontend = defaultFrontend(base.engine);
    m_jobsSettings = { options.qualityFloorKld, options.usableTokensPerSecond };
    // The job owns copies of its inputs and a snapshot of the catalog, which the window may replace meanwhile; the
    // planner outlives it (the tracker waits for it).
    m_jobs.startJob([this, models = m_models, hardware, base, context,
                        options] { return m_planner.recommend(*models, hardware, options, base, context); },
        [this](const QList<Recommendation>& result) {
            m_model->setRecommendations(result); // the newest request's: older results are dropped
            m_progress->hide();
            Q_EMIT finished();
        });
}

void RecommendPanel::retranslate()
{
    m_title->setText(tr("What can I run? Every catalog model on the hardware in use, with the best quantization "
                        "that fits, the largest context at it and the decode speed. Double-click a row to plan it."));
    m_filterLabel->setText(tr("&Filter:"));
    m_filter->setPlaceholderText(tr("Model name"));
    m_filter->setToolTip(tr("Show only the models whose name contains this text"));
    m_table->setAccessibleName(tr("What can I run"));
    m_progress->setAccessibleName(tr("Computing recommendations"));
    m_floorLabel->setText(tr("&Quality floor (KLD):"));
    m_floor->setToolTip(tr("Skip quantizations whose published mean KL divergence against the 16-bit model is above "
                           "this (0.25 keeps the 3-bit types and better; 3 keeps all)"));
    m_usableLabel->setText(tr("&Usable speed:"));
    m_usable->setSuffix(tr(" tokens/s"));
    m_usable->setToolTip(tr("Prefer a better quantization with part of the model in system RAM when it decodes at "
                            "least this fast (0: quality first)"));
}

void RecommendPanel::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}
