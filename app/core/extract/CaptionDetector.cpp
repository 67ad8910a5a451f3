#include "CaptionDetector.h"

#include "DomUtil.h"

#include <QByteArray>

#include <cstring>
#include <vector>

namespace ichq::extract {

namespace {

constexpr int kMaxCaptionWords = 40;
// Chinese has no spaces between words: cap the characters too.
constexpr int kMaxCaptionChars = 240;

bool isCaptionClass(const GumboNode &node)
{
    return hasClassToken(node, {"wp-caption-text", "wp-element-caption", "caption-text",
                                "image-caption", "caption", "photo-caption", "img-caption"});
}

bool isCentered(const GumboNode &node)
{
    const char *align = attribute(node, "align");
    if (align && qstricmp(align, "center") == 0)
        return true;
    if (const char *style = attribute(node, "style")) {
        const QByteArray compact = QByteArray(style).toLower().replace(' ', "");
        if (compact.contains("text-align:center"))
            return true;
    }
    return hasClassToken(node, {"has-text-align-center", "aligncenter", "text-center"}) ||
           tagOf(node) == GUMBO_TAG_CENTER;
}

int wordCount(const QString &text)
{
    int words = 0;
    bool inWord = false;
    for (const QChar c : text) {
        const bool space = c.isSpace();
        if (!space && !inWord)
            ++words;
        inWord = !space;
    }
    return words;
}

} // namespace

bool isFigureLike(const GumboNode &node)
{
    return tagOf(node) == GUMBO_TAG_FIGURE || hasClassToken(node, {"wp-caption", "wp-block-image"});
}

const GumboNode *captionInside(const GumboNode &figure)
{
    std::vector<const GumboNode *> stack;
    for (unsigned i = childCount(figure); i > 0; --i)
        stack.push_back(&childAt(figure, i - 1));
    while (!stack.empty()) {
        const GumboNode *node = stack.back();
        stack.pop_back();
        if (!isElement(*node) || isNonContentTag(tagOf(*node)))
            continue;
        if (tagOf(*node) == GUMBO_TAG_FIGCAPTION || isCaptionClass(*node))
            return node;
        for (unsigned i = childCount(*node); i > 0; --i)
            stack.push_back(&childAt(*node, i - 1));
    }
    return nullptr;
}

bool isImageOnly(const GumboNode &node, const NodeStatsTable &stats)
{
    const NodeStats &s = stats.of(node);
    return s.images > 0 && s.chars == 0;
}

bool isCaptionLine(const GumboNode &node, const NodeStatsTable &stats)
{
    const GumboTag tag = tagOf(node);
    if (tag != GUMBO_TAG_P && tag != GUMBO_TAG_DIV && tag != GUMBO_TAG_SPAN &&
        tag != GUMBO_TAG_CENTER && tag != GUMBO_TAG_FIGCAPTION)
        return false;
    const NodeStats &s = stats.of(node);
    if (s.images > 0 || s.chars == 0 || s.chars > kMaxCaptionChars)
        return false;
    if (tag != GUMBO_TAG_FIGCAPTION && !isCentered(node) && !isCaptionClass(node))
        return false;
    return wordCount(textOf(node, kMaxCaptionChars * 2)) < kMaxCaptionWords;
}

} // namespace ichq::extract
