// SPDX-FileCopyrightText: 2026 The FitPlanner authors
// SPDX-License-Identifier: MIT

#include "estimatesession.h"

#include "engineregistry.h"
#include "fitplanner.h"
#include "recipequality.h"

#include <algorithm>
#include <cmath>

#include <QCoreApplication>

namespace Planner {

namespace {

// Enough for every recipe at a few dozen context lengths; the cache is dropped when it grows past it.
constexpr qsizetype kCacheLimit = 512;

bool fileBacked(const Scenario& s)
{
    return std::any_of(
        s.storedTensors.cbegin(), s.storedTensors.cend(), [](const StoredTensor& t) { return !t.projector; });
}

QString cacheKey(const Scenario& s)
{
    // An opened file's own tensors and a re-quantization of them may carry the same recipe id.
    return QStringLiteral("%1%2|%3|%4|%5|%6")
        .arg(fileBacked(s) ? QStringLiteral("file|") : QString(), s.recipeId, engineId(s.engine), s.kvType)
        .arg(s.context)
        .arg(s.batch);
}

} // namespace

EstimateSession::EstimateSession(const ModelCatalog& models, const QuantCatalog& quants, QObject* parent)
    : QObject(parent)
    , m_models(std::make_shared<const ModelCatalog>(models))
    , m_quants(quants)
    , m_estimator(quants)
{
    if (!m_models->models.isEmpty())
        m_scenario.model = m_models->models.first();
    if (const ModelSpec* preferred = m_models->find(QStringLiteral("llama-3.1-8b")))
        m_scenario.model = *preferred;
    m_scenario.context = Scenario::defaultContext(m_scenario.model);
    normalise();
}

void EstimateSession::changed()
{
    normalise();
    Q_EMIT scenarioChanged();
    recompute();
}

void EstimateSession::setScenario(
    const QString& modelId, const QString& recipeId, qint64 context, qint64 batch, const QString& kvType, Engine engine)
{
    // An opened file stays unless a catalog model is chosen; its own tensors stay with fileRecipeId() or its label.
    const ModelSpec* catalogModel = m_models->find(modelId);
    const bool keepFile = !catalogModel && !m_openedPath.isEmpty()
        && (recipeId == fileRecipeId() || (usesFileWeights() && recipeId == m_scenario.recipeId));
    if (catalogModel) {
        m_scenario.model = *catalogModel;
        m_scenario.storedTensors.clear();
        m_openedPath.clear();
        m_fileTensors.clear();
    } else if (!m_openedPath.isEmpty()) {
        useFileWeights(keepFile);
    }
    m_scenario.engine = engine;
    if (!keepFile)
        m_scenario.recipeId = recipeId;
    m_scenario.context = context;
    m_scenario.batch = batch;
    m_scenario.kvType = kvType;
    // An explicit recipe wins over the engine: normalise() moves the engine to one that runs it.
    changed();
}

bool EstimateSession::setModelId(const QString& id)
{
    const ModelSpec* m = m_models->find(id);
    if (!m)
        return false;
    if (m->id == m_scenario.model.id && m_openedPath.isEmpty())
        return true;
    // A recipe left at the previous model's starting point follows the model (its checkpoint's own format).
    if (m_scenario.recipeId == startingRecipe(m_scenario.model, m_scenario.engine, m_quants))
        m_scenario.recipeId = startingRecipe(*m, m_scenario.engine, m_quants);
    m_scenario.model = *m;
    m_scenario.storedTensors.clear();
    m_openedPath.clear();
    m_fileTensors.clear();
    changed();
    return true;
}

bool EstimateSession::setOpenedModel(const OpenedModel& model, QString* error)
{
    Scenario s = m_scenario;
    s.storedTensors.clear();
    if (!applyModelFile(s, model, error))
        return false;
    m_scenario = s;
    m_openedPath = model.path;
    m_openedGguf = model.format == ModelFileFormat::Gguf;
    m_fileQuantization = s.recipeId;
    m_fileTensors = model.storedTensors();
    m_fileBytesByType = model.bytesByType;
    changed();
    return true;
}

bool EstimateSession::usesFileWeights() const
{
    return !m_openedPath.isEmpty() && fileBacked(m_scenario);
}

void EstimateSession::useFileWeights(bool file)
{
    std::vector<StoredTensor> tensors;
    if (file) {
        tensors = m_fileTensors;
        m_scenario.recipeId = m_fileQuantization;
    }
    for (const StoredTensor& t : m_scenario.storedTensors)
        if (t.projector)
            tensors.push_back(t);
    m_scenario.storedTensors = std::move(tensors);
}

Scenario EstimateSession::requantized(const Scenario& s)
{
    Scenario out = s;
    out.storedTensors.clear();
    for (const StoredTensor& t : s.storedTensors)
        if (t.projector)
            out.storedTensors.push_back(t);
    return out;
}

QString EstimateSession::fileTypeSummary(int maxTypes) const
{
    if (m_openedPath.isEmpty())
        return {};
    QList<std::pair<QString, qint64>> types;
    for (auto it = m_fileBytesByType.cbegin(); it != m_fileBytesByType.cend(); ++it)
        types.append({ it.key(), it.value() });
    std::stable_sort(types.begin(), types.end(), [](const auto& a, const auto& b) { return a.second > b.second; });
    QStringList parts;
    for (const auto& [type, bytes] : std::as_const(types)) {
        if (parts.size() == maxTypes) {
            parts << QStringLiteral("...");
            break;
        }
        parts << QStringLiteral("%1 %2").arg(type, formatBytes(bytes, m_units));
    }
    return parts.join(QStringLiteral(", "));
}

QString EstimateSession::fileLabel() const
{
    return m_openedPath.isEmpty() ? QString() : tr("File: %1").arg(m_fileQuantization);
}

ModelSource EstimateSession::modelSource() const
{
    if (m_openedPath.isEmpty())
        return {};
    return ModelSource { m_openedPath, m_openedGguf, m_fileQuantization, !usesFileWeights() };
}

void EstimateSession::setRecipeId(const QString& id)
{
    if (id == fileRecipeId()) {
        if (m_openedPath.isEmpty() || usesFileWeights())
            return;
        useFileWeights(true);
        changed();
        return;
    }
    const QuantRecipe* r = m_quants.recipe(id);
    if (!r || (r->id == m_scenario.recipeId && !usesFileWeights()))
        return;
    if (usesFileWeights())
        useFileWeights(false); // re-quantize the file
    m_scenario.recipeId = r->id;
    changed();
}

void EstimateSession::setContext(qint64 tokens)
{
    if (tokens == m_scenario.context)
        return;
    m_scenario.context = tokens;
    changed();
}

void EstimateSession::setBatch(qint64 batch)
{
    if (batch == m_scenario.batch)
        return;
    m_scenario.batch = batch;
    changed();
}

void EstimateSession::setKvType(const QString& kvType)
{
    if (kvType == m_scenario.kvType)
        return;
    m_scenario.kvType = kvType;
    changed();
}

void EstimateSession::setEngine(Engine engine)
{
    if (engine == m_scenario.engine)
        return;
    const bool atStart = m_scenario.recipeId == startingRecipe(m_scenario.model, m_scenario.engine, m_quants);
    m_scenario.engine = engine;
    // The user chose the engine: keep it and move the recipe to the closest one it runs (an opened file that
    // engine cannot load is re-quantized). A model published quantized goes to its own format on the engines that
    // load it, from a recipe the engine cannot run or from the previous engine's starting point.
    const QuantRecipe* r = m_quants.recipe(m_scenario.recipeId);
    if (usesFileWeights() && (!r || r->engines.contains(engineId(engine)))) {
        changed();
        return;
    }
    const bool runs = r && r->engines.contains(engineId(engine));
    if (!runs && usesFileWeights())
        useFileWeights(false);
    const QString start = startingRecipe(m_scenario.model, engine, m_quants);
    const bool native = !start.isEmpty() && start == nativeRecipeFor(m_scenario.model, engine, m_quants);
    if (native && (atStart || !runs))
        m_scenario.recipeId = start;
    else if (!runs)
        m_scenario.recipeId = closestRecipe(m_scenario.recipeId, engine);
    changed();
}

void EstimateSession::setCapacity(const CapacityInput& capacity)
{
    if (capacity == m_capacity)
        return;
    m_capacity = capacity;
    recompute();
}

void EstimateSession::setUnits(ByteUnits units)
{
    if (units == m_units)
        return;
    m_units = units;
    m_breakdown.setUnits(units);
    m_comparison.setUnits(units);
    m_sweep.setUnits(units);
    recompute(); // the verdict sentence carries formatted sizes
}

CapacityInput EstimateSession::engineCapacity() const
{
    CapacityInput c = m_capacity;
    const EngineRules& rules = engineRules(m_scenario.engine);
    if (const std::optional<double> share = rules.gpuShare(m_scenario))
        c.gpuBytes = qint64(double(c.gpuBytes) * *share);
    if (!rules.placement().ramTier)
        c.ramBytes = 0;
    return c;
}

void EstimateSession::setPlacer(Placer placer)
{
    m_placer = std::move(placer);
}

void EstimateSession::setComparedRecipes(const QStringList& recipeIds)
{
    QStringList ids;
    for (const QString& id : recipeIds)
        if (const QuantRecipe* r = m_quants.recipe(id); r && !ids.contains(r->id))
            ids << r->id;
    if (ids == m_extraRecipes)
        return;
    m_extraRecipes = ids;
    recompute();
}

void EstimateSession::normalise()
{
    const qint64 maxContext
        = m_scenario.model.maxContext > 0 ? m_scenario.model.maxContext : MemoryEstimator::kMaxContext;
    m_scenario.context = std::clamp<qint64>(m_scenario.context, 1, std::min(maxContext, MemoryEstimator::kMaxContext));
    m_scenario.batch = std::clamp<qint64>(m_scenario.batch, 1, MemoryEstimator::kMaxBatch);
    const QuantRecipe* r = m_quants.recipe(m_scenario.recipeId);
    if (!r && !usesFileWeights()) {
        m_scenario.recipeId = closestRecipe(QStringLiteral("Q4_K_M"), m_scenario.engine);
        r = m_quants.recipe(m_scenario.recipeId);
    }
    if (r) {
        m_scenario.recipeId = r->id;
        if (!r->engines.contains(engineId(m_scenario.engine)) && !r->engines.isEmpty()) {
            if (const auto e = engineFromId(r->engines.first()))
                m_scenario.engine = *e;
        }
    }
    const QStringList kvTypes = kvTypesFor(m_scenario.engine);
    const auto kv = std::find_if(kvTypes.begin(), kvTypes.end(),
        [&](const QString& t) { return t.compare(m_scenario.kvType, Qt::CaseInsensitive) == 0; });
    m_scenario.kvType = kv != kvTypes.end() ? *kv : kvTypes.value(0, QStringLiteral("F16"));
}

double EstimateSession::nominalBitsPerWeight(const QString& recipeId) const
{
    const QuantRecipe* r = m_quants.recipe(recipeId);
    if (!r)
        return 0.0;
    const StorageType* t = m_quants.type(r->baseType);
    return t ? t->bitsPerWeight() : 0.0;
}

double EstimateSession::bitsPerWeight(const QString& recipeId) const
{
    Scenario s = m_scenario;
    s.recipeId = recipeId;
    s.storedTensors.clear();
    s.context = 1;
    s.batch = 1;
    // Weights are cached per architecture, recipe and engine: after the first call this is a lookup.
    const auto e = m_estimator.estimate(s, nullptr, MemoryEstimator::Detail::Figures);
    return e && e->bitsPerWeight > 0 ? e->bitsPerWeight : nominalBitsPerWeight(recipeId);
}

QString EstimateSession::closestRecipe(const QString& recipeId, Engine engine) const
{
    const double bits = nominalBitsPerWeight(recipeId);
    QString best;
    double bestDistance = 1e9;
    // Prefer the engine's usual recipes; fall back to anything it runs.
    QStringList candidates = defaultComparison(engine);
    if (candidates.isEmpty())
        candidates = recipesFor(engine);
    for (const QString& id : std::as_const(candidates)) {
        const double d = std::fabs(nominalBitsPerWeight(id) - bits);
        if (d < bestDistance) {
            bestDistance = d;
            best = id;
        }
    }
    return best.isEmpty() ? recipeId : best;
}

QStringList EstimateSession::recipesFor(Engine engine) const
{
    QStringList out;
    const QString id = engineId(engine);
    for (const QuantRecipe& r : m_quants.recipes)
        if (r.engines.contains(id))
            out << r.id;
    return out;
}

QStringList EstimateSession::defaultComparison(Engine engine) const
{
    const QStringList wanted = engineRules(engine).comparisonRecipes();
    const QStringList runnable = recipesFor(engine);
    QStringList out;
    for (const QString& id : std::as_const(wanted))
        if (runnable.contains(id))
            out << id;
    return out;
}

QStringList EstimateSession::comparisonRecipes() const
{
    QStringList ids = defaultComparison(m_scenario.engine);
    const QStringList runnable = recipesFor(m_scenario.engine);
    for (const QString& id : m_extraRecipes)
        if (runnable.contains(id) && !ids.contains(id))
            ids << id;
    if (!ids.contains(m_scenario.recipeId) && !usesFileWeights())
        ids << m_scenario.recipeId;
    return ids;
}

void EstimateSession::clearCache()
{
    m_cache.clear();
}

void EstimateSession::setModels(std::shared_ptr<const ModelCatalog> models)
{
    if (!models)
        return;
    m_models = std::move(models);
    // A model removed and added again under its id may differ: estimates are keyed by the id.
    clearCache();
    m_cacheModel.clear();
    Q_EMIT modelsChanged();
}

std::optional<MemoryEstimate> EstimateSession::cachedEstimate(const Scenario& s, QString* error)
{
    // An opened file may share its architecture's id with a catalog model: key its estimates by the path.
    const QString modelKey = m_openedPath.isEmpty() ? s.model.id : QStringLiteral("file:") + m_openedPath;
    if (m_cacheModel != modelKey) {
        m_cache.clear();
        m_cacheModel = modelKey;
    }
    const QString key = cacheKey(s);
    if (const auto it = m_cache.constFind(key); it != m_cache.constEnd())
        return *it;
    auto e = m_estimator.estimate(s, error);
    if (e) {
        if (m_cache.size() >= kCacheLimit)
            m_cache.clear();
        m_cache.insert(key, *e);
    }
    return e;
}

QList<QuantComparisonRow> EstimateSession::comparisonRows(
    const std::function<FitStatus(const Scenario&, const MemoryEstimate&)>& statusOf)
{
    // The same scenario under each compared recipe, largest first. For an opened file: one row for the file's
    // own tensors, the others re-quantizations of it.
    QList<QuantComparisonRow> rows;
    const bool fileCurrent = usesFileWeights();
    if (!m_openedPath.isEmpty()) {
        Scenario s = m_scenario;
        if (!fileCurrent) {
            s.storedTensors = m_fileTensors;
            s.storedTensors.insert(
                s.storedTensors.end(), m_scenario.storedTensors.begin(), m_scenario.storedTensors.end());
            s.recipeId = m_fileQuantization;
        }
        const auto e = fileCurrent ? m_estimate : cachedEstimate(s, nullptr);
        if (e)
            rows.append(
                QuantComparisonRow { fileLabel(), tr("the opened file's own tensors: %1").arg(fileTypeSummary()), *e,
                    fileCurrent ? m_verdict.status : statusOf(s, *e), fileCurrent });
    }
    for (const QString& id : comparisonRecipes()) {
        Scenario s = requantized(m_scenario);
        s.recipeId = id;
        const bool current = !fileCurrent && id == m_scenario.recipeId;
        const auto e = current ? m_estimate : cachedEstimate(s, nullptr);
        if (!e)
            continue; // a recipe with no rule for this architecture is left out, not shown as zero
        const QuantRecipe* r = m_quants.recipe(id);
        QString description = r ? r->description : QString();
        if (!m_openedPath.isEmpty())
            description = tr("re-quantize the file to %1: %2").arg(id, description);
        rows.append(QuantComparisonRow { id, description, *e, current ? m_verdict.status : statusOf(s, *e), current });
    }
    std::stable_sort(rows.begin(), rows.end(), [](const QuantComparisonRow& a, const QuantComparisonRow& b) {
        return a.estimate.weights.bytes > b.estimate.weights.bytes;
    });
    return rows;
}

void EstimateSession::recompute()
{
    m_error.clear();
    m_suggestion.clear();
    m_plan.reset();
    m_planError.clear();
    m_estimate = cachedEstimate(m_scenario, &m_error);
    if (!m_estimate) {
        m_planError = m_error;
        m_verdict = FitVerdict {};
        m_breakdown.clear();
        m_comparison.setRows({});
        m_sweep.setRows({});
        Q_EMIT updated();
        return;
    }
    const CapacityInput capacity = engineCapacity();
    if (m_placer)
        m_plan = m_placer(m_scenario, &m_planError);
    if (m_plan && !m_openedPath.isEmpty()) // the opened file's real path, not a catalog file name
        m_plan->command = engineCommand(*m_plan, m_scenario.model, modelSource());
    m_verdict = m_plan ? makePlanVerdict(*m_plan, m_units) : makeVerdict(*m_estimate, capacity, m_units);
    m_breakdown.setEstimate(*m_estimate, m_verdict.status);
    // Another recipe or context: placed too when a placer is set (a scenario it cannot plan compares totals).
    const auto statusOf = [&](const Scenario& s, const MemoryEstimate& e) -> FitStatus {
        if (m_placer) {
            if (const auto p = m_placer(s, nullptr))
                return planStatus(*p);
        }
        return classifyFit(e.total, e.totalHigh, capacity);
    };

    const QList<QuantComparisonRow> rows = comparisonRows(statusOf);
    m_comparison.setRows(rows);

    // The sweep: the chosen recipe at log-spaced context lengths (cached, so only new points cost).
    QList<ContextSweepRow> sweep;
    const qint64 maxContext = m_scenario.model.maxContext > 0 ? m_scenario.model.maxContext : m_scenario.context;
    for (const qint64 tokens : ContextSweepModel::samplePoints(maxContext, m_scenario.context)) {
        Scenario s = m_scenario;
        s.context = tokens;
        const auto e = tokens == m_scenario.context ? m_estimate : cachedEstimate(s, nullptr);
        if (!e)
            continue;
        ContextSweepRow row;
        row.tokens = tokens;
        row.bytes = { e->weights.bytes, e->kvCache.bytes, e->activations.bytes, e->overhead.bytes, e->total };
        row.state = e->recurrentState.bytes;
        row.current = tokens == m_scenario.context;
        row.status = row.current ? m_verdict.status : statusOf(s, *e);
        sweep.append(row);
    }
    m_sweep.setRows(sweep);

    // One concrete suggestion when it does not fit the GPU: the largest compared recipe that does better.
    if (m_verdict.status != FitStatus::Fits) {
        const auto rank = [](FitStatus st) { return int(st); };
        for (const QuantComparisonRow& r : std::as_const(rows)) {
            if (rank(r.status) < rank(m_verdict.status)) {
                // Without a GPU there is nothing to offload from: the model runs in system RAM.
                const QString how = r.status == FitStatus::Offload && m_capacity.gpuBytes <= 0
                    ? QCoreApplication::translate("Planner::EstimateSession", "in system RAM")
                    : fitStatusName(r.status);
                m_suggestion = QCoreApplication::translate("Planner::EstimateSession", "Try %1: needs %2 (%3)")
                                   .arg(r.recipeId, formatBytes(r.estimate.total, m_units), how);
                break;
            }
        }
        if (m_suggestion.isEmpty() && m_verdict.status == FitStatus::DoesNotFit && !rows.isEmpty())
            m_suggestion = QCoreApplication::translate("Planner::EstimateSession",
                "Even %1, the smallest compared quantization, needs %2: choose a smaller model or more memory")
                               .arg(rows.last().recipeId, formatBytes(rows.last().estimate.total, m_units));
    }
    Q_EMIT updated();
}

} // namespace Planner
