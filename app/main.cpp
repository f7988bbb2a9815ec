#include "catalogs.h"
#include "cli.h"

#include <cstdio>

#include <QCoreApplication>
#include <QLocale>
#include <QTextStream>
#include <QTranslator>

#ifdef FITPLANNER_WITH_GUI
#include "gui.h"
#endif

int main(int argc, char** argv)
{
    QCoreApplication::setOrganizationName(QStringLiteral("FitPlanner"));
    QCoreApplication::setApplicationName(QStringLiteral("FitPlanner"));
    QCoreApplication::setApplicationVersion(QStringLiteral(FITPLANNER_VERSION));

    const QString first = argc > 1 ? QString::fromLocal8Bit(argv[1]) : QString();
#ifdef FITPLANNER_WITH_GUI
    if (!isCliCommand(first))
        return runGui(argc, argv);
#endif
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
    const Catalogs catalogs = Catalogs::loadEmbedded();
    QStringList args = QCoreApplication::arguments().mid(1);
    const int rc = runCli(args, catalogs, out, err);
    out.flush();
    err.flush();
    return rc;
}
