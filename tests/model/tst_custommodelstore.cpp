// SPDX-FileCopyrightText: 2026 The FitPlanner authors
// SPDX-License-Identifier: MIT

// Custom models: the file round-trips, each entry is validated as the catalog's, ids never shadow a built-in
// model, a corrupt or partly unusable file is reported entry by entry and never overwritten without a copy, and a
// model added from a published config.json estimates exactly as that config.json does.

#include "custommodelstore.h"
#include "memoryestimator.h"
#include "tensorlayout.h"
#include "testcatalogs.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace Planner;

namespace {

QByteArray readFile(const QString& path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

void writeFile(const QString& path, const QByteArray& bytes)
{
    QFile f(path);
    QVERIFY(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
    f.write(bytes);
}

QByteArray publishedConfig(const char* file)
{
    return readFile(QStringLiteral(FITPLANNER_TEST_DATA "/configs-2026/") + QLatin1String(file));
}

CustomModelRequest request(const QString& id, const QByteArray& config, const QString& name = {})
{
    return { id, name, config, QStringLiteral("config.json") };
}

// A small dense config.json.
QByteArray smallConfig(qint64 hidden = 1024)
{
    return QJsonDocument(QJsonObject { { QStringLiteral("model_type"), QStringLiteral("llama") },
                             { QStringLiteral("hidden_size"), hidden }, { QStringLiteral("num_hidden_layers"), 4 },
                             { QStringLiteral("num_attention_heads"), 8 }, { QStringLiteral("num_key_value_heads"), 2 },
                             { QStringLiteral("intermediate_size"), 2816 }, { QStringLiteral("vocab_size"), 32000 },
                             { QStringLiteral("max_position_embeddings"), 4096 } })
        .toJson(QJsonDocument::Compact);
}

std::optional<MemoryEstimate> estimateOf(const ModelSpec& model)
{
    Scenario s;
    s.model = model;
    s.recipeId = QStringLiteral("Q4_K_M");
    s.engine = Engine::LlamaCpp;
    s.context = 32768;
    QString why;
    auto e = MemoryEstimator(TestCatalogs::quants()).estimate(s, &why);
    if (!e)
        qWarning("%s", qPrintable(why));
    return e;
}

} // namespace

class TestCustomModelStore : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    // Added from a published config.json, the model survives a reload unchanged and estimates byte for byte as
    // `--config` of the same file does.
    void roundTripAndSameEstimateAsTheConfig()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("sub/custom-models.json"));
        CustomModelStore store(path);
        QVERIFY(store.load(TestCatalogs::models()).isEmpty());
        QString error;
        QVERIFY2(store.add(request(QStringLiteral("my-qwen"), publishedConfig("Qwen__Qwen3.6-35B-A3B.json"),
                               QStringLiteral("My Qwen")),
                     TestCatalogs::models(), &error),
            qPrintable(error));
        QCOMPARE(store.models().ids(), QStringList { QStringLiteral("my-qwen") });
        QVERIFY(store.models().isCustom(QStringLiteral("my-qwen")));
        QVERIFY(!QFile::exists(path + QStringLiteral(".bak"))); // nothing to keep before the first write

        CustomModelStore again(path);
        QCOMPARE(again.load(TestCatalogs::models()), QStringList());
        QCOMPARE(again.models().models.size(), 1);
        const ModelSpec& m = again.models().models.first();
        QCOMPARE(m.id, QStringLiteral("my-qwen"));
        QCOMPARE(m.name, QStringLiteral("My Qwen"));
        QCOMPARE(m.family, QStringLiteral("qwen3_5_moe_text")); // the text model's model_type

        const ModelSpec published = TestCatalogs::configModel("Qwen__Qwen3.6-35B-A3B.json");
        QCOMPARE(countParameters(m).total, countParameters(published).total);
        QCOMPARE(countParameters(m).active, countParameters(published).active);
        const auto viaStore = estimateOf(m);
        const auto viaConfig = estimateOf(published);
        QVERIFY(viaStore && viaConfig);
        QCOMPARE(viaStore->weights.bytes, viaConfig->weights.bytes);
        QCOMPARE(viaStore->kvCache.bytes, viaConfig->kvCache.bytes);
        QCOMPARE(viaStore->recurrentState.bytes, viaConfig->recurrentState.bytes);
        QCOMPARE(viaStore->total, viaConfig->total);

