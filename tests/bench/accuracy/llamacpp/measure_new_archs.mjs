#!/usr/bin/env node
// SPDX-FileCopyrightText: 2026 The FitPlanner authors
// SPDX-License-Identifier: MIT
// Writes data/new_archs.csv: llama.cpp's buffers (model, KV cache, recurrent state, compute, output) for the
// architectures of new_archs.mjs at 4k, 32k and 128k tokens per sequence, F16 and Q8_0 KV, 1 and 4 sequences.
//
//   nice -n 10 node measure_new_archs.mjs [--out data/] [--work /dev/shm/fitplanner-llamacpp] [--nlc /tmp/nlc]
//        [--models id,id] [--mode dry|real] [--quick] [--sample] [--no-amx] [--dump-logs DIR]
//   node measure_new_archs.mjs --quant-types [--llama-src /tmp/llama-src]   (data/new_archs_tensor_types.csv)
//
// --mode dry (default) loads each model with llama.cpp's no_alloc, as node-llama-cpp's GgufInsights simulator does:
// no weight is read, so the multi-GB files cost nothing, and llama.cpp sizes every buffer exactly as it would
// allocate it. --mode real allocates and reads everything (only for models that fit in memory); a limited run
// (--models, --quick or --mode real) writes new_archs.partial.csv. --sample measures sampleModels() (fewer experts)
// at 4k and 32k instead, into new_archs.sample-<mode>.csv: run it with --mode dry and --mode real and compare.
// --no-amx: on a CPU with AMX, node-llama-cpp loads its sapphirerapids CPU variant, whose AMX buffer type takes
// the F16 weights and then cannot run deepseek32's graph (GGML_ASSERT(*cur_backend_id != -1), ggml-backend.cpp:1294).
// The flag renames that variant in the node-llama-cpp install for the run (restored afterwards), so llama.cpp
// loads the next best variant (zen4, the one the other CSVs were measured with).
// --quant-types: instead of measuring, records the type llama-quantize gives every tensor of each model for
// Q4_K_M and Q8_0: dry_quantize.c (llama_model_quantize with dry_run, linked against node-llama-cpp's prebuilt
// libllama, headers from the bundled source cloned to --llama-src) is built into --work and run on each F16 file.
import fs from "node:fs";
import path from "node:path";
import { spawnSync, execFileSync } from "node:child_process";
import { fileURLToPath, pathToFileURL } from "node:url";
import { writeGguf, tensorBytes, LLAMA_FTYPES, GT } from "./gguf_writer.mjs";
import { tokenizerKv } from "./models.mjs";
import { NEW_MODELS, newMetadataKv, newTensorList, blockCount, layerKinds, sampleModels, cutConfig } from "./new_archs.mjs";

const here = path.dirname(fileURLToPath(import.meta.url));
const args = Object.fromEntries(process.argv.slice(2).reduce((acc, a, i, arr) => {
    if (a.startsWith("--")) acc.push([a.slice(2), arr[i + 1] && !arr[i + 1].startsWith("--") ? arr[i + 1] : "1"]);
    return acc;
}, []));
const OUT = path.resolve(args.out ?? path.join(here, "data"));
const WORK = path.resolve(args.work ?? (fs.existsSync("/dev/shm") ? "/dev/shm/fitplanner-llamacpp" : "/tmp/fitplanner-llamacpp"));
const NLC = path.resolve(args.nlc ?? "/tmp/nlc");
const MODE = args.mode ?? "dry";
const LLAMA_COMMIT = "80fb11ac";
fs.mkdirSync(OUT, { recursive: true });
fs.mkdirSync(WORK, { recursive: true });
if (!fs.existsSync(path.join(NLC, "node_modules/node-llama-cpp/package.json")))
    throw new Error(`node-llama-cpp not found in ${NLC}: run \`npm install node-llama-cpp@3.21.1\` there (see README.md)`);

const onlyModelsQ = args.models ? args.models.split(",") : null;
let amxAside = null;
if (args["no-amx"]) {
    const bins = path.join(NLC, "node_modules/@node-llama-cpp/linux-x64/bins/linux-x64");
    const lib = path.join(bins, "libggml-cpu-sapphirerapids.so");
    if (fs.existsSync(lib)) { amxAside = [lib, lib + ".disabled"]; fs.renameSync(...amxAside); }
    const restore = () => { if (amxAside && fs.existsSync(amxAside[1])) fs.renameSync(amxAside[1], amxAside[0]); };
    process.on("exit", restore);
    process.on("SIGINT", () => { restore(); process.exit(130); });
}

