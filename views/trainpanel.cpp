// SPDX-FileCopyrightText: 2026 The FitPlanner authors
// SPDX-License-Identifier: MIT

#include "trainpanel.h"

#include "componentcolors.h"
#include "estimatesession.h"
#include "hardwareselection.h"
#include "trainingestimator.h"
#include "units.h"

#include <algorithm>

#include <QBarCategoryAxis>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QCheckBox>
#include <QComboBox>
#include <QEvent>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QHorizontalStackedBarSeries>
#include <QLabel>
#include <QLegend>
#include <QLegendMarker>
#include <QLineSeries>
#include <QPen>
#include <QScrollArea>
#include <QSpinBox>
#include <QTabWidget>
#include <QTableWidget>
#include <QVBoxLayout>
#include <QValueAxis>

using namespace Planner;

namespace {

constexpr double kGiB = double(qint64(1) << 30);

QComboBox* idCombo(const QStringList& ids, const QString& current, QWidget* parent)
{
    auto* c = new QComboBox(parent);
    for (const QString& id : ids)
        c->addItem(id, id);
    c->setCurrentIndex(std::max(0, int(ids.indexOf(current))));
    return c;
}

QSpinBox* spin(int min, int max, int value, QWidget* parent)
{
    auto* s = new QSpinBox(parent);
    s->setRange(min, max);
    s->setValue(value);
    return s;
}

// The bars' colours: the inference components keep theirs, the training ones get their own.
QColor setColor(int i)
{
    static const QColor colors[] = { componentColor(Component::Weights), QColor(0x2e, 0x9e, 0x8f),
        QColor(0xc0, 0x39, 0x2b), QColor(0xe0, 0x8a, 0x1e), componentColor(Component::Activations),
        QColor(0xd4, 0x6a, 0x9f), QColor(0x5d, 0x6d, 0x7e), componentColor(Component::Overhead) };
    return colors[std::clamp(i, 0, 7)];
}

} // namespace

