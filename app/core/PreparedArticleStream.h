#pragma once

#include "RefreshTypes.h"
#include "common/UserActivity.h"
#include "feed/FeedTypes.h"
#include "store/StoreTypes.h"

#include <QMutex>
#include <QWaitCondition>

#include <atomic>
#include <memory>
#include <vector>

class QThread;

namespace ichq {

// Prepares a feed's items (ArticlePreparer::prepare) on worker threads, a chunk at a time, and
// hands the chunks out in feed order: the store writes one chunk on its thread while the next
// ones are sanitized on the other cores, instead of waiting for the whole feed first.
// The workers run below the window's priority. Small feeds are prepared on the caller's thread,
// and so is any chunk the workers have not started when the caller asks for it.
class PreparedArticleStream
{
public:
    // With an activity, the workers pause between chunks while the user acts (YieldPoint).
    PreparedArticleStream(QList<FeedItem> items, WholeArticles wholeArticles,
                          const UserActivity *activity = nullptr);
    ~PreparedArticleStream(); // stops the workers after their current item
    PreparedArticleStream(const PreparedArticleStream &) = delete;
    PreparedArticleStream &operator=(const PreparedArticleStream &) = delete;

    // The next chunk in feed order, waiting until it is ready; false once all were handed out.
    bool next(QList<PreparedArticle> *chunk);

private:
    void work();
    void prepareChunk(qsizetype chunk); // and publishes it

    const QList<FeedItem> m_items;
    const WholeArticles m_wholeArticles;
    const UserActivity *const m_activity;
    const qsizetype m_chunkCount;
    std::vector<QList<PreparedArticle>> m_chunks;
    std::vector<bool> m_ready; // guarded by m_mutex
    qsizetype m_nextToHandOut = 0;
    std::atomic<qsizetype> m_nextToPrepare{0};
    std::atomic<bool> m_stopping{false};
    QMutex m_mutex;
    QWaitCondition m_chunkReady;
    std::vector<std::unique_ptr<QThread>> m_workers;
};

} // namespace ichq
