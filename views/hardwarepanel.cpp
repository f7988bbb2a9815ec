// SPDX-FileCopyrightText: 2026 The FitPlanner authors
// SPDX-License-Identifier: MIT

#include "hardwarepanel.h"

#include "hardwareselection.h"
#include "namematcher.h"

#include <algorithm>

#include <QComboBox>
#include <QCompleter>
#include <QDoubleSpinBox>
#include <QEvent>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QSignalBlocker>
#include <QSpinBox>
#include <QStackedWidget>
#include <QStringListModel>
#include <QVBoxLayout>

using namespace Planner;

using Mode = HardwareChoice::Mode;

namespace {

constexpr double kGiB = 1024.0 * 1024.0 * 1024.0;

QString deviceLine(const GpuDevice& d, ByteUnits units)
{
    QString line = QStringLiteral("%1 %2").arg(d.name, formatBytes(d.memoryTotal, units));
    if (d.memoryFree >= 0 && d.memoryFree != d.memoryTotal) // catalog devices report all of it free
        line += HardwarePanel::tr(" (%1 free)").arg(formatBytes(d.memoryFree, units));
    return line;
}

} // namespace

HardwarePanel::HardwarePanel(HardwareSelection* selection, QWidget* parent)
    : QWidget(parent)
    , m_selection(selection)
    , m_detection(this)
    , m_calibrating(this)
{
    m_modeLabel = new QLabel(this);
    m_modeCombo = new QComboBox(this);
    m_modeCombo->setObjectName(QStringLiteral("hardwareMode"));
    m_modeCombo->addItem(QString(), int(Mode::Detected));
    m_modeCombo->addItem(QString(), int(Mode::WhatIf));
    m_modeCombo->addItem(QString(), int(Mode::Manual));
    m_modeLabel->setBuddy(m_modeCombo);
    m_modeCombo->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_modeCombo->setMinimumContentsLength(12);

    // Detected
    auto* detected = new QWidget(this);
    m_detectionStatus = new QLabel(detected);
    m_detectionStatus->setObjectName(QStringLiteral("detectionStatus"));
    m_detectionStatus->setWordWrap(true);
    m_devices = new QListWidget(detected);
    m_devices->setObjectName(QStringLiteral("detectedDevices"));
    m_devices->setWordWrap(true);
    m_devices->setSelectionMode(QAbstractItemView::NoSelection);
    m_detectAgain = new QPushButton(detected);
    m_detectAgain->setObjectName(QStringLiteral("detectAgain"));
    auto* dl = new QVBoxLayout(detected);
    dl->setContentsMargins(0, 0, 0, 0);
    dl->addWidget(m_detectionStatus);
    dl->addWidget(m_devices, 1);
    m_measure = new QPushButton(detected);
    m_measure->setObjectName(QStringLiteral("measureMachine"));
    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_detectAgain);
    buttons->addWidget(m_measure);
    buttons->addStretch(1);
    dl->addLayout(buttons);

    // What-if
    auto* whatIf = new QWidget(this);
    m_gpuCombo = new QComboBox(whatIf);
    m_gpuCombo->setObjectName(QStringLiteral("whatIfGpu"));
    QList<const GpuSpec*> specs;
    for (const GpuSpec& g : m_selection->catalog().gpus)
        specs << &g;
    std::stable_sort(specs.begin(), specs.end(),
        [](const GpuSpec* a, const GpuSpec* b) { return a->name.localeAwareCompare(b->name) < 0; });
    for (const GpuSpec* g : specs)
        m_gpuCombo->addItem(QStringLiteral("%1 (%2)").arg(g->name, formatBytes(g->memoryBytes)), g->id);
    // The longest names ("NVIDIA RTX PRO 6000 Blackwell Max-Q Workstation Edition") would widen the whole left pane.
    m_gpuCombo->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_gpuCombo->setMinimumContentsLength(16);
    if (const int i = m_gpuCombo->findData(QStringLiteral("rtx-4090")); i >= 0)
        m_gpuCombo->setCurrentIndex(i);
    // Names as people type them ("4090", "H100", "rtx4090"), matched as the command line's --gpu matches them.
    m_gpuCombo->setEditable(true);
    m_gpuCombo->setInsertPolicy(QComboBox::NoInsert);
    m_gpuCompletions = new QStringListModel(this);
    auto* completer = new QCompleter(m_gpuCompletions, this);
    completer->setObjectName(QStringLiteral("whatIfGpuCompleter"));
    completer->setCompletionMode(QCompleter::UnfilteredPopupCompletion);
    m_gpuCombo->setCompleter(completer);
    // A long name shows its beginning ("NVIDIA GeForce RTX 4090 (...").
    m_gpuCombo->lineEdit()->setCursorPosition(0);
    connect(m_gpuCombo, &QComboBox::currentIndexChanged, m_gpuCombo->lineEdit(),
        [this] { m_gpuCombo->lineEdit()->setCursorPosition(0); });
    connect(m_gpuCombo->lineEdit(), &QLineEdit::textEdited, this, &HardwarePanel::listTypedGpus);
    connect(m_gpuCombo->lineEdit(), &QLineEdit::returnPressed, this, &HardwarePanel::takeTypedGpu);
    connect(completer, qOverload<const QString&>(&QCompleter::activated), this, [this](const QString& text) {
        if (const int i = m_gpuCombo->findText(text); i >= 0)
            m_gpuCombo->setCurrentIndex(i);
    });
    m_count = new QSpinBox(whatIf);
    m_count->setObjectName(QStringLiteral("whatIfCount"));
    m_count->setRange(1, HardwareChoice::kMaxGpus);
    m_ram = new QDoubleSpinBox(whatIf);
    m_ram->setObjectName(QStringLiteral("whatIfRam"));
    m_ram->setRange(0, 16384);
    m_ram->setDecimals(0);
    m_ram->setSuffix(QStringLiteral(" GiB"));
    m_ram->setValue(64);
    m_gpuLabel = new QLabel(whatIf);
    m_gpuLabel->setBuddy(m_gpuCombo);
    m_countLabel = new QLabel(whatIf);
    m_countLabel->setBuddy(m_count);
    m_ramLabel = new QLabel(whatIf);
    m_ramLabel->setBuddy(m_ram);
    auto* wl = new QFormLayout(whatIf);
    wl->setContentsMargins(0, 0, 0, 0);
    wl->addRow(m_gpuLabel, m_gpuCombo);
    wl->addRow(m_countLabel, m_count);
    wl->addRow(m_ramLabel, m_ram);
    m_whatIfError = new QLabel(whatIf);
    m_whatIfError->setObjectName(QStringLiteral("whatIfError"));
    m_whatIfError->setWordWrap(true);
    m_whatIfError->hide();
    wl->addRow(m_whatIfError);

    // Manual
    m_manualHint = new QLabel(this);
    m_manualHint->setWordWrap(true);
    m_manualHint->setAlignment(Qt::AlignTop | Qt::AlignLeft);

    m_pages = new QStackedWidget(this);
    m_pages->addWidget(detected);
    m_pages->addWidget(whatIf);
    m_pages->addWidget(m_manualHint);

    auto* top = new QHBoxLayout;
    top->addWidget(m_modeLabel);
    top->addWidget(m_modeCombo, 1);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(m_pages, 1);

    connect(m_modeCombo, &QComboBox::currentIndexChanged, this,
        [this](int i) { m_selection->setMode(Mode(m_modeCombo->itemData(i).toInt())); });
    connect(m_detectAgain, &QPushButton::clicked, this, &HardwarePanel::startDetection);
    connect(m_measure, &QPushButton::clicked, this, &HardwarePanel::startCalibration);
    connect(m_gpuCombo, &QComboBox::currentIndexChanged, this, &HardwarePanel::editWhatIf);
    connect(m_count, &QSpinBox::valueChanged, this, &HardwarePanel::editWhatIf);
    connect(m_ram, &QDoubleSpinBox::valueChanged, this, &HardwarePanel::editWhatIf);
    connect(m_selection, &HardwareSelection::changed, this, [this] {
        showChoice();
        showDetected();
    });

    retranslate();
    showChoice();
}

