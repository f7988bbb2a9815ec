// SPDX-FileCopyrightText: 2026 The FitPlanner authors
// SPDX-License-Identifier: MIT

#include "quantcatalog.h"

#include "jsonfields_p.h"

#include <QCoreApplication>
#include <QSet>

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

// Ids almost always arrive spelled as the catalog spells them (from recipes and the quantizer's rules): an exact
// match, which rejects most entries on their length alone, before the case-insensitive pass.
template <typename Entry> const Entry* findById(const QList<Entry>& entries, const QString& id)
{
    for (const Entry& e : entries) {
        if (e.id == id)
            return &e;
    }
    for (const Entry& e : entries) {
        if (e.id.compare(id, Qt::CaseInsensitive) == 0)
            return &e;
    }
    return nullptr;
}

std::optional<StorageType> readType(
    const json& entry, const QString& file, const QString& where, QList<ParseError>* errors)
{
    detail::JsonFields r(entry, file, where, errors);
    StorageType t;
    t.id = r.requiredString("id");
    t.name = r.string("name", t.id);
    t.description = r.string("description");
    const QString kind = r.requiredString("kind");
    bool kindKnown = false;
    for (const KindName& k : kKinds) {
        if (kind == QLatin1String(k.name)) {
            t.kind = k.kind;
            kindKnown = true;
        }
    }
    if (!kind.isEmpty() && !kindKnown)
        r.fail("kind", Tr::tr("'%1' is not a known storage kind").arg(kind));
    // A field some kinds need: "is missing" for those, the fallback for the others.
    const auto integer = [&r](const char* key, bool needed, qint64 fallback, qint64 min, qint64 max) {
        return needed ? r.required(key, min, max) : r.integer(key, fallback, min, max);
    };
    t.ggmlId = static_cast<int>(r.integer("ggml_id", -1, 0, 1023));
    const bool blocky = t.kind == StorageKind::Float || t.kind == StorageKind::Ggml;
    t.blockSize = integer("block_size", blocky, 1, 1, 1 << 16);
    t.blockBytes = integer("block_bytes", blocky, 2, 1, 1 << 20);
    t.bits = static_cast<int>(r.integer("bits", 16, 1, 64));
    t.groupSize = integer("group_size",
        t.kind == StorageKind::Group || t.kind == StorageKind::Mlx || t.kind == StorageKind::Bnb4
            || t.kind == StorageKind::Fp8Block,
        0, 1, 1 << 20);
    t.scaleBytes = static_cast<int>(r.integer("scale_bytes", 0, 0, 16));
    t.zeroBits = static_cast<int>(r.integer("zero_bits", 0, 0, 64));
    t.groupIndex = r.boolean("group_index", false);
    t.doubleQuant = r.boolean("double_quant", false);
    t.tensorBytes = static_cast<int>(r.integer("tensor_bytes", 0, 0, 1 << 16));
    if (r.failures() > 0 || t.id.isEmpty())
        return std::nullopt;
    return t;
}

std::optional<QuantRecipe> readRecipe(const json& entry, const QString& file, const QString& where,
    const QuantCatalog& catalog, QList<ParseError>* errors)
{
    detail::JsonFields r(entry, file, where, errors);
    QuantRecipe q;
    q.id = r.requiredString("id");
    q.name = r.string("name", q.id);
    q.description = r.requiredString("description");
    const QString format = r.requiredString("format");
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
    q.baseType = r.requiredString("base_type");
    const bool perTensor = q.format != RecipeFormat::Gguf;
    const auto type = [&r, perTensor](const char* key) { return perTensor ? r.requiredString(key) : r.string(key); };
    q.embeddingType = type("embedding_type");
    q.outputType = type("output_type");
    q.otherType = type("other_type");
    const QString search = r.string("search", QStringLiteral("always"));
    if (search == QLatin1String("native"))
        q.search = RecipeSearch::NativeOnly;
    else if (search == QLatin1String("never"))
        q.search = RecipeSearch::Never;
    else if (search != QLatin1String("always"))
        r.fail("search", Tr::tr("'%1' is not always, native or never").arg(search));
    q.expertType = r.string("expert_type");
    if (!q.expertType.isEmpty() && !perTensor)
        r.fail("expert_type", Tr::tr("is only read for hf and mlx recipes (GGUF file types choose per tensor)"));
    for (const auto& [key, value] : { std::pair { "base_type", q.baseType }, { "embedding_type", q.embeddingType },
             { "output_type", q.outputType }, { "other_type", q.otherType }, { "expert_type", q.expertType } }) {
        if (!value.isEmpty() && !catalog.type(value))
            r.fail(key, Tr::tr("names the unknown storage type '%1'").arg(value));
    }
    q.nativeFor = r.strings("native_for");
    q.kld = r.optNumber("kld", 0.0, 100.0);
    q.kldSource = r.string("kld_source");
    if (r.has("kld") && q.kldSource.trimmed().isEmpty())
        r.fail("kld_source", Tr::tr("must say where the kld figure is published"));
    if (r.failures() > 0 || q.id.isEmpty())
        return std::nullopt;
    return q;
}

} // namespace

const StorageType* QuantCatalog::type(const QString& id) const
{
    return findById(types, id);
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
    return findById(recipes, id);
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
    detail::CatalogDocument doc(data, file, errors);
    // Both arrays must be there: recipes name the types.
    const bool hasTypes = doc.array("types") != nullptr;
    const bool hasRecipes = doc.array("recipes") != nullptr;
    if (!hasTypes || !hasRecipes)
        return std::nullopt;
    QuantCatalog catalog;
    QSet<QString> seen;
    doc.forEachEntry("types", [&](const json& entry, const QString& where) {
        if (auto t = readType(entry, file, where, errors); t && doc.firstOccurrence(seen, t->id, where))
            catalog.types << *t;
    });
    seen.clear();
    doc.forEachEntry("recipes", [&](const json& entry, const QString& where) {
        if (auto q = readRecipe(entry, file, where, catalog, errors); q && doc.firstOccurrence(seen, q->id, where))
            catalog.recipes << *q;
    });
    return catalog;
}

} // namespace Planner
