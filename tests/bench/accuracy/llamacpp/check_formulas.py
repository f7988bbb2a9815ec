#!/usr/bin/env python3
"""Checks the allocation formulas stated in README.md against data/llamacpp_measured.csv.

usage: python3 check_formulas.py [data/llamacpp_measured.csv]
Prints, per row, measured vs predicted KV / output / compute buffers (MiB) and the residuals.
"""
import csv, json, sys, os

MiB = 1024 * 1024
TS = {"F16": 2.0, "Q8_0": 34 / 32, "Q4_0": 18 / 32, "F32": 4.0}  # bytes per element of the KV cache type


def pad(x, m):
    return (x + m - 1) // m * m


def predict(r):
    h = json.loads(r["hf_config"])
    n_layer = h["num_hidden_layers"]
    n_embd = h["hidden_size"]
    n_vocab = h["vocab_size"]
    n_head = h["num_attention_heads"]
    n_ctx = pad(int(r["n_ctx"]), 256)  # llama-context.cpp:288
    n_ubatch = min(int(r["n_ubatch"]), n_ctx)
    tk, tv = TS[r["cache_type_k"]], TS[r["cache_type_v"]]
    fa = r["flash_attn"] == "True"
    mla = h["model_type"] == "deepseek_v2"
    if mla:  # MLA: only the latent (kv_lora_rank + rope) is cached, as K
        n_embd_k = h["kv_lora_rank"] + h["qk_rope_head_dim"]
        kv = n_layer * n_ctx * n_embd_k * tk
    else:
        hd = h.get("head_dim") or n_embd // n_head
        n_embd_k = hd * h["num_key_value_heads"]
        n_q = hd * n_head
        kv = n_layer * n_ctx * n_embd_k * (tk + tv)
    out = n_vocab * 4 * 1  # n_seq_max = 1 logits row (llama-context.cpp output_reserve)
    # compute: worst-case graph of n_ubatch tokens, all of them outputs (n_outputs_max = n_batch)
    logits_phase = 4 * n_ubatch * (n_vocab + 2 * n_embd)
    if not fa:
        attn_phase = 4 * n_ubatch * n_ctx * (n_head + 1)  # kq scores (f32) + f32 mask
        if mla:
            attn_phase += 2 * n_ctx * h["kv_lora_rank"]  # transposed f16 copy of the latent V (llama-graph.cpp:2645)
        else:
            attn_phase += 4 * n_ubatch * (3 * n_embd + 2 * n_q + 2 * n_embd_k) + 0.01 * MiB  # per-token tensors (fitted)
        compute = max(logits_phase, attn_phase)
    else:
        compute = logits_phase
    return kv / MiB, out / MiB, compute / MiB


def main():
    path = sys.argv[1] if len(sys.argv) > 1 else os.path.join(os.path.dirname(__file__), "data", "llamacpp_measured.csv")
    rows = [r for r in csv.DictReader(open(path)) if not r["error"]]
    print(f"{'model':22} {'ftype':7} {'ctx':>6} {'kv':5} {'fa':5} | {'kv':>8} {'pred':>8} | {'out':>5} {'pred':>5} | {'compute':>8} {'pred':>8} {'resid':>7} | model_buf==tensor_data")
    worst = {}
    for r in rows:
        kv, out, comp = predict(r)
        res = float(r["compute_buffer_mib"]) - comp
        key = (r["model"], r["flash_attn"], r["cache_type_k"])
        worst.setdefault(key, []).append(res)
        print(f"{r['model']:22} {r['ftype']:7} {r['n_ctx']:>6} {r['cache_type_k']:5} {r['flash_attn']:5} | "
              f"{float(r['kv_buffer_mib']):8.2f} {kv:8.2f} | {float(r['output_buffer_mib']):5.2f} {out:5.2f} | "
              f"{float(r['compute_buffer_mib']):8.2f} {comp:8.2f} {res:7.2f} | {r['model_buffer_bytes'] == r['tensor_data_bytes']}")
    print("\ncompute residual (measured - predicted) in MiB, by model / FA / K type. Dense/MoE: 0 or one 4*n_ubatch*n_embd"
          " row (allocator placement, README item 6); deepseek2: MLA extra, not modelled (README item 6):")
    for k, v in sorted(worst.items()):
        print(f"  {k}: {sorted(set(round(x, 2) for x in v))}")


if __name__ == "__main__":
    main()
