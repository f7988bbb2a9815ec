// SPDX-FileCopyrightText: 2026 The FitPlanner authors
// SPDX-License-Identifier: MIT

#include "hfconfig.h"
#include "tensorlayout.h"
#include "testcatalogs.h"

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QObject>
#include <QTest>

using namespace Planner;

class TestTensorLayout : public QObject
{
    Q_OBJECT

private:
    static QJsonObject calibrationConfigs()
    {
        QFile f(QStringLiteral(FITPLANNER_TEST_DATA "/calibration/transformers_h200_configs.json"));
        if (!f.open(QIODevice::ReadOnly))
            qFatal("missing calibration configs");
        return QJsonDocument::fromJson(f.readAll()).object();
    }

    static ModelSpec calibrationSpec(const QString& arch)
    {
        QList<ParseError> errors;
        const auto spec
            = parseHfConfig(QJsonDocument(calibrationConfigs().value(arch).toObject()).toJson(), arch, &errors);
        if (!spec)
            qFatal("%s", qPrintable(messages(errors).join(u'\n')));
        return *spec;
    }

private Q_SLOTS:
    // What PyTorch allocated (calibration rows) and what llama.cpp counted in the GGUF (llamacpp_cpu.csv).
    void calibrationCounts_data()
    {
        QTest::addColumn<QString>("arch");
        QTest::addColumn<qint64>("hfParams");
        QTest::addColumn<qint64>("ggufParams");
        QTest::addRow("Llama-3.1-8B") << "Llama-3.1-8B" << qint64(8030261248) << qint64(8030261312);
        QTest::addRow("Llama-3.2-1B tied") << "Llama-3.2-1B" << qint64(1235814400) << qint64(1235814432);
        QTest::addRow("Mistral-7B-v0.3") << "Mistral-7B-v0.3" << qint64(7248023552) << qint64(7248023552);
        QTest::addRow("Phi-3-mini-4k fused qkv") << "Phi-3-mini-4k" << qint64(3821079552) << qint64(3821079552);
    }

    void calibrationCounts()
    {
        QFETCH(QString, arch);
        QFETCH(qint64, hfParams);
        QFETCH(qint64, ggufParams);
        const ModelSpec spec = calibrationSpec(arch);
        QCOMPARE(countParameters(spec).total, hfParams);
        QCOMPARE(countGgufParameters(spec), ggufParams);
    }

