// SPDX-FileCopyrightText: 2026 The FitPlanner authors
// SPDX-License-Identifier: MIT

#include "enginerules.h"
#include "ggufreader.h"
#include "ggufrecipe.h"
#include "hfconfig.h"
#include "memoryestimator.h"
#include "modelfile.h"
#include "modelfilewriter.h"
#include "tensorlayout.h"
#include "testcatalogs.h"

#include <algorithm>

#include <QBuffer>
#include <QFile>
#include <QObject>
#include <QTemporaryDir>
#include <QTest>

using namespace Planner;
using TestFiles::GgufWriter;

Q_DECLARE_METATYPE(Planner::ModelSpec)

namespace {

// Field-by-field comparison of what a GGUF header can carry.
void compareSpecs(const ModelSpec& a, const ModelSpec& e)
{
    QCOMPARE(a.modelType, e.modelType);
    QCOMPARE(a.maxContext, e.maxContext);
    QCOMPARE(a.hiddenSize, e.hiddenSize);
    QCOMPARE(a.vocabSize, e.vocabSize);
    QCOMPARE(a.numLayers, e.numLayers);
    QCOMPARE(a.attention.numHeads, e.attention.numHeads);
    QCOMPARE(a.attention.numKvHeads, e.attention.numKvHeads);
    QCOMPARE(a.attention.headDim, e.attention.headDim);
    QCOMPARE(a.attention.vHeadDim, e.attention.vHeadDim);
    QCOMPARE(a.attention.qkvBias, e.attention.qkvBias);
    QCOMPARE(a.attention.outputBias, e.attention.outputBias);
    QCOMPARE(a.attention.fusedQkv, e.attention.fusedQkv);
    QCOMPARE(int(a.attention.qkNorm), int(e.attention.qkNorm));
    QCOMPARE(a.attention.sinks, e.attention.sinks);
    QCOMPARE(a.attention.qLoraRank, e.attention.qLoraRank);
    QCOMPARE(a.attention.kvLoraRank, e.attention.kvLoraRank);
    QCOMPARE(a.attention.ropeHeadDim, e.attention.ropeHeadDim);
    QCOMPARE(a.attention.nopeHeadDim, e.attention.nopeHeadDim);
    QCOMPARE(a.ffn.intermediate, e.ffn.intermediate);
    QCOMPARE(a.ffn.gated, e.ffn.gated);
    QCOMPARE(a.ffn.fusedGateUp, e.ffn.fusedGateUp);
    QCOMPARE(a.ffn.bias, e.ffn.bias);
    QCOMPARE(a.moe.numExperts, e.moe.numExperts);
    QCOMPARE(a.moe.expertsPerToken, e.moe.expertsPerToken);
    QCOMPARE(a.moe.expertIntermediate, e.moe.expertIntermediate);
    QCOMPARE(a.moe.sharedExperts, e.moe.sharedExperts);
    QCOMPARE(a.moe.sharedIntermediate, e.moe.sharedIntermediate);
    QCOMPARE(a.moe.sharedExpertGate, e.moe.sharedExpertGate);
    QCOMPARE(a.moe.routerBias, e.moe.routerBias);
    QCOMPARE(a.moe.expertBias, e.moe.expertBias);
    QCOMPARE(a.moe.correctionBias, e.moe.correctionBias);
    QCOMPARE(a.layers.size(), e.layers.size());
    for (size_t i = 0; i < a.layers.size(); ++i) {
        QCOMPARE(a.layers[i].moe, e.layers[i].moe);
        QCOMPARE(int(a.layers[i].window), int(e.layers[i].window));
    }
    QCOMPARE(a.slidingWindow, e.slidingWindow);
    QCOMPARE(a.tiedEmbeddings, e.tiedEmbeddings);
    QCOMPARE(a.lmHeadBias, e.lmHeadBias);
    QCOMPARE(a.normsPerLayer, e.normsPerLayer);
    QCOMPARE(a.normBias, e.normBias);
    QCOMPARE(a.ggufRopeTensors, e.ggufRopeTensors);
    QCOMPARE(a.ggufRopeTensorSize, e.ggufRopeTensorSize);
}

// A small valid file: one metadata entry and two F32 tensors.
GgufWriter minimal()
{
    GgufWriter w;
    w.addString(QStringLiteral("general.architecture"), QStringLiteral("llama"));
    w.addTensor(QStringLiteral("a.weight"), { 32 }, 0);
    w.addTensor(QStringLiteral("b.weight"), { 32, 2 }, 0);
    return w;
}

QString readError(const QByteArray& bytes)
{
    QByteArray copy = bytes;
    QBuffer buffer(&copy);
    buffer.open(QIODevice::ReadOnly);
    QString error;
    const auto f = readGgufDevice(buffer, QStringLiteral("bad.gguf"), TestCatalogs::quants(), &error);
    if (f)
        return QStringLiteral("(accepted)");
    return error;
}

// RFC 4180 rows (quoted cells may hold commas and doubled quotes).
QList<QStringList> csvRows(const QString& text)
{
    QList<QStringList> rows;
    QStringList row;
    QString cell;
    bool quoted = false;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text[i];
        if (quoted && c == u'"' && i + 1 < text.size() && text[i + 1] == u'"') {
            cell += c;
            ++i;
        } else if (c == u'"') {
            quoted = !quoted;
        } else if (!quoted && c == u',') {
            row << cell;
            cell.clear();
        } else if (!quoted && c == u'\n') {
            rows << (row << cell);
            row.clear();
            cell.clear();
        } else if (quoted || c != u'\r') {
            cell += c;
        }
    }
    return rows;
}

// One row of the llama.cpp measurements of the architectures with per-layer mixers: its published config.json (cut
// as measured) and the parameter count of the file written for it.
struct MeasuredFile
{
    QByteArray config;
    qint64 parameters = 0;
};

MeasuredFile measuredFile(const QString& model)
{
    QFile f(QStringLiteral(FITPLANNER_SOURCE_DIR "/tests/bench/accuracy/llamacpp/data/new_archs.csv"));
    if (!f.open(QIODevice::ReadOnly))
        return {};
    const QList<QStringList> rows = csvRows(QString::fromUtf8(f.readAll()));
    if (rows.isEmpty())
        return {};
    const qsizetype cModel = rows.first().indexOf(QLatin1String("model"));
    const qsizetype cConfig = rows.first().indexOf(QLatin1String("hf_config"));
    const qsizetype cParams = rows.first().indexOf(QLatin1String("n_params"));
    for (const QStringList& r : rows) {
        if (r.size() == rows.first().size() && r[cModel] == model)
            return { r[cConfig].toUtf8(), r[cParams].toLongLong() };
    }
    return {};
}

