// SPDX-FileCopyrightText: 2026 The FitPlanner authors
// SPDX-License-Identifier: MIT

// Peak memory of accepted inputs at the limits of each reader: a file near the byte or count limit of
// config.json, the shard index, a GGUF header and a safetensors header, each shaped to cost the reader the most
// memory it accepts, is read by a fresh `fitplanner` process; its peak resident memory (wait4's ru_maxrss) must
// stay within 4 x the bytes read plus a fixed 64 MB. Skipped under AddressSanitizer, whose shadow memory and
// quarantine are not the program's.
//
// Linux carries the high-water mark of the memory a process had before exec() into its ru_maxrss. A child made
// with posix_spawn (vfork: the parent's memory) would report the test's own peak; a forked child reports the
// larger of its own peak and the test's resident set at the fork, so the test gives its buffers back first and
// each input is written in a scope of its own.

#include "modelfilewriter.h"

#include <fcntl.h>
#include <malloc.h>
#include <sys/resource.h>
#include <sys/wait.h>
#include <unistd.h>

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QObject>
#include <QTemporaryDir>
#include <QTest>

#if defined(__SANITIZE_ADDRESS__)
#define FITPLANNER_ASAN 1
#elif defined(__has_feature)
#if __has_feature(address_sanitizer)
#define FITPLANNER_ASAN 1
#endif
#endif

using TestFiles::GgufWriter;
using TestFiles::writeFile;

namespace {

constexpr qint64 kMiB = qint64(1) << 20;
constexpr qint64 kFixedAllowance = qint64(64) * 1000 * 1000; // 64 MB
constexpr qint64 kCaseMillis = 600000; // "finishes": a loaded Debug build takes minutes for the largest case

struct Measured
{
    int exitCode = -1;
    qint64 peakBytes = 0; // the child's peak resident set
    qint64 millis = 0;
    QByteArray err;
};

// Runs the built fitplanner with `args` in a fresh process, stdout discarded, and returns its peak resident memory.
Measured runMeasured(const QStringList& args, const QString& errFile)
{
    QList<QByteArray> owned { QByteArrayLiteral(FITPLANNER_BINARY) };
    for (const QString& a : args)
        owned << QFile::encodeName(a);
    std::vector<char*> argv;
    for (QByteArray& a : owned)
        argv.push_back(a.data());
    argv.push_back(nullptr);
    const QByteArray errPath = QFile::encodeName(errFile);
    malloc_trim(0); // what the test freed leaves its resident set before the fork
    QElapsedTimer clock;
    clock.start();
    Measured m;
    const pid_t pid = fork();
    if (pid == 0) {
        // The child: only async-signal-safe calls until exec.
        const int out = open("/dev/null", O_WRONLY);
        const int err = open(errPath.constData(), O_WRONLY | O_CREAT | O_TRUNC, 0600);
        if (out < 0 || err < 0 || dup2(out, 1) < 0 || dup2(err, 2) < 0)
            _exit(127);
        execv(argv.front(), argv.data());
        _exit(127);
    }
    if (pid < 0)
        return m;
    int status = 0;
    rusage usage = {};
    if (wait4(pid, &status, 0, &usage) != pid)
        return m;
    m.millis = clock.elapsed();
    m.exitCode = WIFEXITED(status) ? WEXITSTATUS(status) : 128 + WTERMSIG(status);
    m.peakBytes = qint64(usage.ru_maxrss) * 1024; // KiB on Linux
    QFile err(errFile);
    if (err.open(QIODevice::ReadOnly))
        m.err = err.readAll();
    return m;
}

// A safetensors file of `count` one-byte tensors named by `name(i)`: the header text and the whole file's size.
template <typename Name> QByteArray safetensorsHeader(qint64 first, qint64 count, Name name)
{
    QByteArray json = "{";
    for (qint64 i = 0; i < count; ++i) {
        json += '"' + name(first + i) + "\":{\"dtype\":\"U8\",\"shape\":[1],\"data_offsets\":[" + QByteArray::number(i)
            + ',' + QByteArray::number(i + 1) + "]},";
    }
    json.back() = '}';
    return json;
}

// Writes the 8-byte length, the header and `dataBytes` of sparse data; returns the bytes a reader reads (length
// and header), or -1.
qint64 writeSafetensors(const QString& path, const QByteArray& header, qint64 dataBytes)
{
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly) || f.write(GgufWriter::le<quint64>(quint64(header.size()))) != 8
        || f.write(header) != header.size() || !f.resize(8 + header.size() + dataBytes))
        return -1;
    return 8 + header.size();
}

