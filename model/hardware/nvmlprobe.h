// SPDX-FileCopyrightText: 2026 The FitPlanner authors
// SPDX-License-Identifier: MIT

#pragma once

#include "hardwareprofile.h"

#include <functional>

#include <QLibrary>

namespace Planner {

// The few NVML types FitPlanner reads, laid out as nvml.h declares them (no NVIDIA header at build time).
struct NvmlMemory
{
    unsigned long long total = 0;
    unsigned long long free = 0;
    unsigned long long used = 0;
};

struct NvmlPciInfo
{
    char busIdLegacy[16] = {};
    unsigned int domain = 0;
    unsigned int bus = 0;
    unsigned int device = 0;
    unsigned int pciDeviceId = 0;
    unsigned int pciSubSystemId = 0;
    char busId[32] = {};
};

using NvmlDeviceHandle = void*;

// NVML entry points as a function table, so tests can drive the probe with recorded answers. The first six
// are required; a missing optional one just leaves its field unknown. Return values are nvmlReturn_t codes.
struct NvmlApi
{
    std::function<int()> init; // nvmlInit_v2
    std::function<int()> shutdown; // nvmlShutdown
    std::function<int(unsigned int*)> deviceGetCount; // nvmlDeviceGetCount_v2
    std::function<int(unsigned int, NvmlDeviceHandle*)> deviceGetHandleByIndex; // nvmlDeviceGetHandleByIndex_v2
    std::function<int(NvmlDeviceHandle, char*, unsigned int)> deviceGetName; // nvmlDeviceGetName
    std::function<int(NvmlDeviceHandle, NvmlMemory*)> deviceGetMemoryInfo; // nvmlDeviceGetMemoryInfo
    std::function<int(NvmlDeviceHandle, NvmlPciInfo*)> deviceGetPciInfo; // nvmlDeviceGetPciInfo_v3
    std::function<int(char*, unsigned int)> systemGetDriverVersion; // nvmlSystemGetDriverVersion
    std::function<int(NvmlDeviceHandle, unsigned int*)> deviceGetMemoryBusWidth; // nvmlDeviceGetMemoryBusWidth
    std::function<int(NvmlDeviceHandle, int, unsigned int*)> deviceGetMaxClockInfo; // nvmlDeviceGetMaxClockInfo
    std::function<const char*(int)> errorString; // nvmlErrorString

    bool isComplete() const;
};

// libnvidia-ml.so.1 (nvml.dll on Windows) loaded at run time with QLibrary; the table stays valid while this
// object lives.
class NvmlLibrary
{
public:
    explicit NvmlLibrary(const QString& fileName = {});
    ~NvmlLibrary();
    NvmlLibrary(const NvmlLibrary&) = delete;
    NvmlLibrary& operator=(const NvmlLibrary&) = delete;

    bool isLoaded() const { return m_api.isComplete(); }
    QString errorString() const { return m_error; }
    const NvmlApi& api() const { return m_api; }

    static QString defaultFileName();

private:
    QLibrary m_library;
    NvmlApi m_api;
    QString m_error;
};

// Lists NVIDIA GPUs through NVML: name, total/free/used memory, PCI bus, driver version, memory bus width and
// max memory clock. Every NVML error becomes a note naming the call and the error; nothing is guessed.
class NvmlProbe
{
public:
    explicit NvmlProbe(NvmlApi api);

    QList<GpuDevice> probe(QStringList* notes) const;

    static QString errorName(int code); // "NVML_ERROR_DRIVER_NOT_LOADED"
    static constexpr int kMaxDevices = 64;
    static constexpr int kClockMem = 2; // NVML_CLOCK_MEM

private:
    QString describe(int code) const;

    NvmlApi m_api;
};

} // namespace Planner
