// SPDX-FileCopyrightText: 2026 The FitPlanner authors
// SPDX-License-Identifier: MIT

#pragma once

#include "gpucatalog.h"
#include "modelcatalog.h"
#include "quantcatalog.h"

#include <QStringList>

// The catalogs the app ships, loaded once from the embedded resources (:/catalog/...).
struct Catalogs
{
    Planner::ModelCatalog models;
    Planner::QuantCatalog quants;
    Planner::GpuCatalog gpus;
    QStringList errors; // problems found while loading; entries with problems were skipped

    static Catalogs loadEmbedded();
};
