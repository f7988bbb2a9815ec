// SPDX-FileCopyrightText: 2026 The FitPlanner authors
// SPDX-License-Identifier: MIT

#pragma once

#include "fitplan.h"
#include "modelspec.h"

namespace Planner {

// The shell command(s) that run a plan with its front end:
//   llama.cpp: llama-server -m <id>-<QUANT>.gguf -ngl N -c N [-np B] -ctk T -ctv T -fa on [--tensor-split a,b]
//              [-md <draft id>-<QUANT>.gguf -ngld 999 --draft-max N] (speculative decoding with a draft model)
//   Ollama:    a Modelfile with num_ctx / num_gpu, ollama create, ollama run
//   LM Studio: lms load <file> --gpu max|F --context-length N
//   vLLM:      vllm serve <repo> --tensor-parallel-size N --pipeline-parallel-size N --max-model-len N
//              --kv-cache-dtype auto|fp8 --gpu-memory-utilization F [--max-num-seqs B] [--quantization fp8]
//              [--speculative-config '{"model": <draft repo> | "method": "mtp", "num_speculative_tokens": N}']
//   SGLang:    python -m sglang.launch_server --model-path <repo> --tp N --context-length N ... [--quantization fp8]
//   MLX:       mlx_lm.server --model <repo>
//   transformers: a Python snippet (AutoModelForCausalLM.from_pretrained with torch_dtype, device_map="auto" and,
//              for bitsandbytes recipes, BitsAndBytesConfig).
// <repo> is the catalog's hf_repo; for AWQ, GPTQ, INT8 and MLX recipes the pre-quantized repository the catalog
// names in quantized_repos, or, where none is known, a comment line saying so and a local folder
// ./<id>-<recipe> (MLX: an mlx_lm.convert line that writes it). FP8 on a 16-bit checkpoint is quantized at load
// time (--quantization fp8; transformers: FineGrainedFP8Config).
// For a catalog model the GGUF file name is <model id>-<quant>.gguf: point -m at your download.

// Where the weights come from when they are a model file on disk rather than a catalog name.
struct ModelSource
{
    QString path; // the opened .gguf file (the first of a split set), .safetensors file or model folder
    bool gguf = true; // the file is GGUF (else a safetensors checkpoint)
    QString fileRecipe; // the file's own quantization ("Q4_K_M", "BF16", or a description)
    // The plan's recipe is not the file's: the GGUF commands first write <stem>-<recipe>.gguf with llama-quantize.
    bool requantize = false;
};

QString engineCommand(const FitPlan& plan, const ModelSpec& spec, const ModelSource& source = {});

// The llama-quantize line that writes `source.path` as `recipeId` into `output` (--allow-requantize when the
// file is already quantized); empty when llama-quantize has no such file type.
QString requantizeCommand(const ModelSource& source, const QString& recipeId, const QString& output);

// The file a re-quantized copy of `source.path` is written to: <dir>/<stem>-<recipe>.gguf, where the stem loses the
// -00001-of-0000N part of a split set and a trailing "-<file's own quantization>" ("Llama-8B-Q4_K_M.gguf" to
// "Llama-8B-Q8_0.gguf").
QString requantizedFileName(const ModelSource& source, const QString& recipeId);

// The GGUF file name a catalog model's commands use: <model id>-<recipe>.gguf.
QString ggufFileName(const ModelSpec& spec, const QString& recipeId);

} // namespace Planner
