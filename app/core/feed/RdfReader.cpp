#include "FeedDates.h"
#include "FeedItemBuilder.h"
#include "FeedReaders.h"
#include "FeedText.h"
#include "FeedXml.h"

namespace ichq {

namespace {

// Some RSS 1.0 writers leave channel and items in no namespace.
bool isRssNamespace(QStringView ns)
{
    return ns == xmlns::rss10 || ns == xmlns::rss090 || ns.isEmpty();
}

void readItem(XmlCursor &cursor, Feed &feed)
{
    FeedItemBuilder builder(cursor.base());
    builder.item.id = cursor.attribute(xmlns::rdf, QLatin1String("about")).trimmed().toString();
    const int depth = cursor.depth();
    while (cursor.nextChild(depth)) {
        if (builder.readExtension(cursor) || !isRssNamespace(cursor.namespaceUri()))
            continue;
        const QStringView name = cursor.name();
        if (name == QLatin1String("title")) {
            builder.item.title = htmlToPlainText(cursor.readText());
        } else if (name == QLatin1String("link")) {
            builder.item.link = cursor.resolve(cursor.readText());
        } else if (name == QLatin1String("description")) {
            const QUrl base = cursor.base();
            builder.setSummary(cursor.readMarkup(false), base);
        }
    }
    if (!cursor.hasError() || builder.isPresentable())
        cursor.addItem(feed, builder.finish());
}

void readChannel(XmlCursor &cursor, Feed &feed)
{
    const int depth = cursor.depth();
    while (cursor.nextChild(depth)) {
        const QStringView ns = cursor.namespaceUri();
        const QStringView name = cursor.name();
        if (isRssNamespace(ns) && name == QLatin1String("title"))
            feed.title = htmlToPlainText(cursor.readText());
        else if (isRssNamespace(ns) && name == QLatin1String("link"))
            feed.link = cursor.resolve(cursor.readText());
        else if (isRssNamespace(ns) && name == QLatin1String("description"))
            feed.description = htmlToPlainText(cursor.readText());
        else if (ns == xmlns::dc && name == QLatin1String("date"))
            feed.updated = parseFeedDate(cursor.readText());
        else if (ns == xmlns::dc && name == QLatin1String("language"))
            feed.language = cursor.readText().trimmed();
    }
}

} // namespace

void readRdf(XmlCursor &cursor, Feed &feed)
{
    const int depth = cursor.depth();
    while (cursor.nextChild(depth)) {
        if (!isRssNamespace(cursor.namespaceUri()))
            continue;
        if (cursor.name() == QLatin1String("channel"))
            readChannel(cursor, feed);
        else if (cursor.name() == QLatin1String("item") &&
                 feed.items.size() < cursor.limits().maxItems)
            readItem(cursor, feed);
    }
}

} // namespace ichq
