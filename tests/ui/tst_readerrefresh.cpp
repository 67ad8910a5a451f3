#include "UiTestSupport.h"

#include "BackgroundRefresher.h"
#include "FeedSite.h"
#include "SyntheticFeed.h"
#include "ui/ArticleListModel.h"
#include "ui/ArticleListPane.h"
#include "ui/MainWindow.h"
#include "ui/ReaderActions.h"
#include "ui/RefreshController.h"
#include "ui/SectionListModel.h"
#include "ui/SectionListView.h"
#include "ui/StatusArea.h"
#include "web/ArticleView.h"

#include <QAction>
#include <QLineEdit>
#include <QListView>
#include <QSignalSpy>
#include <QTimer>

using namespace ichq;
using ichq::ui::MainWindow;

// The window refreshing from a little iChongqing on 127.0.0.1, photos included.
class TestReaderRefresh : public QObject
{
    Q_OBJECT

private slots:
    void refreshFillsTheListAndKeepsThePlace();
    void newArticlesWaitForTheUserToPause();
};

void TestReaderRefresh::refreshFillsTheListAndKeepsThePlace()
{
    test::TestHttpServer server;
    QVERIFY(server.start());
    test::FeedSite site(server, 300);
    // A second feed with newer stories, switched on later: they arrive above the reader's place.
    QAtomicInt newer(0);
    server.route("/newer/", [&server, &newer](const test::HttpRequest &) {
        test::SyntheticFeedOptions options;
        options.items = newer.loadAcquire();
        options.firstItem = 300;
        options.imageBase = server.url(QString());
        return test::HttpResponse::ok(test::makeSyntheticFeed(options), "application/rss+xml");
    });

    test::ReaderFixture fixture;
    QVERIFY(fixture.open(30));
    fixture.settings->setFeedsFor(QStringLiteral("en"),
                                  {site.feedUrl(), server.url(QStringLiteral("newer/"))});

    MainWindow window(fixture.context());
    QSignalSpy finished(window.refreshController(), &ui::RefreshController::refreshFinished);
    QSignalSpy progress(window.refreshController(), &ui::RefreshController::runningChanged);
    window.resize(1280, 800);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));

    // The refresh at start: after the first paint, by itself.
    QVERIFY(finished.wait(60000));
    const auto report = finished.at(0).at(0).value<RefreshReport>();
    QCOMPARE(report.added, 300);
    QVERIFY(report.imagesFetched > 0);
    QVERIFY(!progress.isEmpty());
    // The list and the sections read the store off the window's thread: they follow shortly.
    QTRY_COMPARE(window.articleModel()->totalCount(), 300);
    QTRY_COMPARE(window.sectionView()->model()->index(0, 0).data(ui::SectionListModel::TotalRole),
                 300);
    QTRY_VERIFY(window.statusArea()->text().contains(QStringLiteral("300")));

    // Read one a little way down, then look at it with its photos.
    ui::ArticleListPane *list = window.articleList();
    const qint64 chosen = window.articleModel()->idAt(3);
    QVERIFY(list->selectId(chosen));
    QTRY_COMPARE_WITH_TIMEOUT(window.articleView()->currentArticle(), chosen, 10000);
    QSignalSpy loaded(window.articleView(), &web::ArticleView::articleLoaded);
    loaded.wait(3000);
    QTest::qWait(1000); // thumbnails decode in the background; the page paints its photos
    QVERIFY(!test::saveScreenshot(&window, QStringLiteral("reader-main")).isEmpty());

    // New articles arrive above: the selection and the rows on screen stay where they were.
    QListView *view = list->view();
    const int rowBefore = window.articleModel()->rowOf(chosen);
    const QRect rectBefore = view->visualRect(window.articleModel()->index(rowBefore));
    newer.storeRelease(12);
    window.actions()->refresh->trigger();
    QVERIFY(finished.wait(60000));
    QCOMPARE(finished.last().at(0).value<RefreshReport>().added, 12);
    QTRY_COMPARE(window.articleModel()->totalCount(), 312);
    QCOMPARE(list->currentId(), chosen);
    QCOMPARE(window.articleModel()->rowOf(chosen), rowBefore + 12);
    QCOMPARE(view->currentIndex().row(), rowBefore + 12);
    QCOMPARE(view->visualRect(view->currentIndex()), rectBefore);
    QCOMPARE(window.articleView()->currentArticle(), chosen);

    // Every story changes: updated in place, still the same selection.
    site.setVariant(QStringLiteral("second edition"));
    window.actions()->refresh->trigger();
    QVERIFY(finished.wait(60000));
    QVERIFY(finished.last().at(0).value<RefreshReport>().updated >= 300);
    QCOMPARE(list->currentId(), chosen);
    QCOMPARE(view->visualRect(view->currentIndex()), rectBefore);

    // Matches are marked in headlines and excerpts.
    list->searchField()->setText(QStringLiteral("Liangjiang"));
    QTRY_COMPARE(window.articleModel()->filter().search, QStringLiteral("Liangjiang"));
    QTRY_VERIFY(window.articleModel()->totalCount() > 0); // the search runs off-thread
    QTest::qWait(500);
    QVERIFY(!test::saveScreenshot(&window, QStringLiteral("search-english")).isEmpty());
}

