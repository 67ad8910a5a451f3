#include "AppProcess.h"
#include "FeedSite.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QtTest>

using namespace ichq::test;

using Run = ichq::test::AppRun;

// `ichongqing-reader --refresh/--list/--search/--parse` as a user runs them, against a synthetic
// iChongqing of a few hundred English and Chinese stories with photos on 127.0.0.1.
class TestRefreshCli : public QObject
{
    Q_OBJECT
private slots:
    void init();
    void cleanup();

    void coldRefreshStoresArticlesAndImages();
    void secondRefreshIsNotModified();
    void changedFeedUpdatesInPlace();
    void listSectionAndSearch();
    void brokenFeedKeepsTheCache();
    void failingImageIsRetriedNextTime();
    void unreachableFeedFailsWithOneLine();
    void noImagesSkipsDownloads();
    void retryAfterIsHonoured();
    void parsePrintsJson();
    void parseOfNonFeedExitsTwo();

private:
    Run run(const QStringList &args);
    QJsonArray listJson(const QStringList &extra);

    QTemporaryDir *m_dir = nullptr;
    TestHttpServer *m_server = nullptr;
    FeedSite *m_site = nullptr;
};

void TestRefreshCli::init()
{
    m_dir = new QTemporaryDir;
    m_server = new TestHttpServer;
    QVERIFY(m_server->start());
    m_site = new FeedSite(*m_server, 300);
}

void TestRefreshCli::cleanup()
{
    delete m_site;
    delete m_server;
    delete m_dir;
}

Run TestRefreshCli::run(const QStringList &args)
{
    return runApp(m_dir->path(), args);
}

QJsonArray TestRefreshCli::listJson(const QStringList &extra)
{
    const Run list = run(QStringList{QStringLiteral("--json")} + extra);
    if (list.exitCode != 0)
        return {};
    return QJsonDocument::fromJson(list.out.toUtf8()).array();
}

void TestRefreshCli::coldRefreshStoresArticlesAndImages()
{
    const Run r =
        run({QStringLiteral("--refresh"), QStringLiteral("--feed"), m_site->feedUrl().toString()});
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    QCOMPARE(r.out.trimmed(),
             QStringLiteral("feeds: 1 (not modified: 0, failed: 0), new: 300, updated: 0, "
                            "unchanged: 0, whole articles: 0 (not modified: 0, failed: 0), images "
                            "fetched: 600, images failed: 0"));
    QCOMPARE(m_server->requestCount("/feed/"), 1);
    QCOMPARE(m_server->requestCount(), 601);
    const QString userAgent =
        QString::fromUtf8(m_server->lastRequest("/feed/").header("user-agent"));
    QVERIFY2(userAgent.contains(QStringLiteral("iChongqing")), qPrintable(userAgent));
    QCOMPARE(QDir(m_dir->filePath(QStringLiteral("images")))
                 .entryList(QDir::Dirs | QDir::NoDotAndDotDot)
                 .isEmpty(),
             false);
}

void TestRefreshCli::secondRefreshIsNotModified()
{
    const QStringList refresh{QStringLiteral("--refresh"), QStringLiteral("--feed"),
                              m_site->feedUrl().toString()};
    QCOMPARE(run(refresh).exitCode, 0);
    const int imageRequests = m_server->requestCount() - m_server->requestCount("/feed/");
    const Run again = run(refresh);
    QCOMPARE(again.exitCode, 0);
    QCOMPARE(again.out.trimmed(),
             QStringLiteral("feeds: 1 (not modified: 1, failed: 0), new: 0, updated: 0, "
                            "unchanged: 0, whole articles: 0 (not modified: 0, failed: 0), images "
                            "fetched: 0, images failed: 0"));
    QVERIFY(!m_server->lastRequest("/feed/").header("if-none-match").isEmpty());
    QVERIFY(!m_server->lastRequest("/feed/").header("if-modified-since").isEmpty());
    // Images are never downloaded twice.
    QCOMPARE(m_server->requestCount() - m_server->requestCount("/feed/"), imageRequests);
}

