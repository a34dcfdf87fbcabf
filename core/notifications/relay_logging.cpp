// The relay listener's logging category.
#include "core/notifications/relay_logging.h"

namespace moderato {
Q_LOGGING_CATEGORY(lcRelay, "moderato.relay", QtWarningMsg)
} // namespace moderato
