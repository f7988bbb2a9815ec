// SPDX-FileCopyrightText: 2026 The FitPlanner authors
// SPDX-License-Identifier: MIT

#include "scenariostore.h"

#include "custommodelstore.h"
#include "guardedfile.h"
#include "memoryestimator.h"
#include "modelcatalog.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>

namespace Planner {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Planner::ScenarioStore)
};

constexpr qsizetype kMaxNameLength = 200;

QJsonObject toJson(const SavedScenario& s)
{
    return { { QStringLiteral("name"), s.name }, { QStringLiteral("model"), s.modelId },
        { QStringLiteral("quant"), s.recipeId }, { QStringLiteral("engine"), engineId(s.engine) },
        { QStringLiteral("context"), s.context }, { QStringLiteral("batch"), s.batch },
        { QStringLiteral("kv_type"), s.kvType } };
}

// One entry of the file, or the reason it cannot be used ("scenarios[3].context: ...").
std::optional<SavedScenario> fromJson(const QJsonValue& value, const QString& where, QString* why)
{
    const QJsonObject o = value.toObject();
    const auto text = [&](const char* key, QString* out) {
        const QJsonValue v = o.value(QLatin1String(key));
        if (!v.isString() || v.toString().trimmed().isEmpty()) {
            *why = Tr::tr("%1.%2: missing or not a text").arg(where, QLatin1String(key));
            return false;
        }
        *out = v.toString().trimmed();
        return true;
    };
    const auto count = [&](const char* key, qint64 max, qint64* out) {
        const QJsonValue v = o.value(QLatin1String(key));
        const double d = v.toDouble(-1);
        if (!v.isDouble() || d < 1 || d > double(max) || d != double(qint64(d))) {
            *why = Tr::tr("%1.%2: not a whole number from 1 to %3").arg(where, QLatin1String(key)).arg(max);
            return false;
        }
        *out = qint64(d);
        return true;
    };
    if (!value.isObject()) {
        *why = Tr::tr("%1: not an object").arg(where);
        return std::nullopt;
    }
    SavedScenario s;
    QString engine;
    if (!text("name", &s.name) || !text("model", &s.modelId) || !text("quant", &s.recipeId) || !text("engine", &engine)
        || !text("kv_type", &s.kvType) || !count("context", MemoryEstimator::kMaxContext, &s.context)
        || !count("batch", MemoryEstimator::kMaxBatch, &s.batch))
        return std::nullopt;
    if (s.name.size() > kMaxNameLength) {
        *why = Tr::tr("%1.name: longer than %2 characters").arg(where).arg(kMaxNameLength);
        return std::nullopt;
    }
    const auto e = engineFromId(engine);
    if (!e) {
        *why = Tr::tr("%1.engine: unknown engine \"%2\"").arg(where, engine.left(40));
        return std::nullopt;
    }
    s.engine = *e;
    return s;
}

} // namespace

SavedScenario SavedScenario::of(const QString& name, const Scenario& scenario)
{
    SavedScenario s;
    s.name = name.trimmed();
    s.modelId = scenario.model.id;
    s.recipeId = scenario.recipeId;
    s.engine = scenario.engine;
    s.context = scenario.context;
    s.batch = scenario.batch;
    s.kvType = scenario.kvType;
    return s;
}

ScenarioStore::ScenarioStore(QString path)
    : m_path(std::move(path))
{ }

QString ScenarioStore::defaultPath()
{
    return userDataDirectory() + QStringLiteral("/scenarios.json");
}

QStringList ScenarioStore::load()
{
    m_scenarios.clear();
    m_unreadable = false;
    if (!QFileInfo::exists(m_path))
        return {};
    QString why;
    const auto bytes = readGuardedFile(m_path, GuardedKind::SavedScenarios, &why);
    QJsonParseError parse {};
    const QJsonDocument doc = bytes ? QJsonDocument::fromJson(*bytes, &parse) : QJsonDocument();
    if (bytes && parse.error != QJsonParseError::NoError)
        why = Tr::tr("%1: not JSON (%2 at byte %3)").arg(m_path, parse.errorString()).arg(parse.offset);
    else if (bytes && !doc.object().value(QStringLiteral("scenarios")).isArray())
        why = Tr::tr("%1: no \"scenarios\" list").arg(m_path);
    if (!why.isEmpty()) {
        m_unreadable = true;
        return { why + Tr::tr("; the file is kept as it is and moved aside at the next save") };
    }
    QStringList problems;
    const QJsonObject root = doc.object();
    const int schema = root.value(QStringLiteral("schema")).toInt(0);
    if (schema > kSchema)
        problems << Tr::tr("%1: written by a newer FitPlanner (schema %2); reading the fields this version knows")
                        .arg(m_path)
                        .arg(schema);
    const QJsonArray list = root.value(QStringLiteral("scenarios")).toArray();
    for (qsizetype i = 0; i < list.size(); ++i) {
        const QString where = QStringLiteral("%1: scenarios[%2]").arg(m_path).arg(i);
        if (m_scenarios.size() >= kMaxScenarios) {
            problems << Tr::tr("%1: more than %2 scenarios; the rest are skipped").arg(m_path).arg(kMaxScenarios);
            break;
        }
        QString problem;
        if (const auto s = fromJson(list[i], where, &problem)) {
            if (find(s->name))
                problems << Tr::tr("%1: a second scenario named \"%2\" is skipped").arg(where, s->name);
            else
                m_scenarios << *s;
        } else {
            problems << problem;
        }
    }
    return problems;
}

