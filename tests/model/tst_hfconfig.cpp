// SPDX-FileCopyrightText: 2026 The FitPlanner authors
// SPDX-License-Identifier: MIT

#include "hfconfig.h"
#include "tensorlayout.h"

#include <cstdlib>
#include <vector>

#include <QFile>
#include <QHash>
#include <QObject>
#include <QTest>

using namespace Planner;
using namespace Qt::StringLiterals;

class TestHfConfig : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void familyDefaults()
    {
        // Qwen2's config never says so, but its q/k/v projections carry biases and o_proj does not.
        QList<ParseError> errors;
        const auto qwen = parseHfConfig(R"({"model_type":"qwen2","hidden_size":896,"intermediate_size":4864,
            "num_hidden_layers":24,"num_attention_heads":14,"num_key_value_heads":2,"vocab_size":151936,
            "tie_word_embeddings":true})",
            QStringLiteral("config.json"), &errors);
        QVERIFY2(qwen, qPrintable(messages(errors).join(u'\n')));
        QVERIFY(qwen->attention.qkvBias);
        QVERIFY(!qwen->attention.outputBias);
        QCOMPARE(qwen->attention.headDim, qint64(64));
        QCOMPARE(countParameters(*qwen).total, qint64(494032768)); // Qwen2.5-0.5B

        // Absent fields take the transformers class defaults: LlamaConfig is Llama-2-7B shaped.
        const auto llama = parseHfConfig(R"({"model_type":"llama"})", QStringLiteral("config.json"), &errors);
        QVERIFY(llama);
        QCOMPARE(llama->hiddenSize, qint64(4096));
        QCOMPARE(llama->numLayers, qint64(32));
        QCOMPARE(llama->attention.numKvHeads, qint64(32));
        QCOMPARE(countParameters(*llama).total, qint64(6738415616));
    }

    void errors_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<QString>("expected");
        QTest::addRow("truncated") << QByteArray(R"({"model_type":"llama","hidden_size":40)")
                                   << "config.json: is not valid JSON (truncated or malformed)";
        QTest::addRow("not an object") << QByteArray("[1,2]") << "config.json: must be a JSON object";
        QTest::addRow("missing model_type")
            << QByteArray(R"({"hidden_size":4096})") << "config.json: model_type: is missing";
        QTest::addRow("unknown model_type") << QByteArray(R"({"model_type":"rwkv7"})")
                                            << "config.json: model_type: 'rwkv7' is not a supported architecture";
        QTest::addRow("wrong type") << QByteArray(R"({"model_type":"llama","hidden_size":"4096"})")
                                    << "config.json: hidden_size: must be a number, found string";
        QTest::addRow("negative") << QByteArray(R"({"model_type":"llama","num_hidden_layers":-3})")
                                  << "config.json: num_hidden_layers: -3 is out of range (1 to 4096)";
        QTest::addRow("absurd width") << QByteArray(R"({"model_type":"llama","hidden_size":99999999999999})")
                                      << "config.json: hidden_size: 99999999999999 is out of range";
        QTest::addRow("fractional") << QByteArray(R"({"model_type":"llama","vocab_size":1.5})")
                                    << "config.json: vocab_size: must be a whole number";
        QTest::addRow("kv heads do not divide") << QByteArray(R"({"model_type":"llama","num_attention_heads":32,
            "num_key_value_heads":5})") << "config.json: num_key_value_heads: 5 does not divide the 32 attention heads";
        QTest::addRow("layer_types length") << QByteArray(R"({"model_type":"gemma3_text","num_hidden_layers":2,
            "sliding_window":512,"layer_types":["full_attention"]})")
                                            << "config.json: layer_types: has 1 entries for 2 layers";
        QTest::addRow("absurd product of valid widths")
            << QByteArray(R"({"model_type":"mixtral","hidden_size":16000000,"intermediate_size":16000000,
            "num_local_experts":60000,"num_experts_per_tok":2,"vocab_size":16000000})")
            << "config.json: model_type: these dimensions imply";
        QTest::addRow("unknown layer kind") << QByteArray(R"({"model_type":"qwen3_5_text","hidden_size":64,
            "intermediate_size":128,"num_hidden_layers":2,"num_attention_heads":2,"vocab_size":100,
            "linear_num_key_heads":2,"linear_num_value_heads":4,"linear_key_head_dim":16,"linear_value_head_dim":16,
            "linear_conv_kernel_dim":4,"layer_types":["linear_attention","mamba"]})")
                                            << "config.json: layer_types: entry 1 ('mamba') is not a layer kind";
        QTest::addRow("delta-net field missing") << QByteArray(R"({"model_type":"qwen3_5_text","hidden_size":64,
            "intermediate_size":128,"num_hidden_layers":2,"num_attention_heads":2,"vocab_size":100})")
                                                 << "config.json: linear_num_key_heads: is missing";
        QTest::addRow("hybrid pattern length") << QByteArray(R"({"model_type":"nemotron_h","hidden_size":64,
            "intermediate_size":128,"num_hidden_layers":3,"num_attention_heads":2,"vocab_size":100,
            "mamba_num_heads":2,"mamba_head_dim":16,"ssm_state_size":8,"n_groups":1,"hybrid_override_pattern":"M*"})")
                                               << "config.json: hybrid_override_pattern: has 2 characters for 3 layers";
        QTest::addRow("experts per token") << QByteArray(R"({"model_type":"mixtral","num_local_experts":4,
            "num_experts_per_tok":6})") << "config.json: num_experts_per_tok: 6 exceeds the 4 experts";
        const QByteArray step = R"({"model_type":"step3p5","hidden_size":64,"intermediate_size":128,
            "num_hidden_layers":2,"num_attention_heads":4,"num_attention_groups":2,"vocab_size":100,
            "moe_num_experts":4,"moe_top_k":2,"moe_intermediate_size":32)";
        QTest::addRow("step: no MoE layers")
            << step + "}"
            << "config.json: moe_layers_enum: is missing (nor does first_k_dense_replace";
        QTest::addRow("step: MoE layer index") << step + R"(,"moe_layers_enum":"1,x"})"
                                               << "config.json: moe_layers_enum: 'x' is not a layer index from 0 to 1";
        QTest::addRow("step: MoE layer past the blocks") << step + R"(,"moe_layers_enum":[1,2]})"
                                                         << "config.json: moe_layers_enum: '2' is not a layer index";
        QTest::addRow("step: sliding heads") << step + R"(,"moe_layers_enum":"1",
            "attention_other_setting":{"num_attention_heads":0}})"
                                             << "config.json: attention_other_setting: num_attention_heads must be a "
                                                "whole number from 1 to 16777216";
        // Found by fuzzing: without any head counts the full layers' shape used to be divided by zero KV groups.
        QTest::addRow("step: no heads") << QByteArray(
            R"({"model_type":"step3p5","hidden_size":64,"num_hidden_layers":2,"vocab_size":100,
            "attention_other_setting":{"num_attention_heads":4,"num_attention_groups":2,"head_dim":16}})")
                                        << "config.json: num_attention_heads: is missing";
        QTest::addRow("step: sliding groups") << step + R"(,"moe_layers_enum":"1",
            "attention_other_setting":{"num_attention_heads":6,"num_attention_groups":4}})"
                                              << "config.json: attention_other_setting: 4 KV groups do not divide the "
                                                 "6 attention heads";
        QTest::addRow("step: layer_types with MTP entries") << step + R"(,"moe_layers_enum":"1",
            "num_nextn_predict_layers":1,"sliding_window":8,"layer_types":["full_attention","sliding_attention",
            "sliding_attention","sliding_attention"]})"
                                                            << "config.json: layer_types: has 4 entries for 2 layers";
        const QByteArray muse = R"({"model_type":"muse_glimmer_text","hidden_size":64,"intermediate_size":128,
            "num_hidden_layers":2,"num_attention_heads":4,"num_key_value_heads":2,"head_dim":16,"vocab_size":100)";
        QTest::addRow("muse: layer_rope_theta length") << muse + R"(,"layer_rope_theta":[0]})"
                                                       << "config.json: layer_rope_theta: has 1 entries for 2 layers";
        QTest::addRow("muse: layer_rope_theta entry") << muse + R"(,"layer_rope_theta":[10000,"none"]})"
                                                      << "config.json: layer_rope_theta: entry 1 is not a frequency "
                                                         "base (0: no RoPE)";
        QTest::addRow("muse: adapter width") << QByteArray(R"({"model_type":"muse_glimmer","out_hidden_size":4096,
            "text_config":)")
                + muse + R"(},"vision_config":{"hidden_size":1536,"merge_size":2}})"
                                             << "config.json: out_hidden_size: must be the vision width x "
                                                "merge_size^2 (6144)";
        const QByteArray llama4 = R"({"model_type":"llama4","text_config":{"model_type":"llama4_text","hidden_size":64,
            "intermediate_size":128,"intermediate_size_mlp":128,"num_hidden_layers":2,"num_attention_heads":4,
            "num_key_value_heads":2,"head_dim":16,"vocab_size":100,"num_local_experts":2,"num_experts_per_tok":1},)";
        QTest::addRow("llama4: patch larger than the image")
            << llama4 + R"("vision_config":{"image_size":14,
            "patch_size":20}})"
            << "config.json: vision_config.patch_size: 20 exceeds the image_size of 14";
        QTest::addRow("gemma4: tower heads")
            << QByteArray(R"({"model_type":"gemma4","text_config":{
            "model_type":"gemma4_text","hidden_size":64,"intermediate_size":128,"num_hidden_layers":2,
            "num_attention_heads":4,"num_key_value_heads":2,"head_dim":16,"vocab_size":100},
            "vision_config":{"num_attention_heads":0}})")
            << "config.json: vision_config.num_attention_heads: 0 is out of range (1 to 16777216)";
    }

    void errors()
    {
        QFETCH(QByteArray, json);
        QFETCH(QString, expected);
        QList<ParseError> errors;
        const auto spec = parseHfConfig(json, QStringLiteral("config.json"), &errors);
        QVERIFY(!spec);
        QVERIFY(!errors.isEmpty());
        QVERIFY2(errors.first().message().startsWith(expected), qPrintable(errors.first().message()));
    }

    void nestedTextConfig()
    {
        // Multimodal Gemma 3: the language model sits in text_config, the SigLIP tower in vision_config.
        QList<ParseError> errors;
        const auto spec = parseHfConfig(R"({"model_type":"gemma3","text_config":{"model_type":"gemma3_text",
            "hidden_size":2560,"intermediate_size":10240,"num_hidden_layers":34,"sliding_window":1024},
            "vision_config":{"model_type":"siglip_vision_model","hidden_size":1152,"intermediate_size":4304,
            "num_hidden_layers":27,"patch_size":14,"image_size":896}})",
            QStringLiteral("config.json"), &errors);
        QVERIFY2(spec, qPrintable(messages(errors).join(u'\n')));
        QCOMPARE(spec->modelType, QStringLiteral("gemma3_text"));
        QCOMPARE(spec->attention.headDim, qint64(256));
        QVERIFY(spec->tiedEmbeddings);
        QCOMPARE(spec->slidingLayerCount(), qint64(34 - 5));
        const ParamCounts p = countParameters(*spec);
        QCOMPARE(p.total, qint64(4300079472)); // Gemma 3 4B as published
        QCOMPARE(p.vision, qint64(419816304));
    }

    // Published config.json files (tests/data/configs-2026, SOURCES.md there). The exact totals are what the
    // layout counts; an independent count over the transformers modules' shapes, written apart from the C++
    // layout, gives the same figures. Each also rounds to the total its model card publishes, which is the
    // check against the outside world. MTP (nextn) layers are part of the total, as in the checkpoints.
    void configs2026_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<qint64>("total");
        QTest::addColumn<qint64>("mtp");
        QTest::addColumn<qint64>("publishedTenthsOfBillions"); // the model card's total, in units of 0.1 B
        QTest::addColumn<qint64>("kvLayers");
        QTest::addColumn<qint64>("recurrentLayers");
        QTest::addColumn<qint64>("kvBytesPerTokenF16"); // all KV layers, one token, 16-bit, as config.json shapes it

        // Qwen3.5-27B: 48 Gated DeltaNet + 16 attention layers (4 KV heads x 256), one MTP layer, and Qwen3-VL's
        // vision tower without DeepStack (460,730,096). The Hub's safetensors total is 27,781,427,952, exactly this
        // count (card: 27 B for the language model). 16 x 2 x 4 x 256 x 2 bytes = 64 KiB per token.
        QTest::addRow("Qwen3.5-27B") << u"Qwen__Qwen3.5-27B.json"_s << qint64(27781427952) << qint64(424699392)
                                     << qint64(278) << qint64(16) << qint64(48) << qint64(65536);
        // Qwen3.6-35B-A3B: 30 + 10 layers, 256 experts (8 active) and a gated shared expert, the same tower
        // (446,571,248 with its 2048-wide merger). The Hub's safetensors total is 35,951,822,704, exactly this count
        // (card: 35 B total, 3 B active).
        QTest::addRow("Qwen3.6-35B-A3B") << u"Qwen__Qwen3.6-35B-A3B.json"_s << qint64(35951822704) << qint64(844640768)
                                         << qint64(360) << qint64(10) << qint64(30) << qint64(20480);
        // Qwen3-Next-80B-A3B: 36 + 12 layers, 512 experts. Card: 80 B total (its config names no MTP layer).
        QTest::addRow("Qwen3-Next-80B-A3B") << u"Qwen__Qwen3-Next-80B-A3B-Thinking.json"_s << qint64(79674391296)
                                            << qint64(0) << qint64(797) << qint64(12) << qint64(36) << qint64(24576);
        // Nemotron-3-Nano-30B-A3B: 23 Mamba2 + 6 attention + 23 MoE blocks. Card: 31.6 B total.
        QTest::addRow("Nemotron-3-Nano-30B-A3B")
            << u"nvidia__NVIDIA-Nemotron-3-Nano-30B-A3B-BF16.json"_s << qint64(31577940288) << qint64(0) << qint64(316)
            << qint64(6) << qint64(23) << qint64(6144);
        // Gemma 4 26B-A4B: 25 sliding (8 KV heads x 256) + 5 full layers (2 KV heads x 512, K = V), dense MLP
        // beside 128 experts, and the 572,794,416-parameter vision tower. Card: 25.2 B total (the language model),
        // 3.8 B active; the Hub's safetensors total is 25,805,936,206, exactly this count.
        QTest::addRow("Gemma-4-26B-A4B") << u"google__gemma-4-26B-A4B.json"_s << qint64(25805936206) << qint64(0)
                                         << qint64(258) << qint64(30) << qint64(0)
                                         << qint64(25 * 2 * 8 * 256 * 2 + 5 * 2 * 2 * 512 * 2);
        // Llama 4 Scout: 48 MoE layers (16 experts + shared), 36 chunked + 12 global. Card: 109 B total with the
        // vision encoder, which this trimmed config omits; the language model alone is 107.8 B.
        QTest::addRow("Llama-4-Scout") << u"meta-llama__Llama-4-Scout-17B-16E-Instruct.json"_s << qint64(107769861120)
                                       << qint64(0) << qint64(1078) << qint64(48) << qint64(0)
                                       << qint64(48 * 2 * 8 * 128 * 2);
        // DeepSeek-V3.2: MLA with the sparse-attention indexer, one nextn layer with its own embedding and head.
        // Card: 685 B (671 B + the MTP module).
        QTest::addRow("DeepSeek-V3.2") << u"deepseek-ai__DeepSeek-V3.2.json"_s << qint64(685355329792)
                                       << qint64(13477385728) << qint64(6854) << qint64(61) << qint64(0)
                                       << qint64(61 * (512 + 64) * 2);
        // GLM-5: the same mechanisms. Card: 744 B without its MTP layer.
        QTest::addRow("GLM-5") << u"zai-org__GLM-5.json"_s << qint64(753864139008) << qint64(9952920576) << qint64(7539)
                               << qint64(78) << qint64(0) << qint64(78 * (512 + 64) * 2);
        // MiMo-V2-Flash: 39 sliding layers (8 KV heads, sink logits) and 9 full ones (4 KV heads), q/k 192 wide and
        // v 128; a dense first layer, then 256 experts. Card: 309 B (without the 3 MTP blocks config.json does not
        // describe).
        QTest::addRow("MiMo-V2-Flash") << u"XiaomiMiMo__MiMo-V2-Flash.json"_s << qint64(308778780864) << qint64(0)
                                       << qint64(3088) << qint64(48) << qint64(0)
                                       << qint64(39 * 2 * 8 * 160 * 2 + 9 * 2 * 4 * 160 * 2);
        // Laguna-XS.2: 30 sliding layers of 64 query heads and 10 full ones of 48, 8 KV heads of 128 everywhere; a
        // dense first layer, then 256 experts beside a shared one. SGLang's model page: 33.4 B total, 3.0 B active.
        QTest::addRow("Laguna-XS.2") << u"poolside__Laguna-XS.2-FP8.json"_s << qint64(33442617088) << qint64(0)
                                     << qint64(334) << qint64(40) << qint64(0) << qint64(40 * 2 * 8 * 128 * 2);
        // Laguna-S-2.1: 48 layers, 72 / 48 query heads, 10 of 256 experts. llama.cpp names the size 118B-A8B.
        QTest::addRow("Laguna-S-2.1") << u"poolside__Laguna-S-2.1-FP8.json"_s << qint64(117561977600) << qint64(0)
                                      << qint64(1176) << qint64(48) << qint64(0) << qint64(48 * 2 * 8 * 128 * 2);
        // Step-3.7-Flash as aiconfigurator abridged it: no attention_other_setting, so its 33 sliding layers get the
        // full layers' 64 query heads (the checkpoint's have 96: 199.4 B with those, configs-2026-extra); 3 dense +
        // 42 MoE layers, 3 MTP blocks each with a head of its own. Every layer holds 8 KV heads of 128.
        QTest::addRow("Step-3.7-Flash (abridged)")
            << u"stepfun-ai__Step-3.7-Flash.json"_s << qint64(198171623232) << qint64(2327114496) << qint64(1982)
            << qint64(45) << qint64(0) << qint64(45 * 2 * 8 * 128 * 2);
        // Muse-Glimmer-30B: the 27.85 B text model (52 layers, 39 sliding + 13 full, gated attention, 4 norms per
        // layer) and its 1.92 B vision tower and adapter. Name: 30 B.
        QTest::addRow("Muse-Glimmer-30B") << u"meta-models__Muse-Glimmer-30B.json"_s << qint64(29776626688) << qint64(0)
                                          << qint64(298) << qint64(52) << qint64(0) << qint64(52 * 2 * 2 * 128 * 2);
        // Kimi-K3's text model: 24 MLA + 69 Kimi Delta Attention layers, 896 latent experts (16 active) and 2 shared
        // ones. No exact total is published; llama.cpp names the model 2.8T-A50B. The vision tower is not counted.
        QTest::addRow("Kimi-K3") << u"moonshotai__Kimi-K3.json"_s << qint64(2779484476000) << qint64(0) << qint64(27795)
                                 << qint64(24) << qint64(69) << qint64(24 * (512 + 64) * 2);
        // MiniMax-M3's text model: 3 dense + 57 MoE layers (128 experts + 1 shared), GQA with 4 KV heads of 128.
        // Card: ~428 B with the vision encoder, which this config leaves out; no MTP weights are released.
        QTest::addRow("MiniMax-M3") << u"MiniMaxAI__MiniMax-M3.json"_s << qint64(426174572928) << qint64(0)
                                    << qint64(4262) << qint64(60) << qint64(0) << qint64(60 * 2 * 4 * 128 * 2);
    }

    void configs2026() { checkPublishedConfig(QStringLiteral(FITPLANNER_TEST_DATA "/configs-2026/")); }

    // The vision towers by hand. Gemma 4 (1152 wide, 27 blocks, 16 heads of 72, MLP 4304, patches of 16, 10240
    // positions per axis): patch 768 x 1152 = 884,736; positions 2 x 10240 x 1152 = 23,592,960; per block 4 norms
    // 4,608 + q/k norms 144 + q/k/v/o 5,308,416 + MLP 14,874,624 = 20,187,792, x 27 = 545,070,384; standardization
    // 2,304; projection 1152 x 2816 = 3,244,032: 572,794,416. Qwen3.5's is Qwen3-VL's without DeepStack mergers.
    void visionTowers_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<qint64>("vision");
        QTest::addRow("Gemma 4 26B-A4B") << u"google__gemma-4-26B-A4B.json"_s << qint64(572794416);
        QTest::addRow("Qwen3.5-27B") << u"Qwen__Qwen3.5-27B.json"_s << qint64(460730096);
        QTest::addRow("Qwen3.6-35B-A3B") << u"Qwen__Qwen3.6-35B-A3B.json"_s << qint64(446571248);
    }

    void visionTowers()
    {
        QFETCH(QString, file);
        QFETCH(qint64, vision);
        QFile f(QStringLiteral(FITPLANNER_TEST_DATA "/configs-2026/") + file);
        QVERIFY(f.open(QIODevice::ReadOnly));
        QList<ParseError> errors;
        const auto spec = parseHfConfig(f.readAll(), file, &errors);
        QVERIFY2(spec, qPrintable(messages(errors).join(u'\n')));
        QCOMPARE(countParameters(*spec).vision, vision);
    }

    // The same checks for tests/data/configs-2026-extra (SOURCES.md there); each total rounds to the Hub's figure.
    void configs2026Extra_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<qint64>("total");
        QTest::addColumn<qint64>("mtp");
        QTest::addColumn<qint64>("publishedTenthsOfBillions");
        QTest::addColumn<qint64>("kvLayers");
        QTest::addColumn<qint64>("recurrentLayers");
        QTest::addColumn<qint64>("kvBytesPerTokenF16");

        // GLM-4.5: 3 dense + 89 MoE layers (160 experts + 1 shared), q/k/v biases, q/k norms, and an MTP layer with
        // its own embedding and head. Hub: 358 B. 92 x 2 x 8 x 128 x 2 bytes per token.
        QTest::addRow("GLM-4.5") << u"zai-org__GLM-4.5.json"_s << qint64(358337791296) << qint64(5539962272)
                                 << qint64(3583) << qint64(92) << qint64(0) << qint64(92 * 2 * 8 * 128 * 2);
        // GLM-4.5-Air: 1 dense + 45 MoE layers (128 experts), no q/k norms. Hub: 110 B.
        QTest::addRow("GLM-4.5-Air") << u"zai-org__GLM-4.5-Air.json"_s << qint64(110468824832) << qint64(3616573568)
                                     << qint64(1105) << qint64(46) << qint64(0) << qint64(46 * 2 * 8 * 128 * 2);
        // Granite 4.0 H-Small: 36 Mamba2 + 4 attention layers, each with 72 experts beside a shared MLP. Hub: 32.2 B.
        QTest::addRow("Granite-4.0-H-Small")
            << u"ibm-granite__granite-4.0-h-small.json"_s << qint64(32207337984) << qint64(0) << qint64(322)
            << qint64(4) << qint64(36) << qint64(4 * 2 * 8 * 128 * 2);
        // Granite 4.0 H-Tiny: the same pattern at 1536 wide, 64 experts. Hub: 6.94 B.
        QTest::addRow("Granite-4.0-H-Tiny")
            << u"ibm-granite__granite-4.0-h-tiny.json"_s << qint64(6939037248) << qint64(0) << qint64(69) << qint64(4)
            << qint64(36) << qint64(4 * 2 * 4 * 128 * 2);
        // Granite 4.0 H-Micro: dense (the shared MLP alone). Hub: 3.19 B.
        QTest::addRow("Granite-4.0-H-Micro")
            << u"ibm-granite__granite-4.0-h-micro.json"_s << qint64(3191396096) << qint64(0) << qint64(32) << qint64(4)
            << qint64(36) << qint64(4 * 2 * 8 * 64 * 2);
        // Mistral Small 3.1: the 23.57 B text model and its 0.44 B Pixtral tower. Model card: 24 B.
        QTest::addRow("Mistral-Small-3.1")
            << u"mistralai__Mistral-Small-3.1-24B-Instruct-2503.json"_s << qint64(24011361280) << qint64(0)
            << qint64(240) << qint64(40) << qint64(0) << qint64(40 * 2 * 8 * 128 * 2);
        // Step-3.5-Flash: 12 full layers (64 query heads) and 33 sliding ones (96), 8 KV heads of 128 in each, 3 dense
        // + 42 MoE layers (288 experts of 1280, a shared one, a router bias), and 3 dense sliding-window MTP blocks
        // with a head of their own. Hub: 199.4 B.
        QTest::addRow("Step-3.5-Flash") << u"stepfun-ai__Step-3.5-Flash.json"_s << qint64(199384301376)
                                        << qint64(2428171008) << qint64(1994) << qint64(45) << qint64(0)
                                        << qint64(45 * 2 * 8 * 128 * 2);
        // Step-3.7-Flash's text model: the same (its 1.8 B vision tower is not counted).
        QTest::addRow("Step-3.7-Flash") << u"stepfun-ai__Step-3.7-Flash.json"_s << qint64(199384301376)
                                        << qint64(2428171008) << qint64(1994) << qint64(45) << qint64(0)
                                        << qint64(45 * 2 * 8 * 128 * 2);
    }

    void configs2026Extra() { checkPublishedConfig(QStringLiteral(FITPLANNER_TEST_DATA "/configs-2026-extra/")); }

    // Granite's layer_types, GLM's attention biases and MTP tensors and Mistral 3's Pixtral tower, tensor by tensor.
    void newFamilyDetails()
    {
        const auto read = [](const char* file) {
            QFile f(QStringLiteral(FITPLANNER_TEST_DATA "/configs-2026-extra/") + QLatin1String(file));
            QList<ParseError> errors;
            auto spec = f.open(QIODevice::ReadOnly) ? parseHfConfig(f.readAll(), f.fileName(), &errors)
                                                    : std::optional<ModelSpec> {};
            return spec;
        };
        const auto glm = read("zai-org__GLM-4.5.json");
        QVERIFY(glm);
        QVERIFY(glm->attention.qkvBias);
        QVERIFY(!glm->attention.outputBias);
        QCOMPARE(int(glm->attention.qkNorm), int(QkNorm::PerHead));
        QCOMPARE(glm->moeLayerCount(), qint64(89));
        QCOMPARE(glm->mtpLayers, qint64(1));
        QVERIFY(glm->mtpOwnEmbedding && glm->mtpEmbeddingInGguf);
        const auto air = read("zai-org__GLM-4.5-Air.json");
        QVERIFY(air);
        QCOMPARE(int(air->attention.qkNorm), int(QkNorm::None));
        QCOMPARE(air->moeLayerCount(), qint64(45));

        const auto granite = read("ibm-granite__granite-4.0-h-small.json");
        QVERIFY(granite);
        QCOMPARE(granite->mamba.headDim, qint64(64));
        QCOMPARE(granite->mamba.innerDim(), qint64(8192));
        QCOMPARE(granite->moe.sharedIntermediate, qint64(1536));
        QVERIFY(granite->layers[5].holdsKv() && granite->layers[5].noRope && granite->layers[5].moe);
        QVERIFY(granite->layers[4].isRecurrent() && granite->layers[4].moe);
        const auto micro = read("ibm-granite__granite-4.0-h-micro.json");
        QVERIFY(micro);
        QVERIFY(!micro->isMoe());
        QCOMPARE(micro->ffn.intermediate, qint64(8192));

        const auto mistral = read("mistralai__Mistral-Small-3.1-24B-Instruct-2503.json");
        QVERIFY(mistral);
        QCOMPARE(mistral->modelType, u"mistral"_s);
        QCOMPARE(mistral->attention.headDim, qint64(128));
        QCOMPARE(int(mistral->vision.kind), int(VisionKind::Pixtral));
        // patch 3 x 14 x 14 x 1024 + ln_pre; 24 x (2 norms + q/k/v/o + gated MLP); projector norm, merger (2 x 2
        // patches), 1024 -> 5120 -> 5120
        const qint64 tower = 3 * 14 * 14 * 1024 + 1024 + 24 * (2 * 1024 + 4 * 1024 * 1024 + 3 * 1024 * 4096) + 1024
            + 4 * 1024 * 1024 + 1024 * 5120 + 5120 * 5120;
        QCOMPARE(countParameters(*mistral).vision, tower);
    }

    // Step 3.5's two attention shapes, head gate and MTP blocks; Muse Glimmer's gate, RoPE-less layers, q/k norms
    // only GGUF has, and its vision tower; tensor by tensor.
    void stepAndMuseDetails()
    {
        const auto read = [](const QString& path) {
            QFile f(path);
            QList<ParseError> errors;
            return f.open(QIODevice::ReadOnly) ? parseHfConfig(f.readAll(), f.fileName(), &errors)
                                               : std::optional<ModelSpec> {};
        };
        const auto step
            = read(QStringLiteral(FITPLANNER_TEST_DATA "/configs-2026-extra/stepfun-ai__Step-3.5-Flash.json"));
        QVERIFY(step);
        QCOMPARE(step->modelType, u"step3p5"_s);
        QCOMPARE(step->attention.numHeads, qint64(96));
        QCOMPARE(step->globalAttention.numHeads, qint64(64));
        QCOMPARE(step->globalAttention.numKvHeads, qint64(8));
        QVERIFY(step->layers[0].globalShape && !step->layers[0].isWindowed());
        QVERIFY(!step->layers[1].globalShape && step->layers[1].isWindowed());
        QCOMPARE(step->slidingLayerCount(), qint64(33));
        QCOMPARE(step->slidingWindow, qint64(512));
        QCOMPARE(step->moeLayerCount(), qint64(42));
        QVERIFY(!step->layers[2].moe && step->layers[3].moe);
        QCOMPARE(step->mtpLayerSpecs.size(), size_t(3));
        for (const LayerSpec& l : step->mtpLayerSpecs) // layer_types[45..47]: sliding; moe_layers_enum ends at 44
            QVERIFY(l.isWindowed() && !l.moe && !l.globalShape);
        QVERIFY(step->mtpOwnHead && !step->mtpOwnEmbedding);
        QVERIFY(step->attention.headGate && step->moe.correctionBias);
        QHash<QString, TensorSpec> byName;
        for (const TensorSpec& t : tensorLayout(*step))
            byName.insert(t.name, t);
        QCOMPARE(byName.value(u"blk.0.attn_q.weight"_s).ne1, qint64(64 * 128));
        QCOMPARE(byName.value(u"blk.1.attn_q.weight"_s).ne1, qint64(96 * 128));
        QCOMPARE(byName.value(u"blk.0.attn_gate.weight"_s).ne1, qint64(64));
        QCOMPARE(byName.value(u"blk.1.attn_gate.weight"_s).ne1, qint64(96));
        QCOMPARE(byName.value(u"blk.3.exp_probs_b.bias"_s).ne0, qint64(288));
        QCOMPARE(byName.value(u"blk.45.attn_q.weight"_s).ne1, qint64(96 * 128));
        QCOMPARE(byName.value(u"blk.45.ffn_up.weight"_s).ne1, qint64(11264));
        QCOMPARE(byName.value(u"blk.47.nextn.shared_head_head.weight"_s).ne1, qint64(128896));
        QVERIFY(!byName.contains(u"blk.45.nextn.embed_tokens.weight"_s));
        QVERIFY(!byName.contains(u"blk.45.ffn_gate_inp.weight"_s));
        QCOMPARE(countGgufParameters(*step), countParameters(*step).total);

        const auto muse = read(QStringLiteral(FITPLANNER_TEST_DATA "/configs-2026/meta-models__Muse-Glimmer-30B.json"));
        QVERIFY(muse);
        QCOMPARE(muse->modelType, u"muse_glimmer_text"_s);
        QCOMPARE(muse->normsPerLayer, 4);
        QVERIFY(muse->attention.separateOutputGate && muse->attention.qkNormGgufOnly);
        QCOMPARE(muse->slidingLayerCount(), qint64(39));
        QCOMPARE(muse->slidingWindow, qint64(2048));
        QVERIFY(!muse->layers[0].noRope && muse->layers[3].noRope && muse->layers[51].noRope);
        QVERIFY(!muse->tiedEmbeddings);
        QCOMPARE(int(muse->vision.kind), int(VisionKind::MuseGlimmer));
        // patch 2 x 3 x 14 x 14 -> 1536 without bias, 32 x 32 positions, ln_pre and ln_post; 50 blocks of two
        // LayerNorms, q/k/v/proj and fc1/fc2 with biases; adapter 6144 -> 4096 -> 4096 and the projection into 6656
        const qint64 d = 1536, ff = 8960;
        const qint64 tower = 2 * 3 * 14 * 14 * d + 32 * 32 * d + 4 * d
            + 50 * (4 * d + 4 * (d * d + d) + (d * ff + ff) + (ff * d + d)) + 4 * d * 4096 + 4096 * 4096 + 4096 * 6656;
        const ParamCounts p = countParameters(*muse);
        QCOMPARE(p.vision, tower);
        // the GGUF holds the text model and the q/k norms its converter adds (the tower goes to the mmproj file)
        QCOMPARE(countGgufParameters(*muse), p.total - p.vision + 52 * 2 * 128);
        for (const TensorSpec& t : tensorLayout(*muse)) {
            if (t.name == u"blk.0.attn_gate.weight"_s)
                QCOMPARE(t.ne1, qint64(32 * 128));
        }
    }