    // Published parameter counts of catalog models (model cards / safetensors metadata).
    void catalogCounts_data()
    {
        QTest::addColumn<QString>("id");
        QTest::addColumn<qint64>("total");
        QTest::addRow("Llama 3.1 70B") << "llama-3.1-70b" << qint64(70553706496);
        QTest::addRow("Llama 3.1 405B") << "llama-3.1-405b" << qint64(405853388800);
        QTest::addRow("Llama 3.2 3B tied") << "llama-3.2-3b" << qint64(3212749824);
        QTest::addRow("Llama 2 7B") << "llama-2-7b" << qint64(6738415616);
        QTest::addRow("Qwen2.5 0.5B qkv bias tied") << "qwen2.5-0.5b" << qint64(494032768);
        QTest::addRow("Qwen2.5 7B") << "qwen2.5-7b" << qint64(7615616512);
        QTest::addRow("Qwen2.5 72B") << "qwen2.5-72b" << qint64(72706203648);
        QTest::addRow("Qwen3 8B qk norm") << "qwen3-8b" << qint64(8190735360);
        QTest::addRow("Qwen3-30B-A3B MoE") << "qwen3-30b-a3b" << qint64(30532122624);
        QTest::addRow("Qwen3-235B-A22B MoE") << "qwen3-235b-a22b" << qint64(235093634560);
        QTest::addRow("Mixtral 8x7B") << "mixtral-8x7b" << qint64(46702792704);
        QTest::addRow("Mistral Nemo 12B head_dim 128") << "mistral-nemo-12b" << qint64(12247782400);
        QTest::addRow("Mistral Small 24B") << "mistral-small-24b-2501" << qint64(23572403200);
        QTest::addRow("Gemma 2 9B four norms") << "gemma-2-9b" << qint64(9241705984);
        QTest::addRow("Gemma 2 27B") << "gemma-2-27b" << qint64(27227128320);
        QTest::addRow("Gemma 3 1B") << "gemma-3-1b" << qint64(999885952);
        QTest::addRow("Gemma 3 4B with vision tower") << "gemma-3-4b" << qint64(4300079472);
        QTest::addRow("Gemma 3 12B with vision tower") << "gemma-3-12b" << qint64(12187325040);
        QTest::addRow("Gemma 3 27B with vision tower") << "gemma-3-27b" << qint64(27432406640);
        QTest::addRow("Phi-3 medium") << "phi-3-medium-4k" << qint64(13960238080);
        QTest::addRow("Phi-4") << "phi-4" << qint64(14659507200);
        QTest::addRow("gpt-oss 20B sinks, expert biases") << "gpt-oss-20b" << qint64(20914757184);
        QTest::addRow("gpt-oss 120B") << "gpt-oss-120b" << qint64(116829156672);
        QTest::addRow("DeepSeek-V2-Lite MLA without q_lora") << "deepseek-v2-lite" << qint64(15706484224);
        QTest::addRow("DeepSeek-R1 671B MLA MoE and its MTP layer") << "deepseek-r1" << qint64(684489845504);
        QTest::addRow("Kimi K2 1T") << "kimi-k2" << qint64(1026408232448);
        QTest::addRow("OLMoE 1B-7B full qk norm") << "olmoe-1b-7b" << qint64(6919161856);
    }

    void catalogCounts()
    {
        QFETCH(QString, id);
        QFETCH(qint64, total);
        QCOMPARE(countParameters(TestCatalogs::model(id)).total, total);
    }

    void activeParameters_data()
    {
        QTest::addColumn<QString>("id");
        QTest::addColumn<qint64>("active");
        // Dense: every parameter is active.
        QTest::addRow("dense") << "llama-3.1-8b" << qint64(8030261248);
        // Mixtral: 2 of 8 experts; 32 layers x 3 x 4096 x 14336 x 8 expert weights, 3/4 of them unused.
        QTest::addRow("Mixtral 2 of 8") << "mixtral-8x7b" << qint64(46702792704 - 32LL * 3 * 4096 * 14336 * 6);
    }

    void activeParameters()
    {
        QFETCH(QString, id);
        QFETCH(qint64, active);
        QCOMPARE(countParameters(TestCatalogs::model(id)).active, active);
    }

    void mlaTensors()
    {
        const ModelSpec r1 = TestCatalogs::model(QStringLiteral("deepseek-r1"));
        const auto tensors = tensorLayout(r1);
        qint64 kvA = 0;
        qint64 dense = 0;
        for (const TensorSpec& t : tensors) {
            if (t.layer == 0 && t.role == TensorRole::AttnKvAMqa)
                kvA = t.elements();
            if (t.role == TensorRole::FfnGate)
                ++dense;
        }
        QCOMPARE(kvA, qint64(7168) * (512 + 64));
        QCOMPARE(dense, qint64(3)); // first_k_dense_replace = 3
        QCOMPARE(r1.moeLayerCount(), qint64(58));
    }

