#include "FeedXml.h"

#include "FeedText.h"

#include <QCoreApplication>

namespace ichq {

namespace {

bool isVoidElement(QStringView name)
{
    static const char *const voids[] = {"area",  "base", "br",   "col",   "embed",  "hr",    "img",
                                        "input", "link", "meta", "param", "source", "track", "wbr"};
    for (const char *element : voids) {
        if (name == QLatin1String(element))
            return true;
    }
    return false;
}

} // namespace

XmlCursor::XmlCursor(const QByteArray &xml, const QUrl &documentUrl, const FeedLimits &limits)
    : m_reader(xml), m_limits(limits)
{
    m_bases.append(documentUrl);
}

bool XmlCursor::next()
{
    if (m_popPending) {
        m_bases.removeLast();
        m_popPending = false;
    }
    const QXmlStreamReader::TokenType token = m_reader.readNext();
    if (token == QXmlStreamReader::StartElement) {
        const QStringView xmlBase = m_reader.attributes().value(xmlns::xml, QLatin1String("base"));
        if (xmlBase.isNull())
            m_bases.append(m_bases.constLast());
        else
            m_bases.append(m_bases.constLast().resolved(QUrl(xmlBase.trimmed().toString())));
    } else if (token == QXmlStreamReader::EndElement) {
        m_popPending = true;
    }
    return token != QXmlStreamReader::Invalid && token != QXmlStreamReader::EndDocument;
}

bool XmlCursor::nextChild(int parentDepth)
{
    while (next()) {
        if (m_reader.isStartElement() && depth() == parentDepth + 1)
            return true;
        if (m_reader.isEndElement() && depth() <= parentDepth)
            return false;
    }
    return false;
}

QStringView XmlCursor::attribute(QLatin1String localName) const
{
    return m_reader.attributes().value(QLatin1String(), localName);
}

QStringView XmlCursor::attribute(QLatin1String ns, QLatin1String localName) const
{
    return m_reader.attributes().value(ns, localName);
}

QUrl XmlCursor::resolve(QStringView reference) const
{
    const QStringView trimmed = reference.trimmed();
    if (trimmed.isEmpty())
        return {};
    const QUrl url = base().resolved(QUrl(trimmed.toString()));
    if (!url.isValid() || url.isRelative())
        return {};
    return url;
}

QString XmlCursor::readText()
{
    QString text;
    const int elementDepth = depth();
    const qsizetype cap = m_limits.maxFieldChars;
    while (next()) {
        if (m_reader.isCharacters())
            appendCapped(text, m_reader.text(), cap);
        else if (m_reader.isEndElement() && depth() == elementDepth)
            break;
    }
    return text;
}

void XmlCursor::appendStartTag(QString &out) const
{
    out.append(u'<').append(m_reader.name());
    const QXmlStreamAttributes attributes = m_reader.attributes();
    for (const QXmlStreamAttribute &attribute : attributes) {
        if (!attribute.namespaceUri().isEmpty())
            continue; // xml:base, xml:lang, foreign attributes: no meaning in HTML
        const QStringView name = attribute.name();
        QString value = attribute.value().toString();
        if (name == QLatin1String("href") || name == QLatin1String("src")) {
            const QUrl url = resolve(value);
            if (!url.isEmpty())
                value = url.toString(QUrl::FullyEncoded);
        }
        out.append(u' ').append(name).append(QLatin1String("=\""));
        out.append(value.toHtmlEscaped()).append(u'"');
    }
    out.append(u'>');
}

QString XmlCursor::readMarkup(bool escapeText, bool unwrapDiv)
{
    QString out;
    const int elementDepth = depth();
    const qsizetype cap = m_limits.maxFieldChars;
    int childElements = 0;
    bool textOutsideDiv = false;
    qsizetype innerStart = -1;
    qsizetype innerEnd = -1;
    while (next()) {
        if (out.size() >= cap) {
            if (m_reader.isEndElement() && depth() == elementDepth)
                break;
            continue;
        }
        if (m_reader.isCharacters()) {
            if (depth() == elementDepth && !m_reader.isWhitespace())
                textOutsideDiv = true;
            appendCapped(out,
                         escapeText ? m_reader.text().toString().toHtmlEscaped() : m_reader.text(),
                         cap);
        } else if (m_reader.isStartElement()) {
            const bool isChild = depth() == elementDepth + 1;
            childElements += isChild ? 1 : 0;
            appendStartTag(out);
            if (isChild && childElements == 1 && m_reader.name() == QLatin1String("div"))
                innerStart = out.size();
        } else if (m_reader.isEndElement()) {
            if (depth() == elementDepth)
                break;
            if (depth() == elementDepth + 1 && innerStart >= 0 && innerEnd < 0)
                innerEnd = out.size();
            if (!isVoidElement(m_reader.name()))
                out.append(QLatin1String("</")).append(m_reader.name()).append(u'>');
        }
    }
    if (unwrapDiv && childElements == 1 && !textOutsideDiv && innerStart >= 0 && innerEnd >= 0)
        return out.mid(innerStart, innerEnd - innerStart).trimmed();
    return out;
}

QString XmlCursor::errorString() const
{
    return QCoreApplication::translate("FeedParser", "line %1, column %2: %3")
        .arg(m_reader.lineNumber())
        .arg(m_reader.columnNumber())
        .arg(m_reader.errorString());
}

} // namespace ichq
