// SPDX-FileCopyrightText: 2026 The FitPlanner authors
// SPDX-License-Identifier: MIT

#include "custommodelstore.h"

#include "boundedjson_p.h"
#include "guardedfile.h"
#include "hfconfig.h"
#include "namematcher.h"

#include <algorithm>

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QRegularExpression>
#include <QSaveFile>
#include <QStandardPaths>

using nlohmann::json;

namespace Planner {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Planner::CustomModelStore)
};

QString fromStd(const std::string& s)
{
    return QString::fromStdString(s);
}

// Every name a built-in model is known by, in NameMatcher's canonical form, with the id of the model it names.
QHash<QString, QString> builtInNames(const ModelCatalog& builtIn)
{
    QHash<QString, QString> owner;
    for (const ModelSpec& m : builtIn.models) {
        QStringList names { m.id, m.name, m.hfRepo };
        names << builtIn.aliases.value(m.id);
        for (const QString& n : std::as_const(names))
            if (!n.isEmpty())
                owner.insert(NameMatcher::canonical(n), m.id);
    }
    return owner;
}

// Why `id` cannot be a custom model's beside `builtIn` and the custom ids in `taken` (lower case); empty when it can.
QString idProblem(const QString& id, const QString& name, const ModelCatalog& builtIn, const QSet<QString>& taken)
{
    static const QRegularExpression pattern(QStringLiteral("^[A-Za-z0-9][A-Za-z0-9._-]*$"));
    if (id.isEmpty() || id.size() > CustomModelStore::kMaxIdLength || !pattern.match(id).hasMatch())
        return Tr::tr("id \"%1\": use 1 to %2 letters, digits, '.', '_' or '-', starting with a letter or digit")
            .arg(id.left(CustomModelStore::kMaxIdLength))
            .arg(CustomModelStore::kMaxIdLength);
    if (builtIn.find(id))
        return Tr::tr("id \"%1\": a built-in model has this id; choose another").arg(id);
    if (taken.contains(id.toLower()))
        return Tr::tr("id \"%1\": a custom model has this id already; remove it first").arg(id);
    const QHash<QString, QString> owners = builtInNames(builtIn);
    if (const QString other = owners.value(NameMatcher::canonical(id)); !other.isEmpty())
        return Tr::tr("id \"%1\": it names the built-in model %2; choose another").arg(id, other);
    if (name.size() > CustomModelStore::kMaxNameLength)
        return Tr::tr("name: longer than %1 characters").arg(CustomModelStore::kMaxNameLength);
    if (const QString other = owners.value(NameMatcher::canonical(name)); !other.isEmpty() && name != id)
        return Tr::tr("name \"%1\": it names the built-in model %2; choose another").arg(name, other);
    return {};
}

// The entry validated exactly as a built-in catalog entry: nullopt with the problems, whose field names are
// given the entry's place in the file (`index`).
std::optional<ModelSpec> catalogEntry(const json& entry, const QString& file, int index, QStringList* problems)
{
    QList<ParseError> errors;
    const json doc = { { "models", json::array({ entry }) } };
    const std::string text = doc.dump();
    const ModelCatalog parsed = parseModelCatalog(QByteArray::fromStdString(text), file, &errors);
    const QString first = QStringLiteral("models[0]");
    const QString here = QStringLiteral("models[%1]").arg(index);
    for (ParseError& e : errors) {
        if (e.field.startsWith(first))
            e.field.replace(0, first.size(), here);
        *problems << e.message();
    }
    if (parsed.models.size() != 1 || !errors.isEmpty())
        return std::nullopt;
    return parsed.models.first();
}

// A text member of an entry, or empty.
QString textOf(const json& entry, const char* key)
{
    const auto it = entry.find(key);
    return it != entry.end() && it->is_string() ? fromStd(it->get<std::string>()).trimmed() : QString();
}

} // namespace

QString userDataDirectory()
{
    const QString dir = qEnvironmentVariable("FITPLANNER_DATA_DIR");
    if (!dir.isEmpty())
        return QDir::cleanPath(dir);
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
}

CustomModelStore::CustomModelStore(QString path)
    : m_path(std::move(path))
{ }

QString CustomModelStore::defaultPath()
{
    return userDataDirectory() + QStringLiteral("/custom-models.json");
}

