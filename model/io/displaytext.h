// SPDX-FileCopyrightText: 2026 The FitPlanner authors
// SPDX-License-Identifier: MIT

#pragma once

#include <QString>
#include <QStringList>

namespace Planner {

// Text taken from a file (a name, an id, a metadata value, a path) made safe to print on a terminal or show in
// a widget: control characters (C0, DEL, C1), line and paragraph separators and bidirectional overrides are
// written as escapes (\n, \r, \t, \e, \xHH, \u{HHHH}) so that a file can neither move the cursor, clear the
// screen nor forge lines. A backslash is kept as it is.
QString escapeControl(const QString& text);

// The first `shown` items joined with ", ", then "and N more" when there are more.
QString joinCut(const QStringList& items, int shown);

} // namespace Planner
