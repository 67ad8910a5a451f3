#include "FeedStage.h"

#include "PreparedArticleStream.h"
#include "common/Logging.h"
#include "net/Fetcher.h"
#include "store/ArticleQueries.h"
#include "store/ArticleStore.h"
#include "store/Database.h"
#include "store/FeedStateStore.h"

#include <QElapsedTimer>
#include <QLocale>
#include <QTimer>
#include <QUrlQuery>

namespace ichq {

namespace {

const QByteArray kFeedAccept = "application/rss+xml, application/atom+xml, "
                               "application/rdf+xml;q=0.9, application/xml;q=0.8, "
                               "text/xml;q=0.8, */*;q=0.5";

FeedInfo feedInfoOf(const Feed &feed)
{
    return FeedInfo{feed.title, feed.link, feed.description, feed.language};
}

bool isUnreachable(const FetchResult &result)
{
    return result.error == FetchResult::Error::Network ||
           result.error == FetchResult::Error::Timeout ||
           result.error == FetchResult::Error::Deadline;
}

// The oldest date among the items; invalid when any item has none (no gap can be judged then).
QDateTime oldestItemDate(const QList<FeedItem> &items)
{
    QDateTime oldest;
    for (const FeedItem &item : items) {
        const QDateTime date = item.published.isValid() ? item.published : item.updated;
        if (!date.isValid())
            return {};
        if (!oldest.isValid() || date < oldest)
            oldest = date;
    }
    return oldest;
}

} // namespace

// Where the walk through the older pages of one feed stands.
struct FeedStage::Backfill
{
    bool wanted = false;
    int page = 2;
    QDateTime horizon; // items older than this are not kept, and end the walk
};

FeedStage::FeedStage(Fetcher &fetcher, Database &database, QObject *parent)
    : RefreshStage(parent), m_fetcher(fetcher), m_db(database)
{}

QDateTime FeedStage::notBefore(const FeedState &state, bool backOffAfterFailures)
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

QUrl FeedStage::olderPage(const QUrl &feedUrl, int page)
{
    QUrl url = feedUrl;
    QUrlQuery query(url);
    query.removeAllQueryItems(QStringLiteral("paged"));
    query.addQueryItem(QStringLiteral("paged"), QString::number(page));
    url.setQuery(query);
    return url;
}

void FeedStage::start(RefreshRun &run)
{
    m_run = &run;
    ++m_generation;
    m_pending = int(run.options.feeds.size());
    emit progress(0, m_pending);
    if (m_pending == 0) {
        QTimer::singleShot(0, this, [this, generation = m_generation] {
            if (generation == m_generation && m_run) {
                m_run = nullptr;
                emit finished();
            }
        });
        return;
    }
    for (const QUrl &url : run.options.feeds)
        fetchFeed(url);
}

void FeedStage::cancel()
{
    if (!m_run)
        return;
    m_run = nullptr;
    ++m_generation;
    emit finished();
}

void FeedStage::fetchFeed(const QUrl &url)
{
    const FeedState state = FeedStateStore(m_db).state(url);
    const QDateTime wait = notBefore(state, m_run->options.backOffAfterFailures);
    if (wait.isValid()) {
        FeedOutcome outcome;
        outcome.url = url;
        // Only a Retry-After is the server asking; otherwise our own back-off after failures
        // (the network may simply be down).
        const bool serverAsked = state.retryAfter.isValid() && state.retryAfter >= wait;
        outcome.describeError = [serverAsked, wait] {
            const QString when = QLocale().toString(wait.toLocalTime(), QLocale::ShortFormat);
            return serverAsked
                       ? tr("The server asked us to wait; the next try is after %1.").arg(when)
                       : tr("The last tries failed; the next automatic try is after %1.").arg(when);
        };
        outcome.error = outcome.describeError();
        QTimer::singleShot(0, this, [this, outcome, generation = m_generation] {
            if (generation == m_generation)
                feedDone(outcome);
        });
        return;
    }
    FetchRequest request;
    request.url = url;
    request.etag = state.etag;
    request.lastModified = state.lastModified;
    request.maxBytes = m_run->options.limits.maxDocumentBytes;
    request.accept = kFeedAccept;
    m_fetcher.fetch(request, this,
                    [this, url, generation = m_generation](const FetchResult &result) {
                        if (generation != m_generation)
                            return;
                        Backfill backfill;
                        const FeedOutcome outcome = handleFeed(url, result, &backfill);
                        if (backfill.wanted)
                            fetchOlderPage(url, outcome, backfill);
                        else
                            feedDone(outcome);
                    });
}

FeedOutcome FeedStage::handleFeed(const QUrl &url, const FetchResult &result, Backfill *backfill)
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
        outcome.describeError = result.describe;
        outcome.unreachable = isUnreachable(result);
        states.recordFailure(url, result.errorMessage, result.retryAfter);
        return outcome;
    }
    PreparedArticleStream prepared(m_run->options.wholeArticles, m_run->options.userActivity.get());
    const Feed feed =
        parseInto(result, result.finalUrl.isValid() ? result.finalUrl : url, prepared);
    if (!feed.isUsable()) {
        // Nothing readable: the articles stored before stay exactly as they were.
        outcome.error =
            feed.error.isEmpty() ? tr("The answer is not an RSS or Atom feed.") : feed.error;
        states.recordFailure(url, outcome.error, {});
        return outcome;
    }
    const ArticleQueries::FeedSpan before = ArticleQueries(m_db).span(url);
    if (!storeFeed(url, feed, prepared, outcome)) {
        states.recordFailure(url, outcome.error, {});
        return outcome;
    }
    if (!feed.error.isEmpty()) {
        // Keep what was read, but no validators: the next refresh must fetch the feed whole.
        outcome.error =
            tr("The feed is damaged (%1); the %n article(s) before the damage were kept.", nullptr,
               int(feed.items.size()))
                .arg(feed.error);
        states.recordFailure(url, outcome.error, {});
        return outcome;
    }
    outcome.ok = true;
    states.recordSuccess(url, result.etag, result.lastModified);
    // The first refresh of a feed, or a gap: everything is new and older than what we have.
    const QDateTime oldest = oldestItemDate(feed.items);
    const bool gap = before.articles == 0 ||
                     (oldest.isValid() && before.newest.isValid() && oldest > before.newest);
    const RefreshOptions &options = m_run->options;
    backfill->wanted = options.backfill && feed.isWordPress() && outcome.added > 0 &&
                       outcome.added == feed.items.size() && gap;
    backfill->horizon = QDateTime::currentDateTimeUtc().addDays(-options.backfillDays);
    return outcome;
}

