#include "hfconfig.h"

#include "hfconfig_p.h"
#include "jsonfields_p.h"
#include "tensorlayout.h"

#include <optional>

#include <QCoreApplication>

using nlohmann::json;

namespace Planner {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Planner::HfConfig)
};

constexpr qint64 kMaxDim = qint64(1) << 24; // 16,777,216: far above any published width
constexpr qint64 kMaxLayers = 4096;
constexpr qint64 kMaxExperts = 65536;
constexpr qint64 kMaxContext = qint64(1) << 30;

using FieldReader = detail::JsonFields;

enum class Family
{
    Llama,
    Mistral,
    Qwen2,
    Qwen3,
    Qwen2Moe,
    Qwen3Moe,
    Mixtral,
    Gemma,
    Gemma2,
    Gemma3,
    Phi3,
    PhiMoe,
    GptOss,
    DeepseekV2,
    DeepseekV3,
    Olmoe,
};

struct FamilyInfo
{
    const char* modelType;
    Family family;
};

constexpr FamilyInfo kFamilies[] = {
    { "llama", Family::Llama },
    { "mistral", Family::Mistral },
    { "qwen2", Family::Qwen2 },
    { "qwen3", Family::Qwen3 },
    { "qwen2_moe", Family::Qwen2Moe },
    { "qwen3_moe", Family::Qwen3Moe },
    { "mixtral", Family::Mixtral },
    { "gemma", Family::Gemma },
    { "gemma2", Family::Gemma2 },
    { "gemma3", Family::Gemma3 },
    { "gemma3_text", Family::Gemma3 },
    { "phi3", Family::Phi3 },
    { "phimoe", Family::PhiMoe },
    { "gpt_oss", Family::GptOss },
    { "deepseek_v2", Family::DeepseekV2 },
    { "deepseek_v3", Family::DeepseekV3 },
    { "kimi_k2", Family::DeepseekV3 },
    { "olmoe", Family::Olmoe },
};

std::optional<Family> familyOf(const QString& modelType)
{
    for (const FamilyInfo& f : kFamilies) {
        if (modelType == QLatin1String(f.modelType))
            return f.family;
    }
    return std::nullopt;
}

// Defaults of each transformers configuration class for the fields that size tensors.
struct Defaults
{
    qint64 vocab;
    qint64 hidden;
    qint64 intermediate;
    qint64 layers;
    qint64 heads;
    qint64 kvHeads; // 0: equal to heads
    qint64 maxPos;
    bool tied;
};

Defaults defaultsFor(Family f)
{
    switch (f) {
    case Family::Llama:
        return { 32000, 4096, 11008, 32, 32, 0, 2048, false };
    case Family::Mistral:
        return { 32000, 4096, 14336, 32, 32, 8, 131072, false };
    case Family::Qwen2:
    case Family::Qwen3:
        return { 151936, 4096, 22016, 32, 32, 32, 32768, false };
    case Family::Qwen2Moe:
        return { 151936, 2048, 5632, 24, 16, 16, 32768, false };
    case Family::Qwen3Moe:
        return { 151936, 2048, 6144, 24, 32, 4, 32768, false };
    case Family::Mixtral:
        return { 32000, 4096, 14336, 32, 32, 8, 131072, false };
    case Family::Gemma:
        return { 256000, 3072, 24576, 28, 16, 16, 8192, true };
    case Family::Gemma2:
        return { 256000, 2304, 9216, 26, 8, 4, 8192, true };
    case Family::Gemma3:
        return { 262208, 2304, 9216, 26, 8, 4, 131072, true };
    case Family::Phi3:
        return { 32064, 3072, 8192, 32, 32, 0, 4096, false };
    case Family::PhiMoe:
        return { 32064, 4096, 6400, 32, 32, 8, 131072, false };
    case Family::GptOss:
        return { 201088, 2880, 2880, 36, 64, 8, 131072, false };
    case Family::DeepseekV2:
        return { 102400, 5120, 12288, 60, 128, 128, 163840, false };
    case Family::DeepseekV3:
        return { 129280, 7168, 18432, 61, 128, 128, 163840, false };
    case Family::Olmoe:
        return { 50304, 2048, 1024, 16, 16, 16, 4096, false };
    }
    return { 32000, 4096, 11008, 32, 32, 0, 2048, false };
}

