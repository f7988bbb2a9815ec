// SPDX-FileCopyrightText: 2026 The FitPlanner authors
// SPDX-License-Identifier: MIT

// FitPlanner's estimates against real engine measurements, component by component, next to the peer
// estimator (node-llama-cpp's GgufInsights, recorded with the llama.cpp measurements) and the rule of thumb
// "weights x 1.2". Prints a Markdown table per kind of measurement and a summary per engine and component;
// with --check, exits 1 when any row breaks its section's tolerances. No engine is needed: it reads committed
// data.
//
//   fitplanner_accuracy [--check] [--data DIR] [--measured CSV] [--variants CSV]

#include "quantcatalog.h"
#include "sections.h"

#include <QCoreApplication>

using namespace Planner;

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    const QStringList args = QCoreApplication::arguments();
    QList<ParseError> problems;
    const auto quants
        = parseQuantCatalog(Accuracy::readFile(QStringLiteral(FITPLANNER_SOURCE_DIR "/resources/catalog/quants.json")),
            QStringLiteral("quants.json"), &problems);
    if (!quants) {
        QTextStream(stderr) << messages(problems).join(u'\n') << '\n';
        return 2;
    }
    const MemoryEstimator estimator(*quants);
    QTextStream out(stdout);
    Accuracy::Harness h(estimator, QStringLiteral(FITPLANNER_TEST_DATA), QStringLiteral(FITPLANNER_SOURCE_DIR),
        args.contains(QStringLiteral("--check")), out, args);
    h.dataDir = h.option(QStringLiteral("--data"), h.dataDir);

    using Section = bool (*)(Accuracy::Harness&);
    const Section sections[] = {
        Accuracy::transformersH200,
        Accuracy::llamacppCpu,
        Accuracy::llamacppGpu,
        Accuracy::publishedGgufFiles,
        Accuracy::llamacppNewArchitectures,
        Accuracy::vllmStartupLogs,
    };
    for (Section section : sections)
        if (!section(h))
            return 2;
    h.printSummary();
    if (h.check && h.failures > 0) {
        QTextStream(stderr) << h.failures << " tolerance failure(s)\n";
        return 1;
    }
    return 0;
}