TrainPanel::TrainPanel(EstimateSession* session, HardwareSelection* hardware, QWidget* parent)
    : QWidget(parent)
    , m_session(session)
    , m_hardware(hardware)
{
    setObjectName(QStringLiteral("trainPanel"));
    const TrainingScenario d;
    auto* controls = new QWidget(this);
    m_form = new QFormLayout(controls);
    m_method = idCombo(trainingMethodIds(), trainingMethodId(d.method), this);
    m_precision = idCombo(trainingPrecisionIds(), trainingPrecisionId(d.precision), this);
    m_optimizer = idCombo(trainingOptimizerIds(), trainingOptimizerId(d.optimizer), this);
    m_rank = spin(1, int(TrainingEstimator::kMaxLoraRank), int(d.loraRank), this);
    m_targets = idCombo(loraTargetsIds(), loraTargetsId(d.loraTargets), this);
    m_qatScheme = idCombo(qatSchemeIds(), qatSchemeId(d.qatScheme), this);
    m_qatScheme->setObjectName(QStringLiteral("trainQatScheme"));
    m_seq = spin(1, int(TrainingEstimator::kMaxSeq), int(d.seq), this);
    m_seq->setSingleStep(512);
    m_microBatch = spin(1, int(TrainingEstimator::kMaxBatch), int(d.microBatch), this);
    m_gradAccum = spin(1, int(TrainingEstimator::kMaxBatch), int(d.gradAccum), this);
    m_checkpointing = idCombo(checkpointingIds(), checkpointingId(d.checkpointing), this);
    m_sharding = idCombo(shardingIds(), shardingId(d.sharding), this);
    m_gpus = spin(1, 4096, 1, this);
    m_teacher = new QComboBox(this);
    m_teacherQuant = idCombo(m_session->quants().recipeIds(), d.teacherRecipe, this);
    m_flash = new QCheckBox(this);
    m_flash->setChecked(d.flashAttention);
    m_chunked = new QCheckBox(this);
    m_chunked->setChecked(d.chunkedLoss);
    m_inBackward = new QCheckBox(this);
    m_flash->setObjectName(QStringLiteral("trainFlash"));
    m_studentRule = new QComboBox(this);
    for (const QString& id : studentRuleIds())
        m_studentRule->addItem(id, id);
    m_studentRule->setObjectName(QStringLiteral("trainStudentRule"));
    // The dataset in millions of tokens (0: none given) and the passes over it, for the job time.
    m_datasetTokens = spin(0, 100'000'000, 0, this);
    m_datasetTokens->setObjectName(QStringLiteral("trainDatasetTokens"));
    m_datasetTokens->setSingleStep(100);
    m_epochs = spin(1, 1000, 1, this);
    m_epochs->setObjectName(QStringLiteral("trainEpochs"));
    m_method->setObjectName(QStringLiteral("trainMethod"));
    m_seq->setObjectName(QStringLiteral("trainSeq"));
    m_teacher->setObjectName(QStringLiteral("trainTeacher"));
    m_teacherQuant->setObjectName(QStringLiteral("trainTeacherQuant"));
    for (QWidget* w : std::initializer_list<QWidget*> { m_method, m_precision, m_optimizer, m_rank, m_targets,
             m_qatScheme, m_seq, m_microBatch, m_gradAccum, m_checkpointing, m_sharding, m_gpus, m_teacher,
             m_teacherQuant, m_flash, m_chunked, m_inBackward, m_studentRule, m_datasetTokens, m_epochs })
        m_form->addRow(QStringLiteral("-"), w);
    fillTeachers();
    connect(m_session, &EstimateSession::modelsChanged, this, &TrainPanel::fillTeachers);

    m_chart = new QChart;
    auto* series = new QHorizontalStackedBarSeries(m_chart);
    for (int i = 0; i < 8; ++i) {
        auto* set = new QBarSet(QString(), series);
        set->setColor(setColor(i));
        set->append(0.0);
        series->append(set);
        m_sets << set;
    }
    m_chart->addSeries(series);
    auto* categories = new QBarCategoryAxis(m_chart);
    categories->append(QStringLiteral(" "));
    m_chart->addAxis(categories, Qt::AlignLeft);
    series->attachAxis(categories);
    m_axis = new QValueAxis(m_chart);
    m_chart->addAxis(m_axis, Qt::AlignBottom);
    series->attachAxis(m_axis);
    m_chart->legend()->setAlignment(Qt::AlignRight);
    auto* view = new QChartView(m_chart, this);
    view->setRenderHint(QPainter::Antialiasing);
    view->setObjectName(QStringLiteral("trainChart"));

    // Memory against sequence length, one line per checkpointing choice, against the GPU's memory.
    m_sweep = new QChart;
    m_sweepX = new QValueAxis(m_sweep);
    m_sweepY = new QValueAxis(m_sweep);
    m_sweep->addAxis(m_sweepX, Qt::AlignBottom);
    m_sweep->addAxis(m_sweepY, Qt::AlignLeft);
    m_sweepX->setLabelFormat(QStringLiteral("%.0f"));
    for (int i = 0; i < 4; ++i) {
        auto* line = new QLineSeries(m_sweep);
        m_sweep->addSeries(line);
        line->attachAxis(m_sweepX);
        line->attachAxis(m_sweepY);
        m_sweepLines << line;
    }
    m_sweepLines.back()->setPen(QPen(componentColor(Component::Overhead), 1.5, Qt::DashLine));
    m_sweep->legend()->setAlignment(Qt::AlignBottom);
    auto* sweepView = new QChartView(m_sweep, this);
    sweepView->setRenderHint(QPainter::Antialiasing);
    sweepView->setObjectName(QStringLiteral("trainSweep"));

    m_verdict = new QLabel(this);
    m_verdict->setObjectName(QStringLiteral("trainVerdict"));
    m_verdict->setWordWrap(true);
    m_time = new QLabel(this);
    m_time->setObjectName(QStringLiteral("trainTime"));
    m_time->setWordWrap(true);
    // The students of the chosen teacher, searched off the GUI thread whenever the job changes.
    m_studentsTitle = new QLabel(this);
    m_studentsTitle->setObjectName(QStringLiteral("trainStudentsTitle"));
    m_studentsTitle->setWordWrap(true);
    m_studentTable = new QTableWidget(0, 7, this);
    m_studentTable->setObjectName(QStringLiteral("trainStudents"));
    m_studentTable->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_studentTable->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_studentTable->verticalHeader()->hide();
    m_studentTable->horizontalHeader()->setStretchLastSection(true);
    // The charts on one page, the students of a teacher on the other (enabled when a teacher is chosen).
    auto* charts = new QWidget(this);
    auto* chartsLayout = new QVBoxLayout(charts);
    chartsLayout->setContentsMargins(0, 0, 0, 0);
    chartsLayout->addWidget(view, 1);
    chartsLayout->addWidget(sweepView, 1);
    auto* studentsPage = new QWidget(this);
    auto* studentsLayout = new QVBoxLayout(studentsPage);
    studentsLayout->setContentsMargins(0, 0, 0, 0);
    studentsLayout->addWidget(m_studentsTitle);
    studentsLayout->addWidget(m_studentTable, 1);
    m_pages = new QTabWidget(this);
    m_pages->setObjectName(QStringLiteral("trainPages"));
    m_pages->addTab(charts, QString());
    m_pages->addTab(studentsPage, QString());
    auto* results = new QVBoxLayout;
    results->addWidget(m_pages, 1);
    results->addWidget(m_verdict);
    results->addWidget(m_time);
    // The controls scroll, so the tab never sets the window's minimum height.
    auto* scroll = new QScrollArea(this);
    scroll->setWidget(controls);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    scroll->setMinimumWidth(controls->sizeHint().width() + 24);
    auto* layout = new QHBoxLayout(this);
    layout->addWidget(scroll);
    layout->addLayout(results, 1);

    for (QComboBox* c : { m_method, m_precision, m_optimizer, m_targets, m_qatScheme, m_checkpointing, m_sharding,
             m_teacher, m_teacherQuant, m_studentRule })
        connect(c, &QComboBox::currentIndexChanged, this, &TrainPanel::recompute);
    for (QSpinBox* s : { m_rank, m_seq, m_microBatch, m_gradAccum, m_gpus, m_datasetTokens, m_epochs })
        connect(s, &QSpinBox::valueChanged, this, &TrainPanel::recompute);
    for (QCheckBox* c : { m_flash, m_chunked, m_inBackward })
        connect(c, &QCheckBox::toggled, this, &TrainPanel::recompute);
    connect(m_session, &EstimateSession::scenarioChanged, this, &TrainPanel::recompute);
    // The data-parallel GPUs follow the hardware panel's devices; the spin box can change them afterwards.
    connect(m_hardware, &HardwareSelection::changed, this, [this] {
        const QSignalBlocker block(m_gpus);
        m_gpus->setValue(std::max(1, int(m_hardware->profile().gpus.size())));
        recompute();
    });
    m_gpus->setValue(std::max(1, int(m_hardware->profile().gpus.size())));
    retranslate();
}

