// SPDX-FileCopyrightText: 2026 The FitPlanner authors
// SPDX-License-Identifier: MIT

#pragma once

#include "gpucatalog.h"
#include "modelcatalog.h"
#include "quantcatalog.h"

#include <QStringList>

// The catalogs the app ships, loaded once from the embedded resources (:/catalog/...), and the user's custom models.
struct Catalogs
{
    Planner::ModelCatalog models; // the built-in models, then the custom ones (models.customIds)
    Planner::QuantCatalog quants;
    Planner::GpuCatalog gpus;
    QStringList errors; // problems found while loading; entries with problems were skipped
    QString customModelsPath; // the custom models' file (CustomModelStore); empty when none was read

    static Catalogs loadEmbedded();
    // Adds the custom models kept at `path` to `models`; the problems found join `errors`.
    void addCustomModels(const QString& path);
};
