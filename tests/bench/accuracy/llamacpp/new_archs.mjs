// SPDX-FileCopyrightText: 2026 The FitPlanner authors
// SPDX-License-Identifier: MIT

// Architectures with per-layer token mixers (hybrid recurrent, sliding/chunked windows, MLA with a sparse-attention
// indexer, short convolutions), for measure_new_archs.mjs. Each entry carries the published config.json fields it
// uses (`hf`, HF names, layer count reduced with the layer pattern kept), and yields the GGUF metadata and the full
// tensor list that convert_hf_to_gguf.py (conversion/*.py of the llama.cpp node-llama-cpp 3.21.1 bundles) writes
// for an F16 conversion. llama.cpp refuses a file whose tensor set or shapes do not match its architecture, so a
// successful load checks these lists.
import fs from "node:fs";
import path from "node:path";
import { GT } from "./gguf_writer.mjs";

export const CONFIG_DIR = "/work/shared/data/configs-2026";
// configs of the models added later, kept in the repository (tests/data/configs-2026-extra, SOURCES.md there)
export const EXTRA_CONFIG_DIR = path.resolve(path.dirname(new URL(import.meta.url).pathname), "../../../data/configs-2026-extra");

const range = (n) => [...Array(n).keys()];

export const NEW_MODELS = [
    {
        // Qwen3.5-27B: 64 layers (3 Gated DeltaNet + 1 gated full attention, repeated) + 1 MTP layer; cut to 8 + 1
        id: "qwen3.5-27b-8L", arch: "qwen35", pre: "qwen2", source: "Qwen__Qwen3.5-27B.json", realLayers: 64,
        hf: { model_type: "qwen3_5_text", hidden_size: 5120, intermediate_size: 17408, num_hidden_layers: 8,
            num_attention_heads: 24, num_key_value_heads: 4, head_dim: 256, full_attention_interval: 4,
            linear_conv_kernel_dim: 4, linear_key_head_dim: 128, linear_num_key_heads: 16, linear_num_value_heads: 48,
            linear_value_head_dim: 128, mtp_num_hidden_layers: 1, vocab_size: 248320, tie_word_embeddings: false,
            max_position_embeddings: 262144, rms_norm_eps: 1e-6, rope_theta: 10000000, partial_rotary_factor: 0.25,
            mrope_section: [11, 11, 10] },
    },
    {
        // Qwen3.6-35B-A3B (qwen3_5_moe): 40 layers (3 Gated DeltaNet + 1 full attention) + 1 MTP layer; cut to 8 + 1
        id: "qwen3.6-35b-a3b-8L", arch: "qwen35moe", pre: "qwen2", source: "Qwen__Qwen3.6-35B-A3B.json", realLayers: 40,
        sample: { num_experts: 16 },
        hf: { model_type: "qwen3_5_moe_text", hidden_size: 2048, num_hidden_layers: 8, num_attention_heads: 16,
            num_key_value_heads: 2, head_dim: 256, full_attention_interval: 4, linear_conv_kernel_dim: 4,
            linear_key_head_dim: 128, linear_num_key_heads: 16, linear_num_value_heads: 32, linear_value_head_dim: 128,
            num_experts: 256, num_experts_per_tok: 8, moe_intermediate_size: 512, shared_expert_intermediate_size: 512,
            mtp_num_hidden_layers: 1, vocab_size: 248320, tie_word_embeddings: false, max_position_embeddings: 262144,
            rms_norm_eps: 1e-6, rope_theta: 10000000, partial_rotary_factor: 0.25, mrope_section: [11, 11, 10] },
    },
    {
        // Qwen3-Next-80B-A3B: 48 layers (3 Gated DeltaNet + 1 full attention); cut to 8. The config declares no MTP layer.
        id: "qwen3-next-80b-a3b-8L", arch: "qwen3next", pre: "qwen2", source: "Qwen__Qwen3-Next-80B-A3B-Thinking.json", realLayers: 48,
        hf: { model_type: "qwen3_next", hidden_size: 2048, intermediate_size: 5120, num_hidden_layers: 8,
            num_attention_heads: 16, num_key_value_heads: 2, head_dim: 256, full_attention_interval: 4,
            linear_conv_kernel_dim: 4, linear_key_head_dim: 128, linear_num_key_heads: 16, linear_num_value_heads: 32,
            linear_value_head_dim: 128, num_experts: 512, num_experts_per_tok: 10, moe_intermediate_size: 512,
            shared_expert_intermediate_size: 512, vocab_size: 151936, tie_word_embeddings: false,
            max_position_embeddings: 262144, rms_norm_eps: 1e-6, rope_theta: 10000000, partial_rotary_factor: 0.25 },
    },
    {
        // Gemma 4 26B-A4B: 30 layers (5 sliding-window + 1 global, repeated); cut to 12. Global layers: 2 KV heads of 512,
        // K = V (no v_proj); sliding layers: 8 KV heads of 256, window 1024. Dense MLP beside 128 experts (8 used).
        id: "gemma-4-26b-a4b-12L", arch: "gemma4", pre: "default", source: "google__gemma-4-26B-A4B.json", realLayers: 30,
        sample: { num_experts: 8 },
        hf: { model_type: "gemma4_text", hidden_size: 2816, intermediate_size: 2112, num_hidden_layers: 12,
            num_attention_heads: 16, num_key_value_heads: 8, num_global_key_value_heads: 2, head_dim: 256, global_head_dim: 512,
            attention_k_eq_v: true, sliding_window: 1024, layer_types: [...range(12)].map((i) => ((i + 1) % 6 === 0 ? "full_attention" : "sliding_attention")),
            num_experts: 128, top_k_experts: 8, moe_intermediate_size: 704, hidden_size_per_layer_input: 0,
            num_kv_shared_layers: 0, final_logit_softcapping: 30.0, vocab_size: 262144, tie_word_embeddings: true,
            max_position_embeddings: 262144, rms_norm_eps: 1e-6, rope_theta_full: 1000000.0, rope_theta_sliding: 10000.0,
            partial_rotary_factor_full: 0.25 },
    },
    {
        // Gemma 4 31B (dense; config of the NVFP4 derivative, same architecture): 60 layers (5 sliding + 1 global); cut
        // to 12. Global layers: 4 KV heads of 512, K = V; sliding layers: 16 KV heads of 256, window 1024.
        id: "gemma-4-31b-12L", arch: "gemma4", pre: "default", source: "nvidia__Gemma-4-31B-IT-NVFP4.json", realLayers: 60,
        hf: { model_type: "gemma4_text", hidden_size: 5376, intermediate_size: 21504, num_hidden_layers: 12,
            num_attention_heads: 32, num_key_value_heads: 16, num_global_key_value_heads: 4, head_dim: 256, global_head_dim: 512,
            attention_k_eq_v: true, sliding_window: 1024, layer_types: [...range(12)].map((i) => ((i + 1) % 6 === 0 ? "full_attention" : "sliding_attention")),
            num_experts: null, hidden_size_per_layer_input: 0, num_kv_shared_layers: 0, final_logit_softcapping: 30.0,
            vocab_size: 262144, tie_word_embeddings: true, max_position_embeddings: 262144, rms_norm_eps: 1e-6,
            rope_theta_full: 1000000.0, rope_theta_sliding: 10000.0, partial_rotary_factor_full: 0.25 },
    },
    {
        // Gemma 4 E2B (google/gemma-4-E2B-it text_config): 35 layers (4 sliding + 1 global, repeated), the last 20 reading
        // the KV of layer 13 (sliding) or 14 (global); cut to 10: 5 with a KV cache, 5 sharing layers 3 and 4. One KV
        // head of 256 (sliding) or 512 (global), window 512, V from v_proj. Per-layer inputs of 256 per layer from a
        // second table of 262144 tokens; the sharing layers' MLPs are twice as wide (use_double_wide_mlp). The
        // sharing layers keep attn_k, attn_v and attn_k_norm, as the published checkpoint and its GGUF conversions do.
        id: "gemma-4-e2b-10L", arch: "gemma4", pre: "default", source: "google/gemma-4-E2B-it config.json (not in configs-2026)", realLayers: 35,
        hf: { model_type: "gemma4_text", hidden_size: 1536, intermediate_size: 6144, num_hidden_layers: 10,
            num_attention_heads: 8, num_key_value_heads: 1, num_global_key_value_heads: null, head_dim: 256, global_head_dim: 512,
            attention_k_eq_v: false, sliding_window: 512, layer_types: [...range(10)].map((i) => ((i + 1) % 5 === 0 ? "full_attention" : "sliding_attention")),
            hidden_size_per_layer_input: 256, vocab_size_per_layer_input: 262144, num_kv_shared_layers: 5,
            use_double_wide_mlp: true, enable_moe_block: false, final_logit_softcapping: 30.0, vocab_size: 262144,
            tie_word_embeddings: true, max_position_embeddings: 131072, rms_norm_eps: 1e-6, rope_theta_full: 1000000.0,
            rope_theta_sliding: 10000.0, partial_rotary_factor_full: 0.25 },
    },
    {
        // Gemma 4 E4B (google/gemma-4-E4B-it text_config): 42 layers (5 sliding + 1 global, repeated), the last 18 sharing
        // the KV of layers 22 and 23; cut to 12: 6 with a KV cache, 6 sharing layers 4 and 5. Two KV heads of 256 / 512,
        // window 512; per-layer inputs of 256 per layer; MLPs of one width.
        id: "gemma-4-e4b-12L", arch: "gemma4", pre: "default", source: "google/gemma-4-E4B-it config.json (not in configs-2026)", realLayers: 42,
        hf: { model_type: "gemma4_text", hidden_size: 2560, intermediate_size: 10240, num_hidden_layers: 12,
            num_attention_heads: 8, num_key_value_heads: 2, num_global_key_value_heads: null, head_dim: 256, global_head_dim: 512,
            attention_k_eq_v: false, sliding_window: 512, layer_types: [...range(12)].map((i) => ((i + 1) % 6 === 0 ? "full_attention" : "sliding_attention")),
            hidden_size_per_layer_input: 256, vocab_size_per_layer_input: 262144, num_kv_shared_layers: 6,
            use_double_wide_mlp: false, enable_moe_block: false, final_logit_softcapping: 30.0, vocab_size: 262144,
            tie_word_embeddings: true, max_position_embeddings: 131072, rms_norm_eps: 1e-6, rope_theta_full: 1000000.0,
            rope_theta_sliding: 10000.0, partial_rotary_factor_full: 0.25 },
    },
    {
        // NVIDIA-Nemotron-3-Nano-30B-A3B: 52 layers "MEMEM*EMEMEM*EMEMEM*..." (M = Mamba2, E = MoE, * = attention);
        // cut to the first 13: 6 Mamba2, 5 MoE, 2 attention
        id: "nemotron-3-nano-30b-a3b-13L", arch: "nemotron_h_moe", pre: "default", source: "nvidia__NVIDIA-Nemotron-3-Nano-30B-A3B-BF16.json", realLayers: 52,
        sample: { n_routed_experts: 16 },
        hf: { model_type: "nemotron_h", hidden_size: 2688, num_hidden_layers: 13, hybrid_override_pattern: "MEMEM*EMEMEM*",
            num_attention_heads: 32, num_key_value_heads: 2, head_dim: 128, conv_kernel: 4, ssm_state_size: 128, n_groups: 8,
            mamba_num_heads: 64, mamba_head_dim: 64, n_routed_experts: 128, num_experts_per_tok: 6, moe_intermediate_size: 1856,
            moe_shared_expert_intermediate_size: 3712, n_shared_experts: 1, n_group: 1, norm_topk_prob: true,
            routed_scaling_factor: 2.5, use_conv_bias: true, vocab_size: 131072, tie_word_embeddings: false,
            max_position_embeddings: 262144, layer_norm_epsilon: 1e-5, rope_theta: 10000 },
    },
    {
        // NVIDIA-Nemotron-3-Super-120B-A12B: 88 layers "MEMEMEM*EMEMEMEM*..."; latent MoE (experts work in a 1024-wide
        // latent space); cut to the first 17: 8 Mamba2, 7 MoE, 2 attention. Its MTP block is left out.
        // The cut config drops num_nextn_predict_layers accordingly (the converter would export the block).
        id: "nemotron-3-super-120b-a12b-17L", arch: "nemotron_h_moe", pre: "default", source: "nvidia__NVIDIA-Nemotron-3-Super-120B-A12B-FP8.json", realLayers: 88,
        cutDrop: ["num_nextn_predict_layers", "mtp_hybrid_override_pattern"],
        hf: { model_type: "nemotron_h", hidden_size: 4096, num_hidden_layers: 17, hybrid_override_pattern: "MEMEMEM*EMEMEMEM*",
            num_attention_heads: 32, num_key_value_heads: 2, head_dim: 128, conv_kernel: 4, ssm_state_size: 128, n_groups: 8,
            mamba_num_heads: 128, mamba_head_dim: 64, n_routed_experts: 512, num_experts_per_tok: 22, moe_intermediate_size: 2688,
            moe_latent_size: 1024, moe_shared_expert_intermediate_size: 5376, n_shared_experts: 1, n_group: 1,
            norm_topk_prob: true, routed_scaling_factor: 5.0, use_conv_bias: true, vocab_size: 131072,
            tie_word_embeddings: false, max_position_embeddings: 262144, layer_norm_epsilon: 1e-5, rope_theta: 10000 },
    },
    {
        // Llama 4 Scout: 48 layers, every 4th a global layer without RoPE, the others chunked local attention (8192);
        // every layer MoE (16 experts, 1 used, 1 shared). Cut to 8.
        // The file has no rope_freqs tensor (llama.cpp treats it as optional; the converter derives it from the
        // llama3 rope_scaling), so the cut config leaves rope_scaling out.
        id: "llama-4-scout-8L", arch: "llama4", pre: "llama4", source: "meta-llama__Llama-4-Scout-17B-16E-Instruct.json", realLayers: 48,
        cutDrop: ["rope_scaling"],
        hf: { model_type: "llama4_text", hidden_size: 5120, intermediate_size: 8192, intermediate_size_mlp: 16384,
            num_hidden_layers: 8, num_attention_heads: 40, num_key_value_heads: 8, head_dim: 128, attention_chunk_size: 8192,
            interleave_moe_layer_step: 1, num_local_experts: 16, num_experts_per_tok: 1, use_qk_norm: true,
            vocab_size: 202048, tie_word_embeddings: false, max_position_embeddings: 10485760, rms_norm_eps: 1e-5,
            rope_theta: 500000.0, rope_scaling: { rope_type: "llama3", factor: 16.0, high_freq_factor: 1.0, low_freq_factor: 1.0, original_max_position_embeddings: 8192 } },
    },
    {
        // DeepSeek-V3.2: 61 layers (3 dense + 58 MoE), MLA with the DSA lightning indexer, + 1 MTP layer. Cut to 3 dense
        // + 1 MoE + the MTP layer.
        id: "deepseek-v3.2-4L", arch: "deepseek32", pre: "deepseek-v3", source: "deepseek-ai__DeepSeek-V3.2.json", realLayers: 61,
        hf: { model_type: "deepseek_v32", hidden_size: 7168, intermediate_size: 18432, moe_intermediate_size: 2048,
            num_hidden_layers: 4, num_attention_heads: 128, num_key_value_heads: 128, q_lora_rank: 1536, kv_lora_rank: 512,
            qk_nope_head_dim: 128, qk_rope_head_dim: 64, v_head_dim: 128, n_routed_experts: 256, num_experts_per_tok: 8,
            n_shared_experts: 1, first_k_dense_replace: 3, n_group: 8, topk_group: 4, norm_topk_prob: true,
            routed_scaling_factor: 2.5, scoring_func: "sigmoid", index_n_heads: 64, index_head_dim: 128, index_topk: 2048,
            num_nextn_predict_layers: 1, vocab_size: 129280, tie_word_embeddings: false, max_position_embeddings: 163840,
            rms_norm_eps: 1e-6, rope_theta: 10000,
            rope_scaling: { type: "yarn", factor: 40, original_max_position_embeddings: 4096, beta_fast: 32, beta_slow: 1, mscale: 1.0, mscale_all_dim: 1.0 } },
    },
    {
        // GLM-5: 78 layers (3 dense + 75 MoE), MLA with the DSA indexer on every layer (GLM-5 and 5.1: n_ctx_train below
        // 1M, so no indexer.types key is needed), + 1 MTP layer. Cut to 3 dense + 1 MoE + the MTP layer.
        id: "glm-5-4L", arch: "glm-dsa", pre: "glm4", source: "zai-org__GLM-5.json", realLayers: 78,
        hf: { model_type: "glm_moe_dsa", hidden_size: 6144, intermediate_size: 12288, moe_intermediate_size: 2048,
            num_hidden_layers: 4, num_attention_heads: 64, num_key_value_heads: 64, q_lora_rank: 2048, kv_lora_rank: 512,
            qk_nope_head_dim: 192, qk_rope_head_dim: 64, v_head_dim: 256, n_routed_experts: 256, num_experts_per_tok: 8,
            n_shared_experts: 1, first_k_dense_replace: 3, n_group: 1, topk_group: 1, norm_topk_prob: true,
            routed_scaling_factor: 2.5, scoring_func: "sigmoid", index_n_heads: 32, index_head_dim: 128, index_topk: 2048,
            num_nextn_predict_layers: 1, vocab_size: 154880, tie_word_embeddings: false, max_position_embeddings: 202752,
            rms_norm_eps: 1e-5, rope_theta: 1000000 },
    },
    {
        // LFM2-1.2B, all 16 layers: 10 short-convolution layers, 6 GQA layers (2, 5, 8, 10, 12, 14). The fields are the
        // published config.json's (checked against LiquidAI/LFM2-1.2B; README)
        id: "lfm2-1.2b", arch: "lfm2", pre: "lfm2", source: "LiquidAI/LFM2-1.2B config.json (not in configs-2026)", realLayers: 16,
        sample: {},
        hf: { model_type: "lfm2", hidden_size: 2048, block_ff_dim: 12288, block_auto_adjust_ff_dim: true,
            block_ffn_dim_multiplier: 1.0, block_multiple_of: 256, num_hidden_layers: 16, num_attention_heads: 32,
            num_key_value_heads: 8, conv_L_cache: 3, full_attn_idxs: [2, 5, 8, 10, 12, 14], vocab_size: 65536,
            tie_word_embeddings: true, max_position_embeddings: 128000, norm_eps: 1e-5, rope_theta: 1000000.0 },
    },
    {
        // GLM-4.5-Air: 46 layers (the first dense, the rest MoE: 128 experts of 1408, 8 used, 1 shared), q/k/v biases,
        // no q/k norm, + 1 MTP layer with its own embedding and head. Cut to 1 dense + 3 MoE + the MTP layer.
        id: "glm-4.5-air-4L", arch: "glm4moe", pre: "glm4", source: "zai-org__GLM-4.5-Air.json", configDir: EXTRA_CONFIG_DIR, realLayers: 46,
        sample: { n_routed_experts: 16 },
        hf: { model_type: "glm4_moe", hidden_size: 4096, intermediate_size: 10944, moe_intermediate_size: 1408,
            num_hidden_layers: 4, num_attention_heads: 96, num_key_value_heads: 8, head_dim: 128, partial_rotary_factor: 0.5,
            attention_bias: true, use_qk_norm: false, n_routed_experts: 128, num_experts_per_tok: 8, n_shared_experts: 1,
            first_k_dense_replace: 1, n_group: 1, topk_group: 1, norm_topk_prob: true, routed_scaling_factor: 1.0,
            num_nextn_predict_layers: 1, vocab_size: 151552, tie_word_embeddings: false, max_position_embeddings: 131072,
            rms_norm_eps: 1e-5, rope_theta: 1000000 },
    },
    {
        // GLM-4.5: 92 layers (3 dense + 89 MoE: 160 experts of 1536, 8 used, 1 shared), q/k/v biases and q/k RMSNorm
        // per head, + 1 MTP layer with its own embedding and head. Cut to 3 dense + 1 MoE + the MTP layer.
        id: "glm-4.5-4L", arch: "glm4moe", pre: "glm4", source: "zai-org__GLM-4.5.json", configDir: EXTRA_CONFIG_DIR, realLayers: 92,
        hf: { model_type: "glm4_moe", hidden_size: 5120, intermediate_size: 12288, moe_intermediate_size: 1536,
            num_hidden_layers: 4, num_attention_heads: 96, num_key_value_heads: 8, head_dim: 128, partial_rotary_factor: 0.5,
            attention_bias: true, use_qk_norm: true, n_routed_experts: 160, num_experts_per_tok: 8, n_shared_experts: 1,
            first_k_dense_replace: 3, n_group: 1, topk_group: 1, norm_topk_prob: true, routed_scaling_factor: 2.5,
            num_nextn_predict_layers: 1, vocab_size: 151552, tie_word_embeddings: false, max_position_embeddings: 131072,
            rms_norm_eps: 1e-5, rope_theta: 1000000 },
    },
    {
        // Granite 4.0 H-Small: 40 layers, attention (no RoPE) at 5, 15, 25, 35, Mamba2 elsewhere; every layer 72 experts
        // of 768 (10 used) beside a shared MLP of 1536. Cut to the first 8: 7 Mamba2 + 1 attention.
        id: "granite-4.0-h-small-8L", arch: "granitehybrid", pre: "gpt-4o", source: "ibm-granite__granite-4.0-h-small.json", configDir: EXTRA_CONFIG_DIR, realLayers: 40,
        sample: { num_local_experts: 16 },
        hf: { model_type: "granitemoehybrid", hidden_size: 4096, intermediate_size: 768, shared_intermediate_size: 1536,
            num_hidden_layers: 8, num_attention_heads: 32, num_key_value_heads: 8, num_local_experts: 72, num_experts_per_tok: 10,
            layer_types: [...range(8)].map((i) => (i === 5 ? "attention" : "mamba")), mamba_n_heads: 128, mamba_d_head: 64,
            mamba_d_state: 128, mamba_d_conv: 4, mamba_expand: 2, mamba_n_groups: 1, mamba_conv_bias: true,
            mamba_proj_bias: false, position_embedding_type: "nope", vocab_size: 100352, tie_word_embeddings: true,
            max_position_embeddings: 131072, rms_norm_eps: 1e-5, rope_theta: 10000 },
    },
    {
        // Granite 4.0 H-Micro: the dense hybrid (no experts: the shared MLP of 8192 is the feed-forward); 40 layers with
        // attention at 5, 15, 25, 35. Cut to the first 8: 7 Mamba2 + 1 attention.
        id: "granite-4.0-h-micro-8L", arch: "granitehybrid", pre: "gpt-4o", source: "ibm-granite__granite-4.0-h-micro.json", configDir: EXTRA_CONFIG_DIR, realLayers: 40,
        sample: {},
        hf: { model_type: "granitemoehybrid", hidden_size: 2048, intermediate_size: 8192, shared_intermediate_size: 8192,
            num_hidden_layers: 8, num_attention_heads: 32, num_key_value_heads: 8, num_local_experts: 0, num_experts_per_tok: 0,
            layer_types: [...range(8)].map((i) => (i === 5 ? "attention" : "mamba")), mamba_n_heads: 64, mamba_d_head: 64,
            mamba_d_state: 128, mamba_d_conv: 4, mamba_expand: 2, mamba_n_groups: 1, mamba_conv_bias: true,
            mamba_proj_bias: false, position_embedding_type: "nope", vocab_size: 100352, tie_word_embeddings: true,
            max_position_embeddings: 131072, rms_norm_eps: 1e-5, rope_theta: 10000 },
    },
    {
        // Mistral Small 3.1 (mistral3): the text model of the multimodal checkpoint, 40 layers of 5120 with 32 heads of
        // 128 and 8 KV heads, FFN 32768; cut to 8. The Pixtral tower goes to the separate mmproj file, not measured.
        id: "mistral-small-3.1-8L", arch: "mistral3", pre: "tekken", source: "mistralai__Mistral-Small-3.1-24B-Instruct-2503.json", configDir: EXTRA_CONFIG_DIR, realLayers: 40,
        sample: { num_hidden_layers: 2 },
        hf: { model_type: "mistral", hidden_size: 5120, intermediate_size: 32768, num_hidden_layers: 8, num_attention_heads: 32,
            num_key_value_heads: 8, head_dim: 128, vocab_size: 131072, tie_word_embeddings: false,
            max_position_embeddings: 131072, rms_norm_eps: 1e-5, rope_theta: 1000000000.0 },
    },
    {
        // MiMo-V2-Flash (mimo2): 48 layers, hybrid_layer_pattern 0 (full: 4 KV heads) / 1 (sliding window 128: 8 KV
        // heads and a sink logit per head), q/k heads of 192 and v heads of 128; a dense first layer, then 256 experts
        // of 2048 (8 used, sigmoid with a correction bias). Cut to the first 6: full, 4 sliding, full. The 3 MTP
        // blocks the converter appends are left out: config.json does not describe them and llama.cpp neither loads
        // nor caches them (create_memory filters il < n_layer() for mimo2).
        id: "mimo-v2-flash-6L", arch: "mimo2", pre: "qwen2", source: "XiaomiMiMo__MiMo-V2-Flash.json", realLayers: 48,
        sample: { n_routed_experts: 16 },
        hf: { model_type: "mimo_v2_flash", hidden_size: 4096, intermediate_size: 16384, num_hidden_layers: 6,
            num_attention_heads: 64, num_key_value_heads: 4, head_dim: 192, v_head_dim: 128, swa_num_attention_heads: 64,
            swa_num_key_value_heads: 8, swa_head_dim: 192, swa_v_head_dim: 128, hybrid_layer_pattern: [0, 1, 1, 1, 1, 0],
            moe_layer_freq: [0, 1, 1, 1, 1, 1], n_routed_experts: 256, num_experts_per_tok: 8, moe_intermediate_size: 2048,
            sliding_window: 128, add_swa_attention_sink_bias: true, add_full_attention_sink_bias: false,
            attention_value_scale: 0.707, partial_rotary_factor: 0.334, vocab_size: 152576, tie_word_embeddings: false,
            max_position_embeddings: 262144, layernorm_epsilon: 1e-5, rope_theta: 5000000, swa_rope_theta: 10000 },
    },
    {
        // Laguna-XS.2 (laguna): 40 layers, full attention every 4th from the first (48 query heads) and sliding window
        // 512 elsewhere (64 query heads), 8 KV heads of 128, q/k norms, a per-head output gate; a dense first layer,
        // then 256 experts of 512 (8 used) beside a shared expert of 512. Cut to 8 layers. Config of the FP8 release.
        id: "laguna-xs.2-8L", arch: "laguna", pre: "laguna", source: "poolside__Laguna-XS.2-FP8.json", realLayers: 40,
        sample: { num_experts: 16 },
        hf: { model_type: "laguna", hidden_size: 2048, intermediate_size: 8192, num_hidden_layers: 8, num_attention_heads: 48,
            num_attention_heads_per_layer: [48, 64, 64, 64, 48, 64, 64, 64], num_key_value_heads: 8, head_dim: 128,
            layer_types: [...range(8)].map((i) => (i % 4 === 0 ? "full_attention" : "sliding_attention")),
            mlp_layer_types: [...range(8)].map((i) => (i === 0 ? "dense" : "sparse")), num_experts: 256,
            num_experts_per_tok: 8, moe_intermediate_size: 512, shared_expert_intermediate_size: 512, sliding_window: 512,
            gating: true, moe_routed_scaling_factor: 2.5, partial_rotary_factor: 0.5, vocab_size: 100352,
            tie_word_embeddings: false, max_position_embeddings: 262144, rms_norm_eps: 1e-6, rope_theta: 500000,
            swa_rope_theta: 10000 },
    },
    {
        // Laguna-S-2.1: 48 layers of 3072, 48 / 72 query heads, 256 experts of 1024 (10 used), shared expert 1024,
        // gating_types per_head. Cut to 8 layers. Config of the FP8 release.
        id: "laguna-s-2.1-8L", arch: "laguna", pre: "laguna", source: "poolside__Laguna-S-2.1-FP8.json", realLayers: 48,
        hf: { model_type: "laguna", hidden_size: 3072, intermediate_size: 12288, num_hidden_layers: 8, num_attention_heads: 48,
            num_attention_heads_per_layer: [48, 72, 72, 72, 48, 72, 72, 72], num_key_value_heads: 8, head_dim: 128,
            layer_types: [...range(8)].map((i) => (i % 4 === 0 ? "full_attention" : "sliding_attention")),
            mlp_layer_types: [...range(8)].map((i) => (i === 0 ? "dense" : "sparse")), num_experts: 256,
            num_experts_per_tok: 10, moe_intermediate_size: 1024, shared_expert_intermediate_size: 1024, sliding_window: 512,
            gating: "per-head", moe_routed_scaling_factor: 2.5, partial_rotary_factor: 0.5, vocab_size: 100352,
            tie_word_embeddings: false, max_position_embeddings: 262144, rms_norm_eps: 1e-6, rope_theta: 500000,
            swa_rope_theta: 10000 },
    },
    {
        // DeepSeek-V4-Flash: 43 layers (2 with the window alone, then compressed over 4 and 128 tokens in turn; the first
        // 3 hash-routed), one shared key/value head of 512, hyper-connections (4 streams). Cut to 0, 0, 4, 128. The MTP
        // module goes to a separate file (convert_hf_to_gguf.py --mtp), so the file has 4 blocks.
        id: "deepseek-v4-flash-4L", arch: "deepseek4", pre: "deepseek-v3", source: "deepseek-ai__DeepSeek-V4-Flash.json", realLayers: 43,
        sample: { n_routed_experts: 16 }, cutDrop: ["num_nextn_predict_layers"],
        hf: { model_type: "deepseek_v4", hidden_size: 4096, num_hidden_layers: 4, num_attention_heads: 64, num_key_value_heads: 1,
            head_dim: 512, q_lora_rank: 1024, qk_rope_head_dim: 64, o_groups: 8, o_lora_rank: 1024, hc_mult: 4,
            hc_sinkhorn_iters: 20, hc_eps: 1e-6, index_n_heads: 64, index_head_dim: 128, index_topk: 512, n_routed_experts: 256,
            num_experts_per_tok: 6, moe_intermediate_size: 2048, n_shared_experts: 1, num_hash_layers: 3, norm_topk_prob: true,
            routed_scaling_factor: 1.5, swiglu_limit: 10.0, sliding_window: 128, compress_ratios: [0, 0, 4, 128],
            compress_rope_theta: 160000, vocab_size: 129280, tie_word_embeddings: false, max_position_embeddings: 1048576,
            rms_norm_eps: 1e-6, rope_theta: 10000,
            rope_scaling: { type: "yarn", factor: 16, original_max_position_embeddings: 65536, beta_fast: 32, beta_slow: 1 } },
    },
    {
        // DeepSeek-V4-Pro: 61 layers (128, 128, then 4 and 128 in turn), 7168 wide, 128 heads in 16 output groups, 384
        // experts of 3072. Cut to 128, 128, 4, 128.
        id: "deepseek-v4-pro-4L", arch: "deepseek4", pre: "deepseek-v3", source: "deepseek-ai__DeepSeek-V4-Pro.json", realLayers: 61,
        cutDrop: ["num_nextn_predict_layers"],
        hf: { model_type: "deepseek_v4", hidden_size: 7168, num_hidden_layers: 4, num_attention_heads: 128, num_key_value_heads: 1,
            head_dim: 512, q_lora_rank: 1536, qk_rope_head_dim: 64, o_groups: 16, o_lora_rank: 1024, hc_mult: 4,
            hc_sinkhorn_iters: 20, hc_eps: 1e-6, index_n_heads: 64, index_head_dim: 128, index_topk: 1024, n_routed_experts: 384,
            num_experts_per_tok: 6, moe_intermediate_size: 3072, n_shared_experts: 1, num_hash_layers: 3, norm_topk_prob: true,
            routed_scaling_factor: 2.5, swiglu_limit: 10.0, sliding_window: 128, compress_ratios: [128, 128, 4, 128],
            compress_rope_theta: 160000, vocab_size: 129280, tie_word_embeddings: false, max_position_embeddings: 1048576,
            rms_norm_eps: 1e-6, rope_theta: 10000,
            rope_scaling: { type: "yarn", factor: 16, original_max_position_embeddings: 65536, beta_fast: 32, beta_slow: 1 } },
    },
    {
        // Step-3.5-Flash (step35): 45 layers, one full-attention layer (64 query heads) in four, the others sliding
        // (window 512, 96 query heads), 8 KV heads of 128 everywhere, a gate per head; the first 3 layers dense, the
        // rest 288 experts of 1280 (8 used) beside a shared expert, with a router bias; + 3 MTP blocks (sliding,
        // dense, a head of their own). Cut to 3 dense + 5 MoE layers + the MTP blocks.
        id: "step-3.5-flash-8L", arch: "step35", pre: "deepseek-llm", source: "stepfun-ai__Step-3.5-Flash.json", configDir: EXTRA_CONFIG_DIR, realLayers: 45,
        sample: { moe_num_experts: 16 },
        hf: { model_type: "step3p5", hidden_size: 4096, intermediate_size: 11264, num_hidden_layers: 8,
            num_attention_heads: 64, num_attention_groups: 8, head_dim: 128,
            attention_other_setting: { num_attention_heads: 96, num_attention_groups: 8, head_dim: 128 },
            layer_types: [...range(11)].map((i) => (i % 4 === 0 ? "full_attention" : "sliding_attention")),
            sliding_window: 512, moe_num_experts: 288, moe_top_k: 8, moe_intermediate_size: 1280, share_expert_dim: 1280,
            moe_layers_enum: "3,4,5,6,7", moe_router_scaling_factor: 3.0, norm_expert_weight: true,
            use_head_wise_attn_gate: true, use_qk_norm: true, use_moe_router_bias: true, num_nextn_predict_layers: 3,
            vocab_size: 128896, tie_word_embeddings: false, max_position_embeddings: 262144, rms_norm_eps: 1e-5,
            rope_theta: 5000000.0 },
    },
    {
        // Muse-Glimmer-30B's text model (muse-glimmer): 52 layers, three sliding (window 2048, RoPE) and one full
        // (no RoPE) in four, 32 heads and 2 KV heads of 128, an output gate per query feature, four norms per layer,
        // dense MLP 19968; cut to 8. The vision tower goes to the separate mmproj file, not measured.
        id: "muse-glimmer-30b-8L", arch: "muse-glimmer", pre: "default", source: "meta-models__Muse-Glimmer-30B.json", realLayers: 52,
        sample: { num_hidden_layers: 4 },
        hf: { model_type: "muse_glimmer_text", hidden_size: 6656, intermediate_size: 19968, num_hidden_layers: 8,
            num_attention_heads: 32, num_key_value_heads: 2, head_dim: 128, sliding_window: 2048,
            layer_types: [...range(8)].map((i) => ((i + 1) % 4 === 0 ? "full_attention" : "sliding_attention")),
            final_logit_softcapping: 20.0, output_multiplier: 0.19611613513818404, vocab_size: 202048,
            tie_word_embeddings: false, max_position_embeddings: 131072, rms_norm_eps: 1e-5, rope_theta: 500000.0 },
    },
    {
        // Kimi-K3's text model (kimi_linear in text_config): 93 layers, MLA at the 1-based layers 4, 8, ..., 92 and 93,
        // Kimi Delta Attention (96 heads of 128, full-rank gate) elsewhere; layer 0 dense, then 896 latent experts
        // (3584 wide, 16 used) beside 2 shared; MLA with an output gate; attention residual scores. Cut to the first 8
        // layers: 6 KDA + 2 MLA, 1 dense + 7 MoE. The vision tower goes to the separate mmproj file, not measured.
        id: "kimi-k3-8L", arch: "kimi-k3", pre: "kimi-k2", source: "moonshotai__Kimi-K3.json", realLayers: 93,
        hf: { model_type: "kimi_linear", hidden_size: 7168, intermediate_size: 33792, num_hidden_layers: 8,
            num_attention_heads: 96, num_key_value_heads: 96, q_lora_rank: 1536, kv_lora_rank: 512, qk_nope_head_dim: 128,
            qk_rope_head_dim: 64, v_head_dim: 128, mla_use_output_gate: true,
            linear_attn_config: { full_attn_layers: [4, 8], kda_layers: [1, 2, 3, 5, 6, 7], num_heads: 96, head_dim: 128,
                short_conv_kernel_size: 4, use_full_rank_gate: true, gate_lower_bound: -5.0 },
            num_experts: 896, num_experts_per_token: 16, moe_intermediate_size: 3072, num_shared_experts: 2,
            routed_expert_hidden_size: 3584, latent_moe_use_norm: true, first_k_dense_replace: 1, moe_renormalize: true,
            routed_scaling_factor: 1.0, attn_res_block_size: 12, activation_situ_beta: 4.0, activation_situ_linear_beta: 25.0,
            vocab_size: 163840, tie_word_embeddings: false, max_position_embeddings: 1048576, rms_norm_eps: 1e-5 },
    },
    {
        // MiniMax-M3: 60 layers, the first 3 dense (12288), then 128 experts of 3072 (4 used) beside 1 shared, with MiniMax
        // sparse attention's indexer (4 heads of 128, 16 blocks of 128 tokens); GQA with 4 KV heads of 128 and q/k norms
        // per head. Cut to 3 dense + 2 sparse MoE layers.
        id: "minimax-m3-5L", arch: "minimax-m3", pre: "minimax-m2", source: "MiniMaxAI__MiniMax-M3.json", realLayers: 60,
        hf: { model_type: "minimax_m3", hidden_size: 6144, intermediate_size: 3072, dense_intermediate_size: 12288,
            moe_intermediate_size: 3072, shared_intermediate_size: 3072, num_hidden_layers: 5, num_attention_heads: 64,
            num_key_value_heads: 4, head_dim: 128, rotary_dim: 64, num_local_experts: 128, num_experts_per_tok: 4,
            n_shared_experts: 1, first_k_dense_replace: 3, routed_scaling_factor: 2.0,
            sparse_attention_config: { sparse_num_index_heads: 4, sparse_index_dim: 128, sparse_topk_blocks: 16,
                sparse_block_size: 128, sparse_local_block: 1 },
            vocab_size: 200064, tie_word_embeddings: false, max_position_embeddings: 1048576, rms_norm_eps: 1e-6,
            rope_theta: 5000000 },
    },
];

