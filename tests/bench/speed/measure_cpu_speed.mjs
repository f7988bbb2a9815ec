// SPDX-FileCopyrightText: 2026 The FitPlanner authors
// SPDX-License-Identifier: MIT

// llama.cpp's real CPU decode and prefill speed, measured with node-llama-cpp 3.21.1 on zero-filled GGUF files of
// real architectures (the writer and tensor types of tests/bench/accuracy/llamacpp), 1 and 2 threads.
// Zero weights cost the same kernels as real ones: llama.cpp's dot products do not skip zeros.
//
//   node measure_cpu_speed.mjs --fitplanner ../../../build/ci/app/fitplanner --machine NAME [--repeats 3] [--prompt 32]
//       [--decode 8] [--out ../../data/speed/llamacpp_cpu_speed.csv] [--append] [--nlc /tmp/nlc]
//
// Each (model, quantization, threads) runs in a fresh child process: load, a context of 512 tokens, then one warm-up
// and `repeats` rounds of a prefill of `prompt` tokens and a decode of `decode` tokens into a cleared cache; the CSV
// keeps the median round and the spread. Right before each case `fitplanner hardware --measure --json` calibrates
// the machine (settings in a scratch folder), and the row keeps that calibration: on a shared machine the load
// changes from minute to minute, and the estimate is compared with the run that saw the same load.
import fs from "node:fs";
import path from "node:path";
import { execFileSync, spawnSync } from "node:child_process";
import { fileURLToPath, pathToFileURL } from "node:url";
import { writeGguf, LLAMA_FTYPES, GT } from "../accuracy/llamacpp/gguf_writer.mjs";
import { MODELS, metadataKv, tokenizerKv, tensorList } from "../accuracy/llamacpp/models.mjs";

const here = path.dirname(fileURLToPath(import.meta.url));
const args = Object.fromEntries(process.argv.slice(2).reduce((acc, a, i, arr) => {
    if (a.startsWith("--")) acc.push([a.slice(2), arr[i + 1] && !arr[i + 1].startsWith("--") ? arr[i + 1] : "1"]);
    return acc;
}, []));
const NLC = path.resolve(args.nlc ?? "/tmp/nlc");
const WORK = path.resolve(args.work ?? (fs.existsSync("/dev/shm") ? "/dev/shm/fitplanner-speed" : "/tmp/fitplanner-speed"));
const OUT = path.resolve(args.out ?? path.join(here, "../../data/speed/llamacpp_cpu_speed.csv"));
const REPEATS = +(args.repeats ?? 3);
// A name for the machine the rows were measured on: rows of one machine are checked together.
const MACHINE = args.machine ?? "unnamed";
const PROMPT = +(args.prompt ?? 32), DECODE = +(args.decode ?? 8), CONTEXT = 512;
fs.mkdirSync(WORK, { recursive: true });

if (args.child) {
    const a = JSON.parse(args.child);
    const nlc = await import(pathToFileURL(path.join(NLC, "node_modules/node-llama-cpp/dist/index.js")).href);
    let variant = "";
    const llama = await nlc.getLlama({ gpu: false, build: "never", logLevel: nlc.LlamaLogLevel.debug,
        logger: (level, message) => { // ggml names the CPU backend variant it chose for this CPU's instruction sets
            const m = /libggml-cpu-([a-z0-9_]+)\.so/.exec(message);
            if (m) variant = m[1];
        } });
    const model = await llama.loadModel({ modelPath: a.file, gpuLayers: 0, useMmap: false, ignoreMemorySafetyChecks: true });
    const ctx = await model.createContext({ contextSize: CONTEXT, batchSize: 512, sequences: 1, threads: a.threads,
        ignoreMemorySafetyChecks: true });
    const seq = ctx.getSequence();
    const prompt = Array.from({ length: PROMPT }, (_, i) => 1000 + i);
    const rounds = [];
    for (let r = 0; r < a.repeats + 1; r++) {
        await seq.clearHistory();
        const t0 = performance.now();
        await seq.evaluateWithoutGeneratingNewTokens(prompt);
        const t1 = performance.now();
        // Decode as generation runs it: every step computes the logits of its token (the output layer) and picks
        // the next token (greedy); evaluating tokens without generating would skip the output layer.
        let generated = 0;
        for await (const token of seq.evaluate([2000], { temperature: 0 })) {
            if (++generated >= DECODE) break;
        }
        const t2 = performance.now();
        if (r > 0) rounds.push({ prefill: PROMPT / ((t1 - t0) / 1000), decode: DECODE / ((t2 - t1) / 1000) }); // round 0 warms up
    }
    process.stdout.write("RESULT " + JSON.stringify({ rounds, variant }) + "\n");
    await ctx.dispose(); await model.dispose(); await llama.dispose();
    process.exit(0);
}

