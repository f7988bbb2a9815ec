// SPDX-FileCopyrightText: 2026 The FitPlanner authors
// SPDX-License-Identifier: MIT

#include "climodel.h"

#include "cliinspect.h"
#include "clitr.h"
#include "displaytext.h"
#include "engineregistry.h"
#include "fitplanner.h"
#include "guardedfile.h"
#include "hfconfig.h"

#include <QDir>
#include <QFileInfo>

using namespace Planner;

bool loadCliModel(const CliArgs& args, const Catalogs& c, Scenario* scenario, QString* fileEngine, QStringList* errors)
{
    if (args.isSet(QStringLiteral("file"))) {
        QString why;
        if (!scenarioFromFile(args.text(QStringLiteral("file")), c, *scenario, fileEngine, &why)) {
            *errors << why;
            return false;
        }
        return true;
    }
    if (args.isSet(QStringLiteral("model"))) {
        // The parser has checked the id against the catalog.
        const ModelSpec* m = c.models.find(args.text(QStringLiteral("model")));
        if (!m) {
            *errors << CliTr::tr("unknown model '%1'; 'fitplanner models' lists the catalog")
                           .arg(args.text(QStringLiteral("model")));
            return false;
        }
        scenario->model = *m;
        return true;
    }
    const QString path = args.text(QStringLiteral("config"));
    QString why;
    const auto bytes = readGuardedFile(path, GuardedKind::ConfigJson, &why);
    if (!bytes) {
        *errors << why;
        return false;
    }
    QList<ParseError> problems;
    const auto spec = parseHfConfig(*bytes, path, &problems);
    if (!spec) {
        for (const ParseError& p : problems)
            *errors << p.message();
        return false;
    }
    scenario->model = *spec;
    scenario->model.id = escapeControl(configModelName(path));
    scenario->model.name = scenario->model.id;
    return true;
}

CliOption cliFileOption()
{
    return { QStringLiteral("file"), QStringLiteral("PATH"),
        CliTr::tr("the model, from a .gguf or .safetensors file or a model folder: its exact tensors"),
        CliValidators::text(), {}, {} };
}

QString cliFileFixesQuantMessage()
{
    return CliTr::tr("--file fixes the quantization (the file's own tensor types); drop --quant");
}

ModelSource cliModelSource(const CliArgs& args, const Scenario& scenario, const QString& fileEngine)
{
    if (!args.isSet(QStringLiteral("file")))
        return {};
    return ModelSource { args.text(QStringLiteral("file")), fileEngine == engineId(Engine::LlamaCpp), scenario.recipeId,
        false };
}

QString defaultCliRecipe(const ModelSpec& model, Engine engine, const QuantCatalog& quants)
{
    return startingRecipe(model, engine, quants);
}

QString defaultCliRecipeNote()
{
    return CliTr::tr("%1 for llama.cpp, %2 for mlx, otherwise the checkpoint's own format (%3 for 16-bit ones)")
        .arg(engineRules(Engine::LlamaCpp).defaultRecipe(), engineRules(Engine::Mlx).defaultRecipe(),
            engineRules(Engine::Vllm).defaultRecipe());
}