// `--sample` (measure_new_archs.mjs): the models that have a `sample` entry, with those fields changed (fewer
// experts, so that a real load fits in memory); their id says what changed. Used to check that llama.cpp's dry run
// (no_alloc) and a real load give the same buffers.
export function sampleModels() {
    return NEW_MODELS.filter((m) => m.sample).map((m) => {
        const tag = Object.entries(m.sample).map(([k, v]) => `-${k}=${v}`).join("");
        return { ...m, id: m.id + tag, isSample: true, hf: { ...m.hf, ...m.sample } };
    });
}

// The published config.json of a model (from `dir`), cut as measured: num_hidden_layers and the per-layer pattern
// (layer_types, hybrid_override_pattern) cut to the layers used, a sample's changed fields applied, and the vision
// and audio towers and the checkpoint's quantization_config dropped (the GGUF files are F16), non-finite numbers null. What the CSV's
// hf_config column holds, so that the estimator can read it as it reads any config.json.
export function cutConfig(m, dir = CONFIG_DIR) {
    const file = path.join(m.configDir ?? dir, m.source);
    if (!m.source.endsWith(".json") || !fs.existsSync(file)) return { ...m.hf };
    // Python's json writes non-finite numbers as bare Infinity/NaN, which JSON has not (Nemotron-3 Super's
    // time_step_limit): they become null
    const c = JSON.parse(fs.readFileSync(file, "utf8").replace(/-?\bInfinity\b|\bNaN\b/g, "null"));
    const t = c.text_config ?? c;
    for (const o of [c, t]) for (const k of ["vision_config", "audio_config", "quantization_config"]) delete o[k];
    const n = m.hf.num_hidden_layers, fullLayers = t.num_hidden_layers;
    t.num_hidden_layers = n;
    if (Array.isArray(t.layer_types)) t.layer_types = t.layer_types.slice(0, n);
    if (typeof t.hybrid_override_pattern === "string") t.hybrid_override_pattern = t.hybrid_override_pattern.slice(0, n);
    // MiMo-V2-Flash's and Laguna's per-layer lists
    for (const k of ["hybrid_layer_pattern", "moe_layer_freq", "mlp_layer_types", "num_attention_heads_per_layer", "gating_types"])
        if (Array.isArray(t[k])) t[k] = t[k].slice(0, n);
    // DeepSeek-V4: one ratio per block as measured, then the MTP module's
    if (Array.isArray(t.compress_ratios)) t.compress_ratios = [...m.hf.compress_ratios, ...t.compress_ratios.slice(fullLayers)];
    if (Array.isArray(t.layer_rope_theta)) t.layer_rope_theta = t.layer_rope_theta.slice(0, n);
    // Step 3.5/3.7 also list their MTP blocks in layer_types, and name their MoE layers
    if (m.arch === "step35") {
        t.layer_types = m.hf.layer_types;
        t.moe_layers_enum = m.hf.moe_layers_enum;
    }
    // Kimi's linear_attn_config names 1-based layers; MiniMax-M3 lists a 0/1 flag per layer
    const la = t.linear_attn_config;
    if (la) for (const k of ["full_attn_layers", "kda_layers"]) if (Array.isArray(la[k])) la[k] = la[k].filter((x) => x <= n);
    const sac = t.sparse_attention_config;
    if (sac) for (const k of ["sparse_attention_freq", "sparse_disable_index_value"]) if (Array.isArray(sac[k])) sac[k] = sac[k].slice(0, n);
    if (m.isSample) Object.assign(t, m.sample);
    // what the written file leaves out, so that the cut config describes the file measured
    for (const k of m.cutDrop ?? []) delete t[k];
    return c;
}

