#pragma once

#include <QList>
#include <QString>
#include <QUrl>

namespace ichq {

QString appName();        // "iChongqing Reader"
QString appExecutable();  // "ichongqing-reader"
QString appVersion();     // from CMakeLists.txt project(VERSION)
QString siteHomepage();   // https://www.ichongqing.info/
QString defaultFeedUrl(); // https://www.ichongqing.info/feed/

// Where the app talks to: the one place that names the site's addresses.

// The site's editions: the feeds built in for each content language, "en" or "zh". The site
// publishes no Chinese edition feed we know of, so "zh" has none built in; Settings may name
// one, and without it the Chinese interface reads the English edition.
QList<QUrl> builtInEditionFeeds(const QString &language); // "en": {defaultFeedUrl()}
QString defaultContactEndpoint(); // the site's contact form endpoint (a setting may override)
QString sitePrivacyPolicyUrl();   // the site's own Privacy Statement & Cookie Policy page
QString contactEmail();           // service@ichongqing.info, for "Send by email instead"

} // namespace ichq