QString CustomModelStore::suggestedId(const QString& configPath)
{
    static const QRegularExpression other(QStringLiteral("[^a-z0-9._-]+"));
    static const QRegularExpression edges(QStringLiteral("^[._-]+|[._-]+$"));
    QString id = configModelName(configPath).toLower();
    id.replace(other, QStringLiteral("-"));
    id.remove(edges);
    id.truncate(kMaxIdLength);
    return id.isEmpty() ? QStringLiteral("custom-model") : id;
}

QStringList CustomModelStore::load(const ModelCatalog& builtIn)
{
    m_entries.clear();
    m_specs.clear();
    m_unreadable = false;
    rebuild();
    if (!QFileInfo::exists(m_path))
        return {};
    QString why;
    std::optional<json> doc;
    if (const auto bytes = readGuardedFile(m_path, GuardedKind::CustomModels, &why)) {
        doc = detail::parseBoundedJson(*bytes, detail::jsonBudget(bytes->size(), 64), &why);
        if (!doc)
            why = Tr::tr("%1: not JSON (%2)").arg(m_path, why);
        else if (!doc->is_object() || !doc->contains("models") || !(*doc)["models"].is_array())
            why = Tr::tr("%1: no \"models\" list").arg(m_path);
    }
    if (!why.isEmpty()) {
        m_unreadable = true;
        return { why + Tr::tr("; the file is kept as it is and moved aside at the next change") };
    }
    QStringList problems;
    if (const auto s = doc->find("schema"); s != doc->end() && s->is_number_integer() && s->get<qint64>() > kSchema)
        problems << Tr::tr("%1: written by a newer FitPlanner (schema %2); reading the fields this version knows")
                        .arg(m_path)
                        .arg(s->get<qint64>());
    QSet<QString> taken;
    int index = 0;
    for (const json& entry : (*doc)["models"]) {
        Entry e;
        e.json = QByteArray::fromStdString(entry.dump());
        const QString where = QStringLiteral("%1: models[%2]").arg(m_path).arg(index);
        if (m_specs.size() >= kMaxModels) {
            problems << Tr::tr("%1: more than %2 custom models; the rest are skipped").arg(m_path).arg(kMaxModels);
            break;
        }
        if (entry.is_object()) {
            e.id = textOf(entry, "id");
            const QString problem = idProblem(e.id, textOf(entry, "name"), builtIn, taken);
            if (!problem.isEmpty()) {
                problems << QStringLiteral("%1: %2").arg(where, problem);
            } else if (auto spec = catalogEntry(entry, m_path, index, &problems)) {
                e.usable = true;
                taken.insert(e.id.toLower());
                m_specs << *spec;
            }
        } else {
            problems << Tr::tr("%1: not an object").arg(where);
        }
        if (!e.usable)
            problems << Tr::tr("%1: the entry is skipped and kept in the file as it is").arg(where);
        m_entries << e;
        ++index;
    }
    rebuild();
    return problems;
}

bool CustomModelStore::contains(const QString& id) const
{
    return std::any_of(m_entries.cbegin(), m_entries.cend(),
        [&id](const Entry& e) { return e.id.compare(id, Qt::CaseInsensitive) == 0; });
}

std::optional<ModelSpec> CustomModelStore::validate(
    const CustomModelRequest& request, const ModelCatalog& builtIn, QString* error) const
{
    const QString id = request.id.trimmed();
    const QString name = request.name.trimmed().isEmpty() ? id : request.name.trimmed();
    QSet<QString> taken;
    for (const Entry& e : m_entries)
        if (e.usable)
            taken.insert(e.id.toLower());
    if (const QString problem = idProblem(id, name, builtIn, taken); !problem.isEmpty()) {
        *error = problem;
        return std::nullopt;
    }
    QList<ParseError> errors;
    const auto spec = parseHfConfig(request.config, request.source, &errors);
    if (!spec) {
        *error = messages(errors).join(u'\n');
        return std::nullopt;
    }
    QString why;
    const auto config = detail::parseBoundedJson(request.config, detail::jsonBudget(request.config.size(), 64), &why);
    if (!config) { // parseHfConfig has read it: only a budget difference could get here
        *error = QStringLiteral("%1: %2").arg(request.source, why);
        return std::nullopt;
    }
    const json entry = { { "id", id.toStdString() }, { "name", name.toStdString() },
        { "family", spec->modelType.toStdString() }, { "config", *config } };
    QStringList problems;
    auto checked = catalogEntry(entry, request.source, 0, &problems);
    if (!checked)
        *error = problems.join(u'\n');
    return checked;
}

