// SPDX-FileCopyrightText: 2026 The FitPlanner authors
// SPDX-License-Identifier: MIT

#pragma once

#include "breakdownmodel.h"
#include "contextsweepmodel.h"
#include "enginecommand.h"
#include "fitverdict.h"
#include "memoryestimator.h"
#include "modelcatalog.h"
#include "modelfile.h"
#include "quantcatalog.h"
#include "quantcomparisonmodel.h"
#include "scenario.h"

#include <functional>
#include <memory>
#include <optional>
#include <vector>

#include <QHash>
#include <QMap>
#include <QObject>

namespace Planner {

/**
 * The live scenario behind the desktop app. Every setter normalises the scenario (a recipe the engine
 * cannot run switches the engine, an engine switch picks the closest recipe it can run, the context is
 * clamped to the model's maximum) and recomputes at once: the estimate, the verdict, the breakdown,
 * the quantization comparison and the memory-versus-context sweep. Estimates are cached per scenario,
 * so dragging the context re-estimates only the compared quantizations.
 */
class EstimateSession : public QObject
{
    Q_OBJECT

public:
    /** Works on a copy of `models` (setModels() replaces it); `quants` must outlive the session. */
    EstimateSession(const ModelCatalog& models, const QuantCatalog& quants, QObject* parent = nullptr);

    const Scenario& scenario() const { return m_scenario; }
    const CapacityInput& capacity() const { return m_capacity; }
    /**
     * What the engine may fill of that capacity, which the statuses and the charts' lines use: vLLM claims
     * gpu_memory_utilization of the GPU memory and never spills into RAM; the others may use all of it.
     */
    CapacityInput engineCapacity() const;
    ByteUnits units() const { return m_units; }
    QStringList comparedRecipes() const { return m_extraRecipes; }

    /** Sets the whole scenario at once (one recompute); unknown model ids keep the current model. */
    void setScenario(const QString& modelId, const QString& recipeId, qint64 context, qint64 batch,
        const QString& kvType, Engine engine);
    bool setModelId(const QString& id); ///< false (and no change) for an unknown id
    /**
     * Plans for an opened model file: its own spec and exact tensors (applyModelFile). False, with the
     * reason in `error` and no change, for projector files and underivable architectures.
     */
    bool setOpenedModel(const OpenedModel& model, QString* error = nullptr);
    /** The path of the opened model file in use; empty for a catalog model. */
    QString openedPath() const { return m_openedPath; }
    /**
     * The recipe id that stands for an opened file's own tensors in setRecipeId() (any other recipe re-quantizes
     * the file: the recipe's types on the file's architecture). Not a catalog recipe id.
     */
    static QString fileRecipeId() { return QStringLiteral("@file"); }
    /** True while the weights are the opened file's own tensors (not a re-quantization of them). */
    bool usesFileWeights() const;
    /** The opened file's own quantization ("Q4_K_M", "BF16", or a description); empty for a catalog model. */
    QString fileQuantization() const { return m_openedPath.isEmpty() ? QString() : m_fileQuantization; }
    /** The opened file's storage types, largest first, with their bytes: "Q4_K 3.9 GiB, Q6_K 0.8 GiB, ...". */
    QString fileTypeSummary(int maxTypes = 3) const;
    /** The label of the file's own entry in the comparison and the quantization box: "File: Q4_K_M". */
    QString fileLabel() const;
    /** Where the commands take the weights from: the opened file (with re-quantization), or empty. */
    ModelSource modelSource() const;
    /** Selects a recipe; fileRecipeId() returns to an opened file's own tensors. */
    void setRecipeId(const QString& id);
    void setContext(qint64 tokens);
    void setBatch(qint64 batch);
    void setKvType(const QString& kvType);
    void setEngine(Engine engine);
    void setCapacity(const CapacityInput& capacity);
    void setUnits(ByteUnits units);
    /** Recipes the user ticked to compare besides the engine's default set. */
    void setComparedRecipes(const QStringList& recipeIds);

    /** Plans a scenario on the hardware in use: the plan, or nullopt with the reason in `error`. */
    using Placer = std::function<std::optional<FitPlan>(const Scenario& scenario, QString* error)>;
    /**
     * With a placer (the app plans with FitPlanner on the hardware panel's profile), the verdict and the status of
     * every comparison row and sweep point are the placement's, which knows what comparing totals cannot: whole
     * layers per device, the runtime on every GPU, llama.cpp's token embeddings in RAM, the engine's own limits.
     * Without one, statuses compare totals with engineCapacity(). Takes effect at the next recompute().
     */
    void setPlacer(Placer placer);
    /** The placement of the current scenario (with a placer); nullopt with planError() otherwise. */
    const std::optional<FitPlan>& plan() const { return m_plan; }
    QString planError() const { return m_planError; }

