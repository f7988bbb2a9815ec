// SPDX-FileCopyrightText: 2026 The FitPlanner authors
// SPDX-License-Identifier: MIT

#include "ggufrecipe.h"

#include <algorithm>
#include <array>
#include <cstring>
#include <numeric>

// The rules below restate, in our own terms, how llama.cpp's llama-quantize (src/llama-quant.cpp at the
// commit node-llama-cpp 3.21.1 ships, 80fb11ac) chooses a ggml type per tensor, and what the converter
// (convert_hf_to_gguf.py) writes into the F16/BF16 file it starts from. Comments cite the rule in words.

namespace Planner {

namespace {

enum class FileType
{
    F16,
    BF16,
    Q8_0,
    Q6_K,
    Q5_K_M,
    Q5_K_S,
    Q5_1,
    Q5_0,
    Q4_K_M,
    Q4_K_S,
    Q4_1,
    Q4_0,
    IQ4_XS,
    IQ4_NL,
    Q3_K_L,
    Q3_K_M,
    Q3_K_S,
    IQ3_M,
    IQ3_S,
    IQ3_XS,
    IQ3_XXS,
    Q2_K,
    Q2_K_S,
    IQ2_M,
    IQ2_S,
    IQ2_XS,
    IQ2_XXS,
    IQ1_M,
    IQ1_S,
    TQ1_0,
    TQ2_0,
    MXFP4_MOE,
};

struct FileTypeInfo
{
    FileType type;
    const char* name; // llama.cpp's name of the file type
    const char* defaultType; // the ggml type most tensors get
};

// llama.cpp: llama_ftype_get_default_type(). Note the IQ2_S file's base type is IQ2_XS, IQ2_M's is IQ2_S,
// IQ3_XS's is IQ3_S.
constexpr std::array<FileTypeInfo, 32> kFileTypes = { {
    { FileType::F16, "F16", "F16" },
    { FileType::BF16, "BF16", "BF16" },
    { FileType::Q8_0, "Q8_0", "Q8_0" },
    { FileType::Q6_K, "Q6_K", "Q6_K" },
    { FileType::Q5_K_M, "Q5_K_M", "Q5_K" },
    { FileType::Q5_K_S, "Q5_K_S", "Q5_K" },
    { FileType::Q5_1, "Q5_1", "Q5_1" },
    { FileType::Q5_0, "Q5_0", "Q5_0" },
    { FileType::Q4_K_M, "Q4_K_M", "Q4_K" },
    { FileType::Q4_K_S, "Q4_K_S", "Q4_K" },
    { FileType::Q4_1, "Q4_1", "Q4_1" },
    { FileType::Q4_0, "Q4_0", "Q4_0" },
    { FileType::IQ4_XS, "IQ4_XS", "IQ4_XS" },
    { FileType::IQ4_NL, "IQ4_NL", "IQ4_NL" },
    { FileType::Q3_K_L, "Q3_K_L", "Q3_K" },
    { FileType::Q3_K_M, "Q3_K_M", "Q3_K" },
    { FileType::Q3_K_S, "Q3_K_S", "Q3_K" },
    { FileType::IQ3_M, "IQ3_M", "IQ3_S" },
    { FileType::IQ3_S, "IQ3_S", "IQ3_S" },
    { FileType::IQ3_XS, "IQ3_XS", "IQ3_S" },
    { FileType::IQ3_XXS, "IQ3_XXS", "IQ3_XXS" },
    { FileType::Q2_K, "Q2_K", "Q2_K" },
    { FileType::Q2_K_S, "Q2_K_S", "Q2_K" },
    { FileType::IQ2_M, "IQ2_M", "IQ2_S" },
    { FileType::IQ2_S, "IQ2_S", "IQ2_XS" },
    { FileType::IQ2_XS, "IQ2_XS", "IQ2_XS" },
    { FileType::IQ2_XXS, "IQ2_XXS", "IQ2_XXS" },
    { FileType::IQ1_M, "IQ1_M", "IQ1_M" },
    { FileType::IQ1_S, "IQ1_S", "IQ1_S" },
    { FileType::TQ1_0, "TQ1_0", "TQ1_0" },
    { FileType::TQ2_0, "TQ2_0", "TQ2_0" },
    { FileType::MXFP4_MOE, "MXFP4_MOE", "MXFP4" },
} };

// ggml block sizes, used only when the catalog lacks a type (the catalog is the source of truth).
struct BlockSize
{
    const char* id;
    qint64 size;
};
constexpr std::array<BlockSize, 25> kBuiltinBlockSizes = { {
    { "F32", 1 },
    { "F16", 1 },
    { "BF16", 1 },
    { "Q4_0", 32 },
    { "Q4_1", 32 },
    { "Q5_0", 32 },
    { "Q5_1", 32 },
    { "Q8_0", 32 },
    { "Q2_K", 256 },
    { "Q3_K", 256 },
    { "Q4_K", 256 },
    { "Q5_K", 256 },
    { "Q6_K", 256 },
    { "IQ2_XXS", 256 },
    { "IQ2_XS", 256 },
    { "IQ2_S", 256 },
    { "IQ3_XXS", 256 },
    { "IQ3_S", 256 },
    { "IQ1_S", 256 },
    { "IQ1_M", 256 },
    { "IQ4_NL", 32 },
    { "IQ4_XS", 256 },
    { "TQ1_0", 256 },
    { "TQ2_0", 256 },
    { "MXFP4", 32 },
} };

// The broad classes llama-quantize's rules distinguish. llama.cpp derives them from substrings of the tensor
// name; we derive them from the role, which tensorLayout sets for exactly those names.
enum class Category
{
    Output, // "output.weight"
    TokenEmbd,
    AttnVLike, // attn_v, the fused attn_qkv and a whole attn_kv_b: llama.cpp treats all three as "attn_v"
    AttnK,
    AttnQ,
    AttnOutput,
    FfnUp, // ffn_up, ffn_up_exps, ffn_up_shexp
    FfnGate, // ffn_gate, ffn_gate_exps, ffn_gate_shexp
    FfnDown, // ffn_down, ffn_down_exps, ffn_down_shexp
    Other, // MLA's attn_q_a / attn_q_b / attn_kv_a_mqa / attn_k_b / attn_v_b and everything else
};

Category categoryOf(const TensorSpec& t)
{
    switch (t.role) {
    case TensorRole::Output:
        return Category::Output;
    case TensorRole::TokenEmbd:
    case TensorRole::PerLayerTokenEmbd: // llama.cpp's token-embedding name match takes per_layer_token_embd too
        return Category::TokenEmbd;
    case TensorRole::AttnQkv:
    case TensorRole::AttnV:
        return Category::AttnVLike;
    case TensorRole::SsmIn:
        // Qwen3.5's Gated DeltaNet input projection is stored as attn_qkv, which llama.cpp's name match
        // counts as attn_v-like (and in the attn_v count); Mamba2's ssm_in and LFM2's shortconv.in_proj are "other".
        return std::strcmp(t.base, "attn_qkv") == 0 ? Category::AttnVLike : Category::Other;
    case TensorRole::AttnKvB:
        // Only an unsplit attn_kv_b matches llama.cpp's "attn_kv_b.weight"; the converter's split halves
        // attn_k_b / attn_v_b match none of the attention patterns.
        return std::strcmp(t.base, "attn_kv_b") == 0 ? Category::AttnVLike : Category::Other;
    case TensorRole::AttnK:
        return Category::AttnK;
    case TensorRole::AttnQ:
        return Category::AttnQ;
    case TensorRole::AttnOutput:
        // DeepSeek-V4's grouped attn_output_a / attn_output_b match none of llama.cpp's attention patterns.
        return std::strcmp(t.base, "attn_output") == 0 ? Category::AttnOutput : Category::Other;
    case TensorRole::FfnUp:
    case TensorRole::FfnUpExps:
    case TensorRole::FfnUpShexp:
        return Category::FfnUp;
    case TensorRole::FfnGate:
    case TensorRole::FfnGateExps:
    case TensorRole::FfnGateShexp:
    case TensorRole::FfnGateInp: // matches "ffn_gate" too, but is never quantized
    case TensorRole::FfnGateInpShexp:
        return Category::FfnGate;
    case TensorRole::FfnDown:
    case TensorRole::FfnDownExps:
    case TensorRole::FfnDownShexp:
        return Category::FfnDown;
    default:
        return Category::Other;
    }
}

// ggml_n_dims(): trailing dimensions of size 1 do not count.
int effectiveDims(const TensorSpec& t)
{
    if (t.ne2 > 1)
        return 3;
    if (t.ne1 > 1)
        return 2;
    return 1;
}

bool isNorm(TensorRole role)
{
    switch (role) {
    case TensorRole::OutputNorm:
    case TensorRole::AttnNorm:
    case TensorRole::AttnQNorm:
    case TensorRole::AttnKNorm:
    case TensorRole::AttnPostNorm:
    case TensorRole::AttnQANorm:
    case TensorRole::AttnKvANorm:
    case TensorRole::FfnNorm:
    case TensorRole::FfnPostNorm:
    case TensorRole::SsmNorm: // Mamba2's ssm_norm is 2-D (one row per group) and still a "_norm.weight"
    case TensorRole::IndexerKNorm:
    case TensorRole::NextnNorm:
        return true;
    default:
        return false;
    }
}

// llama.cpp: llama-quantize only touches 2-D and 3-D tensors whose name ends in "weight", and leaves norms,
// the MoE router (ffn_gate_inp) and a few small tables alone. It quantizes output.weight by default.
bool quantizable(const TensorSpec& t)
{
    if (t.bias || effectiveDims(t) < 2 || isNorm(t.role))
        return false;
    switch (t.role) {
    case TensorRole::FfnGateInp:
    case TensorRole::RopeFreqs:
    case TensorRole::AttnSinks:
    case TensorRole::ExpProbsB:
    case TensorRole::Vision:
    case TensorRole::SsmConv1d: // ssm_conv1d and shortconv.conv: small depthwise kernels, kept as converted
    case TensorRole::FfnHashRoute: // DeepSeek-V4's ffn_gate_tid2eid, an I32 table
    case TensorRole::IndexerQkProj: // MiniMax's indexer.q_proj / indexer.k_proj: llama-quantize skips them
        return false;
    case TensorRole::PerLayerInput: // per_layer_model_proj is kept as converted; the rest is quantized as usual
        return std::strcmp(t.base, "per_layer_model_proj") != 0;
    default:
        return true;
    }
}

// What convert_hf_to_gguf.py writes for a tensor llama-quantize leaves alone: 1-D tensors, norms, biases and
// the MoE routers (ffn_gate_inp, ffn_gate_inp_shexp), the recurrent mixers' convolution kernels (ssm_conv1d,
// shortconv.conv) and the sparse-attention indexer's head weights (indexer.proj) are always F32, as are DeepSeek-V4's
// hyper-connection tensors and compressor position biases (float32 in the checkpoint); its token-to-expert table is
// I32; other weights take the file's float type.
const char* sourceType(const TensorSpec& t, const char* floatType)
{
    if (t.role == TensorRole::FfnHashRoute) // token id -> experts, written as I32 (conversion/deepseek.py)
        return "I32";
    // DeepSeek-V4 keeps the streams' mixing and the compressors' position biases in float32
    if (t.role == TensorRole::HyperConnection || (t.role == TensorRole::AttnCompressor && std::strstr(t.base, "_ape")))
        return "F32";
    if (t.bias || t.nDims <= 1 || isNorm(t.role) || t.role == TensorRole::FfnGateInp
        || t.role == TensorRole::FfnGateInpShexp || t.role == TensorRole::RopeFreqs || t.role == TensorRole::AttnSinks
        || t.role == TensorRole::ExpProbsB || t.role == TensorRole::SsmConv1d || t.role == TensorRole::IndexerProj
        || t.role == TensorRole::IndexerQkProj)
        return "F32";
    return floatType;
}

bool same(const char* a, const char* b)
{
    return a == b || std::strcmp(a, b) == 0;
}

struct ArchTraits
{
    bool falcon = false; // LLM_ARCH_FALCON has its own output / ffn_down / attn_output rules
    bool bailingMoe3 = false; // LLM_ARCH_BAILINGMOE3: MXFP4_MOE only sends the experts to MXFP4
    bool is70B = false; // llama.cpp's model type LLM_TYPE_70B, which gets more bits on attn_v
    bool gptOss = false; // the converter stores gpt-oss experts as MXFP4 straight from the checkpoint
    int nExpert = 0; // hparams.n_expert
    qint64 nGqa = 0; // hparams.n_gqa() of layer 0
};

ArchTraits archTraits(const ModelSpec& spec)
{
    ArchTraits a;
    const QString mt = spec.modelType.toLower();
    a.falcon
        = mt == QLatin1String("falcon") || mt == QLatin1String("refinedweb") || mt == QLatin1String("refinedwebmodel");
    a.bailingMoe3 = mt == QLatin1String("bailing_moe_v3") || mt == QLatin1String("bailingmoe3");
    a.gptOss = mt == QLatin1String("gpt_oss");
    a.nExpert = static_cast<int>(std::max<qint64>(0, spec.moe.numExperts));

    // The converter writes MLA models (DeepSeek V2/V3, Kimi K2) as multi-query attention: one KV head. Layer 0's
    // shape: Step 3.5's first layer attends with the full layers' heads.
    const AttentionSpec& first = spec.layers.empty() ? spec.attention : spec.attentionOf(spec.layers.front());
    const qint64 heads = first.numHeads;
    const qint64 kvHeads = first.isMla() ? 1 : first.numKvHeads;
    a.nGqa = kvHeads > 0 ? heads / kvHeads : 0;

    // llama.cpp sets LLM_TYPE_70B only for these architectures and layer counts: LLaMA-family (llama, mistral,
    // mixtral convert to arch "llama") with 80 layers, GQA and not 8 experts; Qwen2, OLMo and Deci with 80
    // layers; JAIS2 with 68.
    const qint64 n = spec.numLayers;
    const bool llamaArch
        = mt == QLatin1String("llama") || mt == QLatin1String("mistral") || mt == QLatin1String("mixtral");
    if (llamaArch)
        a.is70B = a.nExpert != 8 && n == 80 && heads != kvHeads;
    else if (mt == QLatin1String("qwen2") || mt == QLatin1String("olmo") || mt == QLatin1String("deci")
        || mt == QLatin1String("nemotron-nas"))
        a.is70B = n == 80;
    else if (mt == QLatin1String("jais2"))
        a.is70B = n == 68;
    return a;
}

// llama.cpp: a tensor "uses more bits" in the first and last eighth of the layers and in every third layer in
// between.
bool useMoreBits(qint64 i, qint64 n)
{
    return i < n / 8 || i >= 7 * n / 8 || (i - n / 8) % 3 == 2;
}

class Chooser
{
public:
    Chooser(const ModelSpec& spec, const std::vector<TensorSpec>& tensors, const FileTypeInfo& ft,
        const QuantCatalog& catalog)
        : m_ft(ft.type)
        , m_default(ft.defaultType)
        , m_catalog(catalog)
        , m_arch(archTraits(spec))
        // hparams.n_layer_all: the MTP / nextn blocks count where the file holds them (DeepSeek-V4's go to their own
        // file)
        , m_nLayer(spec.numLayers + (spec.deepseekV4.isPresent() ? 0 : spec.mtpLayers))
        , m_veryLow(is({ FileType::IQ2_XXS, FileType::IQ2_XS, FileType::IQ1_S, FileType::IQ2_S, FileType::IQ2_M,
              FileType::IQ1_M }))
        , m_iq2sFamily(is({ FileType::IQ2_S, FileType::IQ2_M }))
    {
        // llama.cpp: the embeddings count as tied unless the file has an output.weight; the attn_v-like
        // tensors are counted over the whole file.
        for (const TensorSpec& t : tensors) {
            if (!t.inGguf)
                continue;
            const Category c = categoryOf(t);
            if (c == Category::Output && !t.bias)
                m_tied = false;
            if (c == Category::AttnVLike && !t.bias)
                ++m_nAttnV;
        }
        // A file type that can only be made with an importance matrix (llama-quantize refuses otherwise)
        // implies one; the others are assumed to be made without.
        switch (m_ft) {
        case FileType::IQ1_S:
        case FileType::IQ1_M:
        case FileType::IQ2_XXS:
        case FileType::IQ2_XS:
        case FileType::IQ2_S:
        case FileType::IQ2_M:
        case FileType::IQ3_XXS:
        case FileType::IQ3_XS:
        case FileType::Q2_K_S:
            m_imatrix = true;
            break;
        default:
            break;
        }
    }

