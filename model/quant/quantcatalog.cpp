#include "quantcatalog.h"

#include <QCoreApplication>
#include <QSet>

#include <nlohmann/json.hpp>

using nlohmann::json;

namespace Planner {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Planner::QuantCatalog)
};

struct KindName
{
    const char* name;
    StorageKind kind;
};

constexpr KindName kKinds[] = {
    { "float", StorageKind::Float },
    { "ggml", StorageKind::Ggml },
    { "fp8_block", StorageKind::Fp8Block },
    { "fp8_tensor", StorageKind::Fp8Tensor },
    { "int8_channel", StorageKind::Int8Channel },
    { "group", StorageKind::Group },
    { "bnb4", StorageKind::Bnb4 },
    { "bnb_int8", StorageKind::BnbInt8 },
    { "mlx", StorageKind::Mlx },
};

class EntryReader
{
public:
    EntryReader(const json& obj, const QString& file, const QString& where, QList<ParseError>* errors)
        : m_obj(obj)
        , m_file(file)
        , m_where(where)
        , m_errors(errors)
    { }

    QString string(const char* key, bool required, const QString& fallback = {})
    {
        const auto it = m_obj.find(key);
        if (it == m_obj.end() || it->is_null()) {
            if (required)
                fail(key, Tr::tr("is missing"));
            return fallback;
        }
        if (!it->is_string()) {
            fail(key, Tr::tr("must be a string"));
            return fallback;
        }
        return QString::fromStdString(it->get<std::string>());
    }

    qint64 integer(const char* key, bool required, qint64 fallback, qint64 min, qint64 max)
    {
        const auto it = m_obj.find(key);
        if (it == m_obj.end() || it->is_null()) {
            if (required)
                fail(key, Tr::tr("is missing"));
            return fallback;
        }
        if (!it->is_number_integer()) {
            fail(key, Tr::tr("must be a whole number"));
            return fallback;
        }
        const qint64 v = it->get<qint64>();
        if (v < min || v > max) {
            fail(key, Tr::tr("%1 is out of range (%2 to %3)").arg(v).arg(min).arg(max));
            return fallback;
        }
        return v;
    }

    bool boolean(const char* key, bool fallback)
    {
        const auto it = m_obj.find(key);
        if (it == m_obj.end() || it->is_null())
            return fallback;
        if (!it->is_boolean()) {
            fail(key, Tr::tr("must be true or false"));
            return fallback;
        }
        return it->get<bool>();
    }

    QStringList strings(const char* key)
    {
        QStringList out;
        const auto it = m_obj.find(key);
        if (it == m_obj.end() || it->is_null())
            return out;
        if (!it->is_array()) {
            fail(key, Tr::tr("must be an array of strings"));
            return out;
        }
        for (const json& v : *it) {
            if (!v.is_string()) {
                fail(key, Tr::tr("must be an array of strings"));
                return {};
            }
            out << QString::fromStdString(v.get<std::string>());
        }
        return out;
    }

    void fail(const char* key, const QString& reason)
    {
        ++m_failures;
        if (m_errors)
            m_errors->append({ m_file, m_where + u'.' + QString::fromLatin1(key), reason });
    }

    int failures() const { return m_failures; }

private:
    const json& m_obj;
    const QString& m_file;
    QString m_where;
    QList<ParseError>* m_errors;
    int m_failures = 0;
};

std::optional<StorageType> readType(
    const json& entry, const QString& file, const QString& where, QList<ParseError>* errors)
{
    EntryReader r(entry, file, where, errors);
    StorageType t;
    t.id = r.string("id", true);
    t.name = r.string("name", false, t.id);
    t.description = r.string("description", false);
    const QString kind = r.string("kind", true);
    bool kindKnown = false;
    for (const KindName& k : kKinds) {
        if (kind == QLatin1String(k.name)) {
            t.kind = k.kind;
            kindKnown = true;
        }
    }
    if (!kind.isEmpty() && !kindKnown)
        r.fail("kind", Tr::tr("'%1' is not a known storage kind").arg(kind));
    t.ggmlId = static_cast<int>(r.integer("ggml_id", false, -1, 0, 1023));
    const bool blocky = t.kind == StorageKind::Float || t.kind == StorageKind::Ggml;
    t.blockSize = r.integer("block_size", blocky, 1, 1, 1 << 16);
    t.blockBytes = r.integer("block_bytes", blocky, 2, 1, 1 << 20);
    t.bits = static_cast<int>(r.integer("bits", false, 16, 1, 64));
    t.groupSize = r.integer("group_size",
        t.kind == StorageKind::Group || t.kind == StorageKind::Mlx || t.kind == StorageKind::Bnb4
            || t.kind == StorageKind::Fp8Block,
        0, 1, 1 << 20);
    t.scaleBytes = static_cast<int>(r.integer("scale_bytes", false, 0, 0, 16));
    t.zeroBits = static_cast<int>(r.integer("zero_bits", false, 0, 0, 64));
    t.groupIndex = r.boolean("group_index", false);
    t.doubleQuant = r.boolean("double_quant", false);
    if (r.failures() > 0 || t.id.isEmpty())
        return std::nullopt;
    return t;
}

