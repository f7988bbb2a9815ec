// SPDX-FileCopyrightText: 2026 The FitPlanner authors
// SPDX-License-Identifier: MIT

// Architectures measured: real published config.json dimensions, optionally with fewer layers.
// Each entry yields (a) the HF config (as used), (b) GGUF metadata as convert_hf_to_gguf.py writes it,
// (c) the full tensor list with the types convert_hf_to_gguf.py gives an F16 conversion
// (F32 for 1-D tensors, norms, biases and the MoE router ffn_gate_inp; F16 for the rest).
import { GT } from "./gguf_writer.mjs";

export const MODELS = [
    {
        id: "llama-3.2-3b", arch: "llama", pre: "llama-bpe",
        hf: { model_type: "llama", hidden_size: 3072, intermediate_size: 8192, num_hidden_layers: 28,
            num_attention_heads: 24, num_key_value_heads: 8, head_dim: 128, vocab_size: 128256,
            tie_word_embeddings: true, max_position_embeddings: 131072, rope_theta: 500000.0, rms_norm_eps: 1e-5,
            rope_scaling: { rope_type: "llama3", factor: 32.0, high_freq_factor: 4.0, low_freq_factor: 1.0, original_max_position_embeddings: 8192 } },
    },
    {
        id: "qwen2.5-1.5b", arch: "qwen2", pre: "qwen2",
        hf: { model_type: "qwen2", hidden_size: 1536, intermediate_size: 8960, num_hidden_layers: 28,
            num_attention_heads: 12, num_key_value_heads: 2, vocab_size: 151936, tie_word_embeddings: true,
            max_position_embeddings: 32768, rope_theta: 1000000.0, rms_norm_eps: 1e-6 },
    },
    {
        // Qwen3-30B-A3B cut from 48 to 4 layers (every layer keeps its real shapes)
        id: "qwen3-30b-a3b-4L", arch: "qwen3moe", pre: "qwen2",
        hf: { model_type: "qwen3_moe", hidden_size: 2048, intermediate_size: 6144, moe_intermediate_size: 768,
            num_hidden_layers: 4, num_attention_heads: 32, num_key_value_heads: 4, head_dim: 128, num_experts: 128,
            num_experts_per_tok: 8, vocab_size: 151936, tie_word_embeddings: false, max_position_embeddings: 40960,
            rope_theta: 1000000.0, rms_norm_eps: 1e-6, norm_topk_prob: true },
    },
    {
        // DeepSeek-V2-Lite cut from 27 to 6 layers (1 dense + 5 MoE). The cut model is not recognised as
        // "lite" by llama.cpp (it tests n_layer == 27), so q_lora_rank = 0 is written explicitly (0 = no q LoRA).
        id: "deepseek-v2-lite-6L", arch: "deepseek2", pre: "deepseek-llm",
        hf: { model_type: "deepseek_v2", hidden_size: 2048, intermediate_size: 10944, moe_intermediate_size: 1408,
            num_hidden_layers: 6, num_attention_heads: 16, num_key_value_heads: 16, q_lora_rank: null, kv_lora_rank: 512,
            qk_rope_head_dim: 64, qk_nope_head_dim: 128, v_head_dim: 128, n_routed_experts: 64, num_experts_per_tok: 6,
            n_shared_experts: 2, first_k_dense_replace: 1, moe_layer_freq: 1, vocab_size: 102400, tie_word_embeddings: false,
            max_position_embeddings: 163840, rope_theta: 10000, rms_norm_eps: 1e-6, routed_scaling_factor: 1.0,
            norm_topk_prob: false, topk_method: "greedy", scoring_func: "softmax",
            rope_scaling: { type: "yarn", factor: 40, original_max_position_embeddings: 4096, beta_fast: 32, beta_slow: 1, mscale: 0.707, mscale_all_dim: 0.707 } },
    },
];

// DeepSeek-V2-Lite-6L with one dimension changed at a time (`measure.mjs --variants`): what sizes the part of the
// compute buffer above the logits. data/deepseek2_variants.csv holds their F16 measurements at 8k.
const dsl = MODELS.find((m) => m.id === "deepseek-v2-lite-6L");
const variant = (id, hf) => ({ ...dsl, id, hf: { ...dsl.hf, ...hf } });
export const VARIANTS = [
    variant("dsl6-no-dense-lead", { first_k_dense_replace: 0 }),
    variant("dsl6-32-heads", { num_attention_heads: 32, num_key_value_heads: 32 }),
    variant("dsl6-latent-256", { kv_lora_rank: 256 }),
    variant("dsl6-32-experts", { n_routed_experts: 32 }),
    variant("dsl6-expert-ff-704", { moe_intermediate_size: 704 }),
    variant("dsl6-3-experts-used", { num_experts_per_tok: 3 }),
    variant("dsl6-1-shared-expert", { n_shared_experts: 1 }),
];

