#pragma once

#include "RefreshTypes.h"
#include "common/DataPaths.h"

#include <QObject>
#include <QThread>

namespace ichq {

class RefreshWorker;

// Runs the refresh pipeline in a thread of its own, with its own database connection and
// network manager (a RefreshSession), so the window never waits for the network, the parser or
// SQLite.
class BackgroundRefresher : public QObject
{
    Q_OBJECT
public:
    explicit BackgroundRefresher(const DataPaths &paths, QObject *parent = nullptr);
    // Cancels a refresh that is running and waits for the thread: what was stored stays.
    ~BackgroundRefresher() override;

    bool isRunning() const { return m_running; }

    // Ignored while a refresh runs (returns false).
    bool refresh(const ichq::RefreshOptions &options);
    // Consent changed: takes effect at once, even in a refresh that is running, so a withdrawal
    // is never undone by a cookie the site sets a moment later. Also read by the next refresh.
    void setPersistentCookies(bool persistent);

signals:
    void started();
    void feedFinished(const ichq::FeedOutcome &outcome);
    void articlesStored();
    void progress(const ichq::RefreshProgress &progress);
    void finished(const ichq::RefreshReport &report);

    void startRequested(const ichq::RefreshOptions &options); // to the worker thread

private:
    QThread m_thread;
    RefreshWorker *m_worker = nullptr;
    bool m_running = false;
};

} // namespace ichq
