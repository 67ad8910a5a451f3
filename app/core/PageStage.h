#pragma once

#include "RefreshStage.h"
#include "store/StoreTypes.h"

#include <QHash>
#include <QTimer>

namespace ichq {

class Database;
class Fetcher;
struct FetchResult;

struct PageLimits
{
    int perHost = 3;      // pages downloaded at once from one server
    int perRefresh = 300; // the rest wait for the next refresh
    qint64 maxBytes = 5 * 1024 * 1024;
    int stageDeadlineMs = 180000; // pages not done by then are tried on the next refresh
};

// Whole articles: for each stored article whose feed carried only a summary, download its page
// (conditional GET with the validators of the copy we have), extract the story with its photos
// (ArticleExtractor), sanitize it like feed HTML and store it beside the feed's body. A page
// that fails leaves the summary in place and is tried again on a later refresh.
class PageStage : public RefreshStage
{
    Q_OBJECT
public:
    PageStage(Fetcher &fetcher, Database &database, const PageLimits &limits = {},
              QObject *parent = nullptr);

    QString name() const override { return QStringLiteral("pages"); }
    void start(RefreshRun &run) override;
    void cancel() override;

    // What the page's HTML becomes in the store: extracted, sanitized, its photos listed.
    // False when the page holds no story we can find.
    static bool preparePage(const FetchResult &result, const QUrl &pageUrl, StoredPage *page);

signals:
    void pageStored(qint64 articleId);

private:
    void startNext(const QString &host);
    void handle(const PageRequest &page, const FetchResult &result);
    void record(const PageRequest &page, const FetchResult &result);
    void deferHost(const QString &host, const QDateTime &until);
    void finishIfDone();
    void finish();

    Fetcher &m_fetcher;
    Database &m_db;
    PageLimits m_limits;
    RefreshRun *m_run = nullptr;
    QHash<QString, QList<PageRequest>> m_queues; // by host
    QHash<QString, int> m_active;                // by host
    int m_inFlight = 0;
    int m_done = 0;
    int m_total = 0;
    quint64 m_generation = 0;
    QTimer m_deadline;
};

} // namespace ichq
