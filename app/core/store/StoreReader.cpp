#include "StoreReader.h"

#include "Database.h"
#include "common/Logging.h"

#include <QHash>
#include <QMutex>
#include <QPointer>

#include <utility>

namespace ichq {

namespace {

// Lives in the reader's thread with the connection it opens there on first use.
class ReadWorker : public QObject
{
public:
    explicit ReadWorker(const QString &path) : m_path(path) {}

    Database *database(bool reopen)
    {
        if (reopen)
            m_db.reset();
        if (!m_db) {
            auto db = std::make_unique<Database>();
            QString error;
            if (!db->open(m_path, &error)) {
                qCWarning(lcStore) << "the window's reader cannot open the store:" << error;
                return nullptr;
            }
            m_db = std::move(db);
        }
        return m_db.get();
    }

private:
    QString m_path;
    std::unique_ptr<Database> m_db;
};

} // namespace

struct StoreReader::Requests
{
    bool isNewest(int key, int generation)
    {
        QMutexLocker lock(&mutex);
        return !closing && newest.value(key) == generation;
    }

    // An answer is delivered unless a newer one was: under a stream of requests (a page stored
    // every few hundred ms) answers keep arriving instead of each being overtaken.
    bool deliver(int key, int generation)
    {
        QMutexLocker lock(&mutex);
        if (closing || delivered.value(key) >= generation)
            return false;
        delivered.insert(key, generation);
        return true;
    }

    bool takeReopen()
    {
        QMutexLocker lock(&mutex);
        return std::exchange(reopen, false);
    }

    QMutex mutex;
    QHash<int, int> newest;    // the generation of the newest request under each key
    QHash<int, int> delivered; // and of the newest answer delivered
    int keys = 0;
    bool closing = false;
    bool reopen = false; // the store's file was replaced: open it again before the next read
};

StoreReader::StoreReader(const QString &databasePath, QObject *parent)
    : QObject(parent), m_worker(new ReadWorker(databasePath)),
      m_requests(std::make_shared<Requests>())
{
    m_thread.setObjectName(QStringLiteral("ichq-reader"));
    m_worker->moveToThread(&m_thread);
    connect(&m_thread, &QThread::finished, m_worker, &QObject::deleteLater);
    m_thread.start();
}

StoreReader::~StoreReader()
{
    {
        QMutexLocker lock(&m_requests->mutex);
        m_requests->closing = true; // what is still queued is skipped, answers are dropped
    }
    m_thread.quit();
    m_thread.wait();
}

int StoreReader::newKey()
{
    QMutexLocker lock(&m_requests->mutex);
    return ++m_requests->keys;
}

void StoreReader::reopen()
{
    QMutexLocker lock(&m_requests->mutex);
    m_requests->reopen = true;
}

void StoreReader::drop(int key)
{
    QMutexLocker lock(&m_requests->mutex);
    // A generation no request has: everything older is skipped, and nothing older delivered.
    m_requests->delivered[key] = ++m_requests->newest[key];
}

void StoreReader::post(int key, QObject *context, Job job)
{
    int generation = 0;
    {
        QMutexLocker lock(&m_requests->mutex);
        generation = ++m_requests->newest[key];
    }
    auto *worker = static_cast<ReadWorker *>(m_worker);
    QPointer<QObject> answerTo(context); // read only in this thread, where the context lives
    QMetaObject::invokeMethod(m_worker, [this, requests = m_requests, worker, key, generation,
                                         answerTo, job = std::move(job)] {
        if (!requests->isNewest(key, generation))
            return; // a newer request is queued behind this one
        Database *db = worker->database(requests->takeReopen());
        if (!db)
            return;
        std::function<void()> deliver = job(*db);
        // To this object, which waits for this thread in its destructor, so it is alive
        // now; the answer is dropped if it or the context is gone when the event arrives.
        QMetaObject::invokeMethod(
            this,
            [requests, key, generation, answerTo, deliver = std::move(deliver)] {
                if (answerTo && requests->deliver(key, generation))
                    deliver();
            },
            Qt::QueuedConnection);
    });
}

} // namespace ichq
