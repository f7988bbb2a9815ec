// SPDX-FileCopyrightText: 2026 The FitPlanner authors
// SPDX-License-Identifier: MIT

// The estimator against real measurements (tests/data/calibration, copied from shared/data/calibration):
// transformers on an H200 and llama.cpp on a CPU. Tolerances are the product's promises: weights 0.5%,
// KV cache exact, peak allocated 5% of what PyTorch's allocator reported, total 5% of the device memory the driver
// reported.

#include "hfconfig.h"
#include "memoryestimator.h"
#include "testcatalogs.h"
#include "units.h"

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QObject>
#include <QTest>

using namespace Planner;

namespace {

QByteArray readData(const QString& name)
{
    QFile f(QStringLiteral(FITPLANNER_TEST_DATA "/calibration/") + name);
    if (!f.open(QIODevice::ReadOnly))
        qFatal("cannot read %s", qPrintable(f.fileName()));
    return f.readAll();
}

ModelSpec calibrationSpec(const QString& arch)
{
    static const QJsonObject configs
        = QJsonDocument::fromJson(readData(QStringLiteral("transformers_h200_configs.json"))).object();
    QList<ParseError> errors;
    const auto spec = parseHfConfig(QJsonDocument(configs.value(arch).toObject()).toJson(), arch, &errors);
    if (!spec)
        qFatal("%s", qPrintable(messages(errors).join(u'\n')));
    return *spec;
}

double relError(qint64 estimate, qint64 measured)
{
    return double(estimate - measured) / double(measured);
}

} // namespace

