// SPDX-FileCopyrightText: 2026 The FitPlanner authors
// SPDX-License-Identifier: MIT

#include "modelfilewriter.h"

#include "tensorlayout.h"

#include <cstring>

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace TestFiles {

namespace {

struct GgmlInfo
{
    int id;
    const char* name;
    qint64 blockSize;
    qint64 blockBytes;
};

// ggml.c's type_traits: weights per block and bytes per block.
constexpr GgmlInfo kGgml[] = {
    { 0, "F32", 1, 4 },
    { 1, "F16", 1, 2 },
    { 2, "Q4_0", 32, 18 },
    { 3, "Q4_1", 32, 20 },
    { 6, "Q5_0", 32, 22 },
    { 7, "Q5_1", 32, 24 },
    { 8, "Q8_0", 32, 34 },
    { 10, "Q2_K", 256, 84 },
    { 11, "Q3_K", 256, 110 },
    { 12, "Q4_K", 256, 144 },
    { 13, "Q5_K", 256, 176 },
    { 14, "Q6_K", 256, 210 },
    { 16, "IQ2_XXS", 256, 66 },
    { 17, "IQ2_XS", 256, 74 },
    { 18, "IQ3_XXS", 256, 98 },
    { 19, "IQ1_S", 256, 50 },
    { 20, "IQ4_NL", 32, 18 },
    { 21, "IQ3_S", 256, 110 },
    { 22, "IQ2_S", 256, 82 },
    { 23, "IQ4_XS", 256, 136 },
    { 24, "I8", 1, 1 },
    { 25, "I16", 1, 2 },
    { 26, "I32", 1, 4 },
    { 27, "I64", 1, 8 },
    { 28, "F64", 1, 8 },
    { 29, "IQ1_M", 256, 56 },
    { 30, "BF16", 1, 2 },
    { 34, "TQ1_0", 256, 54 },
    { 35, "TQ2_0", 256, 66 },
    { 39, "MXFP4", 32, 17 },
};

qint64 alignUp(qint64 v, qint64 a)
{
    return (v + a - 1) / a * a;
}

} // namespace

bool writeFile(const QString& path, const QByteArray& bytes)
{
    QFile f(path);
    return f.open(QIODevice::WriteOnly | QIODevice::Truncate) && f.write(bytes) == bytes.size();
}

int ggmlTypeId(const QString& typeId)
{
    for (const GgmlInfo& g : kGgml) {
        if (typeId == QLatin1String(g.name))
            return g.id;
    }
    qFatal("no ggml type %s", qPrintable(typeId));
    return -1;
}

qint64 ggmlBytes(int ggmlType, qint64 ne0, qint64 rows)
{
    for (const GgmlInfo& g : kGgml) {
        if (g.id == ggmlType)
            return ne0 / g.blockSize * g.blockBytes * rows;
    }
    return 0;
}

QByteArray GgufWriter::str(const QString& s)
{
    const QByteArray u = s.toUtf8();
    return le<quint64>(quint64(u.size())) + u;
}

void GgufWriter::addRaw(const QString& key, quint32 type, const QByteArray& payload)
{
    m_kvs += str(key) + le<quint32>(type) + payload;
    ++m_kvCount;
}

void GgufWriter::addUInt32(const QString& key, quint32 v)
{
    addRaw(key, 4, le<quint32>(v));
}

void GgufWriter::addInt32(const QString& key, qint32 v)
{
    addRaw(key, 5, le<quint32>(quint32(v)));
}

void GgufWriter::addUInt64(const QString& key, quint64 v)
{
    addRaw(key, 10, le<quint64>(v));
}

void GgufWriter::addFloat32(const QString& key, float v)
{
    quint32 bits = 0;
    std::memcpy(&bits, &v, 4);
    addRaw(key, 6, le<quint32>(bits));
}

void GgufWriter::addBool(const QString& key, bool v)
{
    addRaw(key, 7, QByteArray(1, v ? '\1' : '\0'));
}

void GgufWriter::addString(const QString& key, const QString& v)
{
    addRaw(key, 8, str(v));
}

void GgufWriter::addStringArray(const QString& key, const QStringList& items)
{
    QByteArray payload = le<quint32>(8) + le<quint64>(quint64(items.size()));
    for (const QString& s : items)
        payload += str(s);
    addRaw(key, 9, payload);
}

void GgufWriter::addTokenArray(const QString& key, qint64 count)
{
    QByteArray payload = le<quint32>(8) + le<quint64>(quint64(count));
    payload.reserve(count * 16);
    for (qint64 i = 0; i < count; ++i)
        payload += str(QStringLiteral("<t%1>").arg(i));
    addRaw(key, 9, payload);
}

void GgufWriter::addInt32Array(const QString& key, const QList<qint32>& items)
{
    QByteArray payload = le<quint32>(5) + le<quint64>(quint64(items.size()));
    for (qint32 v : items)
        payload += le<quint32>(quint32(v));
    addRaw(key, 9, payload);
}

void GgufWriter::addTensorRaw(
    const QString& name, const QList<qint64>& ne, quint32 ggmlType, quint64 offset, qint64 bytes)
{
    m_infos += str(name) + le<quint32>(quint32(ne.size()));
    for (qint64 d : ne)
        m_infos += le<quint64>(quint64(d));
    m_infos += le<quint32>(ggmlType) + le<quint64>(offset);
    ++m_tensorCount;
    m_tensorBytes += bytes;
    m_dataEnd = std::max(m_dataEnd, alignUp(qint64(offset) + bytes, m_alignment));
}

void GgufWriter::addTensor(const QString& name, const QList<qint64>& ne, int ggmlType)
{
    qint64 rows = 1;
    for (qsizetype i = 1; i < ne.size(); ++i)
        rows *= ne[i];
    const qint64 bytes = ggmlBytes(ggmlType, ne.value(0, 1), rows);
    const qint64 offset = m_nextOffset;
    addTensorRaw(name, ne, quint32(ggmlType), quint64(offset), bytes);
    m_nextOffset = alignUp(offset + bytes, m_alignment);
}

QByteArray GgufWriter::header() const
{
    QByteArray h = m_magic + le<quint32>(m_version);
    h += le<quint64>(quint64(m_tensorCountOverride >= 0 ? m_tensorCountOverride : m_tensorCount));
    h += le<quint64>(quint64(m_kvCountOverride >= 0 ? m_kvCountOverride : m_kvCount));
    return h + m_kvs + m_infos;
}

qint64 GgufWriter::dataOffset() const
{
    return alignUp(header().size(), m_alignment);
}

qint64 GgufWriter::dataSize() const
{
    return m_dataEnd;
}

QByteArray GgufWriter::bytes(qint64 maxDataBytes) const
{
    QByteArray b = header();
    b.append(QByteArray(dataOffset() - b.size(), '\0'));
    b.append(QByteArray(std::min(maxDataBytes, dataSize()), '\0'));
    return b;
}

bool GgufWriter::write(const QString& path, QString* error) const
{
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly | QIODevice::Truncate)) {
        if (error)
            *error = f.errorString();
        return false;
    }
    const QByteArray h = header();
    if (f.write(h) != h.size() || !f.resize(dataOffset() + dataSize())) {
        if (error)
            *error = f.errorString();
        return false;
    }
    return true;
}