HardwarePanel::~HardwarePanel() = default;

void HardwarePanel::startDetection()
{
    if (m_detection.isJobRunning())
        return;
    // The job owns its detector (sources and catalog copied): nothing of the panel is touched off the GUI thread.
    const HardwareDetector detector(m_sources, m_selection->catalog());
    m_detection.startJob([detector] { return detector.detect(); },
        [this](const HardwareProfile& profile) {
            m_detectAgain->setEnabled(true);
            setDetectedWithCalibration(profile); // shows it through changed()
        });
    m_detectAgain->setEnabled(false);
    showDetected();
}

void HardwarePanel::setDetectedWithCalibration(HardwareProfile profile)
{
    profile.cpuCalibration = m_calibration;
    m_selection->setDetected(profile);
}

void HardwarePanel::setCalibration(const std::optional<CpuCalibration>& calibration)
{
    m_calibration = calibration && calibration->isValid() ? calibration : std::nullopt;
    if (m_selection->hasDetected())
        setDetectedWithCalibration(m_selection->detected());
    showDetected();
}

void HardwarePanel::startCalibration()
{
    if (m_calibrating.isJobRunning())
        return;
    m_calibrating.startJob(
        [cancel = m_calibrating.cancelFlag()] { return measureCpu(0, [cancel] { return cancel->load(); }); },
        [this](const CpuCalibration& c) {
            m_measure->setEnabled(true);
            if (c.isValid()) {
                setCalibration(c);
                Q_EMIT calibrationMeasured(c);
            }
            showDetected();
        });
    m_measure->setEnabled(false);
    showDetected();
}

