// SPDX-FileCopyrightText: 2026 The FitPlanner authors
// SPDX-License-Identifier: MIT

#include "modelfilewriter.h"
#include "safetensorsreader.h"

#include <QObject>
#include <QTemporaryDir>
#include <QTest>

using namespace Planner;
using TestFiles::GgufWriter;
using TestFiles::SafetensorsWriter;

namespace {

// A file of the given header JSON followed by `data` bytes.
QByteArray fileOf(const QByteArray& json, qint64 data)
{
    return GgufWriter::le<quint64>(quint64(json.size())) + json + QByteArray(data, '\0');
}

QString parseError(const QByteArray& file)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("bad.safetensors"));
    if (!TestFiles::writeFile(path, file))
        return QStringLiteral("(cannot write)");
    QString error;
    const auto st = readSafetensorsFile(path, &error);
    if (st)
        return QStringLiteral("(accepted)");
    if (!error.startsWith(path + QStringLiteral(": ")))
        return QStringLiteral("(error does not name the file) ") + error;
    return error;
}

} // namespace

class TestSafetensorsReader : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void roundTrip();
    void hostile_data();
    void hostile();
    void truncatedEverywhere();
};

void TestSafetensorsReader::roundTrip()
{
    // A real-shaped Llama 3.1 8B layer plus embeddings in mixed precision, FP8 with block scales, and
    // packed GPTQ parts: sizes are dtype x shape, exactly.
    SafetensorsWriter w;
    w.addMetadata(QStringLiteral("format"), QStringLiteral("pt"));
    w.addTensor(QStringLiteral("model.embed_tokens.weight"), QStringLiteral("BF16"), { 128256, 4096 });
    w.addTensor(QStringLiteral("model.layers.0.input_layernorm.weight"), QStringLiteral("F32"), { 4096 });
    w.addTensor(QStringLiteral("model.layers.0.mlp.down_proj.weight"), QStringLiteral("F8_E4M3"), { 4096, 14336 });
    w.addTensor(QStringLiteral("model.layers.0.mlp.down_proj.weight_scale_inv"), QStringLiteral("F32"), { 32, 112 });
    w.addTensor(QStringLiteral("model.layers.0.self_attn.q_proj.qweight"), QStringLiteral("I32"), { 512, 4096 });
    w.addTensor(QStringLiteral("model.layers.0.self_attn.q_proj.qzeros"), QStringLiteral("I32"), { 32, 512 });
    w.addTensor(QStringLiteral("model.layers.0.self_attn.q_proj.scales"), QStringLiteral("F16"), { 32, 4096 });
    w.addTensor(QStringLiteral("model.layers.0.self_attn.q_proj.g_idx"), QStringLiteral("I32"), { 4096 });
    w.addTensor(QStringLiteral("e5"), QStringLiteral("F8_E5M2"), { 7 });
    w.addTensor(QStringLiteral("f64"), QStringLiteral("F64"), { 3 });
    w.addTensor(QStringLiteral("i64"), QStringLiteral("I64"), { 2, 2 });
    w.addTensor(QStringLiteral("i16"), QStringLiteral("I16"), { 5 });
    w.addTensor(QStringLiteral("i8"), QStringLiteral("I8"), { 9 });
    w.addTensor(QStringLiteral("u8"), QStringLiteral("U8"), { 11 });
    w.addTensor(QStringLiteral("mask"), QStringLiteral("BOOL"), { 13 });
    w.addTensor(QStringLiteral("empty"), QStringLiteral("F32"), { 0, 4 });
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("model.safetensors"));
    QVERIFY(w.write(path));

    QString error;
    const auto f = readSafetensorsFile(path, &error);
    QVERIFY2(f, qPrintable(error));
    QCOMPARE(qint64(f->tensors.size()), w.tensorCount());
    QCOMPARE(f->metadata.value(QStringLiteral("format")), QStringLiteral("pt"));
    QCOMPARE(f->dataSize, w.dataSize());
    QCOMPARE(f->tensorBytes(), f->dataSize);
    QCOMPARE(f->fileSize, 8 + f->headerSize + f->dataSize);
    const qint64 expected = 128256LL * 4096 * 2 + 4096 * 4 + 4096LL * 14336 + 32 * 112 * 4 + 512LL * 4096 * 4
        + 32 * 512 * 4 + 32 * 4096 * 2 + 4096 * 4 + 7 + 3 * 8 + 4 * 8 + 5 * 2 + 9 + 11 + 13;
    QCOMPARE(f->tensorBytes(), expected);
    for (const SafetensorsTensor& t : f->tensors) {
        if (t.name == QLatin1String("model.layers.0.mlp.down_proj.weight")) {
            QCOMPARE(t.dtype, QStringLiteral("F8_E4M3"));
            QCOMPARE(t.shape, (std::vector<qint64> { 4096, 14336 }));
            QCOMPARE(t.elements, 4096LL * 14336);
            QCOMPARE(t.bytes(), 4096LL * 14336);
        }
    }
    // File order: by offset.
    for (size_t i = 1; i < f->tensors.size(); ++i)
        QVERIFY(f->tensors[i - 1].end <= f->tensors[i].begin);
}

