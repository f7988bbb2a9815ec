#include "gpucatalog.h"

#include <cmath>
#include <limits>

#include <QCoreApplication>
#include <QSet>

#include <nlohmann/json.hpp>

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
    const auto report = [&](const QString& field, const QString& reason) {
        if (errors)
            errors->append({ file, field, reason });
    };
    const json doc = json::parse(data.constBegin(), data.constEnd(), nullptr, false);
    if (doc.is_discarded() || !doc.is_object()) {
        report(QString(), Tr::tr("is not valid JSON (truncated or malformed)"));
        return catalog;
    }
    const auto list = doc.find("gpus");
    if (list == doc.end() || !list->is_array()) {
        report(QStringLiteral("gpus"), Tr::tr("must be an array"));
        return catalog;
    }
    QSet<QString> seen;
    int index = 0;
    for (const json& entry : *list) {
        QString where = QStringLiteral("gpus[%1]").arg(index++);
        if (!entry.is_object()) {
            report(where, Tr::tr("must be an object"));
            continue;
        }
        int problems = 0;
        const auto fail = [&](const char* key, const QString& reason) {
            report(where + u'.' + QLatin1String(key), reason);
            ++problems;
        };
        const auto text = [&](const char* key, bool required) -> QString {
            const auto it = entry.find(key);
            if (it == entry.end() || it->is_null()) {
                if (required)
                    fail(key, Tr::tr("is missing"));
                return {};
            }
            if (!it->is_string()) {
                fail(key, Tr::tr("must be a string"));
                return {};
            }
            const QString s = QString::fromStdString(it->get<std::string>()).trimmed();
            if (required && s.isEmpty())
                fail(key, Tr::tr("must not be empty"));
            return s;
        };
        const auto positive = [&](const char* key, double max) -> double {
            const auto it = entry.find(key);
            if (it == entry.end() || it->is_null()) {
                fail(key, Tr::tr("is missing"));
                return 0.0;
            }
            if (!it->is_number()) {
                fail(key, Tr::tr("must be a number"));
                return 0.0;
            }
            const double v = it->get<double>();
            if (!(v > 0.0) || v > max) {
                fail(key, Tr::tr("must be above 0 and at most %1").arg(max));
                return 0.0;
            }
            return v;
        };
        GpuSpec g;
        g.id = text("id", true);
        if (!g.id.isEmpty())
            where += QStringLiteral(" (%1)").arg(g.id);
        g.name = text("name", true);
        const QString vendor = text("vendor", true);
        g.vendor = gpuVendorFromId(vendor);
        if (!vendor.isEmpty() && g.vendor == GpuVendor::Other)
            fail("vendor", Tr::tr("must be one of nvidia, amd, intel, apple (not '%1')").arg(vendor));
        g.segment = text("segment", false);
        g.memoryType = text("memory_type", false);
        g.released = text("released", false);
        if (const auto it = entry.find("memory_bytes"); it == entry.end()) {
            fail("memory_bytes", Tr::tr("is missing"));
        } else if (!it->is_number_integer() || it->get<qint64>() <= 0 || it->get<qint64>() > kMaxMemory) {
            fail("memory_bytes", Tr::tr("must be a positive whole number of bytes (at most 1 PiB)"));
        } else {
            g.memoryBytes = it->get<qint64>();
        }
        g.bandwidthGBps = positive("bandwidth_gbps", 1.0e6);
        g.fp16Tflops = positive("fp16_tflops", 1.0e6);
        if (const auto it = entry.find("unified"); it == entry.end()) {
            fail("unified", Tr::tr("is missing"));
        } else if (!it->is_boolean()) {
            fail("unified", Tr::tr("must be true or false"));
        } else {
            g.unified = it->get<bool>();
        }
        if (const auto it = entry.find("match"); it == entry.end()) {
            fail("match", Tr::tr("is missing"));
        } else if (!it->is_array() || it->empty()) {
            fail("match", Tr::tr("must be a non-empty array of strings"));
        } else {
            for (const json& m : *it) {
                if (!m.is_string() || QString::fromStdString(m.get<std::string>()).trimmed().isEmpty()) {
                    fail("match", Tr::tr("must be a non-empty array of strings"));
                    break;
                }
                g.match << QString::fromStdString(m.get<std::string>()).trimmed();
            }
        }
        if (const auto it = entry.find("memory_options_gb"); it != entry.end()) {
            bool ok = it->is_array() && !it->empty();
            if (ok) {
                for (const json& m : *it) {
                    if (!m.is_number_integer() || m.get<qint64>() <= 0 || m.get<qint64>() > 1 << 20) {
                        ok = false;
                        break;
                    }
                    g.memoryOptionsGb << int(m.get<qint64>());
                }
            }
            if (!ok)
                fail("memory_options_gb", Tr::tr("must be a non-empty array of positive whole numbers of GB"));
        }
        for (const char* key : { "fp16_note", "memory_note", "bandwidth_note" }) {
            const QString note = text(key, false);
            if (!note.isEmpty())
                g.notes << note;
        }
        if (problems > 0)
            continue;
        if (seen.contains(g.id.toLower())) {
            report(where + QStringLiteral(".id"), Tr::tr("'%1' appears more than once").arg(g.id));
            continue;
        }
        seen.insert(g.id.toLower());
        catalog.gpus << g;
    }
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
