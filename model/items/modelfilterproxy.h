#pragma once

#include "itemroles.h"

#include <QSortFilterProxyModel>

namespace Planner {

/**
 * Filters and sorts the catalog tree (ModelCatalogModel): search text over name and id, family,
 * dense/MoE, parameter range and licence. A family row stays visible while one of its models does.
 * Sorting uses the role given to the constructor (raw numbers, not the formatted text).
 */
class ModelFilterProxy : public QSortFilterProxyModel
{
    Q_OBJECT

public:
    enum class MoeFilter
    {
        Any,
        DenseOnly,
        MoeOnly
    };

    explicit ModelFilterProxy(int sortRole = Roles::SortRole, QObject* parent = nullptr);

    void setSearchText(const QString& text);
    void setFamily(const QString& family); ///< empty: every family
    void setMoeFilter(MoeFilter filter);
    /** Total parameters from `minParams` to `maxParams` inclusive; 0 leaves that end open. */
    void setParamRange(qint64 minParams, qint64 maxParams);
    void setLicense(const QString& license); ///< empty: every licence

    QString searchText() const { return m_search; }
    QString family() const { return m_family; }
    MoeFilter moeFilter() const { return m_moe; }
    qint64 minParams() const { return m_minParams; }
    qint64 maxParams() const { return m_maxParams; }
    QString license() const { return m_license; }

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex& sourceParent) const override;
    bool lessThan(const QModelIndex& left, const QModelIndex& right) const override;

private:
    QString m_search;
    QString m_family;
    MoeFilter m_moe = MoeFilter::Any;
    qint64 m_minParams = 0;
    qint64 m_maxParams = 0;
    QString m_license;
};

} // namespace Planner
