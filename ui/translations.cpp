#include "ui/translations.h"

#include <QApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QTranslator>

namespace moderato {

QString installTranslations(QApplication &app, const QString &langOverride)
{
    const QLocale locale = langOverride.isEmpty() ? QLocale::system() : QLocale(langOverride);
    if (locale.language() == QLocale::English || locale.language() == QLocale::C)
        return QStringLiteral("en");

    auto *own = new QTranslator(&app);
    if (!own->load(locale, QStringLiteral("moderato"), QStringLiteral("_"), QStringLiteral(":/i18n"))) {
        delete own;
        return QStringLiteral("en");
    }
    app.installTranslator(own);

    // Qt's own strings (dialog buttons, context menus of line edits) in the same language.
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
