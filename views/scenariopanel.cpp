// SPDX-FileCopyrightText: 2026 The FitPlanner authors
// SPDX-License-Identifier: MIT

#include "scenariopanel.h"

#include "estimatesession.h"
#include "unitvalueproxy.h"

#include <algorithm>
#include <cmath>
#include <limits>

#include <QComboBox>
#include <QDoubleSpinBox>
#include <QEvent>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QMenu>
#include <QSignalBlocker>
#include <QSlider>
#include <QSpinBox>
#include <QToolButton>

using namespace Planner;

namespace {

qint64 sliderMinimum(qint64 maxContext)
{
    return std::min<qint64>(512, std::max<qint64>(1, maxContext));
}

} // namespace

int ScenarioPanel::sliderPosition(qint64 context, qint64 maxContext)
{
    const double lo = std::log2(double(sliderMinimum(maxContext)));
    const double hi = std::log2(double(std::max<qint64>(1, maxContext)));
    if (hi <= lo)
        return kSliderSteps;
    const double t = (std::log2(double(std::max<qint64>(1, context))) - lo) / (hi - lo);
    return int(std::lround(std::clamp(t, 0.0, 1.0) * kSliderSteps));
}

qint64 ScenarioPanel::contextAt(int position, qint64 maxContext)
{
    const double lo = std::log2(double(sliderMinimum(maxContext)));
    const double hi = std::log2(double(std::max<qint64>(1, maxContext)));
    if (position >= kSliderSteps || hi <= lo)
        return std::max<qint64>(1, maxContext);
    const double v = std::exp2(lo + (hi - lo) * double(std::max(0, position)) / kSliderSteps);
    // Round to a multiple of 256 tokens above 1k: the values people type, and what llama.cpp pads to.
    qint64 tokens = qint64(std::llround(v));
    if (tokens > 1024)
        tokens = (tokens + 128) / 256 * 256;
    return std::clamp<qint64>(tokens, sliderMinimum(maxContext), maxContext);
}

