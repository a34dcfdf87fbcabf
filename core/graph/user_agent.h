#pragma once
#include <QByteArray>
#include <QString>

namespace moderato {
//! Moderato's version, from the one place CMake defines it.
QString applicationVersion();
//! The User-Agent every request of Moderato's carries, e.g. "Moderato/0.1.0 (Qt 6.4.2; Linux)".
QByteArray userAgent();
} // namespace moderato
