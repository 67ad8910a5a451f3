#include "AppInfo.h"

namespace ichq {

QString appName()
{
    return QStringLiteral("iChongqing Reader");
}
QString appExecutable()
{
    return QStringLiteral("ichongqing-reader");
}
QString appVersion()
{
    return QStringLiteral(ICHQ_VERSION);
}
QString siteHomepage()
{
    return QStringLiteral(ICHQ_HOMEPAGE);
}
QString defaultFeedUrl()
{
    return QStringLiteral("https://www.ichongqing.info/feed/");
}

} // namespace ichq
