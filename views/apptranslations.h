// SPDX-FileCopyrightText: 2026 The FitPlanner authors
// SPDX-License-Identifier: MIT

#pragma once

#include <memory>

#include <QString>
#include <QStringList>

class QTranslator;

/** The window's languages: FitPlanner's own translation and, for the buttons and dialogs Qt draws (OK, Cancel,
 *  Close, the file dialog), Qt's, read from the Qt installation (Debian's qt6-translations-l10n) where it is there.
 *  apply() replaces what a previous call installed. */
class AppTranslations
{
public:
    AppTranslations();
    ~AppTranslations();
    AppTranslations(const AppTranslations&) = delete;
    AppTranslations& operator=(const AppTranslations&) = delete;

    /** Installs "en" or "zh_CN" ("" = the system locale's) and sets the default QLocale to match; the code applied. */
    QString apply(const QString& language);
    /** The files installed by the last apply(): ":/i18n/fitplanner_zh_CN.qm", ".../qtbase_zh_CN.qm". */
    QStringList loadedFiles() const;
    /** Where Qt's own translations are looked for. */
    static QString qtTranslationsPath();

private:
    void clear(); // removes and deletes what is installed
    std::unique_ptr<QTranslator> m_app;
    std::unique_ptr<QTranslator> m_qt;
};
