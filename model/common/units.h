// SPDX-FileCopyrightText: 2026 The FitPlanner authors
// SPDX-License-Identifier: MIT

#pragma once

#include <QString>

namespace Planner {

// Binary byte units, for byte arithmetic in the core, the CLI and the tests.
inline constexpr qint64 KiB = qint64(1) << 10;
inline constexpr qint64 MiB = qint64(1) << 20;
inline constexpr qint64 GiB = qint64(1) << 30;

enum class ByteUnits
{
    Binary,
    Decimal
}; // GiB (what drivers and nvidia-smi report) or GB

// "13.0 GiB", "512 MiB", "1.34 TB": at most four significant digits, unit always labelled.
QString formatBytes(qint64 bytes, ByteUnits units = ByteUnits::Binary);

// "8.03 B", "671 B", "1.24 B", "494 M" parameters.
QString formatCount(qint64 count);

} // namespace Planner