QByteArray layerTensorName(qint64 i)
{
    return "model.layers." + QByteArray::number(i / 4096) + ".mlp.experts." + QByteArray::number(i % 4096)
        + ".down_proj.weight";
}

const QByteArray kLlamaConfig
    = "{\"architectures\":[\"LlamaForCausalLM\"],\"model_type\":\"llama\",\"hidden_size\":4096,"
      "\"intermediate_size\":11008,\"num_attention_heads\":32,\"num_key_value_heads\":8,"
      "\"num_hidden_layers\":32,\"vocab_size\":32000,\"max_position_embeddings\":4096,"
      "\"rms_norm_eps\":1e-05,\"torch_dtype\":\"bfloat16\",";

} // namespace

class TestPeakMemory : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void configJsonLongString();
    void configJsonNumbers();
    void shardIndexAtItsLimit();
    void ggufHeaderAtItsByteLimit();
    void ggufHeaderAtItsCountLimits();
    void safetensorsHeaderAtItsLimit();

private:
    // Runs `args` and checks the exit code and the peak against 4 x `inputBytes` + 64 MB.
    void expectWithinBudget(const QStringList& args, qint64 inputBytes);

    std::unique_ptr<QTemporaryDir> m_dir;
};

void TestPeakMemory::initTestCase()
{
#ifdef FITPLANNER_ASAN
    QSKIP("AddressSanitizer's shadow memory and quarantine inflate the resident set");
#endif
    for (const char* name : { "LANGUAGE", "LC_ALL", "LC_MESSAGES" })
        qunsetenv(name);
    qputenv("LANG", "C");
}

void TestPeakMemory::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
}

void TestPeakMemory::expectWithinBudget(const QStringList& args, qint64 inputBytes)
{
    const Measured m = runMeasured(args, m_dir->filePath(QStringLiteral("stderr.txt")));
    const qint64 limit = 4 * inputBytes + kFixedAllowance;
    qInfo("%s: input %lld bytes, peak %lld bytes (limit %lld), %lld ms", qPrintable(args.first()),
        static_cast<long long>(inputBytes), static_cast<long long>(m.peakBytes), static_cast<long long>(limit),
        static_cast<long long>(m.millis));
    QVERIFY2(m.exitCode == 0, m.err.constData());
    QVERIFY(m.peakBytes > 0);
    QVERIFY2(m.peakBytes <= limit,
        qPrintable(
            QStringLiteral("peak %1 bytes over %2 for %3 bytes read").arg(m.peakBytes).arg(limit).arg(inputBytes)));
    QVERIFY2(m.millis < kCaseMillis, qPrintable(QStringLiteral("took %1 ms").arg(m.millis)));
}

void TestPeakMemory::configJsonLongString()
{
    // The config.json limit (16 MiB) filled by one string: the text, the lexer's copy and the parsed value.
    const QString path = m_dir->filePath(QStringLiteral("config.json"));
    {
        QByteArray json = kLlamaConfig + "\"notes\":\"";
        json += QByteArray(16 * kMiB - json.size() - 2, 'x');
        json += "\"}";
        QCOMPARE(json.size(), 16 * kMiB);
        QVERIFY(writeFile(path, json));
    }
    expectWithinBudget(
        { QStringLiteral("estimate"), QStringLiteral("--config"), path, QStringLiteral("--json") }, 16 * kMiB);
}

