#include "FeedTypes.h"

namespace ichq {

QString feedFormatName(FeedFormat format)
{
    switch (format) {
    case FeedFormat::Rss20:
        return QStringLiteral("rss2.0");
    case FeedFormat::Rss10:
        return QStringLiteral("rss1.0");
    case FeedFormat::Atom10:
        return QStringLiteral("atom1.0");
    case FeedFormat::Unknown:
        break;
    }
    return {};
}

} // namespace ichq