    const char* choose(const TensorSpec& t)
    {
        const char* type = rules(t);
        return fallback(t, type);
    }

private:
    bool is(std::initializer_list<FileType> types) const
    {
        return std::find(types.begin(), types.end(), m_ft) != types.end();
    }

    // Block size of a ggml type, from the catalog (the source of truth), else ggml's own; memoised, since every
    // tensor asks for one or two and the answer depends on the type alone.
    qint64 blockSize(const char* id)
    {
        for (const auto& [name, size] : m_blockSizes) { // the rules return literals: usually the same pointer
            if (name == id)
                return size;
        }
        for (const auto& [name, size] : m_blockSizes) {
            if (same(name, id))
                return size;
        }
        qint64 size = 0;
        if (const StorageType* s = m_catalog.type(QLatin1String(id)))
            size = std::max<qint64>(1, s->blockSize);
        for (const BlockSize& b : kBuiltinBlockSizes) {
            if (size == 0 && same(id, b.id))
                size = b.size;
        }
        size = std::max<qint64>(1, size);
        m_blockSizes.emplace_back(id, size);
        return size;
    }

    // The layer llama.cpp attributes an FFN tensor to: with experts it reads the tensor's block number, in
    // dense models it counts the tensors of that kind seen so far.
    qint64 ffnLayer(const TensorSpec& t, int counter) const { return m_arch.nExpert > 1 ? t.layer : counter; }

