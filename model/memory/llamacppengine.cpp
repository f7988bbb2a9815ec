// SPDX-FileCopyrightText: 2026 The FitPlanner authors
// SPDX-License-Identifier: MIT

#include "llamacppengine.h"

#include "checkedmath.h"
#include "units.h"

#include <algorithm>

#include <QCoreApplication>

namespace Planner {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Planner::MemoryEstimator)
};

} // namespace

QString LlamaCppEngine::version() const
{
    return QStringLiteral("llama.cpp 80fb11ac (as bundled in node-llama-cpp 3.21.1, September 2026)");
}

QString LlamaCppEngine::ruleSource(MemoryPart part) const
{
    switch (part) {
    case MemoryPart::Weights:
        return Tr::tr(
            "src/llama-model.cpp llama_model::load_tensors (every tensor at its GGUF type; the token embedding stays "
            "in CPU memory), src/llama-quant.cpp llama_tensor_get_type (the per-tensor types of each recipe)");
    case MemoryPart::KvCache:
        return Tr::tr("src/llama-kv-cache.cpp llama_kv_cache::llama_kv_cache (one K and one V tensor per layer "
                      "of n_ctx cells), src/llama-kv-cache-iswa.cpp (the sliding-window layers' own cache), "
                      "src/llama-kv-cache-dsa.cpp (the sparse-attention indexer's keys)");
    case MemoryPart::RecurrentState:
        return Tr::tr("src/llama-memory-recurrent.cpp llama_memory_recurrent::llama_memory_recurrent (an r and "
                      "an s tensor per layer, one row per sequence, F32), src/llama-memory-hybrid.cpp");
    case MemoryPart::Activations:
        return Tr::tr(
            "src/llama-context.cpp llama_context::llama_context -> graph_reserve (ggml_backend_sched_reserve of the "
            "largest micro-batch graph), output_reserve (the logits buffer)");
    case MemoryPart::Overhead:
        return Tr::tr("ggml/src/ggml-cuda/ggml-cuda.cu (device context, memory pool, cuBLAS handle); the size "
                      "is measured, not read from the source");
    }
    return {};
}

QStringList LlamaCppEngine::kvTypes() const
{
    return { QStringLiteral("F16"), QStringLiteral("BF16"), QStringLiteral("F32"), QStringLiteral("Q8_0"),
        QStringLiteral("Q5_1"), QStringLiteral("Q5_0"), QStringLiteral("Q4_1"), QStringLiteral("Q4_0"),
        QStringLiteral("IQ4_NL") };
}

QString LlamaCppEngine::validate(const Scenario& sc, const StorageType& kvType) const
{
    if (kvType.kind == StorageKind::Ggml && !sc.flashAttention)
        return Tr::tr("llama.cpp needs flash attention for a quantized V cache (%1); turn flash attention on")
            .arg(kvType.id);
    return {};
}

QString LlamaCppEngine::defaultRecipe() const
{
    return QStringLiteral("Q4_K_M");
}

QString LlamaCppEngine::usualSixteenBitRecipe() const
{
    return QStringLiteral("F16");
}

QStringList LlamaCppEngine::comparisonRecipes() const
{
    return { QStringLiteral("F16"), QStringLiteral("Q8_0"), QStringLiteral("Q6_K"), QStringLiteral("Q4_K_M"),
        QStringLiteral("Q2_K") };
}

QStringList LlamaCppEngine::frontendIds() const
{
    return { QStringLiteral("llama.cpp"), QStringLiteral("ollama"), QStringLiteral("lmstudio") };
}

