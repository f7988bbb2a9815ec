// SPDX-FileCopyrightText: 2026 The FitPlanner authors
// SPDX-License-Identifier: MIT

#include <QColor>
#include <QDir>
#include <QImage>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

class TestScreenshot : public QObject
{
    Q_OBJECT

private:
    static int run(const QStringList& args, QString* err)
    {
        QProcess p;
        p.start(QStringLiteral(FITPLANNER_BINARY), args);
        if (!p.waitForFinished(120000))
            return -1;
        *err = QString::fromLocal8Bit(p.readAllStandardError());
        return p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
    }

private Q_SLOTS:
    void writesPngOfRequestedSize_data()
    {
        QTest::addColumn<QStringList>("extra");
        QTest::addColumn<QSize>("size");
        QTest::addRow("DeepSeek-R1 F16, quantization tab") << QStringList { QStringLiteral("--model"),
            QStringLiteral("deepseek-r1"), QStringLiteral("--quant"), QStringLiteral("F16") }
                                                           << QSize(1280, 800);
        QTest::addRow("context tab, 32k") << QStringList { QStringLiteral("--model"), QStringLiteral("llama-3.1-8b"),
            QStringLiteral("--context"), QStringLiteral("32k"), QStringLiteral("--tab"), QStringLiteral("context") }
                                          << QSize(1600, 1000);
        QTest::addRow("placement tab, 70B offload") << QStringList { QStringLiteral("--model"),
            QStringLiteral("llama-3.1-70b"), QStringLiteral("--quant"), QStringLiteral("Q4_K_M"),
            QStringLiteral("--context"), QStringLiteral("8k"), QStringLiteral("--tab"), QStringLiteral("placement") }
                                                    << QSize(1600, 1000);
        QTest::addRow("Chinese") << QStringList { QStringLiteral("--lang"), QStringLiteral("zh_CN"),
            QStringLiteral("--units"), QStringLiteral("GB") }
                                 << QSize(1400, 900);
        QTest::addRow("dark palette, hybrid at 256k") << QStringList { QStringLiteral("--model"),
            QStringLiteral("qwen3.6-35b-a3b"), QStringLiteral("--context"), QStringLiteral("256k"),
            QStringLiteral("--tab"), QStringLiteral("context"), QStringLiteral("--palette"), QStringLiteral("dark") }
                                                      << QSize(1400, 900);
        QTest::addRow("scenario comparison")
            << QStringList { QStringLiteral("--model"), QStringLiteral("qwen3-14b"), QStringLiteral("--scenarios"),
                   QStringLiteral(FITPLANNER_SOURCE_DIR "/docs/screenshots/data/scenarios.json"),
                   QStringLiteral("--compare"), QStringLiteral("Qwen3 32B Q4_K_M 32k,Qwen3 30B-A3B Q4_K_M 32k") }
            << QSize(1200, 640);
        QTest::addRow("small window") << QStringList {} << QSize(800, 500);
    }

    void writesPngOfRequestedSize()
    {
        QFETCH(QStringList, extra);
        QFETCH(QSize, size);
        QTemporaryDir dir;
        const QString file = dir.filePath(QStringLiteral("shot.png"));
        QString err;
        const QString sizeArg = QStringLiteral("%1x%2").arg(size.width()).arg(size.height());
        QCOMPARE(
            run(QStringList { QStringLiteral("--screenshot"), file, QStringLiteral("--size"), sizeArg } + extra, &err),
            0);
        QImage image(file);
        QVERIFY2(!image.isNull(), qPrintable(err));
        QCOMPARE(image.size(), size);
        // Not a blank picture: many distinct colours (text, bars, banner).
        QSet<QRgb> colours;
        for (int y = 0; y < image.height(); y += 7)
            for (int x = 0; x < image.width(); x += 7)
                colours.insert(image.pixel(x, y));
        QVERIFY(colours.size() > 20);
        // The dark palette reaches the window: its background (the status bar's left end) is dark.
        if (extra.contains(QStringLiteral("dark")))
            QVERIFY(QColor(image.pixel(2, image.height() - 4)).lightness() < 96);
    }

