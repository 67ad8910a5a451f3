#include "BackgroundRefresher.h"
#include "FeedSite.h"
#include "SyntheticFeed.h"
#include "store/ArticleQueries.h"
#include "store/Database.h"
#include "store/ImageCache.h"

#include <QElapsedTimer>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QtTest>

using namespace ichq;
using namespace ichq::test;

class TestBackgroundRefresher : public QObject
{
    Q_OBJECT
private slots:
    void refreshesInItsOwnThread();
    void unreachableFeedIsReported();
    void progressReachesTheWindowAFewTimesASecond();
    void quitDuringStalledPhotosKeepsWhatWasFetched();
    void quitsWithinTwoSecondsDuringHostileFeeds_data();
    void quitsWithinTwoSecondsDuringHostileFeeds();
};

void TestBackgroundRefresher::refreshesInItsOwnThread()
{
    TestHttpServer server;
    QVERIFY(server.start());
    FeedSite site(server, 50);
    QTemporaryDir dir;
    const DataPaths paths(dir.path());
    BackgroundRefresher refresher(paths);
    QSignalSpy finished(&refresher, &BackgroundRefresher::finished);
    QSignalSpy feeds(&refresher, &BackgroundRefresher::feedFinished);
    RefreshOptions options;
    options.feeds = {site.feedUrl()};
    QVERIFY(refresher.refresh(options));
    QVERIFY(refresher.isRunning());
    QVERIFY(!refresher.refresh(options)); // one at a time
    QVERIFY(finished.wait(30000));
    QVERIFY(!refresher.isRunning());
    const auto report = finished.first().first().value<RefreshReport>();
    QCOMPARE(report.added, 50);
    QCOMPARE(report.imagesFetched, 100);
    QCOMPARE(feeds.size(), 1);

    // The window reads the same store on its own connection.
    Database db;
    QVERIFY(db.open(paths.databaseFile()));
    QCOMPARE(ArticleQueries(db).totalArticles(), 50);

    QVERIFY(refresher.refresh(options));
    QVERIFY(finished.wait(30000));
    QVERIFY(finished.last().first().value<RefreshReport>().notModifiedFeeds() == 1);
}

// One update per photo crossed threads and redrew the status bar hundreds of times a second.
void TestBackgroundRefresher::progressReachesTheWindowAFewTimesASecond()
{
    TestHttpServer server;
    QVERIFY(server.start());
    server.setLogRequests(false);
    FeedSite site(server, 400);
    QTemporaryDir dir;
    BackgroundRefresher refresher{DataPaths(dir.path())};
    QSignalSpy finished(&refresher, &BackgroundRefresher::finished);
    QSignalSpy progress(&refresher, &BackgroundRefresher::progress);
    QElapsedTimer clock;
    clock.start();
    RefreshOptions options;
    options.feeds = {site.feedUrl()};
    QVERIFY(refresher.refresh(options));
    QVERIFY(finished.wait(60000));
    QCOMPARE(finished.first().first().value<RefreshReport>().imagesFetched, 800);
    const double seconds = double(clock.elapsed()) / 1000;
    QVERIFY2(progress.size() <= 12 * seconds + 4,
             qPrintable(QStringLiteral("%1 updates in %2 s").arg(progress.size()).arg(seconds)));
    // The last one before the end says everything was done.
    const auto last = progress.last().first().value<RefreshProgress>();
    QCOMPARE(last.imagesDone, 800);
    QCOMPARE(last.imagesTotal, 800);
}

void TestBackgroundRefresher::unreachableFeedIsReported()
{
    TestHttpServer closed;
    QVERIFY(closed.start());
    const QUrl gone = closed.url(QStringLiteral("feed/"));
    closed.stop();
    QTemporaryDir dir;
    BackgroundRefresher refresher{DataPaths(dir.path())};
    QSignalSpy finished(&refresher, &BackgroundRefresher::finished);
    RefreshOptions options;
    options.feeds = {gone};
    QVERIFY(refresher.refresh(options));
    QVERIFY(finished.wait(30000));
    const auto report = finished.first().first().value<RefreshReport>();
    QCOMPARE(report.feeds.size(), 1);
    QVERIFY(report.feeds.first().unreachable);
    QVERIFY(!report.allSucceeded());

    // The automatic refresh that follows waits out the back-off, and says why: no server asked.
    options.backOffAfterFailures = true;
    QVERIFY(refresher.refresh(options));
    QVERIFY(finished.wait(30000));
    const QString error = finished.last().first().value<RefreshReport>().feeds.first().error;
    QVERIFY2(error.contains(QStringLiteral("The last tries failed")), qPrintable(error));
    QVERIFY2(!error.contains(QStringLiteral("server asked")), qPrintable(error));
}

