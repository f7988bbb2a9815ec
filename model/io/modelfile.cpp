// SPDX-FileCopyrightText: 2026 The FitPlanner authors
// SPDX-License-Identifier: MIT

#include "modelfile.h"

#include "boundedjson_p.h"
#include "checkedmath.h"
#include "displaytext.h"
#include "ggufreader.h"
#include "guardedfile.h"
#include "hfconfig.h"
#include "hfconfig_p.h"
#include "safetensorsreader.h"
#include "shardindex.h"

#include <algorithm>
#include <limits>

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QRegularExpression>
#include <QSet>

#include <nlohmann/json.hpp>

using nlohmann::json;

namespace Planner {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Planner::ModelFile)
};

constexpr qint64 kMaxLayerIndex = 4096;
constexpr int kMaxShards = kMaxShardFiles;
constexpr int kMaxConfigDepth = 64;
constexpr int kListedNames = 10; // file names a message lists before "and N more"

// Whether something is at `path`, a dangling or looping symbolic link included (its reader then says which).
bool present(const QString& path)
{
    const QFileInfo info(path);
    return info.exists() || info.isSymLink();
}

int layerOf(const QString& name, bool gguf, bool* outOfRange)
{
    static const QRegularExpression ggufRe(QStringLiteral("^blk\\.(\\d{1,9})\\."));
    static const QRegularExpression hfRe(QStringLiteral("(?:^|\\.)(?:layers|h|blocks|block)\\.(\\d{1,9})\\."));
    const QRegularExpressionMatch m = (gguf ? ggufRe : hfRe).match(name);
    if (!m.hasMatch())
        return -1;
    const qint64 il = m.captured(1).toLongLong();
    if (il >= kMaxLayerIndex) {
        *outOfRange = true;
        return -1;
    }
    return int(il);
}

void classifyGguf(FileTensor& t)
{
    // Gemma 4 E-series' per_layer_token_embd is an input-layer table too (read one row per token, kept in RAM).
    t.tokenEmbedding
        = t.name == QLatin1String("token_embd.weight") || t.name == QLatin1String("per_layer_token_embd.weight");
    t.output = t.name.startsWith(QLatin1String("output.")) || t.name.startsWith(QLatin1String("output_norm."));
    t.expert = t.name.contains(QLatin1String("_exps."));
}

void classifyHf(FileTensor& t)
{
    const QString& n = t.name;
    t.tokenEmbedding = n.contains(QLatin1String("embed_tokens.")) || n.contains(QLatin1String("wte."))
        || n.contains(QLatin1String("word_embeddings."));
    t.output = n.startsWith(QLatin1String("lm_head.")) || n.contains(QLatin1String(".lm_head."))
        || n == QLatin1String("model.norm.weight") || n == QLatin1String("model.norm.bias")
        || n.endsWith(QLatin1String("language_model.model.norm.weight"))
        || n.endsWith(QLatin1String("language_model.norm.weight"));
    t.expert = n.contains(QLatin1String(".experts.")) && !n.contains(QLatin1String("shared_expert"));
}

// Totals, per-layer bytes and checks common to both formats.
void finish(OpenedModel& m)
{
    bool outOfRange = false;
    qint64 maxLayer = -1;
    for (FileTensor& t : m.tensors) {
        t.layer = layerOf(t.name, m.format == ModelFileFormat::Gguf, &outOfRange);
        if (m.format == ModelFileFormat::Gguf)
            classifyGguf(t);
        else
            classifyHf(t);
        maxLayer = std::max<qint64>(maxLayer, t.layer);
        m.totalBytes = satAdd(m.totalBytes, t.bytes);
        m.parameters = satAdd(m.parameters, t.parameters);
        m.bytesByType[t.typeId] = satAdd(m.bytesByType.value(t.typeId), t.bytes);
    }
    if (outOfRange)
        m.warnings << Tr::tr("some tensor names carry layer numbers of %1 or more; they are counted outside the layers")
                          .arg(kMaxLayerIndex);
    qint64 layers = maxLayer + 1;
    if (m.spec) {
        if (maxLayer >= m.spec->numLayers + m.spec->mtpLayers) // MTP blocks follow the decoder's
            m.warnings << Tr::tr("tensors reach layer %1 but the architecture has %2 layers")
                              .arg(maxLayer)
                              .arg(m.spec->numLayers);
        layers = std::max(layers, m.spec->numLayers);
    }
    m.layerBytes.assign(size_t(std::max<qint64>(layers, 0)), 0);
    for (const FileTensor& t : m.tensors) {
        if (t.layer >= 0)
            m.layerBytes[size_t(t.layer)] = satAdd(m.layerBytes[size_t(t.layer)], t.bytes);
        else
            m.nonLayerBytes = satAdd(m.nonLayerBytes, t.bytes);
    }
}

// ---- GGUF

// "name-00002-of-00005.gguf" -> the set's prefix and count.
struct SplitName
{
    QString prefix;
    int count = 0;
};

std::optional<SplitName> splitName(const QString& fileName)
{
    static const QRegularExpression re(
        QStringLiteral("^(.*)-(\\d{5})-of-(\\d{5})\\.gguf$"), QRegularExpression::CaseInsensitiveOption);
    const QRegularExpressionMatch m = re.match(fileName);
    if (!m.hasMatch())
        return std::nullopt;
    return SplitName { m.captured(1), m.captured(3).toInt() };
}

