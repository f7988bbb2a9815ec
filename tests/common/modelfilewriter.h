// SPDX-FileCopyrightText: 2026 The FitPlanner authors
// SPDX-License-Identifier: MIT

#pragma once

// Writers for GGUF and safetensors files, used only by tests and the fuzz-corpus generator. Sizes are
// computed here from their own type tables (not through the readers' code) so the tests compare two
// independent computations. Data sections are written sparse (QFile::resize), so real shapes cost no disk.

#include "modelspec.h"
#include "quantcatalog.h"

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>

namespace TestFiles {

// Writes `bytes` to `path` (replacing the file); false when it cannot be written whole.
bool writeFile(const QString& path, const QByteArray& bytes);

// Exact bytes of a tensor of `elements` elements per row ne0 in a ggml type, from a table of block sizes.
qint64 ggmlBytes(int ggmlType, qint64 ne0, qint64 rows);
int ggmlTypeId(const QString& typeId);

class GgufWriter
{
public:
    explicit GgufWriter(quint32 version = 3)
        : m_version(version)
    { }

    void setVersion(quint32 v) { m_version = v; }
    void setMagic(const QByteArray& magic) { m_magic = magic; }
    void setAlignment(qint64 a) { m_alignment = a; }
    void overrideCounts(qint64 tensors, qint64 kvs)
    {
        m_tensorCountOverride = tensors;
        m_kvCountOverride = kvs;
    }

    void addUInt32(const QString& key, quint32 v);
    void addInt32(const QString& key, qint32 v);
    void addUInt64(const QString& key, quint64 v);
    void addFloat32(const QString& key, float v);
    void addBool(const QString& key, bool v);
    void addString(const QString& key, const QString& v);
    void addStringArray(const QString& key, const QStringList& items);
    // `count` generated tokens "<t0>", "<t1>", ...
    void addTokenArray(const QString& key, qint64 count);
    void addInt32Array(const QString& key, const QList<qint32>& items);
    // Any value: the raw type id and payload bytes (for hostile files).
    void addRaw(const QString& key, quint32 type, const QByteArray& payload);

    // A tensor with the next aligned offset; bytes from the ggml type table.
    void addTensor(const QString& name, const QList<qint64>& ne, int ggmlType);
    // A tensor with a chosen offset and byte size (for hostile files).
    void addTensorRaw(const QString& name, const QList<qint64>& ne, quint32 ggmlType, quint64 offset, qint64 bytes);

    QByteArray header() const; // up to the end of the tensor infos
    qint64 dataOffset() const; // header size aligned
    qint64 dataSize() const; // through the end of the last tensor, padded to the alignment
    qint64 tensorBytes() const { return m_tensorBytes; }
    qint64 paddedTensorBytes() const { return m_nextOffset; }
    // The header, padding and a sparse data section.
    bool write(const QString& path, QString* error = nullptr) const;
    QByteArray bytes(qint64 maxDataBytes = 0) const; // header + padding + up to maxDataBytes zero data bytes

    static QByteArray str(const QString& s); // length-prefixed string
    template <typename T> static QByteArray le(T v)
    {
        QByteArray b(sizeof(T), '\0');
        for (size_t i = 0; i < sizeof(T); ++i)
            b[qsizetype(i)] = char((quint64(v) >> (8 * i)) & 0xff);
        return b;
    }

private:
    QByteArray m_magic = QByteArrayLiteral("GGUF");
    quint32 m_version = 3;
    qint64 m_alignment = 32;
    qint64 m_tensorCountOverride = -1;
    qint64 m_kvCountOverride = -1;
    QByteArray m_kvs;
    int m_kvCount = 0;
    QByteArray m_infos;
    int m_tensorCount = 0;
    qint64 m_nextOffset = 0;
    qint64 m_tensorBytes = 0;
    qint64 m_dataEnd = 0;
};

// A GGUF file as llama.cpp's converter writes `spec` under architecture `arch`, each tensor of
// tensorLayout(spec) (GGUF ones) in types[i]; no tensors when `types` is empty. `fileType` is general.file_type.
GgufWriter ggufForSpec(const Planner::ModelSpec& spec, const QString& arch, const QStringList& types, quint32 fileType);

class SafetensorsWriter
{
public:
    void addTensor(const QString& name, const QString& dtype, const QList<qint64>& shape);
    void addMetadata(const QString& key, const QString& value);
    QByteArray headerJson() const;
    qint64 dataSize() const { return m_offset; }
    qint64 tensorCount() const { return m_tensors.size(); }
    bool write(const QString& path, QString* error = nullptr) const;
    QByteArray bytes() const; // the whole file (for small corpora)

    static int dtypeSize(const QString& dtype);

private:
    struct Entry
    {
        QString name;
        QString dtype;
        QList<qint64> shape;
        qint64 begin = 0;
        qint64 end = 0;
    };
    QList<Entry> m_tensors;
    QList<QPair<QString, QString>> m_metadata;
    qint64 m_offset = 0;
};

} // namespace TestFiles