// The metadata llama.cpp's converter writes for the Qwen hybrids (qwen35, qwen35moe, qwen3next), LFM2, Llama 4 and
// the sparse-attention MLA families (deepseek32, glm-dsa), as
// tests/bench/accuracy/llamacpp/new_archs.mjs writes it for the files llama.cpp loaded, and `s`'s tensors.
GgufWriter hybridGguf(const ModelSpec& s, const QString& arch, const QStringList& types, quint32 fileType)
{
    GgufWriter w;
    const auto k = [&arch](const char* suffix) { return arch + u'.' + QString::fromLatin1(suffix); };
    w.addString(QStringLiteral("general.architecture"), arch);
    w.addString(QStringLiteral("general.name"), arch);
    w.addUInt32(QStringLiteral("general.file_type"), fileType);
    w.addUInt32(k("block_count"), quint32(s.numLayers + s.mtpLayers));
    w.addUInt32(k("context_length"), quint32(s.maxContext));
    w.addUInt32(k("embedding_length"), quint32(s.hiddenSize));
    if (arch == QLatin1String("laguna")) { // conversion/laguna.py: the query heads of each block
        QList<qint32> heads;
        for (const LayerSpec& l : s.layers)
            heads << qint32(l.numHeads > 0 ? l.numHeads : s.attention.numHeads);
        w.addInt32Array(k("attention.head_count"), heads);
    } else if (arch != QLatin1String("step35")) { // step35 lists the heads of each block
        w.addUInt32(k("attention.head_count"), quint32(s.attention.numHeads));
    }
    if (arch == QLatin1String("kimi-k3")) {
        // conversion/kimi_k3.py: one KV head (the MLA latent) for an MLA block, 0 for a Kimi Delta Attention block
        const AttentionSpec& a = s.attention;
        QList<qint32> kvHeads;
        for (const LayerSpec& l : s.layers)
            kvHeads << qint32(l.isRecurrent() ? 0 : 1);
        w.addInt32Array(k("attention.head_count_kv"), kvHeads);
        w.addUInt32(k("attention.key_length"), quint32(a.kvLoraRank + a.ropeHeadDim));
        w.addUInt32(k("attention.value_length"), quint32(a.kvLoraRank));
        w.addUInt32(k("attention.key_length_mla"), quint32(a.nopeHeadDim + a.ropeHeadDim));
        w.addUInt32(k("attention.value_length_mla"), quint32(a.vHeadDim));
        w.addUInt32(k("rope.dimension_count"), quint32(a.ropeHeadDim));
        w.addUInt32(k("attention.q_lora_rank"), quint32(a.qLoraRank));
        w.addUInt32(k("attention.kv_lora_rank"), quint32(a.kvLoraRank));
        w.addUInt32(k("kda.head_dim"), quint32(s.deltaNet.keyHeadDim));
        w.addUInt32(k("ssm.conv_kernel"), quint32(s.deltaNet.convKernel));
        w.addUInt32(k("attn_res.block_size"), quint32(s.attnResBlockSize));
        w.addUInt32(k("leading_dense_block_count"), quint32(s.numLayers - s.moeLayerCount()));
        w.addUInt32(k("expert_count"), quint32(s.moe.numExperts));
        w.addUInt32(k("expert_used_count"), quint32(s.moe.expertsPerToken));
        w.addUInt32(k("expert_shared_count"), quint32(s.moe.sharedExperts));
        w.addUInt32(k("expert_feed_forward_length"), quint32(s.moe.expertIntermediate));
        w.addUInt32(k("expert_latent_length"), quint32(s.moe.latentSize));
    } else if (arch == QLatin1String("minimax-m3")) {
        const AttentionSpec& a = s.attention;
        w.addUInt32(k("attention.head_count_kv"), quint32(a.numKvHeads));
        w.addUInt32(k("attention.key_length"), quint32(a.headDim));
        w.addUInt32(k("attention.value_length"), quint32(a.vHeadDim));
        w.addUInt32(k("rope.dimension_count"), quint32(a.headDim / 2));
        w.addUInt32(k("attention.indexer.head_count"), quint32(a.indexHeads));
        w.addUInt32(k("attention.indexer.key_length"), quint32(a.indexHeadDim));
        w.addUInt32(k("attention.indexer.top_k"), quint32(a.indexTopk));
        w.addUInt32(k("attention.indexer.block_size"), quint32(a.indexBlock));
        w.addUInt32(k("leading_dense_block_count"), quint32(s.numLayers - s.moeLayerCount()));
        w.addUInt32(k("expert_count"), quint32(s.moe.numExperts));
        w.addUInt32(k("expert_used_count"), quint32(s.moe.expertsPerToken));
        w.addUInt32(k("expert_shared_count"), quint32(s.moe.sharedExperts));
        w.addUInt32(k("expert_feed_forward_length"), quint32(s.moe.expertIntermediate));
    } else if (arch == QLatin1String("deepseek4")) {
        const AttentionSpec& a = s.attention;
        QList<qint32> ratios;
        for (const LayerSpec& l : s.layers)
            ratios << qint32(l.compressRatio);
        const auto hashed
            = std::count_if(s.layers.cbegin(), s.layers.cend(), [](const LayerSpec& l) { return l.hashRouted; });
        w.addUInt32(k("attention.head_count_kv"), quint32(a.numKvHeads));
        w.addUInt32(k("attention.key_length"), quint32(a.headDim));
        w.addUInt32(k("attention.value_length"), quint32(a.vHeadDim));
        w.addUInt32(k("rope.dimension_count"), quint32(a.ropeHeadDim));
        w.addUInt32(k("attention.q_lora_rank"), quint32(a.qLoraRank));
        w.addUInt32(k("attention.sliding_window"), quint32(s.slidingWindow));
        w.addUInt32(k("attention.indexer.head_count"), quint32(a.indexHeads));
        w.addUInt32(k("attention.indexer.key_length"), quint32(a.indexHeadDim));
        w.addUInt32(k("attention.indexer.top_k"), quint32(a.indexTopk));
        w.addUInt32(k("attention.output_group_count"), quint32(s.deepseekV4.outputGroups));
        w.addUInt32(k("attention.output_lora_rank"), quint32(s.deepseekV4.outputLoraRank));
        w.addInt32Array(k("attention.compress_ratios"), ratios);
        w.addUInt32(k("hyper_connection.count"), quint32(s.deepseekV4.hyperConnections));
        w.addUInt32(k("hash_layer_count"), quint32(hashed));
        w.addUInt32(k("expert_count"), quint32(s.moe.numExperts));
        w.addUInt32(k("expert_used_count"), quint32(s.moe.expertsPerToken));
        w.addUInt32(k("expert_shared_count"), quint32(s.moe.sharedExperts));
        w.addUInt32(k("expert_feed_forward_length"), quint32(s.moe.expertIntermediate));
    } else if (s.attention.isMla()) { // deepseek32, glm-dsa
        const AttentionSpec& a = s.attention;
        qint64 leading = 0;
        while (leading < s.numLayers && !s.layers[size_t(leading)].moe)
            ++leading;
        w.addUInt32(k("attention.head_count_kv"), 1);
        w.addUInt32(k("attention.key_length"), quint32(a.kvLoraRank + a.ropeHeadDim));
        w.addUInt32(k("attention.value_length"), quint32(a.kvLoraRank));
        w.addUInt32(k("attention.key_length_mla"), quint32(a.nopeHeadDim + a.ropeHeadDim));
        w.addUInt32(k("attention.value_length_mla"), quint32(a.vHeadDim));
        w.addUInt32(k("rope.dimension_count"), quint32(a.ropeHeadDim));
        w.addUInt32(k("attention.q_lora_rank"), quint32(a.qLoraRank));
        w.addUInt32(k("attention.kv_lora_rank"), quint32(a.kvLoraRank));
        w.addUInt32(k("attention.indexer.head_count"), quint32(a.indexHeads));
        w.addUInt32(k("attention.indexer.key_length"), quint32(a.indexHeadDim));
        w.addUInt32(k("attention.indexer.top_k"), quint32(a.indexTopk));
        w.addUInt32(k("leading_dense_block_count"), quint32(leading));
        w.addUInt32(k("expert_count"), quint32(s.moe.numExperts));
        w.addUInt32(k("expert_used_count"), quint32(s.moe.expertsPerToken));
        w.addUInt32(k("expert_shared_count"), quint32(s.moe.sharedExperts));
        w.addUInt32(k("expert_feed_forward_length"), quint32(s.moe.expertIntermediate));
        w.addUInt32(k("nextn_predict_layers"), quint32(s.mtpLayers));
    } else if (arch == QLatin1String("nemotron_h_moe")) {
        QList<qint32> kvHeads;
        QList<qint32> ffn;
        for (const LayerSpec& l : s.layers) {
            kvHeads << qint32(l.hasMixer && !l.isRecurrent() ? s.attention.numKvHeads : 0);
            ffn << qint32(l.hasFfn ? s.moe.expertIntermediate : 0);
        }
        const MambaSpec& m = s.mamba;
        w.addInt32Array(k("attention.head_count_kv"), kvHeads);
        w.addInt32Array(k("feed_forward_length"), ffn);
        w.addUInt32(k("attention.key_length"), quint32(s.attention.headDim));
        w.addUInt32(k("attention.value_length"), quint32(s.attention.vHeadDim));
        w.addUInt32(k("ssm.conv_kernel"), quint32(m.convKernel));
        w.addUInt32(k("ssm.state_size"), quint32(m.stateSize));
        w.addUInt32(k("ssm.group_count"), quint32(m.groups));
        w.addUInt32(k("ssm.time_step_rank"), quint32(m.numHeads));
        w.addUInt32(k("ssm.inner_size"), quint32(m.innerDim()));
        w.addUInt32(k("expert_count"), quint32(s.moe.numExperts));
        w.addUInt32(k("expert_used_count"), quint32(s.moe.expertsPerToken));
        w.addUInt32(k("expert_feed_forward_length"), quint32(s.moe.expertIntermediate));
        w.addUInt32(k("expert_shared_feed_forward_length"), quint32(s.moe.sharedIntermediate));
        w.addUInt32(k("expert_shared_count"), quint32(s.moe.sharedExperts));
        if (s.moe.latentSize > 0)
            w.addUInt32(k("moe_latent_size"), quint32(s.moe.latentSize));
    } else if (arch == QLatin1String("step35")) { // conversion/step3.py: per block, the nextn blocks included
        std::vector<LayerSpec> blocks = s.layers;
        blocks.insert(blocks.end(), s.mtpLayerSpecs.cbegin(), s.mtpLayerSpecs.cend());
        QByteArray pattern = GgufWriter::le<quint32>(7) + GgufWriter::le<quint64>(quint64(blocks.size()));
        QList<qint32> heads;
        QList<qint32> kvHeads;
        for (const LayerSpec& l : blocks) {
            pattern += char(l.isWindowed() ? 1 : 0);
            heads << qint32(s.attentionOf(l).numHeads);
            kvHeads << qint32(s.attentionOf(l).numKvHeads);
        }
        w.addRaw(k("attention.sliding_window_pattern"), 9, pattern);
        w.addInt32Array(k("attention.head_count"), heads);
        w.addInt32Array(k("attention.head_count_kv"), kvHeads);
        w.addUInt32(k("attention.key_length"), quint32(s.attention.headDim));
        w.addUInt32(k("attention.value_length"), quint32(s.attention.vHeadDim));
        w.addUInt32(k("attention.sliding_window"), quint32(s.slidingWindow));
        w.addUInt32(k("expert_count"), quint32(s.moe.numExperts));
        w.addUInt32(k("expert_used_count"), quint32(s.moe.expertsPerToken));
        w.addUInt32(k("expert_feed_forward_length"), quint32(s.moe.expertIntermediate));
        w.addUInt32(k("expert_shared_feed_forward_length"), quint32(s.moe.sharedIntermediate));
        w.addUInt32(k("leading_dense_block_count"), quint32(s.numLayers - s.moeLayerCount()));
        w.addUInt32(k("nextn_predict_layers"), quint32(s.mtpLayers));
    } else if (arch == QLatin1String("muse-glimmer")) { // conversion/muse_glimmer.py
        QByteArray pattern = GgufWriter::le<quint32>(7) + GgufWriter::le<quint64>(quint64(s.layers.size()));
        for (const LayerSpec& l : s.layers)
            pattern += char(l.isWindowed() ? 1 : 0);
        w.addRaw(k("attention.sliding_window_pattern"), 9, pattern);
        w.addUInt32(k("attention.head_count_kv"), quint32(s.attention.numKvHeads));
        w.addUInt32(k("attention.key_length"), quint32(s.attention.headDim));
        w.addUInt32(k("attention.value_length"), quint32(s.attention.vHeadDim));
        w.addUInt32(k("attention.sliding_window"), quint32(s.slidingWindow));
    } else if (arch == QLatin1String("gemma4")) {
        QByteArray pattern = GgufWriter::le<quint32>(7) + GgufWriter::le<quint64>(quint64(s.layers.size()));
        QList<qint32> kvHeads;
        for (const LayerSpec& l : s.layers) {
            pattern += char(l.isWindowed() ? 1 : 0);
            kvHeads << qint32(s.attentionOf(l).numKvHeads);
        }
        w.addRaw(k("attention.sliding_window_pattern"), 9, pattern);
        w.addInt32Array(k("attention.head_count_kv"), kvHeads);
        w.addUInt32(k("attention.key_length"), quint32(s.globalAttention.headDim));
        w.addUInt32(k("attention.value_length"), quint32(s.globalAttention.vHeadDim));
        w.addUInt32(k("attention.key_length_swa"), quint32(s.attention.headDim));
        w.addUInt32(k("attention.value_length_swa"), quint32(s.attention.vHeadDim));
        w.addUInt32(k("attention.sliding_window"), quint32(s.slidingWindow));
        const auto sharing = std::count_if(
            s.layers.cbegin(), s.layers.cend(), [](const LayerSpec& l) { return l.kvSourceLayer >= 0; });
        w.addUInt32(k("attention.shared_kv_layers"), quint32(sharing));
        w.addUInt32(k("embedding_length_per_layer_input"), quint32(s.perLayerInputSize));
        if (std::any_of(s.layers.cbegin(), s.layers.cend(), [](const LayerSpec& l) { return l.ffnIntermediate > 0; })) {
            QList<qint32> widths; // use_double_wide_mlp: conversion/gemma.py writes one width per block
            for (const LayerSpec& l : s.layers)
                widths << qint32(s.ffnIntermediateOf(l));
            w.addInt32Array(k("feed_forward_length"), widths);
        }
        if (s.isMoe()) {
            w.addUInt32(k("expert_count"), quint32(s.moe.numExperts));
            w.addUInt32(k("expert_used_count"), quint32(s.moe.expertsPerToken));
            w.addUInt32(k("expert_feed_forward_length"), quint32(s.moe.expertIntermediate));
        }
    } else if (arch == QLatin1String("llama4")) {
        w.addUInt32(k("attention.head_count_kv"), quint32(s.attention.numKvHeads));
        w.addUInt32(k("attention.key_length"), quint32(s.attention.headDim));
        w.addUInt32(k("attention.value_length"), quint32(s.attention.vHeadDim));
        w.addUInt32(k("rope.dimension_count"), quint32(s.attention.headDim));
        w.addUInt32(k("expert_count"), quint32(s.moe.numExperts));
        w.addUInt32(k("expert_used_count"), quint32(s.moe.expertsPerToken));
        w.addUInt32(k("expert_feed_forward_length"), quint32(s.moe.expertIntermediate));
        w.addUInt32(k("interleave_moe_layer_step"), 1);
    } else if (arch == QLatin1String("glm4moe") || arch == QLatin1String("mistral3")) {
        w.addUInt32(k("attention.head_count_kv"), quint32(s.attention.numKvHeads));
        w.addUInt32(k("attention.key_length"), quint32(s.attention.headDim));
        w.addUInt32(k("attention.value_length"), quint32(s.attention.vHeadDim));
        w.addUInt32(k("vocab_size"), quint32(s.vocabSize));
        if (s.isMoe()) {
            w.addUInt32(k("rope.dimension_count"), quint32(s.attention.headDim / 2));
            w.addUInt32(k("expert_count"), quint32(s.moe.numExperts));
            w.addUInt32(k("expert_used_count"), quint32(s.moe.expertsPerToken));
            w.addUInt32(k("expert_shared_count"), quint32(s.moe.sharedExperts));
            w.addUInt32(k("expert_feed_forward_length"), quint32(s.moe.expertIntermediate));
            w.addUInt32(k("leading_dense_block_count"), quint32(s.numLayers - s.moeLayerCount()));
            w.addUInt32(k("nextn_predict_layers"), quint32(s.mtpLayers));
        }
    } else if (arch == QLatin1String("granitehybrid")) {
        QList<qint32> kvHeads;
        for (const LayerSpec& l : s.layers)
            kvHeads << qint32(l.isRecurrent() ? 0 : s.attention.numKvHeads);
        const MambaSpec& m = s.mamba;
        w.addInt32Array(k("attention.head_count_kv"), kvHeads);
        w.addUInt32(k("ssm.conv_kernel"), quint32(m.convKernel));
        w.addUInt32(k("ssm.state_size"), quint32(m.stateSize));
        w.addUInt32(k("ssm.group_count"), quint32(m.groups));
        w.addUInt32(k("ssm.time_step_rank"), quint32(m.numHeads));
        w.addUInt32(k("ssm.inner_size"), quint32(m.innerDim()));
        w.addUInt32(k("expert_count"), quint32(s.moe.numExperts));
        w.addUInt32(k("expert_used_count"), quint32(s.moe.expertsPerToken));
        if (s.moe.sharedIntermediate > 0)
            w.addUInt32(k("expert_shared_feed_forward_length"), quint32(s.moe.sharedIntermediate));
        w.addBool(k("rope.scaling.finetuned"), false);
    } else if (arch == QLatin1String("mimo2")) {
        QByteArray pattern = GgufWriter::le<quint32>(7) + GgufWriter::le<quint64>(quint64(s.layers.size()));
        QList<qint32> kvHeads;
        for (const LayerSpec& l : s.layers) {
            pattern += char(l.isWindowed() ? 1 : 0);
            kvHeads << qint32(s.attentionOf(l).numKvHeads);
        }
        w.addRaw(k("attention.sliding_window_pattern"), 9, pattern);
        w.addInt32Array(k("attention.head_count_kv"), kvHeads);
        w.addUInt32(k("attention.key_length"), quint32(s.attention.headDim));
        w.addUInt32(k("attention.value_length"), quint32(s.attention.vHeadDim));
        w.addUInt32(k("attention.sliding_window"), quint32(s.slidingWindow));
        w.addUInt32(k("expert_count"), quint32(s.moe.numExperts));
        w.addUInt32(k("expert_used_count"), quint32(s.moe.expertsPerToken));
        w.addUInt32(k("expert_feed_forward_length"), quint32(s.moe.expertIntermediate));
    } else if (arch == QLatin1String("laguna")) {
        w.addUInt32(k("attention.head_count_kv"), quint32(s.attention.numKvHeads));
        w.addUInt32(k("attention.key_length"), quint32(s.attention.headDim));
        w.addUInt32(k("attention.value_length"), quint32(s.attention.vHeadDim));
        w.addUInt32(k("attention.sliding_window"), quint32(s.slidingWindow));
        w.addUInt32(k("expert_count"), quint32(s.moe.numExperts));
        w.addUInt32(k("expert_used_count"), quint32(s.moe.expertsPerToken));
        w.addUInt32(k("expert_feed_forward_length"), quint32(s.moe.expertIntermediate));
        w.addUInt32(k("expert_shared_feed_forward_length"), quint32(s.moe.sharedIntermediate));
        w.addUInt32(k("leading_dense_block_count"), quint32(s.numLayers - s.moeLayerCount()));
    } else if (arch == QLatin1String("lfm2")) {
        QList<qint32> kvHeads;
        for (const LayerSpec& l : s.layers)
            kvHeads << qint32(l.isRecurrent() ? 0 : s.attention.numKvHeads);
        w.addInt32Array(k("attention.head_count_kv"), kvHeads);
        w.addUInt32(k("shortconv.l_cache"), quint32(s.shortConvKernel));
        w.addUInt32(k("vocab_size"), quint32(s.vocabSize));
    } else {
        const DeltaNetSpec& d = s.deltaNet;
        w.addUInt32(k("attention.head_count_kv"), quint32(s.attention.numKvHeads));
        w.addUInt32(k("attention.key_length"), quint32(s.attention.headDim));
        w.addUInt32(k("attention.value_length"), quint32(s.attention.vHeadDim));
        w.addUInt32(k("ssm.conv_kernel"), quint32(d.convKernel));
        w.addUInt32(k("ssm.state_size"), quint32(d.keyHeadDim));
        w.addUInt32(k("ssm.group_count"), quint32(d.numKeyHeads));
        w.addUInt32(k("ssm.time_step_rank"), quint32(d.numValueHeads));
        w.addUInt32(k("ssm.inner_size"), quint32(d.valueDim()));
        qint64 interval = 1;
        while (interval <= s.numLayers && s.layers[size_t(interval - 1)].isRecurrent())
            ++interval;
        w.addUInt32(k("full_attention_interval"), quint32(interval));
        if (s.isMoe()) {
            w.addUInt32(k("expert_count"), quint32(s.moe.numExperts));
            w.addUInt32(k("expert_used_count"), quint32(s.moe.expertsPerToken));
            w.addUInt32(k("expert_feed_forward_length"), quint32(s.moe.expertIntermediate));
            w.addUInt32(k("expert_shared_feed_forward_length"), quint32(s.moe.sharedIntermediate));
        }
        if (s.mtpLayers > 0)
            w.addUInt32(k("nextn_predict_layers"), quint32(s.mtpLayers));
    }
    const bool perBlockWidths
        = std::any_of(s.layers.cbegin(), s.layers.cend(), [](const LayerSpec& l) { return l.ffnIntermediate > 0; });
    if (s.ffn.intermediate > 0 && arch != QLatin1String("nemotron_h_moe") && !perBlockWidths)
        w.addUInt32(k("feed_forward_length"), quint32(s.ffn.intermediate));
    w.addString(QStringLiteral("tokenizer.ggml.model"), QStringLiteral("gpt2"));
    w.addTokenArray(QStringLiteral("tokenizer.ggml.tokens"), s.vocabSize);
    const std::vector<TensorSpec> tensors = tensorLayout(s);
    for (size_t i = 0; i < tensors.size(); ++i) {
        const TensorSpec& t = tensors[i];
        if (!t.inGguf)
            continue;
        QList<qint64> ne { t.ne0 };
        if (t.nDims >= 2)
            ne << t.ne1;
        if (t.nDims >= 3)
            ne << t.ne2;
        w.addTensor(t.name, ne, TestFiles::ggmlTypeId(types[qsizetype(i)]));
    }
    return w;
}

} // namespace

