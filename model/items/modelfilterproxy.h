// SPDX-FileCopyrightText: 2026 The FitPlanner authors
// SPDX-License-Identifier: MIT

#pragma once

#include "itemroles.h"

#include <QSet>
#include <QSortFilterProxyModel>
#include <QStringList>

namespace Planner {

/**
 * Filters and sorts the catalog tree (ModelCatalogModel): search text, family, architecture kind, parameter
 * range, licence and release year. A model passes the search when each of its words is part of the name, id or family,
 * or when the search names it the way NameMatcher reads names (a Hugging Face repository, an Ollama tag such as
 * llama3.1:8b, the name without spaces or hyphens; NamesRole gives each model's names). A family row stays
 * visible while one of its models does.
 * Sorting uses the role given to the constructor (raw numbers, not the formatted text).
 */
class ModelFilterProxy : public QSortFilterProxyModel
{
    Q_OBJECT

public:
    /**
     * Architecture kinds. Dense and MoE tell the feed-forward layers apart (without or with routed experts);
     * hybrid models have recurrent token mixers (Gated DeltaNet, Mamba2) beside their attention layers, and are
     * dense or MoE as well: Qwen3.6-35B-A3B passes both MoeOnly and HybridOnly.
     */
    enum class ArchFilter
    {
        Any,
        DenseOnly,
        MoeOnly,
        HybridOnly
    };

    explicit ModelFilterProxy(int sortRole = Roles::SortRole, QObject* parent = nullptr);

    void setSearchText(const QString& text);
    void setFamily(const QString& family); ///< empty: every family
    void setArchFilter(ArchFilter filter);
    /** Total parameters from `minParams` to `maxParams` inclusive; 0 leaves that end open. */
    void setParamRange(qint64 minParams, qint64 maxParams);
    void setLicense(const QString& license); ///< empty: every licence
    /** Models released in `year` (their ReleasedRole month); 0: every year. */
    void setReleaseYear(int year);

    QString searchText() const { return m_search; }
    QString family() const { return m_family; }
    ArchFilter archFilter() const { return m_arch; }
    qint64 minParams() const { return m_minParams; }
    qint64 maxParams() const { return m_maxParams; }
    QString license() const { return m_license; }
    int releaseYear() const { return m_year; }
    /** The id of the one model the search text names (NameMatcher), or empty. */
    QString matchedId() const { return m_matchedId; }
    /** When nothing matches the search: the ids of the closest models by edit distance (at most three). */
    QStringList suggestedIds() const { return m_suggestedIds; }

    void setSourceModel(QAbstractItemModel* model) override;

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex& sourceParent) const override;
    bool lessThan(const QModelIndex& left, const QModelIndex& right) const override;

private:
    bool wordsMatch(const QModelIndex& idx) const;
    bool kindMatches(const QModelIndex& idx) const;
    void updateNameMatch(); // m_nameMatches, m_matchedId and m_suggestedIds for m_search and the source rows

    QString m_search;
    QString m_family;
    ArchFilter m_arch = ArchFilter::Any;
    qint64 m_minParams = 0;
    qint64 m_maxParams = 0;
    QString m_license;
    int m_year = 0;
    QSet<QString> m_nameMatches; // ids
    QString m_matchedId;
    QStringList m_suggestedIds;
    QList<QMetaObject::Connection> m_sourceConnections;
};

} // namespace Planner
