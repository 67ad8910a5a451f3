#pragma once

#include <QLoggingCategory>

namespace ichq::web {
Q_DECLARE_LOGGING_CATEGORY(lcWeb)
} // namespace ichq::web
