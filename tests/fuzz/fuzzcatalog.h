// SPDX-FileCopyrightText: 2026 The FitPlanner authors
// SPDX-License-Identifier: MIT

#pragma once

// The quant catalog the fuzz targets resolve ggml types with, read once from the source tree.

#include "quantcatalog.h"

#include <cstdio>
#include <cstdlib>

#include <QFile>

inline const Planner::QuantCatalog& fuzzCatalog()
{
    static const Planner::QuantCatalog catalog = [] {
        QFile f(QStringLiteral(FITPLANNER_SOURCE_DIR "/resources/catalog/quants.json"));
        if (!f.open(QIODevice::ReadOnly)) {
            std::fprintf(stderr, "cannot read %s\n", qPrintable(f.fileName()));
            std::abort();
        }
        QList<Planner::ParseError> errors;
        auto c = Planner::parseQuantCatalog(f.readAll(), QStringLiteral("quants.json"), &errors);
        if (!c)
            std::abort();
        return *c;
    }();
    return catalog;
}
