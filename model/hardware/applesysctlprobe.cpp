// SPDX-FileCopyrightText: 2026 The FitPlanner authors
// SPDX-License-Identifier: MIT

#include "applesysctlprobe.h"

#include "checkedmath.h"
#include "units.h"

#include <cstring>

#include <QCoreApplication>

#ifdef Q_OS_MACOS
#include <sys/sysctl.h>
#include <sys/types.h>
#endif

namespace Planner {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Planner::AppleSysctlProbe)
};

} // namespace

SysctlApi SysctlApi::system()
{
    SysctlApi api;
#ifdef Q_OS_MACOS
    api.integer = [](const QString& name) -> std::optional<qint64> {
        const QByteArray key = name.toLatin1();
        qint64 v64 = 0;
        size_t size = sizeof v64;
        if (sysctlbyname(key.constData(), &v64, &size, nullptr, 0) != 0)
            return std::nullopt;
        if (size == sizeof(qint32)) {
            qint32 v32 = 0;
            std::memcpy(&v32, &v64, sizeof v32);
            return qint64(v32);
        }
        return size == sizeof v64 ? std::optional<qint64>(v64) : std::nullopt;
    };
    api.text = [](const QString& name) -> std::optional<QString> {
        const QByteArray key = name.toLatin1();
        char buffer[256] = {};
        size_t size = sizeof buffer - 1;
        if (sysctlbyname(key.constData(), buffer, &size, nullptr, 0) != 0)
            return std::nullopt;
        return QString::fromUtf8(buffer).trimmed();
    };
#endif
    return api;
}

AppleSysctlProbe::AppleSysctlProbe(SysctlApi api)
    : m_api(std::move(api))
{ }

void AppleSysctlProbe::probe(HardwareProfile* profile) const
{
    if (!m_api.isComplete()) {
        profile->notes << Tr::tr("sysctl is not available on this system");
        return;
    }
    const auto memsize = m_api.integer(QStringLiteral("hw.memsize"));
    if (!memsize || *memsize <= 0 || *memsize > (qint64(1) << 50)) {
        profile->notes << Tr::tr("sysctl hw.memsize cannot be read: unified memory is unknown");
        return;
    }
    profile->ramTotal = *memsize;
    if (const auto cores = m_api.integer(QStringLiteral("hw.logicalcpu")); cores && *cores > 0 && *cores < 100000)
        profile->cpu.logicalCores = int(*cores);
    if (const auto cores = m_api.integer(QStringLiteral("hw.physicalcpu")); cores && *cores > 0 && *cores < 100000)
        profile->cpu.physicalCores = int(*cores);
    const QString brand = m_api.text(QStringLiteral("machdep.cpu.brand_string")).value_or(QString());
    profile->cpu.model = brand;
    if (!brand.startsWith(QLatin1String("Apple"))) {
        profile->notes << Tr::tr("'%1' is not Apple silicon: no unified-memory GPU is counted").arg(brand);
        return;
    }
    GpuDevice g;
    g.name = brand;
    g.vendor = GpuVendor::Apple;
    g.unified = true;
    g.source = QStringLiteral("sysctl");
    const auto wired = m_api.integer(QStringLiteral("iogpu.wired_limit_mb"));
    if (wired && *wired > 0 && *wired * MiB <= *memsize) {
        g.memoryTotal = *wired * MiB;
        profile->notes << Tr::tr(
            "iogpu.wired_limit_mb = %1: the GPU may wire %2 bytes of the %3 bytes of unified memory")
                              .arg(*wired)
                              .arg(g.memoryTotal)
                              .arg(*memsize);
    } else {
        g.memoryTotal = appleDefaultWiredLimit(*memsize);
        profile->notes << Tr::tr(
            "iogpu.wired_limit_mb is %1: macOS lets the GPU wire its default share of unified memory, "
            "%2 bytes of %3 (2/3 up to 36 GiB, 3/4 above; raise it with sudo sysctl "
            "iogpu.wired_limit_mb=N)")
                              .arg(wired ? QString::number(*wired) : Tr::tr("unreadable"))
                              .arg(g.memoryTotal)
                              .arg(*memsize);
    }
    profile->gpus << g;
}

} // namespace Planner
