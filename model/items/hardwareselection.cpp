// SPDX-FileCopyrightText: 2026 The FitPlanner authors
// SPDX-License-Identifier: MIT

#include "hardwareselection.h"

#include "checkedmath.h"
#include "units.h"

#include <algorithm>

namespace Planner {

namespace {

constexpr qint64 kDefaultWhatIfRam = 64 * GiB;

} // namespace

HardwareSelection::HardwareSelection(const GpuCatalog& gpus, QObject* parent)
    : QObject(parent)
    , m_catalog(gpus)
{
    const CapacityInput start;
    m_choice.mode = HardwareChoice::Mode::Manual;
    m_choice.vramBytes = start.gpuBytes;
    m_choice.ramBytes = start.ramBytes;
    m_profile = m_choice.resolve(m_detected, m_catalog).value_or(HardwareProfile {});
}

void HardwareSelection::setChoice(const HardwareChoice& choice, bool chosen)
{
    update(choice, chosen);
}

void HardwareSelection::setMode(HardwareChoice::Mode mode)
{
    if (mode == m_choice.mode) {
        update(m_choice, true);
        return;
    }
    HardwareChoice c;
    c.mode = mode;
    c.nodes = m_choice.nodes;
    switch (mode) {
    case HardwareChoice::Mode::Detected:
        break;
    case HardwareChoice::Mode::WhatIf: {
        const GpuSpec* spec = m_catalog.find(m_choice.gpuId);
        int count = std::max(1, m_choice.gpuCount.value_or(1));
        if (!spec && m_hasDetected && !m_detected.gpus.isEmpty()) {
            spec = m_catalog.find(m_detected.gpus.first().catalogId);
            count = int(std::min<qsizetype>(m_detected.gpus.size(), HardwareChoice::kMaxGpus));
        }
        if (!spec)
            spec = m_catalog.find(QStringLiteral("rtx-4090"));
        if (!spec && !m_catalog.gpus.isEmpty())
            spec = &m_catalog.gpus.first();
        c.gpuId = spec ? spec->id : QString();
        c.gpuCount = count;
        // The RAM in use, in whole GiB as the what-if RAM is entered.
        const qint64 ram = (m_profile.ramTotal + GiB / 2) / GiB * GiB;
        c.ramBytes = ram > 0 ? ram : kDefaultWhatIfRam;
        break;
    }
    case HardwareChoice::Mode::Manual: {
        const CapacityInput inUse = capacity();
        c.gpuId = m_choice.gpuId; // What-if starts from it again
        c.vramBytes = inUse.gpuBytes;
        c.ramBytes = inUse.ramBytes;
        break;
    }
    }
    update(c, true);
}

bool HardwareSelection::setWhatIf(const QString& gpuId, int count, qint64 ramBytes)
{
    const GpuSpec* spec = m_catalog.find(gpuId);
    if (!spec)
        return false;
    HardwareChoice c;
    c.mode = HardwareChoice::Mode::WhatIf;
    c.gpuId = spec->id;
    c.gpuCount = count;
    c.ramBytes = ramBytes;
    c.nodes = m_choice.nodes;
    update(c, true);
    return true;
}

void HardwareSelection::setManual(qint64 gpuBytes, qint64 ramBytes)
{
    HardwareChoice c;
    c.mode = HardwareChoice::Mode::Manual;
    c.gpuId = m_choice.gpuId;
    c.vramBytes = gpuBytes;
    c.ramBytes = ramBytes;
    c.nodes = m_choice.nodes;
    update(c, true);
}

void HardwareSelection::setDetected(const HardwareProfile& profile)
{
    const bool first = !m_hasDetected;
    m_detected = profile;
    m_hasDetected = true;
    HardwareChoice c = m_choice;
    if (first && !m_chosen) {
        c = HardwareChoice {};
        c.mode = HardwareChoice::Mode::Detected;
        c.nodes = m_choice.nodes;
    }
    update(c, m_chosen, true);
}

void HardwareSelection::update(const HardwareChoice& choice, bool chosen, bool detectedChanged)
{
    if (choice == m_choice && chosen == m_chosen && !detectedChanged)
        return;
    m_choice = choice;
    m_chosen = chosen;
    m_error.clear();
    const auto profile = m_choice.resolve(m_detected, m_catalog, &m_error);
    m_profile = profile.value_or(HardwareProfile {});
    Q_EMIT changed();
}

CapacityInput HardwareSelection::capacity() const
{
    CapacityInput c;
    c.gpuBytes = 0;
    for (const GpuDevice& d : m_profile.gpus)
        c.gpuBytes = satAdd(c.gpuBytes, std::max<qint64>(0, d.usableBytes()));
    c.ramBytes = std::max<qint64>(0, m_profile.ramUsable());
    return c;
}

} // namespace Planner