// The files of a GGUF model: `path` alone, or every part of the split set it belongs to. nullopt (with `error`)
// when a part is missing.
std::optional<QStringList> ggufParts(const QString& path, const std::optional<SplitName>& split, QString* error)
{
    if (!split)
        return QStringList { path };
    if (split->count < 1 || split->count > kMaxShards) {
        *error = Tr::tr("%1: a split set of %2 files is not plausible").arg(path).arg(split->count);
        return std::nullopt;
    }
    const QFileInfo info(path);
    QStringList paths;
    for (int i = 1; i <= split->count; ++i) {
        const QString shard = info.dir().filePath(QStringLiteral("%1-%2-of-%3.gguf")
                                                      .arg(split->prefix)
                                                      .arg(i, 5, 10, QLatin1Char('0'))
                                                      .arg(split->count, 5, 10, QLatin1Char('0')));
        if (!present(shard)) {
            *error = Tr::tr("%1: part %2 of the %3-file split set is missing (%4)")
                         .arg(path)
                         .arg(i)
                         .arg(split->count)
                         .arg(QFileInfo(shard).fileName());
            return std::nullopt;
        }
        paths << shard;
    }
    return paths;
}

// Part `i` of a split set must say so in its split.* keys.
bool checkSplitKeys(const GgufFile& f, const QString& path, int i, const SplitName& split, QString* error)
{
    const auto no = f.intValue(QStringLiteral("split.no"));
    const auto count = f.intValue(QStringLiteral("split.count"));
    if (no && *no != i) {
        *error = Tr::tr("%1: split.no is %2 but the file name says part %3").arg(path).arg(*no).arg(i + 1);
        return false;
    }
    if (count && *count != split.count) {
        *error = Tr::tr("%1: split.count is %2 but the file name says %3 parts").arg(path).arg(*count).arg(split.count);
        return false;
    }
    return true;
}

// Reads every part and merges them into the first part's header: its metadata, all tensors (each with the index
// of its part) and all warnings. `dataBytes` receives the parts' data sections together.
std::optional<GgufFile> readGgufParts(const QStringList& paths, const std::optional<SplitName>& split,
    const QuantCatalog& catalog, qint64& dataBytes, QString* error, const std::atomic<bool>* cancel)
{
    GgufFile merged;
    QSet<QString> names;
    dataBytes = 0;
    for (int i = 0; i < paths.size(); ++i) {
        GgufLimits limits;
        limits.cancel = cancel;
        auto f = readGgufFile(paths[i], catalog, error, limits);
        if (!f)
            return std::nullopt;
        if (split && !checkSplitKeys(*f, paths[i], i, *split, error))
            return std::nullopt;
        dataBytes = satAdd(dataBytes, f->dataSize);
        if (i == 0) {
            merged = std::move(*f);
            merged.path = paths[0];
            // Names are unique within a part; across parts they are checked against a set, built only for a split set.
            if (paths.size() > 1) {
                for (const GgufTensorInfo& t : merged.tensors)
                    names.insert(t.name);
            }
            continue;
        }
        for (GgufTensorInfo& t : f->tensors) {
            if (names.contains(t.name)) {
                *error
                    = Tr::tr("%1: tensor '%2' also appears in an earlier part of the split set").arg(paths[i], t.name);
                return std::nullopt;
            }
            names.insert(t.name);
            t.shard = i;
            merged.tensors.push_back(std::move(t));
        }
        if (qint64(merged.tensors.size()) > limits.maxTensors) {
            *error = Tr::tr("%1: the parts of the split set hold more than %2 tensors together")
                         .arg(paths[0])
                         .arg(limits.maxTensors);
            return std::nullopt;
        }
        merged.warnings << f->warnings;
    }
    if (split) {
        if (const auto total = merged.intValue(QStringLiteral("split.tensors.count"));
            total && *total != qint64(merged.tensors.size()))
            merged.warnings << Tr::tr("%1: split.tensors.count says %2 tensors, the parts hold %3")
                                   .arg(paths[0])
                                   .arg(*total)
                                   .arg(merged.tensors.size());
    }
    return merged;
}

// The architecture of a (merged) GGUF header, unless it is a projector's or cannot be derived (then a warning).
void deriveGgufSpec(const GgufFile& merged, OpenedModel& m)
{
    if (m.architecture.isEmpty()) {
        m.warnings << Tr::tr("%1: no general.architecture; only sizes are known").arg(m.path);
        return;
    }
    if (m.isProjector)
        return;
    QString why;
    QStringList specWarnings;
    m.spec = ggufModelSpec(merged, &why, &specWarnings);
    m.warnings << specWarnings;
    if (!m.spec)
        m.warnings << why;
    else if (m.quantization.isEmpty())
        m.quantization = m.spec->nativeDtype;
}

