// SPDX-FileCopyrightText: 2026 The FitPlanner authors
// SPDX-License-Identifier: MIT

// llama.cpp on the CPU: the calibration rows, the measurements of llamacpp/ and the DeepSeek-V2-Lite variants.

#include "sections.h"
#include "units.h"

#include <QFile>
#include <QJsonDocument>

using namespace Planner;

namespace Accuracy {

namespace {

struct Errors
{
    QList<double> weights, kv, compute, total, peer, thumb;
    int bandRows = 0; // rows, and those whose measured compute is within the estimate's upper end
    int inBand = 0;
};

// The scenario a measurement row describes.
std::optional<Scenario> scenarioOf(const CsvTable& t, const QStringList& f, const QJsonObject& sharedConfigs)
{
    QJsonObject config;
    if (t.column("hf_config") < 0)
        config = sharedConfigs
                     .value(t.field(f, "model") == QLatin1String("llama-3.2-1b") ? QStringLiteral("Llama-3.2-1B")
                                                                                 : QStringLiteral("Llama-3.1-8B"))
                     .toObject();
    else
        config = QJsonDocument::fromJson(t.field(f, "hf_config").toUtf8()).object();
    const auto spec = specFrom(config, t.field(f, "model"));
    if (!spec)
        return std::nullopt;
    Scenario s;
    s.model = *spec;
    s.engine = Engine::LlamaCpp;
    s.recipeId = t.field(f, "ftype");
    s.context = t.field(f, "n_ctx").toLongLong();
    s.kvType = t.field(f, "cache_type_k");
    s.flashAttention = t.field(f, "flash_attn") == QLatin1String("True");
    s.ubatch = t.field(f, "n_ubatch").toLongLong();
    return s;
}

bool runCsv(Harness& h, const QString& path, const QJsonObject& sharedConfigs, Errors& lc)
{
    if (!QFile::exists(path))
        return true;
    const CsvTable t = readCsv(path);
    for (const QStringList& f : t.rows) {
        if (!t.field(f, "error").isEmpty())
            continue;
        const auto s = scenarioOf(t, f, sharedConfigs);
        if (!s)
            return false;
        QString why;
        const auto e = h.estimator.estimate(*s, &why);
        if (!e) {
            QTextStream(stderr) << t.field(f, "model") << ": " << why << '\n';
            return false;
        }
        const double modelBuf = t.field(f, "model_buffer_bytes").toDouble();
        const double kvMeas = t.field(f, "kv_buffer_mib").toDouble() * double(MiB);
        const double compMeas
            = (t.field(f, "compute_buffer_mib").toDouble() + t.field(f, "output_buffer_mib").toDouble()) * double(MiB);
        const double totalMeas = modelBuf + t.field(f, "context_bytes").toDouble();
        const double w = relativeError(double(e->weights.bytes), modelBuf);
        const double kv = relativeError(double(e->kvCache.bytes), kvMeas);
        const double comp = relativeError(double(e->activations.bytes), compMeas);
        // On the CPU no GPU backend context is allocated: the total is what llama.cpp itself allocates.
        const double total
            = relativeError(double(e->weights.bytes + e->kvCache.bytes + e->activations.bytes), totalMeas);
        const double thumb = relativeError(modelBuf * 1.2, totalMeas);
        std::optional<double> peer;
        if (!t.field(f, "insights_model_cpu_bytes").isEmpty())
            peer = relativeError(
                t.field(f, "insights_model_cpu_bytes").toDouble() + t.field(f, "insights_context_cpu_bytes").toDouble(),
                totalMeas);
        const QString name
            = QStringLiteral("%1 %2 ctx %3 kv %4 fa %5")
                  .arg(t.field(f, "model"), t.field(f, "ftype"), t.field(f, "n_ctx"), t.field(f, "cache_type_k"),
                      s->flashAttention ? QStringLiteral("on") : QStringLiteral("off"));
        h.out << "| " << name << " | " << pct(w) << " | " << pct(kv) << " | " << pct(comp) << " | " << pct(total)
              << " | " << pctOpt(peer) << " | " << pct(thumb) << " |\n";
        lc.weights << w;
        lc.kv << kv;
        lc.compute << comp;
        lc.total << total;
        lc.thumb << thumb;
        if (peer)
            lc.peer << *peer;
        h.tolerance(QStringLiteral("weights"), w, 0.005, name);
        h.tolerance(QStringLiteral("KV cache"), kv, 0.01, name);
        h.tolerance(QStringLiteral("total"), total, 0.05, name);
        // The compute band must hold what llama.cpp allocated: an estimate under its own upper end would let a
        // plan call "fits" what runs out of memory.
        ++lc.bandRows;
        if (compMeas <= double(e->activations.high))
            ++lc.inBand;
        else if (h.check)
            h.fail(QStringLiteral("%1: compute %2 B is above the band's upper end %3 B")
                       .arg(name)
                       .arg(qint64(compMeas))
                       .arg(e->activations.high));
    }
    return true;
}

} // namespace

bool llamacppCpu(Harness& h)
{
    const QJsonObject configs
        = QJsonDocument::fromJson(readFile(h.dataDir + QStringLiteral("/calibration/transformers_h200_configs.json")))
              .object();
    const QString data = h.sourceDir + QStringLiteral("/tests/bench/accuracy/llamacpp/data/");
    h.out << "### llama.cpp (node-llama-cpp 3.21.1, CPU, mmap off, n_ubatch 512)\n\n"
          << "| case | weights | KV cache | compute+output | total | GgufInsights total | weights x 1.2 |\n"
          << "|---|---|---|---|---|---|---|\n";
    Errors lc;
    if (!runCsv(h, h.dataDir + QStringLiteral("/calibration/llamacpp_cpu.csv"), configs, lc)
        || !runCsv(
            h, h.option(QStringLiteral("--measured"), data + QStringLiteral("llamacpp_measured.csv")), configs, lc)
        // DeepSeek-V2-Lite-6L with one dimension changed at a time (llamacpp/README.md)
        || !runCsv(
            h, h.option(QStringLiteral("--variants"), data + QStringLiteral("deepseek2_variants.csv")), configs, lc))
        return false;
    h.out << "\nMedian |error| over " << lc.total.size() << " cases: weights " << pct(medianAbs(lc.weights)) << ", KV "
          << pct(medianAbs(lc.kv)) << ", compute " << pct(medianAbs(lc.compute)) << ", total "
          << pct(medianAbs(lc.total)) << " (worst " << pct(worstAbs(lc.total)) << "); GgufInsights total "
          << pct(medianAbs(lc.peer)) << " (worst " << pct(worstAbs(lc.peer)) << ", " << lc.peer.size()
          << " cases); weights x 1.2: " << pct(medianAbs(lc.thumb)) << " (worst " << pct(worstAbs(lc.thumb)) << ")\n";
    h.out << "Measured compute+output at or under the estimate's upper end: " << lc.inBand << " of " << lc.bandRows
          << " cases\n\n";
    const QString source = QStringLiteral("llama.cpp CPU, node-llama-cpp 3.21.1 (tests/data/calibration, "
                                          "tests/bench/accuracy/llamacpp/data)");
    const QString engine = QStringLiteral("llama.cpp");
    h.summarize(engine, QStringLiteral("weights"), lc.weights, source);
    h.summarize(engine, QStringLiteral("KV cache"), lc.kv, source);
    h.summarize(engine, QStringLiteral("compute + output"), lc.compute, source);
    h.summarize(engine, QStringLiteral("total"), lc.total, source);
    h.summarize(QStringLiteral("GgufInsights (peer)"), QStringLiteral("total"), lc.peer, source);
    return true;
}

} // namespace Accuracy
