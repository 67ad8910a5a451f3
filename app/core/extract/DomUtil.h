#pragma once

#include <gumbo.h>

#include <initializer_list>
#include <string_view>

#include <QByteArray>
#include <QString>

namespace ichq::extract {

// Small read-only helpers over gumbo's tree, shared by every pass of the extractor.

inline bool isElement(const GumboNode &node)
{
    return node.type == GUMBO_NODE_ELEMENT;
}

inline unsigned childCount(const GumboNode &node)
{
    return isElement(node) ? node.v.element.children.length : 0;
}

inline const GumboNode &childAt(const GumboNode &node, unsigned i)
{
    return *static_cast<const GumboNode *>(node.v.element.children.data[i]);
}

inline GumboTag tagOf(const GumboNode &node)
{
    return isElement(node) ? node.v.element.tag : GUMBO_TAG_UNKNOWN;
}

// The attribute's value (entities decoded by gumbo) or nullptr.
const char *attribute(const GumboNode &node, const char *name);

// Whether the class attribute lists any of `tokens` (exactly, case-insensitively). One read of
// the attribute for all of them: this runs for most elements of a page.
bool hasClassToken(const GumboNode &node, std::initializer_list<std::string_view> tokens);

// Lower-case name of a tag gumbo 0.10.1 does not know (amp-img, picture, amp-ad...), read from
// the source text; empty for known tags and for elements the parser invented.
QByteArray unknownTagName(const GumboNode &node);

// The next sibling element after `node`, skipping whitespace and comments; nullptr at the end.
const GumboNode *nextElementSibling(const GumboNode &node);

// Visible text of a subtree (script/style/noscript skipped), whitespace collapsed, at most
// maxChars characters: callers only need short texts (titles, bylines, captions).
QString textOf(const GumboNode &node, int maxChars = 2000);

// Whitespace (including no-break spaces) collapsed to single spaces, trimmed.
QString collapseSpaces(const QString &text);

// True for elements whose content is never article text (scripts, forms, media, head...).
bool isNonContentTag(GumboTag tag);

} // namespace ichq::extract
