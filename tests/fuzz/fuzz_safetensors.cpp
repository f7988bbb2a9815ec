// SPDX-FileCopyrightText: 2026 The FitPlanner authors
// SPDX-License-Identifier: MIT

// libFuzzer target: a whole .safetensors file (8-byte length, JSON header, data), written to disk, through the
// guarded reader and the streaming header parser with its depth and memory budgets.

#include "fuzzfile.h"
#include "safetensorsreader.h"

#include <cstddef>
#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    const QString path = fuzzInputFile("fuzz.safetensors", data, size);
    QString error;
    const auto file = Planner::readSafetensorsFile(path, &error);
    if (!file && error.isEmpty())
        __builtin_trap(); // every rejection must say why
    if (file && file->tensorBytes() != file->dataSize)
        __builtin_trap(); // accepted headers tile the data section exactly
    return 0;
}
