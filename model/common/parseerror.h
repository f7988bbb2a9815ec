// SPDX-FileCopyrightText: 2026 The FitPlanner authors
// SPDX-License-Identifier: MIT

#pragma once

#include <QString>
#include <QStringList>

namespace Planner {

// A problem found in an input file: which file, which field, and why. Rendered as
// "models.json: models[3] (qwen-7b): config.hidden_size: must be a positive integer".
struct ParseError
{
    QString file;
    QString field;
    QString reason;

    QString message() const;
};

QStringList messages(const QList<ParseError>& errors);

} // namespace Planner
