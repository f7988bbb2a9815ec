// SPDX-FileCopyrightText: 2026 The FitPlanner authors
// SPDX-License-Identifier: MIT

#include "safetensorsreader.h"

#include "boundedjson_p.h"
#include "checkedmath.h"
#include "guardedfile.h"

#include <algorithm>
#include <limits>

#include <QCoreApplication>
#include <QFile>
#include <QSet>

#include <nlohmann/json.hpp>

using nlohmann::json;

namespace Planner {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Planner::SafetensorsReader)
};

// A header nests the top object, a tensor's object and its shape; anything deeper is not a safetensors header.
constexpr int kMaxHeaderDepth = 8;

struct DtypeInfo
{
    const char* name;
    int size;
};

constexpr DtypeInfo kDtypes[] = {
    { "F64", 8 },
    { "F32", 4 },
    { "F16", 2 },
    { "BF16", 2 },
    { "F8_E4M3", 1 },
    { "F8_E5M2", 1 },
    { "F8_E8M0", 1 },
    { "I64", 8 },
    { "I32", 4 },
    { "I16", 2 },
    { "I8", 1 },
    { "U64", 8 },
    { "U32", 4 },
    { "U16", 2 },
    { "U8", 1 },
    { "BOOL", 1 },
};

// A non-negative integer that fits qint64, or nullopt.
std::optional<qint64> nonNegative(const json& v)
{
    if (v.is_number_unsigned()) {
        const auto u = v.get<std::uint64_t>();
        if (u > std::uint64_t(std::numeric_limits<qint64>::max()))
            return std::nullopt;
        return qint64(u);
    }
    if (v.is_number_integer()) {
        const auto i = v.get<std::int64_t>();
        return i < 0 ? std::nullopt : std::optional<qint64>(i);
    }
    return std::nullopt;
}

// __metadata__: an object of strings. Returns an error message, empty when it is one.
QString readMetadata(const json& v, SafetensorsFile& f)
{
    if (!v.is_object())
        return Tr::tr("__metadata__ must be an object of strings");
    for (auto m = v.begin(); m != v.end(); ++m) {
        if (!m.value().is_string())
            return Tr::tr("__metadata__.%1 must be a string").arg(QString::fromStdString(m.key()));
        f.metadata.insert(QString::fromStdString(m.key()), QString::fromStdString(m.value().get<std::string>()));
    }
    return {};
}

// The dtype and shape of tensor `key` into `t`; returns an error message, empty when they are valid.
QString readDtypeAndShape(const QString& key, const json& v, const SafetensorsLimits& limits, SafetensorsTensor& t)
{
    const auto dtype = v.find("dtype");
    if (dtype == v.end() || !dtype->is_string())
        return Tr::tr("tensor '%1' has no dtype").arg(key);
    // One shared string per dtype, not one per tensor.
    static const QStringList names = safetensorsDtypes();
    const qsizetype known = names.indexOf(QString::fromStdString(dtype->get<std::string>()));
    if (known < 0)
        return Tr::tr("tensor '%1' has dtype '%2', which is not supported (supported: %3)")
            .arg(key, QString::fromStdString(dtype->get<std::string>()).left(32), names.join(QStringLiteral(", ")));
    t.dtype = names.at(known);
    const auto shape = v.find("shape");
    if (shape == v.end() || !shape->is_array())
        return Tr::tr("tensor '%1' has no shape array").arg(key);
    if (qint64(shape->size()) > limits.maxDims)
        return Tr::tr("tensor '%1' has %2 dimensions (limit %3)").arg(key).arg(shape->size()).arg(limits.maxDims);
    qint64 elements = 1;
    for (const json& d : *shape) {
        const auto dim = nonNegative(d);
        if (!dim || *dim > limits.maxDim)
            return Tr::tr("tensor '%1' has a shape entry that is not a whole number from 0 to %2")
                .arg(key)
                .arg(limits.maxDim);
        t.shape.push_back(*dim);
        const auto product = checkedMul(elements, *dim);
        if (!product)
            return Tr::tr("tensor '%1' has more elements than a 64-bit count can hold").arg(key);
        elements = *product;
    }
    t.elements = elements;
    return {};
}

