// SPDX-FileCopyrightText: 2026 The FitPlanner authors
// SPDX-License-Identifier: MIT

#pragma once

#include <QList>
#include <QPointF>
#include <QWidget>

class QBarSet;
class QCheckBox;
class QChart;
class QComboBox;
class QFormLayout;
class QLabel;
class QLineSeries;
class QSpinBox;
class QValueAxis;

namespace Planner {
class EstimateSession;
class HardwareSelection;
struct TrainingScenario;
} // namespace Planner

// The Train tab: a training job (method, precision, optimizer, sequence, batch, checkpointing, sharding, teacher)
// for the session's model, recomputed live as a control changes: one stacked bar of the per-GPU components, the
// verdict on the hardware panel's devices and the step time, from the same TrainingEstimator as `fitplanner train`.
class TrainPanel : public QWidget
{
    Q_OBJECT

public:
    TrainPanel(Planner::EstimateSession* session, Planner::HardwareSelection* hardware, QWidget* parent = nullptr);

    /** The verdict line as shown (for tests and screenshots). */
    QString verdictText() const;
    /** The per-GPU total and reserved bytes of the last estimate (0 without one). */
    qint64 totalBytes() const { return m_total; }
    qint64 reservedBytes() const { return m_reserved; }
    /** The sweep's points for one checkpointing choice: (sequence length, GiB reserved per GPU). */
    QList<QPointF> sweepPoints(int checkpointing) const;

public Q_SLOTS:
    void recompute();

protected:
    void changeEvent(QEvent* event) override;

private:
    Planner::TrainingScenario scenario() const;
    void retranslate();
    void fillTeachers();
    void recomputeSweep(const Planner::TrainingScenario& base, qint64 capacity);

    Planner::EstimateSession* m_session;
    Planner::HardwareSelection* m_hardware;
    QFormLayout* m_form;
    QComboBox* m_method;
    QComboBox* m_precision;
    QComboBox* m_optimizer;
    QSpinBox* m_rank;
    QComboBox* m_targets;
    QSpinBox* m_seq;
    QSpinBox* m_microBatch;
    QSpinBox* m_gradAccum;
    QComboBox* m_checkpointing;
    QComboBox* m_sharding;
    QSpinBox* m_gpus;
    QComboBox* m_teacher;
    QComboBox* m_teacherQuant;
    QCheckBox* m_flash;
    QCheckBox* m_chunked;
    QCheckBox* m_inBackward;
    QChart* m_chart;
    QValueAxis* m_axis;
    QList<QBarSet*> m_sets;
    QChart* m_sweep;
    QValueAxis* m_sweepX;
    QValueAxis* m_sweepY;
    QList<QLineSeries*> m_sweepLines; // one per checkpointing choice, then the GPU's memory
    QStringList m_names; // the components, translated
    QLabel* m_verdict;
    QLabel* m_time;
    qint64 m_total = 0;
    qint64 m_reserved = 0;
};