class TestGgufReader : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void roundTrip_data();
    void roundTrip();
    void hostile_data();
    void hostile();
    void truncatedEverywhere();
    void metadataValues();
    void splitSet();
    void splitSetMissingPart();
    void projector();
    void hybridArchitectures_data();
    void hybridArchitectures();
};

void TestGgufReader::roundTrip_data()
{
    QTest::addColumn<QString>("modelId");
    QTest::addColumn<QString>("arch");
    QTest::addColumn<QString>("fileType");
    QTest::addColumn<quint32>("fileTypeId");
    QTest::newRow("llama-3.1-8b Q4_K_M") << "llama-3.1-8b"
                                         << "llama"
                                         << "Q4_K_M" << 15u;
    QTest::newRow("qwen2.5-7b Q8_0") << "qwen2.5-7b"
                                     << "qwen2"
                                     << "Q8_0" << 7u;
    QTest::newRow("qwen3-30b-a3b (MoE) Q4_K_M") << "qwen3-30b-a3b"
                                                << "qwen3moe"
                                                << "Q4_K_M" << 15u;
    QTest::newRow("deepseek-v2-lite (MLA MoE) Q6_K") << "deepseek-v2-lite"
                                                     << "deepseek2"
                                                     << "Q6_K" << 18u;
    QTest::newRow("gemma-2-2b (sliding) F16") << "gemma-2-2b"
                                              << "gemma2"
                                              << "F16" << 1u;
    QTest::newRow("olmoe-1b-7b Q5_K_M") << "olmoe-1b-7b"
                                        << "olmoe"
                                        << "Q5_K_M" << 17u;
}

