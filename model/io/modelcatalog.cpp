#include "modelcatalog.h"

#include "hfconfig_p.h"

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
    const auto report = [&](const QString& field, const QString& reason) {
        if (errors)
            errors->append({ file, field, reason });
    };
    const json doc = json::parse(data.constBegin(), data.constEnd(), nullptr, false);
    if (doc.is_discarded() || !doc.is_object()) {
        report(QString(), Tr::tr("is not valid JSON (truncated or malformed)"));
        return catalog;
    }
    const auto models = doc.find("models");
    if (models == doc.end() || !models->is_array()) {
        report(QStringLiteral("models"), Tr::tr("must be an array"));
        return catalog;
    }

    QSet<QString> seen;
    int index = 0;
    for (const json& entry : *models) {
        QString where = QStringLiteral("models[%1]").arg(index++);
        if (!entry.is_object()) {
            report(where, Tr::tr("must be an object"));
            continue;
        }
        int problems = 0;
        const auto text = [&](const char* key, bool required) -> QString {
            const auto it = entry.find(key);
            if (it == entry.end() || it->is_null()) {
                if (required) {
                    report(where + u'.' + QLatin1String(key), Tr::tr("is missing"));
                    ++problems;
                }
                return {};
            }
            if (!it->is_string()) {
                report(where + u'.' + QLatin1String(key), Tr::tr("must be a string"));
                ++problems;
                return {};
            }
            return QString::fromStdString(it->get<std::string>());
        };
        const QString id = text("id", true);
        if (!id.isEmpty())
            where += QStringLiteral(" (%1)").arg(id);
        const QString name = text("name", true);
        const QString family = text("family", true);
        const QString license = text("license", false);
        const QString repo = text("hf_repo", false);
        const QString dtype = text("native_dtype", false);
        const QString released = text("released", false);
        qint64 maxContext = 0;
        if (const auto it = entry.find("max_context"); it != entry.end()) {
            if (!it->is_number_integer() || it->get<qint64>() < 1 || it->get<qint64>() > (qint64(1) << 30)) {
                report(where + QStringLiteral(".max_context"), Tr::tr("must be a positive whole number of tokens"));
                ++problems;
            } else {
                maxContext = it->get<qint64>();
            }
        }
        const auto config = entry.find("config");
        if (config == entry.end()) {
            report(where + QStringLiteral(".config"), Tr::tr("is missing"));
            continue;
        }
        auto spec = detail::specFromConfig(*config, file, where + QStringLiteral(".config"), errors);
        if (!spec || problems > 0)
            continue;
        if (seen.contains(id.toLower())) {
            report(where + QStringLiteral(".id"), Tr::tr("'%1' appears more than once").arg(id));
            continue;
        }
        seen.insert(id.toLower());
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
    }
    return catalog;
}

} // namespace Planner
