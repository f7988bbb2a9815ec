// SPDX-FileCopyrightText: 2026 The FitPlanner authors
// SPDX-License-Identifier: MIT

// Speed of the core: one estimate for the largest catalog model, the recommendation sweep over the
// whole catalog x every recipe x a context ladder, and catalog load + validation.
//   cmake --preset release && cmake --build --preset release --target bench_core &&
//   ./build/release/tests/bench/bench_core

#include "ggufreader.h"
#include "ggufrecipe.h"
#include "memoryestimator.h"
#include "modelcatalog.h"
#include "modelfilewriter.h"
#include "quantcatalog.h"
#include "tensorlayout.h"

#include <benchmark/benchmark.h>

#include <QFile>
#include <QTemporaryDir>

using namespace Planner;

namespace {

QByteArray readSource(const char* relative)
{
    QFile f(QStringLiteral(FITPLANNER_SOURCE_DIR "/") + QLatin1String(relative));
    if (!f.open(QIODevice::ReadOnly))
        qFatal("cannot read %s", relative);
    return f.readAll();
}

const QuantCatalog& quants()
{
    static const QuantCatalog c
        = *parseQuantCatalog(readSource("resources/catalog/quants.json"), QStringLiteral("q"), nullptr);
    return c;
}

const ModelCatalog& models()
{
    static const ModelCatalog c
        = parseModelCatalog(readSource("resources/catalog/models.json"), QStringLiteral("m"), nullptr);
    return c;
}

const ModelSpec& largest()
{
    const ModelSpec* best = nullptr;
    for (const ModelSpec& m : models().models) {
        if (!best || countParameters(m).total > countParameters(*best).total)
            best = &m;
    }
    return *best;
}

void BM_EstimateLargestModel(benchmark::State& state)
{
    const MemoryEstimator estimator(quants());
    Scenario s;
    s.model = largest();
    s.recipeId = QStringLiteral("Q4_K_M");
    s.context = 32768;
    for (auto _ : state) {
        s.context = s.context == 32768 ? 32769 : 32768; // a context change, as the GUI's slider makes
        benchmark::DoNotOptimize(estimator.estimate(s));
    }
    state.SetLabel(s.model.id.toStdString());
}
BENCHMARK(BM_EstimateLargestModel)->Unit(benchmark::kMicrosecond);

void BM_EstimateLargestModelNewRecipe(benchmark::State& state)
{
    const MemoryEstimator estimator(quants());
    Scenario s;
    s.model = largest();
    s.context = 32768;
    bool flip = false;
    for (auto _ : state) {
        flip = !flip;
        s.recipeId = flip ? QStringLiteral("Q4_K_M") : QStringLiteral("IQ2_XS"); // weights must be recomputed
        benchmark::DoNotOptimize(estimator.estimate(s));
    }
}
BENCHMARK(BM_EstimateLargestModelNewRecipe)->Unit(benchmark::kMicrosecond);

// The uncached path of one estimate: the tensor list, the recipe's per-tensor types, and their bytes.
void BM_WeightsColdLargestModel(benchmark::State& state)
{
    const ModelSpec m = largest();
    for (auto _ : state) {
        const MemoryEstimator estimator(quants()); // a fresh estimator has an empty cache
        Scenario s;
        s.model = m;
        s.recipeId = QStringLiteral("Q4_K_M");
        benchmark::DoNotOptimize(estimator.estimate(s));
    }
}
BENCHMARK(BM_WeightsColdLargestModel)->Unit(benchmark::kMicrosecond);

void BM_TensorLayoutLargestModel(benchmark::State& state)
{
    const ModelSpec m = largest();
    for (auto _ : state)
        benchmark::DoNotOptimize(tensorLayout(m));
}
BENCHMARK(BM_TensorLayoutLargestModel)->Unit(benchmark::kMicrosecond);

// The recommendation sweep: every catalog model x every recipe (on its first engine) x a context ladder, from
// a fresh estimator each time (nothing cached from the previous pass), figures only as the searches ask for them.
// The second variant also writes every component's explanation, as the GUI and the CLI's estimate do.
void BM_SweepCatalogRecipesContexts(benchmark::State& state)
{
    const auto detail = state.range(0) == 0 ? MemoryEstimator::Detail::Figures : MemoryEstimator::Detail::Explained;
    const qint64 ladder[] = { 2048, 8192, 32768, 131072 };
    qint64 count = 0;
    for (auto _ : state) {
        const MemoryEstimator estimator(quants());
        for (const ModelSpec& m : models().models) {
            for (const QuantRecipe& r : quants().recipes) {
                Scenario s;
                s.model = m;
                s.recipeId = r.id;
                s.engine = r.engines.contains(QStringLiteral("llama.cpp")) ? Engine::LlamaCpp
                    : r.engines.contains(QStringLiteral("vllm"))           ? Engine::Vllm
                                                                           : engineFromId(r.engines.first()).value();
                for (const qint64 c : ladder) {
                    s.context = c;
                    benchmark::DoNotOptimize(estimator.estimate(s, nullptr, detail));
                    ++count;
                }
            }
        }
    }
    state.counters["estimates"] = double(count) / double(state.iterations());
    state.SetLabel(detail == MemoryEstimator::Detail::Figures ? "figures" : "explained");
}
BENCHMARK(BM_SweepCatalogRecipesContexts)->Arg(0)->Arg(1)->Unit(benchmark::kMillisecond);

void BM_LoadCatalogs(benchmark::State& state)
{
    const QByteArray m = readSource("resources/catalog/models.json");
    const QByteArray q = readSource("resources/catalog/quants.json");
    for (auto _ : state) {
        QList<ParseError> errors;
        benchmark::DoNotOptimize(parseQuantCatalog(q, QStringLiteral("quants.json"), &errors));
        benchmark::DoNotOptimize(parseModelCatalog(m, QStringLiteral("models.json"), &errors));
    }
}
BENCHMARK(BM_LoadCatalogs)->Unit(benchmark::kMillisecond);

// Header parse of a real-shaped GGUF file: Qwen3-235B-A22B Q4_K_M, 1,131 tensors and a 151,936-token
// vocabulary (the data section is sparse), read and turned into a ModelSpec.
void BM_ParseGgufHeader(benchmark::State& state)
{
    const ModelSpec* m = models().find(QStringLiteral("qwen3-235b-a22b"));
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("model.gguf"));
    const auto tensors = tensorLayout(*m);
    const QStringList types = ggufTensorTypes(*m, tensors, QStringLiteral("Q4_K_M"), quants());
    if (!TestFiles::ggufForSpec(*m, QStringLiteral("qwen3moe"), types, 15).write(path))
        qFatal("cannot write %s", qPrintable(path));
    qint64 count = 0;
    for (auto _ : state) {
        QString error;
        const auto file = readGgufFile(path, quants(), &error);
        if (!file)
            qFatal("%s", qPrintable(error));
        benchmark::DoNotOptimize(ggufModelSpec(*file, &error));
        count = file->tensors.size();
    }
    state.counters["tensors"] = double(count);
}
BENCHMARK(BM_ParseGgufHeader)->Unit(benchmark::kMillisecond);

} // namespace

BENCHMARK_MAIN();
