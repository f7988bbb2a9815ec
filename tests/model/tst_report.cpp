// SPDX-FileCopyrightText: 2026 The FitPlanner authors
// SPDX-License-Identifier: MIT

// Exported reports: the Markdown, CSV and JSON an estimate and its plan are written in, and the all-or-nothing
// file write.

#include "engineregistry.h"
#include "fitplanner.h"
#include "fitverdict.h"
#include "report.h"
#include "testcatalogs.h"
#include "units.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace Planner;

namespace {

Scenario scenario()
{
    Scenario sc;
    sc.model = TestCatalogs::model(QStringLiteral("llama-3.1-70b"));
    sc.recipeId = QStringLiteral("Q4_K_M");
    sc.context = 8192;
    return sc;
}

FitPlan plan70bOn4090()
{
    HardwareProfile hw;
    hw.gpus << TestCatalogs::gpus().find(QStringLiteral("rtx-4090"))->toDevice();
    hw.ramTotal = hw.ramAvailable = 64 * GiB;
    QString error;
    const auto p = FitPlanner(TestCatalogs::quants()).plan(scenario(), hw, PlanOptions {}, &error);
    if (!p)
        qFatal("plan failed: %s", qPrintable(error));
    return *p;
}

// The CSV's rows as (section, item) -> fields.
QHash<QString, QStringList> csvRows(const QByteArray& csv)
{
    QHash<QString, QStringList> rows;
    const QList<QByteArray> lines = csv.split('\n');
    for (qsizetype i = 1; i < lines.size(); ++i) {
        if (lines[i].isEmpty())
            continue;
        const QStringList f = QString::fromUtf8(lines[i]).split(u',');
        rows.insert(f[0] + u'/' + f[1], f);
    }
    return rows;
}

} // namespace

