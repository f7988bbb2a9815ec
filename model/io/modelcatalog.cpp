// SPDX-FileCopyrightText: 2026 The FitPlanner authors
// SPDX-License-Identifier: MIT

#include "modelcatalog.h"

#include "hfconfig_p.h"
#include "jsonfields_p.h"
#include "namematcher.h"

#include <algorithm>

#include <QCoreApplication>
#include <QRegularExpression>
#include <QSet>

using nlohmann::json;

namespace Planner {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Planner::ModelCatalog)
};

// An alias that another model is also known by would make a typed name ambiguous: it is reported and dropped.
void dropAmbiguousAliases(
    ModelCatalog* catalog, const QHash<QString, QString>& where, const QString& file, QList<ParseError>* errors)
{
    QHash<QString, QString> owner; // canonical name -> the model it names
    for (const ModelSpec& m : catalog->models)
        for (const QString& n : { m.id, m.name, m.hfRepo })
            if (!n.isEmpty())
                owner.insert(NameMatcher::canonical(n), m.id);
    for (const ModelSpec& m : catalog->models) {
        const auto it = catalog->aliases.find(m.id);
        if (it == catalog->aliases.end())
            continue;
        QStringList kept;
        for (const QString& alias : std::as_const(it.value())) {
            const QString key = NameMatcher::canonical(alias);
            const QString other = owner.value(key, it.key());
            if (other != it.key()) {
                if (errors)
                    errors->append({ file, where.value(it.key()),
                        Tr::tr("'%1' is also a name of %2; the alias is ignored").arg(alias, other) });
                continue;
            }
            owner.insert(key, it.key());
            kept << alias;
        }
        it.value() = kept;
    }
}

} // namespace

const ModelSpec* ModelCatalog::find(const QString& id) const
{
    for (const ModelSpec& m : models) {
        if (m.id.compare(id, Qt::CaseInsensitive) == 0)
            return &m;
    }
    return nullptr;
}

QStringList ModelCatalog::ids() const
{
    QStringList out;
    for (const ModelSpec& m : models)
        out << m.id;
    return out;
}

ModelCatalog ModelCatalog::builtIn() const
{
    ModelCatalog out;
    out.aliases = aliases;
    for (const ModelSpec& m : models)
        if (!isCustom(m.id))
            out.models << m;
    return out;
}

ModelCatalog parseModelCatalog(const QByteArray& data, const QString& file, QList<ParseError>* errors)
{
    ModelCatalog catalog;
    QHash<QString, QString> aliasWhere;
    detail::CatalogDocument doc(data, file, errors);
    QSet<QString> seen;
    doc.forEachEntry("models", [&](const json& entry, const QString& index) {
        detail::JsonFields r(entry, file, index, errors);
        const QString id = r.requiredString("id");
        if (!id.isEmpty())
            r.setWhere(QStringLiteral("%1 (%2)").arg(index, id));
        const QString name = r.requiredString("name");
        const QString family = r.requiredString("family");
        const QString license = r.string("license");
        const QString repo = r.string("hf_repo");
        const QString dtype = r.string("native_dtype");
        const QString released = r.string("released");
        const QStringList aliases = r.strings("aliases");
        if (std::any_of(aliases.begin(), aliases.end(), [](const QString& a) { return a.trimmed().isEmpty(); }))
            r.fail("aliases", Tr::tr("must not hold an empty name"));
        qint64 maxContext = 0;
        if (const auto it = entry.find("max_context"); it != entry.end()) {
            if (!it->is_number_integer() || it->get<qint64>() < 1 || it->get<qint64>() > (qint64(1) << 30))
                r.fail("max_context", Tr::tr("must be a positive whole number of tokens"));
            else
                maxContext = it->get<qint64>();
        }
        QMap<QString, QString> quantizedRepos;
        if (const auto it = entry.find("quantized_repos"); it != entry.end()) {
            static const QRegularExpression repoId(
                QStringLiteral("^[A-Za-z0-9][A-Za-z0-9._-]*/[A-Za-z0-9][A-Za-z0-9._-]*$"));
            if (!it->is_object())
                r.fail("quantized_repos", Tr::tr("must map recipe ids to Hugging Face repository ids"));
            for (auto q = it->begin(); it->is_object() && q != it->end(); ++q) {
                const QString recipe = QString::fromStdString(q.key());
                const QString value = q->is_string() ? QString::fromStdString(q->get<std::string>()) : QString();
                if (recipe.isEmpty() || !repoId.match(value).hasMatch())
                    r.fail("quantized_repos", Tr::tr("'%1' must name a repository as owner/name").arg(recipe));
                else
                    quantizedRepos.insert(recipe, value);
            }
        }
        const auto config = entry.find("config");
        if (config == entry.end()) {
            r.fail("config", Tr::tr("is missing"));
            return;
        }
        auto spec = detail::specFromConfig(*config, file, r.field("config"), errors);
        if (!spec || r.failures() > 0 || !doc.firstOccurrence(seen, id, r.where()))
            return;
        spec->id = id;
        spec->name = name;
        spec->family = family;
        spec->license = license;
        spec->hfRepo = repo;
        spec->quantizedRepos = quantizedRepos;
        if (!dtype.isEmpty())
            spec->nativeDtype = dtype;
        spec->released = released;
        if (maxContext > 0 && maxContext != spec->maxContext) {
            spec->configMaxContext = spec->maxContext;
            spec->maxContext = maxContext;
        }
        catalog.models << *spec;
        if (!aliases.isEmpty()) {
            catalog.aliases.insert(id, aliases);
            aliasWhere.insert(id, r.field("aliases"));
        }
    });
    dropAmbiguousAliases(&catalog, aliasWhere, file, errors);
    return catalog;
}

} // namespace Planner