void TrainPanel::fillTeachers()
{
    const QString current = m_teacher->currentData().toString();
    const QSignalBlocker block(m_teacher);
    m_teacher->clear();
    m_teacher->addItem(tr("None"), QString());
    for (const ModelSpec& m : m_session->models().models)
        m_teacher->addItem(m.name.isEmpty() ? m.id : m.name, m.id);
    m_teacher->setCurrentIndex(std::max(0, m_teacher->findData(current)));
}

TrainingScenario TrainPanel::scenario() const
{
    TrainingScenario s;
    s.model = m_session->scenario().model;
    s.method = trainingMethodFromId(m_method->currentData().toString()).value_or(s.method);
    s.precision = trainingPrecisionFromId(m_precision->currentData().toString()).value_or(s.precision);
    s.optimizer = trainingOptimizerFromId(m_optimizer->currentData().toString()).value_or(s.optimizer);
    s.loraRank = m_rank->value();
    s.loraTargets = loraTargetsFromId(m_targets->currentData().toString()).value_or(s.loraTargets);
    s.qatScheme = qatSchemeFromId(m_qatScheme->currentData().toString()).value_or(s.qatScheme);
    s.seq = m_seq->value();
    s.microBatch = m_microBatch->value();
    s.gradAccum = m_gradAccum->value();
    s.checkpointing = checkpointingFromId(m_checkpointing->currentData().toString()).value_or(s.checkpointing);
    s.sharding = shardingFromId(m_sharding->currentData().toString()).value_or(s.sharding);
    s.gpusPerNode = m_gpus->value();
    s.flashAttention = m_flash->isChecked();
    s.chunkedLoss = m_chunked->isChecked();
    s.optimizerInBackward = m_inBackward->isChecked();
    if (const ModelSpec* t = m_session->models().find(m_teacher->currentData().toString())) {
        s.teacher = *t;
        s.teacherRecipe = m_teacherQuant->currentData().toString();
        if (s.method == TrainingMethod::Full)
            s.method = TrainingMethod::Distill;
    }
    return s;
}

