// SPDX-FileCopyrightText: 2026 The FitPlanner authors
// SPDX-License-Identifier: MIT

#include "windowsprobe.h"

#ifdef Q_OS_WIN

#include <algorithm>
#include <dxgi.h>
#include <windows.h>

#include <QCoreApplication>

namespace Planner {

void WindowsProbe::probe(HardwareProfile* profile, bool skipNvidia) const
{
    MEMORYSTATUSEX status {};
    status.dwLength = sizeof status;
    if (GlobalMemoryStatusEx(&status)) {
        profile->ramTotal = qint64(status.ullTotalPhys);
        profile->ramAvailable = qint64(status.ullAvailPhys);
        profile->swapTotal = qint64(status.ullTotalPageFile - std::min(status.ullTotalPageFile, status.ullTotalPhys));
    } else {
        profile->notes << QCoreApplication::translate(
            "Planner::WindowsProbe", "GlobalMemoryStatusEx failed: system RAM is unknown");
    }
    IDXGIFactory1* factory = nullptr;
    if (FAILED(CreateDXGIFactory1(__uuidof(IDXGIFactory1), reinterpret_cast<void**>(&factory))) || !factory) {
        profile->notes << QCoreApplication::translate(
            "Planner::WindowsProbe", "DXGI is not available: GPUs cannot be listed");
        return;
    }
    IDXGIAdapter1* adapter = nullptr;
    for (UINT i = 0; factory->EnumAdapters1(i, &adapter) != DXGI_ERROR_NOT_FOUND; ++i) {
        DXGI_ADAPTER_DESC1 desc {};
        if (SUCCEEDED(adapter->GetDesc1(&desc)) && !(desc.Flags & DXGI_ADAPTER_FLAG_SOFTWARE)) {
            const GpuVendor vendor = gpuVendorFromPciId(desc.VendorId);
            if (!(skipNvidia && vendor == GpuVendor::Nvidia) && desc.DedicatedVideoMemory > 0) {
                GpuDevice g;
                g.name = QString::fromWCharArray(desc.Description).trimmed();
                g.vendor = vendor;
                g.memoryTotal = qint64(desc.DedicatedVideoMemory);
                g.source = QStringLiteral("dxgi");
                profile->gpus << g;
            }
        }
        adapter->Release();
    }
    factory->Release();
}

} // namespace Planner

#endif
