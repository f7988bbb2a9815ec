// SPDX-FileCopyrightText: 2026 The FitPlanner authors
// SPDX-License-Identifier: MIT

#include "ggufrecipe.h"
#include "hfconfig.h"
#include "modelspec.h"
#include "quantcatalog.h"
#include "storagetype.h"
#include "tensorlayout.h"

#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMap>
#include <QObject>
#include <QSet>
#include <QTest>

using namespace Planner;

namespace {

// The ggml types of quants.json (ids, weights per block, bytes per block), built here so that the test does not
// depend on the catalog parser; testCatalogAgrees() checks them against resources/catalog/quants.json.
QuantCatalog testCatalog()
{
    struct Row
    {
        const char* id;
        StorageKind kind;
        qint64 blockSize;
        qint64 blockBytes;
    };
    static const Row rows[] = {
        { "F32", StorageKind::Float, 1, 4 },
        { "F16", StorageKind::Float, 1, 2 },
        { "BF16", StorageKind::Float, 1, 2 },
        { "I32", StorageKind::Float, 1, 4 },
        { "Q4_0", StorageKind::Ggml, 32, 18 },
        { "Q4_1", StorageKind::Ggml, 32, 20 },
        { "Q5_0", StorageKind::Ggml, 32, 22 },
        { "Q5_1", StorageKind::Ggml, 32, 24 },
        { "Q8_0", StorageKind::Ggml, 32, 34 },
        { "Q2_K", StorageKind::Ggml, 256, 84 },
        { "Q3_K", StorageKind::Ggml, 256, 110 },
        { "Q4_K", StorageKind::Ggml, 256, 144 },
        { "Q5_K", StorageKind::Ggml, 256, 176 },
        { "Q6_K", StorageKind::Ggml, 256, 210 },
        { "IQ2_XXS", StorageKind::Ggml, 256, 66 },
        { "IQ2_XS", StorageKind::Ggml, 256, 74 },
        { "IQ2_S", StorageKind::Ggml, 256, 82 },
        { "IQ3_XXS", StorageKind::Ggml, 256, 98 },
        { "IQ3_S", StorageKind::Ggml, 256, 110 },
        { "IQ1_S", StorageKind::Ggml, 256, 50 },
        { "IQ1_M", StorageKind::Ggml, 256, 56 },
        { "IQ4_NL", StorageKind::Ggml, 32, 18 },
        { "IQ4_XS", StorageKind::Ggml, 256, 136 },
        { "TQ1_0", StorageKind::Ggml, 256, 54 },
        { "TQ2_0", StorageKind::Ggml, 256, 66 },
        { "MXFP4", StorageKind::Ggml, 32, 17 },
    };
    QuantCatalog c;
    for (const Row& r : rows) {
        StorageType t;
        t.id = QString::fromLatin1(r.id);
        t.name = t.id;
        t.kind = r.kind;
        t.blockSize = r.blockSize;
        t.blockBytes = r.blockBytes;
        c.types.append(t);
    }
    return c;
}

const StorageType* findType(const QuantCatalog& c, const QString& id)
{
    for (const StorageType& t : c.types) {
        if (t.id == id)
            return &t;
    }
    return nullptr;
}

std::vector<LayerSpec> denseLayers(qint64 n)
{
    return std::vector<LayerSpec>(static_cast<size_t>(n));
}

std::vector<LayerSpec> moeLayers(qint64 n, qint64 firstDense = 0)
{
    std::vector<LayerSpec> layers(static_cast<size_t>(n));
    for (qint64 i = firstDense; i < n; ++i)
        layers[static_cast<size_t>(i)].moe = true;
    return layers;
}

ModelSpec llama32_1b()
{
    ModelSpec s;
    s.id = QStringLiteral("llama-3.2-1b");
    s.modelType = QStringLiteral("llama");
    s.hiddenSize = 2048;
    s.vocabSize = 128256;
    s.numLayers = 16;
    s.attention.numHeads = 32;
    s.attention.numKvHeads = 8;
    s.attention.headDim = 64;
    s.attention.vHeadDim = 64;
    s.ffn.intermediate = 8192;
    s.layers = denseLayers(s.numLayers);
    s.tiedEmbeddings = true;
    s.ggufRopeTensors = 1;
    s.ggufRopeTensorSize = 32;
    return s;
}

ModelSpec llama31_8b()
{
    ModelSpec s;
    s.id = QStringLiteral("llama-3.1-8b");
    s.modelType = QStringLiteral("llama");
    s.hiddenSize = 4096;
    s.vocabSize = 128256;
    s.numLayers = 32;
    s.attention.numHeads = 32;
    s.attention.numKvHeads = 8;
    s.attention.headDim = 128;
    s.attention.vHeadDim = 128;
    s.ffn.intermediate = 14336;
    s.layers = denseLayers(s.numLayers);
    s.tiedEmbeddings = false;
    s.ggufRopeTensors = 1;
    s.ggufRopeTensorSize = 64;
    return s;
}

// 80 layers of arch qwen2: llama.cpp's LLM_TYPE_70B. Its ffn_down rows (29568) are not whole 256-blocks.
ModelSpec qwen25_72b()
{
    ModelSpec s;
    s.id = QStringLiteral("qwen2.5-72b");
    s.modelType = QStringLiteral("qwen2");
    s.hiddenSize = 8192;
    s.vocabSize = 152064;
    s.numLayers = 80;
    s.attention.numHeads = 64;
    s.attention.numKvHeads = 8;
    s.attention.headDim = 128;
    s.attention.vHeadDim = 128;
    s.attention.qkvBias = true;
    s.ffn.intermediate = 29568;
    s.layers = denseLayers(s.numLayers);
    return s;
}

ModelSpec qwen25_1_5b()
{
    ModelSpec s;
    s.id = QStringLiteral("qwen2.5-1.5b");
    s.modelType = QStringLiteral("qwen2");
    s.hiddenSize = 1536;
    s.vocabSize = 151936;
    s.numLayers = 28;
    s.attention.numHeads = 12;
    s.attention.numKvHeads = 2;
    s.attention.headDim = 128;
    s.attention.vHeadDim = 128;
    s.attention.qkvBias = true;
    s.ffn.intermediate = 8960;
    s.layers = denseLayers(s.numLayers);
    s.tiedEmbeddings = true;
    return s;
}

ModelSpec mixtral8x7b()
{
    ModelSpec s;
    s.id = QStringLiteral("mixtral-8x7b");
    s.modelType = QStringLiteral("mixtral");
    s.hiddenSize = 4096;
    s.vocabSize = 32000;
    s.numLayers = 32;
    s.attention.numHeads = 32;
    s.attention.numKvHeads = 8;
    s.attention.headDim = 128;
    s.attention.vHeadDim = 128;
    s.ffn.intermediate = 14336;
    s.moe.numExperts = 8;
    s.moe.expertsPerToken = 2;
    s.moe.expertIntermediate = 14336;
    s.layers = moeLayers(s.numLayers);
    return s;
}

ModelSpec qwen3_30b_a3b(qint64 layers = 48)
{
    ModelSpec s;
    s.id = QStringLiteral("qwen3-30b-a3b");
    s.modelType = QStringLiteral("qwen3_moe");
    s.hiddenSize = 2048;
    s.vocabSize = 151936;
    s.numLayers = layers;
    s.attention.numHeads = 32;
    s.attention.numKvHeads = 4;
    s.attention.headDim = 128;
    s.attention.vHeadDim = 128;
    s.attention.qkNorm = QkNorm::PerHead;
    s.ffn.intermediate = 6144;
    s.moe.numExperts = 128;
    s.moe.expertsPerToken = 8;
    s.moe.expertIntermediate = 768;
    s.layers = moeLayers(s.numLayers);
    return s;
}

// MLA without q LoRA; layer 0 dense, the others 64 routed + 2 shared experts. Expert rows (1408) are not whole
// 256-blocks.
ModelSpec deepseekV2Lite(qint64 layers = 27)
{
    ModelSpec s;
    s.id = QStringLiteral("deepseek-v2-lite");
    s.modelType = QStringLiteral("deepseek_v2");
    s.hiddenSize = 2048;
    s.vocabSize = 102400;
    s.numLayers = layers;
    s.attention.numHeads = 16;
    s.attention.numKvHeads = 16;
    s.attention.headDim = 192;
    s.attention.vHeadDim = 128;
    s.attention.kvLoraRank = 512;
    s.attention.ropeHeadDim = 64;
    s.attention.nopeHeadDim = 128;
    s.ffn.intermediate = 10944;
    s.moe.numExperts = 64;
    s.moe.expertsPerToken = 6;
    s.moe.expertIntermediate = 1408;
    s.moe.sharedExperts = 2;
    s.moe.sharedIntermediate = 2816;
    s.layers = moeLayers(s.numLayers, 1);
    return s;
}

ModelSpec phi3Mini()
{
    ModelSpec s;
    s.id = QStringLiteral("phi-3-mini");
    s.modelType = QStringLiteral("phi3");
    s.hiddenSize = 3072;
    s.vocabSize = 32064;
    s.numLayers = 32;
    s.attention.numHeads = 32;
    s.attention.numKvHeads = 32;
    s.attention.headDim = 96;
    s.attention.vHeadDim = 96;
    s.attention.fusedQkv = true;
    s.ffn.intermediate = 8192;
    s.ffn.fusedGateUp = true;
    s.layers = denseLayers(s.numLayers);
    return s;
}

// hidden 2880 is not a whole number of 256-blocks: everything K-quant falls back.
ModelSpec gptOss20b()
{
    ModelSpec s;
    s.id = QStringLiteral("gpt-oss-20b");
    s.modelType = QStringLiteral("gpt_oss");
    s.hiddenSize = 2880;
    s.vocabSize = 201088;
    s.numLayers = 24;
    s.attention.numHeads = 64;
    s.attention.numKvHeads = 8;
    s.attention.headDim = 64;
    s.attention.vHeadDim = 64;
    s.attention.qkvBias = true;
    s.attention.outputBias = true;
    s.attention.sinks = true;
    s.moe.numExperts = 32;
    s.moe.expertsPerToken = 4;
    s.moe.expertIntermediate = 2880;
    s.moe.routerBias = true;
    s.moe.expertBias = true;
    s.layers = moeLayers(s.numLayers);
    return s;
}

ModelSpec llama31_70b()
{
    ModelSpec s = llama31_8b();
    s.id = QStringLiteral("llama-3.1-70b");
    s.hiddenSize = 8192;
    s.numLayers = 80;
    s.attention.numHeads = 64;
    s.ffn.intermediate = 28672;
    s.layers = denseLayers(s.numLayers);
    return s;
}

// MLA with q LoRA, 3 dense layers, 256 routed experts + 1 shared, e_score_correction_bias.
ModelSpec deepseekV31()
{
    ModelSpec s;
    s.id = QStringLiteral("deepseek-v3.1");
    s.modelType = QStringLiteral("deepseek_v3");
    s.hiddenSize = 7168;
    s.vocabSize = 129280;
    s.numLayers = 61;
    s.attention.numHeads = 128;
    s.attention.numKvHeads = 128;
    s.attention.headDim = 192;
    s.attention.vHeadDim = 128;
    s.attention.qLoraRank = 1536;
    s.attention.kvLoraRank = 512;
    s.attention.ropeHeadDim = 64;
    s.attention.nopeHeadDim = 128;
    s.ffn.intermediate = 18432;
    s.moe.numExperts = 256;
    s.moe.expertsPerToken = 8;
    s.moe.expertIntermediate = 2048;
    s.moe.sharedExperts = 1;
    s.moe.sharedIntermediate = 2048;
    s.moe.correctionBias = true;
    s.layers = moeLayers(s.numLayers, 3);
    return s;
}

ModelSpec gptOss120b()
{
    ModelSpec s = gptOss20b();
    s.id = QStringLiteral("gpt-oss-120b");
    s.numLayers = 36;
    s.moe.numExperts = 128;
    s.layers = moeLayers(s.numLayers);
    return s;
}

ModelSpec qwen3_0_6b()
{
    ModelSpec s;
    s.id = QStringLiteral("qwen3-0.6b");
    s.modelType = QStringLiteral("qwen3");
    s.hiddenSize = 1024;
    s.vocabSize = 151936;
    s.numLayers = 28;
    s.attention.numHeads = 16;
    s.attention.numKvHeads = 8;
    s.attention.headDim = 128;
    s.attention.vHeadDim = 128;
    s.attention.qkNorm = QkNorm::PerHead;
    s.ffn.intermediate = 3072;
    s.layers = denseLayers(s.numLayers);
    // config.json says tie_word_embeddings, but the published safetensors also hold lm_head.weight, which the
    // converter writes as output.weight (ggml-org/Qwen3-0.6B-GGUF has it).
    s.tiedEmbeddings = false;
    return s;
}

// Text model of gemma-3-4b-it (the vision tower goes to a separate mmproj file).
ModelSpec gemma3_4b()
{
    ModelSpec s;
    s.id = QStringLiteral("gemma-3-4b-it");
    s.modelType = QStringLiteral("gemma3_text");
    s.hiddenSize = 2560;
    s.vocabSize = 262144;
    s.numLayers = 34;
    s.attention.numHeads = 8;
    s.attention.numKvHeads = 4;
    s.attention.headDim = 256;
    s.attention.vHeadDim = 256;
    s.attention.qkNorm = QkNorm::PerHead;
    s.ffn.intermediate = 10240;
    s.layers = denseLayers(s.numLayers);
    s.tiedEmbeddings = true;
    s.normsPerLayer = 4;
    return s;
}

ModelSpec llama32_3b()
{
    ModelSpec s = llama32_1b();
    s.id = QStringLiteral("llama-3.2-3b");
    s.hiddenSize = 3072;
    s.numLayers = 28;
    s.attention.numHeads = 24;
    s.attention.headDim = 128;
    s.attention.vHeadDim = 128;
    s.layers = denseLayers(s.numLayers);
    s.ggufRopeTensorSize = 64;
    return s;
}

ModelSpec specById(const QString& id)
{
    if (id == QLatin1String("llama-3.2-3b"))
        return llama32_3b();
    if (id == QLatin1String("llama-3.1-70b"))
        return llama31_70b();
    if (id == QLatin1String("deepseek-v3.1"))
        return deepseekV31();
    if (id == QLatin1String("gpt-oss-120b"))
        return gptOss120b();
    if (id == QLatin1String("qwen3-0.6b"))
        return qwen3_0_6b();
    if (id == QLatin1String("gemma-3-4b-it"))
        return gemma3_4b();
    if (id == QLatin1String("llama-3.2-1b"))
        return llama32_1b();
    if (id == QLatin1String("llama-3.1-8b"))
        return llama31_8b();
    if (id == QLatin1String("qwen2.5-72b"))
        return qwen25_72b();
    if (id == QLatin1String("qwen2.5-1.5b"))
        return qwen25_1_5b();
    if (id == QLatin1String("mixtral-8x7b"))
        return mixtral8x7b();
    if (id == QLatin1String("qwen3-30b-a3b"))
        return qwen3_30b_a3b();
    if (id == QLatin1String("qwen3-30b-a3b-4L"))
        return qwen3_30b_a3b(4);
    if (id == QLatin1String("deepseek-v2-lite"))
        return deepseekV2Lite();
    if (id == QLatin1String("deepseek-v2-lite-6L"))
        return deepseekV2Lite(6);
    if (id == QLatin1String("phi-3-mini"))
        return phi3Mini();
    if (id == QLatin1String("gpt-oss-20b"))
        return gptOss20b();
    return {};
}

// Bytes per ggml type, "F32=270464;Q4_K=467140608;..." (types sorted, as the calibration CSV writes them).
QString bytesByType(const ModelSpec& spec, const QString& fileType, const QuantCatalog& catalog)
{
    const std::vector<TensorSpec> tensors = tensorLayout(spec);
    const QStringList types = ggufTensorTypes(spec, tensors, fileType, catalog);
    if (types.size() != static_cast<qsizetype>(tensors.size()))
        return QStringLiteral("<%1 types for %2 tensors>").arg(types.size()).arg(tensors.size());
    QMap<QString, qint64> bytes;
    for (size_t i = 0; i < tensors.size(); ++i) {
        const TensorSpec& t = tensors[i];
        const QString& id = types[static_cast<qsizetype>(i)];
        if (!t.inGguf)
            continue;
        const StorageType* st = findType(catalog, id);
        if (!st)
            return QStringLiteral("<unknown type '%1' for %2>").arg(id, t.name);
        bytes[id] += st->bytesFor(t.ne0, t.ne1, t.ne2);
    }
    QStringList parts;
    for (auto it = bytes.cbegin(); it != bytes.cend(); ++it)
        parts.append(QStringLiteral("%1=%2").arg(it.key()).arg(it.value()));
    return parts.join(u';');
}

QString typeOf(const ModelSpec& spec, const QString& fileType, const QString& tensorName, const QuantCatalog& catalog)
{
    const std::vector<TensorSpec> tensors = tensorLayout(spec);
    const QStringList types = ggufTensorTypes(spec, tensors, fileType, catalog);
    for (size_t i = 0; i < tensors.size(); ++i) {
        if (tensors[i].name == tensorName)
            return i < static_cast<size_t>(types.size()) ? types[static_cast<qsizetype>(i)] : QStringLiteral("<none>");
    }
    return QStringLiteral("<no tensor %1>").arg(tensorName);
}

// A file of the source tree: under FITPLANNER_SOURCE_DIR when CMake defines it, else relative to this file.
QString sourceFile(const QString& relative)
{
#ifdef FITPLANNER_SOURCE_DIR
    const QString root = QStringLiteral(FITPLANNER_SOURCE_DIR);
#else
    const QString root = QFileInfo(QStringLiteral(__FILE__)).absolutePath() + QLatin1String("/../..");
#endif
    const QString path = root + u'/' + relative;
    return QFileInfo::exists(path) ? path : QString();
}

// llama-quantize's own test of which tensors it quantizes: 2-D/3-D weights except norms and the MoE router.
bool llamaQuantizes(const TensorSpec& t)
{
    const bool matrix = t.ne1 > 1 || t.ne2 > 1;
    return t.inGguf && matrix && t.name.endsWith(QLatin1String("weight"))
        && !t.name.contains(QLatin1String("_norm.weight")) && !t.name.contains(QLatin1String("ffn_gate_inp.weight"));
}

// RFC 4180 rows (quoted cells may hold commas, quotes and newlines).
QList<QStringList> parseCsv(const QString& text)
{
    QList<QStringList> rows;
    QStringList row;
    QString cell;
    bool quoted = false;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar ch = text[i];
        if (quoted) {
            if (ch == u'"' && i + 1 < text.size() && text[i + 1] == u'"') {
                cell += u'"';
                ++i;
            } else if (ch == u'"') {
                quoted = false;
            } else {
                cell += ch;
            }
        } else if (ch == u'"') {
            quoted = true;
        } else if (ch == u',') {
            row.append(cell);
            cell.clear();
        } else if (ch == u'\n') {
            row.append(cell);
            rows.append(row);
            row.clear();
            cell.clear();
        } else if (ch != u'\r') {
            cell += ch;
        }
    }
    if (!cell.isEmpty() || !row.isEmpty()) {
        row.append(cell);
        rows.append(row);
    }
    return rows;
}

} // namespace

