#include "ImageSourcePicker.h"

#include "UrlPolicy.h"

namespace ichq::html {

namespace {

bool isSpace(char c)
{
    return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f';
}

double descriptorSize(const QByteArray &descriptor)
{
    const QByteArray d = descriptor.trimmed();
    if (d.size() < 2)
        return 1.0;
    const char unit = d.back();
    if (unit != 'w' && unit != 'x' && unit != 'W' && unit != 'X')
        return 1.0;
    bool ok = false;
    const double value = d.left(d.size() - 1).toDouble(&ok);
    return ok && value > 0 ? value : 1.0;
}

const char *attribute(const GumboElement &element, const char *name)
{
    const GumboAttribute *attr = gumbo_get_attribute(&element.attributes, name);
    return attr ? attr->value : nullptr;
}

QUrl usableUrl(const char *value, const QUrl &baseUrl)
{
    if (!value)
        return {};
    const QUrl url = resolveAttributeUrl(value, baseUrl);
    // "#" or "" resolve to the article page itself, which is no image.
    if (!isAllowedImageUrl(url) || url.matches(baseUrl, QUrl::RemoveFragment))
        return {};
    return url;
}

// Names lazy-load plugins and themes give their 1x1 stand-ins. Only a hint: a photo that
// happens to be called "lazy-river.jpg" is still used when nothing better is offered.
bool looksLikePlaceholder(const QUrl &url)
{
    const QString file = url.fileName().toLower();
    static const char *const hints[] = {"placeholder",  "lazy",     "blank.",  "spacer.", "pixel.",
                                        "transparent.", "loading.", "loader.", "1x1."};
    for (const char *hint : hints) {
        if (file.contains(QLatin1String(hint)))
            return true;
    }
    return false;
}

QUrl largestOfSrcset(const char *srcset, const QUrl &baseUrl)
{
    if (!srcset)
        return {};
    QUrl best;
    double bestSize = 0;
    const QList<SrcsetCandidate> candidates = parseSrcset(srcset);
    for (const SrcsetCandidate &candidate : candidates) {
        if (candidate.size <= bestSize)
            continue;
        const QUrl url = usableUrl(candidate.url.constData(), baseUrl);
        if (url.isValid()) {
            best = url;
            bestSize = candidate.size;
        }
    }
    return best;
}

QUrl firstOf(const GumboElement &element, std::initializer_list<const char *> names,
             const QUrl &baseUrl)
{
    for (const char *name : names) {
        const QUrl url = usableUrl(attribute(element, name), baseUrl);
        if (url.isValid())
            return url;
    }
    return {};
}

QUrl largestOfAny(const GumboElement &element, std::initializer_list<const char *> names,
                  const QUrl &baseUrl)
{
    for (const char *name : names) {
        const QUrl url = largestOfSrcset(attribute(element, name), baseUrl);
        if (url.isValid())
            return url;
    }
    return {};
}

bool isPicture(const GumboNode *node)
{
    if (!node || node->type != GUMBO_NODE_ELEMENT)
        return false;
    // gumbo 0.10.1 predates <picture>: it is an unknown tag, named only in the source text.
    const GumboElement &element = node->v.element;
    if (element.tag != GUMBO_TAG_UNKNOWN || element.tag_namespace != GUMBO_NAMESPACE_HTML)
        return false;
    GumboStringPiece name = element.original_tag;
    // Debian's gumbo keeps its asserts: this call aborts on a tag the parser invented
    // (empty original text), so check first.
    if (name.length < 2 || name.data[0] != '<')
        return false;
    gumbo_tag_from_original_text(&name);
    return name.length == 7 && qstrnicmp(name.data, "picture", 7) == 0;
}

QUrl fromPictureSources(const GumboNode &img, const QUrl &baseUrl)
{
    if (!isPicture(img.parent))
        return {};
    const GumboVector &siblings = img.parent->v.element.children;
    for (unsigned i = 0; i < siblings.length; ++i) {
        const auto *node = static_cast<const GumboNode *>(siblings.data[i]);
        if (node->type != GUMBO_NODE_ELEMENT || node->v.element.tag != GUMBO_TAG_SOURCE)
            continue;
        const QUrl url = largestOfAny(node->v.element, {"srcset", "data-srcset"}, baseUrl);
        if (url.isValid())
            return url;
    }
    return {};
}

} // namespace

QList<SrcsetCandidate> parseSrcset(const char *srcset)
{
    QList<SrcsetCandidate> result;
    const char *p = srcset;
    while (*p) {
        while (*p && (isSpace(*p) || *p == ','))
            ++p;
        const char *urlStart = p;
        while (*p && !isSpace(*p))
            ++p;
        QByteArray url(urlStart, p - urlStart);
        QByteArray descriptor;
        if (url.endsWith(',')) {
            while (url.endsWith(','))
                url.chop(1);
        } else {
            const char *descriptorStart = p;
            while (*p && *p != ',')
                ++p;
            descriptor = QByteArray(descriptorStart, p - descriptorStart);
        }
        if (!url.isEmpty())
            result.append({url, descriptorSize(descriptor)});
    }
    return result;
}

QUrl pickImageSource(const GumboNode &img, const QUrl &baseUrl)
{
    const GumboElement &element = img.v.element;
    QUrl url = firstOf(element, {"data-src", "data-lazy-src", "data-original"}, baseUrl);
    if (url.isValid())
        return url;
    const QUrl src = usableUrl(attribute(element, "src"), baseUrl);
    if (src.isValid() && !looksLikePlaceholder(src))
        return src;
    url = firstOf(element, {"data-large-file", "data-orig-file"}, baseUrl);
    if (url.isValid())
        return url;
    url = largestOfAny(element, {"srcset", "data-srcset", "data-lazy-srcset"}, baseUrl);
    if (url.isValid())
        return url;
    url = fromPictureSources(img, baseUrl);
    return url.isValid() ? url : src;
}

} // namespace ichq::html