private:
    static void checkPublishedConfig(const QString& dir)
    {
        QFETCH(QString, file);
        QFETCH(qint64, total);
        QFETCH(qint64, mtp);
        QFETCH(qint64, publishedTenthsOfBillions);
        QFETCH(qint64, kvLayers);
        QFETCH(qint64, recurrentLayers);
        QFETCH(qint64, kvBytesPerTokenF16);
        QFile f(dir + file);
        QVERIFY2(f.open(QIODevice::ReadOnly), qPrintable(f.fileName()));
        QList<ParseError> errors;
        const auto spec = parseHfConfig(f.readAll(), file, &errors);
        QVERIFY2(spec, qPrintable(messages(errors).join(u'\n')));
        const ParamCounts p = countParameters(*spec);
        QCOMPARE(p.total, total);
        QCOMPARE(p.mtp, mtp);
        QCOMPARE((p.total + 50'000'000) / 100'000'000, publishedTenthsOfBillions);
        QCOMPARE(spec->kvLayerCount(), kvLayers);
        QCOMPARE(spec->recurrentLayerCount(MixerKind::GatedDeltaNet) + spec->recurrentLayerCount(MixerKind::Mamba2)
                + spec->recurrentLayerCount(MixerKind::KimiDelta),
            recurrentLayers);
        qint64 kvPerToken = 0;
        for (const LayerSpec& l : spec->layers) {
            if (!l.holdsKv())
                continue;
            const AttentionSpec& a = spec->attentionOf(l);
            kvPerToken += a.isMla() ? (a.kvLoraRank + a.ropeHeadDim) * 2 : a.numKvHeads * (a.headDim + a.vHeadDim) * 2;
        }
        QCOMPARE(kvPerToken, kvBytesPerTokenF16);
    }

