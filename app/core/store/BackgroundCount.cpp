#include "BackgroundCount.h"

#include "ArticleQueries.h"
#include "Database.h"
#include "common/Logging.h"

namespace ichq {

namespace {

// Lives in the counting thread with the connection it opens there on first use.
class CountWorker : public QObject
{
public:
    explicit CountWorker(const QString &path) : m_path(path) {}

    // -1 when the store cannot be opened.
    int count(const ArticleFilter &filter)
    {
        if (!m_db) {
            m_db = std::make_unique<Database>();
            QString error;
            if (!m_db->open(m_path, &error)) {
                qCWarning(lcStore) << "counting: the store cannot be opened:" << error;
                m_db.reset();
                return -1;
            }
        }
        return ArticleQueries(*m_db).count(filter);
    }

private:
    QString m_path;
    std::unique_ptr<Database> m_db;
};

} // namespace

BackgroundCount::BackgroundCount(const QString &databasePath, QObject *parent)
    : QObject(parent), m_worker(new CountWorker(databasePath)),
      m_newest(std::make_shared<std::atomic<int>>(0))
{
    m_thread.setObjectName(QStringLiteral("ichq-count"));
    m_worker->moveToThread(&m_thread);
    connect(&m_thread, &QThread::finished, m_worker, &QObject::deleteLater);
    m_thread.start();
}

BackgroundCount::~BackgroundCount()
{
    m_newest->store(-1); // requests still queued are skipped
    m_thread.quit();
    m_thread.wait();
}

void BackgroundCount::request(const ArticleFilter &filter)
{
    const int generation = ++m_generation;
    m_newest->store(generation);
    auto *worker = static_cast<CountWorker *>(m_worker);
    QMetaObject::invokeMethod(m_worker, [this, worker, filter, generation, newest = m_newest] {
        if (newest->load() != generation)
            return; // a newer request is queued behind this one
        const int count = worker->count(filter);
        if (count >= 0 && newest->load() == generation) {
            QMetaObject::invokeMethod(
                this, [this, generation, count] { answer(generation, count); },
                Qt::QueuedConnection);
        }
    });
}

void BackgroundCount::answer(int generation, int count)
{
    if (generation == m_generation)
        emit counted(count);
}

} // namespace ichq
