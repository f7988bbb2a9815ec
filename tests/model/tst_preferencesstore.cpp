// SPDX-FileCopyrightText: 2026 The FitPlanner authors
// SPDX-License-Identifier: MIT

#include "preferencesstore.h"
#include "units.h"

#include <QSettings>
#include <QTemporaryDir>
#include <QTest>

using namespace Planner;

class TestPreferencesStore : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void defaultsWhenEmpty()
    {
        QTemporaryDir dir;
        QSettings s(dir.filePath(QStringLiteral("t.ini")), QSettings::IniFormat);
        QCOMPARE(PreferencesStore::load(s), Preferences {});
    }

    void roundTrip()
    {
        QTemporaryDir dir;
        Preferences p;
        p.modelId = QStringLiteral("deepseek-r1");
        p.recipeId = QStringLiteral("AWQ-INT4");
        p.context = 131072;
        p.batch = 4;
        p.kvType = QStringLiteral("FP8_E4M3");
        p.engineId = QStringLiteral("vllm");
        p.comparedRecipes = { QStringLiteral("GPTQ-INT8"), QStringLiteral("NF4") };
        p.capacity = { qint64(141) << 30, qint64(2) << 40 };
        p.units = ByteUnits::Decimal;
        p.language = QStringLiteral("zh_CN");
        p.chartTab = 1;
        p.windowGeometry = QByteArray("\x01\x02geometry", 10);
        p.windowState = QByteArray("state");
        p.splitterState = QByteArray("splitter");
        {
            QSettings s(dir.filePath(QStringLiteral("t.ini")), QSettings::IniFormat);
            PreferencesStore::save(p, s);
        }
        QSettings s(dir.filePath(QStringLiteral("t.ini")), QSettings::IniFormat);
        QCOMPARE(PreferencesStore::load(s), p);
    }

    void badValuesFallBack_data()
    {
        QTest::addColumn<QString>("key");
        QTest::addColumn<QVariant>("value");
        QTest::addRow("context zero") << QStringLiteral("scenario/context") << QVariant(0);
        QTest::addRow("context beyond the estimator")
            << QStringLiteral("scenario/context") << QVariant(qint64(1) << 40);
        QTest::addRow("context not a number") << QStringLiteral("scenario/context") << QVariant(QStringLiteral("lots"));
        QTest::addRow("batch negative") << QStringLiteral("scenario/batch") << QVariant(-3);
        QTest::addRow("unknown engine") << QStringLiteral("scenario/engine") << QVariant(QStringLiteral("tensorrt"));
        QTest::addRow("negative GPU") << QStringLiteral("capacity/gpuBytes") << QVariant(-1);
        QTest::addRow("absurd RAM") << QStringLiteral("capacity/ramBytes") << QVariant(qint64(1) << 60);
        QTest::addRow("unknown language") << QStringLiteral("display/language") << QVariant(QStringLiteral("fr"));
        QTest::addRow("unknown units") << QStringLiteral("display/units") << QVariant(QStringLiteral("XB"));
        QTest::addRow("empty model") << QStringLiteral("scenario/model") << QVariant(QStringLiteral("  "));
    }

    void badValuesFallBack()
    {
        QFETCH(QString, key);
        QFETCH(QVariant, value);
        QTemporaryDir dir;
        QSettings s(dir.filePath(QStringLiteral("t.ini")), QSettings::IniFormat);
        s.setValue(key, value);
        QCOMPARE(PreferencesStore::load(s), Preferences {});
    }

    void engineAliasIsNormalised()
    {
        QTemporaryDir dir;
        QSettings s(dir.filePath(QStringLiteral("t.ini")), QSettings::IniFormat);
        s.setValue(QStringLiteral("scenario/engine"), QStringLiteral("ollama"));
        QCOMPARE(PreferencesStore::load(s).engineId, QStringLiteral("llama.cpp"));
    }

    // Settings written by earlier versions (the same keys) restore the same hardware choice.
    void hardwareKeysRestoreTheChoice_data()
    {
        QTest::addColumn<QString>("mode");
        QTest::addColumn<bool>("chosen");
        QTest::addColumn<int>("expectedMode");
        QTest::addColumn<QString>("gpuId");
        QTest::addColumn<int>("count");
        QTest::addColumn<qint64>("vram");
        QTest::addColumn<qint64>("ram");
        QTest::addRow("what-if") << QStringLiteral("whatif") << true << int(HardwareChoice::Mode::WhatIf)
                                 << QStringLiteral("h200") << 2 << qint64(-1) << 128 * GiB;
        QTest::addRow("manual") << QStringLiteral("manual") << true << int(HardwareChoice::Mode::Manual)
                                << QStringLiteral("h200") << -1 << 12 * GiB << 32 * GiB;
        QTest::addRow("detected") << QStringLiteral("detected") << true << int(HardwareChoice::Mode::Detected)
                                  << QString() << -1 << qint64(-1) << qint64(-1);
        QTest::addRow("not chosen: the capacity entered") << QString() << false << int(HardwareChoice::Mode::Manual)
                                                          << QStringLiteral("h200") << -1 << 12 * GiB << 32 * GiB;
        QTest::addRow("unknown mode: not chosen")
            << QStringLiteral("cloud") << false << int(HardwareChoice::Mode::Manual) << QStringLiteral("h200") << -1
            << 12 * GiB << 32 * GiB;
    }

    void hardwareKeysRestoreTheChoice()
    {
        QFETCH(QString, mode);
        QFETCH(bool, chosen);
        QFETCH(int, expectedMode);
        QFETCH(QString, gpuId);
        QFETCH(int, count);
        QFETCH(qint64, vram);
        QFETCH(qint64, ram);
        QTemporaryDir dir;
        QSettings s(dir.filePath(QStringLiteral("t.ini")), QSettings::IniFormat);
        s.setValue(QStringLiteral("hardware/mode"), mode);
        s.setValue(QStringLiteral("hardware/whatIfGpu"), QStringLiteral("h200"));
        s.setValue(QStringLiteral("hardware/whatIfCount"), 2);
        s.setValue(QStringLiteral("hardware/whatIfRamBytes"), 128 * GiB);
        s.setValue(QStringLiteral("capacity/gpuBytes"), 12 * GiB);
        s.setValue(QStringLiteral("capacity/ramBytes"), 32 * GiB);
        const Preferences p = PreferencesStore::load(s);
        QCOMPARE(!p.hardwareMode.isEmpty(), chosen);
        const HardwareChoice c = p.hardwareChoice();
        QCOMPARE(int(c.mode), expectedMode);
        QCOMPARE(c.gpuId, gpuId);
        QCOMPARE(c.gpuCount, count < 0 ? std::nullopt : std::optional<int>(count));
        QCOMPARE(c.vramBytes, vram < 0 ? std::nullopt : std::optional<qint64>(vram));
        QCOMPARE(c.ramBytes, ram < 0 ? std::nullopt : std::optional<qint64>(ram));
    }

    // Preferences keep the hardware choice in their existing fields.
    void hardwareChoiceInTheFields()
    {
        constexpr qint64 kH200Bytes = 151397597184;
        Preferences p;
        QCOMPARE(p.hardwareChoice().mode, HardwareChoice::Mode::Manual); // no mode chosen: the capacity entered
        QCOMPARE(p.hardwareChoice().vramBytes, std::optional(p.capacity.gpuBytes));

        HardwareChoice w;
        w.mode = HardwareChoice::Mode::WhatIf;
        w.gpuId = QStringLiteral("h200");
        w.gpuCount = 4;
        w.ramBytes = 512 * GiB;
        p.setHardwareChoice(w, true, { 4 * kH200Bytes, 512 * GiB });
        QCOMPARE(p.hardwareMode, QStringLiteral("whatif"));
        QCOMPARE(p.whatIfGpu, QStringLiteral("h200"));
        QCOMPARE(p.whatIfCount, 4);
        QCOMPARE(p.whatIfRamBytes, 512 * GiB);
        QCOMPARE(p.capacity, (CapacityInput { 4 * kH200Bytes, 512 * GiB }));
        QCOMPARE(p.hardwareChoice(), w);

        HardwareChoice m;
        m.mode = HardwareChoice::Mode::Manual;
        m.gpuId = QStringLiteral("h200");
        m.vramBytes = 12 * GiB;
        m.gpuCount = 2;
        m.ramBytes = 32 * GiB;
        p.setHardwareChoice(m, false, {});
        QCOMPARE(p.hardwareMode, QString());
        QCOMPARE(p.capacity, (CapacityInput { 24 * GiB, 32 * GiB }));
        QCOMPARE(p.whatIfCount, 4); // the what-if fields keep what was chosen there

        p.setHardwareChoice(HardwareChoice {}, true, { 10 * GiB, 20 * GiB });
        QCOMPARE(p.hardwareMode, QStringLiteral("detected"));
        QCOMPARE(p.hardwareChoice(), HardwareChoice {});
        QCOMPARE(p.capacity, (CapacityInput { 10 * GiB, 20 * GiB }));
    }
};

QTEST_GUILESS_MAIN(TestPreferencesStore)
#include "tst_preferencesstore.moc"
