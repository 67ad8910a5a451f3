#include "BackgroundRefresher.h"

#include "net/Fetcher.h"
#include "privacy/CookieJar.h"
#include "store/Database.h"
#include "store/ImageCache.h"

#include <QNetworkAccessManager>

namespace ichq {

// Lives in the refresh thread; everything it owns is created there.
class RefreshWorker : public QObject
{
    Q_OBJECT
public:
    explicit RefreshWorker(const DataPaths &paths) : m_paths(paths) {}

    void start(const ichq::RefreshOptions &options)
    {
        if (!ensureOpen()) {
            RefreshReport report;
            for (const QUrl &url : options.feeds) {
                FeedOutcome outcome;
                outcome.url = url;
                outcome.error = m_openError;
                report.feeds << outcome;
            }
            emit finished(report);
            return;
        }
        applyCookiePolicy(options);
        m_refresher->start(options);
    }

    void setPersistentCookies(bool persistent)
    {
        if (m_cookies)
            m_cookies->setPersistent(persistent);
    }

signals:
    void feedFinished(const ichq::FeedOutcome &outcome);
    void imagesProgress(int done, int total);
    void finished(const ichq::RefreshReport &report);

private:
    // Consent may change between refreshes: withdrawal deletes the file at the next one, and
    // acceptance starts keeping what the site sets.
    void applyCookiePolicy(const RefreshOptions &options)
    {
        if (m_cookies && m_cookies->filePath() == options.cookieFile) {
            m_cookies->setPersistent(options.persistentCookies);
            return;
        }
        m_cookies = new CookieJar(options.cookieFile, options.persistentCookies);
        m_manager->setCookieJar(m_cookies); // takes ownership, deletes the jar it had
    }

    bool ensureOpen()
    {
        if (m_refresher)
            return true;
        if (!m_paths.ensureExists(&m_openError) || !m_db.open(m_paths.databaseFile(), &m_openError))
            return false;
        m_manager = new QNetworkAccessManager(this);
        m_fetcher = new Fetcher(m_manager, this);
        m_images = std::make_unique<ImageCache>(m_db, m_paths.imageDir());
        m_refresher = new Refresher(*m_fetcher, m_db, *m_images, this);
        connect(m_refresher, &Refresher::feedFinished, this, &RefreshWorker::feedFinished);
        connect(m_refresher, &Refresher::imagesProgress, this, &RefreshWorker::imagesProgress);
        connect(m_refresher, &Refresher::finished, this, &RefreshWorker::finished);
        return true;
    }

    DataPaths m_paths;
    Database m_db;
    QString m_openError;
    QNetworkAccessManager *m_manager = nullptr;
    CookieJar *m_cookies = nullptr; // owned by m_manager
    Fetcher *m_fetcher = nullptr;
    std::unique_ptr<ImageCache> m_images;
    Refresher *m_refresher = nullptr;
};

BackgroundRefresher::BackgroundRefresher(const DataPaths &paths, QObject *parent)
    : QObject(parent), m_worker(new RefreshWorker(paths))
{
    m_thread.setObjectName(QStringLiteral("ichq-refresh"));
    m_worker->moveToThread(&m_thread);
    connect(&m_thread, &QThread::finished, m_worker, &QObject::deleteLater);
    connect(this, &BackgroundRefresher::startRequested, m_worker, &RefreshWorker::start);
    connect(m_worker, &RefreshWorker::feedFinished, this, &BackgroundRefresher::feedFinished);
    connect(m_worker, &RefreshWorker::imagesProgress, this, &BackgroundRefresher::imagesProgress);
    connect(m_worker, &RefreshWorker::finished, this, [this](const RefreshReport &report) {
        m_running = false;
        emit finished(report);
    });
    m_thread.start();
}

BackgroundRefresher::~BackgroundRefresher()
{
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
