#include "ScratchDisk.h"
#include "TestHttpServer.h"
#include "UiTestSupport.h"

#include "common/DateText.h"
#include "common/Language.h"
#include "store/ArticleQueries.h"
#include "store/ArticleStore.h"
#include "store/FeedStateStore.h"
#include "store/StoreFixtures.h"
#include "ui/ArticleListModel.h"
#include "ui/ArticleListPane.h"
#include "ui/EmptyState.h"
#include "ui/MainWindow.h"
#include "ui/OfflineBanner.h"
#include "ui/ReaderActions.h"
#include "ui/ReaderApp.h"
#include "ui/RefreshController.h"
#include "ui/SectionListModel.h"
#include "ui/SectionListView.h"
#include "web/ArticleView.h"

#include <QAction>
#include <QDir>
#include <QLineEdit>
#include <QListView>
#include <QPointer>
#include <QProcess>
#include <QPushButton>
#include <QScrollBar>
#include <QSignalSpy>
#include <QSplitter>
#include <QSqlQuery>
#include <QStatusBar>
#include <QTimer>
#include <QToolButton>

#include <QWindow>
#include <unistd.h>

using namespace ichq;
using ichq::ui::MainWindow;

namespace {

// Notes whether Qt WebEngine had started when the window first painted.
class FirstPaintProbe : public QObject
{
public:
    explicit FirstPaintProbe(MainWindow *window) : m_window(window)
    {
        window->installEventFilter(this);
    }
    bool painted = false;
    bool engineAtFirstPaint = true;

protected:
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (watched == m_window && event->type() == QEvent::Paint && !painted) {
            painted = true;
            engineAtFirstPaint = m_window->articleView()->isEngineCreated();
        }
        return false;
    }

private:
    MainWindow *m_window;
};

bool isRead(Database &db, qint64 id)
{
    return ArticleQueries(db).article(id).value_or(Article{}).read;
}

bool isStarred(Database &db, qint64 id)
{
    return ArticleQueries(db).article(id).value_or(Article{}).starred;
}

} // namespace

class TestMainWindow : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void firstPaintBeforeWebEngine();
    void firstArticleKeepsTheNativeWindow();
    void keyboardNavigation();
    void nextUnreadAndFullScreen();
    void openingMarksRead();
    void sectionsFilterTheList();
    void searchField();
    void offlineBanner();
    void retryShowsCheckingThenTheResult();
    void emptyStateWhenOfflineAndEmpty();
    void errorsAreWrittenInTheLanguageShown();
    void readOnlyStoreSaysWhyMarksAreNotSaved();
    void remembersPlaceAcrossRuns();
    void runReaderAppOffline();

private:
    std::unique_ptr<test::ReaderFixture> m_fixture;
};

void TestMainWindow::init()
{
    m_fixture = std::make_unique<test::ReaderFixture>();
    QVERIFY(m_fixture->open());
}

void TestMainWindow::cleanup()
{
    m_fixture.reset();
}

void TestMainWindow::firstPaintBeforeWebEngine()
{
    QVERIFY(m_fixture->storeArticles(0, 50));
    MainWindow window(m_fixture->context());
    FirstPaintProbe probe(&window);
    QVERIFY(!window.articleView()->isEngineCreated());
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QTRY_VERIFY(probe.painted);
    QCOMPARE(probe.engineAtFirstPaint, false);
    QTRY_VERIFY_WITH_TIMEOUT(window.articleView()->isEngineCreated(), 20000);
}

void TestMainWindow::firstArticleKeepsTheNativeWindow()
{
    // Qt WebEngine needs an OpenGL-capable window (on a desktop; offscreen has no OpenGL and
    // stays raster). Made for raster first, the whole native window would be destroyed and made
    // again when the first article appears: a flicker, a new window id, the focus lost.
    QVERIFY(m_fixture->storeArticles(0, 10));
    MainWindow window(m_fixture->context());
    window.resize(1280, 800);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    const QPointer<QWindow> handle = window.windowHandle();
    QVERIFY(handle);
    const QSurface::SurfaceType surface = handle->surfaceType();
    qInfo() << "window surface before the engine:" << surface;
    const WId before = window.winId();
    QVERIFY(test::showWindowReady(window)); // active, engine started
    QCOMPARE(window.winId(), before);

    QListView *list = window.articleList()->view();
    list->setFocus();
    QTRY_VERIFY(list->hasFocus());
    QSignalSpy loaded(window.articleView(), &web::ArticleView::articleLoaded);
    QTest::keyClick(list, Qt::Key_J);
    QTRY_VERIFY_WITH_TIMEOUT(!loaded.isEmpty(), 30000);
    QVERIFY(loaded.last().at(1).toBool());
    QTest::qWait(300);
    QVERIFY(handle);
    QCOMPARE(window.windowHandle(), handle.data());
    QCOMPARE(handle->surfaceType(), surface);
    QCOMPARE(window.winId(), before);
    QVERIFY(list->hasFocus());
    QVERIFY(window.isActiveWindow());
}