    // llama.cpp's llama_tensor_get_type: the first rule that matches the tensor's category decides.
    const char* rules(const TensorSpec& t)
    {
        const Category c = categoryOf(t);
        if (c == Category::Output || (m_tied && c == Category::TokenEmbd))
            return outputType(t);
        if (m_ft == FileType::MXFP4_MOE)
            return mxfp4Type(t, c);
        if (c == Category::TokenEmbd)
            return tokenEmbdType();
        if (m_veryLow)
            return veryLowType(c);
        switch (c) {
        case Category::AttnVLike:
            return attnVType();
        case Category::AttnK:
            return attnKType();
        case Category::AttnQ:
            return attnQType();
        case Category::FfnDown:
            return ffnDownType(t);
        case Category::AttnOutput:
            return attnOutputType();
        // (llama.cpp also has a rule for attn_qkv, but attn_qkv already took the attn_v branch above.)
        case Category::FfnGate:
        case Category::FfnUp:
            return ffnGateUpType(t, c);
        default:
            return m_default;
        }
    }

    // Output (and the token embedding when it doubles as the output): Q8_0 for MXFP4_MOE, Falcon or rows that
    // don't fit the base type's blocks; Q5_K for the 1- and 2-bit IQ files and IQ3_XXS; else Q6_K, unless the
    // base type is already Q8_0.
    const char* outputType(const TensorSpec& t)
    {
        if (m_ft == FileType::MXFP4_MOE || m_arch.falcon || t.ne0 % blockSize(m_default) != 0)
            return "Q8_0";
        if (m_veryLow || m_ft == FileType::IQ3_XXS)
            return "Q5_K";
        return same(m_default, "Q8_0") ? m_default : "Q6_K";
    }

