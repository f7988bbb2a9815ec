// SPDX-FileCopyrightText: 2026 The FitPlanner authors
// SPDX-License-Identifier: MIT

#include "catalogpanel.h"

#include "modelcatalogmodel.h"
#include "modelfilterproxy.h"

#include <QComboBox>
#include <QDoubleSpinBox>
#include <QEvent>
#include <QGridLayout>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QResizeEvent>
#include <QTreeView>
#include <QVBoxLayout>

using namespace Planner;

CatalogPanel::CatalogPanel(const ModelCatalog& catalog, QWidget* parent)
    : QWidget(parent)
    , m_model(new ModelCatalogModel(this))
    , m_proxy(new ModelFilterProxy(Roles::SortRole, this))
    , m_search(new QLineEdit(this))
    , m_noMatch(new QLabel(this))
    , m_family(new QComboBox(this))
    , m_moe(new QComboBox(this))
    , m_license(new QComboBox(this))
    , m_year(new QComboBox(this))
    , m_minParams(new QDoubleSpinBox(this))
    , m_maxParams(new QDoubleSpinBox(this))
    , m_familyLabel(new QLabel(this))
    , m_moeLabel(new QLabel(this))
    , m_sizeLabel(new QLabel(this))
    , m_licenseLabel(new QLabel(this))
    , m_yearLabel(new QLabel(this))
    , m_tree(new QTreeView(this))
{
    m_model->setCatalog(catalog);
    m_model->setObjectName(QStringLiteral("catalogModel"));
    m_proxy->setObjectName(QStringLiteral("catalogProxy"));
    m_search->setObjectName(QStringLiteral("catalogSearch"));
    m_family->setObjectName(QStringLiteral("familyFilter"));
    m_moe->setObjectName(QStringLiteral("moeFilter"));
    m_license->setObjectName(QStringLiteral("licenseFilter"));
    m_year->setObjectName(QStringLiteral("yearFilter"));
    m_minParams->setObjectName(QStringLiteral("minParams"));
    m_maxParams->setObjectName(QStringLiteral("maxParams"));
    m_tree->setObjectName(QStringLiteral("catalogTree"));
    m_proxy->setSourceModel(m_model);

    m_search->setClearButtonEnabled(true);
    m_search->installEventFilter(this);
    m_noMatch->setObjectName(QStringLiteral("catalogNoMatch"));
    m_noMatch->setWordWrap(true);
    m_noMatch->setTextFormat(Qt::RichText);
    m_noMatch->hide();
    connect(m_noMatch, &QLabel::linkActivated, this, &CatalogPanel::chooseSuggestion);
    m_family->addItem(QString());
    m_moe->addItems({ QString(), QString(), QString(), QString() }); // the ArchFilter values, in order
    m_license->addItem(QString());
    m_year->addItem(QString(), 0);
    fillFilterChoices();
    // Long family or licence names would widen the left pane: the boxes keep a modest width.
    for (QComboBox* box : { m_family, m_moe, m_license, m_year }) {
        box->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
        box->setMinimumContentsLength(10);
    }
    for (QDoubleSpinBox* spin : { m_minParams, m_maxParams }) {
        spin->setRange(0.0, 10000.0);
        spin->setDecimals(1);
        spin->setSuffix(QStringLiteral(" B"));
        spin->setSpecialValueText(QStringLiteral("-"));
    }
    m_familyLabel->setBuddy(m_family);
    m_moeLabel->setBuddy(m_moe);
    m_sizeLabel->setBuddy(m_minParams);
    m_licenseLabel->setBuddy(m_license);
    m_yearLabel->setBuddy(m_year);

    m_tree->setModel(m_proxy);
    m_tree->setSortingEnabled(true);
    m_tree->sortByColumn(ModelCatalogModel::ParamsColumn, Qt::AscendingOrder);
    m_tree->setUniformRowHeights(true);
    m_tree->setAlternatingRowColors(true);
    m_tree->setSelectionMode(QAbstractItemView::SingleSelection);
    m_tree->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_tree->header()->setStretchLastSection(false);
    m_tree->header()->setSectionResizeMode(ModelCatalogModel::NameColumn, QHeaderView::Stretch);
    for (int c = ModelCatalogModel::ParamsColumn; c < ModelCatalogModel::ColumnCount; ++c)
        m_tree->header()->setSectionResizeMode(c, QHeaderView::ResizeToContents);
    m_tree->expandAll();

    auto* filters = new QGridLayout;
    filters->addWidget(m_familyLabel, 0, 0);
    filters->addWidget(m_family, 0, 1, 1, 3);
    filters->addWidget(m_moeLabel, 1, 0);
    filters->addWidget(m_moe, 1, 1, 1, 3);
    filters->addWidget(m_sizeLabel, 2, 0);
    filters->addWidget(m_minParams, 2, 1);
    filters->addWidget(new QLabel(QStringLiteral("-"), this), 2, 2);
    filters->addWidget(m_maxParams, 2, 3);
    filters->addWidget(m_licenseLabel, 3, 0);
    filters->addWidget(m_license, 3, 1, 1, 3);
    filters->addWidget(m_yearLabel, 4, 0);
    filters->addWidget(m_year, 4, 1, 1, 3);
    filters->setColumnStretch(1, 1);
    filters->setColumnStretch(3, 1);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_search);
    layout->addWidget(m_noMatch);
    layout->addLayout(filters);
    layout->addWidget(m_tree, 1);

    setTabOrder(m_search, m_family);
    setTabOrder(m_family, m_moe);
    setTabOrder(m_moe, m_minParams);
    setTabOrder(m_minParams, m_maxParams);
    setTabOrder(m_maxParams, m_license);
    setTabOrder(m_license, m_year);
    setTabOrder(m_year, m_tree);

    connect(m_search, &QLineEdit::textChanged, this, &CatalogPanel::applyFilters);
    connect(m_search, &QLineEdit::textChanged, this, &CatalogPanel::selectUniqueMatch);
    connect(m_family, &QComboBox::currentIndexChanged, this, &CatalogPanel::applyFilters);
    connect(m_moe, &QComboBox::currentIndexChanged, this, &CatalogPanel::applyFilters);
    connect(m_license, &QComboBox::currentIndexChanged, this, &CatalogPanel::applyFilters);
    connect(m_year, &QComboBox::currentIndexChanged, this, &CatalogPanel::applyFilters);
    connect(m_minParams, &QDoubleSpinBox::valueChanged, this, &CatalogPanel::applyFilters);
    connect(m_maxParams, &QDoubleSpinBox::valueChanged, this, &CatalogPanel::applyFilters);
    m_tree->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(m_tree, &QWidget::customContextMenuRequested, this, [this](const QPoint& pos) {
        QMenu* menu = contextMenuFor(m_tree->indexAt(pos).siblingAtColumn(0).data(Roles::IdRole).toString());
        menu->setAttribute(Qt::WA_DeleteOnClose);
        menu->popup(m_tree->viewport()->mapToGlobal(pos));
    });
    connect(
        m_tree->selectionModel(), &QItemSelectionModel::currentRowChanged, this, [this](const QModelIndex& current) {
            const QString id = current.siblingAtColumn(0).data(Roles::IdRole).toString();
            if (!m_selecting && !id.isEmpty())
                Q_EMIT modelChosen(id);
        });
    retranslate();
}