void TestPeakMemory::configJsonNumbers()
{
    // The most numbers the budget lets through: it allows 3 x the size + 16 MiB at 48 bytes a value (an array's
    // old and new buffers while it grows), so numbers of 8 digits (9 bytes with the comma) pass up to about
    // 16 MiB / (48 - 27) of them: about 800,000, a file of 7 MB. Just under that count the file is accepted;
    // twice as many are refused.
    const auto numbers = [](qint64 count) {
        QByteArray json = kLlamaConfig + "\"padding\":[";
        json.reserve(json.size() + 9 * count + 4);
        for (qint64 i = 1; i < count; ++i)
            json += "12345678,";
        json += "1]}";
        return json;
    };
    const qint64 most = 16 * kMiB / (48 - 27);
    const QString path = m_dir->filePath(QStringLiteral("config.json"));
    qint64 acceptedSize = 0;
    {
        const QByteArray accepted = numbers(most * 97 / 100);
        acceptedSize = accepted.size();
        QVERIFY(writeFile(path, accepted));
    }
    expectWithinBudget(
        { QStringLiteral("estimate"), QStringLiteral("--config"), path, QStringLiteral("--json") }, acceptedSize);

    qint64 refusedSize = 0;
    {
        const QByteArray refused = numbers(2 * most);
        refusedSize = refused.size();
        QVERIFY(writeFile(path, refused));
    }
    const Measured m = runMeasured({ QStringLiteral("estimate"), QStringLiteral("--config"), path },
        m_dir->filePath(QStringLiteral("stderr.txt")));
    QVERIFY(m.exitCode != 0);
    QVERIFY2(m.err.contains("holds more values than a file of its size plausibly needs"), m.err.constData());
    QVERIFY(m.peakBytes <= 4 * refusedSize + kFixedAllowance);
}

void TestPeakMemory::shardIndexAtItsLimit()
{
    // A valid index just under its 32 MiB limit (about 335,000 tensors over four shards, indented as the Hugging
    // Face writer does), the four shards holding exactly those tensors, and a config.json.
    constexpr int kShards = 4;
    const auto shardName = [](int s) {
        return QStringLiteral("model-%1-of-%2.safetensors")
            .arg(s + 1, 5, 10, QLatin1Char('0'))
            .arg(kShards, 5, 10, QLatin1Char('0'));
    };
    // Every shard name has the same length, so the lines can be counted before they are written.
    qint64 tensors = 0;
    for (qint64 size = 100; size < 32 * kMiB - 200; ++tensors)
        size += 12 + layerTensorName(tensors).size() + shardName(0).size();
    // Tensors go to the shards in order, a quarter each.
    const qint64 perShard = (tensors + kShards - 1) / kShards;
    qint64 input = 0;
    {
        QByteArray text = "{\n  \"metadata\": {\n    \"total_size\": " + QByteArray::number(tensors)
            + "\n  },\n  \"weight_map\": {\n";
        text.reserve(32 * kMiB);
        for (qint64 i = 0; i < tensors; ++i) {
            text += "    \"" + layerTensorName(i) + "\": \"" + shardName(int(i / perShard)).toLatin1() + '"'
                + (i + 1 < tensors ? ",\n" : "\n");
        }
        text += "  }\n}\n";
        QVERIFY2(text.size() <= 32 * kMiB && text.size() > 31 * kMiB, qPrintable(QString::number(text.size())));
        QVERIFY(writeFile(m_dir->filePath(QStringLiteral("model.safetensors.index.json")), text));
        input = text.size();
    }
    for (int s = 0; s < kShards; ++s) {
        const qint64 first = s * perShard;
        const qint64 count = std::min(perShard, tensors - first);
        const qint64 read
            = writeSafetensors(m_dir->filePath(shardName(s)), safetensorsHeader(first, count, layerTensorName), count);
        QVERIFY(read > 0);
        input += read;
    }
    QVERIFY(writeFile(m_dir->filePath(QStringLiteral("config.json")), kLlamaConfig + "\"tie_word_embeddings\":false}"));
    input += QFileInfo(m_dir->filePath(QStringLiteral("config.json"))).size();
    expectWithinBudget({ QStringLiteral("inspect"), m_dir->path() }, input);
}

