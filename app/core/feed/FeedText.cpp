#include "FeedText.h"

#include "HtmlEntities.h"

#include <utility>

namespace ichq {

namespace {

bool isAsciiAlnum(QChar c)
{
    return (c >= u'a' && c <= u'z') || (c >= u'A' && c <= u'Z') || (c >= u'0' && c <= u'9');
}

bool isBlockTag(QStringView name)
{
    static const char *const blocks[] = {
        "address", "article",    "aside",  "blockquote", "br", "dd", "div", "dl",
        "dt",      "figcaption", "figure", "footer",     "h1", "h2", "h3",  "h4",
        "h5",      "h6",         "header", "hr",         "li", "ol", "p",   "pre",
        "section", "table",      "td",     "th",         "tr", "ul"};
    for (const char *block : blocks) {
        if (name.compare(QLatin1String(block), Qt::CaseInsensitive) == 0)
            return true;
    }
    return false;
}

// Decodes the character reference starting at html[pos] == '&'; advances pos past it.
// Returns false (pos untouched) when it is not a reference, so the '&' is kept as text.
bool decodeReference(QStringView html, qsizetype &pos, QString &out)
{
    const qsizetype semicolon = html.indexOf(u';', pos + 1);
    if (semicolon < 0 || semicolon - pos - 1 > kMaxEntityNameLength + 1 || semicolon == pos + 1)
        return false;
    const QStringView name = html.mid(pos + 1, semicolon - pos - 1);
    char32_t code = 0;
    if (name[0] == u'#') {
        bool ok = false;
        const bool hex = name.size() > 1 && (name[1] == u'x' || name[1] == u'X');
        const uint value = name.mid(hex ? 2 : 1).toUInt(&ok, hex ? 16 : 10);
        if (!ok || value == 0 || value > 0x10FFFF || (value >= 0xD800 && value <= 0xDFFF))
            return false;
        code = value;
    } else {
        for (QChar c : name) {
            if (!isAsciiAlnum(c))
                return false;
        }
        code = htmlEntityCodePoint(name);
        if (code == 0)
            return false;
    }
    out.append(QString::fromUcs4(&code, 1));
    pos = semicolon + 1;
    return true;
}

// Skips the tag starting at html[pos] == '<'; false when '<' is just a less-than sign.
bool skipTag(QStringView html, qsizetype &pos, bool &isBlock)
{
    if (pos + 1 >= html.size())
        return false;
    const QChar next = html[pos + 1];
    if (html.mid(pos).startsWith(u"<!--")) {
        const qsizetype end = html.indexOf(u"-->", pos + 4);
        pos = end < 0 ? html.size() : end + 3;
        isBlock = false;
        return true;
    }
    if (!(next.isLetter() || next == u'/' || next == u'!' || next == u'?'))
        return false;
    const qsizetype close = html.indexOf(u'>', pos + 1);
    if (close < 0)
        return false;
    qsizetype nameStart = pos + 1 + (next == u'/' ? 1 : 0);
    qsizetype nameEnd = nameStart;
    while (nameEnd < close && isAsciiAlnum(html[nameEnd]))
        ++nameEnd;
    isBlock = isBlockTag(html.mid(nameStart, nameEnd - nameStart));
    pos = close + 1;
    return true;
}

} // namespace

QString htmlToPlainText(QStringView html)
{
    QString decoded;
    decoded.reserve(html.size());
    qsizetype pos = 0;
    qsizetype runStart = 0;
    while (pos < html.size()) {
        const QChar c = html[pos];
        if (c != u'<' && c != u'&') {
            ++pos;
            continue;
        }
        decoded.append(html.mid(runStart, pos - runStart));
        bool isBlock = false;
        if (c == u'<' && skipTag(html, pos, isBlock)) {
            if (isBlock)
                decoded.append(u' ');
        } else if (c == u'&' && decodeReference(html, pos, decoded)) {
            // decoded in place
        } else {
            decoded.append(c);
            ++pos;
        }
        runStart = pos;
    }
    decoded.append(html.mid(runStart));
    return collapseWhitespace(decoded);
}

QString collapseWhitespace(QStringView text)
{
    QString out;
    out.reserve(text.size());
    bool pendingSpace = false;
    qsizetype runStart = -1;
    for (qsizetype i = 0; i < text.size(); ++i) {
        // U+00A0 counts as a space: feeds pad titles with &nbsp; carelessly.
        if (text[i].isSpace()) {
            if (runStart >= 0)
                out.append(text.mid(runStart, i - runStart));
            runStart = -1;
            pendingSpace = !out.isEmpty();
            continue;
        }
        if (runStart < 0) {
            if (pendingSpace)
                out.append(u' ');
            pendingSpace = false;
            runStart = i;
        }
    }
    if (runStart >= 0)
        out.append(text.mid(runStart));
    return out;
}

namespace {

bool isEmailChar(QChar c)
{
    return isAsciiAlnum(c) || c == u'.' || c == u'_' || c == u'-' || c == u'+' || c == u'@';
}

// Start and length of the first "local@domain.tld" in text, or {-1, 0}.
std::pair<qsizetype, qsizetype> findEmail(QStringView text)
{
    for (qsizetype at = text.indexOf(u'@'); at >= 0; at = text.indexOf(u'@', at + 1)) {
        qsizetype start = at;
        while (start > 0 && isEmailChar(text[start - 1]) && text[start - 1] != u'@')
            --start;
        qsizetype end = at + 1;
        while (end < text.size() && isEmailChar(text[end]) && text[end] != u'@')
            ++end;
        const QStringView domain = text.mid(at + 1, end - at - 1);
        if (start < at && domain.contains(u'.') && !domain.endsWith(u'.'))
            return {start, end - start};
    }
    return {-1, 0};
}

} // namespace

QString rssAuthorName(QStringView text)
{
    const QString plain = htmlToPlainText(text);
    const auto [start, length] = findEmail(plain);
    if (start < 0)
        return plain;
    // As feedparser: drop the address and the brackets that held it; what is left is the name.
    QString name = plain.left(start) + plain.mid(start + length);
    name.replace(QLatin1String("mailto:"), QString(), Qt::CaseInsensitive);
    name.remove(QLatin1String("()")).remove(QLatin1String("<>"));
    name = name.trimmed();
    if (name.startsWith(u'('))
        name.remove(0, 1);
    if (name.endsWith(u')'))
        name.chop(1);
    name = collapseWhitespace(name);
    return name.isEmpty() ? plain.mid(start, length) : name;
}

void appendCapped(QString &target, QStringView text, qsizetype cap)
{
    const qsizetype room = cap - target.size();
    if (room <= 0)
        return;
    if (text.size() <= room) {
        target.append(text);
        return;
    }
    QStringView part = text.left(room);
    if (part.back().isHighSurrogate())
        part.chop(1);
    target.append(part);
}

} // namespace ichq
