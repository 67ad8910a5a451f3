#pragma once

#include "StoreTypes.h"

#include <QObject>
#include <QThread>

#include <atomic>
#include <memory>

namespace ichq {

// Counts the articles a filter matches, in a thread and on a connection of its own: the exact
// number of matches of a search over a large store takes up to a second, which the window must
// not wait for. Only the newest request is answered; older ones are skipped or dropped.
class BackgroundCount : public QObject
{
    Q_OBJECT
public:
    explicit BackgroundCount(const QString &databasePath, QObject *parent = nullptr);
    ~BackgroundCount() override; // waits for a count under way (at most about a second)

    void request(const ArticleFilter &filter);

signals:
    void counted(int count); // for the newest request

private:
    void answer(int generation, int count);

    QThread m_thread;
    QObject *m_worker;
    std::shared_ptr<std::atomic<int>> m_newest;
    int m_generation = 0;
};

} // namespace ichq