class TestGgufRecipe : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void testFileTypes();
    void testUnknownFileType();
    void testCaseInsensitive();
    void testCalibrationBytes_data();
    void testCalibrationBytes();
    void testTensorType_data();
    void testTensorType();
    void testEveryTypeInCatalog_data();
    void testEveryTypeInCatalog();
    void testNotInGguf();
    void testCatalogAgrees();
    void testMeasuredTensorTypes();
    void testMeasuredBytes();
    void testLlamaCppSnapshots_data();
    void testLlamaCppSnapshots();
    void testGptOssExpertsStayMxfp4();
    void testGptOssBytes_data();
    void testGptOssBytes();
    void testNewArchitectureTensorTypes();

private:
    QuantCatalog m_catalog = testCatalog();
};

void TestGgufRecipe::testFileTypes()
{
    const QStringList expected
        = { QStringLiteral("F16"), QStringLiteral("BF16"), QStringLiteral("Q8_0"), QStringLiteral("Q6_K"),
              QStringLiteral("Q5_K_M"), QStringLiteral("Q5_K_S"), QStringLiteral("Q5_1"), QStringLiteral("Q5_0"),
              QStringLiteral("Q4_K_M"), QStringLiteral("Q4_K_S"), QStringLiteral("Q4_1"), QStringLiteral("Q4_0"),
              QStringLiteral("IQ4_XS"), QStringLiteral("IQ4_NL"), QStringLiteral("Q3_K_L"), QStringLiteral("Q3_K_M"),
              QStringLiteral("Q3_K_S"), QStringLiteral("IQ3_M"), QStringLiteral("IQ3_S"), QStringLiteral("IQ3_XS"),
              QStringLiteral("IQ3_XXS"), QStringLiteral("Q2_K"), QStringLiteral("Q2_K_S"), QStringLiteral("IQ2_M"),
              QStringLiteral("IQ2_S"), QStringLiteral("IQ2_XS"), QStringLiteral("IQ2_XXS"), QStringLiteral("IQ1_M"),
              QStringLiteral("IQ1_S"), QStringLiteral("TQ1_0"), QStringLiteral("TQ2_0"), QStringLiteral("MXFP4_MOE") };
    QCOMPARE(ggufFileTypes(), expected);
}