void TestRefreshCli::changedFeedUpdatesInPlace()
{
    const QStringList refresh{QStringLiteral("--refresh"), QStringLiteral("--feed"),
                              m_site->feedUrl().toString()};
    QCOMPARE(run(refresh).exitCode, 0);
    const QJsonArray before =
        listJson({QStringLiteral("--list"), QStringLiteral("--limit"), QStringLiteral("1")});
    QCOMPARE(before.size(), 1);
    m_site->setVariant(QStringLiteral(" Updated at noon."));
    const Run again = run(refresh);
    QCOMPARE(again.exitCode, 0);
    QVERIFY2(again.out.contains(QStringLiteral("new: 0, updated: 300, unchanged: 0")),
             qPrintable(again.out));
    const QJsonArray after =
        listJson({QStringLiteral("--list"), QStringLiteral("--limit"), QStringLiteral("1")});
    QCOMPARE(after.at(0).toObject().value(QStringLiteral("id")),
             before.at(0).toObject().value(QStringLiteral("id")));
    QCOMPARE(listJson({QStringLiteral("--search"), QStringLiteral("Updated at noon"),
                       QStringLiteral("--limit"), QStringLiteral("1000")})
                 .size(),
             300);
}

void TestRefreshCli::listSectionAndSearch()
{
    QCOMPARE(run({QStringLiteral("--refresh"), QStringLiteral("--no-images"),
                  QStringLiteral("--feed"), m_site->feedUrl().toString()})
                 .exitCode,
             0);
    const QJsonArray newest =
        listJson({QStringLiteral("--list"), QStringLiteral("--limit"), QStringLiteral("5")});
    QCOMPARE(newest.size(), 5);
    QVERIFY(newest.at(0).toObject().value(QStringLiteral("published")).toString() >
            newest.at(4).toObject().value(QStringLiteral("published")).toString());
    QCOMPARE(newest.at(0).toObject().value(QStringLiteral("title")).toString(),
             QStringLiteral("两江新区数字经济产业园正式开园 (299)"));

    const QJsonArray culture =
        listJson({QStringLiteral("--list"), QStringLiteral("--section"), QStringLiteral("Culture"),
                  QStringLiteral("--limit"), QStringLiteral("1000")});
    QCOMPARE(culture.size(), 60);
    for (const QJsonValue &row : culture)
        QVERIFY(row.toObject()
                    .value(QStringLiteral("categories"))
                    .toArray()
                    .contains(QStringLiteral("Culture")));

    QCOMPARE(listJson({QStringLiteral("--search"), QStringLiteral("两江新区"),
                       QStringLiteral("--limit"), QStringLiteral("1000")})
                 .size(),
             100);
    QCOMPARE(listJson({QStringLiteral("--search"), QStringLiteral("Liangjiang"),
                       QStringLiteral("--limit"), QStringLiteral("1000")})
                 .size(),
             200);

    const Run text =
        run({QStringLiteral("--list"), QStringLiteral("--limit"), QStringLiteral("3")});
    QCOMPARE(text.exitCode, 0);
    QCOMPARE(text.out.trimmed().split(QLatin1Char('\n')).size(), 3);
    QVERIFY(text.out.contains(QStringLiteral("2026-")));
}

void TestRefreshCli::brokenFeedKeepsTheCache()
{
    const QStringList refresh{QStringLiteral("--refresh"), QStringLiteral("--no-images"),
                              QStringLiteral("--feed"), m_site->feedUrl().toString()};
    QCOMPARE(run(refresh).exitCode, 0);
    m_site->serveInstead("<!DOCTYPE html><html><head><title>Maintenance</title></head>"
                         "<body><p>We'll be back soon.</p></body></html>");
    const Run broken = run(refresh);
    QCOMPARE(broken.exitCode, 1);
    QVERIFY2(broken.err.contains(m_site->feedUrl().toString()), qPrintable(broken.err));
    QCOMPARE(broken.err.trimmed().count(QLatin1Char('\n')), 0);
    QCOMPARE(listJson({QStringLiteral("--list"), QStringLiteral("--limit"), QStringLiteral("1000")})
                 .size(),
             300);
}

void TestRefreshCli::failingImageIsRetriedNextTime()
{
    m_site->setBrokenImage("/img/5-1.jpg");
    const QStringList refresh{QStringLiteral("--refresh"), QStringLiteral("--feed"),
                              m_site->feedUrl().toString()};
    const Run first = run(refresh);
    QVERIFY2(first.out.contains(QStringLiteral("images fetched: 599, images failed: 1")),
             qPrintable(first.out));
    QCOMPARE(first.exitCode, 0); // the feed itself succeeded
    QCOMPARE(m_server->requestCount("/img/5-1.jpg"), 1);
    m_site->setBrokenImage({});
    const Run second = run(refresh);
    QVERIFY2(second.out.contains(QStringLiteral("images fetched: 1, images failed: 0")),
             qPrintable(second.out));
    QCOMPARE(m_server->requestCount("/img/5-1.jpg"), 2);
    QCOMPARE(m_server->requestCount("/img/5-0.jpg"), 1);
}