bool LlamaCppEngine::hasSlidingWindow(const ModelSpec& spec)
{
    // The Hugging Face model types whose llama.cpp architecture sets hparams.swa_type in its load_arch_hparams
    // (src/models/<arch>.cpp): gemma2, gemma3, gemma3n, gemma4, openai-moe (gpt-oss), llama4 (chunked), cohere2,
    // exaone4, olmo2 (OLMo 3), lfm2, afmoe, mimo2, laguna (when it has a window), step35 (Step 3.5 and 3.7),
    // muse-glimmer, smallthinker, plamo3, deepseek4. Every other architecture has LLAMA_SWA_TYPE_NONE whatever its
    // config.json says: convert_hf_to_gguf.py writes Mistral and Mixtral as plain "llama", Qwen2/Qwen3 ignore
    // use_sliding_window, and phi3 switches its window off.
    static const QStringList windowed = { QStringLiteral("gemma2"), QStringLiteral("gemma3"),
        QStringLiteral("gemma3_text"), QStringLiteral("gemma3n"), QStringLiteral("gemma3n_text"),
        QStringLiteral("gemma4"), QStringLiteral("gemma4_text"), QStringLiteral("gpt_oss"), QStringLiteral("llama4"),
        QStringLiteral("llama4_text"), QStringLiteral("cohere2"), QStringLiteral("exaone4"), QStringLiteral("olmo3"),
        QStringLiteral("lfm2"), QStringLiteral("afmoe"), QStringLiteral("mimo_v2_flash"), QStringLiteral("laguna"),
        QStringLiteral("step3p5"), QStringLiteral("smallthinker"), QStringLiteral("plamo3"),
        QStringLiteral("deepseek_v4"), QStringLiteral("step3p7"), QStringLiteral("muse_glimmer"),
        QStringLiteral("muse_glimmer_text") };
    return spec.slidingWindow > 0 && windowed.contains(spec.modelType);
}

KvTokens LlamaCppEngine::kvTokens(const Scenario& sc) const
{
    // llama_context pads n_ctx (-c, the total over all parallel sequences) to 256 cells. With a unified cache
    // (--kv-unified) one stream holds them all; otherwise each of the n_seq_max sequences has its own stream of
    // n_ctx / n_seq_max cells, padded to 256 again (llama-context.cpp, llama_context::llama_context). A
    // sliding-window or chunked layer (llama_kv_cache_iswa) keeps per stream the window of the sequences it holds
    // plus one micro-batch, padded to 256, at most the full stream.
    // The padding depends on the build: before October 2025 (https://github.com/ggml-org/llama.cpp/pull/16812) the
    // cache was padded to 256 cells with flash attention and to 32 without; current builds pad n_ctx to 256 always
    // (llama-context.cpp, which cites https://github.com/ggml-org/llama.cpp/pull/17046).
    const qint64 sequences = std::max<qint64>(1, sc.batch);
    KvTokens t;
    const bool windowed = hasSlidingWindow(sc.model);
    const qint64 window = std::min(attentionWindow(sc), sc.context);
    if (sc.kvUnified || sequences == 1) {
        t.full = padTo(satMul(sc.context, sequences), kCellPadding);
        t.sliding
            = windowed ? std::min(t.full, padTo(satAdd(satMul(window, sequences), sc.ubatch), kCellPadding)) : t.full;
        return t;
    }
    const qint64 perStream = padTo(padTo(satMul(sc.context, sequences), kCellPadding) / sequences, kCellPadding);
    t.full = satMul(perStream, sequences);
    const qint64 slidingStream = std::min(perStream, padTo(satAdd(window, sc.ubatch), kCellPadding));
    t.sliding = windowed ? satMul(slidingStream, sequences) : t.full;
    return t;
}

qint64 LlamaCppEngine::mtpKvLayers(const ModelSpec& spec) const
{
    // llama_model::create_memory filters the nextn blocks out of the KV cache only for the architectures that say so
    // (step35, hy_v3, glm-dsa, mimo2, deepseek32, the Qwen and Nemotron hybrids); glm4moe's converter writes the
    // nextn block and its cache covers all n_layer_all blocks, although the block's tensors are skipped.
    return spec.modelType == QLatin1String("glm4_moe") ? spec.mtpLayers : 0;
}