QString TrainPanel::sizeText(qint64 bytes) const
{
    return formatBytes(bytes, m_session->units());
}

double TrainPanel::unitBytes() const
{
    return m_session->units() == ByteUnits::Decimal ? 1e9 : kGiB;
}

QString TrainPanel::unitAxisTitle() const
{
    return m_session->units() == ByteUnits::Decimal ? tr("GB per GPU") : tr("GiB per GPU");
}

void TrainPanel::recompute()
{
    m_axis->setTitleText(unitAxisTitle());
    QString error;
    const auto e = TrainingEstimator(m_session->quants()).estimate(scenario(), &error);
    m_total = e ? e->total : 0;
    m_reserved = e ? e->reserved : 0;
    const HardwareProfile& hw = m_hardware->profile();
    qint64 capacity = 0;
    double tflops = 0.0;
    if (!hw.gpus.empty()) {
        const auto smallest = std::min_element(hw.gpus.begin(), hw.gpus.end(),
            [](const GpuDevice& a, const GpuDevice& b) { return a.memoryTotal < b.memoryTotal; });
        capacity = smallest->memoryTotal;
        tflops = smallest->fp16Tflops;
    }
    searchStudents(scenario(), capacity, tflops);
    if (!e) {
        for (int i = 0; i < m_sets.size(); ++i) {
            m_sets[i]->replace(0, 0.0);
            m_sets[i]->setLabel(m_names.value(i));
        }
        m_verdict->setText(error);
        m_time->clear();
        return;
    }
    const MemoryComponent* parts[] = { &e->weights, &e->trainableWeights, &e->gradients, &e->optimizer, &e->activations,
        &e->logits, &e->teacher, &e->overhead };
    // The legend lists the parts this job has (no "Teacher 0 B" without a teacher), so it fits beside the bar.
    const QList<QLegendMarker*> markers = m_chart->legend()->markers();
    for (int i = 0; i < 8; ++i) {
        m_sets[i]->replace(0, double(parts[i]->bytes) / unitBytes());
        m_sets[i]->setLabel(tr("%1 %2").arg(m_names.value(i), sizeText(parts[i]->bytes)));
        if (i < markers.size())
            markers[i]->setVisible(parts[i]->bytes > 0);
    }
    m_axis->setRange(0.0, std::max(double(e->reserved), double(capacity)) / unitBytes() * 1.05);
    recomputeSweep(e->scenario, capacity);
    const TrainingFit fit = judgeTrainingFit(*e, capacity, hw.ramTotal);
    const QString figures = tr("Per GPU: %1 allocated at the peak + CUDA context = %2; the allocator reserves about %3")
                                .arg(sizeText(e->peakAllocated), sizeText(e->total), sizeText(e->reserved));
    QString verdict;
    switch (fit.status) {
    case TrainingFitStatus::Fits:
        verdict = tr("Fits: %1 of %2 per GPU").arg(sizeText(fit.needed), sizeText(capacity));
        break;
    case TrainingFitStatus::Tight:
        verdict = tr("Tight: the peak fits in %1, the allocator's reserve may not").arg(sizeText(capacity));
        break;
    case TrainingFitStatus::DoesNotFit:
        verdict = tr("Does not fit: %1 needed per GPU, %2 there").arg(sizeText(fit.needed), sizeText(capacity));
        break;
    case TrainingFitStatus::RamShort:
        verdict = tr("Does not fit: %1 offloaded to RAM").arg(sizeText(fit.cpuNeeded));
        break;
    case TrainingFitStatus::NoGpu:
        verdict = tr("No GPU to train on");
        break;
    }
    QString text = verdict + u'\n' + figures;
    if (e->scenario.hasTeacher()) {
        // A distillation names the two models' memory apart: the frozen teacher, and the student's training.
        const ModelSpec& teacher = e->scenario.teacher;
        const ModelSpec& student = e->scenario.model;
        text += u'\n'
            + tr("Teacher %1 in %2, forward only: %3; student %4 with its training state: %5")
                  .arg(teacher.name.isEmpty() ? teacher.id : teacher.name, e->scenario.teacherRecipe,
                      sizeText(e->teacher.bytes), student.name.isEmpty() ? student.id : student.name,
                      sizeText(e->peakAllocated - e->teacher.bytes));
    }
    m_verdict->setText(text);
    const TrainingTime t = trainingTime(*e, tflops, TrainingEstimator::kDefaultEfficiency,
        qint64(m_datasetTokens->value()) * 1'000'000, m_epochs->value());
    QString time = t.stepSeconds > 0.0 ? tr("Step: %1 s, %2 tokens/s over %3 GPU(s)")
                                             .arg(t.stepSeconds, 0, 'f', 2)
                                             .arg(t.tokensPerSecond, 0, 'f', 0)
                                             .arg(e->scenario.worldSize())
                                       : tr("Step time: the GPU's throughput is not known");
    if (t.jobSeconds > 0.0)
        time += u'\n'
            + tr("Job: %1 h for %2 M tokens x %3 epoch(s)")
                  .arg(t.jobSeconds / 3600.0, 0, 'f', 1)
                  .arg(m_datasetTokens->value())
                  .arg(m_epochs->value());
    m_time->setText(time);
}

