#include "BackgroundRefresher.h"
#include "FeedSite.h"
#include "store/ArticleQueries.h"
#include "store/Database.h"

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
}

QTEST_GUILESS_MAIN(TestBackgroundRefresher)
#include "tst_backgroundrefresher.moc"
