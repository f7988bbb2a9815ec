// SPDX-FileCopyrightText: 2026 The FitPlanner authors
// SPDX-License-Identifier: MIT

#include "clirunner.h"

#include <sys/stat.h>

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QObject>
#include <QProcess>
#include <QProcessEnvironment>
#include <QScopeGuard>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::Literals::StringLiterals;

class TestCli : public QObject
{
    Q_OBJECT

private:
    using Result = CliResult;

    // Runs the CLI in the C locale (English), or in `language` (a LANG value).
    static Result run(const QStringList& args, const QString& language = QStringLiteral("C"))
    {
        return runFitplanner(QStringLiteral(FITPLANNER_BINARY), args, language);
    }

private Q_SLOTS:
    // --format and --output: the same figures as --json, as Markdown or CSV, on stdout or written whole to a file.
    void reportFormats()
    {
        const QStringList base = { QStringLiteral("estimate"), QStringLiteral("--model"),
            QStringLiteral("llama-3.1-8b"), QStringLiteral("--context"), QStringLiteral("8k") };
        const QJsonObject json = run(base + QStringList { QStringLiteral("--json") }).json();
        const qint64 weights = json[u"bytes"_s][u"weights"_s].toInteger();
        QVERIFY(weights > 0);
        const Result csv = run(base + QStringList { QStringLiteral("--format"), QStringLiteral("csv") });
        QCOMPARE(csv.exitCode, 0);
        QVERIFY2(csv.out.contains("\nmemory,weights," + QByteArray::number(weights) + ','), csv.out.constData());
        const Result same = run(base + QStringList { QStringLiteral("--format"), QStringLiteral("json") });
        QCOMPARE(same.json(), json);

        QTemporaryDir dir;
        const QString md = dir.filePath(QStringLiteral("estimate.md"));
        const Result written = run(base + QStringList { QStringLiteral("--output"), md });
        QCOMPARE(written.exitCode, 0);
        QVERIFY(written.out.isEmpty());
        QFile f(md);
        QVERIFY(f.open(QIODevice::ReadOnly));
        QVERIFY(f.readAll().startsWith("# Llama 3.1 8B\n"));

        const Result unknown = run(base + QStringList { QStringLiteral("--output"), dir.filePath(u"x.pdf"_s) });
        QCOMPARE(unknown.exitCode, 2);
        QVERIFY2(unknown.err.contains("x.pdf: the name does not say which format to write"), unknown.err.constData());
        const Result unwritable = run(base + QStringList { QStringLiteral("--output"), md + u"/inside.md"_s });
        QCOMPARE(unwritable.exitCode, 1);
        QVERIFY2(unwritable.err.contains("inside.md: cannot be written"), unwritable.err.constData());

        const Result plan = run({ QStringLiteral("plan"), QStringLiteral("--model"), QStringLiteral("llama-3.1-70b"),
            QStringLiteral("--gpu"), QStringLiteral("rtx-4090"), QStringLiteral("--ram"), QStringLiteral("64"),
            QStringLiteral("--format"), QStringLiteral("markdown") });
        QCOMPARE(plan.exitCode, 0);
        QVERIFY2(plan.out.contains("**Fits with CPU offload**"), plan.out.constData());
        QVERIFY(plan.out.contains("```sh\nllama-server -m llama-3.1-70b-Q4_K_M.gguf -ngl 46"));
    }

