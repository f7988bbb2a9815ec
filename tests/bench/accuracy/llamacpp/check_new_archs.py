#!/usr/bin/env python3
"""Checks the KV cache, recurrent state and output buffer rules of README.md ("Per-layer memory") against every
row of data/new_archs.csv, and prints the bytes per token and per sequence of the full published models.

    python3 check_new_archs.py [data/new_archs.csv]

Exit status 1 if a row differs from the rule by more than llama.cpp's log rounding (0.01 MiB).
"""
import csv
import json
import os
import re
import subprocess
import sys

MIB = 1024 * 1024
# bytes per element of a cache type: ggml type_size / blck_size
BYTES = {"F16": 2.0, "Q8_0": 34 / 32, "F32": 4.0}
N_UBATCH = 512


def pad(x, n):
    return (x + n - 1) // n * n


def layer_kinds(arch, h):
    n = h["num_hidden_layers"]
    if arch in ("qwen35", "qwen35moe", "qwen3next"):
        return ["attn" if (i + 1) % h["full_attention_interval"] == 0 else "gdn" for i in range(n)]
    if arch == "gemma4":
        return ["attn" if t == "full_attention" else "swa" for t in h["layer_types"]]
    if arch == "nemotron_h_moe":
        return [{"M": "mamba2", "E": "moe", "*": "attn"}[c] for c in h["hybrid_override_pattern"]]
    if arch == "llama4":
        return ["attn" if (i + 1) % 4 == 0 else "chunked" for i in range(n)]
    if arch in ("deepseek32", "glm-dsa"):
        return ["mla+indexer"] * n
    if arch == "lfm2":
        return ["attn" if i in h["full_attn_idxs"] else "shortconv" for i in range(n)]
    if arch == "glm4moe":
        # glm4moe's KV cache has no layer filter: the nextn blocks get their rows too (llama_model::create_memory)
        return ["attn"] * (n + h.get("num_nextn_predict_layers", 0))
    if arch == "mistral3":
        return ["attn"] * n
    if arch == "granitehybrid":
        return ["attn" if t == "attention" else "mamba2" for t in h["layer_types"]]
    if arch == "mimo2":
        return ["swa" if x == 1 else "attn" for x in h["hybrid_layer_pattern"]]
    if arch == "laguna":
        return ["attn" if t == "full_attention" else "swa" for t in h["layer_types"]]
    if arch == "deepseek4":
        return [{0: "swa", 4: "swa+csa+indexer", 128: "swa+hca"}[r] for r in h["compress_ratios"][:n]]
    if arch in ("step35", "muse-glimmer"):
        # step35's layer_types also lists the MTP blocks, which its main context's cache leaves out
        return ["attn" if t == "full_attention" else "swa" for t in h["layer_types"][:n]]
    if arch == "kimi-k3":  # linear_attn_config names the MLA layers 1-based
        return ["mla" if i + 1 in h["linear_attn_config"]["full_attn_layers"] else "kda" for i in range(n)]
    if arch == "minimax-m3":  # the leading dense layers have no sparse-attention indexer
        return ["attn" if i < h["first_k_dense_replace"] else "attn+msa" for i in range(n)]
    raise ValueError(arch)


