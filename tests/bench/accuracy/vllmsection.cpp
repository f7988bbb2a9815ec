// SPDX-FileCopyrightText: 2026 The FitPlanner authors
// SPDX-License-Identifier: MIT

// vLLM start-up logs: what the V1 worker reserves besides the KV cache on each GPU and the KV pool it is left with
// (tests/data/vllm/startup_logs.csv, README there).

#include "modelcatalog.h"
#include "sections.h"
#include "units.h"
#include "vllmengine.h"

#include <cmath>

using namespace Planner;

namespace Accuracy {

namespace {

struct Errors
{
    QList<double> weights, peak, nonTorch, total, tokens;
};

qint64 gibBytes(double gib)
{
    return qint64(std::llround(gib * double(GiB)));
}

QString gibText(qint64 bytes)
{
    return QString::number(double(bytes) / double(GiB), 'f', 2);
}

// The scenario a row's command line describes: one sequence of max_model_len, vLLM's settings.
std::optional<Scenario> rowScenario(const CsvTable& t, const QStringList& row, const ModelCatalog& models)
{
    const ModelSpec* m = models.find(t.field(row, "model"));
    if (!m)
        return std::nullopt;
    Scenario s;
    s.model = *m;
    s.engine = Engine::Vllm;
    const QString recipe = t.field(row, "recipe");
    s.recipeId = recipe.isEmpty() ? QStringLiteral("BF16") : recipe;
    s.kvType = t.field(row, "kv_dtype");
    s.context = t.field(row, "max_model_len").toLongLong();
    s.batch = 1;
    s.gpuMemoryUtilization = t.field(row, "gpu_util").toDouble();
    s.maxNumSeqs = t.field(row, "max_num_seqs").toLongLong();
    s.maxNumBatchedTokens = t.field(row, "max_num_batched_tokens").toLongLong();
    s.enforceEager = t.field(row, "enforce_eager") == QLatin1String("1");
    return s;
}

// The KV heads a rank keeps: the heads split over the ranks, one replicated head where TP exceeds them, the whole
// latent cache under MLA (as FitPlanner places it).
double kvShare(const ModelSpec& s, int tp)
{
    if (s.attention.isMla())
        return 1.0;
    const qint64 kvHeads = std::max<qint64>(1, s.attention.numKvHeads);
    return double(tp >= kvHeads ? 1 : kvHeads / tp) / double(kvHeads);
}

} // namespace

bool vllmStartupLogs(Harness& h)
{
    const auto models = parseModelCatalog(readFile(h.sourceDir + QStringLiteral("/resources/catalog/models.json")),
        QStringLiteral("models.json"), nullptr);
    const CsvTable t = readCsv(h.dataDir + QStringLiteral("/vllm/startup_logs.csv"));
    h.out << "### vLLM start-up logs (per GPU; rules of " << engineRules(Engine::Vllm).version() << ")\n\n"
          << "| model | recipe | TP | max_model_len | weights GiB (log / est) | activation peak GiB (log / est) | "
             "non-torch GiB (log / est) | total without KV GiB (log / est) | error | KV tokens (log / est) | error |\n"
          << "|---|---|---|---|---|---|---|---|---|---|---|\n";
    Errors err;
    QStringList sources;
    for (const QStringList& row : t.rows) {
        const auto sc = rowScenario(t, row, models);
        if (!sc) {
            h.fail(QStringLiteral("vLLM row %1: model not in the catalog").arg(t.field(row, "model")));
            continue;
        }
        QString why;
        const auto e = h.estimator.estimate(*sc, &why);
        if (!e) {
            h.fail(QStringLiteral("vLLM row %1: %2").arg(t.field(row, "model"), why));
            continue;
        }
        if (!sources.contains(t.field(row, "source")))
            sources << t.field(row, "source");
        const int tp = t.field(row, "tp").toInt();
        const qint64 total = gibBytes(t.field(row, "gpu_total_gib").toDouble());
        const QString logWeightsText = t.field(row, "weights_gib");
        const qint64 logWeights = gibBytes(logWeightsText.toDouble());
        // Rows whose checkpoint format has no recipe here take the weights from the log.
        const bool estimatedWeights = !t.field(row, "recipe").isEmpty();
        // MXFP4 experts under the Marlin kernel (the log says so): the weights band's upper end is its layout.
        const bool marlin = t.field(row, "moe_kernel") == QLatin1String("marlin");
        const qint64 weights = estimatedWeights ? ceilDiv(marlin ? e->weights.high : e->weights.bytes, tp) : logWeights;
        if (estimatedWeights && !logWeightsText.isEmpty())
            err.weights << relativeError(double(weights), double(logWeights));
        const VllmProfile p = VllmEngine::profile(*sc, tp);
        const QString logPeak = t.field(row, "torch_peak_gib");
        if (!logPeak.isEmpty())
            err.peak << relativeError(double(p.activationPeak), double(gibBytes(logPeak.toDouble())));
        const QString logNonTorch = t.field(row, "non_torch_gib");
        if (!logNonTorch.isEmpty())
            err.nonTorch << relativeError(double(p.nonTorch), double(gibBytes(logNonTorch.toDouble())));

        // What the log implies the worker reserved besides KV: utilization x memory - available KV memory.
        const double requested = std::floor(double(total) * sc->gpuMemoryUtilization);
        const qint64 logAvailable = gibBytes(t.field(row, "available_kv_gib").toDouble());
        const double logNonKv = requested - double(logAvailable);
        const double share = kvShare(sc->model, tp);
        const qint64 perToken = qint64(std::ceil(double(e->kvBytesPerToken) * share));
        const qint64 request = qint64(std::ceil(double(e->kvCache.bytes) * share));
        const qint64 blockTokens = t.field(row, "block_size").toLongLong();
        const VllmKvPool pool = VllmEngine::kvPool(*sc, p, total, weights, perToken, request, blockTokens);
        const double totalErr = relativeError(double(pool.requested - pool.available), logNonKv);
        err.total << totalErr;

        // KV tokens: printed by the log, or what vLLM's block rule makes of the available memory it printed. Only for
        // models whose layers all attend to the whole context (sliding-window groups are sized apart).
        QString tokensText = QStringLiteral("-");
        QString tokensErr = QStringLiteral("-");
        if (sc->model.slidingWindow == 0 && logAvailable > 0) {
            qint64 logTokens = t.field(row, "kv_tokens").toLongLong();
            if (logTokens == 0 && pool.blockBytes > 0)
                logTokens = logAvailable / pool.blockBytes * blockTokens;
            if (logTokens > 0) {
                const double e2 = relativeError(double(pool.blocks * blockTokens), double(logTokens));
                err.tokens << e2;
                tokensText = QStringLiteral("%1 / %2").arg(logTokens).arg(pool.blocks * blockTokens);
                tokensErr = pct(e2);
            }
        }
        h.out << "| " << t.field(row, "model") << " | "
              << (estimatedWeights ? t.field(row, "recipe") + (marlin ? QStringLiteral(" (Marlin)") : QString())
                                   : QStringLiteral("(log)"))
              << " | " << tp << " | " << sc->context << " | "
              << (logWeightsText.isEmpty() ? QStringLiteral("-") : gibText(logWeights)) << " / " << gibText(weights)
              << " | " << (logPeak.isEmpty() ? QStringLiteral("-") : logPeak) << " / " << gibText(p.activationPeak)
              << " | " << (logNonTorch.isEmpty() ? QStringLiteral("-") : logNonTorch) << " / " << gibText(p.nonTorch)
              << " | " << gibText(qint64(logNonKv)) << " / " << gibText(pool.requested - pool.available) << " | "
              << pct(totalErr) << " | " << tokensText << " | " << tokensErr << " |\n";
    }
    h.out << "\nMedian |error| over " << err.total.size() << " logs: total without KV " << pct(medianAbs(err.total))
          << " (worst " << pct(worstAbs(err.total)) << "), KV tokens " << pct(medianAbs(err.tokens)) << " (worst "
          << pct(worstAbs(err.tokens)) << ", " << err.tokens.size() << " logs), activation peak "
          << pct(medianAbs(err.peak)) << ", weights " << pct(medianAbs(err.weights)) << "\n\n";
    if (err.total.isEmpty())
        h.fail(QStringLiteral("FAIL vLLM: no start-up log could be estimated"));
    h.tolerance(QStringLiteral("vLLM total without KV (median)"), medianAbs(err.total), 0.05, QStringLiteral("all"));
    if (!err.tokens.isEmpty())
        h.tolerance(QStringLiteral("vLLM KV pool tokens (median)"), medianAbs(err.tokens), 0.03, QStringLiteral("all"));
    const QString source = QStringLiteral("public vLLM start-up logs (tests/data/vllm/startup_logs.csv: %1)")
                               .arg(sources.join(QStringLiteral(", ")));
    const QString engine = QStringLiteral("vLLM");
    h.summarize(engine, QStringLiteral("weights per GPU"), err.weights, source);
    h.summarize(engine, QStringLiteral("activation peak (profile run)"), err.peak, source);
    h.summarize(engine, QStringLiteral("non-torch memory"), err.nonTorch, source);
    h.summarize(engine, QStringLiteral("total without KV"), err.total, source);
    h.summarize(engine, QStringLiteral("KV pool tokens"), err.tokens, source);
    return true;
}

} // namespace Accuracy
