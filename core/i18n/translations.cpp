#include "core/i18n/translations.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QTranslator>

namespace moderato {

QString installTranslations(QCoreApplication &app, const QString &langOverride)
{
    QLocale locale = langOverride.isEmpty() ? QLocale::system() : QLocale(langOverride);
    if (locale.language() == QLocale::C)
        locale = QLocale(QLocale::English);

    // English has a translation too: it holds the plural forms ("1 person", "2 people").
    auto *own = new QTranslator(&app);
    if (!own->load(locale, QStringLiteral("moderato"), QStringLiteral("_"), QStringLiteral(":/i18n"))) {
        delete own;
        own = new QTranslator(&app);
        if (own->load(QStringLiteral(":/i18n/moderato_en.qm")))
            app.installTranslator(own);
        else
            delete own;
        return QStringLiteral("en");
    }
    app.installTranslator(own);
    if (locale.language() == QLocale::English)
        return QStringLiteral("en");

    // Qt's own strings (dialog buttons, context menus of line edits, the command line's help) in
    // the same language.
    auto *qt = new QTranslator(&app);
    if (qt->load(locale, QStringLiteral("qtbase"), QStringLiteral("_"),
                 QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        app.installTranslator(qt);
    else
        delete qt;
    QLocale::setDefault(locale);
    return QLocale::languageToCode(locale.language());
}

} // namespace moderato
