// SPDX-FileCopyrightText: 2026 The FitPlanner authors
// SPDX-License-Identifier: MIT

#include "ggufreader.h"

#include "checkedmath.h"
#include "guardedfile.h"
#include "tensorlayout.h"

#include <algorithm>
#include <cstring>
#include <limits>
#include <type_traits>
#include <utility>

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QSet>

namespace Planner {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Planner::GgufReader)
};

// ggml's integer and double types, which quants.json does not list (they never hold weights of an LLM,
// but a valid file may carry them).
const StorageType* builtinGgmlType(int ggmlId)
{
    static const StorageType types[] = {
        { QStringLiteral("I8"), QStringLiteral("I8"), {}, StorageKind::Float, 24, 1, 1 },
        { QStringLiteral("I16"), QStringLiteral("I16"), {}, StorageKind::Float, 25, 1, 2 },
        { QStringLiteral("I32"), QStringLiteral("I32"), {}, StorageKind::Float, 26, 1, 4 },
        { QStringLiteral("I64"), QStringLiteral("I64"), {}, StorageKind::Float, 27, 1, 8 },
        { QStringLiteral("F64"), QStringLiteral("F64"), {}, StorageKind::Float, 28, 1, 8 },
    };
    for (const StorageType& t : types) {
        if (t.ggmlId == ggmlId)
            return &t;
    }
    return nullptr;
}

QString typeName(GgufType t)
{
    static const char* const names[] = { "uint8", "int8", "uint16", "int16", "uint32", "int32", "float32", "bool",
        "string", "array", "uint64", "int64", "float64" };
    const auto i = static_cast<quint32>(t);
    return i < std::size(names) ? QString::fromLatin1(names[i]) : QStringLiteral("type %1").arg(i);
}

// Size of a fixed-size value type; 0 for string and array.
qint64 fixedSize(GgufType t)
{
    switch (t) {
    case GgufType::UInt8:
    case GgufType::Int8:
    case GgufType::Bool:
        return 1;
    case GgufType::UInt16:
    case GgufType::Int16:
        return 2;
    case GgufType::UInt32:
    case GgufType::Int32:
    case GgufType::Float32:
        return 4;
    case GgufType::UInt64:
    case GgufType::Int64:
    case GgufType::Float64:
        return 8;
    case GgufType::String:
    case GgufType::Array:
        return 0;
    }
    return 0;
}

// Bounded little-endian reads from a device whose size is known: nothing is requested past the end.
class Reader
{
public:
    // Reads stop at `limit` bytes (the header limit) whatever size the file has.
    Reader(QIODevice& device, QString name, qint64 size, qint64 limit)
        : m_device(device)
        , m_name(std::move(name))
        , m_size(size)
        , m_limit(limit)
    { }

    qint64 pos() const { return m_pos; }
    qint64 remaining() const { return m_size - m_pos; }
    const QString& error() const { return m_error; }
    bool failed() const { return !m_error.isEmpty(); }

    bool fail(const QString& what)
    {
        if (m_error.isEmpty())
            m_error = QStringLiteral("%1: %2").arg(m_name, what);
        return false;
    }

    // `what` names the item for error messages: a QString, or a callable making one, so that the vocabulary's
    // hundreds of thousands of reads build no message unless one fails.
    template <typename What> static QString describe(const What& what)
    {
        if constexpr (std::is_invocable_v<const What&>)
            return what();
        else
            return QString(what);
    }

    template <typename What> bool read(void* out, qint64 n, const What& what)
    {
        if (failed())
            return false;
        if (n < 0 || n > remaining())
            return fail(Tr::tr("the file ends inside %1 (at byte %2 of %3; truncated?)")
                            .arg(describe(what))
                            .arg(m_pos)
                            .arg(m_size));
        if (n > m_limit - m_pos)
            return fail(Tr::tr("the header exceeds %1 bytes (inside %2)").arg(m_limit).arg(describe(what)));
        if (m_device.read(static_cast<char*>(out), n) != n)
            return fail(
                Tr::tr("cannot read %1 at byte %2: %3").arg(describe(what)).arg(m_pos).arg(m_device.errorString()));
        m_pos += n;
        return true;
    }

    // Skips through the device's read buffer where it can (a seek per skipped string would be a system call each).
    template <typename What> bool skip(qint64 n, const What& what)
    {
        if (failed())
            return false;
        if (n < 0 || n > remaining())
            return fail(Tr::tr("the file ends inside %1 (at byte %2 of %3; truncated?)")
                            .arg(describe(what))
                            .arg(m_pos)
                            .arg(m_size));
        if (n > m_limit - m_pos)
            return fail(Tr::tr("the header exceeds %1 bytes (inside %2)").arg(m_limit).arg(describe(what)));
        if (m_device.skip(n) != n)
            return fail(Tr::tr("cannot seek past %1 at byte %2").arg(describe(what)).arg(m_pos));
        m_pos += n;
        return true;
    }

    template <typename T, typename What> std::optional<T> value(const What& what)
    {
        unsigned char bytes[sizeof(T)];
        if (!read(bytes, sizeof(T), what))
            return std::nullopt;
        // Little-endian assembly, independent of the host's byte order.
        quint64 v = 0;
        for (size_t i = 0; i < sizeof(T); ++i)
            v |= quint64(bytes[i]) << (8 * i);
        T out;
        if constexpr (sizeof(T) == 8) {
            std::memcpy(&out, &v, 8);
        } else if constexpr (sizeof(T) == 4) {
            const quint32 v32 = quint32(v);
            std::memcpy(&out, &v32, 4);
        } else if constexpr (sizeof(T) == 2) {
            const quint16 v16 = quint16(v);
            std::memcpy(&out, &v16, 2);
        } else {
            const quint8 v8 = quint8(v);
            std::memcpy(&out, &v8, 1);
        }
        return out;
    }

    // A length-prefixed string of at most maxLength bytes. With keep == false the bytes are skipped.
    template <typename What> std::optional<QString> string(qint64 maxLength, const What& what, bool keep = true)
    {
        const auto len = value<quint64>([&what] { return Tr::tr("the length of %1").arg(describe(what)); });
        if (!len)
            return std::nullopt;
        if (*len > quint64(maxLength)) {
            fail(Tr::tr("%1 claims %2 bytes (limit %3)").arg(describe(what)).arg(*len).arg(maxLength));
            return std::nullopt;
        }
        const qint64 n = qint64(*len);
        if (n > remaining()) {
            fail(Tr::tr("%1 claims %2 bytes but only %3 remain (truncated?)")
                     .arg(describe(what))
                     .arg(n)
                     .arg(remaining()));
            return std::nullopt;
        }
        if (!keep) {
            if (!skip(n, what))
                return std::nullopt;
            return QString();
        }
        QByteArray bytes(n, Qt::Uninitialized);
        if (!read(bytes.data(), n, what))
            return std::nullopt;
        return QString::fromUtf8(bytes);
    }

private:
    QIODevice& m_device;
    QString m_name;
    qint64 m_size = 0;
    qint64 m_limit = 0;
    qint64 m_pos = 0;
    QString m_error;
};

// What one kept metadata item costs in memory besides its text: a QVariant, or a list or hash entry.
constexpr qint64 kKeptItemBytes = 32;

class HeaderParser
{
public:
    HeaderParser(Reader& r, const GgufLimits& limits)
        : m_r(r)
        , m_limits(limits)
    { }

    // Reads one value of type `t`. Arrays recurse up to maxArrayDepth.
    std::optional<QVariant> scalar(GgufType t, const QString& what)
    {
        switch (t) {
        case GgufType::UInt8:
            return wrap(m_r.value<quint8>(what));
        case GgufType::Int8:
            return wrap(m_r.value<qint8>(what));
        case GgufType::UInt16:
            return wrap(m_r.value<quint16>(what));
        case GgufType::Int16:
            return wrap(m_r.value<qint16>(what));
        case GgufType::UInt32:
            return wrap(m_r.value<quint32>(what));
        case GgufType::Int32:
            return wrap(m_r.value<qint32>(what));
        case GgufType::Float32:
            return wrap(m_r.value<float>(what));
        case GgufType::Bool: {
            const auto v = m_r.value<quint8>(what);
            if (!v)
                return std::nullopt;
            if (*v > 1) {
                m_r.fail(Tr::tr("%1: a bool must be 0 or 1, found %2").arg(what).arg(*v));
                return std::nullopt;
            }
            return QVariant(*v == 1);
        }
        case GgufType::UInt64:
            return wrap(m_r.value<quint64>(what));
        case GgufType::Int64:
            return wrap(m_r.value<qint64>(what));
        case GgufType::Float64:
            return wrap(m_r.value<double>(what));
        case GgufType::String: {
            const auto s = m_r.string(m_limits.maxStringLength, what);
            if (!s)
                return std::nullopt;
            return QVariant(*s);
        }
        case GgufType::Array:
            break;
        }
        m_r.fail(Tr::tr("%1: unexpected value type").arg(what));
        return std::nullopt;
    }

    std::optional<GgufType> valueType(const QString& what)
    {
        const auto t = m_r.value<quint32>(what);
        if (!t)
            return std::nullopt;
        if (*t > quint32(GgufType::Float64)) {
            m_r.fail(Tr::tr("%1 is %2, not a GGUF value type (0 to 12)").arg(what).arg(*t));
            return std::nullopt;
        }
        return GgufType(*t);
    }

    // Reads an array body (element type, count, elements) into `out`.
    bool array(GgufValue& out, const QString& what, int depth, bool keep)
    {
        if (depth > m_limits.maxArrayDepth)
            return m_r.fail(Tr::tr("%1: arrays nested deeper than %2 levels").arg(what).arg(m_limits.maxArrayDepth));
        const auto elementType = valueType(Tr::tr("the element type of %1").arg(what));
        if (!elementType)
            return false;
        const auto count = m_r.value<quint64>([&what] { return Tr::tr("the length of %1").arg(what); });
        if (!count)
            return false;
        out.type = GgufType::Array;
        out.arrayType = *elementType;
        // Every element takes at least one byte (strings and arrays at least eight): a count the rest of
        // the file cannot hold is rejected before anything is allocated or looped over.
        const qint64 minSize = std::max<qint64>(1, fixedSize(*elementType) > 0 ? fixedSize(*elementType) : 8);
        if (*count > quint64(m_limits.maxArrayLength) || qint64(*count) > m_r.remaining() / minSize)
            return m_r.fail(Tr::tr("%1 claims %2 elements of %3, more than the %4 bytes left in the file can hold")
                                .arg(what)
                                .arg(*count)
                                .arg(typeName(*elementType))
                                .arg(m_r.remaining()));
        const qint64 n = qint64(*count);
        out.arrayLength = n;
        const qint64 fixed = fixedSize(*elementType);
        if (fixed > 0) {
            if (!keep || n > m_limits.maxKeptArrayItems || !charge(n * kKeptItemBytes)) {
                out.itemsKept = false;
                return m_r.skip(n * fixed, what);
            }
            out.items.reserve(n);
            for (qint64 i = 0; i < n; ++i) {
                const auto v = scalar(*elementType, what);
                if (!v)
                    return false;
                out.items.append(*v);
            }
            return true;
        }
        for (qint64 i = 0; i < n; ++i) {
            const bool keepItem = keep && i < m_limits.maxKeptStringItems && charge(kKeptItemBytes);
            if (!keepItem)
                out.itemsKept = false;
            if (*elementType == GgufType::String) {
                const auto s = m_r.string(m_limits.maxStringLength, what, keepItem);
                if (!s)
                    return false;
                if (keepItem && charge(keptStringBytes(*s)))
                    out.items.append(*s);
                else
                    out.itemsKept = false;
            } else {
                GgufValue nested;
                if (!array(nested, what, depth + 1, keepItem))
                    return false;
                if (keepItem)
                    out.items.append(QVariant(nested.items));
            }
        }
        return true;
    }

