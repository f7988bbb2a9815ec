// SPDX-FileCopyrightText: 2026 The FitPlanner authors
// SPDX-License-Identifier: MIT

#include "namematcher.h"
#include "testcatalogs.h"

#include <QTest>

using namespace Planner;
using namespace Qt::StringLiterals;

namespace {

enum class Catalog
{
    Models,
    Gpus,
    Recipes
};

QStringList catalogIds(Catalog c)
{
    switch (c) {
    case Catalog::Models:
        return TestCatalogs::models().ids();
    case Catalog::Gpus:
        return TestCatalogs::gpus().ids();
    case Catalog::Recipes:
        return TestCatalogs::quants().recipeIds();
    }
    return {};
}

NameMatch matchIn(Catalog c, const QString& typed)
{
    switch (c) {
    case Catalog::Models:
        return modelNameMatcher(TestCatalogs::models(), &TestCatalogs::quants()).match(typed);
    case Catalog::Gpus:
        return gpuNameMatcher(TestCatalogs::gpus()).match(typed);
    case Catalog::Recipes:
        return recipeNameMatcher(TestCatalogs::quants()).match(typed);
    }
    return {};
}

} // namespace

Q_DECLARE_METATYPE(Catalog)
Q_DECLARE_METATYPE(NameMatch::Kind)

