// SPDX-FileCopyrightText: 2026 The FitPlanner authors
// SPDX-License-Identifier: MIT

// llama.cpp on the architectures with per-layer token mixers (hybrid recurrent, sliding and chunked windows, MLA
// with a sparse-attention indexer, short convolutions): the rows of llamacpp/data/new_archs.csv (README there).
// Weights are exact (the loaded bytes, and the file's bytes per ggml type), the KV cache and the recurrent state
// exact to llama.cpp's 0.01 MiB log rounding, the total within 1%.

#include "ggufrecipe.h"
#include "quantcatalog.h"
#include "sections.h"
#include "tensorlayout.h"
#include "units.h"

#include <cmath>
#include <map>

#include <QFile>
#include <QJsonDocument>

using namespace Planner;

namespace Accuracy {

namespace {

constexpr double kLogRounding = 0.01 * double(MiB); // llama.cpp prints its buffers in MiB with two decimals
constexpr double kTotalLimit = 0.01;

// Rows whose compute buffer ggml's allocator lays out beyond what the estimate's point models, so that the total
// misses 1% although weights, KV cache and state are exact. Each is printed, and fails again once it is met.
struct KnownGap
{
    const char* row;
    const char* why;
};
// Gemma 4 E2B / E4B cuts (weights of 1.6 to 2.6 GB): the measured compute is the logits plus the full layers' KQ
// mask at 32k and 128k (E2B 551 and 647 MiB, E4B 560 and 656 MiB, the mask 32 and 128 MiB), where the point estimate
// takes the larger of the two phases; weights and KV are exact.
constexpr const char* kGemmaEdgeMask = "compute: the logits sit above the 128 MiB KQ mask of the full layers";
constexpr KnownGap kKnownGaps[] = {
    { "deepseek-v3.2-4L Q4_K_M ctx 4096 x 1 kv F16",
        "432 MiB compute: the logits sit above the last MoE layer's 256-expert outputs (the MoE band's upper end)" },
    { "gemma-4-e2b-10L F16 ctx 131072 x 1 kv F16", kGemmaEdgeMask },
    { "gemma-4-e2b-10L F16 ctx 131072 x 1 kv Q8_0", kGemmaEdgeMask },
    { "gemma-4-e2b-10L F16 ctx 131072 x 4 kv F16", kGemmaEdgeMask },
    { "gemma-4-e2b-10L F16 ctx 131072 x 4 kv Q8_0", kGemmaEdgeMask },
    { "gemma-4-e4b-12L F16 ctx 131072 x 1 kv F16", kGemmaEdgeMask },
    { "gemma-4-e4b-12L F16 ctx 131072 x 1 kv Q8_0", kGemmaEdgeMask },
    { "gemma-4-e4b-12L F16 ctx 131072 x 4 kv F16", kGemmaEdgeMask },
    { "gemma-4-e4b-12L F16 ctx 131072 x 4 kv Q8_0", kGemmaEdgeMask },
};

const char* knownGap(const QString& row)
{
    for (const KnownGap& g : kKnownGaps) {
        if (row == QLatin1String(g.row))
            return g.why;
    }
    return nullptr;
}

struct Errors
{
    QList<double> weights, fileTypes, kv, state, compute, total, peer;
    int bandRows = 0;
    int inBand = 0;
    QStringList gaps;
};

Scenario scenarioOf(const CsvTable& t, const QStringList& f, const ModelSpec& spec)
{
    Scenario s;
    s.model = spec;
    s.engine = Engine::LlamaCpp;
    s.recipeId = t.field(f, "ftype");
    s.context = t.field(f, "n_ctx").toLongLong();
    s.batch = t.field(f, "n_seq").toLongLong();
    s.kvType = t.field(f, "cache_type_k");
    s.flashAttention = t.field(f, "flash_attn") == QLatin1String("True");
    s.ubatch = t.field(f, "n_ubatch").toLongLong();
    // The measurements' contexts were made with the library's default: one KV stream per sequence.
    s.kvUnified = false;
    return s;
}

// "F16=123;F32=45" as a map.
std::map<QString, qint64> bytesByType(const QString& text)
{
    std::map<QString, qint64> m;
    for (const QString& part : text.split(u';', Qt::SkipEmptyParts)) {
        const qsizetype eq = part.indexOf(u'=');
        if (eq > 0)
            m[part.left(eq)] = part.mid(eq + 1).toLongLong();
    }
    return m;
}

// The GGUF file's tensor bytes per ggml type by FitPlanner's recipe (MTP layers included: the file has them).
std::map<QString, qint64> recipeFileBytes(const ModelSpec& spec, const QString& fileType, const QuantCatalog& quants)
{
    std::map<QString, qint64> m;
    const std::vector<TensorSpec> tensors = tensorLayout(spec);
    const QStringList types = ggufTensorTypes(spec, tensors, fileType, quants);
    for (size_t i = 0; i < tensors.size(); ++i) {
        if (!tensors[i].inGguf)
            continue;
        const StorageType* st = quants.type(types[qsizetype(i)]);
        if (!st) {
            m[types[qsizetype(i)]] = -1;
            continue;
        }
        m[types[qsizetype(i)]] += st->bytesFor(tensors[i].ne0, tensors[i].ne1, tensors[i].ne2);
    }
    return m;
}

QString typesText(const std::map<QString, qint64>& m)
{
    QStringList parts;
    for (const auto& [type, bytes] : m)
        parts << QStringLiteral("%1=%2").arg(type).arg(bytes);
    return parts.join(u';');
}

// Exact per ggml type: the largest relative difference over the types either side has.
double fileTypesError(const std::map<QString, qint64>& estimate, const std::map<QString, qint64>& measured)
{
    double worst = 0;
    auto visit = [&](const QString& type) {
        const auto e = estimate.find(type);
        const auto m = measured.find(type);
        const double ev = e == estimate.end() ? 0.0 : double(e->second);
        const double mv = m == measured.end() ? 0.0 : double(m->second);
        const double err = mv > 0 ? relativeError(ev, mv) : (ev == 0 ? 0.0 : 1.0);
        if (std::fabs(err) > std::fabs(worst))
            worst = err;
    };
    for (const auto& kv : estimate)
        visit(kv.first);
    for (const auto& kv : measured)
        visit(kv.first);
    return worst;
}

// An exact component against a log line in MiB: fails when further off than the log's rounding.
void exactToLog(Harness& h, const QString& what, qint64 estimate, double measuredMib, const QString& row)
{
    const double diff = double(estimate) - measuredMib * double(MiB);
    if (std::fabs(diff) > kLogRounding)
        h.fail(QStringLiteral("FAIL %1: %2 %3 B, llama.cpp %4 MiB").arg(row, what).arg(estimate).arg(measuredMib));
}

bool runRow(Harness& h, const CsvTable& t, const QStringList& f, const QuantCatalog& quants, Errors& err,
    QHash<QString, double>& fileChecked)
{
    const QString model = t.field(f, "model");
    const auto spec = specFrom(QJsonDocument::fromJson(t.field(f, "hf_config").toUtf8()).object(), model);
    if (!spec)
        return false;
    const Scenario s = scenarioOf(t, f, *spec);
    QString why;
    const auto e = h.estimator.estimate(s, &why, MemoryEstimator::Detail::Figures);
    if (!e) {
        QTextStream(stderr) << model << ": " << why << '\n';
        return false;
    }
    const QString name = QStringLiteral("%1 %2 ctx %3 x %4 kv %5")
                             .arg(model, s.recipeId, t.field(f, "n_ctx"), t.field(f, "n_seq"), s.kvType);

    const double modelBytes = t.field(f, "model_bytes").toDouble();
    const double kvMib = t.field(f, "kv_mib").toDouble();
    const double rsMib = t.field(f, "rs_mib").toDouble();
    const double computeMeas
        = (t.field(f, "compute_buffer_mib").toDouble() + t.field(f, "output_buffer_mib").toDouble()) * double(MiB);
    // context_bytes is KV + state + compute; the estimate's activations also hold the output buffer.
    const double totalMeas = modelBytes + t.field(f, "context_bytes").toDouble()
        + t.field(f, "output_buffer_mib").toDouble() * double(MiB);

    // llama.cpp prints each K, V, r and s buffer as "%.2f MiB" and the recorded totals add those printed parts: an
    // estimate within half a hundredth of a MiB per part is exact (LFM2's 163,840-byte state is printed 0.16, the
    // 11.68 MiB of DeepSeek-V3.2's Q8_0 cache is 9.56 + 2.12).
    const auto printedParts = [&](const char* first, const char* second) {
        return t.field(f, first).split(u';').size() + t.field(f, second).split(u';').size();
    };
    const auto printedMibError = [](qint64 bytes, double printedMib, qsizetype parts) {
        const double mib = double(bytes) / double(MiB);
        return std::abs(mib - printedMib) <= 0.005 * double(parts) + 1e-9
            ? 0.0
            : relativeError(double(bytes), printedMib * double(MiB));
    };
    const double w = relativeError(double(e->weights.bytes), modelBytes);
    const double kv = kvMib > 0 ? printedMibError(e->kvCache.bytes, kvMib, printedParts("kv_k_mib", "kv_v_mib")) : 0.0;
    const double st = rsMib > 0 ? printedMibError(e->recurrentState.bytes, rsMib, printedParts("rs_r_mib", "rs_s_mib"))
                                : (e->recurrentState.bytes == 0 ? 0.0 : 1.0);
    const double comp = relativeError(double(e->activations.bytes), computeMeas);
    const double total = relativeError(
        double(e->weights.bytes + e->kvCache.bytes + e->recurrentState.bytes + e->activations.bytes), totalMeas);
    std::optional<double> peer;
    if (!t.field(f, "insights_model_cpu_bytes").isEmpty())
        peer = relativeError(
            t.field(f, "insights_model_cpu_bytes").toDouble() + t.field(f, "insights_context_cpu_bytes").toDouble(),
            totalMeas);

    // The file's bytes per ggml type, once per (model, file type).
    const QString fileKey = model + u' ' + s.recipeId;
    if (!fileChecked.contains(fileKey)) {
        const auto estimated = recipeFileBytes(*spec, s.recipeId, quants);
        const auto measured = bytesByType(t.field(f, "bytes_by_type"));
        const double ft = fileTypesError(estimated, measured);
        fileChecked.insert(fileKey, ft);
        err.fileTypes << ft;
        if (ft != 0.0)
            h.fail(QStringLiteral("FAIL %1: file bytes per type %2, llama-quantize %3")
                       .arg(fileKey, typesText(estimated), typesText(measured)));
    }

    h.out << "| " << name << " | " << pct(w) << " | " << pct(fileChecked.value(fileKey)) << " | " << pct(kv) << " | "
          << pct(st) << " | " << pct(comp) << " | " << pct(total) << " | " << pctOpt(peer) << " |\n";
    err.weights << w;
    err.kv << kv;
    if (rsMib > 0)
        err.state << st;
    err.compute << comp;
    err.total << total;
    if (peer)
        err.peer << *peer;
    if (e->weights.bytes != qint64(modelBytes))
        h.fail(QStringLiteral("FAIL %1: weights %2 B, llama.cpp %3 B")
                   .arg(name)
                   .arg(e->weights.bytes)
                   .arg(modelBytes, 0, 'f', 0));
    exactToLog(h, QStringLiteral("KV cache"), e->kvCache.bytes, kvMib, name);
    exactToLog(h, QStringLiteral("recurrent state"), e->recurrentState.bytes, rsMib, name);
    if (const char* reason = knownGap(name)) {
        if (std::fabs(total) <= kTotalLimit)
            h.fail(QStringLiteral("FAIL %1: listed as a known gap but its total is within 1% now").arg(name));
        else
            err.gaps << QStringLiteral("%1: total %2 (%3)").arg(name, pct(total), QLatin1String(reason));
    } else {
        h.tolerance(QStringLiteral("total"), total, kTotalLimit, name);
    }
    // The compute buffer is ggml's high-water mark, which the estimate bounds rather than matches: counted, not
    // checked, here.
    ++err.bandRows;
    if (computeMeas <= double(e->activations.high))
        ++err.inBand;
    return true;
}

} // namespace

bool llamacppNewArchitectures(Harness& h)
{
    const QString path = h.option(QStringLiteral("--new-archs"),
        h.sourceDir + QStringLiteral("/tests/bench/accuracy/llamacpp/data/new_archs.csv"));
    if (!QFile::exists(path))
        return true;
    QList<ParseError> problems;
    const auto quants = parseQuantCatalog(readFile(h.sourceDir + QStringLiteral("/resources/catalog/quants.json")),
        QStringLiteral("quants.json"), &problems);
    if (!quants) {
        QTextStream(stderr) << messages(problems).join(u'\n') << '\n';
        return false;
    }
    h.out << "### llama.cpp, per-layer token mixers (node-llama-cpp 3.21.1, CPU, n_ubatch 512, flash attention)\n\n"
          << "| case | weights | file bytes per type | KV cache | recurrent state | compute+output | total | "
             "GgufInsights total |\n"
          << "|---|---|---|---|---|---|---|---|\n";
    const CsvTable t = readCsv(path);
    Errors err;
    QHash<QString, double> fileChecked;
    for (const QStringList& f : t.rows) {
        if (!t.field(f, "error").isEmpty())
            continue;
        if (!runRow(h, t, f, *quants, err, fileChecked))
            return false;
    }
    h.out << "\nMedian |error| over " << err.total.size() << " cases: weights " << pct(medianAbs(err.weights))
          << ", KV " << pct(medianAbs(err.kv)) << ", recurrent state " << pct(medianAbs(err.state)) << ", compute "
          << pct(medianAbs(err.compute)) << ", total " << pct(medianAbs(err.total)) << " (worst "
          << pct(worstAbs(err.total)) << "); GgufInsights total " << pct(medianAbs(err.peer)) << " (worst "
          << pct(worstAbs(err.peer)) << ")\n";
    h.out << "Measured compute+output at or under the estimate's upper end: " << err.inBand << " of " << err.bandRows
          << " cases\n";
    for (const QString& gap : err.gaps)
        h.out << "Known gap: " << gap << '\n';
    h.out << '\n';
    const QString source = QStringLiteral("llama.cpp CPU dry runs, node-llama-cpp 3.21.1 "
                                          "(tests/bench/accuracy/llamacpp/data/new_archs.csv)");
    const QString engine = QStringLiteral("llama.cpp, per-layer mixers");
    h.summarize(engine, QStringLiteral("weights"), err.weights, source);
    h.summarize(engine, QStringLiteral("file bytes per ggml type"), err.fileTypes, source);
    h.summarize(engine, QStringLiteral("KV cache"), err.kv, source);
    h.summarize(engine, QStringLiteral("recurrent state"), err.state, source);
    h.summarize(engine, QStringLiteral("compute + output"), err.compute, source);
    h.summarize(engine, QStringLiteral("total"), err.total, source);
    h.summarize(QStringLiteral("GgufInsights (peer), per-layer mixers"), QStringLiteral("total"), err.peer, source);
    return true;
}

} // namespace Accuracy
