// SPDX-FileCopyrightText: 2026 The FitPlanner authors
// SPDX-License-Identifier: MIT

// Child process of measure_new_archs.mjs: loads one GGUF with node-llama-cpp's native bindings (CPU), creates one
// llama.cpp context per case in turn, and prints llama.cpp's buffer sizes for each as one JSON line.
//   node measure_new_archs_case.mjs <nlcDir> '<json: {model, mode: "dry"|"real", cases: [{contextSize, sequences, kvK, kvV}]}>'
// mode "dry" loads the model with llama.cpp's no_alloc (what node-llama-cpp's GgufInsights simulator does): no
// weight is read, the KV cache gets a dummy buffer, the recurrent state and output buffers are allocated, and the
// compute buffer is measured without being allocated. mode "real" allocates and reads everything (useMmap false).
import fs from "node:fs";
import path from "node:path";
import { pathToFileURL } from "node:url";

const [nlcDir, argJson] = process.argv.slice(2);
const a = JSON.parse(argJson);
const nlc = await import(pathToFileURL(path.join(nlcDir, "node_modules/node-llama-cpp/dist/index.js")).href);
const { getLlama, LlamaLogLevel, GgmlType } = nlc;

const logs = [];
const llama = await getLlama({
    gpu: false, build: "never", usePrebuiltBinaries: true,
    logLevel: LlamaLogLevel.debug,
    logger: (level, msg) => { logs.push(msg); if (process.env.STREAM_LOG) fs.appendFileSync(process.env.STREAM_LOG, msg + "\n"); },
});
const settle = async (re) => {
    for (let i = 0; i < 50 && !logs.slice(-40).some((l) => re.test(l)); i++) await new Promise((r) => setTimeout(r, 50));
    await new Promise((r) => setTimeout(r, 100));
};
const fail = (e) => {
    process.stderr.write(logs.join("\n").split("\n").filter((l) => /error|fail|except|missing|wrong|invalid/i.test(l)).slice(-20).join("\n") + "\n" + (e?.stack ?? e) + "\n");
    process.exit(3);
};
process.on("uncaughtException", fail);
process.on("unhandledRejection", fail);

const B = llama._bindings;
const model = new B.AddonModel(a.model, { gpuLayers: 0, noAlloc: a.mode === "dry", useMmap: false, useMlock: false });
if (!(await model.init())) fail(new Error("model failed to load"));
await settle(/model buffer size|load_tensors/);
const text0 = logs.join("\n");
const modelBuffers = [...text0.matchAll(/load_tensors:\s+(\S+) model buffer size =\s+([\d.]+) MiB/g)].map((m) => [m[1], +m[2]]);
const nLayerLine = (/print_info: n_layer\s+=\s+(\d+)/.exec(text0) ?? [])[1];
let modelBreakdown = null;
try { modelBreakdown = model.getMemoryBreakdown?.() ?? null; } catch (e) { modelBreakdown = null; }
process.stdout.write("MODEL " + JSON.stringify({ model_buffers: modelBuffers, n_layer_line: nLayerLine, model_breakdown: modelBreakdown }) + "\n");

for (const c of a.cases) {
    const from = logs.length;
    const ctx = new B.AddonContext(model, {
        contextSize: c.contextSize, batchSize: c.batchSize ?? 512, sequences: c.sequences, flashAttention: c.flashAttention ?? true,
        kvCacheKeyType: GgmlType[c.kvK], kvCacheValueType: GgmlType[c.kvV], swaFullCache: false,
    });
    let ok = false, err = "";
    try { ok = await ctx.init(); } catch (e) { err = String(e?.message ?? e); }
    await settle(/compute buffer size =|graph nodes/);
    const text = logs.slice(from).join("\n");
    const all = (re) => [...text.matchAll(re)];
    let breakdown = null;
    if (ok) { try { breakdown = ctx.getMemoryBreakdown(); } catch (e) { breakdown = null; } }
    const out = {
        case: c, ok, error: ok ? "" : (err || text.split("\n").filter((l) => /error|fail|except/i.test(l)).slice(-3).join(" | ")),
        context_breakdown: breakdown,
        n_ctx: (all(/llama_context: n_ctx\s+=\s+(\d+)/g)[0] ?? [])[1],
        n_ctx_seq: (all(/llama_context: n_ctx_seq\s+=\s+(\d+)/g)[0] ?? [])[1],
        n_seq_max: (all(/llama_context: n_seq_max\s+=\s+(\d+)/g)[0] ?? [])[1],
        kv_lines: all(/llama_kv_cache: size =.*$/gm).map((m) => m[0]),
        kv_buffers: all(/(\S+) KV buffer size =\s+([\d.]+) MiB/g).map((m) => [m[1], +m[2]]),
        kv_creation: all(/creating\s+(main|non-SWA|SWA|indexer|DSV4 CSA compressed|DSV4 HCA compressed|DSV4 lightning-indexer) KV cache, size = (\d+) cells/g).map((m) => [m[1], +m[2]]),
        // DeepSeek-V4's compressor state: llama_dsv4_comp_state: <name> ratio = r, state = s x n, streams = b, rs_seq = 0, layers = l, size = x MiB
        dsv4_state: all(/llama_dsv4_comp_state: (\w+) ratio = \d+, state = (\d+) x (\d+), streams = (\d+), rs_seq = \d+, layers = (\d+), size =\s+([\d.]+) MiB/g)
            .map((m) => ({ name: m[1], rows: +m[2], width: +m[3], streams: +m[4], layers: +m[5], mib: +m[6] })),
        rs_lines: all(/llama_memory_recurrent: size =.*$/gm).map((m) => m[0]),
        rs_buffers: all(/(\S+) RS buffer size =\s+([\d.]+) MiB/g).map((m) => [m[1], +m[2]]),
        compute_buffers: all(/(\S+) compute buffer size =\s+([\d.]+) MiB/g).map((m) => [m[1], +m[2]]),
        output_buffers: all(/(\S+)\s+output buffer size =\s+([\d.]+) MiB/g).map((m) => [m[1], +m[2]]),
    };
    if (process.env.DUMP_LOG) fs.appendFileSync(process.env.DUMP_LOG, `==== ${JSON.stringify(c)}\n${text}\n`);
    process.stdout.write("RESULT " + JSON.stringify(out) + "\n");
    if (ok) await ctx.dispose();
}
if (process.env.DUMP_LOG) fs.appendFileSync(process.env.DUMP_LOG, `==== model load\n${text0}\n`);
await model.dispose();
await llama.dispose();
process.exit(0);
