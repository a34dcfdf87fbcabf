#pragma once
// Chooses and installs Moderato's translation (and Qt's own) from the system locale or --lang.
// One catalogue, embedded as :/i18n/moderato_<lang>.qm, holds the texts of the core, the desktop
// app and moderato-cli, so both programs use this (the CLI without Widgets).

#include <QString>

class QCoreApplication;

namespace moderato {

//! Installs the translation for \a langOverride (e.g. "de", "en") or, when it is empty, for the
//! system locale; languages without a translation get English (with its plural forms).
//! Returns the language installed: "de" or "en".
QString installTranslations(QCoreApplication &app, const QString &langOverride = QString());

} // namespace moderato
