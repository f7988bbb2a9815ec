// SPDX-FileCopyrightText: 2026 The FitPlanner authors
// SPDX-License-Identifier: MIT

#include "cpuinfoprobe.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QSet>

namespace Planner {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Planner::CpuInfoProbe)
};

} // namespace

CpuInfoProbe::CpuInfoProbe(QString root)
    : m_root(std::move(root))
{ }

void CpuInfoProbe::probe(HardwareProfile* profile) const
{
    const QString path = QDir(m_root).filePath(QStringLiteral("proc/cpuinfo"));
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly)) {
        profile->notes << Tr::tr("%1 cannot be read (%2): the CPU is unknown").arg(path, f.errorString());
        return;
    }
    QString model;
    QString armModel;
    int logical = 0;
    QSet<QString> cores;
    QString physicalId;
    QString coreId;
    const auto flush = [&] {
        if (!coreId.isEmpty())
            cores.insert(physicalId + u'/' + coreId);
        physicalId.clear();
        coreId.clear();
    };
    const QList<QByteArray> lines = f.read(4 << 20).split('\n');
    for (const QByteArray& raw : lines) {
        const QString line = QString::fromUtf8(raw);
        const qsizetype colon = line.indexOf(u':');
        if (colon <= 0) {
            if (line.trimmed().isEmpty())
                flush();
            continue;
        }
        const QString key = line.left(colon).trimmed();
        const QString value = line.mid(colon + 1).trimmed();
        if (key == QLatin1String("processor")) {
            bool ok = false;
            value.toInt(&ok);
            if (ok)
                ++logical;
        } else if (key == QLatin1String("model name") && model.isEmpty()) {
            model = value.simplified();
        } else if ((key == QLatin1String("Model") || key == QLatin1String("Hardware")) && armModel.isEmpty()) {
            armModel = value.simplified();
        } else if (key == QLatin1String("physical id")) {
            physicalId = value;
        } else if (key == QLatin1String("core id")) {
            coreId = value;
        }
    }
    flush();
    profile->cpu.model = model.isEmpty() ? armModel : model;
    profile->cpu.logicalCores = logical;
    profile->cpu.physicalCores = int(cores.size());
    if (profile->cpu.model.isEmpty())
        profile->notes << Tr::tr("%1 names no CPU model").arg(path);
    if (logical == 0)
        profile->notes << Tr::tr("%1 lists no processors: the core count is unknown").arg(path);
}

} // namespace Planner