// One tensor entry into `t`: dtype, shape and a byte range that matches them inside the data section. Returns
// an error message, empty when the entry is valid.
QString readTensor(
    const QString& key, const json& v, qint64 dataSize, const SafetensorsLimits& limits, SafetensorsTensor& t)
{
    if (key.isEmpty())
        return Tr::tr("a tensor has an empty name");
    if (!v.is_object())
        return Tr::tr("tensor '%1' must be an object with dtype, shape and data_offsets").arg(key);
    t.name = key;
    if (const QString e = readDtypeAndShape(key, v, limits, t); !e.isEmpty())
        return e;
    const auto offsets = v.find("data_offsets");
    if (offsets == v.end() || !offsets->is_array() || offsets->size() != 2)
        return Tr::tr("tensor '%1' needs data_offsets [begin, end]").arg(key);
    const auto begin = nonNegative((*offsets)[0]);
    const auto end = nonNegative((*offsets)[1]);
    if (!begin || !end || *end < *begin)
        return Tr::tr("tensor '%1' has data_offsets that are not whole numbers with begin <= end").arg(key);
    t.begin = *begin;
    t.end = *end;
    const auto expected = checkedMul(t.elements, safetensorsDtypeSize(t.dtype));
    if (!expected || *expected != t.bytes())
        return Tr::tr("tensor '%1' spans %2 bytes but %3 x %4 needs %5")
            .arg(key)
            .arg(t.bytes())
            .arg(t.elements)
            .arg(t.dtype)
            .arg(expected ? QString::number(*expected) : Tr::tr("more than 2^63"));
    if (t.end > dataSize)
        return Tr::tr("tensor '%1' ends at byte %2, past the %3-byte data section (truncated?)")
            .arg(key)
            .arg(t.end)
            .arg(dataSize);
    return {};
}

// A JSON object may repeat a key; a header must not. Returns an error message, empty when every name is unique.
QString checkUniqueNames(const SafetensorsFile& f)
{
    std::vector<const QString*> names;
    names.reserve(f.tensors.size());
    for (const SafetensorsTensor& t : f.tensors)
        names.push_back(&t.name);
    std::sort(names.begin(), names.end(), [](const QString* a, const QString* b) { return *a < *b; });
    const auto twice
        = std::adjacent_find(names.begin(), names.end(), [](const QString* a, const QString* b) { return *a == *b; });
    return twice == names.end() ? QString() : Tr::tr("'%1' appears twice in the header").arg(**twice);
}

// The byte ranges must tile the data section: sorted, no overlap, no holes. Returns an error message, empty when
// they do.
QString checkTiling(const SafetensorsFile& f)
{
    std::vector<const SafetensorsTensor*> order;
    order.reserve(f.tensors.size());
    for (const SafetensorsTensor& t : f.tensors)
        order.push_back(&t);
    std::sort(order.begin(), order.end(), [](const SafetensorsTensor* a, const SafetensorsTensor* b) {
        return a->begin != b->begin ? a->begin < b->begin : a->end < b->end;
    });
    qint64 covered = 0;
    const SafetensorsTensor* previous = nullptr;
    for (const SafetensorsTensor* t : order) {
        if (t->begin < covered)
            return Tr::tr("tensors '%1' and '%2' overlap (byte %3 is claimed twice)")
                .arg(previous ? previous->name : QString(), t->name)
                .arg(t->begin);
        if (t->begin > covered)
            return Tr::tr("bytes %1 to %2 of the data section belong to no tensor").arg(covered).arg(t->begin);
        covered = t->end;
        previous = t;
    }
    if (covered != f.dataSize)
        return Tr::tr("the data section has %1 bytes but the tensors cover %2").arg(f.dataSize).arg(covered);
    return {};
}

} // namespace

int safetensorsDtypeSize(const QString& dtype)
{
    for (const DtypeInfo& d : kDtypes) {
        if (dtype == QLatin1String(d.name))
            return d.size;
    }
    return 0;
}

QStringList safetensorsDtypes()
{
    QStringList out;
    for (const DtypeInfo& d : kDtypes)
        out << QString::fromLatin1(d.name);
    return out;
}

qint64 SafetensorsFile::tensorBytes() const
{
    qint64 total = 0;
    for (const SafetensorsTensor& t : tensors)
        total = satAdd(total, t.bytes());
    return total;
}

