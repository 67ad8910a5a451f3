#include "PreparedArticleStream.h"

#include "ArticlePreparer.h"
#include "common/ThreadPriority.h"

#include <QThread>

#include <algorithm>

namespace ichq {

namespace {

// Small enough that the store starts after a few milliseconds and the cores stay evenly loaded
// to the end, large enough that the hand-over costs nothing next to sanitizing.
constexpr qsizetype kChunkSize = 32;
// Below this a thread costs more than it saves.
constexpr qsizetype kItemsWorthAThread = 64;

} // namespace

PreparedArticleStream::PreparedArticleStream(WholeArticles wholeArticles,
                                             const UserActivity *activity)
    : m_wholeArticles(wholeArticles), m_activity(activity)
{}

PreparedArticleStream::PreparedArticleStream(const QList<FeedItem> &items,
                                             WholeArticles wholeArticles,
                                             const UserActivity *activity)
    : PreparedArticleStream(wholeArticles, activity)
{
    for (const FeedItem &item : items)
        add(item);
    finish();
}

PreparedArticleStream::~PreparedArticleStream()
{
    m_stopping = true;
    {
        const QMutexLocker lock(&m_mutex);
        m_changed.wakeAll();
    }
    for (const auto &worker : m_workers)
        worker->wait();
}

void PreparedArticleStream::add(const FeedItem &item)
{
    m_filling.append(item);
    ++m_itemCount;
    if (m_filling.size() == kChunkSize)
        publishFilling();
}

void PreparedArticleStream::finish()
{
    if (!m_filling.isEmpty())
        publishFilling();
    const QMutexLocker lock(&m_mutex);
    m_finished = true;
    m_changed.wakeAll();
}

void PreparedArticleStream::publishFilling()
{
    {
        const QMutexLocker lock(&m_mutex);
        m_chunks.push_back({std::move(m_filling), {}, false});
        m_changed.wakeAll();
    }
    m_filling = {};
    if (m_workers.empty() && m_itemCount >= kItemsWorthAThread)
        startWorkers();
}

void PreparedArticleStream::startWorkers()
{
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

void PreparedArticleStream::prepareChunk(Chunk *chunk)
{
    QList<PreparedArticle> prepared;
    prepared.reserve(chunk->items.size());
    for (const FeedItem &item : std::as_const(chunk->items)) {
        if (m_stopping)
            break;
        prepared << ArticlePreparer::prepare(item, m_wholeArticles);
    }
    const QMutexLocker lock(&m_mutex);
    chunk->prepared = std::move(prepared);
    chunk->items = {};
    chunk->ready = true;
    m_changed.wakeAll();
}

void PreparedArticleStream::work()
{
    YieldPoint yield(m_activity, &m_stopping);
    // A claimed chunk is always prepared and published: next() may be waiting for it.
    for (;;) {
        yield.pauseIfDue();
        Chunk *chunk = nullptr;
        {
            QMutexLocker lock(&m_mutex);
            while (!m_stopping && !m_finished && m_nextToClaim >= qsizetype(m_chunks.size()))
                m_changed.wait(&m_mutex);
            if (m_stopping || m_nextToClaim >= qsizetype(m_chunks.size()))
                return;
            chunk = &m_chunks[size_t(m_nextToClaim++)];
        }
        prepareChunk(chunk);
    }
}

qsizetype PreparedArticleStream::readyChunks() const
{
    const QMutexLocker lock(&m_mutex);
    return std::count_if(m_chunks.cbegin() + m_nextToHandOut, m_chunks.cend(),
                         [](const Chunk &chunk) { return chunk.ready; });
}

bool PreparedArticleStream::next(QList<PreparedArticle> *chunk)
{
    Q_ASSERT(m_finished);
    // Only this thread adds chunks, so their count needs no lock here.
    if (m_nextToHandOut >= qsizetype(m_chunks.size()))
        return false;
    const qsizetype index = m_nextToHandOut++;
    QMutexLocker lock(&m_mutex);
    Chunk *const wanted = &m_chunks[size_t(index)];
    while (!wanted->ready) {
        // Not claimed yet (no workers, or they are pausing for the user): the caller prepares
        // it, rather than waiting with the store's transaction open. The chunks before it were
        // handed out already, so only this one can be the next unclaimed.
        if (m_nextToClaim == index) {
            ++m_nextToClaim;
            lock.unlock();
            prepareChunk(wanted);
            lock.relock();
        } else {
            m_changed.wait(&m_mutex); // a worker is preparing it, without pausing
        }
    }
    *chunk = std::move(wanted->prepared);
    wanted->prepared = {};
    return true;
}

} // namespace ichq
