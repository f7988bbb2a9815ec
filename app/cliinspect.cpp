// SPDX-FileCopyrightText: 2026 The FitPlanner authors
// SPDX-License-Identifier: MIT

#include "cliinspect.h"

#include "clitr.h"
#include "displaytext.h"
#include "reportjson.h"
#include "tensorlayout.h"
#include "units.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>

using namespace Planner;

QJsonObject openedModelToJson(const OpenedModel& m, bool withTensors)
{
    QJsonObject o;
    o.insert(QStringLiteral("path"), m.path);
    o.insert(QStringLiteral("format"), modelFileFormatName(m.format));
    o.insert(QStringLiteral("files"), QJsonArray::fromStringList(m.files));
    o.insert(QStringLiteral("architecture"), m.architecture);
    o.insert(QStringLiteral("quantization"), m.quantization);
    o.insert(QStringLiteral("projector"), m.isProjector);
    o.insert(QStringLiteral("tensor_count"), qint64(m.tensors.size()));
    o.insert(QStringLiteral("total_bytes"), m.totalBytes);
    o.insert(QStringLiteral("data_bytes"), m.dataBytes);
    QJsonObject params { { QStringLiteral("stored"), m.parameters } };
    if (m.spec) {
        const ParamCounts p = countParameters(*m.spec);
        params.insert(QStringLiteral("total"), p.total);
        params.insert(QStringLiteral("active"), p.active);
        params.insert(QStringLiteral("embedding"), p.embedding);
    }
    o.insert(QStringLiteral("parameters"), params);
    QJsonObject byType;
    for (auto it = m.bytesByType.cbegin(); it != m.bytesByType.cend(); ++it)
        byType.insert(it.key(), it.value());
    o.insert(QStringLiteral("bytes_by_type"), byType);
    QJsonArray layers;
    for (qint64 b : m.layerBytes)
        layers.append(b);
    o.insert(QStringLiteral("layer_bytes"), layers);
    o.insert(QStringLiteral("non_layer_bytes"), m.nonLayerBytes);
    QJsonObject metadata;
    for (auto it = m.metadata.cbegin(); it != m.metadata.cend(); ++it)
        metadata.insert(it.key(), it.value());
    o.insert(QStringLiteral("metadata"), metadata);
    o.insert(QStringLiteral("model"), m.spec ? QJsonValue(modelToJson(*m.spec)) : QJsonValue());
    o.insert(QStringLiteral("warnings"), QJsonArray::fromStringList(m.warnings));
    if (withTensors) {
        QJsonArray tensors;
        for (const FileTensor& t : m.tensors) {
            QJsonArray shape;
            for (qint64 d : t.shape)
                shape.append(d);
            tensors.append(QJsonObject { { QStringLiteral("name"), t.name }, { QStringLiteral("dtype"), t.dtype },
                { QStringLiteral("type"), t.typeId }, { QStringLiteral("shape"), shape },
                { QStringLiteral("layer"), t.layer }, { QStringLiteral("file"), t.file },
                { QStringLiteral("offset"), t.offset }, { QStringLiteral("bytes"), t.bytes },
                { QStringLiteral("parameters"), t.parameters } });
        }
        o.insert(QStringLiteral("tensors"), tensors);
    }
    return o;
}

