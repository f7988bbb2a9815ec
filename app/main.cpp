// SPDX-FileCopyrightText: 2026 The FitPlanner authors
// SPDX-License-Identifier: MIT

#include "catalogs.h"
#include "cli.h"
#include "clitr.h"
#include "custommodelstore.h"

#include <cstdio>

#include <QCoreApplication>
#include <QLocale>
#include <QTextStream>
#include <QTranslator>

#ifdef FITPLANNER_WITH_GUI
#include "gui.h"
#endif

namespace {

#ifdef FITPLANNER_WITH_GUI
// The window opens without arguments, for --screenshot (with its options) and for Qt's own single-dash options
// (-platform, -style ...); other options need a command.
bool isGuiInvocation(int argc, char** argv)
{
    if (argc < 2)
        return true;
    for (int i = 1; i < argc; ++i) {
        if (qstrcmp(argv[i], "--screenshot") == 0)
            return true;
    }
    return argv[1][0] == '-' && argv[1][1] != '-' && argv[1][1] != '\0';
}
#endif

} // namespace

int main(int argc, char** argv)
{
    QCoreApplication::setOrganizationName(QStringLiteral("FitPlanner"));
    QCoreApplication::setApplicationName(QStringLiteral("FitPlanner"));
    QCoreApplication::setApplicationVersion(QStringLiteral(FITPLANNER_VERSION));

    const QString first = argc > 1 ? QString::fromLocal8Bit(argv[1]) : QString();
#ifdef FITPLANNER_WITH_GUI
    if (!isCliCommand(first) && isGuiInvocation(argc, argv))
        return runGui(argc, argv);
#endif
    if (!isCliCommand(first) && !first.isEmpty()) {
        // Options without a command ("fitplanner --json"): a usage error, never a window.
        QCoreApplication app(argc, argv);
        QTextStream(stderr) << "fitplanner: "
                            << CliTr::tr("'%1' needs a command first; 'fitplanner --help' lists them").arg(first)
                            << '\n';
        return 2;
    }
    QCoreApplication app(argc, argv);
    // The command line speaks Simplified Chinese where the user's language (LANGUAGE, LC_ALL, LC_MESSAGES or LANG)
    // is Chinese; JSON keys and numbers stay as they are.
    QTranslator translator;
    const QStringList languages = QLocale::system().uiLanguages();
    if (!languages.isEmpty() && languages.first().startsWith(QLatin1String("zh"))
        && translator.load(QStringLiteral(":/i18n/fitplanner_zh_CN.qm")))
        QCoreApplication::installTranslator(&translator);
    QTextStream out(stdout);
    QTextStream err(stderr);
    Catalogs catalogs = Catalogs::loadEmbedded();
    catalogs.addCustomModels(Planner::CustomModelStore::defaultPath());
    QStringList args = QCoreApplication::arguments().mid(1);
    const int rc = runCli(args, catalogs, out, err);
    out.flush();
    err.flush();
    return rc;
}
