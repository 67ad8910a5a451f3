// Parse and prepare throughput on a generated 1,000-item feed (3 KB bodies, two photos each).
// Prints MB/s for parsing alone and for parse + sanitize + prepare, best of several runs.
#include "ArticlePreparer.h"
#include "SyntheticFeed.h"
#include "feed/FeedParser.h"
#include "html/HtmlSanitizer.h"
#include "store/SearchWords.h"
#include "store/StoredBody.h"

#include <gumbo.h>

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

// Walking, URL policy, hashing and serializing must stay cheap next to gumbo's own parse of the
// same bytes (goal: sanitize < 1.5 x parse). Measured here, not in a test: timing on a shared
// machine is no pass/fail signal.
void sanitizeAgainstParse(const QString &body)
{
    const QUrl base(QStringLiteral("https://www.ichongqing.info/2026/11/story/"));
    const QByteArray utf8 = body.toUtf8();
    const int rounds = 1000;
    qsizetype sink = 0;
    const double sanitize = bestSeconds(3, [&] {
        for (int i = 0; i < rounds; ++i)
            sink += ichq::HtmlSanitizer::sanitize(body, base).html.size();
    });
    const double parse = bestSeconds(3, [&] {
        GumboOptions options = kGumboDefaultOptions;
        options.fragment_context = GUMBO_TAG_DIV;
        for (int i = 0; i < rounds; ++i) {
            GumboOutput *output =
                gumbo_parse_with_options(&options, utf8.constData(), size_t(utf8.size()));
            sink += output->root->v.element.children.length;
            gumbo_destroy_output(&options, output);
        }
    });
    std::printf("sanitize %d bodies of %lld bytes: %.1f ms; gumbo parse alone %.1f ms; ratio "
                "%.2f (goal < 1.5); %lld bytes out\n",
                rounds, static_cast<long long>(utf8.size()), sanitize * 1000, parse * 1000,
                sanitize / parse, static_cast<long long>(sink));
}

// Where one core's time goes when it prepares an article (the refresh's workers): each step
// alone over the same varied items, one thread, best of several runs.
void prepareSteps()
{
    ichq::test::SyntheticFeedOptions options;
    options.items = 1000;
    options.bodyBytes = 3000;
    options.imageBase = QUrl(QStringLiteral("https://www.ichongqing.info/wp-content/uploads/"));
    options.variedText = true;
    const ichq::Feed feed =
        ichq::FeedParser::parse(ichq::test::makeSyntheticFeed(options),
                                QUrl(QStringLiteral("https://www.ichongqing.info/")));
    QList<ichq::SanitizedHtml> bodies;
    for (const ichq::FeedItem &item : feed.items)
        bodies << ichq::HtmlSanitizer::sanitize(item.content, item.contentBase);
    qsizetype sink = 0;
    const double sanitize = bestSeconds(3, [&] {
        for (const ichq::FeedItem &item : feed.items)
            sink += ichq::HtmlSanitizer::sanitize(item.content, item.contentBase).html.size();
    });
    const double body = bestSeconds(3, [&] {
        for (const ichq::SanitizedHtml &html : bodies)
            sink += ichq::sql::body(html.html, html.plainText).toByteArray().size();
    });
    const double words = bestSeconds(3, [&] {
        for (const ichq::SanitizedHtml &html : bodies)
            sink += ichq::search::indexWords({html.plainText}).size();
    });
    const double prepare = bestSeconds(3, [&] {
        for (const ichq::FeedItem &item : feed.items)
            sink += ichq::ArticlePreparer::prepare(item).bodyHtml.size();
    });
    std::printf("one core, %lld varied items: sanitize %.1f ms, stored body %.1f ms, search words "
                "%.1f ms, whole prepare %.1f ms (%lld)\n",
                static_cast<long long>(feed.items.size()), sanitize * 1000, body * 1000,
                words * 1000, prepare * 1000, static_cast<long long>(sink % 10));
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
    const ichq::Feed parsed = ichq::FeedParser::parse(feed, url);
    sanitizeAgainstParse(parsed.items.isEmpty() ? QString() : parsed.items.first().content);
    prepareSteps();
    return items == 1000 ? 0 : 1;
}