std::optional<OpenedModel> openGguf(
    const QString& path, const QuantCatalog& catalog, QString* error, const std::atomic<bool>* cancel)
{
    const QFileInfo info(path);
    const auto split = splitName(info.fileName());
    const auto paths = ggufParts(path, split, error);
    if (!paths)
        return std::nullopt;
    qint64 dataBytes = 0;
    const auto merged = readGgufParts(*paths, split, catalog, dataBytes, error, cancel);
    if (!merged)
        return std::nullopt;

    OpenedModel m;
    m.path = path;
    m.format = ModelFileFormat::Gguf;
    m.files = *paths;
    m.dataBytes = dataBytes;
    m.warnings = merged->warnings;
    m.architecture = merged->architecture();
    m.isProjector = m.architecture == QLatin1String("clip")
        || info.fileName().contains(QLatin1String("mmproj"), Qt::CaseInsensitive);
    if (const auto ft = merged->intValue(QStringLiteral("general.file_type")))
        m.quantization = ggufFileTypeName(*ft);
    for (const char* key : { "general.name", "general.basename", "general.size_label", "general.quantized_by" }) {
        const QString v = merged->stringValue(QString::fromLatin1(key));
        if (!v.isEmpty())
            m.metadata.insert(QString::fromLatin1(key), v.left(256));
    }
    m.metadata.insert(QStringLiteral("gguf.version"), QString::number(merged->version));
    m.metadata.insert(QStringLiteral("gguf.alignment"), QString::number(merged->alignment));
    m.tensors.reserve(merged->tensors.size());
    for (const GgufTensorInfo& g : merged->tensors) {
        FileTensor t;
        t.name = g.name;
        t.dtype = g.typeId;
        t.typeId = g.typeId;
        t.shape.assign(g.ne, g.ne + g.nDims);
        t.file = g.shard;
        t.offset = g.offset;
        t.bytes = g.bytes;
        t.parameters = g.elements();
        m.tensors.push_back(std::move(t));
    }
    deriveGgufSpec(*merged, m);
    if (m.spec) {
        // The name comes from the file (general.name): shown in lists and printed, it must not carry control codes.
        m.spec->name = escapeControl(m.spec->name);
        m.spec->id = escapeControl(m.spec->id);
    }
    if (m.quantization.isEmpty())
        m.quantization = QStringLiteral("GGUF");
    finish(m);
    return m;
}

// ---- safetensors

const QStringList& auxiliarySuffixes()
{
    static const QStringList s = { QStringLiteral("scales"), QStringLiteral("qzeros"), QStringLiteral("g_idx"),
        QStringLiteral("weight_scale"), QStringLiteral("weight_scale_inv"), QStringLiteral("input_scale"),
        QStringLiteral("weight_zero_point"), QStringLiteral("weight_shape"), QStringLiteral("absmax"),
        QStringLiteral("quant_map"), QStringLiteral("nested_absmax"), QStringLiteral("nested_quant_map"),
        QStringLiteral("SCB"), QStringLiteral("weight_format"), QStringLiteral("weight_global_scale"),
        QStringLiteral("input_global_scale"), QStringLiteral("k_scale"), QStringLiteral("v_scale"),
        QStringLiteral("output_scale") };
    return s;
}

// Which storage type a checkpoint tensor belongs to, and how many weights it holds.
void interpret(FileTensor& t, qint64 elements, const HfQuantization& q)
{
    t.typeId = t.dtype;
    t.parameters = elements;
    if (q.method.isEmpty())
        return;
    const QString quantType = q.typeId.isEmpty() ? q.method.toUpper() : q.typeId;
    const QString last = t.name.section(u'.', -1);
    if (auxiliarySuffixes().contains(last) || t.name.contains(QLatin1String(".quant_state."))) {
        t.typeId = quantType;
        t.parameters = 0;
        return;
    }
    const int elementBits = 8 * safetensorsDtypeSize(t.dtype);
    if ((last == QLatin1String("qweight") || last == QLatin1String("weight_packed")) && q.bits > 0
        && q.bits < elementBits) {
        t.typeId = quantType;
        t.parameters = satMul(elements, elementBits / q.bits);
        return;
    }
    if (last == QLatin1String("weight")) {
        if (q.method == QLatin1String("bitsandbytes") && q.bits == 4 && t.dtype == QLatin1String("U8")) {
            t.typeId = quantType;
            t.parameters = satMul(elements, 2);
        } else if ((q.bits == 8 && t.dtype == QLatin1String("I8")) || t.dtype.startsWith(QLatin1String("F8_"))) {
            t.typeId = quantType;
        }
    }
}

// config.json next to the weights: the architecture (into `m.spec`) and its quantization; problems become
// warnings, since the sizes are known without it.
HfQuantization readFolderConfig(const QString& dir, OpenedModel& m)
{
    HfQuantization quant;
    const QString configPath = QDir(dir).filePath(QStringLiteral("config.json"));
    if (!present(configPath)) {
        m.warnings << Tr::tr("%1: no config.json next to the weights; only sizes are known").arg(dir);
        return quant;
    }
    QString why;
    const auto bytes = readGuardedFile(configPath, GuardedKind::ConfigJson, &why);
    if (!bytes) {
        m.warnings << why;
        return quant;
    }
    QList<ParseError> problems;
    m.spec = parseHfConfig(*bytes, configPath, &problems);
    if (const auto q = parseHfQuantization(*bytes, configPath, &problems))
        quant = *q;
    // Both readers report a file that is not JSON at all: say it once.
    for (const ParseError& p : problems) {
        if (!m.warnings.contains(p.message()))
            m.warnings << p.message();
    }
    if (m.spec) {
        m.architecture = m.spec->modelType;
        m.spec->id = escapeControl(QFileInfo(dir).fileName());
        m.spec->name = m.spec->id;
    }
    return quant;
}