void TestMainWindow::keyboardNavigation()
{
    QVERIFY(m_fixture->storeArticles(0, 50));
    MainWindow window(m_fixture->context());
    QVERIFY(test::showWindowReady(window));
    ui::ArticleListModel *model = window.articleModel();
    QListView *list = window.articleList()->view();
    list->setFocus();
    QTRY_VERIFY(list->hasFocus());

    QTest::keyClick(list, Qt::Key_J); // nothing selected yet: the first article
    QCOMPARE(window.articleList()->currentId(), model->idAt(0));
    QTest::keyClick(list, Qt::Key_J);
    QCOMPARE(window.articleList()->currentId(), model->idAt(1));
    QTest::keyClick(list, Qt::Key_J);
    QCOMPARE(window.articleList()->currentId(), model->idAt(2));
    QTest::keyClick(list, Qt::Key_K);
    QCOMPARE(window.articleList()->currentId(), model->idAt(1));
    QTest::keyClick(list, Qt::Key_Down);
    QCOMPARE(window.articleList()->currentId(), model->idAt(2));
    QTest::keyClick(list, Qt::Key_Up);
    QCOMPARE(window.articleList()->currentId(), model->idAt(1));

    const qint64 id = model->idAt(1);
    QTRY_COMPARE(window.articleView()->currentArticle(), id);
    QVERIFY(isRead(m_fixture->database, id));
    QTest::keyClick(list, Qt::Key_M);
    QVERIFY(!isRead(m_fixture->database, id));
    QCOMPARE(model->index(1).data(ui::ArticleListModel::ReadRole).toBool(), false);
    QTest::keyClick(list, Qt::Key_M);
    QVERIFY(isRead(m_fixture->database, id));

    QVERIFY(!isStarred(m_fixture->database, id));
    QTest::keyClick(list, Qt::Key_S);
    QVERIFY(isStarred(m_fixture->database, id));
    QCOMPARE(model->index(1).data(ui::ArticleListModel::StarredRole).toBool(), true);
    QTest::keyClick(list, Qt::Key_S);
    QVERIFY(!isStarred(m_fixture->database, id));

    // Space pages through a long article, then moves on; these are short, so it moves on.
    QTest::keyClick(list, Qt::Key_Space);
    QTRY_COMPARE(window.articleList()->currentId(), model->idAt(2));
}

// n skips what was read, past the loaded page too; F11 toggles full screen.
void TestMainWindow::nextUnreadAndFullScreen()
{
    QVERIFY(m_fixture->storeArticles(0, 150));
    ArticleStore marks(m_fixture->database);
    ArticleFilter all;
    all.limit = 200;
    const QList<ArticleSummary> rows = ArticleQueries(m_fixture->database).list(all);
    for (int row = 1; row < 120; ++row) // read up to beyond the first page of 100
        QVERIFY(marks.setRead(rows[row].id, true));
    MainWindow window(m_fixture->context());
    QVERIFY(test::showWindowReady(window));
    QListView *list = window.articleList()->view();
    list->setFocus();
    QTRY_VERIFY(list->hasFocus());
    QVERIFY(window.articleList()->selectId(rows[0].id));

    QTest::keyClick(list, Qt::Key_N);
    QCOMPARE(window.articleList()->currentId(), rows[120].id);
    QTest::keyClick(list, Qt::Key_N);
    QCOMPARE(window.articleList()->currentId(), rows[121].id);

    QVERIFY(!(window.windowState() & Qt::WindowFullScreen));
    QTest::keyClick(list, Qt::Key_F11);
    QTRY_VERIFY(window.windowState() & Qt::WindowFullScreen);
    QTest::keyClick(list, Qt::Key_F11);
    QTRY_VERIFY(!(window.windowState() & Qt::WindowFullScreen));
}

