#pragma once

#include "feed/FeedParser.h"

#include <QDateTime>
#include <QObject>
#include <QPointer>
#include <QUrl>

namespace ichq {

class Database;
class Fetcher;
class ImageCache;
class ImageFetcher;
struct FetchResult;

struct RefreshOptions
{
    QList<QUrl> feeds;
    bool fetchImages = true;
    // Automatic refreshes wait longer after each failure; one the user asked for does not.
    // A server's Retry-After is always honoured.
    bool backOffAfterFailures = false;
    FeedLimits limits;
    // The site's cookies: kept in cookieFile only after the user accepted cookies
    // (ConsentState); otherwise in memory, gone at exit. An empty cookieFile keeps them in memory.
    bool persistentCookies = false;
    QString cookieFile;
};

struct FeedOutcome
{
    QUrl url;
    bool ok = false;
    bool notModified = false;
    QString error;            // for a person; may be set with ok == false and some articles stored
    bool unreachable = false; // no answer from the server at all: a sign of being offline
    int added = 0;
    int updated = 0;
    int unchanged = 0;
};

struct RefreshReport
{
    QList<FeedOutcome> feeds;
    int added = 0;
    int updated = 0;
    int unchanged = 0;
    int imagesFetched = 0;
    int imagesFailed = 0;

    bool allSucceeded() const;
    int notModifiedFeeds() const;
    QString summaryLine() const; // one line for a person, translated
};

// fetch -> parse -> sanitize -> store (one transaction per feed) -> image prefetch.
// Lives in one thread with the Database it was given.
class Refresher : public QObject
{
    Q_OBJECT
public:
    Refresher(Fetcher &fetcher, Database &database, ImageCache &images, QObject *parent = nullptr);
    ~Refresher() override;

    void start(const RefreshOptions &options);
    bool isRunning() const { return m_running; }

    // When the feed may be asked again; invalid when it may be asked now.
    static QDateTime notBefore(const struct FeedState &state, bool backOffAfterFailures);

signals:
    void feedFinished(const ichq::FeedOutcome &outcome);
    void imagesProgress(int done, int total);
    void finished(const ichq::RefreshReport &report);

private:
    void fetchFeed(const QUrl &url);
    FeedOutcome handleFeed(const QUrl &url, const FetchResult &result);
    void feedDone(const FeedOutcome &outcome);
    void startImages();
    void finish(int imagesFetched, int imagesFailed);

    Fetcher &m_fetcher;
    Database &m_db;
    ImageCache &m_images;
    ImageFetcher *m_imageFetcher = nullptr;
    RefreshOptions m_options;
    RefreshReport m_report;
    int m_pendingFeeds = 0;
    bool m_running = false;
};

} // namespace ichq
