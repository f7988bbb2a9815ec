// SPDX-FileCopyrightText: 2026 The FitPlanner authors
// SPDX-License-Identifier: MIT

#include "hfconfig.h"
#include "memoryestimator.h"
#include "modelfile.h"
#include "modelfilewriter.h"
#include "shardindex.h"
#include "tensorlayout.h"
#include "testcatalogs.h"

#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QObject>
#include <QTemporaryDir>
#include <QTest>

using namespace Planner;
using TestFiles::SafetensorsWriter;
using TestFiles::writeFile;

namespace {

QJsonObject catalogConfig(const QString& id)
{
    const QJsonArray models
        = QJsonDocument::fromJson(TestCatalogs::readSourceFile(QStringLiteral("resources/catalog/models.json")))
              .object()
              .value(QStringLiteral("models"))
              .toArray();
    for (const QJsonValue& m : models) {
        if (m.toObject().value(QStringLiteral("id")).toString() == id)
            return m.toObject().value(QStringLiteral("config")).toObject();
    }
    qFatal("no catalog config %s", qPrintable(id));
    return {};
}

// The Hugging Face name of a Llama/Qwen2 tensor of tensorLayout() (GGUF naming).
QString hfName(const TensorSpec& t)
{
    static const QHash<QString, QString> global = {
        { QStringLiteral("token_embd"), QStringLiteral("model.embed_tokens") },
        { QStringLiteral("output_norm"), QStringLiteral("model.norm") },
        { QStringLiteral("output"), QStringLiteral("lm_head") },
    };
    static const QHash<QString, QString> perLayer = {
        { QStringLiteral("attn_norm"), QStringLiteral("input_layernorm") },
        { QStringLiteral("attn_q"), QStringLiteral("self_attn.q_proj") },
        { QStringLiteral("attn_k"), QStringLiteral("self_attn.k_proj") },
        { QStringLiteral("attn_v"), QStringLiteral("self_attn.v_proj") },
        { QStringLiteral("attn_output"), QStringLiteral("self_attn.o_proj") },
        { QStringLiteral("ffn_norm"), QStringLiteral("post_attention_layernorm") },
        { QStringLiteral("ffn_gate"), QStringLiteral("mlp.gate_proj") },
        { QStringLiteral("ffn_up"), QStringLiteral("mlp.up_proj") },
        { QStringLiteral("ffn_down"), QStringLiteral("mlp.down_proj") },
    };
    const QStringList parts = t.name.split(u'.');
    const QString suffix = parts.last();
    if (t.layer < 0)
        return global.value(parts.first()) + u'.' + suffix;
    const QString mapped = perLayer.value(parts.at(2));
    if (mapped.isEmpty())
        qFatal("no HF name for %s", qPrintable(t.name));
    return QStringLiteral("model.layers.%1.%2.%3").arg(t.layer).arg(mapped, suffix);
}

enum class Checkpoint
{
    Bf16,
    Gptq,
    Fp8
};

// Adds tensor `t` of a checkpoint to `w` the way its quantizer stores it.
void addHfTensor(SafetensorsWriter& w, const TensorSpec& t, Checkpoint kind)
{
    const QString name = hfName(t);
    const bool linear = t.isMatrix() && t.layer >= 0;
    if (!linear || kind == Checkpoint::Bf16) {
        if (t.nDims == 1)
            w.addTensor(name, QStringLiteral("BF16"), { t.ne0 });
        else
            w.addTensor(name, QStringLiteral("BF16"), { t.ne1, t.ne0 });
        return;
    }
    const QString base = name.chopped(QStringLiteral("weight").size());
    if (kind == Checkpoint::Gptq) {
        w.addTensor(base + QStringLiteral("qweight"), QStringLiteral("I32"), { t.ne0 / 8, t.ne1 });
        w.addTensor(base + QStringLiteral("qzeros"), QStringLiteral("I32"), { t.ne0 / 128, t.ne1 / 8 });
        w.addTensor(base + QStringLiteral("scales"), QStringLiteral("F16"), { t.ne0 / 128, t.ne1 });
        w.addTensor(base + QStringLiteral("g_idx"), QStringLiteral("I32"), { t.ne0 });
    } else {
        w.addTensor(name, QStringLiteral("F8_E4M3"), { t.ne1, t.ne0 });
        w.addTensor(base + QStringLiteral("weight_scale_inv"), QStringLiteral("F32"),
            { (t.ne1 + 127) / 128, (t.ne0 + 127) / 128 });
    }
}

} // namespace

