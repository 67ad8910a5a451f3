#pragma once

#include "StoreTypes.h"

namespace ichq {

class Database;

// Per-feed fetch state: validators for conditional GET, the last outcome, back-off.
class FeedStateStore
{
public:
    explicit FeedStateStore(Database &database);

    FeedState state(const QUrl &feedUrl) const; // id 0 when the feed was never stored
    QList<FeedState> all() const;
    bool recordSuccess(const QUrl &feedUrl, const QByteArray &etag, const QByteArray &lastModified);
    bool recordFailure(const QUrl &feedUrl, const QString &error, const QDateTime &retryAfter);

private:
    bool ensureRow(const QUrl &feedUrl);
    Database &m_db;
};

} // namespace ichq
