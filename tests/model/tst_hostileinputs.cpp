// SPDX-FileCopyrightText: 2026 The FitPlanner authors
// SPDX-License-Identifier: MIT

// Hostile and odd inputs, each generated here (sparse files, FIFOs and sockets made at test time, symbolic
// links to devices and in loops, scaled-down amplification files): each must give one message naming the file
// and the reason, finish quickly and stay within a memory limit (RLIMIT_AS, except under AddressSanitizer,
// which reserves terabytes of address space).

#include "displaytext.h"
#include "ggufreader.h"
#include "guardedfile.h"
#include "hfconfig.h"
#include "modelfile.h"
#include "modelfilewriter.h"
#include "safetensorsreader.h"
#include "tensorlayout.h"
#include "testcatalogs.h"
#include "units.h"

#include <atomic>
#include <memory>

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QObject>
#include <QTemporaryDir>
#include <QTest>

#ifdef Q_OS_UNIX
#include <fcntl.h>
#include <sys/resource.h>
#include <sys/socket.h>
#include <sys/stat.h>
#include <sys/un.h>
#include <unistd.h>
#endif

#if defined(__SANITIZE_ADDRESS__)
#define FITPLANNER_ASAN 1
#elif defined(__has_feature)
#if __has_feature(address_sanitizer)
#define FITPLANNER_ASAN 1
#endif
#endif

using namespace Planner;
using TestFiles::GgufWriter;
using TestFiles::writeFile;

namespace {

constexpr qint64 kCaseMillis = 60000; // "finishes, does not hang": generous on a loaded machine

// The address space the process has now, from /proc/self/statm (pages); 0 where unknown. Unused under ASan, whose
// shadow memory leaves no room for an address-space cap.
[[maybe_unused]] qint64 addressSpaceNow()
{
    QFile f(QStringLiteral("/proc/self/statm"));
    if (!f.open(QIODevice::ReadOnly))
        return 0;
    const QList<QByteArray> fields = f.readAll().split(' ');
    return fields.isEmpty() ? 0 : fields.first().toLongLong() * qint64(sysconf(_SC_PAGESIZE));
}

QString nested(qint64 depth)
{
    return QString(depth, u'[');
}

} // namespace

class TestHostileInputs : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();

    void devicesAndSpecialFiles();
    void fifoModelFiles();
    void fifoConfigInFolder();
    void brokenConfigReportedOnce();
    void symlinkToDevZero();
    void symlinkLoop();
    void undecodableName();
    void readLimitCountedWhileReading();
    void manyGgufFilesInFolder();
    void ggufMetadataArrays();
    void nestedBracketsInSafetensorsHeader();
    void nestedAndWideJson();
    void acceptedConfigAtTheLimit();
    void hugeDimensionPrintedUnsigned();
    void controlCharactersEscaped();
    void cancelStopsReading();

private:
    std::unique_ptr<QTemporaryDir> m_temp; // a fresh folder per case
    QTemporaryDir& m_dir() { return *m_temp; }
    QElapsedTimer m_clock;
#ifdef Q_OS_UNIX
    rlimit m_saved = {};
#endif
};

void TestHostileInputs::init()
{
    m_temp = std::make_unique<QTemporaryDir>();
    QVERIFY(m_temp->isValid());
#if defined(Q_OS_UNIX) && !defined(FITPLANNER_ASAN)
    // Whatever a case allocates beyond 512 MiB over what the process has now fails the allocation (and the test).
    QCOMPARE(getrlimit(RLIMIT_AS, &m_saved), 0);
    if (const qint64 now = addressSpaceNow(); now > 0) {
        rlimit capped = m_saved;
        capped.rlim_cur = rlim_t(now + 512 * MiB);
        if (m_saved.rlim_max == RLIM_INFINITY || capped.rlim_cur < m_saved.rlim_max)
            QCOMPARE(setrlimit(RLIMIT_AS, &capped), 0);
    }
#endif
    m_clock.start();
}

void TestHostileInputs::cleanup()
{
    const qint64 elapsed = m_clock.elapsed();
#if defined(Q_OS_UNIX) && !defined(FITPLANNER_ASAN)
    setrlimit(RLIMIT_AS, &m_saved);
#endif
    QVERIFY2(elapsed < kCaseMillis, qPrintable(QStringLiteral("took %1 ms").arg(elapsed)));
}