const committed = new Map();
for (const line of fs.readFileSync(path.join(here, "../accuracy/llamacpp/data/tensor_types.csv"), "utf8").trim().split("\n").slice(1)) {
    const [model, ftype, , , list] = line.split(",");
    committed.set(`${model}|${ftype}`, new Map(list.split(";").map((e) => e.split("="))));
}
const PAIRS = (args.pairs ?? "qwen2.5-1.5b:Q4_K_M,qwen2.5-1.5b:Q8_0,llama-3.2-3b:Q4_0,llama-3.2-3b:Q4_K_M,qwen3-30b-a3b-4L:Q4_K_M,deepseek-v2-lite-6L:Q8_0")
    .split(",").map((p) => p.split(":"));
const THREADS = (args.threads ?? "1,2").split(",").map(Number);
const median = (v) => { const s = [...v].sort((x, y) => x - y); const n = s.length; return n % 2 ? s[(n - 1) / 2] : (s[n / 2 - 1] + s[n / 2]) / 2; };
const rows = [];
for (const [id, ftype] of PAIRS) {
    const m = MODELS.find((x) => x.id === id);
    const types = committed.get(`${id}|${ftype}`);
    const tensors = tensorList(m).map((t) => ({ ...t, type: ftype === "F16" ? t.type : types.get(t.name) }));
    const file = path.join(WORK, `${id}-${ftype}.gguf`);
    const kv = [...metadataKv(m), ["general.file_type", GT.U32, LLAMA_FTYPES[ftype]]];
    if (ftype !== "F16") kv.push(["general.quantization_version", GT.U32, 2]);
    writeGguf(file, [...kv, ...tokenizerKv(m)], tensors);
    for (const threads of THREADS) {
        const cal = JSON.parse(execFileSync(path.resolve(args.fitplanner), ["hardware", "--measure", "--json"],
            { encoding: "utf8", env: { ...process.env, XDG_CONFIG_HOME: path.join(WORK, "settings") } }));
        const r = spawnSync(process.execPath, [fileURLToPath(import.meta.url), "--nlc", NLC, "--child",
            JSON.stringify({ file, threads, repeats: REPEATS })], { encoding: "utf8", maxBuffer: 1 << 26 });
        const line = (r.stdout ?? "").split("\n").find((l) => l.startsWith("RESULT "));
        if (!line) { console.error(`${id} ${ftype} ${threads}t failed:\n${r.stderr}`); continue; }
        const { rounds, variant } = JSON.parse(line.slice(7));
        const pp = rounds.map((x) => x.prefill), tg = rounds.map((x) => x.decode);
        const row = { model: id, quant: ftype, threads, prompt: PROMPT, decode_tokens: DECODE,
            prefill_tps: median(pp).toFixed(2), prefill_min: Math.min(...pp).toFixed(2), prefill_max: Math.max(...pp).toFixed(2),
            decode_tps: median(tg).toFixed(2), decode_min: Math.min(...tg).toFixed(2), decode_max: Math.max(...tg).toFixed(2),
            repeats: rounds.length, read_gbps: cal.read_gbps.toFixed(3), single_thread_read_gbps: cal.single_thread_read_gbps.toFixed(3),
            stream_gbps: cal.stream_gbps.toFixed(3), single_thread_stream_gbps: cal.single_thread_stream_gbps.toFixed(3),
            dot_f32: cal.giga_multiply_adds_per_thread.F32.toFixed(3), dot_q8_0: "", dot_q4_0: "", dot_q4_k: "",
            dot_i8_mv: cal.giga_multiply_adds_per_thread.I8_MV.toFixed(3), dot_i8_mm: cal.giga_multiply_adds_per_thread.I8_MM.toFixed(3),
            simd: cal.simd, calibration_threads: cal.threads, machine: MACHINE, cpu_variant: variant, excluded: "" };
        rows.push(row);
        console.log(JSON.stringify(row));
    }
    fs.rmSync(file);
}
const cols = ["model", "quant", "threads", "prompt", "decode_tokens", "prefill_tps", "prefill_min", "prefill_max", "decode_tps",
    "decode_min", "decode_max", "repeats", "read_gbps", "single_thread_read_gbps", "dot_f32", "dot_q8_0", "dot_q4_0", "dot_q4_k",
    "calibration_threads", "excluded", "machine", "cpu_variant", "dot_i8_mv", "dot_i8_mm", "simd", "stream_gbps", "single_thread_stream_gbps"];
const lines = rows.map((r) => cols.map((c) => r[c]).join(","));
if (args.append && fs.existsSync(OUT)) {
    const old = fs.readFileSync(OUT, "utf8").trim().split("\n");
    if (old[0] !== cols.join(",")) throw new Error(`${OUT}: its columns differ from ${cols.join(",")}`);
    lines.unshift(...old.slice(1));
}
fs.writeFileSync(OUT, [cols.join(","), ...lines].join("\n") + "\n");
console.log(`wrote ${rows.length} rows to ${OUT}`);