void TestMainWindow::openingMarksRead()
{
    QVERIFY(m_fixture->storeArticles(0, 20));
    MainWindow window(m_fixture->context());
    QVERIFY(test::showWindowReady(window));
    const qint64 id = window.articleModel()->idAt(3);
    QVERIFY(!isRead(m_fixture->database, id));
    QVERIFY(window.articleList()->selectId(id));
    QVERIFY(isRead(m_fixture->database, id));
    QTRY_COMPARE(window.articleView()->currentArticle(), id);
    QCOMPARE(window.articleModel()->index(3).data(ui::ArticleListModel::ReadRole).toBool(), true);
    // The All section's unread count follows (after a short pause that batches fast reading).
    QTRY_COMPARE(window.sectionView()->model()->index(0, 0).data(ui::SectionListModel::UnreadRole),
                 QVariant(19));
}

void TestMainWindow::sectionsFilterTheList()
{
    QVERIFY(m_fixture->storeArticles(0, 30));
    MainWindow window(m_fixture->context());
    QVERIFY(test::showWindowReady(window));
    QCOMPARE(window.articleModel()->totalCount(), 30);
    window.sectionView()->selectKey(QStringLiteral("Culture"));
    QCOMPARE(window.articleModel()->totalCount(), 10);
    QCOMPARE(window.articleModel()->filter().section, QStringLiteral("Culture"));
    window.articleList()->selectId(window.articleModel()->idAt(0));
    window.sectionView()->selectKey(ui::SectionListModel::starredKey());
    QCOMPARE(window.articleModel()->totalCount(), 0);
    QTest::keyClick(window.articleList()->view(), Qt::Key_S); // still on the open article
    window.sectionView()->selectKey(ui::SectionListModel::unreadKey());
    QCOMPARE(window.articleModel()->totalCount(), 29);
    window.sectionView()->selectKey(ui::SectionListModel::starredKey());
    QCOMPARE(window.articleModel()->totalCount(), 1);
}

void TestMainWindow::searchField()
{
    QVERIFY(m_fixture->storeArticles(0, 40));
    MainWindow window(m_fixture->context());
    QVERIFY(test::showWindowReady(window));
    QLineEdit *search = window.articleList()->searchField();
    window.articleList()->view()->setFocus();
    window.actions()->find->trigger(); // QKeySequence::Find
    QVERIFY(search->hasFocus());

    QTest::keyClicks(search, QStringLiteral("Liangjiang"));
    QTRY_COMPARE(window.articleModel()->totalCount(), 20);
    QCOMPARE(window.articleModel()->searchTerms(), QStringList{QStringLiteral("Liangjiang")});
    // Typing j into the field is text, not "next article".
    QCOMPARE(search->text(), QStringLiteral("Liangjiang"));

    search->setText(QStringLiteral("两江"));
    QTRY_COMPARE(window.articleModel()->filter().search, QStringLiteral("两江"));
    QCOMPARE(window.articleModel()->totalCount(), 20);
    QVERIFY(window.articleModel()
                ->index(0)
                .data(Qt::DisplayRole)
                .toString()
                .contains(QStringLiteral("两江")));
    QSignalSpy loaded(window.articleView(), &web::ArticleView::articleLoaded);
    window.articleList()->selectId(window.articleModel()->idAt(0));
    loaded.wait(5000);
    QTest::qWait(200);
    QVERIFY(!test::saveScreenshot(&window, QStringLiteral("search-chinese")).isEmpty());

    search->setText(QStringLiteral("nothing-like-this"));
    QTRY_COMPARE(window.articleModel()->totalCount(), 0);
    search->clear();
    QTRY_COMPARE(window.articleModel()->totalCount(), 40);
}

