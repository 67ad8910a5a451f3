// The reader started with --offline shows a whole article, extracted from its page by an
// earlier refresh, and sends no request at all while doing so.

#include "RefreshSession.h"
#include "UiTestSupport.h"
#include "WordPressSite.h"
#include "common/Language.h"
#include "common/Settings.h"
#include "privacy/ConsentState.h"
#include "store/ArticleQueries.h"
#include "store/Database.h"
#include "store/ImageCache.h"
#include "ui/ArticleListPane.h"
#include "ui/MainWindow.h"
#include "ui/ReaderApp.h"
#include "ui/RefreshController.h"
#include "web/ArticlePage.h"
#include "web/ArticleView.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTimer>

using namespace ichq;

class TestWholeArticlesWindow : public QObject
{
    Q_OBJECT
private slots:
    void offlineWindowShowsTheWholeArticle();
    void openingOnlineFetchesMissingPhotos();
};

namespace {

// Refreshes the site into `dir` in this process, as --refresh would.
bool refreshInto(const QString &dir, const QUrl &feed)
{
    const DataPaths paths(dir);
    Database db;
    if (!paths.ensureExists() || !db.open(paths.databaseFile()))
        return false;
    RefreshSession session(paths, db, false);
    RefreshOptions options;
    options.feeds = {feed};
    const RefreshReport report = session.run(options);
    // Post 5's page fails: it keeps its summary.
    return report.allSucceeded() && report.pagesFetched == 4 && report.pagesFailed == 1 &&
           report.imagesFetched == 8;
}

qint64 idOfTitle(const QString &dir, const QString &title)
{
    Database db;
    if (!db.open(DataPaths(dir).databaseFile()))
        return 0;
    ArticleFilter filter;
    filter.search = title;
    const QList<ArticleSummary> rows = ArticleQueries(db).list(filter);
    return rows.isEmpty() ? 0 : rows.first().id;
}

QString htmlOf(web::ArticlePage *page)
{
    QString html;
    bool done = false;
    page->toHtml([&](const QString &value) {
        html = value;
        done = true;
    });
    return QTest::qWaitFor([&] { return done; }, 10000) ? html : QString();
}

// Opens the article in the window and returns the page's HTML; saves a screenshot to look at.
QString open(ui::MainWindow *window, qint64 id, const QString &shot)
{
    QSignalSpy loaded(window->articleView(), &web::ArticleView::articleLoaded);
    window->articleList()->selectId(id);
    const bool opened = QTest::qWaitFor(
        [&] { return !loaded.isEmpty() && loaded.last().at(0).toLongLong() == id; }, 30000);
    if (!opened)
        return {};
    QTest::qWait(300); // painted, for the screenshot
    test::saveScreenshot(window, shot);
    return htmlOf(window->articleView()->page());
}

// The window runReaderApp shows, once it is visible; null if none appears.
ui::MainWindow *visibleMainWindow()
{
    ui::MainWindow *window = nullptr;
    const bool found = QTest::qWaitFor([&] {
        for (QWidget *widget : QApplication::topLevelWidgets()) {
            window = qobject_cast<ui::MainWindow *>(widget);
            if (window && window->isVisible())
                return true;
        }
        return false;
    });
    return found ? window : nullptr;
}

} // namespace

