#include "MarkupBounds.h"

#include <QByteArray>

#include <algorithm>
#include <cstring>
#include <string_view>

namespace ichq::html {

namespace {

bool isAsciiLetter(char c)
{
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
}

// A tag name as the scanner reads it: lower-case, at most 15 characters (longer names are
// no tag this scan cares about). No allocation: this runs for every tag of the page.
struct TagName
{
    char text[16] = {};
    size_t length = 0;

    // string_view literals carry their length: no strlen per candidate and tag.
    bool is(std::string_view name) const
    {
        return name.size() == length && std::memcmp(text, name.data(), length) == 0;
    }
    bool isAny(std::initializer_list<std::string_view> names) const
    {
        for (const std::string_view name : names) {
            if (is(name))
                return true;
        }
        return false;
    }
};

// Elements that never stay open: void elements, and those the parser closes implicitly when
// a sibling starts (an unclosed <p> or <li> does not nest). Asked for every tag of the page,
// so the first letter picks the few names to compare.
bool opensNoLevel(const TagName &name)
{
    switch (name.text[0]) {
    case 'a':
        return name.is("area");
    case 'b':
        return name.isAny({"br", "base"});
    case 'c':
        return name.is("col");
    case 'd':
        return name.isAny({"dd", "dt"});
    case 'e':
        return name.is("embed");
    case 'h':
        return name.is("hr");
    case 'i':
        return name.isAny({"img", "input"});
    case 'l':
        return name.isAny({"li", "link"});
    case 'm':
        return name.is("meta");
    case 'o':
        return name.isAny({"option", "optgroup"});
    case 'p':
        return name.isAny({"p", "param"});
    case 's':
        return name.is("source");
    case 't':
        return name.isAny({"td", "th", "tr", "track"});
    case 'w':
        return name.is("wbr");
    default:
        return false;
    }
}

// Elements whose content is raw text: a "<div" inside a script is no tag.
bool isRawText(const TagName &name)
{
    switch (name.text[0]) {
    case 'i':
        return name.is("iframe");
    case 'n':
        return name.isAny({"noembed", "noframes"});
    case 's':
        return name.isAny({"script", "style"});
    case 't':
        return name.isAny({"title", "textarea"});
    case 'x':
        return name.is("xmp");
    default:
        return false;
    }
}

struct Scanner
{
    QByteArrayView bytes;
    qsizetype pos = 0;

    qsizetype find(const char *needle, qsizetype from) const
    {
        const qsizetype found = bytes.indexOf(QByteArrayView(needle), from);
        return found < 0 ? bytes.size() : found;
    }

    // The scan's most frequent search, one byte: memchr, not a substring search.
    qsizetype find(char needle, qsizetype from) const
    {
        if (from >= bytes.size())
            return bytes.size();
        const void *found = std::memchr(bytes.data() + from, needle, size_t(bytes.size() - from));
        return found ? static_cast<const char *>(found) - bytes.data() : bytes.size();
    }

    TagName tagName(qsizetype start) const
    {
        TagName name;
        for (qsizetype p = start; p < bytes.size() && name.length < sizeof(name.text) - 1; ++p) {
            const char c = bytes[p];
            if (!isAsciiLetter(c) && !(c >= '0' && c <= '9') && c != '-')
                break;
            name.text[name.length++] = (c >= 'A' && c <= 'Z') ? char(c + 32) : c;
        }
        return name;
    }

    // Skips the raw text of a script/style...: up to "</name", in either of the two
    // spellings pages use.
    void skipRawText(const TagName &name)
    {
        const QByteArray lower = "</" + QByteArray(name.text, qsizetype(name.length));
        const QByteArray upper = lower.toUpper();
        pos = std::min(find(lower.constData(), pos), find(upper.constData(), pos));
    }