class TestModelFile : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void hfCheckpoint_data();
    void hfCheckpoint();
    void badIndex_data();
    void badIndex();
    void shardIndexLookup();
    void quantizationConfig_data();
    void quantizationConfig();
    void notAModel();
};

void TestModelFile::hfCheckpoint_data()
{
    QTest::addColumn<QString>("modelId");
    QTest::addColumn<int>("kind");
    QTest::addColumn<QJsonObject>("quantConfig");
    QTest::addColumn<QString>("quantType");
    QTest::addColumn<QString>("recipe");
    QTest::addColumn<int>("shards");
    QTest::newRow("qwen2.5-0.5b BF16, one file") << "qwen2.5-0.5b" << int(Checkpoint::Bf16) << QJsonObject() << "BF16"
                                                 << "BF16" << 1;
    QTest::newRow("qwen2.5-7b GPTQ int4, 3 shards")
        << "qwen2.5-7b" << int(Checkpoint::Gptq)
        << QJsonObject { { QStringLiteral("quant_method"), QStringLiteral("gptq") }, { QStringLiteral("bits"), 4 },
               { QStringLiteral("group_size"), 128 }, { QStringLiteral("desc_act"), false } }
        << "GPTQ_INT4_G128"
        << "GPTQ-INT4" << 3;
    QTest::newRow("llama-3.2-1b FP8 block, 2 shards")
        << "llama-3.2-1b" << int(Checkpoint::Fp8)
        << QJsonObject { { QStringLiteral("quant_method"), QStringLiteral("fp8") },
               { QStringLiteral("weight_block_size"), QJsonArray { 128, 128 } } }
        << "FP8_E4M3_B128"
        << "FP8" << 2;
}