void TestWholeArticlesWindow::offlineWindowShowsTheWholeArticle()
{
    QTemporaryDir dir;
    test::TestHttpServer server;
    QVERIFY(server.start());
    test::WordPressSite site(server, 5, 10);
    site.setPageStatus(5, 500);
    QVERIFY(refreshInto(dir.path(), site.feedUrl()));
    const qint64 id = idOfTitle(dir.path(), test::WordPressSite::titleOf(2));
    const qint64 summaryId = idOfTitle(dir.path(), test::WordPressSite::titleOf(5));
    QVERIFY(id > 0 && summaryId > 0);
    const int requestsBefore = server.requestCount();

    QString shown;
    QString summary;
    QString summaryZh;
    QTimer::singleShot(0, this, [&] {
        ui::MainWindow *window = visibleMainWindow();
        if (!window)
            return;
        shown = open(window, id, QStringLiteral("whole-article"));
        summary = open(window, summaryId, QStringLiteral("summary-only"));
        if (window->setInterfaceLanguage(QStringLiteral("zh"))) {
            open(window, id, QStringLiteral("whole-article-zh"));
            summaryZh = open(window, summaryId, QStringLiteral("summary-only-zh"));
            window->setInterfaceLanguage(QStringLiteral("en"));
        }
        window->close();
    });
    QCOMPARE(test::runReaderAppOffline(dir.path()), 0);

    for (const QString &paragraph : test::WordPressSite::paragraphsOf(2))
        QVERIFY2(shown.contains(paragraph), qPrintable(paragraph));
    for (const QString &caption : test::WordPressSite::captionsOf(2))
        QVERIFY2(shown.contains(caption), qPrintable(caption));
    QVERIFY(!shown.contains(QStringLiteral("Showing the summary")));
    QVERIFY2(summary.contains(QStringLiteral("Showing the summary; the whole article could not "
                                             "be downloaded.")),
             qPrintable(summary));
    QVERIFY(summary.contains(QStringLiteral("[…]")));
    QVERIFY2(summaryZh.contains(QStringLiteral("显示的是摘要")), qPrintable(summaryZh));
    QCOMPARE(server.requestCount(), requestsBefore);
}

// A photo whose file was deleted by hand is no error: the article shows the placeholder, and
// opening it online fetches the photo again, quietly.
void TestWholeArticlesWindow::openingOnlineFetchesMissingPhotos()
{
    QTemporaryDir dir;
    test::TestHttpServer server;
    QVERIFY(server.start());
    test::WordPressSite site(server, 3, 10);
    const DataPaths paths(dir.path());
    {
        Database db;
        QVERIFY(paths.ensureExists() && db.open(paths.databaseFile()));
        RefreshSession session(paths, db, false);
        RefreshOptions options;
        options.feeds = {site.feedUrl()};
        QCOMPARE(session.run(options).imagesFetched, 6);
        Settings settings(paths);
        settings.setFeedsFor(QStringLiteral("en"), {site.feedUrl()});
        ConsentState(settings).decide(ConsentState::Cookies::Declined);
    }
    const qint64 id = idOfTitle(dir.path(), test::WordPressSite::titleOf(2));
    Database reader;
    QVERIFY(reader.open(paths.databaseFile()));
    ImageCache cache(reader, paths.imageDir());
    const QStringList keys = ArticleQueries(reader).imageKeys(id);
    QCOMPARE(keys.size(), 2);
    for (const QString &key : keys)
        QVERIFY(QFile::remove(cache.filePath(key)));

    bool arrived = false;
    QTimer::singleShot(0, this, [&] {
        ui::MainWindow *window = visibleMainWindow();
        if (!window)
            return;
        // The refresh at start comes first; the photos are fetched when the article opens.
        const bool idle = QTest::qWaitFor(
            [&] {
                const ui::RefreshController *refresh = window->refreshController();
                return refresh->isAutomatic() && !refresh->isRunning();
            },
            30000);
        QSignalSpy photos(window->refreshController(), &ui::RefreshController::photosArrived);
        window->articleList()->selectId(id);
        arrived = idle && photos.wait(20000) && photos.first().first().toLongLong() == id;
        window->close();
    });
    QCOMPARE(test::runReaderAppOffline(dir.path(), false), 0);
    QVERIFY(arrived);
    for (const QString &key : keys)
        QVERIFY2(cache.contains(key), qPrintable(key));
}

ICHQ_UI_TEST_MAIN(TestWholeArticlesWindow)
#include "tst_wholearticles_window.moc"
