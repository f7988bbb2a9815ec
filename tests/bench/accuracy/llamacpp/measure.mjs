#!/usr/bin/env node
// SPDX-FileCopyrightText: 2026 The FitPlanner authors
// SPDX-License-Identifier: MIT
// Regenerates data/llamacpp_measured.csv and data/tensor_types.csv.
//
//   nice -n 10 node measure.mjs --out data/ [--work /dev/shm/fitplanner-llamacpp] [--nlc /tmp/nlc]
//        [--quantize /path/to/llama-quantize | --no-quantize] [--models id,id] [--ftypes F16,Q4_K_M] [--quick]
//        [--variants] (also the DeepSeek-V2-Lite-6L variants of models.mjs)
//        [--resume-from earlier.csv]
//
// Per-tensor types: taken from `llama-quantize --dry-run <F16 file> <FTYPE>` when a llama-quantize binary is
// available (--quantize, or $LLAMA_QUANTIZE, or <work>/llama-src/build/bin/llama-quantize); otherwise from the
// committed data/tensor_types.csv (which was produced that way), so no build is needed to re-measure.
// node-llama-cpp@3.21.1 is installed into --nlc with npm if it is missing.
import fs from "node:fs";
import path from "node:path";
import { spawnSync, execFileSync } from "node:child_process";
import { fileURLToPath, pathToFileURL } from "node:url";
import { writeGguf, tensorBytes, GGML_TYPES, LLAMA_FTYPES, GT } from "./gguf_writer.mjs";
import { MODELS, VARIANTS, metadataKv, tokenizerKv, tensorList } from "./models.mjs";

const here = path.dirname(fileURLToPath(import.meta.url));
const args = Object.fromEntries(process.argv.slice(2).reduce((acc, a, i, arr) => {
    if (a.startsWith("--")) acc.push([a.slice(2), arr[i + 1] && !arr[i + 1].startsWith("--") ? arr[i + 1] : "1"]);
    return acc;
}, []));
const OUT = path.resolve(args.out ?? path.join(here, "data"));
// tmpfs: the sparse zero-filled GGUFs cost no memory there and read ~30x faster than from a disk file system
const WORK = path.resolve(args.work ?? (fs.existsSync("/dev/shm") ? "/dev/shm/fitplanner-llamacpp" : "/tmp/fitplanner-llamacpp"));
const NLC = path.resolve(args.nlc ?? "/tmp/nlc");
const NLC_VERSION = "3.21.1";
fs.mkdirSync(OUT, { recursive: true });
fs.mkdirSync(WORK, { recursive: true });

// ---------- node-llama-cpp ----------
if (!fs.existsSync(path.join(NLC, "node_modules/node-llama-cpp/package.json"))) {
    fs.mkdirSync(NLC, { recursive: true });
    if (!fs.existsSync(path.join(NLC, "package.json"))) fs.writeFileSync(path.join(NLC, "package.json"), "{}");
    console.log(`installing node-llama-cpp@${NLC_VERSION} into ${NLC}`);
    execFileSync("npm", ["install", `node-llama-cpp@${NLC_VERSION}`, "--no-audit", "--no-fund"], { cwd: NLC, stdio: "inherit" });
}
const nlc = await import(pathToFileURL(path.join(NLC, "node_modules/node-llama-cpp/dist/index.js")).href);
const nlcVersion = JSON.parse(fs.readFileSync(path.join(NLC, "node_modules/node-llama-cpp/package.json"), "utf8")).version;
if (nlcVersion !== NLC_VERSION) console.warn(`warning: node-llama-cpp ${nlcVersion} found, measurements were made with ${NLC_VERSION}`);

// ---------- llama-quantize (optional) ----------
const quantizeBin = args["no-quantize"] ? undefined : [args.quantize, process.env.LLAMA_QUANTIZE, path.join(WORK, "llama-src/build/bin/llama-quantize"),
    "/tmp/llama-src/build/bin/llama-quantize"].find((p) => p && fs.existsSync(p));
const typesCsv = path.join(OUT, "tensor_types.csv");
const committedTypes = new Map(); // "model|ftype" -> Map(name -> type)
if (fs.existsSync(typesCsv)) {
    for (const line of fs.readFileSync(typesCsv, "utf8").trim().split("\n").slice(1)) {
        const [model, ftype, , , list] = line.split(",");
        committedTypes.set(`${model}|${ftype}`, new Map(list.split(";").map((e) => e.split("="))));
    }
}
console.log(quantizeBin ? `per-tensor types from ${quantizeBin} --dry-run` : `per-tensor types from ${typesCsv}`);