void HardwarePanel::editWhatIf()
{
    const GpuSpec* spec = m_selection->catalog().find(m_gpuCombo->currentData().toString());
    if (!spec)
        return;
    // A unified-memory device (Apple silicon) is the whole machine: one of it.
    m_selection->setWhatIf(spec->id, spec->unified ? 1 : m_count->value(), qint64(m_ram->value()) << 30);
}

void HardwarePanel::listTypedGpus(const QString& typed)
{
    QStringList texts;
    const GpuCatalog& catalog = m_selection->catalog();
    if (!typed.trimmed().isEmpty()) {
        for (const int e : gpuNameMatcher(catalog).match(typed).entries)
            if (const int i = m_gpuCombo->findData(catalog.gpus.at(e).id); i >= 0)
                texts << m_gpuCombo->itemText(i);
    }
    m_gpuCompletions->setStringList(texts);
}

void HardwarePanel::takeTypedGpu()
{
    const QString typed = m_gpuCombo->lineEdit()->text();
    const int current = m_gpuCombo->currentIndex();
    if (typed != m_gpuCombo->itemText(current)) {
        const GpuCatalog& catalog = m_selection->catalog();
        const NameMatch match = gpuNameMatcher(catalog).match(typed);
        const int i = match.isUnique() ? m_gpuCombo->findData(catalog.gpus.at(match.entries.front()).id) : -1;
        if (i >= 0 && i != current) {
            m_gpuCombo->setCurrentIndex(i);
            return;
        }
    }
    m_gpuCombo->lineEdit()->setText(m_gpuCombo->itemText(m_gpuCombo->currentIndex()));
    m_gpuCombo->lineEdit()->setCursorPosition(0);
}

void HardwarePanel::showChoice()
{
    const HardwareChoice& c = m_selection->choice();
    const QSignalBlocker b0(m_modeCombo);
    const QSignalBlocker b1(m_gpuCombo);
    const QSignalBlocker b2(m_count);
    const QSignalBlocker b3(m_ram);
    m_modeCombo->setCurrentIndex(m_modeCombo->findData(int(c.mode)));
    m_pages->setCurrentIndex(int(c.mode));
    if (c.mode == Mode::WhatIf) {
        const GpuSpec* spec = m_selection->catalog().find(c.gpuId);
        if (spec)
            m_gpuCombo->setCurrentIndex(m_gpuCombo->findData(spec->id));
        m_count->setMaximum(spec && spec->unified ? std::max(1, c.gpuCount.value_or(1)) : HardwareChoice::kMaxGpus);
        m_count->setValue(c.gpuCount.value_or(1));
        m_ram->setValue(double(c.ramBytes.value_or(0)) / kGiB);
    }
    m_gpuCombo->lineEdit()->setCursorPosition(0);
    m_whatIfError->setText(m_selection->error());
    m_whatIfError->setVisible(!m_selection->error().isEmpty());
}

QString HardwarePanel::summary(ByteUnits units) const
{
    const HardwareProfile& p = m_selection->profile();
    if (!m_selection->error().isEmpty())
        return tr("No hardware to plan for: %1").arg(m_selection->error());
    QStringList gpus;
    for (qsizetype i = 0; i < p.gpus.size();) {
        // Identical devices are counted once: "2x NVIDIA GeForce RTX 4090 24.00 GiB".
        qsizetype n = 1;
        while (i + n < p.gpus.size() && p.gpus[i + n].name == p.gpus[i].name
            && p.gpus[i + n].memoryTotal == p.gpus[i].memoryTotal && p.gpus[i + n].memoryFree == p.gpus[i].memoryFree)
            ++n;
        const QString line = deviceLine(p.gpus[i], units);
        gpus << (n > 1 ? tr("%1x %2").arg(n).arg(line) : line);
        i += n;
    }
    QString text = gpus.isEmpty() ? tr("no GPU") : gpus.join(QStringLiteral(" + "));
    text += QStringLiteral(" | ");
    if (p.ramAvailable >= 0 && p.ramAvailable != p.ramTotal)
        text += tr("RAM %1 (%2 free)").arg(formatBytes(p.ramTotal, units), formatBytes(p.ramAvailable, units));
    else
        text += tr("RAM %1").arg(formatBytes(p.ramTotal, units));
    switch (m_selection->choice().mode) {
    case Mode::Detected:
        return m_selection->hasDetected() ? tr("Detected: %1").arg(text)
                                          : tr("Detecting hardware... planning for %1").arg(text);
    case Mode::WhatIf:
        return tr("What-if: %1").arg(text);
    case Mode::Manual:
        break;
    }
    return tr("Entered by hand: %1").arg(text);
}

