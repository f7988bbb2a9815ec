#include "hardwarepanel.h"

#include "checkedmath.h"
#include "hardwareprobe.h"

#include <algorithm>

#include <QComboBox>
#include <QDoubleSpinBox>
#include <QEvent>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QSignalBlocker>
#include <QSpinBox>
#include <QStackedWidget>
#include <QVBoxLayout>

using namespace Planner;

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

HardwarePanel::HardwarePanel(const GpuCatalog& gpus, QWidget* parent)
    : QWidget(parent)
    , m_catalog(gpus)
{
    m_modeLabel = new QLabel(this);
    m_modeCombo = new QComboBox(this);
    m_modeCombo->setObjectName(QStringLiteral("hardwareMode"));
    m_modeCombo->addItem(QString(), int(Mode::Detected));
    m_modeCombo->addItem(QString(), int(Mode::WhatIf));
    m_modeCombo->addItem(QString(), int(Mode::Manual));
    m_modeLabel->setBuddy(m_modeCombo);

    // Detected
    auto* detected = new QWidget(this);
    m_detectionStatus = new QLabel(detected);
    m_detectionStatus->setWordWrap(true);
    m_devices = new QListWidget(detected);
    m_devices->setObjectName(QStringLiteral("detectedDevices"));
    m_devices->setWordWrap(true);
    m_devices->setSelectionMode(QAbstractItemView::NoSelection);
    m_detectAgain = new QPushButton(detected);
    auto* dl = new QVBoxLayout(detected);
    dl->setContentsMargins(0, 0, 0, 0);
    dl->addWidget(m_detectionStatus);
    dl->addWidget(m_devices, 1);
    dl->addWidget(m_detectAgain, 0, Qt::AlignLeft);

    // What-if
    auto* whatIf = new QWidget(this);
    m_gpuCombo = new QComboBox(whatIf);
    m_gpuCombo->setObjectName(QStringLiteral("whatIfGpu"));
    QList<const GpuSpec*> specs;
    for (const GpuSpec& g : m_catalog.gpus)
        specs << &g;
    std::stable_sort(specs.begin(), specs.end(),
        [](const GpuSpec* a, const GpuSpec* b) { return a->name.localeAwareCompare(b->name) < 0; });
    for (const GpuSpec* g : specs)
        m_gpuCombo->addItem(QStringLiteral("%1 (%2)").arg(g->name, formatBytes(g->memoryBytes)), g->id);
    if (const int i = m_gpuCombo->findData(QStringLiteral("rtx-4090")); i >= 0)
        m_gpuCombo->setCurrentIndex(i);
    m_count = new QSpinBox(whatIf);
    m_count->setRange(1, 64);
    m_ram = new QDoubleSpinBox(whatIf);
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

    m_modeCombo->setCurrentIndex(m_modeCombo->findData(int(m_mode)));
    m_pages->setCurrentIndex(int(m_mode));

    connect(m_modeCombo, &QComboBox::currentIndexChanged, this,
        [this](int i) { chooseMode(Mode(m_modeCombo->itemData(i).toInt())); });
    connect(m_detectAgain, &QPushButton::clicked, this, &HardwarePanel::startDetection);
    const auto whatIfChanged = [this] {
        if (m_mode == Mode::WhatIf)
            Q_EMIT profileChanged();
    };
    connect(m_gpuCombo, &QComboBox::currentIndexChanged, this, whatIfChanged);
    connect(m_count, &QSpinBox::valueChanged, this, whatIfChanged);
    connect(m_ram, &QDoubleSpinBox::valueChanged, this, whatIfChanged);

    retranslate();
}

HardwarePanel::~HardwarePanel() = default;

void HardwarePanel::startDetection()
{
    if (!m_probe) {
        m_probe = new HardwareProbe(m_sources, m_catalog, this);
        connect(m_probe, &HardwareProbe::detected, this, [this](const HardwareProfile& p) {
            m_detecting = false;
            setDetectedProfile(p);
        });
    }
    if (m_probe->start()) {
        m_detecting = true;
        m_detectAgain->setEnabled(false);
        showDetected();
    }
}

void HardwarePanel::setDetectedProfile(const HardwareProfile& profile)
{
    const bool first = !m_hasDetected;
    m_detected = profile;
    m_hasDetected = true;
    m_detectAgain->setEnabled(true);
    showDetected();
    if (first && !m_modeChosen)
        setMode(Mode::Detected);
    else if (m_mode == Mode::Detected)
        Q_EMIT profileChanged();
}

void HardwarePanel::setMode(Mode mode)
{
    const QSignalBlocker block(m_modeCombo);
    m_modeCombo->setCurrentIndex(m_modeCombo->findData(int(mode)));
    m_pages->setCurrentIndex(int(mode));
    if (mode == m_mode)
        return;
    m_mode = mode;
    Q_EMIT profileChanged();
}

void HardwarePanel::chooseMode(Mode mode)
{
    m_modeChosen = true;
    setMode(mode);
}

QString HardwarePanel::modeId(Mode mode)
{
    switch (mode) {
    case Mode::Detected:
        return QStringLiteral("detected");
    case Mode::WhatIf:
        return QStringLiteral("whatif");
    case Mode::Manual:
        break;
    }
    return QStringLiteral("manual");
}

