#include "core/notifications/notifications_logging.h"

namespace moderato {
Q_LOGGING_CATEGORY(lcNotifications, "moderato.notifications", QtWarningMsg)
} // namespace moderato
