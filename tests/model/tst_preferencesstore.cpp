#include "preferencesstore.h"

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
};

QTEST_GUILESS_MAIN(TestPreferencesStore)
#include "tst_preferencesstore.moc"
