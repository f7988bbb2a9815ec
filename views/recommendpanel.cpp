#include "recommendpanel.h"

#include "recommendationmodel.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPointer>
#include <QProgressBar>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QThread>
#include <QVBoxLayout>

using namespace Planner;

RecommendPanel::RecommendPanel(const ModelCatalog& models, const QuantCatalog& quants, QWidget* parent)
    : QWidget(parent)
    , m_models(models)
    , m_planner(quants)
    , m_model(new RecommendationModel(this))
    , m_proxy(new QSortFilterProxyModel(this))
{
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

RecommendPanel::~RecommendPanel()
{
    if (m_thread) {
        m_thread->wait();
        delete m_thread;
    }
}

void RecommendPanel::recompute(const HardwareProfile& hardware, const Scenario& base, qint64 context)
{
    m_pending = std::make_unique<Request>(Request { hardware, base, context });
    if (!m_running)
        startNext();
}

void RecommendPanel::startNext()
{
    if (!m_pending)
        return;
    const Request request = *m_pending;
    m_pending.reset();
    if (m_thread) {
        m_thread->wait();
        delete m_thread;
        m_thread = nullptr;
    }
    m_running = true;
    m_progress->show();
    // The worker owns copies of its inputs; the catalogs and the planner outlive it (the destructor waits).
    auto result = std::make_shared<QList<Recommendation>>();
    m_thread = QThread::create([this, request, result] {
        PlanOptions options;
        options.frontend = defaultFrontend(request.base.engine);
        *result = m_planner.recommend(m_models, request.hardware, options, request.base, request.context);
    });
    connect(m_thread, &QThread::finished, this, [this, result] {
        m_model->setRecommendations(*result);
        m_running = false;
        if (m_pending) {
            startNext();
            return;
        }
        m_progress->hide();
        Q_EMIT finished();
    });
    m_thread->start();
}

void RecommendPanel::retranslate()
{
    m_title->setText(tr("What can I run? Every catalog model on the hardware in use, with the best quantization "
                        "that fits, the largest context at it and the decode speed. Double-click a row to plan it."));
    m_filterLabel->setText(tr("&Filter:"));
    m_filter->setPlaceholderText(tr("Model name"));
    m_table->setAccessibleName(tr("What can I run"));
    m_progress->setAccessibleName(tr("Computing recommendations"));
}

void RecommendPanel::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}
