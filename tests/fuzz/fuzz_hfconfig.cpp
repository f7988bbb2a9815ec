// SPDX-FileCopyrightText: 2026 The FitPlanner authors
// SPDX-License-Identifier: MIT

// libFuzzer target: a config.json through the Hugging Face config reader and the quantization_config reader.

#include "hfconfig.h"
#include "modelfile.h"

#include <cstddef>
#include <cstdint>

#include <QByteArray>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    const QByteArray json = QByteArray::fromRawData(reinterpret_cast<const char*>(data), qsizetype(size));
    QList<Planner::ParseError> errors;
    const auto spec = Planner::parseHfConfig(json, QStringLiteral("config.json"), &errors);
    if (!spec && errors.isEmpty())
        __builtin_trap();
    errors.clear();
    const auto quant = Planner::parseHfQuantization(json, QStringLiteral("config.json"), &errors);
    if (!quant && errors.isEmpty())
        __builtin_trap();
    return 0;
}
