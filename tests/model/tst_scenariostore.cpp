// SPDX-FileCopyrightText: 2026 The FitPlanner authors
// SPDX-License-Identifier: MIT

// Saved scenarios: the file round-trips, odd entries are skipped with a reason, an unreadable file is never
// overwritten, and a comparison estimates each scenario as the window does.

#include "memoryestimator.h"
#include "scenariostore.h"
#include "testcatalogs.h"
#include "units.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace Planner;

namespace {

SavedScenario saved(const QString& name, const QString& model, const QString& quant, qint64 context)
{
    SavedScenario s;
    s.name = name;
    s.modelId = model;
    s.recipeId = quant;
    s.context = context;
    s.kvType = QStringLiteral("F16");
    return s;
}

void writeFile(const QString& path, const QByteArray& bytes)
{
    QFile f(path);
    QVERIFY(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
    f.write(bytes);
}

QByteArray readFile(const QString& path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

} // namespace

class TestScenarioStore : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void roundTrip()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("sub/scenarios.json"));
        ScenarioStore store(path);
        QVERIFY(store.load().isEmpty()); // no file yet: an empty list, no problem
        QString error;
        SavedScenario a
            = saved(QStringLiteral("32B dense"), QStringLiteral("qwen3-32b"), QStringLiteral("Q4_K_M"), 32768);
        a.engine = Engine::Vllm;
        a.batch = 4;
        a.kvType = QStringLiteral("FP8_E4M3");
        QVERIFY2(store.save(a, &error), qPrintable(error));
        QVERIFY(store.save(
            saved(QStringLiteral("30B MoE"), QStringLiteral("qwen3-30b-a3b"), QStringLiteral("Q4_K_M"), 32768),
            &error));
        // The same name replaces.
        a.context = 16384;
        QVERIFY(store.save(a, &error));
        QCOMPARE(store.scenarios().size(), 2);

        ScenarioStore again(path);
        QVERIFY(again.load().isEmpty());
        QCOMPARE(again.scenarios(), store.scenarios());
        QCOMPARE(again.find(QStringLiteral("32B dense"))->context, qint64(16384));
        QCOMPARE(again.find(QStringLiteral("32B dense"))->engine, Engine::Vllm);
        QVERIFY(readFile(path).contains("\"schema\": 1"));

        QVERIFY(again.remove(QStringLiteral("30B MoE"), &error));
        ScenarioStore third(path);
        third.load();
        QCOMPARE(third.scenarios().size(), 1);

