#include "ClassHints.h"

#include "DomUtil.h"

#include <QByteArray>

#include <algorithm>
#include <cstring>
#include <string>
#include <string_view>

namespace ichq::extract {

namespace {

// Matched anywhere inside a class token ("td-post-sharing", "jp-relatedposts").
const char *const kNegativeParts[] = {
    "sidebar",      "widget",    "related",   "share",      "sharing", "social",     "comment",
    "footer",       "nav",       "menu",      "cookie",     "banner",  "newsletter", "popular",
    "subscri",      "promo",     "sponsor",   "breadcrumb", "paginat", "author-box", "author-bio",
    "about-author", "tags",      "tag-links", "tagcloud",   "you-may", "also-like",  "recommend",
    "trending",     "outbrain",  "taboola",   "consent",    "gdpr",    "popup",      "modal",
    "masthead",     "skip-link", "disqus",    "respond",    "meta",    "byline",     "signup"};

// Matched only as a whole word between '-' or '_' ("ad-slot", "ads"), never inside
// "header", "shadow" or "read".
const char *const kNegativeWords[] = {
    "ad",          "ads",     "advert", "adverts", "advertisement", "advertising",
    "adsbygoogle", "adsense", "adslot", "author",  "sponsored",     "info"};

const char *const kPositiveParts[] = {
    "article", "entry-content", "post-content", "td-post-content", "detail-content", "content",
    "main",    "story",         "post-body",    "entry-body",      "detail"};

// WordPress's post_class() lists the post's taxonomy slugs: "tag-share-economy" says nothing
// about the element.
bool isTaxonomyToken(std::string_view token)
{
    for (const std::string_view prefix :
         {"tag-", "category-", "postid-", "format-", "type-", "status-"}) {
        if (token.substr(0, prefix.size()) == prefix)
            return true;
    }
    return false;
}

bool containsAny(std::string_view token, const char *const *parts, size_t count)
{
    for (size_t i = 0; i < count; ++i) {
        if (token.find(parts[i]) != std::string_view::npos)
            return true;
    }
    return false;
}

bool hasNegativeWord(std::string_view token)
{
    size_t start = 0;
    while (start <= token.size()) {
        const size_t end = std::min(token.find_first_of("-_", start), token.size());
        const std::string_view word = token.substr(start, end - start);
        for (const char *negative : kNegativeWords) {
            if (word == negative)
                return true;
        }
        start = end + 1;
    }
    return false;
}

bool isAsciiSpace(char c)
{
    return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v';
}

// Runs for every element the scorer and the cleaner look at, so it works on one lower-cased
// copy of the attribute and views into it, without a list of tokens.
void addHints(const char *value, ClassHints &hints)
{
    if (!value)
        return;
    std::string lower(value);
    for (char &c : lower)
        c = (c >= 'A' && c <= 'Z') ? char(c + 32) : c;
    const std::string_view text(lower);
    size_t pos = 0;
    while (pos < text.size()) {
        while (pos < text.size() && isAsciiSpace(text[pos]))
            ++pos;
        size_t end = pos;
        while (end < text.size() && !isAsciiSpace(text[end]))
            ++end;
        const std::string_view token = text.substr(pos, end - pos);
        pos = end;
        if (token.empty() || isTaxonomyToken(token))
            continue;
        if (containsAny(token, kNegativeParts, std::size(kNegativeParts)) || hasNegativeWord(token))
            hints.negative = true;
        else if (containsAny(token, kPositiveParts, std::size(kPositiveParts)))
            hints.positive = true;
    }
}

bool isChromeRole(const char *role)
{
    if (!role)
        return false;
    for (const char *chrome : {"navigation", "complementary", "contentinfo", "banner", "menu",
                               "menubar", "dialog", "alertdialog", "search"}) {
        if (std::strcmp(role, chrome) == 0)
            return true;
    }
    return false;
}

bool isHidden(const GumboNode &node)
{
    if (attribute(node, "hidden"))
        return true;
    const char *style = attribute(node, "style");
    if (!style)
        return false;
    const QByteArray compact = QByteArray(style).toLower().replace(' ', "");
    return compact.contains("display:none") || compact.contains("visibility:hidden");
}

} // namespace

ClassHints classHints(const GumboNode &node)
{
    ClassHints hints;
    addHints(attribute(node, "class"), hints);
    addHints(attribute(node, "id"), hints);
    return hints;
}

int classWeight(const GumboNode &node)
{
    int weight = 0;
    for (const char *name : {"class", "id"}) {
        ClassHints hints;
        addHints(attribute(node, name), hints);
        weight += hints.negative ? -25 : 0;
        weight += hints.positive && !hints.negative ? 25 : 0;
    }
    return weight;
}

bool isUnlikelyCandidate(const GumboNode &node)
{
    switch (tagOf(node)) {
    case GUMBO_TAG_ARTICLE:
    case GUMBO_TAG_MAIN:
    case GUMBO_TAG_BODY:
    case GUMBO_TAG_HTML:
        return false;
    case GUMBO_TAG_NAV:
    case GUMBO_TAG_ASIDE:
    case GUMBO_TAG_FOOTER:
        return true;
    default:
        break;
    }
    const char *itemprop = attribute(node, "itemprop");
    if (itemprop && std::strcmp(itemprop, "articleBody") == 0)
        return false;
    if (isChromeRole(attribute(node, "role")) || isHidden(node))
        return true;
    const ClassHints hints = classHints(node);
    return hints.negative && !hints.positive;
}

} // namespace ichq::extract
