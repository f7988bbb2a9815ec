#include "modelcatalog.h"

#include "hfconfig_p.h"
#include "jsonfields_p.h"

#include <QCoreApplication>
#include <QSet>

using nlohmann::json;

namespace Planner {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Planner::ModelCatalog)
};

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

ModelCatalog parseModelCatalog(const QByteArray& data, const QString& file, QList<ParseError>* errors)
{
    ModelCatalog catalog;
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
        qint64 maxContext = 0;
        if (const auto it = entry.find("max_context"); it != entry.end()) {
            if (!it->is_number_integer() || it->get<qint64>() < 1 || it->get<qint64>() > (qint64(1) << 30))
                r.fail("max_context", Tr::tr("must be a positive whole number of tokens"));
            else
                maxContext = it->get<qint64>();
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
        if (!dtype.isEmpty())
            spec->nativeDtype = dtype;
        spec->released = released;
        if (maxContext > 0)
            spec->maxContext = maxContext;
        catalog.models << *spec;
    });
    return catalog;
}

} // namespace Planner