void TestGgufRecipe::testUnknownFileType()
{
    const ModelSpec s = llama32_1b();
    const std::vector<TensorSpec> tensors = tensorLayout(s);
    QVERIFY(ggufTensorTypes(s, tensors, QStringLiteral("Q4_K_X"), m_catalog).isEmpty());
    QVERIFY(ggufTensorTypes(s, tensors, QString(), m_catalog).isEmpty());
    QVERIFY(ggufTensorTypes(s, tensors, QStringLiteral("GPTQ-INT4"), m_catalog).isEmpty());
}

void TestGgufRecipe::testCaseInsensitive()
{
    const ModelSpec s = llama31_8b();
    const std::vector<TensorSpec> tensors = tensorLayout(s);
    const QStringList upper = ggufTensorTypes(s, tensors, QStringLiteral("Q4_K_M"), m_catalog);
    QCOMPARE(upper.size(), static_cast<qsizetype>(tensors.size()));
    QCOMPARE(ggufTensorTypes(s, tensors, QStringLiteral("q4_k_m"), m_catalog), upper);
    QCOMPARE(ggufTensorTypes(s, tensors, QStringLiteral("iq2_xxs"), m_catalog),
        ggufTensorTypes(s, tensors, QStringLiteral("IQ2_XXS"), m_catalog));
}

// Real llama-quantize output: /work/shared/data/calibration/llamacpp_cpu.csv (llama.cpp 80fb11ac, the build in
// node-llama-cpp 3.21.1), column bytes_by_type of each (model, ftype).
void TestGgufRecipe::testCalibrationBytes_data()
{
    QTest::addColumn<QString>("model");
    QTest::addColumn<QString>("fileType");
    QTest::addColumn<QString>("expected");

    QTest::newRow("1b F16") << "llama-3.2-1b"
                            << "F16"
                            << "F16=2471493632;F32=270464";
    QTest::newRow("1b Q8_0") << "llama-3.2-1b"
                             << "Q8_0"
                             << "F32=270464;Q8_0=1312980992";
    QTest::newRow("1b Q4_0") << "llama-3.2-1b"
                             << "Q4_0"
                             << "F32=270464;Q4_0=547356672;Q6_K=215470080";
    QTest::newRow("1b Q4_K_M") << "llama-3.2-1b"
                               << "Q4_K_M"
                               << "F32=270464;Q4_K=467140608;Q6_K=332451840";
    // tests/bench/accuracy/llamacpp/data/llamacpp_measured.csv (same llama.cpp build).
    QTest::newRow("3b F16") << "llama-3.2-3b"
                            << "F16"
                            << "F16=6425149440;F32=700672";
    QTest::newRow("3b Q8_0") << "llama-3.2-3b"
                             << "Q8_0"
                             << "F32=700672;Q8_0=3413360640";
    QTest::newRow("3b Q6_K") << "llama-3.2-3b"
                             << "Q6_K"
                             << "F32=700672;Q6_K=2635315200";
    QTest::newRow("3b Q5_K_M") << "llama-3.2-3b"
                               << "Q5_K_M"
                               << "F32=700672;Q5_K=1665269760;Q6_K=648345600";
    QTest::newRow("3b Q4_K_M") << "llama-3.2-3b"
                               << "Q4_K_M"
                               << "F32=700672;Q4_K=1362493440;Q6_K=648345600";
    QTest::newRow("8b F16") << "llama-3.1-8b"
                            << "F16"
                            << "F16=16059990016;F32=1065216";
    QTest::newRow("8b Q8_0") << "llama-3.1-8b"
                             << "Q8_0"
                             << "F32=1065216;Q8_0=8531869696";
    QTest::newRow("8b Q4_0") << "llama-3.1-8b"
                             << "Q4_0"
                             << "F32=1065216;Q4_0=4221370368;Q6_K=430940160";
    QTest::newRow("8b Q4_K_M") << "llama-3.1-8b"
                               << "Q4_K_M"
                               << "F32=1065216;Q4_K=3655139328;Q6_K=1256693760";
}

void TestGgufRecipe::testCalibrationBytes()
{
    QFETCH(QString, model);
    QFETCH(QString, fileType);
    QFETCH(QString, expected);
    QCOMPARE(bytesByType(specById(model), fileType, m_catalog), expected);
}