void TestGgufReader::roundTrip()
{
    QFETCH(QString, modelId);
    QFETCH(QString, arch);
    QFETCH(QString, fileType);
    QFETCH(quint32, fileTypeId);
    const ModelSpec spec = TestCatalogs::model(modelId);
    const std::vector<TensorSpec> layout = tensorLayout(spec);
    const QStringList types = ggufTensorTypes(spec, layout, fileType, TestCatalogs::quants());
    QCOMPARE(types.size(), qsizetype(layout.size()));
    const GgufWriter w = TestFiles::ggufForSpec(spec, arch, types, fileTypeId);

    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(modelId + QStringLiteral(".gguf"));
    QString error;
    QVERIFY2(w.write(path, &error), qPrintable(error));

    const auto f = readGgufFile(path, TestCatalogs::quants(), &error);
    QVERIFY2(f, qPrintable(error));
    QVERIFY2(f->warnings.isEmpty(), qPrintable(f->warnings.join(u'\n')));
    QCOMPARE(f->version, 3u);
    QCOMPARE(f->dataOffset, w.dataOffset());
    QCOMPARE(f->fileSize, QFileInfo(path).size());
    // The tensors' exact bytes, each padded to the alignment, tile the data section exactly.
    qint64 padded = 0;
    for (const GgufTensorInfo& t : f->tensors)
        padded += (t.bytes + f->alignment - 1) / f->alignment * f->alignment;
    QCOMPARE(padded, f->dataSize);
    QCOMPARE(f->tensorBytes(), w.tensorBytes());

    // Every tensor has the type the writer used.
    qsizetype gguf = 0;
    for (size_t i = 0; i < layout.size(); ++i) {
        if (!layout[i].inGguf)
            continue;
        QCOMPARE(f->tensors[size_t(gguf)].name, layout[i].name);
        QCOMPARE(f->tensors[size_t(gguf)].typeId, types[qsizetype(i)]);
        QCOMPARE(f->tensors[size_t(gguf)].elements(), layout[i].elements());
        ++gguf;
    }
    QCOMPARE(qsizetype(f->tensors.size()), gguf);
    QVERIFY(types.contains(fileType == QLatin1String("F16") ? QStringLiteral("F16") : QStringLiteral("F32")));

    QStringList warnings;
    const auto derived = ggufModelSpec(*f, &error, &warnings);
    QVERIFY2(derived, qPrintable(error));
    QVERIFY2(warnings.isEmpty(), qPrintable(warnings.join(u'\n')));
    compareSpecs(*derived, spec);
    if (QTest::currentTestFailed())
        return;

    // The whole-model view and the estimator: the file's exact tensors give the same weights as the recipe.
    const auto opened = openModelFile(path, TestCatalogs::quants(), &error);
    QVERIFY2(opened, qPrintable(error));
    QCOMPARE(opened->quantization, fileType);
    QCOMPARE(opened->totalBytes, w.tensorBytes());
    qint64 sum = opened->nonLayerBytes;
    for (qint64 b : opened->layerBytes)
        sum += b;
    QCOMPARE(sum, opened->totalBytes);
    QCOMPARE(qint64(opened->layerBytes.size()), spec.numLayers);

    Scenario byRecipe;
    byRecipe.model = spec;
    byRecipe.recipeId = fileType;
    Scenario byFile;
    QVERIFY2(applyModelFile(byFile, *opened, &error), qPrintable(error));
    QCOMPARE(byFile.recipeId, fileType);
    const MemoryEstimator estimator(TestCatalogs::quants());
    const auto a = estimator.estimate(byRecipe, &error);
    QVERIFY2(a, qPrintable(error));
    const auto b = estimator.estimate(byFile, &error);
    QVERIFY2(b, qPrintable(error));
    QCOMPARE(b->weights.bytes, a->weights.bytes);
    QCOMPARE(b->tokenEmbeddingBytes, a->tokenEmbeddingBytes);
    QCOMPARE(b->outputBytes, a->outputBytes);
    QCOMPARE(b->layers.size(), a->layers.size());
    for (size_t i = 0; i < a->layers.size(); ++i)
        QCOMPARE(b->layers[i].weights, a->layers[i].weights);
    QCOMPARE(b->bytesByType, a->bytesByType);
    QCOMPARE(b->kvCache.bytes, a->kvCache.bytes);
}

