// SPDX-FileCopyrightText: 2026 The FitPlanner authors
// SPDX-License-Identifier: MIT

#include "scenariocomparedialog.h"

#include "displaytext.h"
#include "fitstatusdecorator.h"
#include "memorychartwidget.h"
#include "quantcomparisonmodel.h"

#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QListWidget>
#include <QSignalBlocker>
#include <QSplitter>
#include <QTableView>
#include <QVBoxLayout>

using namespace Planner;

ScenarioCompareDialog::ScenarioCompareDialog(const EstimateSession& session, const EstimateSession::Placer& placer,
    const QList<SavedScenario>& saved, QWidget* parent)
    : QDialog(parent)
    , m_session(session)
    , m_placer(placer)
    , m_list(new QListWidget(this))
    , m_table(new QTableView(this))
    , m_problems(new QLabel(this))
    , m_model(new QuantComparisonModel(this))
{
    setWindowTitle(tr("Compare scenarios"));
    setObjectName(QStringLiteral("scenarioCompareDialog"));
    m_saved << SavedScenario::of(currentName(), session.scenario()) << saved;
    for (const SavedScenario& s : std::as_const(m_saved)) {
        auto* item = new QListWidgetItem(escapeControl(s.name), m_list);
        item->setData(Qt::UserRole, s.name);
        item->setFlags(item->flags() | Qt::ItemIsUserCheckable);
        item->setCheckState(Qt::Unchecked);
        item->setToolTip(tr("%1, %2, %3, context %4 x %5")
                             .arg(s.modelId, s.recipeId, engineDisplayName(s.engine))
                             .arg(s.context)
                             .arg(s.batch));
    }
    m_list->setObjectName(QStringLiteral("compareList"));
    m_list->setAccessibleName(tr("Scenarios to compare"));
    m_list->setMaximumWidth(280);
    m_model->setUnits(session.units());
    auto* decorator = new FitStatusDecorator(Roles::FitStatusRole, Roles::ComponentRole, this);
    decorator->setSourceModel(m_model);
    decorator->setIconColumn(-1); // the row header shows the status
    m_table->setModel(decorator);
    m_table->setObjectName(QStringLiteral("compareTable"));
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    m_chart = new MemoryChartWidget(MemoryChartWidget::Kind::QuantComparison, m_model, this);
    m_chart->setObjectName(QStringLiteral("compareChart"));
    m_chart->setTitle(tr("Memory by scenario"));
    m_chart->setCapacity(session.engineCapacity());
    m_chart->setUnits(session.units());
    m_problems->setObjectName(QStringLiteral("compareProblems"));
    m_problems->setWordWrap(true);

    auto* results = new QSplitter(Qt::Vertical, this);
    results->addWidget(m_chart);
    results->addWidget(m_table);
    results->setStretchFactor(0, 3);
    results->setStretchFactor(1, 1);
    auto* left = new QVBoxLayout;
    left->addWidget(new QLabel(tr("Tick two to four scenarios:"), this));
    left->addWidget(m_list, 1);
    left->addWidget(m_problems);
    auto* columns = new QHBoxLayout;
    columns->addLayout(left);
    columns->addWidget(results, 1);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(columns, 1);
    layout->addWidget(buttons);
    resize(1100, 640);
    connect(m_list, &QListWidget::itemChanged, this, &ScenarioCompareDialog::recompute);
    recompute();
}

QString ScenarioCompareDialog::currentName() const
{
    const Scenario& s = m_session.scenario();
    return tr("Current: %1 %2").arg(s.model.name.isEmpty() ? s.model.id : s.model.name, s.recipeId);
}

void ScenarioCompareDialog::setChecked(const QStringList& names)
{
    {
        const QSignalBlocker blocker(m_list);
        for (int i = 0; i < m_list->count(); ++i) {
            QListWidgetItem* item = m_list->item(i);
            item->setCheckState(names.contains(item->data(Qt::UserRole).toString()) ? Qt::Checked : Qt::Unchecked);
        }
    }
    recompute();
}

QStringList ScenarioCompareDialog::checkedNames() const
{
    QStringList names;
    for (int i = 0; i < m_list->count(); ++i)
        if (m_list->item(i)->checkState() == Qt::Checked)
            names << m_list->item(i)->data(Qt::UserRole).toString();
    return names;
}

void ScenarioCompareDialog::recompute()
{
    const QStringList names = checkedNames();
    // At most four: the unticked ones are disabled while four are ticked.
    {
        const QSignalBlocker blocker(m_list);
        for (int i = 0; i < m_list->count(); ++i) {
            QListWidgetItem* item = m_list->item(i);
            const bool enabled = names.size() < kMaxCompared || item->checkState() == Qt::Checked;
            item->setFlags(enabled ? item->flags() | Qt::ItemIsEnabled : item->flags() & ~Qt::ItemIsEnabled);
        }
    }
    QList<SavedScenario> chosen;
    for (const SavedScenario& s : std::as_const(m_saved))
        if (names.contains(s.name) && chosen.size() < kMaxCompared)
            chosen << s;
    QStringList problems;
    if (chosen.size() == 1)
        problems << tr("Tick one more scenario to compare.");
    else if (chosen.isEmpty())
        problems << tr("Nothing ticked yet.");
    // The current scenario is the window's own estimate (it may come from an opened file, which the catalog does
    // not hold); the saved ones are estimated on the same hardware.
    const bool withCurrent = !chosen.isEmpty() && chosen.first().name == currentName();
    if (withCurrent)
        chosen.removeFirst();
    QList<QuantComparisonRow> rows = compareScenarios(
        chosen, m_session.models(), m_session.estimator(), m_placer, m_session.capacity(), &problems);
    if (withCurrent && m_session.estimate()) {
        QuantComparisonRow current;
        current.recipeId = currentName();
        current.estimate = *m_session.estimate();
        current.status = m_session.verdict().status;
        current.current = true;
        rows.prepend(current);
    }
    m_model->setRows(rows);
    QStringList shown;
    for (const QString& p : std::as_const(problems))
        shown << escapeControl(p);
    m_problems->setText(shown.join(u'\n'));
}