        QVERIFY(
            !store.save(saved(QStringLiteral("  "), QStringLiteral("qwen3-32b"), QStringLiteral("Q4_K_M"), 1), &error));
        QVERIFY(error.contains(QStringLiteral("needs a name")));
    }

    // Entries that cannot be used are skipped, each with the file, the index and the field named.
    void skipsBadEntries()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("scenarios.json"));
        writeFile(path, R"({"schema": 3, "scenarios": [
            {"name": "ok", "model": "llama-3.1-8b", "quant": "Q4_K_M", "engine": "llama.cpp", "context": 8192,
             "batch": 1, "kv_type": "F16", "future_field": [1, 2]},
            {"name": "huge", "model": "llama-3.1-8b", "quant": "Q4_K_M", "engine": "llama.cpp", "context": 1e300,
             "batch": 1, "kv_type": "F16"},
            {"name": "engine", "model": "llama-3.1-8b", "quant": "Q4_K_M", "engine": "warp-drive", "context": 8,
             "batch": 1, "kv_type": "F16"},
            {"model": "llama-3.1-8b"},
            "text",
            {"name": "ok", "model": "qwen3-8b", "quant": "Q8_0", "engine": "llama.cpp", "context": 8, "batch": 1,
             "kv_type": "F16"}
        ]})");
        ScenarioStore store(path);
        const QStringList problems = store.load();
        QCOMPARE(store.scenarios().size(), 1);
        QCOMPARE(store.scenarios().first().modelId, QStringLiteral("llama-3.1-8b"));
        QCOMPARE(problems.size(), 6);
        QVERIFY2(problems[0].endsWith(QStringLiteral("written by a newer FitPlanner (schema 3); reading the fields "
                                                     "this version knows")),
            qPrintable(problems[0]));
        QCOMPARE(problems[1], path + QStringLiteral(": scenarios[1].context: not a whole number from 1 to 268435456"));
        QCOMPARE(problems[2], path + QStringLiteral(": scenarios[2].engine: unknown engine \"warp-drive\""));
        QCOMPARE(problems[3], path + QStringLiteral(": scenarios[3].name: missing or not a text"));
        QCOMPARE(problems[4], path + QStringLiteral(": scenarios[4]: not an object"));
        QCOMPARE(problems[5], path + QStringLiteral(": scenarios[5]: a second scenario named \"ok\" is skipped"));
    }

    // A corrupt file is reported, kept while reading, and moved aside (not overwritten) by the next save.
    void neverOverwritesAnUnreadableFile()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("scenarios.json"));
        const QByteArray corrupt = "{\"schema\": 1, \"scenarios\": [ {\"name\": \"half";
        writeFile(path, corrupt);
        ScenarioStore store(path);
        const QStringList problems = store.load();
        QCOMPARE(problems.size(), 1);
        QVERIFY2(problems[0].startsWith(path + QStringLiteral(": not JSON")), qPrintable(problems[0]));
        QCOMPARE(readFile(path), corrupt);

        QString error, notice;
        QVERIFY(store.save(saved(QStringLiteral("new"), QStringLiteral("llama-3.1-8b"), QStringLiteral("Q4_K_M"), 8192),
            &error, &notice));
        QCOMPARE(notice, QStringLiteral("%1 could not be read; it was moved to %1.unreadable").arg(path));
        QCOMPARE(readFile(path + QStringLiteral(".unreadable")), corrupt);
        ScenarioStore again(path);
        QVERIFY(again.load().isEmpty());
        QCOMPARE(again.scenarios().size(), 1);

        // Too large or not a regular file: reported as the guarded reader words it, nothing read.
        const QString big = dir.filePath(QStringLiteral("big.json"));
        writeFile(big, QByteArray(5 * 1024 * 1024, ' '));
        ScenarioStore huge(big);
        const QStringList hugeProblems = huge.load();
        QCOMPARE(hugeProblems.size(), 1);
        QVERIFY2(hugeProblems[0].contains(big), qPrintable(hugeProblems[0]));
        QVERIFY(huge.scenarios().isEmpty());
        ScenarioStore folder(dir.path());
        QCOMPARE(folder.load().size(), 1);
    }

    // A comparison estimates each scenario exactly as the estimator does, on the capacity in use.
    void comparesSideBySide()
    {
        CapacityInput capacity { 24 * GiB, 64 * GiB };
        const MemoryEstimator estimator(TestCatalogs::quants());
        QStringList problems;
        const QList<SavedScenario> list { saved(QStringLiteral("dense"), QStringLiteral("qwen3-32b"),
                                              QStringLiteral("Q4_K_M"), 32768),
            saved(QStringLiteral("moe"), QStringLiteral("qwen3-30b-a3b"), QStringLiteral("Q4_K_M"), 32768),
            saved(QStringLiteral("gone"), QStringLiteral("no-such-model"), QStringLiteral("Q4_K_M"), 8192) };
        const auto rows = compareScenarios(list, TestCatalogs::models(), estimator, {}, capacity, &problems);
        QCOMPARE(rows.size(), 2);
        QCOMPARE(problems, QStringList { QStringLiteral("gone: the model \"no-such-model\" is not in the catalog") });
        QCOMPARE(rows[0].recipeId, QStringLiteral("dense"));
        Scenario s;
        s.model = TestCatalogs::model(QStringLiteral("qwen3-30b-a3b"));
        s.recipeId = QStringLiteral("Q4_K_M");
        s.context = 32768;
        const auto e = estimator.estimate(s);
        QCOMPARE(rows[1].estimate.total, e->total);
        QCOMPARE(rows[1].estimate.kvCache.bytes, qint64(48) * 32768 * 2 * 4 * 128 * 2);
        QCOMPARE(rows[1].status, classifyFit(e->total, e->totalHigh, capacity));
        QVERIFY(rows[0].description.startsWith(QStringLiteral("Qwen3 32B | Q4_K_M | ")));
    }
};

QTEST_GUILESS_MAIN(TestScenarioStore)
#include "tst_scenariostore.moc"
