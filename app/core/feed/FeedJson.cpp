#include "FeedJson.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace ichq {

namespace {

QJsonValue urlValue(const QUrl &url)
{
    return url.isEmpty() ? QJsonValue(QJsonValue::Null)
                         : QJsonValue(url.toString(QUrl::FullyEncoded));
}

QJsonValue dateValue(const QDateTime &date)
{
    return date.isValid() ? QJsonValue(date.toUTC().toString(Qt::ISODate))
                          : QJsonValue(QJsonValue::Null);
}

QJsonArray urlArray(const QList<QUrl> &urls)
{
    QJsonArray array;
    for (const QUrl &url : urls)
        array.append(url.toString(QUrl::FullyEncoded));
    return array;
}

QJsonObject enclosureToJson(const Enclosure &enclosure)
{
    QJsonObject object;
    object.insert(QLatin1String("url"), urlValue(enclosure.url));
    object.insert(QLatin1String("type"), enclosure.type);
    object.insert(QLatin1String("length"), enclosure.length >= 0
                                               ? QJsonValue(double(enclosure.length))
                                               : QJsonValue(QJsonValue::Null));
    return object;
}

QJsonObject itemToJson(const FeedItem &item, const QList<QUrl> &images)
{
    QJsonArray enclosures;
    for (const Enclosure &enclosure : item.enclosures)
        enclosures.append(enclosureToJson(enclosure));
    QJsonObject object;
    object.insert(QLatin1String("id"), item.id);
    object.insert(QLatin1String("title"), item.title);
    object.insert(QLatin1String("link"), urlValue(item.link));
    object.insert(QLatin1String("published"), dateValue(item.published));
    object.insert(QLatin1String("updated"), dateValue(item.updated));
    object.insert(QLatin1String("authors"), QJsonArray::fromStringList(item.authors));
    object.insert(QLatin1String("categories"), QJsonArray::fromStringList(item.categories));
    object.insert(QLatin1String("summary"), item.summary);
    object.insert(QLatin1String("content"), item.content);
    object.insert(QLatin1String("enclosures"), enclosures);
    object.insert(QLatin1String("images"), urlArray(images));
    return object;
}

} // namespace

QJsonObject feedToJsonObject(const Feed &feed, const FeedItemImages &imagesOf)
{
    QJsonArray items;
    for (const FeedItem &item : feed.items)
        items.append(itemToJson(item, imagesOf ? imagesOf(item) : item.mediaImages));
    QJsonObject object;
    object.insert(QLatin1String("format"), feedFormatName(feed.format));
    object.insert(QLatin1String("title"), feed.title);
    object.insert(QLatin1String("link"), urlValue(feed.link));
    object.insert(QLatin1String("description"), feed.description);
    object.insert(QLatin1String("language"), feed.language);
    object.insert(QLatin1String("updated"), dateValue(feed.updated));
    object.insert(QLatin1String("error"),
                  feed.error.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(feed.error));
    object.insert(QLatin1String("items"), items);
    return object;
}

QByteArray feedToJson(const Feed &feed, const FeedItemImages &imagesOf)
{
    return QJsonDocument(feedToJsonObject(feed, imagesOf)).toJson(QJsonDocument::Indented);
}

} // namespace ichq