void TestGgufReader::hostile_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QString>("expected");

    const GgufWriter ok = minimal();
    QTest::newRow("valid") << ok.bytes(1 << 20) << "(accepted)";
    QTest::newRow("empty") << QByteArray() << "not a GGUF file (only 0 bytes)";
    QTest::newRow("wrong magic") << QByteArray("GGML\3\0\0\0") + QByteArray(16, '\0')
                                 << "the magic number is not 'GGUF'";
    {
        GgufWriter w = minimal();
        w.setVersion(1);
        QTest::newRow("version 1") << w.bytes(1 << 20) << "GGUF version 1 is obsolete";
        w.setVersion(4);
        QTest::newRow("version 4") << w.bytes(1 << 20) << "unknown GGUF version 4";
        w.setVersion(0x03000000);
        QTest::newRow("big-endian") << w.bytes(1 << 20) << "big-endian GGUF files are not supported";
    }
    {
        GgufWriter w = minimal();
        w.overrideCounts(qint64(1) << 40, 1);
        QTest::newRow("absurd tensor count") << w.bytes(1 << 20) << "claims 1099511627776 tensors";
        GgufWriter v = minimal();
        v.overrideCounts(2, 5000);
        QTest::newRow("kv count beyond the file") << v.bytes(1 << 20) << "more than the file's";
    }
    {
        GgufWriter w;
        w.addRaw(QStringLiteral("x"), 8, GgufWriter::le<quint64>(quint64(1) << 60));
        QTest::newRow("huge string length") << w.bytes() << "claims 1152921504606846976 bytes (limit";
        GgufWriter v;
        v.addRaw(QStringLiteral("x"), 8, GgufWriter::le<quint64>(1000) + QByteArray("abc"));
        QTest::newRow("string past the end") << v.bytes() << "metadata 'x' claims 1000 bytes but only";
    }
    {
        GgufWriter w;
        w.addRaw(QStringLiteral("tokens"), 9, GgufWriter::le<quint32>(8) + GgufWriter::le<quint64>(quint64(1) << 40));
        QTest::newRow("absurd array count") << w.bytes() << "claims 1099511627776 elements of string";
        GgufWriter v;
        v.addRaw(QStringLiteral("x"), 13, QByteArray(8, '\0'));
        QTest::newRow("unknown value type") << v.bytes() << "is 13, not a GGUF value type";
        GgufWriter b;
        b.addRaw(QStringLiteral("flag"), 7, QByteArray(1, '\2'));
        QTest::newRow("bool 2") << b.bytes() << "a bool must be 0 or 1, found 2";
        GgufWriter e;
        e.addRaw(QString(), 4, GgufWriter::le<quint32>(1));
        QTest::newRow("empty key") << e.bytes() << "has an empty key";
    }
    {
        // Arrays of arrays of arrays ... deeper than the limit.
        QByteArray payload;
        for (int i = 0; i < 6; ++i)
            payload += GgufWriter::le<quint32>(9) + GgufWriter::le<quint64>(1);
        payload += GgufWriter::le<quint32>(4) + GgufWriter::le<quint64>(0);
        GgufWriter w;
        w.addRaw(QStringLiteral("nested"), 9, payload);
        QTest::newRow("nested too deep") << w.bytes() << "nested deeper than 4 levels";
    }
    {
        GgufWriter w = minimal();
        w.addUInt32(QStringLiteral("general.architecture"), 1);
        QTest::newRow("duplicate key") << w.bytes(1 << 20) << "metadata key 'general.architecture' appears twice";
        GgufWriter a = minimal();
        a.addUInt32(QStringLiteral("general.alignment"), 3);
        QTest::newRow("alignment 3") << a.bytes(1 << 20) << "general.alignment must be a power of two";
    }
    {
        GgufWriter w = minimal();
        w.addTensor(QStringLiteral("a.weight"), { 32 }, 0);
        QTest::newRow("duplicate tensor") << w.bytes(1 << 20) << "tensor 'a.weight' appears twice";
        GgufWriter t;
        t.addTensor(QStringLiteral("q"), { 32 }, 99);
        QTest::newRow("unknown ggml type") << t.bytes(1 << 20) << "has ggml type 99";
        GgufWriter r;
        r.addTensor(QStringLiteral("q"), { 100, 4 }, 12);
        QTest::newRow("Q4_K row not whole blocks") << r.bytes(1 << 20) << "not a whole number of Q4_K blocks of 256";
        GgufWriter d;
        d.addTensorRaw(QStringLiteral("q"), { 1, 1, 1, 1, 1 }, 0, 0, 4);
        QTest::newRow("5 dimensions") << d.bytes(1 << 20) << "has 5 dimensions (1 to 4 allowed)";
        GgufWriter z;
        z.addTensorRaw(QStringLiteral("q"), { 32, 0 }, 0, 0, 0);
        QTest::newRow("zero dimension") << z.bytes(1 << 20) << "has dimension 1 = 0";
        GgufWriter n;
        n.addTensorRaw(QStringLiteral("q"), { -5 }, 0, 0, 0);
        QTest::newRow("negative dimension") << n.bytes(1 << 20) << "has dimension 0 = 18446744073709551611";
        GgufWriter o;
        o.addTensorRaw(QStringLiteral("q"), { qint64(1) << 40, qint64(1) << 40 }, 0, 0, 0);
        QTest::newRow("element count overflow") << o.bytes(1 << 20) << "more elements than a 64-bit count";
    }
    {
        GgufWriter w = minimal();
        w.addTensorRaw(QStringLiteral("c.weight"), { 32 }, 0, 1 << 20, 128);
        QTest::newRow("offset past the end") << w.bytes(256) << "runs past the end of the data section";
        GgufWriter v = minimal();
        v.addTensorRaw(QStringLiteral("c.weight"), { 64 }, 0, 0, 256);
        QTest::newRow("overlapping tensors") << v.bytes(1 << 20) << "overlap";
        GgufWriter m = minimal();
        m.addTensorRaw(QStringLiteral("c.weight"), { 32 }, 0, 1000, 128);
        QTest::newRow("misaligned offset") << m.bytes(1 << 20) << "not a multiple of the alignment 32";
        GgufWriter h = minimal();
        h.addTensorRaw(QStringLiteral("c.weight"), { 32 }, 0, quint64(1) << 63, 128);
        QTest::newRow("offset beyond int64") << h.bytes(1 << 20) << "past any file";
        GgufWriter big;
        big.addTensorRaw(QStringLiteral("big"), { qint64(1) << 40, qint64(1) << 20 }, 0, 0, 0);
        QTest::newRow("absurd tensor size") << big.bytes() << "runs past the end of the data section";
    }
    {
        const QByteArray full = ok.bytes(1 << 20);
        QTest::newRow("cut in the header") << full.left(30) << "truncated";
        QTest::newRow("cut in the data") << full.left(int(ok.dataOffset()) + 10)
                                         << "runs past the end of the data section";
    }
}

