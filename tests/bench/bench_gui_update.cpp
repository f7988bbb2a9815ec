// SPDX-FileCopyrightText: 2026 The FitPlanner authors
// SPDX-License-Identifier: MIT

// What one control change costs in the desktop app: EstimateSession recomputes the estimate, the verdict,
// the quantization comparison and the context sweep, and resets the three item models the table and the
// charts are bound to. Measured for the largest catalog models (Kimi K2 1T, DeepSeek-R1 671B).
#include "estimatesession.h"
#include "fitplanner.h"
#include "gpucatalog.h"
#include "testcatalogs.h"

#include <benchmark/benchmark.h>

#include <QCoreApplication>

using namespace Planner;

namespace {

// A context-slider drag: every step is a new context, so the comparison rows are new estimates; the sweep's
// fixed sample points come from the session's cache.
void contextChange(benchmark::State& state, const char* model, const char* recipe)
{
    EstimateSession session(TestCatalogs::models(), TestCatalogs::quants());
    session.setModelId(QString::fromLatin1(model));
    session.setRecipeId(QString::fromLatin1(recipe));
    const qint64 maxContext = session.scenario().model.maxContext;
    qint64 context = 4096;
    for (auto _ : state) {
        context = context + 257 > maxContext ? 4096 : context + 257;
        session.setContext(context);
        benchmark::DoNotOptimize(session.comparisonModel()->rowCount());
    }
}

// The same drag as the app makes it: every scenario the session shows (the current one, the other compared
// recipes, the sweep's points) placed on one RTX 4090 + 64 GiB by the planner.
void contextChangePlaced(benchmark::State& state, const char* model, const char* recipe)
{
    const GpuCatalog gpus = parseGpuCatalog(TestCatalogs::readSourceFile(QStringLiteral("resources/catalog/gpus.json")),
        QStringLiteral("gpus.json"), nullptr);
    HardwareProfile hw;
    hw.gpus << gpus.find(QStringLiteral("rtx-4090"))->toDevice();
    hw.ramTotal = hw.ramAvailable = qint64(64) << 30;
    const FitPlanner planner(TestCatalogs::quants());
    EstimateSession session(TestCatalogs::models(), TestCatalogs::quants());
    session.setModelId(QString::fromLatin1(model));
    session.setRecipeId(QString::fromLatin1(recipe));
    session.setPlacer([&](const Scenario& s, QString* error) {
        PlanOptions options;
        options.frontend = defaultFrontend(s.engine);
        return planner.plan(s, hw, options, error);
    });
    session.recompute();
    const qint64 maxContext = session.scenario().model.maxContext;
    qint64 context = 4096;
    for (auto _ : state) {
        context = context + 257 > maxContext ? 4096 : context + 257;
        session.setContext(context);
        benchmark::DoNotOptimize(session.verdict().status);
    }
}

// Picking the model in the catalog with an empty cache: every comparison row and sweep point is estimated.
void coldRecompute(benchmark::State& state, const char* model, const char* recipe)
{
    EstimateSession session(TestCatalogs::models(), TestCatalogs::quants());
    session.setModelId(QString::fromLatin1(model));
    session.setRecipeId(QString::fromLatin1(recipe));
    for (auto _ : state) {
        session.clearCache();
        session.recompute();
        benchmark::DoNotOptimize(session.sweepModel()->rowCount());
    }
}

// A capacity or units edit: statuses and text change, every estimate is cached.
void capacityChange(benchmark::State& state, const char* model)
{
    EstimateSession session(TestCatalogs::models(), TestCatalogs::quants());
    session.setModelId(QString::fromLatin1(model));
    qint64 gpu = qint64(24) << 30;
    for (auto _ : state) {
        gpu = gpu == (qint64(24) << 30) ? (qint64(80) << 30) : (qint64(24) << 30);
        session.setCapacity(CapacityInput { gpu, qint64(64) << 30 });
        benchmark::DoNotOptimize(session.verdict().status);
    }
}

} // namespace

BENCHMARK_CAPTURE(contextChange, kimi_k2_q4_k_m, "kimi-k2", "Q4_K_M")->Unit(benchmark::kMillisecond);
BENCHMARK_CAPTURE(contextChange, deepseek_r1_f16, "deepseek-r1", "F16")->Unit(benchmark::kMillisecond);
BENCHMARK_CAPTURE(contextChangePlaced, kimi_k2_q4_k_m, "kimi-k2", "Q4_K_M")->Unit(benchmark::kMillisecond);
BENCHMARK_CAPTURE(contextChangePlaced, deepseek_r1_f16, "deepseek-r1", "F16")->Unit(benchmark::kMillisecond);
BENCHMARK_CAPTURE(coldRecompute, kimi_k2_q4_k_m, "kimi-k2", "Q4_K_M")->Unit(benchmark::kMillisecond);
BENCHMARK_CAPTURE(coldRecompute, deepseek_r1_f16, "deepseek-r1", "F16")->Unit(benchmark::kMillisecond);
BENCHMARK_CAPTURE(capacityChange, kimi_k2, "kimi-k2")->Unit(benchmark::kMillisecond);

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    benchmark::Initialize(&argc, argv);
    benchmark::RunSpecifiedBenchmarks();
    benchmark::Shutdown();
    return 0;
}