class TestNameMatcher : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void canonical_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<QString>("expected");
        QTest::addRow("id") << "llama-3.1-8b"
                            << "llama3.18b";
        QTest::addRow("display name") << "Llama 3.1 8B"
                                      << "llama3.18b";
        QTest::addRow("Ollama tag") << "llama3.1:8b"
                                    << "llama3.18b";
        QTest::addRow("repository") << "Qwen/Qwen2.5-7B-Instruct"
                                    << "qwen2.57b";
        QTest::addRow("gemma -it") << "google/gemma-2-9b-it"
                                   << "gemma29b";
        QTest::addRow("GGUF repository") << "bartowski/Qwen2.5-7B-Instruct-GGUF"
                                         << "qwen2.57b";
        QTest::addRow("dot between letters") << "LLM.INT8"
                                             << "llmint8";
        QTest::addRow("underscores") << "Q4_K_M"
                                     << "q4km";
        QTest::addRow("noise alone") << "instruct"
                                     << "instruct";
        QTest::addRow("empty") << "  "
                               << "";
    }

    void canonical()
    {
        QFETCH(QString, name);
        QFETCH(QString, expected);
        QCOMPARE(NameMatcher::canonical(name), expected);
    }

    void editDistance_data()
    {
        QTest::addColumn<QString>("a");
        QTest::addColumn<QString>("b");
        QTest::addColumn<int>("expected");
        QTest::addRow("same") << "rtx4090"
                              << "rtx4090" << 0;
        QTest::addRow("transposition") << "rtx4900"
                                       << "rtx4090" << 1;
        QTest::addRow("kitten") << "kitten"
                                << "sitting" << 3;
        QTest::addRow("empty") << ""
                               << "abc" << 3;
        QTest::addRow("deletion") << "lama"
                                  << "llama" << 1;
    }

    void editDistance()
    {
        QFETCH(QString, a);
        QFETCH(QString, b);
        QFETCH(int, expected);
        QCOMPARE(NameMatcher::editDistance(a, b), expected);
        QCOMPARE(NameMatcher::editDistance(b, a), expected);
    }

    // Names as people type them: one entry, several (all listed), or none (the closest suggested).
    void match_data()
    {
        QTest::addColumn<Catalog>("catalog");
        QTest::addColumn<QString>("typed");
        QTest::addColumn<NameMatch::Kind>("kind");
        QTest::addColumn<QStringList>("ids"); // None: the first suggestions
        QTest::addColumn<QString>("recipe");
        const auto one = NameMatch::Kind::Unique;
        const auto several = NameMatch::Kind::Several;
        const auto none = NameMatch::Kind::None;
        const Catalog m = Catalog::Models;
        const Catalog g = Catalog::Gpus;
        const Catalog r = Catalog::Recipes;
        const auto row = [](const char* name) -> QTestData& { return QTest::addRow("%s", name); };

        row("model id") << m << "LLAMA-3.1-8B" << one << QStringList { u"llama-3.1-8b"_s } << "";
        row("model name") << m << "Llama 3.1 8B" << one << QStringList { u"llama-3.1-8b"_s } << "";
        row("Ollama tag") << m << "llama3.1:8b" << one << QStringList { u"llama-3.1-8b"_s } << "";
        row("repository with -Instruct") << m << "Qwen/Qwen2.5-7B-Instruct" << one << QStringList { u"qwen2.5-7b"_s }
                                         << "";
        row("deepseek r1") << m << "deepseek r1" << one << QStringList { u"deepseek-r1"_s } << "";
        row("mixtral") << m << "mixtral" << several << QStringList { u"mixtral-8x7b"_s, u"mixtral-8x22b"_s } << "";
        row("Ollama tag with quant") << m << "qwen2.5:32b-instruct-q4_K_M" << one << QStringList { u"qwen2.5-32b"_s }
                                     << "Q4_K_M";
        row("Ollama tag fp16") << m << "llama3.1:8b-instruct-fp16" << one << QStringList { u"llama-3.1-8b"_s } << "F16";
        row("Ollama tag q8_0") << m << "gemma2:9b-instruct-q8_0" << one << QStringList { u"gemma-2-9b"_s } << "Q8_0";
        row("Ollama MoE tag") << m << "qwen3:30b-a3b" << one << QStringList { u"qwen3-30b-a3b"_s } << "";
        row("Ollama alias") << m << "deepseek-r1:7b" << one << QStringList { u"deepseek-r1-distill-qwen-7b"_s } << "";
        row("Ollama phi3:mini") << m << "phi3:mini" << one << QStringList { u"phi-3-mini-4k"_s } << "";
        row("Ollama phi4 by name") << m << "phi4:14b" << one << QStringList { u"phi-4"_s } << "";
        row("old repository id") << m << "meta-llama/Meta-Llama-3.1-8B-Instruct" << one
                                 << QStringList { u"llama-3.1-8b"_s } << "";
        row("repository -it") << m << "google/gemma-2-9b-it" << one << QStringList { u"gemma-2-9b"_s } << "";
        row("repository with date") << m << "mistralai/Mistral-Nemo-Instruct-2407" << one
                                    << QStringList { u"mistral-nemo-12b"_s } << "";
        row("repository -AWQ") << m << "Qwen/Qwen2.5-7B-Instruct-AWQ" << one << QStringList { u"qwen2.5-7b"_s }
                               << "AWQ-INT4";
        row("GGUF repository") << m << "bartowski/Qwen2.5-32B-Instruct-GGUF" << one << QStringList { u"qwen2.5-32b"_s }
                               << "";
        row("part of a name") << m << "nemo" << one << QStringList { u"mistral-nemo-12b"_s } << "";
        row("words in any order") << m << "70b llama 3.3" << one << QStringList { u"llama-3.3-70b"_s } << "";
        row("version prefix") << m << "llama 3.1" << several
                              << QStringList { u"llama-3.1-8b"_s, u"llama-3.1-70b"_s, u"llama-3.1-405b"_s } << "";
        row("model typo") << m << "lamma3.1:8b" << none << QStringList { u"llama-3.1-8b"_s } << "";
        row("unknown model") << m << "gpt-5" << none << QStringList() << "";

        row("GPU 4090") << g << "4090" << one << QStringList { u"rtx-4090"_s } << "";
        row("GPU rtx4090") << g << "rtx4090" << one << QStringList { u"rtx-4090"_s } << "";
        row("GPU 3090") << g << "3090" << one << QStringList { u"rtx-3090"_s } << "";
        row("GPU H100") << g << "H100" << several << QStringList { u"h100-pcie"_s, u"h100-sxm"_s, u"h100-nvl"_s } << "";
        row("GPU A100") << g << "A100" << several
                        << QStringList { u"a100-pcie-40gb"_s, u"a100-sxm-40gb"_s, u"a100-pcie-80gb"_s,
                               u"a100-sxm-80gb"_s }
                        << "";
        row("GPU A100 80GB") << g << "A100 80GB" << several << QStringList { u"a100-pcie-80gb"_s, u"a100-sxm-80gb"_s }
                             << "";
        row("GPU M2 Ultra") << g << "M2 Ultra" << one << QStringList { u"apple-m2-ultra"_s } << "";
        row("GPU 3080") << g << "rtx 3080" << several << QStringList { u"rtx-3080-10gb"_s, u"rtx-3080-12gb"_s } << "";
        row("GPU 7900 xtx") << g << "7900 xtx" << one << QStringList { u"rx-7900-xtx"_s } << "";
        row("GPU mi300x") << g << "mi300x" << one << QStringList { u"instinct-mi300x"_s } << "";
        row("GPU typo") << g << "rtx 4900" << none << QStringList { u"rtx-4090"_s } << "";
        row("GPU unknown") << g << "voodoo5" << none << QStringList() << "";

        row("recipe lower case") << r << "q4_k_m" << one << QStringList { u"Q4_K_M"_s } << "";
        row("recipe without separators") << r << "q4km" << one << QStringList { u"Q4_K_M"_s } << "";
        row("recipe with a space") << r << "gptq int4" << one << QStringList { u"GPTQ-INT4"_s } << "";
        row("recipe prefix") << r << "Q4_K" << several << QStringList { u"Q4_K_M"_s, u"Q4_K_S"_s } << "";
        row("recipe unknown") << r << "Q9_K" << none << QStringList() << "";
    }

    void match()
    {
        QFETCH(Catalog, catalog);
        QFETCH(QString, typed);
        QFETCH(NameMatch::Kind, kind);
        QFETCH(QStringList, ids);
        QFETCH(QString, recipe);
        const NameMatch result = matchIn(catalog, typed);
        const QStringList all = catalogIds(catalog);
        QStringList got;
        for (const int e : result.entries)
            got << all.at(e);
        QVERIFY2(result.kind == kind, qPrintable(got.join(u',')));
        if (kind == NameMatch::Kind::None)
            got = got.mid(0, ids.size());
        QCOMPARE(got, ids);
        QCOMPARE(result.recipe, recipe);
    }

    // Every id, display name and repository of the catalog finds its own entry and no other.
    void everyCatalogNameIsUnique()
    {
        const ModelCatalog& models = TestCatalogs::models();
        const NameMatcher modelMatcher = modelNameMatcher(models, &TestCatalogs::quants());
        for (int i = 0; i < models.models.size(); ++i) {
            for (const QString& n : modelNames(models, i)) {
                const NameMatch match = modelMatcher.match(n);
                QVERIFY2(match.isUnique() && match.entries.front() == i, qPrintable(n));
                // A repository named after its precision (NVIDIA's -BF16 ones) names that recipe, rightly.
                const bool precisionRepo
                    = n == models.models[i].hfRepo && n.endsWith(match.recipe, Qt::CaseInsensitive);
                QVERIFY2(match.recipe.isEmpty() || precisionRepo, qPrintable(n));
            }
        }
        const GpuCatalog& gpus = TestCatalogs::gpus();
        const NameMatcher gpuMatcher = gpuNameMatcher(gpus);
        for (int i = 0; i < gpus.gpus.size(); ++i) {
            for (const QString& n : { gpus.gpus[i].id, gpus.gpus[i].name }) {
                const NameMatch match = gpuMatcher.match(n);
                QVERIFY2(match.isUnique() && match.entries.front() == i, qPrintable(n));
            }
        }
        const QuantCatalog& quants = TestCatalogs::quants();
        const NameMatcher recipeMatcher = recipeNameMatcher(quants);
        for (int i = 0; i < quants.recipes.size(); ++i) {
            const NameMatch match = recipeMatcher.match(quants.recipes[i].id);
            QVERIFY2(match.isUnique() && match.entries.front() == i, qPrintable(quants.recipes[i].id));
        }
    }

    // Without a recipe list, the matcher can still read llama.cpp type names off an Ollama tag.
    void anyGgufType()
    {
        NameMatcher matcher({}, true);
        matcher.addEntry({ QStringLiteral("qwen2.5-32b"), QStringLiteral("Qwen2.5 32B") });
        matcher.addEntry({ QStringLiteral("qwen2.5-7b"), QStringLiteral("Qwen2.5 7B") });
        const NameMatch match = matcher.match(QStringLiteral("qwen2.5:32b-instruct-iq3_xxs"));
        QVERIFY(match.isUnique());
        QCOMPARE(match.entries.front(), 0);
        QCOMPARE(match.recipe, QStringLiteral("IQ3_XXS"));
        // Nothing is taken for a recipe without such a flag or list.
        NameMatcher plain;
        plain.addEntry({ QStringLiteral("qwen2.5-32b") });
        QCOMPARE(plain.match(QStringLiteral("qwen2.5:32b-q4_K_M")).kind, NameMatch::Kind::None);
    }
};

QTEST_GUILESS_MAIN(TestNameMatcher)
#include "tst_namematcher.moc"
