// SPDX-FileCopyrightText: 2026 The FitPlanner authors
// SPDX-License-Identifier: MIT

#include "enginecommand.h"

#include "checkedmath.h"
#include "ggufrecipe.h"
#include "units.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QRegularExpression>

namespace Planner {

namespace {

// Single-quotes a shell word when it holds anything beyond a safe set.
QString shellWord(const QString& w)
{
    static const QRegularExpression safe(QStringLiteral("^[A-Za-z0-9_./:=,+@%-]+$"));
    if (safe.match(w).hasMatch())
        return w;
    QString q = w;
    q.replace(u'\'', QLatin1String("'\\''"));
    return u'\'' + q + u'\'';
}

QString llamaKvType(const QString& kv)
{
    return kv.toLower(); // f16, bf16, q8_0, q4_0 ...
}

QString modelRef(const FitPlan& p, const ModelSpec& s, const ModelSource& src)
{
    if (!src.path.isEmpty())
        return src.path;
    return !s.hfRepo.isEmpty() ? s.hfRepo : (s.id.isEmpty() ? p.modelId : s.id);
}

bool isSixteenBitOrWider(const QString& recipe)
{
    return recipe.compare(QLatin1String("F32"), Qt::CaseInsensitive) == 0
        || recipe.compare(QLatin1String("F16"), Qt::CaseInsensitive) == 0
        || recipe.compare(QLatin1String("BF16"), Qt::CaseInsensitive) == 0;
}

// Text inside printf's single-quoted format: the shell's quote closed and reopened, printf's % and backslash doubled.
QString printfWord(QString w)
{
    w.replace(u'\\', QLatin1String("\\\\")).replace(u'%', QLatin1String("%%"));
    return w.replace(u'\'', QLatin1String("'\\''"));
}

// A model path without a .gguf or .safetensors extension (a folder keeps its whole name: "Qwen2.5-7B").
QString pathStem(const QString& path)
{
    const QFileInfo info(path);
    const QString suffix = info.suffix().toLower();
    const bool file = suffix == QLatin1String("gguf") || suffix == QLatin1String("safetensors");
    return info.path() + u'/' + (file ? info.completeBaseName() : info.fileName());
}

// The GGUF file the llama.cpp front ends load, and the lines that must run before (llama-quantize).
struct GgufFile
{
    QString path;
    QStringList before;
};

GgufFile ggufFile(const FitPlan& p, const ModelSpec& s, const ModelSource& src)
{
    if (src.path.isEmpty())
        return { ggufFileName(s, p.recipeId), {} };
    if (!src.requantize)
        return { src.path, {} };
    if (!src.gguf) {
        // A safetensors checkpoint: llama.cpp's converter writes a 16-bit GGUF, llama-quantize the recipe.
        const QFileInfo info(src.path);
        const QString folder
            = info.suffix().compare(QLatin1String("safetensors"), Qt::CaseInsensitive) == 0 ? info.path() : src.path;
        const QString stem = pathStem(folder);
        const bool sixteen = isSixteenBitOrWider(p.recipeId);
        const QString converted
            = stem + (sixteen ? u'-' + p.recipeId : QStringLiteral("-BF16")) + QStringLiteral(".gguf");
        QStringList lines { QStringLiteral("python convert_hf_to_gguf.py %1 --outtype %2 --outfile %3")
                                .arg(shellWord(folder), sixteen ? p.recipeId.toLower() : QStringLiteral("bf16"),
                                    shellWord(converted)) };
        if (sixteen)
            return { converted, lines };
        const QString out = stem + u'-' + p.recipeId + QStringLiteral(".gguf");
        const QString quantize
            = requantizeCommand(ModelSource { converted, true, QStringLiteral("BF16"), true }, p.recipeId, out);
        if (!quantize.isEmpty())
            lines << quantize;
        return { out, lines };
    }
    const QString out = requantizedFileName(src, p.recipeId);
    const QString line = requantizeCommand(src, p.recipeId, out);
    if (line.isEmpty())
        return { out,
            { QCoreApplication::translate("Planner::EngineCommand",
                "# llama-quantize has no file type %1: write %2 "
                "with the tool that makes that format")
                    .arg(p.recipeId, out) } };
    return { out, { line } };
}

QString splitFractions(const FitPlan& p)
{
    QStringList parts;
    for (const DevicePlacement& d : p.devices) {
        if (!d.isCpu)
            parts << QString::number(double(d.capacity) / double(qint64(1) << 30), 'f', 1);
    }
    return parts.join(u',');
}

// llama.cpp --tensor-split as layer counts: the split then puts exactly that many layers on each GPU.
QString layerSplit(const FitPlan& p)
{
    QStringList parts;
    for (int n : p.gpuLayerSplit)
        parts << QString::number(n);
    return parts.join(u',');
}

int gpuCount(const FitPlan& p)
{
    int n = 0;
    for (const DevicePlacement& d : p.devices)
        n += d.isCpu ? 0 : 1;
    return n;
}

bool isFp8Recipe(const QString& recipe)
{
    return recipe.startsWith(QLatin1String("FP8"));
}

bool nativeFp8(const ModelSpec& s)
{
    return s.nativeDtype.contains(QLatin1String("fp8"), Qt::CaseInsensitive)
        || s.nativeDtype.contains(QLatin1String("float8"), Qt::CaseInsensitive);
}

// Recipes whose weights must come quantized in the checkpoint: AWQ, GPTQ and W8A8 INT8 (neither vLLM nor
// transformers quantizes them at load time) and MLX's (mlx_lm.convert writes them).
bool needsQuantizedCheckpoint(const QString& recipe)
{
    return recipe.startsWith(QLatin1String("AWQ")) || recipe.startsWith(QLatin1String("GPTQ"))
        || recipe == QLatin1String("INT8") || recipe.startsWith(QLatin1String("MLX-"));
}

// The checkpoint a PyTorch or MLX engine loads, and the comment lines that go before the command.
struct Checkpoint
{
    QString ref; // a repository id or a local folder
    QStringList before;
};

Checkpoint checkpointFor(const FitPlan& p, const ModelSpec& s, const ModelSource& src, bool quantized = false)
{
    const QString base = modelRef(p, s, src);
    // An opened file in its own format, or a recipe the engine loads from any 16-bit checkpoint.
    if ((!src.path.isEmpty() && !src.requantize) || !(quantized || needsQuantizedCheckpoint(p.recipeId)))
        return { base, {} };
    if (const QString repo = s.quantizedRepos.value(p.recipeId); !repo.isEmpty() && src.path.isEmpty())
        return { repo, {} };
    const QString folder = !src.path.isEmpty()
        ? QStringLiteral("%1-%2").arg(pathStem(src.path), p.recipeId.toLower())
        : QStringLiteral("./%1-%2").arg(s.id.isEmpty() ? QStringLiteral("model") : s.id, p.recipeId.toLower());
    if (p.recipeId.startsWith(QLatin1String("MLX-"))) {
        // mlx-lm quantizes a 16-bit checkpoint itself: convert first, then serve the folder.
        const QString bits = p.recipeId.mid(4).remove(QLatin1String("BIT"), Qt::CaseInsensitive);
        return { folder,
            { QCoreApplication::translate(
                  "Planner::EngineCommand", "# no mlx-community %1 conversion of %2 is known: convert it first")
                    .arg(p.recipeId, base),
                QStringLiteral("mlx_lm.convert --hf-path %1 --mlx-path %2 -q --q-bits %3")
                    .arg(shellWord(base), shellWord(folder), bits) } };
    }
    return { folder,
        { QCoreApplication::translate("Planner::EngineCommand",
            "# no published %1 checkpoint of %2 is known: quantize it into %3 first (AutoAWQ, GPTQModel or "
            "llm-compressor), then run:")
                .arg(p.recipeId, base, folder) } };
}

// vLLM's and SGLang's --quantization for recipes they quantize at load time: FP8 on a 16-bit checkpoint.
QString loadTimeQuantization(const FitPlan& p, const ModelSpec& s, const ModelSource& src)
{
    const bool fileFp8 = !src.path.isEmpty() && src.fileRecipe.startsWith(QLatin1String("FP8"));
    if (isFp8Recipe(p.recipeId) && !nativeFp8(s) && !fileFp8)
        return QStringLiteral("fp8");
    return {};
}

// A Python string literal.
QString pyString(QString text)
{
    text.replace(u'\\', QLatin1String("\\\\")).replace(u'"', QLatin1String("\\\""));
    return u'"' + text + u'"';
}

// from_pretrained's quantization_config for the bitsandbytes recipes; empty for the others.
QString bitsAndBytesConfig(const QString& recipe)
{
    if (recipe == QLatin1String("LLM.INT8"))
        return QStringLiteral("BitsAndBytesConfig(load_in_8bit=True)");
    const QString compute = QStringLiteral("bnb_4bit_compute_dtype=torch.bfloat16");
    if (recipe == QLatin1String("NF4"))
        return QStringLiteral("BitsAndBytesConfig(load_in_4bit=True, bnb_4bit_quant_type=\"nf4\", %1)").arg(compute);
    if (recipe == QLatin1String("NF4-DQ"))
        return QStringLiteral("BitsAndBytesConfig(load_in_4bit=True, bnb_4bit_quant_type=\"nf4\", "
                              "bnb_4bit_use_double_quant=True, %1)")
            .arg(compute);
    if (recipe == QLatin1String("FP4"))
        return QStringLiteral("BitsAndBytesConfig(load_in_4bit=True, bnb_4bit_quant_type=\"fp4\", %1)").arg(compute);
    return {};
}

// transformers has no server: a Python snippet that loads the model as planned.
QString transformersSnippet(const FitPlan& p, const ModelSpec& s, const ModelSource& src)
{
    // transformers quantizes FP8 at load time with 128x128 block scales only (FineGrainedFP8Config): per-tensor
    // FP8 needs a checkpoint that holds it.
    const bool fp8Tensor = p.recipeId == QLatin1String("FP8-TENSOR") && !nativeFp8(s);
    const Checkpoint cp = checkpointFor(p, s, src, fp8Tensor);
    const QString bnb = bitsAndBytesConfig(p.recipeId);
    QString quantConfig = bnb;
    QStringList imports { QStringLiteral("AutoModelForCausalLM"), QStringLiteral("AutoTokenizer") };
    if (!bnb.isEmpty())
        imports << QStringLiteral("BitsAndBytesConfig");
    if (p.recipeId == QLatin1String("FP8") && !nativeFp8(s)) {
        quantConfig = QStringLiteral("FineGrainedFP8Config()");
        imports << QStringLiteral("FineGrainedFP8Config");
    }
    const bool fp16 = p.recipeId == QLatin1String("F16") || p.recipeId.startsWith(QLatin1String("AWQ"))
        || p.recipeId.startsWith(QLatin1String("GPTQ"));
    QStringList lines = cp.before;
    lines << QCoreApplication::translate("Planner::EngineCommand",
        "# Python (transformers): loads the weights as planned; device_map=\"auto\" fills the GPUs, "
        "then CPU memory");
    lines << QStringLiteral("import torch");
    lines << QStringLiteral("from transformers import %1").arg(imports.join(QStringLiteral(", ")));
    lines << QString();
    lines << QStringLiteral("model = AutoModelForCausalLM.from_pretrained(");
    lines << QStringLiteral("    %1,").arg(pyString(cp.ref));
    lines << QStringLiteral("    torch_dtype=torch.%1,")
                 .arg(fp16 ? QStringLiteral("float16") : QStringLiteral("bfloat16"));
    lines << QStringLiteral("    device_map=\"auto\",");
    // Layers in RAM: the GPU budgets that make accelerate place them as planned, and the RAM the plan may use.
    if (!p.deviceMapGpuBytes.isEmpty()) {
        QStringList budgets;
        for (int i = 0; i < p.deviceMapGpuBytes.size(); ++i) {
            if (p.deviceMapGpuBytes[i] > 0)
                budgets << QStringLiteral("%1: \"%2MiB\"").arg(i).arg(ceilDiv(p.deviceMapGpuBytes[i], MiB));
        }
        const qint64 ram = p.devices.isEmpty() || !p.devices.last().isCpu ? 0 : p.devices.last().capacity;
        if (ram > 0)
            budgets << QStringLiteral("\"cpu\": \"%1MiB\"").arg(ram / MiB);
        lines << QStringLiteral("    max_memory={%1},").arg(budgets.join(QStringLiteral(", ")));
    }
    if (!quantConfig.isEmpty())
        lines << QStringLiteral("    quantization_config=%1,").arg(quantConfig);
    lines << QStringLiteral(")");
    lines << QStringLiteral("tokenizer = AutoTokenizer.from_pretrained(%1)").arg(pyString(cp.ref));
    return lines.join(u'\n');
}

// vLLM's --speculative-config: the model's own MTP layers, or a draft checkpoint, in single quotes for the shell.
QString speculativeConfig(const SpeculativePlan& sp)
{
    const QString json = sp.kind == SpeculativePlan::Kind::Mtp
        ? QStringLiteral("{\"method\": \"mtp\", \"num_speculative_tokens\": %1}").arg(sp.draftTokens)
        : QStringLiteral("{\"model\": \"%1\", \"num_speculative_tokens\": %2}")
              .arg(sp.draftRepo.isEmpty() ? sp.draftModelId : sp.draftRepo)
              .arg(sp.draftTokens);
    return shellWord(json);
}

QString vllmCommand(const FitPlan& p, const ModelSpec& s, const ModelSource& src)
{
    const Checkpoint cp = checkpointFor(p, s, src);
    QStringList a { QStringLiteral("vllm"), QStringLiteral("serve"), shellWord(cp.ref),
        QStringLiteral("--tensor-parallel-size"), QString::number(p.tensorParallel),
        QStringLiteral("--pipeline-parallel-size"), QString::number(p.pipelineParallel),
        QStringLiteral("--max-model-len"), QString::number(p.context), QStringLiteral("--kv-cache-dtype"),
        p.kvType.startsWith(QLatin1String("FP8")) ? QStringLiteral("fp8") : QStringLiteral("auto"),
        QStringLiteral("--gpu-memory-utilization"), QString::number(p.gpuMemoryUtilization, 'g', 3) };
    // The scheduler's limits the estimate's profile run assumed: vLLM's own defaults differ by version and GPU, so
    // they are always spelled out.
    a << QStringLiteral("--max-num-seqs") << QString::number(std::max(p.maxNumSeqs, p.batch))
      << QStringLiteral("--max-num-batched-tokens") << QString::number(p.maxNumBatchedTokens);
    if (p.enforceEager)
        a << QStringLiteral("--enforce-eager");
    if (!p.chunkedPrefill)
        a << QStringLiteral("--no-enable-chunked-prefill");
    // FP8 on a 16-bit checkpoint: vLLM quantizes at load time. AWQ and GPTQ checkpoints say so in their config.
    if (const QString q = loadTimeQuantization(p, s, src); !q.isEmpty())
        a << QStringLiteral("--quantization") << q;
    if (p.speculative)
        a << QStringLiteral("--speculative-config") << speculativeConfig(*p.speculative);
    return (cp.before + QStringList { a.join(u' ') }).join(u'\n');
}

QString sglangCommand(const FitPlan& p, const ModelSpec& s, const ModelSource& src)
{
    const Checkpoint cp = checkpointFor(p, s, src);
    QStringList a { QStringLiteral("python"), QStringLiteral("-m"), QStringLiteral("sglang.launch_server"),
        QStringLiteral("--model-path"), shellWord(cp.ref), QStringLiteral("--tp"), QString::number(p.tensorParallel),
        QStringLiteral("--context-length"), QString::number(p.context), QStringLiteral("--mem-fraction-static"),
        QString::number(p.gpuMemoryUtilization, 'g', 3) };
    if (p.pipelineParallel > 1)
        a << QStringLiteral("--pp-size") << QString::number(p.pipelineParallel);
    if (p.kvType.startsWith(QLatin1String("FP8")))
        a << QStringLiteral("--kv-cache-dtype") << QStringLiteral("fp8_e4m3");
    if (const QString q = loadTimeQuantization(p, s, src); !q.isEmpty())
        a << QStringLiteral("--quantization") << q;
    return (cp.before + QStringList { a.join(u' ') }).join(u'\n');
}

QString mlxCommand(const FitPlan& p, const ModelSpec& s, const ModelSource& src)
{
    const Checkpoint cp = checkpointFor(p, s, src);
    return (cp.before + QStringList { QStringLiteral("mlx_lm.server --model %1").arg(shellWord(cp.ref)) }).join(u'\n');
}

} // namespace

QString ggufFileName(const ModelSpec& spec, const QString& recipeId)
{
    return QStringLiteral("%1-%2.gguf").arg(spec.id.isEmpty() ? QStringLiteral("model") : spec.id, recipeId);
}

QString requantizedFileName(const ModelSource& source, const QString& recipeId)
{
    const QFileInfo info(source.path);
    static const QRegularExpression shard(
        QStringLiteral("-\\d{5}-of-\\d{5}$"), QRegularExpression::CaseInsensitiveOption);
    QString stem = info.completeBaseName();
    stem.remove(shard);
    for (const QChar sep : { u'-', u'.', u'_' }) {
        const QString own = sep + source.fileRecipe;
        if (!source.fileRecipe.isEmpty() && stem.size() > own.size() && stem.endsWith(own, Qt::CaseInsensitive)) {
            stem.chop(own.size());
            break;
        }
    }
    const QString name = QStringLiteral("%1-%2.gguf").arg(stem, recipeId);
    return info.path() == QLatin1String(".") && !source.path.startsWith(QLatin1String("./"))
        ? name
        : info.path() + u'/' + name;
}

QString requantizeCommand(const ModelSource& source, const QString& recipeId, const QString& output)
{
    if (!ggufFileTypes().contains(recipeId))
        return {};
    QStringList a { QStringLiteral("llama-quantize") };
    if (!isSixteenBitOrWider(source.fileRecipe))
        a << QStringLiteral("--allow-requantize");
    a << shellWord(source.path) << shellWord(output) << recipeId;
    return a.join(u' ');
}

QString engineCommand(const FitPlan& p, const ModelSpec& s, const ModelSource& src)
{
    if (p.verdict == Verdict::None)
        return {};
    const GgufFile gguf = ggufFile(p, s, src);
    const QString file = shellWord(gguf.path);
    const auto withBefore = [&](const QString& command) {
        return gguf.before.isEmpty() ? command : gguf.before.join(u'\n') + u'\n' + command;
    };
    switch (p.frontend) {
    case Frontend::LlamaServer: {
        QStringList a { QStringLiteral("llama-server"), QStringLiteral("-m"), file, QStringLiteral("-ngl"),
            QString::number(p.gpuLayers), QStringLiteral("-c"), QString::number(p.context * p.batch) };
        // -np always: without it llama-server runs 4 slots in a unified cache, whose sliding-window layers then
        // keep 4 windows (tools/server/server.cpp, n_parallel auto).
        a << QStringLiteral("-np") << QString::number(p.batch);
        if (p.batch > 1 && p.kvUnified)
            a << QStringLiteral("--kv-unified");
        a << QStringLiteral("-ctk") << llamaKvType(p.kvType) << QStringLiteral("-ctv") << llamaKvType(p.kvType)
          << QStringLiteral("-fa") << QStringLiteral("on");
        if (p.cpuMoeLayers > 0)
            a << QStringLiteral("--n-cpu-moe") << QString::number(p.cpuMoeLayers);
        if (!p.gpuLayerSplit.isEmpty())
            a << QStringLiteral("--tensor-split") << layerSplit(p);
        else if (gpuCount(p) > 1 && p.gpuLayers > 0)
            a << QStringLiteral("--tensor-split") << splitFractions(p);
        if (p.speculative && p.speculative->kind == SpeculativePlan::Kind::DraftModel) {
            // The draft's layers all on the GPUs (none without GPUs), as the plan placed it.
            a << QStringLiteral("-md")
              << shellWord(QStringLiteral("%1-%2.gguf").arg(p.speculative->draftModelId, p.speculative->draftRecipe))
              << QStringLiteral("-ngld") << QString::number(gpuCount(p) > 0 ? 999 : 0) << QStringLiteral("--draft-max")
              << QString::number(p.speculative->draftTokens);
        }
        return withBefore(a.join(u' '));
    }
    case Frontend::Ollama: {
        const QString tag
            = QStringLiteral("%1-%2").arg(s.id.isEmpty() ? QStringLiteral("model") : s.id, p.recipeId).toLower();
        QStringList lines;
        if (p.kvType.compare(QLatin1String("F16"), Qt::CaseInsensitive) != 0 || p.batch > 1) {
            QString env = QStringLiteral("OLLAMA_FLASH_ATTENTION=1");
            if (p.kvType.compare(QLatin1String("F16"), Qt::CaseInsensitive) != 0)
                env += QStringLiteral(" OLLAMA_KV_CACHE_TYPE=") + llamaKvType(p.kvType);
            if (p.batch > 1)
                env += QStringLiteral(" OLLAMA_NUM_PARALLEL=%1").arg(p.batch);
            lines << QStringLiteral("%1 ollama serve &").arg(env);
        }
        // The Modelfile's FROM takes a path relative to the Modelfile or an absolute one.
        const QString from = gguf.path.startsWith(u'/') || gguf.path.startsWith(QLatin1String("./"))
            ? gguf.path
            : QStringLiteral("./") + gguf.path;
        lines << QStringLiteral("printf 'FROM %1\\nPARAMETER num_ctx %2\\nPARAMETER num_gpu %3\\n' > Modelfile")
                     .arg(printfWord(from))
                     .arg(p.context)
                     .arg(p.gpuLayers);
        lines << QStringLiteral("ollama create %1 -f Modelfile").arg(shellWord(tag));
        lines << QStringLiteral("ollama run %1").arg(shellWord(tag));
        return withBefore(lines.join(u'\n'));
    }
    case Frontend::LmStudio: {
        const QString gpu = p.gpuLayers >= p.totalLayers
            ? QStringLiteral("max")
            : QString::number(double(p.gpuLayers) / double(std::max(1, p.totalLayers)), 'f', 2);
        const QString load = QStringLiteral("lms load %1 --gpu %2 --context-length %3").arg(file, gpu).arg(p.context);
        if (p.cpuMoeLayers <= 0)
            return withBefore(load);
        // lms has no flag for it: the model's load settings in the app hold the count.
        return QCoreApplication::translate("Planner::EngineCommand",
                   "# in LM Studio's load settings set \"Number of layers for which to force MoE weights onto CPU\" "
                   "to %1")
                   .arg(p.cpuMoeLayers)
            + u'\n' + withBefore(load);
    }
    case Frontend::Vllm:
        return vllmCommand(p, s, src);
    case Frontend::Sglang:
        return sglangCommand(p, s, src);
    case Frontend::Mlx:
        return mlxCommand(p, s, src);
    case Frontend::Transformers:
        return transformersSnippet(p, s, src);
    }
    return {};
}

} // namespace Planner