void TestMainWindow::offlineBanner()
{
    QVERIFY(m_fixture->storeArticles(0, 40));
    const QUrl feed(QStringLiteral("https://www.ichongqing.info/feed/"));
    QVERIFY(FeedStateStore(m_fixture->database).recordSuccess(feed, "\"v1\"", {}));
    const QDateTime saved = FeedStateStore(m_fixture->database).state(feed).lastSuccess;
    QVERIFY(saved.isValid());

    MainWindow window(m_fixture->context());
    QVERIFY(test::showWindowReady(window));
    QVERIFY(!window.offlineBanner()->isVisible());
    m_fixture->network.setForcedOffline(true);
    QVERIFY(window.offlineBanner()->isVisible());
    QCOMPARE(
        window.offlineBanner()->text(),
        QStringLiteral("You are offline. Showing articles saved on %1.").arg(savedAtText(saved)));
    QVERIFY(window.actions()->workOffline->isChecked());
    QVERIFY(!window.isShowingEmptyState());
    QSignalSpy loaded(window.articleView(), &web::ArticleView::articleLoaded);
    window.articleList()->selectId(window.articleModel()->idAt(1));
    loaded.wait(5000);
    QTest::qWait(200);
    QVERIFY(!test::saveScreenshot(&window, QStringLiteral("offline-banner")).isEmpty());

    m_fixture->network.setForcedOffline(false);
    QVERIFY(!window.offlineBanner()->isVisible());
    QVERIFY(!window.actions()->workOffline->isChecked());
}

// Retry is seen to do something: "Checking…" at once, then the result with the time of the
// check; the banner goes only when an attempt succeeds.
void TestMainWindow::retryShowsCheckingThenTheResult()
{
    QVERIFY(m_fixture->storeArticles(0, 10));
    // Their photos live on the real site, which the tests cannot reach: none to fetch.
    QSqlQuery noPhotos(m_fixture->database.connection());
    QVERIFY(noPhotos.exec(QStringLiteral("DELETE FROM article_images")));
    test::TestHttpServer server;
    bool up = false;
    server.route("/feed/", [&up](const test::HttpRequest &) {
        return up ? test::HttpResponse::ok("<rss version=\"2.0\"><channel><title>iChongqing</title>"
                                           "</channel></rss>",
                                           "application/rss+xml")
                  : test::HttpResponse::withStatus(503, "busy");
    });
    QVERIFY(server.start());
    m_fixture->settings->setFeedsFor(QStringLiteral("en"), {server.url(QStringLiteral("feed/"))});
    MainWindow window(m_fixture->context());
    QSignalSpy finished(window.refreshController(), &ui::RefreshController::refreshFinished);
    QVERIFY(test::showWindowReady(window));
    // The window may have started one after its first paint already.
    window.refreshController()->refreshNow();
    QTRY_VERIFY_WITH_TIMEOUT(finished.count() > 0 && !window.refreshController()->isRunning(),
                             30000);
    ui::OfflineBanner *banner = window.offlineBanner();
    QTRY_VERIFY(banner->isVisible());
    QVERIFY(banner->text().contains(QStringLiteral("could not be updated")));

    qsizetype before = finished.count();
    banner->retryButton()->click();
    QVERIFY(banner->isVisible());
    QCOMPARE(banner->text(), QStringLiteral("Checking…"));
    QVERIFY(!banner->retryButton()->isEnabled());
    QTRY_VERIFY_WITH_TIMEOUT(finished.count() > before, 30000);
    QTRY_VERIFY(banner->retryButton()->isEnabled());
    QVERIFY(banner->isVisible()); // failed again: it stays, saying when it checked
    QVERIFY2(banner->text().contains(QStringLiteral("could not be updated")) &&
                 banner->text().contains(QStringLiteral("Checked at")),
             qPrintable(banner->text()));

    up = true;
    before = finished.count();
    banner->retryButton()->click();
    QTRY_VERIFY_WITH_TIMEOUT(finished.count() > before, 30000);
    QTRY_VERIFY(!banner->isVisible());
}

