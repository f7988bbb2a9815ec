// SPDX-FileCopyrightText: 2026 The FitPlanner authors
// SPDX-License-Identifier: MIT

#include "gpucatalog.h"

#include "jsonfields_p.h"

#include <cmath>
#include <limits>

#include <QCoreApplication>
#include <QSet>

using nlohmann::json;

namespace Planner {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Planner::GpuCatalog)
};

constexpr qint64 kMaxMemory = qint64(1) << 50; // 1 PiB: far above any device, far below overflow

bool isWordChar(QChar c)
{
    return c.isLetterOrNumber();
}

bool mentionsMobile(const QString& s)
{
    return s.contains(QLatin1String("laptop"), Qt::CaseInsensitive)
        || s.contains(QLatin1String("mobile"), Qt::CaseInsensitive)
        || s.contains(QLatin1String("max-q"), Qt::CaseInsensitive);
}

} // namespace

GpuDevice GpuSpec::toDevice(qint64 memoryBytesOverride) const
{
    GpuDevice d;
    d.name = name;
    d.vendor = vendor;
    d.memoryTotal = memoryBytesOverride > 0 ? memoryBytesOverride : memoryBytes;
    d.memoryFree = d.memoryTotal;
    d.memoryUsed = 0;
    d.unified = unified;
    d.bandwidthGBps = bandwidthGBps;
    d.fp16Tflops = fp16Tflops;
    d.catalogId = id;
    d.source = QStringLiteral("catalog");
    return d;
}

const GpuSpec* GpuCatalog::find(const QString& idOrName) const
{
    const QString key = idOrName.trimmed();
    if (key.isEmpty())
        return nullptr;
    for (const GpuSpec& g : gpus) {
        if (g.id.compare(key, Qt::CaseInsensitive) == 0)
            return &g;
    }
    for (const GpuSpec& g : gpus) {
        if (g.name.compare(key, Qt::CaseInsensitive) == 0)
            return &g;
    }
    return match(key);
}

const GpuSpec* GpuCatalog::match(const QString& detectedName, qint64 memoryBytes) const
{
    const bool mobile = mentionsMobile(detectedName);
    qsizetype bestEnd = -1;
    qsizetype bestLength = -1;
    QList<const GpuSpec*> best;
    for (const GpuSpec& g : gpus) {
        qsizetype end = -1;
        qsizetype length = -1;
        for (const QString& m : g.match) {
            if (m.isEmpty() || mentionsMobile(m) != mobile)
                continue;
            for (qsizetype at = detectedName.indexOf(m, 0, Qt::CaseInsensitive); at >= 0;
                 at = detectedName.indexOf(m, at + 1, Qt::CaseInsensitive)) {
                const qsizetype e = at + m.size();
                const bool startsWord = at == 0 || !isWordChar(detectedName[at - 1]) || !isWordChar(m[0]);
                const bool endsWord = e == detectedName.size() || !isWordChar(detectedName[e]) || !isWordChar(m.back());
                if (!startsWord || !endsWord)
                    continue;
                if (e > end || (e == end && m.size() > length)) {
                    end = e;
                    length = m.size();
                }
            }
        }
        if (end < 0)
            continue;
        if (end > bestEnd || (end == bestEnd && length > bestLength)) {
            bestEnd = end;
            bestLength = length;
            best = { &g };
        } else if (end == bestEnd && length == bestLength) {
            best << &g;
        }
    }
    if (best.isEmpty())
        return nullptr;
    if (best.size() == 1 || memoryBytes <= 0)
        return best.front();
    const GpuSpec* closest = best.front();
    qint64 closestDistance = std::numeric_limits<qint64>::max();
    for (const GpuSpec* g : best) {
        const qint64 distance = std::abs(g->memoryBytes - memoryBytes);
        if (distance < closestDistance) {
            closestDistance = distance;
            closest = g;
        }
    }
    return closest;
}

QStringList GpuCatalog::ids() const
{
    QStringList out;
    for (const GpuSpec& g : gpus)
        out << g.id;
    return out;
}

