// SPDX-FileCopyrightText: 2026 The FitPlanner authors
// SPDX-License-Identifier: MIT

#pragma once

#include <QCoreApplication>
#include <QString>

// The translation context of the command line's own messages ("Cli"), shared by its files.
struct CliTr
{
    Q_DECLARE_TR_FUNCTIONS(Cli)
};

// Whether `c` takes two terminal columns (CJK ideographs, kana, hangul, full-width forms).
inline bool cliIsWide(QChar c)
{
    const char16_t u = c.unicode();
    return (u >= 0x1100 && u <= 0x115F) || (u >= 0x2E80 && u <= 0xA4CF) || (u >= 0xAC00 && u <= 0xD7A3)
        || (u >= 0xF900 && u <= 0xFAFF) || (u >= 0xFE30 && u <= 0xFE4F) || (u >= 0xFF00 && u <= 0xFF60)
        || (u >= 0xFFE0 && u <= 0xFFE6);
}

// The terminal columns `text` takes.
inline int cliColumns(const QString& text)
{
    int used = 0;
    for (const QChar c : text)
        used += cliIsWide(c) ? 2 : 1;
    return used;
}

// `text` left-justified to `columns` terminal columns: CJK characters take two, so translated labels still line
// up the figures after them.
inline QString cliLabel(const QString& text, int columns)
{
    const int used = cliColumns(text);
    return used >= columns ? text : text + QString(columns - used, u' ');
}
