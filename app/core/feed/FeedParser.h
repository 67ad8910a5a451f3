#pragma once

#include "FeedTypes.h"

#include <QByteArray>
#include <QUrl>

#include <functional>

namespace ichq {

struct FeedLimits
{
    qint64 maxDocumentBytes = 20 * 1024 * 1024;
    int maxItems = 10000;
    int maxFieldChars = 1024 * 1024;
};

// Each item as soon as it is read, before the rest of the document: a refresh sanitizes the
// first items on other cores while the parse goes on. The item is also in the Feed returned.
using FeedItemSink = std::function<void(const FeedItem &)>;

// Turns the bytes of an RSS 0.9x/2.0, RSS 1.0/RDF or Atom 1.0/0.3 document into a Feed.
// Streaming (QXmlStreamReader), no DTD processing, bounded by FeedLimits. Never throws;
// a document that is not a feed gives format Unknown and an error message.
class FeedParser
{
public:
    static Feed parse(const QByteArray &bytes, const QUrl &documentUrl,
                      const FeedLimits &limits = {}, const FeedItemSink &sink = {});
};

} // namespace ichq
