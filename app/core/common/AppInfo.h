#pragma once

#include <QString>

namespace ichq {

QString appName();        // "iChongqing Reader"
QString appExecutable();  // "ichongqing-reader"
QString appVersion();     // from CMakeLists.txt project(VERSION)
QString siteHomepage();   // https://www.ichongqing.info/
QString defaultFeedUrl(); // https://www.ichongqing.info/feed/

// Where the app talks to: the one place that names the site's addresses.
QString defaultContactEndpoint(); // the site's contact form endpoint (a setting may override)
QString sitePrivacyPolicyUrl();   // the site's own Privacy Statement & Cookie Policy page
QString contactEmail();           // service@ichongqing.info, for "Send by email instead"

} // namespace ichq
