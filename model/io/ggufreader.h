// SPDX-FileCopyrightText: 2026 The FitPlanner authors
// SPDX-License-Identifier: MIT

#pragma once

#include "modelspec.h"
#include "quantcatalog.h"

#include <atomic>
#include <optional>
#include <vector>

#include <QHash>
#include <QString>
#include <QStringList>
#include <QVariant>

class QIODevice;

namespace Planner {

// Value types of GGUF metadata, numbered as in the file format.
enum class GgufType : quint32
{
    UInt8 = 0,
    Int8 = 1,
    UInt16 = 2,
    Int16 = 3,
    UInt32 = 4,
    Int32 = 5,
    Float32 = 6,
    Bool = 7,
    String = 8,
    Array = 9,
    UInt64 = 10,
    Int64 = 11,
    Float64 = 12,
};

// One metadata value. Scalars and strings live in `value`; arrays keep their element type, their full
// length and, for numeric and small string arrays, their elements (nested arrays as QVariantList).
struct GgufValue
{
    GgufType type = GgufType::UInt8;
    QVariant value;
    GgufType arrayType = GgufType::UInt8;
    qint64 arrayLength = 0;
    QVariantList items; // empty when the array was too large to keep (its length is still known)
    bool itemsKept = true; // false when the items were skipped (too many, or past the metadata budget)

    bool isArray() const { return type == GgufType::Array; }
    // Integer value of an integer or bool scalar; nullopt for anything else.
    std::optional<qint64> toInt() const;
};

// One tensor's header entry. The data itself is never read.
struct GgufTensorInfo
{
    QString name;
    int nDims = 1;
    qint64 ne[4] = { 1, 1, 1, 1 };
    int ggmlType = 0;
    QString typeId; // the catalog's storage type id ("Q4_K", "F32", ...)
    qint64 offset = 0; // from the start of the data section
    qint64 bytes = 0; // exact stored size
    int shard = 0; // index into the split set's files (0 for a single file)

    qint64 elements() const { return ne[0] * ne[1] * ne[2] * ne[3]; }
};

// The header of a GGUF file: metadata, tensor infos and the data section's position.
struct GgufFile
{
    QString path;
    quint32 version = 0;
    qint64 fileSize = 0;
    qint64 alignment = 32;
    qint64 dataOffset = 0; // absolute file offset of the data section
    qint64 dataSize = 0; // bytes from dataOffset to the end of the file
    QStringList keys; // metadata keys in file order
    QHash<QString, GgufValue> metadata;
    std::vector<GgufTensorInfo> tensors;
    QStringList warnings;

    const GgufValue* value(const QString& key) const;
    std::optional<qint64> intValue(const QString& key) const;
    QString stringValue(const QString& key) const;
    QString architecture() const { return stringValue(QStringLiteral("general.architecture")); }
    qint64 tensorBytes() const; // sum of the tensors' exact sizes
};

// Limits a file must respect; anything beyond them is treated as corrupt rather than allocated.
struct GgufLimits
{
    qint64 maxHeaderBytes = qint64(512) << 20; // metadata + tensor infos
    qint64 maxKeyLength = 65535;
    qint64 maxStringLength = qint64(64) << 20;
    qint64 maxArrayLength = qint64(1) << 30;
    qint64 maxKeptArrayItems = 65536; // numeric arrays longer than this keep only their length
    qint64 maxKeptStringItems = 64; // string arrays keep their first items only
    qint64 maxKeptBytes = qint64(32) << 20; // memory the kept metadata may take; arrays past it keep their length
    qint64 maxKeyValues = 1 << 20;
    // Tensors in a file, and in all parts of a split set together. llama.cpp writes a few thousand at most (experts
    // are merged into one tensor per layer); each one kept costs about 340 bytes against the 40 it takes in the
    // file, so this bounds what a dense header can cost beyond a small multiple of its size.
    qint64 maxTensors = 1 << 16;
    qint64 maxDim = qint64(1) << 40;
    int maxArrayDepth = 4;
    const std::atomic<bool>* cancel = nullptr; // when it becomes true, reading stops with an error
};

// Reads the header of the GGUF file at `path` (v2 or v3, little-endian) with bounded reads. Every
// problem yields nullopt and an error naming the file and what is wrong.
std::optional<GgufFile> readGgufFile(
    const QString& path, const QuantCatalog& catalog, QString* error, const GgufLimits& limits = {});

// The same from an open device (a QBuffer in the fuzzer); `name` labels errors.
std::optional<GgufFile> readGgufDevice(
    QIODevice& device, const QString& name, const QuantCatalog& catalog, QString* error, const GgufLimits& limits = {});

// The architecture a GGUF header describes, from `<arch>.*` metadata and the tensors present.
// Unsupported architectures and missing or inconsistent keys give nullopt and an error; caveats are
// appended to `warnings`.
std::optional<ModelSpec> ggufModelSpec(const GgufFile& file, QString* error, QStringList* warnings = nullptr);

// GGUF architecture names ggufModelSpec understands.
QStringList ggufArchitectures();

// The llama.cpp file type name of general.file_type ("Q4_K_M"), or an empty string if unknown.
QString ggufFileTypeName(qint64 fileType);

} // namespace Planner