    // Recurrent mixers: the tensors llama.cpp creates for them (src/models/qwen35.cpp, nemotron-h.cpp), in ggml
    // order (ne0 = input features), for a small hybrid.
    void recurrentMixerTensors()
    {
        ModelSpec s;
        s.hiddenSize = 64;
        s.vocabSize = 100;
        s.numLayers = 3;
        s.attention.numHeads = 4;
        s.attention.numKvHeads = 2;
        s.attention.headDim = s.attention.vHeadDim = 16;
        s.ffn.intermediate = 128;
        s.deltaNet = DeltaNetSpec { 2, 4, 8, 16, 4 };
        s.mamba = MambaSpec { 4, 8, 16, 2, 4, true, false };
        s.layers.assign(3, LayerSpec {});
        s.layers[0].mixer = MixerKind::GatedDeltaNet;
        s.layers[1].mixer = MixerKind::Mamba2;
        s.mtpLayers = 1;
        const std::vector<TensorSpec> tensors = tensorLayout(s);
        const auto find = [&](const char* name) -> const TensorSpec* {
            for (const TensorSpec& t : tensors) {
                if (t.name == QLatin1String(name))
                    return &t;
            }
            return nullptr;
        };
        const auto shape = [&](const char* name) {
            const TensorSpec* t = find(name);
            return t ? QList<qint64> { t->ne0, t->ne1, t->ne2 } : QList<qint64> {};
        };
        // Gated DeltaNet: q, k (2 x 2 x 8) and v (4 x 16) through the convolution.
        QCOMPARE(shape("blk.0.attn_qkv.weight"), (QList<qint64> { 64, 2 * 16 + 64, 1 }));
        QCOMPARE(shape("blk.0.attn_gate.weight"), (QList<qint64> { 64, 64, 1 }));
        QCOMPARE(shape("blk.0.ssm_conv1d.weight"), (QList<qint64> { 4, 96, 1 }));
        QCOMPARE(shape("blk.0.ssm_dt.bias"), (QList<qint64> { 4, 1, 1 }));
        QCOMPARE(shape("blk.0.ssm_beta.weight"), (QList<qint64> { 64, 4, 1 }));
        QCOMPARE(shape("blk.0.ssm_norm.weight"), (QList<qint64> { 16, 1, 1 }));
        QCOMPARE(shape("blk.0.ssm_out.weight"), (QList<qint64> { 64, 64, 1 }));
        QVERIFY(!find("blk.0.attn_q.weight"));
        // Mamba2: in_proj = z (32) + x, B, C (32 + 2 x 2 x 16) + dt (4).
        QCOMPARE(shape("blk.1.ssm_in.weight"), (QList<qint64> { 64, 32 + 96 + 4, 1 }));
        QCOMPARE(shape("blk.1.ssm_conv1d.weight"), (QList<qint64> { 4, 96, 1 }));
        QCOMPARE(shape("blk.1.ssm_conv1d.bias"), (QList<qint64> { 96, 1, 1 }));
        QCOMPARE(shape("blk.1.ssm_norm.weight"), (QList<qint64> { 16, 2, 1 }));
        QCOMPARE(shape("blk.1.ssm_out.weight"), (QList<qint64> { 32, 64, 1 }));
        QCOMPARE(shape("blk.2.attn_q.weight"), (QList<qint64> { 64, 64, 1 }));
        // The MTP layer comes after the decoder, flagged.
        const TensorSpec* eh = find("blk.3.nextn.eh_proj.weight");
        QVERIFY(eh && eh->mtp);
        QCOMPARE(shape("blk.3.nextn.eh_proj.weight"), (QList<qint64> { 128, 64, 1 }));
        QVERIFY(find("blk.3.attn_q.weight") && find("blk.3.attn_q.weight")->mtp);
        QVERIFY(!find("blk.2.attn_q.weight")->mtp);
        const ParamCounts p = countParameters(s, tensors);
        qint64 mtp = 0;
        for (const TensorSpec& t : tensors)
            mtp += t.mtp ? t.elements() : 0;
        QCOMPARE(p.mtp, mtp);
        QVERIFY(p.mtp > 0 && p.mtp < p.total);
    }

