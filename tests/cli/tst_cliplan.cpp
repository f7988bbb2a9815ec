// SPDX-FileCopyrightText: 2026 The FitPlanner authors
// SPDX-License-Identifier: MIT

// The hardware / gpus / plan / recommend commands, run as a user would: the real binary, recorded hardware
// (FITPLANNER_HARDWARE_ROOT, NVML off), JSON on stdout. The printed engine commands are executed by a shell
// against stand-in llama-server / vllm / ollama programs that record the arguments they receive.

#include "clirunner.h"
#include "ggufrecipe.h"
#include "modelfilewriter.h"
#include "tensorlayout.h"
#include "testcatalogs.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QObject>
#include <QProcess>
#include <QProcessEnvironment>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

class TestCliPlan : public QObject
{
    Q_OBJECT

private:
    using Result = CliResult;

    // Runs the CLI in English on the recorded hardware tree `root` (tests/data/hardware).
    static Result run(const QStringList& args, const QString& root = QStringLiteral("no-gpu"))
    {
        return runFitplanner(QStringLiteral(FITPLANNER_BINARY), args, QStringLiteral("C"),
            QStringLiteral(FITPLANNER_TEST_DATA "/hardware/") + root);
    }

    // Runs `command` with sh in `dir`, with stand-ins for the engines first on PATH; returns what they recorded
    // (one line per argument, program name first).
    static QStringList runEngineCommand(const QString& command, const QTemporaryDir& dir)
    {
        const QString bin = dir.filePath(QStringLiteral("bin"));
        QDir().mkpath(bin);
        const QString log = dir.filePath(QStringLiteral("argv.log"));
        for (const char* tool :
            { "llama-server", "llama-quantize", "vllm", "ollama", "python", "mlx_lm.server", "mlx_lm.convert" }) {
            QFile f(bin + u'/' + QLatin1String(tool));
            if (!f.open(QIODevice::WriteOnly))
                qFatal("cannot write stand-in");
            f.write("#!/bin/sh\nfor a in \"$(basename \"$0\")\" \"$@\"; do printf '%s\\n' \"$a\"; done >> '"
                + log.toUtf8() + "'\n");
            f.close();
            f.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
        }
        QProcess sh;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("PATH"), bin + u':' + env.value(QStringLiteral("PATH")));
        sh.setProcessEnvironment(env);
        sh.setWorkingDirectory(dir.path());
        sh.start(QStringLiteral("/bin/sh"), { QStringLiteral("-e"), QStringLiteral("-c"), command });
        if (!sh.waitForFinished(30000) || sh.exitCode() != 0)
            qFatal("command failed: %s", sh.readAllStandardError().constData());
        QFile f(log);
        if (!f.open(QIODevice::ReadOnly))
            return {};
        return QString::fromUtf8(f.readAll()).split(u'\n', Qt::SkipEmptyParts);
    }

    // Writes a real-shaped Llama 3.1 8B Q4_K_M GGUF (sparse data) as `name` in `dir`.
    static QString writeLlamaGguf(const QTemporaryDir& dir, const QString& name)
    {
        const Planner::ModelSpec spec = TestCatalogs::model(QStringLiteral("llama-3.1-8b"));
        const QStringList types = Planner::ggufTensorTypes(
            spec, Planner::tensorLayout(spec), QStringLiteral("Q4_K_M"), TestCatalogs::quants());
        const QString path = dir.filePath(name);
        if (!TestFiles::ggufForSpec(spec, QStringLiteral("llama"), types, 15).write(path))
            qFatal("cannot write %s", qPrintable(path));
        return path;
    }