def per_layer(arch, h, kind):
    """(K elements per token, V elements per token, window or None, recurrent R+S f32 elements per sequence)"""
    if kind in ("attn", "swa", "chunked"):
        if arch == "gemma4":
            full = kind == "attn"
            hd = h["global_head_dim"] if full else h["head_dim"]
            kvh = (h.get("num_global_key_value_heads") or h["num_key_value_heads"]) if full else h["num_key_value_heads"]
            return hd * kvh, hd * kvh, None if full else h["sliding_window"], 0
        if arch == "mimo2":  # q/k heads of head_dim, v heads of v_head_dim; the sliding layers have more KV heads
            kvh = h["swa_num_key_value_heads"] if kind == "swa" else h["num_key_value_heads"]
            return h["head_dim"] * kvh, h["v_head_dim"] * kvh, h["sliding_window"] if kind == "swa" else None, 0
        if arch == "laguna":
            kvh = h["num_key_value_heads"]
            return h["head_dim"] * kvh, h["head_dim"] * kvh, h["sliding_window"] if kind == "swa" else None, 0
        hd = h.get("head_dim") or h["hidden_size"] // h["num_attention_heads"]
        kvh = h.get("num_key_value_heads") or h["num_attention_groups"]  # step35: attention groups
        if arch == "step35" and kind == "swa":
            other = h.get("attention_other_setting") or {}
            kvh, hd = other.get("num_attention_groups", kvh), other.get("head_dim", hd)
        window = h["attention_chunk_size"] if kind == "chunked" else None
        if kind == "swa" and arch in ("step35", "muse-glimmer"):
            window = h["sliding_window"]
        return hd * kvh, hd * kvh, window, 0
    if kind == "mla+indexer":
        # the latent plus the rope key (K only, V is a view of K), and the indexer's own key cache (K only)
        return h["kv_lora_rank"] + h["qk_rope_head_dim"] + h["index_head_dim"], 0, None, 0
    if kind == "gdn":
        # conv state (d_conv - 1) x (q + k + v channels) and the delta-rule state head_k_dim x head_v_dim x v_heads
        key_dim = h["linear_key_head_dim"] * h["linear_num_key_heads"]
        value_dim = h["linear_value_head_dim"] * h["linear_num_value_heads"]
        r = (h["linear_conv_kernel_dim"] - 1) * (2 * key_dim + value_dim)
        s = h["linear_key_head_dim"] * value_dim
        return 0, 0, None, r + s
    if kind == "mamba2" and arch == "granitehybrid":
        d_inner = h["mamba_expand"] * h["hidden_size"]
        r = (h["mamba_d_conv"] - 1) * (d_inner + 2 * h["mamba_n_groups"] * h["mamba_d_state"])
        return 0, 0, None, r + h["mamba_d_state"] * d_inner
    if kind == "mamba2":
        d_inner = h["mamba_num_heads"] * h["mamba_head_dim"]
        r = (h["conv_kernel"] - 1) * (d_inner + 2 * h["n_groups"] * h["ssm_state_size"])
        s = h["ssm_state_size"] * d_inner
        return 0, 0, None, r + s
    if kind == "shortconv":
        return 0, 0, None, (h["conv_L_cache"] - 1) * h["hidden_size"]
    if kind == "moe":
        return 0, 0, None, 0
    if kind == "mla":
        # Kimi-K3: the latent plus the rope key, K only
        return h["kv_lora_rank"] + h["qk_rope_head_dim"], 0, None, 0
    if kind == "kda":
        # Kimi Delta Attention: conv state (d_conv - 1) x 3 x heads x head_dim, delta-rule state head_dim^2 x heads
        la = h["linear_attn_config"]
        d = la["num_heads"] * la["head_dim"]
        return 0, 0, None, (la["short_conv_kernel_size"] - 1) * 3 * d + la["head_dim"] * d
    if kind == "attn+msa":
        # MiniMax-M3: GQA K and V, and llama_kv_cache_msa's indexer cache, one head: the index key as K and a
        # value row of head_dim as V
        hd, kvh = h["head_dim"], h["num_key_value_heads"]
        return hd * kvh + h["sparse_attention_config"]["sparse_index_dim"], hd * kvh + hd, None, 0
    raise ValueError(kind)