void TestMainWindow::emptyStateWhenOfflineAndEmpty()
{
    // Nowhere to fetch from: a closed port on this machine.
    m_fixture->settings->setFeedsFor(QStringLiteral("en"),
                                     {QUrl(QStringLiteral("http://127.0.0.1:9/feed/"))});
    m_fixture->network.setForcedOffline(true);
    MainWindow window(m_fixture->context());
    QVERIFY(test::showWindowReady(window));
    QVERIFY(window.isShowingEmptyState());
    // The user chose to stay offline (--offline, Work Offline): no "connect to the internet".
    QCOMPARE(window.emptyState()->reason(), ui::EmptyState::Reason::WorkingOffline);
    QVERIFY2(window.emptyState()->message().contains(QStringLiteral("chose to work offline")),
             qPrintable(window.emptyState()->message()));
    QVERIFY(!window.emptyState()->message().contains(QStringLiteral("Connect to the internet")));
    QVERIFY(window.emptyState()->retryButton()->isVisible());
    QCOMPARE(window.emptyState()->retryButton()->text(), QStringLiteral("Go Online"));
    QVERIFY(!test::saveScreenshot(&window, QStringLiteral("empty-offline")).isEmpty());

    // Go Online leaves Work Offline and tries; the closed port fails, and the window says so.
    QTest::mouseClick(window.emptyState()->retryButton(), Qt::LeftButton);
    QVERIFY(!m_fixture->network.isForcedOffline());
    QTRY_VERIFY_WITH_TIMEOUT(!window.refreshController()->isRunning(), 30000);
    QVERIFY(window.isShowingEmptyState());
    QVERIFY(window.emptyState()->retryButton()->isVisible());
    QVERIFY(window.emptyState()->reason() == ui::EmptyState::Reason::Offline ||
            window.emptyState()->reason() == ui::EmptyState::Reason::Failed);
}

// An error that arrived in English is shown in Chinese once the reader switches: it is written
// when shown, not kept as the sentence it arrived as.
void TestMainWindow::errorsAreWrittenInTheLanguageShown()
{
    test::TestHttpServer server;
    QVERIFY(server.start());
    server.route("/feed/", [](const test::HttpRequest &) {
        return test::HttpResponse::withStatus(503, "busy");
    });
    m_fixture->settings->setFeedsFor(QStringLiteral("en"), {server.url(QStringLiteral("feed/"))});
    Language language(QStringLiteral(ICHQ_QM_DIR));
    QVERIFY(language.apply(QStringLiteral("en")));
    ui::ReaderContext context = m_fixture->context();
    context.language = &language;
    MainWindow window(context);
    QSignalSpy finished(window.refreshController(), &ui::RefreshController::refreshFinished);
    QVERIFY(test::showWindowReady(window));
    window.refreshController()->refreshNow();
    QVERIFY(finished.count() > 0 || finished.wait(30000));
    QTRY_VERIFY(window.isShowingEmptyState());
    QCOMPARE(window.emptyState()->reason(), ui::EmptyState::Reason::Failed);
    const QString english = window.emptyState()->message();
    QVERIFY2(english.contains(QStringLiteral("temporarily unavailable")), qPrintable(english));

    QVERIFY(language.apply(QStringLiteral("zh")));
    QCoreApplication::processEvents();
    const QString chinese = window.emptyState()->message();
    QVERIFY2(!chinese.contains(QStringLiteral("temporarily unavailable")), qPrintable(chinese));
    QVERIFY2(chinese.contains(QStringLiteral("127.0.0.1")), qPrintable(chinese));
    QVERIFY2(!window.refreshController()->lastError().contains(QStringLiteral("unavailable")),
             qPrintable(window.refreshController()->lastError()));
    QVERIFY(language.apply(QStringLiteral("en")));
    QCoreApplication::processEvents();
}

// A store on a read-only disk (a mounted backup) still reads; a mark says why it is not kept.
// A read-only tmpfs stands for the disk; mounting one needs root.
void TestMainWindow::readOnlyStoreSaysWhyMarksAreNotSaved()
{
    QTemporaryDir dir;
    const QString mount = dir.filePath(QStringLiteral("backup"));
    test::ScratchDisk disk(mount, QStringLiteral("8m"));
    if (!disk.isMounted())
        QSKIP("mounting a file system needs root, and a machine that allows it");
    const QString file = mount + QStringLiteral("/reader.sqlite");
    {
        Database db;
        QVERIFY(db.open(file));
        FeedInfo info;
        QVERIFY(ArticleStore(db)
                    .storeFeed(QUrl(QStringLiteral("https://www.ichongqing.info/feed/")), info,
                               test::makeArticles(0, 5))
                    .ok);
    }
    QVERIFY(disk.remount(QStringLiteral("ro")));
    {
        Database &db = m_fixture->database;
        QVERIFY(db.open(file));
        QVERIFY(db.isReadOnly());
        MainWindow window(m_fixture->context());
        QVERIFY(test::showWindowReady(window));
        QCOMPARE(window.articleModel()->totalCount(), 5); // reading works
        window.articleList()->selectId(window.articleModel()->idAt(0));
        window.actions()->toggleStar->trigger();
        QTRY_VERIFY(
            window.statusBar()->currentMessage().contains(QStringLiteral("can only be read")));
        db.close();
    }
}

