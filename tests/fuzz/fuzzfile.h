// SPDX-FileCopyrightText: 2026 The FitPlanner authors
// SPDX-License-Identifier: MIT

#pragma once

// The fuzz input as a file on disk, so that it is read the way a user's file is: through GuardedFile (kind checks,
// non-blocking open, bounded reads). One file per process, rewritten for each input.

#include <cstdint>
#include <cstdio>
#include <cstdlib>

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QString>

inline QString fuzzInputFile(const char* name, const uint8_t* data, size_t size)
{
    static const QString dir = [] {
        const QString d
            = QDir::temp().filePath(QStringLiteral("fitplanner-fuzz-%1").arg(QCoreApplication::applicationPid()));
        QDir().mkpath(d);
        return d;
    }();
    const QString path = dir + u'/' + QString::fromLatin1(name);
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly | QIODevice::Truncate)
        || f.write(reinterpret_cast<const char*>(data), qint64(size)) != qint64(size)) {
        std::fprintf(stderr, "cannot write %s\n", qPrintable(path));
        std::abort();
    }
    return path;
}
