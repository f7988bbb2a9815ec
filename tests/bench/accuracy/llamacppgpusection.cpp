// SPDX-FileCopyrightText: 2026 The FitPlanner authors
// SPDX-License-Identifier: MIT

// llama.cpp on GPUs: public startup logs (CUDA, Metal, Vulkan) against the plan's placement of the same scenario on
// one GPU large enough for every layer. Each logged buffer is compared with what the plan puts there: the GPU's
// model, KV and compute buffers, and the host's pinned compute and output buffers. A row whose build predates a rule
// of the current llama.cpp names the components that rule changes (`older_build`), and a row that shows a mechanism
// the estimate does not model yet names the components it changes (`not_modelled`): those are printed but neither
// held to their tolerance nor counted in the medians, and a row that meets its tolerance anyway fails, so the note
// cannot go stale.

#include "fitplanner.h"
#include "llamacppengine.h"
#include "modelcatalog.h"
#include "quantcatalog.h"
#include "sections.h"
#include "units.h"

#include <cmath>

#include <QFile>

using namespace Planner;

namespace Accuracy {

namespace {

struct GpuErrors
{
    QList<double> weights, kv, compute, host, total;
    QStringList olderBuild; // rows whose build predates a current rule, with the rule
    QStringList notModelled; // rows that show a mechanism the estimate lacks, with what is known of it
    int olderValues = 0; // components of those rows left out of the aggregates
};

// The components a row's `older_build` or `not_modelled` field exempts ("host", "kv+host", ...: the part before the
// colon).
QStringList exemptComponents(const QString& olderBuild)
{
    const qsizetype colon = olderBuild.indexOf(QLatin1Char(':'));
    return colon < 0 ? QStringList {} : olderBuild.left(colon).trimmed().split(QLatin1Char('+'), Qt::SkipEmptyParts);
}

// Holds one component of one row to its limit and adds it to the aggregate, unless the row is marked for it (an
// older build's rule, or a mechanism not modelled): then it is only listed, and fails when it meets the limit anyway.
void check(Harness& h, const QStringList& exempt, const char* key, const QString& what, double err, double limit,
    const QString& row, QList<double>& errors, int& olderValues)
{
    if (!exempt.contains(QLatin1String(key))) {
        errors << err;
        h.tolerance(what, err, limit, row);
        return;
    }
    ++olderValues;
    if (std::fabs(err) <= limit)
        h.fail(QStringLiteral("FAIL %1: %2 is marked (older build or not modelled) but is within %3% now")
                   .arg(row, what)
                   .arg(limit * 100));
}

// "median m, worst w" of a component's errors, or n/a when no log shows it.
QString medianWorst(const QList<double>& v)
{
    return v.isEmpty() ? QStringLiteral("n/a")
                       : QStringLiteral("median %1, worst %2").arg(pct(medianAbs(v)), pct(worstAbs(v)));
}

// The scenario a log row describes; nullopt (with the reason on stderr) when the row cannot be read.
std::optional<Scenario> scenarioOf(const CsvTable& t, const QStringList& f, const ModelCatalog& models)
{
    const QString id = t.field(f, "model");
    const ModelSpec* m = models.find(id);
    const qint64 nCtx = t.field(f, "n_ctx").toLongLong();
    const qint64 nSeq = t.field(f, "n_seq").toLongLong();
    if (!m || nCtx <= 0 || nSeq <= 0) {
        QTextStream(stderr) << "llamacpp_gpu/logs.csv: row " << id << ": unknown model or bad n_ctx / n_seq\n";
        return std::nullopt;
    }
    Scenario s;
    s.model = *m;
    s.engine = Engine::LlamaCpp;
    // The KV cache, compute and output buffers do not depend on the file type; Q8_0 stands in where none is logged.
    s.recipeId = t.field(f, "ftype").isEmpty() ? QStringLiteral("Q8_0") : t.field(f, "ftype");
    s.context = nCtx / nSeq;
    s.batch = nSeq;
    s.kvUnified = t.field(f, "kv_unified") == QLatin1String("true");
    s.ubatch = t.field(f, "n_ubatch").toLongLong();
    s.outputsMax = t.field(f, "n_outputs_max").toLongLong();
    s.flashAttention = t.field(f, "flash_attn") == QLatin1String("on");
    s.kvType = t.field(f, "cache_type_k");
    return s;
}

// One GPU that holds every layer, and RAM for the rest; a Metal GPU shares the memory (Apple silicon), so llama.cpp
// maps the model file into its buffer.
HardwareProfile bigGpu(const QString& backend)
{
    GpuDevice g;
    g.name = QStringLiteral("GPU");
    g.memoryTotal = qint64(1) << 40;
    g.source = QStringLiteral("manual");
    g.unified = backend == QLatin1String("Metal");
    HardwareProfile hw;
    hw.gpus << g;
    hw.ramTotal = hw.ramAvailable = qint64(1) << 40;
    return hw;
}

// |error| of the estimate against a logged MiB figure, or nullopt when the log has none.
std::optional<double> against(qint64 estimate, const QString& loggedMib)
{
    if (loggedMib.isEmpty())
        return std::nullopt;
    return relativeError(double(estimate), loggedMib.toDouble() * double(MiB));
}

} // namespace

bool llamacppGpu(Harness& h)
{
    const QString path = h.dataDir + QStringLiteral("/llamacpp_gpu/logs.csv");
    if (!QFile::exists(path))
        return true;
    QList<ParseError> problems;
    const auto quants = parseQuantCatalog(readFile(h.sourceDir + QStringLiteral("/resources/catalog/quants.json")),
        QStringLiteral("quants.json"), &problems);
    const auto models = parseModelCatalog(readFile(h.sourceDir + QStringLiteral("/resources/catalog/models.json")),
        QStringLiteral("models.json"), nullptr);
    if (!quants)
        return false;
    const FitPlanner planner(*quants);
    h.out << "### llama.cpp on GPUs (public startup logs, tests/data/llamacpp_gpu)\n\n"
          << "| case | GPU weights | KV cache | GPU compute | host compute + output | total | source |\n"
          << "|---|---|---|---|---|---|---|\n";
    GpuErrors g;
    const CsvTable t = readCsv(path);
    for (const QStringList& f : t.rows) {
        const auto s = scenarioOf(t, f, models);
        if (!s)
            return false;
        QString why;
        const auto p = planner.plan(*s, bigGpu(t.field(f, "backend")), PlanOptions {}, &why);
        if (!p || p->devices.size() < 2) {
            QTextStream(stderr) << t.field(f, "model") << ": " << why << '\n';
            return false;
        }
        const DevicePlacement& gpu = p->devices[0];
        const DevicePlacement& cpu = p->devices[1];
        // Weights only where the log names the file type.
        const auto w = t.field(f, "ftype").isEmpty() ? std::nullopt : against(gpu.weights, t.field(f, "gpu_model_mib"));
        const auto kv = against(gpu.kvCache, t.field(f, "gpu_kv_mib"));
        const auto comp = against(gpu.compute, t.field(f, "gpu_compute_mib"));
        // The host's pinned buffers: compute and output together where the log shows both, the compute buffer alone
        // where the output line is not in the log.
        std::optional<double> host;
        const QString hostMib = t.field(f, "host_compute_mib");
        const QString outputMib = t.field(f, "output_mib");
        if (!hostMib.isEmpty() && !outputMib.isEmpty())
            host = relativeError(
                double(cpu.compute + cpu.overhead), (hostMib.toDouble() + outputMib.toDouble()) * double(MiB));
        else if (!hostMib.isEmpty())
            host = relativeError(double(LlamaCppEngine().hostComputeBufferBytes(*s)), hostMib.toDouble() * double(MiB));
        // Total: what llama.cpp allocates for the logged buffers (the backend's own context is not logged).
        std::optional<double> total;
        if (w && kv && comp && host && !outputMib.isEmpty()) {
            const double logged
                = (t.field(f, "gpu_model_mib").toDouble() + t.field(f, "gpu_kv_mib").toDouble()
                      + t.field(f, "gpu_compute_mib").toDouble() + hostMib.toDouble() + outputMib.toDouble())
                * double(MiB);
            total = relativeError(double(gpu.weights + gpu.kvCache + gpu.compute + cpu.compute + cpu.overhead), logged);
        }
        const QString olderBuild = t.field(f, "older_build");
        const QString notModelled = t.field(f, "not_modelled");
        const QStringList exempt = exemptComponents(olderBuild) + exemptComponents(notModelled);
        const QString name
            = QStringLiteral("%1 %2 %3 ctx %4 x %5 ub %6 fa %7")
                  .arg(t.field(f, "model"), t.field(f, "ftype"), t.field(f, "backend"), t.field(f, "n_ctx"),
                      t.field(f, "n_seq"), t.field(f, "n_ubatch"), t.field(f, "flash_attn"));
        const QString mark = QString(olderBuild.isEmpty() ? QString() : QStringLiteral(" (older build)"))
            + (notModelled.isEmpty() ? QString() : QStringLiteral(" (not modelled)"));
        h.out << "| " << name << mark << " | " << pctOpt(w) << " | " << pctOpt(kv) << " | " << pctOpt(comp) << " | "
              << pctOpt(host) << " | " << pctOpt(total) << " | " << t.field(f, "source") << " |\n";
        if (!olderBuild.isEmpty())
            g.olderBuild << QStringLiteral("%1: %2").arg(name, olderBuild);
        if (!notModelled.isEmpty())
            g.notModelled << QStringLiteral("%1: %2").arg(name, notModelled);
        // The logs print MiB with two decimals: "exact" is within that rounding (and ggml's tensor alignment).
        if (w)
            check(h, exempt, "weights", QStringLiteral("GPU weights"), *w, 0.001, name, g.weights, g.olderValues);
        if (kv)
            check(h, exempt, "kv", QStringLiteral("KV cache"), *kv, 0.001, name, g.kv, g.olderValues);
        if (comp)
            check(h, exempt, "compute", QStringLiteral("GPU compute"), *comp, 0.10, name, g.compute, g.olderValues);
        if (host)
            check(h, exempt, "host", QStringLiteral("host compute + output"), *host, 0.10, name, g.host, g.olderValues);
        if (total)
            check(h, exempt, "total", QStringLiteral("total"), *total, 0.02, name, g.total, g.olderValues);
    }
    h.out << "\n|error| over " << t.rows.size() << " logs: GPU weights " << medianWorst(g.weights) << " ("
          << g.weights.size() << " logs show them); KV " << medianWorst(g.kv) << " (" << g.kv.size()
          << "); GPU compute " << medianWorst(g.compute) << " (" << g.compute.size() << "); host compute + output "
          << medianWorst(g.host) << " (" << g.host.size() << "); total " << medianWorst(g.total) << " ("
          << g.total.size() << " logs show every buffer); " << g.olderValues
          << " values of older builds or mechanisms not modelled left out\n";
    if (!g.olderBuild.isEmpty()) {
        h.out << "\nRows from builds that predate a current rule (those components are not held to their "
                 "tolerance):\n\n";
        for (const QString& line : g.olderBuild)
            h.out << "- " << line << '\n';
    }
    if (!g.notModelled.isEmpty()) {
        h.out << "\nRows that show a mechanism the estimate does not model yet (those components are not held to their "
                 "tolerance):\n\n";
        for (const QString& line : g.notModelled)
            h.out << "- " << line << '\n';
    }
    h.out << '\n';
    const QString source = QStringLiteral("llama.cpp GPU startup logs (tests/data/llamacpp_gpu/logs.csv)");
    const QString engine = QStringLiteral("llama.cpp GPU");
    h.summarize(engine, QStringLiteral("GPU weights"), g.weights, source);
    h.summarize(engine, QStringLiteral("KV cache"), g.kv, source);
    h.summarize(engine, QStringLiteral("GPU compute"), g.compute, source);
    h.summarize(engine, QStringLiteral("host compute + output"), g.host, source);
    h.summarize(engine, QStringLiteral("total"), g.total, source);
    return true;
}

} // namespace Accuracy
