// SPDX-FileCopyrightText: 2026 The FitPlanner authors
// SPDX-License-Identifier: MIT

// Published GGUF files of real models: the recipe's weights against the file size (which adds the metadata:
// tokenizer, chat template; a few MB).

#include "modelcatalog.h"
#include "sections.h"

#include <QFile>

using namespace Planner;

namespace Accuracy {

bool publishedGgufFiles(Harness& h)
{
    h.out << "### Published GGUF files (Hugging Face repositories)\n\n"
          << "| model | file type | file | FitPlanner weights | error |\n|---|---|---|---|---|\n";
    const auto models = parseModelCatalog(readFile(h.sourceDir + QStringLiteral("/resources/catalog/models.json")),
        QStringLiteral("models.json"), nullptr);
    const QString path = h.dataDir + QStringLiteral("/published_gguf_sizes.csv");
    QList<double> published;
    if (QFile::exists(path)) {
        const QList<QStringList> rows = parseCsv(QString::fromUtf8(readFile(path)));
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
            const auto e = h.estimator.estimate(s, &why);
            if (!e || file <= 0)
                continue;
            const double err = relativeError(double(e->weights.bytes), file);
            published << err;
            h.out << "| " << f[0] << " | " << f[1] << " | " << qint64(file) << " | " << e->weights.bytes << " | "
                  << pct(err) << " |\n";
        }
    }
    h.out << "\nMedian |error| over " << published.size() << " published files: " << pct(medianAbs(published))
          << " (worst " << pct(worstAbs(published)) << ")\n\n";
    if (!published.isEmpty() && medianAbs(published) > 0.02)
        h.fail(QStringLiteral("FAIL published GGUF sizes: median error %1 (limit 2%)").arg(pct(medianAbs(published))));
    h.summarize(QStringLiteral("llama.cpp"), QStringLiteral("weights vs published GGUF files"), published,
        QStringLiteral("Hugging Face file sizes (tests/data/published_gguf_sizes.csv)"));
    return true;
}

} // namespace Accuracy
