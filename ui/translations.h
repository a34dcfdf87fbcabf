#pragma once
// Chooses and installs Moderato's translation (and Qt's own) from the system locale or --lang.

#include <QString>

class QApplication;

namespace moderato {

//! Installs the translation for \a langOverride (e.g. "de", "en") or, when it is empty, for the
//! system locale. English needs none. Returns the language actually installed ("en" when none).
QString installTranslations(QApplication &app, const QString &langOverride);

} // namespace moderato