// GPT-2 byte-level "bytes_to_unicode" table: 256 single-character tokens so that every byte is a token.
function bytesToUnicode() {
    const bs = [];
    for (let i = 33; i <= 126; i++) bs.push(i);
    for (let i = 161; i <= 172; i++) bs.push(i);
    for (let i = 174; i <= 255; i++) bs.push(i);
    const cs = [...bs];
    let n = 0;
    for (let b = 0; b < 256; b++) if (!bs.includes(b)) { bs.push(b); cs.push(256 + n); n++; }
    return cs.map((c) => String.fromCodePoint(c));
}

// Minimal valid BPE ("gpt2") tokenizer with the model's real vocab size: 256 byte tokens, synthetic
// "<tN>" normal tokens, the last 2 tokens are control tokens used as BOS/EOS. One merge.
export function tokenizerKv(m) {
    const n = m.hf.vocab_size;
    const toks = bytesToUnicode();
    for (let i = 256; i < n; i++) toks.push(i >= n - 2 ? `<|ctl${i}|>` : `<t${i}>`);
    const types = toks.map((_, i) => (i >= n - 2 ? 3 : 1));
    return [
        ["tokenizer.ggml.model", GT.STR, "gpt2"],
        ["tokenizer.ggml.pre", GT.STR, m.pre],
        ["tokenizer.ggml.tokens", GT.ARR, GT.STR, toks],
        ["tokenizer.ggml.token_type", GT.ARR, GT.I32, types],
        ["tokenizer.ggml.merges", GT.ARR, GT.STR, ["Ġ t"]],
        ["tokenizer.ggml.bos_token_id", GT.U32, n - 2],
        ["tokenizer.ggml.eos_token_id", GT.U32, n - 1],
        ["tokenizer.ggml.add_bos_token", GT.BOOL, false],
    ];
}

export function metadataKv(m) {
    const h = m.hf, a = m.arch, p = (k) => `${a}.${k}`;
    const kv = [
        ["general.architecture", GT.STR, a],
        ["general.name", GT.STR, m.id],
        [p("block_count"), GT.U32, h.num_hidden_layers],
        [p("context_length"), GT.U32, h.max_position_embeddings],
        [p("embedding_length"), GT.U32, h.hidden_size],
        [p("feed_forward_length"), GT.U32, h.intermediate_size],
        [p("attention.head_count"), GT.U32, h.num_attention_heads],
        [p("attention.head_count_kv"), GT.U32, a === "deepseek2" ? 1 : h.num_key_value_heads],
        [p("rope.freq_base"), GT.F32, h.rope_theta],
        [p("attention.layer_norm_rms_epsilon"), GT.F32, h.rms_norm_eps],
    ];
    if (a === "llama") {
        kv.push([p("vocab_size"), GT.U32, h.vocab_size], [p("rope.dimension_count"), GT.U32, h.head_dim],
            [p("attention.key_length"), GT.U32, h.head_dim], [p("attention.value_length"), GT.U32, h.head_dim]);
    }
    if (a === "qwen3moe") {
        kv.push([p("expert_count"), GT.U32, h.num_experts], [p("expert_used_count"), GT.U32, h.num_experts_per_tok],
            [p("expert_feed_forward_length"), GT.U32, h.moe_intermediate_size],
            [p("attention.key_length"), GT.U32, h.head_dim], [p("attention.value_length"), GT.U32, h.head_dim]);
    }
    if (a === "deepseek2") {
        kv.push([p("expert_count"), GT.U32, h.n_routed_experts], [p("expert_used_count"), GT.U32, h.num_experts_per_tok],
            [p("leading_dense_block_count"), GT.U32, h.first_k_dense_replace], [p("vocab_size"), GT.U32, h.vocab_size],
            [p("attention.q_lora_rank"), GT.U32, 0],
            [p("attention.kv_lora_rank"), GT.U32, h.kv_lora_rank],
            [p("attention.key_length"), GT.U32, h.kv_lora_rank + h.qk_rope_head_dim],
            [p("attention.value_length"), GT.U32, h.kv_lora_rank],
            [p("attention.key_length_mla"), GT.U32, h.qk_nope_head_dim + h.qk_rope_head_dim],
            [p("attention.value_length_mla"), GT.U32, h.v_head_dim],
            [p("expert_feed_forward_length"), GT.U32, h.moe_intermediate_size],
            [p("expert_shared_count"), GT.U32, h.n_shared_experts],
            [p("expert_weights_scale"), GT.F32, h.routed_scaling_factor],
            [p("rope.dimension_count"), GT.U32, h.qk_rope_head_dim],
            [p("rope.scaling.type"), GT.STR, "yarn"], [p("rope.scaling.factor"), GT.F32, 40],
            [p("rope.scaling.original_context_length"), GT.U32, 4096],
            [p("rope.scaling.yarn_log_multiplier"), GT.F32, 0.1 * 0.707]);
    }
    return kv;
}

