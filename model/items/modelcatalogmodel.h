// SPDX-FileCopyrightText: 2026 The FitPlanner authors
// SPDX-License-Identifier: MIT

#pragma once

#include "itemroles.h"
#include "modelcatalog.h"
#include "tensorlayout.h"

#include <QAbstractItemModel>
#include <QList>

namespace Planner {

/**
 * The model catalog as a two-level tree: one row per family (in catalog order), each holding its
 * models. Columns: Model, Parameters, Active, Max context. Model rows carry IdRole, NamesRole, FamilyRole,
 * IsMoeRole, IsHybridRole, TotalParamsRole, ActiveParamsRole, MaxContextRole, LicenseRole, ReleasedRole,
 * IsCustomRole; SortRole is the name for the first column and the raw number for the others. Family rows have
 * IsGroupRole set. The user's custom models (ModelCatalog::customIds) form one "Custom models" group after the
 * families; that is their FamilyRole, so the family filter can show them alone.
 */
class ModelCatalogModel : public QAbstractItemModel
{
    Q_OBJECT

public:
    enum Column
    {
        NameColumn,
        ParamsColumn,
        ActiveColumn,
        ContextColumn,
        ColumnCount
    };

    explicit ModelCatalogModel(QObject* parent = nullptr);

    /** Replaces the catalog (model reset); the Opened files group stays. Parameters are counted once here. */
    void setCatalog(const ModelCatalog& catalog);

    /**
     * Adds an opened model file to the "Opened files" group (created last in the tree on first use); a path
     * already listed keeps its row. Returns the entry's index (column 0). Its IdRole is openedFileId(path).
     */
    QModelIndex addOpenedFile(const QString& path, const ModelSpec& spec, qint64 parameters);
    static QString openedFileId(const QString& path); ///< "file:" + path
    static bool isOpenedFileId(const QString& id);

    QStringList families() const; ///< catalog families (not the Opened files group)
    QStringList licenses() const;
    /** The years catalog models were released in, newest first (from their "YYYY-MM" release months). */
    QList<int> releaseYears() const;
    /** The year of a "YYYY-MM" (or "YYYY") release month; 0 when it names none. */
    static int releaseYear(const QString& released);
    /** Index (column 0) of the model with this id, or an invalid index. */
    QModelIndex indexOfModel(const QString& id) const;

    QModelIndex index(int row, int column, const QModelIndex& parent = {}) const override;
    QModelIndex parent(const QModelIndex& child) const override;
    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    struct Entry
    {
        QString id;
        QString name;
        QString family;
        QString license;
        QString released;
        ParamCounts params;
        qint64 maxContext = 0;
        bool moe = false;
        bool hybrid = false;
        QStringList names; // every name the model is known by (NamesRole)
        bool custom = false;
        qint64 configMaxContext = 0; // ModelSpec::configMaxContext
    };
    struct Group
    {
        QString family;
        QList<Entry> models;
        bool opened = false;
        bool custom = false;
    };

    QVariant groupData(const Group& g, int column, int role) const;
    QVariant entryData(const Entry& e, int column, int role) const;

    QList<Group> m_groups;
};

} // namespace Planner
