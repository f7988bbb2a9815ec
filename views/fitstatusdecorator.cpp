// SPDX-FileCopyrightText: 2026 The FitPlanner authors
// SPDX-License-Identifier: MIT

#include "fitstatusdecorator.h"

#include "componentcolors.h"

#include <QApplication>
#include <QPainter>
#include <QPixmap>
#include <QStyle>

using Planner::FitStatus;

FitStatusDecorator::FitStatusDecorator(int statusRole, int componentRole, QObject* parent)
    : QIdentityProxyModel(parent)
    , m_statusRole(statusRole)
    , m_componentRole(componentRole)
{ }

FitStatusDecorator::Colors FitStatusDecorator::statusColors(FitStatus status, const QPalette& palette)
{
    const bool dark = palette.color(QPalette::Window).lightness() < 128;
    switch (status) {
    case FitStatus::Fits:
        return dark ? Colors { QColor(0x1e, 0x4d, 0x2b), QColor(0xc8, 0xf5, 0xd2) }
                    : Colors { QColor(0xd9, 0xf2, 0xdf), QColor(0x14, 0x5a, 0x2a) };
    case FitStatus::Tight:
        return dark ? Colors { QColor(0x5a, 0x4a, 0x12), QColor(0xff, 0xec, 0xb3) }
                    : Colors { QColor(0xff, 0xf3, 0xcd), QColor(0x6b, 0x4e, 0x00) };
    case FitStatus::Offload:
        return dark ? Colors { QColor(0x5c, 0x33, 0x0f), QColor(0xff, 0xd8, 0xb0) }
                    : Colors { QColor(0xff, 0xe5, 0xcc), QColor(0x7a, 0x3b, 0x00) };
    case FitStatus::DoesNotFit:
        return dark ? Colors { QColor(0x5e, 0x1d, 0x1d), QColor(0xff, 0xc9, 0xc9) }
                    : Colors { QColor(0xf8, 0xd7, 0xda), QColor(0x84, 0x1c, 0x23) };
    }
    return { palette.color(QPalette::Base), palette.color(QPalette::Text) };
}

QIcon FitStatusDecorator::statusIcon(FitStatus status)
{
    QStyle* style = QApplication::style();
    switch (status) {
    case FitStatus::Fits:
        return style->standardIcon(QStyle::SP_DialogApplyButton);
    case FitStatus::Tight:
        return style->standardIcon(QStyle::SP_MessageBoxWarning);
    case FitStatus::Offload:
        return style->standardIcon(QStyle::SP_MessageBoxInformation);
    case FitStatus::DoesNotFit:
        return style->standardIcon(QStyle::SP_MessageBoxCritical);
    }
    return {};
}

QVariant FitStatusDecorator::data(const QModelIndex& index, int role) const
{
    if (role != Qt::BackgroundRole && role != Qt::ForegroundRole && role != Qt::DecorationRole)
        return QIdentityProxyModel::data(index, role);
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    if (role == Qt::DecorationRole && index.column() == m_swatchColumn) {
        const QVariant component = index.data(m_componentRole);
        // The components, and one past Total: a hybrid model's recurrent state.
        const int c = component.isValid() ? component.toInt() : -1;
        if (c >= 0 && (c < Planner::kComponentCount || c == Planner::kComponentCount + 1)) {
            QPixmap swatch(12, 12);
            swatch.fill(c < Planner::kComponentCount ? componentColor(Planner::Component(c)) : recurrentStateColor());
            return swatch;
        }
    }
    const QVariant statusValue = index.data(m_statusRole);
    if (!statusValue.isValid())
        return QIdentityProxyModel::data(index, role);
    const auto status = statusValue.value<FitStatus>();
    if (role == Qt::DecorationRole)
        return index.column() == m_iconColumn && index.column() != m_swatchColumn
            ? QVariant(statusIcon(status))
            : QIdentityProxyModel::data(index, role);
    if (status == FitStatus::Fits && !m_tintFits)
        return QIdentityProxyModel::data(index, role);
    const Colors c = statusColors(status, QApplication::palette());
    return role == Qt::BackgroundRole ? c.background : c.foreground;
}

QVariant FitStatusDecorator::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation == Qt::Vertical && role == Qt::DecorationRole && sourceModel()) {
        const QVariant st = sourceModel()->headerData(section, orientation, m_statusRole);
        if (st.isValid())
            return statusIcon(st.value<FitStatus>());
    }
    return QIdentityProxyModel::headerData(section, orientation, role);
}
