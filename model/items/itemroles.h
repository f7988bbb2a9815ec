// SPDX-FileCopyrightText: 2026 The FitPlanner authors
// SPDX-License-Identifier: MIT

#pragma once

#include <QString>
#include <Qt>

namespace Planner {

/**
 * Semantic item-data roles shared by the item models in model/items. Views map them to colours and
 * icons (FitStatusDecorator); charts read numbers through UnitValueProxy. No role carries a colour.
 */
namespace Roles {
enum Role : int
{
    BytesRole = Qt::UserRole + 1, ///< qint64 bytes of the cell's component
    SortRole, ///< raw value to sort by (qint64 bytes, parameters or tokens; QString for names)
    FitStatusRole, ///< Planner::FitStatus of the row against the capacity in use
    IdRole, ///< catalog id: model id or recipe id
    ComponentRole, ///< int(Planner::Component) of the cell
    LowBytesRole, ///< qint64 lower end of the component's uncertainty band
    HighBytesRole, ///< qint64 upper end of the component's uncertainty band
    StackedBytesRole, ///< qint64 sum of this component and every component before it (stacked charts)
    FamilyRole, ///< QString model family
    IsMoeRole, ///< bool: mixture-of-experts model
    TotalParamsRole, ///< qint64 parameters
    ActiveParamsRole, ///< qint64 parameters used per token
    MaxContextRole, ///< qint64 tokens
    LicenseRole, ///< QString licence
    IsGroupRole, ///< bool: a family group row in the catalog tree
    TokensRole, ///< qint64 context length of a sweep row
    IsCurrentRole, ///< bool: the row is the scenario's own quantization / context
    NamesRole, ///< QStringList: every name a catalog model is known by (id, name, repository, aliases)
    IsHybridRole, ///< bool: recurrent layers (Gated DeltaNet, Mamba2) beside attention layers
    ReleasedRole, ///< QString release month of a catalog model, "YYYY-MM" (empty when unknown)
    IsCustomRole, ///< bool: a model the user added (CustomModelStore), or its group
    MemoryPartRole, ///< int(Planner::MemoryPart) of a breakdown row; invalid for Total
};
}

/** The parts of the memory bill, in the order tables and stacked charts show them. */
enum class Component
{
    Weights,
    KvCache,
    Activations,
    Overhead,
    Total
};

constexpr int kComponentCount = 4; ///< Weights..Overhead, without Total

/** Translated display name ("Weights", "KV cache", ...). */
QString componentName(Component c);

} // namespace Planner
