#pragma once

#include <gumbo.h>

namespace ichq::html {

// What the sanitizer does with an element it meets.
enum class ElementAction {
    Keep,   // emit the tag (with allowlisted attributes) and walk the children
    Unwrap, // drop the tag, walk the children (unknown or pointless wrappers)
    Drop,   // drop the tag and everything inside it
    Image,  // <img>: handled by ImageSourcePicker
    Link,   // <a>: href passes UrlPolicy or is removed
};

// The policy is decided on gumbo's tag enum, never on the source text, so case tricks,
// "/XSS" suffixes and unknown tags cannot sneak a name past it. Anything not in the
// SVG/MathML namespaces is looked up; foreign content is always dropped.
ElementAction elementAction(const GumboElement &element);

// The tag name written out. h1 becomes h2: the article template owns the page's only h1.
// Sectioning blocks (section, article, aside, center...) become div.
const char *outputTagName(GumboTag tag);

// Elements without an end tag in the serialization.
bool isVoidElement(GumboTag tag);

// Elements that separate words in the plain text (block-level, cells, line breaks).
bool isTextBreak(GumboTag tag);

// Whether attribute `name` (lowercase, as gumbo gives it) is allowed on `tag`, and whether its
// value is acceptable. href/src are not handled here: they go through UrlPolicy.
bool isAllowedAttribute(GumboTag tag, const char *name, const char *value);

} // namespace ichq::html
