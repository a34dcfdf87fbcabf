#pragma once
#include <QLoggingCategory>

namespace moderato {
//! "moderato.graph": requests, retries and throttling. Never carries a token, a secret or a body
//! of a token request; Authorization headers are never logged.
Q_DECLARE_LOGGING_CATEGORY(lcGraph)
} // namespace moderato
