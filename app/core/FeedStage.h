#pragma once

#include "RefreshStage.h"
#include "store/StoreTypes.h"

namespace ichq {

class Database;
class Fetcher;
class PreparedArticleStream;
struct FetchResult;

// The feeds: fetch (conditional GET, back-off) -> parse -> prepare (sanitize, decide which items
// need their page) -> store, one transaction per feed document. A WordPress feed that lists only
// its newest posts is then walked back through ?paged=2, 3… (the backfill).
class FeedStage : public RefreshStage
{
    Q_OBJECT
public:
    FeedStage(Fetcher &fetcher, Database &database, QObject *parent = nullptr);

    QString name() const override { return QStringLiteral("feeds"); }
    void start(RefreshRun &run) override;
    void cancel() override;

    // When the feed may be asked again; invalid when it may be asked now.
    static QDateTime notBefore(const FeedState &state, bool backOffAfterFailures);
    // ?paged=N of a feed address.
    static QUrl olderPage(const QUrl &feedUrl, int page);
    static constexpr int kMaxOlderPages = 30;

signals:
    void feedFinished(const ichq::FeedOutcome &outcome);
    void articlesStored(); // new or changed articles are in the store (a list may reload)

private:
    struct Backfill;
    void fetchFeed(const QUrl &url);
    FeedOutcome handleFeed(const QUrl &url, const FetchResult &result, Backfill *backfill);
    Feed parseInto(const FetchResult &result, const QUrl &documentUrl,
                   PreparedArticleStream &prepared, const QDateTime &notOlderThan = {}) const;
    bool storeFeed(const QUrl &url, const Feed &feed, PreparedArticleStream &prepared,
                   FeedOutcome &outcome);
    void fetchOlderPage(const QUrl &url, FeedOutcome outcome, Backfill backfill);
    void handleOlderPage(const QUrl &url, const FetchResult &result, FeedOutcome outcome,
                         Backfill backfill);
    void feedDone(const FeedOutcome &outcome);

    Fetcher &m_fetcher;
    Database &m_db;
    RefreshRun *m_run = nullptr;
    int m_pending = 0;
    // Answers of a cancelled or earlier run are recognised by their generation and dropped.
    quint64 m_generation = 0;
};

} // namespace ichq