qint64 LlamaCppEngine::deepseekV4LayerKvBytes(const Scenario& sc, const LayerSpec& layer, const StorageType& kv) const
{
    // llama_kv_cache_dsv4 (src/llama-kv-cache-dsv4.cpp, its constructor): K-only caches (K is V) with one stream per
    // sequence whatever --kv-unified says, each of kv_size = n_ctx_seq cells. Every layer keeps its raw keys in the
    // SWA half of an iSWA cache (n_swa + n_ubatch cells padded to 256, at most kv_size; the base half holds no
    // layer). A ratio-4 layer adds the CSA cache and the lightning indexer's cache, a ratio-128 layer the HCA cache,
    // each of ceil(kv_size / ratio) cells padded to 256, and per sequence F32 compressor state (llama_dsv4_comp_state:
    // a kv and a score tensor of n_embd_state x state_size): 2 x 512 x 8 (CSA) and 2 x 128 x 8 (indexer) at ratio
    // 4, 512 x 128 at ratio 128, for one plane per sequence (n_rs_seq, the rollback snapshots, is 0 by default).
    const ModelSpec& s = sc.model;
    const AttentionSpec& a = s.attention;
    const qint64 sequences = std::max<qint64>(1, sc.batch);
    const qint64 total = padTo(satMul(sc.context, sequences), kCellPadding);
    const qint64 kvSize = sc.kvUnified || sequences == 1 ? total : padTo(total / sequences, kCellPadding);
    const qint64 rawCells = padTo(std::min(kvSize, satAdd(s.slidingWindow, sc.ubatch)), kCellPadding);
    qint64 perStream = satMul(rawCells, kv.bytesFor(a.headDim));
    if (layer.compressRatio > 0) {
        const qint64 cells = padTo(std::max<qint64>(1, ceilDiv(kvSize, layer.compressRatio)), kCellPadding);
        perStream = satAdd(perStream, satMul(cells, kv.bytesFor(a.headDim)));
        qint64 stateElements = satMul(a.headDim, layer.compressRatio); // HCA: n_embd_head_k x ratio
        if (layer.compressRatio == 4) {
            perStream = satAdd(perStream, satMul(cells, kv.bytesFor(a.indexHeadDim)));
            stateElements = satMul(2 * a.headDim + 2 * a.indexHeadDim, 2 * layer.compressRatio);
        }
        perStream = satAdd(perStream, satMul(stateElements, 2 * 4)); // kv and score, F32
    }
    return satMul(perStream, sequences);
}

qint64 LlamaCppEngine::indexerKeyBytesPerToken(const AttentionSpec& a, const StorageType& kv) const
{
    // MiniMax sparse attention (llama_kv_cache_msa, src/llama-kv-cache-msa.cpp): the indexer cache is a second
    // llama_kv_cache over the sparse layers with one KV head, whose K rows are the index key (sparse_index_dim) and
    // whose V rows, which nothing reads, keep the model's value head size. DeepSeek sparse attention's indexer
    // cache holds keys only, as MLA does.
    if (a.hasIndexer() && a.indexBlock > 0)
        return satAdd(kv.bytesFor(a.indexHeadDim), kv.bytesFor(a.vHeadDim));
    return EngineRules::indexerKeyBytesPerToken(a, kv);
}

MemoryComponent LlamaCppEngine::recurrentState(const EngineInputs& in) const
{
    // llama_memory_recurrent (src/llama-memory-recurrent.cpp): per recurrent layer an r tensor of n_embd_r() and
    // an s tensor of n_embd_s() elements per row, both GGML_TYPE_F32 whatever the KV type, with
    // max(1, n_seq_max) rows (llama-model.cpp, create_memory).
    const RecurrentStateElements e = recurrentStateElements(in.scenario.model);
    MemoryComponent c;
    if (e.layers == 0)
        return c;
    const qint64 rows = std::max<qint64>(in.scenario.batch, 1);
    c.bytes = c.low = c.high = satMul(satMul(satAdd(e.conv, e.ssm), 4), rows);
    if (in.explain)
        c.explanation = Tr::tr("%1: F32 convolution state %2 + SSM state %3 elements per sequence x %4 sequences "
                               "(llama.cpp's recurrent memory, one row per parallel sequence); constant in the context")
                            .arg(recurrentLayersText(e))
                            .arg(e.conv)
                            .arg(e.ssm)
                            .arg(rows);
    return c;
}

