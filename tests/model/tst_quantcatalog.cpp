// SPDX-FileCopyrightText: 2026 The FitPlanner authors
// SPDX-License-Identifier: MIT

#include "quantcatalog.h"
#include "testcatalogs.h"

#include <QObject>
#include <QTest>

using namespace Planner;

class TestQuantCatalog : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void shippedCatalog()
    {
        const QuantCatalog& c = TestCatalogs::quants();
        // Every recipe the issue names is present, matched case-insensitively.
        const char* const required[] = { "F16", "BF16", "Q8_0", "Q6_K", "Q5_K_M", "Q5_K_S", "Q5_1", "Q5_0", "Q4_K_M",
            "Q4_K_S", "Q4_1", "Q4_0", "IQ4_XS", "IQ4_NL", "Q3_K_L", "Q3_K_M", "Q3_K_S", "IQ3_M", "IQ3_S", "IQ3_XS",
            "IQ3_XXS", "Q2_K", "IQ2_M", "IQ2_S", "IQ2_XS", "IQ2_XXS", "IQ1_M", "IQ1_S", "FP8", "INT8", "GPTQ-INT4",
            "AWQ-INT4", "NF4", "MLX-4BIT", "MLX-8BIT" };
        for (const char* id : required)
            QVERIFY2(c.recipe(QString::fromLatin1(id).toLower()), id);
        // Every ggml type with its GGUF number.
        QCOMPARE(c.typeByGgmlId(12)->id, QStringLiteral("Q4_K"));
        QCOMPARE(c.typeByGgmlId(39)->id, QStringLiteral("MXFP4"));
        QCOMPARE(c.typeByGgmlId(30)->id, QStringLiteral("BF16"));
        QVERIFY(!c.recipe(QStringLiteral("Q7_K")));
    }

    // The formats checkpoints are published in: gpt-oss's MXFP4 experts beside bf16 attention, NVFP4, Kimi's int4
    // experts. Formats only some models' own checkpoints come in are searched for those models only; GPTQ/AWQ
    // group sizes other than 128 are not searched.
    void nativeFormats()
    {
        const QuantCatalog& c = TestCatalogs::quants();
        const QuantRecipe* mxfp4 = c.recipe(QStringLiteral("mxfp4"));
        QVERIFY(mxfp4);
        QCOMPARE(mxfp4->format, RecipeFormat::Hf);
        QCOMPARE(mxfp4->engines, QStringList({ QStringLiteral("vllm"), QStringLiteral("transformers") }));
        QCOMPARE(mxfp4->baseType, QStringLiteral("BF16"));
        QCOMPARE(mxfp4->expertType, QStringLiteral("MXFP4"));
        QCOMPARE(mxfp4->search, RecipeSearch::NativeOnly);
        QCOMPARE(c.recipe(QStringLiteral("NVFP4"))->baseType, QStringLiteral("NVFP4"));
        QCOMPARE(c.recipe(QStringLiteral("NVFP4"))->expertType, QString());
        QCOMPARE(c.recipe(QStringLiteral("NVFP4-EXPERTS"))->expertType, QStringLiteral("NVFP4"));
        QCOMPARE(c.recipe(QStringLiteral("INT4-EXPERTS"))->expertType, QStringLiteral("INT4_G32_SYM"));
        // DeepSeek-V4 as published: MXFP4 experts beside FP8 block-scaled weights; its routing table is I32.
        QCOMPARE(c.recipe(QStringLiteral("FP8-MXFP4"))->baseType, QStringLiteral("FP8_E4M3_B128"));
        QCOMPARE(c.recipe(QStringLiteral("FP8-MXFP4"))->expertType, QStringLiteral("MXFP4"));
        QCOMPARE(c.recipe(QStringLiteral("FP8-MXFP4"))->search, RecipeSearch::NativeOnly);
        QCOMPARE(c.type(QStringLiteral("I32"))->bytesFor(6, 129280, 1), qint64(6 * 129280 * 4));
        QCOMPARE(c.recipe(QStringLiteral("INT4-EXPERTS"))->search, RecipeSearch::NativeOnly);
        QCOMPARE(c.recipe(QStringLiteral("FP8-EXPERTS"))->baseType, QStringLiteral("BF16"));
        QCOMPARE(c.recipe(QStringLiteral("FP8-EXPERTS"))->expertType, QStringLiteral("FP8_E4M3_B128"));
        QCOMPARE(c.recipe(QStringLiteral("FP8-EXPERTS"))->search, RecipeSearch::NativeOnly);
        QCOMPARE(c.recipe(QStringLiteral("FP8"))->search, RecipeSearch::Always);
        QCOMPARE(c.recipe(QStringLiteral("GPTQ-INT4"))->search, RecipeSearch::Always);
        QCOMPARE(c.recipe(QStringLiteral("GPTQ-INT4-G32"))->search, RecipeSearch::Never);
        QCOMPARE(c.recipe(QStringLiteral("AWQ-INT4-G64"))->search, RecipeSearch::Never);
        QCOMPARE(c.recipe(QStringLiteral("Q4_K_M"))->search, RecipeSearch::Always);
        QCOMPARE(c.type(QStringLiteral("NVFP4"))->tensorBytes, 8);
        // llama.cpp's MXFP4_MOE file is gpt-oss's MXFP4 checkpoint as llama.cpp loads it, and only that.
        QCOMPARE(c.recipe(QStringLiteral("MXFP4_MOE"))->nativeFor, QStringList { QStringLiteral("MXFP4") });
        QCOMPARE(c.recipe(QStringLiteral("MXFP4_MOE"))->search, RecipeSearch::NativeOnly);
        for (const QuantRecipe& r : c.recipes)
            for (const QString& id : r.nativeFor)
                QVERIFY2(c.recipe(id), qPrintable(r.id + QStringLiteral(" names ") + id));
    }

    // Published quality: llama.cpp's LLaMA 3 8B scoreboard (tools/perplexity/README.md), one figure per file type
    // the searches try, with its source.
    void publishedQuality()
    {
        const QuantCatalog& c = TestCatalogs::quants();
        const auto kld = [&c](const char* id) { return c.recipe(QString::fromLatin1(id))->kld.value_or(-1.0); };
        QCOMPARE(kld("F16"), 0.0);
        QCOMPARE(kld("BF16"), 0.0);
        QCOMPARE(kld("Q8_0"), 0.001355);
        QCOMPARE(kld("Q4_K_M"), 0.031273); // no importance matrix
        QCOMPARE(kld("Q3_K_S"), 0.228217);
        QCOMPARE(kld("IQ2_M"), 0.325989); // importance matrix "WT 10m": the IQ types need one
        QCOMPARE(kld("IQ1_S"), 2.254554);
        QVERIFY(!c.recipe(QStringLiteral("MXFP4_MOE"))->kld); // none published beyond gpt-oss's own
        QVERIFY(!c.recipe(QStringLiteral("AWQ-INT4"))->kld); // no figure on the same footing
        for (const QuantRecipe& r : c.recipes) {
            const bool searchedGguf = r.format == RecipeFormat::Gguf && r.search == RecipeSearch::Always
                && !r.id.startsWith(QLatin1String("TQ"));
            QVERIFY2(!searchedGguf || r.kld, qPrintable(r.id));
            QVERIFY2(!r.kld || r.kldSource.contains(QLatin1String("LLaMA 3 8b Scoreboard")) || *r.kld == 0.0,
                qPrintable(r.id));
        }
    }

    void errors_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<QString>("expected");
        QTest::addColumn<int>("types");
        QTest::addColumn<int>("recipes");
        QTest::addRow("truncated") << QByteArray(R"({"types":[{"id":"F16")") << "q.json: is not valid JSON" << -1 << -1;
        QTest::addRow("no arrays") << QByteArray(R"({"types":{}})") << "q.json: types: must be an array" << -1 << -1;
        QTest::addRow("no recipes") << QByteArray(R"({"types":[],"recipes":5})") << "q.json: recipes: must be an array"
                                    << -1 << -1;
        QTest::addRow("blank id") << QByteArray(
            R"({"types":[{"id":" ","kind":"float","block_size":1,"block_bytes":2}],"recipes":[]})")
                                  << "q.json: types[0].id: must not be empty" << 0 << 0;
        QTest::addRow("entry not an object")
            << QByteArray(R"({"types":[7],"recipes":[]})") << "q.json: types[0]: must be an object" << 0 << 0;
        QTest::addRow("missing block size") << QByteArray(R"({"types":[{"id":"X","kind":"ggml","block_bytes":4},
                {"id":"F16","kind":"float","block_size":1,"block_bytes":2}],"recipes":[]})")
                                            << "q.json: types[0].block_size: is missing" << 1 << 0;
        QTest::addRow("unknown kind") << QByteArray(R"({"types":[{"id":"X","kind":"magic"}],"recipes":[]})")
                                      << "q.json: types[0].kind: 'magic' is not a known storage kind" << 0 << 0;
        QTest::addRow("recipe names unknown type")
            << QByteArray(R"({"types":[{"id":"F16","kind":"float","block_size":1,"block_bytes":2}],
                "recipes":[{"id":"R","format":"gguf","engines":["llama.cpp"],"base_type":"Q9","description":"d"},
                           {"id":"S","format":"gguf","engines":["llama.cpp"],"base_type":"F16","description":"d"}]})")
            << "q.json: recipes[0].base_type: names the unknown storage type 'Q9'" << 1 << 1;
        QTest::addRow("bad search") << QByteArray(R"({"types":[{"id":"F16","kind":"float","block_size":1,
                "block_bytes":2}],"recipes":[{"id":"R","format":"gguf","engines":["llama.cpp"],"base_type":"F16",
                "search":"sometimes","description":"d"}]})")
                                    << "q.json: recipes[0].search: 'sometimes' is not always, native or never" << 1
                                    << 0;
        QTest::addRow("expert type on a GGUF recipe")
            << QByteArray(R"({"types":[{"id":"F16","kind":"float","block_size":1,"block_bytes":2}],
                "recipes":[{"id":"R","format":"gguf","engines":["llama.cpp"],"base_type":"F16","expert_type":"F16",
                "description":"d"}]})")
            << "q.json: recipes[0].expert_type: is only read for hf and mlx recipes" << 1 << 0;
        QTest::addRow("unknown expert type")
            << QByteArray(R"({"types":[{"id":"F16","kind":"float","block_size":1,"block_bytes":2}],
                "recipes":[{"id":"R","format":"hf","engines":["vllm"],"base_type":"F16","expert_type":"FP3",
                "embedding_type":"F16","output_type":"F16","other_type":"F16","description":"d"}]})")
            << "q.json: recipes[0].expert_type: names the unknown storage type 'FP3'" << 1 << 0;
        QTest::addRow("kld without its source")
            << QByteArray(R"({"types":[{"id":"F16","kind":"float","block_size":1,"block_bytes":2}],
                "recipes":[{"id":"R","format":"gguf","engines":["llama.cpp"],"base_type":"F16","kld":0.1,
                "description":"d"}]})")
            << "q.json: recipes[0].kld_source: must say where the kld figure is published" << 1 << 0;
        QTest::addRow("negative kld") << QByteArray(
            R"({"types":[{"id":"F16","kind":"float","block_size":1,"block_bytes":2}],
                "recipes":[{"id":"R","format":"gguf","engines":["llama.cpp"],"base_type":"F16","kld":-1,
                "kld_source":"s","description":"d"}]})")
                                      << "q.json: recipes[0].kld: must be between 0 and 100" << 1 << 0;
        QTest::addRow("duplicate recipe")
            << QByteArray(R"({"types":[{"id":"F16","kind":"float","block_size":1,"block_bytes":2}],
                "recipes":[{"id":"R","format":"gguf","engines":["llama.cpp"],"base_type":"F16","description":"d"},
                           {"id":"r","format":"gguf","engines":["llama.cpp"],"base_type":"F16","description":"d"}]})")
            << "q.json: recipes[1].id: 'r' appears more than once" << 1 << 1;
    }

    void errors()
    {
        QFETCH(QByteArray, json);
        QFETCH(QString, expected);
        QFETCH(int, types);
        QFETCH(int, recipes);
        QList<ParseError> errors;
        const auto c = parseQuantCatalog(json, QStringLiteral("q.json"), &errors);
        QVERIFY(!errors.isEmpty());
        QVERIFY2(errors.first().message().startsWith(expected), qPrintable(errors.first().message()));
        QCOMPARE(c.has_value(), types >= 0);
        if (c) {
            QCOMPARE(c->types.size(), types);
            QCOMPARE(c->recipes.size(), recipes);
        }
    }
};

QTEST_GUILESS_MAIN(TestQuantCatalog)
#include "tst_quantcatalog.moc"