void TrainPanel::recomputeSweep(const TrainingScenario& base, qint64 capacity)
{
    // Powers of two from 512 tokens to 4x the current sequence (at least 8k).
    QList<qint64> seqs;
    for (qint64 seq = 512; seq <= std::max<qint64>(8192, 4 * base.seq) && seq <= TrainingEstimator::kMaxSeq; seq *= 2)
        seqs << seq;
    const TrainingEstimator estimator(m_session->quants());
    double top = double(capacity) / unitBytes();
    const Checkpointing modes[] = { Checkpointing::None, Checkpointing::Selective, Checkpointing::Full };
    for (int i = 0; i < 3; ++i) {
        QList<QPointF> points;
        TrainingScenario s = base;
        s.checkpointing = modes[i];
        for (qint64 seq : seqs) {
            s.seq = seq;
            s.lossChunks = std::min(s.lossChunks, seq);
            if (const auto e = estimator.estimate(s)) {
                points << QPointF(double(seq), double(e->reserved) / unitBytes());
                top = std::max(top, points.back().y());
            }
        }
        m_sweepLines[i]->replace(points);
    }
    // With flash attention nothing of the attention core is kept, so selective checkpointing has nothing to drop:
    // its line lies on the no-checkpointing one. It is dashed, its legend entry says so and the title says why.
    const bool same = base.flashAttention;
    QPen selective = m_sweepLines[1]->pen();
    selective.setStyle(same ? Qt::DashLine : Qt::SolidLine);
    m_sweepLines[1]->setPen(selective);
    m_sweepLines[1]->setName(same ? tr("Selective (= none)") : tr("Selective checkpointing"));
    m_sweepNote = same ? tr("Selective = none: flash attention keeps no attention scores to recompute") : QString();
    // The unit goes in the title: a rotated axis title does not fit the short chart.
    const QString title = m_session->units() == ByteUnits::Decimal
        ? tr("Reserved per GPU (GB) against sequence length")
        : tr("Reserved per GPU (GiB) against sequence length");
    m_sweep->setTitle(same
            ? QStringLiteral("%1<br><small>%2</small>").arg(title.toHtmlEscaped(), m_sweepNote.toHtmlEscaped())
            : title);
    const double last = seqs.isEmpty() ? 0.0 : double(seqs.back());
    m_sweepLines[3]->replace(capacity > 0
            ? QList<QPointF> { { 0.0, double(capacity) / unitBytes() }, { last, double(capacity) / unitBytes() } }
            : QList<QPointF> {});
    m_sweepX->setRange(0.0, last);
    m_sweepY->setRange(0.0, top * 1.05);
}

