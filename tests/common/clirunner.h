// SPDX-FileCopyrightText: 2026 The FitPlanner authors
// SPDX-License-Identifier: MIT

#pragma once

#include <QByteArray>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QProcessEnvironment>
#include <QString>
#include <QStringList>
#include <QtGlobal>

// What one run of the built fitplanner binary printed.
struct CliResult
{
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
    QJsonObject json() const { return QJsonDocument::fromJson(out).object(); }
    QJsonArray jsonArray() const { return QJsonDocument::fromJson(out).array(); }
};

/**
 * Runs `binary` with `args` in the locale `language` (a LANG value; "C" is English, whatever the machine's
 * locale). With a `hardwareRoot` (a recorded sysfs/procfs tree) the probes read it instead of this machine and
 * NVML stays off, so the result does not depend on the machine the tests run on.
 */
inline CliResult runFitplanner(const QString& binary, const QStringList& args,
    const QString& language = QStringLiteral("C"), const QString& hardwareRoot = {})
{
    QProcess p;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    if (!hardwareRoot.isEmpty()) {
        env.insert(QStringLiteral("FITPLANNER_HARDWARE_ROOT"), hardwareRoot);
        env.insert(QStringLiteral("FITPLANNER_NVML"), QStringLiteral("off"));
    }
    for (const char* name : { "LANGUAGE", "LC_ALL", "LC_MESSAGES" })
        env.remove(QString::fromLatin1(name));
    env.insert(QStringLiteral("LANG"), language);
    p.setProcessEnvironment(env);
    p.start(binary, args);
    if (!p.waitForFinished(120000))
        qFatal("fitplanner did not finish");
    return { p.exitCode(), p.readAllStandardOutput(), p.readAllStandardError() };
}