// number of blocks in the file (trunk + MTP/nextn blocks)
export function blockCount(m) {
    const h = m.hf;
    if (m.arch === "deepseek4") return h.num_hidden_layers; // the MTP module goes to its own file
    return h.num_hidden_layers + (h.mtp_num_hidden_layers ?? 0) + (h.num_nextn_predict_layers ?? 0);
}

// per-layer kind of token mixer, for the trunk layers (what the CSV's layer_kinds column lists)
export function layerKinds(m) {
    const h = m.hf, n = h.num_hidden_layers;
    switch (m.arch) {
        case "qwen35": case "qwen35moe": case "qwen3next":
            return range(n).map((i) => ((i + 1) % h.full_attention_interval === 0 ? "attn" : "gdn"));
        case "gemma4": return h.layer_types.map((t) => (t === "full_attention" ? "attn" : "swa"));
        case "nemotron_h_moe": return [...h.hybrid_override_pattern].map((c) => ({ M: "mamba2", E: "moe", "*": "attn" })[c]);
        case "llama4": return range(n).map((i) => ((i + 1) % 4 === 0 ? "attn" : "chunked"));
        case "deepseek32": case "glm-dsa": return range(n).map(() => "mla+indexer");
        case "lfm2": return range(n).map((i) => (h.full_attn_idxs.includes(i) ? "attn" : "shortconv"));
        case "glm4moe": case "mistral3": return range(n).map(() => "attn");
        case "granitehybrid": return h.layer_types.map((t) => (t === "attention" ? "attn" : "mamba2"));
        case "mimo2": return h.hybrid_layer_pattern.map((x) => (x === 1 ? "swa" : "attn"));
        case "laguna": return h.layer_types.map((t) => (t === "full_attention" ? "attn" : "swa"));
        case "deepseek4": return h.compress_ratios.map((r) => ({ 0: "swa", 4: "swa+csa+indexer", 128: "swa+hca" })[r]);
        case "step35": case "muse-glimmer": return h.layer_types.slice(0, n).map((t) => (t === "full_attention" ? "attn" : "swa"));
        case "kimi-k3": return range(n).map((i) => (h.linear_attn_config.full_attn_layers.includes(i + 1) ? "mla" : "kda"));
        case "minimax-m3": return range(n).map((i) => (i < h.first_k_dense_replace ? "attn" : "attn+msa"));
        default: throw new Error(`unknown arch ${m.arch}`);
    }
}

