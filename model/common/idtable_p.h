// SPDX-FileCopyrightText: 2026 The FitPlanner authors
// SPDX-License-Identifier: MIT

#pragma once

// Tables of an enum's values and the ids the command line, the JSON and the settings name them by.

#include <array>
#include <optional>
#include <utility>

#include <QString>
#include <QStringList>

namespace Planner {

template <typename E, std::size_t N> using IdTable = std::array<std::pair<E, const char16_t*>, N>;

template <typename E, std::size_t N> QString idOf(const IdTable<E, N>& table, E value)
{
    for (const auto& [e, id] : table) {
        if (e == value)
            return QString::fromUtf16(id);
    }
    return {};
}

template <typename E, std::size_t N> QStringList idsOf(const IdTable<E, N>& table)
{
    QStringList ids;
    for (const auto& entry : table)
        ids << QString::fromUtf16(entry.second);
    return ids;
}

template <typename E, std::size_t N> std::optional<E> fromId(const IdTable<E, N>& table, const QString& id)
{
    for (const auto& [e, name] : table) {
        if (id.compare(QString::fromUtf16(name), Qt::CaseInsensitive) == 0)
            return e;
    }
    return std::nullopt;
}

} // namespace Planner
