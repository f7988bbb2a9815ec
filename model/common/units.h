// SPDX-FileCopyrightText: 2026 The FitPlanner authors
// SPDX-License-Identifier: MIT

#pragma once

#include <QString>

namespace Planner {

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
