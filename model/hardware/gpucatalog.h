// SPDX-FileCopyrightText: 2026 The FitPlanner authors
// SPDX-License-Identifier: MIT

#pragma once

#include "hardwareprofile.h"
#include "parseerror.h"

#include <QByteArray>
#include <QList>
#include <QStringList>

namespace Planner {

// One device of gpus.json, with the vendor's published memory, bandwidth and dense FP16/BF16 rate.
struct GpuSpec
{
    QString id;
    QString name;
    GpuVendor vendor = GpuVendor::Other;
    QString segment; // consumer, laptop, workstation, datacenter, apple, unified (non-Apple shared-memory machines)
    qint64 memoryBytes = 0;
    QString memoryType;
    double bandwidthGBps = 0.0;
    double fp16Tflops = 0.0;
    bool unified = false;
    QStringList match; // substrings of driver-reported names that identify this device
    QString released;
    QList<int> memoryOptionsGb; // Apple: the unified memory sizes sold
    QStringList notes; // fp16_note, memory_note, bandwidth_note

    // The device as a planner input, at its catalog memory size (or memoryBytes when > 0).
    GpuDevice toDevice(qint64 memoryBytesOverride = 0) const;
};

struct GpuCatalog
{
    QList<GpuSpec> gpus;

    // By id (case-insensitive), then by exact name, then by the same rule as match().
    const GpuSpec* find(const QString& idOrName) const;
    // The entry a driver-reported name belongs to: a match string must appear in the name and end at a word
    // boundary; the match that ends furthest right wins (the suffix is what tells "H200 NVL" from "H200"), then
    // the longest; names with "Laptop", "Mobile" or "Max-Q" match only strings that say so, and the reverse (a
    // laptop GPU never takes its desktop namesake's entry); entries sharing a match string are told apart by memory.
    const GpuSpec* match(const QString& detectedName, qint64 memoryBytes = -1) const;
    QStringList ids() const;
};

// Parses gpus.json. Every entry is validated; a bad entry is reported with its index, id and field, and
// skipped. A file that is not JSON or has no "gpus" array yields an empty catalog and one error.
GpuCatalog parseGpuCatalog(const QByteArray& json, const QString& file, QList<ParseError>* errors);

// Fills bandwidth, FP16 rate and catalogId of detected devices from the catalog; a device the catalog does not
// know keeps what the probe measured and gets a note.
void applyGpuCatalog(const GpuCatalog& catalog, HardwareProfile* profile);

} // namespace Planner