void TestHostileInputs::devicesAndSpecialFiles()
{
    QString error;
    QVERIFY(!readGuardedFile(QStringLiteral("/dev/zero"), GuardedKind::ConfigJson, &error));
    QCOMPARE(error, QStringLiteral("/dev/zero: is a character device, not a regular file"));
    QVERIFY(!readGuardedFile(m_dir().path(), GuardedKind::ConfigJson, &error));
    QCOMPARE(error, m_dir().path() + QStringLiteral(": is a folder, not a file"));
    QVERIFY(!readGuardedFile(m_dir().filePath(QStringLiteral("none.json")), GuardedKind::ConfigJson, &error));
    QCOMPARE(error, m_dir().filePath(QStringLiteral("none.json")) + QStringLiteral(": no such file or folder"));

    // A Unix socket.
    const QString socketPath = m_dir().filePath(QStringLiteral("s.gguf"));
    const int fd = ::socket(AF_UNIX, SOCK_STREAM, 0);
    QVERIFY(fd >= 0);
    sockaddr_un addr = {};
    addr.sun_family = AF_UNIX;
    const QByteArray encoded = QFile::encodeName(socketPath);
    QVERIFY(size_t(encoded.size()) < sizeof(addr.sun_path));
    std::memcpy(addr.sun_path, encoded.constData(), size_t(encoded.size()));
    QCOMPARE(::bind(fd, reinterpret_cast<sockaddr*>(&addr), sizeof(addr)), 0);
    const auto m = openModelFile(socketPath, TestCatalogs::quants(), &error);
    ::close(fd);
    QVERIFY(!m);
    QCOMPARE(error, socketPath + QStringLiteral(": is a socket, not a regular file"));

    // Files whose size says 0 are read to their real end.
    const auto status = readGuardedFile(QStringLiteral("/proc/self/status"), GuardedKind::ConfigJson, &error);
    QVERIFY2(status, qPrintable(error));
    QVERIFY(status->contains("VmPeak"));
}

void TestHostileInputs::fifoModelFiles()
{
    for (const char* name : { "x.gguf", "x.safetensors", "noext" }) {
        const QString path = m_dir().filePath(QString::fromLatin1(name));
        QCOMPARE(::mkfifo(QFile::encodeName(path).constData(), 0600), 0);
        QString error;
        QVERIFY(!openModelFile(path, TestCatalogs::quants(), &error));
        QCOMPARE(error, path + QStringLiteral(": is a FIFO (named pipe), not a regular file"));
    }
    // One part of a split set.
    const ModelSpec spec = TestCatalogs::model(QStringLiteral("qwen3-0.6b"));
    const QString first = m_dir().filePath(QStringLiteral("m-00001-of-00002.gguf"));
    QVERIFY(TestFiles::ggufForSpec(spec, QStringLiteral("qwen3"), {}, 7).write(first));
    const QString second = m_dir().filePath(QStringLiteral("m-00002-of-00002.gguf"));
    QCOMPARE(::mkfifo(QFile::encodeName(second).constData(), 0600), 0);
    QString error;
    QVERIFY(!openModelFile(first, TestCatalogs::quants(), &error));
    QCOMPARE(error, second + QStringLiteral(": is a FIFO (named pipe), not a regular file"));
}

void TestHostileInputs::fifoConfigInFolder()
{
    TestFiles::SafetensorsWriter w;
    w.addTensor(QStringLiteral("model.embed_tokens.weight"), QStringLiteral("BF16"), { 16, 8 });
    QVERIFY(w.write(m_dir().filePath(QStringLiteral("model.safetensors"))));
    const QString config = m_dir().filePath(QStringLiteral("config.json"));
    QCOMPARE(::mkfifo(QFile::encodeName(config).constData(), 0600), 0);
    QString error;
    const auto m = openModelFile(m_dir().path(), TestCatalogs::quants(), &error);
    QVERIFY2(m, qPrintable(error));
    QVERIFY(!m->spec);
    QVERIFY2(m->warnings.contains(config + QStringLiteral(": is a FIFO (named pipe), not a regular file")),
        qPrintable(m->warnings.join(u'\n')));
}

void TestHostileInputs::brokenConfigReportedOnce()
{
    TestFiles::SafetensorsWriter w;
    w.addTensor(QStringLiteral("model.embed_tokens.weight"), QStringLiteral("BF16"), { 16, 8 });
    QVERIFY(w.write(m_dir().filePath(QStringLiteral("model.safetensors"))));
    const QString config = m_dir().filePath(QStringLiteral("config.json"));
    QVERIFY(writeFile(config, "{\"model_type\":"));
    QString error;
    const auto m = openModelFile(m_dir().path(), TestCatalogs::quants(), &error);
    QVERIFY2(m, qPrintable(error));
    QCOMPARE(m->warnings.count(config + QStringLiteral(": is not valid JSON (truncated or malformed)")), 1);
}