// The families, licences and years of the catalog in the filters, after their "all" entries; the current choices
// stay where the catalog still has them.
void CatalogPanel::fillFilterChoices()
{
    const QString family = m_family->currentIndex() > 0 ? m_family->currentText() : QString();
    const QString license = m_license->currentIndex() > 0 ? m_license->currentText() : QString();
    const int year = m_year->currentData().toInt();
    for (QComboBox* box : { m_family, m_license, m_year }) {
        const QSignalBlocker block(box);
        while (box->count() > 1)
            box->removeItem(1);
    }
    const QSignalBlocker blockFamily(m_family);
    const QSignalBlocker blockLicense(m_license);
    const QSignalBlocker blockYear(m_year);
    m_family->addItems(m_model->families());
    m_license->addItems(m_model->licenses());
    for (const int y : m_model->releaseYears())
        m_year->addItem(QString::number(y), y);
    m_family->setCurrentIndex(std::max(0, m_family->findText(family)));
    m_license->setCurrentIndex(std::max(0, m_license->findText(license)));
    m_year->setCurrentIndex(std::max(0, m_year->findData(year)));
}

void CatalogPanel::setCatalog(const ModelCatalog& catalog)
{
    const QString selected = selectedModelId();
    m_model->setCatalog(catalog);
    fillFilterChoices();
    applyFilters();
    if (!selected.isEmpty())
        selectModel(selected);
}