    // MXFP4_MOE: merged expert tensors (anything with a third dimension, MLA's per-head attn_k_b / attn_v_b
    // included, except on BailingMoE3) go to MXFP4, all other weights to Q8_0.
    const char* mxfp4Type(const TensorSpec& t, Category c) const
    {
        const bool expertCategory = c == Category::FfnUp || c == Category::FfnGate || c == Category::FfnDown;
        if (t.ne2 > 1 && (!m_arch.bailingMoe3 || expertCategory))
            return "MXFP4";
        return "Q8_0";
    }

    // An untied token embedding: Q2_K under IQ1/IQ2_XXS/IQ2_XS, IQ3_S under IQ2_S/IQ2_M/IQ3_XXS, Q4_K under
    // the ternary types; the base type otherwise.
    const char* tokenEmbdType() const
    {
        if (is({ FileType::IQ2_XXS, FileType::IQ2_XS, FileType::IQ1_S, FileType::IQ1_M }))
            return "Q2_K";
        if (m_iq2sFamily || m_ft == FileType::IQ3_XXS)
            return "IQ3_S";
        if (is({ FileType::TQ1_0, FileType::TQ2_0 }))
            return "Q4_K";
        return m_default;
    }

    // The 1- and 2-bit IQ files have their own table.
    const char* veryLowType(Category c)
    {
        const qint64 gqa = m_arch.nGqa;
        const int nExpert = m_arch.nExpert;
        if (c == Category::AttnVLike) {
            ++m_iAttnV;
            // attn_v is small when heads are shared (GQA >= 4) or in MoE models (>= 4 experts): Q4_K.
            if (gqa >= 4 || nExpert >= 4)
                return "Q4_K";
            return m_iq2sFamily ? "IQ3_S" : "Q2_K";
        }
        if (nExpert == 8 && c == Category::AttnK)
            return "Q4_K";
        if (c == Category::FfnDown) {
            // The first eighth of the ffn_down tensors (counted in file order, experts and shared experts
            // alike) get a step up.
            const bool early = m_iFfnDown < m_nLayer / 8;
            ++m_iFfnDown;
            if (early)
                return m_iq2sFamily ? "IQ3_S" : "Q2_K";
            return m_default;
        }
        if (c == Category::AttnOutput) {
            if (nExpert == 8)
                return "Q5_K";
            if (is({ FileType::IQ1_S, FileType::IQ1_M }))
                return "IQ2_XXS";
            if (m_iq2sFamily)
                return "IQ3_S";
        }
        return m_default;
    }

