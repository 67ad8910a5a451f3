#include "HtmlAllowlist.h"

#include <cstring>

namespace ichq::html {

namespace {

bool isDropped(GumboTag tag)
{
    // Active content, metadata, forms and media: nothing inside them is article text, and
    // several (script, style, textarea, title, noembed, noframes) hold raw text that a
    // browser would never show.
    switch (tag) {
    case GUMBO_TAG_SCRIPT:
    case GUMBO_TAG_STYLE:
    case GUMBO_TAG_IFRAME:
    case GUMBO_TAG_OBJECT:
    case GUMBO_TAG_EMBED:
    case GUMBO_TAG_PARAM:
    case GUMBO_TAG_APPLET:
    case GUMBO_TAG_FORM:
    case GUMBO_TAG_INPUT:
    case GUMBO_TAG_BUTTON:
    case GUMBO_TAG_SELECT:
    case GUMBO_TAG_OPTION:
    case GUMBO_TAG_OPTGROUP:
    case GUMBO_TAG_TEXTAREA:
    case GUMBO_TAG_KEYGEN:
    case GUMBO_TAG_DATALIST:
    case GUMBO_TAG_SVG:
    case GUMBO_TAG_MATH:
    case GUMBO_TAG_TEMPLATE:
    case GUMBO_TAG_LINK:
    case GUMBO_TAG_META:
    case GUMBO_TAG_BASE:
    case GUMBO_TAG_BASEFONT:
    case GUMBO_TAG_BGSOUND:
    case GUMBO_TAG_TITLE:
    case GUMBO_TAG_HEAD:
    case GUMBO_TAG_FRAME:
    case GUMBO_TAG_FRAMESET:
    case GUMBO_TAG_NOFRAMES:
    case GUMBO_TAG_NOEMBED:
    case GUMBO_TAG_AUDIO:
    case GUMBO_TAG_VIDEO:
    case GUMBO_TAG_TRACK:
    case GUMBO_TAG_SOURCE: // <picture> sources are read by ImageSourcePicker, never emitted
    case GUMBO_TAG_CANVAS:
    case GUMBO_TAG_MAP:
    case GUMBO_TAG_AREA:
    case GUMBO_TAG_MENUITEM:
        return true;
    default:
        return false;
    }
}

// Sectioning and layout blocks: written out as <div> so paragraphs inside them stay apart.
bool isBlockWrapper(GumboTag tag)
{
    switch (tag) {
    case GUMBO_TAG_SECTION:
    case GUMBO_TAG_ARTICLE:
    case GUMBO_TAG_HEADER:
    case GUMBO_TAG_FOOTER:
    case GUMBO_TAG_ASIDE:
    case GUMBO_TAG_NAV:
    case GUMBO_TAG_MAIN:
    case GUMBO_TAG_ADDRESS:
    case GUMBO_TAG_CENTER:
    case GUMBO_TAG_DETAILS:
    case GUMBO_TAG_SUMMARY:
    case GUMBO_TAG_HGROUP:
        return true;
    default:
        return false;
    }
}

bool isKept(GumboTag tag)
{
    switch (tag) {
    case GUMBO_TAG_P:
    case GUMBO_TAG_H1:
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
    case GUMBO_TAG_FIGURE:
    case GUMBO_TAG_FIGCAPTION:
    case GUMBO_TAG_TABLE:
    case GUMBO_TAG_CAPTION:
    case GUMBO_TAG_THEAD:
    case GUMBO_TAG_TBODY:
    case GUMBO_TAG_TFOOT:
    case GUMBO_TAG_TR:
    case GUMBO_TAG_TH:
    case GUMBO_TAG_TD:
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
    case GUMBO_TAG_PRE:
    case GUMBO_TAG_CODE:
    case GUMBO_TAG_DIV:
        return true;
    default:
        return isBlockWrapper(tag);
    }
}

bool isDigits(const char *value, bool allowLeadingMinus)
{
    if (allowLeadingMinus && *value == '-')
        ++value;
    if (*value == '\0')
        return false;
    for (; *value; ++value) {
        if (*value < '0' || *value > '9')
            return false;
    }
    return true;
}

bool is(const char *a, const char *b)
{
    return std::strcmp(a, b) == 0;
}

} // namespace

ElementAction elementAction(const GumboElement &element)
{
    if (element.tag_namespace != GUMBO_NAMESPACE_HTML)
        return ElementAction::Drop;
    const GumboTag tag = element.tag;
    if (tag == GUMBO_TAG_IMG)
        return ElementAction::Image;
    if (tag == GUMBO_TAG_A)
        return ElementAction::Link;
    if (isDropped(tag))
        return ElementAction::Drop;
    if (isKept(tag))
        return ElementAction::Keep;
    // span, font, picture, unknown tags ... (noscript: see SanitizerWalker): the text
    // stays, the tag goes.
    return ElementAction::Unwrap;
}

const char *outputTagName(GumboTag tag)
{
    if (tag == GUMBO_TAG_H1)
        return "h2";
    return isBlockWrapper(tag) ? "div" : gumbo_normalized_tagname(tag);
}

bool isVoidElement(GumboTag tag)
{
    return tag == GUMBO_TAG_BR || tag == GUMBO_TAG_HR || tag == GUMBO_TAG_IMG;
}

bool isTextBreak(GumboTag tag)
{
    switch (tag) {
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
    case GUMBO_TAG_CODE:
        return false; // inline: "foo<b>bar</b>" is one word
    case GUMBO_TAG_IMG:
        return true;
    default:
        return isKept(tag);
    }
}

bool isAllowedAttribute(GumboTag tag, const char *name, const char *value)
{
    switch (tag) {
    case GUMBO_TAG_A:
    case GUMBO_TAG_ABBR:
        return is(name, "title");
    case GUMBO_TAG_IMG:
        if (is(name, "alt") || is(name, "title"))
            return true;
        return (is(name, "width") || is(name, "height")) && isDigits(value, false);
    case GUMBO_TAG_TD:
    case GUMBO_TAG_TH:
        return (is(name, "colspan") || is(name, "rowspan")) && isDigits(value, false);
    case GUMBO_TAG_OL:
        return is(name, "start") && isDigits(value, true);
    case GUMBO_TAG_TIME:
        return is(name, "datetime");
    default:
        return false;
    }
}

} // namespace ichq::html
