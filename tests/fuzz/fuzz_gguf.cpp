// libFuzzer target: a whole GGUF file through the header reader and the ModelSpec derivation.

#include "fuzzcatalog.h"
#include "ggufreader.h"

#include <cstddef>
#include <cstdint>

#include <QBuffer>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    const Planner::QuantCatalog& catalog = fuzzCatalog();
    QByteArray bytes = QByteArray::fromRawData(reinterpret_cast<const char*>(data), qsizetype(size));
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::ReadOnly);
    QString error;
    const auto file = Planner::readGgufDevice(buffer, QStringLiteral("fuzz.gguf"), catalog, &error);
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
