#pragma once

#include <gumbo.h>

#include <QList>
#include <QSet>
#include <QUrl>

namespace ichq::extract {

// Finds the real photo behind an <img> or <amp-img> of the story: the lazy-load attributes
// and srcset via html::pickImageSource, else the <noscript> copy beside it; drops
// placeholders (data: URIs, 1x1 pixels, grey.gif, spacer...), photos already kept (a lazy
// <img> and its <noscript> copy are one photo) and everything past the cap.
class ImageResolver
{
public:
    static constexpr int kMaxImages = 100;

    explicit ImageResolver(const QUrl &baseUrl) : m_baseUrl(baseUrl) {}

    // The photo to show, or an invalid QUrl. `noscript` is the <noscript> right after the
    // image (or inside an <amp-img>), if any: its copy is used when the lazy element yields
    // nothing usable.
    QUrl resolve(const GumboNode &image, const GumboNode *noscript);

    // Photos inside a <noscript> that stands alone (no lazy <img> before it).
    QList<QUrl> resolveNoscript(const GumboNode &noscript);

private:
    QUrl accept(const QUrl &url);

    QUrl m_baseUrl;
    QSet<QUrl> m_seen;
};

// The photo URLs of the <img>s inside a <noscript>, placeholders removed. gumbo 0.10.1 parses
// noscript content as markup; a parser with scripting on hands it over as one text node, which
// is then re-parsed as a fragment.
QList<QUrl> noscriptImageUrls(const GumboNode &noscript, const QUrl &baseUrl);

// The photo an image element shows, placeholders removed; invalid when none.
QUrl imageUrl(const GumboNode &image, const QUrl &baseUrl);

} // namespace ichq::extract
