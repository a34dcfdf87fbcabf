// The relay listener's logging category.
#pragma once
#include <QLoggingCategory>

namespace moderato {
//! "moderato.relay": the relay listener's connections, reconnects and protocol problems. Never
//! carries the key, a token, a URL with a token in it, or a request's body or headers.
Q_DECLARE_LOGGING_CATEGORY(lcRelay)
} // namespace moderato
