// SPDX-FileCopyrightText: 2026 The FitPlanner authors
// SPDX-License-Identifier: MIT

#include "modelcatalog.h"
#include "namematcher.h"
#include "tensorlayout.h"
#include "testcatalogs.h"

#include <cstdlib>
#include <utility>

#include <QFile>
#include <QObject>
#include <QRegularExpression>
#include <QSet>
#include <QTest>

using namespace Planner;

namespace {

// The cells of one CSV line; a quoted cell may hold commas.
QStringList csvCells(const QString& line)
{
    QStringList cells { QString() };
    bool quoted = false;
    for (const QChar c : line) {
        if (c == u'"')
            quoted = !quoted;
        else if (c == u',' && !quoted)
            cells << QString();
        else
            cells.last() += c;
    }
    return cells;
}

} // namespace

class TestModelCatalog : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void shippedCatalog()
    {
        const ModelCatalog& c = TestCatalogs::models();
        QCOMPARE(c.models.size(), 107);
        for (const char* id :
            { "deepseek-r1", "deepseek-v3", "deepseek-r1-distill-qwen-1.5b", "deepseek-r1-distill-qwen-32b",
                "deepseek-r1-distill-llama-70b", "llama-3.1-405b", "llama-3.2-1b", "llama-3.3-70b", "qwen2.5-0.5b",
                "qwen2.5-72b", "qwen3-30b-a3b", "qwen3-235b-a22b", "mistral-7b-v0.3", "mistral-nemo-12b",
                "mistral-small-24b-2501", "mixtral-8x7b", "mixtral-8x22b", "gemma-2-2b", "gemma-2-27b", "gemma-3-1b",
                "gemma-3-27b", "phi-3-mini-4k", "phi-3-medium-4k", "phi-4", "gpt-oss-20b", "gpt-oss-120b", "kimi-k2",
                // 2025-2026
                "qwen3.5-27b", "qwen3.5-122b-a10b", "qwen3.5-397b-a17b", "qwen3.6-35b-a3b",
                "qwen3-next-80b-a3b-thinking", "qwen3-coder-480b-a35b", "qwen3-coder-30b-a3b", "deepseek-v3.2",
                "gemma-4-26b-a4b", "kimi-k2.5", "nemotron-3-nano-30b-a3b", "minimax-m2.5", "minimax-m2.7", "glm-5",
                "glm-5.1", "glm-5.2", "glm-4.5", "glm-4.5-air", "glm-4.7", "granite-4.0-h-small", "granite-4.0-h-tiny",
                "granite-4.0-h-micro", "mistral-small-3.1-24b", "mistral-small-3.2-24b", "mimo-v2-flash", "laguna-xs.2",
                "laguna-s-2.1", "step-3.5-flash", "step-3.7-flash", "muse-glimmer-30b", "kimi-k3", "minimax-m3" })
            QVERIFY2(c.find(QString::fromLatin1(id)), id);
        for (const ModelSpec& m : c.models) {
            QVERIFY2(!m.name.isEmpty() && !m.family.isEmpty() && !m.license.isEmpty(), qPrintable(m.id));
            QVERIFY2(m.maxContext > 0 && !m.nativeDtype.isEmpty(), qPrintable(m.id));
            QVERIFY2(!m.hfRepo.isEmpty(), qPrintable(m.id));
            QVERIFY2(QRegularExpression(QStringLiteral("^20[0-9]{2}-(0[1-9]|1[0-2])$")).match(m.released).hasMatch(),
                qPrintable(m.id + u' ' + m.released));
        }
        QVERIFY(c.find(QStringLiteral("DeepSeek-R1"))); // ids match case-insensitively
        // The context is what the model was trained for: Mistral NeMo's config.json allows 1,024,000 positions,
        // its model card gives 128k.
        QCOMPARE(c.find(QStringLiteral("mistral-nemo-12b"))->maxContext, qint64(131072));
        QCOMPARE(c.find(QStringLiteral("mistral-nemo-12b"))->configMaxContext, qint64(1024000)); // kept for the note
        QCOMPARE(c.find(QStringLiteral("llama-3.1-8b"))->configMaxContext, qint64(0)); // config and card agree
        // Pre-quantized repositories by recipe, where the publisher releases them.
        const QMap<QString, QString> qwen = c.find(QStringLiteral("qwen2.5-32b"))->quantizedRepos;
        QCOMPARE(qwen.value(QStringLiteral("AWQ-INT4")), QStringLiteral("Qwen/Qwen2.5-32B-Instruct-AWQ"));
        QCOMPARE(qwen.value(QStringLiteral("GPTQ-INT8")), QStringLiteral("Qwen/Qwen2.5-32B-Instruct-GPTQ-Int8"));
        QVERIFY(c.find(QStringLiteral("llama-3.1-70b"))->quantizedRepos.isEmpty());
        for (const ModelSpec& m : c.models)
            for (auto it = m.quantizedRepos.cbegin(); it != m.quantizedRepos.cend(); ++it)
                QVERIFY2(TestCatalogs::quants().recipe(it.key()), qPrintable(m.id + u' ' + it.key()));
    }

    // Every model released from July 2025 on has its published parameter total in tests/data/catalog (how it was
    // published and where, per row), and FitPlanner's count equals it: exactly where the figure is exact (a
    // safetensors or GGUF count), within the figure's rounding where it is a model card's (27B, 25.2B). A published
    // total that holds a vision tower names its parameters, which the language model's count does not hold.
    void publishedTotals_data()
    {
        QTest::addColumn<QString>("id");
        QTest::addColumn<qint64>("published");
        QTest::addColumn<qint64>("precision");
        QTest::addColumn<qint64>("vision");
        QFile f(QStringLiteral(FITPLANNER_TEST_DATA "/catalog/published_params.csv"));
        QVERIFY2(f.open(QIODevice::ReadOnly | QIODevice::Text), qPrintable(f.fileName()));
        QSet<QString> listed;
        bool header = true;
        while (!f.atEnd()) {
            const QString line = QString::fromUtf8(f.readLine()).trimmed();
            if (line.isEmpty() || line.startsWith(u'#'))
                continue;
            const QStringList cells = csvCells(line);
            QCOMPARE(cells.size(), 6);
            if (std::exchange(header, false)) {
                QCOMPARE(cells.first(), QStringLiteral("id"));
                continue;
            }
            QVERIFY2(cells[5].startsWith(QLatin1String("https://")) && !cells[4].isEmpty(), qPrintable(line));
            bool ok[3] = {};
            QTest::addRow("%s", qPrintable(cells[0])) << cells[0] << cells[1].toLongLong(&ok[0])
                                                      << cells[2].toLongLong(&ok[1]) << cells[3].toLongLong(&ok[2]);
            QVERIFY2(ok[0] && ok[1] && ok[2], qPrintable(line));
            listed.insert(cells[0]);
        }
        for (const ModelSpec& m : TestCatalogs::models().models)
            QVERIFY2(m.released < QLatin1String("2025-07") || listed.contains(m.id), qPrintable(m.id));
    }

    void publishedTotals()
    {
        QFETCH(QString, id);
        QFETCH(qint64, published);
        QFETCH(qint64, precision);
        QFETCH(qint64, vision);
        const ModelSpec* m = TestCatalogs::models().find(id);
        QVERIFY2(m, qPrintable(id));
        const ParamCounts p = countParameters(*m);
        const qint64 counted = p.total - p.vision + vision;
        // Where FitPlanner counts the tower too, its count is the published figure's share.
        if (vision > 0 && p.vision > 0)
            QCOMPARE(p.vision, vision);
        if (precision == 1)
            QCOMPARE(counted, published);
        else
            QVERIFY2(2 * std::abs(counted - published) <= precision,
                qPrintable(
                    QStringLiteral("%1 counted, %2 published to %3").arg(counted).arg(published).arg(precision)));
    }

    // A bad entry is reported with its index, id and field, and skipped; the rest loads.
    void badEntriesAreSkipped_data()
    {
        QTest::addColumn<QByteArray>("entry");
        QTest::addColumn<QString>("expected");
        QTest::addRow("missing name") << QByteArray(R"({"id":"x","family":"F","config":{"model_type":"llama"}})")
                                      << "m.json: models[1] (x).name: is missing";
        QTest::addRow("wrong type") << QByteArray(R"({"id":"x","name":"X","family":3,"config":{"model_type":"llama"}})")
                                    << "m.json: models[1] (x).family: must be a string";
        QTest::addRow("missing config") << QByteArray(R"({"id":"x","name":"X","family":"F"})")
                                        << "m.json: models[1] (x).config: is missing";
        QTest::addRow("bad config field")
            << QByteArray(R"({"id":"x","name":"X","family":"F","config":{"model_type":"llama","hidden_size":0}})")
            << "m.json: models[1] (x).config.hidden_size: 0 is out of range";
        QTest::addRow("unknown architecture")
            << QByteArray(R"({"id":"x","name":"X","family":"F","config":{"model_type":"mamba"}})")
            << "m.json: models[1] (x).config.model_type: 'mamba' is not a supported architecture";
        QTest::addRow("duplicate id") << QByteArray(
            R"({"id":"GOOD","name":"X","family":"F","config":{"model_type":"llama"}})")
                                      << "m.json: models[1] (GOOD).id: 'GOOD' appears more than once";
        QTest::addRow("bad context") << QByteArray(
            R"({"id":"x","name":"X","family":"F","max_context":-1,"config":{"model_type":"llama"}})")
                                     << "m.json: models[1] (x).max_context: must be a positive whole number of tokens";
        QTest::addRow("aliases not an array")
            << QByteArray(R"({"id":"x","name":"X","family":"F","aliases":"x:1b","config":{"model_type":"llama"}})")
            << "m.json: models[1] (x).aliases: must be an array of strings";
        QTest::addRow("blank alias") << QByteArray(
            R"({"id":"x","name":"X","family":"F","aliases":[" "],"config":{"model_type":"llama"}})")
                                     << "m.json: models[1] (x).aliases: must not hold an empty name";
        QTest::addRow("quantized repos not an object") << QByteArray(
            R"({"id":"x","name":"X","family":"F","quantized_repos":["a/b"],"config":{"model_type":"llama"}})")
                                                       << "m.json: models[1] (x).quantized_repos: must map recipe ids "
                                                          "to Hugging Face repository ids";
        QTest::addRow("quantized repo not owner/name") << QByteArray(
            R"({"id":"x","name":"X","family":"F","quantized_repos":{"AWQ-INT4":"x-awq"},"config":{"model_type":"llama"}})")
                                                       << "m.json: models[1] (x).quantized_repos: 'AWQ-INT4' must name "
                                                          "a repository as owner/name";
    }

    // Aliases are other names of a model; one that is already another model's name is reported and dropped.
    void aliases()
    {
        const QByteArray json = R"({"models":[
            {"id":"good","name":"Good","family":"F","aliases":["good:1b","Other-Model"],"config":{"model_type":"llama"}},
            {"id":"other-model","name":"Other","family":"F","config":{"model_type":"qwen3"}}]})";
        QList<ParseError> errors;
        const ModelCatalog c = parseModelCatalog(json, QStringLiteral("m.json"), &errors);
        QCOMPARE(c.ids(), QStringList({ QStringLiteral("good"), QStringLiteral("other-model") }));
        QCOMPARE(errors.size(), 1);
        QCOMPARE(errors.first().message(),
            QStringLiteral("m.json: models[0] (good).aliases: 'Other-Model' is also a name of other-model; the alias "
                           "is ignored"));
        QCOMPARE(c.aliases.value(QStringLiteral("good")), QStringList { QStringLiteral("good:1b") });
        QCOMPARE(modelNames(c, 0),
            QStringList({ QStringLiteral("good"), QStringLiteral("Good"), QStringLiteral("good:1b") }));
        // The shipped catalog's aliases all survive that check (shippedCatalog() loads it without errors).
        QCOMPARE(TestCatalogs::models().aliases.value(QStringLiteral("deepseek-r1-distill-qwen-7b")),
            QStringList { QStringLiteral("deepseek-r1:7b") });
    }

    void badEntriesAreSkipped()
    {
        QFETCH(QByteArray, entry);
        QFETCH(QString, expected);
        const QByteArray json
            = R"({"models":[{"id":"good","name":"Good","family":"F","config":{"model_type":"llama"}},)" + entry
            + R"(,{"id":"good2","name":"Good 2","family":"F","config":{"model_type":"qwen3"}}]})";
        QList<ParseError> errors;
        const ModelCatalog c = parseModelCatalog(json, QStringLiteral("m.json"), &errors);
        QCOMPARE(errors.size(), 1);
        QVERIFY2(errors.first().message().startsWith(expected), qPrintable(errors.first().message()));
        QCOMPARE(c.ids(), QStringList({ QStringLiteral("good"), QStringLiteral("good2") }));
    }

    void brokenFile_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<QString>("expected");
        QTest::addRow("truncated") << QByteArray(R"({"models":[{"id":)") << "m.json: is not valid JSON";
        QTest::addRow("empty") << QByteArray() << "m.json: is not valid JSON";
        QTest::addRow("no models array") << QByteArray(R"({"models":{}})") << "m.json: models: must be an array";
    }

    void brokenFile()
    {
        QFETCH(QByteArray, json);
        QFETCH(QString, expected);
        QList<ParseError> errors;
        const ModelCatalog c = parseModelCatalog(json, QStringLiteral("m.json"), &errors);
        QVERIFY(c.models.isEmpty());
        QCOMPARE(errors.size(), 1);
        QVERIFY2(errors.first().message().startsWith(expected), qPrintable(errors.first().message()));
    }
};

QTEST_GUILESS_MAIN(TestModelCatalog)
#include "tst_modelcatalog.moc"
