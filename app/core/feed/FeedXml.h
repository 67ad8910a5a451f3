#pragma once

#include "FeedParser.h"

#include <QList>
#include <QString>
#include <QUrl>
#include <QXmlStreamReader>

namespace ichq {

namespace xmlns {
inline const QLatin1String atom("http://www.w3.org/2005/Atom");
inline const QLatin1String atom03("http://purl.org/atom/ns#");
inline const QLatin1String content("http://purl.org/rss/1.0/modules/content/");
inline const QLatin1String dc("http://purl.org/dc/elements/1.1/");
inline const QLatin1String dcterms("http://purl.org/dc/terms/");
inline const QLatin1String media("http://search.yahoo.com/mrss/");
inline const QLatin1String mediaNoSlash("http://search.yahoo.com/mrss");
inline const QLatin1String rdf("http://www.w3.org/1999/02/22-rdf-syntax-ns#");
inline const QLatin1String rss090("http://my.netscape.com/rdf/simple/0.9/");
inline const QLatin1String rss10("http://purl.org/rss/1.0/");
inline const QLatin1String xhtml("http://www.w3.org/1999/xhtml");
inline const QLatin1String xml("http://www.w3.org/XML/1998/namespace");
} // namespace xmlns

// QXmlStreamReader plus what every feed reader needs: the xml:base stack, element depth,
// capped text reading and serialisation of inline markup back to HTML.
// All reading goes through this class so that the base stack never misses a token.
class XmlCursor
{
public:
    XmlCursor(const QByteArray &xml, const QUrl &documentUrl, const FeedLimits &limits,
              FeedItemSink sink = {});

    // Next token; false at the end of the document or on an error.
    bool next();
    // Next start element that is a direct child of the element open at parentDepth; false once
    // that element ends (or on error). Unvisited descendants are skipped on the way.
    bool nextChild(int parentDepth);
    // Number of open elements, counting the current start or end element itself.
    int depth() const { return int(m_bases.size()) - 1; }

    bool isStartElement() const { return m_reader.isStartElement(); }
    QStringView name() const { return m_reader.name(); }
    // The element's namespace, canonical: spelling variants of the feed namespaces (case, spaces,
    // a missing or extra trailing slash) read as xmlns::atom, atom03 or rss10; the old RSS 2.0
    // namespaces (Userland, Harvard, rss091) read as no namespace, RSS 2.0 itself.
    QStringView namespaceUri() const;
    bool is(QLatin1String ns, QLatin1String localName) const
    {
        return namespaceUri() == ns && m_reader.name() == localName;
    }
    // Namespace reported for elements that have none (Atom written without xmlns).
    void setUnqualifiedNamespace(QLatin1String ns) { m_unqualified = ns; }
    QStringView attribute(QLatin1String localName) const;
    QStringView attribute(QLatin1String ns, QLatin1String localName) const;

    // xml:base in effect for the current element (its own xml:base included).
    const QUrl &base() const { return m_bases.constLast(); }
    // Absolute URL for a reference found in the current element; empty when none can be made.
    QUrl resolve(QStringView reference) const;

    // Text content of the current element (descendants' text included), capped at
    // FeedLimits::maxFieldChars (or cap, when given). Leaves the cursor on the element's end.
    QString readText(qsizetype cap = -1);
    // Inner content of the current element as HTML: text as found (escapeText false, RSS habit)
    // or escaped (XHTML content), child elements re-serialised with href/src made absolute.
    // unwrapDiv drops a single wrapping <div> (Atom type="xhtml").
    QString readMarkup(bool escapeText, bool unwrapDiv = false);

    const FeedLimits &limits() const { return m_limits; }
    // Every reader adds its items here: they go to the sink as well.
    void addItem(Feed &feed, FeedItem item) const;
    bool hasError() const { return m_reader.hasError(); }
    // "line L, column C: message"
    QString errorString() const;

private:
    void appendStartTag(QString &out) const;

    QXmlStreamReader m_reader;
    FeedLimits m_limits;
    FeedItemSink m_sink;
    QList<QUrl> m_bases;
    QString m_unqualified;
    bool m_popPending = false;
};

} // namespace ichq