    // Counts `bytes` of kept metadata against the budget; false (nothing counted) when they do not fit.
    bool charge(qint64 bytes)
    {
        if (bytes > m_limits.maxKeptBytes - m_kept)
            return false;
        m_kept += bytes;
        return true;
    }

    static qint64 keptStringBytes(const QString& s) { return kKeptItemBytes + 2 * qint64(s.size()); }

private:
    template <typename T> static std::optional<QVariant> wrap(const std::optional<T>& v)
    {
        if (!v)
            return std::nullopt;
        if constexpr (std::is_same_v<T, float> || std::is_same_v<T, double>)
            return QVariant(double(*v));
        else if constexpr (std::is_same_v<T, quint64>)
            return QVariant(qulonglong(*v));
        else
            return QVariant(qlonglong(*v));
    }

    Reader& m_r;
    const GgufLimits& m_limits;
    qint64 m_kept = 0;
};

qint64 alignUp(qint64 v, qint64 alignment)
{
    return ((v + alignment - 1) / alignment) * alignment;
}

} // namespace

std::optional<qint64> GgufValue::toInt() const
{
    switch (type) {
    case GgufType::UInt8:
    case GgufType::Int8:
    case GgufType::UInt16:
    case GgufType::Int16:
    case GgufType::UInt32:
    case GgufType::Int32:
    case GgufType::Int64:
        return value.toLongLong();
    case GgufType::UInt64: {
        const qulonglong v = value.toULongLong();
        if (v > qulonglong(std::numeric_limits<qint64>::max()))
            return std::nullopt;
        return qint64(v);
    }
    case GgufType::Bool:
        return value.toBool() ? 1 : 0;
    default:
        return std::nullopt;
    }
}

const GgufValue* GgufFile::value(const QString& key) const
{
    const auto it = metadata.constFind(key);
    return it == metadata.cend() ? nullptr : &*it;
}

std::optional<qint64> GgufFile::intValue(const QString& key) const
{
    const GgufValue* v = value(key);
    return v ? v->toInt() : std::nullopt;
}

QString GgufFile::stringValue(const QString& key) const
{
    const GgufValue* v = value(key);
    return v && v->type == GgufType::String ? v->value.toString() : QString();
}

qint64 GgufFile::tensorBytes() const
{
    qint64 total = 0;
    for (const GgufTensorInfo& t : tensors)
        total = satAdd(total, t.bytes);
    return total;
}

namespace {

// The steps of reading a header: each fills `file()` or fails with one message naming the file and the problem.
class FileParser
{
public:
    FileParser(QIODevice& device, const QString& name, const QuantCatalog& catalog, const GgufLimits& limits)
        : m_name(name)
        , m_size(device.size())
        , m_catalog(catalog)
        , m_limits(limits)
        , m_r(device, name, m_size, limits.maxHeaderBytes)
        , m_p(m_r, limits)
    { }

    const QString& error() const { return m_error; }
    GgufFile& file() { return m_f; }

    // Magic number, version and the two counts, each checked against what the file can hold.
    bool header()
    {
        char magic[4];
        if (m_size < 4)
            return fail(Tr::tr("%1: not a GGUF file (only %2 bytes)").arg(m_name).arg(m_size));
        if (!m_r.read(magic, 4, Tr::tr("the magic number")))
            return failed();
        if (std::memcmp(magic, "GGUF", 4) != 0)
            return fail(Tr::tr("%1: not a GGUF file (the magic number is not 'GGUF')").arg(m_name));
        const auto version = m_r.value<quint32>(Tr::tr("the version"));
        if (!version)
            return failed();
        if (*version == 0x02000000u || *version == 0x03000000u)
            return fail(Tr::tr("%1: big-endian GGUF files are not supported").arg(m_name));
        if (*version == 1)
            return fail(Tr::tr("%1: GGUF version 1 is obsolete and not supported (re-convert with a current llama.cpp)")
                            .arg(m_name));
        if (*version != 2 && *version != 3)
            return fail(Tr::tr("%1: unknown GGUF version %2 (supported: 2 and 3)").arg(m_name).arg(*version));

        m_f.path = m_name;
        m_f.version = *version;
        m_f.fileSize = m_size;
        const auto tensorCount = m_r.value<quint64>(Tr::tr("the tensor count"));
        const auto kvCount = m_r.value<quint64>(Tr::tr("the metadata count"));
        if (!tensorCount || !kvCount)
            return failed();
        // A tensor info is at least 8 + 1 + 4 + 8 + 4 + 8 bytes, a key/value at least 8 + 1 + 4 + 1.
        if (*tensorCount > quint64(m_limits.maxTensors))
            return fail(
                Tr::tr("%1: claims %2 tensors (limit %3)").arg(m_name).arg(*tensorCount).arg(m_limits.maxTensors));
        if (*kvCount > quint64(m_limits.maxKeyValues))
            return fail(Tr::tr("%1: claims %2 metadata entries (limit %3)")
                            .arg(m_name)
                            .arg(*kvCount)
                            .arg(m_limits.maxKeyValues));
        if (qint64(*tensorCount) * 33 + qint64(*kvCount) * 14 > m_r.remaining())
            return fail(Tr::tr("%1: claims %2 tensors and %3 metadata entries, more than the file's %4 bytes can hold "
                               "(truncated or corrupt)")
                            .arg(m_name)
                            .arg(*tensorCount)
                            .arg(*kvCount)
                            .arg(m_size));
        m_tensorCount = *tensorCount;
        m_kvCount = *kvCount;
        return true;
    }

    // The key/value pairs, then the alignment they may set.
    bool metadata()
    {
        for (quint64 i = 0; i < m_kvCount; ++i) {
            if (cancelled() || !keyValue(i))
                return false;
        }
        if (const GgufValue* a = m_f.value(QStringLiteral("general.alignment"))) {
            const auto al = a->toInt();
            if (a->type != GgufType::UInt32 || !al || *al <= 0 || (*al & (*al - 1)) != 0 || *al > (1 << 30))
                return fail(Tr::tr("%1: general.alignment must be a power of two stored as uint32, found %2 %3")
                                .arg(m_name, typeName(a->type), a->value.toString()));
            m_f.alignment = *al;
        }
        return true;
    }

    bool tensorInfos()
    {
        QSet<QString> names;
        m_f.tensors.reserve(size_t(m_tensorCount));
        for (quint64 i = 0; i < m_tensorCount; ++i) {
            if (cancelled() || !tensorInfo(i, names))
                return false;
        }
        return true;
    }

    // Data section: every tensor inside it, none overlapping.
    bool dataSection()
    {
        GgufFile& f = m_f;
        f.dataOffset = alignUp(m_r.pos(), f.alignment);
        if (f.dataOffset > m_size) {
            if (!f.tensors.empty())
                return fail(Tr::tr("%1: the file ends before its data section (header %2 bytes, file %3; truncated?)")
                                .arg(m_name)
                                .arg(f.dataOffset)
                                .arg(m_size));
            f.dataOffset = m_size;
        }
        f.dataSize = m_size - f.dataOffset;
        std::vector<size_t> order(f.tensors.size());
        for (size_t i = 0; i < order.size(); ++i)
            order[i] = i;
        std::sort(
            order.begin(), order.end(), [&f](size_t a, size_t b) { return f.tensors[a].offset < f.tensors[b].offset; });
        qint64 previousEnd = 0;
        const GgufTensorInfo* previous = nullptr;
        for (size_t i : order) {
            const GgufTensorInfo& t = f.tensors[i];
            const auto end = checkedAdd(t.offset, t.bytes);
            if (!end || *end > f.dataSize)
                return fail(
                    Tr::tr("%1: tensor '%2' (%3 bytes at offset %4) runs past the end of the data section (%5 bytes; "
                           "truncated?)")
                        .arg(m_name, t.name)
                        .arg(t.bytes)
                        .arg(t.offset)
                        .arg(f.dataSize));
            if (previous && t.offset < previousEnd)
                return fail(Tr::tr("%1: tensors '%2' and '%3' overlap (offset %4 is before %5)")
                                .arg(m_name, previous->name, t.name)
                                .arg(t.offset)
                                .arg(previousEnd));
            previousEnd = *end;
            previous = &t;
        }
        if (!f.tensors.empty() && alignUp(previousEnd, f.alignment) < f.dataSize)
            f.warnings << Tr::tr("%1: %2 bytes after the last tensor are not used by any tensor")
                              .arg(m_name)
                              .arg(f.dataSize - previousEnd);
        return true;
    }

private:
    bool fail(const QString& message)
    {
        m_error = message;
        return false;
    }
    bool failed() { return fail(m_r.error()); }

    bool cancelled()
    {
        if (!m_limits.cancel || !m_limits.cancel->load(std::memory_order_relaxed))
            return false;
        fail(Tr::tr("%1: reading was cancelled").arg(m_name));
        return true;
    }

    bool headerFits()
    {
        if (m_r.pos() > m_limits.maxHeaderBytes)
            return fail(Tr::tr("%1: the header exceeds %2 bytes").arg(m_name).arg(m_limits.maxHeaderBytes));
        return true;
    }