namespace {

int runInspect(const CliArgs& args, const Catalogs& c, QTextStream& out, QTextStream& err)
{
    const QString path = args.positional();
    const bool json = args.flag(QStringLiteral("json"));
    const bool tensors = args.flag(QStringLiteral("tensors"));
    QString error;
    const auto m = openModelFile(path, c.quants, &error);
    if (!m) {
        err << "fitplanner inspect: " << escapeControl(error) << '\n';
        return 2;
    }
    if (json) {
        out << QJsonDocument(openedModelToJson(*m, tensors)).toJson(QJsonDocument::Indented);
        return 0;
    }
    out << QStringLiteral("%1 %2\n").arg(cliLabel(CliTr::tr("File"), 14)).arg(escapeControl(m->path));
    if (m->files.size() > 1)
        out << QStringLiteral("%1 %2\n").arg(cliLabel(CliTr::tr("Parts"), 14)).arg(m->files.size());
    out << QStringLiteral("%1 %2%3\n")
               .arg(cliLabel(CliTr::tr("Format"), 14))
               .arg(modelFileFormatName(m->format), m->isProjector ? CliTr::tr(" (vision projector)") : QString());
    out << QStringLiteral("%1 %2\n")
               .arg(cliLabel(CliTr::tr("Architecture"), 14))
               .arg(m->architecture.isEmpty() ? CliTr::tr("unknown") : escapeControl(m->architecture));
    out << QStringLiteral("%1 %2\n").arg(cliLabel(CliTr::tr("Quantization"), 14)).arg(escapeControl(m->quantization));
    QString params = formatCount(m->parameters);
    if (m->spec && m->spec->isMoe())
        params += CliTr::tr(" (%1 active)").arg(formatCount(countParameters(*m->spec).active));
    out << CliTr::tr("%1 %2 in %3 tensors\n")
               .arg(cliLabel(CliTr::tr("Parameters"), 14))
               .arg(params)
               .arg(m->tensors.size());
    out << CliTr::tr("%1 %2 (%3 bytes)\n")
               .arg(cliLabel(CliTr::tr("Weights"), 14))
               .arg(formatBytes(m->totalBytes))
               .arg(m->totalBytes);
    for (auto it = m->bytesByType.cbegin(); it != m->bytesByType.cend(); ++it)
        out << QStringLiteral("  %1 %2\n").arg(escapeControl(it.key()), -16).arg(formatBytes(it.value()), 11);
    if (!m->layerBytes.empty()) {
        const auto [lo, hi] = std::minmax_element(m->layerBytes.cbegin(), m->layerBytes.cend());
        out << CliTr::tr("%1 %2 layers, %3 to %4 each; %5 outside the layers\n")
                   .arg(cliLabel(CliTr::tr("Layers"), 14))
                   .arg(m->layerBytes.size())
                   .arg(formatBytes(*lo), formatBytes(*hi), formatBytes(m->nonLayerBytes));
    }
    if (m->spec) {
        const ModelSpec& s = *m->spec;
        out << CliTr::tr("%1 hidden %2, %3 heads (%4 KV) x %5, context %6%7\n")
                   .arg(cliLabel(CliTr::tr("Shape"), 14))
                   .arg(s.hiddenSize)
                   .arg(s.attention.numHeads)
                   .arg(s.attention.numKvHeads)
                   .arg(s.attention.headDim)
                   .arg(s.maxContext)
                   .arg(s.isMoe()
                           ? CliTr::tr(", %1 experts (%2 per token)").arg(s.moe.numExperts).arg(s.moe.expertsPerToken)
                           : QString());
    }
    for (const QString& w : m->warnings)
        out << CliTr::tr("Warning: ") << escapeControl(w) << '\n';
    return 0;
}

} // namespace

CliCommand inspectCommand()
{
    CliCommand cmd;
    cmd.name = QStringLiteral("inspect");
    cmd.summary = CliTr::tr("what a .gguf/.safetensors file or model folder holds, read from its headers");
    cmd.positionalName = QStringLiteral("PATH");
    cmd.positionalDescription = CliTr::tr("a .gguf or .safetensors file, or a folder of them");
    cmd.positionalMissing = CliTr::tr("give a .gguf or .safetensors file, or a model folder");
    cmd.options = {
        CliOptions::json(CliTr::tr("print what the file holds as JSON; byte counts are integers")),
        { QStringLiteral("tensors"), {}, CliTr::tr("with --json: list every tensor"), {}, {}, {} },
    };
    cmd.run = runInspect;
    return cmd;
}

bool scenarioFromFile(const QString& path, const Catalogs& c, Scenario& sc, QString* defaultEngine, QString* error)
{
    const auto m = openModelFile(path, c.quants, error);
    if (!m)
        return false;
    if (defaultEngine)
        *defaultEngine
            = m->format == ModelFileFormat::Gguf ? QStringLiteral("llama.cpp") : QStringLiteral("transformers");
    return applyModelFile(sc, *m, error);
}
