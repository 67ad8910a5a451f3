#pragma once

#include <QObject>
#include <QThread>

#include <functional>
#include <memory>

namespace ichq {

class Database;

// Reads the store for the window in a thread and on a connection of its own: listing thousands
// of rows after a refresh, counting sections or the matches of a search over a large store
// must not hold up input and painting. Under each key a request still queued when a newer one
// comes is skipped, and an answer older than one already delivered is dropped.
class StoreReader : public QObject
{
    Q_OBJECT
public:
    explicit StoreReader(const QString &databasePath, QObject *parent = nullptr);
    ~StoreReader() override; // waits for a read under way

    // `work` runs in the reader's thread; `done` gets its result in this object's thread, unless
    // `context` (which lives in that thread too) is gone by then. Keys are the caller's: requests
    // under one key replace each other, so two users of one reader keep their keys apart.
    template <typename Result>
    void read(int key, std::function<Result(Database &)> work, QObject *context,
              std::function<void(Result)> done)
    {
        post(key, context, [work = std::move(work), done = std::move(done)](Database &db) {
            return std::function<void()>([done, result = work(db)] { done(result); });
        });
    }

    // A key no other user of this reader has.
    int newKey();
    // The store's file was replaced (a damaged store rebuilt): the next read opens it again.
    void reopen();
    // Answers to what was asked so far under `key` are not wanted any more (the caller read
    // the store itself, or asks about something else now): they are skipped or dropped.
    void drop(int key);

private:
    using Job = std::function<std::function<void()>(Database &)>;
    struct Requests; // shared with the queued work, which may outlive neither side
    void post(int key, QObject *context, Job job);

    QThread m_thread;
    QObject *m_worker;
    std::shared_ptr<Requests> m_requests;
};

} // namespace ichq
