// SPDX-FileCopyrightText: 2026 The FitPlanner authors
// SPDX-License-Identifier: MIT

#include "clicustommodels.h"

#include "clitr.h"
#include "custommodelstore.h"
#include "displaytext.h"
#include "guardedfile.h"
#include "tensorlayout.h"
#include "units.h"

using namespace Planner;

namespace {

QString storePath(const Catalogs& c)
{
    return c.customModelsPath.isEmpty() ? CustomModelStore::defaultPath() : c.customModelsPath;
}

int runAdd(const CliArgs& args, const Catalogs& c, QTextStream& out, QTextStream& err)
{
    const auto fail = [&err](const QString& message, int status) {
        err << "fitplanner models add: " << escapeControl(message) << '\n';
        return status;
    };
    if (!args.isSet(QStringLiteral("config")))
        return fail(CliTr::tr("--config PATH is required: the model's config.json"), 2);
    const QString path = args.text(QStringLiteral("config"));
    QString why;
    const auto bytes = readGuardedFile(path, GuardedKind::ConfigJson, &why);
    if (!bytes)
        return fail(why, 2);
    CustomModelStore store(storePath(c));
    const ModelCatalog builtIn = c.models.builtIn();
    store.load(builtIn); // its problems were printed as warnings with the catalogs'
    const CustomModelRequest request { args.isSet(QStringLiteral("id")) ? args.text(QStringLiteral("id"))
                                                                        : CustomModelStore::suggestedId(path),
        args.text(QStringLiteral("name")), *bytes, path };
    const auto spec = store.validate(request, builtIn, &why);
    if (!spec)
        return fail(why, 2);
    QString notice;
    if (!store.add(request, builtIn, &why, &notice))
        return fail(why, 1);
    if (!notice.isEmpty())
        err << "fitplanner models add: " << notice << '\n';
    const ParamCounts p = countParameters(*spec);
    out << CliTr::tr("Added %1 (%2): %3 params, context %4, to %5\n")
               .arg(spec->id, escapeControl(spec->name), formatCount(p.total))
               .arg(spec->maxContext)
               .arg(store.path());
    return 0;
}

int runRemove(const CliArgs& args, const Catalogs& c, QTextStream& out, QTextStream& err)
{
    const QString id = args.positional();
    if (c.models.find(id) && !c.models.isCustom(c.models.find(id)->id)) {
        err << "fitplanner models remove: "
            << CliTr::tr("\"%1\" is a built-in model; only custom models can be removed").arg(escapeControl(id))
            << '\n';
        return 2;
    }
    CustomModelStore store(storePath(c));
    store.load(c.models.builtIn());
    QString why;
    QString notice;
    const bool listed = store.contains(id);
    if (!store.remove(id, &why, &notice)) {
        err << "fitplanner models remove: " << escapeControl(why) << '\n';
        return listed ? 1 : 2;
    }
    if (!notice.isEmpty())
        err << "fitplanner models remove: " << notice << '\n';
    out << CliTr::tr("Removed %1 from %2\n").arg(escapeControl(id), store.path());
    return 0;
}

} // namespace

QList<CliCommand> customModelCommands()
{
    CliCommand add;
    add.name = QStringLiteral("models add");
    add.summary = CliTr::tr("add a custom model from its config.json; --model takes it from then on");
    add.options = {
        { QStringLiteral("config"), QStringLiteral("PATH"),
            CliTr::tr("the model's Hugging Face config.json, validated as the catalog's entries are (required)"),
            CliValidators::text(), {}, {} },
        { QStringLiteral("id"), QStringLiteral("ID"),
            CliTr::tr("the id --model will take: letters, digits, '.', '_' or '-', not a built-in model's"),
            CliValidators::text(), {}, CliTr::tr("the name of the folder holding the config, in lower case") },
        { QStringLiteral("name"), QStringLiteral("NAME"), CliTr::tr("the name shown"), CliValidators::text(), {},
            CliTr::tr("the id") },
    };
    add.run = runAdd;

    CliCommand remove;
    remove.name = QStringLiteral("models remove");
    remove.summary = CliTr::tr("remove a custom model");
    remove.positionalName = QStringLiteral("ID");
    remove.positionalDescription = CliTr::tr("the custom model's id, as 'fitplanner models' lists it");
    remove.positionalMissing = CliTr::tr("give the id of the custom model to remove");
    remove.run = runRemove;
    return { add, remove };
}
