#include "WebLogging.h"

namespace ichq::web {
Q_LOGGING_CATEGORY(lcWeb, "ichq.web", QtWarningMsg)
} // namespace ichq::web
