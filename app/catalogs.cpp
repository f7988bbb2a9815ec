// SPDX-FileCopyrightText: 2026 The FitPlanner authors
// SPDX-License-Identifier: MIT

#include "catalogs.h"

#include "custommodelstore.h"

#include <QFile>

namespace {

QByteArray readResource(const QString& path, QStringList* errors)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly)) {
        *errors << QStringLiteral("%1: %2").arg(path, f.errorString());
        return {};
    }
    return f.readAll();
}

} // namespace

Catalogs Catalogs::loadEmbedded()
{
    Catalogs c;
    QList<Planner::ParseError> problems;
    const QString quantsPath = QStringLiteral(":/catalog/quants.json");
    if (auto q = Planner::parseQuantCatalog(readResource(quantsPath, &c.errors), quantsPath, &problems))
        c.quants = *q;
    const QString modelsPath = QStringLiteral(":/catalog/models.json");
    c.models = Planner::parseModelCatalog(readResource(modelsPath, &c.errors), modelsPath, &problems);
    const QString gpusPath = QStringLiteral(":/catalog/gpus.json");
    c.gpus = Planner::parseGpuCatalog(readResource(gpusPath, &c.errors), gpusPath, &problems);
    c.errors << Planner::messages(problems);
    return c;
}

void Catalogs::addCustomModels(const QString& path)
{
    Planner::CustomModelStore store(path);
    const Planner::ModelCatalog builtIn = models.builtIn();
    errors << store.load(builtIn);
    models = Planner::withCustomModels(builtIn, store.models());
    customModelsPath = path;
}
