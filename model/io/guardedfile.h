// SPDX-FileCopyrightText: 2026 The FitPlanner authors
// SPDX-License-Identifier: MIT

#pragma once

#include <optional>

#include <QByteArray>
#include <QFile>
#include <QString>

namespace Planner {

// What a file read from the outside is expected to be; each kind has its own byte limit.
enum class GuardedKind
{
    ConfigJson, // a Hugging Face config.json (also the CLI's --config)
    ShardIndex, // model.safetensors.index.json
    GgufHeader, // the metadata and tensor infos of a .gguf file
    SafetensorsHeader, // the JSON header of a .safetensors file
    SavedScenarios, // the window's saved scenarios (scenarios.json in the user's data folder)
    CustomModels, // the models the user added (custom-models.json in the user's data folder)
};

// The most bytes read from a file of that kind.
qint64 guardedByteLimit(GuardedKind kind);

// A file opened for reading the way every file from the outside is: symlinks resolved (a loop reported as
// such), anything but a regular file refused with its kind named (directory, device, FIFO, socket), opened
// without blocking, and read with a byte limit counted while reading, never taken from the size the file
// claims. Error messages name the file and the reason.
class GuardedFile
{
public:
    GuardedFile() = default;
    GuardedFile(const GuardedFile&) = delete;
    GuardedFile& operator=(const GuardedFile&) = delete;

    bool open(const QString& path, QString* error);

    // The open file, positioned at its start; valid after a successful open().
    QFile& device() { return m_file; }
    // The size of the regular file when it was opened.
    qint64 size() const { return m_size; }
    const QString& path() const { return m_path; }

    // Reads the whole file, failing as soon as more than `limit` bytes have come.
    std::optional<QByteArray> readAll(qint64 limit, QString* error);

private:
    QString m_path;
    QFile m_file;
    qint64 m_size = 0;
};

// Opens `path` as a GuardedFile and reads all of it within the limit of `kind`.
std::optional<QByteArray> readGuardedFile(const QString& path, GuardedKind kind, QString* error);

// Why `path` cannot be a file to read, or an empty string: a name that is not valid in the file system's
// encoding, a symlink loop, a missing file, or a file that is not regular (its kind named).
QString guardedPathProblem(const QString& path);

} // namespace Planner