void TrainPanel::searchStudents(const TrainingScenario& base, qint64 capacity, double tflops)
{
    const bool any = base.hasTeacher();
    m_pages->setTabEnabled(1, any);
    m_pages->setTabText(1, tr("Students"));
    if (!any) {
        m_jobs.cancelJobs();
        m_students.clear();
        m_studentTable->setRowCount(0);
        return;
    }
    StudentSearchRequest r;
    r.base = base;
    r.base.model = ModelSpec();
    r.rule = studentRuleFromId(m_studentRule->currentData().toString()).value_or(StudentRule::Logits);
    r.gpuBytes = capacity;
    r.ramBytes = m_hardware->profile().ramTotal;
    r.tflopsPerGpu = tflops;
    m_studentRequest = r;
    m_studentsTitle->setText(tr("Students of %1: searching...").arg(base.teacher.name));
    // The job owns copies of everything it reads.
    m_jobs.startJob(
        [r, quants = m_session->quants(), models = m_session->models().models] {
            return findStudents(TrainingEstimator(quants), models, r);
        },
        [this](const StudentSearchResult& result) { showStudents(result); });
}

void TrainPanel::showStudents(const StudentSearchResult& result)
{
    m_students = result.students;
    const StudentSearchRequest& r = m_studentRequest;
    m_studentsTitle->setText(r.rule == StudentRule::Logits
            ? tr("Students of %1 that share its tokenizer (logit distillation, teacher on the GPUs): %n model(s), "
                 "each with the largest micro-batch up to %2 that fits",
                nullptr, int(m_students.size()))
                  .arg(r.base.teacher.name)
                  .arg(r.maxMicroBatch)
            : tr("Models smaller than %1, trained on text it generated: %n model(s), each with the largest "
                 "micro-batch up to %2 that fits",
                nullptr, int(m_students.size()))
                  .arg(r.base.teacher.name)
                  .arg(r.maxMicroBatch));
    m_pages->setTabText(1, tr("Students (%1)").arg(m_students.size()));
    m_studentTable->setRowCount(int(m_students.size()));
    for (int row = 0; row < m_students.size(); ++row) {
        const StudentCandidate& c = m_students[row];
        QString verdict;
        switch (c.fit.status) {
        case TrainingFitStatus::Fits:
            verdict = tr("Fits");
            break;
        case TrainingFitStatus::Tight:
            verdict = tr("Tight");
            break;
        case TrainingFitStatus::RamShort:
            verdict = tr("RAM short");
            break;
        case TrainingFitStatus::DoesNotFit:
            verdict = tr("Does not fit");
            break;
        case TrainingFitStatus::NoGpu:
            verdict = tr("No GPU");
            break;
        }
        const QStringList cells = { c.name, formatCount(c.params), QString::number(c.microBatch),
            c.seqShortened ? tr("%1 (longest that fits)").arg(c.seq) : QString::number(c.seq), sizeText(c.reserved),
            verdict, c.time.stepSeconds > 0.0 ? tr("%1 s").arg(c.time.stepSeconds, 0, 'f', 2) : tr("unknown") };
        for (int col = 0; col < cells.size(); ++col) {
            auto* item = new QTableWidgetItem(cells[col]);
            item->setToolTip(tr("%1: %2 per GPU reserved (%3 allocated + CUDA context), of which the teacher %4")
                                 .arg(c.modelId, sizeText(c.reserved), sizeText(c.total), sizeText(c.teacherBytes)));
            m_studentTable->setItem(row, col, item);
        }
    }
    m_studentTable->resizeColumnsToContents();
}

QList<QPointF> TrainPanel::sweepPoints(int checkpointing) const
{
    return checkpointing >= 0 && checkpointing < 3 ? m_sweepLines[checkpointing]->points() : QList<QPointF> {};
}

QString TrainPanel::sweepLineName(int checkpointing) const
{
    return checkpointing >= 0 && checkpointing < 3 ? m_sweepLines[checkpointing]->name() : QString();
}

QString TrainPanel::verdictText() const
{
    return m_verdict->text();
}

QString TrainPanel::timeText() const
{
    return m_time->text();
}

