// libFuzzer target: a whole .safetensors file (8-byte length, JSON header, data) through the header reader.

#include "safetensorsreader.h"

#include <cstddef>
#include <cstdint>

#include <QByteArray>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    if (size < 8)
        return 0;
    quint64 length = 0;
    for (int i = 0; i < 8; ++i)
        length |= quint64(data[i]) << (8 * i);
    if (length > size - 8)
        return 0; // readSafetensorsFile rejects this before parsing
    const QByteArray header = QByteArray::fromRawData(reinterpret_cast<const char*>(data) + 8, qsizetype(length));
    const qint64 dataSize = qint64(size - 8 - length);
    QString error;
    const auto file = Planner::parseSafetensorsHeader(header, dataSize, QStringLiteral("fuzz.safetensors"), &error);
    if (!file && error.isEmpty())
        __builtin_trap();
    if (file && file->tensorBytes() != dataSize)
        __builtin_trap(); // accepted headers tile the data section exactly
    return 0;
}
