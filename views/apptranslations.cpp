// SPDX-FileCopyrightText: 2026 The FitPlanner authors
// SPDX-License-Identifier: MIT

#include "apptranslations.h"

#include <QCoreApplication>
#include <QDir>
#include <QLibraryInfo>
#include <QLocale>
#include <QTranslator>

AppTranslations::AppTranslations() = default;

AppTranslations::~AppTranslations()
{
    clear();
}

void AppTranslations::clear()
{
    for (auto* t : { m_app.get(), m_qt.get() })
        if (t)
            QCoreApplication::removeTranslator(t);
    m_app.reset();
    m_qt.reset();
}

QString AppTranslations::qtTranslationsPath()
{
    return QLibraryInfo::path(QLibraryInfo::TranslationsPath);
}

QString AppTranslations::apply(const QString& language)
{
    clear();
    QString code = language;
    if (code.isEmpty())
        code = QLocale::system().language() == QLocale::Chinese ? QStringLiteral("zh_CN") : QStringLiteral("en");
    const bool chinese = code == QLatin1String("zh_CN");
    auto app = std::make_unique<QTranslator>();
    if (app->load(QStringLiteral(":/i18n/fitplanner_%1.qm").arg(code))) {
        QCoreApplication::installTranslator(app.get());
        m_app = std::move(app);
    }
    // Qt's strings are English already; for Chinese its qtbase catalogue translates the standard buttons.
    if (chinese) {
        auto qt = std::make_unique<QTranslator>();
        if (qt->load(QStringLiteral("qtbase_zh_CN"), qtTranslationsPath())) {
            QCoreApplication::installTranslator(qt.get());
            m_qt = std::move(qt);
        }
    }
    QLocale::setDefault(
        QLocale(chinese ? QLocale::Chinese : QLocale::English, chinese ? QLocale::China : QLocale::UnitedStates));
    return code;
}

QStringList AppTranslations::loadedFiles() const
{
    QStringList files;
    for (auto* t : { m_app.get(), m_qt.get() })
        if (t)
            files << QDir::cleanPath(t->filePath());
    return files;
}