void TestSafetensorsReader::hostile_data()
{
    QTest::addColumn<QByteArray>("file");
    QTest::addColumn<QString>("expected");

    const auto tensor = [](const char* dtype, const char* shape, const char* offsets) {
        return QByteArray("{\"t\":{\"dtype\":\"") + dtype + "\",\"shape\":" + shape + ",\"data_offsets\":" + offsets
            + "}}";
    };
    QTest::newRow("valid") << fileOf(tensor("F32", "[2,3]", "[0,24]"), 24) << "(accepted)";
    QTest::newRow("too short") << QByteArray("abc") << "only 3 bytes";
    QTest::newRow("huge header length") << GgufWriter::le<quint64>(quint64(1) << 40) + QByteArray("{}")
                                        << "the header claims 1099511627776 bytes (limit";
    QTest::newRow("header past the end") << GgufWriter::le<quint64>(100) + QByteArray("{}")
                                         << "only 2 after the length";
    QTest::newRow("not JSON") << fileOf("{\"t\":", 0) << "not valid JSON";
    QTest::newRow("not an object") << fileOf("[1,2]", 0) << "not a JSON object (not a safetensors file?)";
    QTest::newRow("tensor not an object") << fileOf("{\"t\":5}", 0) << "tensor 't' must be an object";
    QTest::newRow("no dtype") << fileOf("{\"t\":{\"shape\":[1],\"data_offsets\":[0,4]}}", 4)
                              << "tensor 't' has no dtype";
    QTest::newRow("unknown dtype") << fileOf(tensor("F4", "[2]", "[0,1]"), 1) << "dtype 'F4', which is not supported";
    QTest::newRow("shape not an array") << fileOf(tensor("F32", "7", "[0,4]"), 4) << "has no shape array";
    QTest::newRow("negative dim") << fileOf(tensor("F32", "[-1]", "[0,4]"), 4)
                                  << "shape entry that is not a whole number";
    QTest::newRow("float dim") << fileOf(tensor("F32", "[1.5]", "[0,4]"), 4)
                               << "shape entry that is not a whole number";
    QTest::newRow("too many dims") << fileOf(tensor("F32", "[1,1,1,1,1,1,1,1,1]", "[0,4]"), 4)
                                   << "has 9 dimensions (limit 8)";
    QTest::newRow("element overflow") << fileOf(tensor("F32", "[1099511627776,1099511627776]", "[0,4]"), 4)
                                      << "more elements than a 64-bit count";
    QTest::newRow("size mismatch") << fileOf(tensor("F32", "[2,3]", "[0,20]"), 20)
                                   << "spans 20 bytes but 6 x F32 needs 24";
    QTest::newRow("bytes overflow") << fileOf(tensor("F64", "[1099511627776,1048576]", "[0,8]"), 8)
                                    << "needs more than 2^63";
    QTest::newRow("offsets reversed") << fileOf(tensor("F32", "[1]", "[4,0]"), 4) << "begin <= end";
    QTest::newRow("offsets missing") << fileOf("{\"t\":{\"dtype\":\"F32\",\"shape\":[1]}}", 4) << "needs data_offsets";
    QTest::newRow("offset beyond int64") << fileOf(tensor("U8", "[1]", "[18446744073709551615,18446744073709551616]"),
        4) << "not whole numbers";
    QTest::newRow("past the end") << fileOf(tensor("F32", "[2]", "[0,8]"), 4)
                                  << "ends at byte 8, past the 4-byte data section";
    QTest::newRow("overlap") << fileOf("{\"a\":{\"dtype\":\"F32\",\"shape\":[2],\"data_offsets\":[0,8]},"
                                       "\"b\":{\"dtype\":\"F32\",\"shape\":[2],\"data_offsets\":[4,12]}}",
        12) << "tensors 'a' and 'b' overlap";
    QTest::newRow("hole") << fileOf("{\"a\":{\"dtype\":\"F32\",\"shape\":[1],\"data_offsets\":[0,4]},"
                                    "\"b\":{\"dtype\":\"F32\",\"shape\":[1],\"data_offsets\":[8,12]}}",
        12) << "bytes 4 to 8 of the data section belong to no tensor";
    QTest::newRow("trailing bytes") << fileOf(tensor("F32", "[1]", "[0,4]"), 10)
                                    << "the data section has 10 bytes but the tensors cover 4";
    QTest::newRow("name twice") << fileOf("{\"a\":{\"dtype\":\"F32\",\"shape\":[1],\"data_offsets\":[0,4]},"
                                          "\"b\":{\"dtype\":\"F32\",\"shape\":[1],\"data_offsets\":[4,8]},"
                                          "\"a\":{\"dtype\":\"F32\",\"shape\":[1],\"data_offsets\":[8,12]}}",
        12) << "'a' appears twice in the header";
    QTest::newRow("metadata twice") << fileOf("{\"__metadata__\":{},\"__metadata__\":{}}", 0)
                                    << "'__metadata__' appears twice in the header";
    QTest::newRow("metadata not strings")
        << fileOf("{\"__metadata__\":{\"a\":1}}", 0) << "__metadata__.a must be a string";
    QTest::newRow("empty name") << fileOf("{\"\":{\"dtype\":\"F32\",\"shape\":[1],\"data_offsets\":[0,4]}}", 4)
                                << "empty name";
    QByteArray deep(100000, '[');
    QTest::newRow("deeply nested") << fileOf("{\"t\":" + deep, 0)
                                   << "the header nests arrays and objects deeper than 8 levels";
}

void TestSafetensorsReader::hostile()
{
    QFETCH(QByteArray, file);
    QFETCH(QString, expected);
    const QString error = parseError(file);
    QVERIFY2(error.contains(expected), qPrintable(QStringLiteral("got: ") + error));
}

void TestSafetensorsReader::truncatedEverywhere()
{
    SafetensorsWriter w;
    w.addTensor(QStringLiteral("a"), QStringLiteral("BF16"), { 16, 4 });
    w.addTensor(QStringLiteral("b"), QStringLiteral("I32"), { 3 });
    const QByteArray whole = w.bytes();
    QCOMPARE(parseError(whole), QStringLiteral("(accepted)"));
    for (qsizetype n = 0; n < whole.size(); n += 5) {
        const QString e = parseError(whole.left(n));
        QVERIFY2(e != QLatin1String("(accepted)") && !e.startsWith(QLatin1String("(error does not")), qPrintable(e));
    }
}

QTEST_GUILESS_MAIN(TestSafetensorsReader)
#include "tst_safetensorsreader.moc"