    // models add / remove: a custom model from a published config.json is listed (marked), estimates as --config of
    // the same file does, and goes again; ids of built-in models are refused; a corrupt file is a warning, not a
    // failure. FITPLANNER_DATA_DIR keeps it all in a scratch folder.
    void customModels()
    {
        QTemporaryDir dir;
        const QByteArray before = qgetenv("FITPLANNER_DATA_DIR");
        qputenv("FITPLANNER_DATA_DIR", QFile::encodeName(dir.path()));
        const auto restore = qScopeGuard([&before] { qputenv("FITPLANNER_DATA_DIR", before); });
        const QString config = QStringLiteral(FITPLANNER_TEST_DATA "/configs-2026/Qwen__Qwen3.6-35B-A3B.json");
        const QString file = dir.filePath(u"custom-models.json"_s);

        const Result add
            = run({ u"models"_s, u"add"_s, u"--config"_s, config, u"--id"_s, u"my-qwen"_s, u"--name"_s, u"My Qwen"_s });
        QCOMPARE(add.exitCode, 0);
        QVERIFY2(add.out.startsWith("Added my-qwen (My Qwen): "), add.out.constData());
        QVERIFY(add.out.trimmed().endsWith(file.toUtf8()));
        QVERIFY2(add.err.isEmpty(), add.err.constData());

        const Result list = run({ u"models"_s });
        QCOMPARE(list.exitCode, 0);
        const QList<QByteArray> lines = list.out.trimmed().split('\n');
        QVERIFY2(lines.last().startsWith("my-qwen ") && lines.last().endsWith("  [custom]"), list.out.constData());
        QCOMPARE(list.out.count("[custom]"), 1);
        int custom = 0;
        for (const QJsonValue& v : run({ u"models"_s, u"--json"_s }).jsonArray()) {
            const QJsonObject m = v.toObject();
            QCOMPARE(m[u"custom"_s].toBool(), m[u"id"_s].toString() == u"my-qwen"_s);
            custom += m[u"custom"_s].toBool() ? 1 : 0;
        }
        QCOMPARE(custom, 1);

        const QStringList rest { u"--quant"_s, u"Q4_K_M"_s, u"--context"_s, u"32k"_s, u"--json"_s };
        const Result byId = run(QStringList { u"estimate"_s, u"--model"_s, u"my-qwen"_s } + rest);
        const Result byConfig = run(QStringList { u"estimate"_s, u"--config"_s, config } + rest);
        QCOMPARE(byId.exitCode, 0);
        QCOMPARE(byConfig.exitCode, 0);
        QCOMPARE(byId.json()[u"bytes"_s], byConfig.json()[u"bytes"_s]);
        QCOMPARE(byId.json()[u"params"_s], byConfig.json()[u"params"_s]);
        QVERIFY(byId.json()[u"bytes"_s].toObject()[u"weights"_s].toInteger() > 0);
        // By its name too, and in the other commands.
        QCOMPARE(run(QStringList { u"estimate"_s, u"--model"_s, u"My Qwen"_s } + rest).json()[u"bytes"_s],
            byConfig.json()[u"bytes"_s]);
        QCOMPARE(run({ u"plan"_s, u"--model"_s, u"my-qwen"_s, u"--gpu"_s, u"rtx-4090"_s }).exitCode, 0);

        const Result builtIn = run({ u"models"_s, u"add"_s, u"--config"_s, config, u"--id"_s, u"llama-3.1-8b"_s });
        QCOMPARE(builtIn.exitCode, 2);
        QVERIFY2(builtIn.err.contains(
                     "fitplanner models add: id \"llama-3.1-8b\": a built-in model has this id; choose another"),
            builtIn.err.constData());
        const Result twice = run({ u"models"_s, u"add"_s, u"--config"_s, config, u"--id"_s, u"my-qwen"_s });
        QCOMPARE(twice.exitCode, 2);
        QVERIFY2(twice.err.contains("a custom model has this id already"), twice.err.constData());
        const Result noConfig = run({ u"models"_s, u"add"_s });
        QCOMPARE(noConfig.exitCode, 2);
        QVERIFY2(noConfig.err.contains("--config PATH is required"), noConfig.err.constData());
        const Result removeBuiltIn = run({ u"models"_s, u"remove"_s, u"llama-3.1-8b"_s });
        QCOMPARE(removeBuiltIn.exitCode, 2);
        QVERIFY2(removeBuiltIn.err.contains("\"llama-3.1-8b\" is a built-in model; only custom models can be removed"),
            removeBuiltIn.err.constData());

        const Result removed = run({ u"models"_s, u"remove"_s, u"my-qwen"_s });
        QCOMPARE(removed.exitCode, 0);
        QCOMPARE(removed.out, "Removed my-qwen from " + file.toUtf8() + '\n');
        QVERIFY(QFile::exists(file + u".bak"_s));
        QCOMPARE(run(QStringList { u"estimate"_s, u"--model"_s, u"my-qwen"_s } + rest).exitCode, 2);
        const Result again = run({ u"models"_s, u"remove"_s, u"my-qwen"_s });
        QCOMPARE(again.exitCode, 2);
        QVERIFY2(again.err.contains("\"my-qwen\" is not a custom model"), again.err.constData());

        // A corrupt file: every command warns, naming it, and runs on the built-in catalog; the file stays as it is.
        QFile corrupt(file);
        QVERIFY(corrupt.open(QIODevice::WriteOnly | QIODevice::Truncate));
        corrupt.write("{\"models\": [");
        corrupt.close();
        const Result warned = run({ u"estimate"_s, u"--model"_s, u"llama-3.1-8b"_s });
        QCOMPARE(warned.exitCode, 0);
        QVERIFY2(warned.err.startsWith("fitplanner: warning: " + file.toUtf8() + ": not JSON"), warned.err.constData());
        QFile kept(file);
        QVERIFY(kept.open(QIODevice::ReadOnly));
        QCOMPARE(kept.readAll(), QByteArray("{\"models\": ["));
    }

