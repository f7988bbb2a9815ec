// SPDX-FileCopyrightText: 2026 The FitPlanner authors
// SPDX-License-Identifier: MIT

// llama.cpp on GPUs: public startup logs (CUDA, Metal, Vulkan) against the plan's placement of the same scenario on
// one GPU large enough for every layer. Each logged buffer is compared with what the plan puts there: the GPU's
// model, KV and compute buffers, and the host's pinned compute and output buffers.

#include "fitplanner.h"
#include "modelcatalog.h"
#include "quantcatalog.h"
#include "sections.h"
#include "units.h"

#include <QFile>

using namespace Planner;

namespace Accuracy {

namespace {

struct GpuErrors
{
    QList<double> weights, kv, compute, host, total;
};

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

// One GPU that holds every layer, and RAM for the rest.
HardwareProfile bigGpu()
{
    GpuDevice g;
    g.name = QStringLiteral("GPU");
    g.memoryTotal = qint64(1) << 40;
    g.source = QStringLiteral("manual");
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
    const HardwareProfile hw = bigGpu();
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
        const auto p = planner.plan(*s, hw, PlanOptions {}, &why);
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
        std::optional<double> host;
        if (!t.field(f, "host_compute_mib").isEmpty() && !t.field(f, "output_mib").isEmpty())
            host = relativeError(double(cpu.compute + cpu.overhead),
                (t.field(f, "host_compute_mib").toDouble() + t.field(f, "output_mib").toDouble()) * double(MiB));
        // Total: what llama.cpp allocates for the logged buffers (the backend's own context is not logged).
        std::optional<double> total;
        if (w && kv && comp && host) {
            const double logged = (t.field(f, "gpu_model_mib").toDouble() + t.field(f, "gpu_kv_mib").toDouble()
                                      + t.field(f, "gpu_compute_mib").toDouble()
                                      + t.field(f, "host_compute_mib").toDouble() + t.field(f, "output_mib").toDouble())
                * double(MiB);
            total = relativeError(double(gpu.weights + gpu.kvCache + gpu.compute + cpu.compute + cpu.overhead), logged);
        }
        const QString name
            = QStringLiteral("%1 %2 %3 ctx %4 x %5 ub %6 fa %7")
                  .arg(t.field(f, "model"), t.field(f, "ftype"), t.field(f, "backend"), t.field(f, "n_ctx"),
                      t.field(f, "n_seq"), t.field(f, "n_ubatch"), t.field(f, "flash_attn"));
        h.out << "| " << name << " | " << pctOpt(w) << " | " << pctOpt(kv) << " | " << pctOpt(comp) << " | "
              << pctOpt(host) << " | " << pctOpt(total) << " | " << t.field(f, "source") << " |\n";
        // The logs print MiB with two decimals: "exact" is within that rounding (and ggml's tensor alignment).
        if (w) {
            g.weights << *w;
            h.tolerance(QStringLiteral("GPU weights"), *w, 0.001, name);
        }
        if (kv) {
            g.kv << *kv;
            h.tolerance(QStringLiteral("KV cache"), *kv, 0.001, name);
        }
        if (comp) {
            g.compute << *comp;
            h.tolerance(QStringLiteral("GPU compute"), *comp, 0.10, name);
        }
        if (host) {
            g.host << *host;
            h.tolerance(QStringLiteral("host compute + output"), *host, 0.10, name);
        }
        if (total) {
            g.total << *total;
            h.tolerance(QStringLiteral("total"), *total, 0.02, name);
        }
    }
    // The median |error| of a component, or n/a when no log shows it.
    const auto median = [](const QList<double>& v) { return v.isEmpty() ? QStringLiteral("n/a") : pct(medianAbs(v)); };
    h.out << "\nMedian |error| over " << t.rows.size() << " logs: GPU weights " << median(g.weights) << " ("
          << g.weights.size() << " logs show them), KV " << median(g.kv) << ", GPU compute " << median(g.compute)
          << " (worst " << (g.compute.isEmpty() ? QStringLiteral("n/a") : pct(worstAbs(g.compute)))
          << "), host compute + output " << median(g.host) << ", total " << median(g.total) << " (" << g.total.size()
          << " logs show every buffer)\n\n";
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