private Q_SLOTS:
    // MiMo-V2-Flash's two attention shapes and its sinks, Laguna's heads per layer, gate and FP8 experts.
    void mimoAndLaguna()
    {
        const auto read = [](const char* file) {
            QFile f(QStringLiteral(FITPLANNER_TEST_DATA "/configs-2026/") + QLatin1String(file));
            QList<ParseError> errors;
            return f.open(QIODevice::ReadOnly) ? parseHfConfig(f.readAll(), f.fileName(), &errors)
                                               : std::optional<ModelSpec> {};
        };
        const auto mimo = read("XiaomiMiMo__MiMo-V2-Flash.json");
        QVERIFY(mimo);
        QCOMPARE(mimo->slidingWindow, qint64(128));
        QCOMPARE(mimo->slidingLayerCount(), qint64(39));
        QVERIFY(mimo->layers[0].globalShape && !mimo->layers[0].isWindowed() && !mimo->layers[0].moe);
        QVERIFY(!mimo->layers[1].globalShape && mimo->layers[1].isWindowed() && mimo->layers[1].moe);
        QCOMPARE(mimo->attention.numKvHeads, qint64(8));
        QCOMPARE(mimo->globalAttention.numKvHeads, qint64(4));
        QCOMPARE(mimo->attention.headDim, qint64(192));
        QCOMPARE(mimo->globalAttention.vHeadDim, qint64(128));
        QVERIFY(mimo->attention.sinks && !mimo->globalAttention.sinks);
        QCOMPARE(mimo->moeLayerCount(), qint64(47));
        QVERIFY(mimo->moe.correctionBias);
        QCOMPARE(mimo->nativeRecipe, u"FP8"_s);
        QCOMPARE(countParameters(*mimo).active, qint64(15445936320));
        qint64 sinks = 0;
        for (const TensorSpec& t : tensorLayout(*mimo))
            sinks += t.role == TensorRole::AttnSinks ? t.elements() : 0;
        QCOMPARE(sinks, qint64(39 * 64));

        const auto xs = read("poolside__Laguna-XS.2-FP8.json");
        QVERIFY(xs);
        QCOMPARE(xs->attention.numHeads, qint64(48));
        QCOMPARE(xs->layers[0].numHeads, qint64(0));
        QCOMPARE(xs->layers[1].numHeads, qint64(64));
        QVERIFY(!xs->layers[0].isWindowed() && xs->layers[1].isWindowed());
        QCOMPARE(xs->slidingWindow, qint64(512));
        QCOMPARE(xs->attention.headGateWidth, qint64(1));
        QCOMPARE(int(xs->attention.qkNorm), int(QkNorm::PerHead));
        QCOMPARE(xs->moe.sharedIntermediate, qint64(512));
        QVERIFY(!xs->moe.sharedExpertGate && xs->moe.correctionBias);
        QCOMPARE(xs->moeLayerCount(), qint64(39));
        QCOMPARE(xs->nativeRecipe, u"FP8-EXPERTS"_s); // compressed-tensors FP8 that leaves self_attn out
        QCOMPARE(countParameters(*xs).active, qint64(3017135872));
        // A sliding layer: q 2048 x 64 x 128, k and v 2048 x 8 x 128, o, q/k norms, g_proj 2048 x 64.
        qint64 layer1 = 0;
        for (const TensorSpec& t : tensorLayout(*xs)) {
            if (t.layer == 1 && !t.isExpert() && t.role != TensorRole::FfnGateInp && t.role != TensorRole::ExpProbsB
                && t.role != TensorRole::FfnGateShexp && t.role != TensorRole::FfnUpShexp
                && t.role != TensorRole::FfnDownShexp && t.role != TensorRole::FfnNorm
                && t.role != TensorRole::AttnNorm)
                layer1 += t.elements();
        }
        QCOMPARE(layer1, qint64(2 * 2048 * 64 * 128 + 2 * 2048 * 8 * 128 + 2 * 128 + 2048 * 64));

        const auto s21 = read("poolside__Laguna-S-2.1-FP8.json");
        QVERIFY(s21);
        QCOMPARE(s21->layers[1].numHeads, qint64(72));
        QCOMPARE(s21->attention.headGateWidth, qint64(1)); // gating_types: per_head
        QCOMPARE(s21->moe.expertsPerToken, qint64(10));
        QCOMPARE(countParameters(*s21).active, qint64(8449256192));
    }

    void mimoAndLagunaErrors_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<QString>("expected");
        const QByteArray mimo = R"("model_type":"mimo_v2_flash","hidden_size":64,"intermediate_size":128,
            "num_hidden_layers":2,"num_attention_heads":4,"num_key_value_heads":2,"head_dim":16,"v_head_dim":8,
            "vocab_size":100,"n_routed_experts":4,"num_experts_per_tok":2,"moe_intermediate_size":32)";
        QTest::addRow("mimo pattern length") << QByteArray("{" + mimo + R"(,"sliding_window":8,"moe_layer_freq":[0,1],
            "hybrid_layer_pattern":[0]})") << u"config.json: hybrid_layer_pattern: has 1 entries for 2 layers"_s;
        QTest::addRow("mimo pattern value") << QByteArray("{" + mimo + R"(,"sliding_window":8,"moe_layer_freq":[0,1],
            "hybrid_layer_pattern":[0,2]})") << u"config.json: hybrid_layer_pattern: must hold 0 or 1 for each layer"_s;
        QTest::addRow("mimo experts missing")
            << QByteArray("{" + mimo + R"(,"sliding_window":8,"hybrid_layer_pattern":[0,1]})")
            << u"config.json: moe_layer_freq: is missing"_s;
        QTest::addRow("mimo window missing")
            << QByteArray("{" + mimo + R"(,"moe_layer_freq":[0,1],"hybrid_layer_pattern":[0,1]})")
            << u"config.json: sliding_window: is missing"_s;
        QTest::addRow("mimo swa kv heads")
            << QByteArray("{" + mimo + R"(,"sliding_window":8,"moe_layer_freq":[0,1],
            "hybrid_layer_pattern":[0,1],"swa_num_key_value_heads":3})")
            << u"config.json: swa_num_key_value_heads: 3 does not divide the 4 attention heads"_s;
        const QByteArray laguna = R"("model_type":"laguna","hidden_size":64,"num_hidden_layers":2,
            "num_attention_heads":4,"num_key_value_heads":2,"head_dim":16,"num_experts":4,"num_experts_per_tok":2)";
        QTest::addRow("laguna heads per layer")
            << QByteArray("{" + laguna + R"(,"num_attention_heads_per_layer":[4,5]})")
            << u"config.json: num_attention_heads_per_layer: entry 1 must be a head "
               u"count the 2 KV heads divide"_s;
        QTest::addRow("laguna heads length")
            << QByteArray("{" + laguna + R"(,"num_attention_heads_per_layer":[4]})")
            << u"config.json: num_attention_heads_per_layer: has 1 entries for 2 layers"_s;
        QTest::addRow("laguna gating") << QByteArray("{" + laguna + R"(,"gating":"per-channel"})")
                                       << u"config.json: gating: must be \"per-head\", \"per-element\" or true"_s;
        QTest::addRow("laguna mixed gates")
            << QByteArray("{" + laguna + R"(,"gating_types":["per_head","per_element"]})")
            << u"config.json: gating_types: mixes per-head and per-element gates"_s;
        QTest::addRow("laguna mlp kind") << QByteArray("{" + laguna + R"(,"mlp_layer_types":["dense","moe"]})")
                                         << u"config.json: mlp_layer_types: entry 1 ('moe') is not a layer kind"_s;
    }

    void mimoAndLagunaErrors() { errors(); }

    void miniMaxM2()
    {
        // MiniMax-M2.5: 62 layers of GQA attention with q/k RMSNorm over all heads and 256 experts (8 active).
        // The model card gives 230 B total and 10 B active, rounded; its MTP modules are not counted. The exact
        // total equals the independent count over the modules' shapes.
        QFile f(QStringLiteral(FITPLANNER_TEST_DATA "/configs-2026/MiniMaxAI__MiniMax-M2.5.json"));
        QVERIFY(f.open(QIODevice::ReadOnly));
        QList<ParseError> errors;
        const auto spec = parseHfConfig(f.readAll(), u"minimax"_s, &errors);
        QVERIFY2(spec, qPrintable(messages(errors).join(u'\n')));
        QCOMPARE(spec->attention.qkNorm, QkNorm::Full);
        const ParamCounts p = countParameters(*spec);
        QCOMPARE(p.total, qint64(228689764864));
        QCOMPARE((p.total + 5'000'000'000) / 10'000'000'000, qint64(23));
        QCOMPARE((p.active - p.embedding + 500'000'000) / 1'000'000'000, qint64(10)); // without the embedding table
    }

    // Kimi-K3 tensor by tensor: which layers are MLA, the KDA and MLA gates, the latent experts, the attention
    // residual scores (two vectors each in the checkpoint, one in GGUF) and the MXFP4 experts of the checkpoint.
    void kimiK3()
    {
        QFile f(QStringLiteral(FITPLANNER_TEST_DATA "/configs-2026/moonshotai__Kimi-K3.json"));
        QVERIFY(f.open(QIODevice::ReadOnly));
        QList<ParseError> errors;
        const auto spec = parseHfConfig(f.readAll(), u"kimi"_s, &errors);
        QVERIFY2(spec, qPrintable(messages(errors).join(u'\n')));
        QCOMPARE(spec->modelType, u"kimi_linear"_s);
        QCOMPARE(spec->nativeRecipe, u"MXFP4"_s);
        QVERIFY(spec->layers[3].holdsKv() && spec->layers[92].holdsKv() && spec->layers[90].isRecurrent());
        QCOMPARE(int(spec->layers[0].mixer), int(MixerKind::KimiDelta));
        QVERIFY(!spec->layers[0].moe && spec->layers[1].moe);
        QCOMPARE(spec->deltaNet.valueDim(), qint64(96 * 128));
        QCOMPARE(spec->moe.sharedIntermediate, qint64(2 * 3072));
        QCOMPARE(spec->attnResBlockSize, qint64(12));
        const std::vector<TensorSpec> tensors = tensorLayout(*spec);
        const auto find = [&tensors](const QString& name) -> const TensorSpec* {
            for (const TensorSpec& t : tensors) {
                if (t.name == name)
                    return &t;
            }
            return nullptr;
        };
        const TensorSpec* gate = find(u"blk.1.ssm_g.weight"_s);
        QVERIFY(gate && gate->ne0 == 7168 && gate->ne1 == 12288);
        QVERIFY(!find(u"blk.1.ssm_g_a.weight"_s));
        const TensorSpec* mlaGate = find(u"blk.3.attn_gate.weight"_s);
        QVERIFY(mlaGate && mlaGate->ne0 == 7168 && mlaGate->ne1 == 96 * 128);
        QVERIFY(!find(u"blk.2.attn_gate.weight"_s));
        const TensorSpec* experts = find(u"blk.1.ffn_down_exps.weight"_s);
        QVERIFY(experts && experts->ne0 == 3072 && experts->ne1 == 3584 && experts->ne2 == 896);
        QVERIFY(find(u"blk.1.ffn_routed_down.weight"_s) && find(u"blk.1.ffn_routed_norm.weight"_s));
        const TensorSpec* score = find(u"output_res_score.weight"_s);
        QVERIFY(score && score->inGguf && !score->inHf);
        const ParamCounts p = countParameters(*spec);
        QCOMPARE(p.vision, qint64(0));
        // GGUF: one score vector where the checkpoint has two, twice per layer and once at the output
        QCOMPARE(countGgufParameters(*spec), p.total - 93 * 2 * 7168 - 7168);
    }

    // MiniMax-M3: dense layers of dense_intermediate_size, experts beside a shared one, q/k norms per head and the
    // sparse-attention indexer on the layers sparse_attention_freq marks.
    void miniMaxM3()
    {
        QFile f(QStringLiteral(FITPLANNER_TEST_DATA "/configs-2026/MiniMaxAI__MiniMax-M3.json"));
        QVERIFY(f.open(QIODevice::ReadOnly));
        QList<ParseError> errors;
        const auto spec = parseHfConfig(f.readAll(), u"minimax"_s, &errors);
        QVERIFY2(spec, qPrintable(messages(errors).join(u'\n')));
        QCOMPARE(int(spec->attention.qkNorm), int(QkNorm::PerHead));
        QCOMPARE(spec->ffn.intermediate, qint64(12288));
        QCOMPARE(spec->moe.expertIntermediate, qint64(3072));
        QCOMPARE(spec->moe.sharedIntermediate, qint64(3072));
        QCOMPARE(spec->moeLayerCount(), qint64(57));
        QCOMPARE(spec->mtpLayers, qint64(0));
        QVERIFY(spec->attention.hasIndexer());
        QCOMPARE(spec->attention.indexTopk, qint64(16));
        QCOMPARE(spec->attention.indexBlock, qint64(128));
        QVERIFY(!spec->layers[2].indexer && spec->layers[3].indexer);
        qint64 indexer = 0;
        for (const TensorSpec& t : tensorLayout(*spec)) {
            if (t.role == TensorRole::IndexerQkProj || QLatin1String(t.base).startsWith(QLatin1String("indexer.")))
                indexer += t.elements();
            QVERIFY2(!t.name.startsWith(u"blk.2.indexer"_s), qPrintable(t.name));
        }
        QCOMPARE(indexer, qint64(57) * (6144 * 4 * 128 + 6144 * 128 + 2 * 128));
        const ParamCounts p = countParameters(*spec);
        QCOMPARE(p.active, qint64(25962473856));
        QCOMPARE(countGgufParameters(*spec), p.total);
    }

    // Malformed Kimi and MiniMax-M3 fields are refused with the field and the reason.
    void newHybridErrors_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<QString>("expected");
        const QByteArray kimi = R"({"model_type":"kimi_linear","hidden_size":64,"intermediate_size":128,
            "num_hidden_layers":4,"num_attention_heads":2,"vocab_size":100,"kv_lora_rank":16,"q_lora_rank":null,
            "qk_nope_head_dim":8,"qk_rope_head_dim":8,"v_head_dim":8,)";
        QTest::addRow("kimi: no layer lists") << kimi + R"("num_experts":0})"
                                              << "config.json: linear_attn_config: is missing";
        QTest::addRow("kimi: layer in both lists")
            << kimi + R"("linear_attn_config":{"num_heads":2,"head_dim":16,"full_attn_layers":[4],
            "kda_layers":[1,2,3,4]}})"
            << "config.json: linear_attn_config.kda_layers: layer 4 must be in exactly one of full_attn_layers";
        QTest::addRow("kimi: layer out of range")
            << kimi + R"("linear_attn_config":{"num_heads":2,"head_dim":16,"full_attn_layers":[0]}})"
            << "config.json: linear_attn_config.full_attn_layers: must hold layer numbers from 1 to 4";
        QTest::addRow("kimi: no KDA head size")
            << kimi + R"("linear_attn_config":{"num_heads":2,"full_attn_layers":[4]}})"
            << "config.json: linear_attn_config.head_dim: is missing";
        const QByteArray minimax = R"({"model_type":"minimax_m3","hidden_size":64,"intermediate_size":32,
            "num_hidden_layers":2,"num_attention_heads":4,"num_key_value_heads":2,"head_dim":16,"vocab_size":100,
            "num_local_experts":4,"num_experts_per_tok":2,)";
        QTest::addRow("minimax: moe_layer_freq length") << minimax + R"("moe_layer_freq":[0,1,1]})"
                                                        << "config.json: moe_layer_freq: has 3 entries for 2 layers";
        QTest::addRow("minimax: sparse layer flags")
            << minimax + R"("sparse_attention_config":{"sparse_num_index_heads":2,"sparse_index_dim":16,
            "sparse_topk_blocks":4,"sparse_block_size":8,"sparse_attention_freq":[0,2]}})"
            << "config.json: sparse_attention_config.sparse_attention_freq: must hold 0 or 1 for each layer";
        QTest::addRow("minimax: indexer values")
            << minimax + R"("sparse_attention_config":{"sparse_num_index_heads":2,"sparse_index_dim":16,
            "sparse_topk_blocks":4,"sparse_block_size":8,"sparse_attention_freq":[0,1],
            "sparse_disable_index_value":[0,0]}})"
            << "config.json: sparse_attention_config.sparse_disable_index_value: layer 1 has an indexer with values";
        QTest::addRow("minimax: output gate") << minimax + R"("attention_output_gate":true})"
                                              << "config.json: attention_output_gate: an attention output gate";
    }

    void newHybridErrors()
    {
        QFETCH(QByteArray, json);
        QFETCH(QString, expected);
        QList<ParseError> errors;
        const auto spec = parseHfConfig(json, QStringLiteral("config.json"), &errors);
        QVERIFY(!spec);
        QVERIFY(!errors.isEmpty());
        QVERIFY2(errors.first().message().startsWith(expected), qPrintable(messages(errors).join(u'\n')));
    }

    void hybridLayers()
    {
        QList<ParseError> errors;
        QFile qwen(QStringLiteral(FITPLANNER_TEST_DATA "/configs-2026/Qwen__Qwen3.5-27B.json"));
        QVERIFY(qwen.open(QIODevice::ReadOnly));
        const auto q = parseHfConfig(qwen.readAll(), u"qwen"_s, &errors);
        QVERIFY(q);
        QCOMPARE(q->layers[2].mixer, MixerKind::GatedDeltaNet);
        QCOMPARE(q->layers[3].mixer, MixerKind::Attention); // full_attention_interval 4
        QVERIFY(q->attention.outputGate);
        QCOMPARE(q->deltaNet.convChannels(), qint64(2 * 16 * 128 + 48 * 128));
        QCOMPARE(q->mtpLayers, qint64(1));

        QFile nemo(
            QStringLiteral(FITPLANNER_TEST_DATA "/configs-2026/nvidia__NVIDIA-Nemotron-3-Nano-30B-A3B-BF16.json"));
        QVERIFY(nemo.open(QIODevice::ReadOnly));
        const auto n = parseHfConfig(nemo.readAll(), u"nemotron"_s, &errors);
        QVERIFY(n);
        // "MEMEM*E...": a Mamba2 mixer, an MoE block, ...
        QCOMPARE(n->layers[0].mixer, MixerKind::Mamba2);
        QVERIFY(!n->layers[0].hasFfn);
        QVERIFY(!n->layers[1].hasMixer && n->layers[1].moe);
        QCOMPARE(n->layers[5].mixer, MixerKind::Attention);
        QCOMPARE(n->mamba.convChannels(), qint64(64 * 64 + 2 * 8 * 128));

        QFile llama(
            QStringLiteral(FITPLANNER_TEST_DATA "/configs-2026/meta-llama__Llama-4-Scout-17B-16E-Instruct.json"));
        QVERIFY(llama.open(QIODevice::ReadOnly));
        const auto l = parseHfConfig(llama.readAll(), u"llama4"_s, &errors);
        QVERIFY(l);
        QCOMPARE(l->chunkedLayerCount(), qint64(36));
        QCOMPARE(l->slidingWindow, qint64(8192));
        QVERIFY(l->layers[3].noRope && l->layers[3].window == AttentionWindow::Full);
        QVERIFY(!l->layers[0].noRope && l->layers[0].window == AttentionWindow::Chunked);

        QFile gemma(QStringLiteral(FITPLANNER_TEST_DATA "/configs-2026/google__gemma-4-26B-A4B.json"));
        QVERIFY(gemma.open(QIODevice::ReadOnly));
        const auto g = parseHfConfig(gemma.readAll(), u"gemma4"_s, &errors);
        QVERIFY(g);
        QVERIFY(g->layers[5].globalShape && !g->layers[4].globalShape);
        QCOMPARE(g->globalAttention.headDim, qint64(512));
        QVERIFY(g->globalAttention.valueFromKey);
        QCOMPARE(g->slidingLayerCount(), qint64(25));
    }

    // Gemma 4 E2B (the text_config of google/gemma-4-E2B-it): per-layer input embeddings and 20 layers that read the
    // KV of the last earlier layer of their kind, with double-wide MLPs.
    void gemma4EdgeSeries()
    {
        QByteArray layerTypes;
        for (int i = 0; i < 35; ++i)
            layerTypes
                += (i > 0 ? "," : "") + QByteArray((i + 1) % 5 == 0 ? "\"full_attention\"" : "\"sliding_attention\"");
        const QByteArray config = R"({"model_type":"gemma4","text_config":{"model_type":"gemma4_text",
            "hidden_size":1536,"intermediate_size":6144,"num_hidden_layers":35,"num_attention_heads":8,
            "num_key_value_heads":1,"head_dim":256,"global_head_dim":512,"attention_k_eq_v":false,
            "sliding_window":512,"hidden_size_per_layer_input":256,"vocab_size_per_layer_input":262144,
            "num_kv_shared_layers":20,"use_double_wide_mlp":true,"enable_moe_block":false,"vocab_size":262144,
            "tie_word_embeddings":true,"max_position_embeddings":131072,"layer_types":[)"
            + layerTypes + "]}}";
        QList<ParseError> errors;
        const auto e2b = parseHfConfig(config, u"e2b"_s, &errors);
        QVERIFY2(e2b, qPrintable(messages(errors).join(u'\n')));
        QCOMPARE(e2b->perLayerInputSize, qint64(256));
        QCOMPARE(e2b->perLayerVocab, qint64(262144));
        QCOMPARE(e2b->kvLayerCount(), qint64(15));
        QCOMPARE(e2b->layers[14].kvSourceLayer, -1);
        QCOMPARE(e2b->layers[15].kvSourceLayer, 13); // sliding: the last sliding layer before layer 15
        QCOMPARE(e2b->layers[19].kvSourceLayer, 14); // full
        QCOMPARE(e2b->layers[34].kvSourceLayer, 14);
        QCOMPARE(e2b->layers[14].ffnIntermediate, qint64(0));
        QCOMPARE(e2b->layers[15].ffnIntermediate, qint64(12288));
        // transformers allocates no k_proj, v_proj or k_norm for the 20 sharing layers; the checkpoint and its GGUF
        // conversions keep them: 20 x (1536 x 2 x (256 or 512) + (256 or 512)) more.
        QCOMPARE(countParameters(*e2b).total, qint64(4628569379));
        QCOMPARE(countGgufParameters(*e2b), qint64(4647449891) + 256); // + rope_freqs
        QCOMPARE(countParameters(*e2b).embedding, qint64(262144) * 1536 + qint64(262144) * 35 * 256);

        // Sharing needs each layer's kind, and an earlier layer of that kind to share.
        const auto noTypes = parseHfConfig(R"({"model_type":"gemma4_text","hidden_size":64,"intermediate_size":128,
            "num_hidden_layers":4,"num_attention_heads":2,"num_key_value_heads":1,"head_dim":32,"vocab_size":100,
            "num_kv_shared_layers":2})",
            u"config.json"_s, &errors);
        QVERIFY(!noTypes);
        QCOMPARE(errors.last().message(),
            u"config.json: num_kv_shared_layers: needs layer_types to name the kind of each of the 4 layers"_s);
        errors.clear();
        const auto noSource = parseHfConfig(R"({"model_type":"gemma4_text","hidden_size":64,"intermediate_size":128,
            "num_hidden_layers":4,"num_attention_heads":2,"num_key_value_heads":1,"head_dim":32,"vocab_size":100,
            "sliding_window":16,"num_kv_shared_layers":2,"layer_types":["sliding_attention","sliding_attention",
            "sliding_attention","full_attention"]})",
            u"config.json"_s, &errors);
        QVERIFY(!noSource);
        QCOMPARE(errors.last().message(),
            u"config.json: num_kv_shared_layers: layer 3 (full_attention) shares the KV of an earlier layer of its "
            "kind, but none precedes layer 2"_s);
    }

    void pythonConstants()
    {
        // Nemotron-3-Super's config.json holds "time_step_limit": [0.0, Infinity], as Python's json.dump writes it.
        QFile f(
            QStringLiteral(FITPLANNER_TEST_DATA "/configs-2026/nvidia__NVIDIA-Nemotron-3-Super-120B-A12B-FP8.json"));
        QVERIFY(f.open(QIODevice::ReadOnly));
        QList<ParseError> errors;
        const auto spec = parseHfConfig(f.readAll(), u"super"_s, &errors);
        QVERIFY2(spec, qPrintable(messages(errors).join(u'\n')));
        QCOMPARE(spec->mtpLayers, qint64(1));
        QCOMPARE(spec->moe.latentSize, qint64(1024));
        // Inside strings the words stay.
        QVERIFY(parseHfConfig(R"({"model_type":"llama","note":"NaN Infinity","x":NaN})", u"c"_s, &errors));
    }

    // The checkpoint's own weight format, from quantization_config: the recipe that stores it that way. The
    // quantization_config objects are those of the published checkpoints named (trimmed to the fields read).
    void nativeRecipe_data()
    {
        QTest::addColumn<QByteArray>("quant");
        QTest::addColumn<QString>("expected");
        QTest::addRow("none") << QByteArray() << QString();
        // deepseek-ai/DeepSeek-V3, moonshotai/Kimi-K2-Instruct, MiniMaxAI/MiniMax-M2.5
        QTest::addRow("fp8 blocks") << QByteArray(R"({"activation_scheme":"dynamic","fmt":"e4m3",
            "quant_method":"fp8","weight_block_size":[128,128]})")
                                    << u"FP8"_s;
        QTest::addRow("fp8 per tensor") << QByteArray(R"({"quant_method":"fp8","activation_scheme":"static"})")
                                        << u"FP8-TENSOR"_s;
        // openai/gpt-oss-120b
        QTest::addRow("gpt-oss mxfp4") << QByteArray(R"({"modules_to_not_convert":["model.layers.*.self_attn",
            "model.layers.*.mlp.router","model.embed_tokens","lm_head"],"quant_method":"mxfp4"})")
                                       << u"MXFP4"_s;
        // moonshotai/Kimi-K2.5 (and K2 Thinking): int4 QAT experts in compressed-tensors
        QTest::addRow("kimi int4 experts") << QByteArray(R"({"config_groups":{"group_0":{"targets":["Linear"],
            "weights":{"group_size":32,"num_bits":4,"strategy":"group","symmetric":true,"type":"int"}}},
            "format":"pack-quantized","ignore":["lm_head","re:.*self_attn.*","re:.*shared_experts.*",
            "re:.*mlp\\.(gate|up|gate_up|down)_proj.*"],"quant_method":"compressed-tensors"})")
                                           << u"INT4-EXPERTS"_s;
        // moonshotai/Kimi-K3: MXFP4 experts in compressed-tensors
        QTest::addRow("kimi mxfp4 experts") << QByteArray(R"({"config_groups":{"group_0":{
            "format":"mxfp4-pack-quantized","targets":["Linear"],"weights":{"group_size":32,"num_bits":4,
            "strategy":"group","symmetric":true,"type":"float"}}},"format":"mxfp4-pack-quantized",
            "ignore":["re:.*self_attn.*","re:.*shared_experts.*","re:.*lm_head.*"],
            "quant_method":"compressed-tensors"})")
                                            << u"MXFP4"_s;
        // nvidia/Kimi-K2.6-NVFP4 (ModelOpt): routed experts only
        QTest::addRow("nvfp4 experts") << QByteArray(R"({"config_groups":{"group_0":{"input_activations":{
            "num_bits":4,"type":"float","group_size":16},"weights":{"num_bits":4,"type":"float","group_size":16},
            "targets":["Linear"]}},"ignore":["language_model.lm_head","language_model.model.layers.0*",
            "language_model.model.layers.1.self_attn*"],"quant_algo":"NVFP4","quant_method":"modelopt"})")
                                       << u"NVFP4-EXPERTS"_s;
        // nvidia/Qwen3.6-35B-A3B-NVFP4 (ModelOpt, mixed): FP8 linear attention beside NVFP4 for the rest
        QTest::addRow("nvfp4 mixed") << QByteArray(R"({"config_groups":{"group_0":{"weights":{"num_bits":8,
            "type":"float"},"targets":["model.language_model.layers.0.linear_attn.in_proj_qkv"]},"group_1":{
            "weights":{"num_bits":4,"type":"float","group_size":16},"targets":["lm_head"]}},
            "ignore":["mtp*"],"quant_algo":"MIXED_PRECISION","quant_method":"modelopt"})")
                                     << u"NVFP4"_s;
        QTest::addRow("modelopt nvfp4, no groups") << QByteArray(R"({"quant_algo":"NVFP4","group_size":16,
            "quant_method":"modelopt"})") << u"NVFP4"_s;
        // TheBloke-style GPTQ, Qwen's own AWQ releases
        QTest::addRow("gptq") << QByteArray(R"({"bits":4,"group_size":128,"desc_act":false,"quant_method":"gptq"})")
                              << u"GPTQ-INT4"_s;
        QTest::addRow("awq") << QByteArray(R"({"bits":4,"group_size":128,"zero_point":true,"quant_method":"awq"})")
                             << u"AWQ-INT4"_s;
        // RedHatAI w8a8: int8 per channel in compressed-tensors
        QTest::addRow("w8a8") << QByteArray(R"({"config_groups":{"group_0":{"weights":{"num_bits":8,"type":"int",
            "strategy":"channel","symmetric":true}}},"quant_method":"compressed-tensors"})")
                              << u"INT8"_s;
        // A format no recipe stores: the spec still reads, with no native recipe.
        QTest::addRow("hqq") << QByteArray(R"({"quant_method":"hqq","bits":4})") << QString();
    }

    void nativeRecipe()
    {
        QFETCH(QByteArray, quant);
        QFETCH(QString, expected);
        QByteArray json = R"({"model_type":"mixtral","hidden_size":256,"intermediate_size":512,"num_hidden_layers":2,
            "num_attention_heads":4,"num_key_value_heads":4,"vocab_size":1000,"num_local_experts":4,
            "num_experts_per_tok":2)";
        if (!quant.isEmpty())
            json += ",\"quantization_config\":" + quant;
        json += '}';
        QList<ParseError> errors;
        const auto spec = parseHfConfig(json, u"config.json"_s, &errors);
        QVERIFY2(spec, qPrintable(messages(errors).join(u'\n')));
        QCOMPARE(spec->nativeRecipe, expected);
    }

    // Kimi K2.5 keeps quantization_config in text_config; a dense model whose checkpoint leaves attention in
    // 16-bit beside NVFP4 MLPs (nvidia/Gemma-4-31B-IT-NVFP4) takes the all-linear NVFP4 recipe.
    void nativeRecipeNestedAndDense()
    {
        QList<ParseError> errors;
        const auto nested = parseHfConfig(R"({"model_type":"kimi_k25","text_config":{"model_type":"kimi_k2",
            "hidden_size":256,"intermediate_size":512,"moe_intermediate_size":128,"num_hidden_layers":2,
            "num_attention_heads":4,"num_key_value_heads":4,"vocab_size":1000,"n_routed_experts":4,
            "num_experts_per_tok":2,"n_shared_experts":1,"first_k_dense_replace":1,"kv_lora_rank":64,
            "q_lora_rank":96,"qk_nope_head_dim":32,"qk_rope_head_dim":16,"v_head_dim":32,
            "quantization_config":{"config_groups":{"group_0":{"weights":{"group_size":32,"num_bits":4,
            "symmetric":true,"type":"int"}}},"ignore":["lm_head","re:.*self_attn.*"],
            "quant_method":"compressed-tensors"}}})",
            u"config.json"_s, &errors);
        QVERIFY2(nested, qPrintable(messages(errors).join(u'\n')));
        QCOMPARE(nested->nativeRecipe, u"INT4-EXPERTS"_s);
        const auto dense = parseHfConfig(R"({"model_type":"llama","hidden_size":256,"intermediate_size":512,
            "num_hidden_layers":2,"num_attention_heads":4,"vocab_size":1000,"quantization_config":{
            "config_groups":{"group_0":{"weights":{"num_bits":4,"type":"float","group_size":16}}},
            "ignore":["lm_head","model.language_model.layers.0.self_attn*"],"quant_method":"modelopt"}})",
            u"config.json"_s, &errors);
        QVERIFY2(dense, qPrintable(messages(errors).join(u'\n')));
        QCOMPARE(dense->nativeRecipe, u"NVFP4"_s);
    }

    void nativeRecipeErrors()
    {
        QList<ParseError> errors;
        QVERIFY(!parseHfConfig(R"({"model_type":"llama","quantization_config":[4]})", u"config.json"_s, &errors));
        QCOMPARE(messages(errors).join(u'\n'), u"config.json: quantization_config: must be an object"_s);
        errors.clear();
        QVERIFY(!parseHfConfig(R"({"model_type":"llama","quantization_config":{"quant_method":"gptq","bits":99}})",
            u"config.json"_s, &errors));
        QCOMPARE(messages(errors).join(u'\n'),
            u"config.json: quantization_config.bits: must be a whole number from 2 to 8"_s);
    }

    // DeepSeek-V4 (tests/data/configs-2026): every tensor shape config.json sets, counted over the checkpoint's
    // tensors (the reference inference code's layout, as llama.cpp's converter and vLLM's deepseek_v4.py read it);
    // an independent count over those shapes, written apart from the C++ layout, gives the same totals. The model
    // cards give 284B (Flash) and 1.6T (Pro) without the MTP module; the Hub's safetensors count of the Flash base
    // checkpoint gives 292B with it.
    void deepseekV4_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<qint64>("total");
        QTest::addColumn<qint64>("mtp");
        QTest::addColumn<qint64>("publishedWithoutMtp"); // the model card's total, rounded to its precision
        QTest::addColumn<qint64>("precision");
        QTest::addColumn<qint64>("windowOnly");
        QTest::addColumn<qint64>("csaLayers");
        QTest::addColumn<qint64>("hcaLayers");
        QTest::addRow("DeepSeek-V4-Flash")
            << u"deepseek-ai__DeepSeek-V4-Flash.json"_s << qint64(292003678162) << qint64(7669110651)
            << qint64(284000000000) << qint64(1000000000) << qint64(2) << qint64(21) << qint64(20);
        QTest::addRow("DeepSeek-V4-Pro") << u"deepseek-ai__DeepSeek-V4-Pro.json"_s << qint64(1600693032862)
                                         << qint64(27693504059) << qint64(1600000000000) << qint64(100000000000)
                                         << qint64(0) << qint64(30) << qint64(31);
    }

    void deepseekV4()
    {
        QFETCH(QString, file);
        QFETCH(qint64, total);
        QFETCH(qint64, mtp);
        QFETCH(qint64, publishedWithoutMtp);
        QFETCH(qint64, precision);
        QFETCH(qint64, windowOnly);
        QFETCH(qint64, csaLayers);
        QFETCH(qint64, hcaLayers);
        QFile f(QStringLiteral(FITPLANNER_TEST_DATA "/configs-2026/") + file);
        QVERIFY2(f.open(QIODevice::ReadOnly), qPrintable(f.fileName()));
        QList<ParseError> errors;
        const auto spec = parseHfConfig(f.readAll(), file, &errors);
        QVERIFY2(spec, qPrintable(messages(errors).join(u'\n')));
        const ParamCounts p = countParameters(*spec);
        QCOMPARE(p.total, total);
        QCOMPARE(p.mtp, mtp);
        QVERIFY2(
            2 * std::abs(p.total - p.mtp - publishedWithoutMtp) <= precision, qPrintable(QString::number(p.total)));
        // The GGUF file holds the decoder without the MTP module (convert_hf_to_gguf.py writes it to its own file).
        QCOMPARE(countGgufParameters(*spec), total - mtp);
        qint64 ratios[3] = {};
        for (const LayerSpec& l : spec->layers)
            ++ratios[l.compressRatio == 4 ? 1 : (l.compressRatio == 128 ? 2 : 0)];
        QCOMPARE(ratios[0], windowOnly);
        QCOMPARE(ratios[1], csaLayers);
        QCOMPARE(ratios[2], hcaLayers);
        QVERIFY(spec->deepseekV4.mtpCompressRatios == std::vector<qint64>({ 0 }));
        QCOMPARE(spec->slidingWindow, qint64(128));
        QCOMPARE(spec->slidingLayerCount(), spec->numLayers);
        QCOMPARE(spec->moeLayerCount(), spec->numLayers);
        QVERIFY(spec->layers[2].hashRouted && !spec->layers[3].hashRouted);
        QCOMPARE(spec->nativeRecipe, u"FP8-MXFP4"_s);
    }

    // DeepSeek-V4-Flash tensor by tensor where config.json's fields change the shapes.
    void deepseekV4Tensors()
    {
        const ModelSpec spec = [] {
            QFile f(QStringLiteral(FITPLANNER_TEST_DATA "/configs-2026/deepseek-ai__DeepSeek-V4-Flash.json"));
            QList<ParseError> errors;
            return f.open(QIODevice::ReadOnly)
                ? parseHfConfig(f.readAll(), f.fileName(), &errors).value_or(ModelSpec {})
                : ModelSpec {};
        }();
        QVERIFY(spec.deepseekV4.isPresent());
        QHash<QString, TensorSpec> byName;
        for (const TensorSpec& t : tensorLayout(spec))
            byName.insert(t.name, t);
        const auto shape = [&byName](const char* name) {
            const TensorSpec t = byName.value(QLatin1String(name));
            return QList<qint64> { t.ne0, t.ne1, t.ne2 };
        };
        QCOMPARE(shape("output_hc_fn.weight"), QList<qint64>({ 4 * 4096, 4, 1 }));
        QCOMPARE(shape("blk.0.hc_attn_fn.weight"), QList<qint64>({ 4 * 4096, (2 + 4) * 4, 1 }));
        QCOMPARE(shape("blk.0.attn_q_b.weight"), QList<qint64>({ 1024, 64 * 512, 1 }));
        QCOMPARE(shape("blk.0.attn_kv.weight"), QList<qint64>({ 4096, 512, 1 }));
        QCOMPARE(shape("blk.0.attn_output_a.weight"), QList<qint64>({ 64 * 512 / 8, 8 * 1024, 1 }));
        QCOMPARE(shape("blk.0.attn_output_b.weight"), QList<qint64>({ 8 * 1024, 4096, 1 }));
        QCOMPARE(shape("blk.0.ffn_gate_tid2eid.weight"), QList<qint64>({ 6, 129280, 1 }));
        QVERIFY(
            !byName.contains(u"blk.0.exp_probs_b.bias"_s) && !byName.contains(u"blk.0.attn_compressor_kv.weight"_s));
        QCOMPARE(shape("blk.2.attn_compressor_kv.weight"), QList<qint64>({ 4096, 2 * 512, 1 }));
        QCOMPARE(shape("blk.2.attn_compressor_ape.weight"), QList<qint64>({ 2 * 512, 4, 1 }));
        QCOMPARE(shape("blk.2.indexer.attn_q_b.weight"), QList<qint64>({ 1024, 64 * 128, 1 }));
        QCOMPARE(shape("blk.2.indexer_compressor_gate.weight"), QList<qint64>({ 4096, 2 * 128, 1 }));
        QCOMPARE(shape("blk.3.attn_compressor_kv.weight"), QList<qint64>({ 4096, 512, 1 }));
        QCOMPARE(shape("blk.3.attn_compressor_ape.weight"), QList<qint64>({ 512, 128, 1 }));
        QVERIFY(!byName.contains(u"blk.3.indexer.proj.weight"_s));
        QCOMPARE(shape("blk.3.exp_probs_b.bias"), QList<qint64>({ 256, 1, 1 }));
        QCOMPARE(shape("blk.3.ffn_up_exps.weight"), QList<qint64>({ 4096, 2048, 256 }));
        const TensorSpec head = byName.value(u"blk.43.nextn.shared_head_head.weight"_s);
        QVERIFY(head.mtp && head.inHf && !head.inGguf);
    }

    // A small DeepSeek-V4 config, its count by hand, and the fields it refuses.
    void deepseekV4Errors_data()
    {
        QTest::addColumn<QByteArray>("change"); // "key":value replacing the base config's entry
        QTest::addColumn<QString>("expected");
        QTest::addRow("ratios too short") << QByteArray(R"("compress_ratios":[0,4])")
                                          << u"config.json: compress_ratios: has 2 entries for 3 layers"_s;
        QTest::addRow("unknown ratio") << QByteArray(R"("compress_ratios":[0,4,3,0])")
                                       << u"config.json: compress_ratios: entry 2 is 3; a layer compresses its keys by "
                                          u"0 (window only), 4 or 128 tokens"_s;
        QTest::addRow("ratio not a number")
            << QByteArray(R"("compress_ratios":[0,"4",128])") << u"config.json: compress_ratios: entry 1 is \"4\""_s;
        QTest::addRow("kv heads") << QByteArray(R"("num_key_value_heads":2)")
                                  << u"config.json: num_key_value_heads: is 2; DeepSeek-V4 attends with one shared "
                                     u"key/value head"_s;
        QTest::addRow("output groups") << QByteArray(R"("o_groups":3)")
                                       << u"config.json: o_groups: 3 does not divide the 4 attention heads"_s;
        QTest::addRow("hyper-connections")
            << QByteArray(R"("hc_mult":0)") << u"config.json: hc_mult: 0 is out of range"_s;
        QTest::addRow("expert dtype") << QByteArray(R"("expert_dtype":"int4")")
                                      << u"config.json: expert_dtype: is 'int4'; DeepSeek-V4 checkpoints store their "
                                         u"experts in fp4 or fp8"_s;
        QTest::addRow("hash layers") << QByteArray(R"("num_hash_layers":4)")
                                     << u"config.json: num_hash_layers: 4 exceeds the 3 layers"_s;
    }

    void deepseekV4Errors()
    {
        QFETCH(QByteArray, change);
        QFETCH(QString, expected);
        const QByteArray base = R"({"model_type":"deepseek_v4","hidden_size":64,"num_hidden_layers":3,
            "num_attention_heads":4,"num_key_value_heads":1,"head_dim":32,"vocab_size":100,"q_lora_rank":16,
            "qk_rope_head_dim":8,"index_n_heads":2,"index_head_dim":16,"index_topk":4,"o_groups":2,"o_lora_rank":8,
            "hc_mult":2,"n_routed_experts":4,"num_experts_per_tok":2,"moe_intermediate_size":32,"n_shared_experts":1,
            "num_hash_layers":1,"num_nextn_predict_layers":1,"sliding_window":8,"compress_ratios":[0,4,128,0],
            "expert_dtype":"fp4"})";
        QList<ParseError> errors;
        const auto spec = parseHfConfig(base, u"config.json"_s, &errors);
        QVERIFY2(spec, qPrintable(messages(errors).join(u'\n')));
        // Per block: 2 norms, 2 x (hyper-connection mix 128 x 8 + 8 + 3), 4 sinks, q 64 x 16 + 16 + 16 x 128, kv
        // 64 x 32 + 32, wo_a 64 x 32, wo_b 16 x 64, router 64 x 4, experts 3 x 4 x 64 x 32, shared 3 x 64 x 32:
        // 40394. Block 0 (hash-routed) adds tid2eid 2 x 100; block 1 (ratio 4) the bias 4, the compressor
        // 2 x 64 x 64 + 64 x 4 + 32 and the indexer 64 x 2 + 16 x 32 + 2 x 64 x 32 + 32 x 4 + 16; block 2 (ratio
        // 128) the bias 4 and the compressor 2 x 64 x 32 + 32 x 128 + 32. Embedding, head, final norm and the
        // head's mix 128 x 2 + 2 + 1: 13123. The MTP module: a window-only block 40398, e/h projections 2 x 64 x 64,
        // three norms, its head's mix 259 and its own embedding and head 2 x 100 x 64.
        const ParamCounts p = countParameters(*spec);
        QCOMPARE(p.total - p.mtp, qint64(13123 + 40594 + 53758 + 48622));
        QCOMPARE(p.mtp, qint64(40398 + 2 * 64 * 64 + 3 * 64 + 259 + 2 * 100 * 64));

        QByteArray json = base;
        const QByteArray key = change.left(change.indexOf(':') + 1);
        const qsizetype at = json.indexOf(key);
        QVERIFY(at >= 0);
        qsizetype end = at + key.size();
        int depth = 0;
        while (end < json.size() && (depth > 0 || (json[end] != ',' && json[end] != '}'))) {
            depth += json[end] == '[' ? 1 : (json[end] == ']' ? -1 : 0);
            ++end;
        }
        json.replace(at, end - at, change);
        errors.clear();
        QVERIFY(!parseHfConfig(json, u"config.json"_s, &errors));
        QVERIFY(!errors.isEmpty());
        QVERIFY2(errors.first().message().startsWith(expected), qPrintable(errors.first().message()));
    }

    void supportedTypes()
    {
        const QStringList types = supportedModelTypes();
        for (const char* t :
            { "llama", "qwen3_moe", "deepseek_v3", "gpt_oss", "gemma3", "phi3", "mixtral", "kimi_k3", "minimax_m3" })
            QVERIFY2(types.contains(QLatin1String(t)), t);
    }
};

QTEST_GUILESS_MAIN(TestHfConfig)
#include "tst_hfconfig.moc"