    bool keyValue(quint64 i)
    {
        const auto key
            = m_r.string(m_limits.maxKeyLength, [i] { return Tr::tr("the key of metadata entry %1").arg(i); });
        if (!key)
            return failed();
        if (key->isEmpty())
            return fail(Tr::tr("%1: metadata entry %2 has an empty key").arg(m_name).arg(i));
        if (m_f.metadata.contains(*key))
            return fail(Tr::tr("%1: metadata key '%2' appears twice").arg(m_name, *key));
        // The key lives in the key list and the hash, with the hash's node.
        if (!m_p.charge(2 * HeaderParser::keptStringBytes(*key)))
            return fail(Tr::tr("%1: the metadata keys take more than %2 bytes of memory (limit)")
                            .arg(m_name)
                            .arg(m_limits.maxKeptBytes));
        const QString what = Tr::tr("metadata '%1'").arg(*key);
        const auto type = m_p.valueType(Tr::tr("the type of %1").arg(what));
        if (!type)
            return failed();
        GgufValue v;
        v.type = *type;
        if (*type == GgufType::Array) {
            if (!m_p.array(v, what, 1, true))
                return failed();
        } else {
            const auto value = m_p.scalar(*type, what);
            if (!value)
                return failed();
            if (*type != GgufType::String || m_p.charge(HeaderParser::keptStringBytes(value->toString())))
                v.value = *value;
            else if (!std::exchange(m_budgetSpent, true))
                m_f.warnings << Tr::tr("%1: metadata from '%2' on is not kept: the metadata's memory budget of %3 "
                                       "bytes is spent")
                                    .arg(m_name, *key)
                                    .arg(m_limits.maxKeptBytes);
        }
        m_f.keys << *key;
        m_f.metadata.insert(*key, v);
        return headerFits();
    }

    bool tensorInfo(quint64 i, QSet<QString>& names)
    {
        GgufTensorInfo t;
        const auto tname = m_r.string(m_limits.maxKeyLength, [i] { return Tr::tr("the name of tensor %1").arg(i); });
        if (!tname)
            return failed();
        t.name = *tname;
        if (t.name.isEmpty())
            return fail(Tr::tr("%1: tensor %2 has an empty name").arg(m_name).arg(i));
        if (names.contains(t.name))
            return fail(Tr::tr("%1: tensor '%2' appears twice").arg(m_name, t.name));
        names.insert(t.name);
        if (!tensorShape(t) || !tensorType(t))
            return false;
        const auto offset = m_r.value<quint64>([&t] { return Tr::tr("the offset of tensor '%1'").arg(t.name); });
        if (!offset)
            return failed();
        if (*offset > quint64(std::numeric_limits<qint64>::max()))
            return fail(Tr::tr("%1: tensor '%2' has offset %3, past any file").arg(m_name, t.name).arg(*offset));
        t.offset = qint64(*offset);
        if (t.offset % m_f.alignment != 0)
            return fail(Tr::tr("%1: tensor '%2' has offset %3, not a multiple of the alignment %4")
                            .arg(m_name, t.name)
                            .arg(t.offset)
                            .arg(m_f.alignment));
        m_f.tensors.push_back(t);
        return headerFits();
    }

    bool tensorShape(GgufTensorInfo& t)
    {
        const auto nDims
            = m_r.value<quint32>([&t] { return Tr::tr("the dimension count of tensor '%1'").arg(t.name); });
        if (!nDims)
            return failed();
        if (*nDims < 1 || *nDims > 4)
            return fail(Tr::tr("%1: tensor '%2' has %3 dimensions (1 to 4 allowed)").arg(m_name, t.name).arg(*nDims));
        t.nDims = int(*nDims);
        qint64 elements = 1;
        for (int d = 0; d < t.nDims; ++d) {
            // Read unsigned, so that a dimension of 2^63 or more is reported as the number it is.
            const auto ne = m_r.value<quint64>([&t] { return Tr::tr("the shape of tensor '%1'").arg(t.name); });
            if (!ne)
                return failed();
            if (*ne < 1 || *ne > quint64(m_limits.maxDim))
                return fail(Tr::tr("%1: tensor '%2' has dimension %3 = %4 (1 to %5 allowed)")
                                .arg(m_name, t.name)
                                .arg(d)
                                .arg(*ne)
                                .arg(m_limits.maxDim));
            t.ne[d] = qint64(*ne);
            const auto product = checkedMul(elements, t.ne[d]);
            if (!product)
                return fail(
                    Tr::tr("%1: tensor '%2' has more elements than a 64-bit count can hold").arg(m_name, t.name));
            elements = *product;
        }
        return true;
    }

    // The ggml type, its storage type and the bytes the shape takes in it.
    bool tensorType(GgufTensorInfo& t)
    {
        const auto type = m_r.value<quint32>([&t] { return Tr::tr("the type of tensor '%1'").arg(t.name); });
        if (!type)
            return failed();
        t.ggmlType = int(std::min<quint32>(*type, quint32(std::numeric_limits<int>::max())));
        const StorageType* st = m_catalog.typeByGgmlId(t.ggmlType);
        if (!st)
            st = builtinGgmlType(t.ggmlType);
        if (!st)
            return fail(Tr::tr("%1: tensor '%2' has ggml type %3, which this version does not know (a newer llama.cpp "
                               "type, or a corrupt file)")
                            .arg(m_name, t.name)
                            .arg(*type));
        t.typeId = st->id;
        if (!st->fitsRow(t.ne[0]))
            return fail(Tr::tr("%1: tensor '%2' has rows of %3 elements, not a whole number of %4 blocks of %5")
                            .arg(m_name, t.name)
                            .arg(t.ne[0])
                            .arg(st->id)
                            .arg(st->blockSize));
        const auto planes = checkedMul(t.ne[1], t.ne[2]);
        const auto rows = planes ? checkedMul(*planes, t.ne[3]) : std::nullopt;
        const qint64 bytes = rows ? st->bytesFor(t.ne[0], *rows, 1) : std::numeric_limits<qint64>::max();
        if (bytes == std::numeric_limits<qint64>::max())
            return fail(Tr::tr("%1: tensor '%2' claims an absurd size").arg(m_name, t.name));
        t.bytes = bytes;
        return true;
    }

    QString m_name;
    qint64 m_size = 0;
    const QuantCatalog& m_catalog;
    const GgufLimits& m_limits;
    Reader m_r;
    HeaderParser m_p;
    GgufFile m_f;
    quint64 m_tensorCount = 0;
    quint64 m_kvCount = 0;
    bool m_budgetSpent = false;
    QString m_error;
};

} // namespace

std::optional<GgufFile> readGgufDevice(
    QIODevice& device, const QString& name, const QuantCatalog& catalog, QString* error, const GgufLimits& limits)
{
    FileParser parser(device, name, catalog, limits);
    if (!parser.header() || !parser.metadata() || !parser.tensorInfos() || !parser.dataSection()) {
        if (error)
            *error = parser.error();
        return std::nullopt;
    }
    return std::move(parser.file());
}

std::optional<GgufFile> readGgufFile(
    const QString& path, const QuantCatalog& catalog, QString* error, const GgufLimits& limits)
{
    GuardedFile file;
    if (!file.open(path, error))
        return std::nullopt;
    auto f = readGgufDevice(file.device(), path, catalog, error, limits);
    if (f)
        f->path = path;
    return f;
}

// ---------------------------------------------------------------------------------------------------------
// ModelSpec from the metadata

namespace {

constexpr qint64 kMaxDim = qint64(1) << 24;
constexpr qint64 kMaxLayers = 4096;
constexpr qint64 kMaxExperts = 65536;
constexpr qint64 kMaxContext = qint64(1) << 30;

class SpecReader
{
public:
    SpecReader(const GgufFile& f, QString arch, QStringList* warnings)
        : m_f(f)
        , m_arch(std::move(arch))
        , m_warnings(warnings)
    {
        for (const GgufTensorInfo& t : f.tensors)
            m_tensors.insert(t.name, &t);
    }

    const GgufFile& file() const { return m_f; }
    const QString& path() const { return m_f.path; }
    const QString& arch() const { return m_arch; }
    QString key(const char* suffix) const { return m_arch + u'.' + QString::fromLatin1(suffix); }
    bool present(const char* suffix) const { return m_f.value(key(suffix)) != nullptr; }

    // An integer key, scalar or per-layer array (the largest entry then; a warning if the non-zero ones differ).
    std::optional<qint64> optInt(const char* suffix, qint64 min, qint64 max)
    {
        const QString k = key(suffix);
        const GgufValue* v = m_f.value(k);
        if (!v)
            return std::nullopt;
        std::optional<qint64> out;
        if (v->isArray()) {
            qint64 best = 0;
            bool mixed = false;
            for (const QVariant& item : v->items) {
                bool ok = false;
                const qint64 x = item.toLongLong(&ok);
                if (!ok)
                    continue;
                // A 0 entry marks a block without that part (no attention in a recurrent block): not a difference.
                if (out && x != *out && x != 0 && *out != 0)
                    mixed = true;
                best = std::max(best, x);
                if (!out || x != 0)
                    out = x;
            }
            if (!out) {
                fail(Tr::tr("%1: '%2' must be an integer or an array of integers").arg(m_f.path, k));
                return std::nullopt;
            }
            if (mixed && m_warnings && !m_perLayerArrays)
                *m_warnings << Tr::tr("%1: '%2' differs between layers; the largest value %3 is used")
                                   .arg(m_f.path, k)
                                   .arg(best);
            out = best;
        } else {
            out = v->toInt();
            if (!out) {
                fail(Tr::tr("%1: '%2' must be an integer, found %3").arg(m_f.path, k, typeName(v->type)));
                return std::nullopt;
            }
        }
        if (*out < min || *out > max) {
            fail(Tr::tr("%1: '%2' = %3 is out of range (%4 to %5)").arg(m_f.path, k).arg(*out).arg(min).arg(max));
            return std::nullopt;
        }
        return out;
    }

    qint64 integer(const char* suffix, qint64 fallback, qint64 min, qint64 max)
    {
        return optInt(suffix, min, max).value_or(fallback);
    }

    qint64 required(const char* suffix, qint64 min, qint64 max)
    {
        if (!m_f.value(key(suffix))) {
            fail(Tr::tr("%1: metadata '%2' is missing").arg(m_f.path, key(suffix)));
            return 0;
        }
        return optInt(suffix, min, max).value_or(0);
    }

    const GgufTensorInfo* tensor(const QString& name) const { return m_tensors.value(name, nullptr); }

    // The family's reader interprets per-layer arrays itself (Gemma 4's head counts per kind of layer): no warning
    // when their entries differ.
    void setPerLayerArrays(bool on) { m_perLayerArrays = on; }

    // The tensor `name` ("attn_q.weight") in any repeating block.
    const GgufTensorInfo* inAnyLayer(const QString& name, qint64 layers) const
    {
        for (qint64 il = 0; il < layers; ++il) {
            if (const GgufTensorInfo* t = tensor(QStringLiteral("blk.%1.%2").arg(il).arg(name)))
                return t;
        }
        return nullptr;
    }

    bool hasInAnyLayer(const QString& name, qint64 layers) const { return inAnyLayer(name, layers) != nullptr; }

    void fail(const QString& message)
    {
        if (m_error.isEmpty())
            m_error = message;
    }