void HardwarePanel::setUnits(ByteUnits units)
{
    if (units == m_units)
        return;
    m_units = units;
    showDetected();
}

void HardwarePanel::showDetected()
{
    m_devices->clear();
    const bool detecting = m_detection.isJobRunning();
    if (detecting && !m_selection->hasDetected()) {
        m_detectionStatus->setText(tr("Detecting hardware..."));
        return;
    }
    if (!m_selection->hasDetected()) {
        m_detectionStatus->setText(tr("Not detected yet."));
        return;
    }
    m_detectionStatus->setText(detecting ? tr("Detecting hardware again...") : tr("This machine:"));
    const HardwareProfile& detected = m_selection->detected();
    for (const GpuDevice& d : detected.gpus) {
        QString line = deviceLine(d, m_units);
        if (d.bandwidthGBps > 0)
            line += tr(", %1 GB/s").arg(d.bandwidthGBps, 0, 'f', 0);
        if (d.unified)
            line += tr(", unified memory");
        m_devices->addItem(line);
    }
    if (detected.gpus.isEmpty())
        m_devices->addItem(tr("No GPU found: models run on the CPU."));
    if (detected.ramTotal > 0)
        m_devices->addItem(detected.ramAvailable >= 0
                ? tr("System RAM %1 (%2 available)")
                      .arg(formatBytes(detected.ramTotal, m_units), formatBytes(detected.ramAvailable, m_units))
                : tr("System RAM %1").arg(formatBytes(detected.ramTotal, m_units)));
    else
        m_devices->addItem(tr("System RAM: could not be read"));
    if (!detected.cpu.model.isEmpty())
        m_devices->addItem(detected.cpu.logicalCores > 0
                ? tr("CPU %1, %2 threads").arg(detected.cpu.model).arg(detected.cpu.logicalCores)
                : tr("CPU %1").arg(detected.cpu.model));
    if (m_calibrating.isJobRunning())
        m_devices->addItem(tr("Measuring this machine's memory and CPU..."));
    else if (m_calibration)
        m_devices->addItem(
            tr("Measured: memory read %1 GB/s with %2 threads; %3 billion int8 multiply-adds/s per thread (%4)")
                .arg(m_calibration->readGBps, 0, 'f', 1)
                .arg(m_calibration->threads)
                .arg(m_calibration->dotRate(QStringLiteral("I8_MM")), 0, 'f', 1)
                .arg(m_calibration->simd));
    else
        m_devices->addItem(tr("CPU not measured: CPU speeds assume typical figures"));
    for (const QString& note : detected.notes) {
        auto* item = new QListWidgetItem(tr("Note: %1").arg(note), m_devices);
        item->setForeground(palette().color(QPalette::Disabled, QPalette::Text));
    }
}

void HardwarePanel::retranslate()
{
    m_modeLabel->setText(tr("&Hardware:"));
    m_modeCombo->setItemText(0, tr("This machine (detected)"));
    m_modeCombo->setItemText(1, tr("What if I had..."));
    m_modeCombo->setItemText(2, tr("Entered by hand"));
    m_modeCombo->setAccessibleName(tr("Hardware to plan for"));
    m_modeCombo->setToolTip(tr("Detected: this machine; What if: GPUs from the catalog; Entered by hand: the "
                               "memory in the scenario above"));
    m_detectAgain->setText(tr("Detect &again"));
    m_measure->setText(tr("&Measure this machine"));
    m_measure->setToolTip(tr("Measure memory bandwidth and CPU speed (under 2 s) for the speed estimates"));
    m_gpuLabel->setText(tr("&GPU:"));
    m_countLabel->setText(tr("&Count:"));
    m_ramLabel->setText(tr("System &RAM:"));
    m_devices->setAccessibleName(tr("Detected devices"));
    m_manualHint->setText(tr("Planning for the GPU memory and system RAM entered in the scenario above."));
    showDetected();
}

void HardwarePanel::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}