void TestModelFile::hfCheckpoint()
{
    QFETCH(QString, modelId);
    QFETCH(int, kind);
    QFETCH(QJsonObject, quantConfig);
    QFETCH(QString, quantType);
    QFETCH(QString, recipe);
    QFETCH(int, shards);

    QJsonObject config = catalogConfig(modelId);
    if (!quantConfig.isEmpty())
        config.insert(QStringLiteral("quantization_config"), quantConfig);
    const QByteArray configJson = QJsonDocument(config).toJson();
    QList<ParseError> errors;
    const auto spec = parseHfConfig(configJson, QStringLiteral("config.json"), &errors);
    QVERIFY(spec);

    QTemporaryDir dir;
    QVERIFY(writeFile(dir.filePath(QStringLiteral("config.json")), configJson));
    std::vector<SafetensorsWriter> writers(static_cast<size_t>(shards));
    const std::vector<TensorSpec> layout = tensorLayout(*spec);
    qint64 hfTensors = 0;
    for (const TensorSpec& t : layout)
        hfTensors += t.inHf ? 1 : 0;
    qint64 n = 0;
    qint64 quantBytes = 0;
    const StorageType* st = TestCatalogs::quants().type(quantType);
    QVERIFY(st);
    for (const TensorSpec& t : layout) {
        if (!t.inHf)
            continue;
        addHfTensor(writers[size_t(n * shards / hfTensors)], t, Checkpoint(kind));
        if (t.isMatrix() && t.layer >= 0)
            quantBytes += st->bytesFor(t.ne0, t.ne1);
        ++n;
    }
    QJsonObject weightMap;
    qint64 dataBytes = 0;
    for (int s = 0; s < shards; ++s) {
        const QString file = shards == 1 ? QStringLiteral("model.safetensors")
                                         : QStringLiteral("model-%1-of-%2.safetensors")
                                               .arg(s + 1, 5, 10, QLatin1Char('0'))
                                               .arg(shards, 5, 10, QLatin1Char('0'));
        QVERIFY(writers[size_t(s)].write(dir.filePath(file)));
        dataBytes += writers[size_t(s)].dataSize();
        const QJsonObject header = QJsonDocument::fromJson(writers[size_t(s)].headerJson()).object();
        for (auto it = header.begin(); it != header.end(); ++it)
            weightMap.insert(it.key(), file);
    }
    if (shards > 1) {
        const QJsonObject index { { QStringLiteral("metadata"),
                                      QJsonObject { { QStringLiteral("total_size"), dataBytes } } },
            { QStringLiteral("weight_map"), weightMap } };
        QVERIFY(writeFile(dir.filePath(QStringLiteral("model.safetensors.index.json")), QJsonDocument(index).toJson()));
    }

    // Open the folder, and (for sharded sets) one shard, which brings in the whole set.
    QStringList targets { dir.path() };
    if (shards > 1)
        targets << dir.filePath(QStringLiteral("model-00002-of-%1.safetensors").arg(shards, 5, 10, QLatin1Char('0')));
    for (const QString& target : targets) {
        QString error;
        const auto m = openModelFile(target, TestCatalogs::quants(), &error);
        QVERIFY2(m, qPrintable(error));
        QVERIFY2(m->warnings.isEmpty(), qPrintable(m->warnings.join(u'\n')));
        QCOMPARE(m->format, ModelFileFormat::Safetensors);
        QCOMPARE(m->files.size(), shards);
        QCOMPARE(m->quantization, recipe);
        QCOMPARE(m->totalBytes, dataBytes);
        QCOMPARE(m->dataBytes, dataBytes);
        QVERIFY(m->spec);
        QCOMPARE(m->spec->hiddenSize, spec->hiddenSize);
        QCOMPARE(m->spec->numLayers, spec->numLayers);
        QCOMPARE(m->spec->vocabSize, spec->vocabSize);
        QCOMPARE(m->spec->attention.numKvHeads, spec->attention.numKvHeads);
        // Packed integers unpack to exactly the parameters the architecture has.
        QCOMPARE(m->parameters, countParameters(*spec).total);
        if (kind != int(Checkpoint::Bf16))
            QCOMPARE(m->bytesByType.value(quantType), quantBytes);
        qint64 sum = m->nonLayerBytes;
        for (qint64 b : m->layerBytes)
            sum += b;
        QCOMPARE(sum, m->totalBytes);
        QCOMPARE(qint64(m->layerBytes.size()), spec->numLayers);

        // The file's bytes drive the estimate; with the matching recipe the figures agree exactly.
        Scenario byFile;
        byFile.engine = Engine::Vllm;
        QVERIFY2(applyModelFile(byFile, *m, &error), qPrintable(error));
        Scenario byRecipe = byFile;
        byRecipe.storedTensors.clear();
        byRecipe.model = *spec;
        const MemoryEstimator estimator(TestCatalogs::quants());
        const auto a = estimator.estimate(byFile, &error);
        QVERIFY2(a, qPrintable(error));
        QCOMPARE(a->weights.bytes, dataBytes);
        const auto b = estimator.estimate(byRecipe, &error);
        QVERIFY2(b, qPrintable(error));
        QCOMPARE(a->weights.bytes, b->weights.bytes);
        for (size_t i = 0; i < a->layers.size(); ++i)
            QCOMPARE(a->layers[i].weights, b->layers[i].weights);
        QCOMPARE(a->tokenEmbeddingBytes, b->tokenEmbeddingBytes);
    }
}

