#include "DomUtil.h"

#include "html/HtmlAllowlist.h"

#include <cstring>
#include <vector>

namespace ichq::extract {

const char *attribute(const GumboNode &node, const char *name)
{
    if (!isElement(node))
        return nullptr;
    const GumboAttribute *attr = gumbo_get_attribute(&node.v.element.attributes, name);
    return attr ? attr->value : nullptr;
}

bool hasClassToken(const GumboNode &node, std::initializer_list<std::string_view> tokens)
{
    const char *value = attribute(node, "class");
    if (!value)
        return false;
    const auto listed = [&tokens](const char *start, size_t length) {
        for (const std::string_view token : tokens) {
            if (token.size() == length && qstrnicmp(start, token.data(), length) == 0)
                return true;
        }
        return false;
    };
    for (const char *p = value; *p;) {
        while (*p == ' ' || *p == '\t' || *p == '\n' || *p == '\r' || *p == '\f')
            ++p;
        const char *start = p;
        while (*p && *p != ' ' && *p != '\t' && *p != '\n' && *p != '\r' && *p != '\f')
            ++p;
        if (p > start && listed(start, size_t(p - start)))
            return true;
    }
    return false;
}

QByteArray unknownTagName(const GumboNode &node)
{
    if (!isElement(node) || node.v.element.tag != GUMBO_TAG_UNKNOWN)
        return {};
    GumboStringPiece name = node.v.element.original_tag;
    // Debian's gumbo keeps its asserts: gumbo_tag_from_original_text aborts on a tag the
    // parser invented (empty original text), so check first.
    if (name.length < 2 || name.data[0] != '<' || name.data[1] == '/')
        return {};
    gumbo_tag_from_original_text(&name);
    return QByteArray(name.data, static_cast<qsizetype>(name.length)).toLower();
}

const GumboNode *nextElementSibling(const GumboNode &node)
{
    const GumboNode *parent = node.parent;
    if (!parent || !isElement(*parent))
        return nullptr;
    const unsigned count = parent->v.element.children.length;
    for (unsigned i = static_cast<unsigned>(node.index_within_parent) + 1; i < count; ++i) {
        const GumboNode &sibling = childAt(*parent, i);
        if (isElement(sibling))
            return &sibling;
        if (sibling.type == GUMBO_NODE_TEXT)
            return nullptr; // text between them: not adjacent
    }
    return nullptr;
}

bool isNonContentTag(GumboTag tag)
{
    switch (tag) {
    case GUMBO_TAG_SCRIPT:
    case GUMBO_TAG_STYLE:
    case GUMBO_TAG_NOSCRIPT:
    case GUMBO_TAG_TEMPLATE:
    case GUMBO_TAG_HEAD:
    case GUMBO_TAG_TITLE:
    case GUMBO_TAG_IFRAME:
    case GUMBO_TAG_OBJECT:
    case GUMBO_TAG_EMBED:
    case GUMBO_TAG_FORM:
    case GUMBO_TAG_INPUT:
    case GUMBO_TAG_BUTTON:
    case GUMBO_TAG_SELECT:
    case GUMBO_TAG_TEXTAREA:
    case GUMBO_TAG_SVG:
    case GUMBO_TAG_MATH:
    case GUMBO_TAG_CANVAS:
    case GUMBO_TAG_VIDEO:
    case GUMBO_TAG_AUDIO:
        return true;
    default:
        return false;
    }
}

QString textOf(const GumboNode &node, int maxChars)
{
    QByteArray utf8;
    std::vector<const GumboNode *> stack{&node};
    while (!stack.empty() && utf8.size() < maxChars * 4) {
        const GumboNode *current = stack.back();
        stack.pop_back();
        if (current->type == GUMBO_NODE_TEXT || current->type == GUMBO_NODE_WHITESPACE) {
            utf8.append(current->v.text.text);
            continue;
        }
        // The root itself may be a <title>: only what is inside it is filtered.
        if (!isElement(*current) || (current != &node && isNonContentTag(current->v.element.tag)))
            continue;
        if (html::isTextBreak(current->v.element.tag))
            utf8.append(' '); // block boundaries separate words ("<li>a</li><li>b</li>")
        for (unsigned i = childCount(*current); i > 0; --i)
            stack.push_back(&childAt(*current, i - 1));
    }
    return collapseSpaces(QString::fromUtf8(utf8)).left(maxChars);
}

QString collapseSpaces(const QString &text)
{
    QString out;
    out.reserve(text.size());
    bool pendingSpace = false;
    for (const QChar c : text) {
        if (c.isSpace()) {
            pendingSpace = !out.isEmpty();
            continue;
        }
        if (pendingSpace)
            out.append(u' ');
        pendingSpace = false;
        out.append(c);
    }
    return out;
}

} // namespace ichq::extract
