#include "FeedPrepass.h"

#include "ByteSlice.h"
#include "FeedDtd.h"
#include "HtmlEntities.h"

#include <QByteArrayView>

#include <iterator>

namespace ichq {

namespace {

bool isNameByte(char c)
{
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
}

bool isXmlSpace(char c)
{
    return c == ' ' || c == '\t' || c == '\r' || c == '\n';
}

void appendNewlines(QByteArray &out, QByteArrayView skipped)
{
    for (char c : skipped) {
        if (c == '\n')
            out.append('\n');
    }
}

// End (exclusive) of "<!DOCTYPE ...>" starting at pos, honouring quotes and the [ ] subset.
qsizetype doctypeEnd(QByteArrayView in, qsizetype pos)
{
    char quote = 0;
    int bracketDepth = 0;
    for (qsizetype i = pos + 9; i < in.size(); ++i) {
        const char c = in[i];
        if (quote) {
            if (c == quote)
                quote = 0;
        } else if (c == '"' || c == '\'') {
            quote = c;
        } else if (c == '[') {
            ++bracketDepth;
        } else if (c == ']') {
            bracketDepth = qMax(0, bracketDepth - 1);
        } else if (c == '>' && bracketDepth == 0) {
            return i + 1;
        }
    }
    return in.size();
}

// End (exclusive) of a construct closed by `terminator`, or the end of input when unterminated.
qsizetype sectionEnd(QByteArrayView in, qsizetype from, QByteArrayView terminator)
{
    const qsizetype at = in.indexOf(terminator, from);
    return at < 0 ? in.size() : at + terminator.size();
}

bool startsWithNoCase(QByteArrayView in, qsizetype pos, QByteArrayView prefix)
{
    return slice(in, pos, prefix.size()).compare(prefix, Qt::CaseInsensitive) == 0;
}

struct KnownPrefix
{
    const char *prefix;
    const char *uri;
};

constexpr KnownPrefix kKnownPrefixes[] = {
    {"atom", "http://www.w3.org/2005/Atom"},
    {"content", "http://purl.org/rss/1.0/modules/content/"},
    {"dc", "http://purl.org/dc/elements/1.1/"},
    {"dcterms", "http://purl.org/dc/terms/"},
    {"media", "http://search.yahoo.com/mrss/"},
    {"rdf", "http://www.w3.org/1999/02/22-rdf-syntax-ns#"},
    {"itunes", "http://www.itunes.com/dtds/podcast-1.0.dtd"},
    {"slash", "http://purl.org/rss/1.0/modules/slash/"},
    {"sy", "http://purl.org/rss/1.0/modules/syndication/"},
    {"wfw", "http://wellformedweb.org/CommentAPI/"},
};

// Bit i set: kKnownPrefixes[i] is used as an element prefix somewhere.
using PrefixSet = quint32;

struct PrepassState
{
    PrefixSet usedPrefixes = 0;
    DtdEntities entities;
};

void notePrefix(QByteArrayView in, qsizetype nameStart, PrefixSet &used)
{
    qsizetype colon = nameStart;
    while (colon < in.size() && colon - nameStart < 8 && isNameByte(in[colon]))
        ++colon;
    if (colon >= in.size() || in[colon] != ':' || colon == nameStart)
        return;
    const QByteArrayView prefix = slice(in, nameStart, colon - nameStart);
    for (size_t i = 0; i < std::size(kKnownPrefixes); ++i) {
        if (prefix == kKnownPrefixes[i].prefix) {
            used |= PrefixSet(1) << i;
            return;
        }
    }
}

// Handles the markup starting with '<' at pos; returns the position after what it consumed.
qsizetype copyMarkup(QByteArrayView in, qsizetype pos, QByteArray &out, PrepassState &state)
{
    qsizetype end = pos + 1;
    const char next = pos + 1 < in.size() ? in[pos + 1] : '\0';
    if (next != '!' && next != '?') {
        notePrefix(in, pos + 1, state.usedPrefixes);
        out.append('<');
        return end;
    }
    if (slice(in, pos).startsWith("<![CDATA[")) {
        end = sectionEnd(in, pos + 9, "]]>");
    } else if (slice(in, pos).startsWith("<!--")) {
        end = sectionEnd(in, pos + 4, "-->");
    } else if (startsWithNoCase(in, pos, "<!DOCTYPE")) {
        end = doctypeEnd(in, pos);
        state.entities.declareFrom(slice(in, pos, end - pos));
        appendNewlines(out, slice(in, pos, end - pos));
        return end;
    } else if (slice(in, pos).startsWith("<?")) {
        end = sectionEnd(in, pos + 2, "?>");
        if (startsWithNoCase(in, pos, "<?xml") &&
            (pos + 5 < in.size() && (isXmlSpace(in[pos + 5]) || in[pos + 5] == '?'))) {
            appendNewlines(out, slice(in, pos, end - pos));
            return end;
        }
    }
    out.append(slice(in, pos, end - pos));
    return end;
}

// Handles the '&' at pos; returns the position after what it consumed.
// Declared plain-text entities first, then the HTML names.
qsizetype copyReference(QByteArrayView in, qsizetype pos, QByteArray &out, DtdEntities &entities)
{
    if (pos + 1 < in.size() && in[pos + 1] == '#') {
        out.append('&');
        return pos + 1;
    }
    qsizetype nameEnd = pos + 1;
    while (nameEnd < in.size() && nameEnd - pos <= kMaxDeclaredNameLength &&
           isEntityNameByte(in[nameEnd]))
        ++nameEnd;
    if (nameEnd < in.size() && in[nameEnd] == ';' && nameEnd > pos + 1) {
        const QByteArrayView name = slice(in, pos + 1, nameEnd - pos - 1);
        if (name == "amp" || name == "lt" || name == "gt" || name == "quot" || name == "apos") {
            out.append(slice(in, pos, nameEnd + 1 - pos));
            return nameEnd + 1;
        }
        if (entities.expand(name, out))
            return nameEnd + 1;
        if (const char32_t code = htmlEntityCodePoint(name)) {
            out.append("&#").append(QByteArray::number(uint(code))).append(';');
            return nameEnd + 1;
        }
    }
    out.append("&amp;");
    return pos + 1;
}

// Start and end (at its '>') of the root element's start tag, or {-1, -1}.
std::pair<qsizetype, qsizetype> rootStartTag(QByteArrayView xml)
{
    qsizetype pos = 0;
    while ((pos = xml.indexOf('<', pos)) >= 0 && pos + 1 < xml.size()) {
        if (xml[pos + 1] == '!' || xml[pos + 1] == '?') {
            pos = sectionEnd(xml, pos + 2, xml[pos + 1] == '!' ? "-->" : "?>");
            continue;
        }
        char quote = 0;
        for (qsizetype i = pos + 1; i < xml.size(); ++i) {
            if (quote && xml[i] == quote)
                quote = 0;
            else if (!quote && (xml[i] == '"' || xml[i] == '\''))
                quote = xml[i];
            else if (!quote && xml[i] == '>')
                return {pos, i};
        }
        break;
    }
    return {-1, -1};
}

void declareUndeclaredPrefixes(QByteArray &xml, PrefixSet used)
{
    const auto [start, end] = rootStartTag(xml);
    if (start < 0)
        return;
    const QByteArrayView rootTag = slice(xml, start, end - start);
    QByteArray declarations;
    for (size_t i = 0; i < std::size(kKnownPrefixes); ++i) {
        const KnownPrefix &known = kKnownPrefixes[i];
        const QByteArray prefix(known.prefix);
        if (!(used & (PrefixSet(1) << i)) || rootTag.contains(QByteArray("xmlns:" + prefix + '=')))
            continue;
        declarations += " xmlns:" + prefix + "=\"" + known.uri + '"';
    }
    if (declarations.isEmpty())
        return;
    const qsizetype at = end > start && xml[end - 1] == '/' ? end - 1 : end;
    xml.insert(at, declarations);
}

} // namespace

QByteArray prepareFeedXml(const QByteArray &utf8)
{
    const QByteArrayView in(utf8);
    QByteArray out;
    out.reserve(in.size() + in.size() / 32 + 64);
    const char *data = in.data();
    qsizetype pos = 0;
    PrepassState state;
    while (pos < in.size()) {
        qsizetype next = pos;
        while (next < in.size() && data[next] != '<' && data[next] != '&')
            ++next;
        out.append(slice(in, pos, next - pos));
        if (next >= in.size())
            break;
        pos = data[next] == '<' ? copyMarkup(in, next, out, state)
                                : copyReference(in, next, out, state.entities);
    }
    declareUndeclaredPrefixes(out, state.usedPrefixes);
    return out;
}

} // namespace ichq