void TestModelFile::badIndex_data()
{
    QTest::addColumn<QByteArray>("index");
    QTest::addColumn<QString>("expected");
    QTest::newRow("not JSON") << QByteArray("{\"weight_map\":") << "is not valid JSON (truncated or malformed)";
    QTest::newRow("not an object") << QByteArray("[1]") << "not a JSON object";
    QTest::newRow("no weight_map") << QByteArray("{}") << "weight_map is missing or empty";
    QTest::newRow("path outside the folder") << QByteArray("{\"weight_map\":{\"a\":\"../a.safetensors\"}}")
                                             << "names '../a.safetensors', which is not a file name in this folder";
    QTest::newRow("not a string") << QByteArray("{\"weight_map\":{\"a\":3}}") << "weight_map.a must be a file name";
    QTest::newRow("an array, not a string")
        << QByteArray("{\"weight_map\":{\"a\":[\"s.safetensors\"]}}") << "weight_map.a must be a file name";
    QTest::newRow("listed twice") << QByteArray(
        "{\"weight_map\":{\"a\":\"s.safetensors\",\"b\":\"s.safetensors\",\"a\":\"t.safetensors\"}}")
                                  << "weight_map lists tensor 'a' twice";
    QTest::newRow("too deep") << QByteArray("{\"metadata\":[[[[[[[[1]]]]]]]],\"weight_map\":{\"a\":\"s.safetensors\"}}")
                              << "nests arrays and objects deeper than 8 levels";
    QTest::newRow("tensor in two shards")
        << QByteArray("{\"weight_map\":{\"a\":\"s.safetensors\",\"b\":\"t.safetensors\"}}")
        << "t.safetensors: tensor 'a' also appears in another shard";
    QTest::newRow("missing shard") << QByteArray("{\"weight_map\":{\"a\":\"gone.safetensors\"}}")
                                   << "shard gone.safetensors is missing";
    QTest::newRow("tensor in no shard") << QByteArray(
        "{\"weight_map\":{\"a\":\"s.safetensors\",\"zzz\":\"s.safetensors\"}}")
                                        << "1 tensors listed in the index are in none of the shards";
}

void TestModelFile::badIndex()
{
    QFETCH(QByteArray, index);
    QFETCH(QString, expected);
    QTemporaryDir dir;
    SafetensorsWriter w;
    w.addTensor(QStringLiteral("a"), QStringLiteral("F32"), { 4 });
    QVERIFY(w.write(dir.filePath(QStringLiteral("s.safetensors"))));
    SafetensorsWriter second; // a shard t.safetensors that holds 'a' again
    second.addTensor(QStringLiteral("b"), QStringLiteral("F32"), { 2 });
    second.addTensor(QStringLiteral("a"), QStringLiteral("F32"), { 2 });
    QVERIFY(second.write(dir.filePath(QStringLiteral("t.safetensors"))));
    QVERIFY(writeFile(dir.filePath(QStringLiteral("model.safetensors.index.json")), index));
    QString error;
    QVERIFY(!openModelFile(dir.path(), TestCatalogs::quants(), &error));
    QVERIFY2(error.contains(expected), qPrintable(error));
}

void TestModelFile::shardIndexLookup()
{
    // Files come back sorted whatever the order in the map; names are compared as UTF-8.
    const QByteArray json = R"({"metadata":{"total_size":12,"note":[1,2,{"x":null}]},"weight_map":{)"
                            R"("z.weight":"b.safetensors","a.weight":"c.safetensors","\u00e9.bias":"a.safetensors",)"
                            R"("m.weight":"b.safetensors"},"after":true})";
    QString error;
    const auto index = parseShardIndex(json, QStringLiteral("idx.json"), &error);
    QVERIFY2(index, qPrintable(error));
    QCOMPARE(index->path(), QStringLiteral("idx.json"));
    QCOMPARE(index->files(),
        QStringList(
            { QStringLiteral("a.safetensors"), QStringLiteral("b.safetensors"), QStringLiteral("c.safetensors") }));
    QCOMPARE(index->size(), 4);
    QCOMPARE(index->fileOf(QStringLiteral("z.weight")), 1);
    QCOMPARE(index->fileOf(QStringLiteral("a.weight")), 2);
    QCOMPARE(index->fileOf(QString(QChar(0xe9)) + QStringLiteral(".bias")), 0);
    QCOMPARE(index->fileOf(QStringLiteral("m.weight")), 1);
    QCOMPARE(index->fileOf(QStringLiteral("m.weigh")), -1);
    QCOMPARE(index->fileOf(QStringLiteral("zz")), -1);
    QCOMPARE(index->fileOf(QString()), -1);

    // A large index keeps less than its text: the names once and 12 bytes per tensor.
    QByteArray big = R"({"weight_map":{)";
    for (int i = 0; i < 20000; ++i) {
        big += QStringLiteral(R"("model.layers.%1.mlp.down_proj.weight":"model-%2-of-00008.safetensors",)")
                   .arg(i)
                   .arg(i % 8 + 1, 5, 10, QLatin1Char('0'))
                   .toLatin1();
    }
    big.chop(1);
    big += "}}";
    const auto large = parseShardIndex(big, QStringLiteral("big.json"), &error);
    QVERIFY2(large, qPrintable(error));
    QCOMPARE(large->size(), 20000);
    QCOMPARE(large->files().size(), 8);
    QCOMPARE(large->fileOf(QStringLiteral("model.layers.12345.mlp.down_proj.weight")), 12345 % 8);
    QVERIFY2(large->keptBytes() < big.size(), qPrintable(QString::number(large->keptBytes())));
}