ScenarioPanel::ScenarioPanel(EstimateSession* session, QWidget* parent)
    : QWidget(parent)
    , m_session(session)
    , m_modelLabel(new QLabel(this))
    , m_modelName(new QLabel(this))
    , m_engineLabel(new QLabel(this))
    , m_engine(new QComboBox(this))
    , m_quantLabel(new QLabel(this))
    , m_quant(new QComboBox(this))
    , m_contextLabel(new QLabel(this))
    , m_contextSlider(new QSlider(Qt::Horizontal, this))
    , m_contextSpin(new QSpinBox(this))
    , m_batchLabel(new QLabel(this))
    , m_batch(new QSpinBox(this))
    , m_kvLabel(new QLabel(this))
    , m_kv(new QComboBox(this))
    , m_gpuLabel(new QLabel(this))
    , m_gpu(new QDoubleSpinBox(this))
    , m_ramLabel(new QLabel(this))
    , m_ram(new QDoubleSpinBox(this))
    , m_compare(new QToolButton(this))
    , m_compareMenu(new QMenu(this))
{
    m_engine->setObjectName(QStringLiteral("engine"));
    m_quant->setObjectName(QStringLiteral("quant"));
    m_contextSlider->setObjectName(QStringLiteral("contextSlider"));
    m_contextSpin->setObjectName(QStringLiteral("context"));
    m_batch->setObjectName(QStringLiteral("batch"));
    m_kv->setObjectName(QStringLiteral("kvType"));
    m_gpu->setObjectName(QStringLiteral("gpuCapacity"));
    m_ram->setObjectName(QStringLiteral("ramCapacity"));
    m_compare->setObjectName(QStringLiteral("compareQuants"));
    QFont bold = m_modelName->font();
    bold.setBold(true);
    m_modelName->setFont(bold);
    m_modelName->setTextInteractionFlags(Qt::TextSelectableByMouse);
    for (const QString& id : engineIds())
        m_engine->addItem(QString(), id);
    fillQuantCombo();
    m_quant->setMinimumContentsLength(18);
    m_contextSlider->setRange(0, kSliderSteps);
    m_contextSlider->setPageStep(kSliderSteps / 10);
    m_contextSlider->setMinimumWidth(160);
    m_contextSpin->setRange(1, int(MemoryEstimator::kMaxContext));
    m_contextSpin->setGroupSeparatorShown(true);
    m_contextSpin->setKeyboardTracking(false);
    m_batch->setRange(1, int(MemoryEstimator::kMaxBatch));
    for (QDoubleSpinBox* spin : { m_gpu, m_ram }) {
        spin->setRange(0.0, 1048576.0);
        spin->setDecimals(1);
        spin->setKeyboardTracking(false);
    }
    m_compare->setPopupMode(QToolButton::InstantPopup);
    m_compare->setMenu(m_compareMenu);

    m_engineLabel->setBuddy(m_engine);
    m_quantLabel->setBuddy(m_quant);
    m_contextLabel->setBuddy(m_contextSlider);
    m_batchLabel->setBuddy(m_batch);
    m_kvLabel->setBuddy(m_kv);
    m_gpuLabel->setBuddy(m_gpu);
    m_ramLabel->setBuddy(m_ram);

    m_modelName->setWordWrap(true);
    m_quant->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_grid = new QGridLayout(this);
    m_grid->setContentsMargins(0, 0, 0, 0);
    m_contextRow = new QHBoxLayout;
    m_contextRow->addWidget(m_contextSlider, 1);
    m_contextRow->addWidget(m_contextSpin);
    m_batchRow = new QHBoxLayout;
    m_batchRow->addWidget(m_batch);
    m_batchRow->addWidget(m_kvLabel);
    m_batchRow->addWidget(m_kv);
    m_batchRow->addStretch(1);
    m_capacityRow = new QHBoxLayout;
    m_capacityRow->addWidget(m_gpu);
    m_capacityRow->addWidget(m_ramLabel);
    m_capacityRow->addWidget(m_ram);
    m_capacityRow->addStretch(1);
    arrange(false);

    // Tab order follows reading order: engine, quantization, context, compare, batch, KV, capacity.
    setTabOrder(m_engine, m_quant);
    setTabOrder(m_quant, m_contextSlider);
    setTabOrder(m_contextSlider, m_contextSpin);
    setTabOrder(m_contextSpin, m_compare);
    setTabOrder(m_compare, m_batch);
    setTabOrder(m_batch, m_kv);
    setTabOrder(m_kv, m_gpu);
    setTabOrder(m_gpu, m_ram);

    connect(m_engine, &QComboBox::currentIndexChanged, this, [this] {
        if (const auto e = engineFromId(m_engine->currentData().toString()); e && !m_syncing)
            m_session->setEngine(*e);
    });
    connect(m_quant, &QComboBox::currentIndexChanged, this, [this] {
        if (!m_syncing)
            m_session->setRecipeId(m_quant->currentData().toString());
    });
    connect(m_contextSlider, &QSlider::valueChanged, this, [this](int pos) {
        if (!m_syncing)
            m_session->setContext(contextAt(pos, m_session->scenario().model.maxContext));
    });
    connect(m_contextSpin, &QSpinBox::valueChanged, this, [this](int v) {
        if (!m_syncing)
            m_session->setContext(v);
    });
    connect(m_batch, &QSpinBox::valueChanged, this, [this](int v) {
        if (!m_syncing)
            m_session->setBatch(v);
    });
    connect(m_kv, &QComboBox::currentIndexChanged, this, [this] {
        if (!m_syncing && m_kv->currentIndex() >= 0)
            m_session->setKvType(m_kv->currentData().toString());
    });
    connect(m_gpu, &QDoubleSpinBox::valueChanged, this, &ScenarioPanel::pushCapacity);
    connect(m_ram, &QDoubleSpinBox::valueChanged, this, &ScenarioPanel::pushCapacity);
    connect(m_session, &EstimateSession::scenarioChanged, this, &ScenarioPanel::syncFromSession);
    connect(m_session, &EstimateSession::updated, this, &ScenarioPanel::syncFromSession);
    retranslate();
    syncFromSession();
}