void TestHostileInputs::symlinkToDevZero()
{
    TestFiles::SafetensorsWriter w;
    w.addTensor(QStringLiteral("model.embed_tokens.weight"), QStringLiteral("BF16"), { 16, 8 });
    QVERIFY(w.write(m_dir().filePath(QStringLiteral("model.safetensors"))));
    const QString config = m_dir().filePath(QStringLiteral("config.json"));
    QVERIFY(QFile::link(QStringLiteral("/dev/zero"), config));
    QString error;
    const auto m = openModelFile(m_dir().path(), TestCatalogs::quants(), &error);
    QVERIFY2(m, qPrintable(error));
    QVERIFY2(m->warnings.contains(config + QStringLiteral(": is a character device, not a regular file")),
        qPrintable(m->warnings.join(u'\n')));
    // A model file that is a link to a device.
    const QString gguf = m_dir().filePath(QStringLiteral("zero.gguf"));
    QVERIFY(QFile::link(QStringLiteral("/dev/zero"), gguf));
    QVERIFY(!openModelFile(gguf, TestCatalogs::quants(), &error));
    QCOMPARE(error, gguf + QStringLiteral(": is a character device, not a regular file"));
}

void TestHostileInputs::symlinkLoop()
{
    const QString a = m_dir().filePath(QStringLiteral("a.gguf"));
    const QString b = m_dir().filePath(QStringLiteral("b.gguf"));
    QVERIFY(QFile::link(b, a));
    QVERIFY(QFile::link(a, b));
    QString error;
    QVERIFY(!openModelFile(a, TestCatalogs::quants(), &error));
    QCOMPARE(error, a + QStringLiteral(": a loop of symbolic links (too many levels of links)"));
    // As a folder's config.json.
    const QString dir = m_dir().filePath(QStringLiteral("folder"));
    QVERIFY(QDir().mkpath(dir));
    TestFiles::SafetensorsWriter w;
    w.addTensor(QStringLiteral("lm_head.weight"), QStringLiteral("F16"), { 4, 4 });
    QVERIFY(w.write(dir + QStringLiteral("/model.safetensors")));
    QVERIFY(QFile::link(dir + QStringLiteral("/config.json"), dir + QStringLiteral("/config.json")));
    const auto m = openModelFile(dir, TestCatalogs::quants(), &error);
    QVERIFY2(m, qPrintable(error));
    QVERIFY2(
        m->warnings.contains(dir + QStringLiteral("/config.json: a loop of symbolic links (too many levels of links)")),
        qPrintable(m->warnings.join(u'\n')));
}

void TestHostileInputs::undecodableName()
{
    // A file whose name is not UTF-8, made with the raw bytes; a command line argument naming it arrives with
    // replacement characters, and names no file.
    const QByteArray raw = QFile::encodeName(m_dir().path()) + "/bad\xff\xfe.gguf";
    const int fd = ::open(raw.constData(), O_CREAT | O_WRONLY, 0600);
    QVERIFY(fd >= 0);
    QCOMPARE(::write(fd, "GGUF", 4), 4);
    ::close(fd);
    const QString path = QFile::decodeName(raw);
    QString error;
    const auto m = openModelFile(path, TestCatalogs::quants(), &error);
    ::unlink(raw.constData()); // QTemporaryDir cannot name it either
    QVERIFY(!m);
    QCOMPARE(error,
        path + QStringLiteral(": the file name is not valid in the file system's encoding (it cannot be decoded)"));
}

void TestHostileInputs::readLimitCountedWhileReading()
{
    // A sparse config.json one byte over its limit: refused after reading the limit, not before.
    const QString path = m_dir().filePath(QStringLiteral("config.json"));
    QFile f(path);
    QVERIFY(f.open(QIODevice::WriteOnly));
    QVERIFY(f.resize(guardedByteLimit(GuardedKind::ConfigJson) + 1));
    f.close();
    QString error;
    QVERIFY(!readGuardedFile(path, GuardedKind::ConfigJson, &error));
    QCOMPARE(error, path + QStringLiteral(": larger than the limit of 16777216 bytes for this kind of file"));
    QVERIFY(f.resize(guardedByteLimit(GuardedKind::ConfigJson)));
    const auto bytes = readGuardedFile(path, GuardedKind::ConfigJson, &error);
    QVERIFY2(bytes, qPrintable(error));
    QCOMPARE(bytes->size(), guardedByteLimit(GuardedKind::ConfigJson));
}

