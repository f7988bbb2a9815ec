#pragma once

#include "checkedmath.h"
#include "modelspec.h"

#include <vector>

#include <QString>

namespace Planner {

enum class TensorRole
{
    TokenEmbd,
    Output,
    OutputNorm,
    RopeFreqs,
    AttnNorm,
    AttnQ,
    AttnK,
    AttnV,
    AttnQkv,
    AttnOutput,
    AttnQNorm,
    AttnKNorm,
    AttnPostNorm,
    AttnSinks,
    AttnQA,
    AttnQANorm,
    AttnQB,
    AttnKvAMqa,
    AttnKvANorm,
    AttnKvB,
    FfnNorm,
    FfnPostNorm,
    FfnGate,
    FfnUp,
    FfnDown,
    FfnGateInp,
    FfnGateExps,
    FfnUpExps,
    FfnDownExps,
    FfnGateShexp,
    FfnUpShexp,
    FfnDownShexp,
    FfnGateInpShexp,
    ExpProbsB,
    Vision,
};

// One tensor as the engines store it. Shapes follow ggml: ne0 is the row length (input features of a
// projection), ne1 the number of rows (output features), ne2 the experts of a merged expert tensor.
struct TensorSpec
{
    QString name; // GGUF name, e.g. "blk.3.attn_v.weight" (empty when the layout was built without names)
    const char* base = ""; // the name without block and suffix, e.g. "attn_v" (a static string)
    TensorRole role = TensorRole::TokenEmbd;
    int layer = -1; // -1 for tensors outside the repeating blocks
    int nDims = 1;
    qint64 ne0 = 1;
    qint64 ne1 = 1;
    qint64 ne2 = 1;
    bool bias = false;
    bool inHf = true; // allocated by PyTorch frameworks
    bool inGguf = true; // written to a GGUF model file

    qint64 elements() const { return satMul(satMul(ne0, ne1), ne2); } // saturates on absurd shapes
    bool isMatrix() const { return nDims >= 2 && !bias; }
    bool isExpert() const
    {
        return role == TensorRole::FfnGateExps || role == TensorRole::FfnUpExps || role == TensorRole::FfnDownExps;
    }
};

struct ParamCounts
{
    qint64 total = 0; // every parameter the framework allocates (vision tower included)
    qint64 active = 0; // parameters used per token (routed experts scaled by experts_per_token / experts)
    qint64 embedding = 0; // token embedding table
    qint64 vision = 0; // vision tower and projector
};

enum class TensorNames
{
    Full, // fill TensorSpec::name
    None, // leave it empty: the estimator's hot path needs roles and shapes only
};

// The full tensor list of an architecture, in the order the engines create them.
std::vector<TensorSpec> tensorLayout(const ModelSpec& spec, TensorNames names = TensorNames::Full);

// Parameters as Hugging Face transformers allocates them (tensors with inHf).
ParamCounts countParameters(const ModelSpec& spec);
ParamCounts countParameters(
    const ModelSpec& spec, const std::vector<TensorSpec>& tensors); // tensors = tensorLayout(spec)

// Parameters as llama.cpp counts them in a GGUF file (tensors with inGguf).
qint64 countGgufParameters(const ModelSpec& spec);

} // namespace Planner
