// A year of daily use, against a loopback server: each simulated day the feed has 30 new stories
// with 2 photos each (and still lists the day before's), the reader refreshes once and applies
// its retention (3 months, the default). Prints, at day 30, 90, 180 and 365: the store's size
// (database and photos), that day's refresh and cleanup times, and the median search time for an
// English and a Chinese substring. Past the horizon, size and times must stay flat.
// usage: bench_year [DAYS]   (BENCH_YEAR_DIR=DIR keeps the store there)
#include "FeedSite.h"
#include "RefreshSession.h"
#include "SyntheticFeed.h"
#include "TestHttpServer.h"
#include "common/DataPaths.h"
#include "store/ArticleQueries.h"
#include "store/Database.h"
#include "store/ImageCache.h"
#include "store/StoreCleaner.h"
#include "store/StoreStats.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QMutex>
#include <QSqlQuery>
#include <QTemporaryDir>

#include <algorithm>
#include <cstdio>

using namespace ichq;
using namespace ichq::test;

namespace {

constexpr int kStoriesPerDay = 30;
constexpr int kSecondsPerStory = 86400 / kStoriesPerDay;

double medianSearchMs(Database &db, const QString &query)
{
    std::vector<double> ms;
    for (int i = 0; i < 15; ++i) {
        ArticleFilter filter;
        filter.search = query;
        filter.limit = 100;
        QElapsedTimer timer;
        timer.start();
        const int hits = int(ArticleQueries(db).list(filter).size());
        ms.push_back(double(timer.nsecsElapsed()) / 1e6);
        if (hits == 0)
            std::printf("  (no hit for %s)\n", qPrintable(query));
    }
    std::sort(ms.begin(), ms.end());
    return ms[ms.size() / 2];
}

// The search index's own bytes (its segments), without the pages SQLite keeps free.
double searchIndexMiB(Database &db)
{
    QSqlQuery query(db.connection());
    if (!query.exec(QStringLiteral("SELECT total(length(block)) FROM article_search_data")) ||
        !query.next())
        return -1;
    return query.value(0).toDouble() / 1048576.0;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const int days = argc > 1 ? std::max(1, std::atoi(argv[1])) : 365;
    QTemporaryDir dir;
    TestHttpServer server;
    if (!dir.isValid() || !server.start())
        return 1;
    QMutex mutex;
    QByteArray feed;
    const QByteArray photo = makeTestImage(7, 800, 600);
    server.route("/feed/", [&](const HttpRequest &) {
        QMutexLocker lock(&mutex);
        return HttpResponse::ok(feed, "application/rss+xml; charset=UTF-8");
    });
    server.setFallback([&](const HttpRequest &) { return HttpResponse::ok(photo, "image/jpeg"); });

    // BENCH_YEAR_DIR keeps the store for a look afterwards.
    const DataPaths paths(qEnvironmentVariable("BENCH_YEAR_DIR", dir.path()));
    paths.ensureExists();
    Database db;
    if (!db.open(paths.databaseFile()))
        return 1;
    RefreshSession session(paths, db, false);
    StoreCleaner cleaner(session.images());
    const RetentionPolicy policy; // 3 months, 2 GB of photos
    const QDateTime day0 = QDateTime(QDate::currentDate().addDays(-days), QTime(0, 0), Qt::UTC);
    const QList<int> reportDays{30, 90, 180, 365, days};

    std::printf("photo: %lld bytes; %d stories a day with 2 photos; keep %d days\n",
                static_cast<long long>(photo.size()), kStoriesPerDay, policy.keepDays);
    std::printf("%5s %9s %9s %10s %10s %10s %10s %10s %11s %11s\n", "day", "articles", "photos",
                "db MiB", "index MiB", "photo MiB", "refresh s", "cleanup s", "search en",
                "search zh");
    for (int day = 0; day < days; ++day) {
        SyntheticFeedOptions options;
        options.items = day == 0 ? kStoriesPerDay : 2 * kStoriesPerDay;
        options.firstItem = std::max(0, (day - 1) * kStoriesPerDay);
        options.bodyBytes = 3600;
        options.imagesPerItem = 2;
        options.imageBase = server.url(QString());
        options.variant = QString::number(day); // the feed's bodies change: a fresh download
        options.base = day0;
        options.secondsBetweenItems = kSecondsPerStory;
        options.variedText = true;
        {
            QMutexLocker lock(&mutex);
            feed = makeSyntheticFeed(options);
        }
        const QDateTime now = day0.addDays(day).addSecs(23 * 3600);
        RefreshOptions refresh;
        refresh.feeds = {server.url(QStringLiteral("feed/"))};
        refresh.backfill = false;
        QElapsedTimer timer;
        timer.start();
        const RefreshReport report = session.run(refresh);
        const double refreshSeconds = double(timer.nsecsElapsed()) / 1e9;
        // The stories arrived on their simulated day, not today.
        QSqlQuery arrived(db.connection());
        arrived.exec(QStringLiteral("UPDATE articles SET first_seen = published WHERE "
                                    "first_seen > %1")
                         .arg(now.toSecsSinceEpoch()));
        timer.restart();
        const CleanupReport cleanup = cleaner.run(policy, now);
        const double cleanupSeconds = double(timer.nsecsElapsed()) / 1e9;
        if (!report.allSucceeded() || !cleanup.ok) {
            std::printf("day %d failed: %s\n", day + 1, qPrintable(cleanup.error));
            return 1;
        }
        if (!reportDays.contains(day + 1))
            continue;
        StoreStats stats;
        readStoreStats(db, &stats);
        std::printf("%5d %9d %9d %10.1f %10.1f %10.1f %10.3f %10.3f %9.2f ms %8.2f ms\n", day + 1,
                    stats.articles, stats.images, double(stats.databaseBytes) / 1048576.0,
                    searchIndexMiB(db), double(stats.imageBytes) / 1048576.0, refreshSeconds,
                    cleanupSeconds, medianSearchMs(db, QStringLiteral("cableway")),
                    medianSearchMs(db, QStringLiteral("两江新区")));
        std::fflush(stdout);
    }
    return 0;
}