void TestGgufReader::hostile()
{
    QFETCH(QByteArray, bytes);
    QFETCH(QString, expected);
    const QString error = readError(bytes);
    QVERIFY2(error.contains(expected), qPrintable(QStringLiteral("got: ") + error));
    if (expected != QLatin1String("(accepted)"))
        QVERIFY2(error.startsWith(QLatin1String("bad.gguf: ")), qPrintable(error));
}

void TestGgufReader::truncatedEverywhere()
{
    // Every prefix of a real file is rejected with a message, and none crashes.
    ModelSpec small = TestCatalogs::model(QStringLiteral("qwen3-0.6b"));
    small.vocabSize = 64; // keeps the tokenizer array small enough to cut at every byte
    small.numLayers = 1;
    small.layers.resize(1);
    const QStringList types
        = ggufTensorTypes(small, tensorLayout(small), QStringLiteral("Q8_0"), TestCatalogs::quants());
    const GgufWriter w = TestFiles::ggufForSpec(small, QStringLiteral("qwen3"), types, 7);
    const QByteArray header = w.bytes(0);
    QCOMPARE(readError(w.bytes(w.dataSize())), QStringLiteral("(accepted)"));
    for (qsizetype n = 0; n < header.size(); n += 7) {
        const QString e = readError(header.left(n));
        QVERIFY2(e != QLatin1String("(accepted)") && !e.isEmpty(), qPrintable(QString::number(n)));
    }
}

void TestGgufReader::metadataValues()
{
    GgufWriter w = minimal();
    w.addInt32Array(QStringLiteral("llama.feed_forward_length"), { 100, 200, 300 });
    w.addFloat32(QStringLiteral("f"), 0.5f);
    w.addBool(QStringLiteral("b"), true);
    w.addUInt64(QStringLiteral("u"), quint64(1) << 63);
    w.addStringArray(QStringLiteral("s"), { QStringLiteral("x"), QStringLiteral("yz") });
    QByteArray payload = GgufWriter::le<quint32>(9) + GgufWriter::le<quint64>(2);
    for (int i = 0; i < 2; ++i)
        payload += GgufWriter::le<quint32>(5) + GgufWriter::le<quint64>(1) + GgufWriter::le<quint32>(quint32(i + 7));
    w.addRaw(QStringLiteral("nested"), 9, payload);
    QByteArray bytes = w.bytes(1 << 20);
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::ReadOnly);
    QString error;
    const auto f = readGgufDevice(buffer, QStringLiteral("m.gguf"), TestCatalogs::quants(), &error);
    QVERIFY2(f, qPrintable(error));
    QCOMPARE(f->keys.size(), 7);
    QCOMPARE(f->value(QStringLiteral("llama.feed_forward_length"))->arrayLength, 3);
    QCOMPARE(f->value(QStringLiteral("llama.feed_forward_length"))->items.value(2).toLongLong(), 300);
    QCOMPARE(f->value(QStringLiteral("f"))->value.toDouble(), 0.5);
    QCOMPARE(f->intValue(QStringLiteral("b")), std::optional<qint64>(1));
    QCOMPARE(f->intValue(QStringLiteral("u")), std::nullopt); // beyond qint64
    QCOMPARE(f->value(QStringLiteral("s"))->items, QVariantList({ QStringLiteral("x"), QStringLiteral("yz") }));
    const GgufValue* nested = f->value(QStringLiteral("nested"));
    QCOMPARE(nested->arrayLength, 2);
    QCOMPARE(nested->items.value(1).toList().value(0).toLongLong(), 8);
    QCOMPARE(f->architecture(), QStringLiteral("llama"));
    // Missing keys: a clear message, not a spec.
    QVERIFY(!ggufModelSpec(*f, &error));
    QVERIFY2(error.contains(QLatin1String("'llama.block_count' is missing")), qPrintable(error));
}

void TestGgufReader::splitSet()
{
    const ModelSpec spec = TestCatalogs::model(QStringLiteral("qwen2.5-0.5b"));
    const std::vector<TensorSpec> layout = tensorLayout(spec);
    const QStringList types = ggufTensorTypes(spec, layout, QStringLiteral("Q4_K_M"), TestCatalogs::quants());
    const GgufWriter whole = TestFiles::ggufForSpec(spec, QStringLiteral("qwen2"), types, 15);

    // Three parts as llama-gguf-split writes them: the metadata in the first, the tensors spread over all.
    std::vector<GgufWriter> parts(3);
    parts[0] = TestFiles::ggufForSpec(spec, QStringLiteral("qwen2"), QStringList(), 15);
    qint64 ggufTensors = 0;
    for (const TensorSpec& t : layout)
        ggufTensors += t.inGguf ? 1 : 0;
    for (int p = 0; p < 3; ++p) {
        parts[size_t(p)].addUInt32(QStringLiteral("split.no"), quint32(p));
        parts[size_t(p)].addUInt32(QStringLiteral("split.count"), 3);
        parts[size_t(p)].addInt32(QStringLiteral("split.tensors.count"), qint32(ggufTensors));
    }
    qint64 n = 0;
    for (size_t i = 0; i < layout.size(); ++i) {
        const TensorSpec& t = layout[i];
        if (!t.inGguf)
            continue;
        QList<qint64> ne { t.ne0 };
        if (t.nDims >= 2)
            ne << t.ne1;
        parts[size_t(n * 3 / ggufTensors)].addTensor(t.name, ne, TestFiles::ggmlTypeId(types[qsizetype(i)]));
        ++n;
    }
    QTemporaryDir dir;
    for (int p = 0; p < 3; ++p)
        QVERIFY(parts[size_t(p)].write(
            dir.filePath(QStringLiteral("qwen-%1-of-00003.gguf").arg(p + 1, 5, 10, QLatin1Char('0')))));

    QString error;
    const auto m
        = openModelFile(dir.filePath(QStringLiteral("qwen-00002-of-00003.gguf")), TestCatalogs::quants(), &error);
    QVERIFY2(m, qPrintable(error));
    QVERIFY2(m->warnings.isEmpty(), qPrintable(m->warnings.join(u'\n')));
    QCOMPARE(m->files.size(), 3);
    QCOMPARE(qint64(m->tensors.size()), ggufTensors);
    QCOMPARE(m->totalBytes, whole.tensorBytes());
    QCOMPARE(m->tensors.back().file, 2);
    QVERIFY(m->spec);
    compareSpecs(*m->spec, spec);

    // A part that claims another place in the set.
    GgufWriter wrong = TestFiles::ggufForSpec(spec, QStringLiteral("qwen2"), QStringList(), 15);
    wrong.addUInt32(QStringLiteral("split.no"), 0);
    wrong.addUInt32(QStringLiteral("split.count"), 3);
    QVERIFY(wrong.write(dir.filePath(QStringLiteral("qwen-00003-of-00003.gguf"))));
    QVERIFY(!openModelFile(dir.filePath(QStringLiteral("qwen-00001-of-00003.gguf")), TestCatalogs::quants(), &error));
    QVERIFY2(error.contains(QLatin1String("split.no is 0 but the file name says part 3")), qPrintable(error));
}

void TestGgufReader::splitSetMissingPart()
{
    QTemporaryDir dir;
    const GgufWriter w = minimal();
    QVERIFY(w.write(dir.filePath(QStringLiteral("m-00001-of-00002.gguf"))));
    QString error;
    QVERIFY(!openModelFile(dir.filePath(QStringLiteral("m-00001-of-00002.gguf")), TestCatalogs::quants(), &error));
    QVERIFY2(error.contains(QLatin1String("part 2 of the 2-file split set is missing (m-00002-of-00002.gguf)")),
        qPrintable(error));
}

