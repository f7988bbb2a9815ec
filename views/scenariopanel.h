// SPDX-FileCopyrightText: 2026 The FitPlanner authors
// SPDX-License-Identifier: MIT

#pragma once

#include "fitverdict.h"

#include <QWidget>

class QComboBox;
class QGridLayout;
class QHBoxLayout;
class QDoubleSpinBox;
class QLabel;
class QMenu;
class QSlider;
class QSpinBox;
class QToolButton;

namespace Planner {
class EstimateSession;
}

// The scenario controls: engine, quantization, context (log slider + exact spin box), batch, KV cache
// type, the capacity to plan against (GPU memory and RAM: it shows the session's, and an edit is reported by
// capacityEdited) and the recipes to add to the comparison. Every other change goes straight to the session,
// which recomputes.
class ScenarioPanel : public QWidget
{
    Q_OBJECT

public:
    explicit ScenarioPanel(Planner::EstimateSession* session, QWidget* parent = nullptr);

    /** Slider position (0..kSliderSteps) for a context on the log scale from 512 (or less) to `maxContext`. */
    static int sliderPosition(qint64 context, qint64 maxContext);
    static qint64 contextAt(int position, qint64 maxContext);
    static constexpr int kSliderSteps = 1000;

    QWidget* firstControl() const;
    QWidget* lastControl() const;

    /** Lays the controls out for `width` pixels: three rows where they fit, else one control a row (the
     *  window's results pane wraps rather than scrolling sideways). */
    void fitWidth(int width);
    bool isNarrow() const { return m_narrow; }

Q_SIGNALS:
    /** The user entered a GPU memory and RAM to plan for (the hardware's manual mode). */
    void capacityEdited(const Planner::CapacityInput& capacity);

protected:
    void changeEvent(QEvent* event) override;

private:
    void syncFromSession();
    void rebuildCompareMenu();
    void fillQuantCombo();
    void labelQuantCombo();
    void pushCapacity();
    void retranslate();
    void arrange(bool narrow);

    Planner::EstimateSession* m_session;
    QLabel* m_modelLabel;
    QLabel* m_modelName;
    QLabel* m_engineLabel;
    QComboBox* m_engine;
    QLabel* m_quantLabel;
    QComboBox* m_quant;
    QLabel* m_contextLabel;
    QSlider* m_contextSlider;
    QSpinBox* m_contextSpin;
    QLabel* m_batchLabel;
    QSpinBox* m_batch;
    QLabel* m_kvLabel;
    QComboBox* m_kv;
    QLabel* m_gpuLabel;
    QDoubleSpinBox* m_gpu;
    QLabel* m_ramLabel;
    QDoubleSpinBox* m_ram;
    QToolButton* m_compare;
    QMenu* m_compareMenu;
    QGridLayout* m_grid;
    QHBoxLayout* m_contextRow;
    QHBoxLayout* m_batchRow;
    QHBoxLayout* m_capacityRow;
    bool m_narrow = false;
    int m_wideWidth = 0; // the three-row layout's minimum width, measured when it was last in use
    bool m_syncing = false;
    QString m_quantLabelsKey; // the model and engine the quantization box's bits per weight are for
};