void TestGgufRecipe::testTensorType_data()
{
    QTest::addColumn<QString>("model");
    QTest::addColumn<QString>("fileType");
    QTest::addColumn<QString>("tensor");
    QTest::addColumn<QString>("expected");

    auto row = [](const char* model, const char* ft, const char* tensor, const char* expected) {
        QTest::addRow("%s %s %s", model, ft, tensor) << QString::fromLatin1(model) << QString::fromLatin1(ft)
                                                     << QString::fromLatin1(tensor) << QString::fromLatin1(expected);
    };

    // Q4_K_M, Llama 3.1 8B (32 layers): attn_v and ffn_down get Q6_K on the "use more bits" layers (first and
    // last eighth, and every third layer from layer 4 on: 0-3, 6, 9, ..., 27, 28-31), Q4_K elsewhere.
    row("llama-3.1-8b", "Q4_K_M", "output.weight", "Q6_K");
    row("llama-3.1-8b", "Q4_K_M", "token_embd.weight", "Q4_K");
    row("llama-3.1-8b", "Q4_K_M", "rope_freqs.weight", "F32");
    row("llama-3.1-8b", "Q4_K_M", "output_norm.weight", "F32");
    row("llama-3.1-8b", "Q4_K_M", "blk.0.attn_norm.weight", "F32");
    row("llama-3.1-8b", "Q4_K_M", "blk.0.attn_v.weight", "Q6_K");
    row("llama-3.1-8b", "Q4_K_M", "blk.3.attn_v.weight", "Q6_K");
    row("llama-3.1-8b", "Q4_K_M", "blk.4.attn_v.weight", "Q4_K");
    row("llama-3.1-8b", "Q4_K_M", "blk.5.attn_v.weight", "Q4_K");
    row("llama-3.1-8b", "Q4_K_M", "blk.6.attn_v.weight", "Q6_K");
    row("llama-3.1-8b", "Q4_K_M", "blk.27.attn_v.weight", "Q6_K");
    row("llama-3.1-8b", "Q4_K_M", "blk.26.attn_v.weight", "Q4_K");
    row("llama-3.1-8b", "Q4_K_M", "blk.28.attn_v.weight", "Q6_K");
    row("llama-3.1-8b", "Q4_K_M", "blk.6.ffn_down.weight", "Q6_K");
    row("llama-3.1-8b", "Q4_K_M", "blk.7.ffn_down.weight", "Q4_K");
    row("llama-3.1-8b", "Q4_K_M", "blk.31.ffn_down.weight", "Q6_K");
    row("llama-3.1-8b", "Q4_K_M", "blk.7.attn_q.weight", "Q4_K");
    row("llama-3.1-8b", "Q4_K_M", "blk.0.attn_k.weight", "Q4_K");
    row("llama-3.1-8b", "Q4_K_M", "blk.0.attn_output.weight", "Q4_K");
    row("llama-3.1-8b", "Q4_K_M", "blk.0.ffn_gate.weight", "Q4_K");
    // Q5_K_M uses the same layers, Q5_K / Q6_K.
    row("llama-3.1-8b", "Q5_K_M", "blk.6.attn_v.weight", "Q6_K");
    row("llama-3.1-8b", "Q5_K_M", "blk.7.ffn_down.weight", "Q5_K");
    row("llama-3.1-8b", "Q5_K_S", "blk.0.attn_v.weight", "Q5_K");
    row("llama-3.1-8b", "Q6_K", "output.weight", "Q6_K");
    row("llama-3.1-8b", "Q8_0", "output.weight", "Q8_0");
    row("llama-3.1-8b", "Q4_0", "output.weight", "Q6_K");
    row("llama-3.1-8b", "Q4_0", "blk.0.ffn_down.weight", "Q4_0"); // Q4_1 only with an imatrix
    row("llama-3.1-8b", "Q4_0", "token_embd.weight", "Q4_0");
    row("llama-3.1-8b", "BF16", "blk.0.attn_q.weight", "BF16");
    row("llama-3.1-8b", "BF16", "rope_freqs.weight", "F32");
    row("llama-3.1-8b", "F16", "output.weight", "F16");
    // Q4_K_S: the first four attn_v and the first eighth of ffn_down get Q5_K.
    row("llama-3.1-8b", "Q4_K_S", "blk.3.attn_v.weight", "Q5_K");
    row("llama-3.1-8b", "Q4_K_S", "blk.4.attn_v.weight", "Q4_K");
    row("llama-3.1-8b", "Q4_K_S", "blk.3.ffn_down.weight", "Q5_K");
    row("llama-3.1-8b", "Q4_K_S", "blk.4.ffn_down.weight", "Q4_K");
    // Q3_K: M gives the first two attn_v and the first sixteenth of ffn_down Q5_K, the rest of them Q4_K.
    row("llama-3.1-8b", "Q3_K_M", "blk.1.attn_v.weight", "Q5_K");
    row("llama-3.1-8b", "Q3_K_M", "blk.2.attn_v.weight", "Q4_K");
    row("llama-3.1-8b", "Q3_K_M", "blk.1.ffn_down.weight", "Q5_K");
    row("llama-3.1-8b", "Q3_K_M", "blk.2.ffn_down.weight", "Q4_K");
    row("llama-3.1-8b", "Q3_K_M", "blk.2.attn_output.weight", "Q4_K");
    row("llama-3.1-8b", "Q3_K_M", "blk.2.ffn_up.weight", "Q3_K");
    row("llama-3.1-8b", "Q3_K_L", "blk.9.attn_v.weight", "Q5_K");
    row("llama-3.1-8b", "Q3_K_L", "blk.9.ffn_down.weight", "Q5_K");
    row("llama-3.1-8b", "Q3_K_L", "blk.9.attn_output.weight", "Q5_K");
    row("llama-3.1-8b", "Q3_K_S", "blk.9.attn_v.weight", "Q3_K");
    row("llama-3.1-8b", "Q3_K_S", "output.weight", "Q6_K");
    // Q2_K: GQA >= 4 gives attn_v Q4_K; ffn_down and attn_output Q3_K.
    row("llama-3.1-8b", "Q2_K", "blk.9.attn_v.weight", "Q4_K");
    row("llama-3.1-8b", "Q2_K", "blk.9.ffn_down.weight", "Q3_K");
    row("llama-3.1-8b", "Q2_K", "blk.9.attn_output.weight", "Q3_K");
    row("llama-3.1-8b", "Q2_K", "blk.9.ffn_up.weight", "Q2_K");
    row("llama-3.1-8b", "Q2_K_S", "blk.3.ffn_down.weight", "Q4_K");
    row("llama-3.1-8b", "Q2_K_S", "blk.4.ffn_down.weight", "Q2_K");
    // IQ4: attn_v Q5_K with GQA >= 4; the first eighth of ffn_down Q5_K (no imatrix).
    row("llama-3.1-8b", "IQ4_XS", "blk.9.attn_v.weight", "Q5_K");
    row("llama-3.1-8b", "IQ4_XS", "blk.3.ffn_down.weight", "Q5_K");
    row("llama-3.1-8b", "IQ4_XS", "blk.4.ffn_down.weight", "IQ4_XS");
    row("llama-3.1-8b", "IQ4_XS", "output.weight", "Q6_K");
    row("llama-3.1-8b", "IQ4_NL", "token_embd.weight", "IQ4_NL");
    // IQ3: attn_q/attn_k one step down, attn_v Q4_K with GQA >= 4.
    row("llama-3.1-8b", "IQ3_XXS", "token_embd.weight", "IQ3_S");
    row("llama-3.1-8b", "IQ3_XXS", "output.weight", "Q5_K");
    row("llama-3.1-8b", "IQ3_XXS", "blk.9.attn_v.weight", "Q4_K");
    row("llama-3.1-8b", "IQ3_XXS", "blk.9.attn_k.weight", "IQ2_S");
    row("llama-3.1-8b", "IQ3_XXS", "blk.9.attn_q.weight", "IQ2_S");
    row("llama-3.1-8b", "IQ3_XXS", "blk.9.attn_output.weight", "IQ3_S");
    row("llama-3.1-8b", "IQ3_XXS", "blk.0.ffn_down.weight", "IQ3_XXS"); // made with an imatrix
    row("llama-3.1-8b", "IQ3_XS", "token_embd.weight", "IQ3_S");
    row("llama-3.1-8b", "IQ3_XS", "output.weight", "Q6_K");
    row("llama-3.1-8b", "IQ3_XS", "blk.9.attn_q.weight", "IQ3_XXS");
    row("llama-3.1-8b", "IQ3_XS", "blk.9.attn_k.weight", "IQ3_XXS");
    row("llama-3.1-8b", "IQ3_XS", "blk.3.ffn_gate.weight", "IQ3_S");
    row("llama-3.1-8b", "IQ3_XS", "blk.4.ffn_gate.weight", "IQ3_XXS");
    row("llama-3.1-8b", "IQ3_XS", "blk.27.ffn_up.weight", "IQ3_XXS");
    row("llama-3.1-8b", "IQ3_XS", "blk.28.ffn_up.weight", "IQ3_S");
    row("llama-3.1-8b", "IQ3_M", "blk.9.attn_v.weight", "Q4_K");
    row("llama-3.1-8b", "IQ3_M", "blk.3.ffn_down.weight", "Q4_K");
    row("llama-3.1-8b", "IQ3_M", "blk.4.ffn_down.weight", "IQ3_S");
    row("llama-3.1-8b", "IQ3_M", "blk.4.attn_output.weight", "Q4_K");
    row("llama-3.1-8b", "IQ3_S", "blk.4.attn_v.weight", "Q4_K");
    row("llama-3.1-8b", "IQ3_S", "blk.4.attn_output.weight", "IQ3_S");
    // 1- and 2-bit IQ: output Q5_K, token_embd Q2_K (IQ3_S for IQ2_S/IQ2_M), attn_v Q4_K with GQA >= 4, the
    // first eighth of ffn_down Q2_K (IQ3_S), attn_output IQ2_XXS for IQ1 (IQ3_S for IQ2_S/IQ2_M).
    row("llama-3.1-8b", "IQ2_XXS", "output.weight", "Q5_K");
    row("llama-3.1-8b", "IQ2_XXS", "token_embd.weight", "Q2_K");
    row("llama-3.1-8b", "IQ2_XXS", "blk.9.attn_v.weight", "Q4_K");
    row("llama-3.1-8b", "IQ2_XXS", "blk.3.ffn_down.weight", "Q2_K");
    row("llama-3.1-8b", "IQ2_XXS", "blk.4.ffn_down.weight", "IQ2_XXS");
    row("llama-3.1-8b", "IQ2_XXS", "blk.4.attn_output.weight", "IQ2_XXS");
    row("llama-3.1-8b", "IQ2_XS", "blk.4.attn_q.weight", "IQ2_XS");
    row("llama-3.1-8b", "IQ2_S", "blk.4.attn_q.weight", "IQ2_XS");
    row("llama-3.1-8b", "IQ2_S", "token_embd.weight", "IQ3_S");
    row("llama-3.1-8b", "IQ2_S", "blk.3.ffn_down.weight", "IQ3_S");
    row("llama-3.1-8b", "IQ2_M", "blk.4.attn_q.weight", "IQ2_S");
    row("llama-3.1-8b", "IQ2_M", "blk.4.attn_output.weight", "IQ3_S");
    row("llama-3.1-8b", "IQ2_M", "output.weight", "Q5_K");
    row("llama-3.1-8b", "IQ1_S", "blk.4.attn_output.weight", "IQ2_XXS");
    row("llama-3.1-8b", "IQ1_S", "blk.4.attn_q.weight", "IQ1_S");
    row("llama-3.1-8b", "IQ1_S", "token_embd.weight", "Q2_K");
    row("llama-3.1-8b", "IQ1_M", "blk.4.ffn_up.weight", "IQ1_M");
    row("llama-3.1-8b", "IQ1_M", "output.weight", "Q5_K");
    // Ternary: token_embd Q4_K, output Q6_K.
    row("llama-3.1-8b", "TQ1_0", "token_embd.weight", "Q4_K");
    row("llama-3.1-8b", "TQ1_0", "output.weight", "Q6_K");
    row("llama-3.1-8b", "TQ2_0", "blk.0.ffn_up.weight", "TQ2_0");
    // MXFP4_MOE on a dense model: everything Q8_0.
    row("llama-3.1-8b", "MXFP4_MOE", "blk.0.ffn_up.weight", "Q8_0");
    row("llama-3.1-8b", "MXFP4_MOE", "output.weight", "Q8_0");

    // Tied embeddings: token_embd is quantized as the output would be.
    row("llama-3.2-1b", "Q4_K_M", "token_embd.weight", "Q6_K");
    row("llama-3.2-1b", "Q4_0", "token_embd.weight", "Q6_K");
    row("llama-3.2-1b", "Q8_0", "token_embd.weight", "Q8_0");
    row("llama-3.2-1b", "IQ2_XXS", "token_embd.weight", "Q5_K");
    row("llama-3.2-1b", "MXFP4_MOE", "token_embd.weight", "Q8_0");
    row("llama-3.2-1b", "Q4_K_M", "blk.13.attn_v.weight", "Q6_K");
    row("llama-3.2-1b", "Q4_K_M", "blk.12.attn_v.weight", "Q4_K");

    // Qwen2.5-72B: LLM_TYPE_70B lifts attn_v from Q3_K/Q4_K to Q5_K; ffn_down rows of 29568 are not whole
    // 256-blocks, so Q4_K -> Q5_0, Q6_K -> Q8_0, Q3_K -> Q4_0, Q5_K -> Q5_1, IQ2_XXS -> IQ4_NL.
    row("qwen2.5-72b", "Q4_K_M", "blk.0.attn_v.weight", "Q6_K");
    row("qwen2.5-72b", "Q4_K_M", "blk.10.attn_v.weight", "Q5_K");
    row("qwen2.5-72b", "Q4_K_M", "blk.0.ffn_down.weight", "Q8_0");
    row("qwen2.5-72b", "Q4_K_M", "blk.10.ffn_down.weight", "Q5_0");
    row("qwen2.5-72b", "Q4_K_M", "blk.12.ffn_down.weight", "Q8_0");
    row("qwen2.5-72b", "Q4_K_M", "blk.10.ffn_up.weight", "Q4_K");
    row("qwen2.5-72b", "Q4_K_M", "blk.10.attn_q.bias", "F32");
    row("qwen2.5-72b", "Q4_K_M", "output.weight", "Q6_K");
    row("qwen2.5-72b", "Q5_K_S", "blk.10.ffn_down.weight", "Q5_1");
    row("qwen2.5-72b", "Q2_K", "blk.10.ffn_down.weight", "Q4_0");
    row("qwen2.5-72b", "Q3_K_S", "blk.10.attn_v.weight", "Q5_K");
    row("qwen2.5-72b", "IQ2_XXS", "blk.20.ffn_down.weight", "IQ4_NL");
    row("qwen2.5-72b", "IQ2_XXS", "blk.0.ffn_down.weight", "Q4_0");
    row("qwen2.5-72b", "Q8_0", "blk.0.ffn_down.weight", "Q8_0");

    // Mixtral (8 experts): attn_v and attn_k Q8_0, attn_output Q5_K for the listed low types; the per-layer
    // ffn_down rule reads the layer from the tensor name.
    row("mixtral-8x7b", "Q4_K_M", "blk.5.attn_v.weight", "Q8_0");
    row("mixtral-8x7b", "Q4_K_M", "blk.5.attn_k.weight", "Q8_0");
    row("mixtral-8x7b", "Q4_K_M", "blk.5.attn_output.weight", "Q5_K");
    row("mixtral-8x7b", "Q4_K_M", "blk.5.attn_q.weight", "Q4_K");
    row("mixtral-8x7b", "Q4_K_M", "blk.6.ffn_down_exps.weight", "Q6_K");
    row("mixtral-8x7b", "Q4_K_M", "blk.5.ffn_down_exps.weight", "Q4_K");
    row("mixtral-8x7b", "Q4_K_M", "blk.5.ffn_gate_inp.weight", "F32");
    row("mixtral-8x7b", "Q5_K_M", "blk.5.attn_output.weight", "Q5_K");
    row("mixtral-8x7b", "IQ2_XXS", "blk.5.attn_v.weight", "Q4_K");
    row("mixtral-8x7b", "IQ2_XXS", "blk.5.attn_k.weight", "Q4_K");
    row("mixtral-8x7b", "IQ2_XXS", "blk.5.attn_output.weight", "Q5_K");
    row("mixtral-8x7b", "IQ2_XXS", "blk.5.attn_q.weight", "IQ2_XXS");
    row("mixtral-8x7b", "IQ3_M", "blk.6.ffn_down_exps.weight", "Q4_K");
    row("mixtral-8x7b", "IQ3_M", "blk.5.ffn_down_exps.weight", "IQ3_S");
    row("mixtral-8x7b", "MXFP4_MOE", "blk.5.ffn_up_exps.weight", "MXFP4");
    row("mixtral-8x7b", "MXFP4_MOE", "blk.5.attn_q.weight", "Q8_0");

    // Qwen3-30B-A3B (128 experts, GQA 8): the low-bit attn_v rule (GQA >= 4 or >= 4 experts) gives Q4_K.
    row("qwen3-30b-a3b", "IQ2_XXS", "blk.5.attn_v.weight", "Q4_K");
    row("qwen3-30b-a3b", "IQ2_XXS", "blk.5.attn_k.weight", "IQ2_XXS");
    row("qwen3-30b-a3b", "IQ2_XXS", "blk.5.ffn_down_exps.weight", "Q2_K");
    row("qwen3-30b-a3b", "IQ2_XXS", "blk.6.ffn_down_exps.weight", "IQ2_XXS");
    row("qwen3-30b-a3b", "IQ2_XXS", "blk.6.attn_output.weight", "IQ2_XXS");
    row("qwen3-30b-a3b", "Q4_K_M", "blk.6.ffn_down_exps.weight", "Q4_K");
    row("qwen3-30b-a3b", "Q4_K_M", "blk.8.ffn_down_exps.weight", "Q6_K");
    row("qwen3-30b-a3b", "Q4_K_M", "blk.8.attn_v.weight", "Q6_K");
    row("qwen3-30b-a3b", "Q4_K_M", "blk.8.ffn_gate_inp.weight", "F32");
    row("qwen3-30b-a3b", "Q4_K_M", "blk.8.attn_q_norm.weight", "F32");
    row("qwen3-30b-a3b", "Q4_K_M", "output.weight", "Q6_K");
    row("qwen3-30b-a3b", "MXFP4_MOE", "blk.8.ffn_down_exps.weight", "MXFP4");
    row("qwen3-30b-a3b", "MXFP4_MOE", "blk.8.attn_v.weight", "Q8_0");
    row("qwen3-30b-a3b", "F16", "blk.8.ffn_gate_inp.weight", "F32");
    row("qwen3-30b-a3b", "F16", "blk.8.ffn_down_exps.weight", "F16");

    // DeepSeek-V2-Lite (MLA, 27 layers): attn_k_b / attn_v_b / attn_kv_a_mqa match none of llama.cpp's
    // attention rules and keep the base type; attn_k_b rows (128) fall back; expert rows (1408) fall back.
    row("deepseek-v2-lite", "Q4_K_M", "blk.1.attn_k_b.weight", "Q5_0");
    row("deepseek-v2-lite", "Q4_K_M", "blk.1.attn_v_b.weight", "Q4_K");
    row("deepseek-v2-lite", "Q4_K_M", "blk.1.attn_kv_a_mqa.weight", "Q4_K");
    row("deepseek-v2-lite", "Q4_K_M", "blk.1.attn_kv_a_norm.weight", "F32");
    row("deepseek-v2-lite", "Q4_K_M", "blk.1.attn_q.weight", "Q4_K");
    row("deepseek-v2-lite", "Q4_K_M", "blk.0.ffn_down.weight", "Q8_0"); // Q6_K, 10944 not whole 256-blocks
    row("deepseek-v2-lite", "Q4_K_M", "blk.1.ffn_down_exps.weight", "Q8_0");
    row("deepseek-v2-lite", "Q4_K_M", "blk.4.ffn_down_exps.weight", "Q5_0");
    row("deepseek-v2-lite", "Q4_K_M", "blk.4.ffn_down_shexp.weight", "Q4_K");
    row("deepseek-v2-lite", "Q4_K_M", "blk.5.ffn_down_shexp.weight", "Q6_K");
    row("deepseek-v2-lite", "Q4_K_M", "blk.4.ffn_up_exps.weight", "Q4_K");
    row("deepseek-v2-lite", "Q4_K_M", "blk.4.ffn_gate_inp.weight", "F32");
    row("deepseek-v2-lite", "Q4_K_M", "blk.4.attn_output.weight", "Q4_K");
    row("deepseek-v2-lite", "Q8_0", "blk.1.attn_k_b.weight", "Q8_0");
    // The 1/2-bit ffn_down rule counts ffn_down tensors in file order (dense, then per layer exps before
    // shexp): the first 27/8 = 3 of them are blk.0.ffn_down, blk.1.ffn_down_exps, blk.1.ffn_down_shexp.
    row("deepseek-v2-lite", "IQ2_XXS", "blk.0.ffn_down.weight", "Q4_0"); // Q2_K, 10944 not whole 256-blocks
    row("deepseek-v2-lite", "IQ2_XXS", "blk.1.ffn_down_exps.weight", "Q4_0");
    row("deepseek-v2-lite", "IQ2_XXS", "blk.1.ffn_down_shexp.weight", "Q2_K");
    row("deepseek-v2-lite", "IQ2_XXS", "blk.2.ffn_down_exps.weight", "IQ4_NL");
    row("deepseek-v2-lite", "IQ2_XXS", "blk.2.ffn_down_shexp.weight", "IQ2_XXS");
    row("deepseek-v2-lite", "IQ2_XXS", "blk.2.attn_k_b.weight", "IQ4_NL");
    // MXFP4_MOE: every 3-D tensor goes to MXFP4, MLA's per-head attn_k_b / attn_v_b included.
    row("deepseek-v2-lite", "MXFP4_MOE", "blk.1.attn_k_b.weight", "MXFP4");
    row("deepseek-v2-lite", "MXFP4_MOE", "blk.1.attn_v_b.weight", "MXFP4");
    row("deepseek-v2-lite", "MXFP4_MOE", "blk.1.ffn_down_exps.weight", "MXFP4");
    row("deepseek-v2-lite", "MXFP4_MOE", "blk.1.ffn_down_shexp.weight", "Q8_0");
    row("deepseek-v2-lite", "MXFP4_MOE", "blk.0.ffn_down.weight", "Q8_0");
    row("deepseek-v2-lite", "F16", "blk.1.attn_k_b.weight", "F16");

    // Phi-3 (fused attn_qkv, GQA 1): attn_qkv follows the attn_v rules (llama.cpp's own attn_qkv rule is never
    // reached).
    row("phi-3-mini", "Q4_K_M", "blk.0.attn_qkv.weight", "Q6_K");
    row("phi-3-mini", "Q4_K_M", "blk.5.attn_qkv.weight", "Q4_K");
    row("phi-3-mini", "Q5_K_M", "blk.5.attn_qkv.weight", "Q5_K");
    row("phi-3-mini", "Q3_K_M", "blk.1.attn_qkv.weight", "Q5_K");
    row("phi-3-mini", "Q3_K_M", "blk.2.attn_qkv.weight", "Q4_K");
    row("phi-3-mini", "Q2_K", "blk.2.attn_qkv.weight", "Q3_K");
    row("phi-3-mini", "IQ2_XXS", "blk.2.attn_qkv.weight", "Q2_K");
    row("phi-3-mini", "IQ2_M", "blk.2.attn_qkv.weight", "IQ3_S");
    row("phi-3-mini", "IQ3_XXS", "blk.2.attn_qkv.weight", "IQ3_XXS");
    row("phi-3-mini", "IQ4_XS", "blk.2.attn_qkv.weight", "IQ4_XS");
    row("phi-3-mini", "Q4_K_M", "blk.5.ffn_up.weight", "Q4_K");

    // gpt-oss-20b: hidden 2880 is not whole 256-blocks. Output falls to Q8_0 (the output rule's own check),
    // K-quant weights fall back to 32-block types; the routed experts are MXFP4 in the converter's file and stay
    // so in every file type (llama-quantize does not requantize them).
    row("gpt-oss-20b", "Q4_K_M", "output.weight", "Q8_0");
    row("gpt-oss-20b", "Q4_K_M", "token_embd.weight", "Q5_0");
    row("gpt-oss-20b", "Q4_K_M", "blk.0.attn_q.weight", "Q5_0");
    row("gpt-oss-20b", "Q4_K_M", "blk.0.attn_v.weight", "Q8_0");
    row("gpt-oss-20b", "Q4_K_M", "blk.4.attn_v.weight", "Q5_0");
    row("gpt-oss-20b", "Q4_K_M", "blk.0.ffn_down_exps.weight", "MXFP4");
    row("gpt-oss-20b", "Q4_K_M", "blk.4.ffn_down_exps.weight", "MXFP4");
    row("gpt-oss-20b", "Q4_K_M", "blk.4.ffn_gate_exps.weight", "MXFP4");
    row("gpt-oss-20b", "Q8_0", "blk.4.ffn_up_exps.weight", "MXFP4");
    row("gpt-oss-20b", "Q8_0", "blk.4.ffn_up_exps.bias", "F32");
    row("gpt-oss-20b", "Q8_0", "blk.4.attn_q.weight", "Q8_0");
    row("gpt-oss-20b", "Q2_K", "blk.4.ffn_down_exps.weight", "MXFP4");
    row("gpt-oss-20b", "IQ2_XXS", "blk.4.ffn_down_exps.weight", "MXFP4");
    row("gpt-oss-20b", "Q4_K_M", "blk.0.attn_sinks.weight", "F32");
    row("gpt-oss-20b", "Q4_K_M", "blk.0.ffn_gate_inp.weight", "F32");
    row("gpt-oss-20b", "Q4_K_M", "blk.0.ffn_gate_inp.bias", "F32");
    row("gpt-oss-20b", "Q4_K_M", "blk.0.ffn_up_exps.bias", "F32");
    row("gpt-oss-20b", "IQ2_XXS", "output.weight", "Q8_0");
    row("gpt-oss-20b", "IQ2_XXS", "token_embd.weight", "Q4_0"); // Q2_K falls back
    row("gpt-oss-20b", "IQ2_XXS", "blk.4.attn_q.weight", "IQ4_NL");
    row("gpt-oss-20b", "MXFP4_MOE", "blk.0.ffn_down_exps.weight", "MXFP4");
    row("gpt-oss-20b", "MXFP4_MOE", "blk.0.ffn_gate_exps.weight", "MXFP4");
    row("gpt-oss-20b", "MXFP4_MOE", "blk.0.attn_q.weight", "Q8_0");
    row("gpt-oss-20b", "MXFP4_MOE", "output.weight", "Q8_0");
    row("gpt-oss-20b", "MXFP4_MOE", "token_embd.weight", "Q8_0");
    row("gpt-oss-20b", "MXFP4_MOE", "blk.0.attn_sinks.weight", "F32");
    row("gpt-oss-20b", "F16", "blk.0.ffn_up_exps.weight", "MXFP4");
    row("gpt-oss-20b", "F16", "blk.0.ffn_up_exps.bias", "F32");
    row("gpt-oss-20b", "F16", "blk.0.attn_q.weight", "F16");
    row("gpt-oss-20b", "BF16", "output.weight", "BF16");
}

