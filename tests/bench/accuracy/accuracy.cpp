// SPDX-FileCopyrightText: 2026 The FitPlanner authors
// SPDX-License-Identifier: MIT

// FitPlanner's estimates against real engine measurements, component by component, next to the peer
// estimator (node-llama-cpp's GgufInsights, recorded with the llama.cpp measurements) and the rule of thumb
// "weights x 1.2". Prints a Markdown table; with --check, exits 1 when any row breaks the promised tolerances
// (weights 0.5%, KV cache 1%, total 5%). No engine is needed: it reads committed data.
//
//   fitplanner_accuracy [--check] [--data DIR] [--measured CSV] [--variants CSV]

#include "hfconfig.h"
#include "memoryestimator.h"
#include "modelcatalog.h"
#include "quantcatalog.h"
#include "units.h"

#include <algorithm>
#include <cmath>
#include <optional>

#include <QCoreApplication>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTextStream>

using namespace Planner;

namespace {

QByteArray readFile(const QString& path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly)) {
        QTextStream(stderr) << "fitplanner_accuracy: cannot read " << path << ": " << f.errorString() << '\n';
        std::exit(2);
    }
    return f.readAll();
}

// RFC 4180 fields: quoted fields may hold commas and doubled quotes.
QList<QStringList> parseCsv(const QString& text)
{
    QList<QStringList> rows;
    QStringList row;
    QString field;
    bool quoted = false;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text[i];
        if (quoted) {
            if (c == u'"' && i + 1 < text.size() && text[i + 1] == u'"') {
                field += u'"';
                ++i;
            } else if (c == u'"') {
                quoted = false;
            } else {
                field += c;
            }
        } else if (c == u'"') {
            quoted = true;
        } else if (c == u',') {
            row << field;
            field.clear();
        } else if (c == u'\n') {
            row << field;
            field.clear();
            if (!(row.size() == 1 && row[0].isEmpty()))
                rows << row;
            row.clear();
        } else if (c != u'\r') {
            field += c;
        }
    }
    if (!field.isEmpty() || !row.isEmpty()) {
        row << field;
        rows << row;
    }
    return rows;
}

struct Errors
{
    QList<double> weights, kv, compute, total, peerTotal, thumbTotal;
};

QString pct(double v)
{
    return QStringLiteral("%1%2%").arg(v >= 0 ? QStringLiteral("+") : QString()).arg(v * 100.0, 0, 'f', 2);
}

QString pctOpt(std::optional<double> v)
{
    return v ? pct(*v) : QStringLiteral("n/a");
}

double median(QList<double> v)
{
    if (v.isEmpty())
        return 0;
    for (double& x : v)
        x = std::fabs(x);
    std::sort(v.begin(), v.end());
    return v.size() % 2 ? v[v.size() / 2] : (v[v.size() / 2 - 1] + v[v.size() / 2]) / 2;
}

double worst(const QList<double>& v)
{
    double w = 0;
    for (double x : v)
        w = std::max(w, std::fabs(x));
    return w;
}

