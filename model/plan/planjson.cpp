// SPDX-FileCopyrightText: 2026 The FitPlanner authors
// SPDX-License-Identifier: MIT

#include "planjson.h"

#include "engineregistry.h"

namespace Planner {

namespace {

QJsonValue bytesOrNull(qint64 v)
{
    return v >= 0 ? QJsonValue(v) : QJsonValue(QJsonValue::Null);
}

QJsonValue positiveOrNull(double v)
{
    return v > 0.0 ? QJsonValue(v) : QJsonValue(QJsonValue::Null);
}

} // namespace

QJsonObject hardwareToJson(const HardwareProfile& hw)
{
    QJsonArray gpus;
    for (const GpuDevice& g : hw.gpus) {
        gpus.append(QJsonObject {
            { QStringLiteral("name"), g.name },
            { QStringLiteral("vendor"), gpuVendorId(g.vendor) },
            { QStringLiteral("memory_total"), g.memoryTotal },
            { QStringLiteral("memory_free"), bytesOrNull(g.memoryFree) },
            { QStringLiteral("memory_used"), bytesOrNull(g.memoryUsed) },
            { QStringLiteral("bandwidth"), positiveOrNull(g.bandwidthGBps) },
            { QStringLiteral("fp16_tflops"), positiveOrNull(g.fp16Tflops) },
            { QStringLiteral("unified"), g.unified },
            { QStringLiteral("catalog_id"),
                g.catalogId.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(g.catalogId) },
            { QStringLiteral("pci_bus_id"),
                g.pciBusId.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(g.pciBusId) },
            { QStringLiteral("driver_version"),
                g.driverVersion.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(g.driverVersion) },
            { QStringLiteral("memory_bus_width"),
                g.memoryBusWidth > 0 ? QJsonValue(g.memoryBusWidth) : QJsonValue(QJsonValue::Null) },
            { QStringLiteral("memory_clock_mhz"),
                g.memoryClockMHz > 0 ? QJsonValue(g.memoryClockMHz) : QJsonValue(QJsonValue::Null) },
            { QStringLiteral("source"), g.source },
        });
    }
    return QJsonObject {
        { QStringLiteral("gpus"), gpus },
        { QStringLiteral("ram"),
            QJsonObject {
                { QStringLiteral("total"), hw.ramTotal > 0 ? QJsonValue(hw.ramTotal) : QJsonValue(QJsonValue::Null) },
                { QStringLiteral("available"), bytesOrNull(hw.ramAvailable) },
                { QStringLiteral("swap_total"), bytesOrNull(hw.swapTotal) },
                { QStringLiteral("swap_free"), bytesOrNull(hw.swapFree) } } },
        { QStringLiteral("cpu"),
            QJsonObject { { QStringLiteral("model"),
                              hw.cpu.model.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(hw.cpu.model) },
                { QStringLiteral("logical_cores"),
                    hw.cpu.logicalCores > 0 ? QJsonValue(hw.cpu.logicalCores) : QJsonValue(QJsonValue::Null) },
                { QStringLiteral("physical_cores"),
                    hw.cpu.physicalCores > 0 ? QJsonValue(hw.cpu.physicalCores) : QJsonValue(QJsonValue::Null) } } },
        { QStringLiteral("notes"), QJsonArray::fromStringList(hw.notes) },
    };
}

QJsonArray gpuCatalogToJson(const GpuCatalog& catalog)
{
    QJsonArray out;
    for (const GpuSpec& g : catalog.gpus) {
        QJsonArray options;
        for (int gb : g.memoryOptionsGb)
            options.append(gb);
        QJsonObject o {
            { QStringLiteral("id"), g.id },
            { QStringLiteral("name"), g.name },
            { QStringLiteral("vendor"), gpuVendorId(g.vendor) },
            { QStringLiteral("segment"), g.segment },
            { QStringLiteral("memory_bytes"), g.memoryBytes },
            { QStringLiteral("memory_type"), g.memoryType },
            { QStringLiteral("bandwidth_gbps"), g.bandwidthGBps },
            { QStringLiteral("fp16_tflops"), g.fp16Tflops },
            { QStringLiteral("unified"), g.unified },
            { QStringLiteral("match"), QJsonArray::fromStringList(g.match) },
            { QStringLiteral("released"), g.released },
            { QStringLiteral("notes"), QJsonArray::fromStringList(g.notes) },
        };
        if (!options.isEmpty())
            o.insert(QStringLiteral("memory_options_gb"), options);
        out.append(o);
    }
    return out;
}

namespace {

// vLLM's KV pool on the rank with the fewest blocks, with the figures its start-up log prints.
QJsonObject vllmPoolToJson(const VllmKvPool& k)
{
    return {
        { QStringLiteral("tensor_parallel"), k.tensorParallel },
        { QStringLiteral("gpu_memory_bytes"), k.gpuMemory },
        { QStringLiteral("gpu_memory_utilization"), k.utilization },
        { QStringLiteral("requested_bytes"), k.requested },
        { QStringLiteral("weights_bytes"), k.weights },
        { QStringLiteral("activation_peak_bytes"), k.activationPeak },
        { QStringLiteral("non_torch_bytes"), k.nonTorch },
        { QStringLiteral("available_kv_bytes"), k.available },
        { QStringLiteral("block_bytes"), k.blockBytes },
        { QStringLiteral("blocks"), k.blocks },
        { QStringLiteral("kv_tokens"), k.tokens },
        { QStringLiteral("request_tokens"), k.contextTokens },
        { QStringLiteral("request_kv_bytes"), k.requestBytes },
        { QStringLiteral("max_concurrency"), k.maxConcurrency },
        { QStringLiteral("cuda_graph_bytes"), k.cudaGraphs },
        { QStringLiteral("cuda_context_bytes"), k.cudaContext },
        { QStringLiteral("starts"), k.holdsOneRequest() },
    };
}

QJsonObject speculativeToJson(const SpeculativePlan& sp, double tokensPerSecond)
{
    const bool mtp = sp.kind == SpeculativePlan::Kind::Mtp;
    QJsonObject o {
        { QStringLiteral("kind"), mtp ? QStringLiteral("mtp") : QStringLiteral("draft_model") },
        { QStringLiteral("draft_tokens"), sp.draftTokens },
        { QStringLiteral("weight_bytes"), sp.weightBytes },
        { QStringLiteral("kv_bytes"), sp.kvBytes },
        { QStringLiteral("compute_bytes"), sp.computeBytes },
        { QStringLiteral("ram_bytes"), sp.ramBytes },
        { QStringLiteral("acceptance_low"), sp.acceptanceLow },
        { QStringLiteral("acceptance_high"), sp.acceptanceHigh },
        { QStringLiteral("acceptance_source"), sp.acceptanceSource },
        { QStringLiteral("draft_cost"), sp.draftCost },
        { QStringLiteral("verify_cost"), sp.verifyCost },
        { QStringLiteral("speedup_low"), sp.speedupLow },
        { QStringLiteral("speedup_high"), sp.speedupHigh },
        { QStringLiteral("tokens_per_second_low"), positiveOrNull(tokensPerSecond * sp.speedupLow) },
        { QStringLiteral("tokens_per_second_high"), positiveOrNull(tokensPerSecond * sp.speedupHigh) },
        { QStringLiteral("explanation"), sp.explanation },
    };
    if (!mtp) {
        o.insert(QStringLiteral("draft_model"), sp.draftModelId);
        o.insert(QStringLiteral("draft_quant"), sp.draftRecipe);
    }
    return o;
}

} // namespace

QJsonObject planToJson(const FitPlan& p, bool withLayers)
{
    QJsonArray devices;
    for (const DevicePlacement& d : p.devices) {
        QJsonObject o {
            { QStringLiteral("name"), d.name },
            { QStringLiteral("kind"), d.isCpu ? QStringLiteral("cpu") : QStringLiteral("gpu") },
            { QStringLiteral("capacity"), d.capacity },
            { QStringLiteral("weights"), d.weights },
            { QStringLiteral("kv_cache"), d.kvCache },
            { QStringLiteral("compute"), d.compute },
            { QStringLiteral("overhead"), d.overhead },
            { QStringLiteral("used"), d.used() },
            { QStringLiteral("free"), d.freeBytes() },
            { QStringLiteral("layers"), d.layers },
            { QStringLiteral("output_layer"), d.outputLayer },
            { QStringLiteral("token_embeddings"), d.tokenEmbeddings },
        };
        if (d.speculative > 0)
            o.insert(QStringLiteral("speculative"), d.speculative);
        if (d.expertLayers > 0) {
            o.insert(QStringLiteral("expert_layers"), d.expertLayers);
            o.insert(QStringLiteral("expert_weights"), d.expertWeights);
        }
        if (!d.isCpu && engineRules(p.engine).placement().multiNode)
            o.insert(QStringLiteral("pipeline_stage"), d.pipelineStage);
        devices.append(o);
    }
    QJsonObject o {
        { QStringLiteral("model"), p.modelId },
        { QStringLiteral("quant"), p.recipeId },
        { QStringLiteral("engine"), frontendId(p.frontend) },
        { QStringLiteral("engine_version"), engineRules(p.engine).version() },
        { QStringLiteral("context"), p.context },
        { QStringLiteral("batch"), p.batch },
        { QStringLiteral("kv_type"), p.kvType },
        { QStringLiteral("verdict"), verdictId(p.verdict) },
        { QStringLiteral("headroom_bytes"), p.headroomBytes },
        { QStringLiteral("gpu_layers"), p.gpuLayers },
        { QStringLiteral("total_layers"), p.totalLayers },
        { QStringLiteral("cpu_moe_layers"), p.cpuMoeLayers },
        { QStringLiteral("fit_margin_bytes"), p.fitMarginBytes },
        { QStringLiteral("tensor_parallel"), p.tensorParallel },
        { QStringLiteral("pipeline_parallel"), p.pipelineParallel },
        { QStringLiteral("devices"), devices },
        { QStringLiteral("total_bytes"), p.estimate.total },
        { QStringLiteral("tokens_per_second"), positiveOrNull(p.tokensPerSecond) },
        { QStringLiteral("prefill_seconds"),
            p.prefillSeconds >= 0.0 ? QJsonValue(p.prefillSeconds) : QJsonValue(QJsonValue::Null) },
        { QStringLiteral("prompt_tokens"), p.promptTokens },
        { QStringLiteral("decode_bound"),
            p.decodeBound.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(p.decodeBound) },
        { QStringLiteral("prefill_bound"),
            p.prefillBound.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(p.prefillBound) },
        { QStringLiteral("prefill_attention_flops"), p.prefillAttentionFlops },
        { QStringLiteral("speed_explanation"), p.speedExplanation },
        { QStringLiteral("command"), p.command.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(p.command) },
        { QStringLiteral("notes"), QJsonArray::fromStringList(p.notes) },
    };
    if (p.vllmPool)
        o.insert(QStringLiteral("vllm_kv_pool"), vllmPoolToJson(*p.vllmPool));
    if (p.speculative)
        o.insert(QStringLiteral("speculative"), speculativeToJson(*p.speculative, p.tokensPerSecond));
    if (!p.gpuLayerSplit.isEmpty()) {
        QJsonArray split;
        for (int n : p.gpuLayerSplit)
            split.append(n);
        o.insert(QStringLiteral("gpu_layer_split"), split);
    }
    if (withLayers) {
        QJsonArray layers;
        for (const LayerBytes& l : p.estimate.layers)
            layers.append(QJsonObject { { QStringLiteral("weights"), l.weights },
                { QStringLiteral("kv_cache"), l.kvCache }, { QStringLiteral("recurrent_state"), l.recurrentState } });
        o.insert(QStringLiteral("layer_bytes"), layers);
    }
    return o;
}

QJsonObject servingToJson(const ServingCapacity& c)
{
    const auto orNull = [](double v) { return v >= 0.0 ? QJsonValue(v) : QJsonValue(QJsonValue::Null); };
    return {
        { QStringLiteral("engine"), frontendId(c.frontend) },
        { QStringLiteral("requested"), c.requested },
        { QStringLiteral("sequence_tokens"), c.sequenceTokens },
        { QStringLiteral("max_sequences"), c.maxSequences },
        { QStringLiteral("sequence_limit"), c.sequenceLimit },
        { QStringLiteral("vllm_max_concurrency"), orNull(c.vllmConcurrency) },
        { QStringLiteral("served"), c.served },
        { QStringLiteral("sequence_tokens_per_second"), orNull(c.sequenceTokensPerSecond) },
        { QStringLiteral("aggregate_tokens_per_second"), orNull(c.aggregateTokensPerSecond) },
        { QStringLiteral("decode_bound"),
            c.decodeBound.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(c.decodeBound) },
        { QStringLiteral("prompt_tokens"), c.promptTokens },
        { QStringLiteral("ttft_seconds"), orNull(c.ttftSeconds) },
        { QStringLiteral("ttft_busy_seconds"), orNull(c.ttftBusySeconds) },
        { QStringLiteral("step_tokens"), c.stepTokens },
        { QStringLiteral("explanation"), c.explanation },
        { QStringLiteral("plan"), planToJson(c.plan, false) },
    };
}

QJsonObject alternativeToJson(const PlanAlternative& a)
{
    return QJsonObject {
        { QStringLiteral("kind"),
            a.kind == PlanAlternative::Kind::KvCache ? QStringLiteral("kv_cache") : QStringLiteral("shorter_context") },
        { QStringLiteral("quant"), a.plan.recipeId },
        { QStringLiteral("kv_type"), a.plan.kvType },
        { QStringLiteral("context"), a.plan.context },
        { QStringLiteral("verdict"), verdictId(a.plan.verdict) },
        { QStringLiteral("tokens_per_second"), positiveOrNull(a.plan.tokensPerSecond) },
        { QStringLiteral("command"),
            a.plan.command.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(a.plan.command) },
    };
}

QJsonObject recommendationToJson(const Recommendation& r)
{
    QJsonObject o {
        { QStringLiteral("model"), r.modelId },
        { QStringLiteral("name"), r.modelName },
        { QStringLiteral("fits"), r.fits },
    };
    QJsonArray options;
    for (const PlanAlternative& a : r.alternatives)
        options.append(alternativeToJson(a));
    o.insert(QStringLiteral("options"), options);
    if (!r.fits) {
        o.insert(QStringLiteral("verdict"), verdictId(Verdict::None));
        return o;
    }
    o.insert(QStringLiteral("kld"), r.kld ? QJsonValue(*r.kld) : QJsonValue(QJsonValue::Null));
    o.insert(QStringLiteral("quant"), r.recipeId);
    o.insert(QStringLiteral("verdict"), verdictId(r.plan.verdict));
    o.insert(QStringLiteral("context"), r.plan.context);
    o.insert(QStringLiteral("max_context"), r.maxContext);
    o.insert(QStringLiteral("gpu_layers"), r.plan.gpuLayers);
    o.insert(QStringLiteral("total_layers"), r.plan.totalLayers);
    o.insert(QStringLiteral("cpu_moe_layers"), r.plan.cpuMoeLayers);
    o.insert(QStringLiteral("headroom_bytes"), r.plan.headroomBytes);
    o.insert(QStringLiteral("total_bytes"), r.plan.estimate.total);
    o.insert(QStringLiteral("tokens_per_second"), positiveOrNull(r.plan.tokensPerSecond));
    o.insert(QStringLiteral("prefill_seconds"),
        r.plan.prefillSeconds >= 0.0 ? QJsonValue(r.plan.prefillSeconds) : QJsonValue(QJsonValue::Null));
    o.insert(QStringLiteral("command"),
        r.plan.command.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(r.plan.command));
    return o;
}

} // namespace Planner