    void modelsJson()
    {
        const Result r = run({ QStringLiteral("models"), QStringLiteral("--json") });
        QCOMPARE(r.exitCode, 0);
        QVERIFY2(r.err.isEmpty(), r.err.constData()); // the shipped catalog loads without a warning
        const QJsonArray models = QJsonDocument::fromJson(r.out).array();
        QVERIFY(models.size() >= 60);
        bool found = false;
        for (const QJsonValue& v : models) {
            const QJsonObject m = v.toObject();
            if (m.value(QStringLiteral("id")).toString() == QLatin1String("deepseek-r1")) {
                found = true;
                QCOMPARE(m.value(QStringLiteral("params")).toObject().value(QStringLiteral("total")).toInteger(),
                    qint64(684489845504));
                QVERIFY(m.value(QStringLiteral("mla")).toBool());
            }
        }
        QVERIFY(found);
    }

    void quantsJson()
    {
        const Result r = run({ QStringLiteral("quants"), QStringLiteral("--json") });
        QCOMPARE(r.exitCode, 0);
        const QJsonArray quants = QJsonDocument::fromJson(r.out).array();
        QVERIFY(quants.size() >= 40);
        QCOMPARE(quants.first().toObject().value(QStringLiteral("id")).toString(), QStringLiteral("F16"));
    }

    void estimateJson()
    {
        const Result r = run({ QStringLiteral("estimate"), QStringLiteral("--model"), QStringLiteral("llama-3.1-8b"),
            QStringLiteral("--quant"), QStringLiteral("bf16"), QStringLiteral("--engine"),
            QStringLiteral("transformers"), QStringLiteral("--context"), QStringLiteral("8k"),
            QStringLiteral("--json") });
        QCOMPARE(r.exitCode, 0);
        const QJsonObject o = QJsonDocument::fromJson(r.out).object();
        for (const char* key :
            { "model", "quant", "engine", "context", "batch", "kv_type", "params", "bytes", "kv_bytes_per_token" })
            QVERIFY2(o.contains(QLatin1String(key)), key);
        QCOMPARE(o.value(QStringLiteral("context")).toInteger(), qint64(8192));
        QCOMPARE(o.value(QStringLiteral("quant")).toString(), QStringLiteral("BF16"));
        QCOMPARE(o.value(QStringLiteral("engine_version")).toString(),
            QStringLiteral("transformers 5.17 with PyTorch 2.11"));
        const QJsonObject bytes = o.value(QStringLiteral("bytes")).toObject();
        QCOMPARE(bytes.value(QStringLiteral("weights")).toInteger(), qint64(16060522496));
        QCOMPARE(bytes.value(QStringLiteral("kv_cache")).toInteger(), qint64(131072) * 8192);
        QCOMPARE(bytes.value(QStringLiteral("total")).toInteger(),
            bytes.value(QStringLiteral("weights")).toInteger() + bytes.value(QStringLiteral("kv_cache")).toInteger()
                + bytes.value(QStringLiteral("activations")).toInteger()
                + bytes.value(QStringLiteral("overhead")).toInteger());
        QCOMPARE(o.value(QStringLiteral("kv_bytes_per_token")).toInteger(), qint64(131072));
    }