    // Past the '>' of the tag at pos (or the end).
    qsizetype tagEnd(qsizetype from) const { return std::min(find('>', from) + 1, bytes.size()); }
};

} // namespace

qsizetype safeParseLength(QByteArrayView utf8, const MarkupLimits &limits)
{
    Scanner s{utf8};
    int depth = 0;
    int elements = 0;
    qint64 work = 0;
    while ((s.pos = s.find('<', s.pos)) < utf8.size()) {
        const qsizetype tagStart = s.pos;
        const char next = tagStart + 1 < utf8.size() ? utf8[tagStart + 1] : '\0';
        if (next == '!') {
            const bool comment = utf8.sliced(tagStart).startsWith("<!--");
            s.pos = comment ? s.find("-->", tagStart + 4) : s.find('>', tagStart);
            continue;
        }
        if (next == '/') {
            if (depth > 0 && !opensNoLevel(s.tagName(tagStart + 2)))
                --depth;
            s.pos = s.find('>', tagStart);
            continue;
        }
        if (!isAsciiLetter(next)) {
            ++s.pos;
            continue;
        }
        const TagName name = s.tagName(tagStart + 1);
        s.pos = s.find('>', tagStart);
        const bool selfClosing = s.pos < utf8.size() && utf8[s.pos - 1] == '/';
        if (++elements > limits.maxElements)
            return tagStart;
        if (isRawText(name)) {
            s.skipRawText(name);
            continue;
        }
        if (selfClosing || opensNoLevel(name))
            continue;
        work += ++depth;
        if (depth > limits.maxDepth || work > limits.maxWork)
            return tagStart;
    }
    return utf8.size();
}

QByteArray flattenBeyondLimits(const QByteArray &utf8, const MarkupLimits &limits)
{
    Scanner s{utf8};
    QByteArray out;
    qsizetype copied = 0; // utf8[copied, tagStart) is still to be copied
    int depth = 0;
    int elements = 0;
    const auto drop = [&](qsizetype from, qsizetype to) {
        if (out.isEmpty())
            out.reserve(utf8.size());
        out.append(utf8.constData() + copied, from - copied);
        copied = to;
    };
    while ((s.pos = s.find('<', s.pos)) < utf8.size()) {
        const qsizetype tagStart = s.pos;
        const char next = tagStart + 1 < utf8.size() ? utf8[tagStart + 1] : '\0';
        if (next == '!') {
            const bool comment = QByteArrayView(utf8).sliced(tagStart).startsWith("<!--");
            s.pos = comment ? s.find("-->", tagStart + 4) : s.find('>', tagStart);
            continue;
        }
        if (next == '/') {
            const TagName name = s.tagName(tagStart + 2);
            s.pos = s.tagEnd(tagStart);
            if (opensNoLevel(name) || depth == 0)
                continue;
            if (depth-- > limits.maxDepth)
                drop(tagStart, s.pos);
            continue;
        }
        if (!isAsciiLetter(next)) {
            ++s.pos;
            continue;
        }
        const TagName name = s.tagName(tagStart + 1);
        s.pos = s.tagEnd(tagStart);
        const bool selfClosing = s.pos >= 2 && utf8[s.pos - 2] == '/';
        const bool opens = !selfClosing && !opensNoLevel(name) && !isRawText(name);
        const bool tooMany = ++elements > limits.maxElements;
        const bool tooDeep = opens && depth + 1 > limits.maxDepth;
        if (opens)
            ++depth;
        if (isRawText(name)) {
            s.skipRawText(name);
            if (tooMany || depth >= limits.maxDepth) {
                s.pos = s.tagEnd(s.pos);
                drop(tagStart, s.pos); // the script goes whole, not as text
            }
            continue;
        }
        if (tooMany || tooDeep)
            drop(tagStart, s.pos);
    }
    if (copied == 0)
        return utf8; // nothing dropped: no copy
    out.append(utf8.constData() + copied, utf8.size() - copied);
    return out;
}

} // namespace ichq::html
