// SPDX-FileCopyrightText: 2026 The FitPlanner authors
// SPDX-License-Identifier: MIT

// Planner benchmarks: one full plan (estimate + placement + speed + command) and `recommend` over the whole
// catalog (best quantization, largest context and speed for every model), the work behind "What can I run?".

#include "fitplanner.h"
#include "gpucatalog.h"
#include "modelcatalog.h"
#include "quantcatalog.h"

#include <algorithm>
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
    HardwareProfile node; // eight H200 and 2 TiB RAM: the large MoE and hybrid models fit, so every search runs

    Fixture()
    {
        QList<ParseError> errors;
        quants
            = *parseQuantCatalog(readSource("resources/catalog/quants.json"), QStringLiteral("quants.json"), &errors);
        models = parseModelCatalog(readSource("resources/catalog/models.json"), QStringLiteral("models.json"), &errors);
        gpus = parseGpuCatalog(readSource("resources/catalog/gpus.json"), QStringLiteral("gpus.json"), &errors);
        desktop.gpus << gpus.find(QStringLiteral("rtx-4090"))->toDevice();
        desktop.ramTotal = desktop.ramAvailable = qint64(64) << 30;
        for (int i = 0; i < 8; ++i)
            node.gpus << gpus.find(QStringLiteral("h200"))->toDevice();
        node.ramTotal = node.ramAvailable = qint64(2048) << 30;
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

void recommendWholeCatalog(benchmark::State& state, FitPlanner::SearchReuse reuse)
{
    const Fixture& f = fixture();
    const HardwareProfile& hardware = state.range(0) == 0 ? f.desktop : f.node;
    Scenario base;
    qint64 fitting = 0;
    for (auto _ : state) {
        const FitPlanner planner(f.quants, reuse); // a fresh planner: nothing cached from the previous pass
        auto rows = planner.recommend(f.models, hardware, {}, base, 8192);
        fitting = std::count_if(rows.cbegin(), rows.cend(), [](const Recommendation& r) { return r.fits; });
        benchmark::DoNotOptimize(rows);
    }
    state.counters["models"] = double(f.models.models.size());
    state.counters["fit"] = double(fitting); // models that fit the hardware
}

// `recommend` over the whole catalog; the target is 50 ms. Arg 0: the desktop, 1: the eight-GPU node.
void BM_RecommendWholeCatalog(benchmark::State& state)
{
    recommendWholeCatalog(state, FitPlanner::SearchReuse::Cached);
}
BENCHMARK(BM_RecommendWholeCatalog)->Arg(0)->Arg(1)->Unit(benchmark::kMillisecond);

// The same with every search planning every probe afresh (FitPlanner::SearchReuse::Fresh): what the searches' cache
// saves.
void BM_RecommendWholeCatalogFresh(benchmark::State& state)
{
    recommendWholeCatalog(state, FitPlanner::SearchReuse::Fresh);
}
BENCHMARK(BM_RecommendWholeCatalogFresh)->Arg(0)->Arg(1)->Unit(benchmark::kMillisecond);

} // namespace

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    benchmark::Initialize(&argc, argv);
    benchmark::RunSpecifiedBenchmarks();
    benchmark::Shutdown();
    return 0;
}