    const QString& error() const { return m_error; }

private:
    const GgufFile& m_f;
    QString m_arch;
    QStringList* m_warnings;
    QHash<QString, const GgufTensorInfo*> m_tensors;
    QString m_error;
    bool m_perLayerArrays = false;
};

// Whether any repeating block of `s` holds the tensor `name`.
bool anyLayerHas(const SpecReader& r, const ModelSpec& s, const char* name)
{
    return r.hasInAnyLayer(QString::fromLatin1(name), s.numLayers);
}

// DeepSeek's multi-head latent attention: low-rank q and kv projections, rope on part of each head.
QString readMla(SpecReader& r, ModelSpec& s)
{
    AttentionSpec& a = s.attention;
    a.kvLoraRank = r.required("attention.kv_lora_rank", 1, kMaxDim);
    a.qLoraRank = r.integer("attention.q_lora_rank", 0, 0, kMaxDim);
    a.ropeHeadDim = r.required("rope.dimension_count", 1, kMaxDim);
    if (r.present("attention.key_length_mla")) {
        // Converters since 2025 store the absorbed layout: key_length = kv_lora_rank + rope.
        a.headDim = r.required("attention.key_length_mla", 1, kMaxDim);
        a.vHeadDim = r.required("attention.value_length_mla", 1, kMaxDim);
        a.numKvHeads = a.numHeads;
    }
    a.nopeHeadDim = a.headDim - a.ropeHeadDim;
    if (r.error().isEmpty() && a.nopeHeadDim <= 0)
        return Tr::tr("%1: %2.attention.key_length %3 is not larger than rope.dimension_count %4")
            .arg(r.path(), r.arch())
            .arg(a.headDim)
            .arg(a.ropeHeadDim);
    return {};
}

// Llama files with experts are Mixtral's.
void adjustLlama(SpecReader&, ModelSpec& s)
{
    if (s.moe.numExperts > 0)
        s.modelType = QStringLiteral("mixtral");
}

// DeepSeek-V3 differs from V2 in the experts' correction bias.
void adjustDeepseek2(SpecReader&, ModelSpec& s)
{
    if (s.moe.numExperts > 0 && s.moe.correctionBias)
        s.modelType = QStringLiteral("deepseek_v3");
}

// Phi-3 stores gate and up as one ffn_up.
void adjustPhi3(SpecReader& r, ModelSpec& s)
{
    if (!anyLayerHas(r, s, "ffn_gate.weight")) {
        s.ffn.fusedGateUp = true;
        s.ffn.gated = true;
    }
}

// MTP / nextn blocks: llama.cpp counts them in block_count after the decoder's own blocks.
QString readNextn(SpecReader& r, ModelSpec& s)
{
    const qint64 nextn = r.integer("nextn_predict_layers", 0, 0, 16);
    if (nextn >= s.numLayers)
        return Tr::tr("%1: %2.nextn_predict_layers %3 leaves no decoder block of %4")
            .arg(r.path(), r.arch())
            .arg(nextn)
            .arg(s.numLayers);
    s.mtpLayers = nextn;
    s.numLayers -= nextn;
    s.layers.assign(size_t(s.numLayers), LayerSpec {});
    return {};
}

// Qwen3.5 / 3.6 and Qwen3-Next: Gated DeltaNet blocks, full attention in every full_attention_interval-th block
// (llama.cpp's recurrent_layer_arr), MTP blocks after them. The DeltaNet's shape is in ssm.*: state_size is the
// key head size, group_count the key heads, time_step_rank the value heads, inner_size all value features.
QString readQwenHybrid(SpecReader& r, ModelSpec& s)
{
    if (const QString e = readNextn(r, s); !e.isEmpty())
        return e;
    DeltaNetSpec& d = s.deltaNet;
    d.convKernel = r.required("ssm.conv_kernel", 1, 1024);
    d.keyHeadDim = r.required("ssm.state_size", 1, kMaxDim);
    d.numKeyHeads = r.required("ssm.group_count", 1, kMaxDim);
    d.numValueHeads = r.required("ssm.time_step_rank", 1, kMaxDim);
    const qint64 inner = r.required("ssm.inner_size", 1, kMaxDim);
    const qint64 interval = r.integer("full_attention_interval", 4, 1, kMaxLayers);
    if (!r.error().isEmpty())
        return r.error();
    if (inner % d.numValueHeads != 0 || d.numValueHeads % d.numKeyHeads != 0)
        return Tr::tr("%1: %2.ssm.inner_size %3, time_step_rank %4 and group_count %5 do not divide evenly")
            .arg(r.path(), r.arch())
            .arg(inner)
            .arg(d.numValueHeads)
            .arg(d.numKeyHeads);
    d.valueHeadDim = inner / d.numValueHeads;
    for (qint64 il = 0; il < s.numLayers; ++il)
        s.layers[size_t(il)].mixer = (il + 1) % interval == 0 ? MixerKind::Attention : MixerKind::GatedDeltaNet;
    AttentionSpec& a = s.attention;
    a.fusedQkv = false; // attn_qkv is the DeltaNet's input projection here
    // attn_q also yields the output gate: twice the query features
    const GgufTensorInfo* q = r.inAnyLayer(QStringLiteral("attn_q.weight"), s.numLayers);
    a.outputGate = !q || q->ne[1] == 2 * a.numHeads * a.headDim;
    return {};
}

// The pre-MLP norm is post_attention_norm, not a second pair of norms.
void adjustQwenHybrid(SpecReader&, ModelSpec& s)
{
    s.normsPerLayer = 2;
    s.ffnNormAfterAttention = true;
}

// LFM2: head_count_kv per block, 0 for a short-convolution block; shortconv.l_cache taps. The final norm is
// token_embd_norm, so the file has no output_norm.
QString readLfm2(SpecReader& r, ModelSpec& s)
{
    s.shortConvKernel = r.required("shortconv.l_cache", 2, 1024);
    const GgufValue* kv = r.file().value(r.key("attention.head_count_kv"));
    if (!kv || !kv->isArray() || kv->items.size() != s.numLayers)
        return Tr::tr("%1: %2.attention.head_count_kv must list the KV heads of each of the %3 blocks")
            .arg(r.path(), r.arch())
            .arg(s.numLayers);
    for (qint64 il = 0; il < s.numLayers; ++il) {
        const qint64 heads = kv->items.value(il).toLongLong();
        if (heads == 0)
            s.layers[size_t(il)].mixer = MixerKind::ShortConv;
        else if (heads != s.attention.numKvHeads)
            return Tr::tr("%1: %2.attention.head_count_kv differs between attention blocks (%3 and %4)")
                .arg(r.path(), r.arch())
                .arg(heads)
                .arg(s.attention.numKvHeads);
    }
    return r.error();
}

// Llama 4: three of four blocks attend within chunks, which llama.cpp keeps as a sliding window of 8192 tokens
// whatever the checkpoint's attention_chunk_size (src/models/llama4.cpp); every fourth attends globally without
// RoPE.
QString readLlama4(SpecReader&, ModelSpec& s)
{
    s.slidingWindow = 8192;
    for (qint64 il = 0; il < s.numLayers; ++il) {
        LayerSpec& l = s.layers[size_t(il)];
        l.noRope = (il + 1) % 4 == 0;
        l.window = l.noRope ? AttentionWindow::Full : AttentionWindow::Chunked;
    }
    return {};
}

// DeepSeek sparse attention (deepseek32, glm-dsa): MLA, the lightning indexer's attention.indexer.* keys and the
// nextn blocks. A block without indexer weights reuses the previous block's top-k (GLM-5.2's "shared" layers).
QString readSparseMla(SpecReader& r, ModelSpec& s)
{
    if (const QString e = readNextn(r, s); !e.isEmpty())
        return e;
    if (const QString e = readMla(r, s); !e.isEmpty())
        return e;
    AttentionSpec& a = s.attention;
    a.indexHeads = r.required("attention.indexer.head_count", 1, kMaxDim);
    a.indexHeadDim = r.required("attention.indexer.key_length", 1, kMaxDim);
    a.indexTopk = r.required("attention.indexer.top_k", 1, kMaxContext);
    for (qint64 il = 0; il < s.numLayers; ++il)
        s.layers[size_t(il)].indexer = r.tensor(QStringLiteral("blk.%1.indexer.proj.weight").arg(il)) != nullptr;
    return r.error();
}

// The expert correction bias is part of both families; DeepSeek's checkpoints also give the nextn block an
// embedding and a head of its own (the GGUF file leaves them out).
void adjustDeepseek32(SpecReader&, ModelSpec& s)
{
    s.mtpOwnEmbedding = s.mtpLayers > 0;
}

// DeepSeek-V4 (deepseek4): the keys llama_model_deepseek4::load_arch_hparams reads (src/models/deepseek4.cpp): the
// low-rank query, the grouped output, the hyper-connection streams, the hash-routed blocks, the window every block
// keeps and each block's compression ratio (attention.compress_ratios, one entry per block at least).
QString readDeepseekV4(SpecReader& r, ModelSpec& s)
{
    if (const QString e = readNextn(r, s); !e.isEmpty())
        return e;
    AttentionSpec& a = s.attention;
    a.qLoraRank = r.required("attention.q_lora_rank", 1, kMaxDim);
    a.ropeHeadDim = r.required("rope.dimension_count", 1, kMaxDim);
    a.nopeHeadDim = std::max<qint64>(a.headDim - a.ropeHeadDim, 0);
    a.indexHeads = r.required("attention.indexer.head_count", 1, kMaxDim);
    a.indexHeadDim = r.required("attention.indexer.key_length", 1, kMaxDim);
    a.indexTopk = r.required("attention.indexer.top_k", 1, kMaxContext);
    DeepseekV4Spec& v = s.deepseekV4;
    v.outputGroups = r.required("attention.output_group_count", 1, kMaxDim);
    v.outputLoraRank = r.required("attention.output_lora_rank", 1, kMaxDim);
    v.hyperConnections = r.required("hyper_connection.count", 1, 64);
    s.slidingWindow = r.required("attention.sliding_window", 1, kMaxContext);
    const qint64 hashLayers = r.integer("hash_layer_count", 0, 0, kMaxLayers);
    if (!r.error().isEmpty())
        return r.error();
    const QString key = r.key("attention.compress_ratios");
    const GgufValue* ratios = r.file().value(key);
    if (!ratios || !ratios->isArray() || !ratios->itemsKept || ratios->arrayLength < s.numLayers)
        return Tr::tr("%1: '%2' must be an array with an entry per block (%3 blocks)")
            .arg(r.path(), key)
            .arg(s.numLayers);
    for (qint64 il = 0; il < s.numLayers + s.mtpLayers && il < qint64(ratios->items.size()); ++il) {
        bool ok = false;
        const qint64 ratio = ratios->items[il].toLongLong(&ok);
        if (!ok || (ratio != 0 && ratio != 4 && ratio != 128))
            return Tr::tr("%1: '%2' entry %3 is %4; llama.cpp builds ratios 0, 4 and 128")
                .arg(r.path(), key)
                .arg(il)
                .arg(ratios->items[il].toString());
        if (il < s.numLayers) {
            LayerSpec& l = s.layers[size_t(il)];
            l.compressRatio = ratio;
            l.hashRouted = il < hashLayers;
            l.window = AttentionWindow::Sliding;
        } else {
            v.mtpCompressRatios.push_back(ratio);
        }
    }
    return {};
}

// The Mamba2 mixer's shape, as Nemotron-H and the Granite 4.0 hybrids write it: ssm.inner_size is heads x head
// size, ssm.time_step_rank the heads; the convolution and input projection have biases when their tensors exist.
QString readMamba2(SpecReader& r, ModelSpec& s)
{
    MambaSpec& m = s.mamba;
    m.convKernel = r.required("ssm.conv_kernel", 1, 1024);
    m.stateSize = r.required("ssm.state_size", 1, kMaxDim);
    m.groups = r.required("ssm.group_count", 1, kMaxDim);
    m.numHeads = r.required("ssm.time_step_rank", 1, kMaxDim);
    const qint64 inner = r.required("ssm.inner_size", 1, kMaxDim);
    if (!r.error().isEmpty())
        return r.error();
    if (inner % m.numHeads != 0 || m.numHeads % m.groups != 0)
        return Tr::tr("%1: %2.ssm.inner_size %3, time_step_rank %4 and group_count %5 do not divide evenly")
            .arg(r.path(), r.arch())
            .arg(inner)
            .arg(m.numHeads)
            .arg(m.groups);
    m.headDim = inner / m.numHeads;
    m.convBias = anyLayerHas(r, s, "ssm_conv1d.bias");
    m.projBias = anyLayerHas(r, s, "ssm_in.bias");
    return {};
}

// Nemotron-H with experts (nemotron_h_moe): each block is a Mamba2 mixer, attention or the experts. Per block, a
// non-zero attention.head_count_kv marks attention and a non-zero feed_forward_length the feed-forward (llama.cpp's
// recurrent blocks have both 0). ssm.inner_size is heads x head size, ssm.time_step_rank the heads.
QString readNemotronH(SpecReader& r, ModelSpec& s)
{
    if (const QString e = readNextn(r, s); !e.isEmpty())
        return e;
    const GgufValue* kv = r.file().value(r.key("attention.head_count_kv"));
    const GgufValue* ff = r.file().value(r.key("feed_forward_length"));
    if (!kv || !ff || !kv->isArray() || !ff->isArray() || kv->items.size() < s.numLayers
        || ff->items.size() < s.numLayers)
        return Tr::tr("%1: %2.attention.head_count_kv and feed_forward_length must list each of the %3 blocks")
            .arg(r.path(), r.arch())
            .arg(s.numLayers);
    if (const QString e = readMamba2(r, s); !e.isEmpty())
        return e;
    const bool experts = r.integer("expert_count", 0, 0, kMaxExperts) > 0;
    for (qint64 il = 0; il < s.numLayers; ++il) {
        LayerSpec& l = s.layers[size_t(il)];
        if (kv->items.value(il).toLongLong() > 0) {
            l.hasFfn = false;
        } else if (ff->items.value(il).toLongLong() > 0) {
            l.hasMixer = false;
            l.moe = experts;
        } else {
            l.mixer = MixerKind::Mamba2;
            l.hasFfn = false;
        }
    }
    s.moe.latentSize = r.integer("moe_latent_size", 0, 0, kMaxDim);
    return {};
}

// Squared-ReLU feed-forwards: up and down only, in the experts too.
void adjustNemotronH(SpecReader& r, ModelSpec& s)
{
    s.ffn.gated = false;
    s.moe.gatedExperts = anyLayerHas(r, s, "ffn_gate_exps.weight");
}

// Gemma 4: attention.sliding_window_pattern marks the sliding blocks (key_length_swa, their head_count_kv entries)
// and the global ones (key_length, theirs, V from K where the block has no attn_v); experts beside the dense MLP
// with their router scales; one output scale per block.
// Gemma 4 E-series: the per-layer input table (its rows are the tokens), the blocks from
// numLayers - attention.shared_kv_layers on that reuse the KV of block n - 2 (sliding) or n - 1 (full), with n the
// first sharing block (llama.cpp's layer reuse), and per-block MLP widths (feed_forward_length as an array).
QString readGemma4Extras(SpecReader& r, ModelSpec& s)
{
    s.perLayerInputSize = r.integer("embedding_length_per_layer_input", 0, 0, kMaxDim);
    if (s.perLayerInputSize > 0) {
        const GgufTensorInfo* t = r.tensor(QStringLiteral("per_layer_token_embd.weight"));
        if (!t || t->ne[0] != s.numLayers * s.perLayerInputSize)
            return Tr::tr("%1: per_layer_token_embd.weight must hold %2 x %3 values per token")
                .arg(r.path())
                .arg(s.numLayers)
                .arg(s.perLayerInputSize);
        s.perLayerVocab = t->ne[1];
    }
    if (const GgufValue* ff = r.file().value(r.key("feed_forward_length")); ff && ff->isArray()) {
        if (ff->items.size() != s.numLayers)
            return Tr::tr("%1: %2.feed_forward_length must list each of the %3 blocks")
                .arg(r.path(), r.arch())
                .arg(s.numLayers);
        s.ffn.intermediate = ff->items.value(0).toLongLong();
        for (qint64 il = 0; il < s.numLayers; ++il) {
            const qint64 width = ff->items.value(il).toLongLong();
            if (width <= 0 || width > kMaxDim)
                return Tr::tr("%1: %2.feed_forward_length[%3] = %4 is out of range")
                    .arg(r.path(), r.arch())
                    .arg(il)
                    .arg(width);
            s.layers[size_t(il)].ffnIntermediate = width != s.ffn.intermediate ? width : 0;
        }
    }
    const qint64 shared = r.integer("attention.shared_kv_layers", 0, 0, s.numLayers);
    const qint64 first = s.numLayers - shared;
    if (shared > 0 && first < 2)
        return Tr::tr("%1: %2.attention.shared_kv_layers = %3 leaves fewer than two blocks with a KV cache")
            .arg(r.path(), r.arch())
            .arg(shared);
    for (qint64 il = first; il < s.numLayers; ++il) {
        LayerSpec& l = s.layers[size_t(il)];
        const qint64 source = first - (l.isWindowed() ? 2 : 1);
        if (s.layers[size_t(source)].isWindowed() != l.isWindowed())
            return Tr::tr("%1: block %2 would reuse the KV of block %3, which attends differently")
                .arg(r.path())
                .arg(il)
                .arg(source);
        l.kvSourceLayer = int(source);
    }
    return r.error();
}

// The sliding pattern and the KV heads of each block (Gemma 4, MiMo-V2-Flash): both must list every block, though
// head_count_kv may be one number when every block has the same. Empty when they do.
QString checkBlockPattern(SpecReader& r, const ModelSpec& s, const GgufValue* pattern, const GgufValue* kv)
{
    if (!pattern || !pattern->isArray() || pattern->items.size() != s.numLayers || !kv
        || (kv->isArray() && kv->items.size() != s.numLayers))
        return Tr::tr("%1: %2.attention.sliding_window_pattern and head_count_kv must list each of the %3 blocks")
            .arg(r.path(), r.arch())
            .arg(s.numLayers);
    return {};
}

QString readGemma4(SpecReader& r, ModelSpec& s)
{
    const GgufValue* pattern = r.file().value(r.key("attention.sliding_window_pattern"));
    const GgufValue* kv = r.file().value(r.key("attention.head_count_kv"));
    // head_count_kv is one number when sliding and full blocks have the same KV heads (the E-series).
    if (const QString e = checkBlockPattern(r, s, pattern, kv); !e.isEmpty())
        return e;
    AttentionSpec& a = s.attention;
    AttentionSpec& g = s.globalAttention;
    g = a; // key_length / value_length are the global blocks'
    a.headDim = a.vHeadDim = r.required("attention.key_length_swa", 1, kMaxDim);
    a.qkNorm = g.qkNorm = QkNorm::PerHead;
    s.slidingWindow = r.required("attention.sliding_window", 1, kMaxContext);
    bool anyGlobal = false;
    for (qint64 il = 0; il < s.numLayers; ++il) {
        LayerSpec& l = s.layers[size_t(il)];
        const bool sliding = pattern->items.value(il).toBool();
        const qint64 heads = kv->isArray() ? kv->items.value(il).toLongLong() : a.numKvHeads;
        l.window = sliding ? AttentionWindow::Sliding : AttentionWindow::Full;
        l.globalShape = !sliding;
        (sliding ? a : g).numKvHeads = heads;
        if (!sliding && !anyGlobal) {
            anyGlobal = true;
            g.valueFromKey = !r.tensor(QStringLiteral("blk.%1.attn_v.weight").arg(il));
        }
    }
    if (a.numKvHeads <= 0 || g.numKvHeads <= 0 || a.numHeads % a.numKvHeads != 0 || g.numHeads % g.numKvHeads != 0)
        return Tr::tr("%1: %2.attention.head_count_kv does not divide head_count").arg(r.path(), r.arch());
    s.layerScalar = true;
    return readGemma4Extras(r, s);
}

// GLM-4.5 (glm4moe): the nextn blocks after the decoder, which the converter writes with their own embedding and head
// when the checkpoint has them.
QString readGlm4Moe(SpecReader& r, ModelSpec& s)
{
    if (const QString e = readNextn(r, s); !e.isEmpty())
        return e;
    s.mtpOwnEmbedding = s.mtpEmbeddingInGguf
        = s.mtpLayers > 0 && r.tensor(QStringLiteral("blk.%1.nextn.embed_tokens.weight").arg(s.numLayers));
    return {};
}

// GLM-4.5's pre-MLP norm is post_attention_norm, not a second pair of norms; its experts' router has a correction
// bias.
void adjustGlm4Moe(SpecReader& r, ModelSpec& s)
{
    adjustQwenHybrid(r, s);
}

// Granite 4.0 hybrids (granitehybrid): a block is recurrent when its attention.head_count_kv entry is 0
// (llama.cpp's load_arch_hparams); the Mamba2 shape is in ssm.* as for Nemotron-H. Without experts the shared MLP
// is the dense feed-forward, sized by its tensors.
QString readGraniteHybrid(SpecReader& r, ModelSpec& s)
{
    const GgufValue* kv = r.file().value(r.key("attention.head_count_kv"));
    if (!kv || !kv->isArray() || kv->items.size() != s.numLayers)
        return Tr::tr("%1: %2.attention.head_count_kv must list the KV heads of each of the %3 blocks")
            .arg(r.path(), r.arch())
            .arg(s.numLayers);
    if (const QString e = readMamba2(r, s); !e.isEmpty())
        return e;
    // The converter switches RoPE off (rope.scaling.finetuned = false) for the hybrids' attention blocks.
    const GgufValue* rope = r.file().value(r.key("rope.scaling.finetuned"));
    const bool noRope = rope && !rope->value.toBool();
    for (qint64 il = 0; il < s.numLayers; ++il) {
        LayerSpec& l = s.layers[size_t(il)];
        if (kv->items.value(il).toLongLong() == 0)
            l.mixer = MixerKind::Mamba2;
        else
            l.noRope = noRope;
    }
    if (const GgufTensorInfo* gate = r.inAnyLayer(QStringLiteral("ffn_gate.weight"), s.numLayers))
        s.ffn.intermediate = gate->ne[1];
    return {};
}

// MiMo-V2-Flash (mimo2): attention.sliding_window_pattern marks the sliding blocks and head_count_kv lists each
// block's KV heads (llama.cpp's load_arch_hparams); the full blocks have the global shape, and each kind has sink
// logits where its blocks hold attn_sinks. The nextn blocks after the decoder run a dense MLP.
QString readMimo2(SpecReader& r, ModelSpec& s)
{
    const GgufValue* pattern = r.file().value(r.key("attention.sliding_window_pattern"));
    const GgufValue* kv = r.file().value(r.key("attention.head_count_kv"));
    if (const QString e = checkBlockPattern(r, s, pattern, kv); !e.isEmpty())
        return e;
    if (const QString e = readNextn(r, s); !e.isEmpty())
        return e;
    s.mtpDenseFfn = true;
    AttentionSpec& a = s.attention;
    AttentionSpec& g = s.globalAttention;
    a.sinks = false;
    g = a;
    s.slidingWindow = r.required("attention.sliding_window", 1, kMaxContext);
    for (qint64 il = 0; il < s.numLayers; ++il) {
        LayerSpec& l = s.layers[size_t(il)];
        const bool sliding = pattern->items.value(il).toBool();
        AttentionSpec& shape = sliding ? a : g;
        l.window = sliding ? AttentionWindow::Sliding : AttentionWindow::Full;
        l.globalShape = !sliding;
        shape.numKvHeads = kv->isArray() ? kv->items.value(il).toLongLong() : shape.numKvHeads;
        shape.sinks = shape.sinks || r.tensor(QStringLiteral("blk.%1.attn_sinks.weight").arg(il));
    }
    if (a.numKvHeads <= 0 || g.numKvHeads <= 0 || a.numHeads % a.numKvHeads != 0 || g.numHeads % g.numKvHeads != 0)
        return Tr::tr("%1: %2.attention.head_count_kv does not divide head_count").arg(r.path(), r.arch());
    return r.error();
}

// Laguna (laguna): head_count lists each block's query heads (the KV heads are shared); attn_gate's width says
// whether the output gate is per head or per element; the sliding blocks are as llama.cpp places them: all but
// every sliding_window_pattern-th block (4 without the key), the first block full.
QString readLaguna(SpecReader& r, ModelSpec& s)
{
    AttentionSpec& a = s.attention;
    if (const GgufValue* heads = r.file().value(r.key("attention.head_count")); heads && heads->isArray()) {
        if (heads->items.size() != s.numLayers)
            return Tr::tr("%1: %2.attention.head_count must list each of the %3 blocks")
                .arg(r.path(), r.arch())
                .arg(s.numLayers);
        a.numHeads = heads->items.value(0).toLongLong();
        for (qint64 il = 0; il < s.numLayers; ++il) {
            const qint64 h = heads->items.value(il).toLongLong();
            if (h <= 0 || h > kMaxDim || h % a.numKvHeads != 0)
                return Tr::tr("%1: %2.attention.head_count[%3] = %4 is not a multiple of the %5 KV heads")
                    .arg(r.path(), r.arch())
                    .arg(il)
                    .arg(h)
                    .arg(a.numKvHeads);
            s.layers[size_t(il)].numHeads = h != a.numHeads ? h : 0;
        }
    }
    const GgufTensorInfo* gate = r.tensor(QStringLiteral("blk.0.attn_gate.weight"));
    if (!gate || a.numHeads <= 0 || (gate->ne[1] != a.numHeads && gate->ne[1] != a.numHeads * a.headDim))
        return Tr::tr("%1: blk.0.attn_gate.weight must gate each of the %2 heads or each of their elements")
            .arg(r.path())
            .arg(a.numHeads);
    a.headGateWidth = gate->ne[1] / a.numHeads;
    if (r.integer("attention.sliding_window", 0, 0, kMaxContext) > 0) {
        const qint64 period = r.integer("attention.sliding_window_pattern", 4, 0, kMaxLayers);
        for (qint64 il = 0; il < s.numLayers; ++il) {
            const bool sliding = period == 0 || il % period != 0;
            s.layers[size_t(il)].window = sliding ? AttentionWindow::Sliding : AttentionWindow::Full;
        }
    }
    return r.error();
}

// Step 3.5/3.7 (step35): head_count per block (its sliding blocks have more query heads than its full ones) and
// sliding_window_pattern per block, the nextn blocks included; a head gate (attn_gate, one per head); each nextn
// block a decoder layer of its own kind with a head of its own.
QString readStep35(SpecReader& r, ModelSpec& s)
{
    const qint64 blocks = s.numLayers;
    const GgufValue* heads = r.file().value(r.key("attention.head_count"));
    const GgufValue* kv = r.file().value(r.key("attention.head_count_kv"));
    const GgufValue* pattern = r.file().value(r.key("attention.sliding_window_pattern"));
    if (!heads || !heads->isArray() || heads->items.size() != blocks || !pattern || !pattern->isArray()
        || pattern->items.size() != blocks || (kv && kv->isArray() && kv->items.size() != blocks))
        return Tr::tr("%1: %2.attention.head_count and sliding_window_pattern must list each of the %3 blocks")
            .arg(r.path(), r.arch())
            .arg(blocks);
    if (const QString e = readNextn(r, s); !e.isEmpty())
        return e;
    AttentionSpec& a = s.attention;
    a.headGate = anyLayerHas(r, s, "attn_gate.weight");
    AttentionSpec full = a;
    std::vector<LayerSpec> all(static_cast<size_t>(blocks));
    for (qint64 il = 0; il < blocks; ++il) {
        const bool sliding = pattern->items.value(il).toBool();
        const qint64 h = heads->items.value(il).toLongLong();
        const qint64 k = kv && kv->isArray() ? kv->items.value(il).toLongLong() : a.numKvHeads;
        if (h <= 0 || h > kMaxDim || k <= 0 || h % k != 0)
            return Tr::tr("%1: block %2 has %3 heads and %4 KV heads").arg(r.path()).arg(il).arg(h).arg(k);
        AttentionSpec& shape = sliding ? a : full;
        shape.numHeads = h;
        shape.numKvHeads = k;
        all[size_t(il)].window = sliding ? AttentionWindow::Sliding : AttentionWindow::Full;
        all[size_t(il)].moe = r.tensor(QStringLiteral("blk.%1.ffn_gate_inp.weight").arg(il)) != nullptr;
    }
    const bool twoShapes = full.numHeads != a.numHeads || full.numKvHeads != a.numKvHeads;
    if (twoShapes)
        s.globalAttention = full;
    for (LayerSpec& l : all)
        l.globalShape = twoShapes && !l.isWindowed();
    s.layers.assign(all.begin(), all.begin() + s.numLayers);
    s.mtpLayerSpecs.assign(all.begin() + s.numLayers, all.end());
    s.mtpOwnHead = s.mtpLayers > 0 && r.tensor(QStringLiteral("blk.%1.nextn.shared_head_head.weight").arg(s.numLayers));
    return r.error();
}

// Step 3.5/3.7's q/k norms and the full blocks' shape follow the sliding blocks' reading.
void adjustStep35(SpecReader&, ModelSpec& s)
{
    if (s.globalAttention.numHeads > 0)
        s.globalAttention.qkNorm = s.attention.qkNorm;
}

// Muse Glimmer (muse-glimmer): sliding_window_pattern per block (RoPE on the sliding blocks only), an output gate per
// query feature (attn_gate) and q/k norms the converter adds to hold qk_scale_factor.
QString readMuseGlimmer(SpecReader& r, ModelSpec& s)
{
    const GgufValue* pattern = r.file().value(r.key("attention.sliding_window_pattern"));
    if (!pattern || !pattern->isArray() || pattern->items.size() != s.numLayers)
        return Tr::tr("%1: %2.attention.sliding_window_pattern must list each of the %3 blocks")
            .arg(r.path(), r.arch())
            .arg(s.numLayers);
    for (qint64 il = 0; il < s.numLayers; ++il) {
        const bool sliding = pattern->items.value(il).toBool();
        s.layers[size_t(il)].window = sliding ? AttentionWindow::Sliding : AttentionWindow::Full;
        s.layers[size_t(il)].noRope = !sliding;
    }
    AttentionSpec& a = s.attention;
    if (const GgufTensorInfo* gate = r.inAnyLayer(QStringLiteral("attn_gate.weight"), s.numLayers))
        a.separateOutputGate = gate->ne[1] == a.numHeads * a.vHeadDim;
    a.qkNormGgufOnly = a.qkNorm != QkNorm::None;
    return {};
}

// Kimi Linear and Kimi-K3 (kimi-linear, kimi-k3): MLA blocks where attention.head_count_kv is non-zero, Kimi Delta
// Attention blocks where it is 0 (llama.cpp's load_arch_hparams), with head_count heads of kda.head_dim and
// ssm.conv_kernel taps. Kimi-K3's full-rank gate (ssm_g), MLA output gate (attn_gate) and attention residuals
// (attn_res.block_size) show in the tensors and keys.
QString readKimi(SpecReader& r, ModelSpec& s)
{
    const GgufValue* kv = r.file().value(r.key("attention.head_count_kv"));
    if (!kv || !kv->isArray() || kv->items.size() != s.numLayers)
        return Tr::tr("%1: %2.attention.head_count_kv must list the KV heads of each of the %3 blocks")
            .arg(r.path(), r.arch())
            .arg(s.numLayers);
    if (const QString e = readMla(r, s); !e.isEmpty())
        return e;
    DeltaNetSpec& d = s.deltaNet;
    d.numKeyHeads = d.numValueHeads = s.attention.numHeads;
    d.keyHeadDim = d.valueHeadDim = r.required("kda.head_dim", 1, kMaxDim);
    d.convKernel = r.required("ssm.conv_kernel", 1, 1024);
    d.fullRankGate = anyLayerHas(r, s, "ssm_g.weight");
    for (qint64 il = 0; il < s.numLayers; ++il) {
        if (kv->items.value(il).toLongLong() == 0)
            s.layers[size_t(il)].mixer = MixerKind::KimiDelta;
    }
    s.attention.outputGate = anyLayerHas(r, s, "attn_gate.weight");
    s.attnResBlockSize = r.integer("attn_res.block_size", 0, 0, kMaxLayers);
    return r.error();
}

// Kimi-K3's routed experts work at expert_latent_length between ffn_routed_down and ffn_routed_up.
void adjustKimi(SpecReader& r, ModelSpec& s)
{
    if (const GgufTensorInfo* down = r.inAnyLayer(QStringLiteral("ffn_routed_down.weight"), s.numLayers)) {
        s.moe.latentSize = down->ne[1];
        s.moe.routedLatent = true;
        s.moe.latentNorm = anyLayerHas(r, s, "ffn_routed_norm.weight");
    }
}

// MiniMax-M3 (minimax-m3): grouped-query attention; on the blocks that hold its tensors, the sparse-attention
// indexer of attention.indexer.head_count query heads and one key head of attention.indexer.key_length, choosing
// top_k blocks of block_size tokens.
QString readMiniMaxM3(SpecReader& r, ModelSpec& s)
{
    AttentionSpec& a = s.attention;
    a.indexHeads = r.required("attention.indexer.head_count", 1, kMaxDim);
    a.indexHeadDim = r.required("attention.indexer.key_length", 1, kMaxDim);
    a.indexTopk = r.required("attention.indexer.top_k", 1, kMaxContext);
    a.indexBlock = r.required("attention.indexer.block_size", 1, kMaxContext);
    for (qint64 il = 0; il < s.numLayers; ++il)
        s.layers[size_t(il)].indexer = r.tensor(QStringLiteral("blk.%1.indexer.q_proj.weight").arg(il)) != nullptr;
    return r.error();
}

// The experts (if any) run beside the dense MLP, their router scaled.
void adjustGemma4(SpecReader&, ModelSpec& s)
{
    s.moe.scaledRouter = s.moe.denseBesideExperts = s.isMoe();
}

bool slideEvenLayers(qint64 layer, qint64)
{
    return layer % 2 == 0;
}

bool slideGemma3(qint64 layer, qint64 pattern)
{
    return (layer + 1) % pattern != 0;
}

// A family's keys beyond the shared ones, read once the shared attention fields are known; returns an error
// message, empty when there is none.
using ReadAttention = QString (*)(SpecReader& r, ModelSpec& s);
// A family's last touches once every shared field is read: tensors it fuses, a model type its experts imply.
using Adjust = void (*)(SpecReader& r, ModelSpec& s);
// Whether `layer` attends through the sliding window (as llama.cpp applies it), given
// attention.sliding_window_pattern.
using SlidingLayer = bool (*)(qint64 layer, qint64 pattern);

// One general.architecture: the config.json model_type it maps to and its hooks (nullptr: none; no sliding rule
// means full attention in every layer).
struct GgufArch
{
    const char* gguf;
    const char* modelType;
    ReadAttention readAttention;
    Adjust adjust;
    SlidingLayer sliding;
};

// Adding an architecture: the general.architecture name, the model_type it maps to (as config.json names it; the
// GGUF recipe rules key on it) and only the hooks its metadata needs; the shared keys and the tensors present
// cover the rest.
constexpr GgufArch kArchs[] = {
    { "llama", "llama", nullptr, adjustLlama, nullptr },
    { "qwen2", "qwen2", nullptr, nullptr, nullptr },
    { "qwen3", "qwen3", nullptr, nullptr, nullptr },
    { "qwen2moe", "qwen2_moe", nullptr, nullptr, nullptr },
    { "qwen3moe", "qwen3_moe", nullptr, nullptr, nullptr },
    { "gemma2", "gemma2", nullptr, nullptr, slideEvenLayers },
    { "gemma3", "gemma3", nullptr, nullptr, slideGemma3 },
    { "phi3", "phi3", nullptr, adjustPhi3, nullptr },
    { "deepseek2", "deepseek_v2", readMla, adjustDeepseek2, nullptr },
    { "gpt-oss", "gpt_oss", nullptr, nullptr, slideEvenLayers },
    { "olmoe", "olmoe", nullptr, nullptr, nullptr },
    { "qwen35", "qwen3_5", readQwenHybrid, adjustQwenHybrid, nullptr },
    { "qwen35moe", "qwen3_5_moe", readQwenHybrid, adjustQwenHybrid, nullptr },
    { "qwen3next", "qwen3_next", readQwenHybrid, adjustQwenHybrid, nullptr },
    { "lfm2", "lfm2", readLfm2, nullptr, nullptr },
    { "llama4", "llama4_text", readLlama4, nullptr, nullptr },
    { "deepseek32", "deepseek_v32", readSparseMla, adjustDeepseek32, nullptr },
    { "glm-dsa", "glm_moe_dsa", readSparseMla, nullptr, nullptr },
    { "nemotron_h_moe", "nemotron_h", readNemotronH, adjustNemotronH, nullptr },
    { "gemma4", "gemma4", readGemma4, adjustGemma4, nullptr },
    { "glm4moe", "glm4_moe", readGlm4Moe, adjustGlm4Moe, nullptr },
    { "granitehybrid", "granitemoehybrid", readGraniteHybrid, nullptr, nullptr },
    { "mistral3", "mistral3", nullptr, nullptr, nullptr },
    { "mimo2", "mimo_v2_flash", readMimo2, nullptr, nullptr },
    { "laguna", "laguna", readLaguna, nullptr, nullptr },
    { "deepseek4", "deepseek_v4", readDeepseekV4, nullptr, nullptr },
    { "step35", "step3p5", readStep35, adjustStep35, nullptr },
    { "muse-glimmer", "muse_glimmer_text", readMuseGlimmer, nullptr, nullptr },
    { "kimi-linear", "kimi_linear", readKimi, adjustKimi, nullptr },
    { "kimi-k3", "kimi_linear", readKimi, adjustKimi, nullptr },
    { "minimax-m3", "minimax_m3", readMiniMaxM3, nullptr, nullptr },
};

const GgufArch* archOf(const QString& arch)
{
    for (const GgufArch& a : kArchs) {
        if (arch == QLatin1String(a.gguf))
            return &a;
    }
    return nullptr;
}

// Names, id and the file type from general.*.
void readIdentity(const GgufFile& f, const GgufArch& info, ModelSpec& s)
{
    s.modelType = QString::fromLatin1(info.modelType);
    s.name = f.stringValue(QStringLiteral("general.name"));
    s.id = f.stringValue(QStringLiteral("general.basename"));
    if (s.id.isEmpty())
        s.id = QFileInfo(f.path).completeBaseName();
    if (s.name.isEmpty())
        s.name = s.id;
    if (const auto ft = f.intValue(QStringLiteral("general.file_type")))
        s.nativeDtype = ggufFileTypeName(*ft);
}

// Blocks, widths and heads every architecture states; returns an error message, empty when they are usable.
QString readShape(SpecReader& r, ModelSpec& s)
{
    s.numLayers = r.required("block_count", 1, kMaxLayers);
    s.hiddenSize = r.required("embedding_length", 1, kMaxDim);
    s.maxContext = r.integer("context_length", 0, 0, kMaxContext);
    AttentionSpec& a = s.attention;
    a.numHeads = r.required("attention.head_count", 1, kMaxDim);
    a.numKvHeads = r.integer("attention.head_count_kv", a.numHeads, 1, kMaxDim);
    if (!r.error().isEmpty())
        return r.error();
    const qint64 defaultHeadDim = s.hiddenSize / a.numHeads;
    a.headDim = r.integer("attention.key_length", defaultHeadDim, 1, kMaxDim);
    a.vHeadDim = r.integer("attention.value_length", a.headDim, 1, kMaxDim);
    s.ffn.intermediate = r.integer("feed_forward_length", 0, 0, kMaxDim);
    s.layers.assign(size_t(s.numLayers), LayerSpec {});
    return {};
}

// Vocabulary: the tokenizer's token list, checked against the embedding table that sizes the bytes.
QString readVocabulary(SpecReader& r, ModelSpec& s, QStringList* warnings)
{
    const GgufFile& f = r.file();
    qint64 vocab = 0;
    if (const GgufValue* tokens = f.value(QStringLiteral("tokenizer.ggml.tokens")); tokens && tokens->isArray())
        vocab = tokens->arrayLength;
    if (vocab == 0)
        vocab = r.integer("vocab_size", 0, 0, kMaxDim);
    if (const GgufTensorInfo* embd = r.tensor(QStringLiteral("token_embd.weight"))) {
        if (vocab != 0 && embd->ne[1] != vocab && warnings)
            *warnings << Tr::tr(
                "%1: the tokenizer lists %2 tokens but token_embd.weight has %3 rows; the rows are used")
                             .arg(f.path)
                             .arg(vocab)
                             .arg(embd->ne[1]);
        vocab = embd->ne[1];
    }
    if (vocab <= 0 || vocab > kMaxDim)
        return Tr::tr("%1: no vocabulary size (tokenizer.ggml.tokens, %2.vocab_size or token_embd.weight)")
            .arg(f.path, r.arch());
    s.vocabSize = vocab;
    return {};
}

// Attention details from the tensors present.
void readAttentionTensors(SpecReader& r, ModelSpec& s)
{
    AttentionSpec& a = s.attention;
    a.fusedQkv = anyLayerHas(r, s, "attn_qkv.weight");
    a.qkvBias = anyLayerHas(r, s, "attn_q.bias") || anyLayerHas(r, s, "attn_qkv.bias");
    a.outputBias = anyLayerHas(r, s, "attn_output.bias");
    a.sinks = anyLayerHas(r, s, "attn_sinks.weight");
    if (const GgufTensorInfo* qn = r.inAnyLayer(QStringLiteral("attn_q_norm.weight"), s.numLayers))
        a.qkNorm = qn->ne[0] == a.headDim ? QkNorm::PerHead : QkNorm::Full;
}

// Routed and shared experts and which blocks use them; returns an error message, empty when they are consistent.
QString readExperts(SpecReader& r, ModelSpec& s)
{
    const qint64 experts = r.integer("expert_count", 0, 0, kMaxExperts);
    if (experts <= 0)
        return {};
    const qint64 layers = s.numLayers;
    MoeSpec& m = s.moe;
    m.numExperts = experts;
    m.expertsPerToken = r.required("expert_used_count", 1, kMaxExperts);
    m.expertIntermediate = r.integer("expert_feed_forward_length", s.ffn.intermediate, 1, kMaxDim);
    if (const GgufTensorInfo* gate = r.inAnyLayer(QStringLiteral("ffn_gate_exps.weight"), layers))
        m.expertIntermediate = gate->ne[1];
    else if (const GgufTensorInfo* up = r.inAnyLayer(QStringLiteral("ffn_up_exps.weight"), layers))
        m.expertIntermediate = up->ne[1];
    m.sharedExperts = r.integer("expert_shared_count", 0, 0, kMaxExperts);
    if (const GgufTensorInfo* sh = r.inAnyLayer(QStringLiteral("ffn_gate_shexp.weight"), layers)) {
        m.sharedIntermediate = sh->ne[1];
        if (m.sharedExperts == 0)
            m.sharedExperts = 1;
    } else {
        m.sharedIntermediate = r.integer("expert_shared_feed_forward_length", 0, 0, kMaxDim);
        if (m.sharedIntermediate == 0 && m.sharedExperts > 0)
            m.sharedIntermediate = m.sharedExperts * m.expertIntermediate;
    }
    m.sharedExpertGate = anyLayerHas(r, s, "ffn_gate_inp_shexp.weight");
    m.routerBias = anyLayerHas(r, s, "ffn_gate_inp.bias");
    m.expertBias = anyLayerHas(r, s, "ffn_gate_exps.bias");
    m.correctionBias = anyLayerHas(r, s, "exp_probs_b.bias");
    if (m.expertsPerToken > m.numExperts)
        return Tr::tr("%1: %2.expert_used_count %3 exceeds expert_count %4")
            .arg(r.path(), r.arch())
            .arg(m.expertsPerToken)
            .arg(m.numExperts);
    // Which blocks route to experts: the router tensor says so; without tensors, leading dense blocks.
    const qint64 leadingDense = r.integer("leading_dense_block_count", 0, 0, kMaxLayers);
    bool anyRouter = false;
    for (qint64 il = 0; il < layers; ++il)
        anyRouter = anyRouter || r.tensor(QStringLiteral("blk.%1.ffn_gate_inp.weight").arg(il));
    for (qint64 il = 0; il < layers; ++il) {
        s.layers[size_t(il)].moe = anyRouter ? r.tensor(QStringLiteral("blk.%1.ffn_gate_inp.weight").arg(il)) != nullptr
                                             : il >= leadingDense;
    }
    return {};
}

// Sliding windows, by the family's layer pattern.
void readSlidingWindows(SpecReader& r, const GgufArch& info, ModelSpec& s)
{
    const qint64 window = r.integer("attention.sliding_window", 0, 0, kMaxContext);
    if (window <= 0)
        return;
    s.slidingWindow = window;
    if (!info.sliding) // full attention everywhere, or the family's reader placed the windows
        return;
    const qint64 pattern = r.integer("attention.sliding_window_pattern", 6, 1, kMaxLayers);
    for (qint64 il = 0; il < s.numLayers; ++il) {
        const bool sliding = info.sliding && info.sliding(il, pattern);
        s.layers[size_t(il)].window = sliding ? AttentionWindow::Sliding : AttentionWindow::Full;
    }
}

// Norms, head and rope tensors.
void readNormsAndRope(SpecReader& r, ModelSpec& s)
{
    s.normsPerLayer = anyLayerHas(r, s, "post_attention_norm.weight") ? 4 : 2;
    s.normBias = anyLayerHas(r, s, "attn_norm.bias");
    s.tiedEmbeddings = r.tensor(QStringLiteral("output.weight")) == nullptr;
    s.lmHeadBias = r.tensor(QStringLiteral("output.bias")) != nullptr;
    if (const GgufTensorInfo* rf = r.tensor(QStringLiteral("rope_freqs.weight"))) {
        s.ggufRopeTensors = 1;
        s.ggufRopeTensorSize = rf->ne[0];
    } else if (const GgufTensorInfo* rl = r.tensor(QStringLiteral("rope_factors_long.weight"))) {
        s.ggufRopeTensors = r.tensor(QStringLiteral("rope_factors_short.weight")) ? 2 : 1;
        s.ggufRopeTensorSize = rl->ne[0];
    }
}

// Dimensions whose products overflow (or describe more than 2^52 weights) come from a corrupt header;
// tensorLayout() and the estimator must never see them. Returns an error message, empty when all is plausible.
QString checkDimensions(const SpecReader& r, const ModelSpec& s)
{
    const AttentionSpec& a = s.attention;
    if (!a.isMla() && a.numHeads % a.numKvHeads != 0)
        return Tr::tr("%1: %2.attention.head_count_kv %3 does not divide head_count %4")
            .arg(r.path(), r.arch())
            .arg(a.numKvHeads)
            .arg(a.numHeads);
    const auto product = [](std::initializer_list<qint64> xs) -> std::optional<qint64> {
        qint64 p = 1;
        for (qint64 x : xs) {
            const auto next = checkedMul(p, std::max<qint64>(x, 1));
            if (!next)
                return std::nullopt;
            p = *next;
        }
        return p;
    };
    const qint64 qk = std::max({ a.headDim, a.vHeadDim, a.nopeHeadDim + a.ropeHeadDim, a.kvLoraRank + a.ropeHeadDim });
    const std::optional<qint64> parts[] = {
        product({ s.vocabSize, s.hiddenSize }),
        product({ s.numLayers, s.hiddenSize, s.ffn.intermediate, 3 }),
        product({ s.numLayers, s.moe.numExperts, s.hiddenSize, s.moe.expertIntermediate, 3 }),
        product({ s.numLayers, s.hiddenSize, s.moe.sharedIntermediate, 3 }),
        product({ s.numLayers, a.numHeads, qk, std::max(s.hiddenSize, a.qLoraRank), 4 }),
        product({ s.numLayers, a.numHeads, qk, a.kvLoraRank, 2 }),
        product({ s.numLayers, s.moe.numExperts, s.hiddenSize }),
    };
    for (const auto& part : parts) {
        if (!part || *part > (qint64(1) << 52))
            return Tr::tr("%1: the %2 dimensions describe more than 2^52 weights (corrupt metadata?)")
                .arg(r.path(), r.arch());
    }
    return {};
}

// Cross-check: the tensors the architecture implies against those in the file.
void crossCheckTensors(const SpecReader& r, const ModelSpec& s, QStringList& warnings)
{
    QHash<QString, const GgufTensorInfo*> present;
    for (const GgufTensorInfo& t : r.file().tensors)
        present.insert(t.name, &t);
    QStringList problems;
    for (const TensorSpec& t : tensorLayout(s)) {
        if (!t.inGguf)
            continue;
        const GgufTensorInfo* p = present.take(t.name);
        if (!p)
            problems << Tr::tr("missing %1").arg(t.name);
        else if (p->elements() != t.elements())
            problems << Tr::tr("%1 has %2 elements, expected %3").arg(t.name).arg(p->elements()).arg(t.elements());
    }
    for (auto it = present.cbegin(); it != present.cend(); ++it)
        problems << Tr::tr("unexpected %1").arg(it.key());
    if (problems.isEmpty())
        return;
    problems.sort();
    const qsizetype shown = std::min<qsizetype>(problems.size(), 8);
    warnings << Tr::tr("%1: %2 tensors differ from the %3 layout (%4%5); sizes come from the file")
                    .arg(r.path())
                    .arg(problems.size())
                    .arg(r.arch(), problems.mid(0, shown).join(QStringLiteral(", ")),
                        problems.size() > shown ? QStringLiteral(", ...") : QString());
}

} // namespace