void TestGgufReader::projector()
{
    // An mmproj file (architecture "clip") adds its bytes to a catalog model's weights.
    GgufWriter w;
    w.addString(QStringLiteral("general.architecture"), QStringLiteral("clip"));
    w.addTensor(QStringLiteral("v.patch_embd.weight"), { 14, 14, 3, 1152 }, 1);
    w.addTensor(QStringLiteral("mm.0.weight"), { 1152, 4096 }, 1);
    w.addTensor(QStringLiteral("mm.0.bias"), { 4096 }, 0);
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("mmproj-model-f16.gguf"));
    QVERIFY(w.write(path));
    QString error;
    const auto proj = openModelFile(path, TestCatalogs::quants(), &error);
    QVERIFY2(proj, qPrintable(error));
    QVERIFY(proj->isProjector);
    QVERIFY(!proj->spec);
    const qint64 expected = 14 * 14 * 3 * 1152 * 2 + 1152 * 4096 * 2 + 4096 * 4;
    QCOMPARE(proj->totalBytes, expected);

    Scenario sc;
    sc.model = TestCatalogs::model(QStringLiteral("llama-3.1-8b"));
    const MemoryEstimator estimator(TestCatalogs::quants());
    const auto before = estimator.estimate(sc, &error);
    QVERIFY2(before, qPrintable(error));
    QVERIFY(addProjector(sc, *proj, &error));
    const auto after = estimator.estimate(sc, &error);
    QVERIFY2(after, qPrintable(error));
    QCOMPARE(after->weights.bytes, before->weights.bytes + expected);
    QCOMPARE(after->recipeId, QStringLiteral("Q4_K_M"));
    QVERIFY(!applyModelFile(sc, *proj, &error));
    QVERIFY(error.contains(QLatin1String("vision projector")));
}

void TestGgufReader::hybridArchitectures_data()
{
    QTest::addColumn<QString>("model");
    QTest::addColumn<QString>("arch");
    QTest::newRow("Qwen3.5-27B (Gated DeltaNet, MTP)") << "qwen3.5-27b-8L"
                                                       << "qwen35";
    QTest::newRow("Qwen3.6-35B-A3B (Gated DeltaNet, MoE, MTP)") << "qwen3.6-35b-a3b-8L"
                                                                << "qwen35moe";
    QTest::newRow("Qwen3-Next-80B-A3B") << "qwen3-next-80b-a3b-8L"
                                        << "qwen3next";
    QTest::newRow("LFM2-1.2B (short convolutions)") << "lfm2-1.2b"
                                                    << "lfm2";
    QTest::newRow("Gemma 4 26B-A4B (sliding, MoE beside the MLP)") << "gemma-4-26b-a4b-12L"
                                                                   << "gemma4";
    QTest::newRow("Gemma 4 31B (sliding, K = V global layers)") << "gemma-4-31b-12L"
                                                                << "gemma4";
    QTest::newRow("Gemma 4 E2B (per-layer inputs, shared KV, double-wide MLPs)") << "gemma-4-e2b-10L"
                                                                                 << "gemma4";
    QTest::newRow("Gemma 4 E4B (per-layer inputs, shared KV)") << "gemma-4-e4b-12L"
                                                               << "gemma4";
    QTest::newRow("Nemotron-3 Nano (Mamba2, MoE)") << "nemotron-3-nano-30b-a3b-13L"
                                                   << "nemotron_h_moe";
    QTest::newRow("Nemotron-3 Super (Mamba2, latent MoE)") << "nemotron-3-super-120b-a12b-17L"
                                                           << "nemotron_h_moe";
    QTest::newRow("Llama 4 Scout (chunked attention)") << "llama-4-scout-8L"
                                                       << "llama4";
    QTest::newRow("DeepSeek-V3.2 (MLA, indexer, MTP)") << "deepseek-v3.2-4L"
                                                       << "deepseek32";
    QTest::newRow("GLM-5 (MLA, indexer, MTP)") << "glm-5-4L"
                                               << "glm-dsa";
    QTest::newRow("GLM-4.5-Air (q/k/v biases, MoE, MTP with its own embedding)") << "glm-4.5-air-4L"
                                                                                 << "glm4moe";
    QTest::newRow("GLM-4.5 (q/k norms)") << "glm-4.5-4L"
                                         << "glm4moe";
    QTest::newRow("Granite 4.0 H-Small (Mamba2, attention, MoE)") << "granite-4.0-h-small-8L"
                                                                  << "granitehybrid";
    QTest::newRow("Granite 4.0 H-Micro (Mamba2, attention, dense)") << "granite-4.0-h-micro-8L"
                                                                    << "granitehybrid";
    QTest::newRow("Mistral Small 3.1 (text model)") << "mistral-small-3.1-8L"
                                                    << "mistral3";
    QTest::newRow("MiMo-V2-Flash (two attention shapes, sinks in the sliding layers)") << "mimo-v2-flash-6L"
                                                                                       << "mimo2";
    QTest::newRow("Laguna-XS.2 (query heads per layer, head gate)") << "laguna-xs.2-8L"
                                                                    << "laguna";
    QTest::newRow("Laguna-S-2.1") << "laguna-s-2.1-8L"
                                  << "laguna";
    QTest::newRow("DeepSeek-V4-Flash (compressed attention, hyper-connections, hash routing)") << "deepseek-v4-flash-4L"
                                                                                               << "deepseek4";
    QTest::newRow("DeepSeek-V4-Pro") << "deepseek-v4-pro-4L"
                                     << "deepseek4";
    QTest::newRow("Step-3.5-Flash (two head counts, head gate, MTP blocks with a head)") << "step-3.5-flash-8L"
                                                                                         << "step35";
    QTest::newRow("Muse-Glimmer-30B (text model, output gate, four norms)") << "muse-glimmer-30b-8L"
                                                                            << "muse-glimmer";
    QTest::newRow("Kimi-K3 (Kimi Delta Attention, MLA, latent MoE)") << "kimi-k3-8L"
                                                                     << "kimi-k3";
    QTest::newRow("MiniMax-M3 (sparse-attention indexer, MoE)") << "minimax-m3-5L"
                                                                << "minimax-m3";
}

