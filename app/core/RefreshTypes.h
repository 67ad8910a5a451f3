#pragma once

#include "common/Retention.h"
#include "common/UserActivity.h"
#include "common/WholeArticles.h"
#include "feed/FeedParser.h"
#include "store/StoreCleaner.h"

#include <QDateTime>
#include <QList>
#include <QString>
#include <QUrl>

#include <functional>
#include <memory>
#include <optional>

namespace ichq {

struct RefreshOptions
{
    QList<QUrl> feeds;
    bool fetchImages = true;
    // Automatic refreshes wait longer after each failure; one the user asked for does not.
    // A server's Retry-After is always honoured.
    bool backOffAfterFailures = false;
    WholeArticles wholeArticles = WholeArticles::Auto;
    // WordPress feeds list only their newest posts; older ones are read from ?paged=2, 3…
    // until this horizon (the retention issue's defaults).
    bool backfill = true;
    int backfillDays = 30;
    int backfillArticles = 300;
    FeedLimits limits;
    // Photo budgets: a feed's author decides how many photos an article has, and a server how
    // fast they come. What is left is fetched by a later refresh.
    int imagesPerArticle = 100;
    int imagesPerRefresh = 2000;
    int imageStageDeadlineMs = 60000;
    // Applied after the other stages (the "cleanup" stage); none: the store is not cleaned.
    std::optional<RetentionPolicy> retention;
    // Not a refresh: only the cleanup stage, with `retention` ("Clean up now" in Settings).
    bool cleanupOnly = false;
    // Not a refresh: only the photos of this article, which the reader opened online. All of
    // them (the per-article budget is for refreshes), failed and deleted ones included.
    qint64 photosOfArticle = 0;
    // The window's: storing and photos pause while the user acts. None (--refresh, or photos
    // the user is waiting for): no pause.
    std::shared_ptr<const UserActivity> userActivity;
};

struct FeedOutcome
{
    QUrl url;
    bool ok = false;
    bool notModified = false;
    QString error; // for a person; may be set with ok == false and some articles stored
    // Writes the error again in the language in effect when called (a window that switched
    // language since); empty: `error` is all there is.
    std::function<QString()> describeError;
    QString errorText() const { return describeError ? describeError() : error; }
    bool unreachable = false; // no answer from the server at all: a sign of being offline
    int added = 0;
    int updated = 0;
    int unchanged = 0;
    int olderPages = 0; // ?paged=N pages read for the backfill
};

// Where a refresh is, for a progress line: "12 of 30 articles, 40 of 75 photos".
struct RefreshProgress
{
    int feedsDone = 0;
    int feedsTotal = 0;
    int pagesDone = 0; // whole articles
    int pagesTotal = 0;
    int imagesDone = 0;
    int imagesTotal = 0;
};

struct RefreshReport
{
    QList<FeedOutcome> feeds;
    int added = 0;
    int updated = 0;
    int unchanged = 0;
    int pagesFetched = 0;     // whole articles stored (a 304 counts as current, not fetched)
    int pagesNotModified = 0; // asked again, unchanged
    int pagesFailed = 0;      // kept as summaries; tried again on a later refresh
    int imagesFetched = 0;
    int imagesFailed = 0;
    // The store was damaged and rebuilt before this refresh: one sentence for the person, and
    // readers of the store must open it again.
    QString storeNotice;
    bool storeRebuilt = false;
    qint64 photosOfArticle = 0;           // the options' value: a photos-only run, not a refresh
    std::optional<CleanupReport> cleanup; // when the retention policy was applied
    bool cleanupOnly = false;             // the options' value: a cleanup, not a refresh

    bool allSucceeded() const;
    int notModifiedFeeds() const;
    QString summaryLine() const; // one line for a person, translated
};

} // namespace ichq