// tensors in ggml order (ne0 = input dimension), types of an F16 conversion
export function tensorList(m) {
    const h = m.hf, a = m.arch, E = h.hidden_size, V = h.vocab_size;
    const t = [];
    const add = (name, ne) => {
        const f32 = ne.length === 1 || name.endsWith("_norm.weight") || name.endsWith(".bias") || name.includes("ffn_gate_inp");
        t.push({ name, ne, type: f32 ? "F32" : "F16" });
    };
    add("token_embd.weight", [E, V]);
    add("output_norm.weight", [E]);
    if (!h.tie_word_embeddings) add("output.weight", [E, V]);
    if (a === "llama") add("rope_freqs.weight", [h.head_dim / 2]);
    for (let i = 0; i < h.num_hidden_layers; i++) {
        const b = `blk.${i}.`;
        add(b + "attn_norm.weight", [E]);
        add(b + "ffn_norm.weight", [E]);
        if (a === "deepseek2") {
            const hk = h.qk_nope_head_dim + h.qk_rope_head_dim, H = h.num_attention_heads, R = h.kv_lora_rank;
            add(b + "attn_q.weight", [E, H * hk]);
            add(b + "attn_kv_a_mqa.weight", [E, R + h.qk_rope_head_dim]);
            add(b + "attn_kv_a_norm.weight", [R]);
            add(b + "attn_k_b.weight", [h.qk_nope_head_dim, R, H]);
            add(b + "attn_v_b.weight", [R, h.v_head_dim, H]);
            add(b + "attn_output.weight", [H * h.v_head_dim, E]);
            if (i < h.first_k_dense_replace) {
                add(b + "ffn_gate.weight", [E, h.intermediate_size]);
                add(b + "ffn_up.weight", [E, h.intermediate_size]);
                add(b + "ffn_down.weight", [h.intermediate_size, E]);
            } else {
                const F = h.moe_intermediate_size, X = h.n_routed_experts, S = F * h.n_shared_experts;
                add(b + "ffn_gate_inp.weight", [E, X]);
                add(b + "ffn_gate_exps.weight", [E, F, X]);
                add(b + "ffn_up_exps.weight", [E, F, X]);
                add(b + "ffn_down_exps.weight", [F, E, X]);
                add(b + "ffn_gate_shexp.weight", [E, S]);
                add(b + "ffn_up_shexp.weight", [E, S]);
                add(b + "ffn_down_shexp.weight", [S, E]);
            }
            continue;
        }
        const hd = h.head_dim ?? E / h.num_attention_heads;
        const q = hd * h.num_attention_heads, kvd = hd * h.num_key_value_heads;
        add(b + "attn_q.weight", [E, q]);
        add(b + "attn_k.weight", [E, kvd]);
        add(b + "attn_v.weight", [E, kvd]);
        add(b + "attn_output.weight", [q, E]);
        if (a === "qwen2") {
            add(b + "attn_q.bias", [q]);
            add(b + "attn_k.bias", [kvd]);
            add(b + "attn_v.bias", [kvd]);
        }
        if (a === "qwen3moe") {
            add(b + "attn_q_norm.weight", [hd]);
            add(b + "attn_k_norm.weight", [hd]);
            const F = h.moe_intermediate_size, X = h.num_experts;
            add(b + "ffn_gate_inp.weight", [E, X]);
            add(b + "ffn_gate_exps.weight", [E, F, X]);
            add(b + "ffn_up_exps.weight", [E, F, X]);
            add(b + "ffn_down_exps.weight", [F, E, X]);
        } else {
            add(b + "ffn_gate.weight", [E, h.intermediate_size]);
            add(b + "ffn_up.weight", [E, h.intermediate_size]);
            add(b + "ffn_down.weight", [h.intermediate_size, E]);
        }
    }
    // llama-quantize's order: by layer (non-layer tensors first), then by name (llama-model-loader.h weight_name_comparer)
    const layer = (n) => { const mm = /^blk\.(\d+)\./.exec(n); return mm ? +mm[1] : -1; };
    t.sort((x, y) => layer(x.name) - layer(y.name) || (x.name < y.name ? -1 : x.name > y.name ? 1 : 0));
    return t;
}
