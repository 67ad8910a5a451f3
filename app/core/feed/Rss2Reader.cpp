#include "FeedDates.h"
#include "FeedItemBuilder.h"
#include "FeedReaders.h"
#include "FeedText.h"
#include "FeedXml.h"

namespace ichq {

namespace {

void readRssElement(XmlCursor &cursor, FeedItemBuilder &builder)
{
    const QStringView name = cursor.name();
    FeedItem &item = builder.item;
    if (name == QLatin1String("title")) {
        item.title = htmlToPlainText(cursor.readText());
    } else if (name == QLatin1String("link")) {
        const QUrl link = cursor.resolve(cursor.readText());
        if (item.link.isEmpty())
            item.link = link;
    } else if (name == QLatin1String("description")) {
        const QUrl base = cursor.base();
        builder.setSummary(cursor.readMarkup(false), base);
    } else if (name == QLatin1String("pubDate")) {
        item.published = parseFeedDate(cursor.readText());
    } else if (name == QLatin1String("guid")) {
        // RSS 2.0: isPermaLink defaults to true.
        builder.guidIsPermaLink = cursor.attribute(QLatin1String("isPermaLink"))
                                      .trimmed()
                                      .compare(QLatin1String("false"), Qt::CaseInsensitive) != 0;
        builder.guid = cursor.readText().trimmed();
    } else if (name == QLatin1String("author")) {
        builder.addAuthor(rssAuthorName(cursor.readText()));
    } else if (name == QLatin1String("category")) {
        builder.addCategory(cursor.readText());
    } else if (name == QLatin1String("enclosure")) {
        builder.addEnclosure(cursor.resolve(cursor.attribute(QLatin1String("url"))),
                             cursor.attribute(QLatin1String("type")),
                             cursor.attribute(QLatin1String("length")));
    }
}

void readItem(XmlCursor &cursor, Feed &feed)
{
    FeedItemBuilder builder(cursor.base());
    const int depth = cursor.depth();
    while (cursor.nextChild(depth)) {
        if (builder.readExtension(cursor))
            continue;
        if (cursor.namespaceUri().isEmpty())
            readRssElement(cursor, builder);
    }
    if (!cursor.hasError() || builder.isPresentable())
        cursor.addItem(feed, builder.finish());
}

struct ChannelDates
{
    QDateTime lastBuildDate;
    QDateTime pubDate;
    QDateTime dcDate;
};

void readChannelElement(XmlCursor &cursor, Feed &feed, ChannelDates &dates)
{
    const QStringView name = cursor.name();
    if (name == QLatin1String("item")) {
        if (feed.items.size() < cursor.limits().maxItems)
            readItem(cursor, feed);
    } else if (name == QLatin1String("title")) {
        feed.title = htmlToPlainText(cursor.readText());
    } else if (name == QLatin1String("link")) {
        const QUrl link = cursor.resolve(cursor.readText());
        if (feed.link.isEmpty())
            feed.link = link;
    } else if (name == QLatin1String("description")) {
        feed.description = htmlToPlainText(cursor.readText());
    } else if (name == QLatin1String("language")) {
        feed.language = cursor.readText().trimmed();
    } else if (name == QLatin1String("lastBuildDate")) {
        dates.lastBuildDate = parseFeedDate(cursor.readText());
    } else if (name == QLatin1String("pubDate")) {
        dates.pubDate = parseFeedDate(cursor.readText());
    } else if (name == QLatin1String("generator")) {
        feed.generator = cursor.readText().trimmed().left(200);
    }
}

void readChannel(XmlCursor &cursor, Feed &feed)
{
    ChannelDates dates;
    const int depth = cursor.depth();
    while (cursor.nextChild(depth)) {
        const QStringView ns = cursor.namespaceUri();
        if (ns.isEmpty()) {
            readChannelElement(cursor, feed, dates);
        } else if (ns == xmlns::dc && cursor.name() == QLatin1String("date")) {
            dates.dcDate = parseFeedDate(cursor.readText());
        } else if (ns == xmlns::dc && cursor.name() == QLatin1String("language")) {
            if (feed.language.isEmpty())
                feed.language = cursor.readText().trimmed();
        } else if (cursor.is(xmlns::atom, QLatin1String("link")) && feed.link.isEmpty()) {
            const QStringView rel = cursor.attribute(QLatin1String("rel"));
            if (rel.isEmpty() || rel == QLatin1String("alternate"))
                feed.link = cursor.resolve(cursor.attribute(QLatin1String("href")));
        }
    }
    feed.updated = dates.lastBuildDate.isValid() ? dates.lastBuildDate
                   : dates.pubDate.isValid()     ? dates.pubDate
                                                 : dates.dcDate;
}

} // namespace

void readRss2(XmlCursor &cursor, Feed &feed)
{
    const int depth = cursor.depth();
    while (cursor.nextChild(depth)) {
        if (!cursor.namespaceUri().isEmpty())
            continue;
        if (cursor.name() == QLatin1String("channel"))
            readChannel(cursor, feed);
        else if (cursor.name() == QLatin1String("item") // RSS 0.9x habit: items beside the channel
                 && feed.items.size() < cursor.limits().maxItems)
            readItem(cursor, feed);
    }
}

} // namespace ichq
