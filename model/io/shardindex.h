// SPDX-FileCopyrightText: 2026 The FitPlanner authors
// SPDX-License-Identifier: MIT

#pragma once

#include <optional>
#include <string>
#include <vector>

#include <QByteArray>
#include <QString>
#include <QStringList>

namespace Planner {

// model.safetensors.index.json: which shard file holds each tensor. The tensor names are kept as UTF-8 in one
// block with a sorted table of 12-byte entries, so the index costs less memory than its own text.
class ShardIndex
{
public:
    const QString& path() const { return m_path; }
    // The shard file names the weight map names, sorted; plain names inside the index's folder.
    const QStringList& files() const { return m_files; }
    // Tensors listed.
    qsizetype size() const { return qsizetype(m_entries.size()); }
    // The position in files() of the shard that holds `tensor`, or -1 when the index does not list it.
    int fileOf(const QString& tensor) const;
    // Bytes the index keeps (names and table), for tests of its memory use.
    qint64 keptBytes() const;

private:
    friend class ShardIndexBuilder;

    struct Entry
    {
        quint32 nameOffset = 0; // into m_names
        quint32 nameLength = 0;
        quint32 file = 0; // into m_files
    };

    QString m_path;
    QStringList m_files;
    std::string m_names;
    std::vector<Entry> m_entries; // sorted by name
};

// The most shard files an index may name.
constexpr int kMaxShardFiles = 4096;

// Parses an index's JSON text with a SAX handler that keeps only the weight map (other members are checked for
// depth and size, then dropped). `path` labels errors. nullopt with `error` naming the file and the reason for
// text that is not JSON, nests too deep, passes the node budget, has no weight map, maps a tensor to anything but
// a plain file name in the same folder, lists a tensor twice or names more than kMaxShardFiles files.
std::optional<ShardIndex> parseShardIndex(const QByteArray& json, const QString& path, QString* error);

// Reads the index at `path` through GuardedFile (limit of GuardedKind::ShardIndex) and parses it.
std::optional<ShardIndex> readShardIndex(const QString& path, QString* error);

} // namespace Planner
