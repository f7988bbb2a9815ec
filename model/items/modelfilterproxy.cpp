// SPDX-FileCopyrightText: 2026 The FitPlanner authors
// SPDX-License-Identifier: MIT

#include "modelfilterproxy.h"

#include "modelcatalogmodel.h"
#include "namematcher.h"

namespace Planner {

ModelFilterProxy::ModelFilterProxy(int sortRole, QObject* parent)
    : QSortFilterProxyModel(parent)
{
    setSortRole(sortRole);
    setRecursiveFilteringEnabled(true);
    setSortCaseSensitivity(Qt::CaseInsensitive);
}

void ModelFilterProxy::setSearchText(const QString& text)
{
    const QString t = text.trimmed();
    if (t == m_search)
        return;
    m_search = t;
    updateNameMatch();
    invalidateFilter();
}

void ModelFilterProxy::setSourceModel(QAbstractItemModel* model)
{
    for (const QMetaObject::Connection& c : std::as_const(m_sourceConnections))
        disconnect(c);
    m_sourceConnections.clear();
    QSortFilterProxyModel::setSourceModel(model);
    if (model) {
        // The base class has filtered by then with the names of before: match again and refilter.
        const auto refresh = [this] {
            updateNameMatch();
            if (!m_search.isEmpty())
                invalidateFilter();
        };
        m_sourceConnections << connect(model, &QAbstractItemModel::modelReset, this, refresh)
                            << connect(model, &QAbstractItemModel::rowsInserted, this, refresh);
    }
    updateNameMatch();
    if (!m_search.isEmpty())
        invalidateFilter();
}

void ModelFilterProxy::updateNameMatch()
{
    m_nameMatches.clear();
    m_matchedId.clear();
    m_suggestedIds.clear();
    const QAbstractItemModel* source = sourceModel();
    if (m_search.isEmpty() || !source)
        return;
    NameMatcher matcher({}, true);
    QStringList ids;
    for (int g = 0; g < source->rowCount(); ++g) {
        const QModelIndex group = source->index(g, 0);
        for (int r = 0; r < source->rowCount(group); ++r) {
            const QModelIndex idx = source->index(r, 0, group);
            QStringList names = idx.data(Roles::NamesRole).toStringList();
            if (names.isEmpty())
                names = QStringList { idx.data(Roles::IdRole).toString(), idx.data(Qt::DisplayRole).toString() };
            ids << idx.data(Roles::IdRole).toString();
            matcher.addEntry(names);
        }
    }
    const NameMatch match = matcher.match(m_search);
    for (const int e : match.entries) {
        if (match.kind == NameMatch::Kind::None)
            m_suggestedIds << ids.at(e);
        else
            m_nameMatches.insert(ids.at(e));
    }
    if (match.isUnique())
        m_matchedId = ids.at(match.entries.front());
}

void ModelFilterProxy::setFamily(const QString& family)
{
    if (family == m_family)
        return;
    m_family = family;
    invalidateFilter();
}

void ModelFilterProxy::setArchFilter(ArchFilter filter)
{
    if (filter == m_arch)
        return;
    m_arch = filter;
    invalidateFilter();
}

void ModelFilterProxy::setParamRange(qint64 minParams, qint64 maxParams)
{
    if (minParams == m_minParams && maxParams == m_maxParams)
        return;
    m_minParams = minParams;
    m_maxParams = maxParams;
    invalidateFilter();
}

void ModelFilterProxy::setLicense(const QString& license)
{
    if (license == m_license)
        return;
    m_license = license;
    invalidateFilter();
}

void ModelFilterProxy::setReleaseYear(int year)
{
    if (year == m_year)
        return;
    m_year = year;
    invalidateFilter();
}

bool ModelFilterProxy::kindMatches(const QModelIndex& idx) const
{
    switch (m_arch) {
    case ArchFilter::Any:
        return true;
    case ArchFilter::DenseOnly:
        return !idx.data(Roles::IsMoeRole).toBool();
    case ArchFilter::MoeOnly:
        return idx.data(Roles::IsMoeRole).toBool();
    case ArchFilter::HybridOnly:
        return idx.data(Roles::IsHybridRole).toBool();
    }
    return true;
}

bool ModelFilterProxy::filterAcceptsRow(int sourceRow, const QModelIndex& sourceParent) const
{
    const QModelIndex idx = sourceModel()->index(sourceRow, 0, sourceParent);
    // Family rows are shown through recursive filtering when one of their models is accepted.
    if (idx.data(Roles::IsGroupRole).toBool())
        return false;
    if (!m_family.isEmpty() && idx.data(Roles::FamilyRole).toString() != m_family)
        return false;
    if (!m_license.isEmpty() && idx.data(Roles::LicenseRole).toString() != m_license)
        return false;
    if (!kindMatches(idx))
        return false;
    if (m_year > 0 && ModelCatalogModel::releaseYear(idx.data(Roles::ReleasedRole).toString()) != m_year)
        return false;
    const qint64 params = idx.data(Roles::TotalParamsRole).toLongLong();
    if (m_minParams > 0 && params < m_minParams)
        return false;
    if (m_maxParams > 0 && params > m_maxParams)
        return false;
    return m_search.isEmpty() || m_nameMatches.contains(idx.data(Roles::IdRole).toString()) || wordsMatch(idx);
}

bool ModelFilterProxy::wordsMatch(const QModelIndex& idx) const
{
    const QString name = idx.data(Qt::DisplayRole).toString();
    const QString id = idx.data(Roles::IdRole).toString();
    const QString family = idx.data(Roles::FamilyRole).toString();
    // Every word must match somewhere, so "qwen 32" finds Qwen2.5 32B.
    const QStringList words = m_search.split(u' ', Qt::SkipEmptyParts);
    for (const QString& w : words) {
        if (!name.contains(w, Qt::CaseInsensitive) && !id.contains(w, Qt::CaseInsensitive)
            && !family.contains(w, Qt::CaseInsensitive))
            return false;
    }
    return true;
}

bool ModelFilterProxy::lessThan(const QModelIndex& left, const QModelIndex& right) const
{
    const QVariant l = left.data(sortRole());
    const QVariant r = right.data(sortRole());
    if (l.typeId() == QMetaType::QString || r.typeId() == QMetaType::QString)
        return QString::compare(l.toString(), r.toString(), Qt::CaseInsensitive) < 0;
    return l.toLongLong() < r.toLongLong();
}

} // namespace Planner
