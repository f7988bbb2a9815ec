// SPDX-FileCopyrightText: 2026 The FitPlanner authors
// SPDX-License-Identifier: MIT

#include "units.h"

#include <cmath>

namespace Planner {

namespace {

QString fourDigits(double v)
{
    // At most four significant digits, without trailing zeros after the point being dropped for whole numbers.
    int decimals = 0;
    const double a = std::fabs(v);
    if (a < 10)
        decimals = 2;
    else if (a < 100)
        decimals = 1;
    if (a < 1000 && decimals > 0) {
        // 3 significant digits below 1000 keeps labels short and honest ("13.0 GiB", "1.34 TB")
        return QString::number(v, 'f', decimals);
    }
    return QString::number(v, 'f', 0);
}

} // namespace

QString formatBytes(qint64 bytes, ByteUnits units)
{
    const bool binary = units == ByteUnits::Binary;
    const double base = binary ? 1024.0 : 1000.0;
    static const char* const binaryNames[] = { "B", "KiB", "MiB", "GiB", "TiB", "PiB", "EiB" };
    static const char* const decimalNames[] = { "B", "kB", "MB", "GB", "TB", "PB", "EB" };
    double v = double(bytes);
    int i = 0;
    while (std::fabs(v) >= 999.5 && i < 6) {
        v /= base;
        ++i;
    }
    if (i == 0)
        return QStringLiteral("%1 B").arg(bytes);
    return fourDigits(v) + u' ' + QLatin1String(binary ? binaryNames[i] : decimalNames[i]);
}

QString formatCount(qint64 count)
{
    static const char* const names[] = { "", "K", "M", "B", "T" };
    double v = double(count);
    int i = 0;
    while (std::fabs(v) >= 999.5 && i < 4) {
        v /= 1000.0;
        ++i;
    }
    if (i == 0)
        return QString::number(count);
    return fourDigits(v) + u' ' + QLatin1String(names[i]);
}

} // namespace Planner
