// SPDX-FileCopyrightText: 2026 The FitPlanner authors
// SPDX-License-Identifier: MIT

#include "recommendpanel.h"

#include "recommendationmodel.h"

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

    auto* row = new QHBoxLayout;
    row->addWidget(m_filterLabel);
    row->addWidget(m_filter, 1);
    row->addWidget(m_progress);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_title);
    layout->addLayout(row);
    layout->addWidget(m_table, 1);

    connect(m_filter, &QLineEdit::textChanged, m_proxy,
        [this](const QString& text) { m_proxy->setFilterFixedString(text.trimmed()); });
    connect(m_table, &QTableView::doubleClicked, this,
        [this](const QModelIndex& index) { Q_EMIT modelActivated(index.data(Roles::IdRole).toString()); });
    retranslate();
}

RecommendPanel::~RecommendPanel() = default;

void RecommendPanel::recompute(const HardwareProfile& hardware, const Scenario& base, qint64 context)
{
    m_progress->show();
    // The job owns copies of its inputs and a snapshot of the catalog, which the window may replace meanwhile; the
    // planner outlives it (the tracker waits for it).
    m_jobs.startJob(
        [this, models = m_models, hardware, base, context] {
            PlanOptions options;
            options.frontend = defaultFrontend(base.engine);
            return m_planner.recommend(*models, hardware, options, base, context);
        },
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
}

void RecommendPanel::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}