QString LlamaCppEngine::kvRule(const Scenario& sc) const
{
    QString rule = sc.kvUnified || sc.batch <= 1
        ? Tr::tr("llama.cpp allocates the whole n_ctx = %1 x %2 sequences (padded to 256) at load, in one unified "
                 "cache")
              .arg(sc.context)
              .arg(sc.batch)
        : Tr::tr("llama.cpp allocates n_ctx = %1 x %2 sequences at load, one stream of %1 cells (padded to 256) per "
                 "sequence")
              .arg(sc.context)
              .arg(sc.batch);
    if (sc.model.slidingLayerCount() > 0 && !hasSlidingWindow(sc.model))
        rule += QLatin1String("; ")
            + Tr::tr("llama.cpp runs %1 without a sliding window, so every layer holds the whole context")
                  .arg(sc.model.modelType);
    return rule;
}

qint64 LlamaCppEngine::msaIndexerBytes(const Scenario& sc, qint64 streamCells, qint64 nTokens, qint64 attnTensors)
{
    // MiniMax sparse attention (src/models/minimax-m3.cpp) runs only with flash attention and one stream per
    // sequence; otherwise the graph falls back to dense attention. Per stream it scores the stream's tokens
    // against every cell for each indexer head (F32) and expands the chosen blocks into a per-head mask over the
    // cells, kept with its transposed copy (F32, the largest pair); the KQ mask (F16) and its F32 copy cover the
    // whole micro-batch. Beside them, the layer's q/k/v tensors.
    const qint64 streams = sc.kvUnified ? 1 : std::max<qint64>(sc.batch, 1);
    if (!sc.flashAttention || (sc.kvUnified && sc.batch > 1))
        return 0;
    const qint64 tokensPerStream = ceilDiv(nTokens, streams);
    const qint64 heads = sc.model.attention.indexHeads;
    const qint64 scores = satMul(satMul(satMul(2 * 4, heads), streamCells), tokensPerStream);
    const qint64 masks = satMul(satMul(streamCells, nTokens), 4 + 2);
    return satAdd(satAdd(scores, masks), attnTensors);
}