    // attn_v (and attn_qkv, attn_kv_b): the most quantization-sensitive weights.
    const char* attnVType()
    {
        const int i = m_iAttnV++;
        const qint64 gqa = m_arch.nGqa;
        const char* type = m_default;
        switch (m_ft) {
        case FileType::Q2_K:
            type = gqa >= 4 ? "Q4_K" : "Q3_K";
            break;
        case FileType::Q2_K_S:
            if (gqa >= 4)
                type = "Q4_K";
            break;
        case FileType::IQ3_XXS:
            if (gqa >= 4)
                type = "Q4_K";
            else
                type = m_imatrix ? "IQ3_XXS" : "IQ3_S";
            break;
        case FileType::IQ3_XS:
        case FileType::IQ3_S:
            if (gqa >= 4)
                type = "Q4_K";
            break;
        case FileType::IQ3_M:
            type = "Q4_K";
            break;
        case FileType::Q3_K_M:
            // The first two attn_v tensors get Q5_K.
            type = i < 2 ? "Q5_K" : "Q4_K";
            break;
        case FileType::Q3_K_L:
            type = "Q5_K";
            break;
        case FileType::IQ4_NL:
        case FileType::IQ4_XS:
            if (gqa >= 4)
                type = "Q5_K";
            break;
        case FileType::Q4_K_M:
        case FileType::Q5_K_M:
            if (useMoreBits(i, m_nAttnV))
                type = "Q6_K";
            break;
        case FileType::Q4_K_S:
            // The first four attn_v tensors get Q5_K.
            if (i < 4)
                type = "Q5_K";
            break;
        default:
            break;
        }
        // 70B-class models share each attn_v among 8 heads, so the tensor is small: Q3_K/Q4_K become Q5_K.
        if (m_arch.is70B && (same(type, "Q3_K") || same(type, "Q4_K")))
            type = "Q5_K";
        // 8-expert models (Mixtral) keep attn_v at Q8_0.
        if (m_arch.nExpert == 8)
            type = "Q8_0";
        return type;
    }