// Wide: model and engine; quantization, context and compare; batch with KV cache, capacity. Narrow: a label and
// its control per row.
void ScenarioPanel::arrange(bool narrow)
{
    while (m_grid->count() > 0) {
        QLayoutItem* item = m_grid->takeAt(0);
        if (QLayout* sub = item->layout())
            sub->setParent(nullptr); // added again below
        else
            delete item; // a widget's item; the widget stays
    }
    for (int c = 0; c < m_grid->columnCount(); ++c)
        m_grid->setColumnStretch(c, 0);
    m_narrow = narrow;
    if (narrow) {
        int row = 0;
        m_grid->addWidget(m_modelLabel, row, 0);
        m_grid->addWidget(m_modelName, row++, 1);
        m_grid->addWidget(m_engineLabel, row, 0);
        m_grid->addWidget(m_engine, row++, 1);
        m_grid->addWidget(m_quantLabel, row, 0);
        m_grid->addWidget(m_quant, row++, 1);
        m_grid->addWidget(m_contextLabel, row, 0);
        m_grid->addLayout(m_contextRow, row++, 1);
        m_grid->addWidget(m_compare, row++, 1, Qt::AlignLeft);
        m_grid->addWidget(m_batchLabel, row, 0);
        m_grid->addLayout(m_batchRow, row++, 1);
        m_grid->addWidget(m_gpuLabel, row, 0);
        m_grid->addLayout(m_capacityRow, row++, 1);
        m_grid->setColumnStretch(1, 1);
        return;
    }
    m_grid->addWidget(m_modelLabel, 0, 0);
    m_grid->addWidget(m_modelName, 0, 1, 1, 3);
    m_grid->addWidget(m_engineLabel, 0, 4);
    m_grid->addWidget(m_engine, 0, 5, 1, 2);
    m_grid->addWidget(m_quantLabel, 1, 0);
    m_grid->addWidget(m_quant, 1, 1);
    m_grid->addWidget(m_contextLabel, 1, 2);
    m_grid->addLayout(m_contextRow, 1, 3, 1, 3);
    m_grid->addWidget(m_compare, 1, 6);
    m_grid->addWidget(m_batchLabel, 2, 0);
    m_grid->addLayout(m_batchRow, 2, 1);
    m_grid->addWidget(m_gpuLabel, 2, 2);
    m_grid->addLayout(m_capacityRow, 2, 3, 1, 4);
    m_grid->setColumnStretch(1, 1);
    m_grid->setColumnStretch(3, 2);
}

void ScenarioPanel::fitWidth(int width)
{
    if (!m_narrow) {
        m_grid->activate();
        m_wideWidth = minimumSizeHint().width();
    }
    const bool narrow = width < m_wideWidth;
    if (narrow != m_narrow)
        arrange(narrow);
}

QWidget* ScenarioPanel::firstControl() const
{
    return m_engine;
}

QWidget* ScenarioPanel::lastControl() const
{
    return m_ram;
}

void ScenarioPanel::fillQuantCombo()
{
    const QSignalBlocker blocker(m_quant);
    m_quant->clear();
    m_quantLabelsKey.clear();
    for (const QuantRecipe& r : m_session->quants().recipes) {
        m_quant->addItem(r.id, r.id);
        m_quant->setItemData(m_quant->count() - 1,
            tr("%1\nRuns on: %2").arg(r.description, r.engines.join(QStringLiteral(", "))), Qt::ToolTipRole);
    }
    labelQuantCombo();
}

void ScenarioPanel::pushCapacity()
{
    if (m_syncing)
        return;
    const double unit = UnitValueProxy::unitBytes(m_session->units());
    CapacityInput c;
    c.gpuBytes = qint64(std::llround(m_gpu->value() * unit));
    c.ramBytes = qint64(std::llround(m_ram->value() * unit));
    Q_EMIT capacityEdited(c);
}

