#include "ArticleCleaner.h"

#include "CaptionDetector.h"
#include "ClassHints.h"
#include "DomUtil.h"

#include "html/UrlPolicy.h"

#include <cstring>

namespace ichq::extract {

namespace {

// Deeper than this, elements are flattened to their text: no recursion runs out of stack.
constexpr int kMaxDepth = 200;
// Blocks this short are checked for the labels of chrome ("Related posts", "Advertisement").
constexpr int kMaxLabelChars = 60;

const char *keptTagName(GumboTag tag)
{
    switch (tag) {
    case GUMBO_TAG_P:
    case GUMBO_TAG_H2:
    case GUMBO_TAG_H3:
    case GUMBO_TAG_H4:
    case GUMBO_TAG_H5:
    case GUMBO_TAG_H6:
    case GUMBO_TAG_UL:
    case GUMBO_TAG_OL:
    case GUMBO_TAG_LI:
    case GUMBO_TAG_DL:
    case GUMBO_TAG_DT:
    case GUMBO_TAG_DD:
    case GUMBO_TAG_BLOCKQUOTE:
    case GUMBO_TAG_TABLE:
    case GUMBO_TAG_CAPTION:
    case GUMBO_TAG_THEAD:
    case GUMBO_TAG_TBODY:
    case GUMBO_TAG_TFOOT:
    case GUMBO_TAG_TR:
    case GUMBO_TAG_TH:
    case GUMBO_TAG_TD:
    case GUMBO_TAG_PRE:
    case GUMBO_TAG_CODE:
    case GUMBO_TAG_EM:
    case GUMBO_TAG_STRONG:
    case GUMBO_TAG_B:
    case GUMBO_TAG_I:
    case GUMBO_TAG_U:
    case GUMBO_TAG_S:
    case GUMBO_TAG_SUB:
    case GUMBO_TAG_SUP:
    case GUMBO_TAG_SMALL:
    case GUMBO_TAG_MARK:
    case GUMBO_TAG_Q:
    case GUMBO_TAG_CITE:
    case GUMBO_TAG_ABBR:
    case GUMBO_TAG_TIME:
    case GUMBO_TAG_BR:
    case GUMBO_TAG_HR:
    case GUMBO_TAG_FIGURE:
    case GUMBO_TAG_FIGCAPTION:
        return gumbo_normalized_tagname(tag);
    case GUMBO_TAG_DIV:
    case GUMBO_TAG_SECTION:
    case GUMBO_TAG_ARTICLE:
    case GUMBO_TAG_MAIN:
    case GUMBO_TAG_CENTER:
    case GUMBO_TAG_HEADER:
    case GUMBO_TAG_ADDRESS:
        return "div"; // keeps paragraphs written as <div>s apart
    default:
        return nullptr; // span, font, picture, unknown: the text stays, the tag goes
    }
}

// The labels themes put on chrome blocks inside the story's container.
bool isChromeLabel(const QString &text)
{
    static const char *const labels[] = {"related",
                                         "you may also like",
                                         "you might also like",
                                         "read more",
                                         "read also",
                                         "share this",
                                         "share on",
                                         "tags:",
                                         "advertisement",
                                         "sponsored",
                                         "recommended",
                                         "more from",
                                         "相关",
                                         "推荐阅读",
                                         "分享到",
                                         "广告"};
    // "- Advertisement -", "» Related": decorations before the label do not count.
    qsizetype start = 0;
    while (start < text.size() && !text.at(start).isLetterOrNumber())
        ++start;
    const QString lower = text.mid(start).toLower();
    for (const char *label : labels) {
        if (lower.startsWith(QString::fromUtf8(label)))
            return true;
    }
    return false;
}

// AMP's own elements: only the image and layout containers carry story content.
bool isDroppedAmpElement(const GumboNode &node)
{
    const QByteArray name = unknownTagName(node);
    return name.startsWith("amp-") && name != "amp-img" && name != "amp-anim" &&
           name != "amp-carousel" && name != "amp-layout" && name != "amp-fit-text";
}

bool isDigits(const char *value)
{
    if (!value || !*value)
        return false;
    for (; *value; ++value) {
        if (*value < '0' || *value > '9')
            return false;
    }
    return true;
}

const GumboNode *firstNoscriptChild(const GumboNode &node)
{
    for (unsigned i = 0; i < childCount(node); ++i) {
        if (tagOf(childAt(node, i)) == GUMBO_TAG_NOSCRIPT)
            return &childAt(node, i);
    }
    return nullptr;
}

bool containsFigure(const GumboNode &node)
{
    std::vector<const GumboNode *> stack;
    for (unsigned i = 0; i < childCount(node); ++i)
        stack.push_back(&childAt(node, i));
    while (!stack.empty()) {
        const GumboNode *current = stack.back();
        stack.pop_back();
        if (isFigureLike(*current))
            return true;
        for (unsigned i = 0; i < childCount(*current); ++i)
            stack.push_back(&childAt(*current, i));
    }
    return false;
}

} // namespace

ArticleCleaner::ArticleCleaner(const NodeStatsTable &stats, const QUrl &baseUrl)
    : m_stats(stats), m_baseUrl(baseUrl), m_images(baseUrl), m_out(64 * 1024)
{}

CleanedArticle ArticleCleaner::clean(const std::vector<const GumboNode *> &roots)
{
    for (const GumboNode *root : roots) {
        // The chosen container itself is kept whatever its classes say; only what is inside
        // it is judged.
        if (isElement(*root) && isFigureLike(*root) && m_stats.of(*root).images > 0)
            figure(*root, nullptr, 0);
        else if (isElement(*root))
            children(*root, 0);
    }
    return {m_out.html(), m_paragraphs, m_textChars};
}

void ArticleCleaner::children(const GumboNode &node, int depth)
{
    const unsigned count = childCount(node);
    for (unsigned i = 0; i < count && !full(); ++i) {
        const GumboNode &child = childAt(node, i);
        if (!isElement(child)) {
            if (child.type == GUMBO_NODE_TEXT || child.type == GUMBO_NODE_WHITESPACE)
                text(child);
            continue;
        }
        if (depth >= kMaxDepth) {
            flatten(child);
            continue;
        }
        if (isDropped(child))
            continue;
        const GumboNode *next = nextElementSibling(child);
        const bool photoOnly =
            isImageOnly(child, m_stats) ||
            (isFigureLike(child) && !captionInside(child) && m_stats.of(child).images > 0);
        if (photoOnly && next && isCaptionLine(*next, m_stats)) {
            figure(child, next, depth + 1);
            i = static_cast<unsigned>(next->index_within_parent);
        } else if (isImageElement(child)) {
            const bool copyFollows = next && tagOf(*next) == GUMBO_TAG_NOSCRIPT;
            image(child, copyFollows ? next : firstNoscriptChild(child));
            if (copyFollows)
                i = static_cast<unsigned>(next->index_within_parent);
        } else {
            element(child, depth + 1);
        }
    }
}

void ArticleCleaner::element(const GumboNode &node, int depth)
{
    const GumboTag tag = tagOf(node);
    if (tag == GUMBO_TAG_NOSCRIPT) {
        const QList<QUrl> urls = m_images.resolveNoscript(node);
        for (const QUrl &url : urls)
            writeImage(url, nullptr);
        return;
    }
    if (isFigureLike(node) && m_stats.of(node).images > 0 && !containsFigure(node)) {
        figure(node, nullptr, depth);
        return;
    }
    if (tag == GUMBO_TAG_A) {
        link(node, depth);
        return;
    }
    const char *name = keptTagName(tag);
    if (name)
        keep(node, name, depth);
    else
        children(node, depth);
}

bool ArticleCleaner::isDropped(const GumboNode &node) const
{
    const GumboTag tag = tagOf(node);
    // The title is returned on its own; an <h1> in the body would repeat it.
    if (tag == GUMBO_TAG_H1 || (isNonContentTag(tag) && tag != GUMBO_TAG_NOSCRIPT))
        return true;
    if (tag == GUMBO_TAG_UNKNOWN && isDroppedAmpElement(node))
        return true;
    // Photos are judged by their source, not their class: themes give story photos names
    // such as "td-modal-image" (a lightbox), which read like chrome.
    if (isImageElement(node))
        return false;
    if (isUnlikelyCandidate(node) || isLinkHeavy(node))
        return true;
    const NodeStats &stats = m_stats.of(node);
    if (stats.chars == 0 || stats.chars > kMaxLabelChars || isFigureLike(node))
        return false;
    return isChromeLabel(textOf(node, kMaxLabelChars * 2));
}

// readability's conditional cleaning, reduced to what matters on news pages: blocks and lists
// made mostly of links are navigation (related posts, tag lists, "more stories").
bool ArticleCleaner::isLinkHeavy(const GumboNode &node) const
{
    const GumboTag tag = tagOf(node);
    const double density = m_stats.linkDensity(node);
    switch (tag) {
    case GUMBO_TAG_UL:
    case GUMBO_TAG_OL:
    case GUMBO_TAG_DL:
        return density > 0.35;
    case GUMBO_TAG_DIV:
    case GUMBO_TAG_SECTION:
    case GUMBO_TAG_TABLE:
    case GUMBO_TAG_HEADER:
    case GUMBO_TAG_UNKNOWN:
        return density > 0.5;
    default:
        return false;
    }
}

void ArticleCleaner::keep(const GumboNode &node, const char *name, int depth)
{
    const GumboTag tag = tagOf(node);
    m_out.openTag(name);
    for (const char *attr : {"colspan", "rowspan", "start"}) {
        if (isDigits(attribute(node, attr)))
            m_out.attribute(attr, attribute(node, attr));
    }
    if (tag == GUMBO_TAG_TIME && attribute(node, "datetime"))
        m_out.attribute("datetime", attribute(node, "datetime"));
    m_out.finishOpenTag();
    if (tag == GUMBO_TAG_BR || tag == GUMBO_TAG_HR)
        return;
    const int charsBefore = m_textChars;
    children(node, depth);
    m_out.closeTag(name);
    if (tag == GUMBO_TAG_P && !m_inCaption && m_textChars > charsBefore)
        ++m_paragraphs;
}

void ArticleCleaner::link(const GumboNode &node, int depth)
{
    const char *href = attribute(node, "href");
    const QUrl url = href ? html::resolveAttributeUrl(href, m_baseUrl) : QUrl();
    if (!html::isAllowedLinkUrl(url)) {
        children(node, depth);
        return;
    }
    m_out.openTag("a");
    m_out.attribute("href", url.toEncoded(QUrl::FullyEncoded));
    m_out.finishOpenTag();
    children(node, depth);
    m_out.closeTag("a");
}

// One photo (or a gallery row) and its caption as <figure><img><figcaption>, the form the
// sanitizer and the article view know.
void ArticleCleaner::figure(const GumboNode &container, const GumboNode *captionLine, int depth)
{
    m_out.openTag("figure");
    m_out.finishOpenTag();
    const GumboNode *innerCaption = captionInside(container);
    std::vector<const GumboNode *> stack{&container};
    while (!stack.empty()) {
        const GumboNode *node = stack.back();
        stack.pop_back();
        if (!isElement(*node) || (node != &container && isDropped(*node)))
            continue;
        if (isImageElement(*node)) {
            const GumboNode *next = nextElementSibling(*node);
            const bool copyFollows = next && tagOf(*next) == GUMBO_TAG_NOSCRIPT;
            image(*node, copyFollows ? next : firstNoscriptChild(*node));
            continue;
        }
        if (tagOf(*node) == GUMBO_TAG_FIGCAPTION || node == innerCaption)
            continue;
        for (unsigned i = childCount(*node); i > 0; --i)
            stack.push_back(&childAt(*node, i - 1));
    }
    const GumboNode *captionNode = captionLine ? captionLine : innerCaption;
    if (captionNode)
        caption(*captionNode, depth);
    m_out.closeTag("figure");
}

void ArticleCleaner::caption(const GumboNode &node, int depth)
{
    m_out.openTag("figcaption");
    m_out.finishOpenTag();
    const bool wasInCaption = m_inCaption;
    m_inCaption = true;
    children(node, depth);
    m_inCaption = wasInCaption;
    m_out.closeTag("figcaption");
}

void ArticleCleaner::image(const GumboNode &node, const GumboNode *noscript)
{
    const QUrl url = m_images.resolve(node, noscript);
    if (url.isValid())
        writeImage(url, attribute(node, "alt"));
}

void ArticleCleaner::writeImage(const QUrl &url, const char *alt)
{
    m_out.openTag("img");
    m_out.attribute("src", url.toEncoded(QUrl::FullyEncoded));
    m_out.attribute("alt", alt ? alt : "");
    m_out.finishOpenTag();
}

void ArticleCleaner::flatten(const GumboNode &node)
{
    std::vector<const GumboNode *> stack{&node};
    while (!stack.empty() && !full()) {
        const GumboNode *current = stack.back();
        stack.pop_back();
        if (current->type == GUMBO_NODE_TEXT || current->type == GUMBO_NODE_WHITESPACE) {
            text(*current);
            continue;
        }
        if (!isElement(*current) || isNonContentTag(tagOf(*current)))
            continue;
        for (unsigned i = childCount(*current); i > 0; --i)
            stack.push_back(&childAt(*current, i - 1));
    }
}

void ArticleCleaner::text(const GumboNode &node)
{
    if (full())
        return;
    const char *utf8 = node.v.text.text;
    const auto length = static_cast<qsizetype>(std::strlen(utf8));
    m_out.text(utf8, length);
    if (m_inCaption)
        return;
    for (const char *p = utf8; *p; ++p) {
        const auto c = static_cast<unsigned char>(*p);
        if ((c & 0xC0) != 0x80 && c > ' ')
            ++m_textChars;
    }
}

} // namespace ichq::extract