const lfm2Ff = (h) => {
    let ff = Math.floor((2 * h.block_ff_dim) / 3);
    ff = Math.floor(h.block_ffn_dim_multiplier * ff);
    return h.block_multiple_of * Math.floor((ff + h.block_multiple_of - 1) / h.block_multiple_of);
};

export function newMetadataKv(m) {
    const h = m.hf, a = m.arch, p = (k) => `${a}.${k}`, n = h.num_hidden_layers, nb = blockCount(m);
    const kv = [
        ["general.architecture", GT.STR, a],
        ["general.name", GT.STR, m.id],
        [p("block_count"), GT.U32, nb],
        [p("context_length"), GT.U32, h.max_position_embeddings],
        [p("embedding_length"), GT.U32, h.hidden_size],
        [p("attention.head_count"), GT.U32, h.num_attention_heads],
        [p("rope.freq_base"), GT.F32, h.rope_theta ?? h.rope_theta_full],
        [p("attention.layer_norm_rms_epsilon"), GT.F32, h.rms_norm_eps ?? h.layer_norm_epsilon ?? h.layernorm_epsilon ?? h.norm_eps],
    ];
    const u32 = (k, v) => kv.push([p(k), GT.U32, v]);
    const f32 = (k, v) => kv.push([p(k), GT.F32, v]);
    const arrU32 = (k, arr) => kv.push([p(k), GT.ARR, GT.U32, arr]);
    if (a === "qwen35" || a === "qwen35moe" || a === "qwen3next") {
        u32("attention.head_count_kv", h.num_key_value_heads);
        u32("attention.key_length", h.head_dim);
        u32("attention.value_length", h.head_dim);
        u32("rope.dimension_count", h.head_dim * h.partial_rotary_factor);
        u32("ssm.conv_kernel", h.linear_conv_kernel_dim);
        u32("ssm.state_size", h.linear_key_head_dim);
        u32("ssm.group_count", h.linear_num_key_heads);
        u32("ssm.time_step_rank", h.linear_num_value_heads);
        u32("ssm.inner_size", h.linear_value_head_dim * h.linear_num_value_heads);
        u32("full_attention_interval", h.full_attention_interval);
        if (h.mrope_section) kv.push([p("rope.dimension_sections"), GT.ARR, GT.I32, [...h.mrope_section, 0]]);
        if (h.intermediate_size) u32("feed_forward_length", h.intermediate_size);
        if (h.num_experts) {
            u32("expert_count", h.num_experts);
            u32("expert_used_count", h.num_experts_per_tok);
            u32("expert_feed_forward_length", h.moe_intermediate_size);
            u32("expert_shared_feed_forward_length", h.shared_expert_intermediate_size);
        }
        if (h.mtp_num_hidden_layers) u32("nextn_predict_layers", h.mtp_num_hidden_layers);
    }
    if (a === "gemma4") {
        const swa = h.layer_types.map((t) => t === "sliding_attention");
        kv.push([p("attention.sliding_window_pattern"), GT.ARR, GT.BOOL, swa]);
        // the converter writes one number when the global layers name no KV heads of their own (the E-series)
        if (h.num_global_key_value_heads) arrU32("attention.head_count_kv", swa.map((s) => (s ? h.num_key_value_heads : h.num_global_key_value_heads)));
        else u32("attention.head_count_kv", h.num_key_value_heads);
        u32("attention.shared_kv_layers", h.num_kv_shared_layers);
        u32("embedding_length_per_layer_input", h.hidden_size_per_layer_input);
        u32("attention.key_length", h.global_head_dim);
        u32("attention.value_length", h.global_head_dim);
        u32("attention.key_length_swa", h.head_dim);
        u32("attention.value_length_swa", h.head_dim);
        u32("rope.dimension_count", h.global_head_dim);
        u32("rope.dimension_count_swa", h.head_dim);
        f32("rope.freq_base_swa", h.rope_theta_sliding);
        u32("attention.sliding_window", h.sliding_window);
        f32("final_logit_softcapping", h.final_logit_softcapping);
        if (h.use_double_wide_mlp && h.num_kv_shared_layers) // conversion/gemma.py: the sharing layers' MLPs are twice as wide
            arrU32("feed_forward_length", range(n).map((i) => (i < n - h.num_kv_shared_layers ? 1 : 2) * h.intermediate_size));
        else u32("feed_forward_length", h.intermediate_size);
        if (h.num_experts) {
            u32("expert_count", h.num_experts);
            u32("expert_used_count", h.top_k_experts);
            u32("expert_feed_forward_length", h.moe_intermediate_size);
        }
    }
    if (a === "nemotron_h_moe") {
        const pat = [...h.hybrid_override_pattern];
        arrU32("attention.head_count_kv", pat.map((c) => (c === "*" ? h.num_key_value_heads : 0)));
        arrU32("feed_forward_length", pat.map((c) => (c === "E" ? h.moe_intermediate_size : 0)));
        u32("attention.key_length", h.head_dim);
        u32("attention.value_length", h.head_dim);
        u32("rope.dimension_count", h.head_dim);
        f32("attention.layer_norm_epsilon", h.layer_norm_epsilon);
        u32("ssm.conv_kernel", h.conv_kernel);
        u32("ssm.state_size", h.ssm_state_size);
        u32("ssm.group_count", h.n_groups);
        u32("ssm.time_step_rank", h.mamba_num_heads);
        u32("ssm.inner_size", h.mamba_num_heads * h.mamba_head_dim);
        u32("expert_count", h.n_routed_experts);
        u32("expert_used_count", h.num_experts_per_tok);
        u32("expert_feed_forward_length", h.moe_intermediate_size);
        u32("expert_shared_feed_forward_length", h.moe_shared_expert_intermediate_size);
        u32("expert_shared_count", h.n_shared_experts);
        kv.push([p("expert_weights_norm"), GT.BOOL, h.norm_topk_prob]);
        f32("expert_weights_scale", h.routed_scaling_factor);
        u32("expert_group_count", h.n_group);
        if (h.moe_latent_size) u32("moe_latent_size", h.moe_latent_size);
    }
    if (a === "llama4") {
        u32("attention.head_count_kv", h.num_key_value_heads);
        u32("attention.key_length", h.head_dim);
        u32("attention.value_length", h.head_dim);
        u32("rope.dimension_count", h.head_dim);
        u32("vocab_size", h.vocab_size);
        u32("feed_forward_length", h.intermediate_size_mlp);
        u32("expert_feed_forward_length", h.intermediate_size);
        u32("expert_count", h.num_local_experts);
        u32("expert_used_count", h.num_experts_per_tok);
        u32("interleave_moe_layer_step", h.interleave_moe_layer_step);
    }
    if (a === "deepseek32" || a === "glm-dsa") {
        u32("attention.head_count_kv", 1);
        u32("vocab_size", h.vocab_size);
        u32("feed_forward_length", h.intermediate_size);
        u32("leading_dense_block_count", h.first_k_dense_replace);
        u32("attention.q_lora_rank", h.q_lora_rank);
        u32("attention.kv_lora_rank", h.kv_lora_rank);
        u32("attention.key_length", h.kv_lora_rank + h.qk_rope_head_dim);
        u32("attention.value_length", h.kv_lora_rank);
        u32("attention.key_length_mla", h.qk_nope_head_dim + h.qk_rope_head_dim);
        u32("attention.value_length_mla", h.v_head_dim);
        u32("rope.dimension_count", h.qk_rope_head_dim);
        u32("expert_count", h.n_routed_experts);
        u32("expert_used_count", h.num_experts_per_tok);
        u32("expert_shared_count", h.n_shared_experts);
        u32("expert_feed_forward_length", h.moe_intermediate_size);
        f32("expert_weights_scale", h.routed_scaling_factor);
        kv.push([p("expert_weights_norm"), GT.BOOL, h.norm_topk_prob]);
        u32("expert_gating_func", 2); // sigmoid
        u32("expert_group_count", h.n_group);
        u32("expert_group_used_count", h.topk_group);
        u32("attention.indexer.head_count", h.index_n_heads);
        u32("attention.indexer.key_length", h.index_head_dim);
        u32("attention.indexer.top_k", h.index_topk);
        u32("nextn_predict_layers", h.num_nextn_predict_layers);
        if (h.rope_scaling) {
            kv.push([p("rope.scaling.type"), GT.STR, "yarn"]);
            f32("rope.scaling.factor", h.rope_scaling.factor);
            u32("rope.scaling.original_context_length", h.rope_scaling.original_max_position_embeddings);
            f32("rope.scaling.yarn_log_multiplier", 0.1 * h.rope_scaling.mscale_all_dim);
        }
    }
    if (a === "glm4moe") {
        u32("attention.head_count_kv", h.num_key_value_heads);
        u32("attention.key_length", h.head_dim);
        u32("attention.value_length", h.head_dim);
        u32("rope.dimension_count", h.head_dim * h.partial_rotary_factor);
        u32("vocab_size", h.vocab_size);
        u32("feed_forward_length", h.intermediate_size);
        u32("expert_count", h.n_routed_experts);
        u32("expert_used_count", h.num_experts_per_tok);
        u32("expert_group_count", h.n_group);
        u32("expert_group_used_count", h.topk_group);
        u32("expert_feed_forward_length", h.moe_intermediate_size);
        u32("expert_shared_count", h.n_shared_experts);
        u32("leading_dense_block_count", h.first_k_dense_replace);
        u32("expert_gating_func", 2); // sigmoid
        f32("expert_weights_scale", h.routed_scaling_factor);
        kv.push([p("expert_weights_norm"), GT.BOOL, h.norm_topk_prob]);
        u32("nextn_predict_layers", h.num_nextn_predict_layers);
    }
    if (a === "granitehybrid") {
        // conversion/granite.py: the Granite and Mamba2 keys; head_count_kv per block (0 for Mamba2), no RoPE in the
        // hybrids (rope.scaling.finetuned false, context_length 2^20)
        kv.find((e) => e[0] === p("context_length"))[2] = 1 << 20;
        arrU32("attention.head_count_kv", h.layer_types.map((t) => (t === "attention" ? h.num_key_value_heads : 0)));
        u32("vocab_size", h.vocab_size);
        u32("rope.dimension_count", h.hidden_size / h.num_attention_heads);
        u32("feed_forward_length", h.intermediate_size);
        u32("expert_count", h.num_local_experts);
        u32("expert_used_count", h.num_experts_per_tok);
        if (h.shared_intermediate_size) u32("expert_shared_feed_forward_length", h.shared_intermediate_size);
        u32("ssm.conv_kernel", h.mamba_d_conv);
        u32("ssm.state_size", h.mamba_d_state);
        u32("ssm.group_count", h.mamba_n_groups);
        u32("ssm.inner_size", h.mamba_expand * h.hidden_size);
        u32("ssm.time_step_rank", h.mamba_n_heads);
        kv.push([p("rope.scaling.finetuned"), GT.BOOL, false]);
    }
    if (a === "mistral3") {
        u32("attention.head_count_kv", h.num_key_value_heads);
        u32("attention.key_length", h.head_dim);
        u32("attention.value_length", h.head_dim);
        u32("rope.dimension_count", h.head_dim);
        u32("vocab_size", h.vocab_size);
        u32("feed_forward_length", h.intermediate_size);
    }
    if (a === "mimo2") {
        // conversion/mimo.py: head_count_kv and the sliding pattern per block, value_length v_head_dim, partial RoPE
        // over int(head_dim * partial_rotary_factor) dims
        const swa = h.hybrid_layer_pattern.map((x) => x === 1);
        arrU32("attention.head_count_kv", swa.map((s) => (s ? h.swa_num_key_value_heads : h.num_key_value_heads)));
        kv.push([p("attention.sliding_window_pattern"), GT.ARR, GT.BOOL, swa]);
        u32("attention.sliding_window", h.sliding_window);
        u32("attention.key_length", h.head_dim);
        u32("attention.value_length", h.v_head_dim);
        u32("rope.dimension_count", Math.floor(h.head_dim * h.partial_rotary_factor));
        f32("rope.freq_base_swa", h.swa_rope_theta);
        f32("attention.value_scale", h.attention_value_scale);
        u32("vocab_size", h.vocab_size);
        u32("feed_forward_length", h.intermediate_size);
        u32("expert_count", h.n_routed_experts);
        u32("expert_used_count", h.num_experts_per_tok);
        u32("expert_feed_forward_length", h.moe_intermediate_size);
    }
    if (a === "laguna") {
        // conversion/laguna.py: query heads per layer, per-layer-type RoPE dims, sigmoid routing with a correction bias
        const at = kv.findIndex((e) => e[0] === p("attention.head_count"));
        kv[at] = [p("attention.head_count"), GT.ARR, GT.U32, h.num_attention_heads_per_layer];
        u32("attention.head_count_kv", h.num_key_value_heads);
        u32("attention.key_length", h.head_dim);
        u32("attention.value_length", h.head_dim);
        u32("attention.sliding_window", h.sliding_window);
        u32("rope.dimension_count", h.head_dim * h.partial_rotary_factor);
        u32("rope.dimension_count_swa", h.head_dim);
        f32("rope.freq_base_swa", h.swa_rope_theta);
        u32("vocab_size", h.vocab_size);
        u32("feed_forward_length", h.intermediate_size);
        u32("expert_count", h.num_experts);
        u32("expert_used_count", h.num_experts_per_tok);
        u32("expert_feed_forward_length", h.moe_intermediate_size);
        u32("expert_shared_feed_forward_length", h.shared_expert_intermediate_size);
        kv.push([p("expert_weights_norm"), GT.BOOL, true]);
        f32("expert_weights_scale", h.moe_routed_scaling_factor);
        u32("expert_gating_func", 2); // sigmoid
        u32("leading_dense_block_count", h.mlp_layer_types.findIndex((t) => t !== "dense"));
    }
    if (a === "deepseek4") {
        // conversion/deepseek.py DeepseekV4Model.set_gguf_parameters and the TextModel keys it builds on
        u32("attention.head_count_kv", h.num_key_value_heads);
        u32("attention.key_length", h.head_dim);
        u32("attention.value_length", h.head_dim);
        u32("rope.dimension_count", h.qk_rope_head_dim);
        u32("vocab_size", h.vocab_size);
        u32("attention.q_lora_rank", h.q_lora_rank);
        u32("attention.sliding_window", h.sliding_window);
        u32("expert_count", h.n_routed_experts);
        u32("expert_used_count", h.num_experts_per_tok);
        u32("expert_feed_forward_length", h.moe_intermediate_size);
        u32("expert_shared_count", h.n_shared_experts);
        f32("expert_weights_scale", h.routed_scaling_factor);
        kv.push([p("expert_weights_norm"), GT.BOOL, h.norm_topk_prob]);
        u32("expert_gating_func", 4); // sqrtsoftplus
        kv.push([p("swiglu_clamp_exp"), GT.ARR, GT.F32, range(nb).map(() => h.swiglu_limit)]);
        kv.push([p("swiglu_clamp_shexp"), GT.ARR, GT.F32, range(nb).map(() => h.swiglu_limit)]);
        u32("attention.indexer.head_count", h.index_n_heads);
        u32("attention.indexer.key_length", h.index_head_dim);
        u32("attention.indexer.top_k", h.index_topk);
        u32("attention.output_group_count", h.o_groups);
        u32("attention.output_lora_rank", h.o_lora_rank);
        arrU32("attention.compress_ratios", h.compress_ratios);
        f32("attention.compress_rope_freq_base", h.compress_rope_theta);
        u32("hyper_connection.count", h.hc_mult);
        u32("hyper_connection.sinkhorn_iterations", h.hc_sinkhorn_iters);
        f32("hyper_connection.epsilon", h.hc_eps);
        u32("hash_layer_count", h.num_hash_layers);
        u32("embedding_length_out", h.hidden_size * h.hc_mult);
        kv.push([p("rope.scaling.type"), GT.STR, "yarn"]);
        f32("rope.scaling.factor", h.rope_scaling.factor);
        u32("rope.scaling.original_context_length", h.rope_scaling.original_max_position_embeddings);
        f32("rope.scaling.yarn_beta_fast", h.rope_scaling.beta_fast);
        f32("rope.scaling.yarn_beta_slow", h.rope_scaling.beta_slow);
    }
    if (a === "step35") {
        // conversion/step3.py: per-block head counts and sliding pattern over the trunk and the MTP blocks
        const swa = h.layer_types.slice(0, nb).map((t) => t === "sliding_attention");
        const other = h.attention_other_setting;
        arrU32("attention.head_count", swa.map((s) => (s ? other.num_attention_heads : h.num_attention_heads)));
        arrU32("attention.head_count_kv", swa.map((s) => (s ? other.num_attention_groups : h.num_attention_groups)));
        kv.splice(kv.findIndex((e) => e[0] === p("attention.head_count")), 1); // the scalar the array replaces
        kv.push([p("attention.sliding_window_pattern"), GT.ARR, GT.BOOL, swa]);
        u32("attention.sliding_window", h.sliding_window);
        u32("attention.key_length", h.head_dim);
        u32("attention.value_length", h.head_dim);
        u32("vocab_size", h.vocab_size);
        u32("feed_forward_length", h.intermediate_size);
        u32("expert_count", h.moe_num_experts);
        u32("expert_used_count", h.moe_top_k);
        u32("expert_feed_forward_length", h.moe_intermediate_size);
        u32("expert_shared_feed_forward_length", h.share_expert_dim);
        f32("expert_weights_scale", h.moe_router_scaling_factor);
        kv.push([p("expert_weights_norm"), GT.BOOL, h.norm_expert_weight]);
        u32("leading_dense_block_count", Math.min(...h.moe_layers_enum.split(",").map(Number)));
        u32("moe_every_n_layers", 1);
        u32("nextn_predict_layers", h.num_nextn_predict_layers);
    }
    if (a === "muse-glimmer") {
        // conversion/muse_glimmer.py: softcapping, the output multiplier as logit_scale, the sliding pattern
        u32("attention.head_count_kv", h.num_key_value_heads);
        u32("attention.key_length", h.head_dim);
        u32("attention.value_length", h.head_dim);
        u32("vocab_size", h.vocab_size);
        u32("feed_forward_length", h.intermediate_size);
        f32("final_logit_softcapping", h.final_logit_softcapping);
        f32("logit_scale", h.output_multiplier);
        u32("attention.sliding_window", h.sliding_window);
        kv.push([p("attention.sliding_window_pattern"), GT.ARR, GT.BOOL, h.layer_types.slice(0, n).map((t) => t === "sliding_attention")]);
    }
    if (a === "kimi-k3") {
        // conversion/kimi_k3.py: MLA served as MQA (one KV head, 0 for a KDA block), the latent as the cached key
        const la = h.linear_attn_config;
        kv.splice(kv.findIndex((e) => e[0] === p("rope.freq_base")), 1); // the config names no rope_theta
        arrU32("attention.head_count_kv", range(n).map((i) => (la.full_attn_layers.includes(i + 1) ? 1 : 0)));
        u32("vocab_size", h.vocab_size);
        u32("feed_forward_length", h.intermediate_size);
        u32("ssm.conv_kernel", la.short_conv_kernel_size);
        u32("kda.head_dim", la.head_dim);
        f32("kda.gate_lower_bound", la.gate_lower_bound);
        u32("attention.q_lora_rank", h.q_lora_rank);
        u32("attention.kv_lora_rank", h.kv_lora_rank);
        u32("rope.dimension_count", h.qk_rope_head_dim);
        u32("attention.key_length", h.kv_lora_rank + h.qk_rope_head_dim);
        u32("attention.value_length", h.kv_lora_rank);
        u32("attention.key_length_mla", h.qk_nope_head_dim + h.qk_rope_head_dim);
        u32("attention.value_length_mla", h.v_head_dim);
        u32("expert_count", h.num_experts);
        u32("expert_used_count", h.num_experts_per_token);
        u32("expert_feed_forward_length", h.moe_intermediate_size);
        u32("expert_shared_count", h.num_shared_experts);
        u32("leading_dense_block_count", h.first_k_dense_replace);
        f32("expert_weights_scale", h.routed_scaling_factor);
        kv.push([p("expert_weights_norm"), GT.BOOL, h.moe_renormalize]);
        u32("expert_gating_func", 2); // sigmoid
        u32("expert_latent_length", h.routed_expert_hidden_size);
        f32("activation.situ_beta", h.activation_situ_beta);
        f32("activation.situ_linear_beta", h.activation_situ_linear_beta);
        u32("attn_res.block_size", h.attn_res_block_size);
    }
    if (a === "minimax-m3") {
        // conversion/minimax.py (MiniMaxM3Model over MiniMaxM2Model): the dense width as feed_forward_length, the
        // experts' as expert_feed_forward_length, the indexer's shape
        const sac = h.sparse_attention_config;
        u32("attention.head_count_kv", h.num_key_value_heads);
        u32("attention.key_length", h.head_dim);
        u32("attention.value_length", h.head_dim);
        u32("rope.dimension_count", h.rotary_dim);
        u32("vocab_size", h.vocab_size);
        u32("feed_forward_length", h.dense_intermediate_size);
        u32("expert_count", h.num_local_experts);
        u32("expert_used_count", h.num_experts_per_tok);
        u32("expert_feed_forward_length", h.intermediate_size);
        u32("expert_shared_count", h.n_shared_experts);
        f32("expert_weights_scale", h.routed_scaling_factor);
        kv.push([p("expert_weights_norm"), GT.BOOL, true]);
        u32("expert_gating_func", 2); // sigmoid
        u32("leading_dense_block_count", h.first_k_dense_replace);
        u32("attention.indexer.head_count", sac.sparse_num_index_heads);
        u32("attention.indexer.key_length", sac.sparse_index_dim);
        u32("attention.indexer.top_k", sac.sparse_topk_blocks);
        u32("attention.indexer.block_size", sac.sparse_block_size);
        u32("attention.indexer.local_blocks", sac.sparse_local_block);
    }
    if (a === "lfm2") {
        arrU32("attention.head_count_kv", range(n).map((i) => (h.full_attn_idxs.includes(i) ? h.num_key_value_heads : 0)));
        u32("vocab_size", h.vocab_size);
        u32("shortconv.l_cache", h.conv_L_cache);
        u32("feed_forward_length", lfm2Ff(h));
    }
    return kv;
}

