// SPDX-FileCopyrightText: 2026 The FitPlanner authors
// SPDX-License-Identifier: MIT

#pragma once

#include "modelspec.h"
#include "parseerror.h"
#include "quantcatalog.h"
#include "scenario.h"

#include <atomic>
#include <optional>
#include <vector>

#include <QByteArray>
#include <QMap>
#include <QMetaType>
#include <QString>
#include <QStringList>

namespace Planner {

enum class ModelFileFormat
{
    Gguf, // one .gguf file or a split set (-00001-of-00003.gguf)
    Safetensors, // one .safetensors file, a sharded set with model.safetensors.index.json, or a folder
};

QString modelFileFormatName(ModelFileFormat format); // "gguf", "safetensors"

// One stored tensor of an opened model, with what the estimator and the inspector need.
struct FileTensor
{
    QString name;
    QString dtype; // as stored: a ggml type ("Q4_K") or a safetensors dtype ("I32")
    QString typeId; // what it belongs to: dtype, or the checkpoint's quantized type ("GPTQ_INT4_G128") for
                    // packed weights, scales and zero points
    std::vector<qint64> shape; // GGUF: ne0 first; safetensors: outermost first
    int layer = -1; // repeating block, -1 outside them
    int file = 0; // index into OpenedModel::files
    qint64 offset = 0; // within that file's data section
    qint64 bytes = 0;
    qint64 parameters = 0; // weights it holds (packed integers unpacked; scales and zero points 0)
    bool tokenEmbedding = false;
    bool output = false; // LM head or final norm
    bool expert = false; // routed-expert weights
};

// The quantization a Hugging Face config.json declares (quantization_config).
struct HfQuantization
{
    QString method; // "gptq", "awq", "bitsandbytes", "fp8", "compressed-tensors"; empty when unquantized
    int bits = 16;
    qint64 groupSize = 0; // 0: per channel / per tensor
    QString typeId; // storage type id in quants.json terms ("GPTQ_INT4_G128", "NF4_DQ", "FP8_E4M3_B128"...)
    QString recipeId; // the matching recipe when there is one ("GPTQ-INT4", "NF4-DQ", "FP8"...)
};

// Reads quantization_config of a config.json; nullopt (with errors) when it is present but unusable, an
// empty method when there is none.
std::optional<HfQuantization> parseHfQuantization(
    const QByteArray& configJson, const QString& file, QList<ParseError>* errors);

// A model file (or folder) as opened: its tensors with exact sizes, the architecture when it can be derived,
// and totals per storage type and per layer.
struct OpenedModel
{
    QString path; // what was opened
    ModelFileFormat format = ModelFileFormat::Gguf;
    QStringList files; // every file read (all shards)
    QString architecture; // GGUF general.architecture or the config's model_type
    QString quantization; // recipe id when recognised ("Q4_K_M", "GPTQ-INT4", "BF16"); else a description
    std::optional<ModelSpec> spec; // absent for projector files and unsupported architectures
    bool isProjector = false; // a vision projector (llama.cpp mmproj / clip)
    std::vector<FileTensor> tensors;
    qint64 totalBytes = 0;
    qint64 parameters = 0;
    QMap<QString, qint64> bytesByType; // by FileTensor::typeId
    std::vector<qint64> layerBytes; // per repeating block
    qint64 nonLayerBytes = 0; // embeddings, head, norms outside the blocks
    qint64 dataBytes = 0; // sum of the files' data sections
    QMap<QString, QString> metadata; // a few descriptive keys (general.name, quantization_config ...)
    QStringList warnings;

    // The tensors as a Scenario takes them (weights of that exact file).
    std::vector<StoredTensor> storedTensors() const;
};

// Opens a .gguf file (split sets as one model), a .safetensors file, or a folder holding a Hugging Face
// checkpoint (config.json, model.safetensors or model.safetensors.index.json). Reads headers only. Errors
// name the file and what is wrong. Safe to call from any thread. Every file is read through GuardedFile (regular
// files only, never a blocking open, bounded reads). When `cancel` becomes true the reading stops at its next
// step and fails with a message saying so.
std::optional<OpenedModel> openModelFile(
    const QString& path, const QuantCatalog& catalog, QString* error, const std::atomic<bool>* cancel = nullptr);

// Plans for the opened model itself: its spec, its exact tensors and its quantization label. Fails for
// projector files and models whose architecture could not be derived.
bool applyModelFile(Scenario& scenario, const OpenedModel& model, QString* error);

// Adds a vision projector (mmproj) file's tensors to a scenario's weights.
bool addProjector(Scenario& scenario, const OpenedModel& projector, QString* error);

} // namespace Planner
