// SPDX-FileCopyrightText: 2026 The FitPlanner authors
// SPDX-License-Identifier: MIT

#pragma once

#include "modelcatalog.h"

#include <optional>

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>

namespace Planner {

/**
 * The folder the app keeps what the user makes (saved scenarios, custom models) in: the directory named by the
 * FITPLANNER_DATA_DIR environment variable when it is set, else QStandardPaths::AppDataLocation.
 */
QString userDataDirectory();

/** A model to add: its id and display name, and the Hugging Face config.json that describes it. */
struct CustomModelRequest
{
    QString id;
    QString name; // empty: the id
    QByteArray config; // the config.json text
    QString source; // where the config comes from (a path, or a description of a form), for messages
};

/**
 * The models the user added, kept as JSON in one file ({"schema": 1, "models": [...]}) whose entries have the
 * built-in catalog's shape (id, name, family, config). Every entry is validated with the catalog's own code
 * (parseModelCatalog, hence the config.json reader) and its id checked against the built-in catalog.
 *
 * Reading never fails: a missing file is an empty list; an entry that cannot be used (malformed, from an older
 * or newer version, or whose id a built-in model has taken since) is reported naming the file, the entry and
 * the field, skipped, and kept in the file as it is; a file that cannot be read at all is reported and left
 * alone until the next change moves it aside (to "<file>.unreadable"). Before rewriting a file the previous
 * version is copied to "<file>.bak"; the new one replaces it only when written whole.
 */
class CustomModelStore
{
public:
    static constexpr int kSchema = 1;
    static constexpr int kMaxModels = 500;
    static constexpr qsizetype kMaxIdLength = 100;
    static constexpr qsizetype kMaxNameLength = 200;

    explicit CustomModelStore(QString path);
    /** custom-models.json in userDataDirectory(). */
    static QString defaultPath();
    /** An id for the model a config.json describes: the name of the folder holding it, lower case, with every
     *  character an id cannot hold replaced by '-' ("Qwen3-8B/config.json": "qwen3-8b"); "custom-model" when that
     *  leaves nothing. */
    static QString suggestedId(const QString& configPath);

    /** Reads the file again, checking ids against `builtIn`; the problems found (empty when clean or absent). */
    QStringList load(const ModelCatalog& builtIn);
    /** The usable custom models, each id in customIds. */
    const ModelCatalog& models() const { return m_models; }
    const QString& path() const { return m_path; }
    /** Whether the file holds an entry with this id (case-insensitive), usable or not. */
    bool contains(const QString& id) const;

    /**
     * The model `request` would add, validated as a catalog entry: the id (1 to 100 letters, digits, '.', '_'
     * or '-'), not taken by a built-in model, nor by another custom one, nor naming a built-in model; the name;
     * and the config.json. nullopt with `*error` naming the source, the field and the reason otherwise.
     */
    std::optional<ModelSpec> validate(
        const CustomModelRequest& request, const ModelCatalog& builtIn, QString* error) const;
    /** Validates and adds `request`, then saves. False with `*error` when it is refused or cannot be written;
     *  `*notice` says where an unreadable file was moved. */
    bool add(const CustomModelRequest& request, const ModelCatalog& builtIn, QString* error, QString* notice = nullptr);
    /** Removes the entries with this id (case-insensitive; unusable ones too) and saves; false with `*error` when
     *  there is none or the file cannot be written. */
    bool remove(const QString& id, QString* error, QString* notice = nullptr);

private:
    struct Entry
    {
        QString id; // as the file spells it; may be empty for an unusable entry
        QByteArray json; // the entry as read or written, kept verbatim
        bool usable = false;
    };
    bool write(const QList<Entry>& entries, QString* error, QString* notice);
    void rebuild();

    QString m_path;
    QList<Entry> m_entries;
    QList<ModelSpec> m_specs; // one per usable entry, in order
    ModelCatalog m_models;
    bool m_unreadable = false; // the file exists but could not be read: move it aside before writing
};

/** `builtIn` followed by the models of `custom`, whose ids are marked custom. A custom model whose id a built-in
 *  one has is left out (CustomModelStore::load reports it). */
ModelCatalog withCustomModels(const ModelCatalog& builtIn, const ModelCatalog& custom);

} // namespace Planner