// The checkpoint's quantization as shown: the recipe, else the storage type or method; unquantized, the dtype
// holding most bytes.
QString quantizationName(const HfQuantization& quant, const std::vector<FileTensor>& tensors)
{
    if (!quant.recipeId.isEmpty())
        return quant.recipeId;
    if (!quant.method.isEmpty())
        return quant.typeId.isEmpty() ? quant.method : quant.typeId;
    QString name;
    qint64 best = -1;
    QMap<QString, qint64> byDtype;
    for (const FileTensor& t : tensors)
        byDtype[t.dtype] += t.bytes;
    for (auto it = byDtype.cbegin(); it != byDtype.cend(); ++it) {
        if (it.value() > best) {
            best = it.value();
            name = it.key();
        }
    }
    return name;
}

// A tensor name held by two shards (each shard's own names are unique): the later shard and the name, or an empty
// string.
QString tensorInTwoShards(const OpenedModel& m, const QString& dir, const QStringList& files)
{
    std::vector<const FileTensor*> order;
    order.reserve(m.tensors.size());
    for (const FileTensor& t : m.tensors)
        order.push_back(&t);
    std::sort(order.begin(), order.end(), [](const FileTensor* a, const FileTensor* b) {
        return a->name != b->name ? a->name < b->name : a->file < b->file;
    });
    const auto twice = std::adjacent_find(
        order.begin(), order.end(), [](const FileTensor* a, const FileTensor* b) { return a->name == b->name; });
    if (twice == order.end())
        return {};
    const FileTensor* later = *(twice + 1);
    return Tr::tr("%1: tensor '%2' also appears in another shard")
        .arg(QDir(dir).filePath(files.at(later->file)), later->name);
}

std::optional<OpenedModel> openSafetensors(const QString& path, const QString& dir, QStringList files,
    const std::optional<ShardIndex>& index, QString* error, const std::atomic<bool>* cancel)
{
    OpenedModel m;
    m.path = path;
    m.format = ModelFileFormat::Safetensors;

    const HfQuantization quant = readFolderConfig(dir, m);
    if (!quant.method.isEmpty()) {
        m.metadata.insert(QStringLiteral("quantization_config.quant_method"), quant.method);
        m.metadata.insert(QStringLiteral("quantization_config.bits"), QString::number(quant.bits));
    }

    qsizetype listed = 0; // tensors found that the index lists
    qsizetype unlisted = 0; // tensors found that it does not list (the first kListedNames are named)
    qsizetype misplaced = 0; // tensors found in another shard than the index says
    for (int i = 0; i < files.size(); ++i) {
        const QString filePath = QDir(dir).filePath(files[i]);
        if (!present(filePath)) {
            *error = Tr::tr("%1: shard %2 is missing").arg(index ? index->path() : path, files[i]);
            return std::nullopt;
        }
        SafetensorsLimits limits;
        limits.cancel = cancel;
        auto f = readSafetensorsFile(filePath, error, limits);
        if (!f)
            return std::nullopt;
        m.files << filePath;
        m.dataBytes = satAdd(m.dataBytes, f->dataSize);
        m.warnings << f->warnings;
        for (auto it = f->metadata.cbegin(); it != f->metadata.cend() && m.metadata.size() < 32; ++it)
            m.metadata.insert(QStringLiteral("__metadata__.") + it.key(), it.value().left(256));
        for (SafetensorsTensor& s : f->tensors) {
            if (index) {
                const int where = index->fileOf(s.name);
                if (where < 0) {
                    if (++unlisted <= kListedNames)
                        m.warnings << Tr::tr("%1: tensor '%2' is not listed in the index").arg(files[i], s.name);
                } else {
                    ++listed;
                    if (index->files().at(where) != files[i] && ++misplaced <= kListedNames)
                        m.warnings << Tr::tr("%1: tensor '%2' is listed in the index under %3")
                                          .arg(files[i], s.name, index->files().at(where));
                }
            }
            FileTensor t;
            t.name = s.name;
            t.dtype = s.dtype;
            t.shape = std::move(s.shape);
            t.file = i;
            t.offset = s.begin;
            t.bytes = s.bytes();
            interpret(t, s.elements, quant);
            m.tensors.push_back(std::move(t));
        }
    }
    if (unlisted > kListedNames)
        m.warnings
            << Tr::tr("%1: and %2 more tensors not listed in it").arg(index->path()).arg(unlisted - kListedNames);
    if (misplaced > kListedNames) {
        m.warnings << Tr::tr("%1: and %2 more tensors listed under another shard than the one holding them")
                          .arg(index->path())
                          .arg(misplaced - kListedNames);
    }
    // Tensor names are unique across the shards and in the index, so the listed ones found are distinct.
    if (const QString e = tensorInTwoShards(m, dir, files); !e.isEmpty()) {
        *error = e;
        return std::nullopt;
    }
    if (index && listed < index->size()) {
        *error = Tr::tr("%1: %2 tensors listed in the index are in none of the shards")
                     .arg(index->path())
                     .arg(index->size() - listed);
        return std::nullopt;
    }
    m.quantization = quantizationName(quant, m.tensors);
    if (m.spec)
        m.spec->nativeDtype = m.quantization;
    finish(m);
    return m;
}

