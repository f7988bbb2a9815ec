// SPDX-FileCopyrightText: 2026 The FitPlanner authors
// SPDX-License-Identifier: MIT

#pragma once

#include "fitplan.h"
#include "modelspec.h"

namespace Planner {

// The shell command(s) that run a plan with its front end:
//   llama.cpp: llama-server -m <id>-<QUANT>.gguf -ngl N -c N [-np B] -ctk T -ctv T -fa on [--tensor-split a,b]
//   Ollama:    a Modelfile with num_ctx / num_gpu, ollama create, ollama run
//   LM Studio: lms load <file> --gpu max|F --context-length N
//   vLLM:      vllm serve <hf_repo> --tensor-parallel-size N --pipeline-parallel-size N --max-model-len N
//              --kv-cache-dtype auto|fp8 --gpu-memory-utilization F [--max-num-seqs B] [--quantization fp8]
//   SGLang:    python -m sglang.launch_server --model-path <hf_repo> --tp N --context-length N ...
//   MLX:       mlx_lm.server --model <hf_repo>; transformers: none (a Python API).
// The GGUF file name is <model id>-<quant>.gguf: point -m at your download.
QString engineCommand(const FitPlan& plan, const ModelSpec& spec);

QString ggufFileName(const ModelSpec& spec, const QString& recipeId);

} // namespace Planner
