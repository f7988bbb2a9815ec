// SPDX-FileCopyrightText: 2026 The FitPlanner authors
// SPDX-License-Identifier: MIT

// libFuzzer target: a whole GGUF file, written to disk, through the guarded reader, the header reader with its
// metadata budget, and the ModelSpec derivation.

#include "fuzzcatalog.h"
#include "fuzzfile.h"
#include "ggufreader.h"

#include <cstddef>
#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    const Planner::QuantCatalog& catalog = fuzzCatalog();
    const QString path = fuzzInputFile("fuzz.gguf", data, size);
    QString error;
    const auto file = Planner::readGgufFile(path, catalog, &error);
    if (!file) {
        if (error.isEmpty())
            __builtin_trap(); // every rejection must say why
        return 0;
    }
    QStringList warnings;
    const auto spec = Planner::ggufModelSpec(*file, &error, &warnings);
    if (!spec && error.isEmpty())
        __builtin_trap();
    return 0;
}