    const char* attnKType() const
    {
        if (m_arch.nExpert == 8)
            return "Q8_0";
        return attnQType();
    }

    const char* attnQType() const
    {
        if (m_ft == FileType::IQ3_XS)
            return "IQ3_XXS";
        if (m_ft == FileType::IQ3_XXS)
            return "IQ2_S";
        return m_default;
    }

    const char* ffnDownType(const TensorSpec& t)
    {
        const qint64 i = ffnLayer(t, m_iFfnDown++);
        const qint64 n = m_nLayer;
        const bool more = useMoreBits(i, n);
        switch (m_ft) {
        case FileType::Q2_K:
            return "Q3_K";
        case FileType::Q2_K_S:
            return i < n / 8 ? "Q4_K" : m_default;
        case FileType::IQ3_XXS:
            if (!m_imatrix)
                return i < n / 8 ? "Q4_K" : "Q3_K";
            return m_default;
        case FileType::Q3_K_M:
            // First sixteenth Q5_K, the rest Q4_K (Falcon: Q4_K only on the use-more-bits layers).
            if (i < n / 16)
                return "Q5_K";
            return !m_arch.falcon || more ? "Q4_K" : "Q3_K";
        case FileType::IQ3_M:
            return i < n / 8 || (m_arch.nExpert == 8 && more) ? "Q4_K" : m_default;
        case FileType::Q3_K_L:
            return m_arch.falcon ? "Q4_K" : "Q5_K";
        case FileType::Q4_K_M:
            if (m_arch.falcon) {
                if (i < n / 16)
                    return "Q6_K";
                return more ? "Q5_K" : "Q4_K";
            }
            return more ? "Q6_K" : m_default;
        case FileType::IQ4_NL:
        case FileType::IQ4_XS:
            return i < n / 8 && !m_imatrix ? "Q5_K" : m_default;
        case FileType::Q5_K_M:
            return more ? "Q6_K" : m_default;
        case FileType::Q4_K_S:
            return !m_arch.falcon && i < n / 8 ? "Q5_K" : m_default;
        case FileType::Q4_0:
            // Only with an importance matrix: the first eighth goes to Q4_1.
            return m_imatrix && i < n / 8 ? "Q4_1" : m_default;
        case FileType::Q5_0:
            return m_imatrix && i < n / 8 ? "Q5_1" : m_default;
        default:
            return m_default;
        }
    }