private Q_SLOTS:
    void hardwareJson_data()
    {
        QTest::addColumn<QString>("root");
        QTest::addColumn<int>("gpus");
        QTest::addColumn<QString>("name");
        QTest::addColumn<qint64>("memoryTotal");
        QTest::addColumn<bool>("unified");
        QTest::addColumn<qint64>("ramTotal");
        QTest::addColumn<QString>("note");

        QTest::addRow("AMD dGPU") << QStringLiteral("amd-dgpu") << 1 << QStringLiteral("AMD GPU [1002:744c]")
                                  << qint64(25753026560) << false << qint64(65536000) * 1024
                                  << QStringLiteral("exposes no product name");
        QTest::addRow("AMD APU") << QStringLiteral("amd-apu") << 1 << QStringLiteral("AMD GPU [1002:15bf]")
                                 << qint64(536870912) + 16401563648 << true << qint64(32036912) * 1024
                                 << QStringLiteral("is an APU");
        QTest::addRow("Intel Arc") << QStringLiteral("intel-arc") << 1 << QStringLiteral("Intel Arc A770")
                                   << qint64(17179869184) << false << qint64(32768000) * 1024 << QString();
        QTest::addRow("NVIDIA without NVML") << QStringLiteral("nvidia-1gpu") << 0 << QString() << qint64(0) << false
                                             << qint64(65536000) * 1024 << QStringLiteral("but NVML is not available");
        QTest::addRow("no GPU") << QStringLiteral("no-gpu") << 0 << QString() << qint64(0) << false
                                << qint64(16384000) * 1024 << QStringLiteral("no GPU was found");
    }

    void hardwareJson()
    {
        QFETCH(QString, root);
        QFETCH(int, gpus);
        QFETCH(QString, name);
        QFETCH(qint64, memoryTotal);
        QFETCH(bool, unified);
        QFETCH(qint64, ramTotal);
        QFETCH(QString, note);
        const Result r = run({ QStringLiteral("hardware"), QStringLiteral("--json") }, root);
        QCOMPARE(r.exitCode, 0);
        const QJsonObject o = r.json();
        const QJsonArray list = o[QStringLiteral("gpus")].toArray();
        QCOMPARE(list.size(), gpus);
        if (gpus > 0) {
            const QJsonObject g = list[0].toObject();
            QCOMPARE(g[QStringLiteral("name")].toString(), name);
            QCOMPARE(g[QStringLiteral("memory_total")].toInteger(), memoryTotal);
            QCOMPARE(g[QStringLiteral("unified")].toBool(), unified);
            for (const char* key : { "vendor", "memory_free", "bandwidth" })
                QVERIFY2(g.contains(QLatin1String(key)), key);
        }
        QCOMPARE(o[QStringLiteral("ram")][QStringLiteral("total")].toInteger(), ramTotal);
        QVERIFY(o[QStringLiteral("ram")].toObject().contains(QStringLiteral("available")));
        QVERIFY(o[QStringLiteral("cpu")][QStringLiteral("model")].isString());
        if (!note.isEmpty())
            QVERIFY2(QJsonDocument(o[QStringLiteral("notes")].toArray()).toJson().contains(note.toUtf8()),
                r.out.constData());
    }

    void gpusJson()
    {
        const Result r = run({ QStringLiteral("gpus"), QStringLiteral("--json") });
        QCOMPARE(r.exitCode, 0);
        QVERIFY2(r.err.isEmpty(), r.err.constData()); // gpus.json loads without a warning
        const QJsonArray list = QJsonDocument::fromJson(r.out).array();
        QCOMPARE(list.size(), 136);
        QCOMPARE(list[0][QStringLiteral("id")].toString(), QStringLiteral("rtx-2060-super"));
    }

    void planLlama8bOn24GB()
    {
        const Result r = run({ QStringLiteral("plan"), QStringLiteral("--model"), QStringLiteral("llama-3.1-8b"),
            QStringLiteral("--quant"), QStringLiteral("Q4_K_M"), QStringLiteral("--context"), QStringLiteral("8k"),
            QStringLiteral("--gpu"), QStringLiteral("rtx-4090"), QStringLiteral("--ram"), QStringLiteral("64"),
            QStringLiteral("--json") });
        QCOMPARE(r.exitCode, 0);
        const QJsonObject o = r.json();
        QCOMPARE(o[QStringLiteral("verdict")].toString(), QStringLiteral("gpu"));
        QCOMPARE(o[QStringLiteral("gpu_layers")].toInt(), 33);
        QCOMPARE(o[QStringLiteral("total_layers")].toInt(), 33);
        QVERIFY(o[QStringLiteral("headroom_bytes")].toInteger() > 0);
        QVERIFY(o[QStringLiteral("tokens_per_second")].toDouble() > 50.0);
        QVERIFY(o[QStringLiteral("prefill_seconds")].toDouble() > 0.0);
        QCOMPARE(o[QStringLiteral("devices")].toArray().size(), 2);
        const QString command = o[QStringLiteral("command")].toString();
        QCOMPARE(command,
            QStringLiteral("llama-server -m llama-3.1-8b-Q4_K_M.gguf -ngl 33 -c 8192 -np 1 -ctk f16 -ctv f16 -fa on"));
        QTemporaryDir dir;
        QCOMPARE(runEngineCommand(command, dir),
            QStringList(
                { QStringLiteral("llama-server"), QStringLiteral("-m"), QStringLiteral("llama-3.1-8b-Q4_K_M.gguf"),
                    QStringLiteral("-ngl"), QStringLiteral("33"), QStringLiteral("-c"), QStringLiteral("8192"),
                    QStringLiteral("-np"), QStringLiteral("1"), QStringLiteral("-ctk"), QStringLiteral("f16"),
                    QStringLiteral("-ctv"), QStringLiteral("f16"), QStringLiteral("-fa"), QStringLiteral("on") }));
    }

    void planLlama70bOffload()
    {
        const Result r = run({ QStringLiteral("plan"), QStringLiteral("--model"), QStringLiteral("llama-3.1-70b"),
            QStringLiteral("--quant"), QStringLiteral("Q4_K_M"), QStringLiteral("--context"), QStringLiteral("8192"),
            QStringLiteral("--gpu"), QStringLiteral("NVIDIA GeForce RTX 4090"), QStringLiteral("--ram"),
            QStringLiteral("64"), QStringLiteral("--json") });
        QCOMPARE(r.exitCode, 0);
        const QJsonObject o = r.json();
        QCOMPARE(o[QStringLiteral("verdict")].toString(), QStringLiteral("offload"));
        QCOMPARE(o[QStringLiteral("gpu_layers")].toInt(), 46);
        QCOMPARE(o[QStringLiteral("total_layers")].toInt(), 81);
        const QJsonArray devices = o[QStringLiteral("devices")].toArray();
        QCOMPARE(devices.size(), 2);
        QCOMPARE(devices[0][QStringLiteral("layers")].toInt(), 46);
        QCOMPARE(devices[1][QStringLiteral("kind")].toString(), QStringLiteral("cpu"));
        QCOMPARE(devices[1][QStringLiteral("layers")].toInt(), 34);
        QVERIFY(o[QStringLiteral("command")].toString().contains(QStringLiteral(" -ngl 46 ")));
    }

    // A MoE model that does not fit: every layer on the GPUs, the experts of the first layers in RAM; the command
    // carries --n-cpu-moe and the split as layer counts, and llama-server receives them.
    void planExpertOffload()
    {
        const Result r = run({ QStringLiteral("plan"), QStringLiteral("--model"), QStringLiteral("qwen3-235b-a22b"),
            QStringLiteral("--quant"), QStringLiteral("Q4_K_M"), QStringLiteral("--context"), QStringLiteral("8192"),
            QStringLiteral("--gpu"), QStringLiteral("rtx-4090"), QStringLiteral("--gpus"), QStringLiteral("2"),
            QStringLiteral("--ram"), QStringLiteral("192"), QStringLiteral("--json") });
        QCOMPARE(r.exitCode, 0);
        const QJsonObject o = r.json();
        QCOMPARE(o[QStringLiteral("verdict")].toString(), QStringLiteral("offload"));
        QCOMPARE(o[QStringLiteral("gpu_layers")].toInt(), 95);
        const int n = o[QStringLiteral("cpu_moe_layers")].toInt();
        QVERIFY(n > 0 && n < 94);
        const QJsonArray split = o[QStringLiteral("gpu_layer_split")].toArray();
        QCOMPARE(split.size(), 2);
        QCOMPARE(split[0].toInt() + split[1].toInt(), 95);
        const QJsonArray devices = o[QStringLiteral("devices")].toArray();
        QCOMPARE(devices.size(), 3);
        QCOMPARE(devices[2][QStringLiteral("expert_layers")].toInt(), n);
        QTemporaryDir dir;
        const QStringList argv = runEngineCommand(o[QStringLiteral("command")].toString(), dir);
        const qsizetype at = argv.indexOf(QStringLiteral("--n-cpu-moe"));
        QVERIFY(at > 0);
        QCOMPARE(argv.value(at + 1), QString::number(n));
        QCOMPARE(argv.value(argv.indexOf(QStringLiteral("--tensor-split")) + 1),
            QStringLiteral("%1,%2").arg(split[0].toInt()).arg(split[1].toInt()));
        QCOMPARE(argv.value(argv.indexOf(QStringLiteral("-ngl")) + 1), QStringLiteral("95"));

        const Result text = run({ QStringLiteral("plan"), QStringLiteral("--model"), QStringLiteral("qwen3-235b-a22b"),
            QStringLiteral("--quant"), QStringLiteral("Q4_K_M"), QStringLiteral("--context"), QStringLiteral("8192"),
            QStringLiteral("--gpu"), QStringLiteral("rtx-4090"), QStringLiteral("--gpus"), QStringLiteral("2"),
            QStringLiteral("--ram"), QStringLiteral("192") });
        QVERIFY2(text.out.contains(
                     QStringLiteral("Layers on GPU: 95 of 95 (routed experts of the first %1 in RAM)").arg(n).toUtf8()),
            text.out.constData());
        const Result layers = run({ QStringLiteral("plan"), QStringLiteral("--model"),
            QStringLiteral("qwen3-235b-a22b"), QStringLiteral("--quant"), QStringLiteral("Q4_K_M"),
            QStringLiteral("--context"), QStringLiteral("8192"), QStringLiteral("--gpu"), QStringLiteral("rtx-4090"),
            QStringLiteral("--gpus"), QStringLiteral("2"), QStringLiteral("--ram"), QStringLiteral("192"),
            QStringLiteral("--no-expert-offload"), QStringLiteral("--json") });
        QCOMPARE(layers.exitCode, 0);
        QCOMPARE(layers.json()[QStringLiteral("cpu_moe_layers")].toInt(), 0);
        QVERIFY(layers.json()[QStringLiteral("gpu_layers")].toInt() < 95);
    }

    void planDeepseekOnVllm_data()
    {
        QTest::addColumn<QString>("gpu");
        QTest::addColumn<QString>("nodes");
        QTest::addColumn<QString>("verdict");
        QTest::addColumn<int>("pp");
        QTest::addRow("one 8x H100 node")
            << QStringLiteral("h100-sxm") << QStringLiteral("1") << QStringLiteral("none") << 1;
        QTest::addRow("two 8x H100 nodes")
            << QStringLiteral("h100-sxm") << QStringLiteral("2") << QStringLiteral("gpu") << 2;
        QTest::addRow("one 8x H200 node")
            << QStringLiteral("h200") << QStringLiteral("1") << QStringLiteral("gpu") << 1;
    }

    void planDeepseekOnVllm()
    {
        QFETCH(QString, gpu);
        QFETCH(QString, nodes);
        QFETCH(QString, verdict);
        QFETCH(int, pp);
        const Result r = run({ QStringLiteral("plan"), QStringLiteral("--model"), QStringLiteral("deepseek-r1"),
            QStringLiteral("--quant"), QStringLiteral("FP8"), QStringLiteral("--engine"), QStringLiteral("vllm"),
            QStringLiteral("--context"), QStringLiteral("8192"), QStringLiteral("--gpu"), gpu, QStringLiteral("--gpus"),
            QStringLiteral("8"), QStringLiteral("--nodes"), nodes, QStringLiteral("--json") });
        QCOMPARE(r.exitCode, 0);
        const QJsonObject o = r.json();
        QCOMPARE(o[QStringLiteral("verdict")].toString(), verdict);
        QCOMPARE(o[QStringLiteral("tensor_parallel")].toInt(), 8);
        QCOMPARE(o[QStringLiteral("pipeline_parallel")].toInt(), pp);
        if (verdict == QLatin1String("none")) {
            QVERIFY(o[QStringLiteral("command")].isNull());
            QVERIFY(o[QStringLiteral("headroom_bytes")].toInteger() < 0);
            return;
        }
        const QString command = o[QStringLiteral("command")].toString();
        QTemporaryDir dir;
        QCOMPARE(runEngineCommand(command, dir),
            QStringList({ QStringLiteral("vllm"), QStringLiteral("serve"), QStringLiteral("deepseek-ai/DeepSeek-R1"),
                QStringLiteral("--tensor-parallel-size"), QStringLiteral("8"),
                QStringLiteral("--pipeline-parallel-size"), QString::number(pp), QStringLiteral("--max-model-len"),
                QStringLiteral("8192"), QStringLiteral("--kv-cache-dtype"), QStringLiteral("auto"),
                QStringLiteral("--gpu-memory-utilization"), QStringLiteral("0.9"), QStringLiteral("--max-num-seqs"),
                QStringLiteral("256"), QStringLiteral("--max-num-batched-tokens"), QStringLiteral("8192") }));
    }

    // The command line words the verdict as the window does: "Tight" where the GPU has little to spare.
    void tightAsTheWindowSaysIt()
    {
        const QStringList args = { QStringLiteral("plan"), QStringLiteral("--model"), QStringLiteral("llama-3.1-8b"),
            QStringLiteral("--quant"), QStringLiteral("F16"), QStringLiteral("--gpu"), QStringLiteral("rtx-4090"),
            QStringLiteral("--context"), QStringLiteral("70k") };
        const Result text = run(args);
        QCOMPARE(text.exitCode, 0);
        QVERIFY2(text.out.startsWith("Tight on the GPU: llama-3.1-8b | F16"), text.out.constData());
        const Result json = run(args + QStringList { QStringLiteral("--json") });
        QCOMPARE(json.json()[QStringLiteral("fit_status")].toString(), QStringLiteral("tight"));
        QCOMPARE(json.json()[QStringLiteral("verdict")].toString(), QStringLiteral("gpu"));
        const Result roomy = run({ QStringLiteral("plan"), QStringLiteral("--model"), QStringLiteral("llama-3.1-8b"),
            QStringLiteral("--gpu"), QStringLiteral("rtx-4090"), QStringLiteral("--json") });
        QCOMPARE(roomy.json()[QStringLiteral("fit_status")].toString(), QStringLiteral("fits"));
    }

    // vLLM's memory settings reach the profile run, the CUDA graphs and the KV pool in estimate and plan.
    void vllmSettings()
    {
        const QStringList llama = { QStringLiteral("--model"), QStringLiteral("llama-3.1-8b"),
            QStringLiteral("--engine"), QStringLiteral("vllm"), QStringLiteral("--quant"), QStringLiteral("BF16") };
        // Eager: no CUDA graphs; the overhead is the 128 MiB outside PyTorch and the 512 MiB CUDA context.
        const Result eager = run(QStringList { QStringLiteral("estimate") } + llama
            + QStringList { QStringLiteral("--enforce-eager"), QStringLiteral("--json") });
        QCOMPARE(eager.exitCode, 0);
        QCOMPARE(eager.json()[QStringLiteral("bytes")][QStringLiteral("overhead")].toInteger(), qint64(671088640));

        // 64 sequences and a 4096-token budget: the dummy forward (4096 x 102400 bytes) beats the sampler
        // (64 x 128256 x 38 + 4096 x 4096 x 2).
        const Result small = run(QStringList { QStringLiteral("plan") } + llama
            + QStringList { QStringLiteral("--gpu"), QStringLiteral("h100-sxm"), QStringLiteral("--context"),
                QStringLiteral("8192"), QStringLiteral("--max-num-seqs"), QStringLiteral("64"),
                QStringLiteral("--max-num-batched-tokens"), QStringLiteral("4k"), QStringLiteral("--enforce-eager"),
                QStringLiteral("--json") });
        QCOMPARE(small.exitCode, 0);
        const QJsonObject pool = small.json()[QStringLiteral("vllm_kv_pool")].toObject();
        QCOMPARE(pool[QStringLiteral("activation_peak_bytes")].toInteger(), qint64(4096) * 102400);
        QCOMPARE(pool[QStringLiteral("cuda_graph_bytes")].toInteger(), qint64(0));
        QCOMPARE(pool[QStringLiteral("request_tokens")].toInteger(), qint64(8192));
        QVERIFY(pool[QStringLiteral("starts")].toBool());
        // The command passes on the settings the estimate assumed.
        QVERIFY2(small.json()[QStringLiteral("command")].toString().endsWith(
                     QStringLiteral("--max-num-seqs 64 --max-num-batched-tokens 4096 --enforce-eager")),
            qPrintable(small.json()[QStringLiteral("command")].toString()));

        // Without chunked prefill the profile run covers the whole 32768-token context; the text says so in vLLM's
        // words.
        const Result whole = run(QStringList { QStringLiteral("plan") } + llama
            + QStringList { QStringLiteral("--gpu"), QStringLiteral("h100-sxm"), QStringLiteral("--context"),
                QStringLiteral("32k"), QStringLiteral("--no-chunked-prefill") });
        QCOMPARE(whole.exitCode, 0);
        QVERIFY2(whole.out.contains("activation peak 3.13 GiB"), whole.out.constData());
        QVERIFY(whole.out.contains("maximum concurrency for 32768 tokens per request: "));

        const Result bad = run(QStringList { QStringLiteral("plan") } + llama
            + QStringList { QStringLiteral("--gpu"), QStringLiteral("h100-sxm"), QStringLiteral("--max-num-seqs"),
                QStringLiteral("0") });
        QCOMPARE(bad.exitCode, 2);
        QVERIFY(bad.err.contains("max-num-seqs"));
    }

    void planOllamaRuns()
    {
        const Result r = run({ QStringLiteral("plan"), QStringLiteral("--model"), QStringLiteral("qwen2.5-7b"),
            QStringLiteral("--engine"), QStringLiteral("ollama"), QStringLiteral("--context"), QStringLiteral("16384"),
            QStringLiteral("--gpu"), QStringLiteral("rtx-4060"), QStringLiteral("--json") });
        QCOMPARE(r.exitCode, 0);
        const QJsonObject o = r.json();
        QCOMPARE(o[QStringLiteral("engine")].toString(), QStringLiteral("ollama"));
        QVERIFY(o[QStringLiteral("engine_version")].toString().startsWith(QLatin1String("llama.cpp 80fb11ac")));
        const int layers = o[QStringLiteral("gpu_layers")].toInt();
        QTemporaryDir dir;
        const QStringList argv = runEngineCommand(o[QStringLiteral("command")].toString(), dir);
        QCOMPARE(argv,
            QStringList({ QStringLiteral("ollama"), QStringLiteral("create"), QStringLiteral("qwen2.5-7b-q4_k_m"),
                QStringLiteral("-f"), QStringLiteral("Modelfile"), QStringLiteral("ollama"), QStringLiteral("run"),
                QStringLiteral("qwen2.5-7b-q4_k_m") }));
        QFile modelfile(dir.filePath(QStringLiteral("Modelfile")));
        QVERIFY(modelfile.open(QIODevice::ReadOnly));
        QCOMPARE(QString::fromUtf8(modelfile.readAll()),
            QStringLiteral("FROM ./qwen2.5-7b-Q4_K_M.gguf\nPARAMETER num_ctx 16384\nPARAMETER num_gpu %1\n")
                .arg(layers));
    }

    // plan --file and recommend --file plan the opened file itself: its quantization, and its real path in the
    // command (llama-server and Ollama run against stand-ins).
    void planAndRecommendAFile()
    {
        QTemporaryDir files;
        QVERIFY(files.isValid());
        const QString path = writeLlamaGguf(files, QStringLiteral("my llama-Q4_K_M.gguf"));
        const Result r = run({ QStringLiteral("plan"), QStringLiteral("--file"), path, QStringLiteral("--gpu"),
            QStringLiteral("rtx-4090"), QStringLiteral("--context"), QStringLiteral("8192"),
            QStringLiteral("--json") });
        QCOMPARE(r.exitCode, 0);
        const QJsonObject o = r.json();
        QCOMPARE(o[QStringLiteral("quant")].toString(), QStringLiteral("Q4_K_M"));
        QCOMPARE(o[QStringLiteral("engine")].toString(), QStringLiteral("llama.cpp"));
        QCOMPARE(o[QStringLiteral("verdict")].toString(), QStringLiteral("gpu"));
        QTemporaryDir dir;
        const QStringList argv = runEngineCommand(o[QStringLiteral("command")].toString(), dir);
        QCOMPARE(argv.mid(0, 5),
            QStringList({ QStringLiteral("llama-server"), QStringLiteral("-m"), path, QStringLiteral("-ngl"),
                QString::number(o[QStringLiteral("gpu_layers")].toInt()) }));

        const Result ollama = run({ QStringLiteral("plan"), QStringLiteral("--file"), path, QStringLiteral("--engine"),
            QStringLiteral("ollama"), QStringLiteral("--gpu"), QStringLiteral("rtx-4090"), QStringLiteral("--json") });
        QCOMPARE(ollama.exitCode, 0);
        QTemporaryDir ollamaDir;
        runEngineCommand(ollama.json()[QStringLiteral("command")].toString(), ollamaDir);
        QFile modelfile(ollamaDir.filePath(QStringLiteral("Modelfile")));
        QVERIFY(modelfile.open(QIODevice::ReadOnly));
        QVERIFY(QString::fromUtf8(modelfile.readAll()).startsWith(QStringLiteral("FROM %1\n").arg(path)));

        const Result quant = run({ QStringLiteral("plan"), QStringLiteral("--file"), path, QStringLiteral("--quant"),
            QStringLiteral("Q8_0"), QStringLiteral("--gpu"), QStringLiteral("rtx-4090") });
        QCOMPARE(quant.exitCode, 2);
        QVERIFY(quant.err.contains("--file fixes the quantization"));

        const Result rec = run({ QStringLiteral("recommend"), QStringLiteral("--file"), path, QStringLiteral("--gpu"),
            QStringLiteral("rtx-4090"), QStringLiteral("--context"), QStringLiteral("8192"),
            QStringLiteral("--json") });
        QCOMPARE(rec.exitCode, 0);
        const QJsonArray models = rec.json()[QStringLiteral("models")].toArray();
        QCOMPARE(models.size(), 1);
        const QJsonObject m = models[0].toObject();
        QCOMPARE(m[QStringLiteral("quant")].toString(), QStringLiteral("Q4_K_M"));
        QCOMPARE(m[QStringLiteral("verdict")].toString(), QStringLiteral("gpu"));
        QCOMPARE(m[QStringLiteral("context")].toInteger(), qint64(8192));
        QVERIFY(m[QStringLiteral("max_context")].toInteger() > 8192);
        const Result missing = run({ QStringLiteral("recommend"), QStringLiteral("--file"),
            files.filePath(QStringLiteral("none.gguf")), QStringLiteral("--gpu"), QStringLiteral("rtx-4090") });
        QCOMPARE(missing.exitCode, 2);
        QVERIFY(missing.err.contains("none.gguf"));
    }

    // vLLM, SGLang and MLX commands load a checkpoint that holds the recipe: the publisher's quantized repository
    // (the catalog's quantized_repos), vLLM's load-time FP8, or a comment and a local folder where none is known.
    void quantizedCheckpoints_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<QString>("comment");
        QTest::addColumn<QStringList>("argv");
        const auto plan = [](const char* model, const char* engine, const char* quant, const char* gpu) {
            return QStringList { QStringLiteral("plan"), QStringLiteral("--model"), QLatin1String(model),
                QStringLiteral("--engine"), QLatin1String(engine), QStringLiteral("--quant"), QLatin1String(quant),
                QStringLiteral("--context"), QStringLiteral("8192"), QStringLiteral("--gpu"), QLatin1String(gpu),
                QStringLiteral("--json") };
        };
        const QStringList vllmTail { QStringLiteral("--tensor-parallel-size"), QStringLiteral("1"),
            QStringLiteral("--pipeline-parallel-size"), QStringLiteral("1"), QStringLiteral("--max-model-len"),
            QStringLiteral("8192"), QStringLiteral("--kv-cache-dtype"), QStringLiteral("auto"),
            QStringLiteral("--gpu-memory-utilization"), QStringLiteral("0.9"), QStringLiteral("--max-num-seqs"),
            QStringLiteral("256"), QStringLiteral("--max-num-batched-tokens"), QStringLiteral("8192") };
        QTest::addRow("vLLM AWQ: the publisher's repository")
            << plan("qwen2.5-32b", "vllm", "AWQ-INT4", "h100-sxm") << QString()
            << QStringList {
                   QStringLiteral("vllm"), QStringLiteral("serve"), QStringLiteral("Qwen/Qwen2.5-32B-Instruct-AWQ")
               } + vllmTail;
        QTest::addRow("vLLM GPTQ-Int8") << plan("qwen2.5-7b", "vllm", "GPTQ-INT8", "rtx-4090") << QString()
                                        << QStringList { QStringLiteral("vllm"), QStringLiteral("serve"),
                                               QStringLiteral("Qwen/Qwen2.5-7B-Instruct-GPTQ-Int8") }
                + vllmTail;
        QTest::addRow("vLLM FP8 at load time") << plan("llama-3.1-8b", "vllm", "FP8", "h100-sxm") << QString()
                                               << QStringList { QStringLiteral("vllm"), QStringLiteral("serve"),
                                                      QStringLiteral("meta-llama/Llama-3.1-8B") }
                + vllmTail + QStringList { QStringLiteral("--quantization"), QStringLiteral("fp8") };
        // MXFP4 experts are how gpt-oss and DeepSeek-V4 are published: the publisher's repository, no flag.
        QTest::addRow("vLLM MXFP4: the checkpoint as published")
            << plan("gpt-oss-20b", "vllm", "MXFP4", "h100-sxm") << QString()
            << QStringList { QStringLiteral("vllm"), QStringLiteral("serve"), QStringLiteral("openai/gpt-oss-20b") }
                + vllmTail;
        QStringList eightRanks = vllmTail;
        eightRanks[1] = QStringLiteral("8");
        QTest::addRow("vLLM FP8-MXFP4 over eight GPUs")
            << plan("deepseek-v4-flash", "vllm", "FP8-MXFP4", "h200")
                + QStringList { QStringLiteral("--gpus"), QStringLiteral("8") }
            << QString()
            << QStringList {
                   QStringLiteral("vllm"), QStringLiteral("serve"), QStringLiteral("deepseek-ai/DeepSeek-V4-Flash")
               } + eightRanks;
        QTest::addRow("vLLM AWQ, none published")
            << plan("llama-3.1-8b", "vllm", "AWQ-INT4", "rtx-4090")
            << QStringLiteral("# no published AWQ-INT4 checkpoint of meta-llama/Llama-3.1-8B is known")
            << QStringList {
                   QStringLiteral("vllm"), QStringLiteral("serve"), QStringLiteral("./llama-3.1-8b-awq-int4")
               } + vllmTail;
        QTest::addRow("SGLang GPTQ") << plan("qwen3-30b-a3b", "sglang", "GPTQ-INT4", "h100-sxm") << QString()
                                     << QStringList { QStringLiteral("python"), QStringLiteral("-m"),
                                            QStringLiteral("sglang.launch_server"), QStringLiteral("--model-path"),
                                            QStringLiteral("Qwen/Qwen3-30B-A3B-GPTQ-Int4"), QStringLiteral("--tp"),
                                            QStringLiteral("1"), QStringLiteral("--context-length"),
                                            QStringLiteral("8192"), QStringLiteral("--mem-fraction-static"),
                                            QStringLiteral("0.9") };
        QTest::addRow("SGLang FP8 at load time")
            << plan("qwen3-8b", "sglang", "FP8", "h100-sxm") << QString()
            << QStringList { QStringLiteral("python"), QStringLiteral("-m"), QStringLiteral("sglang.launch_server"),
                   QStringLiteral("--model-path"), QStringLiteral("Qwen/Qwen3-8B"), QStringLiteral("--tp"),
                   QStringLiteral("1"), QStringLiteral("--context-length"), QStringLiteral("8192"),
                   QStringLiteral("--mem-fraction-static"), QStringLiteral("0.9"), QStringLiteral("--quantization"),
                   QStringLiteral("fp8") };
        QTest::addRow("MLX: mlx-community") << plan("llama-3.1-8b", "mlx", "MLX-4BIT", "apple-m2-pro") << QString()
                                            << QStringList { QStringLiteral("mlx_lm.server"), QStringLiteral("--model"),
                                                   QStringLiteral("mlx-community/Meta-Llama-3.1-8B-Instruct-4bit") };
        QTest::addRow("MLX: converted here")
            << plan("phi-4", "mlx", "MLX-8BIT", "apple-m2-ultra")
            << QStringLiteral("# no mlx-community MLX-8BIT conversion of microsoft/phi-4 is known")
            << QStringList { QStringLiteral("mlx_lm.convert"), QStringLiteral("--hf-path"),
                   QStringLiteral("microsoft/phi-4"), QStringLiteral("--mlx-path"), QStringLiteral("./phi-4-mlx-8bit"),
                   QStringLiteral("-q"), QStringLiteral("--q-bits"), QStringLiteral("8"),
                   QStringLiteral("mlx_lm.server"), QStringLiteral("--model"), QStringLiteral("./phi-4-mlx-8bit") };
    }

    void quantizedCheckpoints()
    {
        QFETCH(QStringList, args);
        QFETCH(QString, comment);
        QFETCH(QStringList, argv);
        const Result r = run(args);
        QVERIFY2(r.exitCode == 0, r.err.constData());
        const QString command = r.json()[QStringLiteral("command")].toString();
        QVERIFY2(!command.isEmpty(), r.out.constData());
        if (!comment.isEmpty())
            QVERIFY2(command.startsWith(comment), qPrintable(command));
        else
            QVERIFY2(!command.contains(u'#'), qPrintable(command));
        QTemporaryDir dir;
        QCOMPARE(runEngineCommand(command, dir), argv);
    }

    // transformers prints a Python snippet: it parses, and from_pretrained gets the repository, torch_dtype,
    // device_map and, for bitsandbytes recipes, BitsAndBytesConfig.
    void transformersSnippet_data()
    {
        QTest::addColumn<QString>("quant");
        QTest::addColumn<QString>("calls");
        QTest::addRow("NF4 with double quantization")
            << QStringLiteral("NF4-DQ")
            << QStringLiteral("from_pretrained('meta-llama/Llama-3.1-8B') torch_dtype=torch.bfloat16 device_map='auto' "
                              "quantization_config=BitsAndBytesConfig(load_in_4bit=True, bnb_4bit_quant_type='nf4', "
                              "bnb_4bit_use_double_quant=True, bnb_4bit_compute_dtype=torch.bfloat16)\n"
                              "from_pretrained('meta-llama/Llama-3.1-8B')");
        QTest::addRow("LLM.int8") << QStringLiteral("LLM.INT8")
                                  << QStringLiteral(
                                         "from_pretrained('meta-llama/Llama-3.1-8B') torch_dtype=torch.bfloat16 "
                                         "device_map='auto' quantization_config=BitsAndBytesConfig("
                                         "load_in_8bit=True)\nfrom_pretrained('meta-llama/Llama-3.1-8B')");
        QTest::addRow("BF16") << QStringLiteral("BF16")
                              << QStringLiteral("from_pretrained('meta-llama/Llama-3.1-8B') torch_dtype=torch.bfloat16 "
                                                "device_map='auto'\nfrom_pretrained('meta-llama/Llama-3.1-8B')");
        QTest::addRow("FP8 at load time") << QStringLiteral("FP8")
                                          << QStringLiteral("from_pretrained('meta-llama/Llama-3.1-8B') "
                                                            "torch_dtype=torch.bfloat16 device_map='auto' "
                                                            "quantization_config=FineGrainedFP8Config()\n"
                                                            "from_pretrained('meta-llama/Llama-3.1-8B')");
    }

    void transformersSnippet()
    {
        QFETCH(QString, quant);
        QFETCH(QString, calls);
        const Result r = run({ QStringLiteral("plan"), QStringLiteral("--model"), QStringLiteral("llama-3.1-8b"),
            QStringLiteral("--engine"), QStringLiteral("transformers"), QStringLiteral("--quant"), quant,
            QStringLiteral("--gpu"), QStringLiteral("h100-sxm"), QStringLiteral("--json") });
        QVERIFY2(r.exitCode == 0, r.err.constData());
        const QString snippet = r.json()[QStringLiteral("command")].toString();
        QVERIFY(snippet.contains(QStringLiteral("import torch\n")));
        const QString python = QStandardPaths::findExecutable(QStringLiteral("python3"));
        if (python.isEmpty())
            QSKIP("python3 is not installed: the snippet's syntax is not checked");
        // Parses the snippet and prints each from_pretrained call: its first argument and keywords, as source.
        const char* lister = R"PY(import ast, sys
tree = ast.parse(sys.stdin.read())
for node in ast.walk(tree):
    if isinstance(node, ast.Call) and getattr(node.func, "attr", "") == "from_pretrained":
        print(" ".join(["from_pretrained(" + ast.unparse(node.args[0]) + ")"] + [k.arg + "=" + ast.unparse(k.value) for k in node.keywords]))
)PY";
        QProcess p;
        p.start(python, { QStringLiteral("-c"), QString::fromLatin1(lister) });
        p.write(snippet.toUtf8());
        p.closeWriteChannel();
        QVERIFY(p.waitForFinished(30000));
        QVERIFY2(p.exitCode() == 0, p.readAllStandardError().constData());
        QCOMPARE(QString::fromUtf8(p.readAllStandardOutput()).trimmed(), calls);
    }

    // With layers in RAM the snippet passes accelerate a max_memory per device that reproduces the plan's split.
    void transformersSnippetOffload()
    {
        const Result r = run({ QStringLiteral("plan"), QStringLiteral("--model"), QStringLiteral("llama-3.1-70b"),
            QStringLiteral("--engine"), QStringLiteral("transformers"), QStringLiteral("--quant"),
            QStringLiteral("BF16"), QStringLiteral("--context"), QStringLiteral("8192"), QStringLiteral("--gpu"),
            QStringLiteral("rtx-4090"), QStringLiteral("--ram"), QStringLiteral("256"), QStringLiteral("--json") });
        QVERIFY2(r.exitCode == 0, r.err.constData());
        QCOMPARE(r.json()[QStringLiteral("verdict")].toString(), QStringLiteral("offload"));
        const QString snippet = r.json()[QStringLiteral("command")].toString();
        const QString python = QStandardPaths::findExecutable(QStringLiteral("python3"));
        if (python.isEmpty())
            QSKIP("python3 is not installed: the snippet's syntax is not checked");
        // The keys of from_pretrained's max_memory and whether each value names MiB.
        const char* lister = R"PY(import ast, sys
tree = ast.parse(sys.stdin.read())
for node in ast.walk(tree):
    if isinstance(node, ast.Call) and getattr(node.func, "attr", "") == "from_pretrained":
        for k in node.keywords:
            if k.arg == "max_memory":
                d = ast.literal_eval(k.value)
                print(" ".join("%s=%s" % (key, str(v).endswith("MiB") and int(v[:-3]) > 0) for key, v in d.items()))
)PY";
        QProcess p;
        p.start(python, { QStringLiteral("-c"), QString::fromLatin1(lister) });
        p.write(snippet.toUtf8());
        p.closeWriteChannel();
        QVERIFY(p.waitForFinished(30000));
        QVERIFY2(p.exitCode() == 0, p.readAllStandardError().constData());
        QCOMPARE(QString::fromUtf8(p.readAllStandardOutput()).trimmed(), QStringLiteral("0=True cpu=True"));
    }

    void planSearches()
    {
        const Result best = run({ QStringLiteral("plan"), QStringLiteral("--model"), QStringLiteral("llama-3.1-70b"),
            QStringLiteral("--quant"), QStringLiteral("best"), QStringLiteral("--context"), QStringLiteral("8192"),
            QStringLiteral("--gpu"), QStringLiteral("rtx-4090"), QStringLiteral("--ram"), QStringLiteral("64"),
            QStringLiteral("--json") });
        QCOMPARE(best.exitCode, 0);
        // The quality floor (mean KLD 0.25) keeps the 2-bit types out: IQ3_XXS with a few layers in RAM decodes
        // at a usable speed.
        QCOMPARE(best.json()[QStringLiteral("verdict")].toString(), QStringLiteral("offload"));
        QCOMPARE(best.json()[QStringLiteral("quant")].toString(), QStringLiteral("IQ3_XXS"));
        QVERIFY(best.json()[QStringLiteral("options")].isArray());
        const Result noFloor = run({ QStringLiteral("plan"), QStringLiteral("--model"), QStringLiteral("llama-3.1-70b"),
            QStringLiteral("--quant"), QStringLiteral("best"), QStringLiteral("--context"), QStringLiteral("8192"),
            QStringLiteral("--gpu"), QStringLiteral("rtx-4090"), QStringLiteral("--ram"), QStringLiteral("64"),
            QStringLiteral("--quality-floor"), QStringLiteral("off"), QStringLiteral("--usable-speed"),
            QStringLiteral("1000"), QStringLiteral("--json") });
        // Nothing at or above the floor fits 16 GB and 8 GiB: the smallest such recipe's shortfall, with the reason.
        const Result short16 = run({ QStringLiteral("plan"), QStringLiteral("--model"), QStringLiteral("llama-3.1-70b"),
            QStringLiteral("--quant"), QStringLiteral("best"), QStringLiteral("--context"), QStringLiteral("8192"),
            QStringLiteral("--gpu"), QStringLiteral("rtx-4060-ti-16gb"), QStringLiteral("--ram"), QStringLiteral("8"),
            QStringLiteral("--json") });
        QCOMPARE(short16.exitCode, 0);
        QCOMPARE(short16.json()[QStringLiteral("verdict")].toString(), QStringLiteral("none"));
        QCOMPARE(short16.json()[QStringLiteral("quant")].toString(), QStringLiteral("Q3_K_S"));
        QVERIFY(short16.json()[QStringLiteral("notes")].toArray().first().toString().contains(
            QStringLiteral("at or above the quality floor (mean KL divergence 0.25 or less)")));
        QCOMPARE(noFloor.exitCode, 0);
        QCOMPARE(noFloor.json()[QStringLiteral("verdict")].toString(), QStringLiteral("gpu"));
        QVERIFY(noFloor.json()[QStringLiteral("quant")].toString().startsWith(QStringLiteral("IQ2")));

        const Result max = run({ QStringLiteral("plan"), QStringLiteral("--model"), QStringLiteral("llama-3.1-8b"),
            QStringLiteral("--context"), QStringLiteral("max"), QStringLiteral("--gpu"), QStringLiteral("rtx-4060"),
            QStringLiteral("--ram"), QStringLiteral("32"), QStringLiteral("--json") });
        QCOMPARE(max.exitCode, 0);
        const qint64 context = max.json()[QStringLiteral("context")].toInteger();
        QVERIFY(context > 4096 && context < 131072);

        const Result setup = run({ QStringLiteral("plan"), QStringLiteral("--model"), QStringLiteral("llama-3.1-70b"),
            QStringLiteral("--context"), QStringLiteral("8192"), QStringLiteral("--gpu"), QStringLiteral("none"),
            QStringLiteral("--ram"), QStringLiteral("64"), QStringLiteral("--find-setup"), QStringLiteral("--json") });
        QCOMPARE(setup.exitCode, 0);
        QCOMPARE(setup.json()[QStringLiteral("verdict")].toString(), QStringLiteral("cpu"));
        const QJsonObject smallest = setup.json()[QStringLiteral("smallest_setup")].toObject();
        QCOMPARE(smallest[QStringLiteral("gpus_per_node")].toInt(), 1); // one card with >= 48 GB holds it
        QCOMPARE(smallest[QStringLiteral("plan")][QStringLiteral("verdict")].toString(), QStringLiteral("gpu"));
        QCOMPARE(smallest[QStringLiteral("named_gpu")].toBool(), false);

        // The GPU the user named is searched first: DeepSeek-R1 in FP8 does not fit one node of 8 H100s; the
        // fewest H100s that hold it are three nodes of four (tensor parallel 4, pipeline parallel 3).
        const Result named = run({ QStringLiteral("plan"), QStringLiteral("--model"), QStringLiteral("deepseek-r1"),
            QStringLiteral("--quant"), QStringLiteral("FP8"), QStringLiteral("--engine"), QStringLiteral("vllm"),
            QStringLiteral("--gpu"), QStringLiteral("h100-sxm"), QStringLiteral("--gpus"), QStringLiteral("8"),
            QStringLiteral("--context"), QStringLiteral("8192"), QStringLiteral("--find-setup"),
            QStringLiteral("--json") });
        QCOMPARE(named.exitCode, 0);
        QCOMPARE(named.json()[QStringLiteral("verdict")].toString(), QStringLiteral("none"));
        const QJsonObject onNamed = named.json()[QStringLiteral("smallest_setup")].toObject();
        QCOMPARE(onNamed[QStringLiteral("gpu")].toString(), QStringLiteral("h100-sxm"));
        QCOMPARE(onNamed[QStringLiteral("named_gpu")].toBool(), true);
        QCOMPARE(onNamed[QStringLiteral("gpus_per_node")].toInt(), 4);
        QCOMPARE(onNamed[QStringLiteral("nodes")].toInt(), 3);
    }

    void recommendJson()
    {
        const Result r = run(
            { QStringLiteral("recommend"), QStringLiteral("--gpu"), QStringLiteral("rtx-4090"), QStringLiteral("--ram"),
                QStringLiteral("64"), QStringLiteral("--context"), QStringLiteral("8192"), QStringLiteral("--json") });
        QCOMPARE(r.exitCode, 0);
        const QJsonArray models = r.json()[QStringLiteral("models")].toArray();
        const Result catalog = run({ QStringLiteral("models"), QStringLiteral("--json") });
        QCOMPARE(models.size(), QJsonDocument::fromJson(catalog.out).array().size()); // every catalog model
        for (const QJsonValue& v : models) {
            const QJsonObject m = v.toObject();
            if (!m[QStringLiteral("fits")].toBool())
                continue;
            for (const char* key :
                { "quant", "max_context", "tokens_per_second", "verdict", "command", "fit_status", "kld", "options" })
                QVERIFY2(m.contains(QLatin1String(key)), key);
            // The verdict words of the window's table: Tight where the GPU keeps less than 5% free.
            const QString status = m[QStringLiteral("fit_status")].toString();
            QVERIFY2(QStringList({ QStringLiteral("fits"), QStringLiteral("tight"), QStringLiteral("offload") })
                         .contains(status),
                qPrintable(status));
            QCOMPARE(
                status == QLatin1String("offload"), m[QStringLiteral("verdict")].toString() != QLatin1String("gpu"));
            QVERIFY(m[QStringLiteral("max_context")].toInteger() >= m[QStringLiteral("context")].toInteger());
        }
    }

    void planServing()
    {
        // Eight users of 8192 tokens on llama-server: eight slots, the capacity, speeds and times in JSON and text.
        const QStringList args { QStringLiteral("plan"), QStringLiteral("--model"), QStringLiteral("qwen2.5-7b"),
            QStringLiteral("--quant"), QStringLiteral("Q4_K_M"), QStringLiteral("--context"), QStringLiteral("8192"),
            QStringLiteral("--gpu"), QStringLiteral("rtx-4090"), QStringLiteral("--ram"), QStringLiteral("64"),
            QStringLiteral("--concurrency"), QStringLiteral("8"), QStringLiteral("--prompt"), QStringLiteral("1000") };
        const Result r = run(args + QStringList { QStringLiteral("--json") });
        QCOMPARE(r.exitCode, 0);
        const QJsonObject o = r.json();
        QCOMPARE(o[QStringLiteral("batch")].toInt(), 8);
        const QJsonObject serving = o[QStringLiteral("serving")].toObject();
        QCOMPARE(serving[QStringLiteral("requested")].toInt(), 8);
        QCOMPARE(serving[QStringLiteral("served")].toInt(), 8);
        QVERIFY(serving[QStringLiteral("max_sequences")].toInt() >= 8);
        QCOMPARE(serving[QStringLiteral("sequence_limit")].toInt(), 256);
        QCOMPARE(serving[QStringLiteral("prompt_tokens")].toInt(), 1000);
        QCOMPARE(serving[QStringLiteral("aggregate_tokens_per_second")].toDouble(),
            8.0 * o[QStringLiteral("tokens_per_second")].toDouble());
        QVERIFY(serving[QStringLiteral("ttft_busy_seconds")].toDouble()
            > serving[QStringLiteral("ttft_seconds")].toDouble());
        QTemporaryDir dir;
        const QStringList argv = runEngineCommand(o[QStringLiteral("command")].toString(), dir);
        QCOMPARE(argv.value(argv.indexOf(QStringLiteral("-np")) + 1), QStringLiteral("8"));
        QCOMPARE(argv.value(argv.indexOf(QStringLiteral("-c")) + 1), QStringLiteral("65536"));
        const Result text = run(args);
        QVERIFY2(text.out.contains(QStringLiteral("Serving 8 sequence(s) of 8192 tokens with llama.cpp: %1 fit at once")
                                       .arg(serving[QStringLiteral("max_sequences")].toInt())
                                       .toUtf8()),
            text.out.constData());
    }

    void planSpeculative()
    {
        const Result r = run({ QStringLiteral("plan"), QStringLiteral("--model"), QStringLiteral("qwen2.5-7b"),
            QStringLiteral("--quant"), QStringLiteral("Q4_K_M"), QStringLiteral("--context"), QStringLiteral("8192"),
            QStringLiteral("--gpu"), QStringLiteral("rtx-4090"), QStringLiteral("--ram"), QStringLiteral("64"),
            QStringLiteral("--draft-model"), QStringLiteral("qwen2.5-0.5b"), QStringLiteral("--draft-quant"),
            QStringLiteral("Q8_0"), QStringLiteral("--json") });
        QCOMPARE(r.exitCode, 0);
        const QJsonObject o = r.json();
        const QJsonObject sp = o[QStringLiteral("speculative")].toObject();
        QCOMPARE(sp[QStringLiteral("kind")].toString(), QStringLiteral("draft_model"));
        QCOMPARE(sp[QStringLiteral("draft_quant")].toString(), QStringLiteral("Q8_0"));
        QCOMPARE(sp[QStringLiteral("kv_bytes")].toInteger(), qint64(24) * 2 * 2 * 64 * 2 * 8192);
        const QJsonArray devices = o[QStringLiteral("devices")].toArray();
        QCOMPARE(devices[0][QStringLiteral("speculative")].toInteger(),
            sp[QStringLiteral("weight_bytes")].toInteger() - sp[QStringLiteral("ram_bytes")].toInteger()
                + sp[QStringLiteral("kv_bytes")].toInteger() + sp[QStringLiteral("compute_bytes")].toInteger());
        QTemporaryDir dir;
        const QStringList argv = runEngineCommand(o[QStringLiteral("command")].toString(), dir);
        QCOMPARE(argv.value(argv.indexOf(QStringLiteral("-md")) + 1), QStringLiteral("qwen2.5-0.5b-Q8_0.gguf"));
        QCOMPARE(argv.value(argv.indexOf(QStringLiteral("--draft-max")) + 1),
            QString::number(sp[QStringLiteral("draft_tokens")].toInt()));

        const Result mtp = run({ QStringLiteral("plan"), QStringLiteral("--model"), QStringLiteral("deepseek-v3.2"),
            QStringLiteral("--engine"), QStringLiteral("vllm"), QStringLiteral("--gpu"), QStringLiteral("h200"),
            QStringLiteral("--gpus"), QStringLiteral("8"), QStringLiteral("--mtp"), QStringLiteral("--json") });
        QCOMPARE(mtp.exitCode, 0);
        QCOMPARE(mtp.json()[QStringLiteral("speculative")][QStringLiteral("kind")].toString(), QStringLiteral("mtp"));
        QTemporaryDir vllmDir;
        const QStringList vargv = runEngineCommand(mtp.json()[QStringLiteral("command")].toString(), vllmDir);
        QCOMPARE(vargv.value(vargv.indexOf(QStringLiteral("--speculative-config")) + 1),
            QStringLiteral("{\"method\": \"mtp\", \"num_speculative_tokens\": 1}"));
    }

    void usageErrors_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<QString>("message");
        QTest::addRow("unknown GPU") << QStringList { QStringLiteral("plan"), QStringLiteral("--model"),
            QStringLiteral("llama-3.1-8b"), QStringLiteral("--gpu"), QStringLiteral("voodoo5") }
                                     << QStringLiteral("unknown GPU 'voodoo5'");
        QTest::addRow("more GPUs than detected") << QStringList { QStringLiteral("plan"), QStringLiteral("--model"),
            QStringLiteral("llama-3.1-8b"), QStringLiteral("--gpus"), QStringLiteral("2") }
                                                 << QStringLiteral("only 0 GPU(s) were detected");
        QTest::addRow("bad VRAM") << QStringList { QStringLiteral("plan"), QStringLiteral("--model"),
            QStringLiteral("llama-3.1-8b"), QStringLiteral("--vram"), QStringLiteral("lots") }
                                  << QStringLiteral("--vram 'lots' must be a positive number of GiB");
        QTest::addRow("nodes with llama.cpp")
            << QStringList { QStringLiteral("plan"), QStringLiteral("--model"), QStringLiteral("llama-3.1-8b"),
                   QStringLiteral("--gpu"), QStringLiteral("rtx-4090"), QStringLiteral("--nodes"), QStringLiteral("2") }
            << QStringLiteral("only vLLM / SGLang spread a model over several nodes");
        QTest::addRow("bad fit margin") << QStringList { QStringLiteral("plan"), QStringLiteral("--model"),
            QStringLiteral("llama-3.1-8b"), QStringLiteral("--fit-margin"), QStringLiteral("-5") }
                                        << QStringLiteral("--fit-margin");
        QTest::addRow("bad quality floor")
            << QStringList { QStringLiteral("recommend"), QStringLiteral("--quality-floor"), QStringLiteral("good") }
            << QStringLiteral("--quality-floor 'good' must be a number from 0 to 100, or off");
        QTest::addRow("unknown engine") << QStringList { QStringLiteral("recommend"), QStringLiteral("--engine"),
            QStringLiteral("tgi") } << QStringLiteral("unknown engine 'tgi'");
        QTest::addRow("no model") << QStringList { QStringLiteral("plan") }
                                  << QStringLiteral("give exactly one of --model ID, --config PATH or --file PATH");
        QTest::addRow("quant the engine cannot run") << QStringList { QStringLiteral("plan"), QStringLiteral("--model"),
            QStringLiteral("llama-3.1-8b"), QStringLiteral("--engine"), QStringLiteral("vllm"),
            QStringLiteral("--quant"), QStringLiteral("Q4_K_M"), QStringLiteral("--gpu"), QStringLiteral("h100-sxm") }
                                                     << QStringLiteral("cannot run Q4_K_M");
        QTest::addRow("batch and concurrency differ")
            << QStringList { QStringLiteral("plan"), QStringLiteral("--model"), QStringLiteral("llama-3.1-8b"),
                   QStringLiteral("--gpu"), QStringLiteral("rtx-4090"), QStringLiteral("--batch"), QStringLiteral("2"),
                   QStringLiteral("--concurrency"), QStringLiteral("4") }
            << QStringLiteral("--batch 2 and --concurrency 4 ask for different numbers of sequences");
        QTest::addRow("two kinds of speculation")
            << QStringList { QStringLiteral("plan"), QStringLiteral("--model"), QStringLiteral("deepseek-v3.2"),
                   QStringLiteral("--gpu"), QStringLiteral("h200"), QStringLiteral("--mtp"),
                   QStringLiteral("--draft-model"), QStringLiteral("llama-3.2-1b") }
            << QStringLiteral("--mtp and --draft-model are two kinds of speculative decoding: choose one");
        QTest::addRow("draft quant alone") << QStringList { QStringLiteral("plan"), QStringLiteral("--model"),
            QStringLiteral("llama-3.1-8b"), QStringLiteral("--gpu"), QStringLiteral("rtx-4090"),
            QStringLiteral("--draft-quant"), QStringLiteral("Q8_0") }
                                           << QStringLiteral("--draft-quant needs --draft-model");
        QTest::addRow("concurrency too high for llama.cpp") << QStringList { QStringLiteral("plan"),
            QStringLiteral("--model"), QStringLiteral("llama-3.1-8b"), QStringLiteral("--gpu"),
            QStringLiteral("rtx-4090"), QStringLiteral("--concurrency"),
            QStringLiteral("300") } << QStringLiteral("concurrency 300 is out of range (1 to 256)");
        QTest::addRow("MTP without MTP layers") << QStringList { QStringLiteral("plan"), QStringLiteral("--model"),
            QStringLiteral("llama-3.1-8b"), QStringLiteral("--engine"), QStringLiteral("vllm"), QStringLiteral("--gpu"),
            QStringLiteral("h100-sxm"), QStringLiteral("--mtp") }
                                                << QStringLiteral("llama-3.1-8b has no multi-token-prediction layers");
    }

    void usageErrors()
    {
        QFETCH(QStringList, args);
        QFETCH(QString, message);
        const Result r = run(args);
        QCOMPARE(r.exitCode, 2);
        QVERIFY(r.out.isEmpty());
        QVERIFY2(r.err.contains(message.toUtf8()), r.err.constData());
    }

    void manualVram()
    {
        const Result r = run({ QStringLiteral("plan"), QStringLiteral("--model"), QStringLiteral("llama-3.1-8b"),
            QStringLiteral("--vram"), QStringLiteral("12"), QStringLiteral("--json") });
        QCOMPARE(r.exitCode, 0);
        const QJsonObject o = r.json();
        QCOMPARE(o[QStringLiteral("verdict")].toString(), QStringLiteral("gpu"));
        QCOMPARE(o[QStringLiteral("devices")][0][QStringLiteral("capacity")].toInteger(), qint64(12) << 30);
        QVERIFY(o[QStringLiteral("tokens_per_second")].isNull()); // unknown bandwidth: no speed, not a guess
    }
};

QTEST_GUILESS_MAIN(TestCliPlan)
#include "tst_cliplan.moc"
