// SPDX-FileCopyrightText: 2026 The FitPlanner authors
// SPDX-License-Identifier: MIT

#include "modelcatalogmodel.h"

#include "contextsweepmodel.h"
#include "namematcher.h"
#include "units.h"

#include <algorithm>
#include <functional>

#include <QFileInfo>
#include <QLocale>

namespace Planner {

namespace {

// Recurrent token mixers (Gated DeltaNet, Mamba2) in some layers: a hybrid model, whatever its feed-forward.
bool isHybrid(const ModelSpec& m)
{
    return std::any_of(m.layers.cbegin(), m.layers.cend(), [](const LayerSpec& l) { return l.isRecurrent(); });
}

} // namespace

ModelCatalogModel::ModelCatalogModel(QObject* parent)
    : QAbstractItemModel(parent)
{ }

void ModelCatalogModel::setCatalog(const ModelCatalog& catalog)
{
    beginResetModel();
    QList<Group> opened;
    for (const Group& g : std::as_const(m_groups))
        if (g.opened)
            opened << g;
    m_groups.clear();
    Group custom { tr("Custom models"), {}, false, true };
    for (int i = 0; i < catalog.models.size(); ++i) {
        const ModelSpec& m = catalog.models[i];
        const bool isCustom = catalog.isCustom(m.id);
        Entry e { m.id, m.name, isCustom ? custom.family : m.family, m.license, m.released, countParameters(m),
            m.maxContext, m.isMoe(), isHybrid(m), modelNames(catalog, i), isCustom, m.configMaxContext };
        if (isCustom) {
            custom.models.append(e);
            continue;
        }
        auto it = std::find_if(m_groups.begin(), m_groups.end(), [&](const Group& g) { return g.family == m.family; });
        if (it == m_groups.end())
            m_groups.append(Group { m.family, { e } });
        else
            it->models.append(e);
    }
    if (!custom.models.isEmpty())
        m_groups.append(custom);
    m_groups << opened;
    endResetModel();
}

QString ModelCatalogModel::openedFileId(const QString& path)
{
    return QStringLiteral("file:") + path;
}

bool ModelCatalogModel::isOpenedFileId(const QString& id)
{
    return id.startsWith(QLatin1String("file:"));
}

QModelIndex ModelCatalogModel::addOpenedFile(const QString& path, const ModelSpec& spec, qint64 parameters)
{
    const QString id = openedFileId(path);
    if (const QModelIndex existing = indexOfModel(id); existing.isValid())
        return existing;
    if (m_groups.isEmpty() || !m_groups.last().opened) {
        const int row = int(m_groups.size());
        beginInsertRows({}, row, row);
        Group g;
        g.family = tr("Opened files");
        g.opened = true;
        m_groups.append(g);
        endInsertRows();
    }
    const int g = int(m_groups.size() - 1);
    ParamCounts params = countParameters(spec);
    if (parameters > 0)
        params.total = parameters; // the file's own count
    const QString name = QFileInfo(path).fileName().isEmpty() ? path : QFileInfo(path).fileName();
    Entry e { id, name, m_groups[g].family, spec.license, spec.released, params, spec.maxContext, spec.isMoe(),
        isHybrid(spec), { id, name } };
    const int row = int(m_groups[g].models.size());
    beginInsertRows(createIndex(g, 0, quintptr(0)), row, row);
    m_groups[g].models.append(e);
    endInsertRows();
    return createIndex(row, 0, quintptr(g + 1));
}

QStringList ModelCatalogModel::families() const
{
    QStringList out;
    for (const Group& g : m_groups)
        if (!g.opened)
            out << g.family;
    return out;
}

QStringList ModelCatalogModel::licenses() const
{
    QStringList out;
    for (const Group& g : m_groups)
        for (const Entry& e : g.models)
            if (!g.opened && !e.license.isEmpty() && !out.contains(e.license))
                out << e.license;
    out.sort(Qt::CaseInsensitive);
    return out;
}

int ModelCatalogModel::releaseYear(const QString& released)
{
    bool ok = false;
    const int year = released.left(4).toInt(&ok);
    return ok && released.size() >= 4 && year > 0 ? year : 0;
}

QList<int> ModelCatalogModel::releaseYears() const
{
    QList<int> out;
    for (const Group& g : m_groups)
        for (const Entry& e : g.models)
            if (const int year = releaseYear(e.released); !g.opened && year > 0 && !out.contains(year))
                out << year;
    std::sort(out.begin(), out.end(), std::greater<int>());
    return out;
}

QModelIndex ModelCatalogModel::indexOfModel(const QString& id) const
{
    for (int g = 0; g < m_groups.size(); ++g)
        for (int r = 0; r < m_groups[g].models.size(); ++r)
            if (m_groups[g].models[r].id.compare(id, Qt::CaseInsensitive) == 0)
                return createIndex(r, 0, quintptr(g + 1));
    return {};
}

QModelIndex ModelCatalogModel::index(int row, int column, const QModelIndex& parent) const
{
    if (!hasIndex(row, column, parent))
        return {};
    if (!parent.isValid())
        return createIndex(row, column, quintptr(0));
    return createIndex(row, column, quintptr(parent.row() + 1));
}

QModelIndex ModelCatalogModel::parent(const QModelIndex& child) const
{
    if (!child.isValid() || child.internalId() == 0)
        return {};
    return createIndex(int(child.internalId() - 1), 0, quintptr(0));
}

int ModelCatalogModel::rowCount(const QModelIndex& parent) const
{
    if (!parent.isValid())
        return int(m_groups.size());
    if (parent.column() != 0 || parent.internalId() != 0)
        return 0;
    return int(m_groups[parent.row()].models.size());
}

int ModelCatalogModel::columnCount(const QModelIndex&) const
{
    return ColumnCount;
}

QVariant ModelCatalogModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    if (index.internalId() == 0)
        return groupData(m_groups[index.row()], index.column(), role);
    return entryData(m_groups[int(index.internalId() - 1)].models[index.row()], index.column(), role);
}

