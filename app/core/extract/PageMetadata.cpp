#include "PageMetadata.h"

#include "DomUtil.h"
#include "JsonLd.h"

#include "html/UrlPolicy.h"

#include <QHash>
#include <QList>
#include <QTimeZone>

#include <cstring>
#include <vector>

namespace ichq::extract {

namespace {

constexpr int kMaxBylineChars = 100;

// What one walk over the page collects for the metadata.
struct PageFacts
{
    QUrl base;
    QHash<QByteArray, QString> meta; // property / name / itemprop (lower-case) -> content
    QList<QByteArray> jsonLd;
    QString titleElement;
    QString firstH1;
    QString byline;
    QString timeDatetime;
};

// ASCII case-insensitive strstr: class names are mostly lower-case already, and this runs for
// every element of the page, so it must not allocate.
bool containsNoCase(const char *haystack, std::string_view needle)
{
    const char first = needle.front(); // needles are lower-case
    for (const char *p = haystack; *p; ++p) {
        if ((*p | 0x20) == first && qstrnicmp(p, needle.data(), needle.size()) == 0)
            return true;
    }
    return false;
}

// Where a page keeps other stories' bylines and dates: comments, sidebars, related posts.
bool isOutsideStory(const GumboNode &node)
{
    const GumboTag tag = tagOf(node);
    if (tag == GUMBO_TAG_NAV || tag == GUMBO_TAG_ASIDE || tag == GUMBO_TAG_FOOTER)
        return true;
    for (const char *name : {"class", "id"}) {
        const char *value = attribute(node, name);
        if (!value)
            continue;
        for (const std::string_view chrome :
             {"comment", "sidebar", "widget", "related", "footer"}) {
            if (containsNoCase(value, chrome))
                return true;
        }
    }
    return false;
}

bool isByline(const GumboNode &node)
{
    const char *rel = attribute(node, "rel");
    if (rel && std::strcmp(rel, "author") == 0)
        return true;
    return hasClassToken(node, {"byline", "author", "entry-author", "td-post-author-name",
                                "author-name", "post-author", "meta-author", "article-author",
                                "posted-by", "by-author"});
}

QString cleanByline(const QString &text)
{
    QString byline = collapseSpaces(text);
    for (const QString &prefix : {QStringLiteral("by "), QStringLiteral("作者："),
                                  QStringLiteral("作者:"), QStringLiteral("记者：")}) {
        if (byline.startsWith(prefix, Qt::CaseInsensitive))
            byline = byline.mid(prefix.size()).trimmed();
    }
    return byline.size() <= kMaxBylineChars ? byline : QString();
}

void readMeta(const GumboNode &node, PageFacts &facts)
{
    const char *content = attribute(node, "content");
    if (!content)
        return;
    for (const char *keyAttribute : {"property", "name", "itemprop"}) {
        const char *key = attribute(node, keyAttribute);
        const QByteArray lower = QByteArray(key).toLower();
        if (key && !facts.meta.contains(lower))
            facts.meta.insert(lower, collapseSpaces(QString::fromUtf8(content)));
    }
}

void readElement(const GumboNode &node, bool inStory, PageFacts &facts)
{
    switch (tagOf(node)) {
    case GUMBO_TAG_META:
        readMeta(node, facts);
        return;
    case GUMBO_TAG_BASE:
        if (!facts.base.isValid() && attribute(node, "href"))
            facts.base = QUrl(QString::fromUtf8(attribute(node, "href")));
        return;
    case GUMBO_TAG_SCRIPT: {
        const char *type = attribute(node, "type");
        if (type && qstricmp(type, "application/ld+json") == 0 && childCount(node) == 1 &&
            childAt(node, 0).type == GUMBO_NODE_TEXT)
            facts.jsonLd.append(QByteArray(childAt(node, 0).v.text.text));
        return;
    }
    case GUMBO_TAG_TITLE:
        if (facts.titleElement.isEmpty())
            facts.titleElement = textOf(node, 500);
        return;
    case GUMBO_TAG_H1:
        if (inStory && facts.firstH1.isEmpty())
            facts.firstH1 = textOf(node, 500);
        return;
    case GUMBO_TAG_TIME:
        if (inStory && facts.timeDatetime.isEmpty() && attribute(node, "datetime"))
            facts.timeDatetime = QString::fromUtf8(attribute(node, "datetime"));
        return;
    default:
        break;
    }
    if (inStory && facts.byline.isEmpty() && isByline(node))
        facts.byline = cleanByline(textOf(node, kMaxBylineChars * 2));
}

PageFacts collectFacts(const GumboNode &root)
{
    PageFacts facts;
    std::vector<std::pair<const GumboNode *, bool>> stack{{&root, true}};
    while (!stack.empty()) {
        const auto [node, parentInStory] = stack.back();
        stack.pop_back();
        if (!isElement(*node))
            continue;
        const bool inStory = parentInStory && !isOutsideStory(*node);
        readElement(*node, inStory, facts);
        for (unsigned i = childCount(*node); i > 0; --i)
            stack.push_back({&childAt(*node, i - 1), inStory});
    }
    return facts;
}

QUrl absoluteHttpUrl(const QString &text, const QUrl &base)
{
    if (text.trimmed().isEmpty())
        return {};
    const QUrl url = html::resolveAttributeUrl(text.toUtf8().constData(), base);
    return html::isAllowedImageUrl(url) ? url : QUrl();
}

QString firstNonEmpty(std::initializer_list<QString> values)
{
    for (const QString &value : values) {
        if (!value.trimmed().isEmpty())
            return value.trimmed();
    }
    return {};
}

} // namespace

QDateTime parsePageDate(const QString &text)
{
    const QString trimmed = text.trimmed();
    QDateTime date = QDateTime::fromString(trimmed, Qt::ISODateWithMs);
    if (!date.isValid())
        date = QDateTime::fromString(trimmed, Qt::ISODate);
    if (!date.isValid())
        date = QDateTime::fromString(trimmed, Qt::RFC2822Date);
    if (!date.isValid())
        return {};
    if (date.timeSpec() == Qt::LocalTime)
        date = QDateTime(date.date(), date.time(), QTimeZone::utc()); // as the feed parser
    return date.toUTC();
}

PageMetadata readPageMetadata(const GumboNode &htmlRoot, const QUrl &pageUrl)
{
    const PageFacts facts = collectFacts(htmlRoot);
    PageMetadata metadata;
    const QUrl base = pageUrl.resolved(facts.base);
    metadata.baseUrl = facts.base.isValid() && html::isAllowedImageUrl(base) ? base : pageUrl;

    const JsonLdArticle ld = readJsonLd(facts.jsonLd);
    const auto meta = [&facts](const char *key) { return facts.meta.value(key); };
    metadata.title = collapseSpaces(
        firstNonEmpty({ld.headline, meta("og:title"), facts.firstH1, facts.titleElement}));

    QString articleAuthor = meta("article:author");
    if (articleAuthor.startsWith(QLatin1String("http"), Qt::CaseInsensitive))
        articleAuthor.clear(); // a profile URL (Facebook), not a name
    metadata.author = collapseSpaces(firstNonEmpty(
        {ld.authors.join(QLatin1String(", ")), meta("author"), articleAuthor, facts.byline}));

    for (const QString &date :
         {ld.datePublished, meta("article:published_time"), meta("datepublished"),
          facts.timeDatetime, meta("publishdate"), meta("pubdate")}) {
        metadata.published = parsePageDate(date);
        if (metadata.published.isValid())
            break;
    }
    for (const QString &image :
         {ld.image, meta("og:image:secure_url"), meta("og:image"), meta("twitter:image")}) {
        metadata.leadImage = absoluteHttpUrl(image, metadata.baseUrl);
        if (metadata.leadImage.isValid())
            break;
    }
    return metadata;
}

} // namespace ichq::extract
