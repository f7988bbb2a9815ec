// SPDX-FileCopyrightText: 2026 The FitPlanner authors
// SPDX-License-Identifier: MIT

#pragma once

#include "parseerror.h"
#include "storagetype.h"

#include <optional>

#include <QByteArray>
#include <QHash>
#include <QList>
#include <QStringList>

namespace Planner {

enum class RecipeFormat
{
    Gguf, // llama.cpp file types: per-tensor types chosen by llama-quantize's rules
    Hf, // checkpoints loaded by PyTorch engines (vLLM, transformers): one type for linear weights
    Mlx, // MLX affine quantization (Apple)
};

// Which models a best-recipe search tries a recipe for.
enum class RecipeSearch
{
    Always, // a format every model can be had in (made at load, or published for models of every family)
    NativeOnly, // published only as some models' own checkpoints: tried for the models whose native format it is
    Never, // selectable, but not searched (variants few checkpoints are published in)
};

// Which storage type each tensor of a model gets.
struct QuantRecipe
{
    QString id; // "Q4_K_M", "GPTQ-INT4", ...; matched case-insensitively
    QString name;
    QString description;
    RecipeFormat format = RecipeFormat::Hf;
    QStringList engines; // engine ids that can run it
    QString baseType; // Gguf: the file type's default type; Hf/Mlx: the type of linear weights
    QString embeddingType; // Hf/Mlx: token embeddings
    QString outputType; // Hf/Mlx: the LM head
    QString otherType; // Hf/Mlx: norms, biases, routers, vision tower
    QString expertType; // Hf/Mlx: routed experts' weight matrices; empty: baseType (gpt-oss's MXFP4 experts)
    RecipeSearch search = RecipeSearch::Always;
    // The checkpoint formats (recipe ids) this recipe holds without loss on its engines: llama.cpp's MXFP4_MOE
    // file is gpt-oss's published MXFP4 checkpoint converted. A search starts from it for such a checkpoint.
    QStringList nativeFor;
    // Published quality: the mean Kullback-Leibler divergence of the next-token distribution against the
    // 16-bit model (0 for the reference itself), and where the figure comes from. nullopt: none published.
    std::optional<double> kld;
    QString kldSource;
};

struct QuantCatalog
{
    QList<StorageType> types;
    QList<QuantRecipe> recipes;

    const StorageType* type(const QString& id) const;
    const StorageType* typeByGgmlId(int ggmlId) const;
    const QuantRecipe* recipe(const QString& id) const; // case-insensitive
    QStringList recipeIds() const;
};

// Parses quants.json. Bad entries are reported (file, entry and field named) and skipped; a file that is
// not JSON or lacks the top-level arrays yields nullopt.
std::optional<QuantCatalog> parseQuantCatalog(const QByteArray& json, const QString& file, QList<ParseError>* errors);

QString recipeFormatName(RecipeFormat f);

} // namespace Planner