void TestModelFile::quantizationConfig_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<QString>("method");
    QTest::addColumn<QString>("typeId");
    QTest::addColumn<QString>("recipe");
    QTest::addColumn<QString>("error");
    QTest::newRow("none") << QByteArray("{}") << ""
                          << ""
                          << ""
                          << "";
    QTest::newRow("gptq 4/128") << QByteArray(
        R"({"quantization_config":{"quant_method":"gptq","bits":4,"group_size":128}})")
                                << "gptq"
                                << "GPTQ_INT4_G128"
                                << "GPTQ-INT4"
                                << "";
    QTest::newRow("gptq 8/128") << QByteArray(
        R"({"quantization_config":{"quant_method":"gptq","bits":8,"group_size":128}})")
                                << "gptq"
                                << "GPTQ_INT8_G128"
                                << "GPTQ-INT8"
                                << "";
    QTest::newRow("gptq per channel") << QByteArray(
        R"({"quantization_config":{"quant_method":"gptq","bits":4,"group_size":-1}})")
                                      << "gptq"
                                      << "GPTQ_INT4"
                                      << ""
                                      << "";
    QTest::newRow("awq 4/64") << QByteArray(
        R"({"quantization_config":{"quant_method":"awq","bits":4,"group_size":64}})")
                              << "awq"
                              << "AWQ_INT4_G64"
                              << "AWQ-INT4-G64"
                              << "";
    QTest::newRow("awq w_bit") << QByteArray(
        R"({"quantization_config":{"quant_method":"awq","w_bit":4,"q_group_size":128}})")
                               << "awq"
                               << "AWQ_INT4_G128"
                               << "AWQ-INT4"
                               << "";
    QTest::newRow("nf4 dq") << QByteArray(
        R"({"quantization_config":{"quant_method":"bitsandbytes","load_in_4bit":true,"bnb_4bit_quant_type":"nf4","bnb_4bit_use_double_quant":true}})")
                            << "bitsandbytes"
                            << "NF4_DQ"
                            << "NF4-DQ"
                            << "";
    QTest::newRow("fp4") << QByteArray(
        R"({"quantization_config":{"quant_method":"bitsandbytes","load_in_4bit":true,"bnb_4bit_quant_type":"fp4"}})")
                         << "bitsandbytes"
                         << "FP4"
                         << "FP4"
                         << "";
    QTest::newRow("int8") << QByteArray(
        R"({"quantization_config":{"quant_method":"bitsandbytes","load_in_8bit":true}})")
                          << "bitsandbytes"
                          << "LLM_INT8"
                          << "LLM.INT8"
                          << "";
    QTest::newRow("fp8 block") << QByteArray(
        R"({"quantization_config":{"quant_method":"fp8","weight_block_size":[128,128]}})")
                               << "fp8"
                               << "FP8_E4M3_B128"
                               << "FP8"
                               << "";
    QTest::newRow("fp8 tensor") << QByteArray(R"({"quantization_config":{"quant_method":"fp8"}})") << "fp8"
                                << "FP8_E4M3_TENSOR"
                                << "FP8-TENSOR"
                                << "";
    QTest::newRow("compressed-tensors w4a16") << QByteArray(
        R"({"quantization_config":{"quant_method":"compressed-tensors","config_groups":{"group_0":{"weights":{"num_bits":4,"type":"int","strategy":"group","group_size":128}}}}})")
                                              << "compressed-tensors"
                                              << "GPTQ_INT4_G128"
                                              << "GPTQ-INT4"
                                              << "";
    QTest::newRow("compressed-tensors fp8") << QByteArray(
        R"({"quantization_config":{"quant_method":"compressed-tensors","config_groups":{"g":{"weights":{"num_bits":8,"type":"float","strategy":"channel"}}}}})")
                                            << "compressed-tensors"
                                            << "FP8_E4M3_TENSOR"
                                            << "FP8-TENSOR"
                                            << "";
    // Laguna's FP8 releases: 128x128 blocks, the attention, router and head left in bf16.
    QTest::newRow("compressed-tensors fp8 block experts") << QByteArray(
        R"({"quantization_config":{"quant_method":"compressed-tensors","ignore":["lm_head","re:.*\\.self_attn\\.q_proj$","re:.*\\.mlp\\.gate$"],"config_groups":{"group_0":{"weights":{"num_bits":8,"type":"float","strategy":"block","block_structure":[128,128]}}}}})")
                                                          << "compressed-tensors"
                                                          << "FP8_E4M3_B128"
                                                          << "FP8-EXPERTS"
                                                          << "";
    QTest::newRow("compressed-tensors fp8 block") << QByteArray(
        R"({"quantization_config":{"quant_method":"compressed-tensors","ignore":["lm_head"],"config_groups":{"group_0":{"weights":{"num_bits":8,"type":"float","strategy":"block","block_structure":[128,128]}}}}})")
                                                  << "compressed-tensors"
                                                  << "FP8_E4M3_B128"
                                                  << "FP8"
                                                  << "";
    QTest::newRow("compressed-tensors int8") << QByteArray(
        R"({"quantization_config":{"quant_method":"compressed-tensors","config_groups":{"g":{"weights":{"num_bits":8,"type":"int","strategy":"channel"}}}}})")
                                             << "compressed-tensors"
                                             << "INT8_CHANNEL"
                                             << "INT8"
                                             << "";
    // gpt-oss: MXFP4 experts beside bf16 attention.
    QTest::newRow("mxfp4") << QByteArray(R"({"quantization_config":{"quant_method":"mxfp4"}})") << "mxfp4"
                           << "MXFP4"
                           << "MXFP4"
                           << "";
    // Kimi K2.5: int4 QAT experts; the same format applied to every linear layer has no recipe.
    QTest::newRow("compressed-tensors int4 experts") << QByteArray(
        R"({"quantization_config":{"quant_method":"compressed-tensors","ignore":["lm_head","re:.*self_attn.*"],"config_groups":{"group_0":{"weights":{"num_bits":4,"type":"int","strategy":"group","group_size":32,"symmetric":true}}}}})")
                                                     << "compressed-tensors"
                                                     << "INT4_G32_SYM"
                                                     << "INT4-EXPERTS"
                                                     << "";
    QTest::newRow("compressed-tensors int4 everywhere") << QByteArray(
        R"({"quantization_config":{"quant_method":"compressed-tensors","ignore":["lm_head"],"config_groups":{"group_0":{"weights":{"num_bits":4,"type":"int","strategy":"group","group_size":32,"symmetric":true}}}}})")
                                                        << "compressed-tensors"
                                                        << "INT4_G32_SYM"
                                                        << ""
                                                        << "";
    QTest::newRow("compressed-tensors nvfp4") << QByteArray(
        R"({"quantization_config":{"quant_method":"compressed-tensors","format":"nvfp4-pack-quantized","ignore":["lm_head"],"config_groups":{"group_0":{"weights":{"num_bits":4,"type":"float","strategy":"tensor_group","group_size":16}}}}})")
                                              << "compressed-tensors"
                                              << "NVFP4"
                                              << "NVFP4"
                                              << "";
    QTest::newRow("modelopt nvfp4") << QByteArray(
        R"({"quantization_config":{"quant_method":"modelopt","quant_algo":"NVFP4","group_size":16,"ignore":["lm_head","model.layers.*.self_attn*"]}})")
                                    << "modelopt"
                                    << "NVFP4"
                                    << "NVFP4-EXPERTS"
                                    << "";
    QTest::newRow("modelopt bad group") << QByteArray(
        R"({"quantization_config":{"quant_method":"modelopt","quant_algo":"NVFP4","group_size":0}})")
                                        << ""
                                        << ""
                                        << ""
                                        << "quantization_config.group_size: must be a whole number from 1 to";
    QTest::newRow("bits out of range") << QByteArray(R"({"quantization_config":{"quant_method":"gptq","bits":99}})")
                                       << ""
                                       << ""
                                       << ""
                                       << "quantization_config.bits: must be a whole number from 2 to 8";
    QTest::newRow("bnb without mode") << QByteArray(R"({"quantization_config":{"quant_method":"bitsandbytes"}})") << ""
                                      << ""
                                      << ""
                                      << "bitsandbytes needs load_in_4bit or load_in_8bit";
    QTest::newRow("no method") << QByteArray(R"({"quantization_config":{"bits":4}})") << ""
                               << ""
                               << ""
                               << "quantization_config.quant_method: is missing";
    QTest::newRow("not an object") << QByteArray(R"({"quantization_config":[1]})") << ""
                                   << ""
                                   << ""
                                   << "quantization_config: must be an object";
    QTest::newRow("fp8 bad block") << QByteArray(
        R"({"quantization_config":{"quant_method":"fp8","weight_block_size":["x"]}})")
                                   << ""
                                   << ""
                                   << ""
                                   << "weight_block_size: must hold positive whole numbers";
    QTest::newRow("groups missing") << QByteArray(R"({"quantization_config":{"quant_method":"compressed-tensors"}})")
                                    << ""
                                    << ""
                                    << ""
                                    << "config_groups: is missing or empty";
}

