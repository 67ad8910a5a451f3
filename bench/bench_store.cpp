// The store's size and speed, against newsboat on the same file.
//  1. A cold `--refresh --no-images` of a 5,000-item feed (about 3.6 KB items, 18 MB, English and
//     Chinese, varied prose: a repeated paragraph would flatter the search index and any
//     compression) from a loopback server: median wall time of 5 runs and the database's size
//     beside the feed's; the same for `newsboat -x reload` when newsboat is installed, its runs
//     taking turns with ours.
//  2. Search at 100,000 articles (the feed's articles stored 20 times under other keys): the
//     median time of the first page (100 rows) and of the count, for English and Chinese
//     substrings, common and rare.
// usage: bench_store APP [ITEMS] [SEARCH_ARTICLES]
//        (BENCH_STORE_FEED_FILE=FILE also writes the feed there)
#include "ArticlePreparer.h"
#include "FeedSite.h"
#include "SyntheticFeed.h"
#include "TestHttpServer.h"
#include "feed/FeedParser.h"
#include "store/ArticleQueries.h"
#include "store/ArticleStore.h"
#include "store/Database.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>

#include <algorithm>
#include <cstdio>

using namespace ichq;
using namespace ichq::test;

namespace {

// Each program's cold refreshes, taking turns.
constexpr int kRefreshRuns = 5;

double medianOf(std::vector<double> values)
{
    std::sort(values.begin(), values.end());
    return values.empty() ? 0 : values[values.size() / 2];
}

double runTimed(const QString &program, const QStringList &args)
{
    QProcess process;
    process.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    QElapsedTimer timer;
    timer.start();
    process.start(program, args);
    process.waitForFinished(600000);
    const double seconds = double(timer.nsecsElapsed()) / 1e9;
    if (process.exitStatus() != QProcess::NormalExit || process.exitCode() != 0)
        std::printf("  %s exited with %d\n", qPrintable(program), process.exitCode());
    return seconds;
}

qint64 bytesOf(const QString &file)
{
    return QFileInfo(file).size() + QFileInfo(file + QStringLiteral("-wal")).size();
}

void benchRefresh(const QString &app, int items)
{
    TestHttpServer server;
    server.start();
    server.setLogRequests(false);
    FeedSite site(server, items, 3000);
    site.setVariedText(true);
    QProcess warm; // the server generates the feed once, before anything is timed
    warm.start(app, {QStringLiteral("--parse"), site.feedUrl().toString()});
    warm.waitForFinished(600000);
    SyntheticFeedOptions options; // what FeedSite serves
    options.items = items;
    options.bodyBytes = 3000;
    options.imageBase = server.url(QString());
    options.variedText = true;
    const QByteArray feedXml = makeSyntheticFeed(options);
    const qint64 feedBytes = feedXml.size();
    if (qEnvironmentVariableIsSet("BENCH_STORE_FEED_FILE")) { // for a profiler's own runs
        QFile copy(qEnvironmentVariable("BENCH_STORE_FEED_FILE"));
        if (copy.open(QIODevice::WriteOnly))
            copy.write(feedXml);
    }
    std::printf("feed: %d items, %.1f MiB\n", items, double(feedBytes) / 1048576.0);

    const QString newsboat = QStandardPaths::findExecutable(QStringLiteral("newsboat"));
    // Ours and newsboat's runs take turns: on a shared machine the load drifts within seconds,
    // and runs of one after all runs of the other measured the drift as much as the programs.
    std::vector<double> ours;
    std::vector<double> theirs;
    qint64 databaseBytes = 0;
    qint64 cacheBytes = 0;
    for (int run = 0; run < kRefreshRuns; ++run) {
        {
            QTemporaryDir dir;
            ours.push_back(
                runTimed(app, {QStringLiteral("--data-dir"), dir.path(),
                               QStringLiteral("--refresh"), QStringLiteral("--no-images"),
                               QStringLiteral("--feed"), site.feedUrl().toString()}));
            databaseBytes = bytesOf(dir.filePath(QStringLiteral("reader.sqlite")));
        }
        if (newsboat.isEmpty())
            continue;
        QTemporaryDir dir;
        QFile urls(dir.filePath(QStringLiteral("urls")));
        urls.open(QIODevice::WriteOnly);
        urls.write(site.feedUrl().toEncoded() + '\n');
        urls.close();
        QFile config(dir.filePath(QStringLiteral("config")));
        config.open(QIODevice::WriteOnly);
        config.close();
        const QString cache = dir.filePath(QStringLiteral("cache.db"));
        theirs.push_back(
            runTimed(newsboat, {QStringLiteral("-x"), QStringLiteral("reload"),
                                QStringLiteral("-u"), urls.fileName(), QStringLiteral("-c"), cache,
                                QStringLiteral("-C"), config.fileName()}));
        cacheBytes = bytesOf(cache);
    }
    std::printf("ichongqing-reader cold refresh: median %.2f s of %d, database %.1f MiB (%.2fx "
                "the feed)\n",
                medianOf(ours), kRefreshRuns, double(databaseBytes) / 1048576.0,
                double(databaseBytes) / double(feedBytes));
    if (newsboat.isEmpty()) {
        std::printf("newsboat: not installed, no comparison\n");
        return;
    }
    std::printf("newsboat -x reload: median %.2f s of %d, cache %.1f MiB (%.2fx the feed)\n",
                medianOf(theirs), kRefreshRuns, double(cacheBytes) / 1048576.0,
                double(cacheBytes) / double(feedBytes));
    std::printf("ratio: %.2fx newsboat's time\n", medianOf(ours) / medianOf(theirs));
}

void benchSearch(int articles)
{
    QTemporaryDir dir;
    Database db;
    db.open(dir.filePath(QStringLiteral("reader.sqlite")));
    SyntheticFeedOptions options;
    options.items = 5000;
    options.bodyBytes = 3000;
    options.imageBase = QUrl(QStringLiteral("https://www.ichongqing.info/"));
    options.variedText = true;
    const Feed feed = FeedParser::parse(makeSyntheticFeed(options),
                                        QUrl(QStringLiteral("https://www.ichongqing.info/feed/")));
    const QList<PreparedArticle> prepared =
        ArticlePreparer::prepareAll(feed.items, WholeArticles::Never);
    QElapsedTimer timer;
    timer.start();
    for (int copy = 0; copy * int(prepared.size()) < articles; ++copy) {
        QList<PreparedArticle> batch = prepared;
        for (PreparedArticle &article : batch) {
            article.key += QStringLiteral("#") + QString::number(copy);
            article.published = article.published.addDays(-7 * copy);
        }
        ArticleStore(db).storeFeed(QUrl(QStringLiteral("https://www.ichongqing.info/feed/")), {},
                                   batch);
    }
    const int stored = ArticleQueries(db).totalArticles();
    std::printf("search: %d articles stored in %.1f s, database %.1f MiB\n", stored,
                double(timer.nsecsElapsed()) / 1e9,
                double(bytesOf(dir.filePath(QStringLiteral("reader.sqlite")))) / 1048576.0);
    const QStringList queries{QStringLiteral("cableway"),
                              QStringLiteral("ten-millionth"),
                              QStringLiteral("两江新区"),
                              QStringLiteral("朝天门码头"),
                              QStringLiteral("Jialing River as commuters"),
                              QStringLiteral("qqzzxxy")};
    for (const QString &query : queries) {
        ArticleFilter filter;
        filter.search = query;
        std::vector<double> list;
        std::vector<double> count;
        std::vector<double> capped;
        int hits = 0;
        int total = 0;
        for (int run = 0; run < 7; ++run) {
            timer.restart();
            hits = int(ArticleQueries(db).list(filter).size());
            list.push_back(double(timer.nsecsElapsed()) / 1e6);
            timer.restart();
            total = ArticleQueries(db).count(filter);
            count.push_back(double(timer.nsecsElapsed()) / 1e6);
            timer.restart();
            ArticleQueries(db).count(filter, 301); // what the window asks: is there more?
            capped.push_back(double(timer.nsecsElapsed()) / 1e6);
        }
        std::printf("  %-28s first page %3d rows %7.2f ms   count to 301 %7.2f ms   "
                    "exact count %6d %8.2f ms\n",
                    qPrintable(QLatin1Char('"') + query + QLatin1Char('"')), hits, medianOf(list),
                    medianOf(capped), total, medianOf(count));
    }
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    if (args.size() < 2) {
        std::fprintf(stderr, "usage: bench_store APP [ITEMS] [SEARCH_ARTICLES]\n");
        return 2;
    }
    const int items = args.size() > 2 ? args.at(2).toInt() : 5000;
    const int searchArticles = args.size() > 3 ? args.at(3).toInt() : 100000;
    if (items > 0)
        benchRefresh(args.at(1), items);
    if (searchArticles > 0)
        benchSearch(searchArticles);
    return 0;
}
