#include "HtmlSerializer.h"

#include <cstring>

namespace ichq::html {

void HtmlWriter::openTag(const char *name)
{
    m_out.append('<');
    m_out.append(name);
}

void HtmlWriter::attribute(const char *name, const char *value)
{
    m_out.append(' ');
    m_out.append(name);
    m_out.append("=\"");
    escaped(value, static_cast<qsizetype>(std::strlen(value)), true);
    m_out.append('"');
}

void HtmlWriter::attribute(const char *name, const QByteArray &value)
{
    m_out.append(' ');
    m_out.append(name);
    m_out.append("=\"");
    escaped(value.constData(), value.size(), true);
    m_out.append('"');
}

void HtmlWriter::closeTag(const char *name)
{
    m_out.append("</");
    m_out.append(name);
    m_out.append('>');
}

void HtmlWriter::text(const char *utf8, qsizetype length)
{
    escaped(utf8, length, false);
}

void HtmlWriter::escaped(const char *utf8, qsizetype length, bool inAttribute)
{
    // Copy unescaped runs in one append: this is the hot loop of the sanitizer.
    const char *run = utf8;
    const char *end = utf8 + length;
    for (const char *p = utf8; p < end; ++p) {
        const char *entity = nullptr;
        switch (*p) {
        case '&':
            entity = "&amp;";
            break;
        case '<':
            entity = "&lt;";
            break;
        case '>':
            entity = "&gt;";
            break;
        case '"':
            entity = inAttribute ? "&quot;" : nullptr;
            break;
        default:
            break;
        }
        if (!entity)
            continue;
        m_out.append(run, p - run);
        m_out.append(entity);
        run = p + 1;
    }
    m_out.append(run, end - run);
}

namespace {

// Bytes of whitespace at p: ASCII whitespace, or U+00A0 NO-BREAK SPACE (C2 A0 in UTF-8; &nbsp;
// padding is common in feeds); 0 for anything else.
qsizetype spaceAt(const char *p, const char *end)
{
    const char c = *p;
    if (c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f')
        return 1;
    return c == '\xC2' && p + 1 < end && p[1] == '\xA0' ? 2 : 0;
}

} // namespace

void PlainTextBuilder::text(const char *utf8, qsizetype length)
{
    // A word at a time, not a byte: this runs over the text of every article a refresh stores.
    const char *end = utf8 + length;
    const char *p = utf8;
    while (p < end) {
        if (const qsizetype space = spaceAt(p, end)) {
            m_pendingSpace = !m_out.isEmpty();
            p += space;
            continue;
        }
        const char *word = p;
        while (p < end && spaceAt(p, end) == 0)
            ++p;
        if (m_pendingSpace) {
            m_out.append(' ');
            m_pendingSpace = false;
        }
        m_out.append(word, p - word);
    }
}

} // namespace ichq::html
