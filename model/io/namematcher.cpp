// SPDX-FileCopyrightText: 2026 The FitPlanner authors
// SPDX-License-Identifier: MIT

#include "namematcher.h"

#include "gpucatalog.h"
#include "modelcatalog.h"
#include "quantcatalog.h"

#include <algorithm>
#include <vector>

#include <QRegularExpression>
#include <QSet>

namespace Planner {

namespace {

// Words that tell variants of one checkpoint apart, or packagings of it, not the model.
const QSet<QString>& noiseWords()
{
    static const QSet<QString> words { QStringLiteral("instruct"), QStringLiteral("it"), QStringLiteral("chat"),
        QStringLiteral("hf"), QStringLiteral("base"), QStringLiteral("gguf"), QStringLiteral("latest"),
        QStringLiteral("text") };
    return words;
}

// Lower case, letters and digits only, and dots between two digits.
QString squeezed(QStringView s)
{
    QString out;
    out.reserve(s.size());
    for (qsizetype i = 0; i < s.size(); ++i) {
        const QChar c = s[i];
        if (c.isLetterOrNumber())
            out += c.toLower();
        else if (c == u'.' && i > 0 && i + 1 < s.size() && s[i - 1].isDigit() && s[i + 1].isDigit())
            out += c;
    }
    return out;
}

// The words of a name: the owner of a repository id dropped, split at spaces, hyphens, underscores and colons.
QStringList wordsOf(const QString& name)
{
    QString s = name.trimmed();
    if (const qsizetype slash = s.lastIndexOf(u'/'); slash >= 0)
        s = s.mid(slash + 1);
    static const QRegularExpression separators(QStringLiteral("[\\s\\-_:]+"));
    QStringList words;
    for (const QString& w : s.split(separators, Qt::SkipEmptyParts)) {
        const QString q = squeezed(w);
        if (!q.isEmpty())
            words << q;
    }
    return words;
}

QString joined(const QStringList& words)
{
    QStringList kept;
    for (const QString& w : words)
        if (!noiseWords().contains(w))
            kept << w;
    // A name made of noise words alone is its own name.
    return squeezed((kept.isEmpty() ? words : kept).join(QString()));
}

// How well `key` matches `query` (lower is better); -1: not at all.
int tierOf(const QString& key, const QString& query, const QStringList& words)
{
    if (key == query)
        return 0;
    if (key.endsWith(query))
        return 1;
    if (key.startsWith(query))
        return 2;
    if (key.contains(query))
        return 3;
    if (words.size() >= 2
        && std::all_of(words.begin(), words.end(), [&key](const QString& w) { return key.contains(w); }))
        return 4;
    return -1;
}

} // namespace

NameMatcher::NameMatcher(const QStringList& recipeIds, bool anyGgufType)
    : m_anyGgufType(anyGgufType)
{
    for (const QString& id : recipeIds)
        m_recipes.append({ squeezed(id).remove(u'.'), id });
    // How Ollama and repository names spell some recipes.
    const QList<QPair<QString, QString>> spellings { { QStringLiteral("fp16"), QStringLiteral("F16") },
        { QStringLiteral("awq"), QStringLiteral("AWQ-INT4") },
        { QStringLiteral("gptq"), QStringLiteral("GPTQ-INT4") } };
    for (const auto& spelling : spellings) {
        const QString& id = spelling.second;
        const auto known = std::find_if(recipeIds.begin(), recipeIds.end(),
            [&id](const QString& r) { return r.compare(id, Qt::CaseInsensitive) == 0; });
        if (known != recipeIds.end())
            m_recipes.append({ spelling.first, *known });
    }
}

void NameMatcher::addEntry(const QStringList& names, const QStringList& wholeNames)
{
    QSet<QString> seen;
    const auto add = [&](const QStringList& list, bool wholeOnly) {
        for (const QString& n : list) {
            const QString key = canonical(n);
            if (!key.isEmpty() && !seen.contains(key)) {
                seen.insert(key);
                m_keys.append({ key, m_entryCount, wholeOnly });
            }
        }
    };
    add(names, false);
    add(wholeNames, true);
    ++m_entryCount;
}

QString NameMatcher::canonical(const QString& name)
{
    return joined(wordsOf(name));
}

int NameMatcher::editDistance(QStringView a, QStringView b)
{
    const qsizetype n = a.size();
    const qsizetype m = b.size();
    // Three rows of the optimal string alignment table: two back, one back, this one.
    std::vector<int> back2(size_t(m + 1)), back1(size_t(m + 1)), row(size_t(m + 1));
    for (qsizetype j = 0; j <= m; ++j)
        back1[size_t(j)] = int(j);
    for (qsizetype i = 1; i <= n; ++i) {
        row[0] = int(i);
        for (qsizetype j = 1; j <= m; ++j) {
            const int cost = a[i - 1] == b[j - 1] ? 0 : 1;
            int d = std::min({ back1[size_t(j)] + 1, row[size_t(j - 1)] + 1, back1[size_t(j - 1)] + cost });
            if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1])
                d = std::min(d, back2[size_t(j - 2)] + 1);
            row[size_t(j)] = d;
        }
        std::swap(back2, back1);
        std::swap(back1, row);
    }
    return back1[size_t(m)];
}

