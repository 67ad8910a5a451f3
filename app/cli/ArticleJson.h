#pragma once

#include "store/StoreTypes.h"

#include <QJsonObject>

namespace ichq::cli {

QJsonObject articleSummaryToJson(const ArticleSummary &article);

} // namespace ichq::cli
