#include "SanitizerWalker.h"

#include "HtmlAllowlist.h"
#include "HtmlSanitizer.h"
#include "ImageSourcePicker.h"
#include "UrlPolicy.h"

#include <cstring>
#include <vector>

namespace ichq::html {

namespace {

// Deeper than this, elements are flattened to their text: a hostile body of 100,000 nested
// <div>s must not exhaust the stack of a recursive walk.
constexpr int kMaxDepth = 200;

const GumboNode *child(const GumboNode &node, unsigned i)
{
    return static_cast<const GumboNode *>(node.v.element.children.data[i]);
}

bool isElement(const GumboNode &node)
{
    return node.type == GUMBO_NODE_ELEMENT;
}

} // namespace

SanitizerWalker::SanitizerWalker(const QUrl &baseUrl, qsizetype expectedSize)
    : m_baseUrl(baseUrl), m_html(expectedSize), m_text(expectedSize / 2)
{}

void SanitizerWalker::walkChildren(const GumboNode &node, int depth)
{
    const unsigned count = node.v.element.children.length;
    for (unsigned i = 0; i < count; ++i)
        walkNode(*child(node, i), depth + 1);
}

void SanitizerWalker::walkNode(const GumboNode &node, int depth)
{
    switch (node.type) {
    case GUMBO_NODE_TEXT:
    case GUMBO_NODE_WHITESPACE:
        text(node);
        break;
    case GUMBO_NODE_ELEMENT:
        if (depth > kMaxDepth)
            flattenToText(node);
        else
            walkElement(node, depth);
        break;
    default:
        // Comments, CDATA (only exists in foreign content) and <template> contents: dropped.
        break;
    }
}

void SanitizerWalker::walkElement(const GumboNode &node, int depth)
{
    const GumboElement &element = node.v.element;
    if (isTextBreak(element.tag))
        m_text.wordBreak();
    switch (elementAction(element)) {
    case ElementAction::Keep:
        keepElement(node, depth);
        break;
    case ElementAction::Link:
        link(node, depth);
        break;
    case ElementAction::Image:
        image(node, false);
        break;
    case ElementAction::Unwrap:
        if (element.tag == GUMBO_TAG_NOSCRIPT)
            rescueNoscriptImages(node);
        else
            walkChildren(node, depth);
        break;
    case ElementAction::Drop:
        break;
    }
    if (isTextBreak(element.tag))
        m_text.wordBreak();
}

void SanitizerWalker::keepElement(const GumboNode &node, int depth)
{
    const GumboElement &element = node.v.element;
    const char *name = outputTagName(element.tag);
    m_html.openTag(name);
    copyAllowedAttributes(element);
    m_html.finishOpenTag();
    if (isVoidElement(element.tag))
        return;
    // The parser eats one newline right after <pre>; write one back when the text itself
    // starts with a newline, as browsers' serializers do, so a re-parse keeps it.
    if (element.tag == GUMBO_TAG_PRE && element.children.length > 0 &&
        child(node, 0)->type != GUMBO_NODE_ELEMENT && child(node, 0)->v.text.text[0] == '\n')
        m_html.raw('\n');
    walkChildren(node, depth);
    m_html.closeTag(name);
}

void SanitizerWalker::link(const GumboNode &node, int depth)
{
    const GumboElement &element = node.v.element;
    const GumboAttribute *href = gumbo_get_attribute(&element.attributes, "href");
    const QUrl url = href ? resolveAttributeUrl(href->value, m_baseUrl) : QUrl();
    if (!isAllowedLinkUrl(url)) {
        walkChildren(node, depth); // the text stays, the link goes
        return;
    }
    m_html.openTag("a");
    m_html.attribute("href", url.toEncoded(QUrl::FullyEncoded));
    m_html.attribute("rel", "noopener noreferrer");
    copyAllowedAttributes(element);
    m_html.finishOpenTag();
    walkChildren(node, depth);
    m_html.closeTag("a");
}

void SanitizerWalker::image(const GumboNode &node, bool onlyIfNew)
{
    const QUrl url = pickImageSource(node, m_baseUrl);
    if (!url.isValid())
        return;
    // A set beside the list: a feed's author decides how many images there are, and a linear
    // search per image made 20,000 of them cost minutes.
    const bool known = m_seenImages.contains(url);
    if (known && onlyIfNew)
        return;
    if (!known) {
        m_seenImages.insert(url);
        m_images.append(url);
    }
    const GumboElement &element = node.v.element;
    m_html.openTag("img");
    m_html.attribute("src", imageSchemeUrl(url).toEncoded(QUrl::FullyEncoded));
    const GumboAttribute *alt = gumbo_get_attribute(&element.attributes, "alt");
    m_html.attribute("alt", alt ? alt->value : "");
    copyAllowedAttributes(element, "alt");
    m_html.finishOpenTag();
}

void SanitizerWalker::rescueNoscriptImages(const GumboNode &noscript)
{
    // WordPress lazy-load plugins put the real <img> inside <noscript>. gumbo parses noscript
    // content as markup (scripting disabled), so its images are real elements we can vet like
    // any other. Only images are taken, and only those not already shown by the lazy <img>
    // beside it; "please enable JavaScript" texts stay out.
    std::vector<const GumboNode *> stack{&noscript};
    while (!stack.empty()) {
        const GumboNode *node = stack.back();
        stack.pop_back();
        if (!isElement(*node) || elementAction(node->v.element) == ElementAction::Drop)
            continue;
        if (node->v.element.tag == GUMBO_TAG_IMG) {
            image(*node, true);
            continue;
        }
        for (unsigned i = node->v.element.children.length; i > 0; --i)
            stack.push_back(child(*node, i - 1));
    }
}

void SanitizerWalker::flattenToText(const GumboNode &node)
{
    std::vector<const GumboNode *> stack{&node};
    while (!stack.empty()) {
        const GumboNode *current = stack.back();
        stack.pop_back();
        if (current->type == GUMBO_NODE_TEXT || current->type == GUMBO_NODE_WHITESPACE) {
            text(*current);
            continue;
        }
        if (!isElement(*current) || elementAction(current->v.element) == ElementAction::Drop)
            continue;
        for (unsigned i = current->v.element.children.length; i > 0; --i)
            stack.push_back(child(*current, i - 1));
    }
}

void SanitizerWalker::text(const GumboNode &node)
{
    const char *utf8 = node.v.text.text;
    const auto length = static_cast<qsizetype>(std::strlen(utf8));
    m_html.text(utf8, length);
    m_text.text(utf8, length);
}

void SanitizerWalker::copyAllowedAttributes(const GumboElement &element, const char *skip)
{
    const GumboVector &attributes = element.attributes;
    for (unsigned i = 0; i < attributes.length; ++i) {
        const auto *attr = static_cast<const GumboAttribute *>(attributes.data[i]);
        if (skip && std::strcmp(attr->name, skip) == 0)
            continue;
        if (isAllowedAttribute(element.tag, attr->name, attr->value))
            m_html.attribute(attr->name, attr->value);
    }
}

} // namespace ichq::html