void TestGgufRecipe::testTensorType()
{
    QFETCH(QString, model);
    QFETCH(QString, fileType);
    QFETCH(QString, tensor);
    QFETCH(QString, expected);
    QCOMPARE(typeOf(specById(model), fileType, tensor, m_catalog), expected);
}

void TestGgufRecipe::testEveryTypeInCatalog_data()
{
    QTest::addColumn<QString>("model");
    const char* const models[] = { "llama-3.2-1b", "llama-3.1-8b", "qwen2.5-72b", "mixtral-8x7b", "qwen3-30b-a3b",
        "deepseek-v2-lite", "phi-3-mini", "gpt-oss-20b" };
    for (const char* m : models)
        QTest::newRow(m) << QString::fromLatin1(m);
}

// Every file type gives every GGUF tensor a catalog type whose blocks fit the tensor's rows.
void TestGgufRecipe::testEveryTypeInCatalog()
{
    QFETCH(QString, model);
    const ModelSpec spec = specById(model);
    const std::vector<TensorSpec> tensors = tensorLayout(spec);
    for (const QString& ft : ggufFileTypes()) {
        const QStringList types = ggufTensorTypes(spec, tensors, ft, m_catalog);
        QCOMPARE(types.size(), static_cast<qsizetype>(tensors.size()));
        for (size_t i = 0; i < tensors.size(); ++i) {
            const TensorSpec& t = tensors[i];
            const QString& id = types[static_cast<qsizetype>(i)];
            if (!t.inGguf) {
                QVERIFY2(id.isEmpty(), qPrintable(ft + u' ' + t.name));
                continue;
            }
            const StorageType* st = findType(m_catalog, id);
            QVERIFY2(st, qPrintable(ft + u' ' + t.name + u' ' + id));
            QVERIFY2(t.ne0 % st->blockSize == 0, qPrintable(ft + u' ' + t.name + u' ' + id));
        }
    }
}

