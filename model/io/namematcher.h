// SPDX-FileCopyrightText: 2026 The FitPlanner authors
// SPDX-License-Identifier: MIT

#pragma once

#include <QList>
#include <QString>
#include <QStringList>
#include <QStringView>

namespace Planner {

struct GpuCatalog;
struct ModelCatalog;
struct QuantCatalog;

// What a name as a person typed it matched.
struct NameMatch
{
    enum class Kind
    {
        Unique, // one entry: entries holds it
        Several, // entries holds every entry that matches equally well, in catalog order
        None // entries holds the closest entries by edit distance (at most three; may be empty)
    };

    Kind kind = Kind::None;
    QList<int> entries; // indexes into the catalog the matcher was built from
    // A quantization the name carries (an Ollama tag's "q4_K_M", a repository's "-AWQ"), spelled as the quant
    // catalog spells the recipe; empty when it names none.
    QString recipe;

    bool isUnique() const { return kind == Kind::Unique; }
};

/**
 * Matches names the way people type them against the entries of a catalog: ids, display names, Hugging Face
 * repository ids (the owner and suffixes such as -Instruct, -it, -hf, -GGUF are optional), Ollama tags
 * (`llama3.1:8b`, `qwen2.5:32b-instruct-q4_K_M`), with spaces, hyphens and underscores optional and case
 * ignored.
 *
 * The best of these wins, and the entries it finds are the answer (one: unique; more: several):
 * the whole name equals one of an entry's names; an entry's name ends with it ("4090" -> "RTX 4090", not
 * "RTX 4090 D"); begins with it ("H100" -> H100 PCIe, SXM, NVL); contains it; contains each of its words. With
 * none of these, the entries whose names are closest by edit distance are suggested.
 */
class NameMatcher
{
public:
    // `recipeIds`: the quantization recipes a name may end with (the quant catalog's ids). With `anyGgufType`, any
    // last words that look like a llama.cpp type (q4_K_M, iq3_xxs, fp16) are taken for one too, upper-cased.
    explicit NameMatcher(const QStringList& recipeIds = {}, bool anyGgufType = false);

    // Adds the next entry (its index is the number of entries added before it) with every name it is known by;
    // `wholeNames` match only as a whole (a GPU's driver-reported names, which would otherwise prefer one of
    // several equal devices for a shared prefix).
    void addEntry(const QStringList& names, const QStringList& wholeNames = {});
    int entryCount() const { return m_entryCount; }

    NameMatch match(const QString& typed) const;

    // The form names are compared in: without an owner ("Qwen/"), lower case, without spaces, hyphens,
    // underscores, colons or words such as "instruct" and "gguf"; dots stay between digits ("3.1").
    static QString canonical(const QString& name);
    // Edit distance (insertions, deletions, substitutions, transpositions of neighbours).
    static int editDistance(QStringView a, QStringView b);

private:
    struct Key
    {
        QString text;
        int entry = 0;
        bool wholeOnly = false;
    };

    // The recipe the last words of `words` spell (they are removed), or empty.
    QString takeRecipe(QStringList* words) const;
    QList<int> bestMatches(const QString& query, const QStringList& words) const;
    QList<int> closest(const QString& query) const;

    QList<Key> m_keys;
    QList<QPair<QString, QString>> m_recipes; // canonical form, recipe id
    bool m_anyGgufType = false;
    int m_entryCount = 0;
};

// Every name a catalog entry is known by, as the matchers use them.
QStringList modelNames(const ModelCatalog& catalog, int index);

// Matchers over the catalogs; a model name may carry a recipe of `quants` (nullptr: none).
NameMatcher modelNameMatcher(const ModelCatalog& catalog, const QuantCatalog* quants = nullptr);
NameMatcher gpuNameMatcher(const GpuCatalog& catalog);
NameMatcher recipeNameMatcher(const QuantCatalog& catalog);

} // namespace Planner
