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

void PlainTextBuilder::text(const char *utf8, qsizetype length)
{
    const char *end = utf8 + length;
    for (const char *p = utf8; p < end; ++p) {
        const char c = *p;
        if (c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f') {
            m_pendingSpace = !m_out.isEmpty();
            continue;
        }
        // U+00A0 NO-BREAK SPACE is C2 A0 in UTF-8; &nbsp; padding is common in feeds.
        if (c == '\xC2' && p + 1 < end && p[1] == '\xA0') {
            m_pendingSpace = !m_out.isEmpty();
            ++p;
            continue;
        }
        if (m_pendingSpace) {
            m_out.append(' ');
            m_pendingSpace = false;
        }
        m_out.append(c);
    }
}

} // namespace ichq::html
