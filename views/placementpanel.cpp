// SPDX-FileCopyrightText: 2026 The FitPlanner authors
// SPDX-License-Identifier: MIT

#include "placementpanel.h"

#include "componentcolors.h"
#include "placementmodel.h"
#include "recommendationmodel.h"

#include <QApplication>
#include <QClipboard>
#include <QEvent>
#include <QFontDatabase>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPainter>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QStyledItemDelegate>
#include <QTableView>
#include <QVBoxLayout>

using namespace Planner;

namespace {

// Draws a device's row as one stacked bar: weights, KV cache, compute, overhead, then the free part
// (outlined), scaled to the device's capacity (or to what it holds, when that is more).
class PlacementBarDelegate : public QStyledItemDelegate
{
public:
    using QStyledItemDelegate::QStyledItemDelegate;

    void paint(QPainter* painter, const QStyleOptionViewItem& option, const QModelIndex& index) const override
    {
        QStyledItemDelegate::paint(painter, option, QModelIndex());
        const auto bytes
            = [&](int column) { return index.siblingAtColumn(column).data(Roles::BytesRole).toLongLong(); };
        const qint64 parts[] = { bytes(PlacementModel::WeightsColumn), bytes(PlacementModel::KvColumn),
            bytes(PlacementModel::ComputeColumn), bytes(PlacementModel::OverheadColumn) };
        const Component colours[]
            = { Component::Weights, Component::KvCache, Component::Activations, Component::Overhead };
        const qint64 capacity = bytes(PlacementModel::CapacityColumn);
        const qint64 used = index.data(Roles::BytesRole).toLongLong();
        const double scale = double(std::max<qint64>({ capacity, used, 1 }));
        const QRect r = option.rect.adjusted(4, 4, -4, -4);
        painter->save();
        painter->setRenderHint(QPainter::Antialiasing, false);
        double x = r.left();
        for (int i = 0; i < 4; ++i) {
            const double w = r.width() * double(parts[i]) / scale;
            painter->fillRect(QRectF(x, r.top(), w, r.height()), componentColor(colours[i]));
            x += w;
        }
        painter->setPen(option.palette.color(QPalette::Mid));
        painter->drawRect(
            QRectF(r.left(), r.top(), r.width() * double(capacity) / scale, r.height()).adjusted(0, 0, -1, -1));
        if (used > capacity) {
            painter->setPen(QPen(QColor(0xc0, 0x39, 0x2b), 2));
            const double edge = r.left() + r.width() * double(capacity) / scale;
            painter->drawLine(QPointF(edge, r.top()), QPointF(edge, r.bottom()));
        }
        painter->restore();
    }

    QSize sizeHint(const QStyleOptionViewItem& option, const QModelIndex& index) const override
    {
        return QStyledItemDelegate::sizeHint(option, index).expandedTo(QSize(220, 22));
    }
};

} // namespace

PlacementPanel::PlacementPanel(QWidget* parent)
    : QWidget(parent)
    , m_model(new PlacementModel(this))
{
    m_model->setObjectName(QStringLiteral("placementModel"));
    m_summary = new QLabel(this);
    m_summary->setObjectName(QStringLiteral("planSummary"));
    m_summary->setWordWrap(true);
    m_summary->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_usersLabel = new QLabel(this);
    m_users = new QSpinBox(this);
    m_users->setObjectName(QStringLiteral("servingUsers"));
    m_users->setRange(1, 4096);
    m_usersLabel->setBuddy(m_users);
    m_serving = new QLabel(this);
    m_serving->setObjectName(QStringLiteral("servingSummary"));
    m_serving->setWordWrap(true);
    m_serving->setTextInteractionFlags(Qt::TextSelectableByMouse);
    connect(m_users, &QSpinBox::valueChanged, this, &PlacementPanel::usersChanged);
    m_table = new QTableView(this);
    m_table->setObjectName(QStringLiteral("placementTable"));
    m_table->setModel(m_model);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->verticalHeader()->hide();
    m_table->setItemDelegateForColumn(PlacementModel::UsageColumn, new PlacementBarDelegate(m_table));
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setSectionResizeMode(PlacementModel::UsageColumn, QHeaderView::Stretch);
    m_commandLabel = new QLabel(this);
    m_command = new QPlainTextEdit(this);
    m_command->setObjectName(QStringLiteral("engineCommand"));
    m_command->setReadOnly(true);
    m_command->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_command->setMaximumHeight(90);
    m_commandLabel->setBuddy(m_command);
    m_copy = new QPushButton(this);
    m_copy->setObjectName(QStringLiteral("copyCommand"));
    connect(
        m_copy, &QPushButton::clicked, this, [this] { QApplication::clipboard()->setText(m_command->toPlainText()); });

    auto* commandRow = new QHBoxLayout;
    commandRow->addWidget(m_command, 1);
    commandRow->addWidget(m_copy, 0, Qt::AlignTop);
    auto* usersRow = new QHBoxLayout;
    usersRow->addWidget(m_usersLabel);
    usersRow->addWidget(m_users);
    usersRow->addWidget(m_serving, 1);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_summary);
    layout->addLayout(usersRow);
    layout->addWidget(m_table, 1);
    layout->addWidget(m_commandLabel);
    layout->addLayout(commandRow);
    retranslate();
}

