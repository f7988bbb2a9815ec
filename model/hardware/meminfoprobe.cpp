// SPDX-FileCopyrightText: 2026 The FitPlanner authors
// SPDX-License-Identifier: MIT

#include "meminfoprobe.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QHash>

namespace Planner {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Planner::MemInfoProbe)
};

} // namespace

MemInfoProbe::MemInfoProbe(QString root)
    : m_root(std::move(root))
{ }

void MemInfoProbe::probe(HardwareProfile* profile) const
{
    const QString path = QDir(m_root).filePath(QStringLiteral("proc/meminfo"));
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly)) {
        profile->notes << Tr::tr("%1 cannot be read (%2): system RAM is unknown").arg(path, f.errorString());
        return;
    }
    QHash<QString, qint64> values;
    const QList<QByteArray> lines = f.read(1 << 20).split('\n');
    for (const QByteArray& raw : lines) {
        const QString line = QString::fromUtf8(raw).simplified();
        const qsizetype colon = line.indexOf(u':');
        if (colon <= 0)
            continue;
        const QString key = line.left(colon);
        const QStringList parts = line.mid(colon + 1).split(u' ', Qt::SkipEmptyParts);
        if (parts.isEmpty())
            continue;
        bool ok = false;
        const qint64 v = parts[0].toLongLong(&ok);
        const bool kb = parts.size() > 1 && parts[1].compare(QLatin1String("kB"), Qt::CaseInsensitive) == 0;
        if (!ok || v < 0 || v > (qint64(1) << 40) || (parts.size() > 1 && !kb))
            continue;
        values.insert(key, kb ? v * 1024 : v);
    }
    const auto take = [&](const char* key, qint64* out, const QString& meaning) {
        const QString k = QString::fromLatin1(key);
        if (values.contains(k))
            *out = values.value(k);
        else
            profile->notes << Tr::tr("%1 has no readable %2: %3 is unknown").arg(path, k, meaning);
    };
    qint64 total = 0;
    take("MemTotal", &total, Tr::tr("system RAM"));
    if (total > 0)
        profile->ramTotal = total;
    take("MemAvailable", &profile->ramAvailable, Tr::tr("available RAM"));
    take("SwapTotal", &profile->swapTotal, Tr::tr("swap"));
    take("SwapFree", &profile->swapFree, Tr::tr("free swap"));
    if (profile->ramTotal > 0 && profile->ramAvailable > profile->ramTotal) {
        profile->notes << Tr::tr("%1 reports more available than total RAM; available RAM is unknown").arg(path);
        profile->ramAvailable = -1;
    }
}

} // namespace Planner