bool CustomModelStore::add(
    const CustomModelRequest& request, const ModelCatalog& builtIn, QString* error, QString* notice)
{
    if (m_specs.size() >= kMaxModels) {
        *error = Tr::tr("There are %1 custom models already; remove some first").arg(kMaxModels);
        return false;
    }
    const auto spec = validate(request, builtIn, error);
    if (!spec)
        return false;
    const auto config = detail::parseBoundedJson(request.config, detail::jsonBudget(request.config.size(), 64), error);
    if (!config)
        return false;
    json entry = { { "id", spec->id.toStdString() }, { "name", spec->name.toStdString() },
        { "family", spec->family.toStdString() }, { "config", *config } };
    if (!request.source.isEmpty())
        entry["source"] = request.source.toStdString();
    QList<Entry> entries = m_entries;
    entries << Entry { spec->id, QByteArray::fromStdString(entry.dump()), true };
    if (!write(entries, error, notice))
        return false;
    m_entries = entries;
    m_specs << *spec;
    rebuild();
    return true;
}

bool CustomModelStore::remove(const QString& id, QString* error, QString* notice)
{
    QList<Entry> entries = m_entries;
    const auto removed = entries.removeIf([&id](const Entry& e) { return e.id.compare(id, Qt::CaseInsensitive) == 0; });
    if (removed == 0) {
        *error = Tr::tr("\"%1\" is not a custom model").arg(id);
        return false;
    }
    if (!write(entries, error, notice))
        return false;
    m_entries = entries;
    m_specs.removeIf([&id](const ModelSpec& m) { return m.id.compare(id, Qt::CaseInsensitive) == 0; });
    rebuild();
    return true;
}

bool CustomModelStore::write(const QList<Entry>& entries, QString* error, QString* notice)
{
    QDir().mkpath(QFileInfo(m_path).absolutePath());
    if (m_unreadable) {
        // Never overwrite what could not be read: it may be the user's only copy of their models.
        const QString aside = m_path + QStringLiteral(".unreadable");
        QFile::remove(aside);
        if (!QFile::rename(m_path, aside)) {
            *error = Tr::tr("%1 could not be read and cannot be moved aside to %2; it is left as it is")
                         .arg(m_path, aside);
            return false;
        }
        m_unreadable = false;
        if (notice)
            *notice = Tr::tr("%1 could not be read; it was moved to %2").arg(m_path, aside);
    } else if (QFileInfo::exists(m_path)) {
        const QString backup = m_path + QStringLiteral(".bak");
        QFile::remove(backup);
        if (!QFile::copy(m_path, backup)) {
            *error = Tr::tr("%1: no backup could be made at %2; the file is left as it is").arg(m_path, backup);
            return false;
        }
    }
    json list = json::array();
    for (const Entry& e : entries)
        list.push_back(json::parse(e.json.toStdString(), nullptr, false));
    const json doc = { { "schema", kSchema }, { "models", list } };
    const QByteArray bytes = QByteArray::fromStdString(doc.dump(2)) + '\n';
    QSaveFile f(m_path);
    if (!f.open(QIODevice::WriteOnly) || f.write(bytes) != bytes.size() || !f.commit()) {
        *error = Tr::tr("%1: cannot be written: %2").arg(m_path, f.errorString());
        return false;
    }
    return true;
}

void CustomModelStore::rebuild()
{
    m_models = ModelCatalog();
    m_models.models = m_specs;
    for (const ModelSpec& m : std::as_const(m_specs))
        m_models.customIds.insert(m.id);
}

ModelCatalog withCustomModels(const ModelCatalog& builtIn, const ModelCatalog& custom)
{
    ModelCatalog out = builtIn;
    for (const ModelSpec& m : custom.models) {
        if (builtIn.find(m.id))
            continue;
        out.models << m;
        out.customIds.insert(m.id);
    }
    return out;
}

} // namespace Planner