void ScenarioPanel::labelQuantCombo()
{
    // Each recipe's bits per weight on this model and engine: what the breakdown says once it is chosen. An opened
    // file's own types come first; the recipes then re-quantize it.
    const Scenario& s = m_session->scenario();
    const QString opened = m_session->openedPath();
    const QString key = s.model.id + u'|' + s.model.modelType + u'|' + engineId(s.engine) + u'|' + opened + u'|'
        + UnitValueProxy::unitName(m_session->units());
    if (key == m_quantLabelsKey)
        return;
    m_quantLabelsKey = key;
    const QString fileId = EstimateSession::fileRecipeId();
    const bool hasFileItem = m_quant->count() > 0 && m_quant->itemData(0).toString() == fileId;
    if (hasFileItem && opened.isEmpty())
        m_quant->removeItem(0);
    if (!opened.isEmpty()) {
        const QString text = tr("File: %1 (%2)").arg(m_session->fileQuantization(), m_session->fileTypeSummary());
        if (!hasFileItem)
            m_quant->insertItem(0, text, fileId);
        m_quant->setItemText(0, text);
        m_quant->setItemData(0,
            tr("The opened file's own tensors: %1\n%2")
                .arg(m_session->fileTypeSummary(std::numeric_limits<int>::max()), opened),
            Qt::ToolTipRole);
    }
    for (int i = opened.isEmpty() ? 0 : 1; i < m_quant->count(); ++i) {
        const QString id = m_quant->itemData(i).toString();
        const QString bits = QString::number(m_session->bitsPerWeight(id), 'f', 2);
        m_quant->setItemText(
            i, opened.isEmpty() ? tr("%1  %2 bpw").arg(id, bits) : tr("re-quantize to %1  %2 bpw").arg(id, bits));
    }
}

void ScenarioPanel::syncFromSession()
{
    m_syncing = true;
    const Scenario& s = m_session->scenario();
    labelQuantCombo();
    const ModelSpec& m = s.model;
    const ParamCounts params = m_session->estimate() ? m_session->estimate()->params : ParamCounts {};
    m_modelName->setText(
        m.isMoe() && params.active > 0 ? tr("%1 (MoE, %2 active)").arg(m.name, formatCount(params.active)) : m.name);
    m_engine->setCurrentIndex(m_engine->findData(engineId(s.engine)));
    m_quant->setCurrentIndex(
        m_quant->findData(m_session->usesFileWeights() ? EstimateSession::fileRecipeId() : s.recipeId));
    m_quant->setToolTip(m_quant->currentData(Qt::ToolTipRole).toString());
    const qint64 maxContext = std::max<qint64>(1, m.maxContext);
    m_contextSpin->setMaximum(int(std::min<qint64>(maxContext, MemoryEstimator::kMaxContext)));
    m_contextSpin->setValue(int(s.context));
    if (contextAt(m_contextSlider->value(), maxContext) != s.context)
        m_contextSlider->setValue(sliderPosition(s.context, maxContext));
    m_contextSlider->setToolTip(m.configMaxContext > 0
            ? tr("%1 tokens (up to %2, what the model was trained for; its config.json says %3)")
                  .arg(s.context)
                  .arg(maxContext)
                  .arg(m.configMaxContext)
            : tr("%1 tokens (up to %2)").arg(s.context).arg(maxContext));
    m_batch->setValue(int(s.batch));
    const QStringList kvTypes = kvTypesFor(s.engine);
    QStringList current;
    for (int i = 0; i < m_kv->count(); ++i)
        current << m_kv->itemData(i).toString();
    if (current != kvTypes) {
        m_kv->clear();
        for (const QString& t : kvTypes)
            m_kv->addItem(t, t);
    }
    m_kv->setCurrentIndex(m_kv->findData(s.kvType));
    const double unit = UnitValueProxy::unitBytes(m_session->units());
    const QString suffix = u' ' + UnitValueProxy::unitName(m_session->units());
    m_gpu->setSuffix(suffix);
    m_ram->setSuffix(suffix);
    m_gpu->setValue(double(m_session->capacity().gpuBytes) / unit);
    m_ram->setValue(double(m_session->capacity().ramBytes) / unit);
    rebuildCompareMenu();
    m_syncing = false;
}