std::optional<ModelSpec> specFrom(const QJsonObject& config, const QString& name)
{
    QList<ParseError> errors;
    auto spec = parseHfConfig(QJsonDocument(config).toJson(), name, &errors);
    if (!spec)
        QTextStream(stderr) << messages(errors).join(u'\n') << '\n';
    return spec;
}

} // namespace

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    const QStringList args = QCoreApplication::arguments();
    const bool check = args.contains(QStringLiteral("--check"));
    QString dataDir = QStringLiteral(FITPLANNER_TEST_DATA);
    QString measured
        = QStringLiteral(FITPLANNER_SOURCE_DIR "/tests/bench/accuracy/llamacpp/data/llamacpp_measured.csv");
    // DeepSeek-V2-Lite-6L with one dimension changed at a time (llamacpp/README.md)
    QString variants
        = QStringLiteral(FITPLANNER_SOURCE_DIR "/tests/bench/accuracy/llamacpp/data/deepseek2_variants.csv");
    for (qsizetype i = 1; i + 1 < args.size(); ++i) {
        if (args[i] == QLatin1String("--data"))
            dataDir = args[i + 1];
        if (args[i] == QLatin1String("--measured"))
            measured = args[i + 1];
        if (args[i] == QLatin1String("--variants"))
            variants = args[i + 1];
    }

    QList<ParseError> problems;
    const auto quants
        = parseQuantCatalog(readFile(QStringLiteral(FITPLANNER_SOURCE_DIR "/resources/catalog/quants.json")),
            QStringLiteral("quants.json"), &problems);
    if (!quants) {
        QTextStream(stderr) << messages(problems).join(u'\n') << '\n';
        return 2;
    }
    const MemoryEstimator estimator(*quants);
    QTextStream out(stdout);
    int failures = 0;
    int lcBandRows = 0; // llama.cpp rows, and those whose measured compute is within the estimate's upper end
    int lcInBand = 0;
    const auto tolerance = [&](const QString& what, double err, double limit, const QString& row) {
        if (std::fabs(err) > limit) {
            ++failures;
            QTextStream(stderr) << "FAIL " << row << ": " << what << " off by " << pct(err) << " (limit " << limit * 100
                                << "%)\n";
        }
    };

    // ---- transformers on an H200
    const QJsonObject configs
        = QJsonDocument::fromJson(readFile(dataDir + QStringLiteral("/calibration/transformers_h200_configs.json")))
              .object();
    Errors tf;
    out << "### transformers 5.17 / PyTorch 2.11 on one H200 (bf16, sdpa, generate)\n\n"
        << "| case | weights | KV cache | peak allocated | total vs driver | weights x 1.2 vs driver |\n"
        << "|---|---|---|---|---|---|\n";
    const QList<QByteArray> lines
        = readFile(dataDir + QStringLiteral("/calibration/transformers_h200.jsonl")).split('\n');
    for (qsizetype i = 1; i < lines.size(); ++i) {
        if (lines[i].trimmed().isEmpty())
            continue;
        const QJsonObject r = QJsonDocument::fromJson(lines[i]).object();
        const QString arch = r.value(QStringLiteral("arch")).toString();
        const auto spec = specFrom(configs.value(arch).toObject(), arch);
        if (!spec)
            return 2;
        Scenario s;
        s.model = *spec;
        s.engine = Engine::Transformers;
        s.recipeId = QStringLiteral("BF16");
        s.kvType = QStringLiteral("BF16");
        s.context = r.value(QStringLiteral("cache_tokens")).toInteger();
        s.batch = r.value(QStringLiteral("batch")).toInteger();
        QString why;
        const auto e = estimator.estimate(s, &why);
        if (!e) {
            QTextStream(stderr) << why << '\n';
            return 2;
        }
        const auto rel = [](double est, double meas) { return (est - meas) / meas; };
        const double driver = double(r.value(QStringLiteral("driver_used_now_bytes")).toInteger());
        const double w = rel(double(e->weights.bytes), double(r.value(QStringLiteral("weights_bytes")).toInteger()));
        const double kv = rel(double(e->kvCache.bytes), double(r.value(QStringLiteral("kv_cache_bytes")).toInteger()));
        const double peak = rel(double(e->weights.bytes + e->kvCache.bytes + e->activations.bytes),
            double(r.value(QStringLiteral("peak_allocated_bytes")).toInteger()));
        const double total = rel(double(e->total), driver);
        const double thumb = rel(double(e->params.total) * 2.0 * 1.2, driver);
        const QString name = QStringLiteral("%1 prompt %2 x %3")
                                 .arg(arch)
                                 .arg(r.value(QStringLiteral("prompt")).toInt())
                                 .arg(r.value(QStringLiteral("batch")).toInt());
        out << "| " << name << " | " << pct(w) << " | " << pct(kv) << " | " << pct(peak) << " | " << pct(total) << " | "
            << pct(thumb) << " |\n";
        tf.weights << w;
        tf.kv << kv;
        tf.compute << peak;
        tf.total << total;
        tf.thumbTotal << thumb;
        tolerance(QStringLiteral("weights"), w, 0.005, name);
        tolerance(QStringLiteral("KV cache"), kv, 0.01, name);
        tolerance(QStringLiteral("total"), total, 0.05, name);
    }
    out << "\nMedian |error|: weights " << pct(median(tf.weights)) << ", KV " << pct(median(tf.kv)) << ", total "
        << pct(median(tf.total)) << " (worst " << pct(worst(tf.total))
        << "); weights x 1.2: " << pct(median(tf.thumbTotal)) << " (worst " << pct(worst(tf.thumbTotal)) << ")\n\n";

    // ---- llama.cpp on the CPU
    out << "### llama.cpp (node-llama-cpp 3.21.1, CPU, mmap off, n_ubatch 512)\n\n"
        << "| case | weights | KV cache | compute+output | total | GgufInsights total | weights x 1.2 |\n"
        << "|---|---|---|---|---|---|---|\n";
    Errors lc;
    const auto runCsv = [&](const QString& path, bool shared) -> bool {
        if (!QFile::exists(path))
            return true;
        const QList<QStringList> rows = parseCsv(QString::fromUtf8(readFile(path)));
        if (rows.isEmpty())
            return true;
        const QStringList header = rows.first();
        const auto col = [&header](const char* name) { return header.indexOf(QLatin1String(name)); };
        for (qsizetype i = 1; i < rows.size(); ++i) {
            const QStringList& f = rows[i];
            if (f.size() != header.size())
                continue;
            if (col("error") >= 0 && !f[col("error")].isEmpty())
                continue;
            QJsonObject config;
            if (shared)
                config = configs
                             .value(f[col("model")] == QLatin1String("llama-3.2-1b") ? QStringLiteral("Llama-3.2-1B")
                                                                                     : QStringLiteral("Llama-3.1-8B"))
                             .toObject();
            else
                config = QJsonDocument::fromJson(f[col("hf_config")].toUtf8()).object();
            const auto spec = specFrom(config, f[col("model")]);
            if (!spec)
                return false;
            Scenario s;
            s.model = *spec;
            s.engine = Engine::LlamaCpp;
            s.recipeId = f[col("ftype")];
            s.context = f[col("n_ctx")].toLongLong();
            s.kvType = f[col("cache_type_k")];
            s.flashAttention = f[col("flash_attn")] == QLatin1String("True");
            s.ubatch = f[col("n_ubatch")].toLongLong();
            QString why;
            const auto e = estimator.estimate(s, &why);
            if (!e) {
                QTextStream(stderr) << f[col("model")] << ": " << why << '\n';
                return false;
            }
            const auto rel = [](double est, double meas) { return (est - meas) / meas; };
            const double modelBuf = f[col("model_buffer_bytes")].toDouble();
            const double kvMeas = f[col("kv_buffer_mib")].toDouble() * double(MiB);
            const double compMeas
                = (f[col("compute_buffer_mib")].toDouble() + f[col("output_buffer_mib")].toDouble()) * double(MiB);
            const double totalMeas = modelBuf + f[col("context_bytes")].toDouble();
            const double w = rel(double(e->weights.bytes), modelBuf);
            const double kv = rel(double(e->kvCache.bytes), kvMeas);
            const double comp = rel(double(e->activations.bytes), compMeas);
            // On the CPU no GPU backend context is allocated: the total is what llama.cpp itself allocates.
            const double total = rel(double(e->weights.bytes + e->kvCache.bytes + e->activations.bytes), totalMeas);
            const double thumb = rel(modelBuf * 1.2, totalMeas);
            std::optional<double> peer;
            if (col("insights_model_cpu_bytes") >= 0 && !f[col("insights_model_cpu_bytes")].isEmpty())
                peer = rel(
                    f[col("insights_model_cpu_bytes")].toDouble() + f[col("insights_context_cpu_bytes")].toDouble(),
                    totalMeas);
            const QString name = QStringLiteral("%1 %2 ctx %3 kv %4 fa %5")
                                     .arg(f[col("model")], f[col("ftype")], f[col("n_ctx")], f[col("cache_type_k")],
                                         s.flashAttention ? QStringLiteral("on") : QStringLiteral("off"));
            out << "| " << name << " | " << pct(w) << " | " << pct(kv) << " | " << pct(comp) << " | " << pct(total)
                << " | " << pctOpt(peer) << " | " << pct(thumb) << " |\n";
            lc.weights << w;
            lc.kv << kv;
            lc.compute << comp;
            lc.total << total;
            lc.thumbTotal << thumb;
            if (peer)
                lc.peerTotal << *peer;
            tolerance(QStringLiteral("weights"), w, 0.005, name);
            tolerance(QStringLiteral("KV cache"), kv, 0.01, name);
            tolerance(QStringLiteral("total"), total, 0.05, name);
            // The compute band must hold what llama.cpp allocated: an estimate under its own upper end would
            // let a plan call "fits" what runs out of memory.
            ++lcBandRows;
            if (compMeas <= double(e->activations.high))
                ++lcInBand;
            else if (check) {
                ++failures;
                QTextStream(stderr) << name << ": compute " << qint64(compMeas) << " B is above the band's upper end "
                                    << e->activations.high << " B\n";
            }
        }
        return true;
    };
    if (!runCsv(dataDir + QStringLiteral("/calibration/llamacpp_cpu.csv"), true) || !runCsv(measured, false)
        || !runCsv(variants, false))
        return 2;
    out << "\nMedian |error| over " << lc.total.size() << " cases: weights " << pct(median(lc.weights)) << ", KV "
        << pct(median(lc.kv)) << ", compute " << pct(median(lc.compute)) << ", total " << pct(median(lc.total))
        << " (worst " << pct(worst(lc.total)) << "); GgufInsights total " << pct(median(lc.peerTotal)) << " (worst "
        << pct(worst(lc.peerTotal)) << ", " << lc.peerTotal.size()
        << " cases); weights x 1.2: " << pct(median(lc.thumbTotal)) << " (worst " << pct(worst(lc.thumbTotal)) << ")\n";
    out << "Measured compute+output at or under the estimate's upper end: " << lcInBand << " of " << lcBandRows
        << " cases\n";

    // ---- published GGUF files of real models: the recipe's weights against the file size (which adds the
    // metadata: tokenizer, chat template; a few MB)
    out << "\n### Published GGUF files (Hugging Face repositories)\n\n"
        << "| model | file type | file | FitPlanner weights | error |\n|---|---|---|---|---|\n";
    const auto models
        = parseModelCatalog(readFile(QStringLiteral(FITPLANNER_SOURCE_DIR "/resources/catalog/models.json")),
            QStringLiteral("models.json"), nullptr);
    const QString publishedPath = dataDir + QStringLiteral("/published_gguf_sizes.csv");
    QList<double> published;
    if (QFile::exists(publishedPath)) {
        const QList<QStringList> rows = parseCsv(QString::fromUtf8(readFile(publishedPath)));
        for (qsizetype i = 1; i < rows.size(); ++i) {
            const QStringList& f = rows[i];
            if (f.size() < 5)
                continue;
            const ModelSpec* m = models.find(f[0]);
            if (!m)
                continue;
            // The llama.cpp README rows give tensor sizes in GiB, not files: skip them here.
            if (f[2].isEmpty() && f[4].contains(QLatin1String("excludes GGUF metadata")))
                continue;
            const double file = f[2].isEmpty() ? f[3].toDouble() * 1e9 : f[2].toDouble();
            Scenario s;
            s.model = *m;
            s.recipeId = f[1];
            s.context = 512;
            QString why;
            const auto e = estimator.estimate(s, &why);
            if (!e || file <= 0)
                continue;
            const double err = (double(e->weights.bytes) - file) / file;
            published << err;
            out << "| " << f[0] << " | " << f[1] << " | " << qint64(file) << " | " << e->weights.bytes << " | "
                << pct(err) << " |\n";
        }
    }
    out << "\nMedian |error| over " << published.size() << " published files: " << pct(median(published)) << " (worst "
        << pct(worst(published)) << ")\n";
    if (!published.isEmpty() && median(published) > 0.02) {
        ++failures;
        QTextStream(stderr) << "FAIL published GGUF sizes: median error " << pct(median(published)) << " (limit 2%)\n";
    }

    if (check && failures > 0) {
        QTextStream(stderr) << failures << " tolerance failure(s)\n";
        return 1;
    }
    return 0;
}