    const char* attnOutputType() const
    {
        if (m_arch.falcon)
            return m_ft == FileType::Q3_K_L ? "Q4_K" : m_default;
        if (m_arch.nExpert == 8) {
            if (is({ FileType::Q2_K, FileType::IQ3_XS, FileType::IQ3_XXS, FileType::Q3_K_S, FileType::Q3_K_M,
                    FileType::IQ4_NL, FileType::Q4_K_S, FileType::Q4_K_M, FileType::IQ3_S, FileType::IQ3_M,
                    FileType::IQ4_XS }))
                return "Q5_K";
            return m_default;
        }
        switch (m_ft) {
        case FileType::Q2_K:
            return "Q3_K";
        case FileType::IQ3_XXS:
            return "IQ3_S";
        case FileType::Q3_K_M:
        case FileType::IQ3_M:
            return "Q4_K";
        case FileType::Q3_K_L:
            return "Q5_K";
        default:
            return m_default;
        }
    }

    const char* ffnGateUpType(const TensorSpec& t, Category c)
    {
        int& counter = c == Category::FfnGate ? m_iFfnGate : m_iFfnUp;
        const qint64 i = ffnLayer(t, counter++);
        const qint64 n = m_nLayer;
        // IQ3_XS: the middle three quarters of gate/up go down to IQ3_XXS.
        if (m_ft == FileType::IQ3_XS && i >= n / 8 && i < 7 * n / 8)
            return "IQ3_XXS";
        return m_default;
    }

    // llama.cpp: a row that is not a whole number of blocks of the chosen type falls back to a 32-weight-block
    // type of similar size (256-block IQ types -> IQ4_NL; Q2_K, Q3_K and the ternary types -> Q4_0;
    // Q4_K -> Q5_0; Q5_K -> Q5_1; Q6_K -> Q8_0), and to F16 if even that does not fit.
    const char* fallback(const TensorSpec& t, const char* type)
    {
        if (t.ne0 % blockSize(type) == 0)
            return type;
        const char* alt = type;
        static const char* const toIq4Nl[]
            = { "IQ1_S", "IQ1_M", "IQ2_XXS", "IQ2_XS", "IQ2_S", "IQ3_XXS", "IQ3_S", "IQ4_XS" };
        static const char* const toQ4_0[] = { "Q2_K", "Q3_K", "TQ1_0", "TQ2_0" };
        for (const char* id : toIq4Nl) {
            if (same(type, id))
                alt = "IQ4_NL";
        }
        for (const char* id : toQ4_0) {
            if (same(type, id))
                alt = "Q4_0";
        }
        if (same(type, "Q4_K"))
            alt = "Q5_0";
        else if (same(type, "Q5_K"))
            alt = "Q5_1";
        else if (same(type, "Q6_K"))
            alt = "Q8_0";
        if (t.ne0 % blockSize(alt) != 0)
            return "F16";
        return alt;
    }