QString NameMatcher::takeRecipe(QStringList* words) const
{
    static const QRegularExpression gguf(QStringLiteral("^(i?q[1-8](_[0-9a-z]+)*|f16|fp16|bf16|f32)$"));
    // The longest run of last words that spells a recipe: q4_K_M is three words.
    for (qsizetype n = std::min<qsizetype>(3, words->size() - 1); n >= 1; --n) {
        const QStringList last = words->mid(words->size() - n);
        const QString spelled = last.join(QString()).remove(u'.');
        for (const auto& [form, id] : m_recipes) {
            if (form == spelled) {
                words->resize(words->size() - n);
                return id;
            }
        }
        if (m_anyGgufType && gguf.match(last.join(u'_')).hasMatch()) {
            words->resize(words->size() - n);
            return last.join(u'_').toUpper();
        }
    }
    return {};
}

QList<int> NameMatcher::bestMatches(const QString& query, const QStringList& words) const
{
    QList<int> best(m_entryCount, -1);
    for (const Key& k : m_keys) {
        const int tier = k.wholeOnly ? (k.text == query ? 0 : -1) : tierOf(k.text, query, words);
        if (tier >= 0 && (best[k.entry] < 0 || tier < best[k.entry]))
            best[k.entry] = tier;
    }
    int top = -1;
    for (const int t : best)
        if (t >= 0 && (top < 0 || t < top))
            top = t;
    QList<int> out;
    for (int e = 0; e < m_entryCount && top >= 0; ++e)
        if (best[e] == top)
            out << e;
    return out;
}

QList<int> NameMatcher::closest(const QString& query) const
{
    const int limit = int((query.size() - 1) / 3);
    QList<int> distance(m_entryCount, -1);
    for (const Key& k : m_keys) {
        const int d = editDistance(query, k.text);
        if (d <= limit && (distance[k.entry] < 0 || d < distance[k.entry]))
            distance[k.entry] = d;
    }
    QList<int> out;
    for (int e = 0; e < m_entryCount; ++e)
        if (distance[e] >= 0)
            out << e;
    std::stable_sort(out.begin(), out.end(), [&distance](int a, int b) { return distance[a] < distance[b]; });
    return out.mid(0, 3);
}

NameMatch NameMatcher::match(const QString& typed) const
{
    NameMatch result;
    QStringList words = wordsOf(typed);
    if (words.isEmpty())
        return result;
    result.recipe = takeRecipe(&words);
    const QString query = joined(words);
    QStringList queryWords;
    for (const QString& w : words)
        if (!noiseWords().contains(w))
            queryWords << w;
    result.entries = bestMatches(query, queryWords);
    if (result.entries.isEmpty()) {
        result.entries = closest(query);
        result.recipe.clear();
        return result;
    }
    result.kind = result.entries.size() == 1 ? NameMatch::Kind::Unique : NameMatch::Kind::Several;
    return result;
}

QStringList modelNames(const ModelCatalog& catalog, int index)
{
    const ModelSpec& m = catalog.models.at(index);
    QStringList names { m.id, m.name };
    if (!m.hfRepo.isEmpty())
        names << m.hfRepo;
    names << catalog.aliases.value(m.id);
    return names;
}

NameMatcher modelNameMatcher(const ModelCatalog& catalog, const QuantCatalog* quants)
{
    NameMatcher matcher(quants ? quants->recipeIds() : QStringList());
    for (int i = 0; i < catalog.models.size(); ++i)
        matcher.addEntry(modelNames(catalog, i));
    return matcher;
}

NameMatcher gpuNameMatcher(const GpuCatalog& catalog)
{
    NameMatcher matcher;
    for (const GpuSpec& g : catalog.gpus)
        matcher.addEntry({ g.id, g.name }, g.match);
    return matcher;
}

NameMatcher recipeNameMatcher(const QuantCatalog& catalog)
{
    NameMatcher matcher;
    for (const QuantRecipe& r : catalog.recipes)
        matcher.addEntry({ r.id, r.name });
    return matcher;
}

} // namespace Planner
