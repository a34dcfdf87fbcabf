#include "core/graph/graph_logging.h"

namespace moderato {
Q_LOGGING_CATEGORY(lcGraph, "moderato.graph", QtWarningMsg)
} // namespace moderato
