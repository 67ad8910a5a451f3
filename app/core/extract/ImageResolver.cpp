#include "ImageResolver.h"

#include "DomUtil.h"
#include "GumboDocument.h"
#include "NodeStats.h"

#include "html/ImageSourcePicker.h"

#include <cstring>
#include <vector>

namespace ichq::extract {

namespace {

// File names of the stand-ins lazy-load plugins and old themes show before the photo.
bool isPlaceholderName(const QUrl &url)
{
    const QString file = url.fileName().toLower();
    static const char *const hints[] = {"grey.gif",     "gray.gif",         "blank.gif",
                                        "pixel.gif",    "spacer",           "placeholder",
                                        "transparent.", "lazy_placeholder", "lazy-placeholder",
                                        "1x1.",         "loading.gif",      "loader.gif"};
    for (const char *hint : hints) {
        if (file.contains(QLatin1String(hint)))
            return true;
    }
    return false;
}

bool isTinyDimension(const char *value)
{
    // width="1", height="0", "1px": tracking pixels and spacers.
    return value && (std::strcmp(value, "0") == 0 || std::strcmp(value, "1") == 0 ||
                     std::strcmp(value, "1px") == 0 || std::strcmp(value, "0px") == 0);
}

void collectImages(const GumboNode &root, std::vector<const GumboNode *> &out)
{
    std::vector<const GumboNode *> stack{&root};
    while (!stack.empty()) {
        const GumboNode *node = stack.back();
        stack.pop_back();
        if (!isElement(*node))
            continue;
        if (isImageElement(*node)) {
            out.push_back(node);
            continue;
        }
        for (unsigned i = childCount(*node); i > 0; --i)
            stack.push_back(&childAt(*node, i - 1));
    }
}

} // namespace

QUrl imageUrl(const GumboNode &image, const QUrl &baseUrl)
{
    if (isTinyDimension(attribute(image, "width")) || isTinyDimension(attribute(image, "height")))
        return {};
    const QUrl url = html::pickImageSource(image, baseUrl);
    return url.isValid() && !isPlaceholderName(url) ? url : QUrl();
}

QList<QUrl> noscriptImageUrls(const GumboNode &noscript, const QUrl &baseUrl)
{
    QList<QUrl> urls;
    std::vector<const GumboNode *> images;
    collectImages(noscript, images);
    for (const GumboNode *image : images) {
        const QUrl url = imageUrl(*image, baseUrl);
        if (url.isValid())
            urls.append(url);
    }
    if (!images.empty() || childCount(noscript) != 1)
        return urls;
    const GumboNode &text = childAt(noscript, 0);
    if (text.type != GUMBO_NODE_TEXT || !std::strstr(text.v.text.text, "<img"))
        return urls;
    // Raw text: parse it the way a browser without scripts would have.
    const QByteArray markup(text.v.text.text);
    const GumboDocument fragment(markup, GumboDocument::Mode::DivFragment);
    collectImages(fragment.root(), images);
    for (const GumboNode *image : images) {
        const QUrl url = imageUrl(*image, baseUrl);
        if (url.isValid())
            urls.append(url);
    }
    return urls;
}

QUrl ImageResolver::resolve(const GumboNode &image, const GumboNode *noscript)
{
    QUrl url = imageUrl(image, m_baseUrl);
    if (!url.isValid() && noscript) {
        const QList<QUrl> copies = noscriptImageUrls(*noscript, m_baseUrl);
        if (!copies.isEmpty())
            url = copies.first();
    }
    return accept(url);
}

QList<QUrl> ImageResolver::resolveNoscript(const GumboNode &noscript)
{
    QList<QUrl> accepted;
    const QList<QUrl> urls = noscriptImageUrls(noscript, m_baseUrl);
    for (const QUrl &url : urls) {
        const QUrl kept = accept(url);
        if (kept.isValid())
            accepted.append(kept);
    }
    return accepted;
}

QUrl ImageResolver::accept(const QUrl &url)
{
    if (!url.isValid() || m_seen.contains(url) || m_seen.size() >= kMaxImages)
        return {};
    m_seen.insert(url);
    return url;
}

} // namespace ichq::extract
