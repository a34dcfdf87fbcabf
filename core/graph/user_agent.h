#pragma once
#include <QByteArray>

namespace moderato {
//! The User-Agent every request of Moderato's carries, e.g. "Moderato/0.1.0 (Qt 6.4.2; Linux)".
QByteArray userAgent();
} // namespace moderato
