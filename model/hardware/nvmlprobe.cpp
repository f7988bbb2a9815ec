// SPDX-FileCopyrightText: 2026 The FitPlanner authors
// SPDX-License-Identifier: MIT

#include "nvmlprobe.h"

#include <cstring>

#include <QCoreApplication>

namespace Planner {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Planner::NvmlProbe)
};

constexpr int kSuccess = 0;

// C signatures of the NVML calls (nvmlReturn_t is an int-sized enum).
using InitFn = int (*)();
using CountFn = int (*)(unsigned int*);
using HandleFn = int (*)(unsigned int, NvmlDeviceHandle*);
using NameFn = int (*)(NvmlDeviceHandle, char*, unsigned int);
using MemoryFn = int (*)(NvmlDeviceHandle, NvmlMemory*);
using PciFn = int (*)(NvmlDeviceHandle, NvmlPciInfo*);
using DriverFn = int (*)(char*, unsigned int);
using BusWidthFn = int (*)(NvmlDeviceHandle, unsigned int*);
using ClockFn = int (*)(NvmlDeviceHandle, int, unsigned int*);
using ErrorStringFn = const char* (*)(int);

QString fromCString(const char* buffer, size_t size)
{
    return QString::fromUtf8(buffer, qsizetype(strnlen(buffer, size))).trimmed();
}

} // namespace

bool NvmlApi::isComplete() const
{
    return init && shutdown && deviceGetCount && deviceGetHandleByIndex && deviceGetName && deviceGetMemoryInfo;
}

QString NvmlLibrary::defaultFileName()
{
#ifdef Q_OS_WIN
    return QStringLiteral("nvml.dll");
#else
    return QStringLiteral("libnvidia-ml.so.1");
#endif
}

NvmlLibrary::NvmlLibrary(const QString& fileName)
{
    m_library.setFileName(fileName.isEmpty() ? defaultFileName() : fileName);
    if (!m_library.load()) {
        m_error = Tr::tr("NVML (%1) could not be loaded: %2").arg(m_library.fileName(), m_library.errorString());
        return;
    }
    const auto resolve = [this](const char* symbol) { return m_library.resolve(symbol); };
    const auto init = reinterpret_cast<InitFn>(resolve("nvmlInit_v2"));
    const auto shutdown = reinterpret_cast<InitFn>(resolve("nvmlShutdown"));
    const auto count = reinterpret_cast<CountFn>(resolve("nvmlDeviceGetCount_v2"));
    const auto handle = reinterpret_cast<HandleFn>(resolve("nvmlDeviceGetHandleByIndex_v2"));
    const auto name = reinterpret_cast<NameFn>(resolve("nvmlDeviceGetName"));
    const auto memory = reinterpret_cast<MemoryFn>(resolve("nvmlDeviceGetMemoryInfo"));
    if (!init || !shutdown || !count || !handle || !name || !memory) {
        m_error = Tr::tr(
            "NVML (%1) lacks the functions FitPlanner needs (nvmlInit_v2, nvmlDeviceGetCount_v2, "
            "nvmlDeviceGetHandleByIndex_v2, nvmlDeviceGetName, nvmlDeviceGetMemoryInfo); the driver is too old")
                      .arg(m_library.fileName());
        m_library.unload();
        return;
    }
    m_api.init = init;
    m_api.shutdown = shutdown;
    m_api.deviceGetCount = count;
    m_api.deviceGetHandleByIndex = handle;
    m_api.deviceGetName = name;
    m_api.deviceGetMemoryInfo = memory;
    if (const auto f = reinterpret_cast<PciFn>(resolve("nvmlDeviceGetPciInfo_v3")))
        m_api.deviceGetPciInfo = f;
    if (const auto f = reinterpret_cast<DriverFn>(resolve("nvmlSystemGetDriverVersion")))
        m_api.systemGetDriverVersion = f;
    if (const auto f = reinterpret_cast<BusWidthFn>(resolve("nvmlDeviceGetMemoryBusWidth")))
        m_api.deviceGetMemoryBusWidth = f;
    if (const auto f = reinterpret_cast<ClockFn>(resolve("nvmlDeviceGetMaxClockInfo")))
        m_api.deviceGetMaxClockInfo = f;
    if (const auto f = reinterpret_cast<ErrorStringFn>(resolve("nvmlErrorString")))
        m_api.errorString = f;
}