GgufWriter ggufForSpec(const Planner::ModelSpec& s, const QString& arch, const QStringList& types, quint32 fileType)
{
    GgufWriter w;
    const auto k = [&arch](const char* suffix) { return arch + u'.' + QString::fromLatin1(suffix); };
    w.addString(QStringLiteral("general.architecture"), arch);
    w.addString(QStringLiteral("general.name"), s.name);
    w.addUInt32(QStringLiteral("general.file_type"), fileType);
    w.addUInt32(QStringLiteral("general.quantization_version"), 2);
    w.addUInt32(k("context_length"), quint32(s.maxContext));
    w.addUInt32(k("embedding_length"), quint32(s.hiddenSize));
    w.addUInt32(k("block_count"), quint32(s.numLayers));
    w.addUInt32(k("feed_forward_length"), quint32(s.ffn.intermediate));
    w.addUInt32(k("attention.head_count"), quint32(s.attention.numHeads));
    w.addUInt32(k("attention.head_count_kv"), quint32(s.attention.numKvHeads));
    w.addFloat32(k("attention.layer_norm_rms_epsilon"), 1e-6f);
    w.addFloat32(k("rope.freq_base"), 1000000.0f);
    if (s.attention.isMla()) {
        w.addUInt32(k("attention.key_length"), quint32(s.attention.nopeHeadDim + s.attention.ropeHeadDim));
        w.addUInt32(k("attention.value_length"), quint32(s.attention.vHeadDim));
        w.addUInt32(k("rope.dimension_count"), quint32(s.attention.ropeHeadDim));
        w.addUInt32(k("attention.kv_lora_rank"), quint32(s.attention.kvLoraRank));
        if (s.attention.qLoraRank > 0)
            w.addUInt32(k("attention.q_lora_rank"), quint32(s.attention.qLoraRank));
    } else {
        w.addUInt32(k("attention.key_length"), quint32(s.attention.headDim));
        w.addUInt32(k("attention.value_length"), quint32(s.attention.vHeadDim));
        w.addUInt32(k("rope.dimension_count"), quint32(s.attention.headDim));
    }
    if (s.isMoe()) {
        w.addUInt32(k("expert_count"), quint32(s.moe.numExperts));
        w.addUInt32(k("expert_used_count"), quint32(s.moe.expertsPerToken));
        w.addUInt32(k("expert_feed_forward_length"), quint32(s.moe.expertIntermediate));
        if (arch == QLatin1String("deepseek2")) {
            w.addUInt32(k("expert_shared_count"), quint32(s.moe.sharedExperts));
            qint64 leading = 0;
            while (leading < s.numLayers && !s.layers[size_t(leading)].moe)
                ++leading;
            w.addUInt32(k("leading_dense_block_count"), quint32(leading));
        }
        if (arch == QLatin1String("qwen2moe"))
            w.addUInt32(k("expert_shared_feed_forward_length"), quint32(s.moe.sharedIntermediate));
    }
    if (s.slidingWindow > 0)
        w.addUInt32(k("attention.sliding_window"), quint32(s.slidingWindow));
    w.addString(QStringLiteral("tokenizer.ggml.model"), QStringLiteral("gpt2"));
    w.addTokenArray(QStringLiteral("tokenizer.ggml.tokens"), s.vocabSize);

    const std::vector<Planner::TensorSpec> tensors = Planner::tensorLayout(s);
    for (size_t i = 0; i < tensors.size() && !types.isEmpty(); ++i) {
        const Planner::TensorSpec& t = tensors[i];
        if (!t.inGguf)
            continue;
        QList<qint64> ne { t.ne0 };
        if (t.nDims >= 2)
            ne << t.ne1;
        if (t.nDims >= 3)
            ne << t.ne2;
        w.addTensor(t.name, ne, ggmlTypeId(types[qsizetype(i)]));
    }
    return w;
}