void ScenarioPanel::rebuildCompareMenu()
{
    const QStringList defaults = m_session->defaultComparison(m_session->scenario().engine);
    const QStringList runnable = m_session->recipesFor(m_session->scenario().engine);
    const QStringList ticked = m_session->comparedRecipes();
    QStringList existing;
    for (QAction* a : m_compareMenu->actions())
        existing << a->data().toString();
    QStringList wanted;
    for (const QString& id : runnable)
        if (!defaults.contains(id))
            wanted << id;
    if (existing != wanted) {
        m_compareMenu->clear();
        for (const QString& id : std::as_const(wanted)) {
            QAction* a = m_compareMenu->addAction(id);
            a->setData(id);
            a->setCheckable(true);
            connect(a, &QAction::toggled, this, [this] {
                if (m_syncing)
                    return;
                QStringList ids;
                for (QAction* action : m_compareMenu->actions())
                    if (action->isChecked())
                        ids << action->data().toString();
                m_session->setComparedRecipes(ids);
            });
        }
    }
    for (QAction* a : m_compareMenu->actions())
        a->setChecked(ticked.contains(a->data().toString()));
}

void ScenarioPanel::retranslate()
{
    m_modelLabel->setText(tr("Model"));
    m_engineLabel->setText(tr("&Engine"));
    for (int i = 0; i < m_engine->count(); ++i)
        if (const auto e = engineFromId(m_engine->itemData(i).toString()))
            m_engine->setItemText(i, engineDisplayName(*e));
    m_engine->setAccessibleName(tr("Inference engine"));
    m_engine->setToolTip(tr("The program that runs the model: its allocation rules decide the KV cache, the "
                            "compute buffers and the overhead"));
    m_quantLabel->setText(tr("&Quantization"));
    m_quant->setAccessibleName(tr("Quantization"));
    {
        const bool syncing = m_syncing;
        m_syncing = true;
        const QString id = m_quant->currentData().toString();
        fillQuantCombo();
        m_quant->setCurrentIndex(m_quant->findData(id));
        m_syncing = syncing;
    }
    m_contextLabel->setText(tr("&Context"));
    m_contextSlider->setAccessibleName(tr("Context length, logarithmic slider"));
    m_contextSpin->setAccessibleName(tr("Context length in tokens"));
    m_contextSpin->setToolTip(tr("Tokens each sequence can hold (prompt and answer); up to the model's trained "
                                 "maximum"));
    m_contextSpin->setSuffix(tr(" tokens"));
    m_batchLabel->setText(tr("&Batch"));
    m_batch->setAccessibleName(tr("Parallel sequences"));
    m_batch->setToolTip(tr("Parallel sequences (batch): each holds its own KV cache"));
    m_kvLabel->setText(tr("&KV cache"));
    m_kv->setAccessibleName(tr("KV cache type"));
    m_kv->setToolTip(tr("Element type of the KV cache: a quantized cache holds more tokens in the same memory"));
    m_gpuLabel->setText(tr("&GPU memory"));
    m_gpu->setAccessibleName(tr("GPU memory to plan for"));
    m_gpu->setToolTip(tr("GPU memory to plan for (what-if; 0 = no GPU)"));
    m_ramLabel->setText(tr("&RAM"));
    m_ram->setAccessibleName(tr("System RAM to plan for"));
    m_ram->setToolTip(tr("System RAM to plan for: where offloaded layers and experts go"));
    m_compare->setText(tr("Compare..."));
    m_compare->setAccessibleName(tr("Add quantizations to the comparison"));
    m_compare->setToolTip(tr("Tick more quantizations to add them to the comparison chart"));
}

void ScenarioPanel::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}
