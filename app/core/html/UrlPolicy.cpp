#include "UrlPolicy.h"

#include <QByteArray>

#include <cstring>

namespace ichq::html {

namespace {

bool isTrimmed(char c)
{
    // The URL standard strips leading/trailing C0 controls and space.
    return static_cast<unsigned char>(c) <= 0x20;
}

bool hasScheme(const QUrl &url, QLatin1String scheme)
{
    return url.scheme().compare(scheme, Qt::CaseInsensitive) == 0;
}

} // namespace

QUrl resolveAttributeUrl(const char *value, const QUrl &baseUrl)
{
    const char *begin = value;
    const char *end = value + std::strlen(value);
    while (begin < end && isTrimmed(*begin))
        ++begin;
    while (end > begin && isTrimmed(end[-1]))
        --end;
    QByteArray cleaned;
    cleaned.reserve(end - begin);
    for (const char *p = begin; p < end; ++p) {
        if (*p != '\t' && *p != '\n' && *p != '\r')
            cleaned.append(*p);
    }
    if (cleaned.isEmpty())
        return {};
    const QUrl url(QString::fromUtf8(cleaned), QUrl::TolerantMode);
    if (!url.isValid())
        return {};
    const QUrl resolved = url.isRelative() && baseUrl.isValid() ? baseUrl.resolved(url) : url;
    return resolved.isValid() ? resolved : QUrl();
}

bool isAllowedLinkUrl(const QUrl &url)
{
    if (hasScheme(url, QLatin1String("mailto")))
        return !url.path().isEmpty();
    return isAllowedImageUrl(url);
}

bool isAllowedImageUrl(const QUrl &url)
{
    return (hasScheme(url, QLatin1String("http")) || hasScheme(url, QLatin1String("https"))) &&
           !url.host().isEmpty();
}

} // namespace ichq::html