def expected_dsv4(h, n_ctx_seq, n_seq, type_k):
    """DeepSeek-V4 (llama_kv_cache_dsv4): K-only caches, one stream per sequence. Every layer: the raw window,
    pad256(min(n_ctx_seq, window + n_ubatch)) cells of head_dim; ratio 4: pad256(ceil(n_ctx_seq / 4)) cells of
    head_dim (CSA) and of index_head_dim (indexer) plus the F32 compressor state (kv and score) 2 x 2 head_dim x 8 and
    2 x 2 index_head_dim x 8; ratio 128: pad256(ceil(n_ctx_seq / 128)) cells of head_dim and the state 2 x head_dim
    x 128. kv_mib holds the state lines too."""
    d, di = h["head_dim"], h["index_head_dim"]
    kv = 0.0
    for kind in layer_kinds("deepseek4", h):
        kv += n_seq * pad(min(n_ctx_seq, h["sliding_window"] + N_UBATCH), 256) * d * BYTES[type_k]
        if kind == "swa+csa+indexer":
            cells = pad(max(1, -(-n_ctx_seq // 4)), 256)
            kv += n_seq * cells * (d + di) * BYTES[type_k] + n_seq * 2 * (2 * d + 2 * di) * 8 * 4
        elif kind == "swa+hca":
            cells = pad(max(1, -(-n_ctx_seq // 128)), 256)
            kv += n_seq * cells * d * BYTES[type_k] + n_seq * 2 * d * 128 * 4
    return kv, 0.0


def expected(arch, h, n_ctx_seq, n_seq, type_k, type_v):
    """KV bytes, recurrent-state bytes for one context (kv_unified = false: one stream of n_ctx_seq cells per
    sequence; a window layer holds min(n_ctx_seq, pad256(window + n_ubatch)) cells per stream)."""
    if arch == "deepseek4":
        return expected_dsv4(h, n_ctx_seq, n_seq, type_k)
    kv = rs = 0.0
    # Gemma 4 E-series: the last num_kv_shared_layers layers read an earlier layer's cache and hold none
    # (glm4moe's nextn blocks come after the trunk and keep theirs)
    n = h["num_hidden_layers"]
    own = n - (h.get("num_kv_shared_layers") or 0)
    for il, kind in enumerate(layer_kinds(arch, h)):
        if own <= il < n:
            continue
        k, v, window, rec = per_layer(arch, h, kind)
        cells = n_ctx_seq if window is None else min(n_ctx_seq, pad(window + N_UBATCH, 256))
        if arch in ("deepseek32", "glm-dsa"):  # the latent cache and the indexer cache both take the K type
            kv += n_seq * cells * k * BYTES[type_k]
        else:
            kv += n_seq * cells * (k * BYTES[type_k] + v * BYTES[type_v])
        rs += max(1, n_seq) * rec * BYTES["F32"]
    return kv, rs


GGML = {"F32": (1, 4), "I32": (1, 4), "F16": (1, 2), "Q4_K": (256, 144), "Q5_0": (32, 22), "Q6_K": (256, 210), "Q8_0": (32, 34)}


def tensor_lists():
    """{model id: [(name, ne, F16-file type)]} from new_archs.mjs (needs node)"""
    here = os.path.dirname(os.path.abspath(__file__))
    js = ("import('./new_archs.mjs').then(({NEW_MODELS, newTensorList}) => console.log(JSON.stringify("
          "Object.fromEntries(NEW_MODELS.map((m) => [m.id, newTensorList(m).map((t) => [t.name, t.ne, t.type])])))))")
    out = subprocess.run(["node", "--input-type=module", "-e", js], cwd=here, capture_output=True, text=True, check=True)
    return json.loads(out.stdout)


# step35's loader skips only an MTP block's required tensors; its optional ones are loaded (src/models/step35.cpp)
STEP35_MTP_SKIPPED = ("attn_norm", "attn_q", "attn_k", "attn_v", "attn_output", "ffn_norm", "nextn.eh_proj",
                      "nextn.enorm", "nextn.hnorm")


def expected_model_bytes(r, shapes, types):
    """Weights rule (README item 9): the loaded tensors' bytes, each padded to 32, without the MTP block (skipped unless
    load_mtp, except deepseek32/glm-dsa's exp_probs_b and step35's optional tensors), plus a second token embedding
    for gemma4."""
    n_layer = int(r["n_layer"])
    total = 0
    for name, ne, _ in shapes:
        blk = re.match(r"blk\.(\d+)\.", name)
        if blk and int(blk.group(1)) >= n_layer:
            if r["arch"] == "step35":
                if name[blk.end():].rsplit(".", 1)[0] in STEP35_MTP_SKIPPED:
                    continue
            elif r["arch"] == "glm4moe" or not name.endswith("exp_probs_b.bias"):
                continue  # glm4moe skips its nextn block's expert bias too
        blck, size = GGML[types[name]]
        n = ne[0] // blck * size
        for d in ne[1:]:
            n *= d
        total += pad(n, 32)
        if r["arch"] == "gemma4" and name == "token_embd.weight":
            total += n
    return total


def key(r):
    return (r["model"], r["n_ctx"], r["n_seq"], r["cache_type_k"])


def main():
    path = sys.argv[1] if len(sys.argv) > 1 else "data/new_archs.csv"
    bad = 0
    rows = list(csv.DictReader(open(path, newline="")))
    shapes = tensor_lists()
    types_path = os.path.join(os.path.dirname(path), "new_archs_tensor_types.csv")
    qtypes = {}
    if os.path.exists(types_path):
        for t in csv.DictReader(open(types_path, newline="")):
            qtypes[(t["model"], t["ftype"])] = dict(e.split("=") for e in t["tensor_types"].split(";"))
    weights_checked = 0
    for r in rows:
        if r["error"]:
            print(f"{r['model']} {r['n_ctx']}x{r['n_seq']} {r['cache_type_k']}: error {r['error']}")
            bad += 1
            continue
        h = json.loads(r["fields"])
        n_seq = int(r["n_seq"])
        kv, rs = expected(r["arch"], h, int(r["n_ctx"]), n_seq, r["cache_type_k"], r["cache_type_v"])
        out = h["vocab_size"] * n_seq * 4
        checks = [("kv", kv, float(r["kv_mib"])), ("rs", rs, float(r["rs_mib"] or 0)),
                  ("output", out, float(r["output_buffer_mib"]))]
        # llama.cpp logs each cache's size rounded to 0.01 MiB; kv_mib sums one line per cache
        n_lines = max(1, len(r["kv_caches"].split(";")))
        for name, want, got in checks:
            if abs(want / MIB - got) > 0.0051 * (n_lines if name == "kv" else 1):
                print(f"{r['model']} {r['n_ctx']}x{n_seq} {r['cache_type_k']}: {name} {got} MiB, rule {want / MIB:.4f}")
                bad += 1
        # weights exact per ggml type
        if r["model"] in shapes and (r["ftype"] == "F16" or (r["model"], r["ftype"]) in qtypes):
            if r["ftype"] == "F16":
                types = {n: t for n, _, t in shapes[r["model"]]}
            else:
                types = qtypes[(r["model"], r["ftype"])]
            want = expected_model_bytes(r, shapes[r["model"]], types)
            if want != int(r["model_bytes"]):
                print(f"{r['model']} {r['ftype']}: model_bytes {r['model_bytes']}, rule {want}")
                bad += 1
            weights_checked += 1
        # context_bytes (llama.cpp's memory breakdown) = KV + recurrent state + compute, exactly
        ctx = int(r["context_bytes"])
        comp = float(r["compute_buffer_mib"])
        if abs((ctx - kv - rs) / MIB - comp) > 0.0051:
            print(f"{r['model']} {r['n_ctx']}x{n_seq}: context_bytes {ctx} != KV + RS + compute")
            bad += 1
    print(f"{len(rows)} rows, {bad} mismatches ({weights_checked} weights checked)")

    # a dry run (no_alloc) and a real load of the same files give the same buffers, byte for byte
    folder = os.path.dirname(path)
    dry_path = os.path.join(folder, "new_archs.sample-dry.csv")
    real_path = os.path.join(folder, "new_archs.sample-real.csv")
    try:
        dry = {key(r): r for r in csv.DictReader(open(dry_path, newline=""))}
        real = list(csv.DictReader(open(real_path, newline="")))
    except FileNotFoundError:
        dry, real = {}, []
    same = 0
    for r in real:
        d = dry.get(key(r))
        cols = ["model_bytes", "kv_mib", "rs_mib", "compute_buffer_mib", "output_buffer_mib", "context_bytes", "error"]
        diff = [c for c in cols if d is None or d[c] != r[c]]
        if diff:
            print(f"sample {key(r)}: dry run and real load differ in {diff}")
            bad += 1
        else:
            same += 1
    if real:
        print(f"sample: {same} of {len(real)} real loads equal their dry run in every buffer")

    # the full published models, from their configs (per token: attention layers without a window; per sequence:
    # recurrent state; window layers: bytes per cell and the cell cap)
    print("\nfull models (F16 KV): bytes per token | window layers: bytes per cell (cells) | state per sequence")
    full = {
        "qwen3.5-27b-8L": 64, "qwen3.6-35b-a3b-8L": 40, "qwen3-next-80b-a3b-8L": 48, "gemma-4-26b-a4b-12L": 30,
        "nemotron-3-nano-30b-a3b-13L": 52, "llama-4-scout-8L": 48, "deepseek-v3.2-4L": 61, "lfm2-1.2b": 16,
        "gemma-4-31b-12L": 60, "nemotron-3-super-120b-a12b-17L": 88, "glm-5-4L": 78, "glm-4.5-air-4L": 46,
        "glm-4.5-4L": 92, "granite-4.0-h-small-8L": 40, "granite-4.0-h-micro-8L": 40, "mistral-small-3.1-8L": 40,
        "gemma-4-e2b-10L": 35, "gemma-4-e4b-12L": 42, "mimo-v2-flash-6L": 48, "laguna-xs.2-8L": 40,
        "laguna-s-2.1-8L": 48,
        "step-3.5-flash-8L": 45, "muse-glimmer-30b-8L": 52,
        "kimi-k3-8L": 93, "minimax-m3-5L": 60,
    }
    # Gemma 4: the period of the sliding/global pattern and the layers reading another layer's KV, per full model
    gemma_layout = {"gemma-4-e2b-10L": (5, 20), "gemma-4-e4b-12L": (6, 18)}
    patterns = {
        "nemotron-3-nano-30b-a3b-13L": "MEMEM*EMEMEM*EMEMEM*EMEMEM*EMEMEM*EMEMEMEM*EMEMEMEME",
        "nemotron-3-super-120b-a12b-17L":
            "MEMEMEM*EMEMEMEM*EMEMEMEM*EMEMEMEMEM*EMEMEMEMEM*EMEMEMEMEM*EMEMEMEMEM*EMEMEMEM*EMEMEMEME",
    }
    seen = set()
    for r in rows:
        if r["model"] in seen or r["model"] not in full:
            continue
        seen.add(r["model"])
        h = dict(json.loads(r["fields"]))
        n = full[r["model"]]
        h["num_hidden_layers"] = n
        if r["arch"] == "gemma4":
            period, shared = gemma_layout.get(r["model"], (6, 0))
            h["layer_types"] = ["full_attention" if (i + 1) % period == 0 else "sliding_attention" for i in range(n)]
            h["num_kv_shared_layers"] = shared
        if r["arch"] == "nemotron_h_moe":
            h["hybrid_override_pattern"] = patterns[r["model"]]
        if r["arch"] == "granitehybrid":  # attention at 5, 15, 25 and 35
            h["layer_types"] = ["attention" if i % 10 == 5 else "mamba" for i in range(n)]
        if r["arch"] == "kimi-k3":  # MLA at 4, 8, ..., 92 and 93 (1-based)
            h["linear_attn_config"] = {**h["linear_attn_config"], "full_attn_layers": list(range(4, 93, 4)) + [93]}
        if r["arch"] == "mimo2":  # full attention at 0, 5, 11, 17, ..., 47
            h["hybrid_layer_pattern"] = [0 if i == 0 or (i + 1) % 6 == 0 else 1 for i in range(n)]
        if r["arch"] == "laguna":  # full attention every 4th layer from the first
            h["layer_types"] = ["full_attention" if i % 4 == 0 else "sliding_attention" for i in range(n)]
        if r["arch"] == "step35":  # one full layer in four, from the first
            h["layer_types"] = ["full_attention" if i % 4 == 0 else "sliding_attention" for i in range(n)]
        if r["arch"] == "muse-glimmer":  # one full layer in four, from the fourth
            h["layer_types"] = ["full_attention" if (i + 1) % 4 == 0 else "sliding_attention" for i in range(n)]
        per_token = window_cell = state = 0
        caps = set()
        own = n - (h.get("num_kv_shared_layers") or 0)
        for il, kind in enumerate(layer_kinds(r["arch"], h)):
            if own <= il < n:
                continue
            k, v, window, rec = per_layer(r["arch"], h, kind)
            if window is None:
                per_token += (k + v) * 2
            else:
                window_cell += (k + v) * 2
                caps.add(pad(window + N_UBATCH, 256))
            state += rec * 4
        cap = f" ({'/'.join(map(str, sorted(caps)))} cells)" if caps else ""
        print(f"  {r['model']:30s} {r['arch']:15s} {per_token:7d} B/token | {window_cell:6d} B/cell{cap} | "
              f"{state} B = {state / MIB:.2f} MiB per sequence")
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main())