// tensors in ggml order (ne0 = input dimension), with the types of an F16 conversion (conversion/base.py): F32 for
// 1-D tensors, `*_norm.weight`, names not ending in `.weight`, ffn_gate_inp(_shexp), ssm_conv1d, shortconv.conv
// and indexer.proj; F16 for the rest
export function newTensorList(m) {
    const h = m.hf, a = m.arch, E = h.hidden_size, V = h.vocab_size, n = h.num_hidden_layers, nb = blockCount(m);
    const t = [];
    const F32_NAMES = ["ffn_gate_inp", "ssm_conv1d", "ssm_conv1d_q", "ssm_conv1d_k", "ssm_conv1d_v", "shortconv.conv",
        "indexer.proj", "indexer.q_proj", "indexer.k_proj"];
    const add = (name, ne) => {
        const f32 = ne.length === 1 || name.endsWith("_norm.weight") || !name.endsWith(".weight") ||
            F32_NAMES.some((k) => name.includes(`.${k}.`));
        t.push({ name, ne, type: f32 ? "F32" : "F16" });
    };
    add("token_embd.weight", [E, V]);
    if (h.hidden_size_per_layer_input) { // Gemma 4 E-series: the per-layer input table and its projection
        add("per_layer_token_embd.weight", [n * h.hidden_size_per_layer_input, h.vocab_size_per_layer_input]);
        add("per_layer_model_proj.weight", [E, n * h.hidden_size_per_layer_input]);
        add("per_layer_proj_norm.weight", [h.hidden_size_per_layer_input]);
    }
    add(a === "lfm2" ? "token_embd_norm.weight" : "output_norm.weight", [E]);
    if (!h.tie_word_embeddings) add("output.weight", [E, V]);
    if (h.attn_res_block_size) add("output_res_score.weight", [E]);
    const kinds = layerKinds(m);
    const nextn = (b) => {
        add(b + "nextn.eh_proj.weight", [2 * E, E]);
        add(b + "nextn.enorm.weight", [E]);
        add(b + "nextn.hnorm.weight", [E]);
        add(b + "nextn.shared_head_norm.weight", [E]);
    };
    for (let i = 0; i < nb; i++) {
        const b = `blk.${i}.`, mtp = i >= n, kind = mtp ? "attn" : kinds[i];
        if (a === "qwen35" || a === "qwen35moe" || a === "qwen3next") {
            const hd = h.head_dim, H = h.num_attention_heads, KV = h.num_key_value_heads;
            const keyDim = h.linear_key_head_dim * h.linear_num_key_heads, valDim = h.linear_value_head_dim * h.linear_num_value_heads;
            add(b + "attn_norm.weight", [E]);
            add(b + "post_attention_norm.weight", [E]);
            if (kind === "attn") {
                add(b + "attn_q.weight", [E, hd * H * 2]); // query and its output gate
                add(b + "attn_k.weight", [E, hd * KV]);
                add(b + "attn_v.weight", [E, hd * KV]);
                add(b + "attn_output.weight", [hd * H, E]);
                add(b + "attn_q_norm.weight", [hd]);
                add(b + "attn_k_norm.weight", [hd]);
            } else {
                add(b + "attn_qkv.weight", [E, keyDim * 2 + valDim]);
                add(b + "attn_gate.weight", [E, valDim]);
                add(b + "ssm_conv1d.weight", [h.linear_conv_kernel_dim, keyDim * 2 + valDim]);
                add(b + "ssm_dt.bias", [h.linear_num_value_heads]);
                add(b + "ssm_a", [h.linear_num_value_heads]);
                if (a === "qwen3next") add(b + "ssm_ba.weight", [E, 2 * h.linear_num_value_heads]);
                else {
                    add(b + "ssm_beta.weight", [E, h.linear_num_value_heads]);
                    add(b + "ssm_alpha.weight", [E, h.linear_num_value_heads]);
                }
                add(b + "ssm_norm.weight", [h.linear_value_head_dim]);
                add(b + "ssm_out.weight", [valDim, E]);
            }
            if (h.num_experts) {
                const F = h.moe_intermediate_size, X = h.num_experts, S = h.shared_expert_intermediate_size;
                add(b + "ffn_gate_inp.weight", [E, X]);
                add(b + "ffn_gate_exps.weight", [E, F, X]);
                add(b + "ffn_up_exps.weight", [E, F, X]);
                add(b + "ffn_down_exps.weight", [F, E, X]);
                add(b + "ffn_gate_inp_shexp.weight", [E]);
                add(b + "ffn_gate_shexp.weight", [E, S]);
                add(b + "ffn_up_shexp.weight", [E, S]);
                add(b + "ffn_down_shexp.weight", [S, E]);
            } else {
                add(b + "ffn_gate.weight", [E, h.intermediate_size]);
                add(b + "ffn_up.weight", [E, h.intermediate_size]);
                add(b + "ffn_down.weight", [h.intermediate_size, E]);
            }
            if (mtp) nextn(b);
        } else if (a === "gemma4") {
            const swa = kind === "swa", hd = swa ? h.head_dim : h.global_head_dim, H = h.num_attention_heads;
            const KV = swa ? h.num_key_value_heads : (h.num_global_key_value_heads ?? h.num_key_value_heads);
            const ff = h.intermediate_size * (h.use_double_wide_mlp && h.num_kv_shared_layers && i >= n - h.num_kv_shared_layers ? 2 : 1);
            add(b + "attn_norm.weight", [E]);
            add(b + "attn_q.weight", [E, hd * H]);
            add(b + "attn_k.weight", [E, hd * KV]);
            if (!(h.attention_k_eq_v && !swa)) add(b + "attn_v.weight", [E, hd * KV]);
            add(b + "attn_output.weight", [hd * H, E]);
            add(b + "attn_q_norm.weight", [hd]);
            add(b + "attn_k_norm.weight", [hd]);
            add(b + "post_attention_norm.weight", [E]);
            add(b + "layer_output_scale.weight", [1]);
            if (!swa && !t.some((x) => x.name === "rope_freqs.weight")) add("rope_freqs.weight", [hd / 2]);
            add(b + "ffn_norm.weight", [E]);
            add(b + "ffn_gate.weight", [E, ff]);
            add(b + "ffn_up.weight", [E, ff]);
            add(b + "ffn_down.weight", [ff, E]);
            add(b + "post_ffw_norm.weight", [E]);
            if (h.hidden_size_per_layer_input) {
                const P = h.hidden_size_per_layer_input;
                add(b + "inp_gate.weight", [E, P]);
                add(b + "proj.weight", [P, E]);
                add(b + "post_norm.weight", [E]);
            }
            if (!h.num_experts) continue;
            const F = h.moe_intermediate_size, X = h.num_experts;
            add(b + "ffn_gate_inp.weight", [E, X]);
            add(b + "ffn_gate_inp.scale", [E]);
            add(b + "pre_ffw_norm_2.weight", [E]);
            add(b + "post_ffw_norm_1.weight", [E]);
            add(b + "post_ffw_norm_2.weight", [E]);
            add(b + "ffn_gate_exps.weight", [E, F, X]);
            add(b + "ffn_up_exps.weight", [E, F, X]);
            add(b + "ffn_down_exps.weight", [F, E, X]);
            add(b + "ffn_down_exps.scale", [X]);
        } else if (a === "nemotron_h_moe") {
            add(b + "attn_norm.weight", [E]);
            const dInner = h.mamba_num_heads * h.mamba_head_dim, G = h.n_groups, N = h.ssm_state_size, nh = h.mamba_num_heads;
            if (kind === "mamba2") {
                add(b + "ssm_in.weight", [E, 2 * dInner + 2 * G * N + nh]);
                add(b + "ssm_conv1d.weight", [h.conv_kernel, dInner + 2 * G * N]);
                if (h.use_conv_bias) add(b + "ssm_conv1d.bias", [dInner + 2 * G * N]);
                add(b + "ssm_dt.bias", [nh]);
                add(b + "ssm_a", [1, nh]);
                add(b + "ssm_d", [1, nh]);
                add(b + "ssm_norm.weight", [dInner / G, G]);
                add(b + "ssm_out.weight", [dInner, E]);
            } else if (kind === "attn") {
                const hd = h.head_dim;
                add(b + "attn_q.weight", [E, hd * h.num_attention_heads]);
                add(b + "attn_k.weight", [E, hd * h.num_key_value_heads]);
                add(b + "attn_v.weight", [E, hd * h.num_key_value_heads]);
                add(b + "attn_output.weight", [hd * h.num_attention_heads, E]);
            } else {
                const F = h.moe_intermediate_size, X = h.n_routed_experts, S = h.moe_shared_expert_intermediate_size;
                const L = h.moe_latent_size ?? E; // latent MoE: the experts read and write a narrower latent vector
                add(b + "ffn_gate_inp.weight", [E, X]);
                add(b + "exp_probs_b.bias", [X]);
                if (h.moe_latent_size) {
                    add(b + "ffn_latent_down.weight", [E, L]);
                    add(b + "ffn_latent_up.weight", [L, E]);
                }
                add(b + "ffn_up_exps.weight", [L, F, X]);
                add(b + "ffn_down_exps.weight", [F, L, X]);
                add(b + "ffn_up_shexp.weight", [E, S]);
                add(b + "ffn_down_shexp.weight", [S, E]);
            }
        } else if (a === "llama4") {
            const hd = h.head_dim, H = h.num_attention_heads, KV = h.num_key_value_heads;
            add(b + "attn_norm.weight", [E]);
            add(b + "attn_q.weight", [E, hd * H]);
            add(b + "attn_k.weight", [E, hd * KV]);
            add(b + "attn_v.weight", [E, hd * KV]);
            add(b + "attn_output.weight", [hd * H, E]);
            add(b + "ffn_norm.weight", [E]);
            const F = h.intermediate_size, X = h.num_local_experts;
            add(b + "ffn_gate_inp.weight", [E, X]);
            add(b + "ffn_gate_exps.weight", [E, F, X]);
            add(b + "ffn_up_exps.weight", [E, F, X]);
            add(b + "ffn_down_exps.weight", [F, E, X]);
            add(b + "ffn_gate_shexp.weight", [E, F]);
            add(b + "ffn_up_shexp.weight", [E, F]);
            add(b + "ffn_down_shexp.weight", [F, E]);
        } else if (a === "deepseek32" || a === "glm-dsa") {
            const H = h.num_attention_heads, R = h.kv_lora_rank, Q = h.q_lora_rank, hk = h.qk_nope_head_dim + h.qk_rope_head_dim;
            add(b + "attn_norm.weight", [E]);
            add(b + "attn_q_a_norm.weight", [Q]);
            add(b + "attn_kv_a_norm.weight", [R]);
            add(b + "attn_q_a.weight", [E, Q]);
            add(b + "attn_q_b.weight", [Q, H * hk]);
            add(b + "attn_kv_a_mqa.weight", [E, R + h.qk_rope_head_dim]);
            add(b + "attn_k_b.weight", [h.qk_nope_head_dim, R, H]);
            add(b + "attn_v_b.weight", [R, h.v_head_dim, H]);
            add(b + "attn_output.weight", [H * h.v_head_dim, E]);
            add(b + "ffn_norm.weight", [E]);
            add(b + "indexer.k_norm.weight", [h.index_head_dim]);
            add(b + "indexer.k_norm.bias", [h.index_head_dim]);
            add(b + "indexer.proj.weight", [E, h.index_n_heads]);
            add(b + "indexer.attn_k.weight", [E, h.index_head_dim]);
            add(b + "indexer.attn_q_b.weight", [Q, h.index_n_heads * h.index_head_dim]);
            if (i < h.first_k_dense_replace) {
                add(b + "ffn_gate.weight", [E, h.intermediate_size]);
                add(b + "ffn_up.weight", [E, h.intermediate_size]);
                add(b + "ffn_down.weight", [h.intermediate_size, E]);
            } else {
                const F = h.moe_intermediate_size, X = h.n_routed_experts, S = F * h.n_shared_experts;
                add(b + "ffn_gate_inp.weight", [E, X]);
                add(b + "exp_probs_b.bias", [X]);
                add(b + "ffn_gate_exps.weight", [E, F, X]);
                add(b + "ffn_up_exps.weight", [E, F, X]);
                add(b + "ffn_down_exps.weight", [F, E, X]);
                add(b + "ffn_gate_shexp.weight", [E, S]);
                add(b + "ffn_up_shexp.weight", [E, S]);
                add(b + "ffn_down_shexp.weight", [S, E]);
            }
            if (mtp) nextn(b);
        } else if (a === "glm4moe") {
            const hd = h.head_dim, H = h.num_attention_heads, KV = h.num_key_value_heads;
            add(b + "attn_norm.weight", [E]);
            add(b + "attn_q.weight", [E, hd * H]);
            add(b + "attn_k.weight", [E, hd * KV]);
            add(b + "attn_v.weight", [E, hd * KV]);
            if (h.attention_bias) {
                add(b + "attn_q.bias", [hd * H]);
                add(b + "attn_k.bias", [hd * KV]);
                add(b + "attn_v.bias", [hd * KV]);
            }
            add(b + "attn_output.weight", [hd * H, E]);
            if (h.use_qk_norm) {
                add(b + "attn_q_norm.weight", [hd]);
                add(b + "attn_k_norm.weight", [hd]);
            }
            add(b + "post_attention_norm.weight", [E]);
            if (i < h.first_k_dense_replace) {
                add(b + "ffn_gate.weight", [E, h.intermediate_size]);
                add(b + "ffn_up.weight", [E, h.intermediate_size]);
                add(b + "ffn_down.weight", [h.intermediate_size, E]);
            } else {
                const F = h.moe_intermediate_size, X = h.n_routed_experts, S = F * h.n_shared_experts;
                add(b + "ffn_gate_inp.weight", [E, X]);
                add(b + "exp_probs_b.bias", [X]);
                add(b + "ffn_gate_exps.weight", [E, F, X]);
                add(b + "ffn_up_exps.weight", [E, F, X]);
                add(b + "ffn_down_exps.weight", [F, E, X]);
                add(b + "ffn_gate_shexp.weight", [E, S]);
                add(b + "ffn_up_shexp.weight", [E, S]);
                add(b + "ffn_down_shexp.weight", [S, E]);
            }
            if (mtp) {
                nextn(b);
                // GLM's MTP layer has an embedding and a head of its own (model.layers.N.embed_tokens,
                // shared_head.head), which the converter keeps
                add(b + "nextn.embed_tokens.weight", [E, V]);
                add(b + "nextn.shared_head_head.weight", [E, V]);
            }
        } else if (a === "granitehybrid") {
            add(b + "attn_norm.weight", [E]);
            const inner = h.mamba_expand * E, G = h.mamba_n_groups, N = h.mamba_d_state, nh = h.mamba_n_heads;
            if (kind === "mamba2") {
                add(b + "ssm_in.weight", [E, 2 * inner + 2 * G * N + nh]);
                add(b + "ssm_conv1d.weight", [h.mamba_d_conv, inner + 2 * G * N]);
                if (h.mamba_conv_bias) add(b + "ssm_conv1d.bias", [inner + 2 * G * N]);
                add(b + "ssm_dt.bias", [nh]);
                add(b + "ssm_a", [1, nh]);
                add(b + "ssm_d", [1, nh]);
                add(b + "ssm_norm.weight", [inner / G, G]);
                add(b + "ssm_out.weight", [inner, E]);
            } else {
                const hd = E / h.num_attention_heads;
                add(b + "attn_q.weight", [E, hd * h.num_attention_heads]);
                add(b + "attn_k.weight", [E, hd * h.num_key_value_heads]);
                add(b + "attn_v.weight", [E, hd * h.num_key_value_heads]);
                add(b + "attn_output.weight", [hd * h.num_attention_heads, E]);
            }
            add(b + "ffn_norm.weight", [E]);
            if (h.num_local_experts) {
                const F = h.intermediate_size, X = h.num_local_experts, S = h.shared_intermediate_size;
                add(b + "ffn_gate_inp.weight", [E, X]);
                add(b + "ffn_gate_exps.weight", [E, F, X]);
                add(b + "ffn_up_exps.weight", [E, F, X]);
                add(b + "ffn_down_exps.weight", [F, E, X]);
                add(b + "ffn_gate_shexp.weight", [E, S]);
                add(b + "ffn_up_shexp.weight", [E, S]);
                add(b + "ffn_down_shexp.weight", [S, E]);
            } else {
                const F = h.shared_intermediate_size;
                add(b + "ffn_gate.weight", [E, F]);
                add(b + "ffn_up.weight", [E, F]);
                add(b + "ffn_down.weight", [F, E]);
            }
        } else if (a === "mistral3") {
            const hd = h.head_dim, H = h.num_attention_heads, KV = h.num_key_value_heads;
            add(b + "attn_norm.weight", [E]);
            add(b + "attn_q.weight", [E, hd * H]);
            add(b + "attn_k.weight", [E, hd * KV]);
            add(b + "attn_v.weight", [E, hd * KV]);
            add(b + "attn_output.weight", [hd * H, E]);
            add(b + "ffn_norm.weight", [E]);
            add(b + "ffn_gate.weight", [E, h.intermediate_size]);
            add(b + "ffn_up.weight", [E, h.intermediate_size]);
            add(b + "ffn_down.weight", [h.intermediate_size, E]);
        } else if (a === "mimo2") {
            const swa = kind === "swa", H = h.num_attention_heads, KV = swa ? h.swa_num_key_value_heads : h.num_key_value_heads;
            add(b + "attn_norm.weight", [E]);
            add(b + "attn_q.weight", [E, h.head_dim * H]);
            add(b + "attn_k.weight", [E, h.head_dim * KV]);
            add(b + "attn_v.weight", [E, h.v_head_dim * KV]);
            add(b + "attn_output.weight", [h.v_head_dim * H, E]);
            if (swa ? h.add_swa_attention_sink_bias : h.add_full_attention_sink_bias) add(b + "attn_sinks.weight", [H]);
            add(b + "ffn_norm.weight", [E]);
            if (h.moe_layer_freq[i] === 0) {
                add(b + "ffn_gate.weight", [E, h.intermediate_size]);
                add(b + "ffn_up.weight", [E, h.intermediate_size]);
                add(b + "ffn_down.weight", [h.intermediate_size, E]);
            } else {
                const F = h.moe_intermediate_size, X = h.n_routed_experts;
                add(b + "ffn_gate_inp.weight", [E, X]);
                add(b + "exp_probs_b.bias", [X]);
                add(b + "ffn_gate_exps.weight", [E, F, X]);
                add(b + "ffn_up_exps.weight", [E, F, X]);
                add(b + "ffn_down_exps.weight", [F, E, X]);
            }
        } else if (a === "laguna") {
            const hd = h.head_dim, H = h.num_attention_heads_per_layer[i], KV = h.num_key_value_heads;
            add(b + "attn_norm.weight", [E]);
            add(b + "attn_q.weight", [E, hd * H]);
            add(b + "attn_k.weight", [E, hd * KV]);
            add(b + "attn_v.weight", [E, hd * KV]);
            add(b + "attn_output.weight", [hd * H, E]);
            add(b + "attn_q_norm.weight", [hd]);
            add(b + "attn_k_norm.weight", [hd]);
            add(b + "attn_gate.weight", [E, H]); // g_proj: one gate per head
            add(b + "ffn_norm.weight", [E]);
            if (h.mlp_layer_types[i] === "dense") {
                add(b + "ffn_gate.weight", [E, h.intermediate_size]);
                add(b + "ffn_up.weight", [E, h.intermediate_size]);
                add(b + "ffn_down.weight", [h.intermediate_size, E]);
            } else {
                const F = h.moe_intermediate_size, X = h.num_experts, S = h.shared_expert_intermediate_size;
                add(b + "ffn_gate_inp.weight", [E, X]);
                add(b + "exp_probs_b.bias", [X]);
                add(b + "ffn_gate_exps.weight", [E, F, X]);
                add(b + "ffn_up_exps.weight", [E, F, X]);
                add(b + "ffn_down_exps.weight", [F, E, X]);
                add(b + "ffn_gate_shexp.weight", [E, S]);
                add(b + "ffn_up_shexp.weight", [E, S]);
                add(b + "ffn_down_shexp.weight", [S, E]);
            }
        } else if (a === "deepseek4") {
            // src/models/deepseek4.cpp load_arch_tensors; the hyper-connection tensors are float32 in the checkpoint
            // and the token -> experts table int32 (conversion/deepseek.py)
            const H = h.num_attention_heads, D = h.head_dim, Q = h.q_lora_rank, HC = h.hc_mult * E, mix = (2 + h.hc_mult) * h.hc_mult;
            const ID = h.index_head_dim, X = h.n_routed_experts, F = h.moe_intermediate_size, S = F * h.n_shared_experts;
            const ratio = h.compress_ratios[i];
            const f32 = (name, ne) => t.push({ name, ne, type: "F32" });
            if (i === 0) {
                f32("output_hc_fn.weight", [HC, h.hc_mult]);
                f32("output_hc_base.weight", [h.hc_mult]);
                f32("output_hc_scale.weight", [1]);
            }
            add(b + "attn_norm.weight", [E]);
            add(b + "attn_sinks.weight", [H]);
            add(b + "attn_q_a.weight", [E, Q]);
            add(b + "attn_q_a_norm.weight", [Q]);
            add(b + "attn_q_b.weight", [Q, H * D]);
            add(b + "attn_kv.weight", [E, D]);
            add(b + "attn_kv_a_norm.weight", [D]);
            add(b + "attn_output_a.weight", [H * D / h.o_groups, h.o_groups * h.o_lora_rank]);
            add(b + "attn_output_b.weight", [h.o_groups * h.o_lora_rank, E]);
            for (const sub of ["attn", "ffn"]) {
                f32(b + `hc_${sub}_fn.weight`, [HC, mix]);
                f32(b + `hc_${sub}_base.weight`, [mix]);
                f32(b + `hc_${sub}_scale.weight`, [3]);
            }
            if (ratio) {
                const w = (ratio === 4 ? 2 : 1) * D;
                add(b + "attn_compressor_kv.weight", [E, w]);
                add(b + "attn_compressor_gate.weight", [E, w]);
                f32(b + "attn_compressor_ape.weight", [w, ratio]);
                add(b + "attn_compressor_norm.weight", [D]);
            }
            if (ratio === 4) {
                add(b + "indexer.proj.weight", [E, h.index_n_heads]);
                add(b + "indexer.attn_q_b.weight", [Q, h.index_n_heads * ID]);
                add(b + "indexer_compressor_kv.weight", [E, 2 * ID]);
                add(b + "indexer_compressor_gate.weight", [E, 2 * ID]);
                f32(b + "indexer_compressor_ape.weight", [2 * ID, ratio]);
                add(b + "indexer_compressor_norm.weight", [ID]);
            }
            add(b + "ffn_gate_inp.weight", [E, X]);
            if (i < h.num_hash_layers) t.push({ name: b + "ffn_gate_tid2eid.weight", ne: [h.num_experts_per_tok, V], type: "I32" });
            else add(b + "exp_probs_b.bias", [X]);
            add(b + "ffn_norm.weight", [E]);
            add(b + "ffn_gate_exps.weight", [E, F, X]);
            add(b + "ffn_down_exps.weight", [F, E, X]);
            add(b + "ffn_up_exps.weight", [E, F, X]);
            add(b + "ffn_gate_shexp.weight", [E, S]);
            add(b + "ffn_down_shexp.weight", [S, E]);
            add(b + "ffn_up_shexp.weight", [E, S]);
        } else if (a === "step35") {
            // trunk and MTP blocks alike: the kind of each comes from layer_types (conversion/step3.py)
            const swa = h.layer_types[i] === "sliding_attention", hd = h.head_dim;
            const H = swa ? h.attention_other_setting.num_attention_heads : h.num_attention_heads;
            const KV = swa ? h.attention_other_setting.num_attention_groups : h.num_attention_groups;
            const moe = h.moe_layers_enum.split(",").map(Number).includes(i);
            add(b + "attn_norm.weight", [E]);
            add(b + "attn_q.weight", [E, hd * H]);
            add(b + "attn_k.weight", [E, hd * KV]);
            add(b + "attn_v.weight", [E, hd * KV]);
            add(b + "attn_output.weight", [hd * H, E]);
            add(b + "attn_q_norm.weight", [hd]);
            add(b + "attn_k_norm.weight", [hd]);
            add(b + "attn_gate.weight", [E, H]); // g_proj: one gate per head
            add(b + "ffn_norm.weight", [E]);
            if (moe) {
                const F = h.moe_intermediate_size, X = h.moe_num_experts, S = h.share_expert_dim;
                add(b + "ffn_gate_inp.weight", [E, X]);
                add(b + "exp_probs_b.bias", [X]); // moe.router_bias
                add(b + "ffn_gate_exps.weight", [E, F, X]);
                add(b + "ffn_up_exps.weight", [E, F, X]);
                add(b + "ffn_down_exps.weight", [F, E, X]);
                add(b + "ffn_gate_shexp.weight", [E, S]);
                add(b + "ffn_up_shexp.weight", [E, S]);
                add(b + "ffn_down_shexp.weight", [S, E]);
            } else {
                add(b + "ffn_gate.weight", [E, h.intermediate_size]);
                add(b + "ffn_up.weight", [E, h.intermediate_size]);
                add(b + "ffn_down.weight", [h.intermediate_size, E]);
            }
            if (mtp) {
                nextn(b);
                add(b + "nextn.shared_head_head.weight", [E, V]); // transformer.shared_head.output
            }
        } else if (a === "muse-glimmer") {
            const hd = h.head_dim, H = h.num_attention_heads, KV = h.num_key_value_heads;
            add(b + "attn_norm.weight", [E]);
            add(b + "post_attention_norm.weight", [E]);
            add(b + "attn_q.weight", [E, hd * H]);
            add(b + "attn_k.weight", [E, hd * KV]);
            add(b + "attn_v.weight", [E, hd * KV]);
            add(b + "attn_output.weight", [hd * H, E]);
            add(b + "attn_q_norm.weight", [hd]); // written by the converter: qk_scale_factor
            add(b + "attn_k_norm.weight", [hd]);
            add(b + "attn_gate.weight", [E, hd * H]); // self_attn.gate_proj
            add(b + "ffn_norm.weight", [E]);
            add(b + "post_ffw_norm.weight", [E]);
            add(b + "ffn_gate.weight", [E, h.intermediate_size]);
            add(b + "ffn_up.weight", [E, h.intermediate_size]);
            add(b + "ffn_down.weight", [h.intermediate_size, E]);
        } else if (a === "kimi-k3") {
            const la = h.linear_attn_config, H = h.num_attention_heads, hd = la.head_dim, D = hd * la.num_heads;
            add(b + "attn_norm.weight", [E]);
            add(b + "ffn_norm.weight", [E]);
            add(b + "attn_res_score.weight", [E]);
            add(b + "ffn_res_score.weight", [E]);
            if (kind === "kda") {
                for (const x of ["q", "k", "v"]) add(b + `ssm_conv1d_${x}.weight`, [la.short_conv_kernel_size, 1, D, 1]);
                add(b + "attn_q.weight", [E, D]);
                add(b + "attn_k.weight", [E, D]);
                add(b + "attn_v.weight", [E, D]);
                add(b + "ssm_f_a.weight", [E, hd]);
                add(b + "ssm_f_b.weight", [hd, D]);
                add(b + "ssm_beta.weight", [E, la.num_heads]);
                add(b + "ssm_a", [la.num_heads]);
                add(b + "ssm_dt.bias", [D]);
                add(b + "ssm_g.weight", [E, D]);
                add(b + "ssm_norm.weight", [hd]);
                add(b + "attn_output.weight", [D, E]);
            } else {
                const R = h.kv_lora_rank, Q = h.q_lora_rank, hk = h.qk_nope_head_dim + h.qk_rope_head_dim;
                add(b + "attn_q_a_norm.weight", [Q]);
                add(b + "attn_kv_a_norm.weight", [R]);
                add(b + "attn_q_a.weight", [E, Q]);
                add(b + "attn_q_b.weight", [Q, H * hk]);
                add(b + "attn_kv_a_mqa.weight", [E, R + h.qk_rope_head_dim]);
                add(b + "attn_k_b.weight", [h.qk_nope_head_dim, R, H]);
                add(b + "attn_v_b.weight", [R, h.v_head_dim, H]);
                add(b + "attn_gate.weight", [E, H * h.v_head_dim]);
                add(b + "attn_output.weight", [H * h.v_head_dim, E]);
            }
            if (i < h.first_k_dense_replace) {
                add(b + "ffn_gate.weight", [E, h.intermediate_size]);
                add(b + "ffn_up.weight", [E, h.intermediate_size]);
                add(b + "ffn_down.weight", [h.intermediate_size, E]);
            } else {
                const F = h.moe_intermediate_size, X = h.num_experts, L = h.routed_expert_hidden_size, S = F * h.num_shared_experts;
                add(b + "ffn_gate_inp.weight", [E, X]);
                add(b + "exp_probs_b.bias", [X]);
                add(b + "ffn_gate_exps.weight", [L, F, X]);
                add(b + "ffn_up_exps.weight", [L, F, X]);
                add(b + "ffn_down_exps.weight", [F, L, X]);
                add(b + "ffn_routed_down.weight", [E, L]);
                add(b + "ffn_routed_up.weight", [L, E]);
                if (h.latent_moe_use_norm) add(b + "ffn_routed_norm.weight", [L]);
                add(b + "ffn_gate_shexp.weight", [E, S]);
                add(b + "ffn_up_shexp.weight", [E, S]);
                add(b + "ffn_down_shexp.weight", [S, E]);
            }
        } else if (a === "minimax-m3") {
            const hd = h.head_dim, H = h.num_attention_heads, KV = h.num_key_value_heads, sac = h.sparse_attention_config;
            add(b + "attn_norm.weight", [E]);
            add(b + "attn_q.weight", [E, hd * H]);
            add(b + "attn_k.weight", [E, hd * KV]);
            add(b + "attn_v.weight", [E, hd * KV]);
            add(b + "attn_output.weight", [hd * H, E]);
            add(b + "attn_q_norm.weight", [hd]);
            add(b + "attn_k_norm.weight", [hd]);
            add(b + "ffn_norm.weight", [E]);
            if (i < h.first_k_dense_replace) {
                add(b + "ffn_gate.weight", [E, h.dense_intermediate_size]);
                add(b + "ffn_up.weight", [E, h.dense_intermediate_size]);
                add(b + "ffn_down.weight", [h.dense_intermediate_size, E]);
            } else {
                const F = h.intermediate_size, X = h.num_local_experts, S = F * h.n_shared_experts;
                add(b + "ffn_gate_inp.weight", [E, X]);
                add(b + "exp_probs_b.bias", [X]);
                add(b + "ffn_gate_exps.weight", [E, F, X]);
                add(b + "ffn_up_exps.weight", [E, F, X]);
                add(b + "ffn_down_exps.weight", [F, E, X]);
                add(b + "ffn_gate_shexp.weight", [E, S]);
                add(b + "ffn_up_shexp.weight", [E, S]);
                add(b + "ffn_down_shexp.weight", [S, E]);
                add(b + "indexer.q_proj.weight", [E, sac.sparse_num_index_heads * sac.sparse_index_dim]);
                add(b + "indexer.k_proj.weight", [E, sac.sparse_index_dim]);
                add(b + "indexer.q_norm.weight", [sac.sparse_index_dim]);
                add(b + "indexer.k_norm.weight", [sac.sparse_index_dim]);
            }
        } else if (a === "lfm2") {
            const ff = lfm2Ff(h), hd = E / h.num_attention_heads;
            add(b + "ffn_norm.weight", [E]);
            add(b + "ffn_gate.weight", [E, ff]);
            add(b + "ffn_up.weight", [E, ff]);
            add(b + "ffn_down.weight", [ff, E]);
            add(b + "attn_norm.weight", [E]);
            if (kind === "attn") {
                add(b + "attn_q_norm.weight", [hd]);
                add(b + "attn_k_norm.weight", [hd]);
                add(b + "attn_q.weight", [E, E]);
                add(b + "attn_k.weight", [E, hd * h.num_key_value_heads]);
                add(b + "attn_v.weight", [E, hd * h.num_key_value_heads]);
                add(b + "attn_output.weight", [E, E]);
            } else {
                add(b + "shortconv.conv.weight", [h.conv_L_cache, E]);
                add(b + "shortconv.in_proj.weight", [E, 3 * E]);
                add(b + "shortconv.out_proj.weight", [E, E]);
            }
        }
    }
    // llama-quantize's order: by layer (non-layer tensors first), then by name
    const layer = (nm) => { const mm = /^blk\.(\d+)\./.exec(nm); return mm ? +mm[1] : -1; };
    t.sort((x, y) => layer(x.name) - layer(y.name) || (x.name < y.name ? -1 : x.name > y.name ? 1 : 0));
    return t;
}