QStringList ggufArchitectures()
{
    QStringList out;
    for (const GgufArch& a : kArchs)
        out << QString::fromLatin1(a.gguf);
    return out;
}

QString ggufFileTypeName(qint64 fileType)
{
    static const QHash<qint64, QString> names = {
        { 0, QStringLiteral("F32") },
        { 1, QStringLiteral("F16") },
        { 2, QStringLiteral("Q4_0") },
        { 3, QStringLiteral("Q4_1") },
        { 7, QStringLiteral("Q8_0") },
        { 8, QStringLiteral("Q5_0") },
        { 9, QStringLiteral("Q5_1") },
        { 10, QStringLiteral("Q2_K") },
        { 11, QStringLiteral("Q3_K_S") },
        { 12, QStringLiteral("Q3_K_M") },
        { 13, QStringLiteral("Q3_K_L") },
        { 14, QStringLiteral("Q4_K_S") },
        { 15, QStringLiteral("Q4_K_M") },
        { 16, QStringLiteral("Q5_K_S") },
        { 17, QStringLiteral("Q5_K_M") },
        { 18, QStringLiteral("Q6_K") },
        { 19, QStringLiteral("IQ2_XXS") },
        { 20, QStringLiteral("IQ2_XS") },
        { 21, QStringLiteral("Q2_K_S") },
        { 22, QStringLiteral("IQ3_XS") },
        { 23, QStringLiteral("IQ3_XXS") },
        { 24, QStringLiteral("IQ1_S") },
        { 25, QStringLiteral("IQ4_NL") },
        { 26, QStringLiteral("IQ3_S") },
        { 27, QStringLiteral("IQ3_M") },
        { 28, QStringLiteral("IQ2_S") },
        { 29, QStringLiteral("IQ2_M") },
        { 30, QStringLiteral("IQ4_XS") },
        { 31, QStringLiteral("IQ1_M") },
        { 32, QStringLiteral("BF16") },
        { 36, QStringLiteral("TQ1_0") },
        { 37, QStringLiteral("TQ2_0") },
        { 38, QStringLiteral("MXFP4_MOE") },
    };
    return names.value(fileType & 0x3ff); // bit 10 marks a "guessed" file type
}