void TestHostileInputs::manyGgufFilesInFolder()
{
    for (int i = 0; i < 3000; ++i)
        QVERIFY(writeFile(m_dir().filePath(QStringLiteral("model-%1.gguf").arg(i, 4, 10, QLatin1Char('0'))), "GGUF"));
    QString error;
    QVERIFY(!openModelFile(m_dir().path(), TestCatalogs::quants(), &error));
    QVERIFY2(error.startsWith(m_dir().path() + QStringLiteral(" holds several GGUF models (model-0000.gguf, ")),
        qPrintable(error));
    QVERIFY2(error.endsWith(QStringLiteral("model-0009.gguf and 2990 more); open one of them")), qPrintable(error));
    QVERIFY2(error.size() < 400, qPrintable(QString::number(error.size())));
}

void TestHostileInputs::ggufMetadataArrays()
{
    // Scaled to the limits: 400 arrays of 65,536 bytes each (26 MB of header) would keep 840 MB as QVariants;
    // with a budget of 4 MiB the later arrays keep only their length.
    GgufWriter w;
    w.addString(QStringLiteral("general.architecture"), QStringLiteral("llama"));
    const QByteArray body = GgufWriter::le<quint32>(0) + GgufWriter::le<quint64>(65536) + QByteArray(65536, '\x01');
    for (int i = 0; i < 400; ++i)
        w.addRaw(QStringLiteral("a%1").arg(i), 9, body);
    const QString path = m_dir().filePath(QStringLiteral("arrays.gguf"));
    QVERIFY(w.write(path));
    GgufLimits limits;
    limits.maxKeptBytes = 4 * MiB;
    QString error;
    const auto f = readGgufFile(path, TestCatalogs::quants(), &error, limits);
    QVERIFY2(f, qPrintable(error));
    qint64 keptItems = 0;
    int kept = 0;
    for (int i = 0; i < 400; ++i) {
        const GgufValue* v = f->value(QStringLiteral("a%1").arg(i));
        QVERIFY(v);
        QCOMPARE(v->arrayLength, 65536);
        keptItems += v->items.size();
        kept += v->itemsKept ? 1 : 0;
    }
    QCOMPARE(kept, 1); // the first array fits (2 MiB of items), the second would pass 4 MiB with the keys
    QVERIFY(keptItems * 32 <= limits.maxKeptBytes);
    // With the default limits every array is read and the file opens.
    const auto whole = readGgufFile(path, TestCatalogs::quants(), &error);
    QVERIFY2(whole, qPrintable(error));
}

void TestHostileInputs::nestedBracketsInSafetensorsHeader()
{
    // 50 million '[' in the issue; 8 million here, which took seconds and gigabytes before.
    const QByteArray json = "{\"t\":" + QByteArray(8 * 1000 * 1000, '[');
    const QString path = m_dir().filePath(QStringLiteral("deep.safetensors"));
    QVERIFY(writeFile(path, GgufWriter::le<quint64>(quint64(json.size())) + json));
    QString error;
    QVERIFY(!readSafetensorsFile(path, &error));
    QCOMPARE(error, path + QStringLiteral(": the header nests arrays and objects deeper than 8 levels"));
}

void TestHostileInputs::nestedAndWideJson()
{
    QList<ParseError> problems;
    QVERIFY(!parseHfConfig(nested(4 * 1000 * 1000).toUtf8(), QStringLiteral("config.json"), &problems));
    QCOMPARE(problems.size(), 1);
    QCOMPARE(problems.first().message(), QStringLiteral("config.json: nests arrays and objects deeper than 64 levels"));

    // [[],[],...] over the whole config.json limit: refused within its budget of 3 x size + 16 MiB.
    QByteArray wide = "[";
    wide.reserve(16 * MiB);
    while (wide.size() < 16 * MiB - 4)
        wide += "[],";
    wide += "[]]";
    problems.clear();
    QVERIFY(!parseHfConfig(wide, QStringLiteral("config.json"), &problems));
    QCOMPARE(problems.size(), 1);
    QVERIFY2(problems.first().message().startsWith(
                 QStringLiteral("config.json: holds more values than a file of its size plausibly needs")),
        qPrintable(problems.first().message()));

    // The same as a shard index next to a weight file.
    QVERIFY(writeFile(m_dir().filePath(QStringLiteral("model.safetensors.index.json")),
        "{\"weight_map\":{\"a\":\"model.safetensors\"},\"x\":" + wide + "}"));
    QString error;
    QVERIFY(!openModelFile(m_dir().path(), TestCatalogs::quants(), &error));
    QVERIFY2(error.startsWith(m_dir().filePath(QStringLiteral("model.safetensors.index.json"))
                 + QStringLiteral(": holds more values than a file of its size plausibly needs")),
        qPrintable(error));
}

