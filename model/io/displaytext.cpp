// SPDX-FileCopyrightText: 2026 The FitPlanner authors
// SPDX-License-Identifier: MIT

#include "displaytext.h"

#include <QCoreApplication>

namespace Planner {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Planner::DisplayText)
};

bool needsEscape(char32_t c)
{
    return c < 0x20 || (c >= 0x7f && c <= 0x9f) || c == 0x2028 || c == 0x2029 || (c >= 0x202a && c <= 0x202e)
        || (c >= 0x2066 && c <= 0x2069) || c == 0x200e || c == 0x200f || c == 0x061c;
}

QString escaped(char32_t c)
{
    switch (c) {
    case U'\n':
        return QStringLiteral("\\n");
    case U'\r':
        return QStringLiteral("\\r");
    case U'\t':
        return QStringLiteral("\\t");
    case 0x1b:
        return QStringLiteral("\\e");
    default:
        break;
    }
    const QString hex = QString::number(uint(c), 16).toUpper();
    if (c <= 0xff)
        return QStringLiteral("\\x") + hex.rightJustified(2, u'0');
    return QStringLiteral("\\u{") + hex.rightJustified(4, u'0') + u'}';
}

} // namespace

QString escapeControl(const QString& text)
{
    bool clean = true;
    for (QChar c : text) {
        if (needsEscape(c.unicode())) {
            clean = false;
            break;
        }
    }
    if (clean)
        return text;
    QString out;
    out.reserve(text.size() + 16);
    for (QChar c : text) {
        if (needsEscape(c.unicode()))
            out += escaped(c.unicode());
        else
            out += c;
    }
    return out;
}

QString joinCut(const QStringList& items, int shown)
{
    if (items.size() <= shown)
        return items.join(QStringLiteral(", "));
    return Tr::tr("%1 and %n more", nullptr, int(items.size() - shown))
        .arg(items.mid(0, shown).join(QStringLiteral(", ")));
}

} // namespace Planner