// Parses one feed document (or one older page: then items older than notOlderThan are left out)
// into `prepared`, whose workers sanitize the first items while the parse goes on.
Feed FeedStage::parseInto(const FetchResult &result, const QUrl &documentUrl,
                          PreparedArticleStream &prepared, const QDateTime &notOlderThan) const
{
    const Feed feed = FeedParser::parse(
        result.body, documentUrl, m_run->options.limits, [&](const FeedItem &item) {
            if (!notOlderThan.isValid() || !item.published.isValid() ||
                item.published >= notOlderThan)
                prepared.add(item);
        });
    prepared.finish();
    return feed;
}

// Stores the prepared items of one feed document. Adds the counts to `outcome`.
bool FeedStage::storeFeed(const QUrl &url, const Feed &feed, PreparedArticleStream &prepared,
                          FeedOutcome &outcome)
{
    QElapsedTimer timer;
    timer.start();
    // The items are sanitized on worker threads while this thread stores those already done.
    // Both pause while the user acts; the store between articles (a chunk's worth of writing,
    // 10-30 ms, was enough to delay the article being opened), outside its transaction.
    const StoreOutcome stored = ArticleStore(m_db).storeFeed(
        url, feedInfoOf(feed),
        [&prepared](QList<PreparedArticle> *next) { return prepared.next(next); }, {},
        m_run->options.userActivity.get());
    qCInfo(lcRefresh) << url << prepared.itemCount() << "items stored in" << timer.elapsed()
                      << "ms after the parse";
    // A failed store may have committed some articles before a pause for the user: they count.
    outcome.added += stored.added;
    outcome.updated += stored.updated;
    outcome.unchanged += stored.unchanged;
    if (stored.added > 0 || stored.updated > 0)
        emit articlesStored();
    if (!stored.ok)
        outcome.error = tr("Could not save the articles: %1").arg(stored.error);
    return stored.ok;
}

void FeedStage::fetchOlderPage(const QUrl &url, FeedOutcome outcome, Backfill backfill)
{
    FetchRequest request;
    request.url = olderPage(url, backfill.page);
    request.maxBytes = m_run->options.limits.maxDocumentBytes;
    request.accept = kFeedAccept;
    m_fetcher.fetch(
        request, this,
        [this, url, outcome, backfill, generation = m_generation](const FetchResult &result) {
            if (generation == m_generation)
                handleOlderPage(url, result, outcome, backfill);
        });
}

// An older page ends the walk when it fails (a 404 past the last page), holds no new item,
// reaches past the horizon, or the feed has as many articles as the horizon allows.
void FeedStage::handleOlderPage(const QUrl &url, const FetchResult &result, FeedOutcome outcome,
                                Backfill backfill)
{
    const RefreshOptions &options = m_run->options;
    if (!result.ok()) {
        qCInfo(lcRefresh) << "older pages of" << url << "end at" << backfill.page
                          << result.errorMessage;
        feedDone(outcome);
        return;
    }
    PreparedArticleStream prepared(options.wholeArticles, options.userActivity.get());
    const Feed feed = parseInto(result, result.finalUrl, prepared, backfill.horizon);
    const int addedBefore = outcome.added;
    FeedOutcome pageOutcome = outcome;
    if (!feed.isUsable() || !storeFeed(url, feed, prepared, pageOutcome)) {
        feedDone(outcome); // a broken older page costs nothing that was stored
        return;
    }
    outcome = pageOutcome;
    ++outcome.olderPages;
    const QDateTime oldest = oldestItemDate(feed.items);
    const bool pastHorizon = oldest.isValid() && oldest < backfill.horizon;
    const bool full = ArticleQueries(m_db).span(url).articles >= options.backfillArticles;
    if (outcome.added == addedBefore || pastHorizon || full || backfill.page >= kMaxOlderPages) {
        feedDone(outcome);
        return;
    }
    ++backfill.page;
    fetchOlderPage(url, outcome, backfill);
}

void FeedStage::feedDone(const FeedOutcome &outcome)
{
    qCInfo(lcRefresh) << outcome.url << "ok" << outcome.ok << "new" << outcome.added
                      << "older pages" << outcome.olderPages << outcome.error;
    RefreshReport &report = m_run->report;
    report.feeds << outcome;
    report.added += outcome.added;
    report.updated += outcome.updated;
    report.unchanged += outcome.unchanged;
    emit feedFinished(outcome);
    emit progress(int(m_run->options.feeds.size()) - m_pending + 1,
                  int(m_run->options.feeds.size()));
    if (--m_pending == 0) {
        m_run = nullptr;
        emit finished();
    }
}

} // namespace ichq
