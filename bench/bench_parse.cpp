// Parse and prepare throughput on a generated 1,000-item feed (3 KB bodies, two photos each).
// Prints MB/s for parsing alone and for parse + sanitize + prepare, best of several runs.
#include "ArticlePreparer.h"
#include "SyntheticFeed.h"
#include "feed/FeedParser.h"

#include <QCoreApplication>
#include <QElapsedTimer>

#include <cstdio>
#include <functional>

namespace {

double bestSeconds(int runs, const std::function<void()> &work)
{
    double best = 1e9;
    for (int i = 0; i < runs; ++i) {
        QElapsedTimer timer;
        timer.start();
        work();
        best = qMin(best, double(timer.nsecsElapsed()) / 1e9);
    }
    return best;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    ichq::test::SyntheticFeedOptions options;
    options.items = 1000;
    options.bodyBytes = 3000;
    options.imageBase = QUrl(QStringLiteral("https://www.ichongqing.info/wp-content/uploads/"));
    const QByteArray feed = ichq::test::makeSyntheticFeed(options);
    const QUrl url(QStringLiteral("https://www.ichongqing.info/feed/"));
    const double mb = double(feed.size()) / (1024.0 * 1024.0);

    int items = 0;
    const double parse =
        bestSeconds(10, [&] { items = int(ichq::FeedParser::parse(feed, url).items.size()); });
    const double prepare = bestSeconds(5, [&] {
        const ichq::Feed parsed = ichq::FeedParser::parse(feed, url);
        items = int(ichq::ArticlePreparer::prepareAll(parsed.items).size());
    });
    std::printf("feed: %d items, %.2f MiB\n", items, mb);
    std::printf("parse: %.1f ms, %.1f MiB/s\n", parse * 1000, mb / parse);
    std::printf("parse + sanitize + prepare: %.1f ms, %.1f MiB/s\n", prepare * 1000, mb / prepare);
    return items == 1000 ? 0 : 1;
}
