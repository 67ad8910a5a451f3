#pragma once

#include <QString>

namespace ichq {

QString appName();        // "iChongqing Reader"
QString appExecutable();  // "ichongqing-reader"
QString appVersion();     // from CMakeLists.txt project(VERSION)
QString siteHomepage();   // https://www.ichongqing.info/
QString defaultFeedUrl(); // https://www.ichongqing.info/feed/

} // namespace ichq
