// SPDX-FileCopyrightText: 2026 The FitPlanner authors
// SPDX-License-Identifier: MIT

#pragma once

#include "modelspec.h"
#include "parseerror.h"

#include <QByteArray>
#include <QHash>
#include <QList>
#include <QSet>

namespace Planner {

struct ModelCatalog
{
    QList<ModelSpec> models;
    // Other names of a model, by its id: Ollama tags, older repository ids (models.json's "aliases").
    QHash<QString, QStringList> aliases;
    // Ids of the models the user added (CustomModelStore); the others are the built-in catalog's.
    QSet<QString> customIds;

    const ModelSpec* find(const QString& id) const; // case-insensitive; names as people type them: NameMatcher
    QStringList ids() const;
    bool isCustom(const QString& id) const { return customIds.contains(id); }
    // The models that are not custom ones (with their aliases).
    ModelCatalog builtIn() const;
};

// Parses models.json. Every entry is validated; a malformed or inconsistent entry is reported with its
// index, id and field, and skipped, so the rest still loads. Returns an empty catalog (and an error) when the
// file itself is not JSON or has no "models" array.
ModelCatalog parseModelCatalog(const QByteArray& json, const QString& file, QList<ParseError>* errors);

} // namespace Planner