void readVision(FieldReader& top, const json& vision, const QString& file, const QString& where, ModelSpec& spec,
    QList<ParseError>* errors)
{
    FieldReader v(vision, file, where, errors);
    VisionSpec vs;
    vs.hiddenSize = v.integer("hidden_size", 768, 1, kMaxDim);
    vs.intermediateSize = v.integer("intermediate_size", 3072, 1, kMaxDim);
    vs.numLayers = v.integer("num_hidden_layers", 12, 1, kMaxLayers);
    vs.patchSize = v.integer("patch_size", 16, 1, 4096);
    vs.imageSize = v.integer("image_size", 224, 1, 65536);
    vs.numChannels = v.integer("num_channels", 3, 1, 16);
    vs.projectorOut = spec.hiddenSize;
    if (v.failures() > 0)
        top.fail("vision_config", Tr::tr("could not be read"));
    spec.vision = vs;
}

} // namespace

namespace detail {

std::optional<ModelSpec> specFromConfig(
    const json& config, const QString& file, const QString& where, QList<ParseError>* errors)
{
    if (!config.is_object()) {
        if (errors)
            errors->append({ file, where, Tr::tr("must be a JSON object") });
        return std::nullopt;
    }
    FieldReader top(config, file, where, errors);
    const QString modelType = top.string("model_type");
    if (modelType.isEmpty()) {
        top.fail("model_type", Tr::tr("is missing"));
        return std::nullopt;
    }
    const auto family = familyOf(modelType);
    if (!family) {
        top.fail("model_type",
            Tr::tr("'%1' is not a supported architecture (supported: %2)")
                .arg(modelType, supportedModelTypes().join(QStringLiteral(", "))));
        return std::nullopt;
    }

    // Multimodal Gemma 3 nests the language model in text_config.
    const json* textConfig = top.object("text_config");
    const json& text = textConfig ? *textConfig : config;
    const QString textWhere = textConfig ? top.field("text_config") : where;
    FieldReader r(text, file, textWhere, errors);

    const Family f = *family;
    const Defaults d = defaultsFor(f);
    ModelSpec s;
    s.modelType = textConfig ? r.string("model_type", modelType) : modelType;
    s.hiddenSize = r.integer("hidden_size", d.hidden, 1, kMaxDim);
    s.vocabSize = r.integer("vocab_size", d.vocab, 1, kMaxDim);
    s.numLayers = r.integer("num_hidden_layers", d.layers, 1, kMaxLayers);
    s.maxContext = r.integer("max_position_embeddings", d.maxPos, 1, kMaxContext);
    s.tiedEmbeddings = top.boolean("tie_word_embeddings", r.boolean("tie_word_embeddings", d.tied));
    if (textConfig && !top.has("tie_word_embeddings") && !r.has("tie_word_embeddings"))
        s.tiedEmbeddings = d.tied;

    AttentionSpec& a = s.attention;
    a.numHeads = r.integer("num_attention_heads", d.heads, 1, kMaxDim);
    a.numKvHeads = r.integer("num_key_value_heads", d.kvHeads > 0 ? d.kvHeads : a.numHeads, 1, kMaxDim);
    const qint64 defaultHeadDim = a.numHeads > 0 ? s.hiddenSize / a.numHeads : 0;
    a.headDim = r.integer("head_dim", defaultHeadDim, 1, kMaxDim);
    a.vHeadDim = a.headDim;
    a.qkvBias = r.boolean("attention_bias", false);
    a.outputBias = a.qkvBias;

    s.ffn.intermediate = r.integer("intermediate_size", d.intermediate, 1, kMaxDim);
    s.ffn.bias = r.boolean("mlp_bias", false);
    s.layers.assign(static_cast<size_t>(std::max<qint64>(s.numLayers, 0)), LayerSpec {});

    const auto setAllMoe = [&s](qint64 firstDense, qint64 step, const QList<qint64>& denseLayers) {
        for (qint64 i = 0; i < s.numLayers; ++i) {
            const bool dense = i < firstDense || (step > 1 && (i + 1) % step != 0) || denseLayers.contains(i);
            s.layers[static_cast<size_t>(i)].moe = !dense;
        }
    };

    switch (f) {
    case Family::Llama:
    case Family::Mistral:
        break;
    case Family::Qwen2:
        a.qkvBias = true; // Qwen2Attention: q/k/v with bias, o_proj without
        a.outputBias = false;
        break;
    case Family::Qwen3:
        a.qkNorm = QkNorm::PerHead;
        break;
    case Family::Qwen2Moe:
    case Family::Qwen3Moe: {
        if (f == Family::Qwen2Moe) {
            a.qkvBias = true;
            a.outputBias = false;
        } else {
            a.qkNorm = QkNorm::PerHead;
        }
        s.moe.numExperts = r.integer("num_experts", f == Family::Qwen2Moe ? 60 : 128, 1, kMaxExperts);
        s.moe.expertsPerToken = r.integer("num_experts_per_tok", f == Family::Qwen2Moe ? 4 : 8, 1, kMaxExperts);
        s.moe.expertIntermediate = r.integer("moe_intermediate_size", f == Family::Qwen2Moe ? 1408 : 768, 1, kMaxDim);
        if (f == Family::Qwen2Moe) {
            s.moe.sharedIntermediate = r.integer("shared_expert_intermediate_size", 5632, 0, kMaxDim);
            s.moe.sharedExperts = s.moe.sharedIntermediate > 0 ? 1 : 0;
            s.moe.sharedExpertGate = true;
        }
        QList<qint64> mlpOnly;
        if (const json* arr = r.array("mlp_only_layers")) {
            for (const json& v : *arr) {
                if (!v.is_number_integer()) {
                    r.fail("mlp_only_layers", Tr::tr("must hold layer numbers"));
                    break;
                }
                mlpOnly << v.get<qint64>();
            }
        }
        setAllMoe(0, r.integer("decoder_sparse_step", 1, 1, kMaxLayers), mlpOnly);
        break;
    }
    case Family::Mixtral:
        s.moe.numExperts = r.integer("num_local_experts", 8, 1, kMaxExperts);
        s.moe.expertsPerToken = r.integer("num_experts_per_tok", 2, 1, kMaxExperts);
        s.moe.expertIntermediate = s.ffn.intermediate;
        setAllMoe(0, 1, {});
        break;
    case Family::Gemma:
    case Family::Gemma2:
    case Family::Gemma3:
        if (f != Family::Gemma)
            s.normsPerLayer = 4;
        if (f == Family::Gemma3)
            a.qkNorm = QkNorm::PerHead;
        if (!r.has("head_dim"))
            a.headDim = a.vHeadDim = 256;
        break;
    case Family::Phi3:
        a.fusedQkv = true;
        s.ffn.fusedGateUp = true;
        break;
    case Family::PhiMoe:
        a.qkvBias = a.outputBias = r.boolean("attention_bias", false);
        s.normBias = true; // LayerNorm with bias
        s.lmHeadBias = r.boolean("lm_head_bias", false);
        s.moe.numExperts = r.integer("num_local_experts", 16, 1, kMaxExperts);
        s.moe.expertsPerToken = r.integer("num_experts_per_tok", 2, 1, kMaxExperts);
        s.moe.expertIntermediate = s.ffn.intermediate;
        setAllMoe(0, 1, {});
        break;
    case Family::GptOss:
        a.qkvBias = a.outputBias = r.boolean("attention_bias", true);
        a.sinks = true;
        if (!r.has("head_dim"))
            a.headDim = a.vHeadDim = 64;
        s.moe.numExperts = r.integer("num_local_experts", 128, 1, kMaxExperts);
        s.moe.expertsPerToken
            = r.integer("num_experts_per_tok", r.integer("experts_per_token", 4, 1, kMaxExperts), 1, kMaxExperts);
        s.moe.expertIntermediate = s.ffn.intermediate;
        s.moe.routerBias = true;
        s.moe.expertBias = true;
        setAllMoe(0, 1, {});
        break;
    case Family::DeepseekV2:
    case Family::DeepseekV3: {
        a.qLoraRank = r.integer("q_lora_rank", f == Family::DeepseekV3 ? 1536 : 1536, 0, kMaxDim);
        if (r.has("q_lora_rank") == false && text.contains("q_lora_rank"))
            a.qLoraRank = 0; // explicit null: plain q_proj (DeepSeek-V2-Lite)
        a.kvLoraRank = r.integer("kv_lora_rank", 512, 1, kMaxDim);
        a.ropeHeadDim = r.integer("qk_rope_head_dim", 64, 1, kMaxDim);
        a.nopeHeadDim = r.integer("qk_nope_head_dim", 128, 1, kMaxDim);
        a.vHeadDim = r.integer("v_head_dim", 128, 1, kMaxDim);
        a.headDim = a.nopeHeadDim + a.ropeHeadDim;
        s.moe.numExperts = r.integer("n_routed_experts", f == Family::DeepseekV3 ? 256 : 160, 0, kMaxExperts);
        s.moe.expertsPerToken = r.integer("num_experts_per_tok", f == Family::DeepseekV3 ? 8 : 6, 0, kMaxExperts);
        s.moe.expertIntermediate
            = r.integer("moe_intermediate_size", f == Family::DeepseekV3 ? 2048 : 1536, 1, kMaxDim);
        s.moe.sharedExperts = r.integer("n_shared_experts", f == Family::DeepseekV3 ? 1 : 2, 0, 1024);
        s.moe.sharedIntermediate = s.moe.sharedExperts * s.moe.expertIntermediate;
        s.moe.correctionBias = r.string("topk_method", f == Family::DeepseekV3 ? QStringLiteral("noaux_tc") : QString())
            == QLatin1String("noaux_tc");
        if (s.moe.numExperts > 0)
            setAllMoe(r.integer("first_k_dense_replace", 0, 0, kMaxLayers),
                r.integer("moe_layer_freq", 1, 1, kMaxLayers), {});
        break;
    }
    case Family::Olmoe:
        a.qkNorm = QkNorm::Full;
        s.moe.numExperts = r.integer("num_experts", 64, 1, kMaxExperts);
        s.moe.expertsPerToken = r.integer("num_experts_per_tok", 8, 1, kMaxExperts);
        s.moe.expertIntermediate = s.ffn.intermediate;
        setAllMoe(0, 1, {});
        break;
    }
    if (s.moe.numExperts > 0 && s.moe.expertsPerToken > s.moe.numExperts)
        r.fail("num_experts_per_tok",
            Tr::tr("%1 exceeds the %2 experts").arg(s.moe.expertsPerToken).arg(s.moe.numExperts));

    // Sliding-window layers.
    const qint64 window = r.integer("sliding_window", 0, 0, kMaxContext);
    QList<bool> sliding;
    if (const json* types = r.array("layer_types")) {
        for (const json& t : *types) {
            if (!t.is_string()) {
                r.fail("layer_types", Tr::tr("must hold strings"));
                break;
            }
            sliding << (t.get<std::string>() == "sliding_attention");
        }
        if (sliding.size() != s.numLayers) {
            r.fail("layer_types", Tr::tr("has %1 entries for %2 layers").arg(sliding.size()).arg(s.numLayers));
            sliding.clear();
        }
    } else if (window > 0) {
        for (qint64 i = 0; i < s.numLayers; ++i) {
            switch (f) {
            case Family::Gemma2:
            case Family::GptOss:
                sliding << (i % 2 == 0);
                break;
            case Family::Gemma3: {
                const qint64 pattern = r.integer("sliding_window_pattern", 6, 1, kMaxLayers);
                sliding << ((i + 1) % pattern != 0);
                break;
            }
            case Family::Mistral:
            case Family::Mixtral:
                sliding << true;
                break;
            case Family::Qwen2:
            case Family::Qwen2Moe:
            case Family::Qwen3:
            case Family::Qwen3Moe:
                sliding << (r.boolean("use_sliding_window", false)
                    && i >= r.integer("max_window_layers", s.numLayers, 0, kMaxLayers));
                break;
            default:
                // Phi-3's config names a window its engines do not apply to the cache; count full attention.
                sliding << false;
                break;
            }
        }
    }
    if (window > 0) {
        s.slidingWindow = window;
        for (qsizetype i = 0; i < sliding.size() && i < qsizetype(s.layers.size()); ++i)
            s.layers[static_cast<size_t>(i)].window = sliding[i] ? AttentionWindow::Sliding : AttentionWindow::Full;
    }

    // Rope tensors that only GGUF files carry.
    if (const json* rope = r.object("rope_scaling")) {
        FieldReader rr(*rope, file, r.field("rope_scaling"), errors);
        const QString type = rr.string("rope_type", rr.string("type"));
        const double partial = text.contains("partial_rotary_factor") && text["partial_rotary_factor"].is_number()
            ? text["partial_rotary_factor"].get<double>()
            : 1.0;
        const qint64 rotary = static_cast<qint64>(double(a.headDim) * partial);
        if (type == QLatin1String("llama3")) {
            s.ggufRopeTensors = 1;
            s.ggufRopeTensorSize = rotary / 2;
        } else if (type == QLatin1String("longrope") || type == QLatin1String("su")) {
            s.ggufRopeTensors = 2;
            s.ggufRopeTensorSize = rotary / 2;
        }
    }

    if (const json* vision = top.object("vision_config"))
        readVision(top, *vision, file, top.field("vision_config"), s, errors);

    // Consistency.
    if (a.numKvHeads > 0 && a.numHeads % a.numKvHeads != 0 && !a.isMla())
        r.fail("num_key_value_heads",
            Tr::tr("%1 does not divide the %2 attention heads").arg(a.numKvHeads).arg(a.numHeads));

    // Widths within range can still multiply into absurd tensors (2^24 experts x 2^24 x 2^24): no real model
    // has more than about 10^13 parameters, so refuse what would exceed 2^50.
    if (top.failures() == 0 && r.failures() == 0) {
        qint64 total = 0;
        for (const TensorSpec& t : tensorLayout(s, TensorNames::None))
            total = satAdd(total, t.elements());
        if (total > (qint64(1) << 50))
            top.fail(
                "model_type", Tr::tr("these dimensions imply %1 parameters, far beyond any real model").arg(total));
    }

    s.nativeDtype = top.string("torch_dtype", top.string("dtype", r.string("torch_dtype", QStringLiteral("bfloat16"))));
    if (top.failures() > 0 || r.failures() > 0)
        return std::nullopt;
    return s;
}

} // namespace detail

std::optional<ModelSpec> parseHfConfig(const QByteArray& data, const QString& file, QList<ParseError>* errors)
{
    const json config = json::parse(data.constBegin(), data.constEnd(), nullptr, false);
    if (config.is_discarded()) {
        if (errors)
            errors->append({ file, QString(), Tr::tr("is not valid JSON (truncated or malformed)") });
        return std::nullopt;
    }
    return detail::specFromConfig(config, file, QString(), errors);
}

QStringList supportedModelTypes()
{
    QStringList out;
    for (const FamilyInfo& f : kFamilies)
        out << QString::fromLatin1(f.modelType);
    return out;
}

} // namespace Planner