// A file of each architecture, with the metadata and tensors llama.cpp loads: the spec it gives equals the
// config.json's, its parameters are the measured file's, and estimate --file equals estimate --config.
void TestGgufReader::hybridArchitectures()
{
    QFETCH(QString, model);
    QFETCH(QString, arch);
    const MeasuredFile measured = measuredFile(model);
    QVERIFY2(!measured.config.isEmpty(), "tests/bench/accuracy/llamacpp/data/new_archs.csv has no such row");
    QList<ParseError> errors;
    const auto spec = parseHfConfig(measured.config, model, &errors);
    QVERIFY2(spec, qPrintable(messages(errors).join(u'\n')));
    const QString fileType = QStringLiteral("Q4_K_M");
    const std::vector<TensorSpec> layout = tensorLayout(*spec);
    const QStringList types = ggufTensorTypes(*spec, layout, fileType, TestCatalogs::quants());
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(model + QStringLiteral(".gguf"));
    QString error;
    QVERIFY2(hybridGguf(*spec, arch, types, 15).write(path, &error), qPrintable(error));

    const auto f = readGgufFile(path, TestCatalogs::quants(), &error);
    QVERIFY2(f, qPrintable(error));
    QStringList warnings;
    const auto derived = ggufModelSpec(*f, &error, &warnings);
    QVERIFY2(derived, qPrintable(error));
    QVERIFY2(warnings.isEmpty(), qPrintable(warnings.join(u'\n')));
    QCOMPARE(derived->numLayers, spec->numLayers);
    QCOMPARE(derived->mtpLayers, spec->mtpLayers);
    QCOMPARE(derived->hiddenSize, spec->hiddenSize);
    QCOMPARE(derived->vocabSize, spec->vocabSize);
    QCOMPARE(derived->ffn.intermediate, spec->ffn.intermediate);
    QCOMPARE(derived->attention.numKvHeads, spec->attention.numKvHeads);
    QCOMPARE(derived->attention.headDim, spec->attention.headDim);
    QCOMPARE(derived->attention.outputGate, spec->attention.outputGate);
    QCOMPARE(derived->attention.fusedQkv, spec->attention.fusedQkv);
    QCOMPARE(int(derived->attention.qkNorm), int(spec->attention.qkNorm));
    QCOMPARE(derived->deltaNet.numKeyHeads, spec->deltaNet.numKeyHeads);
    QCOMPARE(derived->deltaNet.numValueHeads, spec->deltaNet.numValueHeads);
    QCOMPARE(derived->deltaNet.keyHeadDim, spec->deltaNet.keyHeadDim);
    QCOMPARE(derived->deltaNet.valueHeadDim, spec->deltaNet.valueHeadDim);
    QCOMPARE(derived->deltaNet.convKernel, spec->deltaNet.convKernel);
    QCOMPARE(derived->shortConvKernel, spec->shortConvKernel);
    QCOMPARE(derived->moe.numExperts, spec->moe.numExperts);
    QCOMPARE(derived->moe.sharedIntermediate, spec->moe.sharedIntermediate);
    QCOMPARE(derived->moe.sharedExpertGate, spec->moe.sharedExpertGate);
    QCOMPARE(derived->normsPerLayer, spec->normsPerLayer);
    QCOMPARE(derived->ffnNormAfterAttention, spec->ffnNormAfterAttention);
    QCOMPARE(derived->tiedEmbeddings, spec->tiedEmbeddings);
    QCOMPARE(derived->slidingWindow, spec->slidingWindow);
    QCOMPARE(derived->globalAttention.headDim, spec->globalAttention.headDim);
    QCOMPARE(derived->globalAttention.numKvHeads, spec->globalAttention.numKvHeads);
    QCOMPARE(derived->globalAttention.valueFromKey, spec->globalAttention.valueFromKey);
    QCOMPARE(derived->layerScalar, spec->layerScalar);
    QCOMPARE(derived->moe.scaledRouter, spec->moe.scaledRouter);
    QCOMPARE(derived->moe.denseBesideExperts, spec->moe.denseBesideExperts);
    QCOMPARE(derived->ggufRopeTensors, spec->ggufRopeTensors);
    QCOMPARE(derived->mamba.numHeads, spec->mamba.numHeads);
    QCOMPARE(derived->mamba.headDim, spec->mamba.headDim);
    QCOMPARE(derived->mamba.stateSize, spec->mamba.stateSize);
    QCOMPARE(derived->mamba.groups, spec->mamba.groups);
    QCOMPARE(derived->mamba.convBias, spec->mamba.convBias);
    QCOMPARE(derived->moe.latentSize, spec->moe.latentSize);
    QCOMPARE(derived->moe.routedLatent, spec->moe.routedLatent);
    QCOMPARE(derived->moe.latentNorm, spec->moe.latentNorm);
    QCOMPARE(derived->deltaNet.fullRankGate, spec->deltaNet.fullRankGate);
    QCOMPARE(derived->attnResBlockSize, spec->attnResBlockSize);
    QCOMPARE(derived->attention.indexBlock, spec->attention.indexBlock);
    QCOMPARE(derived->moe.gatedExperts, spec->moe.gatedExperts);
    QCOMPARE(derived->attention.kvLoraRank, spec->attention.kvLoraRank);
    QCOMPARE(derived->attention.qLoraRank, spec->attention.qLoraRank);
    QCOMPARE(derived->attention.indexHeads, spec->attention.indexHeads);
    QCOMPARE(derived->attention.indexHeadDim, spec->attention.indexHeadDim);
    QCOMPARE(derived->moe.correctionBias, spec->moe.correctionBias);
    QCOMPARE(derived->attention.qkvBias, spec->attention.qkvBias);
    QCOMPARE(derived->attention.outputBias, spec->attention.outputBias);
    QCOMPARE(derived->mtpOwnEmbedding, spec->mtpOwnEmbedding);
    QCOMPARE(derived->mtpEmbeddingInGguf, spec->mtpEmbeddingInGguf);
    QCOMPARE(derived->attention.vHeadDim, spec->attention.vHeadDim);
    QCOMPARE(derived->attention.sinks, spec->attention.sinks);
    QCOMPARE(derived->globalAttention.sinks, spec->globalAttention.sinks);
    QCOMPARE(derived->attention.headGateWidth, spec->attention.headGateWidth);
    QCOMPARE(derived->mtpOwnHead, spec->mtpOwnHead);
    QCOMPARE(derived->attention.numHeads, spec->attention.numHeads);
    QCOMPARE(derived->globalAttention.numHeads, spec->globalAttention.numHeads);
    QCOMPARE(derived->attention.headGate, spec->attention.headGate);
    QCOMPARE(derived->attention.separateOutputGate, spec->attention.separateOutputGate);
    QCOMPARE(derived->attention.qkNormGgufOnly, spec->attention.qkNormGgufOnly);
    QCOMPARE(derived->mtpLayerSpecs.size(), spec->mtpLayerSpecs.size());
    for (size_t i = 0; i < spec->mtpLayerSpecs.size(); ++i) {
        QCOMPARE(int(derived->mtpLayerSpecs[i].window), int(spec->mtpLayerSpecs[i].window));
        QCOMPARE(derived->mtpLayerSpecs[i].moe, spec->mtpLayerSpecs[i].moe);
        QCOMPARE(derived->mtpLayerSpecs[i].globalShape, spec->mtpLayerSpecs[i].globalShape);
    }
    for (size_t i = 0; i < spec->layers.size(); ++i) {
        QCOMPARE(derived->layers[i].numHeads, spec->layers[i].numHeads);
        QCOMPARE(derived->layers[i].noRope, spec->layers[i].noRope);
        QCOMPARE(int(derived->layers[i].mixer), int(spec->layers[i].mixer));
        QCOMPARE(derived->layers[i].moe, spec->layers[i].moe);
        QCOMPARE(int(derived->layers[i].window), int(spec->layers[i].window));
        QCOMPARE(derived->layers[i].indexer, spec->layers[i].indexer);
        QCOMPARE(derived->layers[i].hasMixer, spec->layers[i].hasMixer);
        QCOMPARE(derived->layers[i].hasFfn, spec->layers[i].hasFfn);
        QCOMPARE(derived->layers[i].globalShape, spec->layers[i].globalShape);
        QCOMPARE(derived->layers[i].kvSourceLayer, spec->layers[i].kvSourceLayer);
        QCOMPARE(derived->ffnIntermediateOf(derived->layers[i]), spec->ffnIntermediateOf(spec->layers[i]));
    }
    for (size_t i = 0; i < spec->layers.size(); ++i) { // DeepSeek-V4
        QCOMPARE(derived->layers[i].compressRatio, spec->layers[i].compressRatio);
        QCOMPARE(derived->layers[i].hashRouted, spec->layers[i].hashRouted);
    }
    QCOMPARE(derived->deepseekV4.outputGroups, spec->deepseekV4.outputGroups);
    QCOMPARE(derived->deepseekV4.outputLoraRank, spec->deepseekV4.outputLoraRank);
    QCOMPARE(derived->deepseekV4.hyperConnections, spec->deepseekV4.hyperConnections);
    QCOMPARE(derived->perLayerInputSize, spec->perLayerInputSize);
    QCOMPARE(derived->perLayerVocab, spec->perLayerVocab);
    // The parameters of the file llama.cpp loaded, MTP blocks included.
    QCOMPARE(countGgufParameters(*derived), measured.parameters);
    qint64 inFile = 0;
    for (const GgufTensorInfo& t : f->tensors)
        inFile += t.elements();
    QCOMPARE(inFile, measured.parameters);

    // estimate --file against estimate --config: 32k tokens, four sequences.
    const auto opened = openModelFile(path, TestCatalogs::quants(), &error);
    QVERIFY2(opened, qPrintable(error));
    QVERIFY2(opened->warnings.isEmpty(), qPrintable(opened->warnings.join(u'\n')));
    Scenario byConfig;
    byConfig.model = *spec;
    byConfig.recipeId = fileType;
    byConfig.context = 32768;
    byConfig.batch = 4;
    Scenario byFile = byConfig;
    QVERIFY2(applyModelFile(byFile, *opened, &error), qPrintable(error));
    const MemoryEstimator estimator(TestCatalogs::quants());
    const auto a = estimator.estimate(byConfig, &error);
    QVERIFY2(a, qPrintable(error));
    const auto b = estimator.estimate(byFile, &error);
    QVERIFY2(b, qPrintable(error));
    QCOMPARE(b->weights.bytes, a->weights.bytes);
    QCOMPARE(b->bytesByType, a->bytesByType);
    QCOMPARE(b->kvCache.bytes, a->kvCache.bytes);
    QCOMPARE(b->recurrentState.bytes > 0, recurrentStateElements(*spec).layers > 0);
    QCOMPARE(b->recurrentState.bytes, a->recurrentState.bytes);
    QCOMPARE(b->activations.bytes, a->activations.bytes);
    QCOMPARE(b->total, a->total);
}

QTEST_GUILESS_MAIN(TestGgufReader)
#include "tst_ggufreader.moc"