void TestMainWindow::remembersPlaceAcrossRuns()
{
    QVERIFY(m_fixture->storeArticles(0, 300));
    qint64 chosen = 0;
    QList<int> sizes;
    {
        MainWindow window(m_fixture->context());
        QVERIFY(test::showWindowReady(window));
        auto *splitter = window.findChild<QSplitter *>(QStringLiteral("readerSplitter"));
        QVERIFY(splitter);
        splitter->setSizes({180, 500, 600});
        sizes = splitter->sizes();
        window.sectionView()->selectKey(QStringLiteral("News"));
        window.articleModel()->fetchMore({}); // beyond the first page
        chosen = window.articleModel()->idAt(150);
        QVERIFY(window.articleList()->selectId(chosen));
        window.close();
    }
    MainWindow again(m_fixture->context());
    QVERIFY(test::showWindowReady(again));
    QCOMPARE(again.sectionView()->currentKey(), QStringLiteral("News"));
    QCOMPARE(again.articleList()->currentId(), chosen);
    QTRY_COMPARE(again.articleView()->currentArticle(), chosen);
    QCOMPARE(again.findChild<QSplitter *>(QStringLiteral("readerSplitter"))->sizes(), sizes);
    QListView *list = again.articleList()->view();
    const auto onScreen = [list](int row) {
        return list->viewport()->rect().intersects(list->visualRect(list->model()->index(row, 0)));
    };
    QVERIFY(onScreen(list->currentIndex().row()));
    again.close();

    // The second newest restored: the newest stays in sight above it, not scrolled away.
    ArticleFilter all;
    all.limit = 2;
    const QList<ArticleSummary> newest = ArticleQueries(m_fixture->database).list(all);
    QCOMPARE(newest.size(), 2);
    m_fixture->settings->setLastSection(QString());
    m_fixture->settings->setLastArticleId(newest.at(1).id);
    MainWindow third(m_fixture->context());
    QVERIFY(test::showWindowReady(third));
    QCOMPARE(third.articleList()->currentId(), newest.at(1).id);
    QListView *thirdList = third.articleList()->view();
    QCOMPARE(thirdList->verticalScrollBar()->value(), 0);
    QVERIFY(thirdList->viewport()->rect().contains(
        thirdList->visualRect(third.articleModel()->index(0))));
}

// The entry point main.cpp calls: opens the store in the given folder, shows the window with
// --offline honoured, and returns when the window closes.
void TestMainWindow::runReaderAppOffline()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    {
        const DataPaths paths(dir.path());
        QVERIFY(paths.ensureExists());
        Settings settings(paths);
        settings.setRefreshIntervalMinutes(0); // never the real site from a test
        settings.sync();
    }
    bool shown = false;
    bool emptyStateShown = false;
    QTimer::singleShot(0, this, [&] {
        QVERIFY(QTest::qWaitFor([&] {
            for (QWidget *widget : QApplication::topLevelWidgets()) {
                if (auto *window = qobject_cast<MainWindow *>(widget);
                    window && window->isVisible())
                    return true;
            }
            return false;
        }));
        for (QWidget *widget : QApplication::topLevelWidgets()) {
            if (auto *window = qobject_cast<MainWindow *>(widget); window && window->isVisible()) {
                shown = true;
                // Nothing stored, and --offline: the empty state says so and offers to go online.
                emptyStateShown =
                    window->isShowingEmptyState() &&
                    window->emptyState()->reason() == ui::EmptyState::Reason::WorkingOffline;
                window->close();
            }
        }
    });
    QCOMPARE(test::runReaderAppOffline(dir.path()), 0);
    QVERIFY(shown);
    QVERIFY(emptyStateShown);
    QVERIFY(QFile::exists(dir.filePath(QStringLiteral("reader.sqlite"))));
    // The first start's language (the system's: C here, so English) is kept for later runs
    // and for the command line.
    QCOMPARE(Settings(DataPaths(dir.path())).language(), u"en");
}

ICHQ_UI_TEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