int SafetensorsWriter::dtypeSize(const QString& dtype)
{
    if (dtype == QLatin1String("F64") || dtype == QLatin1String("I64") || dtype == QLatin1String("U64"))
        return 8;
    if (dtype == QLatin1String("F32") || dtype == QLatin1String("I32") || dtype == QLatin1String("U32"))
        return 4;
    if (dtype == QLatin1String("F16") || dtype == QLatin1String("BF16") || dtype == QLatin1String("I16")
        || dtype == QLatin1String("U16"))
        return 2;
    return 1;
}

void SafetensorsWriter::addTensor(const QString& name, const QString& dtype, const QList<qint64>& shape)
{
    qint64 n = dtypeSize(dtype);
    for (qint64 d : shape)
        n *= d;
    m_tensors.append({ name, dtype, shape, m_offset, m_offset + n });
    m_offset += n;
}

void SafetensorsWriter::addMetadata(const QString& key, const QString& value)
{
    m_metadata.append({ key, value });
}

QByteArray SafetensorsWriter::headerJson() const
{
    QJsonObject o;
    if (!m_metadata.isEmpty()) {
        QJsonObject meta;
        for (const auto& kv : m_metadata)
            meta.insert(kv.first, kv.second);
        o.insert(QStringLiteral("__metadata__"), meta);
    }
    for (const Entry& e : m_tensors) {
        QJsonArray shape;
        for (qint64 d : e.shape)
            shape.append(d);
        o.insert(e.name,
            QJsonObject { { QStringLiteral("dtype"), e.dtype }, { QStringLiteral("shape"), shape },
                { QStringLiteral("data_offsets"), QJsonArray { e.begin, e.end } } });
    }
    QByteArray json = QJsonDocument(o).toJson(QJsonDocument::Compact);
    while (json.size() % 8 != 0)
        json += ' ';
    return json;
}

QByteArray SafetensorsWriter::bytes() const
{
    const QByteArray h = headerJson();
    return GgufWriter::le<quint64>(quint64(h.size())) + h + QByteArray(m_offset, '\0');
}

bool SafetensorsWriter::write(const QString& path, QString* error) const
{
    QFile f(path);
    const QByteArray h = headerJson();
    if (!f.open(QIODevice::WriteOnly | QIODevice::Truncate)
        || f.write(GgufWriter::le<quint64>(quint64(h.size())) + h) != h.size() + 8
        || !f.resize(8 + h.size() + m_offset)) {
        if (error)
            *error = f.errorString();
        return false;
    }
    return true;
}

} // namespace TestFiles