// Quitting while photos stall: the refresh thread ends at once, and the photos that did arrive
// are recorded (they used to be lost with the batch that was not committed).
void TestBackgroundRefresher::quitDuringStalledPhotosKeepsWhatWasFetched()
{
    TestHttpServer server;
    QVERIFY(server.start());
    QByteArray body = "<p>Whole story.</p>";
    for (int n = 0; n < 58; ++n)
        body += "<img src=\"" +
                server
                    .url(QStringLiteral("img/%1%2.jpg")
                             .arg(QLatin1String(n < 40 ? "ok" : "stall"))
                             .arg(n))
                    .toEncoded() +
                "\">";
    const QByteArray xml =
        "<?xml version=\"1.0\"?><rss version=\"2.0\" "
        "xmlns:content=\"http://purl.org/rss/1.0/modules/content/\"><channel><title>t</title>"
        "<item><title>Photos</title><guid>1</guid><content:encoded><![CDATA[" +
        body + "]]></content:encoded></item></channel></rss>";
    server.route("/feed/", [xml](const HttpRequest &) {
        return HttpResponse::ok(xml, "application/rss+xml");
    });
    server.setFallback([](const HttpRequest &request) {
        HttpResponse response =
            HttpResponse::ok(makeTestImage(int(request.path.size())), "image/jpeg");
        if (request.path.contains("stall"))
            response.stallAfterBytes = 10;
        return response;
    });
    QTemporaryDir dir;
    const DataPaths paths(dir.path());
    QElapsedTimer quit;
    {
        BackgroundRefresher refresher(paths);
        QSignalSpy progress(&refresher, &BackgroundRefresher::progress);
        RefreshOptions options;
        options.feeds = {server.url(QStringLiteral("feed/"))};
        QVERIFY(refresher.refresh(options));
        // The good photos are in; the stalled ones hold the stage (each for 30 s on its own).
        QTRY_VERIFY_WITH_TIMEOUT(!progress.isEmpty() &&
                                     progress.last().first().value<RefreshProgress>().imagesDone >=
                                         40,
                                 30000);
        quit.start();
    }
    // The bound for quitting during a refresh.
    QVERIFY2(quit.elapsed() < 2000, qPrintable(QString::number(quit.elapsed())));
    Database db;
    QVERIFY(db.open(paths.databaseFile()));
    ImageCache cache(db, paths.imageDir());
    QCOMPARE(cache.countInState(ImageCache::State::Cached), 40);
    QCOMPARE(cache.pending().size(), 18); // tried again next time
}

void TestBackgroundRefresher::quitsWithinTwoSecondsDuringHostileFeeds_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<int>("photoDelayMs");
    QTest::addColumn<bool>("stall");
    QTest::newRow("100,000 nested elements")
        << QByteArray("<div>").repeated(100000) + "deep" << 0 << false;
    QByteArray photos;
    for (int n = 0; n < 20000; ++n)
        photos += "<img src=\"/img/" + QByteArray::number(n) + ".jpg\">";
    QTest::newRow("20,000 photos") << photos << 50 << false;
    QByteArray stalled;
    for (int n = 0; n < 18; ++n)
        stalled += "<img src=\"/img/" + QByteArray::number(n) + ".jpg\">";
    QTest::newRow("18 photos that stall") << stalled << 0 << true;
}

// The bound: whatever a refresh is doing, quitting takes under 2 s.
void TestBackgroundRefresher::quitsWithinTwoSecondsDuringHostileFeeds()
{
    QFETCH(QByteArray, body);
    QFETCH(int, photoDelayMs);
    QFETCH(bool, stall);
    TestHttpServer server;
    QVERIFY(server.start());
    QByteArray xml = "<?xml version=\"1.0\"?><rss version=\"2.0\" "
                     "xmlns:content=\"http://purl.org/rss/1.0/modules/content/\"><channel>"
                     "<title>t</title>";
    for (int item = 0; item < 6; ++item)
        xml += "<item><title>Hostile " + QByteArray::number(item) + "</title><guid>" +
               QByteArray::number(item) + "</guid><content:encoded><![CDATA[" +
               QByteArray(body).replace("/img/", "/img/" + QByteArray::number(item) + "-") +
               "]]></content:encoded></item>";
    xml += "</channel></rss>";
    server.route("/feed/", [xml](const HttpRequest &) {
        return HttpResponse::ok(xml, "application/rss+xml");
    });
    server.setFallback([photoDelayMs, stall](const HttpRequest &request) {
        HttpResponse response =
            HttpResponse::ok(makeTestImage(int(request.path.size())), "image/jpeg");
        response.delayMs = photoDelayMs;
        if (stall)
            response.stallAfterBytes = 10;
        return response;
    });
    QTemporaryDir dir;
    QElapsedTimer quit;
    {
        BackgroundRefresher refresher{DataPaths(dir.path())};
        RefreshOptions options;
        options.feeds = {server.url(QStringLiteral("feed/"))};
        QVERIFY(refresher.refresh(options));
        QTest::qWait(700); // in the middle of it
        quit.start();
    }
    QVERIFY2(quit.elapsed() < 2000, qPrintable(QString::number(quit.elapsed())));
}

QTEST_GUILESS_MAIN(TestBackgroundRefresher)
#include "tst_backgroundrefresher.moc"