void PlacementPanel::setPlan(const std::optional<FitPlan>& plan, const QString& error, ByteUnits units)
{
    m_model->setUnits(units);
    if (!plan) {
        m_model->setDevices({}, 0);
        m_summary->setText(tr("No plan: %1").arg(error));
        m_command->clear();
        m_copy->setEnabled(false);
        return;
    }
    m_model->setDevices(plan->devices, plan->totalLayers);
    QString text = QStringLiteral("<b>%1</b>").arg(RecommendationModel::verdictCell(*plan).toHtmlEscaped());
    if (plan->fits())
        text += tr(" with %1 to spare").arg(formatBytes(plan->headroomBytes, units));
    else
        text += tr(": short by %1").arg(formatBytes(-plan->headroomBytes, units));
    const auto bound = [](const QString& b) {
        return b == QLatin1String("compute") ? tr("compute-bound")
            : b == QLatin1String("transfer") ? tr("bound by PCIe transfers")
                                             : tr("memory-bound");
    };
    if (plan->tokensPerSecond >= 0)
        text += tr(" &mdash; about %1 tokens/s (%2)")
                    .arg(plan->tokensPerSecond, 0, 'f', 1)
                    .arg(bound(plan->decodeBound));
    if (plan->prefillSeconds >= 0)
        text += tr(", %1 s to read a %2-token prompt (%3)")
                    .arg(plan->prefillSeconds, 0, 'f', 1)
                    .arg(plan->promptTokens)
                    .arg(bound(plan->prefillBound));
    for (const QString& note : plan->notes)
        text += QStringLiteral("<br>") + note.toHtmlEscaped();
    m_summary->setText(text);
    m_summary->setToolTip(plan->speedExplanation);
    m_command->setPlainText(plan->command);
    m_copy->setEnabled(!plan->command.isEmpty());
}

int PlacementPanel::users() const
{
    return m_users->value();
}

void PlacementPanel::setUsers(int users)
{
    m_users->setValue(users);
}

void PlacementPanel::setServingPending()
{
    m_serving->setText(tr("Computing what %1 users at once get...").arg(m_users->value()));
    m_serving->setToolTip(QString());
}

void PlacementPanel::setServing(const std::optional<ServingCapacity>& c, const QString& error)
{
    if (!c) {
        m_serving->setText(error.isEmpty() ? QString() : tr("No serving estimate: %1").arg(error));
        m_serving->setToolTip(QString());
        Q_EMIT servingShown();
        return;
    }
    QString text = tr("%1 of %2 users fit at once (sequences of %3 tokens; at most %4)")
                       .arg(c->served)
                       .arg(c->requested)
                       .arg(c->sequenceTokens)
                       .arg(c->maxSequences);
    if (c->aggregateTokensPerSecond > 0.0)
        text += tr(": %1 tokens/s each, %2 tokens/s in all")
                    .arg(c->sequenceTokensPerSecond, 0, 'f', 1)
                    .arg(c->aggregateTokensPerSecond, 0, 'f', 1);
    if (c->ttftSeconds >= 0.0)
        text += tr("; first token of a %1-token prompt after %2 s (%3 s while the others decode)")
                    .arg(c->promptTokens)
                    .arg(c->ttftSeconds, 0, 'f', 2)
                    .arg(c->ttftBusySeconds, 0, 'f', 2);
    m_serving->setText(text);
    m_serving->setToolTip(c->explanation);
    Q_EMIT servingShown();
}

void PlacementPanel::retranslate()
{
    m_usersLabel->setText(tr("&Users:"));
    m_users->setToolTip(tr("Concurrent users, each a sequence of the scenario's context: how many fit at once (vLLM's "
                           "KV pool, llama-server's slots), their speed and the time to the first token"));
    m_commandLabel->setText(tr("Engine &command that runs this plan:"));
    m_copy->setText(tr("Cop&y"));
    m_copy->setToolTip(tr("Copy the command to the clipboard"));
    m_table->setAccessibleName(tr("Placement per device"));
    m_command->setAccessibleName(tr("Engine command"));
}

void PlacementPanel::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}
