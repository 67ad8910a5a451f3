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

struct NamespaceVariant
{
    const char *uri; // compared without case, surrounding spaces and trailing '/'
    const char16_t *canonical;
};

// As feedparser: the pre-1.0 Atom ("echo") drafts are Atom 0.3; the namespaces RSS 2.0 and 0.91
// were given at times are plain RSS.
constexpr NamespaceVariant kNamespaceVariants[] = {
    {"http://www.w3.org/2005/Atom", u"http://www.w3.org/2005/Atom"},
    {"http://purl.org/atom/ns#", u"http://purl.org/atom/ns#"},
    {"http://purl.org/echo", u"http://purl.org/atom/ns#"},
    {"http://purl.org/pie", u"http://purl.org/atom/ns#"},
    {"http://example.com/newformat#", u"http://purl.org/atom/ns#"},
    {"http://example.com/necho", u"http://purl.org/atom/ns#"},
    {"http://purl.org/rss/1.0", u"http://purl.org/rss/1.0/"},
    {"http://my.netscape.com/rdf/simple/0.9", u"http://my.netscape.com/rdf/simple/0.9/"},
    {"http://backend.userland.com/rss2", u""},
    {"http://backend.userland.com/rss", u""},
    {"http://blogs.law.harvard.edu/tech/rss", u""},
    {"http://purl.org/rss/1.0/modules/rss091#", u""},
};

QStringView canonicalNamespace(QStringView ns)
{
    QStringView key = ns.trimmed();
    while (key.endsWith(u'/'))
        key.chop(1);
    for (const NamespaceVariant &variant : kNamespaceVariants) {
        const QLatin1String uri(variant.uri);
        if (key.size() == uri.size() && key.compare(uri, Qt::CaseInsensitive) == 0)
            return QStringView(variant.canonical);
    }
    return ns;
}

} // namespace

QStringView XmlCursor::namespaceUri() const
{
    const QStringView ns = m_reader.namespaceUri();
    if (ns.isEmpty())
        return m_unqualified;
    if (ns == xmlns::atom || ns == xmlns::dc || ns == xmlns::content || ns == xmlns::media)
        return ns; // the common case, already canonical
    return canonicalNamespace(ns);
}

XmlCursor::XmlCursor(const QByteArray &xml, const QUrl &documentUrl, const FeedLimits &limits,
                     FeedItemSink sink)
    : m_reader(xml), m_limits(limits), m_sink(std::move(sink))
{
    m_bases.append(documentUrl);
}

void XmlCursor::addItem(Feed &feed, FeedItem item) const
{
    feed.items.append(std::move(item));
    if (m_sink)
        m_sink(feed.items.constLast());
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

QString XmlCursor::readText(qsizetype cap)
{
    QString text;
    const int elementDepth = depth();
    if (cap < 0)
        cap = m_limits.maxFieldChars;
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