const SavedScenario* ScenarioStore::find(const QString& name) const
{
    for (const SavedScenario& s : m_scenarios)
        if (s.name == name)
            return &s;
    return nullptr;
}

bool ScenarioStore::save(const SavedScenario& scenario, QString* error, QString* notice)
{
    if (scenario.name.trimmed().isEmpty() || scenario.name.size() > kMaxNameLength) {
        *error = Tr::tr("A scenario needs a name of 1 to %1 characters").arg(kMaxNameLength);
        return false;
    }
    const QList<SavedScenario> before = m_scenarios;
    bool replaced = false;
    for (SavedScenario& s : m_scenarios)
        if (s.name == scenario.name) {
            s = scenario;
            replaced = true;
        }
    if (!replaced) {
        if (m_scenarios.size() >= kMaxScenarios) {
            *error = Tr::tr("There are %1 saved scenarios already; delete some first").arg(kMaxScenarios);
            return false;
        }
        m_scenarios << scenario;
    }
    if (!write(error, notice)) {
        m_scenarios = before;
        return false;
    }
    return true;
}

bool ScenarioStore::remove(const QString& name, QString* error, QString* notice)
{
    const QList<SavedScenario> before = m_scenarios;
    m_scenarios.removeIf([&name](const SavedScenario& s) { return s.name == name; });
    if (m_scenarios.size() == before.size())
        return true;
    if (!write(error, notice)) {
        m_scenarios = before;
        return false;
    }
    return true;
}

bool ScenarioStore::write(QString* error, QString* notice)
{
    QDir().mkpath(QFileInfo(m_path).absolutePath());
    if (m_unreadable) {
        // Never overwrite what could not be read: it may be the user's only copy of their scenarios.
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
    }
    QJsonArray list;
    for (const SavedScenario& s : std::as_const(m_scenarios))
        list.append(toJson(s));
    const QByteArray bytes
        = QJsonDocument(QJsonObject { { QStringLiteral("schema"), kSchema }, { QStringLiteral("scenarios"), list } })
              .toJson(QJsonDocument::Indented);
    QSaveFile f(m_path);
    if (!f.open(QIODevice::WriteOnly) || f.write(bytes) != bytes.size() || !f.commit()) {
        *error = Tr::tr("%1: cannot be written: %2").arg(m_path, f.errorString());
        return false;
    }
    return true;
}

QList<QuantComparisonRow> compareScenarios(const QList<SavedScenario>& scenarios, const ModelCatalog& models,
    const MemoryEstimator& estimator, const EstimateSession::Placer& placer, const CapacityInput& capacity,
    QStringList* problems)
{
    QList<QuantComparisonRow> rows;
    for (const SavedScenario& saved : scenarios) {
        const ModelSpec* model = models.find(saved.modelId);
        if (!model) {
            *problems << Tr::tr("%1: the model \"%2\" is not in the catalog").arg(saved.name, saved.modelId);
            continue;
        }
        Scenario s;
        s.model = *model;
        s.recipeId = saved.recipeId;
        s.engine = saved.engine;
        s.context = saved.context;
        s.batch = saved.batch;
        s.kvType = saved.kvType;
        QString why;
        auto e = estimator.estimate(s, &why);
        if (!e) {
            *problems << Tr::tr("%1: %2").arg(saved.name, why);
            continue;
        }
        QuantComparisonRow row;
        row.recipeId = saved.name;
        row.description = QStringLiteral("%1 | %2 | %3 | %4 x %5 | KV %6")
                              .arg(model->name, saved.recipeId, engineDisplayName(saved.engine))
                              .arg(saved.context)
                              .arg(saved.batch)
                              .arg(saved.kvType);
        const auto plan = placer ? placer(s, nullptr) : std::optional<FitPlan>();
        row.status = plan ? planStatus(*plan) : classifyFit(e->total, e->totalHigh, capacity);
        row.estimate = std::move(*e);
        rows << row;
    }
    return rows;
}

} // namespace Planner