if (args["quant-types"]) {
    const src = path.resolve(args["llama-src"] ?? "/tmp/llama-src");
    const bins = path.join(NLC, "node_modules/@node-llama-cpp/linux-x64/bins/linux-x64");
    if (!fs.existsSync(path.join(src, "include/llama.h")))
        throw new Error(`llama.h not found: git clone ${NLC}/node_modules/node-llama-cpp/llama/gitRelease.bundle ${src}`);
    const bin = path.join(WORK, "dry_quantize");
    execFileSync("cc", ["-O1", "-o", bin, path.join(here, "dry_quantize.c"), `-I${src}/include`, `-I${src}/ggml/include`,
        `-L${bins}`, "-l:libllama.v0.4.0.so", `-Wl,-rpath,${bins}`], { stdio: "inherit" });
    const lines = [];
    for (const m of NEW_MODELS) {
        if (onlyModelsQ && !onlyModelsQ.includes(m.id)) continue;
        const base = newTensorList(m);
        const file = path.join(WORK, `${m.id}-F16.gguf`);
        writeGguf(file, [...newMetadataKv(m), ["general.file_type", GT.U32, LLAMA_FTYPES.F16], ...tokenizerKv(m)], base);
        for (const ftype of ["Q4_K_M", "Q8_0"]) {
            const r = spawnSync(bin, [file, ftype], { encoding: "utf8", maxBuffer: 1 << 28 });
            const text = r.stdout + r.stderr;
            if (r.status !== 0) throw new Error(`dry_quantize ${m.id} ${ftype} failed:\n${text.slice(-2000)}`);
            const types = new Map();
            // same line format as llama-quantize --dry-run (src/llama-quant.cpp:1193-1221)
            const re = /\[\s*\d+\/\s*\d+\]\s+(\S+)\s+- \[[^\]]*\], type =\s*(\w+), ([\s\S]*?)size =[^\n]*?(?:\((\w+)\))?[ \t]*\n/g;
            for (const mm of text.matchAll(re)) types.set(mm[1], (mm[4] ?? mm[2]).toUpperCase());
            if (types.size !== base.length) throw new Error(`${m.id} ${ftype}: ${types.size} of ${base.length} tensor types parsed`);
            const byType = {};
            for (const t of base) byType[types.get(t.name)] = (byType[types.get(t.name)] ?? 0) + tensorBytes(types.get(t.name), t.ne);
            const total = Object.values(byType).reduce((a, b) => a + b, 0);
            const quant = /quant size\s+=\s+([\d.]+) MiB/.exec(text);
            if (!quant || Math.abs(total / 2 ** 20 - +quant[1]) > 0.01) throw new Error(`${m.id} ${ftype}: ${total / 2 ** 20} MiB vs ${quant?.[1]}`);
            const bytesByType = Object.keys(byType).sort().map((k) => `${k}=${byType[k]}`).join(";");
            lines.push([m.id, ftype, base.length, bytesByType, base.map((t) => `${t.name}=${types.get(t.name)}`).join(";")].join(","));
            console.log(`${m.id} ${ftype}: ${bytesByType}`);
        }
        fs.rmSync(file);
    }
    const out = path.join(OUT, onlyModelsQ ? "new_archs_tensor_types.partial.csv" : "new_archs_tensor_types.csv");
    fs.writeFileSync(out, ["model,ftype,n_tensors,bytes_by_type,tensor_types", ...lines].join("\n") + "\n");
    console.log(`wrote ${lines.length} lines to ${out}`);
    process.exit(0);
}

const CONTEXTS = args.quick ? [4096] : args.sample ? [4096, 32768] : [4096, 32768, 131072];
// node-llama-cpp's own heuristic estimator (GgufInsights v1), the peer: its estimates go beside the measurements
const nlc = await import(pathToFileURL(path.join(NLC, "node_modules/node-llama-cpp/dist/index.js")).href);
const llama = await nlc.getLlama({ gpu: false, build: "never", logLevel: nlc.LlamaLogLevel.error });

const allCases = [];
for (const ctx of CONTEXTS) for (const kv of ["F16", "Q8_0"]) for (const seqs of [1, 4])
    // node-llama-cpp's convention (and FitPlanner's): the context is per sequence; llama.cpp's n_ctx is the total
    allCases.push({ contextPerSeq: ctx, contextSize: ctx * seqs, sequences: seqs, kvK: kv, kvV: kv, flashAttention: true, batchSize: 512 });

const COLS = ["model", "arch", "source_config", "mode", "n_layer", "n_layer_real", "n_block_file", "layer_kinds",
    "n_ctx", "n_seq", "n_ctx_total", "cache_type_k", "cache_type_v", "flash_attn", "n_batch", "n_ubatch",
    "ftype", "n_params", "tensor_data_bytes", "bytes_by_type", "model_buffers_mib",
    "model_bytes", "kv_cells", "kv_layers", "kv_mib", "kv_k_mib", "kv_v_mib", "kv_caches",
    "rs_cells", "rs_layers", "rs_mib", "rs_r_mib", "rs_s_mib", "rs_buffer_mib",
    "compute_buffer_mib", "output_buffer_mib", "context_bytes", "n_ctx_seq_llama", "insights_model_cpu_bytes",
    "insights_context_cpu_bytes", "hf_config", "fields", "llama_cpp_commit", "error"];
