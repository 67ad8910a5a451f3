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
      m_chunkSize(kChunkSize), m_chunkCount((m_items.size() + kChunkSize - 1) / kChunkSize),
      m_chunks(m_chunkCount), m_ready(m_chunkCount, false)
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

PreparedArticle PreparedArticleStream::prepare(qsizetype index) const
{
    return ArticlePreparer::prepare(m_items.at(index), m_wholeArticles);
}

void PreparedArticleStream::work()
{
    while (!m_stopping) {
        yieldToUser(m_activity);
        const qsizetype chunk = m_nextToPrepare++;
        if (chunk >= m_chunkCount)
            return;
        QList<PreparedArticle> prepared;
        const qsizetype first = chunk * m_chunkSize;
        const qsizetype last = qMin(first + m_chunkSize, m_items.size());
        prepared.reserve(last - first);
        for (qsizetype i = first; i < last && !m_stopping; ++i)
            prepared << prepare(i);
        const QMutexLocker lock(&m_mutex);
        m_chunks[size_t(chunk)] = std::move(prepared);
        m_ready[size_t(chunk)] = true;
        m_chunkReady.wakeAll();
    }
}

bool PreparedArticleStream::next(QList<PreparedArticle> *chunk)
{
    if (m_nextToHandOut >= m_chunkCount)
        return false;
    const auto index = size_t(m_nextToHandOut++);
    if (m_workers.empty()) {
        chunk->clear();
        const qsizetype first = qsizetype(index) * m_chunkSize;
        for (qsizetype i = first; i < qMin(first + m_chunkSize, m_items.size()); ++i)
            *chunk << prepare(i);
        return true;
    }
    QMutexLocker lock(&m_mutex);
    while (!m_ready[index])
        m_chunkReady.wait(&m_mutex);
    *chunk = std::move(m_chunks[index]);
    m_chunks[index] = {};
    return true;
}

} // namespace ichq