void TestHostileInputs::acceptedConfigAtTheLimit()
{
    // A valid config.json just under its limit (most of it one long string) is read and parsed within the
    // memory limit of this test.
    QByteArray json = R"({"model_type":"llama","hidden_size":4096,"intermediate_size":11008,"num_attention_heads":32,)"
                      R"("num_hidden_layers":32,"vocab_size":32000,"max_position_embeddings":4096,"notes":")";
    json += QByteArray(guardedByteLimit(GuardedKind::ConfigJson) - json.size() - 2, 'x');
    json += "\"}";
    QCOMPARE(json.size(), guardedByteLimit(GuardedKind::ConfigJson));
    const QString path = m_dir().filePath(QStringLiteral("config.json"));
    QVERIFY(writeFile(path, json));
    QString error;
    const auto bytes = readGuardedFile(path, GuardedKind::ConfigJson, &error);
    QVERIFY2(bytes, qPrintable(error));
    QList<ParseError> problems;
    const auto spec = parseHfConfig(*bytes, path, &problems);
    QVERIFY2(spec, qPrintable(messages(problems).join(u'\n')));
    QCOMPARE(spec->hiddenSize, 4096);
}

void TestHostileInputs::hugeDimensionPrintedUnsigned()
{
    GgufWriter w;
    w.addString(QStringLiteral("general.architecture"), QStringLiteral("llama"));
    w.addTensorRaw(QStringLiteral("t"), { qint64(1) << 62, 2 }, 0, 0, 0);
    QByteArray header = w.header();
    // ne0 = 2^62 as written; make it 2^63 (the writer's qint64 cannot hold it).
    const QByteArray from = GgufWriter::le<quint64>(quint64(1) << 62);
    const qsizetype at = header.indexOf(from);
    QVERIFY(at > 0);
    header.replace(at, 8, GgufWriter::le<quint64>(quint64(1) << 63));
    const QString path = m_dir().filePath(QStringLiteral("dim.gguf"));
    QVERIFY(writeFile(path, header));
    QString error;
    QVERIFY(!readGgufFile(path, TestCatalogs::quants(), &error));
    QCOMPARE(error,
        path + QStringLiteral(": tensor 't' has dimension 0 = 9223372036854775808 (1 to 1099511627776 allowed)"));
}

void TestHostileInputs::controlCharactersEscaped()
{
    QCOMPARE(
        escapeControl(QStringLiteral("a\x1b[2Jb\r\nc\x07\td\x7f")), QStringLiteral("a\\e[2Jb\\r\\nc\\x07\\td\\x7F"));
    QCOMPARE(escapeControl(QStringLiteral("plain \\ text")), QStringLiteral("plain \\ text"));
    QCOMPARE(escapeControl(QString(QChar(0x202e)) + u'x'), QStringLiteral("\\u{202E}x"));

    ModelSpec spec = TestCatalogs::model(QStringLiteral("qwen3-0.6b"));
    spec.name = QStringLiteral("\x1b[2J\x1b[31mevil\r\nfitplanner: forged\x07");
    const QString path = m_dir().filePath(QStringLiteral("evil.gguf"));
    QVERIFY(TestFiles::ggufForSpec(spec, QStringLiteral("qwen3"), {}, 7).write(path));
    QString error;
    const auto m = openModelFile(path, TestCatalogs::quants(), &error);
    QVERIFY2(m, qPrintable(error));
    QVERIFY(m->spec);
    QCOMPARE(m->spec->name, QStringLiteral("\\e[2J\\e[31mevil\\r\\nfitplanner: forged\\x07"));
}

void TestHostileInputs::cancelStopsReading()
{
    const ModelSpec spec = TestCatalogs::model(QStringLiteral("qwen3-0.6b"));
    const QString path = m_dir().filePath(QStringLiteral("m.gguf"));
    QVERIFY(TestFiles::ggufForSpec(spec, QStringLiteral("qwen3"), {}, 7).write(path));
    std::atomic<bool> cancel { true };
    QString error;
    QVERIFY(!openModelFile(path, TestCatalogs::quants(), &error, &cancel));
    QCOMPARE(error, path + QStringLiteral(": reading was cancelled"));
    cancel = false;
    QVERIFY2(openModelFile(path, TestCatalogs::quants(), &error, &cancel), qPrintable(error));
}

QTEST_GUILESS_MAIN(TestHostileInputs)
#include "tst_hostileinputs.moc"
