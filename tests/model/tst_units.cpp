// SPDX-FileCopyrightText: 2026 The FitPlanner authors
// SPDX-License-Identifier: MIT

#include "checkedmath.h"
#include "units.h"

#include <QObject>
#include <QTest>

using namespace Planner;

class TestUnits : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void formatBytes_data()
    {
        QTest::addColumn<qint64>("bytes");
        QTest::addColumn<bool>("decimal");
        QTest::addColumn<QString>("text");
        QTest::addRow("bytes") << qint64(512) << false << "512 B";
        QTest::addRow("13 GiB") << qint64(13) * 1024 * 1024 * 1024 << false << "13.0 GiB";
        QTest::addRow("24 GiB in GB") << qint64(24) * 1024 * 1024 * 1024 << true << "25.8 GB";
        QTest::addRow("1.34 TB") << qint64(1342052352000) << true << "1.34 TB";
        QTest::addRow("just under 1 GiB rolls over") << qint64(1073741823) << false << "1.00 GiB";
    }

    void formatBytes()
    {
        QFETCH(qint64, bytes);
        QFETCH(bool, decimal);
        QFETCH(QString, text);
        QCOMPARE(Planner::formatBytes(bytes, decimal ? ByteUnits::Decimal : ByteUnits::Binary), text);
    }

    void formatCount()
    {
        QCOMPARE(Planner::formatCount(999885952), QStringLiteral("1.00 B"));
        QCOMPARE(Planner::formatCount(671026419200), QStringLiteral("671 B"));
        QCOMPARE(Planner::formatCount(494032768), QStringLiteral("494 M"));
    }

    void checked()
    {
        QVERIFY(!checkedMul(qint64(1) << 62, 4));
        QCOMPARE(*checkedMul(qint64(1) << 40, 4), qint64(1) << 42);
        QVERIFY(!checkedAdd(std::numeric_limits<qint64>::max(), 1));
        QCOMPARE(satMul(qint64(1) << 62, 4), std::numeric_limits<qint64>::max());
        QCOMPARE(ceilDiv(10, 4), qint64(3));
    }

    // Overflow is caught at the exact edge, for negative operands too, and the saturating forms clamp to
    // INT64_MAX whichever way the exact result leaves the range.
    void checkedEdges()
    {
        constexpr qint64 max = std::numeric_limits<qint64>::max();
        constexpr qint64 min = std::numeric_limits<qint64>::min();
        QCOMPARE(*checkedAdd(max - 1, 1), max);
        QCOMPARE(*checkedAdd(min, max), qint64(-1));
        QVERIFY(!checkedAdd(min, -1));
        QCOMPARE(*checkedMul(qint64(3037000499), qint64(3037000499)), qint64(9223372030926249001));
        QVERIFY(!checkedMul(qint64(3037000500), qint64(3037000500)));
        QCOMPARE(*checkedMul(min, 1), min);
        QVERIFY(!checkedMul(min, -1));
        QVERIFY(!checkedMul(qint64(1) << 32, -(qint64(1) << 32)));
        QCOMPARE(*checkedMul(qint64(1) << 31, -(qint64(1) << 32)), min);
        QCOMPARE(*checkedMul(0, max), qint64(0));
        QCOMPARE(satAdd(max, max), max);
        QCOMPARE(satAdd(min, -1), max);
        QCOMPARE(satAdd(40, 2), qint64(42));
        QCOMPARE(satMul(min, -1), max);
        QCOMPARE(satMul(-7, 6), qint64(-42));
        QCOMPARE(ceilDiv(7, 0), qint64(0));
        QCOMPARE(ceilDiv(8, 4), qint64(2));
    }
};

QTEST_GUILESS_MAIN(TestUnits)
#include "tst_units.moc"