std::optional<OpenedModel> openFolder(
    const QString& dir, const QuantCatalog& catalog, QString* error, const std::atomic<bool>* cancel)
{
    const QDir d(dir);
    const QString index = d.filePath(QStringLiteral("model.safetensors.index.json"));
    if (present(index)) {
        const auto set = readShardIndex(index, error);
        if (!set)
            return std::nullopt;
        return openSafetensors(dir, dir, set->files(), set, error, cancel);
    }
    if (present(d.filePath(QStringLiteral("model.safetensors"))))
        return openSafetensors(dir, dir, { QStringLiteral("model.safetensors") }, std::nullopt, error, cancel);
    const QStringList safetensors = d.entryList({ QStringLiteral("*.safetensors") }, QDir::Files, QDir::Name);
    if (!safetensors.isEmpty())
        return openSafetensors(dir, dir, safetensors, std::nullopt, error, cancel);
    QStringList ggufs;
    for (const QString& g : d.entryList({ QStringLiteral("*.gguf") }, QDir::Files, QDir::Name)) {
        const auto s = splitName(g);
        if (!s || g.contains(QLatin1String("-00001-of-")))
            ggufs << g;
    }
    QStringList models;
    for (const QString& g : ggufs) {
        if (!g.contains(QLatin1String("mmproj"), Qt::CaseInsensitive))
            models << g;
    }
    if (models.size() == 1)
        return openGguf(d.filePath(models.front()), catalog, error, cancel);
    if (models.size() > 1) {
        *error = Tr::tr("%1 holds several GGUF models (%2); open one of them").arg(dir, joinCut(models, kListedNames));
        return std::nullopt;
    }
    *error = Tr::tr("%1 holds no model weights (no .safetensors or .gguf files)").arg(dir);
    return std::nullopt;
}

// Reads the fields of a quantization_config, each problem reported as (file, "<at>.<name>", reason).
class QuantFields
{
public:
    QuantFields(const QString& file, QList<ParseError>* errors)
        : m_file(file)
        , m_errors(errors)
    { }

    void fail(const QString& field, const QString& reason)
    {
        if (m_errors)
            m_errors->append({ m_file, field, reason });
    }

    // A whole number in [min, max]; the fallback when absent or null, nullopt (reported) when bad.
    std::optional<qint64> integer(
        const json& obj, const char* name, qint64 fallback, qint64 min, qint64 max, const QString& at)
    {
        const auto it = obj.find(name);
        if (it == obj.end() || it->is_null())
            return fallback;
        if (!it->is_number_integer() || it->get<qint64>() < min || it->get<qint64>() > max) {
            fail(at + u'.' + QString::fromLatin1(name),
                Tr::tr("must be a whole number from %1 to %2").arg(min).arg(max));
            return std::nullopt;
        }
        return it->get<qint64>();
    }

    static QString string(const json& obj, const char* name)
    {
        const auto it = obj.find(name);
        return it != obj.end() && it->is_string() ? QString::fromStdString(it->get<std::string>()) : QString();
    }

    static bool boolean(const json& obj, const char* name)
    {
        const auto it = obj.find(name);
        return it != obj.end() && it->is_boolean() && it->get<bool>();
    }

private:
    const QString& m_file;
    QList<ParseError>* m_errors;
};

QString groupName(qint64 g)
{
    return g > 0 ? QStringLiteral("_G%1").arg(g) : QString();
}

// Each method's reader fills `q` from the quantization_config `qc` (named `where` in errors); false when a field
// is unusable (reported through `fields`).
using ReadQuantMethod = bool (*)(QuantFields& fields, const json& qc, const QString& where, HfQuantization& q);

bool readGptqOrAwq(QuantFields& fields, const json& qc, const QString& where, HfQuantization& q)
{
    const auto bits = fields.integer(
        qc, q.method == QLatin1String("awq") && qc.contains("w_bit") ? "w_bit" : "bits", 4, 2, 8, where);
    const char* groupKey = qc.contains("q_group_size") ? "q_group_size" : "group_size";
    const auto group = fields.integer(qc, groupKey, 128, -1, 1 << 20, where);
    if (!bits || !group)
        return false;
    q.bits = int(*bits);
    q.groupSize = std::max<qint64>(*group, 0);
    const QString base = q.method == QLatin1String("gptq") ? QStringLiteral("GPTQ") : QStringLiteral("AWQ");
    q.typeId = QStringLiteral("%1_INT%2%3").arg(base).arg(q.bits).arg(groupName(q.groupSize));
    if (q.bits == 4 && (q.groupSize == 128 || q.groupSize == 64 || q.groupSize == 32))
        q.recipeId = QStringLiteral("%1-INT4%2")
                         .arg(base, q.groupSize == 128 ? QString() : QStringLiteral("-G%1").arg(q.groupSize));
    else if (q.bits == 8 && q.groupSize == 128 && base == QLatin1String("GPTQ"))
        q.recipeId = QStringLiteral("GPTQ-INT8");
    return true;
}