void TestGgufRecipe::testNotInGguf()
{
    ModelSpec s = deepseekV2Lite();
    s.vision.numLayers = 2;
    s.vision.hiddenSize = 64;
    s.vision.intermediateSize = 128;
    s.vision.patchSize = 14;
    s.vision.imageSize = 224;
    s.vision.projectorOut = 2048;
    const std::vector<TensorSpec> tensors = tensorLayout(s);
    const QStringList types = ggufTensorTypes(s, tensors, QStringLiteral("Q4_K_M"), m_catalog);
    QCOMPARE(types.size(), static_cast<qsizetype>(tensors.size()));
    int notInGguf = 0;
    for (size_t i = 0; i < tensors.size(); ++i) {
        if (!tensors[i].inGguf) {
            ++notInGguf;
            QCOMPARE(types[static_cast<qsizetype>(i)], QString());
        }
    }
    QCOMPARE(notInGguf, 27 + 1); // attn_kv_b of every layer, the vision tower
}

// The block sizes used here must be those of resources/catalog/quants.json.
void TestGgufRecipe::testCatalogAgrees()
{
    const QString path = sourceFile(QStringLiteral("resources/catalog/quants.json"));
    if (path.isEmpty())
        QSKIP("resources/catalog/quants.json not found");
    QFile f(path);
    QVERIFY(f.open(QIODevice::ReadOnly));
    const QJsonArray types = QJsonDocument::fromJson(f.readAll()).object().value(QLatin1String("types")).toArray();
    QVERIFY(!types.isEmpty());
    int matched = 0;
    for (const QJsonValue& v : types) {
        const QJsonObject o = v.toObject();
        const StorageType* st = findType(m_catalog, o.value(QLatin1String("id")).toString());
        if (!st)
            continue;
        ++matched;
        QCOMPARE(o.value(QLatin1String("block_size")).toInteger(), st->blockSize);
        QCOMPARE(o.value(QLatin1String("block_bytes")).toInteger(), st->blockBytes);
    }
    QCOMPARE(matched, static_cast<int>(m_catalog.types.size()));
}

