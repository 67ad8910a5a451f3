#include "PreparedArticleStream.h"

#include "ArticlePreparer.h"
#include "common/ThreadPriority.h"

#include <QThread>

namespace ichq {

namespace {

// Small enough that the store starts after a few milliseconds and the cores stay evenly loaded
// to the end, large enough that the hand-over costs nothing next to sanitizing.
constexpr qsizetype kChunkSize = 32;
// Below this a thread costs more than it saves.
constexpr qsizetype kItemsWorthAThread = 64;

} // namespace

PreparedArticleStream::PreparedArticleStream(QList<FeedItem> items, WholeArticles wholeArticles,
                                             const UserActivity *activity)
    : m_items(std::move(items)), m_wholeArticles(wholeArticles), m_activity(activity),
      m_chunkCount((m_items.size() + kChunkSize - 1) / kChunkSize), m_chunks(m_chunkCount),
      m_ready(m_chunkCount, false)
{
    if (m_items.size() < kItemsWorthAThread)
        return;
    // As many workers as cores: they are niced, so the store's thread and the window still get
    // a core whenever they want one.
    const int workers = qMax(1, QThread::idealThreadCount());
    for (int i = 0; i < workers; ++i) {
        m_workers.emplace_back(QThread::create([this] {
            lowerCurrentThreadPriority();
            work();
        }));
        m_workers.back()->start();
    }
}

PreparedArticleStream::~PreparedArticleStream()
{
    m_stopping = true;
    for (const auto &worker : m_workers)
        worker->wait();
}

void PreparedArticleStream::prepareChunk(qsizetype chunk)
{
    QList<PreparedArticle> prepared;
    const qsizetype first = chunk * kChunkSize;
    const qsizetype last = qMin(first + kChunkSize, m_items.size());
    prepared.reserve(last - first);
    for (qsizetype i = first; i < last && !m_stopping; ++i)
        prepared << ArticlePreparer::prepare(m_items.at(i), m_wholeArticles);
    const QMutexLocker lock(&m_mutex);
    m_chunks[size_t(chunk)] = std::move(prepared);
    m_ready[size_t(chunk)] = true;
    m_chunkReady.wakeAll();
}

void PreparedArticleStream::work()
{
    YieldPoint yield(m_activity, &m_stopping);
    // A claimed chunk is always prepared and published: next() may be waiting for it.
    while (!m_stopping && m_nextToPrepare.load() < m_chunkCount) {
        yield.pauseIfDue();
        const qsizetype chunk = m_nextToPrepare++;
        if (chunk >= m_chunkCount)
            return;
        prepareChunk(chunk);
    }
}

bool PreparedArticleStream::next(QList<PreparedArticle> *chunk)
{
    if (m_nextToHandOut >= m_chunkCount)
        return false;
    const qsizetype index = m_nextToHandOut++;
    QMutexLocker lock(&m_mutex);
    while (!m_ready[size_t(index)]) {
        // Not claimed yet (no workers, or they are pausing for the user): the caller prepares
        // it, rather than waiting with the store's transaction open. The chunks before it were
        // handed out already, so only this one can be the next unclaimed.
        qsizetype unclaimed = index;
        lock.unlock();
        const bool claimed = m_nextToPrepare.compare_exchange_strong(unclaimed, index + 1);
        if (claimed)
            prepareChunk(index);
        lock.relock();
        if (!claimed && !m_ready[size_t(index)])
            m_chunkReady.wait(&m_mutex); // a worker is preparing it, without pausing
    }
    *chunk = std::move(m_chunks[size_t(index)]);
    m_chunks[size_t(index)] = {};
    return true;
}

} // namespace ichq