bool readBitsAndBytes(QuantFields& fields, const json& qc, const QString& where, HfQuantization& q)
{
    if (QuantFields::boolean(qc, "load_in_4bit")) {
        q.bits = 4;
        q.groupSize = 64;
        const bool fp4 = QuantFields::string(qc, "bnb_4bit_quant_type").toLower() == QLatin1String("fp4");
        const bool dq = QuantFields::boolean(qc, "bnb_4bit_use_double_quant");
        q.typeId = QStringLiteral("%1%2").arg(
            fp4 ? QStringLiteral("FP4") : QStringLiteral("NF4"), dq ? QStringLiteral("_DQ") : QString());
        q.recipeId = fp4 ? QStringLiteral("FP4") : (dq ? QStringLiteral("NF4-DQ") : QStringLiteral("NF4"));
        return true;
    }
    if (QuantFields::boolean(qc, "load_in_8bit")) {
        q.bits = 8;
        q.typeId = QStringLiteral("LLM_INT8");
        q.recipeId = QStringLiteral("LLM.INT8");
        return true;
    }
    fields.fail(where, Tr::tr("bitsandbytes needs load_in_4bit or load_in_8bit"));
    return false;
}

bool readFp8(QuantFields& fields, const json& qc, const QString& where, HfQuantization& q)
{
    q.bits = 8;
    const auto block = qc.find("weight_block_size");
    if (block == qc.end() || !block->is_array() || block->empty()) {
        q.typeId = QStringLiteral("FP8_E4M3_TENSOR");
        q.recipeId = QStringLiteral("FP8-TENSOR");
        return true;
    }
    if (!(*block)[0].is_number_integer() || (*block)[0].get<qint64>() <= 0 || (*block)[0].get<qint64>() > (1 << 20)) {
        fields.fail(where + QStringLiteral(".weight_block_size"), Tr::tr("must hold positive whole numbers"));
        return false;
    }
    q.groupSize = (*block)[0].get<qint64>();
    q.typeId = QStringLiteral("FP8_E4M3_B%1").arg(q.groupSize);
    if (q.groupSize == 128)
        q.recipeId = QStringLiteral("FP8");
    return true;
}

// Whether a quantization_config leaves the attention in 16-bit (its ignore / modules_to_not_convert list names
// self_attn): in the MoE checkpoints that do (gpt-oss, Kimi K2.5 / K2.6 / K3) only the routed experts are
// quantized, the shared experts and dense layers beside them stay 16-bit too.
bool attentionLeftOut(const json& qc)
{
    for (const char* key : { "ignore", "modules_to_not_convert" }) {
        const auto list = qc.find(key);
        if (list == qc.end() || !list->is_array())
            continue;
        for (const json& item : *list) {
            if (item.is_string() && item.get<std::string>().find("self_attn") != std::string::npos)
                return true;
        }
    }
    return false;
}

// The config group whose weights have the fewest bits: the format of the bulk of the weights (ModelOpt's mixed
// checkpoints keep a few layers in FP8 beside NVFP4 experts).
const json* mainConfigGroup(const json& groups, QString* key)
{
    const json* best = nullptr;
    qint64 bestBits = std::numeric_limits<qint64>::max();
    for (auto it = groups.begin(); it != groups.end(); ++it) {
        const json& g = it.value();
        const auto w = g.is_object() ? g.find("weights") : g.end();
        qint64 bits = 8;
        if (g.is_object() && w != g.end() && w->is_object()) {
            const auto b = w->find("num_bits");
            if (b != w->end() && b->is_number_integer())
                bits = b->get<qint64>();
        }
        if (!best || bits < bestBits) {
            best = &g;
            bestBits = bits;
            *key = QString::fromStdString(it.key());
        }
    }
    return best;
}

// 4-bit formats that carry their own scales: NVFP4 (FP4, FP8 scale per 16), MXFP4 (FP4, E8M0 scale per 32) and
// symmetric int4 per 32 (Kimi's QAT experts). False when the weights are none of these.
bool readFourBitFormat(const json& qc, const QString& type, bool symmetric, HfQuantization& q)
{
    const bool expertsOnly = attentionLeftOut(qc);
    if (q.bits != 4)
        return false;
    if (type == QLatin1String("float") && q.groupSize == 16) {
        q.typeId = QStringLiteral("NVFP4");
        q.recipeId = expertsOnly ? QStringLiteral("NVFP4-EXPERTS") : QStringLiteral("NVFP4");
        return true;
    }
    if (type == QLatin1String("float") && q.groupSize == 32) {
        q.typeId = QStringLiteral("MXFP4");
        if (expertsOnly)
            q.recipeId = QStringLiteral("MXFP4");
        return true;
    }
    if (type == QLatin1String("int") && symmetric && q.groupSize == 32) {
        q.typeId = QStringLiteral("INT4_G32_SYM");
        if (expertsOnly)
            q.recipeId = QStringLiteral("INT4-EXPERTS");
        return true;
    }
    return false;
}