const csvCell = (v) => { const s = v === undefined || v === null ? "" : String(v); return /[",\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s; };
const partial = Boolean(args.models || args.quick || MODE !== "dry");
const csvPath = path.join(OUT, args.sample ? `new_archs.sample-${MODE}.csv` : partial ? "new_archs.partial.csv" : "new_archs.csv");
const onlyModels = args.models ? args.models.split(",") : null;
const rows = [];
const sum = (l) => +l.reduce((x, y) => x + y[1], 0).toFixed(2);

// Quantized files (Q4_K_M, Q8_0) with the per-tensor types of data/new_archs_tensor_types.csv (--quant-types): one
// case each (4k, one sequence, F16 KV), for the weights; the caches do not depend on the weights' types.
const quantTypes = new Map(); // "model|ftype" -> Map(name -> type)
const typesCsv = path.join(here, "data", "new_archs_tensor_types.csv");
if (!args.sample && fs.existsSync(typesCsv)) {
    for (const line of fs.readFileSync(typesCsv, "utf8").trim().split("\n").slice(1)) {
        const [model, ftype, , , list] = line.split(",");
        quantTypes.set(`${model}|${ftype}`, new Map(list.split(";").map((e) => e.split("="))));
    }
}

for (const m of args.sample ? sampleModels() : NEW_MODELS) for (const ftype of ["F16", "Q4_K_M", "Q8_0"]) {
    if (onlyModels && !onlyModels.includes(m.id)) continue;
    const types = ftype === "F16" ? null : quantTypes.get(`${m.id}|${ftype}`);
    if (ftype !== "F16" && (!types || args.quick)) continue;
    const tensors = newTensorList(m).map((t) => (types ? { ...t, type: types.get(t.name) } : t));
    if (tensors.some((t) => !t.type)) throw new Error(`${m.id} ${ftype}: data/new_archs_tensor_types.csv does not match the tensor list`);
    const cases = ftype === "F16" ? allCases : allCases.slice(0, 1);
    const file = path.join(WORK, `${m.id}-${ftype}.gguf`);
    const kvFtype = [["general.file_type", GT.U32, LLAMA_FTYPES[ftype]], ...(ftype === "F16" ? [] : [["general.quantization_version", GT.U32, 2]])];
    const w = writeGguf(file, [...newMetadataKv(m), ...kvFtype, ...tokenizerKv(m)], tensors);
    const nParams = tensors.reduce((x, t) => x + t.ne.reduce((p, q) => p * q, 1), 0);
    const byType = {};
    for (const t of w.infos) byType[t.type] = (byType[t.type] ?? 0) + t.size;
    const bytesByType = Object.keys(byType).sort().map((k) => `${k}=${byType[k]}`).join(";");
    const t0 = Date.now();
    const env = { ...process.env };
    if (args["dump-logs"]) { fs.mkdirSync(args["dump-logs"], { recursive: true }); env.DUMP_LOG = path.join(path.resolve(args["dump-logs"]), `${m.id}.log`); fs.rmSync(env.DUMP_LOG, { force: true }); }
    const r = spawnSync(process.execPath, [path.join(here, "measure_new_archs_case.mjs"), NLC, JSON.stringify({ model: file, mode: MODE, cases })],
        { encoding: "utf8", maxBuffer: 1 << 26, env });
    const insights = await nlc.GgufInsights.from(await nlc.readGgufFileInfo(file), llama);
    const insightsModel = Math.round(insights.estimateModelResourceRequirements({ gpuLayers: 0, useMmap: false }).cpuRam);
    const insightsContext = (c) => Math.round(insights.estimateContextResourceRequirements({ contextSize: c.contextPerSeq,
        modelGpuLayers: 0, batchSize: 512, sequences: c.sequences, flashAttention: true,
        kvCacheKeyType: nlc.GgmlType[c.kvK], kvCacheValueType: nlc.GgmlType[c.kvV] }).cpuRam);
    fs.rmSync(file);
    const lines = (r.stdout ?? "").split("\n");
    const modelLine = lines.find((l) => l.startsWith("MODEL "));
    const mres = modelLine ? JSON.parse(modelLine.slice(6)) : null;
    const results = lines.filter((l) => l.startsWith("RESULT ")).map((l) => JSON.parse(l.slice(7)));
    const loadError = mres ? "" : ((r.stderr ?? "") + (r.stdout ?? "")).split("\n").filter((l) => l.trim()).slice(-4).join(" | ").slice(0, 500);
    console.log(`${m.id} ${ftype}: ${mres ? `${results.length} cases` : "LOAD FAILED " + loadError} (${((Date.now() - t0) / 1000).toFixed(0)}s)`);
    for (const c of cases) {
        const res = results.find((x) => x.case.contextSize === c.contextSize && x.case.sequences === c.sequences && x.case.kvK === c.kvK);
        // llama_kv_cache: size = %7.2f MiB (%6u cells, %3d layers, %2u/%u seqs), K (%s): %7.2f MiB, V (%s): %7.2f MiB
        const kv = (res?.kv_lines ?? []).map((l) => /size =\s+([\d.]+) MiB \(\s*(\d+) cells,\s+(\d+) layers.*K \((\w+)\):\s+([\d.]+) MiB, V \((\w+)\):\s+([\d.]+) MiB/.exec(l)).filter(Boolean);
        // llama_memory_recurrent: size = ... MiB (%6u cells, %3d layers, %2u seqs %2u rs_seq), R (f32): ..., S (f32): ..., P ...
        const rs = (res?.rs_lines ?? []).map((l) => /size =\s+([\d.]+) MiB \(\s*(\d+) cells,\s+(\d+) layers.*R \((\w+)\):\s+([\d.]+) MiB, S \((\w+)\):\s+([\d.]+) MiB/.exec(l)).filter(Boolean);
        const kinds = res?.kv_creation?.length ? res.kv_creation.map((k) => k[0]) : kv.map(() => "kv");
        // DeepSeek-V4: the compressors' F32 state belongs to its cache (llama_kv_cache_dsv4); kv_mib holds it too
        const dsv4 = res?.dsv4_state ?? [];
        rows.push({
            model: m.id, arch: m.arch, source_config: m.source, mode: MODE, n_layer: m.hf.num_hidden_layers, n_layer_real: m.realLayers,
            n_block_file: blockCount(m), layer_kinds: layerKinds(m).join(" "),
            n_ctx: c.contextPerSeq, n_seq: c.sequences, n_ctx_total: c.contextSize, cache_type_k: c.kvK, cache_type_v: c.kvV,
            flash_attn: "True", n_batch: 512, n_ubatch: 512, ftype, n_params: nParams, tensor_data_bytes: w.dataBytes,
            bytes_by_type: bytesByType, model_bytes: mres?.model_breakdown?.cpuRam ?? "", model_buffers_mib: mres ? mres.model_buffers.map((b) => `${b[0]}=${b[1]}`).join(";") : "",
            kv_cells: kv.map((k) => k[2]).join(";"), kv_layers: kv.map((k) => k[3]).join(";"),
            kv_mib: kv.length ? +(kv.reduce((x, k) => x + +k[1], 0) + dsv4.reduce((x, d) => x + d.mib, 0)).toFixed(2) : (res?.ok ? 0 : ""),
            kv_k_mib: kv.map((k) => k[5]).join(";"), kv_v_mib: kv.map((k) => k[7]).join(";"),
            kv_caches: [...kinds.map((k, i) => `${k}:${kv[i] ? `${kv[i][2]}x${kv[i][3]}` : "?"}`),
                ...dsv4.map((d) => `${d.name} state:${d.rows}x${d.width}x${d.layers}`)].join(";"),
            rs_cells: rs.map((x) => x[2]).join(";"), rs_layers: rs.map((x) => x[3]).join(";"),
            rs_mib: rs.length ? +rs.reduce((x, k) => x + +k[1], 0).toFixed(2) : (res?.ok ? 0 : ""),
            rs_r_mib: rs.map((x) => x[5]).join(";"), rs_s_mib: rs.map((x) => x[7]).join(";"),
            rs_buffer_mib: res?.rs_buffers?.length ? sum(res.rs_buffers) : "",
            compute_buffer_mib: res?.compute_buffers?.length ? sum(res.compute_buffers) : "",
            output_buffer_mib: res?.output_buffers?.length ? sum(res.output_buffers) : "",
            context_bytes: res?.context_breakdown?.cpuRam ?? "", n_ctx_seq_llama: res?.n_ctx_seq ?? "",
            insights_model_cpu_bytes: insightsModel, insights_context_cpu_bytes: insightsContext(c),
            hf_config: JSON.stringify(cutConfig(m)), fields: JSON.stringify(m.hf), llama_cpp_commit: LLAMA_COMMIT,
            error: res ? res.error : (loadError || "no result"),
        });
    }
    fs.writeFileSync(csvPath, [COLS.join(","), ...rows.map((x) => COLS.map((k) => csvCell(x[k])).join(","))].join("\n") + "\n");
}
await llama.dispose();
console.log(`wrote ${rows.length} rows to ${csvPath}`);
