#pragma once
// Chooses and installs Moderato's translation (and Qt's own) from the system locale or --lang.

#include <QString>

class QApplication;

namespace moderato {

//! Installs the translation for \a langOverride (e.g. "de", "en") or, when it is empty, for the
//! system locale; languages without a translation get English (with its plural forms).
//! Returns the language installed: "de" or "en".
QString installTranslations(QApplication &app, const QString &langOverride);

} // namespace moderato
