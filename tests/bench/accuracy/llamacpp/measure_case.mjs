// SPDX-FileCopyrightText: 2026 The FitPlanner authors
// SPDX-License-Identifier: MIT

// Child process: load one GGUF with node-llama-cpp (CPU, useMmap false), create one context, report
// llama.cpp's logged buffer sizes and the process RSS as one JSON line on stdout.
// usage: node measure_case.mjs <nlcDir> '<json: {model, contextSize, flashAttention, kvK, kvV, batchSize}>'
import fs from "node:fs";
import path from "node:path";
import { pathToFileURL } from "node:url";

const [nlcDir, argJson] = process.argv.slice(2);
const a = JSON.parse(argJson);
const nlc = await import(pathToFileURL(path.join(nlcDir, "node_modules/node-llama-cpp/dist/index.js")).href);
const { getLlama, LlamaLogLevel } = nlc;

const logs = [];
const rss = () => {
    const s = fs.readFileSync("/proc/self/status", "utf8");
    const g = (k) => +(new RegExp(`^${k}:\\s+(\\d+) kB`, "m").exec(s)[1]) * 1024;
    return { rss: g("VmRSS"), hwm: g("VmHWM") };
};
const llama = await getLlama({
    gpu: false, build: "never", usePrebuiltBinaries: true,
    logLevel: LlamaLogLevel.debug,
    logger: (level, msg) => { logs.push(msg); },
});
const rssStart = rss();
const tStart = Date.now();
process.on("uncaughtException", (e) => { process.stderr.write(logs.join("\n").split("\n").filter((l) => /error|warn|fail|except/i.test(l)).slice(-20).join("\n") + "\n" + e.stack + "\n"); process.exit(3); });
process.on("unhandledRejection", (e) => { process.stderr.write(logs.join("\n").split("\n").filter((l) => /error|warn|fail|except/i.test(l)).slice(-20).join("\n") + "\n" + e.stack + "\n"); process.exit(3); });
const model = await llama.loadModel({ modelPath: a.model, gpuLayers: 0, useMmap: false, ignoreMemorySafetyChecks: true });
const rssModel = rss();
const tModel = Date.now();
const ctx = await model.createContext({
    contextSize: a.contextSize, batchSize: a.batchSize ?? 512, sequences: 1, flashAttention: a.flashAttention,
    experimentalKvCacheKeyType: a.kvK, experimentalKvCacheValueType: a.kvV, ignoreMemorySafetyChecks: true,
});
const rssCtx = rss();
const tCtx = Date.now();
let modelBreakdown = null, contextBreakdown = null;
try { modelBreakdown = model._model.getMemoryBreakdown(); } catch (e) { /* internal API */ }
try { contextBreakdown = ctx._ctx.getMemoryBreakdown(); } catch (e) { /* internal API */ }
// llama.cpp's log lines reach JS asynchronously: wait until the context's last buffer line has arrived
for (let i = 0; i < 50 && !logs.some((l) => /compute buffer size =/.test(l)); i++) await new Promise((r) => setTimeout(r, 100));
await new Promise((r) => setTimeout(r, 200));
const text = logs.join("\n");
const all = (re) => [...text.matchAll(re)].map((m) => m);
const out = {
    rss_start_bytes: rssStart.rss, rss_after_model_bytes: rssModel.rss, rss_after_context_bytes: rssCtx.rss,
    hwm_after_context_bytes: rssCtx.hwm,
    model_breakdown: modelBreakdown, context_breakdown: contextBreakdown,
    t_model_s: (tModel - tStart) / 1000, t_context_s: (tCtx - tModel) / 1000,
    context_size_reported: ctx.contextSize,
    model_buffers: all(/load_tensors:\s+(\S+) model buffer size =\s+([\d.]+) MiB/g).map((m) => [m[1], +m[2]]),
    kv_buffers: all(/(\S+) KV buffer size =\s+([\d.]+) MiB/g).map((m) => [m[1], +m[2]]),
    kv_size_line: (all(/llama_kv_cache: size =.*$/gm)[0] ?? [""])[0],
    compute_buffers: all(/(\S+) compute buffer size =\s+([\d.]+) MiB/g).map((m) => [m[1], +m[2]]),
    output_buffers: all(/(\S+)\s+output buffer size =\s+([\d.]+) MiB/g).map((m) => [m[1], +m[2]]),
    n_ctx_line: (all(/llama_context: n_ctx\s+=\s+(\d+)/g)[0] ?? [])[1],
};
if (process.env.DUMP_LOG) fs.writeFileSync(process.env.DUMP_LOG, text);
process.stdout.write("RESULT " + JSON.stringify(out) + "\n");
await ctx.dispose(); await model.dispose(); await llama.dispose();
process.exit(0);