std::optional<QuantRecipe> readRecipe(const json& entry, const QString& file, const QString& where,
    const QuantCatalog& catalog, QList<ParseError>* errors)
{
    EntryReader r(entry, file, where, errors);
    QuantRecipe q;
    q.id = r.string("id", true);
    q.name = r.string("name", false, q.id);
    q.description = r.string("description", true);
    const QString format = r.string("format", true);
    if (format == QLatin1String("gguf"))
        q.format = RecipeFormat::Gguf;
    else if (format == QLatin1String("hf"))
        q.format = RecipeFormat::Hf;
    else if (format == QLatin1String("mlx"))
        q.format = RecipeFormat::Mlx;
    else if (!format.isEmpty())
        r.fail("format", Tr::tr("'%1' is not gguf, hf or mlx").arg(format));
    q.engines = r.strings("engines");
    if (q.engines.isEmpty())
        r.fail("engines", Tr::tr("must list at least one engine"));
    q.baseType = r.string("base_type", true);
    const bool perTensor = q.format != RecipeFormat::Gguf;
    q.embeddingType = r.string("embedding_type", perTensor);
    q.outputType = r.string("output_type", perTensor);
    q.otherType = r.string("other_type", perTensor);
    for (const auto& [key, value] : { std::pair { "base_type", q.baseType }, { "embedding_type", q.embeddingType },
             { "output_type", q.outputType }, { "other_type", q.otherType } }) {
        if (!value.isEmpty() && !catalog.type(value))
            r.fail(key, Tr::tr("names the unknown storage type '%1'").arg(value));
    }
    if (r.failures() > 0 || q.id.isEmpty())
        return std::nullopt;
    return q;
}

} // namespace

const StorageType* QuantCatalog::type(const QString& id) const
{
    // Ids almost always arrive spelled as the catalog spells them (from recipes and the quantizer's rules):
    // an exact match, which rejects most entries on their length alone, before the case-insensitive pass.
    for (const StorageType& t : types) {
        if (t.id == id)
            return &t;
    }
    for (const StorageType& t : types) {
        if (t.id.compare(id, Qt::CaseInsensitive) == 0)
            return &t;
    }
    return nullptr;
}

const StorageType* QuantCatalog::typeByGgmlId(int ggmlId) const
{
    for (const StorageType& t : types) {
        if (t.ggmlId == ggmlId)
            return &t;
    }
    return nullptr;
}

const QuantRecipe* QuantCatalog::recipe(const QString& id) const
{
    for (const QuantRecipe& q : recipes) {
        if (q.id == id)
            return &q;
    }
    for (const QuantRecipe& q : recipes) {
        if (q.id.compare(id, Qt::CaseInsensitive) == 0)
            return &q;
    }
    return nullptr;
}

QStringList QuantCatalog::recipeIds() const
{
    QStringList out;
    for (const QuantRecipe& q : recipes)
        out << q.id;
    return out;
}

QString recipeFormatName(RecipeFormat f)
{
    switch (f) {
    case RecipeFormat::Gguf:
        return QStringLiteral("gguf");
    case RecipeFormat::Hf:
        return QStringLiteral("hf");
    case RecipeFormat::Mlx:
        return QStringLiteral("mlx");
    }
    return {};
}

std::optional<QuantCatalog> parseQuantCatalog(const QByteArray& data, const QString& file, QList<ParseError>* errors)
{
    const json doc = json::parse(data.constBegin(), data.constEnd(), nullptr, false);
    if (doc.is_discarded() || !doc.is_object()) {
        if (errors)
            errors->append({ file, QString(), Tr::tr("is not valid JSON (truncated or malformed)") });
        return std::nullopt;
    }
    const auto types = doc.find("types");
    const auto recipes = doc.find("recipes");
    if (types == doc.end() || !types->is_array() || recipes == doc.end() || !recipes->is_array()) {
        if (errors)
            errors->append({ file, QStringLiteral("types/recipes"), Tr::tr("must both be arrays") });
        return std::nullopt;
    }
    QuantCatalog catalog;
    QSet<QString> seen;
    int i = 0;
    for (const json& entry : *types) {
        const QString where = QStringLiteral("types[%1]").arg(i++);
        if (!entry.is_object()) {
            if (errors)
                errors->append({ file, where, Tr::tr("must be an object") });
            continue;
        }
        if (auto t = readType(entry, file, where, errors)) {
            if (seen.contains(t->id.toLower())) {
                if (errors)
                    errors->append({ file, where + QStringLiteral(".id"), Tr::tr("'%1' is defined twice").arg(t->id) });
                continue;
            }
            seen.insert(t->id.toLower());
            catalog.types << *t;
        }
    }
    seen.clear();
    i = 0;
    for (const json& entry : *recipes) {
        const QString where = QStringLiteral("recipes[%1]").arg(i++);
        if (!entry.is_object()) {
            if (errors)
                errors->append({ file, where, Tr::tr("must be an object") });
            continue;
        }
        if (auto q = readRecipe(entry, file, where, catalog, errors)) {
            if (seen.contains(q->id.toLower())) {
                if (errors)
                    errors->append({ file, where + QStringLiteral(".id"), Tr::tr("'%1' is defined twice").arg(q->id) });
                continue;
            }
            seen.insert(q->id.toLower());
            catalog.recipes << *q;
        }
    }
    return catalog;
}

} // namespace Planner