class TestReport : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void formatsByNameAndSuffix()
    {
        QCOMPARE(reportFormatFromId(QStringLiteral("md")), ReportFormat::Markdown);
        QCOMPARE(reportFormatFromId(QStringLiteral("Markdown")), ReportFormat::Markdown);
        QCOMPARE(reportFormatFromId(QStringLiteral("csv")), ReportFormat::Csv);
        QCOMPARE(reportFormatFromId(QStringLiteral("json")), ReportFormat::Json);
        QVERIFY(!reportFormatFromId(QStringLiteral("pdf")));
        QCOMPARE(reportFormatFromPath(QStringLiteral("/tmp/plan.MD")), ReportFormat::Markdown);
        QCOMPARE(reportFormatFromPath(QStringLiteral("a.b/plan.csv")), ReportFormat::Csv);
        QVERIFY(!reportFormatFromPath(QStringLiteral("plan.txt")));
        QVERIFY(!reportFormatFromPath(QStringLiteral("plan")));
        for (const QString& id : reportFormatIds())
            QCOMPARE(reportFormatId(*reportFormatFromId(id)), id);
    }

    // Every byte figure of the CSV is the estimate's and the plan's own, as an integer.
    void csvHoldsExactBytes()
    {
        const FitPlan p = plan70bOn4090();
        const MemoryEstimate& e = p.estimate;
        const auto rows = csvRows(renderReport(ReportInput { scenario().model, e, &p }, ReportFormat::Csv));
        QCOMPARE(rows.value(QStringLiteral("memory/weights")).value(2), QString::number(e.weights.bytes));
        QCOMPARE(rows.value(QStringLiteral("memory/weights")).value(2), QStringLiteral("42512531712"));
        QCOMPARE(rows.value(QStringLiteral("memory/kv_cache")).value(2), QStringLiteral("2684354560"));
        QCOMPARE(rows.value(QStringLiteral("memory/activations")).value(3), QString::number(e.activations.low));
        QCOMPARE(rows.value(QStringLiteral("memory/activations")).value(4), QString::number(e.activations.high));
        QCOMPARE(rows.value(QStringLiteral("memory/total")).value(2), QString::number(e.total));
        QCOMPARE(rows.value(QStringLiteral("plan/verdict")).value(2), QStringLiteral("offload"));
        QCOMPARE(rows.value(QStringLiteral("plan/headroom")).value(2), QString::number(p.headroomBytes));
        const DevicePlacement& gpu = p.devices.first();
        const QString section = QStringLiteral("device 1 (%1)").arg(gpu.name);
        QCOMPARE(rows.value(section + QStringLiteral("/weights")).value(2), QString::number(gpu.weights));
        QCOMPARE(rows.value(section + QStringLiteral("/capacity")).value(2), QString::number(24 * GiB));
        QCOMPARE(rows.value(section + QStringLiteral("/used")).value(5), QStringLiteral("bytes"));
        QVERIFY(rows.contains(QStringLiteral("device 2 (CPU)/kv_cache")));
        QCOMPARE(rows.value(QStringLiteral("speed/decode")).value(5), QStringLiteral("tokens/s"));
        QVERIFY(!rows.contains(QStringLiteral("memory/recurrent_state"))); // an attention-only model
        // Without a plan, only the memory rows.
        const auto alone = csvRows(renderReport(ReportInput { scenario().model, e, nullptr }, ReportFormat::Csv));
        QCOMPARE(alone.size(), 5);
    }

    // Explanations hold commas: CSV quotes them (RFC 4180) and doubles quotes; the column count stays 7.
    void csvQuotesFields()
    {
        const FitPlan p = plan70bOn4090();
        MemoryEstimate e = p.estimate;
        e.weights.explanation = QStringLiteral("a, \"quoted\" part");
        const QByteArray csv = renderReport(ReportInput { scenario().model, e, nullptr }, ReportFormat::Csv);
        QVERIFY(csv.contains(",bytes,\"a, \"\"quoted\"\" part\"\n"));
    }

    void markdownTables()
    {
        const FitPlan p = plan70bOn4090();
        ModelSpec model = scenario().model;
        model.name = QStringLiteral("Pipe | name\nsecond line");
        const QString md
            = QString::fromUtf8(renderReport(ReportInput { model, p.estimate, &p }, ReportFormat::Markdown));
        // A name or explanation with a pipe or a line break cannot break a table or forge a heading.
        QVERIFY(md.startsWith(QStringLiteral("# Pipe \\| name second line\n")));
        QVERIFY(md.contains(QStringLiteral("| Weights | 39.6 GiB |  | 70.6 B parameters in 724 tensors")));
        QVERIFY(md.contains(QStringLiteral("| KV cache | 2.50 GiB |  |")));
        QVERIFY(md.contains(QStringLiteral("| **Total** | **%1** |").arg(formatBytes(p.estimate.total))));
        QVERIFY(md.contains(QStringLiteral("**Fits with CPU offload**")));
        QVERIFY(md.contains(QStringLiteral("| NVIDIA GeForce RTX 4090 | ")));
        QVERIFY(md.contains(QStringLiteral("```sh\n") + p.command + QStringLiteral("\n```\n")));
        QVERIFY(md.contains(QStringLiteral("Engine rules: llama.cpp 80fb11ac")));
        QVERIFY(md.contains(QStringLiteral("## Notes\n\n- 46 of 81 layers on the GPU(s)")));
        // Where the engine decides each figure, one line per component.
        QVERIFY(md.contains(QStringLiteral("## Where llama.cpp / Ollama / LM Studio decides each figure\n\nRead from "
                                           "the source of llama.cpp 80fb11ac")));
        QVERIFY(md.contains(QStringLiteral("- **KV cache**: src/llama-kv-cache.cpp llama_kv_cache::llama_kv_cache")));
        QVERIFY(!md.contains(QStringLiteral("- **Recurrent state**")));
    }

    // One component for the "How is this computed?" view: its figure, its arithmetic, the engine's source.
    void componentOnItsOwn()
    {
        const FitPlan p = plan70bOn4090();
        const MemoryEstimate& e = p.estimate;
        const QString kv = componentMarkdown(e, MemoryPart::KvCache);
        QCOMPARE(kv,
            QStringLiteral("## KV cache\n\n**2.50 GiB** (exact)\n\n### How it is computed\n\n") + e.kvCache.explanation
                + QStringLiteral("\n\n### The engine's rule in its source\n\n")
                + engineRules(Engine::LlamaCpp).version() + QStringLiteral(": ")
                + engineRules(Engine::LlamaCpp).ruleSource(MemoryPart::KvCache) + u'\n');
        const QString act = componentMarkdown(e, MemoryPart::Activations);
        QVERIFY2(act.startsWith(QStringLiteral("## Activations\n\n**%1** (range: %2 to %3)")
                                    .arg(formatBytes(e.activations.bytes), formatBytes(e.activations.low),
                                        formatBytes(e.activations.high))),
            qPrintable(act));
        QVERIFY(act.contains(QStringLiteral("src/llama-context.cpp")));
        QVERIFY(!act.contains(e.kvCache.explanation));
        // An attention-only model has no recurrent state to explain.
        QCOMPARE(componentMarkdown(e, MemoryPart::RecurrentState), QString());
    }

    // Every byte figure of the JSON is the estimate's or the plan's own, as an integer: the export round-trips.
    void jsonCarriesThePlan()
    {
        const FitPlan p = plan70bOn4090();
        const MemoryEstimate& e = p.estimate;
        QJsonParseError parseError;
        const QJsonDocument doc = QJsonDocument::fromJson(
            renderReport(ReportInput { scenario().model, e, &p }, ReportFormat::Json), &parseError);
        QCOMPARE(parseError.error, QJsonParseError::NoError);
        const QJsonObject o = doc.object();
        const auto integer = [](const QJsonObject& obj, const char* key) {
            const QJsonValue v = obj.value(QLatin1String(key));
            if (!v.isDouble())
                qFatal("no number under %s", key);
            return v.toInteger(-1);
        };

        const QJsonObject bytes = o.value(QStringLiteral("bytes")).toObject();
        QCOMPARE(integer(bytes, "weights"), qint64(42512531712));
        const std::pair<const char*, const MemoryComponent*> components[]
            = { { "weights", &e.weights }, { "kv_cache", &e.kvCache }, { "recurrent_state", &e.recurrentState },
                  { "activations", &e.activations }, { "overhead", &e.overhead } };
        const QJsonObject withBands = o.value(QStringLiteral("components")).toObject();
        for (const auto& [key, c] : components) {
            QCOMPARE(integer(bytes, key), c->bytes);
            const QJsonObject band = withBands.value(QLatin1String(key)).toObject();
            QCOMPARE(integer(band, "bytes"), c->bytes);
            QCOMPARE(integer(band, "low"), c->low);
            QCOMPARE(integer(band, "high"), c->high);
            QCOMPARE(band.value(QStringLiteral("explanation")).toString(), c->explanation);
        }
        QCOMPARE(integer(bytes, "total"), e.total);
        const QJsonObject range = o.value(QStringLiteral("range")).toObject();
        QCOMPARE(integer(range, "total_low"), e.totalLow);
        QCOMPARE(integer(range, "total_high"), e.totalHigh);
        QCOMPARE(integer(o, "kv_bytes_per_token"), e.kvBytesPerToken);
        QCOMPARE(integer(o, "active_weight_bytes"), e.activeWeightBytes);
        QCOMPARE(integer(o, "token_embedding_bytes"), e.tokenEmbeddingBytes);
        const QJsonObject byType = o.value(QStringLiteral("weights_by_type")).toObject();
        QCOMPARE(byType.size(), e.bytesByType.size());
        for (auto it = e.bytesByType.cbegin(); it != e.bytesByType.cend(); ++it)
            QCOMPARE(byType.value(it.key()).toInteger(-1), it.value());
        const QJsonArray layers = o.value(QStringLiteral("layers")).toArray();
        QCOMPARE(layers.size(), e.layers.size());
        for (qsizetype i = 0; i < layers.size(); ++i) {
            const QJsonObject l = layers[i].toObject();
            QCOMPARE(integer(l, "weights"), e.layers[i].weights);
            QCOMPARE(integer(l, "kv_cache"), e.layers[i].kvCache);
            QCOMPARE(integer(l, "recurrent_state"), e.layers[i].recurrentState);
        }

        const QJsonObject plan = o.value(QStringLiteral("plan")).toObject();
        QCOMPARE(plan.value(QStringLiteral("verdict")).toString(), QStringLiteral("offload"));
        QCOMPARE(integer(plan, "headroom_bytes"), p.headroomBytes);
        QCOMPARE(integer(plan, "fit_margin_bytes"), p.fitMarginBytes);
        QCOMPARE(integer(plan, "total_bytes"), e.total);
        QCOMPARE(integer(plan, "gpu_layers"), qint64(46));
        QCOMPARE(integer(plan, "total_layers"), qint64(p.totalLayers));
        const QJsonArray devices = plan.value(QStringLiteral("devices")).toArray();
        QCOMPARE(devices.size(), p.devices.size());
        for (qsizetype i = 0; i < devices.size(); ++i) {
            const QJsonObject d = devices[i].toObject();
            const DevicePlacement& want = p.devices[i];
            QCOMPARE(d.value(QStringLiteral("name")).toString(), want.name);
            QCOMPARE(integer(d, "capacity"), want.capacity);
            QCOMPARE(integer(d, "weights"), want.weights);
            QCOMPARE(integer(d, "kv_cache"), want.kvCache);
            QCOMPARE(integer(d, "compute"), want.compute);
            QCOMPARE(integer(d, "overhead"), want.overhead);
            QCOMPARE(integer(d, "used"), want.used());
            QCOMPARE(integer(d, "free"), want.freeBytes());
            QCOMPARE(integer(d, "layers"), qint64(want.layers));
        }
        QCOMPARE(integer(devices[0].toObject(), "capacity"), 24 * GiB);
    }

    // A plan that fits with little to spare is "Tight" in every report, as in the banner and the CLI.
    void tightPlanIsTight()
    {
        HardwareProfile hw;
        hw.gpus << TestCatalogs::gpus().find(QStringLiteral("h100-sxm"))->toDevice();
        hw.ramTotal = hw.ramAvailable = 64 * GiB;
        const FitPlanner planner(TestCatalogs::quants());
        QString error;
        const auto roomy = planner.plan(scenario(), hw, PlanOptions {}, &error);
        QVERIFY2(roomy, qPrintable(error));
        QCOMPARE(roomy->verdict, Verdict::Gpu);
        QCOMPARE(planStatus(*roomy), FitStatus::Fits);
        // The same GPU with 2% more memory than the plan uses: it fits, with less than the 5% margin left.
        const qint64 used = roomy->devices.first().used();
        hw.gpus[0].memoryTotal = used + used / 50;
        hw.gpus[0].memoryFree = -1;
        const auto p = planner.plan(scenario(), hw, PlanOptions {}, &error);
        QVERIFY2(p, qPrintable(error));
        QCOMPARE(p->verdict, Verdict::Gpu);
        QCOMPARE(planStatus(*p), FitStatus::Tight);
        QCOMPARE(planVerdictText(*p), QStringLiteral("Tight on the GPU"));
        QCOMPARE(planVerdictText(*roomy), verdictText(Verdict::Gpu));

        const QString md = QString::fromUtf8(
            renderReport(ReportInput { scenario().model, p->estimate, &*p }, ReportFormat::Markdown));
        QVERIFY2(md.contains(QStringLiteral("\n**Tight on the GPU**\n")), qPrintable(md));
        QVERIFY(!md.contains(verdictText(Verdict::Gpu)));
        const auto rows = csvRows(renderReport(ReportInput { scenario().model, p->estimate, &*p }, ReportFormat::Csv));
        QCOMPARE(rows.value(QStringLiteral("plan/verdict")).value(6), QStringLiteral("Tight on the GPU"));
    }

    // The file is replaced only by a whole report: a failed write leaves the old file as it was and no temporary.
    void writesAllOrNothing()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("plan.md"));
        QString error;
        QVERIFY(writeReportFile(path, QByteArrayLiteral("first"), &error));
        QVERIFY(writeReportFile(path, QByteArrayLiteral("second"), &error));
        QFile f(path);
        QVERIFY(f.open(QIODevice::ReadOnly));
        QCOMPARE(f.readAll(), QByteArrayLiteral("second"));
        f.close();

        // A path under a regular file cannot be created.
        const QString bad = path + QStringLiteral("/x.md");
        QVERIFY(!writeReportFile(bad, QByteArrayLiteral("x"), &error));
        QVERIFY2(error.startsWith(bad + QStringLiteral(": cannot be written")), qPrintable(error));
        QVERIFY(f.open(QIODevice::ReadOnly));
        QCOMPARE(f.readAll(), QByteArrayLiteral("second"));
        QCOMPARE(QDir(dir.path()).entryList(QDir::Files | QDir::Hidden), QStringList { QStringLiteral("plan.md") });
    }
};

QTEST_GUILESS_MAIN(TestReport)
#include "tst_report.moc"