// Per-tensor types from real llama-quantize runs (tests/bench/accuracy/llamacpp/data/tensor_types.csv:
// model,ftype,n_tensors,bytes_by_type,tensor_types with tensor_types "name=TYPE;..."), when present.
void TestGgufRecipe::testMeasuredTensorTypes()
{
    const QString path = sourceFile(QStringLiteral("tests/bench/accuracy/llamacpp/data/tensor_types.csv"));
    if (path.isEmpty())
        QSKIP("tests/bench/accuracy/llamacpp/data/tensor_types.csv not present");
    QFile f(path);
    QVERIFY(f.open(QIODevice::ReadOnly | QIODevice::Text));
    const QStringList lines = QString::fromUtf8(f.readAll()).split(u'\n', Qt::SkipEmptyParts);
    QVERIFY(lines.size() > 1);
    const QStringList header = lines.first().split(u',');
    const qsizetype cModel = header.indexOf(QLatin1String("model"));
    const qsizetype cFtype = header.indexOf(QLatin1String("ftype"));
    const qsizetype cTypes = header.indexOf(QLatin1String("tensor_types"));
    QVERIFY(cModel >= 0 && cFtype >= 0 && cTypes >= 0);
    int checked = 0;
    for (qsizetype li = 1; li < lines.size(); ++li) {
        const QStringList cells = lines[li].split(u',');
        if (cells.size() <= cTypes)
            continue;
        const QString model = cells[cModel];
        const QString ft = cells[cFtype].toUpper();
        const ModelSpec spec = specById(model);
        if (spec.numLayers == 0)
            continue; // a model this test has no spec for
        const std::vector<TensorSpec> tensors = tensorLayout(spec);
        const QStringList types = ggufTensorTypes(spec, tensors, ft, m_catalog);
        QHash<QString, QString> ours;
        for (size_t i = 0; i < tensors.size(); ++i) {
            if (tensors[i].inGguf)
                ours.insert(tensors[i].name, types[static_cast<qsizetype>(i)]);
        }
        QHash<QString, QString> real;
        for (const QString& kv : cells[cTypes].split(u';', Qt::SkipEmptyParts)) {
            const qsizetype eq = kv.indexOf(u'=');
            if (eq > 0)
                real.insert(kv.left(eq), kv.mid(eq + 1).toUpper());
        }
        const QString what = model + u' ' + ft;
        QVERIFY2(!real.isEmpty(), qPrintable(what));
        for (auto it = real.cbegin(); it != real.cend(); ++it) {
            QVERIFY2(ours.contains(it.key()), qPrintable(what + QLatin1String(": tensorLayout lacks ") + it.key()));
            QVERIFY2(ours.value(it.key()) == it.value(),
                qPrintable(what + u' ' + it.key() + QLatin1String(": ours ") + ours.value(it.key())
                    + QLatin1String(", llama-quantize ") + it.value()));
        }
        for (auto it = ours.cbegin(); it != ours.cend(); ++it)
            QVERIFY2(real.contains(it.key()), qPrintable(what + QLatin1String(": GGUF lacks ") + it.key()));
        if (const qsizetype cBytes = header.indexOf(QLatin1String("bytes_by_type")); cBytes >= 0)
            QCOMPARE(bytesByType(spec, ft, m_catalog), cells[cBytes].toUpper());
        ++checked;
    }
    QVERIFY(checked > 0);
}

// Bytes per type of the files measured by tests/bench/accuracy/llamacpp (real llama-quantize), when present.
void TestGgufRecipe::testMeasuredBytes()
{
    const QString path = sourceFile(QStringLiteral("tests/bench/accuracy/llamacpp/data/llamacpp_measured.csv"));
    if (path.isEmpty())
        QSKIP("tests/bench/accuracy/llamacpp/data/llamacpp_measured.csv not present");
    QFile f(path);
    QVERIFY(f.open(QIODevice::ReadOnly));
    const QList<QStringList> rows = parseCsv(QString::fromUtf8(f.readAll()));
    QVERIFY(rows.size() > 1);
    const QStringList& header = rows.first();
    const qsizetype cModel = header.indexOf(QLatin1String("model"));
    const qsizetype cFtype = header.indexOf(QLatin1String("ftype"));
    const qsizetype cBytes = header.indexOf(QLatin1String("bytes_by_type"));
    QVERIFY(cModel >= 0 && cFtype >= 0 && cBytes >= 0);
    int checked = 0;
    for (qsizetype i = 1; i < rows.size(); ++i) {
        const QStringList& r = rows[i];
        if (r.size() <= cBytes || r[cBytes].isEmpty())
            continue;
        const ModelSpec spec = specById(r[cModel]);
        if (spec.numLayers == 0)
            continue;
        const QString what = r[cModel] + u' ' + r[cFtype];
        const QString ours = bytesByType(spec, r[cFtype], m_catalog);
        QVERIFY2(ours == r[cBytes],
            qPrintable(what + QLatin1String(": ours ") + ours + QLatin1String(", measured ") + r[cBytes]));
        ++checked;
    }
    QVERIFY(checked > 0);
}

// llama.cpp's own reference of llama-quantize's choices (tests/snapshots/*.schema at the same commit, copied to
// tests/data/ggufrecipe): per file type, the quantized tensors whose type differs from the base type, for the
// tensor lists of published GGUF files.
void TestGgufRecipe::testLlamaCppSnapshots_data()
{
    QTest::addColumn<QString>("model");
    QTest::addColumn<QString>("file");
    QTest::newRow("llama-3.1-70b") << "llama-3.1-70b"
                                   << "meta-llama-3.1-70b-instruct.schema";
    QTest::newRow("deepseek-v3.1") << "deepseek-v3.1"
                                   << "deepseek-v3.1.schema";
    QTest::newRow("gpt-oss-120b") << "gpt-oss-120b"
                                  << "gpt-oss-120b.schema";
    QTest::newRow("qwen3-0.6b") << "qwen3-0.6b"
                                << "qwen3-0.6b.schema";
    QTest::newRow("gemma-3-4b-it") << "gemma-3-4b-it"
                                   << "gemma-3-4b-it.schema";
}

void TestGgufRecipe::testLlamaCppSnapshots()
{
    QFETCH(QString, model);
    QFETCH(QString, file);
    const QString path = sourceFile(QStringLiteral("tests/data/ggufrecipe/") + file);
    QVERIFY2(!path.isEmpty(), qPrintable(file));
    QFile f(path);
    QVERIFY(f.open(QIODevice::ReadOnly | QIODevice::Text));

    // Sections "[FTYPE] basetype" followed by "tensor.name type" lines.
    struct Section
    {
        QString fileType;
        QString baseType;
        QHash<QString, QString> changed;
    };
    QList<Section> sections;
    for (const QString& raw : QString::fromUtf8(f.readAll()).split(u'\n')) {
        const QString line = raw.trimmed();
        if (line.isEmpty() || line.startsWith(u'#'))
            continue;
        const QStringList parts = line.split(u' ', Qt::SkipEmptyParts);
        if (parts.size() != 2)
            continue;
        if (line.startsWith(u'[')) {
            sections.append({ parts[0].mid(1, parts[0].size() - 2), parts[1].toUpper(), {} });
        } else if (!sections.isEmpty()) {
            sections.last().changed.insert(parts[0], parts[1].toUpper());
        }
    }
    QVERIFY(sections.size() > 20);

    const ModelSpec spec = specById(model);
    const std::vector<TensorSpec> tensors = tensorLayout(spec);
    const QStringList fileTypes = ggufFileTypes();
    QStringList mismatches;
    int compared = 0;
    for (const Section& sec : sections) {
        // F16/BF16 here are llama-quantize's trivial conversions; ours describe the converter's file instead.
        if (!fileTypes.contains(sec.fileType) || sec.fileType == QLatin1String("F16")
            || sec.fileType == QLatin1String("BF16"))
            continue;
        // llama.cpp's snapshot generator quantizes a mock model whose tensors are all F32: the rules alone decide,
        // including for gpt-oss's experts, which a real converted file holds in MXFP4 already.
        const QStringList types = ggufTensorTypes(spec, tensors, sec.fileType, m_catalog, GgufSource::AllFloat);
        QCOMPARE(types.size(), static_cast<qsizetype>(tensors.size()));
        QSet<QString> seen;
        for (size_t i = 0; i < tensors.size(); ++i) {
            const TensorSpec& t = tensors[i];
            if (!llamaQuantizes(t))
                continue;
            seen.insert(t.name);
            // The snapshots are computed without an importance matrix; a real IQ3_XXS file needs one, and with
            // it attn_v and ffn_down keep IQ3_XXS.
            if (sec.fileType == QLatin1String("IQ3_XXS")
                && (t.role == TensorRole::AttnV || t.role == TensorRole::FfnDown || t.role == TensorRole::FfnDownExps
                    || t.role == TensorRole::FfnDownShexp))
                continue;
            const QString expected = sec.changed.value(t.name, sec.baseType);
            const QString ours = types[static_cast<qsizetype>(i)];
            ++compared;
            if (ours != expected)
                mismatches.append(
                    QStringLiteral("%1 %2: ours %3, llama.cpp %4").arg(sec.fileType, t.name, ours, expected));
        }
        for (auto it = sec.changed.cbegin(); it != sec.changed.cend(); ++it) {
            if (!seen.contains(it.key()))
                mismatches.append(
                    QStringLiteral("%1: llama.cpp has %2, tensorLayout does not").arg(sec.fileType, it.key()));
        }
    }
    QVERIFY2(mismatches.isEmpty(),
        qPrintable(QStringLiteral("%1 mismatches, e.g.\n").arg(mismatches.size()) + mismatches.mid(0, 30).join(u'\n')));
    QVERIFY(compared > 1000);
}

