#include "Refresher.h"

#include "ArticlePreparer.h"
#include "ImageFetcher.h"
#include "common/Logging.h"
#include "net/Fetcher.h"
#include "store/ArticleStore.h"
#include "store/Database.h"
#include "store/FeedStateStore.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QLocale>
#include <QTimer>

namespace ichq {

namespace {

FeedInfo feedInfoOf(const Feed &feed)
{
    return FeedInfo{feed.title, feed.link, feed.description, feed.language};
}

} // namespace

bool RefreshReport::allSucceeded() const
{
    return std::all_of(feeds.cbegin(), feeds.cend(), [](const FeedOutcome &f) { return f.ok; });
}

int RefreshReport::notModifiedFeeds() const
{
    return int(std::count_if(feeds.cbegin(), feeds.cend(),
                             [](const FeedOutcome &f) { return f.notModified; }));
}

QString RefreshReport::summaryLine() const
{
    return QCoreApplication::translate(
               "Refresher", "feeds: %1 (not modified: %2, failed: %3), new: %4, updated: %5, "
                            "unchanged: %6, images fetched: %7, images failed: %8")
        .arg(feeds.size())
        .arg(notModifiedFeeds())
        .arg(
            std::count_if(feeds.cbegin(), feeds.cend(), [](const FeedOutcome &f) { return !f.ok; }))
        .arg(added)
        .arg(updated)
        .arg(unchanged)
        .arg(imagesFetched)
        .arg(imagesFailed);
}

Refresher::Refresher(Fetcher &fetcher, Database &database, ImageCache &images, QObject *parent)
    : QObject(parent), m_fetcher(fetcher), m_db(database), m_images(images)
{}

Refresher::~Refresher() = default;

QDateTime Refresher::notBefore(const FeedState &state, bool backOffAfterFailures)
{
    QDateTime earliest;
    if (state.retryAfter.isValid())
        earliest = state.retryAfter;
    if (backOffAfterFailures && state.failures > 0 && state.lastAttempt.isValid()) {
        // 1, 2, 4 ... minutes, at most six hours.
        const qint64 minutes = qMin<qint64>(qint64(1) << qMin(state.failures - 1, 9), 360);
        const QDateTime backOff = state.lastAttempt.addSecs(minutes * 60);
        if (!earliest.isValid() || backOff > earliest)
            earliest = backOff;
    }
    return earliest.isValid() && earliest > QDateTime::currentDateTimeUtc() ? earliest
                                                                            : QDateTime();
}

void Refresher::start(const RefreshOptions &options)
{
    if (m_running)
        return;
    m_running = true;
    m_options = options;
    m_report = RefreshReport{};
    m_pendingFeeds = int(options.feeds.size());
    if (m_pendingFeeds == 0) {
        QTimer::singleShot(0, this, [this] { startImages(); });
        return;
    }
    for (const QUrl &url : options.feeds)
        fetchFeed(url);
}

void Refresher::fetchFeed(const QUrl &url)
{
    FeedStateStore states(m_db);
    const FeedState state = states.state(url);
    const QDateTime wait = notBefore(state, m_options.backOffAfterFailures);
    if (wait.isValid()) {
        FeedOutcome outcome;
        outcome.url = url;
        outcome.error = tr("The server asked us to wait; the next try is after %1.")
                            .arg(QLocale().toString(wait.toLocalTime(), QLocale::ShortFormat));
        QTimer::singleShot(0, this, [this, outcome] { feedDone(outcome); });
        return;
    }
    FetchRequest request;
    request.url = url;
    request.etag = state.etag;
    request.lastModified = state.lastModified;
    request.maxBytes = m_options.limits.maxDocumentBytes;
    request.accept = "application/rss+xml, application/atom+xml, application/rdf+xml;q=0.9, "
                     "application/xml;q=0.8, text/xml;q=0.8, */*;q=0.5";
    m_fetcher.fetch(request, this,
                    [this, url](const FetchResult &result) { feedDone(handleFeed(url, result)); });
}

FeedOutcome Refresher::handleFeed(const QUrl &url, const FetchResult &result)
{
    FeedOutcome outcome;
    outcome.url = url;
    FeedStateStore states(m_db);
    if (result.status == FetchResult::Status::NotModified) {
        outcome.ok = outcome.notModified = true;
        states.recordSuccess(url, result.etag, result.lastModified);
        return outcome;
    }
    if (!result.ok()) {
        outcome.error = result.errorMessage;
        outcome.unreachable = result.error == FetchResult::Error::Network ||
                              result.error == FetchResult::Error::Timeout ||
                              result.error == FetchResult::Error::Deadline;
        states.recordFailure(url, result.errorMessage, result.retryAfter);
        return outcome;
    }
    QElapsedTimer timer;
    timer.start();
    Feed feed = FeedParser::parse(result.body, result.finalUrl.isValid() ? result.finalUrl : url,
                                  m_options.limits);
    if (!feed.isUsable()) {
        // Nothing readable: the articles stored before stay exactly as they were.
        outcome.error =
            feed.error.isEmpty() ? tr("The answer is not an RSS or Atom feed.") : feed.error;
        states.recordFailure(url, outcome.error, {});
        return outcome;
    }
    const qint64 parsedMs = timer.restart();
    const QList<PreparedArticle> articles = ArticlePreparer::prepareAll(feed.items);
    feed.items.clear();
    const qint64 preparedMs = timer.restart();
    const StoreOutcome stored = ArticleStore(m_db).storeFeed(url, feedInfoOf(feed), articles);
    qCInfo(lcRefresh) << url << "parsed in" << parsedMs << "ms, prepared in" << preparedMs
                      << "ms, stored in" << timer.elapsed() << "ms";
    if (!stored.ok) {
        outcome.error = tr("Could not save the articles: %1").arg(stored.error);
        states.recordFailure(url, outcome.error, {});
        return outcome;
    }
    outcome.added = stored.added;
    outcome.updated = stored.updated;
    outcome.unchanged = stored.unchanged;
    if (!feed.error.isEmpty()) {
        // Keep what was read, but no validators: the next refresh must fetch the feed whole.
        outcome.error =
            tr("The feed is damaged (%1); the %n article(s) before the damage were kept.", nullptr,
               int(articles.size()))
                .arg(feed.error);
        states.recordFailure(url, outcome.error, {});
        return outcome;
    }
    outcome.ok = true;
    states.recordSuccess(url, result.etag, result.lastModified);
    return outcome;
}

void Refresher::feedDone(const FeedOutcome &outcome)
{
    qCInfo(lcRefresh) << outcome.url << "ok" << outcome.ok << "new" << outcome.added
                      << outcome.error;
    m_report.feeds << outcome;
    m_report.added += outcome.added;
    m_report.updated += outcome.updated;
    m_report.unchanged += outcome.unchanged;
    emit feedFinished(outcome);
    if (--m_pendingFeeds == 0)
        startImages();
}

void Refresher::startImages()
{
    if (!m_options.fetchImages) {
        finish(0, 0);
        return;
    }
    // Every image not yet cached, including those that failed last time.
    const QList<PendingImage> pending = m_images.pending();
    if (pending.isEmpty()) {
        finish(0, 0);
        return;
    }
    if (!m_imageFetcher) {
        m_imageFetcher = new ImageFetcher(m_fetcher, m_images, ImageLimits{}, this);
        connect(m_imageFetcher, &ImageFetcher::progress, this, &Refresher::imagesProgress);
        connect(m_imageFetcher, &ImageFetcher::finished, this, &Refresher::finish);
    }
    m_imageFetcher->fetch(pending);
}

void Refresher::finish(int imagesFetched, int imagesFailed)
{
    m_report.imagesFetched = imagesFetched;
    m_report.imagesFailed = imagesFailed;
    m_running = false;
    emit finished(m_report);
}

} // namespace ichq
