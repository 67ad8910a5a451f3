#pragma once

#include "RefreshTypes.h"
#include "common/UserActivity.h"
#include "feed/FeedTypes.h"
#include "store/StoreTypes.h"

#include <QMutex>
#include <QWaitCondition>

#include <atomic>
#include <deque>
#include <memory>
#include <vector>

class QThread;

namespace ichq {

// Prepares a feed's items (ArticlePreparer::prepare) on worker threads, a chunk at a time, and
// hands the chunks out in feed order: the store writes one chunk on its thread while the next
// ones are sanitized on the other cores, instead of waiting for the whole feed first.
// Items may be added while the feed is still being parsed (FeedParser's sink): the workers start
// on the first chunks while the parse goes on, on the core it leaves idle.
// The workers run below the window's priority. Small feeds are prepared on the caller's thread,
// and so is any chunk the workers have not started when the caller asks for it.
class PreparedArticleStream
{
public:
    // With an activity, the workers pause between chunks while the user acts (YieldPoint).
    explicit PreparedArticleStream(WholeArticles wholeArticles,
                                   const UserActivity *activity = nullptr);
    // All the items at once: add() each, then finish().
    PreparedArticleStream(const QList<FeedItem> &items, WholeArticles wholeArticles,
                          const UserActivity *activity = nullptr);
    ~PreparedArticleStream(); // stops the workers after their current item
    PreparedArticleStream(const PreparedArticleStream &) = delete;
    PreparedArticleStream &operator=(const PreparedArticleStream &) = delete;

    // From the thread that calls next(), before finish().
    void add(const FeedItem &item);
    void finish(); // no more items
    qsizetype itemCount() const { return m_itemCount; }
    // Chunks prepared and not handed out yet.
    qsizetype readyChunks() const;

    // The next chunk in feed order, waiting until it is ready; false once all were handed out.
    // Only after finish().
    bool next(QList<PreparedArticle> *chunk);

private:
    struct Chunk
    {
        QList<FeedItem> items;
        QList<PreparedArticle> prepared;
        bool ready = false; // guarded by m_mutex
    };
    void publishFilling();
    void startWorkers();
    void work();
    void prepareChunk(Chunk *chunk); // and publishes it

    const WholeArticles m_wholeArticles;
    const UserActivity *const m_activity;
    QList<FeedItem> m_filling; // the chunk add() is filling; the caller's thread only
    qsizetype m_itemCount = 0;
    // Grown by the caller's thread under m_mutex; a deque, so a worker's Chunk pointer stays valid.
    std::deque<Chunk> m_chunks;
    qsizetype m_nextToClaim = 0; // guarded by m_mutex
    qsizetype m_nextToHandOut = 0;
    bool m_finished = false; // guarded by m_mutex
    std::atomic<bool> m_stopping{false};
    mutable QMutex m_mutex;
    QWaitCondition m_changed;
    std::vector<std::unique_ptr<QThread>> m_workers;
};

} // namespace ichq
