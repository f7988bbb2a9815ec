// SPDX-FileCopyrightText: 2026 The FitPlanner authors
// SPDX-License-Identifier: MIT

#include "parseerror.h"

namespace Planner {

QString ParseError::message() const
{
    QString m = file;
    if (!field.isEmpty())
        m += (m.isEmpty() ? QString() : QStringLiteral(": ")) + field;
    return m + QStringLiteral(": ") + reason;
}

QStringList messages(const QList<ParseError>& errors)
{
    QStringList out;
    out.reserve(errors.size());
    for (const ParseError& e : errors)
        out << e.message();
    return out;
}

} // namespace Planner
