// SPDX-FileCopyrightText: 2026 The FitPlanner authors
// SPDX-License-Identifier: MIT

#pragma once

// Loads the catalogs the app ships straight from resources/catalog, so tests need no Qt resources.

#include "gpucatalog.h"
#include "hfconfig.h"
#include "modelcatalog.h"
#include "quantcatalog.h"
#include "trainingestimator.h"

#include <QFile>
#include <QTest>

namespace TestCatalogs {

inline QByteArray readSourceFile(const QString& relative)
{
    QFile f(QStringLiteral(FITPLANNER_SOURCE_DIR "/") + relative);
    if (!f.open(QIODevice::ReadOnly))
        qFatal("cannot read %s", qPrintable(f.fileName()));
    return f.readAll();
}

inline const Planner::QuantCatalog& quants()
{
    static const Planner::QuantCatalog catalog = [] {
        QList<Planner::ParseError> errors;
        auto c = Planner::parseQuantCatalog(
            readSourceFile(QStringLiteral("resources/catalog/quants.json")), QStringLiteral("quants.json"), &errors);
        if (!c || !errors.isEmpty())
            qFatal("quants.json: %s", qPrintable(Planner::messages(errors).join(u'\n')));
        return *c;
    }();
    return catalog;
}

inline const Planner::ModelCatalog& models()
{
    static const Planner::ModelCatalog catalog = [] {
        QList<Planner::ParseError> errors;
        auto c = Planner::parseModelCatalog(
            readSourceFile(QStringLiteral("resources/catalog/models.json")), QStringLiteral("models.json"), &errors);
        if (!errors.isEmpty())
            qFatal("models.json: %s", qPrintable(Planner::messages(errors).join(u'\n')));
        return c;
    }();
    return catalog;
}

inline const Planner::GpuCatalog& gpus()
{
    static const Planner::GpuCatalog catalog = [] {
        QList<Planner::ParseError> errors;
        auto c = Planner::parseGpuCatalog(
            readSourceFile(QStringLiteral("resources/catalog/gpus.json")), QStringLiteral("gpus.json"), &errors);
        if (!errors.isEmpty())
            qFatal("gpus.json: %s", qPrintable(Planner::messages(errors).join(u'\n')));
        return c;
    }();
    return catalog;
}

inline Planner::ModelSpec model(const QString& id)
{
    const Planner::ModelSpec* m = models().find(id);
    if (!m)
        qFatal("no catalog model %s", qPrintable(id));
    return *m;
}

#ifdef FITPLANNER_TEST_DATA
// The model a published config.json of tests/data/configs-2026 describes; a config that does not parse ends the
// test.
inline Planner::ModelSpec configModel(const char* file)
{
    QFile f(QStringLiteral(FITPLANNER_TEST_DATA "/configs-2026/") + QLatin1String(file));
    if (!f.open(QIODevice::ReadOnly))
        qFatal("cannot open %s", qPrintable(f.fileName()));
    QList<Planner::ParseError> errors;
    const auto spec = Planner::parseHfConfig(f.readAll(), f.fileName(), &errors);
    if (!spec)
        qFatal("%s", qPrintable(Planner::messages(errors).join(u'\n')));
    return *spec;
}
#endif

// The training estimate of `s` with the shipped storage types; a scenario the estimator refuses ends the test.
inline Planner::TrainingEstimate trainingEstimate(const Planner::TrainingScenario& s)
{
    QString error;
    const auto e = Planner::TrainingEstimator(quants()).estimate(s, &error);
    if (!e)
        qFatal("%s", qPrintable(error));
    return *e;
}

} // namespace TestCatalogs
