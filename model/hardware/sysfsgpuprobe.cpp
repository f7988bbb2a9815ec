// SPDX-FileCopyrightText: 2026 The FitPlanner authors
// SPDX-License-Identifier: MIT

#include "sysfsgpuprobe.h"

#include "checkedmath.h"

#include <algorithm>
#include <optional>

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QRegularExpression>

namespace Planner {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Planner::SysfsGpuProbe)
};

constexpr qint64 kMaxFile = 4096; // sysfs attributes are one short line

std::optional<QString> readText(const QString& path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return std::nullopt;
    return QString::fromUtf8(f.read(kMaxFile)).trimmed();
}

// A whole number of bytes, or nullopt with a note when the file exists but holds something else.
std::optional<qint64> readBytes(const QString& path, QStringList* notes)
{
    const auto text = readText(path);
    if (!text)
        return std::nullopt;
    bool ok = false;
    const qint64 v = text->toLongLong(&ok);
    if (!ok || v < 0 || v > (qint64(1) << 50)) {
        *notes << Tr::tr("%1 does not hold a byte count ('%2'); it is ignored").arg(path, text->left(40));
        return std::nullopt;
    }
    return v;
}

std::optional<quint32> readHex(const QString& path)
{
    const auto text = readText(path);
    if (!text)
        return std::nullopt;
    bool ok = false;
    const uint v = text->toUInt(&ok, 16);
    if (!ok || v > 0xffff)
        return std::nullopt;
    return quint32(v);
}

QString intelArcName(quint32 device)
{
    switch (device) {
    case 0x56a0:
        return QStringLiteral("Intel Arc A770");
    case 0x56a1:
        return QStringLiteral("Intel Arc A750");
    case 0x56a2:
        return QStringLiteral("Intel Arc A580");
    case 0x56a5:
        return QStringLiteral("Intel Arc A380");
    case 0x56a6:
        return QStringLiteral("Intel Arc A310");
    case 0xe20b:
        return QStringLiteral("Intel Arc B580");
    case 0xe20c:
        return QStringLiteral("Intel Arc B570");
    default:
        return {};
    }
}

} // namespace

SysfsGpuProbe::SysfsGpuProbe(QString root)
    : m_root(std::move(root))
{ }

SysfsGpuProbe::Result SysfsGpuProbe::probe(QStringList* notes) const
{
    Result result;
    QStringList scratch;
    QStringList* n = notes ? notes : &scratch;
    const QDir drm(QDir(m_root).filePath(QStringLiteral("sys/class/drm")));
    if (!drm.exists())
        return result;
    static const QRegularExpression cardName(QStringLiteral("^card(\\d+)$"));
    QStringList cards = drm.entryList(QDir::Dirs | QDir::NoDotAndDotDot | QDir::System);
    cards.erase(
        std::remove_if(cards.begin(), cards.end(), [](const QString& c) { return !cardName.match(c).hasMatch(); }),
        cards.end());
    std::sort(cards.begin(), cards.end(), [](const QString& a, const QString& b) {
        return cardName.match(a).captured(1).toInt() < cardName.match(b).captured(1).toInt();
    });
    for (const QString& card : cards) {
        const QString dev = drm.filePath(card + QStringLiteral("/device"));
        const auto vendor = readHex(dev + QStringLiteral("/vendor"));
        if (!vendor) {
            *n << Tr::tr("%1: the PCI vendor id is missing or unreadable; the card is skipped")
                      .arg(dev + QStringLiteral("/vendor"));
            continue;
        }
        const quint32 device = readHex(dev + QStringLiteral("/device")).value_or(0);
        QString slot;
        if (const auto uevent = readText(dev + QStringLiteral("/uevent"))) {
            for (const QString& line : uevent->split(u'\n')) {
                if (line.startsWith(QLatin1String("PCI_SLOT_NAME=")))
                    slot = line.mid(14).trimmed();
            }
        }
        const QString where = slot.isEmpty() ? card : slot;
        const GpuVendor v = gpuVendorFromPciId(*vendor);
        GpuDevice g;
        g.vendor = v;
        g.pciBusId = slot;
        g.source = QStringLiteral("sysfs");
        if (v == GpuVendor::Nvidia) {
            result.nvidiaPciSlots << where;
            continue;
        }
        if (v == GpuVendor::Amd) {
            const auto vram = readBytes(dev + QStringLiteral("/mem_info_vram_total"), n);
            if (!vram || *vram == 0) {
                *n << Tr::tr(
                    "AMD GPU at %1: mem_info_vram_total is missing or unreadable (is the amdgpu driver loaded?); "
                    "its memory is unknown and it is not used for planning")
                          .arg(where);
                continue;
            }
            const auto vramUsed = readBytes(dev + QStringLiteral("/mem_info_vram_used"), n);
            const auto gtt = readBytes(dev + QStringLiteral("/mem_info_gtt_total"), n);
            const auto gttUsed = readBytes(dev + QStringLiteral("/mem_info_gtt_used"), n);
            const auto product = readText(dev + QStringLiteral("/product_name"));
            g.name = product && !product->isEmpty()
                ? (product->startsWith(QLatin1String("AMD")) ? *product : QStringLiteral("AMD ") + *product)
                : Tr::tr("AMD GPU [1002:%1]").arg(device, 4, 16, QLatin1Char('0'));
            if (!product || product->isEmpty())
                *n << Tr::tr("AMD GPU at %1: the driver exposes no product name; pick the card in the catalog for its "
                             "bandwidth")
                          .arg(where);
            g.gttTotal = gtt.value_or(-1);
            if (gtt && *vram<kApuVramLimit&& * gtt> * vram) {
                // APU: the VRAM carve-out is small; the GPU maps system memory through GTT.
                g.unified = true;
                g.memoryTotal = satAdd(*vram, *gtt);
                if (vramUsed && gttUsed) {
                    g.memoryUsed = satAdd(*vramUsed, *gttUsed);
                    g.memoryFree = std::max<qint64>(0, g.memoryTotal - g.memoryUsed);
                }
                *n << Tr::tr("%1 at %2 is an APU: %3 bytes of VRAM carve-out plus %4 bytes of system memory mapped "
                             "through GTT, shared with the CPU")
                          .arg(g.name, where)
                          .arg(*vram)
                          .arg(*gtt);
            } else {
                g.memoryTotal = *vram;
                if (vramUsed && *vramUsed <= *vram) {
                    g.memoryUsed = *vramUsed;
                    g.memoryFree = *vram - *vramUsed;
                }
            }
            result.gpus << g;
            continue;
        }
        if (v == GpuVendor::Intel) {
            const QString arc = intelArcName(device);
            const auto vram = readBytes(dev + QStringLiteral("/tile0/physical_vram_size_bytes"), n);
            if (vram && *vram > 0) {
                g.name = arc.isEmpty() ? Tr::tr("Intel GPU [8086:%1]").arg(device, 4, 16, QLatin1Char('0')) : arc;
                g.memoryTotal = *vram;
                result.gpus << g;
            } else if (!arc.isEmpty()) {
                *n << Tr::tr(
                    "%1 at %2: the driver does not expose its memory size (tile0/physical_vram_size_bytes needs "
                    "the xe driver); it is not used for planning")
                          .arg(arc, where);
            } else {
                *n << Tr::tr("Intel integrated graphics at %1 shares system RAM; it is not counted as a GPU")
                          .arg(where);
            }
            continue;
        }
        *n << Tr::tr("GPU at %1 with PCI vendor %2 is not supported").arg(where).arg(*vendor, 4, 16, QLatin1Char('0'));
    }
    return result;
}

} // namespace Planner