MemoryComponent LlamaCppEngine::activations(const EngineInputs& in) const
{
    // ggml's graph allocator reuses memory, so the compute buffer is the largest live set of one micro-batch's
    // graph: the output logits of all its tokens, or (without flash attention) the attention scores over the
    // whole cache.
    const Scenario& sc = in.scenario;
    const ModelSpec& s = sc.model;
    const AttentionDims ad = attentionDims(s);
    const qint64 h = s.hiddenSize;
    const qint64 ff = activeFfnWidth(s);
    const qint64 nTokens = std::min(sc.ubatch, in.kvTokens.full);
    const qint64 nKv = in.kvTokens.full;
    // Output phase: the f32 logits of the rows that produce output plus the final hidden states of the whole
    // micro-batch; one more n_embd row than the minimum, because the graph allocator sometimes places one (seen
    // with a quantized cache, and without flash attention from 5k cells). llama_context::sched_reserve reserves
    // the prompt graph with min(n_tokens, n_outputs_max) outputs: every row with the library's default
    // (n_outputs_max = n_batch), the slots' rows under llama-server.
    const qint64 outputRows = std::min(nTokens, outputRowsReserved(sc));
    const qint64 logits = satAdd(satMul(satMul(s.vocabSize, outputRows), 4), satMul(satMul(3 * h, nTokens), 4));
    const qint64 nKvDim = s.attention.isMla() ? s.attention.kvLoraRank + s.attention.ropeHeadDim : ad.k;
    const qint64 attnTensors = satMul(satMul(3 * h + 2 * ad.q + 2 * nKvDim, nTokens), 4);
    // The micro-batch's tokens belong to one sequence: the graph's KQ mask spans one stream's cells.
    const qint64 streamCells = sc.kvUnified ? nKv : nKv / std::max<qint64>(sc.batch, 1);
    const qint64 ffn = satMul(satMul(3 * ff + 2 * h, nTokens), 4);
    // With flash attention the KQ mask (n_kv x n_tokens, F16), an input of every attention layer, is live from the
    // first attention layer to the last, beside each layer's attention and feed-forward tensors.
    qint64 attention
        = sc.flashAttention ? satAdd(std::max(attnTensors, ffn), satMul(satMul(streamCells, nTokens), 2)) : attnTensors;
    // DeepSeek sparse attention: the lightning indexer scores every cell for every token (F32), sorts them for
    // its top-k (I32) and builds its own mask beside the attention's (two F16 masks): src/models/deepseek32.cpp,
    // llama-graph.cpp build_attn with top_k.
    qint64 indexer = s.attention.hasIndexer() ? satMul(satMul(streamCells, nTokens), 4 + 4 + 2 + 2) : qint64(0);
    if (s.attention.hasIndexer() && s.attention.indexBlock > 0) // MiniMax sparse attention's blocks
        indexer = msaIndexerBytes(sc, streamCells, nTokens, attnTensors);
    if (!sc.flashAttention) {
        // f32 scores n_kv x n_tokens per head plus an f32 mask (f16 with flash attention)
        const qint64 scores = satMul(satMul(satMul(s.attention.numHeads + 1, nKv), nTokens), 4);
        attention = satAdd(scores, attnTensors);
        if (s.attention.isMla()) // MLA without flash attention also transposes the latent V into f16
            attention = satAdd(attention, satMul(satMul(nKv, s.attention.kvLoraRank), 2));
    }
    const qint64 compute = std::max({ logits, attention, ffn, indexer });
    const qint64 output = hostOutputBufferBytes(sc);
    MemoryComponent c;
    c.bytes = satAdd(compute, output);
    c.low = c.bytes - c.bytes / 20;
    c.high = c.bytes + c.bytes / 10;
    if (s.isMoe()) {
        // ggml's allocator may place the logits above tensors the last MoE layer leaves where they were put: the
        // KQ mask, the experts' outputs (n_embd x n_expert_used x n_tokens f32), four hidden-size tensors and the
        // router's scores. Measured on DeepSeek-V2-Lite (6 of 64 experts used): the logits phase takes 240.3 MiB
        // at 8k and 242.1 MiB at 2k where the point estimate says 212 MiB; with half the expert width, or for
        // Qwen3-MoE, the allocator reuses lower blocks and the point estimate holds. The band's upper end covers
        // it.
        const qint64 perToken = satAdd(satAdd(s.vocabSize, satMul(s.moe.expertsPerToken + 4, h)), 2 * s.moe.numExperts);
        const qint64 mask = satMul(satMul(nKv, nTokens), sc.flashAttention ? 2 : 4);
        const qint64 stacked = satAdd(satMul(perToken, satMul(nTokens, 4)), mask);
        c.high = std::max(c.high, satAdd(stacked, output));
    }
    if (!in.explain)
        return c;
    const char* phase = compute == logits
        ? "logits"
        : (compute == attention ? "attention" : (compute == indexer ? "sparse-attention indexer" : "feed-forward"));
    c.explanation = Tr::tr("compute buffer %1 (largest phase: %2 for a micro-batch of %3 tokens; logits %4 x %9 rows "
                           "x 4 bytes%5) + output buffer %6 (%7 x 4 bytes x %8 sequences)")
                        .arg(formatBytes(compute), QString::fromLatin1(phase))
                        .arg(nTokens)
                        .arg(s.vocabSize)
                        .arg(sc.flashAttention ? Tr::tr("; flash attention on")
                                               : Tr::tr("; scores %1 heads x %2 cells x %3 tokens x 4 bytes")
                                                     .arg(s.attention.numHeads)
                                                     .arg(nKv)
                                                     .arg(nTokens))
                        .arg(formatBytes(output))
                        .arg(s.vocabSize)
                        .arg(sc.batch)
                        .arg(outputRows);
    return c;
}