// The converter writes gpt-oss's routed experts in the checkpoint's MXFP4 blocks and llama-quantize does not
// requantize them: in every file type each expert weight is MXFP4 and its bias F32. From an all-float source the
// rules alone decide, and no file type but MXFP4_MOE gives them MXFP4.
void TestGgufRecipe::testGptOssExpertsStayMxfp4()
{
    const ModelSpec spec = gptOss120b();
    const std::vector<TensorSpec> tensors = tensorLayout(spec);
    for (const QString& ft : ggufFileTypes()) {
        const QStringList converted = ggufTensorTypes(spec, tensors, ft, m_catalog);
        const QStringList allFloat = ggufTensorTypes(spec, tensors, ft, m_catalog, GgufSource::AllFloat);
        QCOMPARE(converted.size(), static_cast<qsizetype>(tensors.size()));
        QCOMPARE(allFloat.size(), static_cast<qsizetype>(tensors.size()));
        int experts = 0;
        for (size_t i = 0; i < tensors.size(); ++i) {
            const TensorSpec& t = tensors[i];
            const auto at = static_cast<qsizetype>(i);
            if (!t.isExpert()) {
                // Everything else is chosen as before, whatever the source.
                QVERIFY2(converted[at] == allFloat[at] || ft == QLatin1String("F16") || ft == QLatin1String("BF16"),
                    qPrintable(ft + u' ' + t.name));
                continue;
            }
            if (t.bias) {
                QCOMPARE(converted[at], QStringLiteral("F32"));
                continue;
            }
            ++experts;
            QVERIFY2(converted[at] == QLatin1String("MXFP4"), qPrintable(ft + u' ' + t.name + u' ' + converted[at]));
            const bool mxfp4Rule = ft == QLatin1String("MXFP4_MOE");
            const bool floatCopy = ft == QLatin1String("F16") || ft == QLatin1String("BF16");
            if (!mxfp4Rule && !floatCopy)
                QVERIFY2(allFloat[at] != QLatin1String("MXFP4"), qPrintable(ft + u' ' + t.name));
        }
        QCOMPARE(experts, 36 * 3);
    }
    // The rest of a Q4_K_M file: rows of 2880 are not whole 256-blocks, so Q4_K falls back to Q5_0 and Q6_K to Q8_0.
    QCOMPARE(typeOf(spec, QStringLiteral("Q4_K_M"), QStringLiteral("blk.0.ffn_down_exps.weight"), m_catalog),
        QStringLiteral("MXFP4"));
    QCOMPARE(typeOf(spec, QStringLiteral("Q4_K_M"), QStringLiteral("blk.35.ffn_gate_exps.weight"), m_catalog),
        QStringLiteral("MXFP4"));
    QCOMPARE(typeOf(spec, QStringLiteral("Q4_K_M"), QStringLiteral("blk.0.attn_v.weight"), m_catalog),
        QStringLiteral("Q8_0"));
    QCOMPARE(typeOf(spec, QStringLiteral("Q4_K_M"), QStringLiteral("blk.4.attn_v.weight"), m_catalog),
        QStringLiteral("Q5_0"));
    QCOMPARE(typeOf(spec, QStringLiteral("Q4_K_M"), QStringLiteral("blk.4.attn_output.weight"), m_catalog),
        QStringLiteral("Q4_K"));
    QCOMPARE(
        typeOf(spec, QStringLiteral("Q4_K_M"), QStringLiteral("token_embd.weight"), m_catalog), QStringLiteral("Q5_0"));
    QCOMPARE(
        typeOf(spec, QStringLiteral("Q4_K_M"), QStringLiteral("output.weight"), m_catalog), QStringLiteral("Q8_0"));
}

// Bytes per type of whole gpt-oss files, worked out by hand from the tensor shapes (hidden 2880, 64 query and 8
// KV heads of 64, vocabulary 201088; experts of 2880 x 2880 as MXFP4, 17 bytes per 32 weights; Q5_0 22 and Q8_0
// 34 bytes per 32; Q4_K 144 bytes per 256; attn_v in Q8_0 on llama.cpp's 18 use-more-bits layers of 36, 12 of
// 24). The totals match the published files: gpt-oss-120b Q4_K_M 62.76 GB (62.7 GB listed),
// gpt-oss-20b Q4_K_M 11.61 GB (11.6), gpt-oss-20b MXFP4_MOE 12.10 GB (12.1); and llama-bench's tensor sizes of
// ggml-org's gpt-oss-120b mxfp4 file, 59.02 GiB (the Q8_0 row here: MXFP4_MOE gives the same types), and of
// unsloth's F16 file, 60.87 GiB.
void TestGgufRecipe::testGptOssBytes_data()
{
    QTest::addColumn<QString>("model");
    QTest::addColumn<QString>("fileType");
    QTest::addColumn<QString>("expected");
    QTest::newRow("120b Q4_K_M") << "gpt-oss-120b"
                                 << "Q4_K_M"
                                 << "F32=214357248;MXFP4=60914073600;Q4_K=238878720;Q5_0=744860160;Q8_0=643530240";
    QTest::newRow("120b Q8_0") << "gpt-oss-120b"
                               << "Q8_0"
                               << "F32=214357248;MXFP4=60914073600;Q8_0=2245893120";
    QTest::newRow("120b MXFP4_MOE") << "gpt-oss-120b"
                                    << "MXFP4_MOE"
                                    << "F32=214357248;MXFP4=60914073600;Q8_0=2245893120";
    QTest::newRow("120b F16") << "gpt-oss-120b"
                              << "F16"
                              << "F16=4227563520;F32=214357248;MXFP4=60914073600";
    QTest::newRow("20b Q4_K_M") << "gpt-oss-20b"
                                << "Q4_K_M"
                                << "F32=36731136;MXFP4=10152345600;Q4_K=159252480;Q5_0=629291520;Q8_0=634129920";
    QTest::newRow("20b MXFP4_MOE") << "gpt-oss-20b"
                                   << "MXFP4_MOE"
                                   << "F32=36731136;MXFP4=10152345600;Q8_0=1907481600";
}

void TestGgufRecipe::testGptOssBytes()
{
    QFETCH(QString, model);
    QFETCH(QString, fileType);
    QFETCH(QString, expected);
    QCOMPARE(bytesByType(specById(model), fileType, m_catalog), expected);
}

// llama-quantize's choices for the architectures with per-layer token mixers (dry runs of node-llama-cpp's libllama,
// tests/bench/accuracy/llamacpp/data/new_archs_tensor_types.csv), on the architectures of new_archs.csv's
// hf_config: every tensor llama-quantize names is in tensorLayout with the same type, and the file's bytes per type
// are exact.
void TestGgufRecipe::testNewArchitectureTensorTypes()
{
    const QString configsPath = sourceFile(QStringLiteral("tests/bench/accuracy/llamacpp/data/new_archs.csv"));
    const QString typesPath
        = sourceFile(QStringLiteral("tests/bench/accuracy/llamacpp/data/new_archs_tensor_types.csv"));
    if (configsPath.isEmpty() || typesPath.isEmpty())
        QSKIP("tests/bench/accuracy/llamacpp/data/new_archs*.csv not present");
    QHash<QString, QByteArray> configs;
    {
        QFile f(configsPath);
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QList<QStringList> rows = parseCsv(QString::fromUtf8(f.readAll()));
        QVERIFY(rows.size() > 1);
        const qsizetype cModel = rows.first().indexOf(QLatin1String("model"));
        const qsizetype cConfig = rows.first().indexOf(QLatin1String("hf_config"));
        QVERIFY(cModel >= 0 && cConfig >= 0);
        for (qsizetype i = 1; i < rows.size(); ++i) {
            if (rows[i].size() > cConfig)
                configs.insert(rows[i][cModel], rows[i][cConfig].toUtf8());
        }
    }
    QFile f(typesPath);
    QVERIFY(f.open(QIODevice::ReadOnly));
    const QList<QStringList> rows = parseCsv(QString::fromUtf8(f.readAll()));
    QVERIFY(rows.size() > 1);
    const QStringList& header = rows.first();
    const qsizetype cModel = header.indexOf(QLatin1String("model"));
    const qsizetype cFtype = header.indexOf(QLatin1String("ftype"));
    const qsizetype cBytes = header.indexOf(QLatin1String("bytes_by_type"));
    const qsizetype cTypes = header.indexOf(QLatin1String("tensor_types"));
    QVERIFY(cModel >= 0 && cFtype >= 0 && cBytes >= 0 && cTypes >= 0);
    QStringList mismatches;
    int compared = 0;
    int files = 0;
    for (qsizetype li = 1; li < rows.size(); ++li) {
        const QStringList& cells = rows[li];
        if (cells.size() <= cTypes)
            continue;
        const QString what = cells[cModel] + u' ' + cells[cFtype];
        QVERIFY2(configs.contains(cells[cModel]), qPrintable(what + QLatin1String(": no hf_config in new_archs.csv")));
        QList<ParseError> errors;
        const auto spec = parseHfConfig(configs.value(cells[cModel]), cells[cModel], &errors);
        QVERIFY2(spec, qPrintable(what + QLatin1String(": ") + messages(errors).join(u'\n')));
        const std::vector<TensorSpec> tensors = tensorLayout(*spec);
        const QStringList types = ggufTensorTypes(*spec, tensors, cells[cFtype], m_catalog);
        QCOMPARE(types.size(), static_cast<qsizetype>(tensors.size()));
        QHash<QString, QString> ours;
        for (size_t i = 0; i < tensors.size(); ++i) {
            if (tensors[i].inGguf)
                ours.insert(tensors[i].name, types[static_cast<qsizetype>(i)]);
        }
        for (const QString& kv : cells[cTypes].split(u';', Qt::SkipEmptyParts)) {
            const qsizetype eq = kv.indexOf(u'=');
            const auto it = ours.constFind(kv.left(eq));
            if (eq <= 0 || it == ours.cend()) {
                mismatches << QStringLiteral("%1: tensorLayout has no %2").arg(what, kv.left(eq));
                continue;
            }
            ++compared;
            if (*it != kv.mid(eq + 1))
                mismatches
                    << QStringLiteral("%1 %2: ours %3, llama-quantize %4").arg(what, it.key(), *it, kv.mid(eq + 1));
        }
        const QString bytes = bytesByType(*spec, cells[cFtype], m_catalog);
        if (bytes != cells[cBytes])
            mismatches
                << QStringLiteral("%1: bytes per type ours %2, llama-quantize %3").arg(what, bytes, cells[cBytes]);
        ++files;
    }
    QVERIFY2(mismatches.isEmpty(),
        qPrintable(QStringLiteral("%1 mismatches, e.g.\n").arg(mismatches.size()) + mismatches.mid(0, 30).join(u'\n')));
    QCOMPARE(files, 54);
    QVERIFY(compared > 1500);
}

QTEST_GUILESS_MAIN(TestGgufRecipe)
#include "tst_ggufrecipe.moc"
