#pragma once

#include "StoreTypes.h"

namespace ichq {

class Database;

// The whole-articles side of the store: which pages to download, and what came of them.
// Every write is one short transaction, so a crash never leaves half a page.
class PageStore
{
public:
    explicit PageStore(Database &database);

    // A page that failed this often is not tried again until its feed entry changes.
    static constexpr int kMaxAttempts = 4;

    // Pages wanted or failed (and due) of these feeds' articles (empty: every feed), newest first.
    QList<PageRequest> due(const QList<QUrl> &feeds, int limit) const;

    bool store(qint64 articleId, const StoredPage &page);
    // The server said 304: the copy we have is current.
    bool markNotModified(qint64 articleId);
    // permanent: no story to find, or the page is gone (404/410): not tried again.
    bool markFailed(qint64 articleId, bool permanent, const QDateTime &notBefore = {});
    // The server asked us to wait (Retry-After): not a failure of the page.
    bool defer(qint64 articleId, const QDateTime &notBefore);

private:
    bool addImages(qint64 articleId, const QList<QUrl> &imageUrls);
    bool relinkImages(qint64 articleId, const QStringList &keys);

    Database &m_db;
};

} // namespace ichq
