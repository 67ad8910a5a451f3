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

QList<QUrl> builtInEditionFeeds(const QString &language)
{
    if (language == u"en")
        return {QUrl(defaultFeedUrl())};
    return {};
}

QString defaultContactEndpoint()
{
    return QStringLiteral("https://www.ichongqing.info/wp-json/ichongqing/v1/contact");
}

QString sitePrivacyPolicyUrl()
{
    return QStringLiteral("https://www.ichongqing.info/privacy-policy/");
}

QString contactEmail()
{
    return QStringLiteral("service@ichongqing.info");
}

} // namespace ichq