QMenu* CatalogPanel::contextMenuFor(const QString& id)
{
    auto* menu = new QMenu(this);
    menu->setObjectName(QStringLiteral("catalogMenu"));
    QAction* add = menu->addAction(tr("&Add custom model..."));
    add->setObjectName(QStringLiteral("addCustomModel"));
    add->setToolTip(tr("Add a model from its config.json or from its dimensions"));
    connect(add, &QAction::triggered, this, &CatalogPanel::addCustomModelRequested);
    const QModelIndex source = m_model->indexOfModel(id);
    if (source.isValid() && source.data(Roles::IsCustomRole).toBool()) {
        QAction* remove = menu->addAction(tr("&Remove custom model %1").arg(source.data(Qt::DisplayRole).toString()));
        remove->setObjectName(QStringLiteral("removeCustomModel"));
        connect(remove, &QAction::triggered, this, [this, id] { Q_EMIT removeCustomModelRequested(id); });
    }
    return menu;
}

void CatalogPanel::applyFilters()
{
    m_proxy->setSearchText(m_search->text());
    m_proxy->setFamily(m_family->currentIndex() > 0 ? m_family->currentText() : QString());
    m_proxy->setArchFilter(ModelFilterProxy::ArchFilter(std::max(0, m_moe->currentIndex())));
    m_proxy->setLicense(m_license->currentIndex() > 0 ? m_license->currentText() : QString());
    m_proxy->setReleaseYear(m_year->currentData().toInt());
    const auto billions = [](double v) { return qint64(v * 1e9); };
    m_proxy->setParamRange(billions(m_minParams->value()), billions(m_maxParams->value()));
    m_tree->expandAll();
    updateNoMatch();
}

namespace {

// The first model row the tree shows (the groups are its top level), or an invalid index.
QModelIndex firstResult(const QAbstractItemModel* m)
{
    for (int g = 0; g < m->rowCount(); ++g)
        if (m->rowCount(m->index(g, 0)) > 0)
            return m->index(0, 0, m->index(g, 0));
    return {};
}

} // namespace

void CatalogPanel::selectUniqueMatch()
{
    const QString id = m_proxy->matchedId();
    if (id.isEmpty() || id == selectedModelId())
        return;
    const QModelIndex index = m_proxy->mapFromSource(m_model->indexOfModel(id));
    if (!index.isValid())
        return; // hidden by a filter
    m_tree->setCurrentIndex(index);
    m_tree->scrollTo(index);
}

void CatalogPanel::updateNoMatch()
{
    if (firstResult(m_proxy).isValid()) {
        m_noMatch->hide();
        m_noMatch->clear();
        return;
    }
    const QString search = m_search->text().trimmed();
    QString text = search.isEmpty() ? tr("No model matches the filters.")
                                    : tr("No model matches '%1'.").arg(search.toHtmlEscaped());
    QStringList links;
    for (const QString& id : m_proxy->suggestedIds()) {
        const QModelIndex source = m_model->indexOfModel(id);
        if (source.isValid())
            links << QStringLiteral("<a href=\"%1\">%2</a>")
                         .arg(id.toHtmlEscaped(), source.data(Qt::DisplayRole).toString().toHtmlEscaped());
    }
    if (!links.isEmpty())
        text += u' ' + tr("Did you mean %1?").arg(links.join(QStringLiteral(", ")));
    m_noMatch->setText(text);
    m_noMatch->show();
}

bool CatalogPanel::focusFirstResult()
{
    QModelIndex target = m_proxy->mapFromSource(m_model->indexOfModel(m_proxy->matchedId()));
    if (!target.isValid())
        target = firstResult(m_proxy);
    if (!target.isValid())
        return false;
    m_tree->setFocus(Qt::TabFocusReason);
    if (target != m_tree->currentIndex().siblingAtColumn(0))
        m_tree->setCurrentIndex(target);
    m_tree->scrollTo(target);
    return true;
}

void CatalogPanel::chooseSuggestion(const QString& id)
{
    m_search->clear();
    if (!m_proxy->mapFromSource(m_model->indexOfModel(id)).isValid()) {
        // A filter hides it: show every model again.
        for (QComboBox* box : { m_family, m_moe, m_license, m_year })
            box->setCurrentIndex(0);
        m_minParams->setValue(0.0);
        m_maxParams->setValue(0.0);
    }
    const QModelIndex index = m_proxy->mapFromSource(m_model->indexOfModel(id));
    if (!index.isValid())
        return;
    m_tree->setCurrentIndex(index);
    m_tree->scrollTo(index);
    m_tree->setFocus(Qt::OtherFocusReason);
}