    const FileType m_ft;
    const char* const m_default;
    const QuantCatalog& m_catalog;
    const ArchTraits m_arch;
    const qint64 m_nLayer; // hparams.n_layer_all, the denominator of every per-layer rule
    const bool m_veryLow; // the 1- and 2-bit IQ files, which have their own table
    const bool m_iq2sFamily; // IQ2_S and IQ2_M
    bool m_tied = true;
    bool m_imatrix = false;
    int m_nAttnV = 0;
    int m_iAttnV = 0;
    int m_iFfnDown = 0;
    int m_iFfnGate = 0;
    int m_iFfnUp = 0;
    std::vector<std::pair<const char*, qint64>> m_blockSizes;
};

// convert_hf_to_gguf.py repacks gpt-oss's MXFP4 expert blocks and scales into ggml's MXFP4 blocks (a lossless
// move of bits); their biases and every other tensor are written as floats.
const char* convertedQuantizedType(const ArchTraits& arch, const TensorSpec& t)
{
    return arch.gptOss && t.isExpert() && !t.bias ? "MXFP4" : nullptr;
}

const FileTypeInfo* findFileType(const QString& name)
{
    for (const FileTypeInfo& f : kFileTypes) {
        if (name.compare(QLatin1String(f.name), Qt::CaseInsensitive) == 0)
            return &f;
    }
    return nullptr;
}

} // namespace

std::vector<size_t> ggufQuantizeOrder(const std::vector<TensorSpec>& tensors)
{
    std::vector<size_t> order(tensors.size());
    std::iota(order.begin(), order.end(), size_t(0));
    std::stable_sort(order.begin(), order.end(), [&tensors](size_t a, size_t b) {
        const TensorSpec& ta = tensors[a];
        const TensorSpec& tb = tensors[b];
        if (ta.layer != tb.layer)
            return ta.layer < tb.layer;
        // Byte order of the full names "<base>.<suffix>": '.' sorts before every character a base name
        // holds, so comparing the bases (a prefix first) and then "bias" < "weight" gives the same order.
        if (const int c = ta.base == tb.base ? 0 : std::strcmp(ta.base, tb.base); c != 0)
            return c < 0;
        return ta.bias && !tb.bias;
    });
    return order;
}

std::vector<const char*> ggufTensorTypeNames(const ModelSpec& spec, const std::vector<TensorSpec>& tensors,
    const QString& fileType, const QuantCatalog& catalog, const std::vector<size_t>* order, GgufSource source)
{
    const FileTypeInfo* ft = findFileType(fileType.trimmed());
    if (!ft)
        return {};
    std::vector<const char*> out(tensors.size(), nullptr);

    // F16 / BF16: the converter's own output. Weights take the float type, the rest is F32; gpt-oss experts
    // stay in the MXFP4 blocks of the released checkpoint (the converter repacks them instead of converting).
    const ArchTraits arch = archTraits(spec);
    if (ft->type == FileType::F16 || ft->type == FileType::BF16) {
        for (size_t i = 0; i < tensors.size(); ++i) {
            const TensorSpec& t = tensors[i];
            if (!t.inGguf)
                continue;
            const char* kept = source == GgufSource::Converted ? convertedQuantizedType(arch, t) : nullptr;
            out[i] = kept ? kept : sourceType(t, ft->defaultType);
        }
        return out;
    }

    // llama-quantize visits the tensors ordered by block number (non-block tensors first), then by name;
    // its per-kind counters (attn_v, ffn_down, ...) advance in that order.
    std::vector<size_t> ownOrder;
    if (!order || order->size() != tensors.size()) {
        ownOrder = ggufQuantizeOrder(tensors);
        order = &ownOrder;
    }
    Chooser chooser(spec, tensors, *ft, catalog);
    for (const size_t i : *order) {
        const TensorSpec& t = tensors[i];
        if (!t.inGguf)
            continue;
        // A tensor the converter wrote quantized keeps its type: llama-quantize does not requantize it (the
        // published gpt-oss files of every file type hold the experts in MXFP4). The rules' per-kind counters do
        // not see it.
        if (source == GgufSource::Converted) {
            if (const char* kept = convertedQuantizedType(arch, t)) {
                out[i] = kept;
                continue;
            }
        }
        // Tensors llama-quantize does not quantize keep what the converter wrote (F32 in every such case).
        out[i] = quantizable(t) ? chooser.choose(t) : sourceType(t, "F16");
    }
    return out;
}

QStringList ggufTensorTypes(const ModelSpec& spec, const std::vector<TensorSpec>& tensors, const QString& fileType,
    const QuantCatalog& catalog, GgufSource source)
{
    const std::vector<const char*> names = ggufTensorTypeNames(spec, tensors, fileType, catalog, nullptr, source);
    QStringList out;
    out.reserve(static_cast<qsizetype>(names.size()));
    for (const char* name : names)
        out.append(name ? QString::fromLatin1(name) : QString());
    return out;
}

QStringList ggufFileTypes()
{
    QStringList names;
    names.reserve(static_cast<qsizetype>(kFileTypes.size()));
    for (const FileTypeInfo& f : kFileTypes)
        names.append(QString::fromLatin1(f.name));
    return names;
}

} // namespace Planner