std::optional<SafetensorsFile> parseSafetensorsHeader(
    const QByteArray& bytes, qint64 dataSize, const QString& name, QString* error, const SafetensorsLimits& limits)
{
    const auto fail = [&](const QString& message) -> std::optional<SafetensorsFile> {
        if (error)
            *error = QStringLiteral("%1: %2").arg(name, message);
        return std::nullopt;
    };
    if (bytes.size() > limits.maxHeaderBytes)
        return fail(
            Tr::tr("the header of %1 bytes exceeds the limit of %2").arg(bytes.size()).arg(limits.maxHeaderBytes));
    if (dataSize < 0)
        return fail(Tr::tr("the data section has a negative size"));
    if (bytes.isEmpty() || bytes.front() != '{')
        return fail(Tr::tr("the header is not a JSON object (not a safetensors file?)"));
    SafetensorsFile f;
    f.path = name;
    f.headerSize = bytes.size();
    f.dataSize = dataSize;
    qint64 entries = 0;
    bool metadataSeen = false;
    QString entryError;
    // Each entry is parsed, checked and released in turn: memory follows the tensors kept, not the JSON's nodes.
    const detail::JsonMemberFn entry = [&](const std::string& rawKey, json&& value) -> QString {
        const QString key = QString::fromStdString(rawKey);
        if (limits.cancel && limits.cancel->load(std::memory_order_relaxed))
            entryError = Tr::tr("reading was cancelled");
        else if (++entries > limits.maxTensors + 1)
            entryError = Tr::tr("the header lists more than %1 entries").arg(limits.maxTensors);
        else if (key == QLatin1String("__metadata__") && metadataSeen)
            entryError = Tr::tr("'%1' appears twice in the header").arg(key);
        else if (key == QLatin1String("__metadata__")) {
            metadataSeen = true;
            entryError = readMetadata(value, f);
        } else {
            SafetensorsTensor t;
            entryError = readTensor(key, value, dataSize, limits, t);
            if (entryError.isEmpty())
                f.tensors.push_back(std::move(t));
        }
        return entryError;
    };
    QString why;
    if (!detail::parseBoundedJsonMembers(bytes, detail::jsonBudget(bytes.size(), kMaxHeaderDepth), entry, &why))
        return fail(entryError.isEmpty() ? Tr::tr("the header %1").arg(why) : entryError);
    if (const QString e = checkUniqueNames(f); !e.isEmpty())
        return fail(e);
    if (const QString e = checkTiling(f); !e.isEmpty())
        return fail(e);
    // Present tensors in file order.
    std::sort(f.tensors.begin(), f.tensors.end(), [](const SafetensorsTensor& a, const SafetensorsTensor& b) {
        return a.begin != b.begin ? a.begin < b.begin : a.name < b.name;
    });
    return f;
}

std::optional<SafetensorsFile> readSafetensorsFile(const QString& path, QString* error, const SafetensorsLimits& limits)
{
    const auto fail = [&](const QString& message) -> std::optional<SafetensorsFile> {
        if (error)
            *error = QStringLiteral("%1: %2").arg(path, message);
        return std::nullopt;
    };
    GuardedFile guarded;
    QString openError;
    if (!guarded.open(path, &openError)) {
        if (error)
            *error = openError;
        return std::nullopt;
    }
    QFile& file = guarded.device();
    const qint64 size = guarded.size();
    if (size < 8)
        return fail(Tr::tr("only %1 bytes: not a safetensors file (truncated?)").arg(size));
    unsigned char prefix[8];
    if (file.read(reinterpret_cast<char*>(prefix), 8) != 8)
        return fail(Tr::tr("cannot read the header length: %1").arg(file.errorString()));
    quint64 headerLength = 0;
    for (int i = 0; i < 8; ++i)
        headerLength |= quint64(prefix[i]) << (8 * i);
    if (headerLength > quint64(limits.maxHeaderBytes))
        return fail(Tr::tr("the header claims %1 bytes (limit %2): not a safetensors file, or corrupt")
                        .arg(headerLength)
                        .arg(limits.maxHeaderBytes));
    if (qint64(headerLength) > size - 8)
        return fail(Tr::tr("the header claims %1 bytes but the file has only %2 after the length (truncated?)")
                        .arg(headerLength)
                        .arg(size - 8));
    const QByteArray header = file.read(qint64(headerLength));
    if (header.size() != qint64(headerLength))
        return fail(Tr::tr("cannot read the header: %1").arg(file.errorString()));
    auto f = parseSafetensorsHeader(header, size - 8 - qint64(headerLength), path, error, limits);
    if (f)
        f->fileSize = size;
    return f;
}

} // namespace Planner