bool CatalogPanel::eventFilter(QObject* watched, QEvent* event)
{
    if (watched == m_search && event->type() == QEvent::KeyPress) {
        const auto* key = static_cast<QKeyEvent*>(event);
        const bool down = key->key() == Qt::Key_Down && key->modifiers() == Qt::NoModifier;
        // Tab from a search reaches its results, as Down does; from an empty box it goes on to the filters.
        const bool tab = key->key() == Qt::Key_Tab && key->modifiers() == Qt::NoModifier && !m_search->text().isEmpty();
        if ((down || tab) && focusFirstResult())
            return true;
    }
    return QWidget::eventFilter(watched, event);
}

void CatalogPanel::resizeEvent(QResizeEvent* event)
{
    // In a narrow pane the names need the room: the active parameters and the context are left out.
    const bool narrow = event->size().width() < 400;
    m_tree->setColumnHidden(ModelCatalogModel::ActiveColumn, narrow);
    m_tree->setColumnHidden(ModelCatalogModel::ContextColumn, narrow);
    QWidget::resizeEvent(event);
}

void CatalogPanel::selectModel(const QString& id)
{
    const QModelIndex source = m_model->indexOfModel(id);
    const QModelIndex index = m_proxy->mapFromSource(source);
    if (!index.isValid() || index == m_tree->currentIndex().siblingAtColumn(0))
        return;
    m_selecting = true;
    m_tree->setCurrentIndex(index);
    m_tree->scrollTo(index);
    m_selecting = false;
}

void CatalogPanel::addOpenedFile(const QString& path, const ModelSpec& spec, qint64 parameters)
{
    const QModelIndex source = m_model->addOpenedFile(path, spec, parameters);
    m_tree->expandAll();
    const QModelIndex index = m_proxy->mapFromSource(source);
    if (index.isValid())
        m_tree->scrollTo(index);
}

QString CatalogPanel::selectedModelId() const
{
    return m_tree->currentIndex().siblingAtColumn(0).data(Roles::IdRole).toString();
}

void CatalogPanel::retranslate()
{
    m_search->setPlaceholderText(tr("Search models..."));
    m_search->setAccessibleName(tr("Search models"));
    m_search->setToolTip(tr("Names as people type them: ids, names, Hugging Face repositories, Ollama tags"));
    m_familyLabel->setText(tr("&Family"));
    m_family->setItemText(0, tr("All families"));
    m_family->setAccessibleName(tr("Family filter"));
    m_family->setToolTip(tr("Show one model family only"));
    m_moeLabel->setText(tr("&Type"));
    m_moe->setItemText(0, tr("Any architecture"));
    m_moe->setItemText(1, tr("Dense only"));
    m_moe->setItemText(2, tr("Mixture of experts only"));
    m_moe->setItemText(3, tr("Hybrid only (recurrent layers)"));
    m_moe->setAccessibleName(tr("Architecture filter"));
    m_moe->setToolTip(tr("Dense and mixture of experts tell the feed-forward layers apart; hybrid models have "
                         "recurrent layers (Gated DeltaNet, Mamba2) beside attention and are dense or MoE too"));
    m_sizeLabel->setText(tr("&Size"));
    m_minParams->setAccessibleName(tr("Minimum parameters in billions"));
    m_maxParams->setAccessibleName(tr("Maximum parameters in billions"));
    m_minParams->setToolTip(tr("Smallest model to list, in billions of parameters"));
    m_maxParams->setToolTip(tr("Largest model to list, in billions of parameters"));
    m_licenseLabel->setText(tr("&Licence"));
    m_license->setItemText(0, tr("Any licence"));
    m_license->setAccessibleName(tr("Licence filter"));
    m_license->setToolTip(tr("Show models under one licence only"));
    m_yearLabel->setText(tr("&Released"));
    m_year->setItemText(0, tr("Any year"));
    m_year->setAccessibleName(tr("Release year filter"));
    m_year->setToolTip(tr("Show models released in one year only"));
    m_tree->setAccessibleName(tr("Model catalog"));
    m_noMatch->setAccessibleName(tr("Search result"));
    if (m_noMatch->isVisible() || !m_noMatch->text().isEmpty())
        updateNoMatch();
}

void CatalogPanel::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}