    /** Recomputes everything; called by every setter. Public for benchmarks and language changes. */
    void recompute();

    const std::optional<MemoryEstimate>& estimate() const { return m_estimate; }
    QString error() const { return m_error; }
    const FitVerdict& verdict() const { return m_verdict; }
    QString suggestion() const { return m_suggestion; }

    /** Recipes `engine` can run, in catalog order. */
    QStringList recipesFor(Engine engine) const;
    /** FP16/BF16, FP8 or Q8_0, INT8, INT4 (AWQ/GPTQ, Q4_K_M): the default comparison for `engine`. */
    QStringList defaultComparison(Engine engine) const;
    /**
     * The rows of the comparison: defaults, ticked recipes and the current one, runnable by the engine. For an
     * opened file these are the re-quantizations; the file's own row comes first in comparisonModel().
     */
    QStringList comparisonRecipes() const;
    /** Nominal bits per weight of a recipe's main storage type (0 when unknown). */
    double nominalBitsPerWeight(const QString& recipeId) const;
    /** Bits per weight of `recipeId` on the current model and engine as the estimate computes them (weight bytes x
     *  8 / stored parameters: the figure the breakdown shows once the recipe is chosen); the nominal figure when the
     *  engine does not run the recipe. */
    double bitsPerWeight(const QString& recipeId) const;

    BreakdownModel* breakdownModel() { return &m_breakdown; }
    QuantComparisonModel* comparisonModel() { return &m_comparison; }
    ContextSweepModel* sweepModel() { return &m_sweep; }
    const ModelCatalog& models() const { return *m_models; }
    /**
     * The catalog in use as an immutable snapshot, for work off the GUI thread: a later setModels() swaps in a
     * new one and never changes a snapshot handed out.
     */
    std::shared_ptr<const ModelCatalog> modelsSnapshot() const { return m_models; }
    /**
     * Replaces the catalog (custom models added or removed) and emits modelsChanged(). The current scenario keeps
     * its model, even one no longer listed, until another is chosen; cached estimates are dropped.
     */
    void setModels(std::shared_ptr<const ModelCatalog> models);
    const QuantCatalog& quants() const { return m_quants; }
    /** The session's estimator: its weights cache serves other estimates of the same models (thread-safe). */
    const MemoryEstimator& estimator() const { return m_estimator; }

    /** Drops cached estimates (the benchmark uses it to time a cold recompute). */
    void clearCache();

Q_SIGNALS:
    /** The scenario changed (possibly normalised differently from what a control asked for). */
    void scenarioChanged();
    /** Estimate, verdict and models were recomputed. */
    void updated();
    /** setModels() replaced the catalog. */
    void modelsChanged();

private:
    std::optional<MemoryEstimate> cachedEstimate(const Scenario& s, QString* error);
    void normalise();
    QString closestRecipe(const QString& recipeId, Engine engine) const;
    void changed();
    void useFileWeights(bool file);
    /** `s` with the opened file's own tensors replaced by the recipe's types (vision projectors kept). */
    static Scenario requantized(const Scenario& s);
    QList<QuantComparisonRow> comparisonRows(
        const std::function<FitStatus(const Scenario&, const MemoryEstimate&)>& statusOf);

    std::shared_ptr<const ModelCatalog> m_models;
    const QuantCatalog& m_quants;
    MemoryEstimator m_estimator;
    Scenario m_scenario;
    CapacityInput m_capacity;
    ByteUnits m_units = ByteUnits::Binary;
    QStringList m_extraRecipes;
    QString m_openedPath;
    bool m_openedGguf = true;
    QString m_fileQuantization; // the file's own recipe label
    std::vector<StoredTensor> m_fileTensors; // the opened file's own tensors (no projectors)
    QMap<QString, qint64> m_fileBytesByType;

    std::optional<MemoryEstimate> m_estimate;
    QString m_error;
    FitVerdict m_verdict;
    Placer m_placer;
    std::optional<FitPlan> m_plan;
    QString m_planError;
    QString m_suggestion;

    QHash<QString, MemoryEstimate> m_cache;
    QString m_cacheModel;

    BreakdownModel m_breakdown;
    QuantComparisonModel m_comparison;
    ContextSweepModel m_sweep;
};

} // namespace Planner