    // LFM2-1.2B from its published config.json (block_ff_dim 12288 adjusted to 8192, attention in layers 2, 5, 8,
    // 10, 12 and 14, the rest short convolutions): 1,170,340,608 parameters, the count of the GGUF file llama.cpp
    // loaded (tests/bench/accuracy/llamacpp/data/new_archs.csv) and of the checkpoint (tied embeddings).
    void shortConvolutionLayers()
    {
        const QByteArray config = R"({"architectures":["Lfm2ForCausalLM"],"block_auto_adjust_ff_dim":true,
            "block_dim":2048,"block_ff_dim":12288,"block_ffn_dim_multiplier":1.0,"block_multiple_of":256,
            "conv_L_cache":3,"conv_bias":false,"full_attn_idxs":[2,5,8,10,12,14],"hidden_size":2048,
            "max_position_embeddings":128000,"model_type":"lfm2","norm_eps":1e-05,"num_attention_heads":32,
            "num_heads":32,"num_hidden_layers":16,"num_key_value_heads":8,"rope_theta":1000000.0,
            "tie_embedding":true,"vocab_size":65536})";
        QList<ParseError> errors;
        const auto s = parseHfConfig(config, QStringLiteral("LFM2-1.2B"), &errors);
        QVERIFY2(s, qPrintable(messages(errors).join(u'\n')));
        QCOMPARE(s->ffn.intermediate, 8192);
        QCOMPARE(s->shortConvKernel, 3);
        QCOMPARE(s->recurrentLayerCount(MixerKind::ShortConv), 10);
        QCOMPARE(s->kvLayerCount(), 6);
        QVERIFY(s->tiedEmbeddings);
        const std::vector<TensorSpec> tensors = tensorLayout(*s);
        const auto shape = [&](const char* name) {
            for (const TensorSpec& t : tensors) {
                if (t.name == QLatin1String(name))
                    return QList<qint64> { t.ne0, t.ne1, t.ne2 };
            }
            return QList<qint64> {};
        };
        QCOMPARE(shape("blk.0.shortconv.conv.weight"), (QList<qint64> { 3, 2048, 1 }));
        QCOMPARE(shape("blk.0.shortconv.in_proj.weight"), (QList<qint64> { 2048, 3 * 2048, 1 }));
        QCOMPARE(shape("blk.0.shortconv.out_proj.weight"), (QList<qint64> { 2048, 2048, 1 }));
        QCOMPARE(shape("blk.0.attn_q.weight"), QList<qint64> {});
        QCOMPARE(shape("blk.2.attn_k.weight"), (QList<qint64> { 2048, 512, 1 }));
        QCOMPARE(shape("blk.2.attn_q_norm.weight"), (QList<qint64> { 64, 1, 1 }));
        QCOMPARE(shape("token_embd_norm.weight"), (QList<qint64> { 2048, 1, 1 }));
        QCOMPARE(shape("output.weight"), QList<qint64> {});
        QCOMPARE(countParameters(*s, tensors).total, 1170340608);
        QCOMPARE(countGgufParameters(*s), 1170340608);
    }

    void slidingLayers_data()
    {
        QTest::addColumn<QString>("id");
        QTest::addColumn<qint64>("sliding");
        QTest::addColumn<qint64>("window");
        QTest::addRow("Gemma 2 alternating") << "gemma-2-9b" << qint64(21) << qint64(4096);
        QTest::addRow("Gemma 3 five local per global") << "gemma-3-27b" << qint64(52) << qint64(1024);
        QTest::addRow("gpt-oss layer_types") << "gpt-oss-20b" << qint64(12) << qint64(128);
        QTest::addRow("Llama full attention") << "llama-3.1-8b" << qint64(0) << qint64(0);
    }

    void slidingLayers()
    {
        QFETCH(QString, id);
        QFETCH(qint64, sliding);
        QFETCH(qint64, window);
        const ModelSpec m = TestCatalogs::model(id);
        QCOMPARE(m.slidingLayerCount(), sliding);
        QCOMPARE(m.slidingWindow, window);
    }
};

QTEST_GUILESS_MAIN(TestTensorLayout)
#include "tst_tensorlayout.moc"
