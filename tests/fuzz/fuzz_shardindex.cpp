// SPDX-FileCopyrightText: 2026 The FitPlanner authors
// SPDX-License-Identifier: MIT

// libFuzzer target: a model.safetensors.index.json, written to disk, through the guarded reader and the streaming
// index parser with its depth and node budgets.

#include "fuzzfile.h"
#include "shardindex.h"

#include <cstddef>
#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    const QString path = fuzzInputFile("model.safetensors.index.json", data, size);
    QString error;
    const auto index = Planner::readShardIndex(path, &error);
    if (!index) {
        if (error.isEmpty())
            __builtin_trap(); // every rejection must say why
        return 0;
    }
    // An accepted index lists tensors in plain, distinct, sorted file names, and every file holds one.
    if (index->size() < 1 || index->files().isEmpty() || index->files().size() > Planner::kMaxShardFiles)
        __builtin_trap();
    for (qsizetype i = 0; i < index->files().size(); ++i) {
        const QString& f = index->files().at(i);
        if (f.isEmpty() || f.contains(u'/') || f.contains(u'\\') || (i > 0 && !(index->files().at(i - 1) < f)))
            __builtin_trap();
    }
    if (index->keptBytes() > qint64(size) * 2 + 4096)
        __builtin_trap(); // the index keeps less than a small multiple of its text
    return 0;
}