// compressed-tensors (and ModelOpt's configs in the same form): the main config group's weights say the format.
bool readCompressedTensors(QuantFields& fields, const json& qc, const QString& where, HfQuantization& q)
{
    const auto groups = qc.find("config_groups");
    if (groups == qc.end() || !groups->is_object() || groups->empty()) {
        fields.fail(where + QStringLiteral(".config_groups"), Tr::tr("is missing or empty"));
        return false;
    }
    QString key;
    const json& first = *mainConfigGroup(*groups, &key);
    const QString at = where + QStringLiteral(".config_groups.") + key;
    const auto weights = first.is_object() ? first.find("weights") : first.end();
    if (!first.is_object() || weights == first.end() || !weights->is_object()) {
        fields.fail(at + QStringLiteral(".weights"), Tr::tr("is missing"));
        return false;
    }
    const auto bits = fields.integer(*weights, "num_bits", 8, 2, 16, at + QStringLiteral(".weights"));
    const auto group = fields.integer(*weights, "group_size", 0, -1, 1 << 20, at + QStringLiteral(".weights"));
    if (!bits || !group)
        return false;
    q.bits = int(*bits);
    q.groupSize = std::max<qint64>(*group, 0);
    const QString type = QuantFields::string(*weights, "type").toLower();
    const QString strategy = QuantFields::string(*weights, "strategy").toLower();
    const auto symmetric = weights->find("symmetric");
    const bool isSymmetric = symmetric != weights->end() && symmetric->is_boolean() && symmetric->get<bool>();
    if (readFourBitFormat(qc, type, isSymmetric, q))
        return true;
    if (type == QLatin1String("float") && q.bits == 8) {
        if (strategy == QLatin1String("block")) {
            // Laguna's FP8 checkpoints leave the attention (and the router, the LM head) in bf16.
            q.typeId = QStringLiteral("FP8_E4M3_B128");
            q.recipeId = attentionLeftOut(qc) ? QStringLiteral("FP8-EXPERTS") : QStringLiteral("FP8");
        } else {
            q.typeId = QStringLiteral("FP8_E4M3_TENSOR");
            q.recipeId = QStringLiteral("FP8-TENSOR");
        }
    } else if (q.bits == 8) {
        q.typeId = QStringLiteral("INT8_CHANNEL");
        q.recipeId = QStringLiteral("INT8");
    } else {
        q.typeId = QStringLiteral("GPTQ_INT%1%2").arg(q.bits).arg(groupName(q.groupSize));
        if (q.bits == 4 && q.groupSize == 128)
            q.recipeId = QStringLiteral("GPTQ-INT4");
    }
    return true;
}

// gpt-oss: MXFP4 experts (blocks and scales), every module of modules_to_not_convert in bf16.
bool readMxfp4(QuantFields&, const json&, const QString&, HfQuantization& q)
{
    q.bits = 4;
    q.groupSize = 32;
    q.typeId = QStringLiteral("MXFP4");
    q.recipeId = QStringLiteral("MXFP4");
    return true;
}

// NVIDIA ModelOpt: config_groups as compressed-tensors writes them, or only quant_algo ("NVFP4", "FP8") and
// group_size.
bool readModelOpt(QuantFields& fields, const json& qc, const QString& where, HfQuantization& q)
{
    if (qc.contains("config_groups"))
        return readCompressedTensors(fields, qc, where, q);
    const QString algo = QuantFields::string(qc, "quant_algo").toUpper();
    if (algo == QLatin1String("NVFP4")) {
        const auto group = fields.integer(qc, "group_size", 16, 1, 1 << 20, where);
        if (!group)
            return false;
        q.bits = 4;
        q.groupSize = *group;
        if (!readFourBitFormat(qc, QStringLiteral("float"), true, q))
            q.typeId = algo;
        return true;
    }
    if (algo == QLatin1String("FP8")) {
        q.bits = 8;
        q.typeId = QStringLiteral("FP8_E4M3_TENSOR");
        q.recipeId = QStringLiteral("FP8-TENSOR");
        return true;
    }
    q.typeId = algo.isEmpty() ? q.method.toUpper() : algo;
    return true;
}

// Other methods (hqq, eetq...): sizes still come from the stored dtypes.
bool readOtherMethod(QuantFields& fields, const json& qc, const QString& where, HfQuantization& q)
{
    q.typeId = q.method.toUpper();
    q.bits = int(fields.integer(qc, "bits", 0, 0, 16, where).value_or(0));
    return true;
}

struct QuantMethod
{
    const char* name; // quant_method, lower case
    ReadQuantMethod read;
};

constexpr QuantMethod kQuantMethods[] = {
    { "gptq", readGptqOrAwq },
    { "awq", readGptqOrAwq },
    { "bitsandbytes", readBitsAndBytes },
    { "fp8", readFp8 },
    { "compressed-tensors", readCompressedTensors },
    { "mxfp4", readMxfp4 },
    { "modelopt", readModelOpt },
};

ReadQuantMethod quantMethodReader(const QString& method)
{
    for (const QuantMethod& m : kQuantMethods) {
        if (method == QLatin1String(m.name))
            return m.read;
    }
    return readOtherMethod;
}

} // namespace

QString modelFileFormatName(ModelFileFormat format)
{
    return format == ModelFileFormat::Gguf ? QStringLiteral("gguf") : QStringLiteral("safetensors");
}

std::optional<HfQuantization> parseHfQuantization(
    const QByteArray& bytes, const QString& file, QList<ParseError>* errors)
{
    QuantFields fields(file, errors);
    QString why;
    const auto parsed = detail::parseBoundedJson(bytes, detail::jsonBudget(bytes.size(), kMaxConfigDepth), &why);
    if (!parsed || !parsed->is_object()) {
        fields.fail(QString(), parsed ? Tr::tr("is not a JSON object (truncated or malformed)") : why);
        return std::nullopt;
    }
    return detail::quantizationFromConfig(*parsed, file, QString(), errors);
}