std::optional<HardwarePanel::Mode> HardwarePanel::modeFromId(const QString& id)
{
    for (Mode m : { Mode::Detected, Mode::WhatIf, Mode::Manual })
        if (modeId(m) == id)
            return m;
    return std::nullopt;
}

QString HardwarePanel::whatIfGpuId() const
{
    return m_gpuCombo->currentData().toString();
}

int HardwarePanel::whatIfCount() const
{
    return m_count->value();
}

qint64 HardwarePanel::whatIfRamBytes() const
{
    return qint64(m_ram->value()) << 30;
}

void HardwarePanel::setManualCapacity(const CapacityInput& capacity)
{
    if (capacity == m_manual)
        return;
    m_manual = capacity;
    if (m_mode == Mode::Manual)
        Q_EMIT profileChanged();
}

bool HardwarePanel::setWhatIf(const QString& gpuId, int count, qint64 ramBytes, bool activate)
{
    const GpuSpec* spec = m_catalog.find(gpuId);
    const int i = spec ? m_gpuCombo->findData(spec->id) : -1;
    if (i < 0)
        return false;
    {
        const QSignalBlocker b1(m_gpuCombo);
        const QSignalBlocker b2(m_count);
        const QSignalBlocker b3(m_ram);
        m_gpuCombo->setCurrentIndex(i);
        m_count->setValue(count);
        m_ram->setValue(double(ramBytes) / kGiB);
    }
    if (m_mode == Mode::WhatIf)
        Q_EMIT profileChanged();
    else if (activate)
        chooseMode(Mode::WhatIf);
    return true;
}

HardwareProfile HardwarePanel::profile() const
{
    HardwareProfile p;
    switch (m_mode) {
    case Mode::Detected:
        if (m_hasDetected)
            return m_detected;
        [[fallthrough]]; // nothing detected yet: plan on what was entered by hand
    case Mode::Manual:
        if (m_manual.gpuBytes > 0) {
            GpuDevice d;
            d.name = tr("GPU (entered by hand)");
            d.memoryTotal = m_manual.gpuBytes;
            d.source = QStringLiteral("manual");
            p.gpus << d;
        }
        p.ramTotal = m_manual.ramBytes;
        p.ramAvailable = m_manual.ramBytes;
        return p;
    case Mode::WhatIf: {
        const GpuSpec* spec = m_catalog.find(m_gpuCombo->currentData().toString());
        if (spec)
            for (int i = 0; i < m_count->value(); ++i)
                p.gpus << spec->toDevice();
        p.ramTotal = whatIfRamBytes();
        p.ramAvailable = p.ramTotal;
        return p;
    }
    }
    return p;
}

CapacityInput HardwarePanel::capacity() const
{
    const HardwareProfile p = profile();
    CapacityInput c;
    c.gpuBytes = 0;
    for (const GpuDevice& d : p.gpus)
        c.gpuBytes = satAdd(c.gpuBytes, std::max<qint64>(0, d.usableBytes()));
    c.ramBytes = std::max<qint64>(0, p.ramUsable());
    return c;
}

QString HardwarePanel::summary(ByteUnits units) const
{
    const HardwareProfile p = profile();
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
    switch (m_mode) {
    case Mode::Detected:
        return m_hasDetected ? tr("Detected: %1").arg(text) : tr("Detecting hardware... planning for %1").arg(text);
    case Mode::WhatIf:
        return tr("What-if: %1").arg(text);
    case Mode::Manual:
        break;
    }
    return tr("Entered by hand: %1").arg(text);
}

void HardwarePanel::showDetected()
{
    m_devices->clear();
    if (m_detecting && !m_hasDetected) {
        m_detectionStatus->setText(tr("Detecting hardware..."));
        return;
    }
    if (!m_hasDetected) {
        m_detectionStatus->setText(tr("Not detected yet."));
        return;
    }
    m_detectionStatus->setText(m_detecting ? tr("Detecting hardware again...") : tr("This machine:"));
    for (const GpuDevice& d : m_detected.gpus) {
        QString line = deviceLine(d, ByteUnits::Binary);
        if (d.bandwidthGBps > 0)
            line += tr(", %1 GB/s").arg(d.bandwidthGBps, 0, 'f', 0);
        if (d.unified)
            line += tr(", unified memory");
        m_devices->addItem(line);
    }
    if (m_detected.gpus.isEmpty())
        m_devices->addItem(tr("No GPU found: models run on the CPU."));
    if (m_detected.ramTotal > 0)
        m_devices->addItem(m_detected.ramAvailable >= 0
                ? tr("System RAM %1 (%2 available)")
                      .arg(formatBytes(m_detected.ramTotal), formatBytes(m_detected.ramAvailable))
                : tr("System RAM %1").arg(formatBytes(m_detected.ramTotal)));
    else
        m_devices->addItem(tr("System RAM: could not be read"));
    if (!m_detected.cpu.model.isEmpty())
        m_devices->addItem(m_detected.cpu.logicalCores > 0
                ? tr("CPU %1, %2 threads").arg(m_detected.cpu.model).arg(m_detected.cpu.logicalCores)
                : tr("CPU %1").arg(m_detected.cpu.model));
    for (const QString& note : m_detected.notes) {
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
    m_detectAgain->setText(tr("Detect &again"));
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