qint64 LlamaCppEngine::outputRowsReserved(const Scenario& sc)
{
    const qint64 nTokens = std::max<qint64>(1, sc.ubatch);
    return sc.outputsMax > 0 ? std::min(nTokens, sc.outputsMax) : nTokens;
}

MemoryComponent LlamaCppEngine::overhead(const EngineInputs& in) const
{
    MemoryComponent c;
    c.bytes = 300 * MiB;
    c.low = 150 * MiB;
    c.high = 600 * MiB;
    if (in.explain)
        c.explanation = Tr::tr("GPU backend context and scratch of llama.cpp (CUDA/Metal/Vulkan), about 300 MiB "
                               "per GPU; none when running on the CPU alone");
    return c;
}

qint64 LlamaCppEngine::hostOutputBufferBytes(const Scenario& sc) const
{
    // The f32 logits of the last token of every sequence, in host memory.
    return satMul(satMul(sc.model.vocabSize, 4), sc.batch);
}

qint64 LlamaCppEngine::hostComputeBufferBytes(const Scenario& sc) const
{
    // The graph's inputs live in the host buffer of the GPU backend (ggml_backend_sched gives a tensor no GPU
    // op has claimed to the CPU): the micro-batch's input embeddings, which get_rows reads from token_embd in RAM
    // (f32 n_embd x n_tokens), the KQ mask of every cache (n_kv x n_tokens, f16 with flash attention, else f32;
    // llama-graph.cpp build_attn_inp_kq_mask), and the token ids, positions and output row ids (i32).
    // Since https://github.com/ggml-org/llama.cpp/pull/18550 (January 2026) the graph also holds an input for
    // embeddings given directly (inp_embd, f32 n_embd x n_tokens) beside the token path and selects one of the two
    // per batch, so the host buffer holds the micro-batch's embeddings twice.
    // Builds before May 2026 (https://github.com/ggml-org/llama.cpp/pull/23764) kept the mask in F32 here even with
    // flash attention and cast it to F16 on the GPU; this counts the current F16 mask.
    const KvTokens t = kvTokens(sc);
    const qint64 nTokens = std::min(sc.ubatch, t.full);
    const qint64 maskBytes = sc.flashAttention ? 2 : 4;
    // Without a unified cache each of the streams masks its own cells for its share of the tokens.
    const qint64 streams = sc.kvUnified ? 1 : std::max<qint64>(1, sc.batch);
    qint64 maskCells = t.full / streams;
    if (sc.model.slidingLayerCount() + sc.model.chunkedLayerCount() > 0 && hasSlidingWindow(sc.model))
        maskCells = satAdd(maskCells, t.sliding / streams);
    const qint64 embd = satMul(satMul(satMul(sc.model.hiddenSize, nTokens), 4), 2);
    const qint64 mask = satMul(satMul(maskCells, nTokens), maskBytes);
    const qint64 ids = satMul(satAdd(2 * nTokens, std::min(nTokens, outputRowsReserved(sc))), 4);
    return satAdd(satAdd(embd, mask), ids);
}

PlacementRules LlamaCppEngine::placement() const
{
    PlacementRules r;
    r.style = PlacementStyle::Layers;
    r.ramTier = true;
    r.multiNode = false;
    r.unifiedMemory = true;
    r.tokenEmbeddingsInRam = true; // the input layer stays in CPU memory; one row is read per token
    r.gpuPrefillOfRamLayers = true; // large batches of CPU-resident layers run on the GPU
    return r;
}

} // namespace Planner
