// SPDX-FileCopyrightText: 2026 The FitPlanner authors
// SPDX-License-Identifier: MIT

#pragma once

#include <atomic>
#include <optional>
#include <vector>

#include <QByteArray>
#include <QMap>
#include <QString>
#include <QStringList>

namespace Planner {

// One tensor entry of a safetensors header.
struct SafetensorsTensor
{
    QString name;
    QString dtype; // "BF16", "F8_E4M3", "I32", ...
    std::vector<qint64> shape; // outermost dimension first, as PyTorch writes it
    qint64 begin = 0; // data_offsets, relative to the data section
    qint64 end = 0;
    qint64 elements = 0;
    int shard = 0; // index into the checkpoint's files (0 for a single file)

    qint64 bytes() const { return end - begin; }
};

// The header of a .safetensors file: every tensor's dtype, shape and byte range, validated against the
// data section.
struct SafetensorsFile
{
    QString path;
    qint64 fileSize = 0;
    qint64 headerSize = 0; // JSON bytes (after the 8-byte length)
    qint64 dataSize = 0; // fileSize - 8 - headerSize
    std::vector<SafetensorsTensor> tensors;
    QMap<QString, QString> metadata; // __metadata__
    QStringList warnings;

    qint64 tensorBytes() const;
};

struct SafetensorsLimits
{
    qint64 maxHeaderBytes = qint64(100) << 20;
    qint64 maxTensors = 1 << 20;
    int maxDims = 8;
    qint64 maxDim = qint64(1) << 40;
    const std::atomic<bool>* cancel = nullptr; // when it becomes true, reading stops with an error
};

// Bytes per element of a safetensors dtype; 0 for a dtype this reader does not know.
int safetensorsDtypeSize(const QString& dtype);
QStringList safetensorsDtypes();

// Validates a header's JSON against a data section of `dataSize` bytes: known dtypes, shapes whose element
// count matches the byte range, ranges inside the data section, not overlapping and covering it whole.
// `name` labels errors.
std::optional<SafetensorsFile> parseSafetensorsHeader(
    const QByteArray& json, qint64 dataSize, const QString& name, QString* error, const SafetensorsLimits& limits = {});

// Reads the header of the file at `path` (8-byte little-endian length, then JSON) without touching the data.
std::optional<SafetensorsFile> readSafetensorsFile(
    const QString& path, QString* error, const SafetensorsLimits& limits = {});

} // namespace Planner
