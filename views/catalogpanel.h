// SPDX-FileCopyrightText: 2026 The FitPlanner authors
// SPDX-License-Identifier: MIT

#pragma once

#include <QWidget>

class QComboBox;
class QDoubleSpinBox;
class QLabel;
class QLineEdit;
class QMenu;
class QResizeEvent;
class QTreeView;

namespace Planner {
struct ModelCatalog;
struct ModelSpec;
class ModelCatalogModel;
class ModelFilterProxy;
} // namespace Planner

// The model catalog on the left: search, family / architecture kind / size / licence / release year filters and
// a grouped, sortable tree with total and active parameters and the maximum context.
class CatalogPanel : public QWidget
{
    Q_OBJECT

public:
    explicit CatalogPanel(const Planner::ModelCatalog& catalog, QWidget* parent = nullptr);

    /** Selects (and scrolls to) a model without emitting modelChosen. */
    void selectModel(const QString& id);
    QString selectedModelId() const;
    /** Lists an opened model file in the "Opened files" group (expanded, scrolled to; not selected). */
    void addOpenedFile(const QString& path, const Planner::ModelSpec& spec, qint64 parameters);
    /** The model list, for the window's keyboard order. */
    QTreeView* treeView() const { return m_tree; }
    /** Replaces the catalog (custom models added or removed); filters, selection and opened files stay. */
    void setCatalog(const Planner::ModelCatalog& catalog);
    /** The context menu of the row with this id: "Add custom model...", and "Remove custom model" for a custom
     *  one. The caller owns it. */
    QMenu* contextMenuFor(const QString& id);

Q_SIGNALS:
    void modelChosen(const QString& id);
    void addCustomModelRequested();
    void removeCustomModelRequested(const QString& id);

protected:
    void changeEvent(QEvent* event) override;
    void resizeEvent(QResizeEvent* event) override;
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void retranslate();
    void applyFilters();
    void fillFilterChoices();
    // The one model the search names, selected (and chosen) as it is typed.
    void selectUniqueMatch();
    // "No model matches '...'" with the closest names as links, or hidden while the list shows something.
    void updateNoMatch();
    // Down or Tab in the search box: the focus moves to the named model or the first result.
    bool focusFirstResult();
    // A suggestion's link: the search is cleared and the model chosen.
    void chooseSuggestion(const QString& id);

    Planner::ModelCatalogModel* m_model;
    Planner::ModelFilterProxy* m_proxy;
    QLineEdit* m_search;
    QLabel* m_noMatch;
    QComboBox* m_family;
    QComboBox* m_moe;
    QComboBox* m_license;
    QComboBox* m_year;
    QDoubleSpinBox* m_minParams;
    QDoubleSpinBox* m_maxParams;
    QLabel* m_familyLabel;
    QLabel* m_moeLabel;
    QLabel* m_sizeLabel;
    QLabel* m_licenseLabel;
    QLabel* m_yearLabel;
    QTreeView* m_tree;
    bool m_selecting = false;
};
