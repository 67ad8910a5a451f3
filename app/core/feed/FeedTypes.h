#pragma once

#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>
#include <QUrl>

namespace ichq {

// Plain values: what a feed said, before anything was sanitized or stored.

struct Enclosure
{
    QUrl url;
    QString type;
    qint64 length = -1; // -1 when the feed did not say
};

struct FeedItem
{
    QString id; // guid / atom:id / rdf:about, as the feed gave it (may be empty)
    bool idIsPermaLink =
        false;           // RSS 2.0 guid isPermaLink (defaults to true per spec when a guid exists)
    QString title;       // plain text: entities decoded, markup removed
    QUrl link;           // absolute
    QDateTime published; // UTC, invalid when absent or unparseable
    QDateTime updated;   // UTC, invalid when absent or unparseable
    QStringList authors; // plain text names (dc:creator, author, atom:author/name)
    QStringList categories;      // plain text, in feed order, without duplicates
    QString summary;             // HTML as carried by the feed (description, atom:summary)
    QString content;             // HTML as carried by the feed (content:encoded, atom:content)
    QUrl contentBase;            // base URL in effect for summary/content (xml:base or feed URL)
    QList<Enclosure> enclosures; // absolute URLs
    QList<QUrl> mediaImages;     // absolute: media:content/media:thumbnail images, image enclosures
};

enum class FeedFormat { Unknown, Rss20, Rss10, Atom10 };

struct Feed
{
    FeedFormat format = FeedFormat::Unknown;
    QString title;
    QUrl link;
    QString description;
    QString language;
    QDateTime updated; // UTC
    // What made the feed, e.g. "https://wordpress.org/?v=6.7" (WordPress serves older posts
    // at ?paged=N); plain text, at most 200 characters.
    QString generator;
    QList<FeedItem> items;
    // Empty when the document was read to its end; otherwise "line L, column C: message".
    // Items read before the error are kept.
    QString error;

    bool isUsable() const { return format != FeedFormat::Unknown; }
    bool isWordPress() const
    {
        return generator.contains(QLatin1String("wordpress"), Qt::CaseInsensitive);
    }
};

QString feedFormatName(FeedFormat format); // "rss2.0", "rss1.0", "atom1.0", "" for Unknown

} // namespace ichq
