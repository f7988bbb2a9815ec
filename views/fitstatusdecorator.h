// SPDX-FileCopyrightText: 2026 The FitPlanner authors
// SPDX-License-Identifier: MIT

#pragma once

#include "fitverdict.h"
#include "itemroles.h"

#include <QColor>
#include <QIcon>
#include <QIdentityProxyModel>
#include <QPalette>

// Decorates any model of model/items for display: FitStatusRole becomes a background tint, a
// foreground colour and (in the first column) a status icon; ComponentRole in the swatch column becomes
// the component's fixed colour. The only place where fit status turns into colour.
class FitStatusDecorator : public QIdentityProxyModel
{
    Q_OBJECT

public:
    explicit FitStatusDecorator(int statusRole = Planner::Roles::FitStatusRole,
        int componentRole = Planner::Roles::ComponentRole, QObject* parent = nullptr);

    /** Column that shows a colour swatch for its ComponentRole (-1: none). */
    void setSwatchColumn(int column) { m_swatchColumn = column; }
    /** Column that shows the status icon (-1: none, e.g. when the vertical header shows it). */
    void setIconColumn(int column) { m_iconColumn = column; }
    /** Tint only rows whose status is not Fits (keeps long tables calm). */
    void setTintFits(bool tint) { m_tintFits = tint; }

    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    struct Colors
    {
        QColor background;
        QColor foreground;
    };
    /** Status colours that keep contrast on `palette` (light or dark). */
    static Colors statusColors(Planner::FitStatus status, const QPalette& palette);
    static QIcon statusIcon(Planner::FitStatus status);

private:
    int m_statusRole;
    int m_componentRole;
    int m_swatchColumn = -1;
    int m_iconColumn = 0;
    bool m_tintFits = true;
};