class TestCalibration : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void transformersH200_data()
    {
        QTest::addColumn<QJsonObject>("row");
        const QList<QByteArray> lines = readData(QStringLiteral("transformers_h200.jsonl")).split('\n');
        for (qsizetype i = 1; i < lines.size(); ++i) { // line 0 describes the device
            if (lines[i].trimmed().isEmpty())
                continue;
            const QJsonObject row = QJsonDocument::fromJson(lines[i]).object();
            QTest::addRow("%s prompt %d x %d", qPrintable(row.value(QStringLiteral("arch")).toString()),
                row.value(QStringLiteral("prompt")).toInt(), row.value(QStringLiteral("batch")).toInt())
                << row;
        }
    }

    void transformersH200()
    {
        QFETCH(QJsonObject, row);
        Scenario s;
        s.model = calibrationSpec(row.value(QStringLiteral("arch")).toString());
        s.engine = Engine::Transformers;
        s.recipeId = QStringLiteral("BF16");
        s.kvType = QStringLiteral("BF16");
        s.context = row.value(QStringLiteral("cache_tokens")).toInteger();
        s.batch = row.value(QStringLiteral("batch")).toInteger();
        QString error;
        const auto e = MemoryEstimator(TestCatalogs::quants()).estimate(s, &error);
        QVERIFY2(e, qPrintable(error));
        QCOMPARE(e->params.total, row.value(QStringLiteral("params")).toInteger());
        const double w = relError(e->weights.bytes, row.value(QStringLiteral("weights_bytes")).toInteger());
        const double total = relError(e->total, row.value(QStringLiteral("driver_used_now_bytes")).toInteger());
        QVERIFY2(qAbs(w) <= 0.005, qPrintable(QStringLiteral("weights off by %1%").arg(w * 100)));
        // The cache's tensors, byte for byte (MLA latent, sliding layers' window - 1 tokens and window scalar).
        QCOMPARE(e->kvCache.bytes, row.value(QStringLiteral("kv_cache_bytes")).toInteger());
        // The allocator's peak during generate(): weights + cache + the prefill's activations.
        const qint64 peakEstimate
            = e->weights.bytes + e->kvCache.bytes + e->activations.bytes + e->recurrentState.bytes;
        const double peak = relError(peakEstimate, row.value(QStringLiteral("peak_allocated_bytes")).toInteger());
        QVERIFY2(qAbs(peak) <= 0.05, qPrintable(QStringLiteral("peak allocated off by %1%").arg(peak * 100)));
        QVERIFY2(qAbs(total) <= 0.05, qPrintable(QStringLiteral("total off by %1%").arg(total * 100)));
        // The measured device memory lies inside the stated band.
        const qint64 measured = row.value(QStringLiteral("driver_used_now_bytes")).toInteger();
        QVERIFY(e->totalLow <= measured && measured <= e->totalHigh);
    }

    void llamaCppCpu_data()
    {
        QTest::addColumn<QStringList>("fields");
        const QList<QByteArray> lines = readData(QStringLiteral("llamacpp_cpu.csv")).split('\n');
        for (qsizetype i = 1; i < lines.size(); ++i) {
            if (lines[i].trimmed().isEmpty())
                continue;
            const QStringList f = QString::fromUtf8(lines[i]).split(u',');
            QTest::addRow("%s %s ctx %s kv %s fa %s", qPrintable(f[0]), qPrintable(f[2]), qPrintable(f[12]),
                qPrintable(f[13]), qPrintable(f[15]))
                << f;
        }
    }

    void llamaCppCpu()
    {
        QFETCH(QStringList, fields);
        // model,arch,ftype,n_layer,n_embd,n_ff,n_head,n_head_kv,head_dim,n_vocab,tied_embd,n_params,n_ctx,
        // cache_type_k,cache_type_v,flash_attn,n_batch,n_ubatch,gguf_file_bytes,tensor_data_bytes,bytes_by_type,
        // model_buffer_bytes,kv_buffer_mib,compute_buffer_mib,output_buffer_mib,context_bytes,rss_after_context_bytes
        const QString arch = fields[0] == QLatin1String("llama-3.2-1b") ? QStringLiteral("Llama-3.2-1B")
                                                                        : QStringLiteral("Llama-3.1-8B");
        Scenario s;
        s.model = calibrationSpec(arch);
        s.engine = Engine::LlamaCpp;
        s.recipeId = fields[2];
        s.context = fields[12].toLongLong();
        s.kvType = fields[13];
        s.flashAttention = fields[15] == QLatin1String("True");
        s.ubatch = fields[17].toLongLong();
        QString error;
        const auto e = MemoryEstimator(TestCatalogs::quants()).estimate(s, &error);
        QVERIFY2(e, qPrintable(error));
        QCOMPARE(countGgufParameters(s.model), fields[11].toLongLong());
        // Weights: exactly the model buffer, type by type.
        QCOMPARE(e->weights.bytes, fields[21].toLongLong());
        for (const QString& pair : fields[20].split(u';')) {
            const QStringList kv = pair.split(u'=');
            QCOMPARE(e->bytesByType.value(kv[0]), kv[1].toLongLong());
        }
        // KV cache: exactly llama.cpp's buffer.
        QCOMPARE(double(e->kvCache.bytes) / double(MiB), fields[22].toDouble());
        // Compute + output buffers: the graph allocator's sizes, within 3%. (The estimate always counts the one
        // n_embd x n_ubatch f32 row the allocator adds in some layouts: +1.5% where it does not.)
        const double measured = (fields[23].toDouble() + fields[24].toDouble()) * double(MiB);
        const double err = (double(e->activations.bytes) - measured) / measured;
        QVERIFY2(qAbs(err) <= 0.03, qPrintable(QStringLiteral("compute off by %1%").arg(err * 100)));
        // llama.cpp's own context total (KV + compute + output) within 3%.
        const double context = double(e->kvCache.bytes + e->activations.bytes);
        const double ctxErr = (context - fields[25].toDouble()) / fields[25].toDouble();
        QVERIFY2(qAbs(ctxErr) <= 0.03, qPrintable(QStringLiteral("context off by %1%").arg(ctxErr * 100)));
    }
};

QTEST_GUILESS_MAIN(TestCalibration)
#include "tst_calibration.moc"