std::optional<HfQuantization> detail::quantizationFromConfig(
    const json& config, const QString& file, const QString& prefix, QList<ParseError>* errors)
{
    QuantFields fields(file, errors);
    HfQuantization q;
    const char* key = "quantization_config";
    auto qc = config.find(key);
    if (qc == config.end() || qc->is_null()) {
        key = "compression_config";
        qc = config.find(key);
    }
    if (qc == config.end() || qc->is_null()) {
        // Multimodal checkpoints may keep it with the text model (Kimi K2.5).
        const auto text = config.find("text_config");
        if (text != config.end() && text->is_object() && text->contains("quantization_config"))
            return quantizationFromConfig(*text, file,
                prefix.isEmpty() ? QStringLiteral("text_config") : prefix + QStringLiteral(".text_config"), errors);
        return q;
    }
    const QString where = prefix.isEmpty() ? QString::fromLatin1(key) : prefix + u'.' + QString::fromLatin1(key);
    if (!qc->is_object()) {
        fields.fail(where, Tr::tr("must be an object"));
        return std::nullopt;
    }
    q.method = QuantFields::string(*qc, "quant_method").toLower();
    if (q.method.isEmpty() && qc->contains("config_groups"))
        q.method = QStringLiteral("compressed-tensors");
    if (q.method.isEmpty()) {
        fields.fail(where + QStringLiteral(".quant_method"), Tr::tr("is missing"));
        return std::nullopt;
    }
    if (!quantMethodReader(q.method)(fields, *qc, where, q))
        return std::nullopt;
    return q;
}

std::optional<OpenedModel> openModelFile(
    const QString& path, const QuantCatalog& catalog, QString* error, const std::atomic<bool>* cancel)
{
    QString localError;
    QString* err = error ? error : &localError;
    const QFileInfo info(path);
    if (!info.exists()) {
        *err = guardedPathProblem(path);
        if (err->isEmpty())
            *err = Tr::tr("%1: no such file or folder").arg(path);
        return std::nullopt;
    }
    if (info.isDir())
        return openFolder(info.absoluteFilePath(), catalog, err, cancel);
    const QString suffix = info.suffix().toLower();
    if (suffix == QLatin1String("gguf"))
        return openGguf(path, catalog, err, cancel);
    if (suffix == QLatin1String("safetensors")) {
        const QString dir = info.absolutePath();
        static const QRegularExpression shard(QStringLiteral("-\\d{5}-of-\\d{5}\\.safetensors$"));
        const QString index = QDir(dir).filePath(QStringLiteral("model.safetensors.index.json"));
        if (shard.match(info.fileName()).hasMatch() && QFileInfo::exists(index)) {
            const auto set = readShardIndex(index, err);
            if (!set)
                return std::nullopt;
            if (set->files().contains(info.fileName()))
                return openSafetensors(path, dir, set->files(), set, err, cancel);
        }
        return openSafetensors(path, dir, { info.fileName() }, std::nullopt, err, cancel);
    }
    if (info.fileName() == QLatin1String("config.json"))
        return openFolder(info.absolutePath(), catalog, err, cancel);
    // Unknown extension: sniff the magic number.
    GuardedFile f;
    if (!f.open(path, err))
        return std::nullopt;
    if (f.device().peek(4) == QByteArrayLiteral("GGUF"))
        return openGguf(path, catalog, err, cancel);
    *err = Tr::tr("%1: not a model file (expected .gguf, .safetensors or a Hugging Face folder)").arg(path);
    return std::nullopt;
}

std::vector<StoredTensor> OpenedModel::storedTensors() const
{
    std::vector<StoredTensor> out;
    out.reserve(tensors.size());
    for (const FileTensor& t : tensors) {
        StoredTensor s;
        s.name = t.name;
        s.typeId = t.typeId;
        s.layer = t.layer;
        s.elements = t.parameters;
        s.bytes = t.bytes;
        s.tokenEmbedding = t.tokenEmbedding;
        s.output = t.output;
        s.expert = t.expert;
        s.projector = isProjector;
        out.push_back(std::move(s));
    }
    return out;
}

bool applyModelFile(Scenario& scenario, const OpenedModel& model, QString* error)
{
    if (model.isProjector) {
        if (error)
            *error = Tr::tr("%1 is a vision projector (mmproj); open the language model and add the projector to it")
                         .arg(model.path);
        return false;
    }
    if (!model.spec) {
        if (error)
            *error = Tr::tr("%1: the architecture could not be derived (%2)")
                         .arg(model.path, model.warnings.isEmpty() ? Tr::tr("unknown") : model.warnings.last());
        return false;
    }
    if (model.tensors.empty()) {
        if (error)
            *error = Tr::tr("%1 holds no tensors").arg(model.path);
        return false;
    }
    scenario.model = *model.spec;
    scenario.recipeId = model.quantization;
    std::vector<StoredTensor> projectors;
    for (const StoredTensor& t : scenario.storedTensors) {
        if (t.projector)
            projectors.push_back(t);
    }
    scenario.storedTensors = model.storedTensors();
    scenario.storedTensors.insert(scenario.storedTensors.end(), projectors.begin(), projectors.end());
    return true;
}

bool addProjector(Scenario& scenario, const OpenedModel& projector, QString* error)
{
    if (!projector.isProjector) {
        if (error)
            *error = Tr::tr("%1 is not a vision projector (mmproj) file").arg(projector.path);
        return false;
    }
    const std::vector<StoredTensor> tensors = projector.storedTensors();
    scenario.storedTensors.insert(scenario.storedTensors.end(), tensors.begin(), tensors.end());
    return true;
}

} // namespace Planner