        const QJsonObject file = QJsonDocument::fromJson(readFile(path)).object();
        QCOMPARE(file.value(QStringLiteral("schema")).toInt(), CustomModelStore::kSchema);
        QCOMPARE(file.value(QStringLiteral("models")).toArray().size(), 1);

        // Merged after the built-in models, marked custom; builtIn() gives the catalog back.
        const ModelCatalog merged = withCustomModels(TestCatalogs::models(), again.models());
        QCOMPARE(merged.models.size(), TestCatalogs::models().models.size() + 1);
        QCOMPARE(merged.models.last().id, QStringLiteral("my-qwen"));
        QVERIFY(merged.isCustom(QStringLiteral("my-qwen")) && !merged.isCustom(QStringLiteral("llama-3.1-8b")));
        QCOMPARE(merged.builtIn().ids(), TestCatalogs::models().ids());

        // Removing rewrites the file and keeps the previous one as a backup.
        const QByteArray before = readFile(path);
        QVERIFY2(again.remove(QStringLiteral("MY-QWEN"), &error), qPrintable(error));
        QVERIFY(again.models().models.isEmpty());
        QCOMPARE(readFile(path + QStringLiteral(".bak")), before);
        QVERIFY(!again.remove(QStringLiteral("my-qwen"), &error));
        QCOMPARE(error, QStringLiteral("\"my-qwen\" is not a custom model"));
    }

    void refusals_data()
    {
        QTest::addColumn<QString>("id");
        QTest::addColumn<QString>("name");
        QTest::addColumn<QByteArray>("config");
        QTest::addColumn<QString>("error");
        const QByteArray ok = smallConfig();
        QTest::newRow("a built-in id") << QStringLiteral("llama-3.1-8b") << QString() << ok
                                       << QStringLiteral("id \"llama-3.1-8b\": a built-in model has this id; "
                                                         "choose another");
        QTest::newRow("a built-in id in another case")
            << QStringLiteral("Llama-3.1-8B") << QString() << ok
            << QStringLiteral("id \"Llama-3.1-8B\": a built-in model has this id; choose another");
        QTest::newRow("a built-in model's name as id")
            << QStringLiteral("llama3.1-8b") << QString() << ok
            << QStringLiteral("id \"llama3.1-8b\": it names the built-in model llama-3.1-8b; choose another");
        QTest::newRow("a built-in model's name")
            << QStringLiteral("mine") << QStringLiteral("Llama 3.1 8B") << ok
            << QStringLiteral("name \"Llama 3.1 8B\": it names the built-in model llama-3.1-8b; choose another");
        QTest::newRow("spaces in the id")
            << QStringLiteral("my model") << QString() << ok
            << QStringLiteral("id \"my model\": use 1 to 100 letters, digits, '.', '_' or '-', starting with a "
                              "letter or digit");
        QTest::newRow("empty id") << QString() << QString() << ok
                                  << QStringLiteral("id \"\": use 1 to 100 letters, digits, '.', '_' or '-', "
                                                    "starting with a letter or digit");
        QTest::newRow("a custom id taken")
            << QStringLiteral("Taken") << QString() << ok
            << QStringLiteral("id \"Taken\": a custom model has this id already; remove it first");
        QTest::newRow("bad config") << QStringLiteral("mine") << QString() << smallConfig(-5)
                                    << QStringLiteral("config.json: hidden_size: -5 is out of range");
        QTest::newRow("not JSON") << QStringLiteral("mine") << QString() << QByteArray("{\"model_type\": ")
                                  << QStringLiteral("config.json: ");
    }

    // What the store refuses, each with the message naming the field (nothing is written).
    void refusals()
    {
        QFETCH(QString, id);
        QFETCH(QString, name);
        QFETCH(QByteArray, config);
        QFETCH(QString, error);
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("custom-models.json"));
        CustomModelStore store(path);
        store.load(TestCatalogs::models());
        QString why;
        QVERIFY2(
            store.add(request(QStringLiteral("taken"), smallConfig()), TestCatalogs::models(), &why), qPrintable(why));
        const QByteArray before = readFile(path);
        QVERIFY(!store.validate(request(id, config, name), TestCatalogs::models(), &why));
        QVERIFY2(why.startsWith(error), qPrintable(why));
        QVERIFY(!store.add(request(id, config, name), TestCatalogs::models(), &why));
        QCOMPARE(readFile(path), before);
        QCOMPARE(store.models().models.size(), 1);
    }

    // A file that is not JSON is reported, read as empty, kept untouched, and moved aside at the next change.
    void corruptFile()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("custom-models.json"));
        const QByteArray garbage("{\"schema\": 1, \"models\": [ {\"id\": \"x\"");
        writeFile(path, garbage);
        CustomModelStore store(path);
        const QStringList problems = store.load(TestCatalogs::models());
        QCOMPARE(problems.size(), 1);
        QVERIFY2(problems.first().startsWith(path + QStringLiteral(": not JSON")), qPrintable(problems.first()));
        QVERIFY(problems.first().endsWith(QStringLiteral("; the file is kept as it is and moved aside at the next "
                                                         "change")));
        QVERIFY(store.models().models.isEmpty());
        QCOMPARE(readFile(path), garbage);

        QString error;
        QString notice;
        QVERIFY2(store.add(request(QStringLiteral("mine"), smallConfig()), TestCatalogs::models(), &error, &notice),
            qPrintable(error));
        QCOMPARE(notice, QStringLiteral("%1 could not be read; it was moved to %1.unreadable").arg(path));
        QCOMPARE(readFile(path + QStringLiteral(".unreadable")), garbage);
        CustomModelStore again(path);
        QVERIFY(again.load(TestCatalogs::models()).isEmpty());
        QCOMPARE(again.models().ids(), QStringList { QStringLiteral("mine") });

        writeFile(path, "{\"schema\": 1}");
        QCOMPARE(CustomModelStore(path).load(TestCatalogs::models()),
            QStringList { path
                + QStringLiteral(
                    ": no \"models\" list; the file is kept as it is and moved aside at the next change") });
    }

    // Entry by entry: a malformed entry, one from an older version without a config, one whose id a built-in model
    // took and a duplicate are each reported and skipped; the good ones load; a rewrite keeps the skipped entries
    // verbatim and copies the previous file to .bak first.
    void entryByEntry()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("custom-models.json"));
        const QJsonObject good = QJsonDocument::fromJson(smallConfig()).object();
        QJsonObject badConfig = good;
        badConfig.insert(QStringLiteral("num_key_value_heads"), 3); // 8 heads cannot share 3 KV heads
        const QJsonArray entries {
            QJsonObject { { QStringLiteral("id"), QStringLiteral("good") },
                { QStringLiteral("name"), QStringLiteral("Good") },
                { QStringLiteral("family"), QStringLiteral("llama") }, { QStringLiteral("config"), good } },
            QJsonObject { { QStringLiteral("id"), QStringLiteral("bad") },
                { QStringLiteral("name"), QStringLiteral("Bad") },
                { QStringLiteral("family"), QStringLiteral("llama") }, { QStringLiteral("config"), badConfig } },
            QJsonObject { { QStringLiteral("id"), QStringLiteral("old") },
                { QStringLiteral("name"), QStringLiteral("Old") },
                { QStringLiteral("family"), QStringLiteral("llama") } },
            QJsonObject { { QStringLiteral("id"), QStringLiteral("qwen3-8b") },
                { QStringLiteral("name"), QStringLiteral("Mine") },
                { QStringLiteral("family"), QStringLiteral("llama") }, { QStringLiteral("config"), good } },
            QJsonObject { { QStringLiteral("id"), QStringLiteral("GOOD") },
                { QStringLiteral("name"), QStringLiteral("Again") },
                { QStringLiteral("family"), QStringLiteral("llama") }, { QStringLiteral("config"), good } },
            QStringLiteral("not an object"),
        };
        const QByteArray text
            = QJsonDocument(QJsonObject { { QStringLiteral("schema"), 7 }, { QStringLiteral("models"), entries } })
                  .toJson();
        writeFile(path, text);
        CustomModelStore store(path);
        const QStringList problems = store.load(TestCatalogs::models());
        QCOMPARE(store.models().ids(), QStringList { QStringLiteral("good") });
        const QString all = problems.join(u'\n');
        QVERIFY2(all.contains(path + QStringLiteral(": written by a newer FitPlanner (schema 7)")), qPrintable(all));
        QVERIFY2(all.contains(QStringLiteral(
                     "models[1] (bad).config.num_key_value_heads: 3 does not divide the 8 attention heads")),
            qPrintable(all));
        QVERIFY2(all.contains(QStringLiteral("models[2] (old).config: is missing")), qPrintable(all));
        QVERIFY2(all.contains(path + QStringLiteral(": models[3]: id \"qwen3-8b\": a built-in model has this id")),
            qPrintable(all));
        QVERIFY2(all.contains(path + QStringLiteral(": models[4]: id \"GOOD\": a custom model has this id already")),
            qPrintable(all));
        QVERIFY2(all.contains(path + QStringLiteral(": models[5]: not an object")), qPrintable(all));
        for (int i = 1; i <= 5; ++i)
            QVERIFY2(all.contains(path
                         + QStringLiteral(": models[%1]: the entry is skipped and kept in the file as it "
                                          "is")
                               .arg(i)),
                qPrintable(all));
        QVERIFY(store.contains(QStringLiteral("old")));

        QString error;
        QVERIFY2(store.add(request(QStringLiteral("new"), smallConfig(2048)), TestCatalogs::models(), &error),
            qPrintable(error));
        QCOMPARE(readFile(path + QStringLiteral(".bak")), text);
        const QJsonArray written
            = QJsonDocument::fromJson(readFile(path)).object().value(QStringLiteral("models")).toArray();
        QCOMPARE(written.size(), entries.size() + 1);
        for (int i = 0; i < entries.size(); ++i)
            QCOMPARE(written[i], entries[i]);
        QCOMPARE(store.models().ids(), (QStringList { QStringLiteral("good"), QStringLiteral("new") }));

        // An unusable entry can be removed by its id.
        QVERIFY2(store.remove(QStringLiteral("old"), &error), qPrintable(error));
        QVERIFY(!store.contains(QStringLiteral("old")));
    }

    void missingFileIsEmpty()
    {
        QTemporaryDir dir;
        CustomModelStore store(dir.filePath(QStringLiteral("none.json")));
        QVERIFY(store.load(TestCatalogs::models()).isEmpty());
        QVERIFY(store.models().models.isEmpty());
    }

    void suggestedIds_data()
    {
        QTest::addColumn<QString>("path");
        QTest::addColumn<QString>("id");
        QTest::newRow("repository folder") << QStringLiteral("/m/Qwen3-8B/config.json") << QStringLiteral("qwen3-8b");
        QTest::newRow("odd characters") << QStringLiteral("/m/My Model (v2)!/config.json")
                                        << QStringLiteral("my-model-v2");
        QTest::newRow("only odd characters") << QStringLiteral("/m/__/config.json") << QStringLiteral("custom-model");
        QTest::newRow("config saved under its own name")
            << QStringLiteral("/m/configs/Qwen__Qwen3.6-35B-A3B.json") << QStringLiteral("qwen__qwen3.6-35b-a3b");
        QTest::newRow("upper-case CONFIG.JSON") << QStringLiteral("/m/Phi-4/CONFIG.JSON") << QStringLiteral("phi-4");
    }

    void suggestedIds()
    {
        QFETCH(QString, path);
        QFETCH(QString, id);
        QCOMPARE(CustomModelStore::suggestedId(path), id);
    }

    void dataDirectoryFromTheEnvironment()
    {
        qputenv("FITPLANNER_DATA_DIR", "/tmp/fitplanner-elsewhere/");
        QCOMPARE(userDataDirectory(), QStringLiteral("/tmp/fitplanner-elsewhere"));
        QCOMPARE(CustomModelStore::defaultPath(), QStringLiteral("/tmp/fitplanner-elsewhere/custom-models.json"));
        qunsetenv("FITPLANNER_DATA_DIR");
        QVERIFY(userDataDirectory() != QStringLiteral("/tmp/fitplanner-elsewhere"));
    }
};

QTEST_GUILESS_MAIN(TestCustomModelStore)
#include "tst_custommodelstore.moc"