function dryRunTypes(baseFile, ftype) {
    const r = spawnSync(quantizeBin, ["--dry-run", baseFile, ftype, "1"], { encoding: "utf8", maxBuffer: 1 << 28 });
    const text = r.stdout + r.stderr;
    if (r.status !== 0) throw new Error(`llama-quantize --dry-run ${ftype} failed:\n${text.slice(-3000)}`);
    const types = new Map();
    const re = /\[\s*\d+\/\s*\d+\]\s+(\S+)\s+- \[[^\]]*\], type =\s*(\w+), ([\s\S]*?)size =[^\n]*?(?:\((\w+)\))?[ \t]*\n/g;
    for (const m of text.matchAll(re)) types.set(m[1], (m[4] ?? m[2]).toUpperCase());
    const quant = /quant size\s+=\s+([\d.]+) MiB/.exec(text);
    return { types, quantMiB: quant ? +quant[1] : null };
}

// ---------- cases ----------
const ALL_FTYPES = ["F16", "Q8_0", "Q6_K", "Q5_K_M", "Q4_K_M", "Q4_0", "IQ4_XS"];
const SWEEP_FTYPE = "Q4_K_M";
function casesFor(m, ftype) {
    const c = [];
    const add = (ctx, kv, fa) => c.push({ contextSize: ctx, kvK: kv, kvV: kv, flashAttention: fa });
    if (ftype !== SWEEP_FTYPE) { add(8192, "F16", true); return c; }
    for (const ctx of args.quick ? [2048] : [2048, 8192, 32768]) { add(ctx, "F16", true); add(ctx, "F16", false); add(ctx, "Q8_0", true); }
    if (m.id === "qwen2.5-1.5b" && !args.quick) { add(5000, "F16", true); add(5000, "F16", false); } // n_ctx padding to 256
    return c;
}

const COLS = ["model", "arch", "ftype", "n_layer", "n_embd", "n_ff", "n_head", "n_head_kv", "head_dim", "n_vocab", "tied_embd",
    "n_params", "n_ctx", "cache_type_k", "cache_type_v", "flash_attn", "n_batch", "n_ubatch", "gguf_file_bytes",
    "tensor_data_bytes", "bytes_by_type", "model_buffer_bytes", "kv_buffer_mib", "compute_buffer_mib", "output_buffer_mib",
    "context_bytes", "rss_after_context_bytes",
    // extra columns
    "hf_config", "insights_model_cpu_bytes", "insights_context_cpu_bytes",
    "insights_model_gpu_bytes", "insights_context_gpu_bytes", "insights_v2_context_cpu_bytes",
    "n_ctx_allocated", "kv_k_mib", "kv_v_mib", "model_buffers_mib", "rss_before_model_bytes", "rss_after_model_bytes", "error"];