NvmlLibrary::~NvmlLibrary()
{
    m_api = {};
    if (m_library.isLoaded())
        m_library.unload();
}

NvmlProbe::NvmlProbe(NvmlApi api)
    : m_api(std::move(api))
{ }

QString NvmlProbe::errorName(int code)
{
    switch (code) {
    case 0:
        return QStringLiteral("NVML_SUCCESS");
    case 1:
        return QStringLiteral("NVML_ERROR_UNINITIALIZED");
    case 2:
        return QStringLiteral("NVML_ERROR_INVALID_ARGUMENT");
    case 3:
        return QStringLiteral("NVML_ERROR_NOT_SUPPORTED");
    case 4:
        return QStringLiteral("NVML_ERROR_NO_PERMISSION");
    case 5:
        return QStringLiteral("NVML_ERROR_ALREADY_INITIALIZED");
    case 6:
        return QStringLiteral("NVML_ERROR_NOT_FOUND");
    case 7:
        return QStringLiteral("NVML_ERROR_INSUFFICIENT_SIZE");
    case 8:
        return QStringLiteral("NVML_ERROR_INSUFFICIENT_POWER");
    case 9:
        return QStringLiteral("NVML_ERROR_DRIVER_NOT_LOADED");
    case 10:
        return QStringLiteral("NVML_ERROR_TIMEOUT");
    case 11:
        return QStringLiteral("NVML_ERROR_IRQ_ISSUE");
    case 12:
        return QStringLiteral("NVML_ERROR_LIBRARY_NOT_FOUND");
    case 13:
        return QStringLiteral("NVML_ERROR_FUNCTION_NOT_FOUND");
    case 14:
        return QStringLiteral("NVML_ERROR_CORRUPTED_INFOROM");
    case 15:
        return QStringLiteral("NVML_ERROR_GPU_IS_LOST");
    case 16:
        return QStringLiteral("NVML_ERROR_RESET_REQUIRED");
    case 17:
        return QStringLiteral("NVML_ERROR_OPERATING_SYSTEM");
    case 18:
        return QStringLiteral("NVML_ERROR_LIB_RM_VERSION_MISMATCH");
    case 19:
        return QStringLiteral("NVML_ERROR_IN_USE");
    case 20:
        return QStringLiteral("NVML_ERROR_MEMORY");
    case 21:
        return QStringLiteral("NVML_ERROR_NO_DATA");
    case 999:
        return QStringLiteral("NVML_ERROR_UNKNOWN");
    default:
        return QStringLiteral("NVML error %1").arg(code);
    }
}

QString NvmlProbe::describe(int code) const
{
    QString text = errorName(code);
    if (m_api.errorString) {
        const char* s = m_api.errorString(code);
        if (s && *s)
            text += QStringLiteral(" (%1)").arg(QString::fromUtf8(s, qsizetype(strnlen(s, 256))));
    }
    return text;
}