// The lists read a refresh's new articles again once the user stops pressing keys, at most a
// second later: reading a thousand rows while an article was being opened delayed it.
void TestReaderRefresh::newArticlesWaitForTheUserToPause()
{
    test::TestHttpServer server;
    QVERIFY(server.start());
    test::FeedSite site(server, 40);
    test::ReaderFixture fixture;
    QVERIFY(fixture.open(30));
    fixture.settings->setFeedsFor(QStringLiteral("en"), {site.feedUrl()});
    MainWindow window(fixture.context());
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    auto *refresher = window.refreshController()->findChild<BackgroundRefresher *>();
    QVERIFY(refresher);
    QSignalSpy finished(window.refreshController(), &ui::RefreshController::refreshFinished);
    QVERIFY(finished.wait(60000)); // the refresh at start

    QElapsedTimer clock;
    clock.start();
    qint64 storedAt = -1;
    qint64 announcedAt = -1;
    // The first of each: a refresh that pauses for the keys stores its articles in parts, and a
    // part stored after the keys stopped is rightly announced at once.
    connect(refresher, &BackgroundRefresher::articlesStored, this, [&] {
        if (storedAt < 0)
            storedAt = clock.elapsed();
    });
    connect(window.refreshController(), &ui::RefreshController::articlesChanged, this, [&] {
        if (announcedAt < 0)
            announcedAt = clock.elapsed();
    });
    QTimer typing; // a reader skimming with the arrow keys, every 20 ms
    connect(&typing, &QTimer::timeout, &window,
            [&] { QTest::keyClick(window.articleList()->view(), Qt::Key_Shift); });
    typing.start(20);
    // Already skimming when the refresh starts: it may store its articles before the timer's
    // first key (a refresh of 40 stories takes about 15 ms).
    QTest::keyClick(window.articleList()->view(), Qt::Key_Shift);
    site.setFirstItem(40); // 40 newer stories
    site.prepare();
    const qsizetype refreshesBefore = finished.count();
    window.actions()->refresh->trigger();
    QTRY_VERIFY_WITH_TIMEOUT(announcedAt >= 0, 30000);
    typing.stop(); // the photos, which also wait for pauses, come quickly now
    QTRY_COMPARE_WITH_TIMEOUT(finished.count(), refreshesBefore + 1, 60000);
    QVERIFY(storedAt >= 0);
    // Held back while the keys kept coming (by about a second: half of it is plenty of margin
    // for a busy machine), but announced all the same.
    QVERIFY2(announcedAt - storedAt >= 500, qPrintable(QString::number(announcedAt - storedAt)));
    QTRY_COMPARE(window.articleModel()->totalCount(), 80);

    // A reader who is not pressing anything sees them as soon as they are stored.
    announcedAt = storedAt = -1;
    site.setFirstItem(80);
    site.prepare();
    window.actions()->refresh->trigger();
    QVERIFY(finished.wait(60000));
    QTRY_VERIFY_WITH_TIMEOUT(announcedAt >= 0, 10000);
    QVERIFY(announcedAt - storedAt < 500);
    QTRY_COMPARE(window.articleModel()->totalCount(), 120);
}

ICHQ_UI_TEST_MAIN(TestReaderRefresh)
#include "tst_readerrefresh.moc"
