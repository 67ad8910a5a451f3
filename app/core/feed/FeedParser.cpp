#include "FeedParser.h"

#include "FeedEncoding.h"
#include "FeedPrepass.h"
#include "FeedReaders.h"
#include "FeedXml.h"

#include <QCoreApplication>

namespace ichq {

namespace {

QString notAFeedError(QStringView rootName)
{
    if (rootName.isEmpty())
        return QCoreApplication::translate("FeedParser", "not an RSS or Atom feed");
    return QCoreApplication::translate("FeedParser",
                                       "not an RSS or Atom feed (the document is <%1>)")
        .arg(rootName);
}

FeedFormat formatOfRoot(XmlCursor &cursor)
{
    const QStringView ns = cursor.namespaceUri();
    const QStringView name = cursor.name();
    if (name == QLatin1String("rss") && ns.isEmpty())
        return FeedFormat::Rss20; // RSS 0.91, 0.92 and 2.0, namespaced variants included
    if (name == QLatin1String("RDF") && ns == xmlns::rdf)
        return FeedFormat::Rss10;
    if (name == QLatin1String("feed") && ns.isEmpty()) {
        // Atom without its namespace: read it as the version it says it is.
        const bool atom03 =
            cursor.attribute(QLatin1String("version")).trimmed() == QLatin1String("0.3");
        cursor.setUnqualifiedNamespace(atom03 ? xmlns::atom03 : xmlns::atom);
        return FeedFormat::Atom10;
    }
    if (name == QLatin1String("feed") && (ns == xmlns::atom || ns == xmlns::atom03))
        return FeedFormat::Atom10;
    return FeedFormat::Unknown;
}

bool isBlank(const QByteArray &bytes)
{
    for (char c : bytes) {
        if (c != ' ' && c != '\t' && c != '\r' && c != '\n')
            return false;
    }
    return true;
}

} // namespace

Feed FeedParser::parse(const QByteArray &bytes, const QUrl &documentUrl, const FeedLimits &limits,
                       const FeedItemSink &sink)
{
    Feed feed;
    if (bytes.size() > limits.maxDocumentBytes) {
        feed.error =
            QCoreApplication::translate("FeedParser", "the document is larger than %1 bytes")
                .arg(limits.maxDocumentBytes);
        return feed;
    }
    if (isBlank(bytes)) {
        feed.error = QCoreApplication::translate("FeedParser", "the document is empty");
        return feed;
    }

    XmlCursor cursor(prepareFeedXml(feedBytesToUtf8(bytes)), documentUrl, limits, sink);
    while (cursor.next() && !cursor.isStartElement()) {
    }
    if (!cursor.isStartElement()) {
        feed.error = cursor.hasError() ? cursor.errorString() : notAFeedError(QStringView());
        return feed;
    }
    feed.format = formatOfRoot(cursor);
    switch (feed.format) {
    case FeedFormat::Rss20:
        readRss2(cursor, feed);
        break;
    case FeedFormat::Rss10:
        readRdf(cursor, feed);
        break;
    case FeedFormat::Atom10:
        readAtom(cursor, feed);
        break;
    case FeedFormat::Unknown:
        feed.error = notAFeedError(cursor.name());
        return feed;
    }
    // Whatever follows the root still has to be well-formed; report it if it is not.
    while (cursor.next()) {
    }
    if (cursor.hasError())
        feed.error = cursor.errorString();
    return feed;
}

} // namespace ichq
