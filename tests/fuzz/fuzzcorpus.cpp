// SPDX-FileCopyrightText: 2026 The FitPlanner authors
// SPDX-License-Identifier: MIT

// Writes the seed corpora of the fuzz targets: fuzz_corpus OUTDIR -> OUTDIR/{gguf,safetensors,hfconfig,shardindex}/*.

#include "ggufrecipe.h"
#include "modelfilewriter.h"
#include "quantcatalog.h"
#include "tensorlayout.h"

#include <cstdio>

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

using namespace Planner;
using TestFiles::GgufWriter;
using TestFiles::SafetensorsWriter;

namespace {

// A tiny model of each architecture, so whole files (data included) stay a few hundred KiB.
ModelSpec tiny(const QString& modelType)
{
    ModelSpec s;
    s.modelType = modelType;
    s.name = QStringLiteral("tiny-") + modelType;
    s.maxContext = 4096;
    s.hiddenSize = 64;
    s.vocabSize = 48;
    s.numLayers = 2;
    s.attention.numHeads = 4;
    s.attention.numKvHeads = 2;
    s.attention.headDim = 16;
    s.attention.vHeadDim = 16;
    s.ffn.intermediate = 128;
    s.layers.assign(2, LayerSpec {});
    return s;
}

} // namespace

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    if (argc != 2) {
        std::fprintf(stderr, "usage: fuzz_corpus OUTDIR\n");
        return 2;
    }
    const QDir out(QString::fromLocal8Bit(argv[1]));
    for (const char* sub : { "gguf", "safetensors", "hfconfig", "shardindex" })
        out.mkpath(QString::fromLatin1(sub));
    int written = 0;
    const auto put = [&](const char* sub, const QString& name, const QByteArray& bytes) {
        if (!TestFiles::writeFile(out.filePath(QString::fromLatin1(sub) + u'/' + name), bytes)) {
            std::fprintf(stderr, "cannot write %s/%s\n", sub, qPrintable(name));
            std::exit(1);
        }
        ++written;
    };

    // ---- GGUF: tiny models per architecture in several types, plus odd metadata values.
    QFile quants(QStringLiteral(FITPLANNER_SOURCE_DIR "/resources/catalog/quants.json"));
    if (!quants.open(QIODevice::ReadOnly))
        return 1;
    const auto catalog = parseQuantCatalog(quants.readAll(), QStringLiteral("quants.json"), nullptr);
    if (!catalog)
        return 1;
    struct Arch
    {
        const char* gguf;
        const char* type;
    };
    for (const Arch& a : { Arch { "llama", "llama" }, Arch { "qwen2", "qwen2" }, Arch { "qwen3moe", "qwen3_moe" },
             Arch { "deepseek2", "deepseek_v2" }, Arch { "gemma2", "gemma2" }, Arch { "gpt-oss", "gpt_oss" },
             Arch { "mistral3", "mistral" } }) {
        ModelSpec s = tiny(QString::fromLatin1(a.type));
        const QString arch = QString::fromLatin1(a.gguf);
        if (arch == QLatin1String("qwen2"))
            s.attention.qkvBias = true;
        if (arch == QLatin1String("qwen3moe") || arch == QLatin1String("gpt-oss")) {
            s.moe
                = { 4, 2, 32, 0, 0, false, arch == QLatin1String("gpt-oss"), arch == QLatin1String("gpt-oss"), false };
            for (LayerSpec& l : s.layers)
                l.moe = true;
        }
        if (arch == QLatin1String("deepseek2")) {
            s.attention.kvLoraRank = 32;
            s.attention.ropeHeadDim = 16;
            s.attention.nopeHeadDim = 32;
            s.attention.headDim = 48;
            s.attention.vHeadDim = 32;
            s.moe = { 4, 2, 32, 1, 32, false, false, false, false };
            s.layers[1].moe = true;
        }
        if (arch == QLatin1String("gemma2")) {
            s.normsPerLayer = 4;
            s.tiedEmbeddings = true;
            s.slidingWindow = 256;
            s.layers[0].window = AttentionWindow::Sliding;
        }
        if (arch == QLatin1String("gpt-oss"))
            s.attention.sinks = true;
        for (const char* type : { "F16", "Q8_0", "F32" }) {
            const std::vector<TensorSpec> layout = tensorLayout(s);
            QStringList types;
            for (const TensorSpec& t : layout)
                types << (t.nDims == 1 || t.bias ? QStringLiteral("F32") : QString::fromLatin1(type));
            const GgufWriter w = TestFiles::ggufForSpec(s, arch, types, 1);
            put("gguf", QStringLiteral("%1-%2.gguf").arg(arch, QString::fromLatin1(type)), w.bytes(w.dataSize()));
        }
    }
    {
        GgufWriter w(2);
        w.addString(QStringLiteral("general.architecture"), QStringLiteral("llama"));
        w.addUInt32(QStringLiteral("general.alignment"), 64);
        w.addInt32Array(QStringLiteral("llama.feed_forward_length"), { 128, 256 });
        w.addBool(QStringLiteral("b"), true);
        w.addFloat32(QStringLiteral("f"), 1.5f);
        w.addUInt64(QStringLiteral("u"), 7);
        w.addStringArray(QStringLiteral("s"), { QStringLiteral("a"), QStringLiteral("b") });
        QByteArray nested = GgufWriter::le<quint32>(9) + GgufWriter::le<quint64>(1) + GgufWriter::le<quint32>(0)
            + GgufWriter::le<quint64>(2) + QByteArray("\1\2", 2);
        w.addRaw(QStringLiteral("n"), 9, nested);
        w.addTensor(QStringLiteral("blk.0.attn_q.weight"), { 256, 2 }, 12);
        w.addTensor(QStringLiteral("t.weight"), { 32, 1, 1, 2 }, 8);
        put("gguf", QStringLiteral("values-v2.gguf"), w.bytes(w.dataSize()));
    }

    // ---- safetensors: plain, GPTQ parts, FP8 with scales, metadata.
    {
        SafetensorsWriter w;
        w.addMetadata(QStringLiteral("format"), QStringLiteral("pt"));
        w.addTensor(QStringLiteral("model.embed_tokens.weight"), QStringLiteral("BF16"), { 48, 64 });
        w.addTensor(QStringLiteral("model.layers.0.input_layernorm.weight"), QStringLiteral("F32"), { 64 });
        w.addTensor(QStringLiteral("lm_head.weight"), QStringLiteral("F16"), { 48, 64 });
        put("safetensors", QStringLiteral("plain.safetensors"), w.bytes());
    }
    {
        SafetensorsWriter w;
        const QString p = QStringLiteral("model.layers.0.self_attn.q_proj.");
        w.addTensor(p + QStringLiteral("qweight"), QStringLiteral("I32"), { 8, 64 });
        w.addTensor(p + QStringLiteral("qzeros"), QStringLiteral("I32"), { 1, 8 });
        w.addTensor(p + QStringLiteral("scales"), QStringLiteral("F16"), { 1, 64 });
        w.addTensor(p + QStringLiteral("g_idx"), QStringLiteral("I32"), { 64 });
        put("safetensors", QStringLiteral("gptq.safetensors"), w.bytes());
    }
    {
        SafetensorsWriter w;
        const QString p = QStringLiteral("model.layers.0.mlp.down_proj.");
        w.addTensor(p + QStringLiteral("weight"), QStringLiteral("F8_E4M3"), { 128, 256 });
        w.addTensor(p + QStringLiteral("weight_scale_inv"), QStringLiteral("F32"), { 1, 2 });
        w.addTensor(QStringLiteral("flags"), QStringLiteral("BOOL"), { 3 });
        w.addTensor(QStringLiteral("ids"), QStringLiteral("I64"), { 2 });
        w.addTensor(QStringLiteral("e5"), QStringLiteral("F8_E5M2"), { 0 });
        put("safetensors", QStringLiteral("fp8.safetensors"), w.bytes());
    }

    // ---- config.json: every catalog model's config, plus quantization_config variants.
    QFile models(QStringLiteral(FITPLANNER_SOURCE_DIR "/resources/catalog/models.json"));
    if (!models.open(QIODevice::ReadOnly))
        return 1;
    const QJsonArray list
        = QJsonDocument::fromJson(models.readAll()).object().value(QStringLiteral("models")).toArray();
    const QJsonObject quantConfigs[] = {
        QJsonObject {},
        QJsonObject { { QStringLiteral("quant_method"), QStringLiteral("gptq") }, { QStringLiteral("bits"), 4 },
            { QStringLiteral("group_size"), 128 }, { QStringLiteral("desc_act"), false } },
        QJsonObject { { QStringLiteral("quant_method"), QStringLiteral("awq") }, { QStringLiteral("bits"), 4 },
            { QStringLiteral("group_size"), 64 }, { QStringLiteral("version"), QStringLiteral("gemm") } },
        QJsonObject { { QStringLiteral("quant_method"), QStringLiteral("bitsandbytes") },
            { QStringLiteral("load_in_4bit"), true }, { QStringLiteral("bnb_4bit_quant_type"), QStringLiteral("nf4") },
            { QStringLiteral("bnb_4bit_use_double_quant"), true } },
        QJsonObject { { QStringLiteral("quant_method"), QStringLiteral("fp8") },
            { QStringLiteral("weight_block_size"), QJsonArray { 128, 128 } } },
        QJsonObject { { QStringLiteral("quant_method"), QStringLiteral("compressed-tensors") },
            { QStringLiteral("config_groups"),
                QJsonObject { { QStringLiteral("group_0"),
                    QJsonObject { { QStringLiteral("weights"),
                        QJsonObject { { QStringLiteral("num_bits"), 4 },
                            { QStringLiteral("type"), QStringLiteral("int") },
                            { QStringLiteral("strategy"), QStringLiteral("group") },
                            { QStringLiteral("group_size"), 128 } } } } } } } },
    };
    int i = 0;
    for (const QJsonValue& v : list) {
        QJsonObject config = v.toObject().value(QStringLiteral("config")).toObject();
        const QJsonObject& q = quantConfigs[i % int(std::size(quantConfigs))];
        if (!q.isEmpty())
            config.insert(QStringLiteral("quantization_config"), q);
        put("hfconfig", QStringLiteral("config-%1.json").arg(v.toObject().value(QStringLiteral("id")).toString()),
            QJsonDocument(config).toJson(QJsonDocument::Compact));
        ++i;
    }
    // ---- Shard indexes as the Hugging Face writer lays them out, and a few odd ones.
    for (int shards : { 1, 2, 5 }) {
        QJsonObject map;
        for (int t = 0; t < 12; ++t) {
            map.insert(QStringLiteral("model.layers.%1.mlp.down_proj.weight").arg(t),
                QStringLiteral("model-%1-of-%2.safetensors")
                    .arg(t % shards + 1, 5, 10, QLatin1Char('0'))
                    .arg(shards, 5, 10, QLatin1Char('0')));
        }
        const QJsonObject index { { QStringLiteral("metadata"),
                                      QJsonObject { { QStringLiteral("total_size"), 4096 } } },
            { QStringLiteral("weight_map"), map } };
        put("shardindex", QStringLiteral("index-%1.json").arg(shards), QJsonDocument(index).toJson());
    }
    put("shardindex", QStringLiteral("nested-metadata.json"),
        R"({"metadata":{"a":[1,2.5,null,true,{"b":"c"}]},"weight_map":{"x":"s.safetensors","\u00e9":"s.safetensors"}})");
    put("shardindex", QStringLiteral("bad-value.json"), R"({"weight_map":{"x":["s.safetensors"]}})");
    std::printf("wrote %d seed files under %s\n", written, argv[1]);
    return 0;
}