void TestModelFile::quantizationConfig()
{
    QFETCH(QByteArray, json);
    QFETCH(QString, method);
    QFETCH(QString, typeId);
    QFETCH(QString, recipe);
    QFETCH(QString, error);
    QList<ParseError> errors;
    const auto q = parseHfQuantization(json, QStringLiteral("config.json"), &errors);
    if (!error.isEmpty()) {
        QVERIFY(!q);
        QVERIFY2(messages(errors).join(u'\n').contains(error), qPrintable(messages(errors).join(u'\n')));
        QVERIFY(messages(errors).join(u'\n').startsWith(QLatin1String("config.json")));
        return;
    }
    QVERIFY2(q, qPrintable(messages(errors).join(u'\n')));
    QCOMPARE(q->method, method);
    QCOMPARE(q->typeId, typeId);
    QCOMPARE(q->recipeId, recipe);
    if (!recipe.isEmpty())
        QVERIFY(TestCatalogs::quants().recipe(recipe));
    if (!typeId.isEmpty() && typeId != QLatin1String("GPTQ_INT4"))
        QVERIFY2(TestCatalogs::quants().type(typeId), qPrintable(typeId));
}

void TestModelFile::notAModel()
{
    QTemporaryDir dir;
    QString error;
    QVERIFY(!openModelFile(dir.filePath(QStringLiteral("nothing.gguf")), TestCatalogs::quants(), &error));
    QVERIFY2(error.contains(QLatin1String("no such file or folder")), qPrintable(error));
    QVERIFY(!openModelFile(dir.path(), TestCatalogs::quants(), &error));
    QVERIFY2(error.contains(QLatin1String("holds no model weights")), qPrintable(error));
    QVERIFY(writeFile(dir.filePath(QStringLiteral("notes.txt")), "hello"));
    QVERIFY(!openModelFile(dir.filePath(QStringLiteral("notes.txt")), TestCatalogs::quants(), &error));
    QVERIFY2(error.contains(QLatin1String("not a model file")), qPrintable(error));
    // A folder with weights but no config.json: sizes, no spec, and a warning saying so.
    SafetensorsWriter w;
    w.addTensor(QStringLiteral("model.layers.3.mlp.up_proj.weight"), QStringLiteral("BF16"), { 8, 4 });
    QVERIFY(w.write(dir.filePath(QStringLiteral("model.safetensors"))));
    const auto m = openModelFile(dir.path(), TestCatalogs::quants(), &error);
    QVERIFY2(m, qPrintable(error));
    QVERIFY(!m->spec);
    QCOMPARE(m->totalBytes, 64);
    QCOMPARE(m->layerBytes.size(), size_t(4));
    QCOMPARE(m->layerBytes[3], 64);
    QVERIFY(m->warnings.join(u'\n').contains(QLatin1String("no config.json")));
    Scenario sc;
    QVERIFY(!applyModelFile(sc, *m, &error));
    QVERIFY2(error.contains(QLatin1String("could not be derived")), qPrintable(error));
}

QTEST_GUILESS_MAIN(TestModelFile)
#include "tst_modelfile.moc"
