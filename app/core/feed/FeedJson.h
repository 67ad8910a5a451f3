#pragma once

#include "FeedTypes.h"

#include <QByteArray>
#include <QJsonObject>

#include <functional>

namespace ichq {

// Which images to list for an item. The CLI passes the sanitizer's image list; when empty,
// FeedItem::mediaImages is used.
using FeedItemImages = std::function<QList<QUrl>(const FeedItem &)>;

// The JSON of `ichongqing-reader --parse` and of the parser's golden files:
// {"format", "title", "link", "description", "language", "updated", "error",
//  "items": [{"id", "title", "link", "published", "updated", "authors", "categories",
//             "summary", "content", "enclosures": [{"url", "type", "length"}], "images"}]}
// Text fields are "" when missing; link, dates ("YYYY-MM-DDTHH:MM:SSZ"), error and enclosure
// length are null when missing. Keys come out sorted (QJsonObject).
QJsonObject feedToJsonObject(const Feed &feed, const FeedItemImages &imagesOf = {});
QByteArray feedToJson(const Feed &feed, const FeedItemImages &imagesOf = {}); // indented

} // namespace ichq
