#pragma once

#include <cstdint>
#include <vector>

#include <QString>
#include <QStringList>

namespace Planner {

// How a layer attends: over the whole context, or over a sliding window of recent tokens.
enum class AttentionWindow
{
    Full,
    Sliding
};

// Query/key normalisation inside attention.
enum class QkNorm
{
    None,
    PerHead, // Qwen3, Gemma 3: RMSNorm over head_dim, shared by all heads
    Full, // OLMoE: RMSNorm over all query (heads x head_dim) / key (kv_heads x head_dim) features
};

struct AttentionSpec
{
    qint64 numHeads = 0;
    qint64 numKvHeads = 0;
    qint64 headDim = 0; // query/key head dimension
    qint64 vHeadDim = 0; // value head dimension (equals headDim except for MLA)
    bool qkvBias = false;
    bool outputBias = false;
    bool fusedQkv = false; // Phi-3: one qkv_proj matrix
    QkNorm qkNorm = QkNorm::None;
    bool sinks = false; // gpt-oss: one learned sink logit per head
    // Multi-head latent attention (DeepSeek V2/V3/R1, Kimi K2). Active when kvLoraRank > 0.
    qint64 qLoraRank = 0; // 0: plain q_proj
    qint64 kvLoraRank = 0;
    qint64 ropeHeadDim = 0;
    qint64 nopeHeadDim = 0;

    bool isMla() const { return kvLoraRank > 0; }
};

struct FfnSpec
{
    qint64 intermediate = 0;
    bool gated = true; // gate+up+down (SwiGLU/GeGLU); false: up+down
    bool fusedGateUp = false; // Phi-3: one gate_up_proj
    bool bias = false;
};

struct MoeSpec
{
    qint64 numExperts = 0; // routed experts; 0 = dense model
    qint64 expertsPerToken = 0;
    qint64 expertIntermediate = 0;
    qint64 sharedExperts = 0; // number of shared experts (DeepSeek) or 1 (Qwen2-MoE)
    qint64 sharedIntermediate = 0; // intermediate size of the shared MLP as a whole
    bool sharedExpertGate = false; // Qwen2-MoE: sigmoid gate Linear(hidden, 1)
    bool routerBias = false; // gpt-oss
    bool expertBias = false; // gpt-oss: biases on the expert projections
    bool correctionBias = false; // DeepSeek V3: e_score_correction_bias per expert

    bool isMoe() const { return numExperts > 0; }
};

struct LayerSpec
{
    bool moe = false;
    AttentionWindow window = AttentionWindow::Full;
};

// Vision tower of a multimodal checkpoint (SigLIP-style ViT plus projector), counted separately.
struct VisionSpec
{
    qint64 hiddenSize = 0;
    qint64 intermediateSize = 0;
    qint64 numLayers = 0;
    qint64 patchSize = 0;
    qint64 imageSize = 0;
    qint64 numChannels = 3;
    qint64 projectorOut = 0; // text hidden size the projector maps into

    bool isPresent() const { return numLayers > 0; }
};

// One architecture, in the terms every engine allocates by. Built from the catalog, a Hugging Face
// config.json or a GGUF/safetensors header.
struct ModelSpec
{
    // Identity and catalog metadata
    QString id;
    QString name;
    QString family;
    QString license;
    QString hfRepo;
    QString modelType; // Hugging Face model_type of the text model
    QString nativeDtype;
    QString released;
    qint64 maxContext = 0;

    // Dimensions
    qint64 hiddenSize = 0;
    qint64 vocabSize = 0;
    qint64 numLayers = 0;
    AttentionSpec attention;
    FfnSpec ffn; // dense layers' MLP
    MoeSpec moe; // MoE layers' experts
    std::vector<LayerSpec> layers;
    qint64 slidingWindow = 0; // tokens held by sliding-window layers

    bool tiedEmbeddings = false;
    bool lmHeadBias = false;
    int normsPerLayer = 2; // Gemma 2/3 have 4 (pre/post attention, pre/post MLP)
    bool normBias = false; // LayerNorm with bias (Phi-3.5-MoE)
    // Rope frequency tensors only GGUF stores: llama3 scaling writes rope_freqs, longrope writes
    // rope_factors_long and rope_factors_short; each holds rotary_dim / 2 floats.
    int ggufRopeTensors = 0;
    qint64 ggufRopeTensorSize = 0;
    VisionSpec vision;

    bool isMoe() const { return moe.isMoe(); }
    qint64 moeLayerCount() const;
    qint64 slidingLayerCount() const;
};

} // namespace Planner
