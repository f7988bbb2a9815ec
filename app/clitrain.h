// SPDX-FileCopyrightText: 2026 The FitPlanner authors
// SPDX-License-Identifier: MIT

#pragma once

#include "catalogs.h"
#include "clicommand.h"

// `fitplanner train`: the memory a training job (full, LoRA, QLoRA, QAT, QAT + LoRA, distillation) needs per GPU,
// the verdict on the hardware, and its step and job time.
CliCommand trainCommand(const Catalogs& catalogs);
