// SPDX-FileCopyrightText: 2026 The FitPlanner authors
// SPDX-License-Identifier: MIT

// transformers on one H200: the calibration rows of tests/data/calibration (README there).

#include "sections.h"

#include <QJsonDocument>

using namespace Planner;

namespace Accuracy {

namespace {

struct Errors
{
    QList<double> weights, kv, peak, total, thumb;
};

} // namespace

bool transformersH200(Harness& h)
{
    const QJsonObject configs
        = QJsonDocument::fromJson(readFile(h.dataDir + QStringLiteral("/calibration/transformers_h200_configs.json")))
              .object();
    Errors tf;
    h.out << "### transformers 5.17 / PyTorch 2.11 on one H200 (bf16, sdpa, generate)\n\n"
          << "| case | weights | KV cache | peak allocated | total vs driver | weights x 1.2 vs driver |\n"
          << "|---|---|---|---|---|---|\n";
    const QList<QByteArray> lines
        = readFile(h.dataDir + QStringLiteral("/calibration/transformers_h200.jsonl")).split('\n');
    for (qsizetype i = 1; i < lines.size(); ++i) {
        if (lines[i].trimmed().isEmpty())
            continue;
        const QJsonObject r = QJsonDocument::fromJson(lines[i]).object();
        const QString arch = r.value(QStringLiteral("arch")).toString();
        const auto spec = specFrom(configs.value(arch).toObject(), arch);
        if (!spec)
            return false;
        Scenario s;
        s.model = *spec;
        s.engine = Engine::Transformers;
        s.recipeId = QStringLiteral("BF16");
        s.kvType = QStringLiteral("BF16");
        s.context = r.value(QStringLiteral("cache_tokens")).toInteger();
        s.batch = r.value(QStringLiteral("batch")).toInteger();
        QString why;
        const auto e = h.estimator.estimate(s, &why);
        if (!e) {
            QTextStream(stderr) << arch << ": " << why << '\n';
            return false;
        }
        const auto measured = [&r](const char* key) { return double(r.value(QLatin1String(key)).toInteger()); };
        const double driver = measured("driver_used_now_bytes");
        const double w = relativeError(double(e->weights.bytes), measured("weights_bytes"));
        const double kv = relativeError(double(e->kvCache.bytes), measured("kv_cache_bytes"));
        // What PyTorch's allocator holds at the prefill's peak: weights, cache, activations and recurrent state.
        const double peak = relativeError(
            double(e->weights.bytes + e->kvCache.bytes + e->activations.bytes + e->recurrentState.bytes),
            measured("peak_allocated_bytes"));
        const double total = relativeError(double(e->total), driver);
        const double thumb = relativeError(double(e->params.total) * 2.0 * 1.2, driver);
        const QString name = QStringLiteral("%1 prompt %2 x %3")
                                 .arg(arch)
                                 .arg(r.value(QStringLiteral("prompt")).toInt())
                                 .arg(r.value(QStringLiteral("batch")).toInt());
        h.out << "| " << name << " | " << pct(w) << " | " << pct(kv) << " | " << pct(peak) << " | " << pct(total)
              << " | " << pct(thumb) << " |\n";
        tf.weights << w;
        tf.kv << kv;
        tf.peak << peak;
        tf.total << total;
        tf.thumb << thumb;
        h.tolerance(QStringLiteral("weights"), w, 0.005, name);
        h.tolerance(QStringLiteral("KV cache"), kv, 0.0, name); // exact: the bytes of the returned cache's tensors
        h.tolerance(QStringLiteral("peak allocated"), peak, 0.05, name);
        h.tolerance(QStringLiteral("total"), total, 0.05, name);
    }
    h.out << "\nMedian |error|: weights " << pct(medianAbs(tf.weights)) << ", KV " << pct(medianAbs(tf.kv))
          << ", peak allocated " << pct(medianAbs(tf.peak)) << " (worst " << pct(worstAbs(tf.peak)) << ")"
          << ", total " << pct(medianAbs(tf.total)) << " (worst " << pct(worstAbs(tf.total))
          << "); weights x 1.2: " << pct(medianAbs(tf.thumb)) << " (worst " << pct(worstAbs(tf.thumb)) << ")\n\n";
    const QString source = QStringLiteral("one H200, transformers 5.17 (tests/data/calibration)");
    const QString engine = QStringLiteral("transformers");
    h.summarize(engine, QStringLiteral("weights"), tf.weights, source);
    h.summarize(engine, QStringLiteral("KV cache"), tf.kv, source);
    h.summarize(engine, QStringLiteral("peak allocated"), tf.peak, source);
    h.summarize(engine, QStringLiteral("total (driver)"), tf.total, source);
    return true;
}

} // namespace Accuracy
