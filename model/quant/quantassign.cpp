#include "quantassign.h"

#include "ggufrecipe.h"

#include <QCoreApplication>

namespace Planner {

QStringList assignStorageTypes(const ModelSpec& spec, const std::vector<TensorSpec>& tensors, const QuantRecipe& recipe,
    Engine engine, const QuantCatalog& catalog, QStringList* notes)
{
    const bool pytorchEngine = engine != Engine::LlamaCpp;
    if (recipe.format == RecipeFormat::Gguf && !pytorchEngine)
        return ggufTensorTypes(spec, tensors, recipe.id, catalog);

    QStringList out;
    out.reserve(static_cast<qsizetype>(tensors.size()));
    int fallbacks = 0;
    for (const TensorSpec& t : tensors) {
        if (!t.inHf) {
            out << QString();
            continue;
        }
        if (recipe.format == RecipeFormat::Gguf) {
            // F16/BF16 under a PyTorch engine: every tensor in the 16-bit type.
            out << recipe.baseType;
            continue;
        }
        QString type;
        if (t.role == TensorRole::TokenEmbd)
            type = recipe.embeddingType;
        else if (t.role == TensorRole::Output && !t.bias)
            type = recipe.outputType;
        else if (t.isMatrix() && t.role != TensorRole::FfnGateInp && t.role != TensorRole::Vision)
            type = recipe.baseType;
        else
            type = recipe.otherType;
        const StorageType* st = catalog.type(type);
        if (st && !st->fitsRow(t.ne0)) {
            // Quantizers skip layers whose input width is not a whole number of groups.
            ++fallbacks;
            type = recipe.otherType;
        }
        out << type;
    }
    if (fallbacks > 0 && notes) {
        *notes << QCoreApplication::translate("Planner::QuantAssign",
            "%n tensor(s) keep 16-bit weights: their input width is not a multiple of the group size", nullptr,
            fallbacks);
    }
    return out;
}

} // namespace Planner
