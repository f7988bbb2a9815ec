// SPDX-FileCopyrightText: 2026 The FitPlanner authors
// SPDX-License-Identifier: MIT

#pragma once

#include "jobtracker.h"
#include "studentsearch.h"

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
class QTableWidget;
class QTabWidget;
class QValueAxis;

namespace Planner {
class EstimateSession;
class HardwareSelection;
struct TrainingScenario;
} // namespace Planner

// The Train tab: a training job (method, precision, optimizer, sequence, batch, checkpointing, sharding, teacher)
// for the session's model, recomputed live as a control changes: one stacked bar of the per-GPU components, the
// verdict on the hardware panel's devices, the step time and, for a dataset size and number of epochs, the job time,
// from the same TrainingEstimator and trainingTime() as `fitplanner train`.
class TrainPanel : public QWidget
{
    Q_OBJECT

public:
    TrainPanel(Planner::EstimateSession* session, Planner::HardwareSelection* hardware, QWidget* parent = nullptr);

    /** The verdict line as shown (for tests and screenshots). */
    QString verdictText() const;
    /** The time line as shown: step time, and the job time when a dataset size is given. */
    QString timeText() const;
    /** The per-GPU total and reserved bytes of the last estimate (0 without one). */
    qint64 totalBytes() const { return m_total; }
    qint64 reservedBytes() const { return m_reserved; }
    /** The sweep's points for one checkpointing choice: (sequence length, GiB reserved per GPU). */
    QList<QPointF> sweepPoints(int checkpointing) const;
    /** The legend entry of one checkpointing choice's line. */
    QString sweepLineName(int checkpointing) const;
    /** Why two lines of the sweep coincide, as the chart's title says it (empty when they do not). */
    QString sweepNote() const { return m_sweepNote; }
    /** The students listed for the chosen teacher, in the table's order (empty without a teacher). */
    const QList<Planner::StudentCandidate>& students() const { return m_students; }
    /** Whether the student search runs or waits to run. */
    bool isSearching() const { return m_jobs.isJobRunning(); }
    /** The request of the last search started (its base scenario's model unset). */
    const Planner::StudentSearchRequest& studentRequest() const { return m_studentRequest; }

public Q_SLOTS:
    void recompute();

protected:
    void changeEvent(QEvent* event) override;

private:
    Planner::TrainingScenario scenario() const;
    // Sizes in the window's units (View > Units): the texts, and the charts' scale and axis titles.
    QString sizeText(qint64 bytes) const;
    double unitBytes() const;
    QString unitAxisTitle() const;
    void retranslate();
    void fillTeachers();
    void recomputeSweep(const Planner::TrainingScenario& base, qint64 capacity);
    void searchStudents(const Planner::TrainingScenario& base, qint64 capacity, double tflops);
    void showStudents(const Planner::StudentSearchResult& result);

    Planner::EstimateSession* m_session;
    Planner::HardwareSelection* m_hardware;
    QFormLayout* m_form;
    QComboBox* m_method;
    QComboBox* m_precision;
    QComboBox* m_optimizer;
    QSpinBox* m_rank;
    QComboBox* m_targets;
    QComboBox* m_qatScheme;
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
    QComboBox* m_studentRule;
    QSpinBox* m_datasetTokens; // millions of tokens; 0 = no dataset given
    QSpinBox* m_epochs;
    QChart* m_chart;
    QValueAxis* m_axis;
    QList<QBarSet*> m_sets;
    QChart* m_sweep;
    QValueAxis* m_sweepX;
    QValueAxis* m_sweepY;
    QList<QLineSeries*> m_sweepLines; // one per checkpointing choice, then the GPU's memory
    QStringList m_names; // the components, translated
    QString m_sweepNote;
    QLabel* m_verdict;
    QLabel* m_time;
    QLabel* m_studentsTitle;
    QTableWidget* m_studentTable;
    QTabWidget* m_pages;
    qint64 m_total = 0;
    qint64 m_reserved = 0;
    QList<Planner::StudentCandidate> m_students;
    Planner::StudentSearchRequest m_studentRequest;
    JobTracker m_jobs { this }; // last: a running search reads nothing but its own copies
};