void TestRefreshCli::unreachableFeedFailsWithOneLine()
{
    TestHttpServer closed;
    QVERIFY(closed.start());
    const QUrl gone = closed.url(QStringLiteral("feed/"));
    closed.stop();
    m_server->route("/error/",
                    [](const HttpRequest &) { return HttpResponse::withStatus(500, "oops"); });
    const Run r = run({QStringLiteral("--refresh"), QStringLiteral("--feed"), gone.toString(),
                       QStringLiteral("--feed"), m_server->url(QStringLiteral("error/")).toString(),
                       QStringLiteral("--feed"), m_site->feedUrl().toString()});
    QCOMPARE(r.exitCode, 1);
    QVERIFY2(r.out.contains(QStringLiteral("feeds: 3 (not modified: 0, failed: 2), new: 300")),
             qPrintable(r.out));
    const QStringList lines = r.err.trimmed().split(QLatin1Char('\n'));
    QCOMPARE(lines.size(), 2);
    QVERIFY(r.err.contains(gone.toString()));
    QVERIFY(r.err.contains(QStringLiteral("500")));
}

void TestRefreshCli::noImagesSkipsDownloads()
{
    const Run r = run({QStringLiteral("--refresh"), QStringLiteral("--no-images"),
                       QStringLiteral("--feed"), m_site->feedUrl().toString()});
    QCOMPARE(r.exitCode, 0);
    QCOMPARE(m_server->requestCount(), 1);
}

void TestRefreshCli::retryAfterIsHonoured()
{
    m_server->route("/busy/", [](const HttpRequest &) {
        return HttpResponse::withStatus(429, "slow down").header("Retry-After", "3600");
    });
    const QStringList refresh{QStringLiteral("--refresh"), QStringLiteral("--feed"),
                              m_server->url(QStringLiteral("busy/")).toString()};
    const Run first = run(refresh);
    QCOMPARE(first.exitCode, 1);
    QCOMPARE(m_server->requestCount("/busy/"), 1);
    // Within the hour the server asked for, the feed is not asked again.
    const Run second = run(refresh);
    QCOMPARE(second.exitCode, 1);
    QCOMPARE(m_server->requestCount("/busy/"), 1);
    QVERIFY2(second.err.contains(QStringLiteral("wait")), qPrintable(second.err));
}

void TestRefreshCli::parsePrintsJson()
{
    const Run r = run({QStringLiteral("--parse"), m_site->feedUrl().toString()});
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    const QJsonObject feed = QJsonDocument::fromJson(r.out.toUtf8()).object();
    QCOMPARE(feed.value(QStringLiteral("format")).toString(), QStringLiteral("rss2.0"));
    QVERIFY(feed.value(QStringLiteral("error")).isNull());
    const QJsonArray items = feed.value(QStringLiteral("items")).toArray();
    QCOMPARE(items.size(), 300);
    const QJsonObject first = items.at(0).toObject();
    QCOMPARE(first.value(QStringLiteral("images")).toArray().size(), 2);
    QVERIFY(first.value(QStringLiteral("images"))
                .toArray()
                .at(0)
                .toString()
                .startsWith(m_server->url(QString()).toString()));
    QCOMPARE(first.value(QStringLiteral("published")).toString().size(), 20);
    QVERIFY(first.value(QStringLiteral("content")).toString().contains(QStringLiteral("<figure")));
}

void TestRefreshCli::parseOfNonFeedExitsTwo()
{
    m_site->serveInstead("<html><body>Not a feed</body></html>");
    const Run r = run({QStringLiteral("--parse"), m_site->feedUrl().toString()});
    QCOMPARE(r.exitCode, 2);
    QVERIFY(r.out.isEmpty());
    QVERIFY(!r.err.isEmpty());
    const Run missing =
        run({QStringLiteral("--parse"), m_dir->filePath(QStringLiteral("nope.xml"))});
    QCOMPARE(missing.exitCode, 2);
}

QTEST_GUILESS_MAIN(TestRefreshCli)
#include "tst_refresh_cli.moc"