GpuCatalog parseGpuCatalog(const QByteArray& data, const QString& file, QList<ParseError>* errors)
{
    GpuCatalog catalog;
    detail::CatalogDocument doc(data, file, errors);
    QSet<QString> seen;
    doc.forEachEntry("gpus", [&](const json& entry, const QString& index) {
        detail::JsonFields r(entry, file, index, errors);
        GpuSpec g;
        g.id = r.requiredString("id");
        if (!g.id.isEmpty())
            r.setWhere(QStringLiteral("%1 (%2)").arg(index, g.id));
        g.name = r.requiredString("name");
        const QString vendor = r.requiredString("vendor");
        g.vendor = gpuVendorFromId(vendor);
        if (!vendor.isEmpty() && g.vendor == GpuVendor::Other)
            r.fail("vendor", Tr::tr("must be one of nvidia, amd, intel, apple (not '%1')").arg(vendor));
        g.segment = r.string("segment").trimmed();
        g.memoryType = r.string("memory_type").trimmed();
        g.released = r.string("released").trimmed();
        if (!r.has("memory_bytes"))
            r.fail("memory_bytes", Tr::tr("is missing"));
        else if (const auto it = entry.find("memory_bytes");
                 !it->is_number_integer() || it->get<qint64>() <= 0 || it->get<qint64>() > kMaxMemory)
            r.fail("memory_bytes", Tr::tr("must be a positive whole number of bytes (at most 1 PiB)"));
        else
            g.memoryBytes = it->get<qint64>();
        g.bandwidthGBps = r.positive("bandwidth_gbps", 1.0e6);
        g.fp16Tflops = r.positive("fp16_tflops", 1.0e6);
        g.unified = r.requiredBoolean("unified");
        g.match = r.strings("match", true);
        if (const json* sizes = r.array("memory_options_gb")) {
            bool ok = !sizes->empty();
            for (const json& m : *sizes) {
                if (!m.is_number_integer() || m.get<qint64>() <= 0 || m.get<qint64>() > 1 << 20) {
                    ok = false;
                    break;
                }
                g.memoryOptionsGb << int(m.get<qint64>());
            }
            if (!ok)
                r.fail("memory_options_gb", Tr::tr("must be a non-empty array of positive whole numbers of GB"));
        }
        for (const char* key : { "fp16_note", "memory_note", "bandwidth_note" }) {
            const QString note = r.string(key).trimmed();
            if (!note.isEmpty())
                g.notes << note;
        }
        if (r.failures() == 0 && doc.firstOccurrence(seen, g.id, r.where()))
            catalog.gpus << g;
    });
    return catalog;
}

void applyGpuCatalog(const GpuCatalog& catalog, HardwareProfile* profile)
{
    for (GpuDevice& d : profile->gpus) {
        const GpuSpec* spec = catalog.match(d.name, d.memoryTotal);
        if (!spec) {
            if (d.bandwidthGBps > 0.0)
                profile->notes << Tr::tr("%1 is not in the GPU catalog; its bandwidth (%2 GB/s) is computed from the "
                                         "memory clock and bus width the driver reports")
                                      .arg(d.name)
                                      .arg(d.bandwidthGBps, 0, 'f', 0);
            else
                profile->notes << Tr::tr(
                    "%1 is not in the GPU catalog: its memory bandwidth and FP16 rate are unknown, "
                    "so no speed can be estimated for it")
                                      .arg(d.name);
            continue;
        }
        d.catalogId = spec->id;
        d.bandwidthGBps = spec->bandwidthGBps;
        d.fp16Tflops = spec->fp16Tflops;
        if (!spec->unified && d.memoryTotal > 0
            && std::abs(double(d.memoryTotal - spec->memoryBytes)) > 0.1 * double(spec->memoryBytes))
            profile->notes << Tr::tr("%1 reports %2 bytes of memory, but the catalog's %3 has %4; the speed figures "
                                     "assume the catalog's bandwidth")
                                  .arg(d.name)
                                  .arg(d.memoryTotal)
                                  .arg(spec->name)
                                  .arg(spec->memoryBytes);
    }
}

} // namespace Planner