std::optional<ModelSpec> ggufModelSpec(const GgufFile& f, QString* error, QStringList* warnings)
{
    const auto fail = [error](const QString& message) -> std::optional<ModelSpec> {
        if (error)
            *error = message;
        return std::nullopt;
    };
    const QString arch = f.architecture();
    if (arch.isEmpty())
        return fail(Tr::tr("%1: metadata 'general.architecture' is missing").arg(f.path));
    const GgufArch* info = archOf(arch);
    if (!info)
        return fail(Tr::tr("%1: architecture '%2' is not supported (supported: %3)")
                        .arg(f.path, arch, ggufArchitectures().join(QStringLiteral(", "))));

    SpecReader r(f, arch, warnings);
    r.setPerLayerArrays(arch == QLatin1String("gemma4") || arch == QLatin1String("mimo2")
        || arch == QLatin1String("laguna") || arch == QLatin1String("step35"));
    ModelSpec s;
    readIdentity(f, *info, s);
    if (const QString e = readShape(r, s); !e.isEmpty())
        return fail(e);
    if (const QString e = readVocabulary(r, s, warnings); !e.isEmpty())
        return fail(e);
    readAttentionTensors(r, s);
    if (info->readAttention) {
        if (const QString e = info->readAttention(r, s); !e.isEmpty())
            return fail(e);
    }
    s.ffn.gated = anyLayerHas(r, s, "ffn_gate.weight") || !anyLayerHas(r, s, "ffn_up.weight");
    s.ffn.bias = anyLayerHas(r, s, "ffn_up.bias");
    if (const QString e = readExperts(r, s); !e.isEmpty())
        return fail(e);
    if (!r.error().isEmpty())
        return fail(r.error());
    readSlidingWindows(r, *info, s);
    readNormsAndRope(r, s);
    if (info->adjust)
        info->adjust(r, s);
    if (!r.error().isEmpty())
        return fail(r.error());
    if (const QString e = checkDimensions(r, s); !e.isEmpty())
        return fail(e);
    if (warnings)
        crossCheckTensors(r, s, *warnings);
    return s;
}

} // namespace Planner