    void badArgumentsFail_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<QString>("message");
        QTest::addRow("unknown model") << QStringList { QStringLiteral("--model"), QStringLiteral("gpt-9") }
                                       << QStringLiteral("gpt-9");
        QTest::addRow("unknown quant") << QStringList { QStringLiteral("--quant"), QStringLiteral("Q9_K") }
                                       << QStringLiteral("Q9_K");
        QTest::addRow("bad context") << QStringList { QStringLiteral("--context"), QStringLiteral("-5") }
                                     << QStringLiteral("--context");
        QTest::addRow("context beyond model") << QStringList { QStringLiteral("--model"), QStringLiteral("llama-2-7b"),
            QStringLiteral("--context"), QStringLiteral("1000000") }
                                              << QStringLiteral("maximum");
        QTest::addRow("bad tab") << QStringList { QStringLiteral("--tab"), QStringLiteral("nope") }
                                 << QStringLiteral("--tab");
        QTest::addRow("bad size") << QStringList { QStringLiteral("--size"), QStringLiteral("10x10") }
                                  << QStringLiteral("--size");
        QTest::addRow("below the window's minimum size")
            << QStringList { QStringLiteral("--size"), QStringLiteral("640x480") }
            << QStringLiteral("--size '640x480' must be WIDTHxHEIGHT from 800x500 to 8192x8192");
        QTest::addRow("option for a value") << QStringList { QStringLiteral("--model"), QStringLiteral("--tab"),
            QStringLiteral("context") } << QStringLiteral("--model needs a value");
        QTest::addRow("missing value") << QStringList { QStringLiteral("--model") } << QStringLiteral("needs a value");
        QTest::addRow("unknown option") << QStringList { QStringLiteral("--frobnicate"), QStringLiteral("1") }
                                        << QStringLiteral("fitplanner --screenshot: unknown option --frobnicate");
        QTest::addRow("bad units") << QStringList { QStringLiteral("--units"), QStringLiteral("MB") }
                                   << QStringLiteral("--units 'MB' must be one of: GiB, GB");
        QTest::addRow("bad GPU count") << QStringList { QStringLiteral("--gpus"), QStringLiteral("0") }
                                       << QStringLiteral("--gpus '0' must be a whole number from 1 to 64");
        QTest::addRow("unknown GPU") << QStringList { QStringLiteral("--gpu"), QStringLiteral("voodoo5") }
                                     << QStringLiteral("--gpu: unknown GPU 'voodoo5'");
    }

    void badArgumentsFail()
    {
        QFETCH(QStringList, args);
        QFETCH(QString, message);
        QTemporaryDir dir;
        const QString file = dir.filePath(QStringLiteral("bad.png"));
        QString err;
        const int rc = run(QStringList { QStringLiteral("--screenshot"), file } + args, &err);
        QVERIFY(rc != 0);
        QVERIFY2(err.contains(message), qPrintable(err));
        QVERIFY(!QFile::exists(file));
    }

    // The screenshot options are declared like the commands': `fitplanner help --screenshot` and
    // `--screenshot FILE --help` print their generated help, defaults included, and write nothing.
    void help()
    {
        QTemporaryDir dir;
        const QString file = dir.filePath(QStringLiteral("never.png"));
        QByteArray first;
        // "--screenshot --help" prints the help too: "--help" is not taken for the file's name.
        for (const QStringList& args : { QStringList { QStringLiteral("help"), QStringLiteral("--screenshot") },
                 QStringList { QStringLiteral("--screenshot"), file, QStringLiteral("--help") },
                 QStringList { QStringLiteral("--screenshot"), QStringLiteral("--help") },
                 QStringList { QStringLiteral("--screenshot"), QStringLiteral("-h") } }) {
            QProcess p;
            p.setWorkingDirectory(dir.path());
            p.start(QStringLiteral(FITPLANNER_BINARY), args);
            QVERIFY(p.waitForFinished(120000));
            QCOMPARE(p.exitCode(), 0);
            const QByteArray out = p.readAllStandardOutput();
            QVERIFY2(out.startsWith("Usage: fitplanner --screenshot FILE [options]"), out.constData());
            for (const char* row : { "--size WxH", "default: 1600x1000", "--tab TAB", "default: quantization",
                     "--model ID", "default: deepseek-r1", "--lang LANG", "--units UNITS", "--gpus N" })
                QVERIFY2(out.simplified().contains(row), row); // the help wraps its lines
            if (first.isEmpty())
                first = out;
            QCOMPARE(out, first);
        }
        QVERIFY(!QFile::exists(file));
        QCOMPARE(QDir(dir.path()).entryList(QDir::Files | QDir::Hidden), QStringList());
    }

    // Under a scale factor the picture has twice the pixels of the window's logical size, which is what --size
    // gives.
    void scaledWindow()
    {
        QTemporaryDir dir;
        const QString file = dir.filePath(QStringLiteral("scaled.png"));
        QProcess p;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("QT_SCALE_FACTOR"), QStringLiteral("2"));
        p.setProcessEnvironment(env);
        p.start(QStringLiteral(FITPLANNER_BINARY),
            { QStringLiteral("--screenshot"), file, QStringLiteral("--size"), QStringLiteral("1000x640") });
        QVERIFY(p.waitForFinished(120000));
        QVERIFY2(p.exitCode() == 0, p.readAllStandardError().constData());
        QCOMPARE(QImage(file).size(), QSize(2000, 1280));
    }
};

QTEST_GUILESS_MAIN(TestScreenshot)
#include "tst_screenshot.moc"
