#include "Logging.h"

Q_LOGGING_CATEGORY(lcFeed, "ichq.feed", QtWarningMsg)
Q_LOGGING_CATEGORY(lcHtml, "ichq.html", QtWarningMsg)
Q_LOGGING_CATEGORY(lcNet, "ichq.net", QtWarningMsg)
Q_LOGGING_CATEGORY(lcStore, "ichq.store", QtWarningMsg)
Q_LOGGING_CATEGORY(lcRefresh, "ichq.refresh", QtWarningMsg)
// bench/ reads "first paint" from here (QT_LOGGING_RULES="ichq.startup.info=true").
Q_LOGGING_CATEGORY(lcStartup, "ichq.startup", QtWarningMsg)
