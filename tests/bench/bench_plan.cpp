// SPDX-FileCopyrightText: 2026 The FitPlanner authors
// SPDX-License-Identifier: MIT

// Planner benchmarks: one full plan (estimate + placement + speed + command) and `recommend` over the whole
// catalog (best quantization, largest context and speed for every model), the work behind "What can I run?".

#include "fitplanner.h"
#include "gpucatalog.h"
#include "modelcatalog.h"
#include "quantcatalog.h"

#include <benchmark/benchmark.h>
#include <cstdio>
#include <cstdlib>

#include <QCoreApplication>
#include <QFile>

using namespace Planner;

namespace {

QByteArray readSource(const char* relative)
{
    QFile f(QStringLiteral(FITPLANNER_SOURCE_DIR "/") + QString::fromLatin1(relative));
    if (!f.open(QIODevice::ReadOnly)) {
        std::fprintf(stderr, "cannot read %s\n", qPrintable(f.fileName()));
        std::exit(1);
    }
    return f.readAll();
}

struct Fixture
{
    QuantCatalog quants;
    ModelCatalog models;
    GpuCatalog gpus;
    HardwareProfile desktop; // one RTX 4090 and 64 GiB RAM

    Fixture()
    {
        QList<ParseError> errors;
        quants
            = *parseQuantCatalog(readSource("resources/catalog/quants.json"), QStringLiteral("quants.json"), &errors);
        models = parseModelCatalog(readSource("resources/catalog/models.json"), QStringLiteral("models.json"), &errors);
        gpus = parseGpuCatalog(readSource("resources/catalog/gpus.json"), QStringLiteral("gpus.json"), &errors);
        desktop.gpus << gpus.find(QStringLiteral("rtx-4090"))->toDevice();
        desktop.ramTotal = desktop.ramAvailable = qint64(64) << 30;
    }
};

const Fixture& fixture()
{
    static const Fixture f;
    return f;
}

void BM_PlanLlama70bOffload(benchmark::State& state)
{
    const Fixture& f = fixture();
    const FitPlanner planner(f.quants);
    Scenario sc;
    sc.model = *f.models.find(QStringLiteral("llama-3.1-70b"));
    sc.recipeId = QStringLiteral("Q4_K_M");
    sc.context = 8192;
    for (auto _ : state) {
        auto p = planner.plan(sc, f.desktop, {});
        benchmark::DoNotOptimize(p);
    }
}
BENCHMARK(BM_PlanLlama70bOffload)->Unit(benchmark::kMicrosecond);

void BM_RecommendWholeCatalog(benchmark::State& state)
{
    const Fixture& f = fixture();
    Scenario base;
    for (auto _ : state) {
        const FitPlanner planner(f.quants); // a fresh planner: nothing cached from the previous pass
        auto rows = planner.recommend(f.models, f.desktop, {}, base, 8192);
        benchmark::DoNotOptimize(rows);
    }
    state.counters["models"] = double(f.models.models.size());
}
BENCHMARK(BM_RecommendWholeCatalog)->Unit(benchmark::kMillisecond);

} // namespace

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    benchmark::Initialize(&argc, argv);
    benchmark::RunSpecifiedBenchmarks();
    benchmark::Shutdown();
    return 0;
}