void TrainPanel::retranslate()
{
    const QStringList labels = { tr("&Method"), tr("&Precision"), tr("&Optimizer"), tr("LoRA &rank"),
        tr("LoRA &targets"), tr("QAT &weights / activations"), tr("&Sequence"), tr("Micro-&batch"),
        tr("&Gradient accumulation"), tr("&Checkpointing"), tr("S&harding"), tr("G&PUs"), tr("T&eacher"),
        tr("Teacher &quantization"), tr("&Flash attention"), tr("Ch&unked loss"), tr("Optimizer step in &backward"),
        tr("Stu&dents"), tr("D&ataset"), tr("&Number of epochs") };
    const QStringList tips = { tr("Full fine-tuning, LoRA, QLoRA, quantization-aware training or distillation"),
        tr("Which copies of the weights, gradients and optimizer state are kept in which precision"),
        tr("The optimizer and how many bytes of state it keeps per trainable parameter"),
        tr("The rank of the LoRA adapters: their size grows with it"), tr("The layers that get LoRA adapters"),
        tr("What quantization-aware training fake-quantizes: 8da4w, int8 activations and int4 weights (torchao's "
           "default); 4w, int4 weights only, which keeps no copies of the layers' inputs"),
        tr("Tokens per training sequence: the activations grow with it"),
        tr("Sequences per GPU per step: the activations grow with it"),
        tr("Micro-batches added up before each optimizer step: more tokens per step, no more memory"),
        tr("Which activations are recomputed in backward instead of kept: less memory, more compute"),
        tr("How ZeRO / FSDP spread the optimizer state, gradients and weights over the GPUs"),
        tr("GPUs the job runs on"), tr("The teacher model of a distillation"),
        tr("The teacher's quantization: it is only run forward"),
        tr("Flash attention / SDPA: no attention-score matrices are kept"),
        tr("Cross-entropy in chunks, so the whole fp32 logits never exist at once"),
        tr("Each layer's gradients are applied and freed during backward instead of kept for the step"),
        tr("Which models the Students page offers for the teacher: those sharing its tokenizer (logit "
           "distillation) or any smaller one (trained on text the teacher generated)"),
        tr("Tokens in the training dataset, for the job time"), tr("Passes over the dataset") };
    m_datasetTokens->setSuffix(tr(" M tokens"));
    m_datasetTokens->setSpecialValueText(tr("None"));
    for (int row = 0; row < labels.size() && row < m_form->rowCount(); ++row) {
        if (auto* label = qobject_cast<QLabel*>(m_form->itemAt(row, QFormLayout::LabelRole)->widget()))
            label->setText(labels[row]);
        if (QLayoutItem* field = m_form->itemAt(row, QFormLayout::FieldRole); field && field->widget())
            field->widget()->setToolTip(tips.value(row));
    }
    m_names = { tr("Weights"), tr("Trainable weights"), tr("Gradients"), tr("Optimizer state"), tr("Activations"),
        tr("Logits"), tr("Teacher"), tr("CUDA context") };
    m_axis->setTitleText(unitAxisTitle());
    m_chart->setTitle(tr("Training memory per GPU"));
    m_sweepX->setTitleText(tr("Tokens per sequence"));
    m_sweepY->setTitleText(QString());
    const QStringList lines
        = { tr("No checkpointing"), tr("Selective checkpointing"), tr("Full checkpointing"), tr("GPU memory") };
    for (int i = 0; i < m_sweepLines.size(); ++i)
        m_sweepLines[i]->setName(lines[i]);
    m_teacher->setItemText(0, tr("None"));
    m_pages->setTabText(0, tr("Memory"));
    m_pages->setTabText(1, m_students.isEmpty() ? tr("Students") : tr("Students (%1)").arg(m_students.size()));
    m_pages->setTabToolTip(0, tr("The memory per GPU by component, and against sequence length"));
    m_pages->setTabToolTip(1, tr("The catalog models that could be the chosen teacher's student"));
    m_studentRule->setItemText(0, tr("Same tokenizer (logits)"));
    m_studentRule->setItemText(1, tr("Any smaller model (generated text)"));
    m_studentTable->setHorizontalHeaderLabels({ tr("Student"), tr("Parameters"), tr("Micro-batch"), tr("Sequence"),
        tr("Per GPU"), tr("Verdict"), tr("Step") });
    m_studentTable->setToolTip(tr("Each catalog model that could be the teacher's student, with the largest "
                                  "micro-batch (or, when one sequence does not fit, the longest sequence) that fits "
                                  "each GPU; what fits first, larger students first"));
    // The tab's title, once the panel sits in a tab widget (its page stack's parent).
    if (auto* tabs = qobject_cast<QTabWidget*>(parentWidget() ? parentWidget()->parentWidget() : nullptr)) {
        if (tabs->indexOf(this) >= 0)
            tabs->setTabText(tabs->indexOf(this), tr("Train"));
    }
    recompute();
}

void TrainPanel::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}