const csvCell = (v) => { const s = v === undefined || v === null ? "" : String(v); return /[",\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s; };

const partial = Boolean(args.models || args.ftypes || args.quick || args.variants);
const csvName = partial ? "llamacpp_measured.partial.csv" : "llamacpp_measured.csv";
const onlyModels = args.models ? args.models.split(",") : null;
const onlyFtypes = args.ftypes ? args.ftypes.split(",") : ALL_FTYPES;
const rows = [];
// --resume-from <csv>: reuse rows already measured (same model, ftype, context, KV types, flash attention)
function parseCsv(text) {
    const out = []; let row = [], cell = "", q = false;
    for (let i = 0; i < text.length; i++) {
        const ch = text[i];
        if (q) { if (ch === '"') { if (text[i + 1] === '"') { cell += '"'; i++; } else q = false; } else cell += ch; }
        else if (ch === '"') q = true;
        else if (ch === ",") { row.push(cell); cell = ""; }
        else if (ch === "\n") { row.push(cell); out.push(row); row = []; cell = ""; }
        else cell += ch;
    }
    if (cell || row.length) { row.push(cell); out.push(row); }
    const [hdr, ...body] = out;
    return body.map((r) => Object.fromEntries(hdr.map((k, i) => [k, r[i]])));
}
const caseKey = (o) => [o.model, o.ftype, o.n_ctx, o.cache_type_k, o.cache_type_v, o.flash_attn].join("|");
const previous = new Map();
if (args["resume-from"]) for (const r of parseCsv(fs.readFileSync(args["resume-from"], "utf8"))) if (!r.error) previous.set(caseKey(r), r);
const typeLines = [];
const llama = await nlc.getLlama({ gpu: false, build: "never", logLevel: nlc.LlamaLogLevel.error });

for (const m of args.variants ? [...MODELS, ...VARIANTS] : MODELS) {
    if (onlyModels && !onlyModels.includes(m.id)) continue;
    const h = m.hf, base = tensorList(m);
    const meta = metadataKv(m), tok = tokenizerKv(m);
    const baseFile = path.join(WORK, `${m.id}-F16.gguf`);
    writeGguf(baseFile, [...meta, ["general.file_type", GT.U32, LLAMA_FTYPES.F16], ...tok], base);
    const nParams = base.reduce((a, t) => a + t.ne.reduce((x, y) => x * y, 1), 0);
    for (const ftype of onlyFtypes) {
        let types;
        if (ftype === "F16") types = new Map(base.map((t) => [t.name, t.type]));
        else if (quantizeBin) {
            const d = dryRunTypes(baseFile, ftype);
            types = d.types;
            const mine = base.reduce((a, t) => a + tensorBytes(types.get(t.name), t.ne), 0);
            if (d.quantMiB !== null && Math.abs(mine / 2 ** 20 - d.quantMiB) > 0.01) throw new Error(`size mismatch ${m.id} ${ftype}: ${mine / 2 ** 20} vs ${d.quantMiB}`);
        } else types = committedTypes.get(`${m.id}|${ftype}`);
        if (!types || types.size !== base.length) throw new Error(`no per-tensor types for ${m.id} ${ftype}`);
        const tensors = base.map((t) => ({ ...t, type: types.get(t.name) }));
        const file = ftype === "F16" ? baseFile : path.join(WORK, `${m.id}-${ftype}.gguf`);
        const kv = [...meta, ["general.file_type", GT.U32, LLAMA_FTYPES[ftype]]];
        if (ftype !== "F16") kv.push(["general.quantization_version", GT.U32, 2]);
        const w = writeGguf(file, [...kv, ...tok], tensors);
        const byType = {};
        for (const t of w.infos) byType[t.type] = (byType[t.type] ?? 0) + t.size;
        const bytesByType = Object.keys(byType).sort().map((k) => `${k}=${byType[k]}`).join(";");
        typeLines.push([m.id, ftype, tensors.length, bytesByType, tensors.map((t) => `${t.name}=${t.type}`).join(";")].join(","));

        const info = await nlc.readGgufFileInfo(file);
        const insights = await nlc.GgufInsights.from(info, llama);
        const im = insights.estimateModelResourceRequirements({ gpuLayers: 0, useMmap: false });

        for (const c of casesFor(m, ftype)) {
            const label = `${m.id} ${ftype} ctx=${c.contextSize} kv=${c.kvK} fa=${c.flashAttention}`;
            const prev = previous.get(caseKey({ model: m.id, ftype, n_ctx: c.contextSize, cache_type_k: c.kvK, cache_type_v: c.kvV, flash_attn: c.flashAttention ? "True" : "False" }));
            if (prev) { rows.push(prev); console.log(`${label}: reused`); continue; }
            const t0 = Date.now();
            const r = spawnSync(process.execPath, [path.join(here, "measure_case.mjs"), NLC, JSON.stringify({ model: file, ...c, batchSize: 512 })],
                { encoding: "utf8", maxBuffer: 1 << 26 });
            const line = (r.stdout ?? "").split("\n").find((l) => l.startsWith("RESULT "));
            const res = line ? JSON.parse(line.slice(7)) : null;
            const ggmlK = nlc.GgmlType[c.kvK], ggmlV = nlc.GgmlType[c.kvV];
            const ic = insights.estimateContextResourceRequirements({ contextSize: c.contextSize, modelGpuLayers: 0, batchSize: 512,
                sequences: 1, flashAttention: c.flashAttention, kvCacheKeyType: ggmlK, kvCacheValueType: ggmlV });
            let icv2 = null;
            try {
                icv2 = await insights.estimateContextResourceRequirementsV2({ contextSize: c.contextSize, modelGpuLayers: 0, batchSize: 512,
                    sequences: 1, flashAttention: c.flashAttention, kvCacheKeyType: ggmlK, kvCacheValueType: ggmlV, useMmap: false });
            } catch (e) { icv2 = null; }
            const kvm = res ? /K \((\w+)\):\s+([\d.]+) MiB, V \((\w+)\):\s+([\d.]+) MiB/.exec(res.kv_size_line) : null;
            const sum = (l) => (l && l.length ? +l.reduce((a, x) => a + x[1], 0).toFixed(2) : "");
            const row = {
                model: m.id, arch: m.arch, ftype, n_layer: h.num_hidden_layers, n_embd: h.hidden_size, n_ff: h.intermediate_size,
                n_head: h.num_attention_heads,
                n_head_kv: m.arch === "deepseek2" ? 1 : h.num_key_value_heads,
                head_dim: m.arch === "deepseek2" ? h.kv_lora_rank + h.qk_rope_head_dim : (h.head_dim ?? h.hidden_size / h.num_attention_heads),
                n_vocab: h.vocab_size, tied_embd: h.tie_word_embeddings ? "True" : "False", n_params: nParams,
                n_ctx: c.contextSize, cache_type_k: c.kvK, cache_type_v: c.kvV, flash_attn: c.flashAttention ? "True" : "False",
                n_batch: 512, n_ubatch: 512, gguf_file_bytes: w.fileBytes, tensor_data_bytes: w.dataBytes, bytes_by_type: bytesByType,
                model_buffer_bytes: res?.model_breakdown?.cpuRam ?? "", kv_buffer_mib: sum(res?.kv_buffers),
                compute_buffer_mib: sum(res?.compute_buffers), output_buffer_mib: sum(res?.output_buffers),
                context_bytes: res?.context_breakdown?.cpuRam ?? "", rss_after_context_bytes: res?.rss_after_context_bytes ?? "",
                hf_config: JSON.stringify(h), insights_model_cpu_bytes: Math.round(im.cpuRam), insights_context_cpu_bytes: Math.round(ic.cpuRam),
                insights_model_gpu_bytes: Math.round(im.gpuVram), insights_context_gpu_bytes: Math.round(ic.gpuVram),
                insights_v2_context_cpu_bytes: icv2 ? Math.round(icv2.cpuRam) : "",
                n_ctx_allocated: res?.n_ctx_line ?? "", kv_k_mib: kvm ? +kvm[2] : "", kv_v_mib: kvm ? +kvm[4] : "",
                model_buffers_mib: res ? res.model_buffers.map((b) => `${b[0]}=${b[1]}`).join(";") : "",
                rss_before_model_bytes: res?.rss_start_bytes ?? "", rss_after_model_bytes: res?.rss_after_model_bytes ?? "",
                error: res ? "" : ((r.stderr ?? "") + (r.stdout ?? "")).split("\n").filter((l) => l.trim()).slice(-3).join(" | ").slice(0, 400),
            };
            rows.push(row);
            console.log(`${label}: ${res ? `kv=${row.kv_buffer_mib} compute=${row.compute_buffer_mib} out=${row.output_buffer_mib} rss=${(row.rss_after_context_bytes / 2 ** 30).toFixed(2)}GiB` : "FAILED " + row.error} (${((Date.now() - t0) / 1000).toFixed(0)}s)`);
            fs.writeFileSync(path.join(OUT, csvName), [COLS.join(","), ...rows.map((x) => COLS.map((k) => csvCell(x[k])).join(","))].join("\n") + "\n");
        }
        if (file !== baseFile) fs.rmSync(file);
    }
    fs.rmSync(baseFile);
}
if (!partial && quantizeBin) fs.writeFileSync(typesCsv, ["model,ftype,n_tensors,bytes_by_type,tensor_types", ...typeLines].join("\n") + "\n");
else if (quantizeBin) fs.writeFileSync(path.join(WORK, "tensor_types.partial.csv"), ["model,ftype,n_tensors,bytes_by_type,tensor_types", ...typeLines].join("\n") + "\n");
await llama.dispose();
console.log(`wrote ${rows.length} rows to ${path.join(OUT, csvName)}`);