QVariant ModelCatalogModel::groupData(const Group& g, int column, int role) const
{
    switch (role) {
    case Qt::DisplayRole:
        return column == NameColumn ? QVariant(g.family) : QVariant();
    case Roles::SortRole:
        return g.family; // families keep alphabetical order whatever column sorts the models
    case Roles::FamilyRole:
        return g.family;
    case Roles::IsGroupRole:
        return true;
    case Roles::IsCustomRole:
        return g.custom;
    }
    return {};
}

QVariant ModelCatalogModel::entryData(const Entry& e, int column, int role) const
{
    switch (role) {
    case Qt::DisplayRole:
        switch (column) {
        case NameColumn:
            return e.name;
        case ParamsColumn:
            return formatCount(e.params.total);
        case ActiveColumn:
            return e.moe ? formatCount(e.params.active) : QString();
        case ContextColumn:
            return ContextSweepModel::formatTokens(e.maxContext);
        }
        return {};
    case Qt::ToolTipRole: {
        const QString tip = e.moe
            ? tr("%1 (%2): %3 parameters, %4 active per token, up to %5 tokens of context, licence %6")
                  .arg(e.name, e.id, QLocale().toString(e.params.total), QLocale().toString(e.params.active),
                      QLocale().toString(e.maxContext), e.license)
            : tr("%1 (%2): %3 parameters, up to %4 tokens of context, licence %5")
                  .arg(e.name, e.id, QLocale().toString(e.params.total), QLocale().toString(e.maxContext), e.license);
        const QString trained = e.configMaxContext > 0
            ? tr("%1; trained for %2 tokens, though its config.json says %3")
                  .arg(tip, QLocale().toString(e.maxContext), QLocale().toString(e.configMaxContext))
            : tip;
        return e.custom ? tr("Custom model: %1").arg(trained) : trained;
    }
    case Qt::TextAlignmentRole:
        return column == NameColumn ? QVariant() : QVariant(int(Qt::AlignRight | Qt::AlignVCenter));
    case Roles::SortRole:
        switch (column) {
        case NameColumn:
            return e.name;
        case ParamsColumn:
            return e.params.total;
        case ActiveColumn:
            return e.params.active;
        case ContextColumn:
            return e.maxContext;
        }
        return {};
    case Roles::IdRole:
        return e.id;
    case Roles::NamesRole:
        return e.names;
    case Roles::FamilyRole:
        return e.family;
    case Roles::IsMoeRole:
        return e.moe;
    case Roles::IsHybridRole:
        return e.hybrid;
    case Roles::ReleasedRole:
        return e.released;
    case Roles::TotalParamsRole:
        return e.params.total;
    case Roles::ActiveParamsRole:
        return e.params.active;
    case Roles::MaxContextRole:
        return e.maxContext;
    case Roles::LicenseRole:
        return e.license;
    case Roles::IsGroupRole:
        return false;
    case Roles::IsCustomRole:
        return e.custom;
    }
    return {};
}

QVariant ModelCatalogModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractItemModel::headerData(section, orientation, role);
    switch (section) {
    case NameColumn:
        return tr("Model");
    case ParamsColumn:
        return tr("Parameters");
    case ActiveColumn:
        return tr("Active");
    case ContextColumn:
        return tr("Max context");
    }
    return {};
}

} // namespace Planner
