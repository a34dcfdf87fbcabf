#pragma once
#include <QLoggingCategory>

namespace moderato {
//! "moderato.notifications": listeners, signing keys, refused notifications. Never carries a
//! token, an Authorization header or a notification body.
Q_DECLARE_LOGGING_CATEGORY(lcNotifications)
} // namespace moderato