QList<GpuDevice> NvmlProbe::probe(QStringList* notes) const
{
    QList<GpuDevice> devices;
    const auto note = [notes](const QString& n) {
        if (notes)
            *notes << n;
    };
    if (!m_api.isComplete()) {
        note(Tr::tr("NVML is not available"));
        return devices;
    }
    if (const int rc = m_api.init(); rc != kSuccess) {
        note(Tr::tr("NVML could not start: nvmlInit_v2 returned %1; NVIDIA GPUs cannot be read").arg(describe(rc)));
        return devices;
    }
    unsigned int count = 0;
    if (const int rc = m_api.deviceGetCount(&count); rc != kSuccess) {
        note(Tr::tr("nvmlDeviceGetCount_v2 returned %1; NVIDIA GPUs cannot be listed").arg(describe(rc)));
        m_api.shutdown();
        return devices;
    }
    if (count > unsigned(kMaxDevices)) {
        note(Tr::tr("NVML reports %1 GPUs, more than the %2 FitPlanner reads; only the first %2 are listed")
                 .arg(count)
                 .arg(kMaxDevices));
        count = kMaxDevices;
    }
    QString driver;
    if (m_api.systemGetDriverVersion) {
        char buffer[96] = {};
        if (const int rc = m_api.systemGetDriverVersion(buffer, sizeof buffer - 1); rc == kSuccess)
            driver = fromCString(buffer, sizeof buffer - 1);
        else
            note(Tr::tr("nvmlSystemGetDriverVersion returned %1; the driver version is unknown").arg(describe(rc)));
    }
    for (unsigned int i = 0; i < count; ++i) {
        NvmlDeviceHandle handle = nullptr;
        if (const int rc = m_api.deviceGetHandleByIndex(i, &handle); rc != kSuccess) {
            note(Tr::tr("GPU %1: nvmlDeviceGetHandleByIndex_v2 returned %2; the GPU is skipped")
                     .arg(i)
                     .arg(describe(rc)));
            continue;
        }
        GpuDevice d;
        d.vendor = GpuVendor::Nvidia;
        d.source = QStringLiteral("nvml");
        d.driverVersion = driver;
        char name[96] = {};
        if (const int rc = m_api.deviceGetName(handle, name, sizeof name - 1); rc == kSuccess)
            d.name = fromCString(name, sizeof name - 1);
        else
            note(Tr::tr("GPU %1: nvmlDeviceGetName returned %2").arg(i).arg(describe(rc)));
        if (d.name.isEmpty())
            d.name = Tr::tr("NVIDIA GPU %1").arg(i);
        NvmlMemory memory;
        if (const int rc = m_api.deviceGetMemoryInfo(handle, &memory); rc != kSuccess) {
            note(Tr::tr(
                "GPU %1 (%2): nvmlDeviceGetMemoryInfo returned %3; the GPU is skipped because its memory is unknown")
                     .arg(i)
                     .arg(d.name, describe(rc)));
            continue;
        }
        constexpr unsigned long long kLimit = 1ULL << 50;
        if (memory.total == 0 || memory.total > kLimit) {
            note(Tr::tr("GPU %1 (%2): NVML reports an implausible memory size of %3 bytes; the GPU is skipped")
                     .arg(i)
                     .arg(d.name)
                     .arg(memory.total));
            continue;
        }
        d.memoryTotal = qint64(memory.total);
        if (memory.free <= memory.total && memory.used <= memory.total) {
            d.memoryFree = qint64(memory.free);
            d.memoryUsed = qint64(memory.used);
        } else {
            note(Tr::tr("GPU %1 (%2): NVML reports free %3 / used %4 bytes of %5; free memory is unknown")
                     .arg(i)
                     .arg(d.name)
                     .arg(memory.free)
                     .arg(memory.used)
                     .arg(memory.total));
        }
        if (m_api.deviceGetPciInfo) {
            NvmlPciInfo pci;
            if (m_api.deviceGetPciInfo(handle, &pci) == kSuccess)
                d.pciBusId = fromCString(pci.busId, sizeof pci.busId);
        }
        unsigned int width = 0;
        if (m_api.deviceGetMemoryBusWidth && m_api.deviceGetMemoryBusWidth(handle, &width) == kSuccess && width > 0
            && width <= 65536)
            d.memoryBusWidth = int(width);
        unsigned int clock = 0;
        if (m_api.deviceGetMaxClockInfo && m_api.deviceGetMaxClockInfo(handle, kClockMem, &clock) == kSuccess
            && clock > 0 && clock <= 100000)
            d.memoryClockMHz = int(clock);
        if (d.memoryBusWidth > 0 && d.memoryClockMHz > 0) {
            // NVML's memory clock is half the data rate for GDDR and HBM alike: 2 transfers per clock.
            d.bandwidthGBps = 2.0 * d.memoryClockMHz * 1.0e6 * d.memoryBusWidth / 8.0 / 1.0e9;
        }
        devices << d;
    }
    m_api.shutdown();
    return devices;
}

} // namespace Planner
