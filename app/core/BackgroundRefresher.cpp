#include "BackgroundRefresher.h"

#include "RefreshSession.h"
#include "store/Database.h"

#include <QElapsedTimer>
#include <QTimer>

#include <optional>
#include <utility>

namespace ichq {

// Lives in the refresh thread; everything it owns is created there.
class RefreshWorker : public QObject
{
    Q_OBJECT
public:
    explicit RefreshWorker(const DataPaths &paths) : m_paths(paths)
    {
        m_progressSlot.setSingleShot(true);
        connect(&m_progressSlot, &QTimer::timeout, this, &RefreshWorker::sendProgress);
    }

    // The store is checked at the first refresh (the reader's start) and before each later one
    // when the check is due; damage is repaired before anything is written.
    void start(const ichq::RefreshOptions &options)
    {
        RepairOutcome repair;
        QString error;
        const bool opened = RefreshSession::openStore(m_db, m_paths, !m_checked, &repair, &error);
        m_checked = m_checked || opened;
        if (!opened) {
            RefreshReport report;
            for (const QUrl &url : options.feeds) {
                FeedOutcome outcome;
                outcome.url = url;
                outcome.error = error;
                report.feeds << outcome;
            }
            report.storeNotice = repair.sentence();
            emit finished(report);
            return;
        }
        ensureSession();
        m_repair = repair;
        m_session->setPersistentCookies(m_persistentCookies);
        m_session->pipeline().start(options);
    }

    void setPersistentCookies(bool persistent)
    {
        m_persistentCookies = persistent;
        if (m_session)
            m_session->setPersistentCookies(persistent);
    }

    void cancel()
    {
        if (m_session)
            m_session->pipeline().cancel();
    }

signals:
    void feedFinished(const ichq::FeedOutcome &outcome);
    void articlesStored();
    void progress(const ichq::RefreshProgress &progress);
    void finished(const ichq::RefreshReport &report);

private:
    void ensureSession()
    {
        if (m_session)
            return;
        m_session = std::make_unique<RefreshSession>(m_paths, m_db, m_persistentCookies);
        RefreshPipeline *pipeline = &m_session->pipeline();
        connect(pipeline, &RefreshPipeline::feedFinished, this, &RefreshWorker::feedFinished);
        connect(pipeline, &RefreshPipeline::articlesStored, this, &RefreshWorker::articlesStored);
        connect(pipeline, &RefreshPipeline::progress, this, &RefreshWorker::relayProgress);
        connect(pipeline, &RefreshPipeline::finished, this, [this](RefreshReport report) {
            sendProgress(); // the last figures before the end
            report.storeNotice = m_repair.sentence();
            report.storeRebuilt = m_repair.rebuilt;
            m_repair = RepairOutcome{};
            emit finished(report);
        });
    }

    // The window needs a few updates a second, not one per photo: each crosses threads and
    // redraws the status bar. The newest figures wait for the next slot.
    void relayProgress(const RefreshProgress &progress)
    {
        m_unsent = progress;
        const qint64 sinceLast = m_lastSent.isValid() ? m_lastSent.elapsed() : kProgressEveryMs;
        if (sinceLast >= kProgressEveryMs)
            sendProgress();
        else if (!m_progressSlot.isActive())
            m_progressSlot.start(int(kProgressEveryMs - sinceLast));
    }

    void sendProgress()
    {
        m_progressSlot.stop();
        if (!m_unsent)
            return;
        m_lastSent.start();
        emit progress(*std::exchange(m_unsent, std::nullopt));
    }

    static constexpr qint64 kProgressEveryMs = 100;
    std::optional<RefreshProgress> m_unsent;
    QElapsedTimer m_lastSent;
    QTimer m_progressSlot{this}; // a child: it moves to the refresh thread with the worker
    DataPaths m_paths;
    bool m_persistentCookies = false;
    RepairOutcome m_repair; // of the refresh that is running
    bool m_checked = false; // the store was checked once in this run of the reader
    // Destroyed in reverse order: the session (and the photo states it batches) before the
    // database connection it writes to.
    Database m_db;
    std::unique_ptr<RefreshSession> m_session;
};

BackgroundRefresher::BackgroundRefresher(const DataPaths &paths, QObject *parent)
    : QObject(parent), m_worker(new RefreshWorker(paths))
{
    m_thread.setObjectName(QStringLiteral("ichq-refresh"));
    m_worker->moveToThread(&m_thread);
    connect(&m_thread, &QThread::finished, m_worker, &QObject::deleteLater);
    connect(this, &BackgroundRefresher::startRequested, m_worker, &RefreshWorker::start);
    connect(m_worker, &RefreshWorker::feedFinished, this, &BackgroundRefresher::feedFinished);
    connect(m_worker, &RefreshWorker::articlesStored, this, &BackgroundRefresher::articlesStored);
    connect(m_worker, &RefreshWorker::progress, this, &BackgroundRefresher::progress);
    connect(m_worker, &RefreshWorker::finished, this, [this](const RefreshReport &report) {
        m_running = false;
        emit finished(report);
    });
    m_thread.start();
}

BackgroundRefresher::~BackgroundRefresher()
{
    // Blocking: the cancel must run before the thread's loop ends, or the pipeline would be
    // destroyed mid-stage.
    QMetaObject::invokeMethod(
        m_worker, [worker = m_worker] { worker->cancel(); }, Qt::BlockingQueuedConnection);
    m_thread.quit();
    m_thread.wait();
}

void BackgroundRefresher::setPersistentCookies(bool persistent)
{
    QMetaObject::invokeMethod(
        m_worker, [worker = m_worker, persistent] { worker->setPersistentCookies(persistent); },
        Qt::QueuedConnection);
}

bool BackgroundRefresher::refresh(const RefreshOptions &options)
{
    if (m_running)
        return false;
    m_running = true;
    emit started();
    emit startRequested(options);
    return true;
}

} // namespace ichq

#include "BackgroundRefresher.moc"
