// SPDX-FileCopyrightText: 2026 The FitPlanner authors
// SPDX-License-Identifier: MIT

#pragma once

#include <limits>
#include <optional>

#include <QtGlobal>
#include <QtNumeric>

namespace Planner {

// 64-bit byte arithmetic that reports overflow instead of wrapping. Every byte count in the core is a
// qint64; products of user-supplied numbers (context x layers x heads ...) go through these.
inline std::optional<qint64> checkedMul(qint64 a, qint64 b)
{
    qint64 r = 0;
    if (qMulOverflow(a, b, &r))
        return std::nullopt;
    return r;
}

inline std::optional<qint64> checkedAdd(qint64 a, qint64 b)
{
    qint64 r = 0;
    if (qAddOverflow(a, b, &r))
        return std::nullopt;
    return r;
}

// Saturating forms for values that are already validated to be in range: a result that would overflow
// becomes INT64_MAX, which every capacity comparison treats as "does not fit".
inline qint64 satMul(qint64 a, qint64 b)
{
    const auto r = checkedMul(a, b);
    return r ? *r : std::numeric_limits<qint64>::max();
}

inline qint64 satAdd(qint64 a, qint64 b)
{
    const auto r = checkedAdd(a, b);
    return r ? *r : std::numeric_limits<qint64>::max();
}

inline qint64 ceilDiv(qint64 a, qint64 b)
{
    return b == 0 ? 0 : (a + b - 1) / b;
}

} // namespace Planner