void TestPeakMemory::ggufHeaderAtItsByteLimit()
{
    // The amplification file, just under the 512 MiB header limit: 8,000 arrays of 65,536 bytes (written
    // sparse). Arrays past the metadata budget keep only their length.
    constexpr int kArrays = 8000;
    constexpr qint64 kItems = 65536;
    const QString path = m_dir->filePath(QStringLiteral("arrays.gguf"));
    QFile f(path);
    QVERIFY(f.open(QIODevice::WriteOnly));
    QByteArray head = "GGUF" + GgufWriter::le<quint32>(3) + GgufWriter::le<quint64>(0)
        + GgufWriter::le<quint64>(kArrays + 1) + GgufWriter::str(QStringLiteral("general.architecture"))
        + GgufWriter::le<quint32>(8) + GgufWriter::str(QStringLiteral("llama"));
    QVERIFY(f.write(head) == head.size());
    for (int i = 0; i < kArrays; ++i) {
        const QByteArray entry = GgufWriter::str(QStringLiteral("a.%1").arg(i)) + GgufWriter::le<quint32>(9)
            + GgufWriter::le<quint32>(0) + GgufWriter::le<quint64>(quint64(kItems));
        QVERIFY(f.write(entry) == entry.size());
        QVERIFY(f.seek(f.pos() + kItems)); // the items: a hole of zeros
    }
    const qint64 size = f.pos();
    QVERIFY(f.resize(size));
    f.close();
    QVERIFY2(size <= 512 * kMiB && size > 500 * kMiB, qPrintable(QString::number(size)));
    expectWithinBudget({ QStringLiteral("inspect"), path }, size);
}

void TestPeakMemory::ggufHeaderAtItsCountLimits()
{
    // The densest header the counts allow: 65,536 tensors (the tensor limit) and 2 x 1,048,576 array values (a
    // vocabulary of that many token strings and their scores), with the tensors spread over 4,096 layers. Arrays
    // keep their first items only; each tensor kept costs a few hundred bytes.
    constexpr qint64 kTensors = qint64(1) << 16;
    constexpr qint64 kValues = qint64(1) << 20;
    const QString path = m_dir->filePath(QStringLiteral("dense.gguf"));
    qint64 headerBytes = 0;
    {
        QByteArray head = "GGUF" + GgufWriter::le<quint32>(3) + GgufWriter::le<quint64>(quint64(kTensors))
            + GgufWriter::le<quint64>(3) + GgufWriter::str(QStringLiteral("general.architecture"))
            + GgufWriter::le<quint32>(8) + GgufWriter::str(QStringLiteral("llama"));
        head += GgufWriter::str(QStringLiteral("tokenizer.ggml.tokens")) + GgufWriter::le<quint32>(9)
            + GgufWriter::le<quint32>(8) + GgufWriter::le<quint64>(quint64(kValues));
        head.reserve(24 * kMiB);
        for (qint64 i = 0; i < kValues; ++i)
            head += GgufWriter::str(QStringLiteral("t%1").arg(i, 7, 10, QLatin1Char('0')));
        head += GgufWriter::str(QStringLiteral("tokenizer.ggml.scores")) + GgufWriter::le<quint32>(9)
            + GgufWriter::le<quint32>(6) + GgufWriter::le<quint64>(quint64(kValues));
        head += QByteArray(4 * kValues, '\0');
        for (qint64 i = 0; i < kTensors; ++i) {
            head += GgufWriter::str(QStringLiteral("blk.%1.w%2.weight").arg(i % 4096).arg(i / 4096))
                + GgufWriter::le<quint32>(1) + GgufWriter::le<quint64>(4) + GgufWriter::le<quint32>(0)
                + GgufWriter::le<quint64>(quint64(32 * i));
        }
        head += QByteArray((32 - head.size() % 32) % 32, '\0');
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        QVERIFY(f.write(head) == head.size());
        QVERIFY(f.resize(head.size() + 32 * kTensors)); // the tensor data: a hole of zeros
        headerBytes = head.size();
    }
    expectWithinBudget({ QStringLiteral("inspect"), path }, headerBytes);
}

void TestPeakMemory::safetensorsHeaderAtItsLimit()
{
    // A header just under its 100 MiB limit with 1,048,575 tensors (the count limit is 1,048,576 entries),
    // names padded to fill it.
    constexpr qint64 kTensors = (qint64(1) << 20) - 1;
    const QByteArray pad(30, 'p');
    const auto name = [&](qint64 i) { return "t." + pad + '.' + QByteArray::number(i); };
    const QString path = m_dir->filePath(QStringLiteral("model.safetensors"));
    qint64 read = 0;
    {
        const QByteArray header = safetensorsHeader(0, kTensors, name);
        QVERIFY2(header.size() <= 100 * kMiB && header.size() > 95 * kMiB, qPrintable(QString::number(header.size())));
        read = writeSafetensors(path, header, kTensors);
    }
    QVERIFY(read > 0);
    expectWithinBudget({ QStringLiteral("inspect"), path }, read);
}

QTEST_GUILESS_MAIN(TestPeakMemory)
#include "tst_peakmemory.moc"
