// SPDX-FileCopyrightText: 2026 The FitPlanner authors
// SPDX-License-Identifier: MIT

#include "storagetype.h"
#include "testcatalogs.h"

#include <QObject>
#include <QTest>

using namespace Planner;

class TestStorageType : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    // Bytes of a 4096 x 4096 matrix: exact block arithmetic, scales included.
    void matrixBytes_data()
    {
        QTest::addColumn<QString>("type");
        QTest::addColumn<qint64>("bytes");
        const qint64 n = 4096LL * 4096;
        QTest::addRow("F32") << "F32" << n * 4;
        QTest::addRow("BF16") << "BF16" << n * 2;
        QTest::addRow("Q8_0 34 B / 32") << "Q8_0" << n / 32 * 34;
        QTest::addRow("Q4_0 18 B / 32") << "Q4_0" << n / 32 * 18;
        QTest::addRow("Q4_1 20 B / 32") << "Q4_1" << n / 32 * 20;
        QTest::addRow("Q5_0 22 B / 32") << "Q5_0" << n / 32 * 22;
        QTest::addRow("Q5_1 24 B / 32") << "Q5_1" << n / 32 * 24;
        QTest::addRow("Q2_K 84 B / 256") << "Q2_K" << n / 256 * 84;
        QTest::addRow("Q3_K 110 B / 256") << "Q3_K" << n / 256 * 110;
        QTest::addRow("Q4_K 144 B / 256") << "Q4_K" << n / 256 * 144;
        QTest::addRow("Q5_K 176 B / 256") << "Q5_K" << n / 256 * 176;
        QTest::addRow("Q6_K 210 B / 256") << "Q6_K" << n / 256 * 210;
        QTest::addRow("IQ1_S 50 B / 256") << "IQ1_S" << n / 256 * 50;
        QTest::addRow("IQ1_M 56 B / 256") << "IQ1_M" << n / 256 * 56;
        QTest::addRow("IQ2_XXS 66 B / 256") << "IQ2_XXS" << n / 256 * 66;
        QTest::addRow("IQ2_XS 74 B / 256") << "IQ2_XS" << n / 256 * 74;
        QTest::addRow("IQ2_S 82 B / 256") << "IQ2_S" << n / 256 * 82;
        QTest::addRow("IQ3_XXS 98 B / 256") << "IQ3_XXS" << n / 256 * 98;
        QTest::addRow("IQ3_S 110 B / 256") << "IQ3_S" << n / 256 * 110;
        QTest::addRow("IQ4_NL 18 B / 32") << "IQ4_NL" << n / 32 * 18;
        QTest::addRow("IQ4_XS 136 B / 256") << "IQ4_XS" << n / 256 * 136;
        QTest::addRow("TQ1_0 54 B / 256") << "TQ1_0" << n / 256 * 54;
        QTest::addRow("TQ2_0 66 B / 256") << "TQ2_0" << n / 256 * 66;
        QTest::addRow("MXFP4 17 B / 32") << "MXFP4" << n / 32 * 17;
        // FP8 with 128x128 tiles: one fp32 scale per tile.
        QTest::addRow("FP8 block 128") << "FP8_E4M3_B128" << n + 32 * 32 * 4;
        QTest::addRow("FP8 per tensor") << "FP8_E4M3_TENSOR" << n + 4;
        QTest::addRow("INT8 per channel") << "INT8_CHANNEL" << n + 4096 * 2;
        // GPTQ: qweight n/2, scales (4096/128) x 4096 fp16, qzeros (4096/128) x 4096 x 4 bits, g_idx 4096 int32.
        QTest::addRow("GPTQ int4 g128") << "GPTQ_INT4_G128" << n / 2 + 32 * 4096 * 2 + 32 * 4096 / 2 + 4096 * 4;
        QTest::addRow("AWQ int4 g128") << "AWQ_INT4_G128" << n / 2 + 32 * 4096 * 2 + 32 * 4096 / 2;
        QTest::addRow("GPTQ int8 g64") << "GPTQ_INT8_G64" << n + 64 * 4096 * 2 + 64 * 4096 + 4096 * 4;
        // NVFP4: packed nibbles, an FP8 scale per 16 inputs, the fp32 weight and input global scales.
        QTest::addRow("NVFP4") << "NVFP4" << n / 2 + 256 * 4096 + 8;
        // compressed-tensors int4 g32 symmetric: packed nibbles, a bf16 scale per 32, an int64[2] shape record.
        QTest::addRow("int4 g32 symmetric") << "INT4_G32_SYM" << n / 2 + 128 * 4096 * 2 + 16;
        // NF4: packed nibbles + fp32 absmax per 64 + the 16-entry code book.
        QTest::addRow("NF4") << "NF4" << n / 2 + n / 64 * 4 + 64;
        // Double quantization: uint8 absmax per 64, fp32 per 256 blocks, nested code book and offset.
        QTest::addRow("NF4 double quant") << "NF4_DQ" << n / 2 + 64 + n / 64 + n / 64 / 256 * 4 + 1024 + 4;
        QTest::addRow("LLM.int8") << "LLM_INT8" << n + 4096 * 4;
        // MLX: packed bits + bf16 scale and bias per 64.
        QTest::addRow("MLX 4-bit") << "MLX_4BIT" << n / 2 + n / 64 * 4;
        QTest::addRow("MLX 8-bit") << "MLX_8BIT" << n + n / 64 * 4;
    }

    void matrixBytes()
    {
        QFETCH(QString, type);
        QFETCH(qint64, bytes);
        const StorageType* t = TestCatalogs::quants().type(type);
        QVERIFY2(t, qPrintable(type));
        QCOMPARE(t->bytesFor(4096, 4096), bytes);
    }

    void bitsPerWeight_data()
    {
        QTest::addColumn<QString>("type");
        QTest::addColumn<double>("bits");
        QTest::addRow("Q4_K") << "Q4_K" << 4.5;
        QTest::addRow("Q6_K") << "Q6_K" << 6.5625;
        QTest::addRow("Q8_0") << "Q8_0" << 8.5;
        QTest::addRow("IQ4_XS") << "IQ4_XS" << 4.25;
        QTest::addRow("MXFP4") << "MXFP4" << 4.25;
        QTest::addRow("NVFP4") << "NVFP4" << 4.5;
        QTest::addRow("int4 g32 symmetric") << "INT4_G32_SYM" << 4.5;
        QTest::addRow("NF4 DQ about 4.127") << "NF4_DQ" << 4.127;
        QTest::addRow("MLX 4-bit") << "MLX_4BIT" << 4.5;
    }

    void bitsPerWeight()
    {
        QFETCH(QString, type);
        QFETCH(double, bits);
        const double actual = TestCatalogs::quants().type(type)->bitsPerWeight();
        QVERIFY2(qAbs(actual - bits) < 0.001, qPrintable(QString::number(actual, 'f', 5)));
    }

    void edgeShapes()
    {
        const StorageType* q4k = TestCatalogs::quants().type(QStringLiteral("Q4_K"));
        QVERIFY(q4k->fitsRow(4096));
        QVERIFY(!q4k->fitsRow(29568 + 64)); // not a whole number of 256-blocks
        QCOMPARE(q4k->bytesFor(0, 10), qint64(0));
        // A 3-D expert tensor is ne2 matrices.
        QCOMPARE(q4k->bytesFor(2048, 768, 128), qint64(2048 / 256 * 144) * 768 * 128);
        // Absurd shapes saturate instead of wrapping around.
        QCOMPARE(q4k->bytesFor(qint64(1) << 40, qint64(1) << 40, qint64(1) << 40), std::numeric_limits<qint64>::max());
        // int4 packing of an odd count rounds up to whole bytes.
        const StorageType* awq = TestCatalogs::quants().type(QStringLiteral("AWQ_INT4_G32"));
        QCOMPARE(awq->bytesFor(32, 1), qint64(16 + 2 + 4));
    }
};

QTEST_GUILESS_MAIN(TestStorageType)
#include "tst_storagetype.moc"
