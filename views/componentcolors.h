// SPDX-FileCopyrightText: 2026 The FitPlanner authors
// SPDX-License-Identifier: MIT

#pragma once

#include "itemroles.h"

#include <QColor>

// One fixed colour per memory component, the same in the table swatches and in every chart. Mid-tone
// hues chosen to stay legible on light and dark backgrounds; they never encode fit status.
inline QColor componentColor(Planner::Component c)
{
    switch (c) {
    case Planner::Component::Weights:
        return QColor(0x3b, 0x6e, 0xc4); // blue
    case Planner::Component::KvCache:
        return QColor(0xe0, 0x8a, 0x1e); // amber
    case Planner::Component::Activations:
        return QColor(0x8e, 0x5c, 0xc2); // violet
    case Planner::Component::Overhead:
        return QColor(0x7f, 0x8c, 0x8d); // grey
    case Planner::Component::Total:
        break;
    }
    return QColor(0x2c, 0x3e, 0x50);
}

// The recurrent layers' fixed state (hybrid models), beside the components: teal.
inline QColor recurrentStateColor()
{
    return QColor(0x16, 0xa0, 0x85);
}