    void estimateFromConfig()
    {
        QTemporaryDir dir;
        QFile f(dir.filePath(QStringLiteral("config.json")));
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(R"({"model_type":"qwen2","hidden_size":896,"intermediate_size":4864,"num_hidden_layers":24,
            "num_attention_heads":14,"num_key_value_heads":2,"vocab_size":151936,"tie_word_embeddings":true})");
        f.close();
        const Result r = run({ QStringLiteral("estimate"), QStringLiteral("--config"), f.fileName(),
            QStringLiteral("--quant"), QStringLiteral("Q8_0"), QStringLiteral("--json"), QStringLiteral("--explain") });
        QCOMPARE(r.exitCode, 0);
        const QJsonObject o = QJsonDocument::fromJson(r.out).object();
        QCOMPARE(
            o.value(QStringLiteral("params")).toObject().value(QStringLiteral("total")).toInteger(), qint64(494032768));
        // A folder's config.json is named by the folder; a config saved under its own name by the file.
        QCOMPARE(o.value(QStringLiteral("model")).toString(), QFileInfo(dir.path()).fileName());
        QVERIFY(QFile::copy(f.fileName(), dir.filePath(QStringLiteral("Qwen__Qwen2.5-0.5B.json"))));
        const Result named = run({ QStringLiteral("estimate"), QStringLiteral("--config"),
            dir.filePath(QStringLiteral("Qwen__Qwen2.5-0.5B.json")), QStringLiteral("--json") });
        QCOMPARE(QJsonDocument::fromJson(named.out).object().value(QStringLiteral("model")).toString(),
            QStringLiteral("Qwen__Qwen2.5-0.5B"));
        QVERIFY(!o.value(QStringLiteral("components"))
                     .toObject()
                     .value(QStringLiteral("kv_cache"))
                     .toObject()
                     .value(QStringLiteral("explanation"))
                     .toString()
                     .isEmpty());
    }

    void textOutput()
    {
        const Result r = run({ QStringLiteral("estimate"), QStringLiteral("--model"), QStringLiteral("deepseek-r1"),
            QStringLiteral("--quant"), QStringLiteral("Q4_K_M"), QStringLiteral("--context"), QStringLiteral("32768"),
            QStringLiteral("--explain") });
        QCOMPARE(r.exitCode, 0);
        QVERIFY(r.out.contains("Weights"));
        QVERIFY(r.out.contains("61 layers x 32768 tokens x MLA latent (512 + 64 rope)"));
        // The engine version whose rules the estimate follows is named.
        QVERIFY2(r.out.split('\n').value(1)
                == "Engine rules llama.cpp 80fb11ac (as bundled in node-llama-cpp 3.21.1, "
                   "September 2026)",
            r.out.constData());
    }

    // A Chinese locale gets the shipped Simplified Chinese: labels, sentences and errors; the figures and the
    // JSON keys do not change, and the labels still line up.
    void chineseLocale()
    {
        const QStringList args = { QStringLiteral("estimate"), QStringLiteral("--model"),
            QStringLiteral("llama-3.1-8b"), QStringLiteral("--quant"), QStringLiteral("Q4_K_M"),
            QStringLiteral("--context"), QStringLiteral("8192") };
        const Result en = run(args);
        const Result zh = run(args, QStringLiteral("zh_CN.UTF-8"));
        QCOMPARE(zh.exitCode, 0);
        const QStringList enLines = QString::fromUtf8(en.out).split(u'\n');
        const QStringList zhLines = QString::fromUtf8(zh.out).split(u'\n');
        QCOMPARE(zhLines.size(), enLines.size());
        QVERIFY2(zhLines[3].startsWith(QStringLiteral("权重")), qPrintable(zhLines[3]));
        QVERIFY2(zhLines[7].startsWith(QStringLiteral("合计")), qPrintable(zhLines[7]));
        // "Weights     " and "权重        " take the same 12 columns: the sizes after them line up.
        QCOMPARE(zhLines[3].mid(2 + 8), enLines[3].mid(12));
        QVERIFY(zhLines[0].contains(QStringLiteral("上下文 8192 × 1")));

        const Result error = run({ QStringLiteral("estimate"), QStringLiteral("--model"), QStringLiteral("nope") },
            QStringLiteral("zh_CN.UTF-8"));
        QCOMPARE(error.exitCode, 2);
        QVERIFY2(QString::fromUtf8(error.err).contains(QStringLiteral("未知模型“nope”")), error.err.constData());

        const Result json = run({ QStringLiteral("estimate"), QStringLiteral("--model"), QStringLiteral("llama-3.1-8b"),
                                    QStringLiteral("--json") },
            QStringLiteral("zh_CN.UTF-8"));
        const Result jsonEn = run({ QStringLiteral("estimate"), QStringLiteral("--model"),
            QStringLiteral("llama-3.1-8b"), QStringLiteral("--json") });
        const QJsonObject bytes = QJsonDocument::fromJson(json.out).object().value(QStringLiteral("bytes")).toObject();
        QCOMPARE(bytes, QJsonDocument::fromJson(jsonEn.out).object().value(QStringLiteral("bytes")).toObject());
    }

    void errors_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<int>("exitCode");
        QTest::addColumn<QString>("message");
        QTest::addRow("unknown command") << QStringList { u"frobnicate"_s } << 2 << u"unknown command 'frobnicate'"_s;
        QTest::addRow("unknown model") << QStringList { u"estimate"_s, u"--model"_s, u"gpt-5"_s } << 2
                                       << u"unknown model 'gpt-5'"_s;
        QTest::addRow("no model") << QStringList { u"estimate"_s } << 2 << u"give exactly one of --model ID"_s;
        QTest::addRow("bad context") << QStringList { u"estimate"_s, u"--model"_s, u"llama-3.1-8b"_s, u"--context"_s,
            u"-5"_s } << 2 << u"--context '-5' must be a whole number of tokens"_s;
        QTest::addRow("huge context") << QStringList { u"estimate"_s, u"--model"_s, u"llama-3.1-8b"_s, u"--context"_s,
            u"99999999999999999"_s } << 2
                                      << u"--context '99999999999999999' must be a whole number of tokens"_s;
        QTest::addRow("bad engine") << QStringList { u"estimate"_s, u"--model"_s, u"llama-3.1-8b"_s, u"--engine"_s,
            u"tensorrt"_s } << 2 << u"unknown engine 'tensorrt'"_s;
        QTest::addRow("wrong engine for recipe") << QStringList { u"estimate"_s, u"--model"_s, u"llama-3.1-8b"_s,
            u"--engine"_s, u"vllm"_s, u"--quant"_s, u"Q4_K_M"_s }
                                                 << 2 << u"vLLM / SGLang cannot run Q4_K_M"_s;
        QTest::addRow("unknown option") << QStringList { u"estimate"_s, u"--model"_s, u"llama-3.1-8b"_s, u"--colour"_s }
                                        << 2 << u"unknown option --colour"_s;
        QTest::addRow("missing value") << QStringList { u"estimate"_s, u"--model"_s } << 2
                                       << u"--model needs a value"_s;
        QTest::addRow("missing config") << QStringList { u"estimate"_s, u"--config"_s, u"/nonexistent/config.json"_s }
                                        << 2 << u"/nonexistent/config.json: no such file or folder"_s;
        QTest::addRow("several models") << QStringList { u"estimate"_s, u"--model"_s,
            u"mixtral"_s } << 2 << u"--model: 'mixtral' matches mixtral-8x7b, mixtral-8x22b; give one of them"_s;
        QTest::addRow("several GPUs") << QStringList { u"plan"_s, u"--model"_s, u"llama-3.1-8b"_s, u"--gpu"_s,
            u"H100"_s } << 2 << u"--gpu: 'H100' matches h100-pcie, h100-sxm, h100-nvl; give one of them"_s;
        QTest::addRow("A100") << QStringList { u"plan"_s, u"--model"_s, u"llama-3.1-8b"_s, u"--gpu"_s, u"A100"_s } << 2
                              << u"'A100' matches a100-pcie-40gb, a100-sxm-40gb, a100-pcie-80gb, a100-sxm-80gb"_s;
        QTest::addRow("model suggestion") << QStringList { u"estimate"_s, u"--model"_s, u"lamma3.1:8b"_s } << 2
                                          << u"unknown model 'lamma3.1:8b'; did you mean llama-3.1-8b"_s;
        QTest::addRow("GPU suggestion") << QStringList { u"plan"_s, u"--model"_s, u"llama-3.1-8b"_s, u"--gpu"_s,
            u"rtx 4900"_s } << 2 << u"unknown GPU 'rtx 4900'; did you mean rtx-4090"_s;
        QTest::addRow("several recipes") << QStringList { u"estimate"_s, u"--model"_s, u"llama-3.1-8b"_s, u"--quant"_s,
            u"q4_k"_s } << 2 << u"--quant: 'q4_k' matches Q4_K_M, Q4_K_S; give one of them"_s;
    }

    // Models and GPUs by the names people type: Ollama tags, repositories, display names, bare numbers.
    void typedNames_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<QString>("model");
        QTest::addColumn<QString>("quant");
        QTest::addColumn<QString>("gpu"); // catalog name of the planned GPU; empty: estimate
        const auto estimate = [](const QString& model, const QStringList& more = {}) {
            return QStringList { u"estimate"_s, u"--model"_s, model, u"--json"_s } + more;
        };
        const auto plan = [](const QString& gpu) {
            return QStringList { u"plan"_s, u"--model"_s, u"llama-3.1-8b"_s, u"--gpu"_s, gpu, u"--json"_s };
        };
        QTest::addRow("Ollama tag") << estimate(u"llama3.1:8b"_s) << u"llama-3.1-8b"_s << u"Q4_K_M"_s << QString();
        QTest::addRow("repository") << estimate(u"Qwen/Qwen2.5-7B-Instruct"_s) << u"qwen2.5-7b"_s << u"Q4_K_M"_s
                                    << QString();
        QTest::addRow("deepseek r1") << estimate(u"deepseek r1"_s) << u"deepseek-r1"_s << u"Q4_K_M"_s << QString();
        QTest::addRow("display name") << estimate(u"Llama 3.1 8B"_s) << u"llama-3.1-8b"_s << u"Q4_K_M"_s << QString();
        QTest::addRow("tag names the quant")
            << estimate(u"qwen2.5:32b-instruct-q8_0"_s) << u"qwen2.5-32b"_s << u"Q8_0"_s << QString();
        QTest::addRow("--quant wins over the tag")
            << estimate(u"qwen2.5:32b-instruct-q8_0"_s, { u"--quant"_s, u"Q2_K"_s }) << u"qwen2.5-32b"_s << u"Q2_K"_s
            << QString();
        QTest::addRow("GPU 4090") << plan(u"4090"_s) << u"llama-3.1-8b"_s << QString() << u"NVIDIA GeForce RTX 4090"_s;
        QTest::addRow("GPU rtx4090") << plan(u"rtx4090"_s) << u"llama-3.1-8b"_s << QString()
                                     << u"NVIDIA GeForce RTX 4090"_s;
        QTest::addRow("GPU 3090") << plan(u"3090"_s) << u"llama-3.1-8b"_s << QString() << u"NVIDIA GeForce RTX 3090"_s;
        QTest::addRow("GPU M2 Ultra") << plan(u"M2 Ultra"_s) << u"llama-3.1-8b"_s << QString() << u"Apple M2 Ultra"_s;
    }

    void typedNames()
    {
        QFETCH(QStringList, args);
        QFETCH(QString, model);
        QFETCH(QString, quant);
        QFETCH(QString, gpu);
        const Result r = run(args);
        QVERIFY2(r.exitCode == 0, r.err.constData());
        if (gpu.isEmpty()) {
            const QJsonObject o = QJsonDocument::fromJson(r.out).object();
            QCOMPARE(o.value(u"model"_s).toString(), model);
            QCOMPARE(o.value(u"quant"_s).toString(), quant);
        } else {
            const QString out = QString::fromUtf8(r.out);
            QVERIFY2(out.contains(QStringLiteral("\"name\": \"%1\"").arg(gpu)), r.out.constData());
        }
    }

    void errors()
    {
        QFETCH(QStringList, args);
        QFETCH(int, exitCode);
        QFETCH(QString, message);
        const Result r = run(args);
        QCOMPARE(r.exitCode, exitCode);
        QVERIFY(r.out.isEmpty() || args.first() == QLatin1String("frobnicate"));
        QVERIFY2(QString::fromUtf8(r.err).contains(message), r.err.constData());
    }

    // Every command answers --help (and `help COMMAND`) with its usage on stdout and exit status 0; the top level
    // lists them all.
    void helpOfEveryCommand()
    {
        const Result top = run({ QStringLiteral("--help") });
        QCOMPARE(top.exitCode, 0);
        for (const char* command :
            { "models", "quants", "inspect", "estimate", "hardware", "gpus", "plan", "recommend" }) {
            const QString name = QString::fromLatin1(command);
            QVERIFY2(top.out.contains("\n  " + QByteArray(command) + ' '), command);
            const Result help = run({ name, QStringLiteral("--help") });
            QCOMPARE(help.exitCode, 0);
            QVERIFY2(help.err.isEmpty(), help.err.constData());
            QVERIFY2(help.out.startsWith("Usage: fitplanner " + QByteArray(command) + ' '), help.out.constData());
            QVERIFY(help.out.contains("  -h, --help "));
            QCOMPARE(run({ QStringLiteral("help"), name }).out, help.out);
        }
        QVERIFY(run({ QStringLiteral("plan"), QStringLiteral("--help") }).out.contains("--find-setup"));
        // The help is translated too; option names and values stay as typed.
        const QString zh = QString::fromUtf8(
            run({ QStringLiteral("estimate"), QStringLiteral("--help") }, QStringLiteral("zh_CN.UTF-8")).out);
        QVERIFY2(zh.startsWith(QStringLiteral("用法：fitplanner estimate (--model ID")), qPrintable(zh));
        QVERIFY(zh.contains(QStringLiteral("  --context N ")) && zh.contains(QStringLiteral("默认：8192")));
        const Result inspectOption
            = run({ QStringLiteral("inspect"), QStringLiteral("x.gguf"), QStringLiteral("--frob") });
        QCOMPARE(inspectOption.exitCode, 2);
        QCOMPARE(inspectOption.err, QByteArray("fitplanner inspect: unknown option --frob\n"));
    }

    void badConfigFile()
    {
        QTemporaryDir dir;
        QFile f(dir.filePath(QStringLiteral("config.json")));
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(R"({"model_type":"llama","hidden_size":)");
        f.close();
        const Result r = run({ QStringLiteral("estimate"), QStringLiteral("--config"), f.fileName() });
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains("is not valid JSON"), r.err.constData());
        QVERIFY(r.err.contains(f.fileName().toUtf8()));
    }

    // Hostile inputs from the command line: each gets one message naming the file and the reason, quickly.
    void hostileFiles()
    {
        const Result zero = run({ u"estimate"_s, u"--config"_s, u"/dev/zero"_s });
        QCOMPARE(zero.exitCode, 2);
        QCOMPARE(zero.err, QByteArray("fitplanner estimate: /dev/zero: is a character device, not a regular file\n"));

        QTemporaryDir dir;
        const QString fifo = dir.filePath(u"x.gguf"_s);
        QCOMPARE(::mkfifo(QFile::encodeName(fifo).constData(), 0600), 0);
        const Result pipe = run({ u"inspect"_s, fifo });
        QCOMPARE(pipe.exitCode, 2);
        QCOMPARE(QString::fromUtf8(pipe.err),
            u"fitplanner inspect: "_s + fifo + u": is a FIFO (named pipe), not a regular file\n"_s);

        // A GGUF header whose architecture clears the screen and forges a line: printed escaped.
        QByteArray gguf = "GGUF";
        const auto le = [&gguf](quint64 v, int bytes) {
            for (int i = 0; i < bytes; ++i)
                gguf += char((v >> (8 * i)) & 0xff);
        };
        const QByteArray key = "general.architecture";
        const QByteArray value = "\x1b[2J\x1b[31mevil\r\nfitplanner: forged\x07";
        le(3, 4); // version
        le(0, 8); // tensors
        le(1, 8); // metadata entries
        le(quint64(key.size()), 8);
        gguf += key;
        le(8, 4); // string
        le(quint64(value.size()), 8);
        gguf += value;
        QFile f(dir.filePath(u"evil.gguf"_s));
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(gguf);
        f.close();
        const Result evil = run({ u"inspect"_s, f.fileName() });
        QCOMPARE(evil.exitCode, 0);
        QVERIFY2(
            !evil.out.contains('\x1b') && !evil.out.contains('\r') && !evil.out.contains('\x07'), evil.out.constData());
        QVERIFY2(evil.out.contains("\\e[2J\\e[31mevil\\r\\nfitplanner: forged\\x07"), evil.out.constData());
    }

    // Options without a command are a usage error; without a display the window is not attempted.
    void startUp()
    {
        const Result flags = run({ u"--json"_s });
        QCOMPARE(flags.exitCode, 2);
        QCOMPARE(flags.err, QByteArray("fitplanner: '--json' needs a command first; 'fitplanner --help' lists them\n"));
#ifdef Q_OS_LINUX
        QProcess p;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        for (const char* name :
            { "DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM", "LANGUAGE", "LC_ALL", "LC_MESSAGES" })
            env.remove(QString::fromLatin1(name));
        env.insert(u"LANG"_s, u"C"_s);
        p.setProcessEnvironment(env);
        p.start(QStringLiteral(FITPLANNER_BINARY), {});
        QVERIFY(p.waitForFinished(60000));
        QCOMPARE(p.exitStatus(), QProcess::NormalExit);
        if (p.exitCode() == 0 && p.readAllStandardOutput().contains("fitplanner"))
            QSKIP("built without the GUI: no arguments print the usage");
        QCOMPARE(p.exitCode(), 2);
        const QByteArray err = p.readAllStandardError();
        QVERIFY2(err.contains("there is no display") && err.contains("QT_QPA_PLATFORM"), err.constData());

        // A local X display nobody listens on: the same kind of message, not Qt's abort.
        env.insert(u"DISPLAY"_s, u":987"_s);
        p.setProcessEnvironment(env);
        p.start(QStringLiteral(FITPLANNER_BINARY), {});
        QVERIFY(p.waitForFinished(60000));
        QCOMPARE(p.exitStatus(), QProcess::NormalExit);
        QCOMPARE(p.exitCode(), 2);
        const QByteArray unreachable = p.readAllStandardError();
        QVERIFY2(unreachable.contains("the X display :987 does not answer"), unreachable.constData());
#endif
    }
};

QTEST_GUILESS_MAIN(TestCli)
#include "tst_cli.moc"
